"""The template schema and the export package schema agree on limits: a template the commune could not
export is refused at import, with the reason."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from desktop.errors import TemplateError
from desktop.resources import resource_path
from desktop.services import templates as tsvc


def _schema(name: str) -> dict:
    return json.loads(resource_path("schemas", name).read_text(encoding="utf-8"))


# template field -> the export package field its value becomes in a plan
FLOWS = [
    (("task", "id"), ("tasks", "template_ref")),
    (("task", "content"), ("tasks", "content")),
    (("task", "lead"), ("tasks", "lead")),
    (("task", "coordinating"), ("tasks", "coordinating")),
    (("task", "support"), ("tasks", "support")),
    (("task", "product"), ("tasks", "product")),
    (("task", "period_text"), ("tasks", "period_text")),
    (("task_group", "id"), ("tasks", "group_ref")),
    (("task_group", "number"), ("tasks", "group_number")),
    (("task_group", "title"), ("tasks", "group_title")),
    (("task_group", "pillar"), ("tasks", "pillar")),
    (("target", "id"), ("targets", "template_ref")),
    (("target", "group"), ("targets", "group_title")),
    (("target", "text"), ("targets", "text")),
    (("target", "unit"), ("targets", "unit")),
    (("budget_line", "task"), ("budget", "content")),
    (("budget_line", "period_text"), ("budget", "period_text")),
    (("budget_group", "title"), ("budget", "group_title")),
]


@pytest.mark.parametrize("tpl, pkg", FLOWS, ids=[f"{a[0]}.{a[1]}" for a, _b in FLOWS])
def test_template_limit_within_export_limit(tpl, pkg) -> None:
    t = _schema("template.schema.json")["$defs"][tpl[0]]["properties"][tpl[1]]
    p = _schema("package.schema.json")["$defs"]["export_data"]["properties"][pkg[0]]["items"]["properties"][pkg[1]]
    assert "maxLength" in t and t["maxLength"] <= p["maxLength"]


def test_amounts_within_export_pattern() -> None:
    import re

    t = _schema("template.schema.json")["$defs"]["amount"]["pattern"]
    p = _schema("package.schema.json")["$defs"]["export_data"]["properties"]["targets"]["items"]["properties"]
    export = re.compile(p["city_value"]["pattern"])
    for v in ("0", "80", "329.7", "123456789.1234"):
        assert re.fullmatch(t, v) and export.fullmatch(v)
    for v in ("-5", "1234567890", "1.12345", "1e3"):
        assert not re.fullmatch(t, v)


@pytest.fixture(scope="module")
def good() -> dict:
    return json.loads(resource_path("templates", "hp-325-2024.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "mutate, words",
    [
        (
            lambda d: d["task_groups"][0].__setitem__("pillar", "Chuyển đổi số " * 8),
            ["Trụ cột, lĩnh vực", "dài quá 100"],
        ),
        (
            lambda d: d["task_groups"][0]["tasks"][0].__setitem__("lead", "Sở " * 2000),
            ["Cơ quan chủ trì", "dài quá 5000"],
        ),
        (lambda d: d["targets"][0]["values"].__setitem__("commune", "-5"), ["Mức giao", "329.7"]),
        (lambda d: d["targets"][0].__setitem__("unit", "đơn vị " * 10), ["Đơn vị tính", "dài quá 50"]),
        (lambda d: d.__setitem__("general_objectives", ["Mục tiêu. " * 1900] * 5), ["Mục tiêu chung", "90000"]),
        (
            lambda d: [
                d["task_groups"][g].__setitem__(
                    "tasks", [dict(d["task_groups"][0]["tasks"][0], id=f"X{g}.{i}") for i in range(2600)]
                )
                for g in (0, 1)
            ],
            ["nhiệm vụ, quá 5000 nhiệm vụ mà tệp gửi"],
        ),
    ],
)
def test_template_beyond_export_limits_refused_at_import(
    cli, data_dir: Path, tmp_path: Path, good: dict, mutate, words
) -> None:
    d = copy.deepcopy(good)
    d["id"] = "hp-gioi-han-2024"
    mutate(d)
    f = tmp_path / "mau.json"
    f.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TemplateError) as e:
        tsvc.load_file(f)
    for w in words:
        assert w in str(e.value), str(e.value)[:300]
    r = cli("--data-dir", data_dir, "templates", "import", f)
    assert r.code == 1 and "mau.json" in r.err
