"""Drive every action and every button of a window through its real signal.

``SignalWalker`` triggers each ``QAction`` (``trigger()``) and clicks each
``QAbstractButton`` (``click()``) of a window, and, whenever a dialog opens
(modal or not), walks that dialog's own buttons too before answering it: a
``filler`` registered for the dialog's class fills it in and returns the button
that accepts it; every other dialog is dismissed with its reject button.

It records, instead of raising, so that a test can assert both ways:
- any exception raised in a slot (pytest-qt's capture),
- any message box whose text shows a raw program error (English exception text,
  "không mong đợi", a traceback),
- any top-level window or dialog larger than a 1366x768 screen less a 40 px taskbar.

Static file and input dialogs (``QFileDialog.get*``, ``QInputDialog.getText``) are
answered by the test through ``monkeypatch`` (see ``answer_static_dialogs``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QTabBar,
    QWidget,
)

MAX_W, MAX_H = 1366, 768 - 40

RAW_ERROR = re.compile(
    r"Traceback|không mong đợi|argument|\bobject\b|Error\b|Exception|NoneType|attribute|must be|"
    r"not iterable|\bbool\b|unexpected|invalid literal|KeyError|has no",
    re.IGNORECASE,
)

Filler = Callable[[QDialog], "QAbstractButton | None"]


def valid(obj: Any) -> bool:
    return obj is not None and shiboken6.isValid(obj)


def name_of(w: Any) -> str:
    text = ""
    if isinstance(w, (QAbstractButton, QAction)):
        text = w.text().replace("&", "")
    return f"{type(w).__name__}({w.objectName() or text or '?'})"


@dataclass
class SignalWalker:
    qtbot: Any
    messages: list[tuple[str, str]]
    fillers: dict[str, Filler] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    triggered: list[str] = field(default_factory=list)
    dialogs_seen: list[str] = field(default_factory=list)
    skip: set[str] = field(default_factory=set)  # objectNames or texts not to press
    max_w: int = MAX_W
    max_h: int = MAX_H
    _sizes_seen: set[tuple[int, int, int]] = field(default_factory=set)
    _polling: bool = False
    _depth: int = 0

    # -- checks ------------------------------------------------------------
    def check_size(self, w: QWidget, where: str) -> None:
        if not valid(w) or not w.isVisible():
            return
        g = w.frameGeometry()
        key = (id(w), g.width(), g.height())
        if (g.width() > self.max_w or g.height() > self.max_h) and key not in self._sizes_seen:
            self._sizes_seen.add(key)
            self.failures.append(
                f"{where}: {type(w).__name__} '{w.windowTitle()}' is {g.width()}x{g.height()}, "
                f"larger than {self.max_w}x{self.max_h}"
            )

    def _check_messages(self, start: int, where: str) -> None:
        for kind, text in self.messages[start:]:
            if RAW_ERROR.search(text):
                self.failures.append(f"{where}: a {kind} message shows program error text: {text!r}")

    def _press(self, where: str, fire: Callable[[], None]) -> None:
        start = len(self.messages)
        self.triggered.append(where)
        from desktop.views.worker import wait_all

        with self.qtbot.capture_exceptions() as errors:
            fire()
            for _ in range(3):  # work started off the GUI thread finishes, its callbacks run
                wait_all(60000)
                QApplication.processEvents()
        for etype, value, _tb in errors:
            self.failures.append(f"{where}: uncaught {etype.__name__}: {value}")
        self._check_messages(start, where)
        self.check_top_levels(where)

    def check_top_levels(self, where: str) -> None:
        for w in QApplication.topLevelWidgets():
            if valid(w) and w.isVisible() and not isinstance(w, QMenu):
                self.check_size(w, where)

    # -- dialogs that open while a signal is handled -------------------------
    def _open_dialogs(self) -> list[QDialog]:
        out: list[QDialog] = []
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            out.append(modal)
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and valid(w) and w.isVisible() and w not in out:
                out.append(w)
        # marked on the Qt object itself: a Python id can be reused by the next dialog once the
        # first is gone, and a dialog taken for handled would then wait for an answer forever
        return [d for d in out if not d.property("_walker_handled") and not isinstance(d, QMessageBox)]

    def _poll(self) -> None:
        if not self._polling:
            return
        found = self._open_dialogs()
        QTimer.singleShot(20, self._poll)  # a new timer each time: nested dialogs are seen too
        for dlg in found:
            dlg.setProperty("_walker_handled", True)
            self.handle_dialog(dlg)

    def start(self) -> None:
        if not self._polling:
            self._polling = True
            QTimer.singleShot(0, self._poll)

    def stop(self) -> None:
        self._polling = False

    def handle_dialog(self, dlg: QDialog) -> None:
        where = f"dialog {type(dlg).__name__} '{dlg.windowTitle()}'"
        self.dialogs_seen.append(type(dlg).__name__)
        self.check_size(dlg, where)
        self._depth += 1
        try:
            ours = type(dlg).__module__.startswith("desktop.")  # Qt's own dialogs are only dismissed
            if ours and self._depth <= 3:
                closing = set(self._closing_buttons(dlg))
                for b in self.buttons_of(dlg):
                    if b not in closing and valid(dlg) and dlg.isVisible():
                        self.click(b, where)
            if not valid(dlg) or not dlg.isVisible():
                return
            filler = self.fillers.get(type(dlg).__name__)
            button = filler(dlg) if filler is not None else None
            if button is None:
                button = self._reject_button(dlg)
            if button is not None and valid(button) and button.isEnabled():
                self.click(button, where)
            if valid(dlg) and dlg.isVisible():
                dlg.reject()
        finally:
            self._depth -= 1

    @staticmethod
    def _closing_buttons(dlg: QDialog) -> Iterable[QAbstractButton]:
        for box in dlg.findChildren(QDialogButtonBox):
            for b in box.buttons():
                role = box.buttonRole(b)
                if role in (
                    QDialogButtonBox.ButtonRole.AcceptRole,
                    QDialogButtonBox.ButtonRole.RejectRole,
                    QDialogButtonBox.ButtonRole.YesRole,
                    QDialogButtonBox.ButtonRole.NoRole,
                    QDialogButtonBox.ButtonRole.DestructiveRole,
                ):
                    yield b
        # QWizard's own buttons: Back/Next/Finish/Cancel are driven by the test
        for name in (
            "qt_wizard_cancel",
            "qt_wizard_finish",
            "__qt__passive_wizardbutton1",
            "__qt__passive_wizardbutton2",
            "__qt__passive_wizardbutton3",
            "__qt__passive_wizardbutton4",
        ):
            for b in dlg.findChildren(QAbstractButton, name):
                yield b

    @staticmethod
    def _reject_button(dlg: QDialog) -> QAbstractButton | None:
        for box in dlg.findChildren(QDialogButtonBox):
            for b in box.buttons():
                if box.buttonRole(b) in (QDialogButtonBox.ButtonRole.RejectRole, QDialogButtonBox.ButtonRole.NoRole):
                    return b
        return None

    # -- pressing ----------------------------------------------------------
    def buttons_of(self, root: QWidget) -> list[QAbstractButton]:
        out = []
        for b in root.findChildren(QAbstractButton):
            if not (valid(b) and b.isVisible()):
                continue
            if isinstance(b.parent(), QTabBar) or b.window() is not root.window():
                continue
            if b.objectName() in self.skip or b.text().replace("&", "") in self.skip:
                continue
            out.append(b)
        return out

    def click(self, b: QAbstractButton, where: str = "") -> None:
        if not (valid(b) and b.isVisible() and b.isEnabled()):
            return
        label = f"{where} / {name_of(b)}" if where else name_of(b)
        self._press(label, b.click)

    def trigger(self, a: QAction, where: str = "") -> None:
        from PySide6.QtWidgets import QWidgetAction

        if not (valid(a) and a.isEnabled()) or a.isSeparator() or a.menu() is not None:
            return
        if isinstance(a, QWidgetAction):  # a widget in a tool bar: not an action to trigger
            return
        if a.objectName() in self.skip or a.text().replace("&", "") in self.skip:
            return
        self._press(f"{where} / {name_of(a)}" if where else name_of(a), a.trigger)

    def actions_of(self, window: Any) -> list[QAction]:
        """Every action of the menu bar (menus walked recursively) and of the tool bars."""
        seen: list[QAction] = []

        def walk(actions: Iterable[QAction]) -> None:
            for a in actions:
                if a.menu() is not None:
                    walk(a.menu().actions())
                elif not a.isSeparator() and a not in seen:
                    seen.append(a)

        if hasattr(window, "menuWidget") and window.menuWidget() is not None:
            walk(window.menuBar().actions())
        from PySide6.QtWidgets import QToolBar

        for tb in window.findChildren(QToolBar):
            walk(tb.actions())
        return seen

    def walk_window(self, window: Any, pages: Callable[[], Iterable[tuple[str, QWidget]]] | None = None) -> None:
        """Every action, then the buttons of each page (or of the whole window)."""
        self.start()
        try:
            window.show()
            QApplication.processEvents()
            self.check_size(window, name_of(window))
            for a in self.actions_of(window):
                self.trigger(a, name_of(window))
            for label, page in pages() if pages else [(name_of(window), window)]:
                QApplication.processEvents()
                for b in self.buttons_of(page):
                    self.click(b, label)
        finally:
            self.stop()


def answer_static_dialogs(
    monkeypatch: Any,
    tmp_path: Path,
    open_file: Path | None = None,
    reason: str = "Bổ sung nhiệm vụ theo chỉ đạo của thành phố",
) -> dict[str, list[Any]]:
    """QFileDialog and QInputDialog's static functions answered by the test; calls recorded."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    calls: dict[str, list[Any]] = {"save": [], "open": [], "dir": [], "text": []}
    out = tmp_path / "saved"
    out.mkdir(exist_ok=True)

    def save(_parent: Any, _title: str = "", directory: str = "", filt: str = "", *a: Any, **k: Any) -> tuple[str, str]:
        name = Path(directory).name or "tep"
        m = re.search(r"\*\.(\w+)", filt or "")
        if m and not name.endswith("." + m.group(1)):
            name = f"{Path(name).stem}.{m.group(1)}"
        calls["save"].append(directory)
        return str(out / name), filt

    def open_one(*a: Any, **k: Any) -> tuple[str, str]:
        calls["open"].append(a[1] if len(a) > 1 else "")
        return (str(open_file) if open_file else "", "")

    def open_many(*a: Any, **k: Any) -> tuple[list[str], str]:
        calls["open"].append(a[1] if len(a) > 1 else "")
        return ([str(open_file)] if open_file else [], "")

    def directory(*a: Any, **k: Any) -> str:
        calls["dir"].append(a[1] if len(a) > 1 else "")
        return ""

    def text(*a: Any, **k: Any) -> tuple[str, bool]:
        calls["text"].append(a[1] if len(a) > 1 else "")
        return reason, True

    from PySide6.QtGui import QDesktopServices

    calls["url"] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: calls["url"].append(url) or True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_one))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(open_many))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(directory))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(text))
    return calls


def answer_dialog(qtbot: Any, answer: Callable[[QDialog], Any], timeout_ms: int = 10000) -> list[str]:
    """Answer the next dialog that opens (modal or not) with ``answer(dialog)``; returns the
    class names answered. Poll with fresh single-shot timers so nested event loops see it."""
    seen: list[str] = []
    waited = {"ms": 0}

    def poll() -> None:
        for w in [QApplication.activeModalWidget(), *QApplication.topLevelWidgets()]:
            if isinstance(w, QDialog) and valid(w) and w.isVisible() and not isinstance(w, QMessageBox):
                seen.append(type(w).__name__)
                try:
                    answer(w)
                except BaseException:  # an answer that failed never leaves a modal dialog blocking the test
                    if valid(w) and w.isVisible():
                        w.reject()
                    raise
                return
        waited["ms"] += 20
        if waited["ms"] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def accept_button(dlg: QDialog) -> QAbstractButton:
    for box in dlg.findChildren(QDialogButtonBox):
        for b in box.buttons():
            if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole:
                return b
    raise AssertionError(f"{type(dlg).__name__} has no accept button")
