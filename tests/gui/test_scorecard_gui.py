"""Tự chấm điểm in the window: two periods typed through the table, evidence attached, score shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QFileDialog, QLineEdit, QPushButton

from desktop.views.scorecard import COL_NA, COL_POINTS, COL_VALUE, DocumentEvidenceDialog, ScorecardDialog


def _type_value(qtbot, dlg: ScorecardDialog, criterion: str, text: str) -> None:  # type: ignore[no-untyped-def]
    item = dlg.table.item(dlg.row_of(criterion), COL_VALUE)
    dlg.table.scrollToItem(item)
    dlg.table.setCurrentItem(item)
    qtbot.keyClick(dlg.table, Qt.Key.Key_F2)  # F2 edits the current cell, as in Excel
    vp = dlg.table.viewport()
    editors = [e for e in [*vp.findChildren(QLineEdit), *vp.findChildren(QComboBox)] if e.isVisible()]
    editors = [e for e in editors if not isinstance(e.parent(), QComboBox)]
    assert len(editors) == 1, editors
    editor = editors[0]
    if isinstance(editor, QComboBox):  # a role or yes/no criterion: pick with the arrow keys
        qtbot.keyClick(editor, Qt.Key.Key_Home)
        for _ in range(editor.count()):
            if editor.currentText() == text:
                break
            qtbot.keyClick(editor, Qt.Key.Key_Down)
        assert editor.currentText() == text
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: not [e for e in dlg.table.viewport().findChildren(QComboBox) if e.isVisible()], timeout=2000
        )
        return
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # Vietnamese comes from the input method (Unikey, EVKey) as a committed string
        ev = QInputMethodEvent()
        ev.setCommitString(text)
        QApplication.sendEvent(editor, ev)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: not [e for e in dlg.table.viewport().findChildren(QLineEdit) if e.isVisible()], timeout=2000
    )


def _points(dlg: ScorecardDialog, criterion: str) -> str:
    return dlg.table.item(dlg.row_of(criterion), COL_POINTS).text()


def test_self_assessment_two_periods_in_the_window(
    qtbot, window_factory, demo_store, messages, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    proof = tmp_path / "bien-ban-hop-bcd.pdf"
    proof.write_bytes(b"%PDF-1.4 bien ban")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(proof), "")))
    w = window_factory(demo_store)
    seen: dict[str, object] = {}

    def fill_document() -> None:
        d = QApplication.activeModalWidget()
        if not isinstance(d, DocumentEvidenceDialog):
            seen["error"] = AssertionError(f"expected the document dialog, got {d!r}")
            if d is not None:
                d.reject()
            return
        for field, text in ((d.number, "15/QĐ-UBND"), (d.summary, "về thành lập Ban Chỉ đạo chuyển đổi số")):
            ev = QInputMethodEvent()
            ev.setCommitString(text)
            QApplication.sendEvent(field, ev)
        box = d.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    def drive() -> None:
        dlg = QApplication.activeModalWidget()
        try:
            steps(dlg)
        except BaseException as e:  # shown after the modal loop ends, never left hanging
            seen["error"] = e
            if dlg is not None:
                dlg.reject()

    def steps(dlg) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dlg, ScorecardDialog)
        seen["size"] = (dlg.width(), dlg.height())
        assert dlg.set_key() == "dti-xa-mau-2026"
        assert dlg.period_box.currentData() == "2024-Q3"  # today is 15/8/2024
        assert "Quý III/2024" == dlg.period_box.currentText()
        _type_value(qtbot, dlg, "1.1", "Phó Bí thư hoặc Phó Chủ tịch UBND xã")
        assert _points(dlg, "1.1") == "20"
        _type_value(qtbot, dlg, "1.2", "2")
        _type_value(qtbot, dlg, "1.3", "3/4")
        _type_value(qtbot, dlg, "2.1", "có")
        _type_value(qtbot, dlg, "8.1", "qua_han=4; pakn_dislike=3.5")
        r81 = dlg.row_of("8.1")
        assert _points(dlg, "8.1") == "90", (dlg.table.item(r81, COL_VALUE).text(), dlg.table.item(r81, 8).text())
        assert _points(dlg, "1.2") == "20" and _points(dlg, "1.3") == "22,5"
        # a value that cannot be right: one message, nothing stored
        _type_value(qtbot, dlg, "1.3", "5/4")
        assert messages[-1][0] == "error" and "lớn hơn mẫu số" in messages[-1][1]
        assert _points(dlg, "1.3") == "22,5"
        # 5.1 does not apply to this commune: tick it with the keyboard
        r = dlg.row_of("5.1")
        dlg.table.setCurrentCell(r, COL_NA)
        qtbot.keyClick(dlg.table, Qt.Key.Key_Space)
        assert dlg.table.item(r, COL_NA).checkState() == Qt.CheckState.Checked
        # evidence: a file for 1.2, a cited decision for 1.1
        dlg.table.setCurrentCell(dlg.row_of("1.2"), 1)
        qtbot.mouseClick(dlg.file_button, Qt.MouseButton.LeftButton)
        dlg.table.setCurrentCell(dlg.row_of("1.1"), 1)
        QTimer.singleShot(0, fill_document)
        qtbot.mouseClick(dlg.doc_button, Qt.MouseButton.LeftButton)
        ev = dlg.table.item(dlg.row_of("1.1"), 7).text()
        assert ev == "Văn bản số 15/QĐ-UBND ngày 15/8/2024 về thành lập Ban Chỉ đạo chuyển đổi số"
        assert dlg.table.item(dlg.row_of("1.2"), 7).text() == "bien-ban-hop-bcd.pdf"
        seen["q3_total"] = dlg.total.text()
        # the second period: Quý II/2024, from the period box
        dlg.period_box.setCurrentIndex(dlg.period_box.findData("2024-Q2"))
        assert _points(dlg, "1.2") == ""
        _type_value(qtbot, dlg, "1.2", "1")
        _type_value(qtbot, dlg, "2.1", "không")
        assert _points(dlg, "1.2") == "10" and _points(dlg, "2.1") == "0"
        seen["q2_total"] = dlg.total.text()
        dlg.grab().save(str(tmp_path / "scorecard.png"))
        close = [b for b in dlg.findChildren(QPushButton) if b.text() == "Đóng"][0]
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive)
    w.findChild(type(w.unlock_action), "action_scorecard").trigger()
    if "error" in seen:
        raise seen["error"]  # type: ignore[misc]
    assert "q2_total" in seen, "the window was not driven to the end"
    width, height = seen["size"]  # type: ignore[misc]
    assert width <= 1366 and height <= 728
    assert "xếp loại" in str(seen["q3_total"])

    from desktop.services import scorecards

    with demo_store.transaction() as s:
        q3 = scorecards.view(s, scorecards.open_assessment(s, "dti-xa-mau-2026", "2024-Q3").id)
        q2 = scorecards.view(s, scorecards.open_assessment(s, "dti-xa-mau-2026", "2024-Q2").id)
    pts3 = {x.id: x.points for x in q3.lines}
    assert pts3["1.1"] == 20 and pts3["1.2"] == 20 and pts3["1.3"] == 22.5 and pts3["2.1"] == 50 and pts3["8.1"] == 90
    assert next(x for x in q3.lines if x.id == "5.1").not_applicable
    assert q3.main_max == 940
    pts2 = {x.id: x.points for x in q2.lines}
    assert pts2["1.2"] == 10 and pts2["2.1"] == 0 and pts2["1.3"] is None
    assert f"{q3.total}".replace(".", ",").rstrip("0").rstrip(",") in str(seen["q3_total"])
