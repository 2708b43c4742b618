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


def test_a_valid_template_is_validated_once_per_machine(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.errors import TemplateError
    from desktop.services import templates as tsvc

    path = tsvc.builtin_files()[0]
    first = tsvc.load_file(path)
    assert len(list((cache.parent / "valid").iterdir())) == 1

    def no_validator() -> None:
        raise AssertionError("validated again")

    monkeypatch.setattr(tsvc, "_validator", no_validator)
    assert tsvc.load_file(path) == first
    # a changed document is validated again, and a refusal is never remembered
    monkeypatch.undo()
    monkeypatch.setenv("KHCDS_CACHE_DIR", str(cache.parent))
    import json

    bad = json.loads(path.read_text(encoding="utf-8"))
    bad["task_groups"] = "không phải danh sách"
    target = cache.parent / "bad.json"
    target.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(TemplateError, match="task_groups"):
            tsvc.load_file(target)
    assert len(list((cache.parent / "valid").iterdir())) == 1
