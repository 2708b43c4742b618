"""A plan that reports monthly offers its months in Văn bản and makes the month's report."""

from __future__ import annotations

import datetime as dt

import pdfplumber
from PySide6.QtCore import Qt

from desktop.views import main_window as mw


def test_monthly_plan_reports_its_month_from_the_window(qtbot, demo_dir, messages, cli) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import create_main_window
    from desktop.store import open_store

    r = cli(
        "--data-dir",
        demo_dir,
        "plan",
        "new",
        "--kind",
        "chien_dich",
        "--issuer",
        "ban_chi_dao",
        "--blank",
        "--start",
        "2024-09-01",
        "--end",
        "2024-12-09",
        "--title",
        "Cao điểm 100 ngày chuyển đổi số",
        "--report",
        "month day:20",
    )
    assert r.code == 0, r.err
    store = open_store(demo_dir)
    try:
        w = create_main_window(store, today=lambda: dt.date(2024, 11, 30))
        qtbot.addWidget(w)
        d = w.documents
        annual = w.ws.plan_id
        assert d.period.findData("m11") < 0  # the annual plan reports by quarter
        # the campaign plan, picked in the plan selector
        w.plan_combo.setFocus()
        qtbot.keyClick(w.plan_combo, Qt.Key.Key_Down)  # the next plan of 2024, with the keyboard
        assert w.ws.plan_id != annual and "Cao điểm 100 ngày" in w.windowTitle()
        w.goto_page(mw.PAGE_DOCUMENTS)
        assert d.period.currentData() == "m11" and d.period.currentText() == "Tháng 11"
        d.kind.setCurrentIndex(d.kind.findData("report"))
        qtbot.mouseClick(d.make_btn, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not d.progress.isVisible() and d.pdf is not None, timeout=120000)
        with pdfplumber.open(d.pdf) as pdf:
            text = " ".join(p.extract_text() or "" for p in pdf.pages)
        assert "tháng 11" in text.lower()
        assert not [m for k, m in messages if k == "error"]
    finally:
        store.close()
