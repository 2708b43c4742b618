"""The city import reads each accepted file twice (preview, then apply, to keep memory flat);
the second read verifies the file whole but does not validate the same signed data again."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.errors import PackageError
from desktop.sync import package as pkgmod
from desktop.sync.package import export_plan, read_package


@pytest.fixture
def exported(demo_store: object, tmp_path: Path) -> Path:
    return Path(export_plan(demo_store, 2024, tmp_path / "an-lao.khcds").path)


def test_a_previewed_file_is_verified_but_not_validated_again(exported: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = read_package(exported)
    calls: list[str] = []
    real_schema, real_data = pkgmod.check_schema, pkgmod.check_data
    monkeypatch.setattr(pkgmod, "check_schema", lambda *a: (calls.append(a[1]), real_schema(*a))[1])
    monkeypatch.setattr(pkgmod, "check_data", lambda *a: (calls.append("data"), real_data(*a))[1])
    again = read_package(exported, previewed=first)
    assert calls == ["export_manifest"]  # the small signed manifest is checked on every read
    assert again.data == first.data and again.data_sha256 == first.data_sha256
    read_package(exported)
    assert calls == ["export_manifest", "export_manifest", "export_data", "data"]


def test_another_signed_manifest_is_validated_in_full(exported: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = read_package(exported)
    first.manifest = dict(first.manifest, revision=first.manifest["revision"] + 1)  # not what the file says
    calls: list[str] = []
    real_schema = pkgmod.check_schema
    monkeypatch.setattr(pkgmod, "check_schema", lambda *a: (calls.append(a[1]), real_schema(*a))[1])
    read_package(exported, previewed=first)
    assert calls == ["export_manifest", "export_data"]


def test_a_file_changed_after_the_preview_is_still_refused(exported: Path) -> None:
    first = read_package(exported)
    raw = bytearray(exported.read_bytes())
    i = raw.index(b"data.json") + 200  # inside the compressed data: the hash no longer matches
    raw[i] ^= 0xFF
    exported.write_bytes(bytes(raw))
    with pytest.raises(PackageError):
        read_package(exported, previewed=first)
