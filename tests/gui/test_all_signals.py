"""Every click works: each action and each button of the main window, the city window
and every dialog, pressed through its real signal, with dialogs answered by the test.

The walker fails on an exception in a slot, on a message box with raw program error
text, and on a window or dialog larger than 1366x768 less the taskbar. The last test
proves it bites: one button reconnected to a slot with an optional parameter (the
pattern that broke "Thêm nhiệm vụ riêng...") makes the walk fail.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QListWidget

from desktop.views import main_window as mw
from tests.gui.walker import SignalWalker, answer_static_dialogs

ROOT = Path(__file__).resolve().parents[2]


def _accept_button(dlg: QDialog) -> QAbstractButton | None:
    for box in dlg.findChildren(QDialogButtonBox):
        for b in box.buttons():
            if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole:
                return b
    return None


def _fill_own_task(dlg: QDialog) -> QAbstractButton | None:
    dlg.content.setText("Lắp wifi miễn phí tại nhà văn hóa các thôn")  # type: ignore[attr-defined]
    return _accept_button(dlg)


def _fill_candidates(dlg: QDialog) -> QAbstractButton | None:
    from PySide6.QtCore import Qt

    lst = dlg.findChild(QListWidget)
    if lst is not None and lst.count():
        lst.item(0).setCheckState(Qt.CheckState.Checked)
    return _accept_button(dlg)


def _fill_issue(dlg: QDialog) -> QAbstractButton | None:
    dlg.number.setText("15")  # type: ignore[attr-defined]
    return _accept_button(dlg)


FILLERS = {
    "IssueDialog": _fill_issue,
    "OwnTaskDialog": _fill_own_task,
    "CandidateDialog": _fill_candidates,
    "NewPlanDialog": _accept_button,
    "ReportTextsDialog": _accept_button,
}


def _pages(w: Any) -> Any:
    """Each page of the main window, each tab of its tab widgets, each kind of document."""
    from PySide6.QtWidgets import QTabWidget

    def gen():  # type: ignore[no-untyped-def]
        for i in range(w.nav.count()):
            w.goto_page(i)
            page = w.stack.widget(i)
            label = f"page {w.nav.item(i).text()}"
            if i == mw.PAGE_TRACKING:
                w.tracking.ensure_fresh()
                w.tracking.view.setCurrentIndex(w.tracking.proxy.index(0, 0))
            if i == mw.PAGE_TASKS:
                w.tasks_page.ensure_fresh()
                w.tasks_page.view.setCurrentIndex(w.tasks_page.proxy.index(0, 0))
            if i == mw.PAGE_DOCUMENTS:
                for k in range(w.documents.kind.count()):
                    w.documents.kind.setCurrentIndex(k)
                    yield f"{label} ({w.documents.kind.currentText()})", page
                continue
            tabs = page.findChildren(QTabWidget)
            if not tabs:
                yield label, page
            for t in tabs:
                for k in range(t.count()):
                    t.setCurrentIndex(k)
                    yield f"{label} / {t.tabText(k)}", t.widget(k)

    return gen


def test_main_window_every_action_and_button(
    qtbot, demo_store, messages, window_factory, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    calls = answer_static_dialogs(monkeypatch, tmp_path)
    w = window_factory(demo_store)
    walker = SignalWalker(qtbot, messages, fillers=dict(FILLERS), skip={"Thoát", "Chỉ việc chậm"})
    walker.walk_window(w, _pages(w))
    walker.start()
    walker.click(w.tracking.late_only, "page Theo dõi")
    walker.stop()
    assert walker.failures == []
    # it went everywhere: all menus, every page's buttons, the dialogs they open
    assert len(walker.triggered) > 40
    for name in (
        "NewPlanDialog",
        "OwnTaskDialog",
        "CandidateDialog",
        "ExportDialog",
        "UpdateDialog",
        "IssueDialog",
        "ReportTextsDialog",
        "ScorecardDialog",
        "GuideDialog",
    ):
        assert name in walker.dialogs_seen, (name, walker.dialogs_seen)
    assert calls["text"], "Mở khóa để sửa... never asked for the reason"
    # Undo and Redo still work after everything above (on the page where tasks were added)
    w.goto_page(mw.PAGE_TASKS)
    n = w.ws.undo_stack.count()
    assert n > 0 and w.undo_action.isEnabled()
    with qtbot.capture_exceptions() as errors:
        w.undo_action.trigger()
        w.redo_action.trigger()
    assert not errors


def test_main_window_walk_on_a_locked_plan(qtbot, demo_store, messages, window_factory, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The same walk on an issued plan: every refusal is a plain Vietnamese message."""
    from desktop.models.enums import PlanState
    from desktop.services import plans as psvc

    with demo_store.transaction() as s:
        plan = psvc.load_plan(s, psvc.latest_plan_id(s))
        plan.number = "15"
        import datetime as dt

        plan.date = dt.date(2024, 3, 1)
        for st in (PlanState.SUBMITTED, PlanState.APPROVED, PlanState.ISSUED):
            psvc.change_state(s, plan, st)
    answer_static_dialogs(monkeypatch, tmp_path, reason="")  # an empty reason: refused, plan stays locked
    w = window_factory(demo_store)
    walker = SignalWalker(qtbot, messages, fillers=dict(FILLERS), skip={"Thoát", "Mở khóa để sửa..."})
    walker.walk_window(w, _pages(w))
    assert walker.failures == []


def test_city_window_every_button(qtbot, tmp_path, messages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import city
    from desktop.services.demo import run_demo
    from desktop.store import open_store
    from desktop.sync import package
    from desktop.views.city_window import CityWindow

    unit = open_store(tmp_path / "unit")
    run_demo(unit)
    r = package.export_plan(unit, 2024, tmp_path / "out")
    unit.close()
    store = open_store(tmp_path / "city")
    city.init_city(store, "31")
    answer_static_dialogs(monkeypatch, tmp_path, open_file=r.path)
    win = CityWindow(store, year=2024)
    qtbot.addWidget(win)
    walker = SignalWalker(qtbot, messages, fillers={"ImportPreviewDialog": lambda d: d.apply_button})
    walker.walk_window(win)
    assert walker.failures == []
    assert "ImportPreviewDialog" in walker.dialogs_seen
    # the unit detail dialog: opened by a double click on a row, its buttons walked too
    walker.start()
    try:
        win.status_table.cellDoubleClicked.emit(0, 0)
        qtbot.waitUntil(lambda: "UnitDetailDialog" in walker.dialogs_seen, timeout=5000)
    finally:
        walker.stop()
    assert walker.failures == []
    win.close()
    store.close()


def test_wizard_every_button(qtbot, store, messages, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from desktop.app import create_wizard

    answer_static_dialogs(monkeypatch, tmp_path)
    wiz = create_wizard(store, today=dt.date(2026, 11, 30))
    qtbot.addWidget(wiz)
    walker = SignalWalker(qtbot, messages)
    wiz.show()
    walker.check_size(wiz, "wizard")
    walker.start()
    try:
        for _ in range(wiz.pageIds().__len__()):
            for b in walker.buttons_of(wiz.currentPage()):
                walker.click(b, f"wizard page {wiz.currentId()}")
            if not wiz.button(wiz.WizardButton.NextButton).isEnabled():
                break
            walker.click(wiz.button(wiz.WizardButton.NextButton), "wizard")
    finally:
        walker.stop()
    assert walker.failures == []


def test_the_walker_bites_on_a_slot_with_an_optional_parameter(
    qtbot, demo_store, messages, window_factory, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Reconnect "Thêm nhiệm vụ riêng..." to the old pattern: clicked(bool) fills ``fields``."""
    answer_static_dialogs(monkeypatch, tmp_path)
    w = window_factory(demo_store)
    tp = w.tasks_page

    def old_add_own_task(fields: dict[str, Any] | None = None) -> int | None:
        if fields is None:
            return tp.add_own_task()
        return tp.add_own_task_with(fields)  # type: ignore[arg-type]

    tp.add_own.clicked.disconnect()
    tp.add_own.clicked.connect(old_add_own_task)
    walker = SignalWalker(qtbot, messages, fillers=dict(FILLERS))
    walker.start()
    try:
        w.show()
        w.goto_page(mw.PAGE_TASKS)
        walker.click(tp.add_own, "page Nhiệm vụ")
    finally:
        walker.stop()
    assert walker.failures and "Thêm nhiệm vụ riêng" in walker.failures[0]

    # and an exception escaping a slot is reported too, not swallowed
    walker.failures.clear()
    tp.add_tmpl.clicked.disconnect()
    tp.add_tmpl.clicked.connect(lambda chosen=None: list(chosen))
    walker.click(tp.add_tmpl, "page Nhiệm vụ")
    assert walker.failures and "TypeError" in walker.failures[0]


def test_the_walker_bites_on_a_dialog_too_large(qtbot, messages) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton, QWidget

    host = QWidget()
    qtbot.addWidget(host)
    b = QPushButton("Mở", host)

    def open_big() -> None:
        d = QDialog(host)
        d.resize(1678, 600)
        d.exec()

    b.clicked.connect(open_big)
    walker = SignalWalker(qtbot, messages)
    walker.walk_window(host)
    assert any("1678" in f or "larger" in f for f in walker.failures), walker.failures


# -- a static guard: no slot with an optional parameter on clicked/triggered/toggled ------
SIGNALS_WITH_CHECKED = {"clicked", "triggered", "toggled"}


def checked_slot_problems(sources: dict[str, str]) -> list[str]:
    """``x.clicked.connect(self.m)`` where ``m`` has an optional parameter (it would get ``checked``)."""
    bad = []
    for name, text in sources.items():
        tree = ast.parse(text)
        optional = {
            n.name
            for n in ast.walk(tree)
            if isinstance(n, ast.FunctionDef) and (n.args.defaults or n.args.kw_defaults) and len(n.args.args) > 1
        }
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "connect"
                and node.args
            ):
                continue
            sig = node.func.value
            if not (isinstance(sig, ast.Attribute) and sig.attr in SIGNALS_WITH_CHECKED):
                continue
            slot = node.args[0]
            if isinstance(slot, ast.Attribute) and slot.attr in optional:
                bad.append(f"{name}:{node.lineno} {sig.attr} -> {slot.attr}")
            if (
                isinstance(slot, ast.Lambda)
                and slot.args.args
                and not slot.args.args[0].arg.startswith("_")
                and sig.attr != "toggled"
            ):
                bad.append(f"{name}:{node.lineno} {sig.attr} -> lambda {slot.args.args[0].arg}")
    return bad


def test_no_slot_takes_the_checked_argument_by_accident() -> None:
    sources = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "desktop" / "views").glob("*.py")}
    assert len(sources) > 10
    assert checked_slot_problems(sources) == []


def test_the_static_guard_sees_the_old_pattern() -> None:
    code = (
        "class P:\n    def add(self, fields=None):\n        pass\n"
        "    def build(self):\n        self.b.clicked.connect(self.add)\n"
        "        self.a.triggered.connect(lambda reason=None: self.add(reason))\n"
    )
    assert len(checked_slot_problems({"p.py": code})) == 2


def test_everything_fits_a_1280x720_screen(
    qtbot, demo_store, messages, window_factory, monkeypatch, tmp_path, officials_screen
) -> None:  # type: ignore[no-untyped-def]
    officials_screen(1280, 720)
    answer_static_dialogs(monkeypatch, tmp_path)
    w = window_factory(demo_store)
    walker = SignalWalker(
        qtbot, messages, fillers=dict(FILLERS), skip={"Thoát", "Chỉ việc chậm"}, max_w=1280, max_h=720 - 40
    )
    walker.walk_window(w, _pages(w))
    assert walker.failures == []
    assert {"NewPlanDialog", "OwnTaskDialog", "ExportDialog", "GuideDialog"} <= set(walker.dialogs_seen)


def test_the_last_size_is_kept_only_when_it_fits(qtbot, demo_dir, messages, window_factory, officials_screen) -> None:  # type: ignore[no-untyped-def]
    from desktop.store import open_store

    store = open_store(demo_dir)
    w = window_factory(store)
    w.resize(1300, 700)  # fits 1366x768
    w.close()
    w2 = window_factory(store)
    assert w2.height() == 700  # kept (the width is clamped by the 800 px offscreen screen itself)
    w2.close()
    officials_screen(1280, 720)  # the same folder opened on a smaller screen
    w3 = window_factory(store)
    assert w3.width() <= 1280 - 16 and w3.height() <= 720 - 40 - 40
    w3.close()
    store.close()
