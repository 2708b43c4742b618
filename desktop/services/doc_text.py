"""The words a plan's documents and the window share, read from the plan itself: a task's lines
and short name, who leads a province's task in a commune's plan, the tasks grouped by pillar, the unit's province as a sentence names it, a
period as a report names it.

Plain Python over the ORM rows; no Qt and nothing of ``desktop.documents`` (the builders
import these, never the other way round).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import OrderedDict
from typing import TYPE_CHECKING

from desktop.models.period import Period, PeriodKind
from desktop.services import plan_rules as plans
from desktop.vn import fold, nfc, short_date

if TYPE_CHECKING:
    from desktop.models.orm import Plan, PlanTask, UnitProfile

ROMAN_NUMERALS = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]
# Lines of a province's text that assign work to the province's own bodies: a commune's
# plan does not copy them (``Các sở, ngành thành phố ...``, ``Sở Tài chính phối hợp ...``).
PROVINCE_BODIES = re.compile(
    r"^[-+•\s]*(các sở\b|sở [A-ZĐ]|các cơ quan, đơn vị thành phố|các quận|ủy ban nhân dân các quận|ubnd các quận"
    r"|ubnd các huyện|ubnd quận|các đơn vị sở|văn phòng ủy ban nhân dân thành phố|văn phòng ubnd thành phố"
    r"|ban chỉ đạo xây dựng chính quyền điện tử thành phố|bộ |công an thành phố|đài phát thanh)",
    re.IGNORECASE,
)
_BARE_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


def roman(n: int) -> str:
    out = []
    for v, s in ROMAN_NUMERALS:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def _short(m: re.Match[str]) -> str:
    try:
        return short_date(dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
    except ValueError:
        return m.group(0)


def fix_dates(text: str) -> str:
    """``30/1/2024`` -> ``30/01/2024``: a date written in a text takes the leading zeros of
    Decree 30 (day below 10, months 1 and 2), whoever typed it."""
    return _BARE_DATE.sub(_short, text)


def period_text(p: Period | None) -> str:
    return p.label() if p is not None else ""


def task_lines(content: str) -> list[str]:
    """A task's text and its sub-items, each on its own line (``- ...``, ``a) ...``)."""
    lines = [" ".join(fix_dates(x).split()) for x in content.replace("\r", "").split("\n")]
    lines = [x for x in lines if x]
    out: list[str] = []
    for x in lines:
        # sub-items written on one line: ``...: - a; - b`` or ``...; a) ...; b) ...``
        parts = re.split(r"(?<=[:;.])\s+(?=(?:[-+•]\s|[a-zđ]\)\s))", x)
        out += [p.strip() for p in parts if p.strip()]
    if out and out[-1].endswith(";"):
        out[-1] = out[-1].rstrip(" ;") + "."
    return out or [content.strip()]


def task_name(x: PlanTask) -> str:
    """A task's short name in a sentence: its first line up to a colon, no end mark."""
    return task_lines(x.content)[0].split(":")[0].strip().rstrip(" .;,")


_COMMUNE_WORDS = re.compile(r"\b(xa|phuong|dac khu|thi tran|cac cap|cap xa|co so)\b")


def commune_lead(plan: Plan, t: PlanTask) -> tuple[str, str]:
    """(chủ trì, phối hợp) as the commune's plan prints them: a province task still led by the
    province's own body (``Sở Thông tin và Truyền thông``, ``Các sở, ngành thành phố``) is led
    by the commune's UBND, the province's body kept as the one that guides."""
    lead, coord = (t.lead or "").strip().rstrip(";"), (t.coordinating or "").strip()
    if t.guide:  # the template gives the commune its own lead; the province's body guides
        guide = f"{t.guide.strip().rstrip(';')} (hướng dẫn)"
        return lead, f"{guide}; {coord}" if coord and fold(coord) != fold(t.guide) else guide
    if not t.template_ref or not lead or (_COMMUNE_WORDS.search(fold(lead)) and not PROVINCE_BODIES.match(lead)):
        return lead, coord
    try:
        tpl_lead = next((x.lead for x in plans.template_of(plan).tasks if x.id == t.template_ref), None)
    except Exception:  # noqa: BLE001
        tpl_lead = None
    if tpl_lead is None or fold(tpl_lead).rstrip(";") != fold(lead):
        return lead, coord  # the commune chose this lead itself
    guide = f"{lead} (hướng dẫn)"
    return f"UBND {plans.unit_phrase(plan.unit)}", f"{guide}; {coord}" if coord and fold(coord) != fold(lead) else guide


def commune_task_lines(t: PlanTask) -> list[str]:
    """A province task's lines as the commune's plan prints them: the sub-items that assign
    work to the province's own departments (``Sở Thông tin và Truyền thông chủ trì ...``) left out."""
    lines = task_lines(t.content)
    if t.template_ref is None:
        return lines
    kept = [lines[0]] + [x for x in lines[1:] if not PROVINCE_BODIES.match(x)]
    if len(kept) < len(lines) and kept[-1].endswith(";"):
        kept[-1] = kept[-1].rstrip(" ;") + "."
    return kept


def pillar_groups(tasks: list[PlanTask]) -> list[tuple[str, list[PlanTask]]]:
    """Adopted tasks grouped by pillar (own tasks join the template group of the same
    pillar), in the order of first appearance."""
    groups: OrderedDict[str, tuple[str, list[PlanTask]]] = OrderedDict()
    ordered = sorted((t for t in tasks if t.adopted), key=lambda t: t.position)
    template_keys = list(dict.fromkeys(fold(t.pillar or t.group_title) for t in ordered if t.template_ref))
    for t in ordered:
        k = fold(t.pillar or t.group_title)
        if t.template_ref is None and k not in template_keys:
            # ``An toàn thông tin mạng`` joins the province's ``Bảo đảm an toàn thông tin mạng``
            k = next((x for x in template_keys if re.search(r"\b" + re.escape(k) + r"\b", x)), k)
        if k not in groups:
            groups[k] = (t.pillar or t.group_title.capitalize(), [])
        groups[k][1].append(t)
    return list(groups.values())


def province_of(unit: UnitProfile) -> object | None:
    from desktop.models import directory

    if unit.province_code is None:
        return None
    try:
        return directory.province(unit.province_code)
    except KeyError:
        return None


def issuer_name(unit: UnitProfile) -> str:
    """``Ủy ban nhân dân xã An Lão``: the issuing body inside a sentence."""
    if unit.parent_body and fold(unit.parent_body) == "uy ban nhan dan":
        return f"Ủy ban nhân dân {plans.unit_phrase(unit)}"
    return unit.issuer_body_full


def province_word(unit: UnitProfile) -> str:
    """``tỉnh`` or ``thành phố``: what the directory calls the unit's province."""
    p = province_of(unit)
    return "tỉnh" if p is not None and getattr(p, "kind", "") == "tỉnh" else "thành phố"


def province_phrase(unit: UnitProfile) -> str | None:
    """``tỉnh Lạng Sơn``, ``thành phố Hồ Chí Minh``."""
    p = province_of(unit)
    if p is None or getattr(p, "is_national", False):
        return None
    return f"{province_word(unit)} {p.short_name}"  # type: ignore[attr-defined]


def period_phrase(p: Period) -> str:
    """``quý II năm 2024``, ``6 tháng đầu năm 2024``, ``năm 2024``."""
    if p.kind is PeriodKind.QUARTER:
        return f"quý {roman(p.index)} năm {p.year}"
    if p.kind is PeriodKind.HALF:
        return p.label()
    if p.kind is PeriodKind.YEAR:
        return f"năm {p.year}"
    return p.label().lower()


def next_period(p: Period) -> Period:
    """The period after ``p``, of the same kind."""
    if p.kind is PeriodKind.QUARTER:
        return Period(PeriodKind.QUARTER, p.year + (p.index == 4), 1 if p.index == 4 else p.index + 1)
    if p.kind is PeriodKind.HALF:
        return Period(PeriodKind.HALF, p.year + (p.index == 2), 1 if p.index == 2 else 2)
    if p.kind in (PeriodKind.MONTH, PeriodKind.WEEK):
        from desktop.models.period import period_containing

        return period_containing(p.kind, p.end + dt.timedelta(days=1))
    return Period(PeriodKind.YEAR, p.year + 1)


def unit_kind_word(unit: UnitProfile) -> str:
    """``xã``, ``phường`` or ``đặc khu``: the unit's own word, from its name."""
    for word in ("Phường ", "Đặc khu ", "Thị trấn ", "Xã "):
        if unit.name.startswith(word):
            return word.strip().lower()
    return "xã"


def adapt_recipient(unit: UnitProfile, text: str) -> str:
    """A recipient line as the unit's kind and province read: ``TT HĐND phường``,
    ``UBND thành phố Hồ Chí Minh`` (not ``UBND Hồ Chí Minh``)."""
    t = " ".join(nfc(text).split())
    kind = unit_kind_word(unit)
    if kind != "xã":  # ``TT HĐND xã``, ``các ban, ngành, đoàn thể xã``: the unit's own level word
        t = re.sub(r"(?<![\w])xã(?=\s*[;,.]|\s*$)", kind, t)
    p = province_of(unit)
    if p is not None and not getattr(p, "is_national", False):
        short = p.short_name  # type: ignore[attr-defined]
        t = re.sub(
            r"^(UBND|Ủy ban nhân dân)\s+(?:tỉnh\s+|thành phố\s+|Tỉnh\s+|Thành phố\s+)?" + re.escape(short) + r"\b",
            lambda m: f"{m.group(1)} {province_word(unit)} {short}",
            t,
        )
        t = t.replace("UBND tỉnh, thành phố", f"UBND {province_word(unit)} {short}")
    return t
