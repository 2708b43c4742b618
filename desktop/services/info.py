"""``khcds info``: the data folder's unit and plans, in a few milliseconds when it can.

``folder_info(data_dir, url)`` returns ``{"data_dir", "role", "unit"?, "plans"?}``.
A province's batch jobs call ``khcds info`` on every folder, so the usual case
(an SQLite store already at this program's schema) is read with ``sqlite3``
alone, read-only, without importing SQLAlchemy. Anything else (a server
database, a store to create or upgrade, a file that does not read plainly) goes
the full way through ``open_store``, which creates, upgrades, backs up and
explains errors as every other command does. Both ways give the same answer
(``tests/perf/test_info_fast.py``).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from desktop.models.enums import Role
from desktop.paths import DataDir


def folder_info(data_dir: str | None, url: str | None = None) -> dict[str, Any]:
    data = DataDir.resolve(data_dir)
    quick = quick_info(data, url)
    if quick is not None:
        return quick
    return full_info(data, url)


def quick_info(data: DataDir, url: str | None = None) -> dict[str, Any] | None:
    """The folder's information read with ``sqlite3`` only, or None when the full way is needed."""
    from desktop.store.revisions import head_revision, stored_revision

    if data.store_url(url) is not None or not data.logs.is_dir():
        return None
    if stored_revision(data.db) != head_revision():
        return None
    try:
        con = sqlite3.connect(f"{data.db.as_uri()}?mode=ro", uri=True)
        try:
            if [r[0] for r in con.execute("PRAGMA quick_check")] != ["ok"]:
                return None  # the full way names the damage and the last good backup
            return _read(con, data)
        finally:
            con.close()
    except sqlite3.Error:
        return None


def _read(con: sqlite3.Connection, data: DataDir) -> dict[str, Any]:
    role = con.execute("SELECT value FROM settings WHERE key = 'role'").fetchone()
    out: dict[str, Any] = {"data_dir": str(data.root), "role": role[0] if role else Role.UNIT.value}
    unit = con.execute("SELECT id, code, name, level FROM unit_profiles ORDER BY id LIMIT 1").fetchone()
    if unit:
        out["unit"] = {"code": unit[1], "name": unit[2], "level": unit[3]}
        rows = con.execute(
            "SELECT p.id, p.year, p.kind, p.issuer, p.state, t.key,"
            " (SELECT count(*) FROM plan_tasks k WHERE k.plan_id = p.id AND k.adopted)"
            " FROM plans p LEFT JOIN templates t ON t.id = p.template_id WHERE p.unit_id = ?"
            " ORDER BY p.year, p.id",
            (unit[0],),
        )
        out["plans"] = [
            {"id": pid, "year": y, "kind": kind, "issuer": issuer, "state": st, "template": key, "tasks": n}
            for pid, y, kind, issuer, st, key, n in rows
        ]
    return out


def full_info(data: DataDir, url: str | None = None) -> dict[str, Any]:
    """The same information through the store (creating or upgrading it as any command does)."""
    from desktop.services import units as usvc
    from desktop.store import open_store

    store = open_store(data, url=url)
    try:
        with store.session() as s:
            unit = usvc.current_unit(s)
            out: dict[str, Any] = {"data_dir": str(store.data.root), "role": (usvc.role(s) or Role.UNIT).value}
            if unit:
                out["unit"] = {"code": unit.code, "name": unit.name, "level": unit.level.value}
                out["plans"] = [
                    {
                        "id": p.id,
                        "year": p.year,
                        "kind": p.kind.value,
                        "issuer": p.issuer.value,
                        "state": p.state.value,
                        "template": p.template.key if p.template else None,
                        "tasks": sum(1 for t in p.tasks if t.adopted),
                    }
                    for p in sorted(unit.plans, key=lambda p: (p.year, p.id))
                ]
    finally:
        store.close()
    return out
