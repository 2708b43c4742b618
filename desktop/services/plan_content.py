"""What a unit's plan says, before anything is laid out.

``plan_content(plan) -> PlanContent`` decides every text of the plan that depends on the plan,
its unit and its template: the căn cứ lines (the province's plan cited by kind), the sections'
paragraphs as this commune prints them (the province's lines for its own departments left out,
``tỉnh`` or ``thành phố`` as the directory says, appendices referred to only as printed), the
targets' scope and values, the adopted tasks grouped as the province printed them, the budget
columns in use and their totals, and the optional part on the previous year.

``desktop.documents.build_plan`` lays a ``PlanContent`` out. The citation forms are the
document text helpers' (``desktop.documents.citations``: plain text, no layout).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from desktop.documents import citations
from desktop.documents.model import paragraphs_of
from desktop.models.enums import BudgetColumn, TargetDirection
from desktop.services import plan_rules as psvc
from desktop.services.doc_text import PROVINCE_BODIES, issuer_name, pillar_groups, province_word, roman
from desktop.services.tracking import goal_words
from desktop.vn import fold, format_number, short_date

if TYPE_CHECKING:
    from desktop.models.orm import Plan, PlanSection, PlanTask

# the sections of a plan, in the order the document prints them
SECTION_KEYS = ("purpose", "objectives", "tasks", "solutions", "funding", "organisation")

# one group of the adopted tasks: (numeral, title, [(task number, task)])
TaskGroup = tuple[str, str, list[tuple[str, "PlanTask"]]]


@dataclass(frozen=True)
class TargetLine:
    """One row of the targets table: the province's value for the unit's level and the unit's own."""

    group: str  # the group title ("" when the targets are not grouped)
    text: str
    unit: str
    province_value: str
    own_value: str


@dataclass(frozen=True)
class PlanContent:
    bases: list[str]  # the căn cứ texts
    texts: dict[str, list[str]]  # section key -> its paragraphs as printed (SECTION_KEYS)
    has_budget: bool
    targets_scope: str  # ``năm 2024``, ``giai đoạn 2021-2025``; "" without targets
    targets: list[TargetLine]
    pillars: list[tuple[str, list[PlanTask]]]  # the adopted tasks by pillar (part II)
    task_groups: list[TaskGroup]  # the adopted tasks as the province printed them (appendix I)
    superior_plan: str | None  # the superior plan the tasks' numbers refer to, when they do
    budget_columns: list[BudgetColumn]
    budget_totals: psvc.BudgetTotals | None
    previous: psvc.PreviousYear | None  # the optional first part on the previous year


def adapt_text(plan: Plan, text: str, has_budget: bool | None = None) -> str:
    """A stored section text as this commune's document prints it: the province's plan cited
    by kind (``Quyết định số 2260/QĐ-UBND ...``), ``tỉnh`` or ``thành phố`` as the directory
    says, appendices referred to only as printed, no ``;.``."""
    unit = plan.unit
    t = psvc.template_of(plan)
    out = text
    if t.number:  # the program's own reference to the province's plan, in its older forms
        cite = citations.template_citation(t, with_subject=False)
        for word in ("Kế hoạch", "Quyết định"):
            old = f"{word} số {t.number}"
            if t.date:
                for form in (f"{t.date.day:02d}/{t.date.month}/{t.date.year}", short_date(t.date)):
                    out = out.replace(f"{old} ngày {form} của {t.issuer}", cite)
            out = out.replace(f"{old} của {t.issuer}", cite)
    out = citations.normalise(out)
    word = province_word(unit)
    if word != "thành phố":
        for a, b in (
            ("chỉ tiêu của thành phố giao", f"chỉ tiêu của {word} giao"),
            ("nguồn hỗ trợ của thành phố", f"nguồn hỗ trợ của {word}"),
            ("Thành phố giao cho", f"{word.capitalize()} giao cho"),
            ("thành phố giao cho", f"{word} giao cho"),
            ("ngân sách thành phố hỗ trợ", f"ngân sách {word} hỗ trợ"),
        ):
            out = out.replace(a, b)
    budget = bool(plan.budget_lines) if has_budget is None else has_budget
    if not budget:
        out = re.sub(r"\s*\((?:chi tiết )?(?:tại|theo) Phụ lục II(?: kèm theo)?\)", "", out)
        out = re.sub(r"Phụ lục I\b(?![IVX])", "Phụ lục", out)
    out = re.sub(r";\s*\.", ".", out)
    return out


def _from_template(plan: Plan, sec: PlanSection | None) -> bool:
    """The section still holds the province's own text (copied, never edited by the commune)."""
    if sec is None or getattr(sec, "edited", False):
        return False
    ts = psvc.template_of(plan).section(sec.key)
    return ts is not None and bool(ts.text().strip()) and " ".join(ts.text().split())[:80] in " ".join(sec.text.split())


_PROVINCE_APPARATUS = re.compile(
    r"(sở, ban, ngành|sở, ngành|quận, huyện|các sở\b|các huyện|ủy ban nhân dân các quận|ubnd các quận"
    r"|người đứng đầu các cấp)",
    re.IGNORECASE,
)


def commune_lines(plan: Plan, sec: PlanSection | None, texts: list[str]) -> list[str]:
    """A province's text copied into a commune's plan, without the lines that assign work to
    the province's own departments or speak of its apparatus (sở, ban, ngành, quận, huyện), and
    without a sub-title left with nothing under it; when nothing is left, one sentence that
    carries the province's text out within the commune's remit."""
    if not _from_template(plan, sec):
        return texts
    kept = [x for x in texts if not PROVINCE_BODIES.match(x) and not _PROVINCE_APPARATUS.search(x)]
    out: list[str] = []
    for i, x in enumerate(kept):
        is_title = bool(re.match(r"^\d+\.?\s", x)) and not x.rstrip().endswith((".", ";"))
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        if is_title and (nxt is None or re.match(r"^\d+\.?\s", nxt)):
            continue
        out.append(x)
    if len(out) < len(texts):  # the khoản left keep their numbers in sequence: 1, 2, 3
        n = 0
        for i, x in enumerate(out):
            m = re.match(r"^(\d+)(\.?)\s+", x)
            if m:
                n += 1
                out[i] = f"{n}{m.group(2)} {x[m.end() :]}"
    if texts and not out:
        t = psvc.template_of(plan)
        out = [
            f"{issuer_name(plan.unit)} tổ chức thực hiện các nội dung tương ứng của "
            f"{citations.template_citation(t, with_subject=False)} trong phạm vi nhiệm vụ của "
            f"{psvc.unit_phrase(plan.unit)}."
        ]
    return out


def targets_scope(plan: Plan) -> str:
    """``năm 2024``, or ``giai đoạn 2021-2025`` for the targets of a multi-year plan."""
    t = psvc.template_of(plan)
    if t.period_start != t.period_end:
        return f"giai đoạn {t.period_start}-{t.period_end}"
    return f"năm {plan.year}"


def _value(direction: TargetDirection, lo: Decimal | None, hi: Decimal | None) -> str:
    """A target's value in the targets table: ``70``, ``Tối đa 5``, ``60-70``."""
    if lo is None:
        return ""
    if direction is TargetDirection.RANGE and hi is not None and hi != lo:
        return f"{format_number(lo)}-{format_number(hi)}"
    return ("Tối đa " if direction is TargetDirection.AT_MOST else "") + format_number(lo)


def target_lines(plan: Plan) -> list[TargetLine]:
    """The targets table's rows; a target set per group (level, household type, sector) shows
    each group's goal in the tracking's words after the unit's own value."""
    out: list[TargetLine] = []
    for tg in plan.targets:
        own = _value(tg.direction, tg.value, tg.value_max)
        if tg.groups:
            own = "; ".join(
                [own] * bool(own)
                + [
                    f"{g['name']}: "
                    + goal_words(
                        TargetDirection(g.get("direction") or tg.direction.value),
                        Decimal(g["value"]) if g.get("value") is not None else None,
                        Decimal(g["value_max"]) if g.get("value_max") is not None else None,
                        "",
                    )
                    for g in tg.groups
                ]
            )
        out.append(
            TargetLine(
                tg.group_title or "", tg.text, tg.unit, _value(tg.direction, tg.city_value, tg.city_value_max), own
            )
        )
    return out


_ROMAN = re.compile(r"^[IVXLC]+$")


def _roman_value(s: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        total += -v if i + 1 < len(s) and values[s[i + 1]] > v else v
    return total


def template_groups(plan: Plan) -> list[TaskGroup]:
    """The adopted tasks as the province printed them: its groups in its order with its group
    numerals and task numbers, then the commune's own tasks in one group after them.
    Each item: (numeral, title, [(task number, task)])."""
    tasks = sorted((x for x in plan.tasks if x.adopted), key=lambda x: x.position)
    try:
        tpl = psvc.template_of(plan)
        order = {g.id: i for i, g in enumerate(tpl.task_groups)}
        printed = {t.id: t.number for g in tpl.task_groups for t in g.tasks}
        titles = {g.id: (g.number, g.title) for g in tpl.task_groups}
    except Exception:  # noqa: BLE001 - a plan without its template prints in its own order
        order, printed, titles = {}, {}, {}
    by_group: OrderedDict[str, list[PlanTask]] = OrderedDict()
    for x in sorted((x for x in tasks if x.template_ref), key=lambda x: (order.get(x.group_ref, 10**6), x.position)):
        by_group.setdefault(x.group_ref, []).append(x)
    out: list[TaskGroup] = []
    romans = 0
    for gi, (ref, items) in enumerate(by_group.items(), 1):
        number, title = titles.get(ref, (items[0].group_number, items[0].group_title))
        numeral = (number or "").strip() or roman(gi)
        if _ROMAN.match(numeral):
            romans = max(romans, _roman_value(numeral))
        numbered = [(str(printed.get(x.template_ref or "") or i), x) for i, x in enumerate(items, 1)]
        out.append((numeral, title or items[0].pillar, numbered))
    own = [x for x in tasks if x.template_ref is None]
    if own:
        who = psvc.unit_phrase(plan.unit)
        numerals = [x[0] for x in out]
        if numerals and all(x.isdigit() for x in numerals):  # the province numbers its groups 1, 2, 3
            numeral = str(max(int(x) for x in numerals) + 1)
        else:
            numeral = roman(max(romans, len(out)) + 1)
        out.append((numeral, f"Nhiệm vụ {who} bổ sung", [(str(i), x) for i, x in enumerate(own, 1)]))
    return out


def used_budget_columns(plan: Plan) -> list[BudgetColumn]:
    """The budget columns any line fills in (the planned amount when none does)."""
    cols = [c for c in psvc.BUDGET_COLUMNS if any(getattr(b, c.value) is not None for b in plan.budget_lines)]
    return cols or [BudgetColumn.PLANNED]


def plan_bases(plan: Plan) -> list[str]:
    """The căn cứ texts: the line that cites the province's plan is the citation helper's
    (a decision cited as a Quyết định, with the plan it promulgates); the others repaired."""
    t = psvc.template_of(plan)
    out: list[str] = []
    for b in plan.legal_bases:
        text = b.text
        f = fold(text)
        if (
            t.number
            and fold(t.number) in f
            and (f.startswith(("ke hoach so", "quyet dinh so", "can cu ke hoach so", "can cu quyet dinh so")))
        ):
            text = citations.template_citation(t)
        out.append(text)
    return out


def _section(plan: Plan, key: str) -> PlanSection | None:
    return next((s for s in plan.sections if s.key == key), None)


def plan_content(plan: Plan, previous: Plan | None = None) -> PlanContent:
    """Everything the plan document says that depends on the plan, its unit and its template
    (``previous``: the plan of the year before it follows, for the optional part on that year)."""
    has_budget = bool(plan.budget_lines)
    bases = plan_bases(plan)
    texts: dict[str, list[str]] = {}
    for key in SECTION_KEYS:
        sec = _section(plan, key)
        paras = paragraphs_of(sec.text) if sec is not None else []
        if key != "tasks":  # the tasks' own text is the commune's: nothing of the province's to leave out
            paras = commune_lines(plan, sec, paras)
        texts[key] = [adapt_text(plan, x, has_budget) for x in paras]
    groups = template_groups(plan)
    refs = any(getattr(t, "superior_ref", None) for _n, _title, ts in groups for _i, t in ts)
    superior = psvc.template_of(plan).superior_plan if refs and plan.template else None
    return PlanContent(
        bases=bases,
        texts=texts,
        has_budget=has_budget,
        targets_scope=targets_scope(plan) if plan.targets else "",
        targets=target_lines(plan),
        pillars=pillar_groups(plan.tasks),
        task_groups=groups,
        superior_plan=superior,
        budget_columns=used_budget_columns(plan),
        budget_totals=psvc.budget_totals(plan) if has_budget else None,
        previous=psvc.previous_year_part(plan, previous),
    )
