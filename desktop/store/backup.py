"""Copies of the store: made with SQLite's online backup, verified after writing."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

from desktop.paths import DataDir

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _verify(path: Path) -> bool:
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return [r[0] for r in con.execute("PRAGMA integrity_check")] == ["ok"]
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def backup_file_to(src_db: Path, dest: Path) -> Path:
    """Copy ``src_db`` consistently into ``dest`` (written beside, then renamed)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    if tmp.exists():
        tmp.unlink()
    src = sqlite3.connect(f"{src_db.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    if not _verify(tmp):
        tmp.unlink(missing_ok=True)
        raise OSError(f"backup {dest} failed verification")
    tmp.replace(dest)
    return dest


def make_backup(store: object, reason: str = "manual", dest: Path | None = None) -> Path:
    data: DataDir = store.data  # type: ignore[attr-defined]
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    name = f"khcds-{stamp}-{_SAFE.sub('-', reason)}.sqlite3"
    return backup_file_to(data.db, dest or (data.backups / name))


def list_backups(data: DataDir) -> list[Path]:
    if not data.backups.exists():
        return []
    return sorted(data.backups.glob("khcds-*.sqlite3"), reverse=True)


def latest_good_backup(data: DataDir) -> Path | None:
    for p in list_backups(data):
        if _verify(p):
            return p
    return None
