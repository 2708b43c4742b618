"""The sync widgets: export from the plan, the city's import preview, status table, drag and drop."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

pytestmark = pytest.mark.usefixtures("messages")  # message boxes recorded, never shown


def _store(d):
    from desktop.store import open_store

    return open_store(d)


def test_export_dialog_one_action(qtbot, world, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop.sync.package import read_package
    from desktop.views.export_dialog import ExportDialog

    s = _store(world.units["11629"])
    dlg = ExportDialog(store=s, year=2024)
    qtbot.addWidget(dlg)
    assert len(dlg.fingerprint.text().split()) == 8
    assert dlg.history.rowCount() == 1  # the fixture's first export
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "out" / "an-lao-2024.khcds"), ""))
    )
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    r = dlg.last_result
    assert r is not None and r.revision == 2 and r.path.parent == tmp_path / "out"
    assert read_package(r.path).fingerprint == dlg.fingerprint.text()
    assert "lần gửi 2" in dlg.result_label.text()
    assert dlg.history.rowCount() == 2 and dlg.history.item(0, 0).text() == "2"
    s.close()


def test_import_preview_then_apply(qtbot, city_dir, world, tmp_path):
    from desktop.services import city
    from desktop.views.import_preview import COL_KEY, COL_OUTCOME, ImportPreviewDialog

    bad = tmp_path / "hong.khcds"
    bad.write_text("không phải tệp", encoding="utf-8")
    s = _store(city_dir)
    paths = [world.packages["11629"], world.packages["10660"], bad]
    dlg = ImportPreviewDialog(s, paths)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: not dlg.busy, timeout=30000)  # read off the GUI thread
    assert dlg.table.rowCount() == 3
    outcomes = {dlg.table.item(i, 0).text(): dlg.table.item(i, COL_OUTCOME).text() for i in range(3)}
    assert outcomes["hong.khcds"] == "Từ chối" and outcomes["11629-2024-r001.khcds"] == "Mới"
    # nothing has changed yet
    assert city.status(s, 2024).counts()[city.SubmissionStatus.MISSING] == 114
    # confirm only An Lão's key: Ái Quốc is left out
    row = next(i for i in range(3) if dlg.table.item(i, 0).text().startswith("11629"))
    assert len(dlg.key_item(row).text().split()) == 8
    dlg.key_item(row).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dlg.imported, timeout=30000):
        qtbot.mouseClick(dlg.apply_button, Qt.MouseButton.LeftButton)
    assert [it.unit_code for it in dlg.applied] == ["11629"]
    rep = city.status(s, 2024)
    assert {u.code for u in rep.units if u.revision} == {"11629"}
    assert dlg.table.item(row, COL_KEY).checkState() == Qt.CheckState.Checked
    s.close()


def test_city_window_status_filter_drop_and_drilldown(qtbot, city_dir, world, tmp_path):
    from desktop.views.city_window import CityWindow

    s = _store(city_dir)
    win = CityWindow(s, year=2024, today=dt.date(2024, 12, 20))
    qtbot.addWidget(win)
    win.show()
    assert win.status_table.rowCount() == 114
    assert "chưa gửi 114" in win.summary.text()
    # drop a folder of files on the window
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(world.root / "inbox"))])
    ev = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    win.dropEvent(ev)
    dlg = win.last_preview
    assert dlg is not None
    qtbot.waitUntil(lambda: not dlg.busy, timeout=30000)
    assert dlg.table.rowCount() == 3
    dlg.confirm_all_keys()
    with qtbot.waitSignal(dlg.imported, timeout=30000):
        qtbot.mouseClick(dlg.apply_button, Qt.MouseButton.LeftButton)
    assert len(dlg.applied) == 3
    # the window refreshed
    assert "muộn 3" in win.summary.text() and "chưa gửi 111" in win.summary.text()
    win.filter.setCurrentIndex(win.filter.findData("late"))
    assert win.status_table.rowCount() == 3
    names = {win.status_table.item(i, 1).text() for i in range(3)}
    assert names == {"Xã An Lão", "Phường Ái Quốc", "Xã An Hưng"}
    win.filter.setCurrentIndex(0)
    win.search.setText("an lao")
    assert win.status_table.rowCount() == 1
    assert win.targets_table.rowCount() > 0 and win.pillars_table.rowCount() > 0
    det = win.open_unit("11629", modal=False)
    qtbot.addWidget(det)
    assert det.tasks.rowCount() > 0 and det.history.rowCount() == 1
    out = win.write_output(tmp_path / "t.xlsx")
    assert out is not None and out.exists()
    s.close()


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_drag_enter_accepts_files(qtbot, city_dir):
    from PySide6.QtGui import QDragEnterEvent

    from desktop.views.city_window import CityWindow

    s = _store(city_dir)
    win = CityWindow(s, year=2024)
    qtbot.addWidget(win)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(Path(city_dir) / "x.khcds"))])
    ev = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    win.dragEnterEvent(ev)
    assert ev.isAccepted()
    s.close()
