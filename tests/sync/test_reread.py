"""The city import reads each previewed file again to write it (memory stays flat): the
bytes the preview verified are not verified twice, and nothing else gets through unverified."""

from __future__ import annotations

import json
import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    from benchmarks.gen_packages import generate

    return list(generate(tmp_path_factory.mktemp("reread-pk"), 3, 31, seed=11))


def test_the_verified_bytes_give_the_same_data_to_write(packages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.sync import package as P

    calls: list[str] = []
    for path in packages:
        first = P.read_package(path)
        full = json.loads(first.data_bytes.decode("utf-8"), parse_float=Decimal)
        monkeypatch.setattr(P, "check_schema", lambda *a: calls.append("schema"))
        again = P.reread_package(path, first)
        monkeypatch.undo()
        assert calls == []  # the same bytes: not validated twice
        assert again.data_bytes == first.data_bytes and again.file_sha256 == first.file_sha256
        full.pop("audit")  # the trail is written as part of the JSON, never turned into rows
        assert again.data == full


def test_a_file_changed_after_the_preview_is_verified_again(packages, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.errors import PackageError
    from desktop.sync import package as P

    p = tmp_path / "a.khcds"
    shutil.copy(packages[0], p)
    first = P.read_package(p)
    # the same signed zip with one more byte of comment: another file, the same content
    with zipfile.ZipFile(p, "a") as z:
        z.comment = b"x"
    again = P.reread_package(p, first)
    assert again.file_sha256 != first.file_sha256 and "audit" in again.data  # read and verified whole
    # the data part's bytes changed (the signature no longer holds): refused, not written
    raw = bytearray(packages[1].read_bytes())
    with zipfile.ZipFile(packages[1]) as z:
        info = z.getinfo(P.DATA)
    raw[info.header_offset + 40] ^= 0xFF
    p.write_bytes(bytes(raw))
    with pytest.raises(PackageError):
        P.reread_package(p, P.read_package(packages[1]))


@pytest.mark.parametrize(
    "raw",
    [
        # a key "budget" inside the trail: the first match is not the top level's
        b'{"audit":[{"x":[],"budget":1}],"budget":[],"plan":{},"targets":[],"tasks":[],"unit":{}}',
        # keys in another order: "tasks" before "budget" would be lost
        b'{"audit":[],"tasks":[1],"budget":[],"plan":{},"targets":[],"unit":{}}',
        # self-assessments come before the trail
        b'{"assessments":[],"audit":[],"budget":[],"plan":{},"targets":[],"tasks":[],"unit":{}}',
        # self-assessments after it (not canonical, still valid)
        b'{"audit":[],"budget":[],"plan":{},"targets":[],"tasks":[],"unit":{},"assessments":[1]}',
    ],
)
def test_any_other_layout_is_parsed_whole(raw: bytes) -> None:
    from desktop.sync.package import _data_to_write

    assert _data_to_write(raw) == json.loads(raw)


def test_the_trail_is_skipped_only_at_the_top_level() -> None:
    from desktop.sync.package import _data_to_write

    raw = b'{"audit":[{"a":"],\\"budget\\":"}],"budget":[],"plan":{"p":1},"targets":[],"tasks":[2],"unit":{}}'
    got = _data_to_write(raw)
    assert got == {k: v for k, v in json.loads(raw).items() if k != "audit"}
