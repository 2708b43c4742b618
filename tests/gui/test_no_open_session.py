"""No session of the store stays open between the window's events.

The window reads a plan snapshot the plans service hands out (read in a session closed
before it returns) and writes in one transaction per change. After every action and every
button of the main window (the signal walk of ``test_all_signals``), and after an edit, an
undo and a switch of plan, no SQLAlchemy session still holds a transaction or loaded
objects, and no connection of the store's engine is checked out.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from desktop.views import main_window as mw
from tests.gui.test_all_signals import FILLERS, _pages
from tests.gui.walker import SignalWalker, answer_static_dialogs


@pytest.fixture
def open_sessions() -> Iterator[Callable[[Any], list[str]]]:
    """A function telling which sessions on the store's engine are still open, and how."""
    seen: weakref.WeakSet[Session] = weakref.WeakSet()

    def began(session: Session, _transaction: Any, _connection: Any) -> None:
        seen.add(session)

    event.listen(Session, "after_begin", began)

    def still_open(store: Any) -> list[str]:
        gc.collect()  # a session dropped without close() is gone, not open
        found = []
        for s in list(seen):
            if s.get_bind() is not store.engine:
                continue
            if s.in_transaction():
                found.append(f"a session in a transaction ({len(s.identity_map)} objects)")
            elif len(s.identity_map):
                found.append(f"a session holding {len(s.identity_map)} objects")
        if store.engine.pool.checkedout():
            found.append(f"{store.engine.pool.checkedout()} connection(s) checked out")
        return found

    yield still_open
    event.remove(Session, "after_begin", began)


class SessionCheckingWalker(SignalWalker):
    """The signal walk, checking after each press that no session of ``store`` is left open."""

    def __init__(self, *a: Any, store: Any, check: Callable[[Any], list[str]], **k: Any) -> None:
        super().__init__(*a, **k)
        self.store = store
        self.check = check
        self.checked = 0

    def _press(self, where: str, fire: Callable[[], None]) -> None:
        super()._press(where, fire)
        self.checked += 1
        for what in self.check(self.store):
            self.failures.append(f"{where}: {what} after the event")


def test_no_session_open_after_any_window_action(
    qtbot, demo_store, messages, window_factory, monkeypatch, tmp_path, open_sessions
) -> None:  # type: ignore[no-untyped-def]
    answer_static_dialogs(monkeypatch, tmp_path)
    w = window_factory(demo_store)
    w.show()
    qtbot.waitExposed(w)
    assert w.ws.plan.tasks  # the pages have read the plan
    assert open_sessions(demo_store) == []
    walker = SessionCheckingWalker(
        qtbot,
        messages,
        fillers=dict(FILLERS),
        skip={"Thoát", "Chỉ việc chậm"},
        store=demo_store,
        check=open_sessions,
    )
    walker.walk_window(w, _pages(w))
    assert walker.checked > 40
    assert walker.failures == []


def test_no_session_open_after_edit_undo_and_plan_switch(
    qtbot, demo_store, messages, window_factory, open_sessions
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    w = window_factory(demo_store)
    w.show()
    w.goto_page(mw.PAGE_PLAN)
    g = w.plan_page.general
    assert w.ws.plan.number is None
    g.number.setFocus()
    qtbot.keyClicks(g.number, "05")
    qtbot.keyClick(g.number, Qt.Key.Key_Return)  # editingFinished: an undoable edit, saved at once
    assert w.ws.plan.number == "05"
    assert open_sessions(demo_store) == []
    w.undo_action.trigger()
    assert w.ws.plan.number is None
    assert open_sessions(demo_store) == []
    # a plan read, then everything the pages show read from the snapshot without a session
    w.goto_page(mw.PAGE_TRACKING)
    w.tracking.ensure_fresh()
    w.goto_page(mw.PAGE_SYNC)
    assert open_sessions(demo_store) == []
    pid = w.create_plan(None, None, 2025)
    assert pid is not None and w.ws.plan_id == pid
    for i in range(w.nav.count()):
        w.goto_page(i)
    assert open_sessions(demo_store) == []


def test_the_check_sees_a_session_left_open(demo_store, open_sessions) -> None:  # type: ignore[no-untyped-def]
    """The check bites: a session that read the plan and was not closed is reported."""
    from desktop.services import plans as psvc

    s = demo_store.session()
    plan = psvc.load_plan(s, psvc.latest_plan_id(s))
    s.commit()
    assert open_sessions(demo_store) == [f"a session holding {len(s.identity_map)} objects"]
    assert plan.exports is not None  # a lazy load begins a new transaction and holds a connection
    found = open_sessions(demo_store)
    assert found and found[0].startswith("a session in a transaction") and "checked out" in found[-1]
    s.close()
    assert open_sessions(demo_store) == []
