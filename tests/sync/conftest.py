"""Fixtures for sync: three demo communes of Hải Phòng with their packages, and a city folder."""

from __future__ import annotations

import gc
import hashlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

COMMUNES = ["11629", "10660", "11674"]  # Xã An Lão, Phường Ái Quốc, Xã An Hưng
OTHER_PROVINCE = "09877"  # Xã An Khánh, Hà Nội


@dataclass
class World:
    root: Path
    units: dict[str, Path]  # unit code -> data folder
    packages: dict[str, Path]  # unit code -> revision 1 package
    outsider: Path  # a package from a commune of another province


def _make_unit(root: Path, code: str) -> Path:
    from desktop.services.demo import run_demo
    from desktop.store import open_store

    d = root / f"unit-{code}"
    s = open_store(d)
    run_demo(s, unit_code=code)
    s.checkpoint()
    s.close()
    return d


def _export(d: Path, out: Path, **kw: Any) -> Path:
    from desktop.store import open_store
    from desktop.sync.package import export_plan

    s = open_store(d)
    try:
        return export_plan(s, 2024, out, **kw).path
    finally:
        s.checkpoint()
        s.close()


@pytest.fixture(scope="session")
def _world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("sync-world")
    inbox = root / "inbox"
    inbox.mkdir()
    units = {c: _make_unit(root, c) for c in COMMUNES}
    packages = {c: _export(d, inbox) for c, d in units.items()}
    other = _make_unit(root, OTHER_PROVINCE)
    outsider = _export(other, root)
    return World(root, units, packages, outsider)


@pytest.fixture
def world(_world: World, tmp_path: Path) -> World:
    """Copies of the unit folders (so a test may export again) and their first packages."""
    units = {}
    for c, d in _world.units.items():
        units[c] = tmp_path / d.name
        shutil.copytree(d, units[c])
    return World(_world.root, units, dict(_world.packages), _world.outsider)


@pytest.fixture
def export_again() -> Callable[..., Path]:
    return _export


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def city_dir(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """An empty city folder for Hải Phòng: its store on SQLite, or on a PostgreSQL server
    (the folder's ``database.url`` names it, as a city office's shared store does)."""
    from desktop.services import city
    from desktop.store import open_store

    d = tmp_path / "city"
    if request.param == "postgresql":
        from tests.pg import new_database

        url = new_database(request.getfixturevalue("pg_server"))
        d.mkdir()
        (d / "database.url").write_text(url + "\n", encoding="utf-8")
    s = open_store(d)
    city.init_city(s, "31")
    s.checkpoint()
    s.close()
    return d


def db_digest(d: Path) -> str:
    """The city database file's SHA-256 after every pending write has reached it; on a
    PostgreSQL store, the SHA-256 of every row of every table in primary-key order."""
    from desktop.store import open_store

    if (d / "database.url").exists():
        return _pg_digest(d)
    gc.collect()
    s = open_store(d)
    s.checkpoint()
    s.close()
    gc.collect()
    assert not (d / "khcds.sqlite3-wal").exists() or (d / "khcds.sqlite3-wal").stat().st_size == 0
    return hashlib.sha256((d / "khcds.sqlite3").read_bytes()).hexdigest()


def _pg_digest(d: Path) -> str:
    from sqlalchemy import select

    from desktop.models.orm import Base
    from desktop.store import open_store

    s = open_store(d, daily_backups=False)
    h = hashlib.sha256()
    try:
        with s.engine.connect() as con:
            for name in sorted(Base.metadata.tables):
                t = Base.metadata.tables[name]
                for row in con.execute(select(t).order_by(*t.primary_key.columns)):
                    h.update(repr((name, tuple(row))).encode("utf-8"))
    finally:
        s.close()
    return h.hexdigest()


@pytest.fixture
def digest() -> Callable[[Path], str]:
    return db_digest
