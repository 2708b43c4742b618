"""Tracking through the year: task updates with evidence, measured target values, lateness."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.errors import UserError
from desktop.fsutil import copy_with_sha256
from desktop.i18n import _
from desktop.models.enums import EvidenceKind, TargetDirection, TaskStatus
from desktop.models.orm import Evidence, Plan, PlanTarget, PlanTask, TargetMeasurement, TaskUpdate
from desktop.models.period import Period
from desktop.paths import DataDir

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
            raise UserError(_("Không sao chép được tệp minh chứng {file}: {err}").format(file=f.name, err=e.strerror)) from e
        task.evidence.append(Evidence(
            update_id=update.id, kind=EvidenceKind.FILE, title=f.stem, file_name=f.name,
            stored_name=str(stored.relative_to(data.evidence)), sha256=digest, size=size,
        ))
    for d in spec.documents:
        task.evidence.append(Evidence(
            update_id=update.id, kind=EvidenceKind.DOCUMENT, title=d.summary.strip(),
            doc_number=d.number.strip(), doc_date=d.date, doc_summary=d.summary.strip(),
        ))
    task.status = spec.status
    task.percent = percent
    session.flush()
    return update


def task_folder(task: PlanTask) -> str:
    return f"plan-{task.plan_id}"


def evidence_path(data: DataDir, ev: Evidence) -> Path | None:
    return data.evidence / ev.stored_name if ev.stored_name else None


def record_measurement(
    session: Session, target: PlanTarget, period: Period, value: Decimal, note: str = "",
    measured_on: dt.date | None = None,
) -> TargetMeasurement:
    if value < 0 or (target.unit == "%" and value > 100):
        raise UserError(_("Giá trị đo được không hợp lệ: {v}.").format(v=value))
    for m in target.measurements:
        if m.period == period:
            m.value = value
            m.note = note
            m.measured_on = measured_on
            return m
    m = TargetMeasurement(period=period, value=value, note=note, measured_on=measured_on)
    target.measurements.append(m)
    session.flush()
    return m


def latest_measurement(target: PlanTarget, until: Period | None = None) -> TargetMeasurement | None:
    ms = [m for m in target.measurements if until is None or m.period.end <= until.end]
    return max(ms, key=lambda m: (m.period.end, m.period.start), default=None)


def target_met(target: PlanTarget, value: Decimal | None) -> bool | None:
    goal = target.value if target.value is not None else target.city_value
    if value is None or goal is None:
        return None
    if target.direction is TargetDirection.AT_MOST:
        return value <= goal
    if target.direction is TargetDirection.EXACT:
        return value == goal
    return value >= goal


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
