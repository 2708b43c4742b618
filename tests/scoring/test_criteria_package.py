"""A province publishes its criteria set as a signed package; its communes accept it only from its key."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.services import criteria


def _draft(tmp_path: Path) -> Path:
    src = json.loads((criteria.builtin_dir() / "dti-xa-mau-2026.json").read_text(encoding="utf-8"))
    src.update(
        id="hp-dti-xa-2026",
        title="Bộ chỉ số đánh giá chuyển đổi số cấp xã thành phố Hải Phòng năm 2026",
        issuer="Ủy ban nhân dân thành phố Hải Phòng",
        document="120/QĐ-UBND",
        document_date="2026-02-10",
        province=None,
        rhythm="monthly",
        deadline_day=20,
    )
    f = tmp_path / "hp-dti.json"
    f.write_text(json.dumps(src, ensure_ascii=False), encoding="utf-8")
    return f


def test_publish_then_import_under_the_provinces_key(cli, demo_dir: Path, tmp_path: Path) -> None:
    city = tmp_path / "city"
    assert cli("--data-dir", city, "city", "init", "--province", "31").code == 0
    out = tmp_path / "hp-dti-xa-2026-v1.khcdsc"
    r = cli("--data-dir", city, "criteria", "publish", _draft(tmp_path), "--out", out)
    assert r.code == 0, r.err
    fp = r.out.rsplit("dấu vân tay khóa ký: ", 1)[1].strip()
    cs = criteria.load_file(_draft(tmp_path))
    methods = {c.method.value for c in cs.criteria}
    assert len(methods) == 9 and any(g.kind.value == "bonus" and g.max for g in cs.groups)
    assert any(g.kind.value == "deduction" and g.max for g in cs.groups) and cs.grades

    d = ["--data-dir", demo_dir]  # Xã An Lão, Hải Phòng
    r = cli(*d, "criteria", "import", out)
    assert r.code == 1 and "chưa được tin cậy" in r.out and "Chưa nhập gì" in r.out
    assert "hp-dti-xa-2026" not in cli(*d, "criteria", "list").out
    r = cli(*d, "criteria", "import", out, "--fingerprint", "0000 1111")
    assert r.code == 1 and "khác dấu vân tay khóa" in r.err
    r = cli(*d, "criteria", "import", out, "--fingerprint", fp)
    assert r.code == 0, r.err
    listed = json.loads(cli(*d, "criteria", "list", "--json").out)
    mine = next(x for x in listed if x["id"] == "hp-dti-xa-2026")
    assert mine["rhythm"] == "Hằng tháng" and mine["source"] == "package"
    r = cli(*d, "assess", "set", "--set", "hp-dti-xa-2026", "--period", "2024-11", "1.2", "3")
    assert r.code == 0 and "30 điểm" in r.out

    # another province's key publishes: refused by the commune that trusts Hải Phòng's
    other = tmp_path / "city2"
    assert cli("--data-dir", other, "city", "init", "--province", "31").code == 0
    src = json.loads(_draft(tmp_path).read_text(encoding="utf-8"))
    src["version"] = 2
    f2 = tmp_path / "v2.json"
    f2.write_text(json.dumps(src, ensure_ascii=False), encoding="utf-8")
    forged = tmp_path / "forged.khcdsc"
    assert cli("--data-dir", other, "criteria", "publish", f2, "--out", forged).code == 0
    r = cli(*d, "criteria", "import", forged)
    assert r.code == 1 and "khóa ký khác khóa của tỉnh, thành phố đã tin cậy" in r.err

    # a set published for Hà Nội is refused by a commune of Hải Phòng
    hn = tmp_path / "hn"
    assert cli("--data-dir", hn, "city", "init", "--province", "01").code == 0
    hn_pkg = tmp_path / "hn.khcdsc"
    assert cli("--data-dir", hn, "criteria", "publish", _draft(tmp_path), "--out", hn_pkg).code == 0
    r = cli(*d, "criteria", "import", hn_pkg, "--accept-new-key")
    assert r.code == 1 and "phát hành cho Thành phố Hà Nội" in r.err

    # the city cannot publish a set written for another province
    src["province"] = "01"
    f2.write_text(json.dumps(src, ensure_ascii=False), encoding="utf-8")
    r = cli("--data-dir", city, "criteria", "publish", f2, "--out", tmp_path / "x.khcdsc")
    assert r.code == 1 and "không phải 31 của thành phố này" in r.err


def test_a_changed_built_in_set_must_carry_a_new_version(cli, tmp_path: Path) -> None:
    city = tmp_path / "city"
    assert cli("--data-dir", city, "city", "init", "--province", "31").code == 0
    src = json.loads((criteria.builtin_dir() / "dti-xa-mau-2026.json").read_text(encoding="utf-8"))
    src["title"] = "Bộ chỉ số của thành phố Hải Phòng"
    f = tmp_path / "sua-bo-mau.json"
    f.write_text(json.dumps(src, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "v1.khcdsc"
    r = cli("--data-dir", city, "criteria", "publish", f, "--out", out)
    assert r.code == 1 and "phiên bản mới phải có số lớn hơn" in r.err and not out.exists()
    src["version"] = 2
    f.write_text(json.dumps(src, ensure_ascii=False), encoding="utf-8")
    r = cli("--data-dir", city, "criteria", "publish", f, "--out", out)
    assert r.code == 0, r.err
    listed = json.loads(cli("--data-dir", city, "criteria", "list", "--json").out)
    assert next(x for x in listed if x["id"] == "dti-xa-mau-2026")["version"] == 2
