"""The migrations run as one SQLite transaction. A quicker start reaches them sooner, so a program
stopped early (tests/safety/test_kill.py) now often stops during them: it must leave no half-made
schema behind."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest


def _tables(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    finally:
        con.close()


def test_a_store_stopped_during_its_migrations_holds_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import alembic.command

    from desktop.store import open_store
    from desktop.store.revisions import head_revision

    real = alembic.command.upgrade

    def stopped(cfg, rev):  # type: ignore[no-untyped-def]
        real(cfg, "0002")  # two of the migrations done, then the program dies
        raise KeyboardInterrupt

    monkeypatch.setattr(alembic.command, "upgrade", stopped)
    with pytest.raises(KeyboardInterrupt):
        open_store(tmp_path / "d")
    assert _tables(tmp_path / "d" / "khcds.sqlite3") == []
    monkeypatch.undo()
    store = open_store(tmp_path / "d")  # the next start makes the whole schema
    store.close()
    con = sqlite3.connect(tmp_path / "d" / "khcds.sqlite3")
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    finally:
        con.close()
