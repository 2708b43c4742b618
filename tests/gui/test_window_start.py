"""The window's cold start: the first page only, and nothing the start does not need.

The pages other than the one in view are built when first needed (shown, or reached by a
menu action, a shortcut, the plan check, a link on the dashboard), so that the program
opens fast; whatever reaches a page must still find it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget

from desktop.views import main_window as mw
from desktop.views.widgets import Page

ROOT = Path(__file__).resolve().parents[2]

#: the window start as the program's entry does it; quits at the window's first show and
#: prints what was imported and which pages were built
START = r"""
import json, sys
from desktop.cli import quiet_start
quiet_start()
from PySide6.QtCore import QEvent, QObject
from desktop.app import create_main_window, ensure_app
from desktop.store import open_store

app = ensure_app("vi")
store = open_store(sys.argv[1])
shown = []


class FirstShow(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and obj is w and not shown:
            shown.append(sorted(w._pages))
        return False


w = create_main_window(store, show=False)
spy = FirstShow()
w.installEventFilter(spy)
w.show()
app.processEvents()
print(json.dumps({"pages": shown[0], "modules": sorted(sys.modules)}))
w.close()
store.close()
"""

#: loaded on first use, never by the start (document layout, printing, signing, spreadsheets,
#: the city's models and sync, the pages not in view)
NOT_AT_START = (
    "reportlab",
    "docx",
    "openpyxl",
    "pyhanko",
    "cryptography",
    "alembic",
    "PySide6.QtPrintSupport",
    "PySide6.QtPdf",
    "desktop.documents",
    "desktop.sync",
    "desktop.models.city",
    "desktop.models.city_scoring",
    "desktop.services.documents",
    "desktop.views.plan_editor",
    "desktop.views.tasks_page",
    "desktop.views.tracking",
    "desktop.views.documents_panel",
    "desktop.views.export_dialog",
    "desktop.views.scorecard",
    "desktop.views.guide",
)


def _start(data: Path) -> dict[str, list[object]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KHCDS_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    p = subprocess.run(
        [sys.executable, "-c", START, str(data)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert p.returncode == 0, p.stderr[-2000:]
    out: dict[str, list[object]] = json.loads(p.stdout.splitlines()[-1])
    return out


def _forbidden(modules: list[object]) -> list[str]:
    return sorted(str(m) for m in modules if any(m == n or str(m).startswith(n + ".") for n in NOT_AT_START))


def test_window_start_builds_the_first_page_and_imports_only_what_it_shows(demo_dir: Path) -> None:
    got = _start(demo_dir)
    assert got["pages"] == [mw.PAGE_DASHBOARD]
    assert _forbidden(got["modules"]) == []
    assert "desktop.views.dashboard" in got["modules"]  # the page in view is there, fully


def test_the_page_left_open_is_the_one_built_at_start(demo_dir: Path) -> None:
    from desktop.views.settings import Settings

    Settings(demo_dir / "gui.ini").set("window/page", str(mw.PAGE_TRACKING))
    got = _start(demo_dir)
    assert got["pages"] == [mw.PAGE_TRACKING]
    assert "desktop.views.tracking" in got["modules"]
    assert "desktop.views.documents_panel" not in got["modules"]


def test_the_checker_sees_a_page_module_loaded_too_early() -> None:
    assert _forbidden(["desktop.views.tracking", "reportlab.pdfgen", "reportlabx", "desktop.views"]) == [
        "desktop.views.tracking",
        "reportlab.pdfgen",
    ]


def _built(w: mw.MainWindow) -> list[int]:
    return [i for i in range(w.stack.count()) if isinstance(w.stack.widget(i), Page)]


def test_a_page_is_built_wherever_the_need_comes_from(qtbot, demo_store, window_factory) -> None:  # type: ignore[no-untyped-def]
    w = window_factory(demo_store)
    assert _built(w) == [mw.PAGE_DASHBOARD] and w.stack.currentWidget() is w.dashboard
    # the plan check's line (the demo plan has no number yet) opens the Kế hoạch page on it
    issues = w.findChild(QListWidget, "issues")
    line = next(issues.item(i) for i in range(issues.count()) if issues.item(i).data(Qt.ItemDataRole.UserRole))
    qtbot.mouseClick(issues.viewport(), Qt.MouseButton.LeftButton, pos=issues.visualItemRect(line).center())
    assert w.stack.currentIndex() == mw.PAGE_PLAN and w.stack.currentWidget() is w.plan_page
    assert w.plan_page.isVisible()
    # the navigation list, clicked
    nav = w.findChild(QListWidget, "nav")
    assert mw.PAGE_TASKS not in _built(w)
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(mw.PAGE_TASKS)).center()
    )
    assert w.stack.currentWidget() is w.tasks_page and w.tasks_page.isVisible()
    # a task's line on the dashboard opens it on the Theo dõi page
    task_id = next(t.id for t in w.ws.plan.tasks if t.adopted)
    assert mw.PAGE_TRACKING not in _built(w)
    w.dashboard.taskActivated.emit(task_id)
    assert w.stack.currentWidget() is w.tracking and w.tracking.isVisible()
    assert w.tracking.current_task_id() == task_id
    # the View menu's Ctrl+6 (Gửi thành phố); Ctrl+P reaching Văn bản: test_word_habits
    view = next(a for a in w.findChildren(QAction) if a.shortcut() == QKeySequence("Ctrl+6"))
    view.trigger()
    assert w.stack.currentWidget() is w.sync_page and w.sync_page.isVisible()
    assert sorted(_built(w)) == [0, 1, 2, 3, 5]
    # each page once: going back does not build it again
    dashboard = w.dashboard
    w.goto_page(mw.PAGE_DASHBOARD)
    assert w.dashboard is dashboard and w.stack.count() == w.nav.count()


def test_a_page_built_after_the_plan_was_locked_is_read_only(qtbot, demo_store, window_factory) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from PySide6.QtWidgets import QLineEdit

    from desktop.models.enums import PlanState
    from desktop.services import plans as psvc

    w = window_factory(demo_store)
    pid = w.ws.plan_id

    def approve(s):  # type: ignore[no-untyped-def]
        plan = psvc.load_plan(s, pid)
        plan.number = "15"
        plan.date = dt.date(2024, 3, 1)
        for st in (PlanState.SUBMITTED, PlanState.APPROVED):
            psvc.change_state(s, plan, st)

    w.ws.write(approve)  # locked while the Kế hoạch and Nhiệm vụ pages are not built yet
    assert w.ws.plan.state.locked and _built(w) == [mw.PAGE_DASHBOARD]
    w.goto_page(mw.PAGE_TASKS)
    assert not w.tasks_page.add_own.isEnabled() and not w.tasks_page.add_tmpl.isEnabled()
    w.goto_page(mw.PAGE_PLAN)
    edits = [e for e in w.plan_page.findChildren(QLineEdit) if not e.objectName().endswith("search")]
    assert edits and all(e.isReadOnly() for e in edits)
    # unlocked again: the pages built meanwhile follow
    assert w.unlock_with_reason("Sửa số liệu")
    assert w.tasks_page.add_own.isEnabled() and not any(e.isReadOnly() for e in edits)
