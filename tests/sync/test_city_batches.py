"""The city import writes its files in batches: one transaction (one commit, one fsync) per
batch, a savepoint per file. A file that fails while it is written is rolled back alone, the
others of its batch are kept; a stop between two files keeps what was written before it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    from benchmarks.gen_packages import generate

    return list(generate(tmp_path_factory.mktemp("batch-pk"), 10, 31, seed=23))


@pytest.fixture
def city_store(tmp_path: Path):  # type: ignore[no-untyped-def]
    from desktop.services import city
    from desktop.store import open_store

    s = open_store(tmp_path / "city", daily_backups=False)
    city.init_city(s, "31")
    yield s
    s.close()


def commits(store) -> list[int]:  # type: ignore[no-untyped-def]
    """For each commit that wrote city receipts: how many it wrote."""
    seen: list[int] = []
    open_receipts = [0]

    def executed(_conn, _cur, statement, _params, _ctx, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("INSERT INTO CITY_RECEIPTS"):
            open_receipts[0] += 1

    def committed(_conn) -> None:  # type: ignore[no-untyped-def]
        if open_receipts[0]:
            seen.append(open_receipts[0])
        open_receipts[0] = 0

    event.listen(store.engine, "after_cursor_execute", executed)
    event.listen(store.engine, "commit", committed)
    return seen


def rows(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_one_commit_per_batch(city_store, packages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.sync import city

    monkeypatch.setattr(city, "BATCH_FILES", 4)
    monkeypatch.setattr(city, "BATCH_SECONDS", 3600.0)
    items = city.preview(city_store, packages)
    seen = commits(city_store)
    db = city_store.data.db
    visible: list[int] = []  # what another program sees before each file: committed batches only

    def progress(done: int, total: int, path: Path) -> None:
        visible.append(rows(db, "SELECT count(*) FROM city_receipts")[0][0])

    done = city.apply(city_store, items, progress=progress)
    assert len(done) == 10 and all(it.applied for it in done)
    assert seen == [4, 4, 2]
    assert visible == [0, 0, 0, 0, 4, 4, 4, 4, 8, 8]
    assert rows(db, "SELECT count(*) FROM city_submissions") == [(10,)]
    assert rows(db, "SELECT count(*) FROM city_receipts") == [(10,)]
    assert city_store.integrity_problems() == []
    from desktop.store.audit import verify_chain

    with city_store.session() as s:
        assert verify_chain(s) == []


def test_a_file_failing_mid_batch_is_rolled_back_alone(city_store, packages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The fifth file fails after its receipt, submission, key and audit entries were written:
    none of them stays, and the nine others (the same transaction) are all kept."""
    from desktop.sync import city

    monkeypatch.setattr(city, "BATCH_FILES", 64)
    items = city.preview(city_store, packages)
    order = sorted((it for it in items if it.outcome.applies), key=lambda i: (i.unit_code, i.year, i.revision))
    victim = order[4].unit_code
    real = city.normalised_rows

    def failing(pkg, submission_id):  # type: ignore[no-untyped-def]
        if pkg.unit_code == victim:
            raise RuntimeError("disk hiccup in the middle of a file")
        return real(pkg, submission_id)

    monkeypatch.setattr(city, "normalised_rows", failing)
    seen = commits(city_store)
    done = city.apply(city_store, items)
    assert seen == [10]  # the victim's receipt was inserted, then rolled back to its savepoint
    assert {it.unit_code for it in done} == {it.unit_code for it in order} - {victim}
    bad = next(it for it in items if it.unit_code == victim)
    assert bad.outcome is city.Outcome.REFUSED and not bad.applied and "Traceback" not in bad.message
    db = city_store.data.db
    assert rows(db, f"SELECT count(*) FROM city_receipts WHERE unit_code = '{victim}'") == [(0,)]
    assert rows(db, f"SELECT count(*) FROM city_submissions WHERE unit_code = '{victim}'") == [(0,)]
    assert rows(db, f"SELECT public_key FROM city_units WHERE code = '{victim}'") == [(None,)]
    assert rows(db, "SELECT count(*) FROM city_submissions") == [(9,)]
    # the unit's key, receipt and submission of the nine: one audit entry each for trust and accept
    assert rows(db, "SELECT count(*) FROM audit_log WHERE action IN ('trust', 'accept')") == [(18,)]
    from desktop.store.audit import verify_chain, verify_head

    with city_store.session() as s:
        assert verify_chain(s) == [] and verify_head(s) == []
    # the next import writes it (and only it)
    monkeypatch.setattr(city, "normalised_rows", real)
    again = city.preview(city_store, packages)
    assert [it.unit_code for it in again if it.outcome.applies] == [victim]
    assert [it.unit_code for it in city.apply(city_store, again)] == [victim]


def test_a_stop_mid_batch_keeps_the_files_before_it(city_store, packages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.sync import city

    monkeypatch.setattr(city, "BATCH_FILES", 64)
    items = city.preview(city_store, packages)

    class Stop(Exception):
        pass

    def progress(done: int, total: int, path: Path) -> None:
        if done == 6:
            raise Stop

    with pytest.raises(Stop):
        city.apply(city_store, items, progress=progress)
    applied = [it for it in items if it.applied]
    assert len(applied) == 6
    # committed: another connection sees exactly those six
    got = {r[0] for r in rows(city_store.data.db, "SELECT unit_code FROM city_submissions")}
    assert got == {it.unit_code for it in applied}


def test_dry_run_and_real_run_agree_across_batches(city_store, packages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.sync import city

    monkeypatch.setattr(city, "BATCH_FILES", 3)
    dry = [(it.path.name, it.outcome, it.message) for it in city.import_paths(city_store, packages, dry_run=True)]
    real = city.import_paths(city_store, packages)
    assert [(it.path.name, it.outcome, it.message) for it in real] == dry
    assert all(it.applied for it in real)
