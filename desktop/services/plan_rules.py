"""The rules a plan's documents read from the plan alone: its template, reporting rhythm and
periods, budget totals, the unit's name in a sentence, the part on the previous year.

SQLAlchemy-free and pure (no session, no query): they take the plan as the ORM gives it or as
desktop.store.rows reads it, so the documents and desktop.services.plans use one definition
each (plans re-exports them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from desktop.errors import UserError
from desktop.i18n import _
from desktop.models.enums import BudgetColumn, Issuer, PlanKind, TaskStatus
from desktop.models.period import Period, PeriodKind, ReportRule
from desktop.models.template import Template
from desktop.services import templates as tsvc
from desktop.vn import format_number, short_date

if TYPE_CHECKING:
    from desktop.models.orm import Plan, UnitProfile


BUDGET_COLUMNS = (
    BudgetColumn.APPROVED,
    BudgetColumn.SPENT,
    BudgetColumn.CARRIED_OVER,
    BudgetColumn.ALLOCATED,
    BudgetColumn.PLANNED,
    BudgetColumn.REQUESTED,
)


def template_of(plan: Plan) -> Template:
    """The plan's template; a plan of the unit's own has an empty one (no tasks, no targets)."""
    if plan.template is None:
        return own_template(plan)
    return tsvc.parse(plan.template)


def own_template(plan: Plan) -> Template:
    unit = plan.unit
    return Template(
        id="",
        version=0,
        kind="KH",
        number="",
        date=None,
        place=unit.place_name,
        issuer=unit.issuer_body_full,
        title=plan.subject,
        period_start=plan.first_day.year,
        period_end=plan.last_day.year,
        province_code=unit.province_code,
        levels=(unit.level,),
        legal_bases=(),
        general_objectives=(),
        targets=(),
        task_groups=(),
        budget=None,
        sections=(),
        reporting=(),
    )


def report_rules(plan: Plan) -> list[ReportRule]:
    """The reports the plan owes: its own rules, else quarterly reports and the year's report
    (due on the template's or province's date) as every plan had before rhythms existed."""
    rules = []
    for code in plan.report_rules or []:
        try:
            rules.append(ReportRule.parse(code))
        except ValueError:
            continue  # a damaged rule must not hide the others
    if rules:
        return rules
    out = [ReportRule.parse("quarter next:10")]
    deadline = None
    if plan.template is not None:
        try:
            deadline = annual_report_deadline(template_of(plan), plan.year)
        except Exception:  # a damaged template keeps the default rhythm
            deadline = None
    out.append(ReportRule.parse(f"year date:{deadline:%m-%d}" if deadline else "year"))
    return out


def report_period_of(plan: Plan, name: str) -> Period:
    """The period of a report of ``plan`` named ``w35``, ``m11``, ``q2``, ``h1``, ``year``
    (in the plan's year); a UserError when the name is unknown or the period lies outside
    the plan's time."""
    from desktop.models.period import REPORT_PERIODS, report_period

    try:
        p = report_period(plan.year, name)
    except ValueError:
        raise UserError(
            _("Kỳ báo cáo không hợp lệ: {p} (chọn {all}).").format(p=name, all=", ".join(REPORT_PERIODS))
        ) from None
    if p.end < plan.first_day or p.start > plan.last_day:
        raise UserError(
            _("Kỳ báo cáo {p} nằm ngoài thời gian của kế hoạch ({a} - {b}).").format(
                p=p.label(), a=short_date(plan.first_day), b=short_date(plan.last_day)
            )
        )
    return p


def report_due(plan: Plan, period: Period) -> dt.date | None:
    """The deadline of the plan's report on ``period`` (by the rule of that rhythm), or None
    when the plan owes no report of that kind."""
    for rule in report_rules(plan):
        if rule.period_kind is period.kind:
            return rule.due(period)
    return None


def unit_phrase(unit: UnitProfile) -> str:
    """``xã An Lão`` for use inside a sentence."""
    name = unit.name
    for word in ("Xã ", "Phường ", "Đặc khu ", "Quận ", "Huyện ", "Thị xã ", "Thành phố "):
        if name.startswith(word):
            return word.lower() + name[len(word) :]
    return name


def annual_report_deadline(t: Template, year: int) -> dt.date | None:
    """The year report's deadline: the template's own, or the standing duty of its province."""
    return t.annual_report_deadline(year) or tsvc.province_report_deadline(t.province_code, year)


@dataclass(frozen=True)
class BudgetTotals:
    by_group: dict[str, dict[BudgetColumn, Decimal]]
    total: dict[BudgetColumn, Decimal]


def budget_totals(plan: Plan) -> BudgetTotals:
    groups: dict[str, dict[BudgetColumn, Decimal]] = {}
    total = {c: Decimal(0) for c in BUDGET_COLUMNS}
    for line in plan.budget_lines:
        g = groups.setdefault(line.group_title, {c: Decimal(0) for c in BUDGET_COLUMNS})
        for c in BUDGET_COLUMNS:
            v = getattr(line, c.value)
            if v is not None:
                g[c] += v
                total[c] += v
    return BudgetTotals(groups, total)


def shorten(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


@dataclass(frozen=True)
class PreviousYear:
    """The optional first part of a plan, "Đánh giá kết quả thực hiện năm trước": the figures
    drafted from the previous year's plan and the text (the official's, or the draft)."""

    year: int
    plan_id: int | None  # the plan it was drafted from (None: no plan of that year here)
    plan_title: str
    tasks: int
    done: int
    in_progress: int
    late: int
    targets: tuple[Any, ...]  # tracking.TargetJudgement of each target at the year's end
    targets_met: int
    approved: Decimal
    spent: Decimal
    text: str
    edited: bool  # the text is the official's, not the draft

    @property
    def title(self) -> str:
        return f"ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM {self.year}"


def draft_text(f: PreviousYear, prev: Plan | None) -> str:
    """The drafted text of the part from its figures and the previous plan they were read from."""
    from desktop.services import tracking

    if f.plan_id is None:
        return ""
    pct = (Decimal(f.done * 100) / f.tasks).quantize(Decimal("0.1")) if f.tasks else Decimal(0)
    lines = [
        f"1. Kết quả thực hiện nhiệm vụ: Kế hoạch năm {f.year} có {f.tasks} nhiệm vụ; đã hoàn thành "
        f"{f.done} nhiệm vụ ({format_number(pct)}%), đang thực hiện {f.in_progress} nhiệm vụ, "
        f"chậm tiến độ {f.late} nhiệm vụ.",
    ]
    if f.targets:
        lines.append(
            f"2. Kết quả thực hiện chỉ tiêu: đạt {f.targets_met}/{len(f.targets)} chỉ tiêu "
            "(chi tiết tại Phụ lục kèm theo)."
        )
    else:
        lines.append("2. Kết quả thực hiện chỉ tiêu: kế hoạch năm trước không đặt chỉ tiêu định lượng.")
    if f.approved:
        ratio = (f.spent * 100 / f.approved).quantize(Decimal("0.1"))
        lines.append(
            f"3. Kinh phí: dự toán được duyệt {format_number(f.approved)} triệu đồng; đã sử dụng "
            f"{format_number(f.spent)} triệu đồng ({format_number(ratio)}%)."
        )
    else:
        lines.append(f"3. Kinh phí: đã sử dụng {format_number(f.spent)} triệu đồng.")
    unfinished = []
    if prev is not None:
        for t in prev.tasks:
            if t.adopted and tracking.effective_status(t, prev.last_day) is TaskStatus.LATE:
                unfinished.append(shorten(t.content, 90).rstrip(" .;…"))
    if unfinished:
        more = len(unfinished) - 5
        listed = "; ".join(unfinished[:5]) + (f"; và {more} nhiệm vụ khác" if more > 0 else "")
        lines.append(f"4. Tồn tại, hạn chế: còn {len(unfinished)} nhiệm vụ chưa hoàn thành đúng hạn: {listed}.")
    return "\n".join(lines)


def with_text(f: PreviousYear, text: str, edited: bool) -> PreviousYear:
    from dataclasses import replace

    return replace(f, text=text, edited=edited)


def choose_previous(plan: Plan, before: Sequence[Plan]) -> Plan | None:
    """Of the plans of the year before (in id order), the one ``plan`` follows: the same kind and
    body, else the year's annual UBND plan, else its only plan."""
    before = [p for p in before if p.id != plan.id]
    same = [p for p in before if p.kind is plan.kind and p.issuer is plan.issuer]
    annual = [p for p in before if p.kind is PlanKind.ANNUAL and p.issuer is Issuer.UBND]
    found = same or annual or (before if len(before) == 1 else [])
    return found[0] if found else None


def previous_figures(plan: Plan, prev: Plan | None) -> PreviousYear:
    """The figures of the part, read from the previous year's plan (None: there is none)."""
    from desktop.services import tracking

    year = plan.year - 1
    if prev is None:
        return PreviousYear(year, None, "", 0, 0, 0, 0, (), 0, Decimal(0), Decimal(0), "", False)
    end = prev.last_day
    live = [t for t in prev.tasks if t.adopted and t.status is not TaskStatus.CANCELLED]
    st = [tracking.effective_status(t, end) for t in live]
    done = st.count(TaskStatus.DONE)
    late = st.count(TaskStatus.LATE)
    in_progress = st.count(TaskStatus.IN_PROGRESS)
    judged = tuple(
        tracking.judge_target(t, Period(PeriodKind.DAY, end.year, end.month, end.day), end)
        for t in sorted(prev.targets, key=lambda t: (t.template_ref is None, t.position))
    )
    met = sum(1 for j in judged if j.met)
    totals = budget_totals(prev).total
    return PreviousYear(
        year,
        prev.id,
        prev.subject,
        len(live),
        done,
        in_progress,
        late,
        judged,
        met,
        totals[BudgetColumn.APPROVED],
        totals[BudgetColumn.SPENT],
        "",
        False,
    )


def previous_year_part(plan: Plan, prev: Plan | None) -> PreviousYear | None:
    """The part as the document builder prints it (``prev``: the plan chosen by
    :func:`choose_previous`), or None when the plan has none."""
    if plan.previous_year is None:
        return None
    f = previous_figures(plan, prev)
    text = plan.previous_year.strip() or draft_text(f, prev)
    return with_text(f, text, bool(plan.previous_year.strip()))
