"""Defects a field test found in the command line with non-seed data."""

from __future__ import annotations

import json

from desktop.models import directory


def test_units_finds_a_province_by_name(cli) -> None:  # type: ignore[no-untyped-def]
    ls = directory.find_province("lang son")
    assert ls is not None
    theirs = {u.code for u in directory.units(ls.code)}
    for query in ("lạng sơn", "LANG SON", "tỉnh Lạng Sơn"):
        r = cli("units", query, "--json")
        assert r.code == 0, r.err
        found = json.loads(r.out)
        assert theirs <= {u["code"] for u in found}, query
        # units of other provinces only where their own name has both words
        assert all(u["province_code"] == ls.code or "son" in directory.unit(u["code"]).search_key for u in found)
    # the province narrows a unit's name; plain names still rank first
    r = cli("units", "an lao hai phong", "--json")
    assert [u["name"] for u in json.loads(r.out)] == ["Xã An Lão"]
    r = cli("units", "an lao")
    assert r.out.splitlines()[0].split("  ")[1] == "Xã An Lão"
    assert "Lạng Sơn" not in r.out
    r = cli("units", "đồng đăng lạng sơn")
    assert "Đồng Đăng" in r.out and "(Lạng Sơn)" in r.out


def test_audit_speaks_vietnamese(cli, demo_dir) -> None:  # type: ignore[no-untyped-def]
    import re
    from decimal import Decimal

    from desktop.models.enums import TaskStatus
    from desktop.models.period import Period
    from desktop.services import plans as psvc
    from desktop.services import tracking
    from desktop.store import open_store

    store = open_store(demo_dir)
    try:
        with store.transaction() as s:
            plan = psvc.load_plan(s, psvc.latest_plan_id(s))
            target = next(t for t in plan.targets if t.unit == "%")
            tracking.record_measurement(s, target, Period.parse(f"{plan.year}-Q4"), Decimal("65.5"))
            task = next(t for t in plan.tasks if t.adopted and t.status is TaskStatus.NOT_STARTED)
            task.status = TaskStatus.IN_PROGRESS
            task.percent = 40
    finally:
        store.close()
    r = cli("--data-dir", demo_dir, "audit", "--limit", "6")
    assert r.code == 0, r.err
    text = r.out
    for english in ("update", "create", "percent", "status", "in_progress", "not_started", "measurement", "task#"):
        assert english not in text, english
    assert re.search(r"Số liệu chỉ tiêu #\d+ — thêm: Quý IV/\d{4}: 65,5", text), text
    assert "— sửa: Trạng thái: Chưa triển khai → Đang thực hiện" in text
    assert "— sửa: Tỷ lệ hoàn thành: 0% → 40%" in text
    assert "65.5" not in text and re.search(r"^\d{2}/\d{1,2}/\d{4} \d{2}:\d{2} ", text, re.M)
    # the JSON keeps the codes for programs, and adds the words
    rows = json.loads(cli("--data-dir", demo_dir, "audit", "--limit", "6", "--json").out)
    upd = next(x for x in rows if x["field"] == "status")
    assert (upd["action"], upd["old"], upd["new"]) == ("update", "not_started", "in_progress")
    assert upd["action_label"] == "sửa" and upd["entity_label"] == "Nhiệm vụ"
    assert upd["text"] == "Trạng thái: Chưa triển khai → Đang thực hiện"
    # a plan's state change, through the command line too
    assert cli("--data-dir", demo_dir, "plan", "state", "--year", "2024", "--to", "submitted").code == 0
    last = cli("--data-dir", demo_dir, "audit", "--limit", "1").out
    assert "Kế hoạch #" in last and "Trạng thái kế hoạch: Dự thảo → Trình phê duyệt" in last, last
