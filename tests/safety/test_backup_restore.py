"""Backups: automatic, verified, kept by a rule; restore backs up the current store first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.errors import StoreError
from desktop.paths import DataDir
from desktop.store import backup as bk
from desktop.store import open_store
from tests.helpers import damage_store


def count_tasks(db: Path) -> int:
    with sqlite3.connect(db) as c:
        return c.execute("SELECT count(*) FROM plan_tasks").fetchone()[0]


def test_daily_backup_at_first_start_of_the_day(demo_dir: Path) -> None:
    assert not bk.list_backups(DataDir(demo_dir))
    open_store(demo_dir).close()
    daily = [p for p in bk.list_backups(DataDir(demo_dir)) if bk.reason_of(p) == "daily"]
    assert len(daily) == 1 and bk.verify(daily[0])
    open_store(demo_dir).close()  # not twice the same day
    assert len([p for p in bk.list_backups(DataDir(demo_dir)) if bk.reason_of(p) == "daily"]) == 1


def test_backup_and_restore_cli(demo_dir: Path, tmp_path: Path, cli) -> None:
    out = tmp_path / "sao-luu.sqlite3"
    r = cli("--data-dir", demo_dir, "backup", "--out", out)
    assert r.code == 0 and out.exists() and bk.verify(out)
    n = count_tasks(out)
    # change the store, then restore the copy
    s = open_store(demo_dir)
    from desktop.models.orm import Plan
    from desktop.services import plans as psvc

    with s.transaction() as ses:
        psvc.add_own_task(ses, ses.scalar(select(Plan)).id, pillar="Dữ liệu số", content="Thêm sau sao lưu")
    s.close()
    assert count_tasks(demo_dir / "khcds.sqlite3") == n + 1
    r = cli("--data-dir", demo_dir, "restore", out)
    assert r.code == 0, r.err
    assert count_tasks(demo_dir / "khcds.sqlite3") == n
    saved = [p for p in bk.list_backups(DataDir(demo_dir)) if bk.reason_of(p) == "before-restore"]
    assert len(saved) == 1 and count_tasks(saved[0]) == n + 1
    assert cli("--data-dir", demo_dir, "check").code == 0


def test_restore_refuses_a_bad_file_and_changes_nothing(demo_dir: Path, tmp_path: Path, cli) -> None:
    bad = tmp_path / "hong.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 500)
    db = demo_dir / "khcds.sqlite3"
    before = db.read_bytes()
    r = cli("--data-dir", demo_dir, "restore", bad)
    assert r.code == 1 and "hong.sqlite3" in r.err and len(r.err.strip().splitlines()) == 1
    assert db.read_bytes() == before
    r = cli("--data-dir", demo_dir, "restore", tmp_path / "khong-co.sqlite3")
    assert r.code == 1


def test_retention_keeps_the_newest(tmp_path: Path) -> None:
    data = DataDir(tmp_path)
    data.ensure()
    src = tmp_path / "src.sqlite3"
    with sqlite3.connect(src) as c:
        c.execute("CREATE TABLE alembic_version (version_num TEXT)")
        c.execute("INSERT INTO alembic_version VALUES ('0001')")
    for i in range(20):
        bk.backup_file_to(src, data.backups / f"khcds-202401{i + 1:02d}-080000-000000-daily.sqlite3")
    for i in range(3):
        bk.backup_file_to(src, data.backups / f"khcds-202402{i + 1:02d}-080000-000000-before-import.sqlite3")
    removed = bk.prune(data)
    left = bk.list_backups(data)
    assert len([p for p in left if bk.reason_of(p) == "daily"]) == bk.KEEP["daily"]
    assert len([p for p in left if bk.reason_of(p) == "before-import"]) == 3
    assert all("202401" in p.name for p in removed)
    assert min(p.name for p in left if bk.reason_of(p) == "daily") == "khcds-20240107-080000-000000-daily.sqlite3"


def test_damaged_store_detected_with_latest_good_backup_offered(demo_dir: Path) -> None:
    open_store(demo_dir).close()  # makes the daily backup
    good = bk.latest_good_backup(DataDir(demo_dir))
    db = demo_dir / "khcds.sqlite3"
    damage_store(db)
    with pytest.raises(StoreError) as e:
        open_store(demo_dir)
    assert "hỏng" in str(e.value)
    assert good is not None and good.name in str(e.value)


def test_full_disk_gives_a_plain_message(store) -> None:
    from sqlalchemy import text

    from desktop.models.orm import Setting

    with store.engine.connect() as con:
        pages = con.execute(text("PRAGMA page_count")).scalar()
    big = "x" * 200_000
    with pytest.raises(StoreError, match="đầy"):
        with store.transaction() as s:
            s.execute(text(f"PRAGMA max_page_count = {pages + 2}"))
            for i in range(20):
                s.add(Setting(key=f"k{i}", value=big))
            s.flush()


def test_read_only_store_gives_a_plain_message(store) -> None:
    from sqlalchemy import text

    from desktop.models.orm import Setting

    with pytest.raises(StoreError, match="chỉ cho phép đọc"):
        with store.transaction() as s:
            s.execute(text("PRAGMA query_only = ON"))
            s.add(Setting(key="a", value="b"))
            s.flush()


def test_old_schema_fixtures_migrate_with_content(tmp_path: Path) -> None:
    """A store from each released schema migrates to the current one and keeps its content."""
    fixtures = sorted((Path(__file__).parent.parent / "fixtures" / "stores").glob("*.sqlite3"))
    assert fixtures
    for fx in fixtures:
        d = tmp_path / fx.stem
        d.mkdir()
        import shutil

        shutil.copy(fx, d / "khcds.sqlite3")
        with sqlite3.connect(d / "khcds.sqlite3") as c:
            before = {
                t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("plan_tasks", "task_updates", "evidence", "target_measurements", "audit_log")
            }
        s = open_store(d)
        from desktop.models.orm import Plan

        with s.session() as ses:
            plan = ses.scalar(select(Plan))
            assert plan.unit.name == "Xã An Lão" and plan.year == 2024
            assert len(plan.tasks) == before["plan_tasks"]
        with s.engine.connect() as con:
            from sqlalchemy import text

            for t, n in before.items():
                assert con.execute(text(f"SELECT count(*) FROM {t}")).scalar() == n
        assert s.integrity_problems() == []
        s.close()
        assert any("before-migration" in p.name for p in (d / "backups").iterdir()) or fx.stem.startswith(_head())


def _head() -> str:
    from desktop.store.database import head_revision

    return head_revision()
