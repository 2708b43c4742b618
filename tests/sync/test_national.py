"""The national scope: one store consolidating the communes of every province."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.models import directory


def test_directory_national_scope() -> None:
    nat = directory.find_province("ALL")
    assert nat is directory.NATIONAL and nat.is_national
    assert directory.find_province("toàn quốc") is directory.NATIONAL
    assert len(directory.units(nat.code)) == 3321
    assert directory.province(0).name == "Toàn quốc"


@pytest.fixture(scope="module")
def packages(tmp_path_factory) -> list[Path]:
    from benchmarks.gen_packages import generate

    out = tmp_path_factory.mktemp("pk")
    # units from three provinces: Hải Phòng, Hà Nội, Cần Thơ
    files = []
    for prov in (31, 1, 92):
        files += generate(out / str(prov), 3, prov, seed=prov)
    return files


def test_national_store_accepts_every_province(packages: list[Path], tmp_path: Path, cli) -> None:
    d = tmp_path / "bo"
    r = cli("--data-dir", d, "city", "init", "--province", "ALL")
    assert r.code == 0 and "3321" in r.out
    r = cli("--data-dir", d, "city", "import", "--accept-new-keys", *packages)
    assert r.code == 0, r.out + r.err
    status = json.loads(cli("--data-dir", d, "city", "status", "--year", "2024", "--json").out)
    assert status["province"] == "Toàn quốc"
    sent = {u["code"] for u in status["units"] if u["status"] != "missing"}
    assert len(sent) == 9
    out = tmp_path / "tong-hop.docx"
    assert cli("--data-dir", d, "city", "document", "--year", "2024", "--format", "docx", "--out", out).code == 0
    from docx import Document

    text = "\n".join(p.text for t in Document(out).tables for row in t.rows for p in row.cells[0].paragraphs)
    assert "BỘ KHOA HỌC VÀ CÔNG NGHỆ" in text


def test_a_province_store_still_refuses_other_provinces(packages: list[Path], tmp_path: Path, cli) -> None:
    d = tmp_path / "hp"
    assert cli("--data-dir", d, "city", "init", "--province", "31").code == 0
    r = cli("--data-dir", d, "city", "import", "--accept-new-keys", *packages)
    assert r.code == 1
    refused = [ln for ln in r.out.splitlines() if "Từ chối" in ln]
    assert len(refused) == 6
