"""Presentation rules (thể thức) of the documents, one versioned table per format.

Two families of rules apply to what a commune issues:

- the state format of Nghị định 30/2020/NĐ-CP (``nd30-2020``), for documents of the
  Ủy ban nhân dân (the output this program has always produced);
- the Party format of Hướng dẫn 36-HD/VPTW ngày 03/4/2018 (``36-HD-VPTW-2018``), for
  documents of the Đảng ủy, its Ban Thường vụ and its Ban Chỉ đạo.

Each :class:`FormatRules` holds every value the layout needs (sizes, margins, the
forms of the number, the signature prefixes, the recipients' punctuation, the
heading numerals). :func:`rules_for` picks the table by the plan's issuing body and
the document's date, so a later guideline (a successor of 36-HD/VPTW) is one more
table with its ``valid_from`` date, not an edit of the writers. The writers know
nothing of the formats: the builders put the values into the document model
(:mod:`desktop.documents.model`), and the same model feeds DOCX and PDF.

The Party pieces of a document (header, number, signature, recipients, the issuer's
name in a sentence, the appendix reference line) are built here by
:func:`party_header`, :func:`party_signature`, and friends; the state pieces stay
in :mod:`desktop.documents.common`.

Sources: ``nd30-format.md`` and ``party-format.md`` of the project's domain notes.
Values marked [M] there come from consistent implementations rather than the
guideline's own text; they sit in the table like the others, so a province's IT
department can correct one value in one place.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from desktop.documents.model import (
    HeaderBlock,
    IssuerLine,
    PageSetup,
    SignatureBlock,
    TitleBlock,
)
from desktop.vn import fold, long_date, nfc

Family = Literal["state", "party"]

# Issuing bodies of a plan (``Plan.issuer``).
UBND = "ubnd"
DANG_UY = "dang_uy"
BAN_CHI_DAO = "ban_chi_dao"
BAN_THUONG_VU = "ban_thuong_vu"
PARTY_ISSUERS = (DANG_UY, BAN_CHI_DAO, BAN_THUONG_VU)
ISSUERS = (UBND, *PARTY_ISSUERS)

BCD_NAME = "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"


@dataclass(frozen=True)
class FormatRules:
    """Every presentation value of one format, in pt (type) and mm (page)."""

    key: str
    family: Family
    valid_from: dt.date
    source: str
    # page
    top: float = 20.0
    bottom: float = 20.0
    left: float = 30.0
    right: float = 15.0
    page_number_size: float = 13.0
    # header
    heading: str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"  # quốc hiệu / Party heading
    heading_size: float = 13.0
    motto: str = "Độc lập - Tự do - Hạnh phúc"  # tiêu ngữ; "" for none
    motto_size: float = 14.0
    superior_size: float = 13.0  # chủ quản / superior Party body
    issuer_size: float = 13.0
    issuer_mark: Literal["rule", "star"] = "rule"  # under the issuing body's name
    number_prefix: str = "Số: "
    number_form: str = "{n}/{type}-{issuer}"  # state: 05/KH-UBND; Party: 04-KH/ĐU
    number_size: float = 13.0
    date_size: float = 14.0
    number_with_date: bool = True  # Số and the date share a line (Mẫu 1.4)
    left_width: float = 62.0  # mm, the left column of the header
    # title
    type_size: float = 14.0
    subject_size: float = 14.0
    subject_mark: Literal["rule", "dashes"] = "rule"
    rule_fraction: float = 0.4  # of the longest trích yếu line (Decree 30: 1/3 to 1/2)
    # body
    body_size: float = 14.0
    heading_numeral: str = "{roman}."  # "I." / "I-"
    # signature
    on_behalf: str = "TM."
    deputy: str = "KT."
    by_order: str = "TL."
    authority_size: float = 13.0
    position_bold: bool = True
    name_size: float = 14.0
    recipients_label_size: float = 12.0
    recipients_label_style: tuple[bool, bool, bool] = (True, True, False)  # bold, italic, underline
    recipient_size: float = 11.0
    recipient_sep: str = ";"
    filing_line: str = "Lưu: VT{drafter}"
    signature_left_width: float = 60.0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def page(self) -> PageSetup:
        return PageSetup(top=self.top, bottom=self.bottom, left=self.left, right=self.right)

    @property
    def landscape(self) -> PageSetup:
        return PageSetup(orientation="landscape", top=self.top, bottom=self.bottom, left=self.left, right=self.right)

    def numeral(self, roman: str) -> str:
        return self.heading_numeral.format(roman=roman)

    def number(self, number: str | None, type_code: str, issuer_code: str) -> str:
        """``Số: 05/KH-UBND`` (state) or ``Số 04-KH/ĐU`` (Party); a blank number keeps room."""
        n = (number or "").strip()
        if n.isdigit() and len(n) < 2:
            n = n.zfill(2)
        body = self.number_form.format(n=n or "      ", type=type_code, issuer=issuer_code)
        if not issuer_code:
            body = body.rstrip("-/")
        return self.number_prefix + body

    def citation_number(self, number: str | None, type_code: str, issuer_code: str) -> str:
        """``05/KH-UBND`` or ``04-KH/ĐU`` as a sentence cites it (``…`` for a blank number)."""
        n = (number or "").strip() or "…"
        if n.isdigit() and len(n) < 2:
            n = n.zfill(2)
        return self.number_form.format(n=n, type=type_code, issuer=issuer_code)


# -- the tables -----------------------------------------------------------------

ND30_2020 = FormatRules(
    key="nd30-2020",
    family="state",
    valid_from=dt.date(2020, 3, 5),
    source="Nghị định 30/2020/NĐ-CP, Phụ lục I (Mẫu 1.4)",
)

HD36_2018 = FormatRules(
    key="36-HD-VPTW-2018",
    family="party",
    valid_from=dt.date(2018, 4, 3),
    source="Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng (Phụ lục 3)",
    top=20.0,
    bottom=20.0,
    left=30.0,
    right=15.0,  # [M]
    page_number_size=14.0,  # [M]
    heading="ĐẢNG CỘNG SẢN VIỆT NAM",  # [H] 15, bold
    heading_size=15.0,
    motto="",
    superior_size=14.0,  # [H] upright
    issuer_size=14.0,  # [H] bold
    issuer_mark="star",  # [H]
    number_prefix="Số ",  # [H] no colon
    number_form="{n}-{type}/{issuer}",  # [H] hyphen, then slash
    number_size=14.0,  # [H]
    date_size=14.0,  # [H] italic
    number_with_date=False,  # the date sits under the heading's rule, the number under the star
    left_width=85.0,  # the right column keeps room for the 15 pt heading (about 72 mm)
    type_size=16.0,  # [H] 15-16 bold
    subject_size=14.0,  # [H] 14-15 bold
    subject_mark="dashes",  # [M] "-----"
    body_size=14.0,  # [H] 14-15
    heading_numeral="{roman}-",  # [M-H] "I-"
    on_behalf="T/M",  # [H]
    deputy="K/T",
    by_order="T/L",
    authority_size=14.0,  # [M] bold
    position_bold=False,  # [M] the position line is not bold
    name_size=14.0,  # [M] bold
    recipients_label_size=14.0,  # [M] upright, underlined
    recipients_label_style=(False, False, True),
    recipient_size=12.0,  # [M]
    recipient_sep=",",
    filing_line="Lưu Văn phòng Đảng ủy",
    signature_left_width=75.0,
    # The steering committee signs "T/M BAN CHỈ ĐẠO" / "TRƯỞNG BAN" as most communes print it;
    # the guideline's literal rule (the head signs directly) is this switch set to False.
    extra={"bcd_on_behalf": True},
)

RULE_SETS: dict[Family, tuple[FormatRules, ...]] = {
    "state": (ND30_2020,),
    "party": (HD36_2018,),
}


def issuer_of(plan: Any) -> str:
    """The plan's issuing body (``ubnd`` for plans made before issuers existed)."""
    from desktop.services.report_content import issuer_of as plan_issuer

    return plan_issuer(plan).value


def family_of(issuer: str) -> Family:
    return "party" if issuer in PARTY_ISSUERS else "state"


def rules_for(issuer: str = UBND, date: dt.date | None = None) -> FormatRules:
    """The rule table for a document of ``issuer`` dated ``date`` (today when undated):
    the newest table of the issuer's family already in force on that date."""
    when = date or dt.date.today()
    tables = sorted(RULE_SETS[family_of(issuer)], key=lambda r: r.valid_from)
    chosen = tables[0]
    for r in tables:
        if r.valid_from <= when:
            chosen = r
    return chosen


# -- Party pieces ------------------------------------------------------------------


def _unit_name(unit: Any) -> str:
    """``XÃ AN LÃO`` (the unit's own line of the UBND header)."""
    return nfc(committee_name(unit)[len("Đảng ủy ") :].upper())


def _superior_party_body(unit: Any) -> str:
    """``ĐẢNG BỘ TỈNH CAO BẰNG`` / ``ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG``: the Party organisation
    directly above a commune committee since the July 2025 reform."""
    code = getattr(unit, "province_code", None)
    if code:
        from desktop.models import directory

        try:
            return f"ĐẢNG BỘ {directory.province(code).body_name}"
        except (KeyError, LookupError, ValueError):
            pass
    return "ĐẢNG BỘ TỈNH"


def issuer_code(rules: FormatRules, issuer: str, unit: Any) -> str:
    if rules.family == "state":
        return str(unit.doc_code or "")
    return "BCĐ" if issuer == BAN_CHI_DAO else "ĐU"


def committee_name(unit: Any) -> str:
    """``Đảng ủy xã An Lão`` (the unit's name, its kind in lower case)."""
    name = nfc(str(getattr(unit, "name", "") or "").strip())
    if not name:
        line = unit.issuer_line.strip()
        name = line[:1].upper() + line[1:].lower()
    return "Đảng ủy " + name[:1].lower() + name[1:]


def issuer_name(issuer: str, unit: Any) -> str:
    """The Party issuing body inside a sentence: ``Đảng ủy xã An Lão``, ``Ban Thường vụ Đảng
    ủy xã An Lão``, ``Ban Chỉ đạo ... xã An Lão``."""
    committee = committee_name(unit)
    if issuer == BAN_THUONG_VU:
        return f"Ban Thường vụ {committee}"
    if issuer == BAN_CHI_DAO:
        return f"{BCD_NAME} {committee[len('Đảng ủy ') :]}"
    return committee


def party_header(
    rules: FormatRules,
    issuer: str,
    unit: Any,
    type_code: str,
    number: str | None,
    date: dt.date | None,
    year: int | None = None,
) -> HeaderBlock:
    """Ô 1-4 of Phụ lục 1: superior body (upright), issuing body (bold), ``*``, ``Số 04-KH/ĐU``;
    ``ĐẢNG CỘNG SẢN VIỆT NAM`` over its rule, the place and date under it."""
    committee = "ĐẢNG ỦY " + _unit_name(unit)
    if issuer == BAN_CHI_DAO:
        lines = [IssuerLine(committee, bold=False), IssuerLine(nfc(BCD_NAME.upper()), bold=True)]
    else:
        lines = [IssuerLine(_superior_party_body(unit), bold=False), IssuerLine(committee, bold=True)]
    from desktop.documents.common import date_place  # as Decree 30: a person's or a number's name in full

    where = date_place(unit)
    if date is not None:
        place = long_date(date, where)
    else:
        blank = "      "
        place = f"{where}, ngày{blank}tháng{blank}năm {year or blank}".rstrip()
    return HeaderBlock(
        issuer=lines,
        number=rules.number(number, type_code, issuer_code(rules, issuer, unit)),
        place_date=place,
        left_width=rules.left_width,
        issuer_size=rules.issuer_size,
        number_size=rules.number_size,
        qh_size=rules.heading_size,
        tn_size=rules.motto_size,
        date_size=rules.date_size,
        quoc_hieu=rules.heading,
        tieu_ngu=rules.motto,
        issuer_mark=rules.issuer_mark,
        number_with_date=rules.number_with_date,
    )


def title(rules: FormatRules, type_name: str, subject: str) -> TitleBlock:
    """Tên loại and trích yếu; a Party trích yếu starts in lower case (``thực hiện ...``)."""
    s = nfc(subject.strip())
    if rules.family == "party" and s and not s[:2].isupper():
        s = s[:1].lower() + s[1:]
    return TitleBlock(
        type_name=type_name.upper(),
        subject=[s],
        size=rules.type_size,
        subject_size=rules.subject_size,
        mark=rules.subject_mark,
        rule_fraction=rules.rule_fraction,
    )


_PREFIX = re.compile(r"^\s*(TM|KT|TL|TUQ|Q|T/M|K/T|T/L)[.\s]\s*", re.IGNORECASE)


def _party_signer(signer: Any, issuer: str) -> tuple[list[str], str] | None:
    """The plan's signer when it is a Party signer (its title is a Party position)."""
    if signer is None:
        return None
    t = fold(signer.title or "")
    if not any(w in t for w in ("bi thu", "truong ban", "chanh van phong")):
        return None
    return [signer.on_behalf or "", signer.deputy_of or "", signer.title or ""], (signer.full_name or "").strip()


def party_authority(
    rules: FormatRules,
    issuer: str,
    position: str | None = None,
    deputy: bool = False,
    on_behalf: str | None = None,
    deputy_of: str | None = None,
) -> list[str]:
    """Authority and position lines (Điểm 1.7.1): a committee always signs T/M (a deputy
    secretary too: ``T/M ĐẢNG ỦY`` / ``PHÓ BÍ THƯ``, never K/T); a steering committee's
    deputy head signs ``K/T TRƯỞNG BAN`` / ``PHÓ TRƯỞNG BAN``. ``on_behalf`` names the
    body of a T/M line where a commune writes it out (``BAN CHẤP HÀNH ĐẢNG ỦY``)."""
    if issuer == BAN_CHI_DAO:
        if deputy:
            return [f"{rules.deputy} {(deputy_of or 'TRƯỞNG BAN').upper()}", (position or "PHÓ TRƯỞNG BAN").upper()]
        body = (on_behalf or "BAN CHỈ ĐẠO").upper()
        lines = [f"{rules.on_behalf} {body}"] if on_behalf or rules.extra.get("bcd_on_behalf", True) else []
        return lines + [(position or "TRƯỞNG BAN").upper()]
    body = (on_behalf or ("BAN THƯỜNG VỤ" if issuer == BAN_THUONG_VU else "ĐẢNG ỦY")).upper()
    return [f"{rules.on_behalf} {body}", (position or ("PHÓ BÍ THƯ" if deputy else "BÍ THƯ")).upper()]


def party_recipients(rules: FormatRules, items: list[str]) -> list[str]:
    """One recipient a line ending ``,``; the last ``Lưu Văn phòng Đảng ủy.`` ending ``.``.
    State filing lines (``Lưu: VT, ...``) give way to the Party's."""
    clean = [re.sub(r"^[-–•\s]+", "", nfc(x)).rstrip(" ;.,") for x in items if x and x.strip(" -;.,")]
    keep = [x for x in clean if not fold(x).startswith("luu")]
    keep.append(rules.filing_line)
    return [x + (rules.recipient_sep if i < len(keep) - 1 else ".") for i, x in enumerate(keep)]


def party_signature(
    rules: FormatRules, issuer: str, signer: Any, recipients: list[str], field_name: str | None = "ChuKyLanhDao"
) -> SignatureBlock:
    found = _party_signer(signer, issuer)
    name = ""
    if found is not None:
        (on_behalf, deputy_of, position), name = found
        party_body = (
            on_behalf
            if any(w in fold(on_behalf) for w in ("dang uy", "ban chap hanh", "ban thuong vu", "ban chi dao"))
            else None
        )
        authority = party_authority(
            rules,
            issuer,
            position,
            deputy=bool(deputy_of) or fold(position).startswith("pho"),
            on_behalf=party_body,
            deputy_of=deputy_of or None,
        )
    else:
        authority = party_authority(rules, issuer)
    return signature_block(rules, authority, name, party_recipients(rules, recipients), field_name)


def signature_block(
    rules: FormatRules, authority: list[str], name: str, recipients: list[str], field_name: str | None = "ChuKyLanhDao"
) -> SignatureBlock:
    bold, italic, underline = rules.recipients_label_style
    return SignatureBlock(
        recipients=recipients,
        authority=[nfc(a) for a in authority],
        name=nfc(name),
        field_name=field_name,
        left_width=rules.signature_left_width,
        authority_size=rules.authority_size,
        name_size=rules.name_size,
        position_bold=rules.position_bold,
        label_size=rules.recipients_label_size,
        label_bold=bold,
        label_italic=italic,
        label_underline=underline,
        recipient_size=rules.recipient_size,
    )


def party_reference_line(
    rules: FormatRules, kind: str, type_code: str, issuer: str, unit: Any, number: str | None, date: dt.date | None
) -> str:
    """``(Kèm theo Kế hoạch số 04-KH/ĐU ngày 05 tháng 02 năm 2026 của Đảng ủy xã Nghĩa Tá)``."""
    num = rules.citation_number(number, type_code, issuer_code(rules, issuer, unit))
    when = long_date(date) if date else "ngày … tháng … năm …"
    return f"(Kèm theo {kind} số {num} {when} của {issuer_name(issuer, unit)})"


def apply_page(rules: FormatRules, sections: list[Any]) -> None:
    """Give the sections the format's margins and page-number size (orientation kept)."""
    for sec in sections:
        sec.page = rules.landscape if sec.page.orientation == "landscape" else rules.page
        sec.page_number_size = rules.page_number_size
