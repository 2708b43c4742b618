"""Tracking through the year: task updates with evidence, measured target values, lateness,
and the judging of targets as provinces write them (a value, a range, a minimum or a
maximum, values per group; measured monthly, quarterly or cumulatively), each judged
only when it falls due."""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.errors import UserError
from desktop.fsutil import copy_with_sha256
from desktop.i18n import _
from desktop.models.enums import EvidenceKind, TargetDirection, TargetMeasure, TaskStatus
from desktop.models.period import Period, PeriodKind, period_containing
from desktop.paths import DataDir
from desktop.vn import format_number, short_date

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.models.orm import Evidence, Plan, PlanTarget, PlanTask, TargetMeasurement, TaskUpdate

MAX_EVIDENCE_BYTES = 200 * 1024 * 1024


@dataclass
class CitedDocument:
    number: str
    date: dt.date | None
    summary: str


@dataclass
class UpdateSpec:
    status: TaskStatus
    percent: int
    note: str = ""
    on_date: dt.date | None = None
    period: Period | None = None
    files: list[Path] = field(default_factory=list)
    documents: list[CitedDocument] = field(default_factory=list)
    author: str | None = None


def effective_status(task: PlanTask, today: dt.date) -> TaskStatus:
    """The status to show: a task past its finish and not done is late; a recurring task
    (``Hằng tháng``, ``Hằng quý``) is late when its last whole cycle passed without an update."""
    if task.status in (TaskStatus.DONE, TaskStatus.CANCELLED):
        return task.status
    if task.finish is not None and task.finish.end < today:
        return TaskStatus.LATE
    if task.deadline_rule and recurring_missed(task, today):
        return TaskStatus.LATE
    return task.status


def recurring_missed(task: PlanTask, today: dt.date) -> bool:
    rule = task.deadline
    if rule is None or rule.kind != "recurring":
        return False
    since = task.start.start if task.start is not None else dt.date(task.plan.year, 1, 1)
    last = max((u.on_date for u in task.updates), default=None)
    return rule.missed(last, today, since)


def is_late(task: PlanTask, today: dt.date) -> bool:
    return effective_status(task, today) is TaskStatus.LATE


def due_this_quarter(task: PlanTask, today: dt.date) -> bool:
    """Due by the end of this quarter; a recurring task is due in every period it repeats."""
    if task.status in (TaskStatus.DONE, TaskStatus.CANCELLED):
        return False
    rule = task.deadline if task.deadline_rule else None
    if rule is not None and rule.kind == "recurring" and rule.every != "year":
        return task.start is None or task.start.start <= Period.quarter_of(today).end
    q = Period.quarter_of(today)
    return task.finish is not None and q.start <= task.finish.end <= q.end


def record_update(session: Session, data: DataDir, task: PlanTask, spec: UpdateSpec) -> TaskUpdate:
    """A dated progress update, with its evidence files copied into the data folder."""
    if not 0 <= spec.percent <= 100:
        raise UserError(_("Tỷ lệ hoàn thành phải từ 0 đến 100%."))
    percent = 100 if spec.status is TaskStatus.DONE else spec.percent
    if spec.status is TaskStatus.NOT_STARTED and percent > 0:
        raise UserError(_("Nhiệm vụ chưa triển khai thì tỷ lệ hoàn thành phải là 0%."))
    for f in spec.files:
        if not f.is_file():
            raise UserError(_("Không tìm thấy tệp minh chứng: {file}").format(file=f))
        if f.stat().st_size > MAX_EVIDENCE_BYTES:
            raise UserError(_("Tệp minh chứng {file} quá lớn (tối đa 200 MB).").format(file=f.name))
    for d in spec.documents:
        if not d.number.strip():
            raise UserError(_("Văn bản minh chứng phải có số, ký hiệu."))
    on_date = spec.on_date or dt.date.today()
    from desktop.models.orm import Evidence, TaskUpdate

    update = TaskUpdate(
        task=task,
        on_date=on_date,
        period=spec.period or Period.quarter_of(on_date),
        status=spec.status,
        percent=percent,
        note=spec.note.strip(),
        author=spec.author,
    )
    session.add(update)
    session.flush()
    for f in spec.files:
        try:
            stored, digest, size = copy_with_sha256(f, data.evidence / task_folder(task), MAX_EVIDENCE_BYTES)
        except OSError as e:
            raise UserError(
                _("Không sao chép được tệp minh chứng {file}: {err}").format(file=f.name, err=e.strerror)
            ) from e
        task.evidence.append(
            Evidence(
                update_id=update.id,
                kind=EvidenceKind.FILE,
                title=f.stem,
                file_name=f.name,
                stored_name=str(stored.relative_to(data.evidence)),
                sha256=digest,
                size=size,
            )
        )
    for d in spec.documents:
        task.evidence.append(
            Evidence(
                update_id=update.id,
                kind=EvidenceKind.DOCUMENT,
                title=d.summary.strip(),
                doc_number=d.number.strip(),
                doc_date=d.date,
                doc_summary=d.summary.strip(),
            )
        )
    task.status = spec.status
    task.percent = percent
    session.flush()
    return update


def task_folder(task: PlanTask) -> str:
    return f"plan-{task.plan_id}"


def evidence_path(data: DataDir, ev: Evidence) -> Path | None:
    return data.evidence / ev.stored_name if ev.stored_name else None


def record_measurement(
    session: Session,
    target: PlanTarget,
    period: Period,
    value: Decimal,
    note: str = "",
    measured_on: dt.date | None = None,
    groups: dict[str, Decimal] | None = None,
) -> TargetMeasurement:
    """Record (or correct) the value measured for ``period``; ``groups`` the value of each of the
    target's groups (per level, household type, sector) when the target has them."""
    check_measured_value(target, value)
    group_rows: list[dict[str, str]] = []
    names = {str(g.get("name", "")) for g in target.groups or []}
    for name, v in (groups or {}).items():
        if name not in names:
            raise UserError(_('Chỉ tiêu không có nhóm "{g}".').format(g=name))
        check_measured_value(target, Decimal(v))
        group_rows.append({"name": name, "value": format(Decimal(v), "f")})
    for m in target.measurements:
        if m.period == period:
            m.value = value
            m.note = note
            m.measured_on = measured_on
            m.groups = group_rows
            return m
    from desktop.models.orm import TargetMeasurement

    m = TargetMeasurement(period=period, value=value, note=note, measured_on=measured_on, groups=group_rows)
    target.measurements.append(m)
    session.flush()
    return m


def check_measured_value(target: PlanTarget, value: Decimal) -> None:
    if not value.is_finite() or value < 0 or (target.unit == "%" and value > 100):
        raise UserError(_("Giá trị đo được không hợp lệ: {v}.").format(v=value))


def latest_measurement(target: PlanTarget, until: Period | None = None) -> TargetMeasurement | None:
    ms = [m for m in target.measurements if until is None or m.period.end <= until.end]
    return max(ms, key=lambda m: (m.period.end, m.period.start), default=None)


def _meets(direction: TargetDirection, lo: Decimal | None, hi: Decimal | None, value: Decimal) -> bool | None:
    if lo is None:
        return None
    if direction is TargetDirection.AT_MOST:
        return value <= lo
    if direction is TargetDirection.EXACT:
        return value == lo
    if direction is TargetDirection.RANGE:
        return lo <= value <= (hi if hi is not None else lo)
    return value >= lo


def goal(target: PlanTarget) -> tuple[Decimal | None, Decimal | None]:
    """The value the unit aims at (its own, else the city's): (value, upper end of a range)."""
    if target.value is not None:
        return target.value, target.value_max
    return target.city_value, target.city_value_max


def target_met(target: PlanTarget, value: Decimal | None) -> bool | None:
    lo, hi = goal(target)
    if value is None or lo is None:
        return None
    return _meets(target.direction, lo, hi, value)


def goal_words(direction: TargetDirection, lo: Decimal | None, hi: Decimal | None, unit: str) -> str:
    """``≥ 70%``, ``≤ 5 ngày``, ``100%``, ``60-70%``."""
    if lo is None:
        return ""
    u = unit if unit == "%" else (f" {unit}" if unit else "")
    if direction is TargetDirection.RANGE and hi is not None and hi != lo:
        return f"{format_number(lo)}-{format_number(hi)}{u}"
    sign = {TargetDirection.AT_LEAST: "≥ ", TargetDirection.AT_MOST: "≤ "}.get(direction, "")
    return f"{sign}{format_number(lo)}{u}"


def goal_text(target: PlanTarget, *, with_unit: bool = True) -> str:
    """The target's goal as a plan prints it: ``≥ 70%``, ``60-70%``, or per group
    ``Hộ thành thị: ≥ 95%; Hộ nông thôn: ≥ 70%``; without the unit (``60-70``) for a table
    whose own column names it."""
    lo, hi = goal(target)
    unit = target.unit if with_unit else ""
    parts = []
    if lo is not None:
        parts.append(goal_words(target.direction, lo, hi, unit))
    for g in target.groups or []:
        d = TargetDirection(g.get("direction") or target.direction.value)
        glo = Decimal(g["value"]) if g.get("value") is not None else None
        ghi = Decimal(g["value_max"]) if g.get("value_max") is not None else None
        parts.append(f"{g['name']}: {goal_words(d, glo, ghi, unit)}")
    return "; ".join(p for p in parts if p)


class Verdict(str, enum.Enum):
    MET = "met"
    NOT_MET = "not_met"
    NOT_DUE = "not_due"  # not judged: the target falls due later
    NO_DATA = "no_data"  # due, but nothing measured for it

    @property
    def label(self) -> str:
        return {"met": "Đạt", "not_met": "Chưa đạt", "not_due": "Chưa đến hạn đánh giá", "no_data": "Chưa có số liệu"}[
            self.value
        ]


@dataclass(frozen=True)
class GroupResult:
    name: str
    goal: str
    value: Decimal | None
    met: bool | None


@dataclass(frozen=True)
class TargetJudgement:
    """A target judged for a report's period: its verdict, the day it falls due, the latest
    measurement (value and date) and the result per group."""

    target_id: int
    text: str
    goal: str
    verdict: Verdict
    due: dt.date  # the day the target falls due for (or after) this report
    value: Decimal | None
    measured: dt.date | None  # the date of the latest measurement
    period: Period | None  # the period of that measurement
    groups: tuple[GroupResult, ...] = ()
    baseline: str = ""

    @property
    def met(self) -> bool | None:
        return {Verdict.MET: True, Verdict.NOT_MET: False}.get(self.verdict)

    @property
    def words(self) -> str:
        """``Đạt (75% so với ≥ 70%; số liệu ngày 30/11/2026)`` and the like, in Vietnamese."""
        when = _("số liệu ngày {d}").format(d=short_date(self.measured)) if self.measured else ""
        val = format_number(self.value) if self.value is not None else ""
        if self.verdict is Verdict.NOT_DUE:
            out = _("Chưa đến hạn đánh giá (đến hạn ngày {d})").format(d=short_date(self.due))
            if self.value is not None:
                out += _("; số liệu mới nhất {v} ngày {d}").format(v=val, d=short_date(self.measured or self.due))
            return out
        if self.verdict is Verdict.NO_DATA:
            out = _("Chưa có số liệu của kỳ đến hạn ngày {d}").format(d=short_date(self.due))
            if self.value is not None and self.measured is not None:
                out += _("; số liệu mới nhất {v} ngày {d}").format(v=val, d=short_date(self.measured))
            return out
        return f"{self.verdict.label} ({val} " + _("so với") + f" {self.goal}; {when})"


def judge_target(target: PlanTarget, report: Period, plan_end: dt.date | None = None) -> TargetJudgement:
    """Judge ``target`` for a report on ``report``: only when it is due within it (a monthly
    target at each month's end, a quarterly one at each quarter's end, a cumulative one at its
    due date, else the plan's last day), against the latest value measured by then."""
    plan_end = plan_end or (target.plan.last_day if target.plan is not None else report.end)
    measured_until = [m for m in target.measurements if m.period.end <= report.end]
    latest = max(measured_until, key=lambda m: (m.period.end, m.period.start), default=None)
    if target.measure is TargetMeasure.CUMULATIVE:
        due = target.due or plan_end
        due_from = None
        is_due = report.end >= due
    else:
        kind = PeriodKind.MONTH if target.measure is TargetMeasure.MONTHLY else PeriodKind.QUARTER
        last = period_containing(kind, report.end)
        if last.end != report.end:  # the report ends mid-month (or mid-quarter)
            last = period_containing(kind, last.start - dt.timedelta(days=1))
        is_due = last.end >= report.start and last.end <= report.end
        if not is_due:
            last = period_containing(kind, report.end)
        due, due_from = last.end, last.start
    if latest is not None and due_from is not None and latest.period.end < due_from:
        latest_in = None  # the value of an earlier month does not judge this one
    else:
        latest_in = latest
    lo, hi = goal(target)
    base = ""
    if target.baseline is not None:
        base = format_number(target.baseline) + (target.unit if target.unit == "%" else f" {target.unit}")
        if target.baseline_note:
            base += f" ({target.baseline_note})"
    value = latest.value if latest else None
    measured = (latest.measured_on or latest.period.end) if latest else None
    period = latest.period if latest else None
    if not is_due:
        return TargetJudgement(
            target.id, target.text, goal_text(target), Verdict.NOT_DUE, due, value, measured, period, (), base
        )
    if latest_in is None:
        return TargetJudgement(
            target.id, target.text, goal_text(target), Verdict.NO_DATA, due, value, measured, period, (), base
        )
    groups = []
    measured_groups = {
        str(g.get("name")): Decimal(str(g["value"])) for g in latest_in.groups or [] if g.get("value") is not None
    }
    for g in target.groups or []:
        d = TargetDirection(g.get("direction") or target.direction.value)
        glo = Decimal(g["value"]) if g.get("value") is not None else None
        ghi = Decimal(g["value_max"]) if g.get("value_max") is not None else None
        gv = measured_groups.get(str(g["name"]))
        groups.append(
            GroupResult(
                str(g["name"]),
                goal_words(d, glo, ghi, target.unit),
                gv,
                _meets(d, glo, ghi, gv) if gv is not None else None,
            )
        )
    results = [r.met for r in groups]
    if lo is not None:
        results.append(_meets(target.direction, lo, hi, latest_in.value))
    if results and all(r is True for r in results):
        verdict = Verdict.MET
    elif any(r is False for r in results):
        verdict = Verdict.NOT_MET
    else:
        verdict = Verdict.NO_DATA
    return TargetJudgement(
        target.id,
        target.text,
        goal_text(target),
        verdict,
        due,
        latest_in.value,
        latest_in.measured_on or latest_in.period.end,
        latest_in.period,
        tuple(groups),
        base,
    )


def judge_targets(plan: Plan, report: Period) -> list[TargetJudgement]:
    """Every target of the plan judged for a report on ``report`` (the content of the report's
    target table: the template's targets, then the unit's own)."""
    ordered = sorted(plan.targets, key=lambda t: (t.template_ref is None, t.position))
    return [judge_target(t, report, plan.last_day) for t in ordered]


@dataclass(frozen=True)
class PillarProgress:
    pillar: str
    tasks: int
    done: int
    mean_percent: float
    by_status: dict[TaskStatus, int]


def progress_by_pillar(plan: Plan, today: dt.date) -> list[PillarProgress]:
    groups: dict[str, list[PlanTask]] = defaultdict(list)
    for t in plan.tasks:
        if t.adopted:
            groups[t.pillar].append(t)
    out = []
    for pillar, tasks in groups.items():
        statuses = Counter(effective_status(t, today) for t in tasks)
        live = [t for t in tasks if t.status is not TaskStatus.CANCELLED]
        mean = sum(t.percent for t in live) / len(live) if live else 0.0
        out.append(PillarProgress(pillar, len(tasks), statuses[TaskStatus.DONE], mean, dict(statuses)))
    return out


def status_counts(plan: Plan, today: dt.date) -> dict[TaskStatus, int]:
    c = Counter(effective_status(t, today) for t in plan.tasks if t.adopted)
    return {s: c.get(s, 0) for s in TaskStatus}
