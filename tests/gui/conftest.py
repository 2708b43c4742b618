"""GUI fixtures: message boxes recorded instead of shown, a pinned 'today'."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2024, 8, 15)  # the demo plan is for 2024


@pytest.fixture(autouse=True)
def officials_screen(monkeypatch):  # type: ignore[no-untyped-def]
    """The screen officials have: 1366x768 less a 40 px taskbar (the offscreen one is 800x800).

    Returns a setter for another screen (``officials_screen(1280, 720)``)."""
    from PySide6.QtCore import QRect

    from desktop.views import common

    area = {"rect": QRect(0, 0, 1366, 728)}
    monkeypatch.setattr(common, "available", lambda widget=None: area["rect"])

    def use(width: int, height: int) -> None:
        area["rect"] = QRect(0, 0, width, height - 40)

    return use


@pytest.fixture
def window_factory(qtbot, messages):  # type: ignore[no-untyped-def]
    """Open the main window on a store (closed again at the end of the test)."""
    from desktop.app import create_main_window

    made = []

    def make(store, today: dt.date = TODAY):  # type: ignore[no-untyped-def]
        w = create_main_window(store, today=lambda: today)
        qtbot.addWidget(w)
        made.append(w)
        return w

    yield make
    for w in made:
        if w.isVisible():
            w.close()
