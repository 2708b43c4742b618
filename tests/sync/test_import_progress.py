"""The city's import preview and import run off the GUI thread, with a progress bar and a Cancel
that stops between two files. The worker is held at a chosen file (a gate on ``read_package``) so
that the test clicks Cancel while the work is really under way."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

pytestmark = pytest.mark.usefixtures("messages")  # message boxes recorded, never shown


class Gate:
    """Holds the worker thread inside ``read_package`` (the preview) or ``reread_package`` (the
    import) on its n-th call until released."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, hold_at: int) -> None:
        from desktop.sync import city

        self.calls = 0
        self.hold_at = hold_at
        self.reached = threading.Event()
        self.release = threading.Event()
        self.gui_thread = threading.get_ident()
        self.threads: set[int] = set()

        def gate(real):  # type: ignore[no-untyped-def]
            def gated(path, *a, **kw):  # type: ignore[no-untyped-def]
                self.threads.add(threading.get_ident())
                self.calls += 1
                if self.calls == self.hold_at:
                    self.reached.set()
                    assert self.release.wait(30)
                return real(path, *a, **kw)

            return gated

        monkeypatch.setattr(city, "read_package", gate(city.read_package))
        monkeypatch.setattr(city, "reread_package", gate(city.reread_package))


def _open(store, paths):  # type: ignore[no-untyped-def]
    from desktop.views.import_preview import ImportPreviewDialog

    return ImportPreviewDialog(store, paths)


def test_preview_runs_off_the_gui_thread_with_progress(qtbot, city_dir, world, monkeypatch) -> None:
    from desktop.store import open_store

    gate = Gate(monkeypatch, hold_at=2)
    s = open_store(city_dir)
    paths = sorted(world.packages.values())
    dlg = _open(s, paths)
    qtbot.addWidget(dlg)
    dlg.show()
    assert gate.reached.wait(30)
    # the GUI thread is free while the worker reads: the window paints and the bar moves
    qtbot.waitUntil(lambda: "2/3" in dlg.progress.format(), timeout=10000)
    assert dlg.busy and dlg.table.rowCount() == 0 and not dlg.apply_button.isEnabled()
    assert 0 < dlg.progress.value() < 100
    with qtbot.waitSignal(dlg.previewed, timeout=30000):
        gate.release.set()
    assert gate.gui_thread not in gate.threads
    assert dlg.table.rowCount() == 3 and dlg.progress.value() == 100
    assert dlg.apply_button.isEnabled() and not dlg.busy
    s.close()


def test_cancel_stops_the_preview_and_nothing_changes(qtbot, city_dir, world, monkeypatch, digest) -> None:
    from desktop.store import open_store

    before = digest(city_dir)
    gate = Gate(monkeypatch, hold_at=2)
    s = open_store(city_dir)
    dlg = _open(s, sorted(world.packages.values()))
    qtbot.addWidget(dlg)
    dlg.show()
    assert gate.reached.wait(30)
    qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)
    assert not dlg.cancel_button.isEnabled()  # stopping after the file being read
    with qtbot.waitSignal(dlg.finished, timeout=30000):
        gate.release.set()
    assert dlg.result() == QDialog.DialogCode.Rejected and dlg.stopped and dlg.error is None
    assert gate.calls == 2  # the third file was never read
    s.close()
    assert digest(city_dir) == before


def test_cancel_stops_the_import_between_two_files(qtbot, city_dir, world, monkeypatch) -> None:
    from desktop.services import city
    from desktop.store import open_store

    s = open_store(city_dir)
    dlg = _open(s, sorted(world.packages.values()))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=30000)
    dlg.confirm_all_keys()
    gate = Gate(monkeypatch, hold_at=2)  # the import reads each file again: hold at the second
    qtbot.mouseClick(dlg.apply_button, Qt.MouseButton.LeftButton)
    assert gate.reached.wait(30)
    qtbot.waitUntil(lambda: "2/3" in dlg.progress.format(), timeout=10000)
    assert not dlg.apply_button.isEnabled()
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)  # Esc is Cancel too
    with qtbot.waitSignal(dlg.imported, timeout=30000):
        gate.release.set()
    # the file being written when Cancel came was finished whole; the third was not started
    assert dlg.stopped and len(dlg.applied) == 2 and gate.calls == 2
    assert "Đã dừng" in dlg.summary.text() and "1 tệp chưa nhập" in dlg.summary.text()
    assert dlg.isVisible() and dlg.cancel_button.text() == "Đóng"
    sent = {u.code for u in city.status(s, 2024).units if u.revision}
    assert sent == {it.unit_code for it in dlg.applied}
    with qtbot.waitSignal(dlg.accepted, timeout=5000):  # something was written: the window refreshes
        qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)
    s.close()


def test_a_failing_preview_says_why_in_vietnamese(qtbot, world, tmp_path, messages) -> None:
    from desktop.store import open_store

    s = open_store(tmp_path / "not-a-city")  # a unit folder: city import is refused
    dlg = _open(s, [world.packages["11629"]])
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.finished, timeout=30000):
        dlg.show()
    assert dlg.error and messages and messages[-1][1] == dlg.error
    assert "Traceback" not in dlg.error
    s.close()


def test_the_command_line_import_is_unchanged(city_dir, world, cli) -> None:
    """The same preview and apply with no progress callback (the CLI and batch jobs)."""
    r = cli(
        "--data-dir",
        city_dir,
        "city",
        "import",
        "--accept-new-keys",
        *[str(p) for p in sorted(world.packages.values())],
    )
    assert r.code == 0, r.err
    assert "3/3" in r.out
