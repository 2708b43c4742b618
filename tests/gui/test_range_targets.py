"""A target with a range (``60-70%``) shows and edits as a range in the window, not as its
lower end only."""

from __future__ import annotations

from decimal import Decimal

from desktop.views import main_window as mw
from tests.helpers import add_range_target


def _row(table, target_id: int) -> int:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == target_id)


def _target(w, target_id: int):  # type: ignore[no-untyped-def]
    return next(t for t in w.ws.plan.targets if t.id == target_id)


def test_range_target_shows_and_edits_both_ends(demo_store, window_factory, messages):  # type: ignore[no-untyped-def]
    tid = add_range_target(demo_store)
    w = window_factory(demo_store)
    w.goto_page(mw.PAGE_PLAN)
    w.plan_page.tabs.setCurrentIndex(w.plan_page.TAB_TARGETS)
    t = w.plan_page.targets
    r = _row(t.table, tid)
    assert t.table.item(r, t.C_VALUE).text() == "60-70"

    t.table.item(r, t.C_VALUE).setText("65 - 75")  # what the cell's editor commits
    tg = _target(w, tid)
    assert (tg.value, tg.value_max) == (Decimal(65), Decimal(75))
    assert t.table.item(_row(t.table, tid), t.C_VALUE).text() == "65-75"

    t.table.item(_row(t.table, tid), t.C_VALUE).setText("68")  # one number: the lower end
    tg = _target(w, tid)
    assert (tg.value, tg.value_max) == (Decimal(68), Decimal(75))

    t.table.item(_row(t.table, tid), t.C_VALUE).setText("80-75")  # refused, nothing changed
    assert messages and "Cận dưới của khoảng (80) lớn hơn cận trên (75)" in messages[-1][1]
    tg = _target(w, tid)
    assert (tg.value, tg.value_max) == (Decimal(68), Decimal(75))
    assert t.table.item(_row(t.table, tid), t.C_VALUE).text() == "68-75"

    w.undo_action.trigger()
    w.undo_action.trigger()
    tg = _target(w, tid)
    assert (tg.value, tg.value_max) == (Decimal(60), Decimal(70))

    # tracking shows the unit's range beside the quarters
    w.goto_page(mw.PAGE_TRACKING)
    m = w.tracking.targets
    m.refresh()
    assert m.table.item(_row(m.table, tid), 2).text() == "60-70"
