"""Compiled schema checks are kept between runs, and a damaged cache entry is simply remade."""

from __future__ import annotations

from pathlib import Path

import fastjsonschema
import pytest

from desktop.schema_cache import compiled_check

SCHEMA = {"type": "object", "required": ["year"], "properties": {"year": {"type": "integer", "minimum": 2000}}}


def _verdict(check: object, obj: object) -> bool:
    try:
        check(obj)  # type: ignore[operator]
    except fastjsonschema.JsonSchemaException:
        return False
    return True


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KHCDS_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "schemas"


def test_first_run_writes_the_cache_and_later_runs_read_it(cache: Path) -> None:
    first = compiled_check(SCHEMA, "t")
    files = list(cache.glob("t-*.bin"))
    assert len(files) == 1
    stamp = files[0].stat().st_mtime_ns
    again = compiled_check(SCHEMA, "t")
    assert files[0].stat().st_mtime_ns == stamp  # read, not rewritten
    for obj, ok in (({"year": 2024}, True), ({"year": 1999}, False), ({}, False), ([], False)):
        assert _verdict(first, obj) is ok and _verdict(again, obj) is ok


def test_another_schema_gets_another_entry(cache: Path) -> None:
    compiled_check(SCHEMA, "t")
    other = dict(SCHEMA, properties={"year": {"type": "string"}})
    check = compiled_check(other, "t")
    assert len(list(cache.glob("t-*.bin"))) == 2
    assert _verdict(check, {"year": "2024"}) and not _verdict(check, {"year": 2024})


def test_a_damaged_entry_is_compiled_again(cache: Path) -> None:
    compiled_check(SCHEMA, "t")
    (entry,) = cache.glob("t-*.bin")
    data = bytearray(entry.read_bytes())
    data[-5] ^= 0xFF
    entry.write_bytes(bytes(data))
    check = compiled_check(SCHEMA, "t")
    assert _verdict(check, {"year": 2024}) and not _verdict(check, {"year": 1})
    assert entry.read_bytes() != bytes(data)  # rewritten whole


def test_an_unwritable_cache_costs_only_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("KHCDS_CACHE_DIR", str(blocker))  # a file where the folder should be
    check = compiled_check(SCHEMA, "t")
    assert _verdict(check, {"year": 2024})
