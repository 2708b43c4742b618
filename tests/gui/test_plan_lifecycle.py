"""In the window: approval lock with an unlock reason, a plan for a new year, the audit
trail beside each task, backups and a restore, another data folder through the wizard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from desktop.models.enums import PlanState
from desktop.models.orm import Plan
from desktop.services import plans as psvc
from tests.helpers import damage_store


def _state(store) -> PlanState:  # type: ignore[no-untyped-def]
    with store.session() as s:
        return s.scalar(select(Plan).order_by(Plan.year)).state


def test_approve_lock_and_unlock_with_reason(
    qtbot, demo_store, messages, window_factory, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.walker import answer_static_dialogs

    w = window_factory(demo_store)
    assert w.state_actions[PlanState.SUBMITTED].isEnabled() and not w.unlock_action.isEnabled()
    from tests.gui.walker import accept_button, answer_dialog

    def number(dlg):  # type: ignore[no-untyped-def]
        dlg.number.setText("15")
        accept_button(dlg).click()

    w.state_actions[PlanState.SUBMITTED].trigger()
    assert answer_dialog(qtbot, number) is not None
    w.state_actions[PlanState.APPROVED].trigger()
    assert _state(demo_store) is PlanState.APPROVED
    assert "chỉ xem" in w.state_label.text() and w.unlock_action.isEnabled()
    # an edit is refused with the plain message and nothing changes
    plan = w.ws.plan
    task = next(t for t in plan.tasks if t.adopted)
    old = task.lead
    messages.clear()
    w.ws.set_field("lead", lambda s, v: psvc.set_task_field(s, plan.id, task.id, "lead", v), "Ai khác")
    assert any(kind == "error" and "chỉ xem" in text for kind, text in messages)
    assert next(t for t in w.ws.plan.tasks if t.id == task.id).lead == old
    # unlocking without a reason is refused; with one it is recorded
    messages.clear()
    calls = answer_static_dialogs(monkeypatch, tmp_path, reason="  ")
    w.unlock_action.trigger()  # Kế hoạch → Mở khóa để sửa...: asks, a blank reason is refused
    assert calls["text"] == ["Mở khóa kế hoạch"]
    assert any("lý do" in text for _k, text in messages)
    assert _state(demo_store) is PlanState.APPROVED
    answer_static_dialogs(monkeypatch, tmp_path, reason="Bổ sung nhiệm vụ theo chỉ đạo của thành phố")
    w.unlock_action.trigger()
    assert _state(demo_store) is PlanState.DRAFT
    assert not w.unlock_action.isEnabled() and "chỉ xem" not in w.state_label.text()


def test_new_year_plan(qtbot, demo_store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    w = window_factory(demo_store)
    pid = w.create_plan("hp-325-2024", 1, 2025)
    assert pid is not None and w.ws.plan.year == 2025
    assert sum(1 for t in w.ws.plan.tasks if t.adopted) == 19
    assert len(w.plan_ids()) == 2 and w.plan_combo.count() == 4  # two years, each with its heading
    assert all(t.finish is None or t.finish.end.year == 2025 for t in w.ws.plan.tasks)


def test_task_history_shows_the_audit_trail(qtbot, demo_store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    w = window_factory(demo_store)
    plan = w.ws.plan
    task = next(t for t in plan.tasks if t.adopted)
    w.ws.set_field("lead", lambda s, v: psvc.set_task_field(s, plan.id, task.id, "lead", v), "Công an xã")
    w.goto_page(3)
    w.tracking.ensure_fresh()
    w.tracking.select_task(task.id)
    html = w.tracking.history.toPlainText()
    assert "Nhật ký thay đổi" in html
    assert "Chủ trì:" in html and "→ Công an xã" in html
    assert "Nguyễn Thị Minh Phương" in html


def test_backup_and_restore_from_the_window(qtbot, demo_dir: Path, messages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import AppController
    from desktop.store.backup import list_backups, reason_of

    c = AppController()
    assert c.open(demo_dir)
    qtbot.addWidget(c.window)
    c.window.backup_now()
    manual = [p for p in list_backups(c.store.data) if reason_of(p) == "manual"]
    assert len(manual) == 1
    # a change after the backup
    pid = c.window.create_plan("hp-325-2024", 1, 2025)
    assert pid is not None
    c.restore(str(manual[0]))
    qtbot.addWidget(c.window)
    with c.store.session() as s:
        assert [p for _i, p in psvc.plan_list(s)] == [2024]
    assert any(reason_of(p) == "before-restore" for p in list_backups(c.store.data))
    c.close()


def test_an_empty_folder_starts_the_wizard(qtbot, demo_dir: Path, tmp_path: Path, messages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop import app as appmod

    c = appmod.AppController()
    assert c.open(demo_dir)
    shown = []

    def fake_wizard(store, today=None):  # type: ignore[no-untyped-def]
        from desktop.views.wizard import FirstRunWizard

        wiz = FirstRunWizard(store, today=dt.date(2025, 3, 1))
        shown.append(store.data.root)
        wiz.exec = lambda: 0  # the user looks at it and cancels
        return wiz

    monkeypatch.setattr(appmod, "create_wizard", fake_wizard)
    empty = tmp_path / "don-vi-moi"
    empty.mkdir()
    c.window.dataFolderRequested.emit(str(empty))
    assert shown == [empty.resolve()]
    assert c.store.data.root == demo_dir.resolve()  # cancelled: the demo stays open
    c.close()


def test_a_city_folder_opens_the_city_window(qtbot, tmp_path: Path, messages) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import AppController
    from desktop.services import city
    from desktop.store import open_store

    d = tmp_path / "thanh-pho"
    s = open_store(d)
    city.init_city(s, "31")
    s.close()
    c = AppController()
    assert c.open(d)
    qtbot.addWidget(c.window)
    assert c.window.objectName() == "city_window"
    c.close()


def test_template_package_import_shows_changes_and_flags(
    qtbot, demo_store, tmp_path: Path, messages, window_factory
) -> None:  # type: ignore[no-untyped-def]
    """A commune opens the city's new template version: it sees the changes; removed tasks are flagged."""
    import json

    from desktop.services import city
    from desktop.store import open_store
    from desktop.sync import template_package as tp

    cs = open_store(tmp_path / "tp")
    city.init_city(cs, "31")
    draft = tp.draft(cs, "hp-325-2024", tmp_path / "mau.json")
    d = json.loads(draft.read_text(encoding="utf-8"))
    d["version"] = 2
    removed = d["task_groups"][0]["tasks"].pop(0)
    draft.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    pub = tp.publish(cs, draft, tmp_path)
    cs.close()
    w = window_factory(demo_store)
    assert w.import_template_package(str(pub.path), confirm=True)
    kinds = [k for k, _t in messages]
    assert kinds[:1] == ["ask"] and any(removed["content"][:30] in t for _k, t in messages)
    flagged = [t for t in w.ws.plan.tasks if t.template_ref == removed["id"]]
    assert flagged and flagged[0].flag
    assert w.ws.plan.template.version == 2


def test_one_running_copy_per_data_folder(qtbot, demo_dir: Path, messages) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys
    import time

    from desktop.app import AppController

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time; from desktop import single_instance as si; "
            f"si.hold(r'{demo_dir}'); print('held', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        c = AppController()
        assert not c.open(demo_dir)
        assert c.failed and any("đang mở" in t for _k, t in messages)
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)
    c = AppController()
    assert c.open(demo_dir)
    qtbot.addWidget(c.window)
    c.close()


def test_wizard_for_a_legacy_district(qtbot, store, messages) -> None:  # type: ignore[no-untyped-def]
    """A district that made its plan before 1 July 2025 sets itself up as a unit outside the directory."""
    from desktop.app import create_wizard
    from desktop.models.enums import Level
    from desktop.models.orm import CustomUnit

    wiz = create_wizard(store, today=dt.date(2023, 2, 1))
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.province_page.search.setText("hai phong")
    wiz.next()
    u = wiz.unit_page
    u.other.setChecked(True)
    assert not u.isComplete()
    u.other_name.setText("Huyện An Lão")
    u.other_level.setCurrentIndex(u.other_level.findData("district"))
    assert u.isComplete()
    wiz.next()
    assert wiz.header_page.issuer.text() == "HUYỆN AN LÃO"
    assert wiz.header_page.place.text() == "An Lão"
    wiz.next()
    wiz.signers_page.chair.setText("Nguyễn Văn A")
    wiz.next()
    wiz.template_page.select_key("hp-93-2021")
    wiz.next()
    wiz.year_page.year.setValue(2023)
    wiz.accept()
    assert wiz.plan_id is not None, messages
    with store.session() as s:
        plan = psvc.load_plan(s, wiz.plan_id)
        assert plan.unit.level is Level.DISTRICT and plan.year == 2023
        assert sum(1 for t in plan.tasks if t.adopted) == 25  # the 93/KH-UBND tasks that name districts
        cu = s.scalar(select(CustomUnit))
        assert cu.name == "Huyện An Lão" and cu.kind == "legacy_district" and cu.code == plan.unit.code


def test_send_page_shows_fingerprint_and_history(qtbot, demo_store, tmp_path: Path, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    from desktop.sync import keys
    from desktop.sync.package import export_plan

    export_plan(demo_store, 2024, tmp_path / "lan1.khcds")
    w = window_factory(demo_store)
    w.ws.changed.emit()
    w.goto_page(5)
    w.sync_page.refresh()
    assert w.sync_page.fingerprint.text() == keys.folder_fingerprint(demo_store.data)
    assert "lan1.khcds" in w.sync_page.history.text()


def test_a_damaged_store_offers_the_latest_good_backup(qtbot, demo_dir: Path, messages) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import AppController
    from desktop.store import open_store

    open_store(demo_dir).close()  # the day's first start makes the daily backup
    db = demo_dir / "khcds.sqlite3"
    damage_store(db)
    c = AppController()
    assert c.open(demo_dir)  # the question is answered yes (the test sink)
    qtbot.addWidget(c.window)
    assert any(k == "ask" and "bản sao lưu" in t for k, t in messages)
    assert list(demo_dir.glob("khcds-hong-*.sqlite3"))  # the damaged file is kept aside
    with c.store.session() as s:
        assert [y for _i, y in psvc.plan_list(s)] == [2024]
    c.close()


def test_report_texts_dialog(qtbot, demo_store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    from desktop.models.period import report_period
    from desktop.services import reports as rsvc

    w = window_factory(demo_store)
    d = w.documents
    d.kind.setCurrentIndex(d.kind.findData("report"))
    d.period.setCurrentIndex(d.period.findData("h1"))
    assert d.texts_btn.isEnabled()
    dlg = d.edit_report_texts(exec_dialog=False)
    qtbot.addWidget(dlg)
    assert dlg.boxes["next_steps"].toPlainText()  # starts from the program's draft
    dlg.boxes["proposals"].setPlainText("- Đề nghị thành phố hỗ trợ 02 máy tính cho Bộ phận Một cửa.")
    dlg.save()
    with demo_store.session() as s:
        plan = psvc.load_plan(s, w.ws.plan_id)
        assert rsvc.texts_for(s, plan, report_period(2024, "h1"))["proposals"].startswith("- Đề nghị thành phố")


def test_preview_renders_with_pdfium_and_with_pdftoppm(tmp_path: Path, demo_store) -> None:  # type: ignore[no-untyped-def]
    """Both renderers give the same pages: pypdfium2 (Windows) and poppler (elsewhere)."""
    import shutil

    import pytest

    from desktop.services import documents as service
    from desktop.views import documents_panel as dp

    pytest.importorskip("pypdfium2")
    pdf = tmp_path / "kh.pdf"
    pdf.write_bytes(service.render_plan(demo_store, 2024, "pdf"))
    a = dp._render_pdfium(pdf, 40)
    assert a and not a[0].isNull() and a[0].width() == round(210 / 25.4 * 40)
    if shutil.which("pdftoppm"):
        b = dp._render_pdftoppm(pdf, 40)
        assert len(a) == len(b)
        assert abs(a[0].width() - b[0].width()) <= 1 and abs(a[-1].height() - b[-1].height()) <= 1
