"""A deadline counted from an event becomes dated when the commune enters the event's date (in the window,
undoable), and tracking then knows when it is late."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from tests.templates import tables


def _ls_plan(store, tmp_path: Path) -> int:  # type: ignore[no-untyped-def]
    from desktop.services import plans as psvc
    from desktop.services import table_import as ti
    from desktop.services import templates as tsvc
    from desktop.services import units as usvc

    read = ti.read_table(tables.write_xlsx(tmp_path / "phu-luc.xlsx"))
    d, _p = ti.draft_from_table(
        read,
        20,
        "ls-12-2026",
        number="12/KH-UBND",
        date="2026-01-15",
        title="Chuyển đổi số tỉnh Lạng Sơn năm 2026",
        period={"start": 2026, "end": 2026},
    )
    for g in d["task_groups"]:
        for x in g["tasks"]:
            if x["id"] == "VI.6":  # the commune's own lead; the province's department guides
                x["commune"] = {"lead": "UBND xã; công chức Văn hóa - Xã hội"}
    import json

    raw = json.dumps(d, ensure_ascii=False).encode("utf-8")
    t, canonical = tsvc.read_template_bytes(raw, "ls.json")
    with store.transaction() as s:
        unit = usvc.create_unit(s, usvc.spec_for_directory_unit("06325"))
        usvc.set_setting(s, "role", "unit")
        rec = tsvc.add_template(s, t, canonical, "package")
        plan = psvc.create_plan(s, unit, rec, 2026)
        return next(x.id for x in plan.tasks if x.template_ref == "III.6")


def test_event_date_in_the_tasks_page(qtbot, store, tmp_path: Path, messages, window_factory) -> None:
    from desktop.models.enums import TaskStatus
    from desktop.services import plans as editor
    from desktop.services import tracking
    from desktop.views import main_window as mw

    tid = _ls_plan(store, tmp_path)
    w = window_factory(store, today=dt.date(2026, 3, 1))
    w.goto_page(mw.PAGE_TASKS)
    tp = w.tasks_page
    tp.select_task(tid)
    form = tp.form
    assert form._form.isRowVisible(form.event_edit)
    assert "Bộ Nội vụ hướng dẫn" in form.event_label.text()
    task = editor.get_task(w.ws.plan, tid)
    assert task.finish is None and not tracking.is_late(task, dt.date(2026, 12, 31))
    form.event_edit.setFocus()
    qtbot.keyClicks(form.event_edit, "10/02/2026")
    qtbot.keyClick(form.event_edit, Qt.Key.Key_Return)
    task = editor.get_task(w.ws.plan, tid)
    assert task.event_date == dt.date(2026, 2, 10) and task.finish.code == "2026-05-10"
    assert tracking.effective_status(task, dt.date(2026, 6, 1)) is TaskStatus.LATE
    w.undo_action.trigger()
    task = editor.get_task(w.ws.plan, tid)
    assert task.event_date is None and task.finish is None
    # a wrong date is said, nothing changes
    form.event_edit.clear()
    qtbot.keyClicks(form.event_edit, "31/02/2026")
    qtbot.keyClick(form.event_edit, Qt.Key.Key_Return)
    assert editor.get_task(w.ws.plan, tid).event_date is None
    assert not form._form.isRowVisible(form.guide)
    # a task with a fixed deadline has no event date to enter
    other = next(t.id for t in w.ws.plan.tasks if t.template_ref == "I.1")
    tp.select_task(other)
    assert not form._form.isRowVisible(form.event_edit)
    # the commune leads its version of VI.6; the province's department is shown as guiding
    own = next(t for t in w.ws.plan.tasks if t.template_ref == "VI.6")
    assert own.lead == "UBND xã; công chức Văn hóa - Xã hội" and own.guide == "Sở Nội vụ"
    tp.select_task(own.id)
    assert form.lead.text() == own.lead
    assert form._form.isRowVisible(form.guide) and form.guide.text() == "Sở Nội vụ"


def test_the_commune_plan_prints_its_own_lead_and_the_guiding_department(store, tmp_path: Path) -> None:
    from desktop.services import documents as service

    _ls_plan(store, tmp_path)
    text = " ".join(service.plan_document(store, 2026).plain_text().split())
    assert "UBND xã; công chức Văn hóa - Xã hội" in text and "Sở Nội vụ (hướng dẫn)" in text
