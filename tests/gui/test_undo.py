"""Undo (issue #12, point 7): per page, says what it undoes, a refused undo changes nothing."""

from __future__ import annotations

from desktop.models.enums import PlanState
from desktop.services import plans as psvc
from desktop.views import main_window as mw
from tests.gui.walker import accept_button, answer_dialog


def test_undo_is_per_page_and_names_the_edit(qtbot, demo_store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    w = window_factory(demo_store)
    w.goto_page(mw.PAGE_PLAN)
    g = w.plan_page.general
    g.number.setText("05")
    g.number.editingFinished.emit()
    assert w.undo_action.text().replace("&", "") == "Hoàn tác Sửa số kế hoạch"
    w.goto_page(mw.PAGE_TASKS)
    assert not w.undo_action.isEnabled()  # nothing done on this page yet

    def fill(dlg):  # type: ignore[no-untyped-def]
        dlg.content.setText("Lắp wifi miễn phí tại nhà văn hóa các thôn")
        accept_button(dlg).click()

    answer_dialog(qtbot, fill)
    w.tasks_page.add_own.click()
    assert w.undo_action.text().replace("&", "") == "Hoàn tác Thêm nhiệm vụ riêng"
    n = len(w.ws.plan.tasks)
    w.goto_page(mw.PAGE_PLAN)
    w.undo_action.trigger()  # the plan page's edit, not the task added on the other page
    assert w.ws.plan.number is None and len(w.ws.plan.tasks) == n
    w.goto_page(mw.PAGE_TASKS)
    w.undo_action.trigger()
    assert len(w.ws.plan.tasks) == n - 1


def test_a_refused_undo_changes_nothing(qtbot, demo_store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    w = window_factory(demo_store)
    w.goto_page(mw.PAGE_PLAN)
    g = w.plan_page.general
    g.number.setText("07")
    g.number.editingFinished.emit()
    # the plan is approved meanwhile (another window, the command line)
    with demo_store.transaction() as s:
        plan = psvc.load_plan(s, w.ws.plan_id)
        plan.issue_date = __import__("datetime").date(2024, 3, 1)
        psvc.change_state(s, plan, PlanState.SUBMITTED)
        psvc.change_state(s, plan, PlanState.APPROVED)
    w.ws.changed.emit()
    index = w.ws.undo_stack.index()
    w.undo_action.trigger()
    qtbot.wait(20)
    assert messages and messages[-1][0] == "error" and "chỉ xem" in messages[-1][1]
    assert w.ws.plan.number == "07"
    assert w.ws.undo_stack.index() == index and w.undo_action.isEnabled()  # the stack did not move
    assert w.undo_action.text().replace("&", "") == "Hoàn tác Sửa số kế hoạch"


def test_a_tracking_update_says_it_is_final(qtbot, demo_store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    w = window_factory(demo_store)
    w.goto_page(mw.PAGE_TRACKING)
    w.tracking.view.setCurrentIndex(w.tracking.proxy.index(0, 0))
    texts: list[str] = []

    def read(dlg):  # type: ignore[no-untyped-def]
        texts.append(dlg.period.currentText())
        from PySide6.QtWidgets import QLabel

        texts.append(dlg.findChild(QLabel, "update_final").text())
        dlg.reject()

    answer_dialog(qtbot, read)
    w.tracking.update_btn.click()
    qtbot.waitUntil(lambda: len(texts) == 2, timeout=5000)
    assert "không hoàn tác" in texts[1]
