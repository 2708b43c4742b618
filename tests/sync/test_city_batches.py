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

    def executed(_conn, _cur, statement, params, _ctx, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("INSERT INTO CITY_RECEIPTS"):
            assert statement.count("?") <= 16, "one row a statement (RETURNING each id)"
            open_receipts[0] += len(params) if isinstance(params, list) else 1  # executemany: one per row

    def committed(_conn) -> None:  # type: ignore[no-untyped-def]
        if open_receipts[0]:
            seen.append(open_receipts[0])
        open_receipts[0] = 0

    def rolled_back(_conn) -> None:  # type: ignore[no-untyped-def]
        open_receipts[0] = 0

    event.listen(store.engine, "after_cursor_execute", executed)
    event.listen(store.engine, "commit", committed)
    event.listen(store.engine, "rollback", rolled_back)
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


def test_a_file_failing_mid_batch_is_refused_alone(city_store, packages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The fifth file fails while it is turned into rows: nothing of it (receipt, submission,
    key, audit entries) is written, and the nine others (the same transaction) are all kept."""
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
    assert seen == [9]  # one transaction, without the victim
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


def test_a_database_failure_rolls_the_batch_back_and_writes_file_by_file(city_store, packages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The database refuses one file's receipt (a trigger stands for a full disk or a broken
    index): the batch's statements fail, nothing of the batch stays half-written, and its files
    are written again one transaction each: the nine land, the victim alone is refused, named."""
    from desktop.sync import city

    monkeypatch.setattr(city, "BATCH_FILES", 64)
    monkeypatch.setattr(city.time, "sleep", lambda _s: None)  # the per-file retries, without waiting
    items = city.preview(city_store, packages)
    order = sorted((it for it in items if it.outcome.applies), key=lambda i: (i.unit_code, i.year, i.revision))
    victim = order[4].unit_code
    db = city_store.data.db
    con = sqlite3.connect(db)
    con.execute(
        f"CREATE TRIGGER refuse_one BEFORE INSERT ON city_receipts WHEN NEW.unit_code = '{victim}' "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    con.commit()
    con.close()
    seen = commits(city_store)
    done = city.apply(city_store, items)
    assert seen == [1] * 9  # after the failed batch: one transaction per file
    assert {it.unit_code for it in done} == {it.unit_code for it in order} - {victim}
    bad = next(it for it in items if it.unit_code == victim)
    assert bad.outcome is city.Outcome.REFUSED and not bad.applied
    assert bad.message and "Traceback" not in bad.message and "disk full" not in bad.message
    assert victim in bad.line() and bad.path.name in bad.line()
    assert rows(db, f"SELECT count(*) FROM city_submissions WHERE unit_code = '{victim}'") == [(0,)]
    assert rows(db, f"SELECT public_key FROM city_units WHERE code = '{victim}'") == [(None,)]
    assert rows(db, "SELECT count(*) FROM city_submissions") == [(9,)]
    assert rows(db, "SELECT count(*) FROM audit_log WHERE action IN ('trust', 'accept')") == [(18,)]
    from desktop.store.audit import verify_chain, verify_head, verify_state

    with city_store.session() as s:
        assert verify_chain(s) == [] and verify_head(s) == [] and verify_state(s) == []


SAME_COLUMNS = {
    "city_submissions": "unit_code, year, plan_key, revision, unit_name, kind, issuer, plan_title, plan_start, "
    "plan_end, report_rules, level, template_key, template_version, plan_state, program_version, created_at, "
    "first_created_at, file_name, file_sha256, data_sha256, key_fingerprint, key_epoch, "
    "(SELECT r.data_deflated FROM city_receipts r WHERE r.id = city_submissions.receipt_id)",
    "city_receipts": "unit_code, year, plan_key, revision, outcome, created_at, file_name, data_sha256, key_epoch, "
    "file_sha256, key_fingerprint, data_deflated, rejected_at",
    "city_tasks": "unit_code, year, template_ref, pillar, content, status, percent, finish_end, flagged",
    "city_targets": "unit_code, year, level, target_key, text, unit, direction, city_value, value, latest_value, "
    "latest_num, latest_period, met",
    "city_units": "code, public_key, key_fingerprint, key_epoch",
    "audit_log": "entity, action, field, old, new, reason",
}


def test_batch_writes_the_same_rows_as_file_by_file(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Revisions 1 and 2 of some units in one batch (the second replaces the first within the
    batch) and a revision 3 in the next batch: the rows written together are those the file by
    file way writes (the ORM, one transaction a file)."""
    import random

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from benchmarks.gen_packages import base_data, vary, write_package
    from desktop.models import directory
    from desktop.services import city as city_service
    from desktop.store import open_store
    from desktop.store.audit import verify_chain, verify_head, verify_state
    from desktop.sync import city

    rnd = random.Random(5)
    base = base_data(2024)
    files = []
    for n, u in enumerate(directory.units(31)[:10]):
        key = Ed25519PrivateKey.generate()  # one unit, one key: its revisions replace each other
        for revision in range(1, 4 if n < 2 else 3 if n < 4 else 2):
            files.append(write_package(tmp_path / f"r{revision}", vary(base, u, rnd), revision, rnd, key))
    monkeypatch.setattr(city, "BATCH_FILES", 8)
    monkeypatch.setattr(city, "BATCH_SECONDS", 3600.0)
    stores = {}
    for way in ("batch", "alone"):
        if way == "alone":

            def fail(_s, _ready):  # type: ignore[no-untyped-def]
                raise city.OperationalError("INSERT", {}, Exception("database is locked"))

            monkeypatch.setattr(city, "_write_many", fail)
        st = open_store(tmp_path / way, daily_backups=False)
        city_service.init_city(st, "31")
        items = city.preview(st, files)
        assert sum(1 for it in items if it.outcome.applies) == len(files)
        done = city.apply(st, items)
        assert len(done) == len(files)
        with st.session() as s:
            assert verify_chain(s) == [] and verify_head(s) == [] and verify_state(s) == []
        stores[way] = st.data.db
        st.close()
    for table, cols in SAME_COLUMNS.items():
        order = "id" if table == "audit_log" else cols
        got = {way: rows(db, f"SELECT {cols} FROM {table} ORDER BY {order}") for way, db in stores.items()}
        assert got["batch"] == got["alone"], table
        assert got["batch"], table
    # on time: each plan's first reception is its first receipt's
    for db in stores.values():
        assert rows(
            db,
            "SELECT count(*) FROM city_submissions s WHERE s.first_received_at != (SELECT min(r.received_at) "
            "FROM city_receipts r WHERE r.unit_code = s.unit_code AND r.year = s.year AND r.plan_key = s.plan_key)",
        ) == [(0,)]
        # each plan's data is kept once: by the receipt of its current revision, which it points at
        assert rows(
            db,
            "SELECT count(*) FROM city_submissions s JOIN city_receipts r ON r.id = s.receipt_id "
            "WHERE r.unit_code = s.unit_code AND r.year = s.year AND r.plan_key = s.plan_key "
            "AND r.revision = s.revision AND r.data_sha256 = s.data_sha256 AND r.rejected_at IS NULL "
            "AND r.data_deflated IS NOT NULL",
        ) == rows(db, "SELECT count(*) FROM city_submissions")
    assert rows(stores["batch"], "SELECT count(*) FROM city_submissions") == [(10,)]
    assert rows(stores["batch"], "SELECT max(revision) FROM city_submissions") == [(3,)]
