"""A template that does not validate is refused with the file and the field named."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from desktop.errors import TemplateError
from desktop.resources import resource_path
from desktop.services import templates as tsvc


@pytest.fixture(scope="module")
def good() -> dict:
    return json.loads(resource_path("templates", "hp-325-2024.json").read_text(encoding="utf-8"))


def write(tmp_path: Path, data: object, name: str = "bad.json") -> Path:
    p = tmp_path / name
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return p


@pytest.mark.parametrize(
    "mutate, field",
    [
        (lambda d: d["task_groups"][2]["tasks"][0].pop("lead"), "task_groups[2].tasks[0]"),
        (lambda d: d["task_groups"][0]["tasks"][1].__setitem__("start", "Quý I"), "task_groups[0].tasks[1].start"),
        (lambda d: d["targets"][2]["values"].__setitem__("commune", "năm mươi"), "targets[2].values.commune"),
        (
            lambda d: d["budget"]["sections"][0]["groups"][0]["lines"][0]["amounts"].__setitem__(
                "approved", "18.000,5"
            ),
            "budget.sections[0].groups[0].lines[0].amounts.approved",
        ),
        (lambda d: d.__setitem__("version", "1"), "version"),
        (
            lambda d: d["task_groups"][1]["tasks"][0].__setitem__("id", d["task_groups"][0]["tasks"][0]["id"]),
            "task_groups[1].tasks[0].id",
        ),
        (lambda d: d["task_groups"][0]["tasks"][0].__setitem__("finish", "2023-Q4"), "task_groups[0].tasks[0].finish"),
    ],
)
def test_invalid_template_names_file_and_field(tmp_path: Path, good: dict, mutate, field: str) -> None:
    d = copy.deepcopy(good)
    mutate(d)
    with pytest.raises(TemplateError) as e:
        tsvc.load_file(write(tmp_path, d, "mau-loi.json"))
    assert "mau-loi.json" in str(e.value)
    assert field in str(e.value)


def test_not_json(tmp_path: Path) -> None:
    p = tmp_path / "x.json"
    p.write_text("{not json", encoding="utf-8")
    with pytest.raises(TemplateError, match="JSON"):
        tsvc.load_file(p)


def test_cli_import_refuses_and_changes_nothing(cli, data_dir: Path, tmp_path: Path, good: dict) -> None:
    d = copy.deepcopy(good)
    d["id"] = "hp-test-2025"
    del d["targets"][0]["unit"]
    bad = write(tmp_path, d)
    assert cli("--data-dir", data_dir, "templates", "list").code == 0
    before = (data_dir / "khcds.sqlite3").read_bytes()
    r = cli("--data-dir", data_dir, "templates", "import", bad)
    assert r.code == 1
    assert "bad.json" in r.err and "targets[0]" in r.err
    assert len(r.err.strip().splitlines()) == 1
    assert "Traceback" not in r.err
    assert (data_dir / "khcds.sqlite3").read_bytes() == before
    listed = cli("--data-dir", data_dir, "templates", "list", "--json")
    assert "hp-test-2025" not in listed.out


def test_import_new_version_and_refuse_same_version_other_content(
    cli, data_dir: Path, tmp_path: Path, good: dict
) -> None:
    d = copy.deepcopy(good)
    d["version"] = 2
    d["task_groups"][0]["tasks"].pop()
    assert cli("--data-dir", data_dir, "templates", "import", write(tmp_path, d, "v2.json")).code == 0
    again = cli("--data-dir", data_dir, "templates", "import", write(tmp_path, d, "v2.json"))
    assert again.code == 0  # the same file again is a no-op
    d["document"]["title"] = "Khác"
    r = cli("--data-dir", data_dir, "templates", "import", write(tmp_path, d, "v2b.json"))
    assert r.code == 1 and "phiên bản" in r.err


def test_impossible_date_refused(tmp_path: Path, good: dict) -> None:
    d = copy.deepcopy(good)
    d["document"]["date"] = "2023-02-31"
    with pytest.raises(TemplateError, match="bad.json"):
        tsvc.load_file(write(tmp_path, d))


# -- every message in Vietnamese, the field in words, an example of the right form -------------
ENGLISH = (
    "is not",
    "does not match",
    "required property",
    "Additional properties",
    "was expected",
    "is too",
    "is less than",
    "is greater than",
    "non-unique",
    "should be",
    "valid under",
)


def _task(d: dict, gi: int = 0, ti: int = 0) -> dict:
    return d["task_groups"][gi]["tasks"][ti]


MESSAGES = [
    # (mutation, words that must appear)
    (
        lambda d: _task(d).pop("content"),
        ["Nhóm nhiệm vụ I, nhiệm vụ 1", 'thiếu mục "content"', "Nội dung nhiệm vụ", "Ví dụ"],
    ),
    (lambda d: _task(d).__setitem__("finish", "Quý III"), ["Thời gian hoàn thành", "không đúng dạng", "2026-Q3"]),
    (
        lambda d: _task(d).__setitem__("deadline", {"kind": "period", "period": "30/9/2026"}),
        ["Thời hạn", "không đúng dạng", "30/9/2026, Quý III/2026, tháng 9/2026", "30 ngày sau khi"],
    ),
    (lambda d: _task(d).__setitem__("deadline", {"kind": "recurring", "every": "daily"}), ["Thời hạn", "Ví dụ"]),
    (lambda d: _task(d).__setitem__("content", ""), ["Nội dung nhiệm vụ", "quá ngắn", "Ví dụ"]),
    (lambda d: _task(d).__setitem__("levels", ["commune", "commune"]), ["Cấp thực hiện", "lặp lại", "commune"]),
    (lambda d: _task(d).__setitem__("levels", ["xã"]), ["Cấp thực hiện", "một trong", "city, district, commune"]),
    (lambda d: _task(d).__setitem__("units", ["6325"]), ["Đơn vị được giao", "không đúng dạng", "06325"]),
    (lambda d: _task(d).__setitem__("superior_ref", "x" * 101), ["Nhiệm vụ theo kế hoạch cấp trên", "dài quá 100"]),
    (lambda d: _task(d).__setitem__("lead", 5), ["Cơ quan chủ trì", "phải là chữ hoặc null", "Sở Khoa học"]),
    (lambda d: _task(d).__setitem__("colour", "đỏ"), ["có mục không thuộc mẫu: colour"]),
    (lambda d: d["document"].__setitem__("date", "15/01/2026"), ["Văn bản", "Ngày ban hành", "2026-01-15"]),
    (lambda d: d["document"].__setitem__("number", "1"), ["Số, ký hiệu văn bản", "12/KH-UBND"]),
    (lambda d: d["document"].__setitem__("kind", "CV"), ["Loại văn bản", "KH, QĐ, CTr"]),
    (lambda d: d.__setitem__("version", 0), ["Phiên bản", "từ 1 trở lên", "Ví dụ: 2"]),
    (lambda d: d["period"].__setitem__("start", 1999), ["Năm bắt đầu", "từ 2000", "Ví dụ: 2026"]),
    (lambda d: d.__setitem__("levels", []), ["Cấp thực hiện", "ít nhất 1", "commune"]),
    (lambda d: d["targets"][0]["values"].__setitem__("commune", "80%"), ["Chỉ tiêu 1", "Mức giao", "329.7"]),
    (lambda d: d["targets"][0].__setitem__("values", {}), ["Mức giao", "ít nhất 1", "commune"]),
    (lambda d: d["targets"][0].__setitem__("direction", "more"), ["Chiều chỉ tiêu", "at_least"]),
    (lambda d: d["reporting"][0].__setitem__("deadline", "15/12"), ["Chế độ báo cáo 1", "Hạn báo cáo", "12-15"]),
    (
        lambda d: d["budget"]["sections"][0]["groups"][0]["lines"][0]["amounts"].__setitem__("approved", "1.000,5"),
        ["Kinh phí", "Số tiền", "329.7"],
    ),
    (
        lambda d: d["budget"]["sections"][0]["groups"][0].__setitem__("printed", "28080"),
        ["Kinh phí", "Cộng của nhóm như bản in", "phải là một mục có các trường", '{"approved": "28080"}'],
    ),
    # cross-checks
    (lambda d: d["period"].update(start=2025, end=2024), ["Thời kỳ kế hoạch", "năm bắt đầu 2025 sau năm kết thúc"]),
    (
        lambda d: d["task_groups"][1].__setitem__("number", d["task_groups"][0]["number"]),
        ["số nhóm I đã dùng", "Ví dụ: I, II, III"],
    ),
    (lambda d: _task(d, 1, 0).__setitem__("id", _task(d)["id"]), ["mã nhiệm vụ", "trùng", "Ví dụ: III.2"]),
    (
        lambda d: (d.__setitem__("levels", ["city", "commune"]), _task(d).__setitem__("levels", ["district"])),
        ['cấp "district" không có trong các cấp của mẫu', "Ví dụ: thêm"],
    ),
    (lambda d: _task(d).__setitem__("start", "2026-Q1"), ["Thời gian bắt đầu", "nằm ngoài thời kỳ", "01/01/2024"]),
    (
        lambda d: _task(d).__setitem__("deadline", {"kind": "period", "period": "2025-03-31"}),
        ["Thời hạn", "2025-03-31 nằm ngoài thời kỳ"],
    ),
    (lambda d: _task(d).__setitem__("units", ["99999"]), ["không có đơn vị mã 99999", "khcds units"]),
    (lambda d: _task(d).__setitem__("units", ["06325"]), ["Xã Bắc Sơn (06325) không thuộc tỉnh"]),
    (lambda d: d["targets"][0].__setitem__("year", 2030), ["Chỉ tiêu 1", "năm 2030 nằm ngoài thời kỳ"]),
    (lambda d: d["period"].update({"from": "2024-03-01", "to": "2024-01-31"}), ["ngày đầu, ngày cuối"]),
]


@pytest.mark.parametrize("mutate, words", MESSAGES, ids=[str(i) for i in range(len(MESSAGES))])
def test_every_message_is_vietnamese_with_field_and_example(tmp_path: Path, good: dict, mutate, words) -> None:
    d = copy.deepcopy(good)
    mutate(d)
    with pytest.raises(TemplateError) as e:
        tsvc.load_file(write(tmp_path, d, "mau.json"))
    msg = str(e.value)
    assert msg.startswith("Mẫu kế hoạch mau.json không hợp lệ: ")
    for w in words:
        assert w in msg, (w, msg)
    assert not any(x in msg for x in ENGLISH), msg
    assert "^" not in msg and "\\d" not in msg  # no regular expressions
