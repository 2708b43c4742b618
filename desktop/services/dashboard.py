"""What the dashboard shows: progress by pillar, targets against their values,
late tasks and the next dates that matter. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from desktop.i18n import _
from desktop.models.enums import TaskStatus
from desktop.models.orm import Plan
from desktop.models.period import Period
from desktop.services import plans as psvc
from desktop.services import tracking


@dataclass(frozen=True)
class TargetProgress:
    id: int
    text: str
    unit: str
    goal: Decimal | None
    city_value: Decimal | None
    latest: Decimal | None
    period: Period | None
    met: bool | None
    goal_text: str = ""  # "≥ 70%", "60-70%", per group


@dataclass(frozen=True)
class LateTask:
    id: int
    content: str
    lead: str
    finish: Period | None
    percent: int


@dataclass(frozen=True)
class DueDate:
    date: dt.date
    label: str
    kind: str  # "report" | "task" | "quarter"


@dataclass(frozen=True)
class Dashboard:
    year: int
    today: dt.date
    tasks: int
    overall_percent: float
    status: dict[TaskStatus, int]
    pillars: list[tracking.PillarProgress]
    targets: list[TargetProgress]
    late: list[LateTask]
    upcoming: list[DueDate]


def build(plan: Plan, today: dt.date, horizon_days: int = 120) -> Dashboard:
    order = {p: i for i, p in enumerate(psvc.pillars(plan))}
    by_pillar = sorted(tracking.progress_by_pillar(plan, today), key=lambda p: order.get(p.pillar, 999))
    live = [t for t in plan.tasks if t.adopted and t.status is not TaskStatus.CANCELLED]
    overall = sum(t.percent for t in live) / len(live) if live else 0.0
    targets = []
    for tg in plan.targets:
        m = tracking.latest_measurement(tg)
        latest = m.value if m else None
        targets.append(
            TargetProgress(
                tg.id,
                tg.text,
                tg.unit,
                tg.value if tg.value is not None else tg.city_value,
                tg.city_value,
                latest,
                m.period if m else None,
                tracking.target_met(tg, latest),
                tracking.goal_text(tg),
            )
        )
    late = [
        LateTask(t.id, t.content, t.lead or "", t.finish, t.percent)
        for t in plan.tasks
        if t.adopted and tracking.is_late(t, today)
    ]
    late.sort(key=lambda x: (x.finish.end if x.finish else dt.date.max, x.percent))
    return Dashboard(
        plan.year,
        today,
        len([t for t in plan.tasks if t.adopted]),
        overall,
        tracking.status_counts(plan, today),
        by_pillar,
        targets,
        late,
        upcoming_dates(plan, today, horizon_days),
    )


def upcoming_dates(plan: Plan, today: dt.date, horizon_days: int = 120) -> list[DueDate]:
    """Reports due by the plan's own rhythm (weekly, monthly, quarterly, half-year, yearly, each
    with its deadline), the day the unit's plan is due, and tasks finishing this quarter.

    When the plan's period is over (or not begun), the dates are listed from the plan's first
    day (or ``horizon_days`` before its last), so that an old plan still shows its calendar.
    """
    ref = today
    if today < plan.first_day:
        ref = plan.first_day
    elif today > plan.last_day:
        ref = max(plan.first_day, plan.last_day - dt.timedelta(days=horizon_days))
    end = ref + dt.timedelta(days=horizon_days)
    out: list[DueDate] = []
    for due in psvc.report_schedule(plan):
        out.append(DueDate(due.due, due.label, "report"))
    try:
        t = psvc.template_of(plan)
        for r in t.reporting:
            d = r.deadline_in(plan.year) if r.deadline else None
            if d and r.frequency.value == "plan":
                out.append(DueDate(d, _("Hạn ban hành kế hoạch của đơn vị"), "report"))
    except Exception:  # a damaged template must not hide the rest
        pass
    q = Period.quarter_of(ref)
    for task in plan.tasks:
        if (
            task.adopted
            and task.finish is not None
            and q.start <= task.finish.end <= q.end
            and task.status not in (TaskStatus.DONE, TaskStatus.CANCELLED)
        ):
            out.append(DueDate(task.finish.end, _("Hoàn thành: {t}").format(t=psvc.shorten(task.content, 70)), "task"))
    out = [d for d in out if ref <= d.date <= end]
    out.sort(key=lambda d: (d.date, d.kind != "report"))
    return out
