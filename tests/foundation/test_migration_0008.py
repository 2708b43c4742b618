"""Schema 0008: a city submission points at its receipt, which keeps the data JSON once.

A store made at 0006 holds submissions in every case the upgrade meets (a receipt with its
data, one without, none at all, only a rejected one, two of them, one under another key epoch
or another plan, a receipt whose copy was edited); after the upgrade each submission's data is
its receipt's, byte for byte, the audit trail and the city's check find nothing, and the
downgrade gives every submission its data back. On SQLite and on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from desktop.store import open_store
from desktop.store.database import alembic_config
from tests.helpers import deflate_functions

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stores"
T0 = dt.datetime(2026, 3, 1, 8, 0, 0)


def _data(code: str, revision: int, note: str) -> str:
    """A data JSON as a package carries it (canonical: sorted keys, non-ASCII kept)."""
    d = {
        "unit": {"code": code, "name": f"Xã Thử {code}", "level": "commune"},
        "plan": {"subject": "Kế hoạch chuyển đổi số", "state": "issued", "template_id": "hp", "template_version": 1},
        "tasks": [],
        "targets": [],
        "note": f"{note} – lần {revision} “ngoặc kép” ắ",
        "audit": ["x" * 500] * 20,  # a plan's data is mostly its audit trail
    }
    return json.dumps(d, ensure_ascii=False, sort_keys=True)


def _sha(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


# (unit, year, plan_key, epoch, revision) of each submission, its data, and the receipts beside it
CASES: dict[str, dict[str, Any]] = {
    "kept": {"code": "10001", "receipts": [(1, "old", 0, None), (2, "same", 0, None)], "revision": 2},
    "data-null": {"code": "10002", "receipts": [(1, "null", 0, None)], "revision": 1},
    "none": {"code": "10003", "receipts": [], "revision": 1},
    "only-rejected": {"code": "10004", "receipts": [(1, "same", 0, T0)], "revision": 1},
    "two": {"code": "10005", "receipts": [(1, "same", 0, None), (1, "null", 0, None)], "revision": 1},
    "other-epoch": {"code": "10006", "receipts": [(1, "same", 0, None)], "revision": 1, "epoch": 1},
    "other-plan": {"code": "10007", "receipts": [(1, "same", 0, None)], "revision": 1, "plan_key": "p2"},
    "edited-receipt": {"code": "10008", "receipts": [(1, "edited", 0, None)], "revision": 1},
}


def _exec(con: Any, sql: str, **params: Any) -> Any:
    return con.execute(text(sql), params)


def _make_0006(url: str) -> dict[str, str]:
    """A city store at schema 0006 with a submission of each case; returns unit -> its data."""
    eng = create_engine(url)
    subs: dict[str, str] = {}
    try:
        with eng.begin() as con:
            cfg = alembic_config()
            cfg.attributes["connection"] = con
            command.upgrade(cfg, "0006")
        with eng.begin() as con:
            for key, value in (("role", "city"), ("province_code", "31")):
                _exec(con, "INSERT INTO settings (key, value) VALUES (:k, :v)", k=key, v=value)
            for n, (name, case) in enumerate(CASES.items()):
                code, rev, epoch = case["code"], case["revision"], case.get("epoch", 0)
                data = _data(code, rev, name)
                subs[code] = data
                for r_rev, kind, r_epoch, rejected in case["receipts"]:
                    stored = {
                        "old": _data(code, r_rev, "cũ"),
                        "same": data,
                        "null": None,
                        "edited": data.replace("ngoặc", "NGOẶC"),
                    }[kind]
                    sha = _sha(_data(code, r_rev, "cũ")) if kind == "old" else _sha(data)
                    _exec(
                        con,
                        "INSERT INTO city_receipts (unit_code, year, plan_key, revision, outcome, created_at, "
                        "received_at, file_name, data_sha256, key_epoch, file_sha256, key_fingerprint, data, "
                        "rejected_at, reject_reason) VALUES (:c, 2025, '', :r, 'new', :t, :t, :f, :sha, :e, "
                        ":fs, 'fp', :d, :rej, :why)",
                        c=code,
                        r=r_rev,
                        t=T0 + dt.timedelta(hours=n),
                        f=f"{code}-{r_rev}.khcds",
                        sha=sha,
                        e=r_epoch,
                        fs="f" * 64,
                        d=stored,
                        rej=rejected,
                        why="thử" if rejected else None,
                    )
                _exec(
                    con,
                    "INSERT INTO city_submissions (unit_code, year, plan_key, kind, issuer, plan_title, report_rules, "
                    "revision, unit_name, level, template_key, template_version, plan_state, program_version, "
                    "created_at, first_created_at, received_at, file_name, file_sha256, data_sha256, "
                    "key_fingerprint, data, key_epoch, first_received_at) VALUES (:c, 2025, :pk, 'hang_nam', "
                    "'ubnd', 'Kế hoạch', '[]', :r, :name, 'commune', 'hp', 1, 'issued', '1.0', :t, :t, :t, :f, "
                    ":fs, :sha, 'fp', :d, :e, :t)",
                    c=code,
                    pk=case.get("plan_key", ""),
                    r=rev,
                    name=f"Xã Thử {code}",
                    t=T0 + dt.timedelta(hours=n, minutes=5),
                    f=f"{code}-{rev}.khcds",
                    fs="e" * 64,
                    sha=_sha(data),
                    d=data,
                    e=epoch,
                )
            # the receipts above were made before this program chained each row's state
            top = _exec(con, "SELECT max(id) FROM city_receipts").scalar()
            _exec(
                con,
                "INSERT INTO settings (key, value) VALUES ('audit_state_baseline', :v)",
                v=json.dumps({"city_receipts": top}),
            )
    finally:
        eng.dispose()
    return subs


def _receipts(url: str) -> list[dict[str, Any]]:
    eng = create_engine(url)
    try:
        with eng.connect() as con:
            return [dict(r) for r in _exec(con, "SELECT * FROM city_receipts ORDER BY id").mappings()]
    finally:
        eng.dispose()


def _upgrade_and_check(tmp_path: Path, url: str, pg: bool) -> None:
    from sqlalchemy import select

    from desktop.models.city import CityReceipt, CitySubmission
    from desktop.services.city import verify_city
    from desktop.store.audit import verify_chain, verify_head, verify_state

    sent = _make_0006(url)
    before = _receipts(url)
    store = open_store(tmp_path / "data", url=url) if pg else open_store(tmp_path / "data")
    try:
        with store.session() as s:
            subs = s.scalars(select(CitySubmission).order_by(CitySubmission.id)).all()
            assert len(subs) == len(CASES)
            for sub in subs:
                r = sub.receipt
                # no data JSON lost: the submission's data is its receipt's, byte for byte
                assert sub.data == sent[sub.unit_code]
                assert r.data == sent[sub.unit_code]
                assert (r.unit_code, r.year, r.plan_key, r.key_epoch, r.revision, r.data_sha256) == (
                    sub.unit_code,
                    sub.year,
                    sub.plan_key,
                    sub.key_epoch,
                    sub.revision,
                    sub.data_sha256,
                )
                assert r.rejected_at is None
            by_code = {x.unit_code: x for x in subs}
            old_ids = {r["id"] for r in before}
            made = {code for code, x in by_code.items() if x.receipt_id not in old_ids}
            # a receipt is made only where no standing receipt of that revision was kept
            assert made == {"10003", "10004", "10006", "10007"}
            for code in made:
                r = by_code[code].receipt
                assert r.outcome == "new" and r.file_name == f"{code}-1.khcds" and r.file_sha256 == "e" * 64
            # the newest of two matching receipts, given the data it lacked
            two = [r for r in before if r["unit_code"] == "10005"]
            assert by_code["10005"].receipt_id == max(r["id"] for r in two)
            # the receipts kept are all still there; only missing data was filled, an edited copy mended
            after = {r.id: r for r in s.scalars(select(CityReceipt))}
            assert len(after) == len(before) + len(made)
            for r in before:
                now = after[r["id"]].data
                if r["data"] is None:
                    assert now is None or now == sent[r["unit_code"]]
                elif r["unit_code"] == "10008":
                    assert now == sent["10008"] != r["data"]
                else:
                    assert now == r["data"]
            assert verify_chain(s) == [] and verify_head(s) == [] and verify_state(s) == []
            assert verify_city(s) == []
    finally:
        store.close()
    # the downgrade gives each submission its data back
    eng = create_engine(url)
    try:
        with eng.begin() as con:
            if not pg:
                con.exec_driver_sql("PRAGMA foreign_keys=OFF")
            cfg = alembic_config()
            cfg.attributes["connection"] = con
            command.downgrade(cfg, "0006")
        with eng.connect() as con:
            back = dict(_exec(con, "SELECT unit_code, data FROM city_submissions").all())
            assert back == sent
            cols = {c for c in _exec(con, "SELECT * FROM city_submissions").keys()}
            assert "receipt_id" not in cols
    finally:
        eng.dispose()


def test_a_0006_city_store_keeps_every_data_json(tmp_path: Path) -> None:
    db = tmp_path / "data" / "khcds.sqlite3"
    db.parent.mkdir()
    _upgrade_and_check(tmp_path, f"sqlite:///{db}", pg=False)


def test_a_0006_city_store_keeps_every_data_json_on_postgres(tmp_path: Path, pg_url: str) -> None:
    _upgrade_and_check(tmp_path, pg_url, pg=True)


def test_a_0003_city_store_without_a_receipt_upgrades_and_checks(tmp_path: Path, cli) -> None:
    """A receipt lost before the history was kept (0003): its submission gets one, chained in the
    audit trail, and ``khcds check`` finds the store whole."""
    d = tmp_path / "city"
    d.mkdir()
    shutil.copy(FIXTURES / "city" / "0003-city.sqlite3", d / "khcds.sqlite3")
    con = sqlite3.connect(d / "khcds.sqlite3")
    try:
        sent = dict(con.execute("SELECT unit_code, data FROM city_submissions"))
        victim = sorted(sent)[0]
        con.execute("DELETE FROM city_receipts WHERE unit_code = ?", (victim,))
        con.commit()
    finally:
        con.close()
    r = cli("--data-dir", d, "check")
    assert r.code == 0, r.err + r.out
    con = deflate_functions(sqlite3.connect(d / "khcds.sqlite3"))
    try:
        got = dict(
            con.execute(
                "SELECT s.unit_code, inflate(r.data_deflated) FROM city_submissions s "
                "JOIN city_receipts r ON r.id = s.receipt_id"
            )
        )
        entry = con.execute(
            "SELECT a.action, a.reason FROM audit_log a JOIN city_submissions s ON a.entity_id = s.receipt_id "
            "WHERE a.entity = 'city_receipt' AND s.unit_code = ?",
            (victim,),
        ).fetchall()
    finally:
        con.close()
    assert got == sent
    assert entry == [("accept", "lần gửi đang dùng, ghi vào lịch sử khi nâng cấp dữ liệu")]
    r = cli("--data-dir", d, "city", "show", victim, "--year", "2024", "--json")
    assert r.code == 0, r.err
    assert json.loads(r.out)["history"][-1]["current"]


@pytest.mark.parametrize("edit", ["receipt-data", "link"])
def test_the_check_names_a_broken_link(tmp_path: Path, cli, edit: str) -> None:
    """After the upgrade, a submission whose receipt was edited, or which points at another
    revision's receipt, is named by ``khcds check``."""
    d = tmp_path / "city"
    d.mkdir()
    shutil.copy(FIXTURES / "city" / "0003-city.sqlite3", d / "khcds.sqlite3")
    assert cli("--data-dir", d, "check").code == 0
    con = deflate_functions(sqlite3.connect(d / "khcds.sqlite3"))
    try:
        if edit == "receipt-data":
            con.execute(
                "UPDATE city_receipts SET data_deflated = "
                "replace_deflated(data_deflated, '\"adopted\":true', '\"adopted\":false') "
                "WHERE id = (SELECT min(receipt_id) FROM city_submissions)"
            )
        else:  # two submissions swap receipts
            a, b = con.execute("SELECT id, receipt_id FROM city_submissions ORDER BY id LIMIT 2").fetchall()
            con.execute("UPDATE city_submissions SET receipt_id = ? WHERE id = ?", (b[1], a[0]))
            con.execute("UPDATE city_submissions SET receipt_id = ? WHERE id = ?", (a[1], b[0]))
        con.commit()
    finally:
        con.close()
    r = cli("--data-dir", d, "check")
    assert r.code == 1
    want = "đã bị sửa trong tệp dữ liệu" if edit == "receipt-data" else "không khớp lần gửi nào thành phố đã nhận"
    assert want in r.err + r.out, r.err + r.out
