"""What a unit's progress report for a period says, before anything is laid out.

``report_content(plan, period)`` reads the plan's tracking as it stood at the period's end
(lateness judged then, not today) and returns a :class:`ReportContent`: the counts of tasks by
status and the mean progress, the same per pillar, each target with its latest measurement and
its verdict (judged only when due), the tasks by status with their latest note and evidence,
the body the report is sent to, and the program's draft of the sections the official writes
(problems, proposals, next steps) with the official's own texts over them.

``desktop.documents.build_report`` lays a ``ReportContent`` out; the window's report texts
editor reads ``drafts`` from here without building any document. Nothing here imports
``desktop.documents``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.models.enums import Issuer, TargetDirection, TargetMeasure, TaskStatus
from desktop.models.period import Period, PeriodKind
from desktop.services import plan_rules as psvc
from desktop.services import tracking
from desktop.services.doc_text import (
    next_period,
    period_phrase,
    period_text,
    pillar_groups,
    province_phrase,
    task_lines,
    task_name,
)
from desktop.vn import format_number, short_date

if TYPE_CHECKING:
    from desktop.models.orm import Plan, PlanTarget, PlanTask

# The one order of task statuses in every table: the commune's report, the city's report (PDF,
# DOCX) and the city's XLSX.
STATUS_ORDER = (TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.LATE, TaskStatus.NOT_STARTED, TaskStatus.CANCELLED)
# The report's sections the official writes (the program drafts them from the tracking data)
TEXT_KEYS = ("problems", "proposals", "next_steps")


@dataclass(frozen=True)
class TaskAtEnd:
    """A task as it stood at the period's end."""

    task: PlanTask
    status: TaskStatus
    percent: int
    note: str  # the latest note recorded by then ("" when none)
    evidence: tuple[str, ...]  # citations of the evidence counted by then


@dataclass(frozen=True)
class PillarResult:
    pillar: str
    tasks: int
    by_status: Mapping[TaskStatus, int]
    mean_percent: float  # over the tasks not cancelled
    done: tuple[str, ...]  # short names of the tasks done


@dataclass(frozen=True)
class TargetResult:
    """A target judged for the period, in the words the report's table prints."""

    text: str
    unit: str
    # without the unit (the table has its own column for it): ``60-70``, ``Tối đa 5 (đến năm 2025)``;
    # "" when the plan gives no value
    goal: str
    measured: tuple[str, ...]  # the value (``65,5``), values per group, the date of the data; () when none
    verdict: tracking.Verdict
    unmet: str | None  # the sentence naming it among the problems, when not met


@dataclass(frozen=True)
class ReportContent:
    period: Period
    phrase: str  # ``quý II năm 2024``
    next_phrase: str  # ``quý III năm 2024``
    who: str  # ``xã An Lão``
    party: bool  # a Party body's report (Hướng dẫn 36): no ``Kính gửi`` line
    superior: str | None  # the body the report is sent to (``Kính gửi``); None for a Party body
    total: int
    counts: Mapping[TaskStatus, int]
    mean_percent: float  # over the tasks not cancelled
    pillars: tuple[PillarResult, ...]
    targets: tuple[TargetResult, ...]
    tasks: Mapping[TaskStatus, tuple[TaskAtEnd, ...]]  # by status, in the plan's order; only statuses present
    drafts: Mapping[str, str]  # the program's draft for each of TEXT_KEYS
    texts: Mapping[str, str]  # what the report prints: the official's own text, else the draft
    deadline: dt.date | None  # the year report's deadline


def issuer_of(plan: Plan, issuer: str | None = None) -> Issuer:
    """The body issuing the plan's documents (``issuer`` overrides ``Plan.issuer``); plans made
    before issuers existed are the UBND's."""
    value: Any = issuer or getattr(plan, "issuer", None) or Issuer.UBND.value
    value = str(getattr(value, "value", value)).strip().lower()
    try:
        return Issuer(value)
    except ValueError:
        return Issuer.UBND


def report_deadline(plan: Plan, period: Period) -> dt.date | None:
    """The year report's deadline (15/12 for Hải Phòng); None for other periods."""
    if period.kind is not PeriodKind.YEAR:
        return None
    return psvc.annual_report_deadline(psvc.template_of(plan), period.year)


def latest_note(task: PlanTask, until: dt.date) -> str:
    ups = [u for u in task.updates if u.on_date <= until and u.note.strip()]
    return ups[-1].note.strip() if ups else ""


def evidence_date(task: PlanTask, e: object) -> dt.date | None:
    """When a piece of evidence counts: the date of the update it was attached to (the day the
    work was reported), else the cited document's date, else when it was recorded."""
    uid = getattr(e, "update_id", None)
    if uid is not None:
        for u in task.updates:
            if u.id == uid:
                return u.on_date
    doc_date = getattr(e, "doc_date", None)
    if doc_date is not None:
        return doc_date  # type: ignore[no-any-return]
    created = getattr(e, "created_at", None)
    return created.date() if created else None


def evidence_until(task: PlanTask, until: dt.date) -> list[str]:
    out = []
    for e in task.evidence:
        created = evidence_date(task, e)
        if created is None or created <= until:
            c = e.citation.strip()
            if c:
                out.append(c)
    return out


def status_at(task: PlanTask, until: dt.date) -> tuple[TaskStatus, int]:
    """The task's status and percent as recorded up to ``until``, late judged at ``until``."""
    ups = [u for u in task.updates if u.on_date <= until]
    if ups:
        status, pct = ups[-1].status, ups[-1].percent
    elif task.updates:
        status, pct = TaskStatus.NOT_STARTED, 0
    else:
        status, pct = task.status, task.percent
    if status not in (TaskStatus.DONE, TaskStatus.CANCELLED) and task.finish is not None and task.finish.end < until:
        status = TaskStatus.LATE  # past its deadline at the period's end; a unit's own LATE stays
    return status, pct


def target_due(plan: Plan, target: object) -> dt.date:
    """When a target is judged: the end of its own year, of the plan's year for an annual plan,
    or of the last year of a multi-year plan (a 2021-2025 target is due at the end of 2025)."""
    try:
        t = psvc.template_of(plan)
        ref = getattr(target, "template_ref", None)
        tt = next((x for x in t.targets if x.id == ref), None) if ref else None
        if tt is not None and tt.year:
            return dt.date(tt.year, 12, 31)
        if ref and t.period_end > t.period_start:
            return dt.date(t.period_end, 12, 31)
    except Exception:  # noqa: BLE001 - a plan of its own: its year
        pass
    due = getattr(target, "due", None)  # a target with its own deadline
    if isinstance(due, dt.date):
        return due
    return dt.date(plan.year, 12, 31)


def _judged_by_tracking(tg: PlanTarget) -> bool:
    """A target written as provinces write them (a range, values per group, measured monthly or
    quarterly) is judged by ``tracking.judge_target``, due by its own rhythm."""
    return (
        bool(getattr(tg, "groups", None))
        or tg.direction is TargetDirection.RANGE
        or getattr(tg, "measure", TargetMeasure.CUMULATIVE) is not TargetMeasure.CUMULATIVE
    )


def _unit_words(tg: PlanTarget) -> str:
    """``%`` right after the number, any other unit after a space."""
    return tg.unit if tg.unit == "%" else " " + tg.unit


def _judged_target(tg: PlanTarget, period: Period, plan: Plan) -> TargetResult:
    j = tracking.judge_target(tg, period, plan.last_day)
    u = _unit_words(tg)
    measured: tuple[str, ...] = ()
    if j.value is not None and j.verdict is not tracking.Verdict.NO_DATA:
        value = format_number(j.value)  # bare, as every row: the table has a column for the unit
        groups = [f"{g.name}: {format_number(g.value)}" for g in j.groups if g.value is not None]
        measured = (value, *groups) + ((f"({short_date(j.measured)})",) if j.measured else ())
    unmet = None
    if j.verdict is tracking.Verdict.NOT_MET:
        unmet = (
            f"{tg.text} (kế hoạch {j.goal}, thực hiện {format_number(j.value)}{u}"
            f"{', số liệu ngày ' + short_date(j.measured) if j.measured else ''})"
        )
    goal = tracking.goal_text(tg, with_unit=False)
    return TargetResult(tg.text, tg.unit, goal, measured, j.verdict, unmet)


def _cumulative_target(tg: PlanTarget, period: Period, plan: Plan) -> TargetResult:
    """A single cumulative value: its latest measurement up to the period, judged when due
    (an annual target is not failed in quarter I; met early is met)."""
    m = tracking.latest_measurement(tg, period)
    value, met, when = "", None, None
    if m is not None:
        when = m.measured_on or m.period.end
        value, met = format_number(m.value), tracking.target_met(tg, m.value)
    due = target_due(plan, tg)
    if met is False and period.end < due:
        met = None
        verdict = tracking.Verdict.NOT_DUE
    else:
        verdict = {None: tracking.Verdict.NO_DATA, True: tracking.Verdict.MET, False: tracking.Verdict.NOT_MET}[met]
    if not value and period.end < due:
        verdict = tracking.Verdict.NOT_DUE
    goal = tg.value if tg.value is not None else tg.city_value
    pre = "Tối đa " if tg.direction is TargetDirection.AT_MOST else ""
    horizon = f" (đến năm {due.year})" if due.year != period.end.year else ""
    measured: tuple[str, ...] = ()
    if value:
        measured = (value, f"({short_date(when)})") if when is not None else (value,)
    unmet = None
    if met is False:
        u = _unit_words(tg)
        unmet = (
            f"{tg.text} (kế hoạch {format_number(goal)}{u}, thực hiện {value}{u}"
            f"{', số liệu ngày ' + short_date(when) if when else ''})"
        )
    return TargetResult(
        tg.text, tg.unit, pre + format_number(goal) + horizon if goal is not None else "", measured, verdict, unmet
    )


def target_results(plan: Plan, period: Period) -> tuple[TargetResult, ...]:
    """Each target of the plan with its latest measurement up to the period's end, judged when due."""
    return tuple(
        _judged_target(tg, period, plan) if _judged_by_tracking(tg) else _cumulative_target(tg, period, plan)
        for tg in plan.targets
    )


def superior_of(plan: Plan) -> str | None:
    """The body a UBND's report is sent to: the template's issuer, else the unit's province
    (``Ủy ban nhân dân tỉnh Lạng Sơn``), else the template's place."""
    t = psvc.template_of(plan)
    superior = f"Ủy ban nhân dân {t.place[:1].lower() + t.place[1:]}" if t.place else None
    if superior and not superior.lower().startswith("ủy ban nhân dân thành phố") and t.province_code:
        superior = f"Ủy ban nhân dân {t.place}"
    if t.issuer:
        superior = t.issuer
    province = province_phrase(plan.unit)
    if province:  # the directory names the province: ``Ủy ban nhân dân tỉnh Lạng Sơn``
        superior = f"Ủy ban nhân dân {province}"
    return superior


def _mean(values: list[int]) -> float:
    return sum(values) / len(values) if values else 0


def _pillars(plan: Plan, at_end: dict[int, TaskAtEnd]) -> tuple[PillarResult, ...]:
    out = []
    for pillar, tasks in pillar_groups(plan.tasks):
        states = [at_end[x.id] for x in tasks]
        out.append(
            PillarResult(
                pillar=pillar,
                tasks=len(tasks),
                by_status={st: sum(1 for a in states if a.status is st) for st in TaskStatus},
                mean_percent=_mean([a.percent for a in states if a.status is not TaskStatus.CANCELLED]),
                done=tuple(task_name(a.task) for a in states if a.status is TaskStatus.DONE),
            )
        )
    return tuple(out)


def _end_list(lines: list[str]) -> list[str]:
    """``- a;`` ``- b.``: the last item of a list ends with a full stop."""
    if lines:
        lines[-1] = lines[-1].rstrip(";.") + "."
    return lines


def _deadline_words(x: PlanTask) -> str:
    return x.period_text or period_text(x.finish)


def draft_problems(late: list[TaskAtEnd], unmet: list[str]) -> str:
    problems = []
    for a in late:
        problems.append(
            f'- Nhiệm vụ "{task_name(a.task)}" chậm tiến độ '
            f"(thời hạn {_deadline_words(a.task)}, đạt {a.percent}%)"
            + (f": {a.note.rstrip('.')}" if a.note else "")
            + ";"
        )
    problems += [f"- Chỉ tiêu chưa đạt: {u};" for u in unmet]
    return "\n".join(_end_list(problems))


def draft_proposals(late: list[TaskAtEnd], unmet: list[str], superior: str | None, who: str) -> str:
    """The proposals the notes of late tasks make (``đề nghị ...``), then a request for help."""
    proposals = []
    for a in late:
        low = a.note.lower()
        if "đề nghị" in low:
            idx = low.index("đề nghị")
            proposals.append(
                f'- {a.note[idx : idx + 1].upper()}{a.note[idx + 1 :].rstrip(".")} (nhiệm vụ "{task_name(a.task)}");'
            )
    if late or unmet:
        proposals.append(
            f"- Đề nghị {superior or 'cấp trên'} và các sở, ngành quan tâm hướng dẫn, "
            f"hỗ trợ {who} thực hiện các nhiệm vụ, chỉ tiêu còn chậm, chưa đạt."
        )
    return "\n".join(_end_list(proposals))


def draft_next_steps(active: list[TaskAtEnd], period: Period) -> str:
    """The tasks not finished, the late ones and those due in the next period first."""
    nxt = next_period(period)
    pending = [a for a in active if a.status in (TaskStatus.IN_PROGRESS, TaskStatus.LATE, TaskStatus.NOT_STARTED)]
    if not pending:
        return ""
    steps = [
        f"Tập trung thực hiện các nhiệm vụ chưa hoàn thành, ưu tiên các nhiệm vụ chậm tiến độ "
        f"và các nhiệm vụ đến hạn trong {period_phrase(nxt)}:"
    ]
    due = [
        a
        for a in pending
        if a.status is TaskStatus.LATE or (a.task.finish is not None and a.task.finish.end <= nxt.end)
    ] or pending
    items = [
        f"- {task_lines(a.task.content)[0].rstrip(' .;:')} (thời hạn: {_deadline_words(a.task) or 'trong năm'});"
        for a in due
    ]
    return "\n".join(steps + _end_list(items))


def report_content(
    plan: Plan, period: Period, *, issuer: str | None = None, overrides: Mapping[str, str] | None = None
) -> ReportContent:
    """What the report of ``plan`` for ``period`` says; ``overrides`` are the official's own texts
    for ``TEXT_KEYS`` (empty or missing ones take the program's draft); ``issuer`` overrides
    ``Plan.issuer`` (a Party body's report names no ``Kính gửi``, so its proposals ask ``cấp trên``)."""
    until = period.end
    who = psvc.unit_phrase(plan.unit)
    party = issuer_of(plan, issuer).party
    superior = None if party else superior_of(plan)

    active: list[TaskAtEnd] = []
    for x in sorted((x for x in plan.tasks if x.adopted), key=lambda x: x.position):
        status, pct = status_at(x, until)
        active.append(TaskAtEnd(x, status, pct, latest_note(x, until), tuple(evidence_until(x, until))))
    at_end = {a.task.id: a for a in active}
    by_status: dict[TaskStatus, list[TaskAtEnd]] = {}
    for a in active:
        by_status.setdefault(a.status, []).append(a)

    targets = target_results(plan, period)
    unmet = [t.unmet for t in targets if t.unmet]
    late = by_status.get(TaskStatus.LATE, [])
    drafts = {
        "problems": draft_problems(late, unmet),
        "proposals": draft_proposals(late, unmet, superior, who),
        "next_steps": draft_next_steps(active, period),
    }
    texts = dict(drafts)
    texts.update({k: v for k, v in (overrides or {}).items() if k in TEXT_KEYS and v.strip()})
    return ReportContent(
        period=period,
        phrase=period_phrase(period),
        next_phrase=period_phrase(next_period(period)),
        who=who,
        party=party,
        superior=superior,
        total=len(active),
        counts={st: len(by_status.get(st, [])) for st in TaskStatus},
        mean_percent=_mean([a.percent for a in active if a.status is not TaskStatus.CANCELLED]),
        pillars=_pillars(plan, at_end),
        targets=targets,
        tasks={st: tuple(items) for st, items in by_status.items()},
        drafts=drafts,
        texts=texts,
        deadline=report_deadline(plan, period),
    )
