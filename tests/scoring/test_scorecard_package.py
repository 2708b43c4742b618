"""Self-assessments travel in the unit's signed export package; the city checks and keeps them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from desktop.services import scorecards
from tests.sync.pkgtools import canonical, read_members, repack, unit_key, write_members

SET = "dti-xa-mau-2026"


def _assess(cli, d: list, period: str, meetings: str, proof: Path) -> None:  # type: ignore[no-untyped-def]
    base = ["assess", "set", "--set", SET, "--period", period]
    assert cli(*d, *base, "1.2", meetings).code == 0
    assert cli(*d, *base, "2.1", "có").code == 0
    r = cli(*d, "assess", "evidence", "--set", SET, "--period", period, "1.2", "--file", proof)
    assert r.code == 0, r.err


def test_export_then_city_import_ranks_and_refuses_tampering(cli, demo_dir: Path, tmp_path: Path) -> None:
    d = ["--data-dir", demo_dir]
    proof = tmp_path / "bien-ban.pdf"
    proof.write_bytes(b"%PDF-1.4 bien ban hop BCD")
    _assess(cli, d, "2024-Q3", "2", proof)
    _assess(cli, d, "2024-Q4", "3", proof)
    pkg = tmp_path / "goi.khcds"
    r = cli(*d, "export", "--year", "2024", "--out", pkg)
    assert r.code == 0, r.err
    members = read_members(pkg)
    data = json.loads(members["data.json"])
    assert [a["period"] for a in data["assessments"]] == ["2024-Q3", "2024-Q4"]
    sha = hashlib.sha256(proof.read_bytes()).hexdigest()
    assert f"evidence/{sha}.pdf" in members  # the proof goes with its self-assessment

    city = tmp_path / "city"
    assert cli("--data-dir", city, "city", "init", "--province", "31").code == 0
    c = ["--data-dir", city]
    # a changed score, re-signed with the unit's own key: refused, named, nothing kept
    forged = repack(
        pkg,
        tmp_path / "forged.khcds",
        unit_key(demo_dir),
        data=lambda x: x["assessments"][1]["score"].update(total="999.00"),
    )
    r = cli(*c, "city", "import", "--accept-new-keys", forged)
    assert "không khớp" in r.out + r.err
    assert (
        cli(*c, "scores", "rank", "--set", SET, "--period", "2024-Q4").out.strip()
        == "Chưa có bản tự chấm nào trong kỳ này"
    )
    # an evidence file replaced, its manifest entry re-hashed and re-signed: refused
    m = read_members(pkg)
    man = json.loads(m["manifest.json"])
    fake = b"%PDF-1.4 mot bien ban khac"
    m[f"evidence/{sha}.pdf"] = fake
    man["parts"][f"evidence/{sha}.pdf"] = {"sha256": hashlib.sha256(fake).hexdigest(), "size": len(fake)}
    key = unit_key(demo_dir)
    mb = canonical(man)
    m["manifest.json"] = mb
    m["manifest.sig"] = key.sign(mb)
    tampered = write_members(tmp_path / "tampered.khcds", m)
    r = cli(*c, "city", "import", "--accept-new-keys", tampered)
    assert r.code != 0 and "tệp đã bị thay đổi" in r.out + r.err
    # the evidence file left out of the package (its entry removed, re-signed): refused, the file named
    m = read_members(pkg)
    man = json.loads(m["manifest.json"])
    del m[f"evidence/{sha}.pdf"]
    del man["parts"][f"evidence/{sha}.pdf"]
    mb = canonical(man)
    m["manifest.json"] = mb
    m["manifest.sig"] = key.sign(mb)
    stripped = write_members(tmp_path / "stripped.khcds", m)
    r = cli(*c, "city", "import", "--accept-new-keys", stripped)
    assert r.code != 0 and "tệp minh chứng bien-ban.pdf không có trong gói" in r.out + r.err
    # the genuine package goes in, and the dry run said so
    r = cli(*c, "city", "import", "--dry-run", "--accept-new-keys", pkg)
    assert r.code == 0, r.out + r.err
    r = cli(*c, "city", "import", "--accept-new-keys", pkg)
    assert r.code == 0, r.out + r.err
    r = cli(*c, "scores", "rank", "--set", SET, "--period", "2024-Q4", "--json")
    ranks = json.loads(r.out)
    from desktop.store import open_store

    st = open_store(demo_dir)
    with st.transaction() as s:
        mine = scorecards.view(s, scorecards.open_assessment(s, SET, "2024-Q4").id)
    st.close()
    assert [(u["code"], u["total"]) for u in ranks] == [("11629", str(mine.total))]
    r = cli(*c, "scores", "trend", "11629", "--set", SET)
    assert r.out.splitlines()[0].startswith("Quý III/2024:") and r.out.splitlines()[1].startswith("Quý IV/2024:")
