"""Stores of schema 0003 (before revision history, pending keys and state hashes) upgrade:
the city's current revisions become its first history, and the trail still verifies."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from desktop.store import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stores"


def test_a_0003_city_store_keeps_its_submissions_as_history(tmp_path: Path, cli) -> None:
    from sqlalchemy import select

    from desktop.models.city import CityReceipt, CitySubmission

    d = tmp_path / "city"
    d.mkdir()
    shutil.copy(FIXTURES / "city" / "0003-city.sqlite3", d / "khcds.sqlite3")
    s = open_store(d)
    try:
        with s.session() as ses:
            subs = ses.scalars(select(CitySubmission)).all()
            assert subs and all(x.first_received_at is not None for x in subs)
            receipts = {(r.unit_code, r.year, r.revision): r for r in ses.scalars(select(CityReceipt))}
            for x in subs:
                r = receipts[(x.unit_code, x.year, x.revision)]
                assert r.data == x.data and r.file_sha256 == x.file_sha256 and r.key_epoch == 0
    finally:
        s.close()
    r = cli("--data-dir", d, "check")
    assert r.code == 0, r.err
    code = subs[0].unit_code
    r = cli("--data-dir", d, "city", "show", code, "--year", str(subs[0].year), "--json")
    hist = json.loads(r.out)["history"]
    assert hist and hist[-1]["current"]
    r = cli("--data-dir", d, "city", "reject", code, "--revision", "1", "--reason", "thử")
    assert r.code == 0 and cli("--data-dir", d, "check").code == 0


def test_a_0003_unit_store_verifies_after_the_upgrade(tmp_path: Path) -> None:
    from desktop.store.audit import verify_chain, verify_head, verify_state

    d = tmp_path / "unit"
    d.mkdir()
    shutil.copy(FIXTURES / "0003-demo.sqlite3", d / "khcds.sqlite3")
    s = open_store(d)
    try:
        with s.session() as ses:
            assert verify_chain(ses) == [] and verify_head(ses) == [] and verify_state(ses) == []
    finally:
        s.close()
