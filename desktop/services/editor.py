"""Small use cases the window's plan editor needs: load by id, change one field and
hand back the old value (so that an undo can put it back), light rows for big tables.

Every function works inside the caller's transaction; the views wrap each edit in
its own ``store.transaction()`` so that every change is saved as it is made.
No Qt here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import UserError
from desktop.i18n import _
from desktop.models.enums import FundingSource, TaskStatus
from desktop.models.orm import BudgetLine, LegalBasis, Plan, PlanTarget, PlanTask, Signer, UnitProfile
from desktop.models.period import Period
from desktop.paths import DataDir
from desktop.services import plans as psvc
from desktop.services import tracking
from desktop.vn import fold, sort_key

# --- loading ----------------------------------------------------------------


def load_plan(session: Session, plan_id: int) -> Plan:
    plan = session.scalar(psvc.plan_query().where(Plan.id == plan_id))
    if plan is None:
        raise UserError(_("Không tìm thấy kế hoạch (có thể đã bị xóa)."))
    return plan


def plan_list(session: Session) -> list[tuple[int, int]]:
    """(plan id, year) of the data folder's unit, newest year first."""
    rows = session.execute(select(Plan.id, Plan.year).order_by(Plan.year.desc())).all()
    return [(r[0], r[1]) for r in rows]


def latest_plan_id(session: Session) -> int | None:
    plans = plan_list(session)
    return plans[0][0] if plans else None


def get_task(plan: Plan, task_id: int) -> PlanTask:
    for t in plan.tasks:
        if t.id == task_id:
            return t
    raise UserError(_("Không tìm thấy nhiệm vụ (có thể đã bị xóa)."))


def get_target(plan: Plan, target_id: int) -> PlanTarget:
    for t in plan.targets:
        if t.id == target_id:
            return t
    raise UserError(_("Không tìm thấy chỉ tiêu."))


def get_budget_line(plan: Plan, line_id: int) -> BudgetLine:
    for b in plan.budget_lines:
        if b.id == line_id:
            return b
    raise UserError(_("Không tìm thấy dòng kinh phí."))


# --- general information ----------------------------------------------------

PLAN_FIELDS = {"number", "issue_date", "subject", "signer_id", "recipients"}


def set_plan_field(session: Session, plan_id: int, field: str, value: Any) -> Any:
    """Change one field of the plan's general information; returns the old value."""
    if field not in PLAN_FIELDS:
        raise ValueError(field)
    plan = load_plan(session, plan_id)
    psvc.ensure_editable(plan)
    if field == "subject" and not (value or "").strip():
        raise UserError(_("Trích yếu của kế hoạch không được để trống."))
    if field == "recipients":
        value = [r for r in (x.strip() for x in value) if r]
    if field == "number":
        value = (value or "").strip() or None
    old = getattr(plan, field)
    if field == "recipients":
        old = list(old)
    setattr(plan, field, value)
    if field == "signer_id":
        plan.signer = session.get(Signer, value) if value is not None else None
    session.flush()
    return old


def set_signer_name(session: Session, plan_id: int, signer_id: int, full_name: str) -> str:
    """The printed name of a signer of the unit; returns the old name."""
    plan = load_plan(session, plan_id)
    psvc.ensure_editable(plan)
    signer = session.get(Signer, signer_id)
    if signer is None or signer.unit_id != plan.unit_id:
        raise UserError(_("Không tìm thấy người ký."))
    old = signer.full_name
    signer.full_name = full_name.strip()
    return old


def set_legal_bases(session: Session, plan_id: int, texts: list[str]) -> list[str]:
    plan = load_plan(session, plan_id)
    psvc.ensure_editable(plan)
    old = [b.text for b in plan.legal_bases]
    plan.legal_bases.clear()
    session.flush()
    for i, t in enumerate(x.strip() for x in texts):
        if t:
            plan.legal_bases.append(LegalBasis(position=i, text=t))
    session.flush()
    return old


def set_section_text(session: Session, plan_id: int, key: str, text: str,
                     edited: bool | None = None) -> tuple[str, bool]:
    """Returns (old text, old edited flag)."""
    plan = load_plan(session, plan_id)
    for s in plan.sections:
        if s.key == key:
            old = (s.text, s.edited)
            psvc.set_section_text(plan, key, text)
            if edited is not None:
                s.edited = edited
            return old
    raise UserError(_("Không tìm thấy mục {key}.").format(key=key))


def set_target_value(session: Session, plan_id: int, target_id: int, value: Decimal | None) -> Decimal | None:
    plan = load_plan(session, plan_id)
    tg = get_target(plan, target_id)
    old = tg.value
    psvc.set_target_value(plan, tg, value)
    return old


# --- tasks ------------------------------------------------------------------


def set_task_field(session: Session, plan_id: int, task_id: int, field: str, value: Any) -> Any:
    plan = load_plan(session, plan_id)
    task = get_task(plan, task_id)
    old = getattr(task, field)
    if field == "adopted":
        psvc.ensure_editable(plan)
        task.adopted = bool(value)
        return old
    psvc.update_task(plan, task, **{field: value})
    return old


OWN_TASK_FIELDS = ("pillar", "content", "lead", "coordinating", "start", "finish", "product", "budget",
                   "group_title")


def add_own_task(session: Session, plan_id: int, **fields: Any) -> int:
    plan = load_plan(session, plan_id)
    task = psvc.add_own_task(session, plan, **{k: v for k, v in fields.items() if k in OWN_TASK_FIELDS})
    if "position" in fields and fields["position"] is not None:
        task.position = fields["position"]
    session.flush()
    return task.id


def snapshot_task(task: PlanTask) -> dict[str, Any]:
    return {k: getattr(task, k) for k in OWN_TASK_FIELDS + ("position",)}


def remove_task(session: Session, plan_id: int, task_id: int) -> dict[str, Any]:
    """Delete a task outright (an own task, or a template task just adopted); returns a snapshot."""
    plan = load_plan(session, plan_id)
    psvc.ensure_editable(plan)
    task = get_task(plan, task_id)
    if task.updates:
        raise UserError(_("Nhiệm vụ đã có cập nhật tiến độ: không xóa được, hãy chọn \"Không áp dụng\"."))
    snap = snapshot_task(task)
    snap["template_ref"] = task.template_ref
    plan.tasks.remove(task)
    session.flush()
    return snap


def adopt_template_task(session: Session, plan_id: int, template_task_id: str) -> tuple[int, bool]:
    """Adopt a template task; returns (task id, whether a new row was made)."""
    plan = load_plan(session, plan_id)
    existed = any(t.template_ref == template_task_id for t in plan.tasks)
    task = psvc.adopt_task(session, plan, template_task_id)
    session.flush()
    return task.id, not existed


def candidate_tasks(session: Session, plan_id: int) -> list[tuple[str, str, str, str]]:
    """(template task id, pillar, group title, content) of template tasks not in the plan."""
    plan = load_plan(session, plan_id)
    return [(t.id, g.pillar, g.title, t.content) for g, t in psvc.candidate_tasks(plan)]


def pillars(plan: Plan) -> list[str]:
    """The plan's pillars in the template's order, then the unit's own."""
    seen: list[str] = []
    try:
        for g in psvc.template_of(plan).task_groups:
            if g.pillar not in seen:
                seen.append(g.pillar)
    except Exception:  # a damaged template must not stop the editor
        pass
    for t in plan.tasks:
        if t.pillar not in seen:
            seen.append(t.pillar)
    return seen


@dataclass(slots=True)
class TaskRow:
    """One task as the tables show it: plain values, the search text folded once."""

    id: int
    number: int
    pillar: str
    group_title: str
    content: str
    lead: str
    coordinating: str
    product: str
    start: Period | None
    finish: Period | None
    budget: Decimal | None
    adopted: bool
    custom: bool
    status: TaskStatus
    effective: TaskStatus
    percent: int
    last_update: dt.date | None
    updates: int
    evidence: int
    haystack: str = ""
    content_key: Any = None
    pillar_key: Any = None
    lead_key: Any = None

    def prepare(self) -> TaskRow:
        self.haystack = fold(" ".join((self.content, self.pillar, self.lead, self.coordinating, self.product)))
        self.content_key = sort_key(self.content)
        self.pillar_key = sort_key(self.pillar)
        self.lead_key = sort_key(self.lead)
        return self


def task_row(task: PlanTask, number: int, today: dt.date) -> TaskRow:
    last = max((u.on_date for u in task.updates), default=None)
    return TaskRow(
        id=task.id, number=number, pillar=task.pillar, group_title=task.group_title, content=task.content,
        lead=task.lead or "", coordinating=task.coordinating or "", product=task.product or "",
        start=task.start, finish=task.finish, budget=task.budget, adopted=task.adopted,
        custom=task.template_ref is None, status=task.status,
        effective=tracking.effective_status(task, today) if task.adopted else task.status,
        percent=task.percent, last_update=last, updates=len(task.updates), evidence=len(task.evidence),
    ).prepare()


def task_rows(plan: Plan, today: dt.date, adopted_only: bool = False) -> list[TaskRow]:
    order = {p: i for i, p in enumerate(pillars(plan))}
    tasks = sorted(plan.tasks, key=lambda t: (order.get(t.pillar, 999), t.position))
    out = []
    n = 0
    for t in tasks:
        if adopted_only and not t.adopted:
            continue
        n += 1
        out.append(task_row(t, n, today))
    return out


# --- tracking ---------------------------------------------------------------


def record_task_update(session: Session, data: DataDir, plan_id: int, task_id: int,
                       spec: tracking.UpdateSpec) -> int:
    plan = load_plan(session, plan_id)
    task = get_task(plan, task_id)
    if not task.adopted:
        raise UserError(_("Nhiệm vụ không áp dụng trong kế hoạch: không cập nhật tiến độ."))
    return tracking.record_update(session, data, task, spec).id


def record_measurement(session: Session, plan_id: int, target_id: int, period: Period,
                       value: Decimal, note: str = "", measured_on: dt.date | None = None) -> None:
    plan = load_plan(session, plan_id)
    tracking.record_measurement(session, get_target(plan, target_id), period, value, note, measured_on)


# --- funding ----------------------------------------------------------------

BUDGET_FIELDS = {"content", "group_title", "period_text", "approved", "spent", "carried_over",
                 "allocated", "planned", "requested", "funding_source", "note"}
AMOUNT_FIELDS = ("approved", "spent", "carried_over", "allocated", "planned", "requested")


def add_budget_line(session: Session, plan_id: int, content: str, group_title: str = "",
                    funding_source: FundingSource = FundingSource.COMMUNE_BUDGET,
                    position: int | None = None, **amounts: Decimal | None) -> int:
    plan = load_plan(session, plan_id)
    line = psvc.add_budget_line(session, plan, content=content, group_title=group_title,
                                funding_source=funding_source,
                                **{k: v for k, v in amounts.items() if k in AMOUNT_FIELDS})
    if position is not None:
        line.position = position
    if "period_text" in amounts and amounts["period_text"]:
        line.period_text = str(amounts["period_text"])
    session.flush()
    return line.id


def remove_budget_line(session: Session, plan_id: int, line_id: int) -> dict[str, Any]:
    plan = load_plan(session, plan_id)
    psvc.ensure_editable(plan)
    line = get_budget_line(plan, line_id)
    snap = {k: getattr(line, k) for k in BUDGET_FIELDS | {"position"}}
    plan.budget_lines.remove(line)
    session.flush()
    return snap


def set_budget_field(session: Session, plan_id: int, line_id: int, field: str, value: Any) -> Any:
    if field not in BUDGET_FIELDS:
        raise ValueError(field)
    plan = load_plan(session, plan_id)
    psvc.ensure_editable(plan)
    line = get_budget_line(plan, line_id)
    if field in AMOUNT_FIELDS and value is not None and Decimal(value) < 0:
        raise UserError(_("Kinh phí không được âm."))
    if field == "content" and not (value or "").strip():
        raise UserError(_("Tên nhiệm vụ của dòng kinh phí không được để trống."))
    old = getattr(line, field)
    setattr(line, field, value)
    return old


def unit_of(session: Session) -> UnitProfile | None:
    from desktop.services.units import current_unit

    return current_unit(session)
