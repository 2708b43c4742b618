"""Money and target values (issue #12, point 8): warnings in the check panel, the range in the message."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.views import main_window as mw


def _issues(w) -> list[str]:  # type: ignore[no-untyped-def]
    return [w.issues.item(i).text() for i in range(w.issues.count())]


def test_amounts_too_large_and_spent_above_approved_are_warned(qtbot, demo_store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    w = window_factory(demo_store)
    w.goto_page(mw.PAGE_PLAN)
    w.plan_page.tabs.setCurrentIndex(w.plan_page.TAB_FUNDING)
    fund = w.plan_page.funding
    fund.add_btn.click()
    row = fund.table.rowCount() - 1
    fund.table.item(row, 0).setText("Mua máy tính cho Bộ phận Một cửa")
    fund.table.item(row, 2).setText("120")  # dự toán
    fund.table.item(row, 3).setText("150")  # đã sử dụng
    found = [t for t in _issues(w) if "nhiều hơn dự toán" in t]
    assert found and found[0].startswith("⚠") and "Mua máy tính" in found[0]
    row = next(r for r in range(fund.table.rowCount()) if fund.table.item(r, 0).text().startswith("Mua máy tính"))
    fund.table.item(row, 2).setText("185.000.000")  # typed in đồng, not million đồng
    found = [t for t in _issues(w) if "vượt mức hợp lý" in t]
    assert found and "từ 0 đến 50.000 triệu đồng" in found[0]
    # one click on the warning goes to the line
    w.goto_page(mw.PAGE_DASHBOARD)
    item = next(w.issues.item(i) for i in range(w.issues.count()) if "vượt mức hợp lý" in w.issues.item(i).text())
    w.show()
    qtbot.mouseClick(w.issues.viewport(), Qt.MouseButton.LeftButton, pos=w.issues.visualItemRect(item).center())
    assert w.nav.currentRow() == mw.PAGE_PLAN and w.plan_page.tabs.currentIndex() == w.plan_page.TAB_FUNDING


def test_a_target_out_of_range_names_the_range(qtbot, demo_store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    w = window_factory(demo_store)
    w.goto_page(mw.PAGE_PLAN)
    w.plan_page.tabs.setCurrentIndex(w.plan_page.TAB_TARGETS)
    t = w.plan_page.targets
    row = next(r for r, tg in enumerate(w.ws.plan.targets) if tg.unit == "%")
    before = w.ws.plan.targets[row].value
    t.table.item(row, t.C_VALUE).setText("150")
    assert messages and messages[-1] == ("error", "Giá trị chỉ tiêu phải từ 0 đến 100 (đã nhập 150).")
    assert w.ws.plan.targets[row].value == before
