"""The audit trail: every change to a plan, a task, a target or tracking, hash-chained.

A listener on every ORM session records, at each flush, what was created,
changed (field, old value, new value) or deleted, by whom (the name entered at
setup and the OS user) and when. Each entry's hash covers its content and the
previous entry's hash, so editing or removing a row of history breaks the
chain and ``khcds check`` says where.

The same listener enforces the approval lock: while a plan is approved or
issued, its content cannot change (tracking can); unlocking needs a reason,
which the trail records.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session

from desktop.errors import UserError
from desktop.i18n import _
from desktop.models.enums import PlanState
from desktop.models.orm import (
    AuditEntry,
    BudgetLine,
    Evidence,
    LegalBasis,
    Plan,
    PlanSection,
    PlanTarget,
    PlanTask,
    ReportText,
    TargetMeasurement,
    TaskUpdate,
    UnitProfile,
    utcnow,
)
from desktop.models.period import Period

GENESIS = "0" * 64
REASON_KEY = "audit_reason"
ACTOR_KEY = "audit_actor"
SKIP_FIELDS = {"updated_at", "created_at", "id", "position"}
AUDITED: dict[type, str] = {
    Plan: "plan",
    PlanTask: "task",
    PlanTarget: "target",
    BudgetLine: "budget",
    PlanSection: "section",
    LegalBasis: "legal_basis",
    TaskUpdate: "task_update",
    Evidence: "evidence",
    TargetMeasurement: "measurement",
    ReportText: "report_text",
}
# Changes allowed while a plan is locked: tracking, and the plan's own state and export counter.
TRACKING_FIELDS = {
    Plan: {"state", "export_revision"},
    PlanTask: {"status", "percent"},
}
TRACKING_ENTITIES = (TaskUpdate, Evidence, TargetMeasurement, ReportText)
_os_user: str | None = None


def os_user() -> str:
    global _os_user
    if _os_user is None:
        try:
            _os_user = getpass.getuser()
        except Exception:
            _os_user = ""
    return _os_user


def _text(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, (PlanState,)) or hasattr(v, "value") and not isinstance(v, (Decimal, Period)):
        return str(v.value)
    if isinstance(v, Period):
        return v.code
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, list):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def entry_hash(prev: str, fields: dict[str, Any]) -> str:
    body = json.dumps({k: _text(v) for k, v in sorted(fields.items())}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256((prev + "\n" + body).encode("utf-8")).hexdigest()


HASHED = ("at", "actor", "os_user", "plan_id", "entity", "entity_id", "action", "field", "old", "new", "reason")


def _plan_id(obj: Any) -> int | None:
    if isinstance(obj, Plan):
        return obj.id
    if isinstance(obj, (PlanTask, PlanTarget, BudgetLine, PlanSection, LegalBasis, ReportText)):
        return obj.plan_id
    if isinstance(obj, (TaskUpdate, Evidence)):
        return obj.task.plan_id if obj.task is not None else None
    if isinstance(obj, TargetMeasurement):
        return obj.target.plan_id if obj.target is not None else None
    return None


def _owning_plan(session: Session, obj: Any) -> Plan | None:
    if isinstance(obj, Plan):
        return obj
    plan: Plan | None = getattr(obj, "plan", None)
    if plan is not None:
        return plan
    for rel in ("task", "target"):
        parent = getattr(obj, rel, None)
        if parent is not None:
            owner: Plan | None = parent.plan
            return owner
    pid = getattr(obj, "plan_id", None)
    return session.get(Plan, pid) if pid else None


def _changes(obj: Any) -> list[tuple[str, Any, Any]]:
    out = []
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in SKIP_FIELDS:
            continue
        hist = state.attrs[key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if _text(old) != _text(new):
                out.append((key, old, new))
    return out


def _check_lock(session: Session) -> None:
    """Refuse content changes to a locked plan; an unlock needs a reason."""
    reason = session.info.get(REASON_KEY)
    for obj in list(session.dirty) + list(session.new) + list(session.deleted):
        if type(obj) not in AUDITED or isinstance(obj, TRACKING_ENTITIES):
            continue
        if isinstance(obj, Plan):
            hist = inspect(obj).attrs["state"].history
            was = hist.deleted[0] if hist.deleted else None
            if was is not None and PlanState(was).locked and not obj.state.locked and not reason:
                raise UserError(_("Mở khóa kế hoạch phải ghi rõ lý do."))
        plan = _owning_plan(session, obj)
        if plan is None or obj in session.new and isinstance(obj, Plan):
            continue
        pstate = inspect(plan).attrs["state"].history
        locked_before = PlanState(pstate.deleted[0]).locked if pstate.deleted else plan.state.locked
        if not locked_before or (not plan.state.locked and reason):
            continue
        allowed = TRACKING_FIELDS.get(type(obj), set())
        if obj in session.dirty:
            changed = {k for k, _o, _n in _changes(obj)}
            if changed and not changed <= allowed:
                raise UserError(
                    _("Kế hoạch {state}: chỉ xem, không sửa được. Hãy mở khóa (kèm lý do) để sửa.")
                    .format(state=PlanState(pstate.deleted[0] if pstate.deleted else plan.state).label.lower())
                )
        elif obj in session.new or obj in session.deleted:
            raise UserError(
                _("Kế hoạch {state}: chỉ xem, không sửa được. Hãy mở khóa (kèm lý do) để sửa.")
                .format(state=plan.state.label.lower())
            )


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    _check_lock(session)
    pending: list[tuple[str, Any, list[tuple[str, Any, Any]]]] = []
    for obj in session.dirty:
        if type(obj) in AUDITED and session.is_modified(obj, include_collections=False):
            ch = _changes(obj)
            if ch:
                pending.append(("update", obj, ch))
    for obj in session.deleted:
        if type(obj) in AUDITED:
            pending.append(("delete", obj, [("", _summary(obj), None)]))
    new = [o for o in session.new if type(o) in AUDITED]
    session.info.setdefault("_audit_pending", []).extend(pending)
    session.info.setdefault("_audit_new", []).extend(new)


def _summary(obj: Any) -> str:
    if isinstance(obj, TargetMeasurement):
        return f"{obj.period.code}: {obj.value}"
    if isinstance(obj, TaskUpdate):
        return f"{obj.status.label} {obj.percent}%: {obj.note}"[:500]
    for attr in ("content", "text", "subject", "note", "title", "file_name", "doc_number"):
        v = getattr(obj, attr, None)
        if v:
            return str(v)[:500]
    return ""


def _after_flush(session: Session, _ctx: Any) -> None:
    pending = session.info.pop("_audit_pending", [])
    new = session.info.pop("_audit_new", [])
    if not pending and not new:
        return
    conn = session.connection()
    prev = conn.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar() or GENESIS
    actor = session.info.get(ACTOR_KEY)
    if actor is None:
        actor = conn.execute(select(UnitProfile.__table__.c.user_name).limit(1)).scalar() or ""
    reason = session.info.get(REASON_KEY)
    now = utcnow()
    rows = []

    def add(action: str, obj: Any, field: str | None, old: Any, new_v: Any) -> None:
        nonlocal prev
        fields = {
            "at": now, "actor": actor, "os_user": os_user(), "plan_id": _plan_id(obj),
            "entity": AUDITED[type(obj)], "entity_id": getattr(obj, "id", None), "action": action,
            "field": field, "old": _text(old), "new": _text(new_v),
            "reason": reason if isinstance(obj, Plan) and field == "state" else None,
        }
        h = entry_hash(prev, fields)
        rows.append({**fields, "prev_hash": prev, "hash": h})
        prev = h

    for obj in new:
        add("create", obj, None, None, _summary(obj))
    for action, obj, changes in pending:
        for field, old, new_v in changes:
            if action == "delete":
                add("delete", obj, None, old, None)
            else:
                add("update", obj, field, old, new_v)
    conn.execute(insert(AuditEntry), rows)


def _after_commit(session: Session) -> None:
    session.info.pop(REASON_KEY, None)


def install() -> None:
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
        event.listen(Session, "after_flush", _after_flush)
        event.listen(Session, "after_commit", _after_commit)
        event.listen(Session, "after_rollback", lambda s: (s.info.pop("_audit_pending", None),
                                                           s.info.pop("_audit_new", None)))


def verify_chain(session: Session) -> list[str]:
    """Problems in the audit chain (an empty list when it is whole)."""
    problems: list[str] = []
    prev = GENESIS
    t = AuditEntry.__table__
    for row in session.execute(select(t).order_by(t.c.id)).mappings():
        fields = {k: row[k] for k in HASHED}
        if row["prev_hash"] != prev:
            problems.append(_("Nhật ký thay đổi bị sửa hoặc xóa trước mục số {id}.").format(id=row["id"]))
        if entry_hash(row["prev_hash"], fields) != row["hash"]:
            problems.append(_("Nhật ký thay đổi mục số {id} đã bị sửa.").format(id=row["id"]))
        prev = row["hash"]
        if len(problems) > 20:
            break
    return problems


def history(session: Session, entity: str, entity_id: int) -> list[AuditEntry]:
    return list(session.scalars(
        select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.id)))


def task_history(session: Session, task: PlanTask) -> list[AuditEntry]:
    """The task's own changes and those of its updates and evidence."""
    ids_u = [u.id for u in task.updates]
    ids_e = [e.id for e in task.evidence]
    q = select(AuditEntry).where(
        ((AuditEntry.entity == "task") & (AuditEntry.entity_id == task.id))
        | ((AuditEntry.entity == "task_update") & AuditEntry.entity_id.in_(ids_u or [-1]))
        | ((AuditEntry.entity == "evidence") & AuditEntry.entity_id.in_(ids_e or [-1]))
    ).order_by(AuditEntry.id)
    return list(session.scalars(q))


install()
