"""The city commands speak Vietnamese (field test): ``city show`` prints task statuses, the
plan's state and how each revision came in as words rather than codes; a tỉnh's refusals
say "tỉnh", not "thành phố"."""

from __future__ import annotations

import json
import re

import pytest

from desktop.models.enums import PlanState, TaskStatus
from tests.sync.pkgtools import repack, unit_key

A = "11629"


@pytest.mark.parametrize("city_dir", ["sqlite"], indirect=True)
def test_city_show_prints_words_not_codes(city_dir, world, cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    r2 = repack(
        world.packages[A], tmp_path / "r2.khcds", unit_key(world.units[A]), manifest=lambda m: m.update(revision=2)
    )
    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", world.packages[A], r2).code == 0
    data = json.loads(cli("--data-dir", city_dir, "city", "show", A, "--year", "2024", "--json").out)
    live = [t for t in data["data"]["tasks"] if t["adopted"]]
    codes = {t["status"] for t in live}
    assert len(codes) >= 2  # the test means something: several statuses to show
    r = cli("--data-dir", city_dir, "city", "show", A, "--year", "2024")
    assert r.code == 0, r.err
    out = r.out
    for code in {s.value for s in TaskStatus} | {s.value for s in PlanState} | {"new", "newer"}:
        assert not re.search(rf"\b{code}\b", out), (code, out)
    state = PlanState(data["submission"]["plan_state"]).display.lower()
    assert f"trạng thái {state}" in out
    rows = [line for line in out.splitlines() if line.startswith("  [")]
    assert len(rows) == len(live)
    for t, line in zip(live, rows, strict=True):
        assert line.startswith(f"  [{TaskStatus(t['status']).display}")
        assert f"{t['percent']:>3}%]" in line
    assert "lần 1 nhận lần đầu" in out and "lần 2 bản mới hơn (đang dùng)" in out


def test_a_province_refuses_an_unlisted_unit_as_tinh(world, cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.models import directory
    from desktop.services import city
    from desktop.store import open_store

    lang_son = directory.find_province("lạng sơn")
    assert lang_son is not None and lang_son.kind == "tỉnh"
    d = tmp_path / "langson"
    s = open_store(d)
    city.init_city(s, str(lang_son.code))
    s.close()
    r = cli("--data-dir", d, "city", "import", "--accept-new-keys", world.packages[A])
    assert r.code == 1
    assert "không thuộc Lạng Sơn và chưa được tỉnh thêm vào danh sách" in r.out, r.out
    assert "thành phố" not in r.out
