"""The demo and the defaults follow today's date (issue #12, point 9)."""

from __future__ import annotations

import datetime as dt

from desktop.services import plans as psvc
from desktop.views import main_window as mw

TODAY = dt.date(2026, 11, 30)


def test_demo_for_today_then_the_window(qtbot, store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.demo import run_demo

    run_demo(store, today=TODAY)
    with store.session() as s:
        plan = psvc.load_plan(s, psvc.latest_plan_id(s))
        assert plan.year == 2026
        adopted = [t for t in plan.tasks if t.adopted]
        assert adopted and all(t.finish is None or t.finish.end.year == 2026 for t in adopted)
        updates = [u for t in plan.tasks for u in t.updates]
        assert updates and max(u.on_date for u in updates) <= TODAY
        assert max(u.on_date for u in updates) >= dt.date(2026, 11, 1)  # progress as of now, not of June
        quarters = {m.period.index for tg in plan.targets for m in tg.measurements}
        assert quarters == {1, 2, 3}  # the quarters already over
    w = window_factory(store, today=TODAY)
    assert "2026" in w.windowTitle()
    w.goto_page(mw.PAGE_DOCUMENTS)
    assert w.documents.period.currentText() == "Quý IV"
    w.goto_page(mw.PAGE_DASHBOARD)
    items = [w.dashboard.upcoming.item(i).text() for i in range(w.dashboard.upcoming.count())]
    assert items and not any(i.startswith("Quá hạn") for i in items)


def test_a_past_plan_calls_its_dates_overdue(qtbot, demo_store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    w = window_factory(demo_store, today=TODAY)  # the 2024 demo seen in 2026
    w.goto_page(mw.PAGE_DASHBOARD)
    items = [w.dashboard.upcoming.item(i).text() for i in range(w.dashboard.upcoming.count())]
    dated = [i for i in items if any(c.isdigit() for c in i)]
    assert dated and all(i.startswith("Quá hạn") for i in dated)


def test_khcds_demo_is_for_this_year(cli, data_dir) -> None:  # type: ignore[no-untyped-def]
    import json

    assert cli("--data-dir", data_dir, "demo").code == 0
    info = json.loads(cli("--data-dir", data_dir, "info", "--json").out)
    assert [p["year"] for p in info["plans"]] == [dt.date.today().year]
