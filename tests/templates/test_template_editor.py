"""The province's template editor in the city window: from a task table to a signed template, checked
as the officer types, with a dry run that writes nothing (pytest-qt, through real signals)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.templates import tables


@pytest.fixture
def city_window(qtbot, tmp_path: Path, messages):  # type: ignore[no-untyped-def]
    from desktop.services import city
    from desktop.store import open_store
    from desktop.views.city_window import CityWindow

    store = open_store(tmp_path / "ls-city")
    city.init_city(store, "20")
    w = CityWindow(store, year=2026, today=dt.date(2026, 3, 1))
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    store.close()


def _problems(dlg) -> list[str]:  # type: ignore[no-untyped-def]
    return [dlg.problem_list.item(i).text() for i in range(dlg.problem_list.count())]


def test_editor_table_to_signed_template(qtbot, city_window, messages, tmp_path: Path, monkeypatch) -> None:
    from desktop.sync import template_package as tp

    w = city_window
    qtbot.mouseClick(w.template_button, Qt.MouseButton.LeftButton)
    dlg = w.last_editor
    assert dlg is not None and dlg.isVisible()
    assert dlg.issuer.text() == "Ủy ban nhân dân tỉnh Lạng Sơn"
    # an empty draft cannot be published: the problems say which field and how to write it
    assert not dlg.publish_button.isEnabled()
    assert any("Trích yếu" in p and "Ví dụ" in p for p in _problems(dlg))

    dlg.tpl_id.clear()
    qtbot.keyClicks(dlg.tpl_id, "ls-12-2026")
    qtbot.keyClicks(dlg.number, "12/KH-UBND")
    qtbot.keyClicks(dlg.date, "15/01/2026")
    dlg.title.insert("Chuyển đổi số tỉnh Lạng Sơn năm 2026")  # typed through the input method (not ASCII)
    dlg.period.clear()
    qtbot.keyClicks(dlg.period, "2026")
    dlg.signer_name.insert("Đoàn Thanh Sơn")
    qtbot.waitUntil(lambda: dlg.publish_button.isEnabled(), timeout=3000)

    # a wrong date, as typed: the field in words and an example
    dlg.date.clear()
    qtbot.keyClicks(dlg.date, "31/02/2026")
    qtbot.waitUntil(lambda: not dlg.publish_button.isEnabled(), timeout=3000)
    assert any("Ngày ban hành" in p for p in _problems(dlg)) or any("ngày" in p for p in _problems(dlg))
    dlg.date.clear()
    qtbot.keyClicks(dlg.date, "15/01/2026")
    qtbot.waitUntil(lambda: dlg.publish_button.isEnabled(), timeout=3000)

    # the province's task table, read from XLSX
    table = tables.write_xlsx(tmp_path / "phu-luc.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(table), ""))
    dlg.tabs.setCurrentIndex(4)
    qtbot.mouseClick(dlg.table_button, Qt.MouseButton.LeftButton)
    assert dlg.tasks.rowCount() == 44
    assert any(k == "info" and "44 nhiệm vụ" in t and "Chưa đọc được" in t for k, t in messages)
    assert any("Khi có yêu cầu" in p and "Lưu ý" in p for p in _problems(dlg))  # a warning, not an error
    assert dlg.publish_button.isEnabled()

    # the officer types a unit code that is not a commune of the province: refused at once
    row = next(r for r in range(dlg.tasks.rowCount()) if dlg.tasks.item(r, dlg.T_CONTENT).text().startswith("Lắp đặt"))
    dlg.tasks.item(row, dlg.T_UNITS).setText("01234")
    qtbot.waitUntil(lambda: not dlg.publish_button.isEnabled(), timeout=3000)
    assert any("01234" in p for p in _problems(dlg))
    dlg.tasks.item(row, dlg.T_UNITS).setText("06325")
    # a deadline moved by typing
    dlg.tasks.item(row, dlg.T_DEADLINE).setText("30/11/2026")
    qtbot.waitUntil(lambda: dlg.publish_button.isEnabled(), timeout=3000)

    # a dry run says what would be published and writes nothing
    keys = w.store.data.root / "keys"
    had_keys = keys.exists() and any(keys.iterdir())
    n = len(messages)
    qtbot.mouseClick(dlg.dry_button, Qt.MouseButton.LeftButton)
    assert "Kiểm tra xong, không ghi gì" in messages[n][1] and "44 nhiệm vụ" in messages[n][1]
    assert (keys.exists() and any(keys.iterdir())) == had_keys
    with w.store.session() as s:
        from desktop.services import templates as tsvc

        assert tsvc.latest(s, "ls-12-2026") is None

    # publish, signed, with the version the program proposes
    assert dlg.version.value() == 1
    out = tmp_path / "ls-12-2026-v1.khcdst"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(dlg.publish_button, Qt.MouseButton.LeftButton)
    assert out.exists()
    assert any(k == "info" and "Dấu vân tay khóa ký" in t for k, t in messages)
    pkg = tp.read_template_package(out)
    t = pkg.template
    assert len(t.tasks) == 44 and [g.number for g in t.task_groups] == ["I", "II", "III", "IV", "V", "VI", "VII"]
    tasks = {x.id: x for x in t.tasks}
    assert tasks["II.5"].deadline.period.code == "2026-11-30" and tasks["II.5"].units == ("06325",)
    assert tasks["III.6"].deadline.kind == "relative" and tasks["I.1"].superior_ref == "1"
    assert t.superior_plan == "KH 05-KH/BCĐTW" and t.province_code == 20
    # the next publication proposes version 2
    assert dlg.version.value() == 2 and "2" in dlg.version_hint.text()


def test_editor_opens_a_published_template_and_keeps_what_it_does_not_show(
    qtbot, city_window, messages, tmp_path: Path
) -> None:
    from desktop.sync import template_package as tp
    from desktop.views.template_editor import TemplateEditor

    d = tp.draft_data(city_window.store, "hp-325-2024", "ls-325-2024")
    d["province_code"] = 20
    dlg = TemplateEditor(city_window.store, d, parent=city_window)
    qtbot.addWidget(dlg)
    dlg.validate_now()
    out = dlg.data()
    assert out["budget"] == d["budget"]  # the multi-column budget is kept as it is
    tasks = {t["id"]: t for g in out["task_groups"] for t in g["tasks"]}
    orig = {t["id"]: t for g in d["task_groups"] for t in g["tasks"]}
    assert tasks["I.1"]["start"] == orig["I.1"]["start"] and tasks["I.1"]["support"] == orig["I.1"]["support"]
    # the editor cross-checks: the period 2024 (seed) and the province's own draft validate
    assert dlg.problems == [] or all("Phiên bản" not in p for p in dlg.problems)


def test_version_2_from_the_editor_moves_a_deadline_into_the_commune_plan(
    qtbot, city_window, messages, cli, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from desktop.services import plans as psvc
    from desktop.services import table_import as ti
    from desktop.services import templates as tsvc
    from desktop.services import units as usvc
    from desktop.store import open_store
    from desktop.sync import template_package as tp

    # version 1 published from a table
    read = ti.read_table(tables.write_docx(tmp_path / "phu-luc.docx"))
    d, _p = ti.draft_from_table(
        read,
        20,
        "ls-12-2026",
        number="12/KH-UBND",
        date="2026-01-15",
        title="Chuyển đổi số tỉnh Lạng Sơn năm 2026",
        period={"start": 2026, "end": 2026},
    )
    v1 = tp.publish_data(city_window.store, d, tmp_path / "v1.khcdst")
    unit = tmp_path / "unit"
    us = open_store(unit)
    with us.transaction() as s:
        usvc.create_unit(s, usvc.spec_for_directory_unit("06325"))
    us.close()
    assert cli("--data-dir", unit, "template", "import", v1.path, "--fingerprint", v1.fingerprint).code == 0
    us = open_store(unit)
    with us.transaction() as s:
        psvc.create_plan(s, usvc.current_unit(s), tsvc.find(s, "ls-12-2026"), 2026)
    us.close()

    # the officer starts version 2 from the published one and moves III.2's deadline
    qtbot.mouseClick(city_window.template_button, Qt.MouseButton.LeftButton)
    dlg = city_window.last_editor
    label = next(c[0] for c in dlg.template_choices() if c[1] == "ls-12-2026")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (label, True))
    qtbot.mouseClick(dlg.from_button, Qt.MouseButton.LeftButton)
    assert dlg.tpl_id.text() == "ls-12-2026" and dlg.version.value() == 2
    row = next(
        r for r in range(dlg.tasks.rowCount()) if dlg.tasks.item(r, dlg.T_CONTENT).text().startswith("Số hóa hồ sơ")
    )
    dlg.tasks.item(row, dlg.T_DEADLINE).setText("31/10/2026")
    qtbot.waitUntil(lambda: dlg.publish_button.isEnabled(), timeout=3000)
    out = tmp_path / "v2.khcdst"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(dlg.publish_button, Qt.MouseButton.LeftButton)
    assert out.exists()

    r = cli("--data-dir", unit, "template", "import", out)
    assert r.code == 0, r.err
    assert "III.2" in r.out and "thời hạn: 30/9/2026 → 31/10/2026" in r.out
    us = open_store(unit)
    with us.session() as s:
        plan = psvc.get_plan(s, usvc.current_unit(s), 2026)
        t = next(x for x in plan.tasks if x.template_ref == "III.2")
        assert plan.template.version == 2 and t.finish.code == "2026-10-31" and t.period_text == "31/10/2026"
    us.close()


def test_clicking_a_problem_shows_its_field(qtbot, city_window, messages, tmp_path: Path, monkeypatch) -> None:
    from desktop.views.template_editor import TemplateEditor

    dlg = TemplateEditor(city_window.store, parent=city_window, today=dt.date(2026, 3, 1))
    qtbot.addWidget(dlg)
    dlg.show()
    table = tables.write_xlsx(tmp_path / "phu-luc.xlsx")
    dlg.read_table(table)
    dlg.number.setText("12/KH-UBND")
    dlg.title.setText("Chuyển đổi số tỉnh Lạng Sơn năm 2026")
    dlg.tasks.item(20, dlg.T_LEAD).setText("x" * 5001)  # a lead no export could carry
    dlg.validate_now()
    item = next(
        dlg.problem_list.item(i)
        for i in range(dlg.problem_list.count())
        if "Cơ quan chủ trì" in dlg.problem_list.item(i).text()
    )
    dlg.tabs.setCurrentIndex(0)
    rect = dlg.problem_list.visualItemRect(item)
    qtbot.mouseClick(dlg.problem_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dlg.tabs.currentIndex() == 4
    assert (dlg.tasks.currentRow(), dlg.tasks.currentColumn()) == (20, dlg.T_LEAD)
