"""Pieces every official document of a unit shares: the header, the signature block,
the recipients, the issuer's name in a sentence, the appendix reference line.

Plain Python over the ORM rows; no Qt, no writer.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from desktop.documents import citations, fonts
from desktop.documents.model import (
    HeaderBlock,
    IssuerLine,
    Paragraph,
    Run,
    SignatureBlock,
    TitleBlock,
)
from desktop.services.doc_text import adapt_recipient
from desktop.services.doc_text import issuer_name as issuer_name
from desktop.services.doc_text import province_phrase as province_phrase
from desktop.services.doc_text import province_word as province_word
from desktop.services.doc_text import roman as roman
from desktop.vn import doc_number, fold, long_date, nfc

if TYPE_CHECKING:
    from desktop.models.orm import Signer, UnitProfile

BLANK = "      "  # room for the clerk on paper
DOTS = "…"
RULE_FRACTION = 0.45  # lines under the issuer and the trích yếu: 1/3 to 1/2 of the text


def issuer_lines(unit: UnitProfile) -> list[IssuerLine]:
    """``ỦY BAN NHÂN DÂN`` / ``XÃ AN LÃO`` both bold (a UBND's two-line name); a real
    chủ quản body above the issuer prints upright."""
    lines: list[IssuerLine] = []
    parent = (unit.parent_body or "").strip()
    if parent:
        two_line_name = fold(parent) in ("uy ban nhan dan", "hoi dong nhan dan")
        lines.append(IssuerLine(nfc(parent.upper()), bold=two_line_name))
    lines.append(IssuerLine(nfc(unit.issuer_line.strip().upper()), bold=True))
    return lines


# Units named after a person (Decree 30 II.4.a: their date line carries the full name,
# ``Xã Nguyễn Bỉnh Khiêm, ngày ...``); units named with a number are recognised by the digit.
PERSON_NAMED = frozenset(
    fold(x)
    for x in (
        "Nguyễn Bỉnh Khiêm",
        "Hoàng Hoa Thám",
        "Trần Hưng Đạo",
        "Lê Quý Đôn",
        "Phan Đình Phùng",
        "Chu Văn An",
        "Hoàng Văn Thụ",
        "Lương Văn Tri",
        "Lê Ích Mộc",
        "Lê Thanh Nghị",
        "Nguyễn Trãi",
        "Trần Nhân Tông",
        "Lê Đại Hành",
        "Nguyễn Đại Năng",
        "Phạm Sư Mạnh",
        "Nguyễn Lương Bằng",
        "Phạm Ngũ Lão",
        "Triệu Việt Vương",
        "Nguyễn Văn Linh",
        "Nguyễn Du",
        "Lê Lợi",
        "Nguyễn Huệ",
        "Quang Trung",
        "Trần Phú",
        "Ngô Quyền",
        "Lê Chân",
        "Lý Thường Kiệt",
        "Đào Duy Từ",
        "Nguyễn Nghiêm",
        "Đặng Thùy Trâm",
        "Ngô Mây",
        "Dương Minh Châu",
        "Hồ Đắc Kiện",
        "Lý Văn Lâm",
        "Phan Ngọc Hiển",
        "Trần Văn Thời",
        "Hồ Thị Kỷ",
        "Nguyễn Việt Khái",
        "Lương Thế Trân",
        "Nguyễn Phích",
        "Hai Bà Trưng",
        "Trần Liễu",
        "Trần Lãm",
        "Trần Phán",
        "Võ Thị Sáu",
        "Nguyễn Thái Bình",
        "Lê Hồng Phong",
        "Hùng Vương",
        "Lê Duẩn",
        "Trần Quốc Toản",
        "Nguyễn An Ninh",
        "Kim Đồng",
        "Bế Văn Đàn",
        "Tô Hiệu",
        "Tuệ Tĩnh",
        "Yết Kiêu",
        "Lý Bôn",
        "Duy Tân",
    )
)


def date_place(unit: UnitProfile) -> str:
    """The place of the date line: the short name (``An Lão``), or the unit's full name when
    the name is a person's (``Xã Nguyễn Bỉnh Khiêm``) or a number (``Phường Hà Giang 1``)."""
    place = (unit.place_name or "").strip() or unit.name
    short = _short_name(unit.name)
    if any(ch.isdigit() for ch in place) or fold(place) in PERSON_NAMED or fold(short) in PERSON_NAMED:
        return unit.name.strip()
    return place


def _short_name(name: str) -> str:
    for word in ("Xã ", "Phường ", "Đặc khu ", "Thị trấn "):
        if name.startswith(word):
            return name[len(word) :]
    return name


def place_date(unit: UnitProfile, date: dt.date | None, year: int | None = None) -> str:
    place = date_place(unit)
    if date is not None:
        return long_date(date, place)
    y = str(year) if year else BLANK
    return f"{place}, ngày{BLANK}tháng{BLANK}năm {y}".rstrip() + ("" if year else BLANK)


def header(
    unit: UnitProfile, type_code: str, number: str | None, date: dt.date | None, year: int | None = None
) -> HeaderBlock:
    code = f"{type_code}-{unit.doc_code}" if unit.doc_code else type_code
    return HeaderBlock(
        issuer=issuer_lines(unit),
        number=doc_number(number, code),
        place_date=place_date(unit, date, year),
    )


def title(type_name: str, subject: str) -> TitleBlock:
    return TitleBlock(type_name=type_name.upper(), subject=[nfc(subject.strip())])


def issuer_rule_width(h: HeaderBlock) -> float:
    widths = [fonts.text_width(x.text, h.issuer_size, bold=True) for x in h.issuer if x.bold]
    return RULE_FRACTION * max(widths or [fonts.text_width(h.issuer[-1].text, h.issuer_size, True)])


def recipients_list(items: list[str], drafter_code: str | None) -> list[str]:
    """One recipient a line ending ``;``, the last ``- Lưu: VT, <unit>.`` ending ``.``."""
    clean = [re.sub(r"^[-–•\s]+", "", nfc(x)).rstrip(" ;.,") for x in items if x and x.strip(" -;.")]
    if not any(x.lower().startswith("lưu") for x in clean):
        clean.append(f"Lưu: VT{', ' + drafter_code if drafter_code else ''}")
    else:  # the filing line goes last
        keep = [x for x in clean if not x.lower().startswith("lưu")]
        clean = keep + [x for x in clean if x.lower().startswith("lưu")]
    return [x + (";" if i < len(clean) - 1 else ".") for i, x in enumerate(clean)]


def signature(
    signer: Signer | None,
    recipients: list[str],
    drafter_code: str | None,
    field_name: str | None = "ChuKyLanhDao",
    unit: UnitProfile | None = None,
) -> SignatureBlock:
    if unit is not None:
        recipients = [adapt_recipient(unit, r) for r in recipients]
    if signer is None:
        authority, name = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ""
    else:
        authority, name = signer.authority_lines, signer.full_name.strip()
    return SignatureBlock(
        recipients=recipients_list(recipients, drafter_code),
        authority=[nfc(a) for a in authority],
        name=nfc(name),
        field_name=field_name,
    )


def reference_line(kind: str, type_code: str, unit: UnitProfile, number: str | None, date: dt.date | None) -> str:
    """``(Kèm theo Kế hoạch số 05/KH-UBND ngày 10 tháng 01 năm 2025 của Ủy ban nhân dân xã X)``."""
    code = f"{type_code}-{unit.doc_code}" if unit.doc_code else type_code
    num = number.strip() if number else DOTS
    if num.isdigit() and len(num) < 2:
        num = num.zfill(2)
    when = long_date(date) if date else f"ngày {DOTS} tháng {DOTS} năm {DOTS}"
    return f"(Kèm theo {kind} số {num}/{code} {when} của {issuer_name(unit)})"


def basis_text(b: str) -> str:
    """One căn cứ line without its end mark: ``Căn cứ Quyết định số ...``, the document named by
    its number's type, the date in the long form; ``Triển khai thực hiện Nghị định ...`` (a
    province's wording) becomes ``Căn cứ Nghị định ...``."""
    t = citations.normalise(" ".join(nfc(b).split())).rstrip(" ;.,")
    if not t:
        return ""
    f = fold(t)
    for lead in ("trien khai thuc hien ", "can cu vao "):
        if f.startswith(lead):
            t = t[len(lead) :].lstrip()
            f = fold(t)
            break
    if not f.startswith(("can cu ", "thuc hien ")):
        t = "Căn cứ " + t[:1].upper() + t[1:]
    elif f.startswith("can cu "):
        rest = t[len("Căn cứ ") :]
        if rest[:8] in ("văn bản ", "công văn"):  # ``Căn cứ văn bản số ...``: a document's name
            rest = rest[:1].upper() + rest[1:]
        t = "Căn cứ " + rest
    return t


def basis_paragraphs(bases: list[str]) -> list[Paragraph]:
    """The căn cứ lines: italic, each ``Căn cứ ...;``, the last ending ``.``."""
    texts = [t for b in bases if (t := basis_text(b))]
    return [Paragraph([Run(t + (";" if i < len(texts) - 1 else "."), italic=True)]) for i, t in enumerate(texts)]


def lower_first(s: str) -> str:
    return s[:1].lower() + s[1:] if s else s
