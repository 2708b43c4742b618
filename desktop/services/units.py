"""The unit of a data folder: its profile (header lines, signers, recipients)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import UserError
from desktop.i18n import _
from desktop.models import directory
from desktop.models.enums import Level, Role
from desktop.models.orm import CustomUnit, Setting, Signer, UnitProfile


@dataclass
class SignerSpec:
    title: str
    full_name: str
    on_behalf: str | None = "ỦY BAN NHÂN DÂN"
    deputy_of: str | None = None


@dataclass
class UnitSpec:
    """What the first-run wizard (or ``khcds demo``) asks of a unit."""

    code: str
    name: str
    level: Level
    province_code: int | None
    issuer_line: str
    place_name: str
    parent_body: str | None = "ỦY BAN NHÂN DÂN"
    doc_code: str = "UBND"
    drafter_code: str | None = "VP"
    recipients: list[str] = field(default_factory=list)
    signers: list[SignerSpec] = field(default_factory=list)
    user_name: str | None = None


def default_recipients(level: Level, province_name: str | None = None, kind: str = "xã") -> list[str]:
    """The usual Nơi nhận of a unit's documents; ``province_name`` as a phrase
    (``tỉnh Lạng Sơn``, ``thành phố Hồ Chí Minh``), ``kind`` the unit's word (xã, phường, đặc khu)."""
    if level is Level.COMMUNE:
        return [
            f"UBND {province_name};" if province_name else "UBND tỉnh, thành phố;",
            "Sở Khoa học và Công nghệ;",
            f"TT Đảng ủy, TT HĐND {kind};",
            f"Chủ tịch, các PCT UBND {kind};",
            f"Các ban, ngành, đoàn thể {kind};",
            "Lưu: VT, VP.",
        ]
    return ["Như trên;", "Lưu: VT."]


def party_recipients(province_code: int | None, issuer: str) -> list[str]:
    """The usual Nơi nhận of a commune Party body's plan (``issuer`` ``dang_uy``,
    ``ban_thuong_vu`` or ``ban_chi_dao``): the province's Party committee and steering
    committee, the cells below, the committee's office (party-format.md, section 6)."""
    try:
        p = directory.province(province_code) if province_code is not None else None
    except KeyError:
        p = None
    city = p is not None and not p.is_national and p.kind != "tỉnh"
    lines = [
        f"Thường trực {'Thành ủy' if city else 'Tỉnh ủy'} (để b/c),",
        f"Ban Chỉ đạo 57 {'thành phố' if city else 'tỉnh'} (để b/c),",
    ]
    if issuer == "ban_chi_dao":
        lines += ["Thường trực Đảng ủy (để b/c),", "Các thành viên Ban Chỉ đạo,"]
    return lines + ["Các chi bộ, đảng bộ trực thuộc,", "Lưu Văn phòng Đảng ủy."]


def _province_phrase(p: directory.Province | None) -> str | None:
    """``tỉnh Lạng Sơn`` / ``thành phố Hồ Chí Minh`` as the directory names the province."""
    if p is None or p.is_national:
        return None
    return f"{'tỉnh' if p.kind == 'tỉnh' else 'thành phố'} {p.short_name}"


def spec_for_directory_unit(code: str) -> UnitSpec:
    """A sensible profile for a unit of the official directory, for the user to amend."""
    u = directory.unit(code)
    if u is None:
        raise UserError(_("Không có đơn vị mã {code} trong danh mục đơn vị hành chính.").format(code=code))
    p = directory.province(u.province_code) if u.province_code else None
    return UnitSpec(
        code=u.code,
        name=u.name,
        level=Level.COMMUNE,
        province_code=u.province_code,
        parent_body="ỦY BAN NHÂN DÂN",
        issuer_line=u.issuer_line,
        place_name=u.short_name,
        recipients=default_recipients(
            Level.COMMUNE, _province_phrase(p), u.kind if u.kind in ("phường", "đặc khu") else "xã"
        ),
        signers=[
            SignerSpec(title="CHỦ TỊCH", full_name=""),
            SignerSpec(title="PHÓ CHỦ TỊCH", full_name="", deputy_of="CHỦ TỊCH"),
        ],
    )


_LEVEL_PREFIXES = {
    Level.DISTRICT: ("Huyện ", "Quận ", "Thị xã ", "Thành phố "),
    Level.COMMUNE: ("Xã ", "Phường ", "Thị trấn ", "Đặc khu "),
    Level.CITY: ("Sở ", "Ban ", "Tỉnh ", "Thành phố "),
}


def custom_code(name: str, province_code: int | None) -> str:
    """A stable code for a unit outside the directory: ``X31-huyen-an-lao``."""
    from desktop.vn import fold

    slug = "-".join(fold(name).split())
    slug = "".join(c for c in slug if c.isalnum() or c == "-")
    return f"X{province_code or 0:02d}-{slug}"[:32].rstrip("-")


def spec_for_custom_unit(name: str, level: Level, province_code: int | None) -> UnitSpec:
    """A unit outside the 2025 directory: a legacy district (plans before 01/7/2025), a department."""
    name = " ".join(name.split())
    if len(name) < 3:
        raise UserError(_("Hãy nhập tên đơn vị (ví dụ: Huyện An Lão)."))
    place = name
    for prefix in _LEVEL_PREFIXES.get(level, ()):
        if name.startswith(prefix):
            place = name[len(prefix) :]
            break
    p = directory.province(province_code) if province_code else None
    parent = (
        "ỦY BAN NHÂN DÂN"
        if level is not Level.CITY or name.startswith(("Tỉnh", "Thành phố"))
        else (f"UBND {p.body_name}" if p else None)
    )
    return UnitSpec(
        code=custom_code(name, province_code),
        name=name,
        level=level,
        province_code=province_code,
        parent_body=parent,
        issuer_line=name.upper(),
        place_name=place,
        recipients=default_recipients(level, _province_phrase(p)),
        signers=[
            SignerSpec(title="CHỦ TỊCH", full_name=""),
            SignerSpec(title="PHÓ CHỦ TỊCH", full_name="", deputy_of="CHỦ TỊCH"),
        ],
    )


def current_unit(session: Session) -> UnitProfile | None:
    return session.scalar(select(UnitProfile).order_by(UnitProfile.id))


def require_unit(session: Session) -> UnitProfile:
    unit = current_unit(session)
    if unit is None:
        raise UserError(_("Thư mục dữ liệu chưa có đơn vị. Hãy mở chương trình để khai báo, hoặc chạy: khcds demo"))
    return unit


def create_unit(session: Session, spec: UnitSpec) -> UnitProfile:
    if not spec.issuer_line.strip():
        raise UserError(_("Tên cơ quan ban hành không được để trống."))
    if session.scalar(select(UnitProfile).where(UnitProfile.code == spec.code)):
        raise UserError(_("Đơn vị mã {code} đã được khai báo.").format(code=spec.code))
    unit = UnitProfile(
        code=spec.code,
        name=spec.name,
        level=spec.level,
        province_code=spec.province_code,
        parent_body=(spec.parent_body or None),
        issuer_line=spec.issuer_line.strip().upper(),
        place_name=spec.place_name.strip(),
        doc_code=spec.doc_code.strip().upper() or "UBND",
        drafter_code=spec.drafter_code,
        recipients=list(spec.recipients),
        user_name=spec.user_name,
    )
    for i, s in enumerate(spec.signers):
        unit.signers.append(
            Signer(
                position=i,
                title=s.title.strip().upper(),
                full_name=s.full_name.strip(),
                on_behalf=s.on_behalf,
                deputy_of=s.deputy_of,
            )
        )
    session.add(unit)
    if (
        directory.unit(spec.code) is None
        and session.scalar(select(CustomUnit).where(CustomUnit.code == spec.code)) is None
    ):
        kind = "legacy_district" if spec.level is Level.DISTRICT else "other"
        session.add(
            CustomUnit(code=spec.code, name=spec.name, level=spec.level, province_code=spec.province_code, kind=kind)
        )
    session.flush()
    return unit


def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    s = session.get(Setting, key)
    return s.value if s else default


def set_setting(session: Session, key: str, value: str) -> None:
    s = session.get(Setting, key)
    if s:
        s.value = value
    else:
        session.add(Setting(key=key, value=value))


def role(session: Session) -> Role | None:
    """What this data folder is (``Role``); None for a folder that was never set up."""
    value = get_setting(session, "role")
    return Role(value) if value in (Role.UNIT.value, Role.CITY.value) else None


def is_city(session: Session) -> bool:
    return role(session) is Role.CITY


def set_role(session: Session, value: Role) -> None:
    set_setting(session, "role", Role(value).value)
