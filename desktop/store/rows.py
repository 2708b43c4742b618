"""The store read with ``sqlite3`` alone: one plan and everything its documents read, as plain
objects shaped like the ORM's (desktop.models.orm), without importing SQLAlchemy.

``read_plan(con, plan_id)`` returns the plan with its unit (and the unit's signers), template,
signer, legal bases, sections, tasks (with their updates and evidence), targets (with their
measurements), budget lines and exports, the many-to-one sides set (task.plan, update.task,
line.task ...), in the orders of the relationships' ``order_by`` - the graph
``desktop.services.plans.plan_snapshot`` loads. ``report_texts(con, plan_id, period)`` reads the
official's texts of one report.

Column values convert by the kinds in desktop.store.columns, generated from the ORM's metadata
(scripts/gen_store_columns.py), so every attribute has the type the mapped class gives it
(Decimal money, Period, enums, dates). The properties both kinds of object share
(``first_day``, ``citation`` ...) live in desktop.models.mixins.

Typing: the result is declared as the ORM's ``Plan`` (imported only for type checking) and cast;
``tests/documents/test_rows.py`` proves the two equal attribute by attribute on every fixture
and demo store and on generated plans.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from desktop.models import enums
from desktop.models.mixins import EvidenceMixin, PlanMixin, SignerMixin, TargetMixin, TaskMixin, UnitMixin
from desktop.models.period import Period
from desktop.paths import DataDir
from desktop.store.columns import COLUMNS

if TYPE_CHECKING:
    from desktop.models.orm import Plan


def _date(v: Any) -> dt.date:
    return v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v))


def _datetime(v: Any) -> dt.datetime:
    return v if isinstance(v, dt.datetime) else dt.datetime.fromisoformat(str(v))


def _json(v: Any) -> list[Any]:
    return list(json.loads(v))


_SIMPLE: dict[str, Callable[[Any], Any]] = {
    "int": int,
    "str": str,
    "bool": bool,
    "date": _date,
    "datetime": _datetime,
    "decimal": lambda v: Decimal(str(v)),
    "period": Period.parse,
    "json": _json,
}


def _converter(kind: str) -> Callable[[Any], Any]:
    if kind.startswith("enum:"):
        enum_class = getattr(enums, kind[5:])
        return cast(Callable[[Any], Any], enum_class)
    return _SIMPLE[kind]


class Row:
    """A record read from one table: its columns as attributes, compared by table and values."""

    __table__: str = ""

    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)

    if TYPE_CHECKING:  # the columns come from desktop.store.columns; the result is typed as the ORM's

        def __getattr__(self, name: str) -> Any: ...

        def __setattr__(self, name: str, value: Any) -> None: ...

    def __repr__(self) -> str:
        return f"<{type(self).__name__} id={self.__dict__.get('id')}>"


class UnitRow(UnitMixin, Row):
    __table__ = "unit_profiles"


class SignerRow(SignerMixin, Row):
    __table__ = "signers"


class TemplateRow(Row):
    __table__ = "templates"


class PlanRow(PlanMixin, Row):
    __table__ = "plans"


class LegalBasisRow(Row):
    __table__ = "plan_legal_bases"


class SectionRow(Row):
    __table__ = "plan_sections"


class TaskRow(TaskMixin, Row):
    __table__ = "plan_tasks"


class UpdateRow(Row):
    __table__ = "task_updates"


class EvidenceRow(EvidenceMixin, Row):
    __table__ = "evidence"


class TargetRow(TargetMixin, Row):
    __table__ = "plan_targets"


class MeasurementRow(Row):
    __table__ = "target_measurements"


class BudgetLineRow(Row):
    __table__ = "budget_lines"


class ExportRow(Row):
    __table__ = "export_history"


class ReportTextRow(Row):
    __table__ = "report_texts"


R = TypeVar("R", bound=Row)

_CONVERTERS: dict[str, tuple[tuple[str, Callable[[Any], Any]], ...]] = {}


def _columns(table: str) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    conv = _CONVERTERS.get(table)
    if conv is None:
        conv = _CONVERTERS[table] = tuple((name, _converter(kind)) for name, kind in COLUMNS[table])
    return conv


def _select(con: Any, cls: type[R], where: str, args: tuple[Any, ...], order: str) -> list[R]:
    cols = _columns(cls.__table__)
    names = ", ".join(f'"{n}"' for n, _c in cols)
    sql = f'SELECT {names} FROM "{cls.__table__}" WHERE {where} ORDER BY {order}'
    if not isinstance(getattr(con, "driver_connection", con), sqlite3.Connection):
        sql = sql.replace("?", "%s")  # a server's driver (psycopg) through the open store
    cur = con.cursor()
    try:
        cur.execute(sql, args)
        rows = cur.fetchall()
    finally:
        cur.close()
    out = []
    for raw in rows:
        out.append(cls(**{n: (None if v is None else c(v)) for (n, c), v in zip(cols, raw, strict=True)}))
    return out


def _one(con: Any, cls: type[R], row_id: int | None) -> R | None:
    if row_id is None:
        return None
    rows = _select(con, cls, "id = ?", (row_id,), "id")
    return rows[0] if rows else None


def _by(rows: list[Any], key: str) -> dict[Any, list[Any]]:
    out: dict[Any, list[Any]] = {}
    for r in rows:
        out.setdefault(getattr(r, key), []).append(r)
    return out


@contextlib.contextmanager
def one_snapshot(con: Any) -> Iterator[Any]:
    """``con`` reading one state of an SQLite store for the whole block: a read transaction,
    so that a plan read in several queries is never half before and half after another
    program's change (the window saving while a batch job prints). Ended (rolled back, it
    wrote nothing) after. A server's connection is yielded as it is."""
    raw = getattr(con, "driver_connection", con)  # the open store's pooled connection wraps sqlite3's
    if not isinstance(raw, sqlite3.Connection) or raw.in_transaction:
        yield con
        return
    raw.execute("BEGIN")
    try:
        yield con
    finally:
        raw.rollback()


def read_plan(con: Any, plan_id: int) -> Plan | None:
    """The plan and everything its documents read, or None when there is no such plan.

    ``con``: an ``sqlite3`` connection, or the open store's DB-API connection (SQLite or a server)."""
    plan = _one(con, PlanRow, plan_id)
    if plan is None:
        return None
    pid = (plan_id,)
    unit = _one(con, UnitRow, plan.unit_id)
    assert unit is not None  # a foreign key
    unit.signers = _select(con, SignerRow, "unit_id = ?", (unit.id,), "position, id")
    for s in unit.signers:
        s.unit = unit
    plan.unit = unit
    plan.template = _one(con, TemplateRow, plan.template_id)
    plan.signer = next((s for s in unit.signers if s.id == plan.signer_id), None) or _one(
        con, SignerRow, plan.signer_id
    )
    plan.legal_bases = _select(con, LegalBasisRow, "plan_id = ?", pid, "position, id")
    plan.sections = _select(con, SectionRow, "plan_id = ?", pid, "position, id")
    tasks = _select(con, TaskRow, "plan_id = ?", pid, "position, id")
    in_plan = "(SELECT id FROM plan_tasks WHERE plan_id = ?)"
    updates = _by(_select(con, UpdateRow, f"task_id IN {in_plan}", pid, "id"), "task_id")
    evidence = _by(_select(con, EvidenceRow, f"task_id IN {in_plan}", pid, "id"), "task_id")
    by_id = {}
    for t in tasks:
        t.plan = plan
        t.updates = updates.get(t.id, [])
        t.evidence = evidence.get(t.id, [])
        for child in (*t.updates, *t.evidence):
            child.task = t
        by_id[t.id] = t
    plan.tasks = tasks
    targets = _select(con, TargetRow, "plan_id = ?", pid, "position, id")
    in_targets = "(SELECT id FROM plan_targets WHERE plan_id = ?)"
    measurements = _by(_select(con, MeasurementRow, f"target_id IN {in_targets}", pid, "id"), "target_id")
    for tg in targets:
        tg.plan = plan
        tg.measurements = measurements.get(tg.id, [])
        for m in tg.measurements:
            m.target = tg
    plan.targets = targets
    lines = _select(con, BudgetLineRow, "plan_id = ?", pid, "position, id")
    for line in lines:
        line.plan = plan
        line.task = by_id.get(line.task_id) if line.task_id is not None else None
    plan.budget_lines = lines
    plan.exports = _select(con, ExportRow, "plan_id = ?", pid, "revision, id")
    return cast("Plan", plan)


def report_texts(con: Any, plan_id: int, period: Period) -> dict[str, str]:
    """The official's texts of the plan's report on ``period``, by key."""
    rows = _select(con, ReportTextRow, "plan_id = ? AND period = ?", (plan_id, period.code), "id")
    return {r.key: r.text for r in rows}


def previous_plan(con: Any, plan: Plan) -> Plan | None:
    """The plan of the year before that ``plan`` follows (desktop.services.plan_rules.choose_previous),
    read whole; None when there is none."""
    from desktop.services.plan_rules import choose_previous

    before = _select(con, PlanRow, "unit_id = ? AND year = ?", (plan.unit_id, plan.year - 1), "id")
    found = choose_previous(plan, cast("list[Plan]", before))
    return read_plan(con, found.id) if found is not None else None


class PlainStore:
    """A data folder's SQLite store read with ``sqlite3`` alone, read-only: what the document
    commands open when the store is at this program's schema and needs nothing else
    (:func:`open_plain`)."""

    def __init__(self, data: DataDir, con: sqlite3.Connection) -> None:
        self.data = data
        self.con = con

    def close(self) -> None:
        self.con.close()

    def resolve(self, plan_id: int | None, year: int | None) -> tuple[int, int] | None:
        """(id, year) of the plan ``--plan``/``--year`` plainly name: the given id of the folder's
        unit (in the given year), or the only plan of the year. None for everything else (no
        unit, no plan, several plans, another unit's plan): the full way refuses those in its
        own words."""
        unit = self.con.execute("SELECT id FROM unit_profiles ORDER BY id LIMIT 1").fetchone()
        if unit is None:
            return None
        if plan_id is not None:
            row = self.con.execute("SELECT id, year, unit_id FROM plans WHERE id = ?", (plan_id,)).fetchone()
            if row is None or row[2] != unit[0] or (year is not None and row[1] != year):
                return None
            return int(row[0]), int(row[1])
        if year is None:
            return None
        rows = self.con.execute("SELECT id, year FROM plans WHERE unit_id = ? AND year = ?", (unit[0], year)).fetchall()
        return (int(rows[0][0]), int(rows[0][1])) if len(rows) == 1 else None


def open_plain(data_dir: str | None, url: str | None = None) -> PlainStore | None:
    """The folder's store opened read-only with ``sqlite3`` when nothing needs the full way: no
    server, a folder already made, the store at this program's schema head, whole (``PRAGMA
    quick_check``) and its daily backup made today. None otherwise: the caller opens it with
    ``open_store``, which creates, upgrades, backs up and explains errors."""
    from desktop.store.backup import daily_backup_due
    from desktop.store.revisions import head_revision, stored_revision

    try:
        data = DataDir.resolve(data_dir)
    except Exception:
        return None  # the full way names what is wrong with the folder
    if data.store_url(url) is not None or not data.logs.is_dir():
        return None
    try:
        if stored_revision(data.db) != head_revision() or daily_backup_due(data):
            return None
        con = sqlite3.connect(f"{data.db.as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        if [r[0] for r in con.execute("PRAGMA quick_check")] == ["ok"]:
            return PlainStore(data, con)
    except sqlite3.Error:
        pass
    con.close()
    return None
