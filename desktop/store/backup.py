"""Copies of the store: made with SQLite's online backup, verified after writing,
kept by a retention rule, restored with the current store backed up first.

Automatic backups: at the first start of a day (``daily``), before a migration,
before an import, before a restore. Retention keeps the newest
``KEEP[reason]`` copies of each reason (and never the last good one).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

from desktop.errors import StoreError, UserError
from desktop.i18n import _
from desktop.paths import DataDir

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
_NAME = re.compile(r"^khcds-(\d{8})-(\d{6})-(\d{6})-(.+)\.sqlite3$")
KEEP = {"daily": 14, "before-import": 10, "before-restore": 10, "manual": 20}
KEEP_OTHER = 10


def verify(path: Path) -> bool:
    """A backup is good when SQLite's integrity check passes and it holds a KHCĐS schema."""
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            if [r[0] for r in con.execute("PRAGMA integrity_check")] != ["ok"]:
                return False
            return con.execute("SELECT version_num FROM alembic_version").fetchone() is not None
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def backup_file_to(src_db: Path, dest: Path) -> Path:
    """Copy ``src_db`` consistently into ``dest`` (written beside, verified, then renamed)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name("." + dest.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
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
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        if not verify(tmp):
            raise StoreError(_("Bản sao lưu {file} không đạt kiểm tra toàn vẹn.").format(file=dest.name))
        tmp.replace(dest)
    except sqlite3.DatabaseError as e:
        tmp.unlink(missing_ok=True)
        raise StoreError(_("Không sao lưu được dữ liệu: {err}").format(err=e)) from e
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise StoreError(_("Không ghi được bản sao lưu {file}: {err}").format(file=dest, err=e.strerror)) from e
    return dest


def reason_of(path: Path) -> str:
    m = _NAME.match(path.name)
    return m.group(4) if m else "manual"


def make_backup(store: object, reason: str = "manual", dest: Path | None = None) -> Path:
    data: DataDir = store.data  # type: ignore[attr-defined]
    if dest is None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        dest = data.backups / f"khcds-{stamp}-{_SAFE.sub('-', reason)}.sqlite3"
        out = backup_file_to(data.db, dest)
        prune(data)
        return out
    return backup_file_to(data.db, dest)


def backup_before_import(store: object) -> Path | None:
    """The copy made before an import changes the store (SQLite stores; a server keeps its own)."""
    if not getattr(store, "is_sqlite", False):
        return None
    data: DataDir = store.data  # type: ignore[attr-defined]
    if not data.db.exists():
        return None
    return make_backup(store, reason="before-import")


def list_backups(data: DataDir) -> list[Path]:
    if not data.backups.exists():
        return []
    return sorted((p for p in data.backups.glob("khcds-*.sqlite3") if _NAME.match(p.name)), reverse=True)


def latest_good_backup(data: DataDir) -> Path | None:
    for p in list_backups(data):
        if verify(p):
            return p
    return None


def prune(data: DataDir) -> list[Path]:
    """Apply the retention rule; returns what was removed."""
    seen: dict[str, int] = {}
    removed = []
    for p in list_backups(data):  # newest first
        reason = reason_of(p)
        kind = "before-migration" if reason.startswith("before-migration") else reason
        seen[kind] = seen.get(kind, 0) + 1
        if seen[kind] > KEEP.get(kind, KEEP_OTHER):
            p.unlink(missing_ok=True)
            removed.append(p)
    return removed


def daily_backup_due(data: DataDir, today: dt.date | None = None) -> bool:
    today = today or dt.date.today()
    stamp = today.strftime("%Y%m%d")
    return not any(p.name.startswith(f"khcds-{stamp}-") and reason_of(p) == "daily"
                   for p in list_backups(data))


def check_restorable(path: Path) -> str:
    """The schema revision of a file that may be restored; refuses anything else."""
    from desktop.store.database import known_revisions

    if not path.is_file():
        raise UserError(_("Không tìm thấy tệp {file}.").format(file=path))
    if not verify(path):
        raise UserError(_("Tệp {file} không phải bản sao lưu hợp lệ của KHCĐS (hỏng hoặc sai định dạng).")
                        .format(file=path.name))
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        rev = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()
    if rev not in known_revisions():
        raise UserError(_("Bản sao lưu {file} được tạo bởi phiên bản KHCĐS mới hơn.").format(file=path.name))
    return str(rev)


def restore(data: DataDir, path: Path, backup_current: bool = True) -> Path | None:
    """Replace the store with ``path``; the current store is backed up first.

    Returns the backup of the replaced store (None when there was none). The
    caller must have closed every connection to the store.
    """
    check_restorable(path)
    saved = None
    if backup_current and data.db.exists() and verify(data.db):
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        saved = backup_file_to(data.db, data.backups / f"khcds-{stamp}-before-restore.sqlite3")
    tmp = data.db.with_name("." + data.db.name + ".restore.part")
    backup_file_to(path, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(data.db) + suffix).unlink(missing_ok=True)
    tmp.replace(data.db)
    prune(data)
    return saved
