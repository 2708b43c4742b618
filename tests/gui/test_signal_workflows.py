"""The official's workflows through the real signals: menus triggered, buttons clicked,
dialogs answered by the test (issue #12)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from desktop.models.enums import PlanState
from desktop.services import plans as psvc
from desktop.views import main_window as mw
from tests.gui.walker import accept_button, answer_dialog, answer_static_dialogs


def _action(w, name: str):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    a = w.findChild(QAction, name)
    assert a is not None, name
    return a


def test_add_tasks_from_the_city_template_then_undo_redo(qtbot, demo_store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    w = window_factory(demo_store)
    w.goto_page(mw.PAGE_TASKS)
    tp = w.tasks_page
    n = sum(1 for t in w.ws.plan.tasks if t.adopted)
    picked: list[str] = []

    def tick_two(dlg):  # type: ignore[no-untyped-def]
        for i in range(2):
            dlg.list.item(i).setCheckState(Qt.CheckState.Checked)
            picked.append(dlg.list.item(i).data(Qt.ItemDataRole.UserRole))
        accept_button(dlg).click()

    assert answer_dialog(qtbot, tick_two) is not None
    tp.add_tmpl.click()  # Thêm từ mẫu thành phố...
    assert len(picked) == 2
    assert sum(1 for t in w.ws.plan.tasks if t.adopted) == n + 2
    assert "Thêm 2 nhiệm vụ từ mẫu" in w.undo_action.text()
    w.undo_action.trigger()
    assert sum(1 for t in w.ws.plan.tasks if t.adopted) == n
    w.redo_action.trigger()
    assert sum(1 for t in w.ws.plan.tasks if t.adopted) == n + 2
    # Undo and Redo keep working after it (the old error left the stack inside a macro)
    g = w.plan_page.general
    g.number.setText("09")
    g.number.editingFinished.emit()
    w.undo_action.trigger()
    assert w.ws.plan.number is None
    assert messages == []


def test_new_year_plan_from_the_menu(qtbot, demo_store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    w = window_factory(demo_store)

    def choose(dlg):  # type: ignore[no-untyped-def]
        assert dlg.year.value() == 2025
        i = next(i for i in range(dlg.template.count()) if (dlg.template.itemData(i) or (None,))[0] == "hp-325-2024")
        dlg.template.setCurrentIndex(i)
        accept_button(dlg).click()

    answered = answer_dialog(qtbot, choose)
    _action(w, "action_new_plan").trigger()
    assert answered == ["NewPlanDialog"]
    assert w.ws.plan.year == 2025 and len(w.plan_ids()) == 2
    assert sum(1 for t in w.ws.plan.tasks if t.adopted) == 19


def test_import_a_template_package_from_the_menu(
    qtbot, demo_store, tmp_path: Path, messages, monkeypatch, window_factory
) -> None:  # type: ignore[no-untyped-def]
    import json

    from desktop.services import city
    from desktop.store import open_store
    from desktop.sync import template_package as tp

    cs = open_store(tmp_path / "tp")
    city.init_city(cs, "31")
    draft = tp.draft(cs, "hp-325-2024", tmp_path / "mau.json")
    d = json.loads(draft.read_text(encoding="utf-8"))
    d["version"] = 2
    draft.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    pub = tp.publish(cs, draft, tmp_path)
    cs.close()
    calls = answer_static_dialogs(monkeypatch, tmp_path, open_file=pub.path)
    w = window_factory(demo_store)
    _action(w, "action_import_template").trigger()
    assert calls["open"] == ["Chọn gói mẫu kế hoạch của thành phố"]
    assert [k for k, _t in messages][:2] == ["ask", "info"]
    assert w.ws.plan.template.version == 2


def test_export_from_the_send_page(qtbot, demo_store, tmp_path: Path, messages, monkeypatch, window_factory) -> None:  # type: ignore[no-untyped-def]
    """Save As (Documents folder, the unit's name and year), Mở thư mục, times in Viet Nam's time."""
    from PySide6.QtCore import QStandardPaths

    calls = answer_static_dialogs(monkeypatch, tmp_path)
    docs = tmp_path / "Documents"
    docs.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _loc: str(docs)))
    w = window_factory(demo_store)
    w.goto_page(mw.PAGE_SYNC)
    made: list[Path] = []
    shown: list[str] = []

    def export(dlg):  # type: ignore[no-untyped-def]
        assert not dlg.open_folder.isVisible()
        dlg.export_button.click()
        made.append(Path(dlg.last_result.path))
        assert dlg.open_folder.isVisible()
        dlg.open_folder.click()
        shown.append(dlg.history.item(0, 1).text())
        dlg.reject()

    answer_dialog(qtbot, export)
    w.sync_page.button.click()
    assert calls["save"] == [str(docs / "xa-an-lao-2024-lan-01.khcds")]
    assert made and made[0].is_file() and made[0].name == "xa-an-lao-2024-lan-01.khcds"
    assert calls["url"] and calls["url"][0].toLocalFile() == str(made[0].parent)
    assert made[0].name in w.sync_page.history.text()
    # the time shown is Viet Nam's (UTC+7), whatever the PC's zone
    from desktop.sync import package as pkg
    from desktop.vn import format_local

    created = pkg.export_history(demo_store, 2024)[0]["created_at"]
    assert shown == [format_local(created)]
    assert format_local(dt.datetime(2024, 3, 5, 20, 30)) == "06/3/2024 03:30"


def test_approve_then_issue_asks_number_and_date(qtbot, demo_store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    w = window_factory(demo_store, today=dt.date(2024, 3, 4))
    assert w.ws.plan.number is None
    _action(w, "action_state_submitted").trigger()
    seen: list[str] = []

    def empty_then_fill(dlg):  # type: ignore[no-untyped-def]
        ok = accept_button(dlg)
        assert not ok.isEnabled() and "số kế hoạch" in dlg.reason.text()  # no number: cannot accept
        seen.append(dlg.date.date().toString("dd/MM/yyyy"))
        dlg.number.setText("15")
        dlg.date.setDate(QDate(2024, 3, 5))
        assert ok.isEnabled()
        ok.click()

    answer_dialog(qtbot, empty_then_fill)
    _action(w, "action_state_approved").trigger()
    assert seen == ["04/03/2024"]  # today by default
    plan = w.ws.plan
    assert plan.state is PlanState.APPROVED and plan.number == "15" and plan.issue_date == dt.date(2024, 3, 5)
    # the fields look locked now
    g = w.plan_page.general
    assert g.number.isReadOnly() and not w.tasks_page.add_own.isEnabled()
    _action(w, "action_state_issued").trigger()  # number and date known: only the confirmation
    assert w.ws.plan.state is PlanState.ISSUED
    assert [k for k, _t in messages] == ["ask", "ask"]
    assert all("đã đã" not in t for _k, t in messages)


def test_a_locked_plan_refusal_says_it_once(qtbot, demo_store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    with demo_store.transaction() as s:
        plan = psvc.load_plan(s, psvc.latest_plan_id(s))
        plan.number, plan.issue_date = "3", dt.date(2024, 2, 1)

        psvc.change_state(s, plan, PlanState.SUBMITTED)
        psvc.change_state(s, plan, PlanState.APPROVED)
    w = window_factory(demo_store)
    w.goto_page(mw.PAGE_TASKS)
    w.tasks_page.view.setCurrentIndex(w.tasks_page.proxy.index(0, 0))
    w.tasks_page.toggle.click()
    assert messages and messages[-1][0] == "error"
    assert "đã đã" not in messages[-1][1] and "chỉ xem" in messages[-1][1]


def test_city_import_ends_with_a_receipt(qtbot, tmp_path: Path, messages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import city
    from desktop.services.demo import run_demo
    from desktop.store import open_store
    from desktop.sync import package
    from desktop.views.city_window import CityWindow

    unit = open_store(tmp_path / "unit")
    run_demo(unit)
    r = package.export_plan(unit, 2024, tmp_path / "out")
    unit.close()
    bad = tmp_path / "hong.khcds"
    bad.write_text("không phải tệp", encoding="utf-8")
    store = open_store(tmp_path / "city")
    city.init_city(store, "31")
    win = CityWindow(store, year=2024)
    qtbot.addWidget(win)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileNames", staticmethod(lambda *a, **k: ([str(r.path), str(bad)], ""))
    )

    def import_unticked(dlg):  # type: ignore[no-untyped-def]
        qtbot.waitUntil(
            lambda: not dlg.busy and bool(dlg.items), timeout=30000
        )  # the preview is read off the GUI thread
        dlg.apply_button.click()

    assert answer_dialog(qtbot, import_unticked) is not None  # the key not ticked
    win.import_files_button.click()
    qtbot.waitUntil(lambda: any(k == "info" for k, _t in messages), timeout=30000)
    text = next(t for k, t in messages if k == "info")
    assert text.startswith("Đã nhận 0 tệp, từ chối 2 tệp.")
    assert "đã đối chiếu" in text and "hong.khcds" in text
    assert city.status(store, 2024).counts()[city.SubmissionStatus.MISSING] == len(win.report.units)

    messages.clear()

    def tick_then_import(dlg):  # type: ignore[no-untyped-def]
        qtbot.waitUntil(lambda: not dlg.busy and bool(dlg.items), timeout=30000)
        dlg.confirm_all_keys()
        dlg.apply_button.click()

    answer_dialog(qtbot, tick_then_import)
    win.import_files_button.click()
    qtbot.waitUntil(lambda: any(k == "info" for k, _t in messages), timeout=30000)
    text = next(t for k, t in messages if k == "info")
    assert text.startswith("Đã nhận 1 tệp, từ chối 1 tệp.") and "hong.khcds" in text
    assert "chưa gửi" in win.summary.text()
    win.close()
    store.close()
