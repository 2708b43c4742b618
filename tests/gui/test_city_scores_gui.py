"""The city's Chấm điểm tab: ranked units, an adjustment with its reason, the report and the table saved."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from desktop.services import city_scoring, scorecards

SET = "dti-xa-mau-2026"


def test_city_ranks_adjusts_and_saves_in_the_window(
    qtbot, demo_store, messages, cli, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from desktop.store import open_store
    from desktop.views.city_scores import AdjustDialog
    from desktop.views.city_window import CityWindow

    payloads = {}
    for code, meetings in (("11629", 3), ("10660", 1)):
        with demo_store.transaction() as s:
            aid = scorecards.open_assessment(s, SET, "2024-Q4").id
            scorecards.set_answer(s, aid, "1.2", meetings)
            scorecards.set_answer(s, aid, "2.1", True)
            payloads[code] = scorecards.export_payload(s, demo_store.data, aid)
    d = tmp_path / "city"
    assert cli("--data-dir", d, "city", "init", "--province", "31").code == 0
    store = open_store(d)
    try:
        with store.transaction() as s:
            city_scoring.receive(s, "11629", "Xã An Lão", 1, payloads["11629"], {})
            city_scoring.receive(s, "10660", "Phường Ái Quốc", 1, payloads["10660"], {})
        w = CityWindow(store, 2024)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        page = w.scores_page
        w.tabs.setCurrentWidget(page)
        assert page.period_box.currentText() == "Quý IV/2024"
        assert [page.table.item(r, 1).text() for r in range(page.table.rowCount())] == ["11629", "10660"]
        assert page.table.item(0, 4).text() == "80" and page.table.item(1, 4).text() == "60"
        page.table.setCurrentCell(0, 2)
        assert "Quý IV/2024: 80" in page.trend.text()

        def answer() -> None:
            dlg = QApplication.activeModalWidget()
            if not isinstance(dlg, AdjustDialog):
                if dlg is not None:
                    dlg.reject()
                return
            dlg.criterion.setCurrentIndex(dlg.criterion.findData("1.2"))
            dlg.points.setValue(10)
            ev = QInputMethodEvent()
            ev.setCommitString("Chỉ có 1 biên bản họp")
            QApplication.sendEvent(dlg.reason, ev)
            box = dlg.findChild(QDialogButtonBox)
            qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

        QTimer.singleShot(0, answer)
        qtbot.mouseClick(page.adjust_button, Qt.MouseButton.LeftButton)
        assert not [m for k, m in messages if k == "error"], messages
        # An Lão: 10 + 50 = 60, now level with Ái Quốc: both first
        assert [page.table.item(r, 0).text() for r in range(2)] == ["1", "1"]
        with store.transaction() as s:
            by = {u.unit_code: u for u in city_scoring.ranking(s, SET, "2024-Q4")}
        assert by["11629"].total == D(60) and by["11629"].adjusted["1.2"] == (D(30), D(10), "Chỉ có 1 biên bản họp")
        out = tmp_path / "bang-diem.xlsx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
        qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
        ws = openpyxl.load_workbook(out)["Chấm điểm"]
        assert ws.cell(row=5, column=5).value == 60.0
        pdf = tmp_path / "bao-cao.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf), "")))
        qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
        assert pdf.read_bytes()[:4] == b"%PDF"
        w.close()
    finally:
        store.close()
