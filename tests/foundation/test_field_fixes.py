"""Defects a field test found in the command line with non-seed data."""

from __future__ import annotations

import json

from desktop.models import directory


def test_units_finds_a_province_by_name(cli) -> None:  # type: ignore[no-untyped-def]
    ls = directory.find_province("lang son")
    assert ls is not None
    theirs = {u.code for u in directory.units(ls.code)}
    for query in ("lạng sơn", "LANG SON", "tỉnh Lạng Sơn"):
        r = cli("units", query, "--json")
        assert r.code == 0, r.err
        found = json.loads(r.out)
        assert theirs <= {u["code"] for u in found}, query
        # units of other provinces only where their own name has both words
        assert all(u["province_code"] == ls.code or "son" in directory.unit(u["code"]).search_key for u in found)
    # the province narrows a unit's name; plain names still rank first
    r = cli("units", "an lao hai phong", "--json")
    assert [u["name"] for u in json.loads(r.out)] == ["Xã An Lão"]
    r = cli("units", "an lao")
    assert r.out.splitlines()[0].split("  ")[1] == "Xã An Lão"
    assert "Lạng Sơn" not in r.out
    r = cli("units", "đồng đăng lạng sơn")
    assert "Đồng Đăng" in r.out and "(Lạng Sơn)" in r.out
