"""Issue 16, findings 4, 6 and 8: the city keeps every revision, a submission can be set
aside, a unit's first key is never trusted silently, a forged first package cannot block
the genuine unit, and "on time" is the city's own receipt time."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.sync.pkgtools import repack, unit_key

A = "11629"
B = "10660"
sqlite_only = pytest.mark.parametrize("city_dir", ["sqlite"], indirect=True)


def show(cli, city, code: str = A, *extra: str) -> dict:
    r = cli("--data-dir", city, "city", "show", code, "--year", "2024", "--json", *extra)
    assert r.code == 0, r.err
    return json.loads(r.out)


@sqlite_only
def test_every_revision_kept_and_an_empty_one_does_not_wipe_the_last(city_dir, world, cli, tmp_path) -> None:
    src = world.packages[A]
    key = unit_key(world.units[A])
    r2 = repack(src, tmp_path / "r2.khcds", key, manifest=lambda m: m.update(revision=2))
    r3 = repack(
        src,
        tmp_path / "r3.khcds",
        key,
        manifest=lambda m: m.update(revision=3),
        data=lambda d: d.update(tasks=[], budget=[]),
    )
    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", src, r2, r3).code == 0
    d = show(cli, city_dir)
    assert d["submission"]["revision"] == 3 and d["data"]["tasks"] == []
    assert [(h["revision"], h["current"]) for h in d["history"]] == [(1, False), (2, False), (3, True)]
    # the earlier content is still there, as the unit sent it
    old = show(cli, city_dir, A, "--revision", "2")
    assert old["data"]["tasks"] and old["submission"]["revision"] == 2
    # the empty revision is set aside: the one before it is current again, with its tasks
    r = cli("--data-dir", city_dir, "city", "reject", A, "--revision", "3", "--reason", "Gửi nhầm bản trống")
    assert r.code == 0, r.err
    assert "Lần gửi đang dùng: 2" in r.out
    d = show(cli, city_dir)
    assert d["submission"]["revision"] == 2 and len(d["data"]["tasks"]) == len(old["data"]["tasks"])
    rej = [h for h in d["history"] if h["revision"] == 3][0]
    assert rej["outcome"] == "rejected" and rej["reject_reason"] == "Gửi nhầm bản trống"
    # the audit trail records it, and the rejected file cannot come back in
    audit = json.loads(cli("--data-dir", city_dir, "audit", "--json").out)
    assert any(e["action"] == "reject" and e["reason"] == "Gửi nhầm bản trống" for e in audit)
    r = cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", r3)
    assert r.code == 1 and "đã bị thành phố loại ra" in r.out
    status = json.loads(cli("--data-dir", city_dir, "city", "status", "--year", "2024", "--json").out)
    assert next(u for u in status["units"] if u["code"] == A)["revision"] == 2
    assert cli("--data-dir", city_dir, "check").code == 0
    # rejecting every revision leaves the unit "not sent"
    for n in ("2", "1"):
        assert cli("--data-dir", city_dir, "city", "reject", A, "--revision", n, "--reason", "x").code == 0
    status = json.loads(cli("--data-dir", city_dir, "city", "status", "--year", "2024", "--json").out)
    assert next(u for u in status["units"] if u["code"] == A)["status"] == "missing"
    assert cli("--data-dir", city_dir, "check").code == 0


@sqlite_only
def test_reject_needs_a_reason_and_a_known_revision(city_dir, world, cli) -> None:
    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", world.packages[A]).code == 0
    r = cli("--data-dir", city_dir, "city", "reject", A, "--revision", "7", "--reason", "x")
    assert r.code == 1 and "lần gửi 7" in r.err
    r = cli("--data-dir", city_dir, "city", "reject", A, "--revision", "1", "--reason", "  ")
    assert r.code == 1 and "lý do" in r.err


@sqlite_only
def test_a_first_key_is_held_pending_until_the_phone_check(city_dir, world, cli) -> None:
    from desktop.sync.package import read_package

    pkg = world.packages[A]
    fp = read_package(pkg).fingerprint
    dry = cli("--data-dir", city_dir, "city", "import", "--dry-run", pkg)
    r = cli("--data-dir", city_dir, "city", "import", pkg)
    assert r.code == 0 and "Chờ xác nhận khóa" in r.out and fp in r.out and "Đã nhận 0/1" in r.out
    assert [x for x in dry.out.splitlines() if x.startswith(pkg.name)] == [
        x for x in r.out.splitlines() if x.startswith(pkg.name)
    ]  # the dry run said the same
    assert show(cli, city_dir)["submission"] is None
    pend = json.loads(cli("--data-dir", city_dir, "city", "pending", "--json").out)
    assert [(p["code"], p["revision"], p["fingerprint"]) for p in pend] == [(A, 1, fp)]
    # a wrong fingerprint releases nothing
    r = cli("--data-dir", city_dir, "city", "trust", A, "--fingerprint", "0000 1111 2222 3333 4444 5555 6666 7777")
    assert r.code == 0 and show(cli, city_dir)["submission"] is None
    # the one read over the phone releases the held package
    r = cli("--data-dir", city_dir, "city", "trust", A, "--reset", "--fingerprint", fp)
    assert r.code == 0 and "Mới" in r.out, r.out
    assert show(cli, city_dir)["submission"]["revision"] == 1
    assert json.loads(cli("--data-dir", city_dir, "city", "pending", "--json").out) == []
    assert not list((city_dir / "pending").glob("*.khcds"))
    assert cli("--data-dir", city_dir, "check").code == 0


@sqlite_only
def test_a_forged_first_package_cannot_block_the_genuine_unit(city_dir, world, cli, tmp_path) -> None:
    src = world.packages[A]
    forger = Ed25519PrivateKey.generate()
    forged = repack(
        src,
        tmp_path / "forged.khcds",
        forger,
        manifest=lambda m: m.update(revision=1_000_000_000),
        data=lambda d: [t.update(status="done", percent=100) for t in d["tasks"]] and None,
    )
    # held, not trusted
    r = cli("--data-dir", city_dir, "city", "import", forged)
    assert "Chờ xác nhận khóa" in r.out and show(cli, city_dir)["submission"] is None
    # an official accepts it anyway (skipping the phone check)...
    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", forged).code == 0
    assert show(cli, city_dir)["submission"]["revision"] == 1_000_000_000
    # ...the genuine unit is refused (another key) until the city resets its trust
    assert cli("--data-dir", city_dir, "city", "import", src).code == 1
    assert cli("--data-dir", city_dir, "city", "trust", A, "--reset").code == 0
    r = cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", src)
    assert r.code == 0 and "Bản mới hơn" in r.out, r.out
    d = show(cli, city_dir)
    assert d["submission"]["revision"] == 1 and d["key_fingerprint"] != d["history"][0]["key_fingerprint"]
    # the genuine unit's next revision is accepted in turn
    r2 = repack(src, tmp_path / "r2.khcds", unit_key(world.units[A]), manifest=lambda m: m.update(revision=2))
    assert cli("--data-dir", city_dir, "city", "import", r2).code == 0
    assert show(cli, city_dir)["submission"]["revision"] == 2
    # and the forged submission can be set aside for the record
    assert cli("--data-dir", city_dir, "city", "reject", A, "--revision", "1000000000", "--reason", "Giả mạo").code == 0
    assert show(cli, city_dir)["submission"]["revision"] == 2
    assert cli("--data-dir", city_dir, "check").code == 0


@sqlite_only
def test_on_time_is_the_citys_receipt_time_not_the_senders(city_dir, world, cli, tmp_path) -> None:
    from desktop.services import city
    from desktop.store import open_store

    backdated = repack(
        world.packages[B],
        tmp_path / "backdated.khcds",
        unit_key(world.units[B]),
        manifest=lambda m: m.update(created_at="2001-01-01T00:00:00Z"),
    )
    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", backdated).code == 0
    s = open_store(city_dir)
    try:
        today = dt.date.today()
        city.set_deadline(s, 2024, today - dt.timedelta(days=1))  # the deadline was yesterday
        rep = city.status(s, 2024, today=today)
        u = next(x for x in rep.units if x.code == B)
        assert u.status is city.SubmissionStatus.LATE  # received today, whatever the file says
        assert u.sent_at is not None and u.sent_at.date() >= today - dt.timedelta(days=1)
    finally:
        s.close()


@sqlite_only
def test_a_batch_with_two_revisions_under_a_new_key_holds_both(city_dir, world, cli, tmp_path) -> None:
    src = world.packages[A]
    r2 = repack(src, tmp_path / "r2.khcds", unit_key(world.units[A]), manifest=lambda m: m.update(revision=2))
    r = cli("--data-dir", city_dir, "city", "import", src, r2)
    assert r.out.count("Chờ xác nhận khóa") == 2 and show(cli, city_dir)["submission"] is None
