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
        (lambda d: d["budget"]["sections"][0]["groups"][0]["lines"][0]["amounts"].__setitem__("approved", "18.000,5"),
         "budget.sections[0].groups[0].lines[0].amounts.approved"),
        (lambda d: d.__setitem__("version", "1"), "version"),
        (lambda d: d["task_groups"][1]["tasks"][0].__setitem__("id", d["task_groups"][0]["tasks"][0]["id"]),
         "task_groups[1].tasks[0].id"),
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


def test_import_new_version_and_refuse_same_version_other_content(cli, data_dir: Path, tmp_path: Path,
                                                                 good: dict) -> None:
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
