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
import functools
import getpass
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import event, insert, inspect, select, update
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
    Setting,
    TargetMeasurement,
    TaskUpdate,
    UnitProfile,
    utcnow,
)
from desktop.models.period import Period
from desktop.vn import format_local

GENESIS = "0" * 64
HEAD_KEY = "audit_head"  # "<id>:<hash>" of the newest entry, written in the same transaction
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


def entry_fields(r: AuditEntry) -> dict[str, Any]:
    """An entry as plain data, the codes for programs (the export package, ``khcds audit --json``)."""
    return {
        "id": r.id,
        "at": r.at.isoformat(),
        "actor": r.actor,
        "os_user": r.os_user,
        "entity": r.entity,
        "entity_id": r.entity_id,
        "action": r.action,
        "field": r.field,
        "old": r.old,
        "new": r.new,
        "reason": r.reason,
    }


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
    # an entry without a state hash (written before the state was chained) hashes as it always did
    fields = {k: v for k, v in fields.items() if not (k == "state_hash" and v is None)}
    body = json.dumps({k: _text(v) for k, v in sorted(fields.items())}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256((prev + "\n" + body).encode("utf-8")).hexdigest()


# -- the state of each audited row, tied to the chain ---------------------------------------
STATE_SKIP = {"updated_at", "created_at", "position"}  # changed without an audit entry, by design


#: a city revision's JSON (deflated since schema 0009): vouched for by its SHA-256 column, checked separately
EXPLICIT_SKIP = {"data", "data_deflated"}


def _state_columns(table: Any) -> list[Any]:
    """The columns whose values an audit entry vouches for (not those the database itself
    changes, such as a foreign key set to NULL when its row is deleted)."""
    cols = []
    is_explicit = table.name in EXPLICIT_TABLES
    for c in table.columns:
        if c.name in STATE_SKIP or (is_explicit and c.name in EXPLICIT_SKIP):
            continue
        if any((fk.ondelete or "").upper() == "SET NULL" for fk in c.foreign_keys):
            continue
        cols.append(c)
    return cols


def _canon(v: Any) -> str | None:
    if isinstance(v, Decimal):
        return format(v.normalize(), "f") if v == v else str(v)
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, float):
        return repr(v)
    return _text(v)


def row_state_hash(entity: str, row: Any, columns: list[Any]) -> str:
    body = json.dumps({c.name: _canon(row[c.name]) for c in columns}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256((entity + "\n" + body).encode("utf-8")).hexdigest()


def _state_hashes(conn: Any, model: type, ids: list[int]) -> dict[int, str]:
    """The current state hash of rows ``ids`` of ``model``, read from the database."""
    table = model.__table__  # type: ignore[attr-defined]
    cols = _state_columns(table)
    name = AUDITED.get(model) or explicit()[model]
    # only the columns vouched for (a city revision's JSON is not read back: it is large)
    wanted = cols if any(c.name == "id" for c in cols) else [table.c.id, *cols]
    out: dict[int, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for row in conn.execute(select(*wanted).where(table.c.id.in_(chunk))).mappings():
            out[row["id"]] = row_state_hash(name, row, cols)
    return out


HASHED = (
    "at",
    "actor",
    "os_user",
    "plan_id",
    "entity",
    "entity_id",
    "action",
    "field",
    "old",
    "new",
    "reason",
    "state_hash",
)
DELETED = "deleted"
# Tables written by the program without the ORM listener (city mode): their writers call
# ``append_entry`` so that their rows, too, are vouched for by the chain.
# The city models load on first use: a unit's commands and window never touch them.


@functools.cache
def explicit() -> dict[type, str]:
    from desktop.models.city import CityReceipt, CityUnit

    return {CityUnit: "city_unit", CityReceipt: "city_receipt"}


#: the tables of ``explicit()``'s models, known without importing them
EXPLICIT_TABLES = frozenset({"city_units", "city_receipts"})


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
                    _("Kế hoạch {state}: chỉ xem, không sửa được. Hãy mở khóa (kèm lý do) để sửa.").format(
                        state=PlanState(pstate.deleted[0] if pstate.deleted else plan.state).label.lower()
                    )
                )
        elif obj in session.new or obj in session.deleted:
            raise UserError(
                _("Kế hoạch {state}: chỉ xem, không sửa được. Hãy mở khóa (kèm lý do) để sửa.").format(
                    state=plan.state.label.lower()
                )
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
    _lock_head(conn)
    prev = conn.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar() or GENESIS
    actor = session.info.get(ACTOR_KEY)
    if actor is None:
        actor = conn.execute(select(UnitProfile.__table__.c.user_name).limit(1)).scalar() or ""
    reason = session.info.get(REASON_KEY)
    now = utcnow()
    rows = []
    by_model: dict[type, list[int]] = {}
    for obj in new + [o for action, o, _ch in pending if action != "delete"]:
        if getattr(obj, "id", None) is not None:
            by_model.setdefault(type(obj), []).append(obj.id)
    states: dict[tuple[type, Any], str] = {}
    for model, ids in by_model.items():
        for i, h in _state_hashes(conn, model, sorted(set(ids))).items():
            states[(model, i)] = h

    def add(action: str, obj: Any, field: str | None, old: Any, new_v: Any) -> None:
        nonlocal prev
        oid = getattr(obj, "id", None)
        fields = {
            "at": now,
            "actor": actor,
            "os_user": os_user(),
            "plan_id": _plan_id(obj),
            "entity": AUDITED[type(obj)],
            "entity_id": oid,
            "action": action,
            "field": field,
            "old": _text(old),
            "new": _text(new_v),
            "reason": reason if isinstance(obj, Plan) and field == "state" else None,
            "state_hash": DELETED if action == "delete" else states.get((type(obj), oid)),
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
    _write_head(conn)


def _lock_head(conn: Any) -> None:
    """Writers of the trail take turns (a server store): the head's row is locked until commit,
    so two transactions never chain onto the same previous entry."""
    if conn.dialect.name != "sqlite":
        conn.execute(select(Setting.key).where(Setting.key == HEAD_KEY).with_for_update())


def _write_head(conn: Any) -> None:
    """Note the newest entry beside the trail, so that deleting the newest rows shows."""
    last = conn.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    if last is None:
        return
    value = f"{last[0]}:{last[1]}"
    if not conn.execute(update(Setting).where(Setting.key == HEAD_KEY).values(value=value)).rowcount:
        conn.execute(insert(Setting).values(key=HEAD_KEY, value=value))


def verify_head(session: Session) -> list[str]:
    noted = session.scalar(select(Setting.value).where(Setting.key == HEAD_KEY))
    if noted is None:
        return []  # a store from before the head was noted
    last = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    if last is None or f"{last[0]}:{last[1]}" != noted:
        return [
            _("Nhật ký thay đổi đã bị cắt hoặc sửa: mục mới nhất (số {id}) không còn như khi được ghi.").format(
                id=noted.split(":")[0]
            )
        ]
    return []


def _after_commit(session: Session) -> None:
    session.info.pop(REASON_KEY, None)


def install() -> None:
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
        event.listen(Session, "after_flush", _after_flush)
        event.listen(Session, "after_commit", _after_commit)
        event.listen(
            Session, "after_rollback", lambda s: (s.info.pop("_audit_pending", None), s.info.pop("_audit_new", None))
        )


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


class ExplicitEntry(NamedTuple):
    """One change the ORM listener does not see (city mode), for ``append_entries``."""

    obj: Any  # a row of a model registered in ``explicit()``, flushed (it has its id)
    action: str
    field: str | None = None
    old: Any = None
    new: Any = None
    reason: str | None = None


@dataclass(frozen=True)
class RowRef:
    """A row written without the ORM (Core ``insert``): its model and id."""

    model: type
    id: int


def append_entries(session: Session, entries: Sequence[ExplicitEntry]) -> None:
    """Record changes the ORM listener does not see, in order, each with its row's state hash
    and chained onto the one before: the same entries as one ``append_entry`` after another,
    with one read of the chain's head, one query per model for the rows' states, one insert
    and one update of the noted head (a city import writes a batch of files this way).

    ``obj`` is an ORM row of a model in ``explicit()``, or a ``RowRef`` to one written with Core.
    """
    if not entries:
        return
    session.flush()
    conn = session.connection()
    _lock_head(conn)
    prev = conn.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar() or GENESIS
    by_model: dict[type, list[int]] = {}
    refs: list[tuple[type, int]] = []
    for e in entries:
        model, oid = (e.obj.model, e.obj.id) if isinstance(e.obj, RowRef) else (type(e.obj), e.obj.id)
        refs.append((model, oid))
        if e.action != "delete":
            by_model.setdefault(model, []).append(oid)
    states: dict[tuple[type, int], str] = {}
    for model, ids in by_model.items():
        for i, h in _state_hashes(conn, model, sorted(set(ids))).items():
            states[(model, i)] = h
    actor = session.info.get(ACTOR_KEY) or ""
    now = utcnow()
    rows = []
    for e, (model, oid) in zip(entries, refs, strict=True):
        fields = {
            "at": now,
            "actor": actor,
            "os_user": os_user(),
            "plan_id": None,
            "entity": explicit()[model],
            "entity_id": oid,
            "action": e.action,
            "field": e.field,
            "old": _text(e.old),
            "new": _text(e.new),
            "reason": e.reason,
            "state_hash": DELETED if e.action == "delete" else states.get((model, oid)),
        }
        h = entry_hash(prev, fields)
        rows.append({**fields, "prev_hash": prev, "hash": h})
        prev = h
    conn.execute(insert(AuditEntry), rows)
    _write_head(conn)


def append_entry(
    session: Session,
    obj: Any,
    action: str,
    *,
    field: str | None = None,
    old: Any = None,
    new: Any = None,
    reason: str | None = None,
) -> None:
    """Record a change the ORM listener does not see (city mode), with the row's state hash.

    ``obj`` is a row of a model registered in ``explicit()`` (flushed: it has its id).
    """
    append_entries(session, [ExplicitEntry(obj, action, field, old, new, reason)])


def append_entries_bulk(session: Session, model: type, ids: list[int], action: str = "create") -> None:
    """``append_entry`` for many new rows at once (a city's directory of units)."""
    append_entries(session, [ExplicitEntry(RowRef(model, i), action) for i in ids])


def current_states(session: Session) -> dict[tuple[str, int], str]:
    """The state hash of every row the chain vouches for, computed from the rows as they are."""
    conn = session.connection()
    out: dict[tuple[str, int], str] = {}
    for model, name in list(AUDITED.items()) + list(explicit().items()):
        table = model.__table__  # type: ignore[attr-defined]
        cols = _state_columns(table)
        for row in conn.execute(select(table)).mappings():
            out[(name, row["id"])] = row_state_hash(name, row, cols)
    return out


def state_digest(states: dict[tuple[str, int], str]) -> str:
    h = hashlib.sha256()
    for (name, i), v in sorted(states.items()):
        h.update(f"{name}:{i}:{v}\n".encode())
    return h.hexdigest()


def verify_state(session: Session) -> list[str]:
    """Rows whose content the audit trail does not vouch for: changed, added or deleted
    directly in the database file, not through the program."""
    problems: list[str] = []
    t = AuditEntry.__table__
    latest: dict[tuple[str, int], tuple[str | None, str, int | None]] = {}
    for entity, eid, state, action, plan_id in session.execute(
        select(t.c.entity, t.c.entity_id, t.c.state_hash, t.c.action, t.c.plan_id).order_by(t.c.id)
    ):
        if eid is not None:
            latest[(entity, eid)] = (state, action, plan_id)
    states = current_states(session)
    plans = set(session.scalars(select(Plan.id)))
    names = {**{v: k for k, v in AUDITED.items()}, **{v: k for k, v in explicit().items()}}
    tables = {n: m.__table__.name for n, m in names.items()}  # type: ignore[attr-defined]
    raw = session.scalar(select(Setting.value).where(Setting.key == "audit_state_baseline"))
    try:
        baseline: dict[str, int] = {str(k): int(v) for k, v in json.loads(raw or "{}").items()}
    except (ValueError, AttributeError, TypeError):
        baseline = {}
    for key, h in sorted(states.items()):
        entry = latest.get(key)
        if entry is None and key[1] <= baseline.get(tables[key[0]], 0):
            continue  # a row made before this program chained the state: the seals' digest covers it
        if entry is None:
            problems.append(
                _(
                    "Dữ liệu {what} số {id} không có trong nhật ký thay đổi (được thêm trực tiếp "
                    "vào tệp dữ liệu, không qua chương trình)."
                ).format(what=key[0], id=key[1])
            )
        elif entry[1] == "delete" or entry[0] == DELETED:
            problems.append(
                _("Dữ liệu {what} số {id} đã bị xóa theo nhật ký nhưng vẫn còn trong tệp dữ liệu.").format(
                    what=key[0], id=key[1]
                )
            )
        elif entry[0] is not None and entry[0] != h:
            problems.append(
                _(
                    "Dữ liệu {what} số {id} đã bị sửa trực tiếp trong tệp dữ liệu (không qua chương "
                    "trình, không có trong nhật ký thay đổi)."
                ).format(what=key[0], id=key[1])
            )
        if len(problems) > 20:
            return problems
    for key, (state, action, plan_id) in latest.items():
        if key in states or action == "delete" or state in (None, DELETED) or key[0] not in names:
            continue
        if key[0] == "plan" or plan_id is None or plan_id in plans:  # not gone with its deleted plan
            problems.append(
                _(
                    "Dữ liệu {what} số {id} đã bị xóa trực tiếp khỏi tệp dữ liệu (không có trong nhật ký thay đổi)."
                ).format(what=key[0], id=key[1])
            )
        if len(problems) > 20:
            break
    return problems


# -- seals: the chain's head signed with the folder's key -------------------------------------
def seal(session: Session, data: Any, reason: str) -> Any:
    """Sign the chain's head and the current state with the data folder's key (``keys/``)."""
    import base64

    from desktop.models.integrity import AuditSeal
    from desktop.sync import keys as keymod

    key = keymod.load_or_create(data)
    last = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    row = AuditSeal(
        at=utcnow().replace(microsecond=0),
        reason=reason[:32],
        last_entry_id=last[0] if last else 0,
        head_hash=last[1] if last else GENESIS,
        state_digest=state_digest(current_states(session)),
        public_key=keymod.public_b64(key),
        signature="",
    )
    row.signature = base64.b64encode(key.sign(row.payload())).decode("ascii")
    session.add(row)
    session.flush()
    return row


def verify_seals(session: Session, data: Any) -> list[str]:
    """Every seal signed by this folder's key and still matching the chain it sealed."""
    import base64

    from desktop.models.integrity import AuditSeal
    from desktop.sync import keys as keymod

    seals = list(session.scalars(select(AuditSeal).order_by(AuditSeal.id)))
    if not seals:
        return []
    problems: list[str] = []
    folder_key = keymod.folder_public_b64(data)
    last_id = session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)) or 0
    for sl in seals:
        pub = keymod.decode_public(sl.public_key)
        try:
            sig = base64.b64decode(sl.signature, validate=True)
        except ValueError:
            sig = b""
        if (
            folder_key is None
            or sl.public_key != folder_key
            or pub is None
            or not keymod.verify(pub, sig, sl.payload())
        ):
            problems.append(
                _(
                    "Dấu niêm phong số {id} của nhật ký thay đổi không hợp lệ (không do khóa của "
                    "thư mục dữ liệu này ký)."
                ).format(id=sl.id)
            )
            continue
        if sl.last_entry_id:
            h = session.scalar(select(AuditEntry.hash).where(AuditEntry.id == sl.last_entry_id))
            if h is None:
                problems.append(
                    _("Nhật ký thay đổi đã bị cắt: mục số {id} (đã niêm phong lúc {at}) không còn.").format(
                        id=sl.last_entry_id, at=format_local(sl.at)
                    )
                )
            elif h != sl.head_hash:
                problems.append(
                    _("Nhật ký thay đổi đã bị viết lại: mục số {id} khác với lúc niêm phong ({at}).").format(
                        id=sl.last_entry_id, at=format_local(sl.at)
                    )
                )
    newest = seals[-1]
    if not problems and newest.last_entry_id == last_id:
        if newest.state_digest != state_digest(current_states(session)):
            problems.append(
                _(
                    "Dữ liệu đã bị sửa trực tiếp trong tệp dữ liệu sau lần niêm phong cuối "
                    "({at}) mà không có trong nhật ký thay đổi."
                ).format(at=format_local(newest.at))
            )
    return problems


def verify_evidence(session: Session, data: Any) -> list[str]:
    """Evidence files hashed again: each stored file present and unchanged."""
    from desktop.fsutil import sha256_file

    problems: list[str] = []
    for ev in session.scalars(select(Evidence).where(Evidence.stored_name.is_not(None)).order_by(Evidence.id)):
        path = data.evidence / str(ev.stored_name)
        name = ev.file_name or ev.stored_name
        try:
            digest = sha256_file(path)
        except OSError:
            problems.append(
                _("Tệp minh chứng {name} (nhiệm vụ số {task}) không còn trong thư mục evidence.").format(
                    name=name, task=ev.task_id
                )
            )
            continue
        if ev.sha256 and digest != ev.sha256:
            problems.append(
                _(
                    "Tệp minh chứng {name} (nhiệm vụ số {task}) đã bị thay đổi hoặc thay thế sau khi "
                    "đính kèm (mã SHA-256 khác)."
                ).format(name=name, task=ev.task_id)
            )
    return problems


def history(session: Session, entity: str, entity_id: int) -> list[AuditEntry]:
    return list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.id)
        )
    )


def task_history(session: Session, task: PlanTask) -> list[AuditEntry]:
    """The task's own changes and those of its updates and evidence."""
    ids_u = [u.id for u in task.updates]
    ids_e = [e.id for e in task.evidence]
    q = (
        select(AuditEntry)
        .where(
            ((AuditEntry.entity == "task") & (AuditEntry.entity_id == task.id))
            | ((AuditEntry.entity == "task_update") & AuditEntry.entity_id.in_(ids_u or [-1]))
            | ((AuditEntry.entity == "evidence") & AuditEntry.entity_id.in_(ids_e or [-1]))
        )
        .order_by(AuditEntry.id)
    )
    return list(session.scalars(q))


install()
