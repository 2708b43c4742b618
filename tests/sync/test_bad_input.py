"""Every hostile or broken file is refused with its own message and changes nothing.

Each test starts from a city that already holds Xã An Lão's first package (so its
key is trusted), offers one bad file to ``khcds city import``, expects exit 1 and
the reason on the file's line, and compares the city database bytes before and after.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.sync.pkgtools import read_members, repack, unit_key, write_members

A = "11629"


@pytest.fixture
def city(city_dir, world, cli):
    r = cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", world.packages[A])
    assert r.code == 0, r.out + r.err
    return city_dir


def refused(cli, city, digest, path: Path, *words: str) -> str:
    before = digest(city)
    r = cli("--data-dir", city, "city", "import", "--accept-new-keys", path)
    assert r.code == 1, r.out + r.err
    line = next(x for x in r.out.splitlines() if x.startswith(path.name))
    assert "Từ chối" in line, line
    for w in words:
        assert w in line, line
    assert digest(city) == before
    # the dry run says the same
    r2 = cli("--data-dir", city, "city", "import", "--accept-new-keys", "--dry-run", path)
    assert r2.code == 1 and line in r2.out
    return line


def test_not_a_zip(cli, city, digest, tmp_path):
    p = tmp_path / "letter.khcds"
    p.write_text("Kính gửi UBND thành phố", encoding="utf-8")
    refused(cli, city, digest, p, "không phải tệp nén zip")


def test_empty_file(cli, city, digest, tmp_path):
    p = tmp_path / "empty.khcds"
    p.write_bytes(b"")
    refused(cli, city, digest, p, "Tệp rỗng")


def test_truncated(cli, city, digest, world, tmp_path):
    raw = world.packages[A].read_bytes()
    p = tmp_path / "cut.khcds"
    p.write_bytes(raw[: len(raw) // 2])
    refused(cli, city, digest, p, "cắt cụt")


def test_zip_bomb_ratio(cli, city, digest, world, tmp_path):
    m = read_members(world.packages[A])
    m["data.json"] = b" " * (20 << 20)  # 20 MB of spaces compress ~1000:1
    p = write_members(tmp_path / "bomb.khcds", m)
    assert p.stat().st_size < 1 << 20
    refused(cli, city, digest, p, "tỷ lệ nén bất thường")


def test_zip_bomb_declared_size(cli, city, digest, world, tmp_path):
    p = tmp_path / "huge.khcds"
    shutil.copy(world.packages[A], p)
    # the central directory claims 3 GB uncompressed for data.json
    raw = bytearray(p.read_bytes())
    pos = 0
    while True:
        pos = raw.find(b"PK\x01\x02", pos)
        name_len = int.from_bytes(raw[pos + 28 : pos + 30], "little")
        if raw[pos + 46 : pos + 46 + name_len] == b"data.json":
            raw[pos + 24 : pos + 28] = (3 << 30).to_bytes(4, "little")
            break
        pos += 4
    p.write_bytes(bytes(raw))
    refused(cli, city, digest, p, "quá lớn khi giải nén")


def test_path_traversal(cli, city, digest, world, tmp_path):
    m = list(read_members(world.packages[A]).items()) + [("../../evil.txt", b"x")]
    refused(cli, city, digest, write_members(tmp_path / "trav.khcds", m), "(..)")


def test_absolute_name(cli, city, digest, world, tmp_path):
    m = list(read_members(world.packages[A]).items()) + [("/etc/cron.d/evil", b"x")]
    refused(cli, city, digest, write_members(tmp_path / "abs.khcds", m), "đường dẫn tuyệt đối")


def test_windows_absolute_name(cli, city, digest, world, tmp_path):
    m = list(read_members(world.packages[A]).items()) + [("C:/Windows/evil.dll", b"x")]
    refused(cli, city, digest, write_members(tmp_path / "win.khcds", m), "đường dẫn tuyệt đối")


def test_unknown_format_version(cli, city, digest, world, tmp_path):
    p = repack(
        world.packages[A],
        tmp_path / "v2.khcds",
        unit_key(world.units[A]),
        manifest=lambda m: m.update(format_version=2),
    )
    refused(cli, city, digest, p, "Phiên bản định dạng 2 không được hỗ trợ")


def test_not_an_export_package(cli, city, digest, world, tmp_path):
    p = repack(
        world.packages[A],
        tmp_path / "other.khcds",
        unit_key(world.units[A]),
        manifest=lambda m: m.update(format="something-else"),
    )
    refused(cli, city, digest, p, "định dạng")


def test_missing_part(cli, city, digest, world, tmp_path):
    m = read_members(world.packages[A])
    del m["data.json"]
    refused(cli, city, digest, write_members(tmp_path / "nodata.khcds", m), "Thiếu phần: data.json")


def test_extra_part(cli, city, digest, world, tmp_path):
    m = list(read_members(world.packages[A]).items()) + [("notes.txt", b"hello")]
    refused(cli, city, digest, write_members(tmp_path / "extra.khcds", m), "không khai báo", "notes.txt")


def test_listed_part_not_allowed(cli, city, digest, world, tmp_path):
    def add(m):
        import hashlib

        m["parts"]["script.exe"] = {"sha256": hashlib.sha256(b"MZ").hexdigest(), "size": 2}

    p = repack(world.packages[A], tmp_path / "exe.khcds", unit_key(world.units[A]), manifest=add)
    mem = read_members(p)
    mem["script.exe"] = b"MZ"
    refused(cli, city, digest, write_members(p, mem), "không được phép", "script.exe")


def test_sha256_mismatch(cli, city, digest, world, tmp_path):
    m = read_members(world.packages[A])
    d = json.loads(m["data.json"])
    d["tasks"][0]["percent"] = 99
    m["data.json"] = json.dumps(d, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    refused(cli, city, digest, write_members(tmp_path / "sha.khcds", m), "SHA-256")


def test_bad_signature(cli, city, digest, world, tmp_path):
    m = read_members(world.packages[A])
    man = json.loads(m["manifest.json"])
    man["revision"] = 7
    m["manifest.json"] = json.dumps(man, sort_keys=True, separators=(",", ":")).encode()
    refused(cli, city, digest, write_members(tmp_path / "sig.khcds", m), "Chữ ký số không hợp lệ")


def test_missing_signature(cli, city, digest, world, tmp_path):
    m = read_members(world.packages[A])
    del m["manifest.sig"]
    refused(cli, city, digest, write_members(tmp_path / "nosig.khcds", m), "Thiếu chữ ký số")


def test_key_differs_from_trusted(cli, city, digest, world, tmp_path, export_again):
    # the unit's folder gets a new key (someone else, or a reinstall nobody confirmed)
    shutil.rmtree(world.units[A] / "keys")
    p = export_again(world.units[A], tmp_path)
    line = refused(cli, city, digest, p, "Khóa ký khác khóa đã tin cậy", "city trust 11629 --reset")
    assert "lần gửi 2" in line


def test_unit_not_in_province(cli, city, digest, world):
    refused(cli, city, digest, world.outsider, "không thuộc Thành phố Hải Phòng")


def test_json_wrong_types(cli, city, digest, world, tmp_path):
    def bad(d):
        d["tasks"][0]["percent"] = "50"

    p = repack(world.packages[A], tmp_path / "types.khcds", unit_key(world.units[A]), data=bad)
    refused(cli, city, digest, p, "sai dạng dữ liệu", "tasks[0].percent")


def test_json_wrong_shape(cli, city, digest, world, tmp_path):
    p = repack(
        world.packages[A], tmp_path / "shape.khcds", unit_key(world.units[A]), data=lambda d: d.update(tasks={"a": 1})
    )
    refused(cli, city, digest, p, "sai dạng dữ liệu", "tasks")


def test_not_json(cli, city, digest, world, tmp_path):
    p = repack(world.packages[A], tmp_path / "notjson.khcds", unit_key(world.units[A]), raw_data=b"{tasks: [")
    refused(cli, city, digest, p, "không phải JSON hợp lệ")


def test_absurd_percent(cli, city, digest, world, tmp_path):
    def bad(d):
        d["tasks"][0]["percent"] = 10**9

    p = repack(world.packages[A], tmp_path / "pct.khcds", unit_key(world.units[A]), data=bad)
    refused(cli, city, digest, p, "tasks[0].percent")


def test_absurd_money(cli, city, digest, world, tmp_path):
    def bad(d):
        d["budget"][0]["approved"] = "1" + "0" * 30

    p = repack(world.packages[A], tmp_path / "money.khcds", unit_key(world.units[A]), data=bad)
    refused(cli, city, digest, p, "budget[0].approved")


def test_absurd_target_value(cli, city, digest, world, tmp_path):
    def bad(d):
        d["targets"][0]["measurements"][0]["value"] = "250"

    p = repack(world.packages[A], tmp_path / "target.khcds", unit_key(world.units[A]), data=bad)
    refused(cli, city, digest, p, "vượt 100%")


def test_absurd_year(cli, city, digest, world, tmp_path):
    def man(m):
        m["year"] = 99999

    p = repack(world.packages[A], tmp_path / "year.khcds", unit_key(world.units[A]), manifest=man)
    refused(cli, city, digest, p, "manifest.json", "year")


def test_duplicate_task_ids(cli, city, digest, world, tmp_path):
    def bad(d):
        d["tasks"][1]["id"] = d["tasks"][0]["id"]

    p = repack(world.packages[A], tmp_path / "dup.khcds", unit_key(world.units[A]), data=bad)
    refused(cli, city, digest, p, "Mã trùng lặp trong nhiệm vụ")


def test_duplicate_target_ids(cli, city, digest, world, tmp_path):
    def bad(d):
        d["targets"][1]["id"] = d["targets"][0]["id"]

    p = repack(world.packages[A], tmp_path / "dupt.khcds", unit_key(world.units[A]), data=bad)
    refused(cli, city, digest, p, "Mã trùng lặp trong chỉ tiêu")


def test_duplicate_member_names(cli, city, digest, world, tmp_path):
    m = list(read_members(world.packages[A]).items())
    m.append(("data.json", b"{}"))
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p = write_members(tmp_path / "twice.khcds", m)
    refused(cli, city, digest, p, "hai phần cùng tên")


def test_manifest_disagrees_with_data(cli, city, digest, world, tmp_path):
    def bad(d):
        d["unit"]["code"] = "10660"

    p = repack(world.packages[A], tmp_path / "who.khcds", unit_key(world.units[A]), data=bad)
    refused(cli, city, digest, p, "khác mã trong bản kê")


def test_one_bad_file_does_not_stop_the_good_ones(cli, city_dir, world, tmp_path):
    bad = tmp_path / "bad.khcds"
    bad.write_bytes(b"PK\x03\x04garbage")
    r = cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", world.packages["10660"], bad)
    assert r.code == 1
    lines = r.out.splitlines()
    assert any(x.startswith("10660-2024-r001.khcds: Mới") for x in lines)
    assert any(x.startswith("bad.khcds: Từ chối") for x in lines)
