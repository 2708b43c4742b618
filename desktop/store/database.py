"""The one owner of the database.

``open_store`` resolves the file, refuses a database newer than this program
(never touching it), copies the file to a dated backup before any migration,
runs the Alembic migrations in-process, and hands out sessions whose
transactions commit as a whole or not at all. SQLite runs with foreign keys on,
WAL and ``synchronous=FULL``; ``--db-url`` / ``KHCDS_DB_URL`` selects another
server (PostgreSQL for a city office).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import StoreError
from desktop.i18n import _
from desktop.paths import DataDir
from desktop.store.revisions import MIGRATIONS as MIGRATIONS
from desktop.store.revisions import head_revision as head_revision
from desktop.store.revisions import known_revisions as known_revisions

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _server_revision(con: Any) -> str | None:
    """The revision stored in a server database (one query once the table exists), without Alembic."""
    from sqlalchemy import inspect

    if not inspect(con).has_table("alembic_version"):
        return None
    rev = con.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if rev is None else str(rev)


def _sqlite_revision(path: Path) -> str | None:
    """The schema revision of an SQLite file, read without writing to it."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
            if not row:
                tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if tables:
                    raise StoreError(_("Tệp dữ liệu {path} không phải cơ sở dữ liệu của KHCĐS.").format(path=path))
                return None
            rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return rev[0] if rev else None
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise StoreError(damaged_message(path)) from e


def _backup_hint(data: DataDir) -> str:
    from desktop.store.backup import latest_good_backup

    good = latest_good_backup(data)
    if good is None:
        return ""
    return _(' Bản sao lưu tốt gần nhất: {file} (khôi phục bằng: khcds restore "{file}").').format(file=good)


def damaged_message(path: Path) -> str:
    """The store ``path`` is damaged: say so, and name the latest good backup."""
    data = DataDir(path.parent)
    hint = _backup_hint(data) or _(" Hãy khôi phục từ một bản sao lưu (khcds restore TỆP).")
    return (
        _("Tệp dữ liệu {path} bị hỏng hoặc không đọc được.").format(path=path)
        + hint
        + _(" Tệp hỏng sẽ được giữ lại khi khôi phục.")
    )


def refuse_lost_store(data: DataDir) -> None:
    """A missing or empty store beside good backups was emptied or deleted, not never made:
    refuse to start a new empty store there (it would open the first-run wizard, and the
    backup retention would later age the good copies out)."""
    db = data.db
    try:
        lost = not db.exists() or db.stat().st_size == 0
    except OSError:
        return
    if not lost:
        return
    from desktop.store.backup import latest_good_backup

    good = latest_good_backup(data)
    if good is None:
        return
    what = _("trống (0 byte)") if db.exists() else _("không còn")
    raise StoreError(
        _(
            "Tệp dữ liệu {path} {what} trong khi thư mục có bản sao lưu: dữ liệu có thể đã bị xóa. "
            'Bản sao lưu tốt gần nhất: {file} (khôi phục bằng: khcds restore "{file}"). '
            "Nếu thật sự muốn bắt đầu lại từ đầu, hãy chuyển thư mục {backups} sang nơi khác."
        ).format(path=db, what=what, file=good, backups=data.backups)
    )


def _on_sqlite_connect(dbapi_con: Any, _record: Any) -> None:
    cur = dbapi_con.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def describe_db_error(e: BaseException) -> str:
    """One plain Vietnamese sentence for a low-level database error."""
    msg = str(getattr(e, "orig", e)).lower()
    if "full" in msg:
        return _("Ổ đĩa đã đầy: không ghi được dữ liệu. Hãy giải phóng dung lượng rồi thử lại.")
    if "readonly" in msg or "read-only" in msg or "permission" in msg:
        return _("Thư mục dữ liệu chỉ cho phép đọc: không ghi được dữ liệu.")
    if "locked" in msg or "busy" in msg:
        return _("Dữ liệu đang được một chương trình khác sử dụng. Hãy thử lại sau.")
    if "malformed" in msg or "not a database" in msg or "corrupt" in msg:
        return _("Tệp dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất (khcds restore).")
    if "unique constraint" in msg or "duplicate key" in msg:
        return _("Dữ liệu trùng với dữ liệu đã có (có thể một thao tác khác vừa ghi cùng lúc). Hãy thử lại.")
    if "foreign key" in msg:
        return _("Dữ liệu tham chiếu tới mục không còn tồn tại. Hãy thử lại.")
    if "disk i/o" in msg:
        return _("Lỗi đọc ghi ổ đĩa khi ghi dữ liệu. Hãy kiểm tra ổ đĩa rồi thử lại.")
    log.warning("database error: %s", getattr(e, "orig", e))
    return _("Lỗi cơ sở dữ liệu; chi tiết đã ghi vào nhật ký. Hãy thử lại hoặc khôi phục từ bản sao lưu.")


class Store:
    """An open store: the engine, its sessions and the data folder it lives in."""

    def __init__(self, data: DataDir, engine: Engine) -> None:
        self.data = data
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def session(self) -> Session:
        """A session for reading (and for writing inside ``transaction``)."""
        return self._sessions()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: everything commits together, or nothing does."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except (OperationalError, DBAPIError) as e:
            session.rollback()
            raise StoreError(describe_db_error(e)) from e
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def integrity_problems(self) -> list[str]:
        """``PRAGMA integrity_check`` and foreign keys; an empty list when all is well."""
        if not self.is_sqlite:
            return []
        with self.engine.connect() as con:
            rows = [r[0] for r in con.execute(text("PRAGMA integrity_check"))]
            problems = [r for r in rows if r != "ok"]
            fk = list(con.execute(text("PRAGMA foreign_key_check")))
            problems += [f"foreign key: {tuple(r)}" for r in fk]
        return problems

    def checkpoint(self) -> None:
        if self.is_sqlite:
            with self.engine.connect() as con:
                con.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))

    def close(self) -> None:
        self.engine.dispose()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 10})
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    return create_engine(url, pool_pre_ping=True)


def remember_url(data: DataDir, url: str) -> None:
    """Make ``url`` the folder's database, so that every later command and window uses it."""
    from desktop.fsutil import atomic_write_bytes

    atomic_write_bytes(data.db_url_file, (url.strip() + "\n").encode("utf-8"))


def open_store(
    data_dir: str | os.PathLike[str] | DataDir | None = None,
    *,
    url: str | None = None,
    migrate: bool = True,
    daily_backups: bool = True,
) -> Store:
    """Open (and create or upgrade) the store of a data folder."""
    data = data_dir if isinstance(data_dir, DataDir) else DataDir.resolve(data_dir)
    url = data.store_url(url)
    try:
        data.ensure()
    except OSError as e:
        from desktop.store.backup import describe_os_error

        raise StoreError(
            _("Không tạo được thư mục dữ liệu {path}: {err}").format(path=data.root, err=describe_os_error(e))
        ) from e

    head = head_revision()
    known = known_revisions()
    if url is None:
        refuse_lost_store(data)
        current = _sqlite_revision(data.db)
        if current is not None and current not in known:
            raise StoreError(
                _(
                    "Dữ liệu trong {path} được tạo bởi một phiên bản KHCĐS mới hơn. "
                    "Hãy cài phiên bản mới nhất của chương trình; dữ liệu không bị thay đổi."
                ).format(path=data.db)
            )
        engine = make_engine(f"sqlite:///{data.db}")
    else:
        engine = make_engine(url)
        with engine.connect() as con:
            current = _server_revision(con)
        if current is not None and current not in known:
            engine.dispose()
            raise StoreError(_("Cơ sở dữ liệu được tạo bởi một phiên bản KHCĐS mới hơn; dữ liệu không bị thay đổi."))

    store = Store(data, engine)
    if current is not None and store.is_sqlite:
        problems = _quick_check(data.db)
        if problems:
            engine.dispose()
            raise StoreError(damaged_message(data.db))
    if migrate and current != head:
        if current is not None and store.is_sqlite:  # a server keeps its own backups (and upgrades in
            from desktop.store.backup import make_backup  # one transaction: wholly or not at all)

            make_backup(store, reason=f"before-migration-{current[:12]}")
        try:
            _upgrade(engine, store.is_sqlite)
        except (OperationalError, DBAPIError) as e:
            engine.dispose()
            raise StoreError(describe_db_error(e)) from e
        log.info("store %s migrated from %s to %s", data.db, current, head)
    if current is not None and store.is_sqlite and daily_backups:
        from desktop.store.backup import daily_backup_due, make_backup

        if daily_backup_due(data):
            try:
                make_backup(store, reason="daily")
            except StoreError as e:  # a failed daily copy must not stop the day's work
                log.warning("daily backup failed: %s", e)
    return store


def _upgrade(engine: Any, sqlite: bool) -> None:
    """Run the migrations in one transaction, so that a store is upgraded wholly or not at all.

    On SQLite the transaction is opened explicitly (the driver opens none for DDL), and
    foreign keys are off meanwhile (a migration that rebuilds a table drops the old one, and
    a drop with foreign keys on would cascade to every row that refers to it) and checked
    before the commit."""
    from alembic import command  # only when the schema is behind (desktop/store/revisions.py)

    with engine.connect() as con:
        if sqlite:
            con.exec_driver_sql("PRAGMA foreign_keys=OFF")  # no effect inside a transaction
            con.commit()
        try:
            with con.begin():
                if sqlite:
                    con.exec_driver_sql("BEGIN IMMEDIATE")
                cfg = alembic_config()
                cfg.attributes["connection"] = con
                command.upgrade(cfg, "head")
                if sqlite:
                    broken = con.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StoreError(
                            _("Nâng cấp dữ liệu bị dừng: {n} dòng mất liên kết ({t}); dữ liệu giữ nguyên.").format(
                                n=len(broken), t=broken[0][0]
                            )
                        )
        finally:
            if sqlite:
                con.exec_driver_sql("PRAGMA foreign_keys=ON")
                con.commit()


def _quick_check(path: Path) -> list[str]:
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in con.execute("PRAGMA quick_check")]
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        return [str(e)]
    return [r for r in rows if r != "ok"]


# the audit trail listens on every session; a store is only ever opened through this module
import desktop.store.audit  # noqa: E402,F401
