"""Small widgets: a text box that saves when the user pauses or leaves it, a page base."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QTableWidget, QWidget

from desktop.views.workspace import Workspace


class CommitTextEdit(QPlainTextEdit):
    """Emits ``committed(text)`` when the user leaves the box or pauses typing (1,5 s)."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None, idle_ms: int = 1500) -> None:
        super().__init__(parent)
        self._saved = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self.commit)
        self.textChanged.connect(self._on_change)
        self.setTabChangesFocus(True)
        self._loading = False

    def set_saved_text(self, text: str) -> None:
        """Show ``text`` as saved (after a load or an undo) without emitting."""
        self._saved = text
        if self.toPlainText() != text:
            self._loading = True
            self.setPlainText(text)
            self._loading = False
        self._timer.stop()

    def _on_change(self) -> None:
        if not self._loading:
            self._timer.start()

    def commit(self) -> None:
        self._timer.stop()
        text = self.toPlainText()
        if text != self._saved:
            self._saved = text
            self.committed.emit(text)

    def focusOutEvent(self, e: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(e)


class Page(QWidget):
    """A page of the main window: refreshes from the workspace when shown after a change."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._dirty = True
        ws.changed.connect(self._on_changed)

    def _on_changed(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.ensure_fresh()

    def ensure_fresh(self) -> None:
        if self._dirty:
            self._dirty = False
            self.refresh()

    def showEvent(self, e) -> None:  # type: ignore[no-untyped-def]
        self.ensure_fresh()
        super().showEvent(e)

    def refresh(self) -> None:  # pragma: no cover - overridden
        pass


class WrapTable(QTableWidget):
    """A small table whose rows fit their wrapped text at the current column widths."""

    def __init__(self, rows: int, cols: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, cols, parent)
        self.setWordWrap(True)
        self._fit = QTimer(self)
        self._fit.setSingleShot(True)
        self._fit.setInterval(0)
        self._fit.timeout.connect(self.resizeRowsToContents)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._fit.start())

    def resizeEvent(self, e) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(e)
        self._fit.start()

    def showEvent(self, e) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(e)
        self._fit.start()
