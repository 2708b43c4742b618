"""Schema 0009: a city receipt keeps its revision's data JSON as the unit's package held it (raw
DEFLATE, a tenth of the text), and the status and task aggregates read the task index alone."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from desktop.models.city import inflate

A = "11629"
sqlite_only = pytest.mark.parametrize("city_dir", ["sqlite"], indirect=True)


def _receipts(d: Path) -> list[tuple[bytes, str]]:
    con = sqlite3.connect(d / "khcds.sqlite3")
    try:
        return con.execute("SELECT data_deflated, data_sha256 FROM city_receipts ORDER BY id").fetchall()
    finally:
        con.close()


@sqlite_only
def test_a_receipt_keeps_the_packages_own_deflated_data(city_dir, world, cli) -> None:
    pkg = world.packages[A]
    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", pkg).code == 0
    [(stored, sha)] = _receipts(city_dir)
    text = zipfile.ZipFile(pkg).read("data.json")
    assert stored in pkg.read_bytes()  # the very bytes the unit signed the hash of, not a copy made here
    assert inflate(stored).encode("utf-8") == text
    assert len(stored) * 4 < len(text)
    shown = json.loads(cli("--data-dir", city_dir, "city", "show", A, "--year", "2024", "--json").out)
    assert shown["data"] == json.loads(text)
    assert cli("--data-dir", city_dir, "check").code == 0


@sqlite_only
def test_a_package_whose_zip_stores_the_data_uncompressed_is_kept_deflated(city_dir, world, cli, tmp_path) -> None:
    """Another program's ZIP (members stored, not deflated): still signed and whole, so accepted;
    the city deflates the data itself."""
    src = world.packages[A]
    plain = tmp_path / src.name
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(plain, "w", compression=zipfile.ZIP_STORED) as out:
        for info in z.infolist():
            out.writestr(zipfile.ZipInfo(info.filename, date_time=info.date_time), z.read(info))
    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", plain).code == 0
    [(stored, _sha)] = _receipts(city_dir)
    text = zipfile.ZipFile(src).read("data.json")
    assert inflate(stored).encode("utf-8") == text and len(stored) * 4 < len(text)
    assert cli("--data-dir", city_dir, "check").code == 0


@sqlite_only
def test_status_and_task_aggregates_read_the_task_index_alone(city_dir, world, cli) -> None:
    """Over 3,321 units the task rows are some 190,000: read from the covering index, never the
    rows themselves (whose task texts make them wide)."""
    from sqlalchemy import event

    from desktop.services import city
    from desktop.store import open_store

    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", *world.packages.values()).code == 0
    store = open_store(city_dir)
    seen: list[tuple[str, object]] = []

    def executed(_conn, _cur, statement, params, _ctx, _many) -> None:  # type: ignore[no-untyped-def]
        if "FROM city_tasks" in statement:
            seen.append((statement, params))

    event.listen(store.engine, "before_cursor_execute", executed)
    try:
        city.status(store, 2024)
        city.task_aggregates(store, 2024)
    finally:
        event.remove(store.engine, "before_cursor_execute", executed)
        store.close()
    assert len(seen) == 3
    con = sqlite3.connect(city_dir / "khcds.sqlite3")
    try:
        for statement, params in seen:
            plan = " | ".join(row[3] for row in con.execute("EXPLAIN QUERY PLAN " + statement, params))  # type: ignore[arg-type]
            task_steps = [step for step in plan.split(" | ") if "city_tasks" in step]
            assert task_steps and all("COVERING INDEX ix_city_tasks_cover" in step for step in task_steps), plan
    finally:
        con.close()


@sqlite_only
def test_no_item_keeps_its_data_after_the_import(city_dir, world) -> None:
    """Memory stays flat over thousands of files: an item applied, or only previewed, holds its
    package's identity, never its data in any form."""
    from desktop.services import city
    from desktop.store import open_store

    store = open_store(city_dir)
    try:
        items = city.preview(store, list(world.packages.values()))
        assert all(it.package and not (it.package.data or it.package.data_bytes) for it in items)
        done = city.apply(store, items, confirm_new_keys=True)
    finally:
        store.close()
    assert len(done) == len(world.packages)
    for it in items:
        pkg = it.package
        assert pkg is not None and not (pkg.data or pkg.data_bytes or pkg.data_deflated), it.path


@pytest.mark.parametrize("city_dir", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
def test_a_large_import_refreshes_a_server_stores_statistics(city_dir, world, monkeypatch) -> None:
    """PostgreSQL plans the status and aggregates asked for right after a large import with
    the tables' new statistics, not those of empty tables."""
    from sqlalchemy import text

    from desktop.services import city
    from desktop.store import open_store
    from desktop.sync import city as city_import

    monkeypatch.setattr(city_import, "ANALYZE_AFTER", len(world.packages))  # "large": every file here
    store = open_store(city_dir)
    try:
        items = city.preview(store, list(world.packages.values()))
        assert len(city.apply(store, items, confirm_new_keys=True)) == len(world.packages)
        with store.engine.connect() as con:
            analyzed = dict(
                con.execute(
                    text(
                        "SELECT relname, last_analyze IS NOT NULL FROM pg_stat_user_tables "
                        "WHERE relname IN ('city_tasks', 'city_targets', 'city_submissions')"
                    )
                ).all()
            )
    finally:
        store.close()
    assert analyzed == {"city_tasks": True, "city_targets": True, "city_submissions": True}
