"""Issue 16, findings 13 and 14: one hostile file in a batch is named and refused, the
others go in; the dry run says the same; no English and no control characters reach the
terminal; a full disk is told in Vietnamese."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from tests.sync.pkgtools import repack, unit_key

A, B, C = "11629", "10660", "11674"
sqlite_only = pytest.mark.parametrize("city_dir", ["sqlite"], indirect=True)


def hostile(world, tmp_path: Path) -> dict[str, Path]:
    src, key = world.packages[A], unit_key(world.units[A])
    raw = json.loads(__import__("zipfile").ZipFile(src).read("data.json"))
    body = json.dumps(raw, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    digits = body.replace(b'"percent":', b'"percent":' + b"9" * 5000 + b"0*", 1).replace(b"0*", b"", 1)
    nested = body[:-1] + b',"x":' + b"[" * 30000 + b"]" * 30000 + b"}"
    surrogate = body.replace(b'"content":"', b'"content":"\\ud800', 1)
    return {
        "digits": repack(
            src, tmp_path / "a-digits.khcds", key, raw_data=digits, manifest=lambda m: m.update(revision=2)
        ),
        "nested": repack(
            src, tmp_path / "b-nested.khcds", key, raw_data=nested, manifest=lambda m: m.update(revision=3)
        ),
        "surrogate": repack(
            src, tmp_path / "c-surrogate.khcds", key, raw_data=surrogate, manifest=lambda m: m.update(revision=4)
        ),
        "manifest-digits": manifest_with_long_number(src, tmp_path / "d-manifest.khcds", key),
    }


def manifest_with_long_number(src: Path, dst: Path, key) -> Path:
    from tests.sync.pkgtools import canonical, read_members, write_members

    m = read_members(src)
    man = json.loads(m["manifest.json"])
    man["revision"] = 424242
    mb = canonical(man).replace(b'"revision":424242', b'"revision":' + b"7" * 5000)
    m["manifest.json"] = mb
    m["manifest.sig"] = key.sign(mb)
    return write_members(dst, m)


@sqlite_only
def test_hostile_files_are_named_and_the_others_go_in(city_dir, world, cli, tmp_path) -> None:
    bad = hostile(world, tmp_path)
    good = [world.packages[B], world.packages[C]]
    files = [*bad.values(), *good]
    dry = cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", "--dry-run", *files)
    r = cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", *files)
    assert r.code == 1
    assert "không mong đợi" not in r.out + r.err and "Traceback" not in r.err
    lines = {ln.split(":")[0]: ln for ln in r.out.splitlines() if ".khcds:" in ln}
    for p in bad.values():
        assert "Từ chối" in lines[p.name], lines
    assert "quá dài" in lines[bad["digits"].name] and "lồng nhau quá sâu" in lines[bad["nested"].name]
    assert "nửa cặp" in lines[bad["surrogate"].name]
    for p in good:
        assert "Mới" in lines[p.name]
    assert "Đã nhận 2/6" in r.out
    # the dry run said exactly the same, file by file
    assert [ln for ln in dry.out.splitlines() if ".khcds:" in ln] == [
        ln for ln in r.out.splitlines() if ".khcds:" in ln
    ]
    # and a rerun does not crash either
    r = cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", *files)
    assert "không mong đợi" not in r.out + r.err and r.out.count("Trùng, không đổi") == 2
    assert cli("--data-dir", city_dir, "check").code == 0


@sqlite_only
def test_a_failure_while_applying_one_file_does_not_stop_the_others(city_dir, world, monkeypatch) -> None:
    from desktop.store import open_store
    from desktop.sync import city

    real = city.normalised_rows

    def boom(pkg, sid):
        if pkg.unit_code == B:
            raise ValueError("something nobody foresaw")
        return real(pkg, sid)

    monkeypatch.setattr(city, "normalised_rows", boom)
    s = open_store(city_dir)
    try:
        items = city.import_paths(s, [world.packages[A], world.packages[B], world.packages[C]])
    finally:
        s.close()
    by = {it.unit_code: it for it in items}
    assert by[A].applied and by[C].applied and not by[B].applied
    assert by[B].outcome is city.Outcome.REFUSED and "something" not in by[B].message


@sqlite_only
def test_control_characters_of_a_unit_name_never_reach_the_terminal(city_dir, world, cli, tmp_path) -> None:
    evil = "Xã An Lão\x1b[2J\x1b]0;pwned\x07\x1b[31m\r\nGIẢ"
    p = repack(
        world.packages[A],
        tmp_path / "ansi.khcds",
        unit_key(world.units[A]),
        manifest=lambda m: m["unit"].update(name=evil),
    )
    r = cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", p)
    assert "\x1b" not in r.out + r.err and "\x07" not in r.out and "\r" not in r.out
    assert "Xã An Lão" in r.out
    r = cli("--data-dir", city_dir, "city", "show", A, "--year", "2024")
    assert "\x1b" not in r.out


@sqlite_only
def test_a_full_disk_is_told_in_vietnamese(city_dir, world, cli, tmp_path, monkeypatch) -> None:
    import desktop.fsutil as fsutil

    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", world.packages[A]).code == 0

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fsutil.os, "fsync", full)
    out = tmp_path / "tong-hop.xlsx"
    r = cli("--data-dir", city_dir, "city", "document", "--year", "2024", "--format", "xlsx", "--out", out)
    assert r.code == 1 and "ổ đĩa đã đầy" in r.err and "No space" not in r.err and not out.exists()
    assert len(r.err.strip().splitlines()) == 1


def test_database_errors_are_said_in_vietnamese() -> None:
    from sqlalchemy.exc import IntegrityError

    from desktop.store.database import describe_db_error

    e = IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed: city_submissions.unit_code"))
    msg = describe_db_error(e)
    assert "UNIQUE" not in msg and "trùng" in msg
    msg = describe_db_error(Exception("some driver text nobody expected"))
    assert "driver" not in msg


def test_schema_refusals_are_said_in_vietnamese(world, tmp_path) -> None:
    from desktop.errors import PackageError
    from desktop.sync.package import read_package

    key = unit_key(world.units[A])
    cases = {
        "type": lambda d: d["tasks"][0].update(percent="nhiều") and None,
        "required": lambda d: d["tasks"][0].pop("content") and None,
        "extra": lambda d: d["tasks"][0].update(virus="\x1b[31m=HYPERLINK()") and None,
        "long": lambda d: d["tasks"][0].update(pillar="x" * 5000) and None,
    }
    for name, change in cases.items():
        p = repack(world.packages[A], tmp_path / f"{name}.khcds", key, data=change)
        with pytest.raises(PackageError) as e:
            read_package(p)
        msg = str(e.value)
        assert "sai dạng dữ liệu" in msg, msg
        for english in (
            "is not of type",
            "required property",
            "Additional properties",
            "is too long",
            "does not match",
            "\x1b",
        ):
            assert english not in msg, msg
