"""Round trip: demo communes export, the city imports; status, aggregates and tables show their data."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import stat
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.errors import UserError

COMMUNES = ["11629", "10660", "11674"]


def _store(d):
    from desktop.store import open_store

    return open_store(d)


def test_key_made_once_private_and_readable(world):
    from desktop.paths import DataDir
    from desktop.sync import keys

    d = DataDir.resolve(world.units["11629"])
    fp = keys.folder_fingerprint(d)
    assert fp == keys.folder_fingerprint(d)
    groups = fp.split(" ")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    if os.name == "posix":
        assert stat.S_IMODE(keys.key_path(d).stat().st_mode) == 0o600


def test_export_manifest_and_history(world, export_again, tmp_path, cli):
    from desktop.sync.package import read_package

    d = world.units["11629"]
    p1 = read_package(world.packages["11629"])
    assert p1.revision == 1 and p1.unit_code == "11629" and p1.year == 2024
    assert p1.manifest["template"] == {"id": "hp-325-2024", "version": 1}
    assert set(p1.manifest["parts"]) == {"data.json"}
    p2 = export_again(d, tmp_path, with_evidence=True)
    pkg = read_package(p2)
    assert pkg.revision == 2 and pkg.evidence_parts  # evidence files travel when asked
    r = cli("--data-dir", d, "exports", "--json")
    hist = json.loads(r.out)
    assert [h["revision"] for h in hist] == [1, 2]
    assert Path(hist[1]["file_name"]).name == p2.name
    r = cli("--data-dir", d, "key")
    assert pkg.fingerprint in r.out


def test_export_is_atomic(world, tmp_path, monkeypatch):
    """A crash while writing leaves no file and no recorded revision."""
    import zipfile

    from desktop.sync import package

    s = _store(world.units["11629"])
    out = tmp_path / "x.khcds"

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", boom)
    with pytest.raises(UserError):
        package.export_plan(s, 2024, out)
    monkeypatch.undo()
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".x.khcds")]
    assert [h["revision"] for h in package.export_history(s)] == [1]
    r = package.export_plan(s, 2024, out)
    assert r.revision == 2 and out.exists()
    s.close()


def test_round_trip_status_aggregates(city_dir, world, cli, digest):
    from desktop.services import city
    from desktop.sync.package import read_package

    before = digest(city_dir)
    r = cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", *world.packages.values())
    assert r.code == 0, r.out + r.err
    assert r.out.count(": Mới") == 3
    for c in COMMUNES:  # trust on first use: the fingerprint is shown
        assert read_package(world.packages[c]).fingerprint in r.out
    assert digest(city_dir) != before

    r = cli("--data-dir", city_dir, "city", "status", "--year", "2024", "--json", "--today", "2024-12-20")
    rep = json.loads(r.out)
    assert rep["deadline"] == "2024-12-15" and len(rep["units"]) == 114
    sent = {u["code"]: u for u in rep["units"] if u["status"] != "missing"}
    assert set(sent) == set(COMMUNES)
    assert rep["counts"]["missing"] == 111
    assert all(u["overdue"] for u in rep["units"] if u["status"] == "missing")

    s = _store(city_dir)
    pkgs = {c: read_package(world.packages[c]) for c in COMMUNES}
    for c, p in pkgs.items():
        adopted = [t for t in p.data["tasks"] if t["adopted"]]
        assert sent[c]["tasks"] == len(adopted)
        assert sent[c]["done"] == sum(t["status"] == "done" for t in adopted)
        assert sent[c]["revision"] == 1
    # targets across units: count, met, min/max equal the packages' latest measurements
    aggs = {(a.key, a.level): a for a in city.target_aggregates(s, 2024)}
    for g in pkgs["11629"].data["targets"]:
        a = aggs[(g["template_ref"], "commune")]
        latest = []
        for p in pkgs.values():
            tg = next(x for x in p.data["targets"] if x["template_ref"] == g["template_ref"])
            ms = sorted(tg["measurements"], key=lambda m: m["period"])
            latest.append((Decimal(ms[-1]["value"]), Decimal(tg["city_value"])))
        assert a.units == 3 and a.measured == 3
        assert a.lowest == min(v for v, _ in latest) and a.highest == max(v for v, _ in latest)
        assert a.met == sum(v >= c for v, c in latest)
        assert a.average == pytest.approx(sum(float(v) for v, _ in latest) / 3)
    # tasks by status per pillar add up to every adopted task
    pillars = city.task_aggregates(s, 2024, dt.date(2024, 7, 1))
    assert sum(p.tasks for p in pillars) == sum(sum(t["adopted"] for t in p.data["tasks"]) for p in pkgs.values())
    done = sum(p.by_status[city.TaskStatus.DONE] for p in pillars)
    assert done == sum(sum(t["adopted"] and t["status"] == "done" for t in p.data["tasks"]) for p in pkgs.values())
    # drill-down: the unit's plan as sent and its history
    d = city.unit_detail(s, "10660", 2024)
    assert d.data == pkgs["10660"].data and d.history[0]["revision"] == 1
    s.close()


def test_reimport_same_files_changes_nothing(city_dir, world, cli, digest):
    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", *world.packages.values()).code == 0
    before = digest(city_dir)
    r = cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", world.root / "inbox")  # a folder this time
    assert r.code == 0
    assert r.out.count("Trùng, không đổi") == 3
    assert digest(city_dir) == before


def test_newer_replaces_older_ignored(city_dir, world, cli, export_again, tmp_path, digest):
    from desktop.services import city
    from desktop.services import plans as psvc
    from desktop.services import units as usvc

    a = world.units["11629"]
    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", world.packages["11629"]).code == 0
    # the unit finishes a task and exports again
    s = _store(a)
    with s.transaction() as ss:
        plan = psvc.get_plan(ss, usvc.current_unit(ss), 2024)
        t = next(t for t in plan.tasks if t.adopted and t.status.value != "done")
        t.status, t.percent = type(t.status)("done"), 100
        content = t.content
    s.close()
    r2 = export_again(a, tmp_path)
    r = cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", r2)
    assert r.code == 0 and "Bản mới hơn" in r.out and "thay lần gửi 1" in r.out
    cs = _store(city_dir)
    d = city.unit_detail(cs, "11629", 2024)
    assert d.submission["revision"] == 2
    assert next(x for x in d.data["tasks"] if x["content"] == content)["status"] == "done"
    assert [h["revision"] for h in d.history] == [1, 2]
    cs.close()
    before = digest(city_dir)
    r = cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", world.packages["11629"])
    assert r.code == 0 and "Bản cũ hơn, bỏ qua" in r.out and "đã có lần gửi 2" in r.out
    assert digest(city_dir) == before


def test_two_revisions_in_one_batch(city_dir, world, export_again, tmp_path, cli):
    r2 = export_again(world.units["10660"], tmp_path)
    r = cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", r2, world.packages["10660"])
    assert r.code == 0
    assert "10660-2024-r001.khcds: Mới" in r.out and "10660-2024-r002.khcds: Bản mới hơn" in r.out
    rep = json.loads(cli("--data-dir", city_dir, "city", "status", "--year", "2024", "--json").out)
    assert next(u for u in rep["units"] if u["code"] == "10660")["revision"] == 2


def test_conflict_same_revision_other_content(city_dir, world, cli, digest, tmp_path):
    from tests.sync.pkgtools import repack, unit_key

    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", world.packages["11629"]).code == 0
    before = digest(city_dir)

    def change(d):
        d["tasks"][0]["percent"] = 55 if d["tasks"][0]["percent"] != 55 else 56
        d["tasks"][0]["status"] = "in_progress"

    p = repack(world.packages["11629"], tmp_path / "c.khcds", unit_key(world.units["11629"]), data=change)
    r = cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", p)
    assert r.code == 1 and "Xung đột" in r.out
    assert digest(city_dir) == before


def test_trust_reset_and_announced_fingerprint(city_dir, world, cli, export_again, tmp_path):
    from desktop.sync.package import read_package

    a = world.units["11629"]
    # the city wrote down a fingerprint read over the phone: a package with another key is refused
    r = cli(
        "--data-dir", city_dir, "city", "trust", "11629", "--fingerprint", "0000 1111 2222 3333 4444 5555 6666 7777"
    )
    assert r.code == 0
    r = cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", world.packages["11629"])
    assert r.code == 1 and "khác dấu vân tay đơn vị đã báo" in r.out
    fp = read_package(world.packages["11629"]).fingerprint
    assert cli("--data-dir", city_dir, "city", "trust", "11629", "--reset", "--fingerprint", fp).code == 0
    r = cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", world.packages["11629"])
    assert r.code == 0 and "khóa mới" not in r.out  # announced beforehand: nothing to confirm
    # a reinstalled unit: new key refused until the city resets its trust
    shutil.rmtree(a / "keys")
    p2 = export_again(a, tmp_path)
    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", p2).code == 1
    assert cli("--data-dir", city_dir, "city", "trust", "11629", "--reset").code == 0
    r = cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", p2)
    assert r.code == 0 and "Bản mới hơn" in r.out and "khóa mới" in r.out


def test_status_on_time_late_missing(city_dir, world, cli):
    from desktop.services import city

    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", *world.packages.values()).code == 0
    s = _store(city_dir)
    created = dt.date.today()
    city.set_deadline(s, 2024, created)  # packages made today: on time
    rep = city.status(s, 2024, today=created)
    assert rep.counts()[city.SubmissionStatus.ON_TIME] == 3
    assert not any(u.overdue for u in rep.units)
    city.set_deadline(s, 2024, created - dt.timedelta(days=1))
    rep = city.status(s, 2024, today=created)
    c = rep.counts()
    assert c[city.SubmissionStatus.LATE] == 3 and c[city.SubmissionStatus.MISSING] == 111
    assert rep.units[0].status is city.SubmissionStatus.MISSING and rep.units[0].overdue
    s.close()


def test_city_added_unit_and_init_rules(city_dir, world, cli, tmp_path):
    r = cli("--data-dir", city_dir, "city", "add-unit", "SKHCN", "Sở Khoa học và Công nghệ")
    assert r.code == 0
    units = json.loads(cli("--data-dir", city_dir, "city", "units", "--json").out)
    assert len(units) == 115 and any(u["code"] == "SKHCN" for u in units)
    assert cli("--data-dir", city_dir, "city", "init", "--province", "31").code == 0  # idempotent
    r = cli("--data-dir", city_dir, "city", "init", "--province", "1")
    assert r.code == 1 and "Hải Phòng" in r.err
    r = cli("--data-dir", world.units["11629"], "city", "init", "--province", "31")
    assert r.code == 1 and "đơn vị" in r.err
    r = cli("--data-dir", tmp_path / "plain", "city", "status", "--year", "2024")
    assert r.code == 1 and "city init" in r.err
    r = cli("--data-dir", city_dir, "export", "--year", "2024", "--out", tmp_path / "x.khcds")
    assert r.code == 1


def test_xlsx_tables(city_dir, world, cli, tmp_path):
    from openpyxl import load_workbook

    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", *world.packages.values()).code == 0
    out = tmp_path / "tong-hop.xlsx"
    r = cli("--data-dir", city_dir, "city", "document", "--year", "2024", "--format", "xlsx", "--out", out)
    assert r.code == 0, r.err
    wb = load_workbook(out)
    assert wb.sheetnames == ["Tình hình gửi", "Chỉ tiêu", "Nhiệm vụ theo trụ cột"]
    ws = wb["Tình hình gửi"]
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    assert len(rows) == 114
    assert sum(1 for r in rows if r[4] == 1) == 3
    names = {r[2] for r in rows if r[4] == 1}
    assert names == {"Xã An Lão", "Phường Ái Quốc", "Xã An Hưng"}
    targets = list(wb["Chỉ tiêu"].iter_rows(min_row=4, values_only=True))
    assert targets and all(r[6] == 3 for r in targets)


def test_status_and_aggregates_cover_the_province(city_dir, world, cli):
    """Every expected unit is in the status; the aggregates count only those that sent.
    (Their speed over 3,321 units is measured in benchmarks/bench_city.py, not asserted here.)"""
    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", *world.packages.values()).code == 0
    from desktop.services import city

    s = _store(city_dir)
    try:
        rep = city.status(s, 2024, dt.date(2024, 12, 20))
        assert len(rep.units) == 114
        assert sum(1 for u in rep.units if u.revision) == 3
        pillars = city.task_aggregates(s, 2024, dt.date(2024, 12, 20))
        assert pillars and all(p.tasks > 0 for p in pillars)
        assert city.target_aggregates(s, 2024)
    finally:
        s.close()


def test_fast_schema_check_agrees_with_jsonschema(world):
    """The compiled checker says yes exactly when jsonschema finds no error (on good and bad data)."""
    import copy

    from desktop.sync.package import fast_check, read_package, validator

    data = read_package(world.packages["11629"]).data
    data = json.loads(json.dumps(data, default=str))
    variants = [data]
    for path, value in [
        (("tasks", 0, "percent"), "50"),
        (("tasks", 0, "percent"), 101),
        (("tasks", 0, "percent"), True),
        (("tasks", 0, "status"), "dang"),
        (("budget", 0, "approved"), "1e5"),
        (("targets", 0, "value"), 5),
        (("plan", "year"), 1999),
        (("unit", "code"), "../x"),
        (("tasks", 0, "extra"), 1),
        (("plan", "recipients"), ["a"] * 201),
        (("tasks", 0, "adopted"), 1),
    ]:
        v = copy.deepcopy(data)
        node = v
        for k in path[:-1]:
            node = node[k]
        node[path[-1]] = value
        variants.append(v)
    v = copy.deepcopy(data)
    del v["tasks"][0]["content"]
    variants.append(v)
    for v in variants:
        assert fast_check("export_data")(v) == validator("export_data").is_valid(v)
    assert fast_check("export_data")(variants[0])


def test_file_changed_after_preview_is_not_applied(city_dir, world, tmp_path, digest):
    from desktop.services import city

    p = tmp_path / "a.khcds"
    shutil.copy(world.packages["11629"], p)
    s = _store(city_dir)
    items = city.preview(s, [p])
    assert items[0].outcome is city.Outcome.NEW
    shutil.copy(world.packages["10660"], p)  # swapped on the USB stick meanwhile
    assert city.apply(s, items) == []
    assert items[0].outcome is city.Outcome.REFUSED and "thay đổi sau khi xem trước" in items[0].message
    s.close()
