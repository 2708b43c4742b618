"""A province's version 2 carries every field to the commune's plan, reports each change with its old
and new value, keeps and flags the commune's own edits, loses nothing tracked."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tests.templates import tables

BAC_SON = "06325"


def _city(tmp_path: Path) -> Path:
    from desktop.services import city
    from desktop.store import open_store

    d = tmp_path / "ls-city"
    s = open_store(d)
    city.init_city(s, "20")
    s.close()
    return d


def _unit(tmp_path: Path, code: str) -> Path:
    from desktop.services import units as usvc
    from desktop.store import open_store

    d = tmp_path / f"unit-{code}"
    s = open_store(d)
    with s.transaction() as ss:
        usvc.create_unit(ss, usvc.spec_for_directory_unit(code))
    s.close()
    return d


def test_version_2_moves_a_deadline_into_the_plan_and_the_report(cli, tmp_path: Path) -> None:
    from desktop.models.enums import TaskStatus
    from desktop.services import plans as psvc
    from desktop.services import templates as tsvc
    from desktop.services import tracking
    from desktop.services import units as usvc
    from desktop.store import open_store

    city_dir, unit = _city(tmp_path), _unit(tmp_path, BAC_SON)
    table = tables.write_xlsx(tmp_path / "phu-luc.xlsx")
    v1 = tmp_path / "v1.json"
    assert (
        cli(
            "--data-dir",
            city_dir,
            "template",
            "draft",
            "--from-table",
            table,
            "--province",
            "20",
            "--id",
            "ls-12-2026",
            "--number",
            "12/KH-UBND",
            "--date",
            "2026-01-15",
            "--title",
            "Chuyển đổi số tỉnh Lạng Sơn năm 2026",
            "--period",
            "2026",
            "--out",
            v1,
        ).code
        == 0
    )
    p1 = tmp_path / "v1.khcdst"
    assert cli("--data-dir", city_dir, "template", "publish", v1, "--out", p1).code == 0
    assert cli("--data-dir", unit, "template", "import", p1, "--accept-new-key").code == 0

    s = open_store(unit)
    with s.transaction() as ss:
        u = usvc.current_unit(ss)
        plan = psvc.create_plan(ss, u, tsvc.find(ss, "ls-12-2026"), 2026)
        tasks = {t.template_ref: t for t in plan.tasks}
        assert tasks["III.2"].finish.code == "2026-09-30"
        # the commune tracks a task and edits another's product
        tracking.record_update(
            ss,
            s.data,
            tasks["III.2"],
            tracking.UpdateSpec(TaskStatus.IN_PROGRESS, 40, note="Đã số hóa 40%", on_date=dt.date(2026, 3, 20)),
        )
        tasks["I.1"].product = "Kế hoạch số 05/KH-UBND của UBND xã"
    s.close()

    # version 2: III.2's deadline moves to 31/10/2026, I.1's product and deadline change, VI.6 no longer binds
    # communes, I.3 gets the commune's own lead (the province's agency then guides)
    v2 = tmp_path / "v2.json"
    assert cli("--data-dir", city_dir, "template", "draft", "--from", "ls-12-2026", "--out", v2).code == 0
    d = json.loads(v2.read_text(encoding="utf-8"))
    assert d["version"] == 2
    t = {x["id"]: x for g in d["task_groups"] for x in g["tasks"]}
    t["III.2"]["deadline"] = {"kind": "period", "period": "2026-10-31", "text": "31/10/2026"}
    t["III.2"]["period_text"] = "31/10/2026"
    t["I.1"]["product"] = "Kế hoạch của từng cơ quan, đơn vị, địa phương"
    t["VI.6"]["levels"] = ["city"]
    t["I.3"]["commune"] = {"lead": "UBND xã; công chức Văn hóa - Xã hội"}
    v2.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    p2 = tmp_path / "v2.khcdst"
    assert cli("--data-dir", city_dir, "template", "publish", v2, "--out", p2).code == 0

    r = cli("--data-dir", unit, "template", "import", "--dry-run", p2)
    assert r.code == 0, r.err
    assert "III.2" in r.out and "thời hạn: 30/9/2026 → 31/10/2026" in r.out
    assert "VI.6" in r.out and "cấp thực hiện: Cấp tỉnh, thành phố, Cấp xã → Cấp tỉnh, thành phố" in r.out
    assert "chủ trì cấp xã: (trống) → UBND xã; công chức Văn hóa - Xã hội" in r.out

    r = cli("--data-dir", unit, "template", "import", p2)
    assert r.code == 0, r.err
    assert (
        "hoàn thành: 30/9/2026 → 31/10/2026" in r.out
        or "hoàn thành: Ngày 30/9/2026" in r.out
        or ("hoàn thành" in r.out and "31/10/2026" in r.out)
    )
    assert "Giữ nội dung đơn vị đã sửa" in r.out and "Kế hoạch số 05/KH-UBND của UBND xã" in r.out
    assert "Gắn cờ" in r.out

    s = open_store(unit)
    with s.session() as ss:
        plan = psvc.get_plan(ss, usvc.current_unit(ss), 2026)
        assert plan.template.version == 2
        tasks = {t.template_ref: t for t in plan.tasks}
        moved = tasks["III.2"]
        assert moved.finish.code == "2026-10-31" and moved.deadline.period.code == "2026-10-31"
        assert moved.period_text == "31/10/2026"
        assert (moved.status, moved.percent, len(moved.updates)) == (TaskStatus.IN_PROGRESS, 40, 1)
        kept = tasks["I.1"]
        assert kept.product == "Kế hoạch số 05/KH-UBND của UBND xã" and kept.flag and "giữ" in kept.flag
        gone = tasks["VI.6"]
        assert gone.flag and "không còn giao" in gone.flag  # flagged, never dropped
        assert tasks["I.3"].lead == "UBND xã; công chức Văn hóa - Xã hội"
        assert tasks["I.3"].guide == "UBND các xã, phường"
    s.close()


def test_a_long_report_is_cut_for_the_window_with_the_way_to_see_it_all() -> None:
    from desktop.sync.template_package import ImportResult, TemplateDiff

    diff = TemplateDiff(tasks_changed=[f"I.{i}: x — thời hạn: 30/9/2026 → 31/10/2026" for i in range(100)])
    r = ImportResult("ls-12-2026", 2, "fp", False, False, diff, [], True)
    assert len(r.lines()) == 101
    cut = r.lines(limit=30)
    assert len(cut) == 30 and "72 dòng nữa" in cut[-1] and "--dry-run" in cut[-1]


def test_a_store_of_schema_0003_gets_the_task_fields_and_keeps_its_plan(tmp_path: Path) -> None:
    import shutil

    from desktop.services import plans as psvc
    from desktop.services import units as usvc
    from desktop.store import open_store

    fx = Path(__file__).resolve().parent.parent / "fixtures" / "stores" / "0003-demo-templates.sqlite3"
    d = tmp_path / "old"
    d.mkdir()
    shutil.copy(fx, d / "khcds.sqlite3")
    s = open_store(d)
    with s.transaction() as ss:
        plan = psvc.get_plan(ss, usvc.current_unit(ss), 2024)
        assert plan.tasks and all(
            t.deadline_rule is None and t.superior_ref is None and t.guide is None for t in plan.tasks
        )
        t = plan.tasks[0]
        t.superior_ref = "III.2"
        t.deadline_rule = '{"kind": "recurring", "every": "month"}'
    with s.session() as ss:
        t = psvc.get_plan(ss, usvc.current_unit(ss), 2024).tasks[0]
        assert t.superior_ref == "III.2" and t.deadline.every == "month"
    assert s.integrity_problems() == []
    s.close()
