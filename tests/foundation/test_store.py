"""The store: transactions, migrations with a backup first, refusal of a newer schema."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, select, text

from desktop.errors import StoreError, UserError
from desktop.models.orm import Plan, PlanTask, Setting
from desktop.services import units as usvc
from desktop.store import open_store
from desktop.store.database import alembic_config, head_revision


def sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_new_store_pragmas(store) -> None:
    with store.engine.connect() as con:
        assert con.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert con.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert con.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    assert store.integrity_problems() == []


def test_transaction_commits_all_or_nothing(store) -> None:
    with store.transaction() as s:
        s.add(Setting(key="a", value="1"))
    with pytest.raises(RuntimeError):
        with store.transaction() as s:
            s.add(Setting(key="b", value="2"))
            s.flush()
            raise RuntimeError("boom")
    with store.session() as s:
        assert {x.key for x in s.scalars(select(Setting))} == {"a"}


def test_user_error_inside_transaction_rolls_back(demo_store) -> None:
    from desktop.services import plans as psvc

    with demo_store.session() as s:
        n = s.query(PlanTask).count()
    with pytest.raises(UserError):
        with demo_store.transaction() as s:
            unit = usvc.require_unit(s)
            plan = psvc.require_plan(s, unit, 2024)
            psvc.add_own_task(s, plan.id, pillar="Chính quyền số", content="Nhiệm vụ hợp lệ")
            psvc.add_own_task(s, plan.id, pillar="Chính quyền số", content="   ")  # refused
    with demo_store.session() as s:
        assert s.query(PlanTask).count() == n


def test_foreign_keys_enforced(store) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with store.engine.begin() as con:
            con.execute(text("INSERT INTO plan_legal_bases (plan_id, position, text) VALUES (999, 0, 'x')"))


def test_newer_database_refused_and_untouched(data_dir: Path) -> None:
    open_store(data_dir).close()
    db = data_dir / "khcds.sqlite3"
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    con.commit()
    con.close()
    before = sha(db)
    with pytest.raises(StoreError, match="mới hơn"):
        open_store(data_dir)
    assert sha(db) == before
    assert not list((data_dir / "backups").glob("*"))


def test_not_a_database_refused(data_dir: Path) -> None:
    (data_dir / "khcds.sqlite3").write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError):
        open_store(data_dir)


def _older_revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [s.revision for s in script.walk_revisions() if s.revision != head_revision()]


@pytest.mark.parametrize(
    "rev",
    _older_revisions()
    or [pytest.param("none", marks=pytest.mark.skip(reason="only one schema revision exists so far"))],
)
def test_migration_backs_up_first_and_keeps_data(data_dir: Path, rev: str) -> None:
    db = data_dir / "khcds.sqlite3"
    eng = create_engine(f"sqlite:///{db}")
    with eng.begin() as con:
        cfg = alembic_config()
        cfg.attributes["connection"] = con
        command.upgrade(cfg, rev)
        con.execute(text("INSERT INTO settings (key, value) VALUES ('marker', 'giữ nguyên')"))
    eng.dispose()
    s = open_store(data_dir)
    backups = list((data_dir / "backups").glob("*before-migration*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as b:
        assert b.execute("SELECT version_num FROM alembic_version").fetchone()[0] == rev
        assert b.execute("SELECT value FROM settings WHERE key='marker'").fetchone()[0] == "giữ nguyên"
    with s.session() as ses:
        assert ses.get(Setting, "marker").value == "giữ nguyên"
    with s.engine.connect() as con:
        assert con.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    s.close()


def test_no_backup_when_schema_current(data_dir: Path) -> None:
    open_store(data_dir).close()
    open_store(data_dir).close()
    assert not list((data_dir / "backups").glob("*before-migration*"))


def test_data_dir_env_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, cli) -> None:
    d = tmp_path / "from-env"
    monkeypatch.setenv("KHCDS_DATA_DIR", str(d))
    assert cli("templates", "list").code == 0
    assert (d / "khcds.sqlite3").exists()


def test_demo_plan_is_alive(demo_store) -> None:
    from desktop.models.enums import TaskStatus

    with demo_store.session() as s:
        plan = s.scalar(select(Plan))
        assert plan.year == 2024 and plan.unit.name == "Xã An Lão"
        assert plan.template.key == "hp-325-2024"
        adopted = [t for t in plan.tasks if t.adopted]
        assert sum(1 for t in adopted if t.template_ref) == 19
        assert sum(1 for t in adopted if not t.template_ref) >= 5
        statuses = {t.status for t in adopted}
        assert {TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED} <= statuses
        assert any(ev.sha256 for t in adopted for ev in t.evidence)
        assert any(ev.doc_number for t in adopted for ev in t.evidence)
        online = next(t for t in plan.targets if "hồ sơ công việc" in t.text.lower())
        assert online.city_value == 50
        assert len(online.measurements) == 2
        assert plan.budget_lines
        assert plan.signer and plan.signer.full_name


def test_evidence_files_are_in_the_data_folder_with_their_hash(demo_dir: Path, demo_store) -> None:
    from desktop.fsutil import sha256_file

    with demo_store.session() as s:
        evs = [ev for t in s.scalar(select(Plan)).tasks for ev in t.evidence if ev.stored_name]
        assert evs
        for ev in evs:
            p = demo_dir / "evidence" / ev.stored_name
            assert p.is_file() and sha256_file(p) == ev.sha256
