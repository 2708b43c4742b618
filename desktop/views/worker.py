"""Long work off the GUI thread: run ``fn`` on the pool, call back on the GUI thread.

``run_in_background(fn, on_done, on_error)`` returns at once; ``on_done(result)``
or ``on_error(exc)`` runs later on the GUI thread (the signals are queued across
threads). The pool is waited for on exit.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

_live: set[_Task] = set()


class Cancelled(Exception):
    """The user stopped the work."""


class CancelFlag:
    """Set on the GUI thread (a Cancel button), checked by the work between two steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, str)


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self.fn = fn
        self.with_progress = with_progress
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.fn(lambda pct, text="": self.signals.progress.emit(int(pct), str(text)))
            else:
                result = self.fn()
        except BaseException as e:  # reported on the GUI thread
            log.info("background work failed: %r", e)
            self.signals.failed.emit(e)
            return
        self.signals.done.emit(result)


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def run_in_background(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[int, str], None] | None = None,
) -> None:
    """``fn()`` (or ``fn(progress)`` when ``on_progress`` is given) on the thread pool."""
    task = _Task(fn, on_progress is not None)
    _live.add(task)

    def finished_ok(result: Any) -> None:
        _live.discard(task)
        on_done(result)

    def finished_err(err: Any) -> None:
        _live.discard(task)
        on_error(err)

    task.signals.done.connect(finished_ok)
    task.signals.failed.connect(finished_err)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    pool().start(task)


def wait_all(msecs: int = 30000) -> bool:
    return pool().waitForDone(msecs)


def busy() -> bool:
    return bool(_live)
