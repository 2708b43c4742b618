"""A commune of a tỉnh without a built-in template goes from an empty data folder to a plan from its
province's signed package, in the wizard alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.templates import tables
from tests.templates.test_trust import _publish


@pytest.fixture
def ls_package(cli, tmp_path: Path) -> Path:
    from desktop.services import city
    from desktop.store import open_store

    d = tmp_path / "ls-city"
    s = open_store(d)
    city.init_city(s, "20")
    s.close()
    table = tables.write_docx(tmp_path / "phu-luc.docx")
    draft = tmp_path / "ls.json"
    assert (
        cli(
            "--data-dir",
            d,
            "template",
            "draft",
            "--from-table",
            table,
            "--province",
            "20",
            "--id",
            "ls-12-2026",
            "--number",
            "12/KH-UBND",
            "--date",
            "2026-01-15",
            "--title",
            "Chuyển đổi số tỉnh Lạng Sơn năm 2026",
            "--period",
            "2026",
            "--out",
            draft,
        ).code
        == 0
    )
    out = tmp_path / "ls-12-2026-v1.khcdst"
    r = cli("--data-dir", d, "template", "publish", draft, "--out", out)
    assert r.code == 0, r.err
    return out


def _next(qtbot, wiz) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    qtbot.mouseClick(wiz.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _to_template_page(qtbot, wiz) -> None:  # type: ignore[no-untyped-def]
    _next(qtbot, wiz)
    wiz.unit_page.search.setText("bac son")
    assert wiz.unit_page.list.currentItem().text() == "Xã Bắc Sơn"
    _next(qtbot, wiz)
    _next(qtbot, wiz)
    wiz.signers_page.chair.setText("Hoàng Văn Minh")
    wiz.signers_page.deputy.setText("Lương Thị Hoa")
    _next(qtbot, wiz)
    assert wiz.currentPage() is wiz.template_page


def _finish(qtbot, wiz, store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    _next(qtbot, wiz)
    assert wiz.year_page.year.value() == 2026
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wiz.plan_id is not None


def test_open_with_package_on_empty_folder_starts_the_wizard_with_it(qtbot, store, messages, ls_package) -> None:
    from desktop.app import create_wizard, needs_first_run
    from desktop.services import plans as editor

    assert needs_first_run(store)
    wiz = create_wizard(store, today=dt.date(2026, 3, 1), open_file=ls_package)
    qtbot.addWidget(wiz)
    wiz.show()
    assert wiz.province_page.list.currentItem().text() == "Lạng Sơn"  # chosen from the package
    _to_template_page(qtbot, wiz)
    # the package was shown with its issuer and fingerprint, and confirmed
    asks = [t for k, t in messages if k == "ask"]
    assert asks and "Ủy ban nhân dân tỉnh Lạng Sơn" in asks[0] and "Dấu vân tay khóa ký" in asks[0]
    assert wiz.template_page.list.currentItem().text().startswith("12/KH-UBND")
    _finish(qtbot, wiz, store)
    s = store.session()
    plan = editor.load_plan(s, editor.latest_plan_id(s))
    assert plan.template.key == "ls-12-2026" and plan.unit.name == "Xã Bắc Sơn"
    tasks = {t.template_ref: t for t in plan.tasks}
    assert "II.5" in tasks and "IV.5" not in tasks  # Bắc Sơn's own task, not Na Sầm's
    assert tasks["I.1"].superior_ref == "1" and tasks["I.1"].finish.code == "2026-01-31"
    s.close()


def test_choose_file_button_accepts_a_signed_package(qtbot, store, messages, ls_package, monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from desktop.app import create_wizard

    wiz = create_wizard(store, today=dt.date(2026, 3, 1))
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.province_page.search.setText("lang son")
    _to_template_page(qtbot, wiz)
    tp = wiz.template_page
    assert tp.list.count() == 0 and "Lạng Sơn" in tp.empty.text()  # no template of this tỉnh yet
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ls_package), ""))
    qtbot.mouseClick(tp.file_btn, Qt.MouseButton.LeftButton)
    assert [k for k, _t in messages] == ["ask"]
    assert not any("UTF-8" in t for _k, t in messages)
    assert tp.list.count() == 1 and tp.empty.text() == ""
    _finish(qtbot, wiz, store)


def test_package_of_another_province_refused_in_the_wizard(qtbot, store, messages, cli, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from desktop.app import create_wizard

    cao_bang = _publish(cli, tmp_path, "cb-city", "4", "cb-mau-2026")
    wiz = create_wizard(store, today=dt.date(2026, 3, 1))
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.province_page.search.setText("lang son")
    _to_template_page(qtbot, wiz)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(cao_bang), ""))
    qtbot.mouseClick(wiz.template_page.file_btn, Qt.MouseButton.LeftButton)
    assert messages and messages[0][0] == "error" and "không phải Lạng Sơn" in messages[0][1]
    assert wiz.template_page.list.count() == 0


def test_app_opened_with_a_package_on_an_empty_folder_gives_it_to_the_wizard(
    qtbot, tmp_path, messages, ls_package, monkeypatch
) -> None:
    from desktop import app as appmod

    made = []
    real = appmod.create_wizard

    def watching(store, today=None, open_file=None):  # type: ignore[no-untyped-def]
        wiz = real(store, today=today, open_file=open_file)
        made.append(wiz)
        wiz.exec = lambda: 0  # the officer looks at it and cancels
        return wiz

    monkeypatch.setattr(appmod, "create_wizard", watching)
    c = appmod.AppController()
    empty = tmp_path / "xa-bac-son"
    empty.mkdir()
    assert not c.open(empty, open_file=str(ls_package))
    assert c.file_consumed
    wiz = made[0]
    assert wiz.template_page.pending_file == ls_package
    assert wiz.province_page.list.currentItem().text() == "Lạng Sơn"
    c.close()


def test_the_plan_prints_each_task_number_of_the_superior_plan(
    qtbot, store, messages, ls_package, cli, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from docx import Document as Docx

    from desktop.app import create_wizard

    wiz = create_wizard(store, today=dt.date(2026, 3, 1), open_file=ls_package)
    qtbot.addWidget(wiz)
    wiz.show()
    _to_template_page(qtbot, wiz)
    _finish(qtbot, wiz, store)
    out = tmp_path / "ke-hoach.docx"
    r = cli("--data-dir", store.data.root, "document", "plan", "--year", "2026", "--format", "docx", "--out", out)
    assert r.code == 0, r.err
    table = next(t for t in Docx(str(out)).tables if t.rows[0].cells[0].text == "STT")
    head = [c.text for c in table.rows[0].cells]
    assert head[-1].startswith("NV theo KH") and len(head) == 8
    rows = {r.cells[1].text.split("\n")[0][:40]: r.cells[-1].text for r in table.rows[1:]}
    assert "1" in rows.values()  # task I.1 carries number 1 of the superior plan
