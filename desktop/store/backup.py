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
    path = Path(path).expanduser().resolve()
    if not path.is_file() or path.stat().st_size == 0:
        return False
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


PARTIAL_MAX_AGE = 3600.0  # seconds: a partial file this old belongs to no running copy


def clean_partials(data: DataDir, *, all_of_them: bool | None = None) -> list[Path]:
    """Remove the hidden partial files an interrupted backup or restore left behind.

    With the folder's lock held (``all_of_them`` None: asked of the lock) every
    partial file is removed, since no other copy can be writing one; without
    it, only those older than an hour.
    """
    import time

    if all_of_them is None:
        from desktop import single_instance

        all_of_them = single_instance.holds(data.root)
    removed: list[Path] = []
    candidates: list[Path] = []
    if data.backups.is_dir():
        candidates += [p for p in data.backups.glob(".khcds-*.part")]
    candidates += list(data.root.glob("." + data.db.name + ".restore.part"))
    candidates += list(data.root.glob(".khcds-hong-*.part"))
    now = time.time()
    for p in candidates:
        try:
            if all_of_them or now - p.stat().st_mtime > PARTIAL_MAX_AGE:
                p.unlink()
                removed.append(p)
        except OSError:
            continue
    return removed


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
            tmp.unlink(missing_ok=True)
            raise StoreError(_("Bản sao lưu {file} không đạt kiểm tra toàn vẹn.").format(file=dest.name))
        tmp.replace(dest)
    except sqlite3.DatabaseError as e:
        tmp.unlink(missing_ok=True)
        msg = str(e).lower()
        if "full" in msg:
            raise StoreError(_("Không sao lưu được dữ liệu: ổ đĩa đã đầy.")) from e
        raise StoreError(
            _("Không sao lưu được dữ liệu {file}: tệp dữ liệu hỏng hoặc không đọc được.").format(file=src_db)
        ) from e
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise StoreError(
            _("Không ghi được bản sao lưu {file}: {err}").format(file=dest, err=describe_os_error(e))
        ) from e
    return dest


def reason_of(path: Path) -> str:
    m = _NAME.match(path.name)
    return m.group(4) if m else "manual"


def seal_store(store: object, reason: str) -> None:
    """Sign the audit chain's head (and the state it covers) before a copy is made of it."""
    import logging

    from desktop.store.revisions import head_revision

    try:
        with store.engine.connect() as con:  # type: ignore[attr-defined]
            from sqlalchemy import text

            rev = con.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if rev != head_revision():
            return  # an older schema, copied before its migration: no seal table yet
        from desktop.store.audit import seal

        with store.transaction() as s:  # type: ignore[attr-defined]
            seal(s, store.data, reason)  # type: ignore[attr-defined]
    except Exception as e:  # noqa: BLE001 - a copy without a fresh seal beats no copy
        logging.getLogger(__name__).warning("audit seal before backup failed: %s", e)


def make_backup(store: object, reason: str = "manual", dest: Path | None = None) -> Path:
    data: DataDir = store.data  # type: ignore[attr-defined]
    clean_partials(data)
    # the automatic copies (daily, before a migration) are made by whatever opens the store,
    # readers included, and must not write to it; the copies asked for, or made before an
    # import, seal the chain's head first
    if getattr(store, "is_sqlite", False) and reason not in ("daily",) and not reason.startswith("before-migration"):
        seal_store(store, "backup")
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


def describe_backups(data: DataDir) -> list[tuple[Path, bool]]:
    """Every backup, newest first, with whether it passes verification (reads no store)."""
    return [(p, verify(p)) for p in list_backups(data)]


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
    return not any(p.name.startswith(f"khcds-{stamp}-") and reason_of(p) == "daily" for p in list_backups(data))


def check_restorable(path: Path) -> str:
    """The schema revision of a file that may be restored; refuses anything else."""
    from desktop.store.revisions import known_revisions

    path = Path(path).expanduser().resolve()
    if not path.is_file():
        raise UserError(_("Không tìm thấy tệp {file}.").format(file=path))
    if not verify(path):
        raise UserError(
            _("Tệp {file} không phải bản sao lưu hợp lệ của KHCĐS (hỏng hoặc sai định dạng).").format(file=path.name)
        )
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        rev = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()
    if rev not in known_revisions():
        raise UserError(_("Bản sao lưu {file} được tạo bởi phiên bản KHCĐS mới hơn.").format(file=path.name))
    return str(rev)


def keep_damaged(data: DataDir) -> Path | None:
    """Copy a store that cannot be backed up normally (damaged) aside, with its journal files.

    The copy stands beside the store as ``khcds-hong-<time>.sqlite3`` (never aged
    out by the backup retention): it may still hold work done after the last
    backup. Written under a hidden name and renamed when complete.
    """
    import shutil

    if not data.db.exists() or data.db.stat().st_size == 0:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    kept = data.root / f"khcds-hong-{stamp}.sqlite3"
    try:
        for suffix in ("", "-wal", "-shm"):
            src = Path(str(data.db) + suffix)
            if not src.exists():
                continue
            final = Path(str(kept) + suffix)
            tmp = final.with_name("." + final.name + ".part")
            shutil.copyfile(src, tmp)
            with open(tmp, "rb") as fh:
                os.fsync(fh.fileno())
            tmp.replace(final)
    except OSError as e:
        raise StoreError(
            _("Không giữ lại được tệp dữ liệu hỏng {file}: {err}").format(file=data.db, err=describe_os_error(e))
        ) from e
    return kept


def describe_os_error(e: OSError) -> str:
    """A Vietnamese phrase for a file-system error (never the operating system's English)."""
    import errno

    words = {
        errno.ENOSPC: _("ổ đĩa đã đầy"),
        errno.EACCES: _("không có quyền ghi"),
        errno.EPERM: _("không có quyền ghi"),
        errno.EROFS: _("ổ đĩa chỉ cho phép đọc"),
        errno.ENOENT: _("không tìm thấy tệp hoặc thư mục"),
        errno.EIO: _("lỗi đọc ghi ổ đĩa"),
        errno.EDQUOT: _("vượt hạn mức dung lượng"),
        errno.ENAMETOOLONG: _("tên tệp quá dài"),
        errno.EISDIR: _("đây là một thư mục"),
        errno.EBUSY: _("tệp đang được chương trình khác sử dụng"),
    }
    return words.get(e.errno or -1, _("lỗi hệ thống tệp (mã {n})").format(n=e.errno))


def _checkpoint(db: Path) -> None:
    """Fold the write-ahead log into the store file so that nothing lives only in ``-wal``."""
    try:
        con = sqlite3.connect(db, timeout=10)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
    except sqlite3.DatabaseError:
        pass


def restore(data: DataDir, path: Path) -> Path | None:
    """Replace the store with ``path``; the current store is always kept first.

    A healthy store is backed up (``before-restore``); a damaged one is copied
    aside as it is (``keep_damaged``), journal included. Returns where the
    replaced store was kept (None when there was none). The caller holds the
    folder's lock and has closed every connection to the store.
    """
    path = Path(path).expanduser().resolve()
    check_restorable(path)
    clean_partials(data)
    saved = None
    if data.db.exists() and data.db.stat().st_size > 0:
        if verify(data.db):
            _checkpoint(data.db)
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            saved = backup_file_to(data.db, data.backups / f"khcds-{stamp}-before-restore.sqlite3")
        else:
            saved = keep_damaged(data)
    tmp = data.db.with_name("." + data.db.name + ".restore.part")
    backup_file_to(path, tmp)
    try:
        for suffix in ("-wal", "-shm"):
            Path(str(data.db) + suffix).unlink(missing_ok=True)
        tmp.replace(data.db)
    except OSError as e:
        raise StoreError(_("Không khôi phục được dữ liệu: {err}").format(err=describe_os_error(e))) from e
    prune(data)
    return saved
