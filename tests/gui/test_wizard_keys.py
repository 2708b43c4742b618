"""The first-run wizard as a new user drives it: typing and Enter (issue #12, point 2)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard


def _wizard(qtbot, store, today=dt.date(2026, 11, 30)):  # type: ignore[no-untyped-def]
    from desktop.app import create_wizard

    wiz = create_wizard(store, today=today)
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def test_enter_in_the_search_picks_and_stays_on_the_page(qtbot, store, messages) -> None:  # type: ignore[no-untyped-def]
    wiz = _wizard(qtbot, store)
    p = wiz.province_page
    nxt = wiz.button(QWizard.WizardButton.NextButton)
    assert not nxt.isEnabled() and "Hãy chọn tỉnh" in p.reason.text()
    qtbot.keyClicks(p.search, "son la")
    assert p.list.currentItem().text() == "Sơn La"  # the exact name first, not Lạng Sơn
    qtbot.keyClick(p.search, Qt.Key.Key_Return)
    assert wiz.currentId() == 0 and p.province_code() is not None
    assert nxt.isEnabled() and p.reason.text() == ""
    # Down moves in the list from the search box; Enter keeps the highlighted one
    p.search.clear()
    qtbot.keyClicks(p.search, "hai phong")
    assert p.list.currentItem().text() == "Thành phố Hải Phòng"
    qtbot.keyClick(p.search, Qt.Key.Key_Return)
    assert wiz.currentId() == 0
    # nothing matches: Tiếp tục is disabled, and the reason is shown
    p.search.clear()
    qtbot.keyClicks(p.search, "khong co tinh nay")
    assert not nxt.isEnabled() and p.reason.text()
    p.search.clear()
    qtbot.keyClicks(p.search, "hai phong")
    qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
    assert wiz.currentId() == 1
    u = wiz.unit_page
    qtbot.keyClicks(u.search, "an lao")
    qtbot.keyClick(u.search, Qt.Key.Key_Return)
    assert wiz.currentId() == 1 and u.list.currentItem().text() == "Xã An Lão"  # not Phường Ái Quốc
    qtbot.keyClicks(u.search, "xyz khong co")
    assert not nxt.isEnabled() and "Hãy chọn đơn vị" in u.reason.text()


def test_other_province_template_and_year_outside_warn_before_finish(qtbot, store, messages) -> None:  # type: ignore[no-untyped-def]
    wiz = _wizard(qtbot, store)
    qtbot.keyClicks(wiz.province_page.search, "son la")
    wiz.button(QWizard.WizardButton.NextButton).click()
    wiz.unit_page.list.setCurrentRow(0)
    for _ in range(3):
        wiz.button(QWizard.WizardButton.NextButton).click()
    assert wiz.currentId() == 4
    wiz.template_page.all.click()  # show the other provinces' templates
    wiz.template_page.select_key("hp-325-2024")
    wiz.button(QWizard.WizardButton.NextButton).click()
    y = wiz.year_page
    assert y.year.value() == 2026  # the current year by default
    assert "Hải Phòng" in y.warning.text()
    y.year.setValue(2031)
    assert "ngoài thời kỳ" in y.warning.text()
    # Hoàn tất asks first (the recorded box answers Yes): then the plan is made
    wiz.button(QWizard.WizardButton.FinishButton).click()
    assert messages and messages[0][0] == "ask" and "Vẫn tạo" in messages[0][1]
    assert wiz.plan_id is not None
