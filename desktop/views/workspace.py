"""The open plan the windows share: the store, the plan's id, the undo stack, the clock.

Every page reads the plan through ``Workspace.plan``: a snapshot the plans service hands out,
read in a session that is closed before it returns (no session stays open between events),
taken again after each change. Pages write through ``push`` (undoable edits) or ``write``
(tracking, not undoable), each in its own transaction.
``today`` is a callable so that tests can pin the date that decides "late".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from desktop.errors import KhcdsError
from desktop.services import plans as psvc
from desktop.views.undo import ServiceCommand, field_command

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.models.orm import Plan
    from desktop.store import Store


class Workspace(QObject):
    changed = Signal()  # the plan changed (an edit, an undo, a progress update)
    failed = Signal(str)  # a plain message for the user; nothing was changed
    planSwitched = Signal()

    def __init__(
        self, store: Store, plan_id: int, today: Callable[[], dt.date] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.plan_id = plan_id
        self.today: Callable[[], dt.date] = today or dt.date.today
        # one undo history per page of the window: Ctrl+Z undoes what was done on the page in view
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[object, QUndoStack] = {}
        self.set_page(0)
        self._plan: Plan | None = None
        self.changed.connect(self._invalidate)

    @property
    def undo_stack(self) -> QUndoStack:
        stack = self.undo_group.activeStack()
        assert stack is not None
        return stack

    def set_page(self, key: object) -> None:
        stack = self._stacks.get(key)
        if stack is None:
            stack = self._stacks[key] = QUndoStack(self)
            self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)

    # -- reading -----------------------------------------------------------
    def _invalidate(self) -> None:
        self._plan = None

    @property
    def plan(self) -> Plan:
        if self._plan is None:
            self._plan = psvc.plan_snapshot(self.store, self.plan_id)
        return self._plan

    def switch_plan(self, plan_id: int) -> None:
        self.plan_id = plan_id
        for stack in self._stacks.values():
            stack.clear()
        self._invalidate()
        self.planSwitched.emit()
        self.changed.emit()

    def close(self) -> None:
        self._plan = None

    # -- writing -----------------------------------------------------------
    def push(self, cmd: ServiceCommand) -> bool:
        self.undo_stack.push(cmd)
        return cmd.ok

    def set_field(self, text: str, setter: Callable[[Session, Any], Any], value: Any) -> bool:
        return self.push(field_command(self, text, setter, value))

    def write(self, fn: Callable[[Session], Any]) -> Any:
        """A change that is not undone (a progress update): saved at once, or a message."""
        try:
            with self.store.transaction() as s:
                result = fn(s)
        except KhcdsError as e:
            self.failed.emit(str(e))
            return None
        self.changed.emit()
        return result
