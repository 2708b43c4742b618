"""Keeping the data safe, for the window and the CLI: open the store, back up, restore, check
integrity and read the change log. Each function owns its session."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop import vn
from desktop.errors import UserError
from desktop.i18n import _
from desktop.models.orm import AuditEntry, PlanTask
from desktop.paths import DataDir
from desktop.services import history
from desktop.store import audit as _audit
from desktop.store import backup as _backup
from desktop.store.database import open_store as _open_store

if TYPE_CHECKING:
    from desktop.store.database import Store


def open_store(
    data_dir: str | os.PathLike[str] | DataDir | None = None,
    *,
    url: str | None = None,
    migrate: bool = True,
    daily_backups: bool = True,
) -> Store:
    """Open (create or upgrade) the store of a data folder."""
    return _open_store(data_dir, url=url, migrate=migrate, daily_backups=daily_backups)


def make_backup(store: Store, *, reason: str = "manual", dest: Path | None = None) -> Path:
    """A checked copy of the store; its path."""
    return _backup.make_backup(store, reason=reason, dest=dest)


def backup_before_import(store: Store) -> Path | None:
    """A copy made before an import changes the store (SQLite only)."""
    return _backup.backup_before_import(store)


def describe_backups(data_dir: str | os.PathLike[str] | DataDir | None) -> list[tuple[Path, bool]]:
    """The backups of a data folder, each with whether it is usable; reads the backups folder only."""
    data = data_dir if isinstance(data_dir, DataDir) else DataDir.resolve(data_dir)
    return _backup.describe_backups(data)


def restore_backup(data_dir: str | os.PathLike[str] | DataDir | None, source: Path) -> Path | None:
    """Replace the store with a checked backup and bring it to this program's schema.

    Returns where the data from before the restore was kept, if anything was kept."""
    data = data_dir if isinstance(data_dir, DataDir) else DataDir.resolve(data_dir)
    _backup.check_restorable(source)
    saved = _backup.restore(data, source)
    _open_store(data, daily_backups=False).close()  # migrates an older backup
    return saved


def integrity_problems(store: Store) -> list[str]:
    """Every problem found in the store: the database file, the change log's chain, head and seals,
    the plans' state, evidence files and the city's data."""
    from desktop.services.city import verify_city

    problems = list(store.integrity_problems())
    with store.session() as s:
        problems += _audit.verify_chain(s)
        problems += _audit.verify_head(s)
        problems += _audit.verify_seals(s, store.data)
        problems += _audit.verify_state(s)
        problems += _audit.verify_evidence(s, store.data)
        problems += verify_city(s)
    return problems


def audit_rows(store: Store, *, task_id: int | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """The latest entries of the change log (of one task when task_id is given), oldest first."""
    with store.session() as s:
        if task_id:
            task = s.get(PlanTask, task_id)
            if task is None:
                raise UserError(_("Không có nhiệm vụ số {id}.").format(id=task_id))
            rows = _audit.task_history(s, task)[-limit:]
        else:
            rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)))[::-1]
        return [
            {
                **_audit.entry_fields(r),
                # the same entry in words, Việt Nam time (for people; the codes above are for programs)
                "local_time": vn.format_local(r.at),
                "entity_label": history.entity_word(r.entity),
                "action_label": history.action_word(r.action),
                "text": history.describe(r.entity, r.action, r.field, r.old, r.new),
                "detail": history.detail(r.entity, r.action, r.field, r.old, r.new),
            }
            for r in rows
        ]


def remember_url(data: DataDir, url: str) -> None:
    """Keep a shared database's address in the data folder, so it opens without flags."""
    from desktop.store.database import remember_url as _remember

    _remember(data, url)
