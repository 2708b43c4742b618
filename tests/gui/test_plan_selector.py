"""The window's plan selector, grouped by year, and its new-plan dialog, driven through signals."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.models.enums import Issuer, PlanKind
from desktop.services import plans as psvc


def test_new_campaign_plan_from_the_menu_then_switch_by_the_selector(qtbot, demo_store, messages) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import create_main_window
    from desktop.views.main_window import NewPlanDialog

    w = create_main_window(demo_store, today=lambda: dt.date(2024, 8, 15))
    qtbot.addWidget(w)
    first = w.ws.plan_id
    assert w.plan_ids() == [first] and w.plan_combo.count() == 2  # "Năm 2024", then the plan
    seen: list[str] = []

    def answer() -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, NewPlanDialog)
        dlg.kind.setCurrentIndex(dlg.kind.findData(PlanKind.CAMPAIGN.value))
        dlg.issuer.setCurrentIndex(dlg.issuer.findData(Issuer.BAN_CHI_DAO.value))
        dlg.template.setCurrentIndex(dlg.template.count() - 1)  # none: the unit's own plan
        dlg.by_dates.click()
        assert dlg.start.isEnabled() and not dlg.year.isEnabled()
        dlg.start.setDate(QDate(2024, 9, 1))
        dlg.end.setDate(QDate(2024, 12, 9))
        dlg.title.insert("Cao điểm 100 ngày Bình dân học vụ số")  # as an input method types it
        seen.append(dlg.windowTitle())
        box = dlg.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    action = next(a for a in w.findChildren(type(w.check_action)) if a.objectName() == "action_new_plan")
    action.trigger()
    assert seen == ["Kế hoạch mới"]
    new = w.ws.plan_id
    assert new != first and w.ws.plan.kind is PlanKind.CAMPAIGN and w.ws.plan.issuer is Issuer.BAN_CHI_DAO
    assert (w.ws.plan.first_day, w.ws.plan.last_day) == (dt.date(2024, 9, 1), dt.date(2024, 12, 9))
    assert w.ws.plan.template is None and "Cao điểm 100 ngày" in w.windowTitle()
    assert w.plan_ids() == [first, new] and w.plan_combo.count() == 3  # one year's heading, two plans
    heading = w.plan_combo.model().item(0)
    assert heading.text() == "Năm 2024" and not heading.isEnabled()
    assert w.plan_combo.currentData() == new
    # back to the annual plan with the keyboard: the heading is skipped, activated switches
    w.plan_combo.setFocus()
    qtbot.keyClick(w.plan_combo, Qt.Key.Key_Up)
    assert w.ws.plan_id == first and w.plan_combo.currentData() == first
    assert "Kế hoạch năm 2024" in w.windowTitle()
    with demo_store.session() as s:
        assert [p.id for p in psvc.list_plans(s)] == [first, new]
    w.grab().save("/tmp/plans-window.png")
