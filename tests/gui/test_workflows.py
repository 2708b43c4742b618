"""Whole workflows through the real windows (offscreen): wizard to plan, edit and
undo, quarterly update with evidence, a document, reopen and find everything."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

from PySide6.QtCore import Qt

from desktop.models.enums import Level, PlanState, TaskStatus
from desktop.services import plans as psvc
from desktop.services import templates as tsvc
from desktop.views import main_window as mw
from tests.gui.walker import accept_button, answer_dialog


def _plan(store):  # type: ignore[no-untyped-def]
    s = store.session()
    pid = psvc.latest_plan_id(s)
    return s, psvc.load_plan(s, pid)


def test_wizard_to_plan_for_an_lao(qtbot, store, messages, window_factory):  # type: ignore[no-untyped-def]
    from desktop.app import create_wizard, needs_first_run

    assert needs_first_run(store)
    wiz = create_wizard(store, today=dt.date(2024, 3, 1))
    qtbot.addWidget(wiz)
    wiz.show()
    p = wiz.province_page
    p.search.setText("hai phong")
    assert p.list.currentItem().text() == "Thành phố Hải Phòng"
    wiz.next()
    u = wiz.unit_page
    u.search.setText("an lao")  # no diacritics, lower case
    assert u.list.currentItem().text() == "Xã An Lão"
    wiz.next()
    h = wiz.header_page
    assert h.issuer.text() == "XÃ AN LÃO"
    assert h.place.text() == "An Lão"
    assert "ỦY BAN NHÂN DÂN" in h.preview.text()
    wiz.next()
    wiz.signers_page.chair.setText("Nguyễn Văn Thành")
    wiz.signers_page.deputy.setText("Đỗ Thị Hồng Nhung")
    wiz.next()
    wiz.template_page.select_key("hp-325-2024")
    wiz.next()
    assert wiz.year_page.year.value() == 2024
    assert wiz.currentId() == 5
    wiz.accept()
    assert wiz.plan_id is not None
    assert messages == []

    s, plan = _plan(store)
    assert plan.unit.name == "Xã An Lão"
    assert plan.year == 2024 and plan.template.key == "hp-325-2024"
    commune = tsvc.parse(plan.template).tasks_for(Level.COMMUNE)
    assert len(plan.tasks) == len(commune) > 0
    assert all(t.adopted for t in plan.tasks)
    assert plan.signer.full_name == "Nguyễn Văn Thành"
    s.close()
    assert not needs_first_run(store)

    w = window_factory(store)
    assert "Xã An Lão" in w.windowTitle()
    w.goto_page(mw.PAGE_TASKS)
    assert w.tasks_page.model.rowCount() == len(commune)


def test_edit_undo_redo_and_validation(qtbot, demo_store, window_factory):  # type: ignore[no-untyped-def]
    w = window_factory(demo_store)
    w.goto_page(mw.PAGE_PLAN)
    g = w.plan_page.general
    g.number.setText("05")
    g.number.editingFinished.emit()
    assert w.ws.plan.number == "05"
    w.undo_action.trigger()
    assert w.ws.plan.number is None
    w.redo_action.trigger()
    assert w.ws.plan.number == "05"

    # a target set below the city's value: a warning, one click away from its field
    targets = w.plan_page.targets
    w.plan_page.tabs.setCurrentIndex(w.plan_page.TAB_TARGETS)
    item = targets.table.item(0, targets.C_VALUE)
    item.setText("50")
    assert w.ws.plan.targets[0].value == Decimal("50")
    assert "Thấp hơn" in targets.table.item(0, targets.C_NOTE).text()
    found = [w.issues.item(i) for i in range(w.issues.count()) if "thấp hơn mức thành phố" in w.issues.item(i).text()]
    assert found
    w.goto_page(mw.PAGE_DASHBOARD)
    w.show()
    rect = w.issues.visualItemRect(found[0])
    qtbot.mouseClick(w.issues.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.nav.currentRow() == mw.PAGE_PLAN
    assert w.plan_page.tabs.currentIndex() == w.plan_page.TAB_TARGETS
    assert targets.table.currentRow() == 0
    w.undo_action.trigger()
    assert w.ws.plan.targets[0].value == w.ws.plan.targets[0].city_value

    # a task's lead, then an own task added and undone
    w.goto_page(mw.PAGE_TASKS)
    tp = w.tasks_page
    first = tp.model.row_at(0).id
    tp.select_task(first)
    tp.form.lead.setText("Công chức Văn hóa - Xã hội")
    tp.form.lead.editingFinished.emit()
    assert psvc.get_task(w.ws.plan, first).lead == "Công chức Văn hóa - Xã hội"
    n = len(w.ws.plan.tasks)

    def fill(dlg):  # type: ignore[no-untyped-def]
        dlg.content.setText("Lắp wifi miễn phí tại nhà văn hóa các thôn")
        accept_button(dlg).click()

    answered = answer_dialog(qtbot, fill)
    tp.add_own.click()  # Thêm nhiệm vụ riêng...
    assert answered == ["OwnTaskDialog"]
    assert len(w.ws.plan.tasks) == n + 1
    assert any(t.content == "Lắp wifi miễn phí tại nhà văn hóa các thôn" for t in w.ws.plan.tasks)
    assert w.undo_action.text().endswith("Thêm nhiệm vụ riêng")
    w.undo_action.trigger()
    assert len(w.ws.plan.tasks) == n
    w.undo_action.trigger()
    assert psvc.get_task(w.ws.plan, first).lead != "Công chức Văn hóa - Xã hội"
    w.redo_action.trigger()
    w.redo_action.trigger()
    assert len(w.ws.plan.tasks) == n + 1

    # drop a template task and adopt it again
    tp.select_task(first)
    tp.toggle.click()
    assert not psvc.get_task(w.ws.plan, first).adopted
    w.undo_action.trigger()
    assert psvc.get_task(w.ws.plan, first).adopted

    # the solutions text, prefilled from the template, edited and undone
    w.goto_page(mw.PAGE_PLAN)
    w.plan_page.goto("section", None, "solutions")
    texts = w.plan_page.texts
    old = next(s.text for s in w.ws.plan.sections if s.key == "solutions")
    assert old.strip()
    texts.text.setPlainText("Giải pháp riêng của xã.")
    texts.text.commit()
    assert next(s.text for s in w.ws.plan.sections if s.key == "solutions") == "Giải pháp riêng của xã."
    w.undo_action.trigger()
    assert next(s.text for s in w.ws.plan.sections if s.key == "solutions") == old

    # funding: a line added, its amount typed the Vietnamese way, the total follows
    fund = w.plan_page.funding
    before = psvc.budget_totals(w.ws.plan).total
    fund.add_btn.click()
    row = fund.table.rowCount() - 1
    fund.table.item(row, 2).setText("1.250,5")
    from desktop.models.enums import BudgetColumn

    assert psvc.budget_totals(w.ws.plan).total[BudgetColumn.APPROVED] == before[BudgetColumn.APPROVED] + Decimal(
        "1250.5"
    )
    from desktop.vn import format_number

    # the totals line follows at once, in the Vietnamese form
    approved = format_number(before[BudgetColumn.APPROVED] + Decimal("1250.5"))
    assert f"dự toán được duyệt: {approved};" in fund.totals.text()
    w.undo_action.trigger()
    w.undo_action.trigger()
    assert psvc.budget_totals(w.ws.plan).total == before


def test_locked_plan_shows_message_and_changes_nothing(qtbot, demo_store, window_factory, messages):  # type: ignore[no-untyped-def]
    with demo_store.transaction() as s:
        plan = psvc.load_plan(s, psvc.latest_plan_id(s))
        psvc.change_state(s, plan, PlanState.SUBMITTED)
        psvc.change_state(s, plan, PlanState.APPROVED)
    w = window_factory(demo_store)
    w.goto_page(mw.PAGE_PLAN)
    assert "Đã phê duyệt" in w.plan_page.state.text()
    g = w.plan_page.general
    g.number.setText("07")
    g.number.editingFinished.emit()
    assert messages and messages[-1][0] == "error"
    assert w.ws.plan.number is None
    assert w.ws.undo_stack.count() == 0


def test_quarterly_update_with_evidence(qtbot, demo_store, window_factory, tmp_path):  # type: ignore[no-untyped-def]
    w = window_factory(demo_store)
    w.goto_page(mw.PAGE_TRACKING)
    tr = w.tracking
    tr.search.setText("mang noi bo lan")  # "mạng nội bộ (LAN)" without diacritics
    assert tr.proxy.rowCount() == 1
    idx = tr.proxy.index(0, 0)
    tid = tr.proxy.task_id(idx)
    tr.view.setCurrentIndex(idx)
    evidence = tmp_path / "bien-ban-nghiem-thu-mang-LAN.pdf"
    evidence.write_bytes(b"%PDF-1.4 bien ban nghiem thu\n" * 50)
    dlg = tr.open_update(tid)
    assert dlg is not None and dlg.period.currentText() == "Quý III/2024"
    dlg.status.setCurrentIndex(dlg.status.findData(TaskStatus.DONE))
    assert dlg.percent.value() == 100
    dlg.note.setPlainText("Đã nghiệm thu hệ thống mạng.")
    dlg.add_file(evidence)
    dlg.doc_number.setText("45/QĐ-UBND")
    dlg.doc_summary.setText("Quyết định nghiệm thu")
    with qtbot.waitSignal(dlg.finished, timeout=10000):
        dlg.save()
    task = psvc.get_task(w.ws.plan, tid)
    assert task.status is TaskStatus.DONE and task.percent == 100
    u = task.updates[-1]
    assert u.note == "Đã nghiệm thu hệ thống mạng." and u.period.label() == "Quý III/2024"
    files = [e for e in task.evidence if e.update_id == u.id and e.stored_name]
    docs = [e for e in task.evidence if e.update_id == u.id and e.doc_number]
    assert len(files) == 1 and len(docs) == 1
    stored = demo_store.data.evidence / files[0].stored_name
    assert stored.is_file()
    assert files[0].sha256 == hashlib.sha256(evidence.read_bytes()).hexdigest()
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == files[0].sha256
    # the history shows it, and the row is no longer late
    assert "45/QĐ-UBND" in tr.history.toPlainText()
    assert "bien-ban-nghiem-thu-mang-LAN.pdf" in tr.history.toPlainText()
    row = tr.model.row_at(tr.model.index_of(tid).row())
    assert row.effective is TaskStatus.DONE

    # a measured target value for the quarter
    meas = tr.targets
    meas.refresh()
    cell = meas.table.item(0, 3 + 2)  # Quý III
    cell.setText("92,5")
    m = [x for x in w.ws.plan.targets[0].measurements if x.period.index == 3]
    assert m and m[0].value == Decimal("92.5")


def test_late_tasks_follow_the_injected_date(qtbot, demo_store, window_factory):  # type: ignore[no-untyped-def]
    early = window_factory(demo_store, today=dt.date(2024, 2, 1))
    early.goto_page(mw.PAGE_TRACKING)
    early.tracking.late_only.setChecked(True)
    n_early = early.tracking.proxy.rowCount()
    early.close()
    late = window_factory(demo_store, today=dt.date(2026, 11, 23))
    late.goto_page(mw.PAGE_TRACKING)
    late.tracking.late_only.setChecked(True)
    n_late = late.tracking.proxy.rowCount()
    assert n_late > n_early
    rows = [late.tracking.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(n_late)]
    assert all(r.effective is TaskStatus.LATE for r in rows)


def test_generate_pdf(qtbot, demo_store, window_factory, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    w = window_factory(demo_store)
    w.goto_page(mw.PAGE_DOCUMENTS)
    d = w.documents
    d.make()
    qtbot.waitUntil(lambda: d.pdf is not None or not d.progress.isVisible(), timeout=60000)
    qtbot.waitUntil(lambda: not d.progress.isVisible(), timeout=60000)
    assert d.pdf is not None and d.pdf.read_bytes()[:4] == b"%PDF"
    out = tmp_path / "KH-2024.pdf"
    d.save_as("pdf", out)
    qtbot.waitUntil(lambda: out.exists(), timeout=60000)
    if d.images:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        printer.setResolution(300)
        import desktop.views.documents_panel as dp

        seen: list[int] = []
        real = dp.render_pages
        monkeypatch.setattr(dp, "render_pages", lambda pdf, dpi=72: seen.append(dpi) or real(pdf, dpi))
        assert d.print_document(printer)
        assert (tmp_path / "printed.pdf").stat().st_size > 0
        assert seen == [300]  # printed at the printer's resolution, not the preview's 72 dpi


def test_reopen_finds_everything_as_left(qtbot, demo_dir, window_factory):  # type: ignore[no-untyped-def]
    from desktop.store import open_store

    store = open_store(demo_dir)
    w = window_factory(store)
    w.goto_page(mw.PAGE_PLAN)
    g = w.plan_page.general
    g.number.setText("12")
    g.number.editingFinished.emit()
    g.subject.setPlainText("Chuyển đổi số xã An Lão năm 2024 (sửa)")
    g.subject.commit()
    w.goto_page(mw.PAGE_TRACKING)
    w.resize(1240, 680)
    w.close()
    store.close()

    store2 = open_store(demo_dir)
    try:
        w2 = window_factory(store2)
        assert w2.nav.currentRow() == mw.PAGE_TRACKING
        assert w2.size().height() == 680  # the last size, as it fits the screen
        plan = w2.ws.plan
        assert plan.number == "12"
        assert plan.subject == "Chuyển đổi số xã An Lão năm 2024 (sửa)"
        w2.goto_page(mw.PAGE_PLAN)
        assert w2.plan_page.general.number.text() == "12"
        w2.close()
    finally:
        store2.close()
