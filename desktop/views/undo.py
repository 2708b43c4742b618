"""Undo and redo: each edit is a QUndoCommand whose redo and undo call a service,
each inside its own ``store.transaction()`` (saved at once).

A command whose first redo fails (a locked plan, a bad value) reports the plain
message through ``Workspace.failed`` and makes itself obsolete, so nothing is
left on the stack and nothing changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand

from desktop.errors import KhcdsError

log = logging.getLogger(__name__)


class ServiceCommand(QUndoCommand):
    """``do(session) -> state`` on redo; ``undo(session, state)`` on undo.

    ``redo_again(session, state) -> state`` is used for the second and later redo
    (defaults to ``do``).
    """

    def __init__(
        self,
        workspace: Any,
        text: str,
        do: Callable[[Any], Any],
        undo: Callable[[Any, Any], None],
        redo_again: Callable[[Any, Any], Any] | None = None,
    ) -> None:
        super().__init__(text)
        self.ws = workspace
        self._do = do
        self._undo = undo
        self._redo_again = redo_again
        self.state: Any = None
        self._done_once = False
        self._skip_redo = False
        self.ok = True

    def redo(self) -> None:
        if self._skip_redo:  # putting the stack back after a refused undo: nothing to do again
            self._skip_redo = False
            return
        try:
            with self.ws.store.transaction() as s:
                if self._done_once and self._redo_again is not None:
                    self.state = self._redo_again(s, self.state)
                else:
                    self.state = self._do(s)
        except KhcdsError as e:
            self.ok = False
            self.setObsolete(True)
            self.ws.failed.emit(str(e))
            return
        except Exception as e:  # never leave a half-done edit on the stack
            log.exception("edit failed")
            self.ok = False
            self.setObsolete(True)
            self.ws.failed.emit(QCoreApplication.translate("Workspace", "Không lưu được thay đổi: {e}").format(e=e))
            return
        self._done_once = True
        self.ws.changed.emit()

    def undo(self) -> None:
        try:
            with self.ws.store.transaction() as s:
                self._undo(s, self.state)
        except KhcdsError as e:
            # refused (a plan locked since): nothing changed, so the stack goes back where it was
            QTimer.singleShot(0, self._put_back)
            self.ws.failed.emit(str(e))
            return
        self.ws.changed.emit()

    def _put_back(self) -> None:
        stack = self.ws.undo_stack
        for i in range(stack.count()):
            if stack.command(i) is self and stack.index() == i:
                self._skip_redo = True
                stack.setIndex(i + 1)
                return


def field_command(workspace: Any, text: str, setter: Callable[[Any, Any], Any], value: Any) -> ServiceCommand:
    """A command for ``setter(session, value) -> old``: undo sets the old value back."""
    return ServiceCommand(
        workspace,
        text,
        do=lambda s: setter(s, value),
        undo=lambda s, old: setter(s, old),
    )
