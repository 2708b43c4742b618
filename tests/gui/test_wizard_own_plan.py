"""A province that has issued no template yet (Lạng Sơn): the first-run wizard still
finishes, with the unit's own plan, and the window then works for that plan."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.services import plans as psvc
from desktop.views import main_window as mw
from tests.gui.walker import accept_button, answer_dialog


def test_own_plan_for_a_province_without_template(qtbot, store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import create_wizard, needs_first_run

    wiz = create_wizard(store, today=dt.date(2026, 3, 1))
    qtbot.addWidget(wiz)
    wiz.show()
    nxt = wiz.button(QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wiz.province_page.search, "lang son")
    assert wiz.province_page.list.currentItem().text() == "Lạng Sơn"
    qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
    u = wiz.unit_page
    qtbot.keyClicks(u.search, "dong dang")
    qtbot.keyClick(u.search, Qt.Key.Key_Return)
    unit_name = u.list.currentItem().text()
    assert "Đồng Đăng" in unit_name
    for _ in range(3):  # unit, header, signers
        qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
    t = wiz.template_page
    assert wiz.currentId() == 4
    assert t.list.count() == 0 and "Lạng Sơn" in t.empty.text() and "Tự lập kế hoạch" in t.empty.text()
    assert not nxt.isEnabled()  # no template of Lạng Sơn: nothing to choose yet
    qtbot.mouseClick(t.own, Qt.MouseButton.LeftButton)
    assert t.own.isChecked() and nxt.isEnabled()
    qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
    y = wiz.year_page
    assert wiz.currentId() == 5 and y.year.value() == 2026
    assert y.warning.text() == "" and "tự lập" in y.summary.text() and "Đồng Đăng" in y.summary.text()
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wiz.plan_id is not None and messages == []
    assert not needs_first_run(store)
    with store.transaction() as s:
        plan = psvc.load_plan(s, wiz.plan_id)
        assert plan.template is None and plan.year == 2026 and plan.tasks == []
        assert plan.unit.name == unit_name

    # the window works for that plan: a task added by hand, the plan printed
    w = window_factory(store, today=dt.date(2026, 3, 2))
    assert "Đồng Đăng" in w.windowTitle()
    w.goto_page(mw.PAGE_TASKS)
    tp = w.tasks_page
    assert not tp.add_tmpl.isEnabled() and "tự lập" in tp.add_tmpl.toolTip()  # no template to add from

    def fill(dlg):  # type: ignore[no-untyped-def]
        assert dlg.pillar.count() > 0  # the usual pillars offered even without a template
        dlg.pillar.setCurrentText("Chính quyền số")
        dlg.content.setText("Số hóa hồ sơ một cửa của xã")
        accept_button(dlg).click()

    assert answer_dialog(qtbot, fill) is not None
    tp.add_own.click()
    assert tp.model.rowCount() == 1
    assert [t.content for t in w.ws.plan.tasks] == ["Số hóa hồ sơ một cửa của xã"]
    w.goto_page(mw.PAGE_DOCUMENTS)
    d = w.documents
    d.make_btn.click()
    qtbot.waitUntil(lambda: d.pdf is not None and not d.progress.isVisible(), timeout=60000)
    assert d.pdf is not None and d.pdf.read_bytes()[:4] == b"%PDF"
    assert [k for k, _m in messages if k in ("error", "warning")] == []
