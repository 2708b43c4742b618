"""Word users' habits (issue #12, points 4 and 11): Ctrl+S, Ctrl+P, F1, the preview's pages and
zoom, a document saved is the one chosen, the report period of today."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.resources import resource_path
from desktop.views import main_window as mw
from tests.gui.walker import answer_dialog, answer_static_dialogs


def _active(qtbot, w):  # type: ignore[no-untyped-def]
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)


def test_ctrl_s_saves_the_field_being_typed_and_says_so(qtbot, demo_store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    w = window_factory(demo_store)
    _active(qtbot, w)
    w.goto_page(mw.PAGE_PLAN)
    g = w.plan_page.general
    g.number.setFocus()
    qtbot.keyClicks(g.number, "21")
    assert w.ws.plan.number is None  # not left yet
    qtbot.keyClick(g.number, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert w.ws.plan.number == "21"
    assert "đã được lưu" in w.statusBar().currentMessage()


def test_f1_opens_the_guide_at_the_page_chapter(qtbot, demo_store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    w = window_factory(demo_store)
    _active(qtbot, w)
    w.goto_page(mw.PAGE_TRACKING)
    qtbot.keyClick(w, Qt.Key.Key_F1)
    g = w.guide
    assert g.isVisible() and g.windowTitle() == "Hướng dẫn sử dụng KHCĐS"
    text = g.browser.toPlainText()
    for chapter in (
        "Lần đầu sử dụng",
        "Soạn kế hoạch",
        "Theo dõi tiến độ hằng quý",
        "In và ký văn bản",
        "Gửi thành phố",
        "Chế độ thành phố",
    ):
        assert chapter in text
    assert g.browser.verticalScrollBar().value() > 0  # at "Theo dõi", not at the top
    g.close()


def test_the_guide_is_offline_and_its_pictures_are_shipped() -> None:
    html = resource_path("guide", "index.html").read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html
    images = re.findall(r'<img src="([^"]+)"', html)
    assert len(images) >= 8
    for name in images:
        assert resource_path("guide", name).is_file(), name


def _made(qtbot, d):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not d.progress.isVisible(), timeout=120000)


def test_documents_default_period_and_save_never_writes_another_document(
    qtbot, demo_store, messages, monkeypatch, window_factory, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    w = window_factory(demo_store, today=dt.date(2024, 11, 30))
    w.goto_page(mw.PAGE_DOCUMENTS)
    d = w.documents
    assert d.period.currentText() == "Quý IV"  # the period under way on 30/11
    d.make_btn.click()
    _made(qtbot, d)
    plan_pdf = d.pdf.read_bytes()
    assert d.page_label.text().startswith("Trang 1/")
    # paging and zoom
    n = len(d.images)
    if n > 1:
        d.next_page.click()
        assert d.page_label.text() == f"Trang 2/{n}"
        d.prev_page.click()
        assert d.page_label.text() == f"Trang 1/{n}"
    width = d.page_widgets()[0].width()
    d.zoom_in.click()
    assert d.zoom.currentText() == "125%" and d.page_widgets()[0].width() > width
    d.zoom_out.click()
    d.zoom_out.click()
    assert d.zoom.currentText() == "75%" and d.page_widgets()[0].width() < width
    # the report chosen without "Lập văn bản": the preview is put away, printing waits, saving makes the report
    d.kind.setCurrentIndex(d.kind.findData("report"))
    assert d.pdf is None and not d.print_btn.isEnabled() and d.save_pdf.isEnabled()
    calls = answer_static_dialogs(monkeypatch, tmp_path)
    d.save_pdf.click()
    _made(qtbot, d)
    assert calls["save"] and calls["save"][0].endswith("BC-2024-q4.pdf")
    out = tmp_path / "saved" / "BC-2024-q4.pdf"
    qtbot.waitUntil(out.exists, timeout=60000)
    assert out.read_bytes()[:4] == b"%PDF" and out.read_bytes() != plan_pdf


def test_ctrl_p_prints_the_current_document(qtbot, demo_store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    import sys

    if sys.platform == "win32":
        pytest.skip("Windows prints through the PDF application")
    w = window_factory(demo_store)
    _active(qtbot, w)
    seen = answer_dialog(qtbot, lambda dlg: dlg.reject(), timeout_ms=120000)
    qtbot.keyClick(w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: seen == ["QPrintDialog"], timeout=120000)
    assert w.nav.currentRow() == mw.PAGE_DOCUMENTS
    assert w.documents.pdf is not None and w.documents.made_for == (2024, "plan", None)
