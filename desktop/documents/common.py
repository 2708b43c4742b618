"""Pieces every official document of a unit shares: the header, the signature block,
the recipients, the issuer's name in a sentence, the appendix reference line.

Plain Python over the ORM rows; no Qt, no writer.
"""

from __future__ import annotations

import datetime as dt
import re

from desktop.documents import fonts
from desktop.documents.model import (
    HeaderBlock,
    IssuerLine,
    Paragraph,
    Rule,
    Run,
    SignatureBlock,
    TitleBlock,
)
from desktop.models.orm import Signer, UnitProfile
from desktop.services.plans import unit_phrase
from desktop.vn import doc_number, fold, long_date, nfc

BLANK = "      "  # room for the clerk on paper
DOTS = "…"
ROMAN_NUMERALS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
RULE_FRACTION = 0.45  # lines under the issuer and the trích yếu: 1/3 to 1/2 of the text


def roman(n: int) -> str:
    out = []
    for v, s in ROMAN_NUMERALS:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def issuer_name(unit: UnitProfile) -> str:
    """``Ủy ban nhân dân xã An Lão``: the issuing body inside a sentence."""
    if unit.parent_body and fold(unit.parent_body) == "uy ban nhan dan":
        return f"Ủy ban nhân dân {unit_phrase(unit)}"
    return unit.issuer_body_full


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


def place_date(unit: UnitProfile, date: dt.date | None, year: int | None = None) -> str:
    if date is not None:
        return long_date(date, unit.place_name)
    y = str(year) if year else BLANK
    return f"{unit.place_name}, ngày{BLANK}tháng{BLANK}năm {y}".rstrip() + ("" if year else BLANK)


def header(unit: UnitProfile, type_code: str, number: str | None, date: dt.date | None,
           year: int | None = None) -> HeaderBlock:
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


def subject_rule_width(t: TitleBlock) -> float:
    return RULE_FRACTION * max(fonts.text_width(s, t.size, bold=True) for s in t.subject)


def recipients_list(items: list[str], drafter_code: str | None) -> list[str]:
    """One recipient a line ending ``;``, the last ``- Lưu: VT, <unit>.`` ending ``.``."""
    clean = [re.sub(r"^[-–•\s]+", "", nfc(x)).rstrip(" ;.,") for x in items if x and x.strip(" -;.")]
    if not any(x.lower().startswith("lưu") for x in clean):
        clean.append(f"Lưu: VT{', ' + drafter_code if drafter_code else ''}")
    else:  # the filing line goes last
        keep = [x for x in clean if not x.lower().startswith("lưu")]
        clean = keep + [x for x in clean if x.lower().startswith("lưu")]
    return [x + (";" if i < len(clean) - 1 else ".") for i, x in enumerate(clean)]


def signature(signer: Signer | None, recipients: list[str], drafter_code: str | None,
              field_name: str | None = "ChuKyLanhDao") -> SignatureBlock:
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


def reference_line(kind: str, type_code: str, unit: UnitProfile, number: str | None,
                   date: dt.date | None) -> str:
    """``(Kèm theo Kế hoạch số 05/KH-UBND ngày 10 tháng 01 năm 2025 của Ủy ban nhân dân xã X)``."""
    code = f"{type_code}-{unit.doc_code}" if unit.doc_code else type_code
    num = number.strip() if number else DOTS
    if num.isdigit() and len(num) < 2:
        num = num.zfill(2)
    when = long_date(date) if date else f"ngày {DOTS} tháng {DOTS} năm {DOTS}"
    return f"(Kèm theo {kind} số {num}/{code} {when} của {issuer_name(unit)})"


def basis_paragraphs(bases: list[str]) -> list[Paragraph]:
    """The căn cứ lines: italic, each ``Căn cứ ...;``, the last ending ``.``."""
    texts = []
    for b in bases:
        t = " ".join(nfc(b).split()).rstrip(" ;.,")
        if not t:
            continue
        if not fold(t).startswith(("can cu", "thuc hien")):
            t = "Căn cứ " + t
        texts.append(t)
    return [
        Paragraph([Run(t + (";" if i < len(texts) - 1 else "."), italic=True)])
        for i, t in enumerate(texts)
    ]


def lower_first(s: str) -> str:
    return s[:1].lower() + s[1:] if s else s


def rule_of(width: float, **kw: float) -> Rule:
    return Rule(width, **kw)
