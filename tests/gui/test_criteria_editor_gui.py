"""The city's criteria set editor (a page of the template editor), through real signals: a set with one
criterion of each scoring method, bonus and deduction caps and grades is typed in, checked as it is
typed, saved as a draft and published signed; a commune imports the package and scores itself by it,
every figure recomputed here from the values typed."""

from __future__ import annotations

import datetime as dt
import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit, QPushButton, QTableWidget, QTabWidget

D = Decimal
SET_ID = "hp-xa-2026"


def r2(x: Decimal) -> Decimal:
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


@pytest.fixture
def city_window(qtbot, tmp_path: Path, messages):  # type: ignore[no-untyped-def]
    from desktop.services import city
    from desktop.store import open_store
    from desktop.views.city_window import CityWindow

    store = open_store(tmp_path / "hp-city")
    city.init_city(store, "31")  # Hải Phòng, the demo commune's city
    w = CityWindow(store, year=2026, today=dt.date(2026, 3, 1))
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    store.close()


def _type(qtbot, widget: Any, text: str) -> None:  # type: ignore[no-untyped-def]
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:  # Vietnamese comes from the input method (Unikey, EVKey) as a committed string
        ev = QInputMethodEvent()
        ev.setCommitString(text)
        QApplication.sendEvent(widget, ev)


def _field(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    _type(qtbot, edit, text)


def _cell(qtbot, table: QTableWidget, row: int, col: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into a cell as the officer does: select it, F2, type, Enter."""
    table.setFocus()
    table.setCurrentCell(row, col)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, (table.objectName(), row, col)
    editor = editors[0]
    editor.selectAll()
    _type(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()], timeout=2000)
    assert table.item(row, col).text() == text


def _pick(qtbot, combo: QComboBox, data: str) -> None:  # type: ignore[no-untyped-def]
    """Choose in a drop-down with the keyboard."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def _click(qtbot, parent: Any, name: str) -> None:  # type: ignore[no-untyped-def]
    button = parent.findChild(QPushButton, name)
    assert button is not None and button.isVisible(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _tab(qtbot, tabs: QTabWidget, label: str) -> None:  # type: ignore[no-untyped-def]
    bar = tabs.tabBar()
    i = next(i for i in range(tabs.count()) if tabs.tabText(i) == label)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
    assert tabs.currentIndex() == i


GROUPS = [
    ("1", "Chính quyền số", "main", "60"),
    ("2", "Dịch vụ công", "main", "40"),
    ("T", "Điểm thưởng", "bonus", "10"),
    ("D", "Điểm trừ", "deduction", "8"),
]
# id, group, text, max, method, what the method panel gets
CRITERIA: list[tuple[str, str, str, str, str, dict[str, Any]]] = [
    ("1.1", "1", "Có Ban Chỉ đạo chuyển đổi số", "10", "binary", {"evidence": ("document", "Quyết định thành lập")}),
    ("1.2", "1", "Số cuộc họp của Ban Chỉ đạo", "10", "bands", {"rows": [("3", "10"), ("2", "6"), ("1", "3")]}),
    ("1.3", "1", "Văn bản đi ký số", "10", "ratio", {"a": "Số văn bản ký số", "b": "Tổng số văn bản đi"}),
    ("1.4", "1", "Cán bộ được bồi dưỡng", "10", "ratio_threshold", {"a": "Số được bồi dưỡng", "b": "Tổng số", "full": "80"}),
    ("1.5", "1", "Hài lòng khi giải quyết TTHC", "10", "formula", {"expr": "100 - qua_han", "full": "90", "rows": [("qua_han", "Tỷ lệ hồ sơ quá hạn (%)")]}),
    ("1.6", "1", "Tổ công nghệ số được tập huấn", "10", "count", {"per": "2,5"}),
    ("2.1", "2", "Tỷ lệ dịch vụ công trực tuyến", "15", "system", {"full": "80", "source": "Cổng DVCQG"}),
    ("2.2", "2", "Người đứng đầu phụ trách", "15", "role", {"rows": [("Chủ tịch", "1"), ("Phó Chủ tịch", "0,5"), ("Không có", "0")]}),
    ("2.3", "2", "Phòng họp trực tuyến đáp ứng", "10", "parts", {"rows": [("a", "Có phòng họp", "0,5"), ("b", "Có đường truyền dự phòng", "0,5")], "na": "reduce_max"}),
    ("T.1", "T", "Sáng kiến được tỉnh công nhận", "20", "count", {"per": "5"}),
    ("D.1", "D", "Báo cáo gửi chậm", "10", "count", {"per": "4"}),
]  # fmt: skip
GRADES = [("Tốt", "80"), ("Khá", "60"), ("Trung bình", "0")]


def _fill_criterion(qtbot, ed: Any, row: int, spec: tuple[str, str, str, str, str, dict[str, Any]]) -> None:  # type: ignore[no-untyped-def]
    cid, group, text, mx, method, p = spec
    t = ed.criteria
    _cell(qtbot, t, row, ed.C_ID, cid)
    _cell(qtbot, t, row, ed.C_GROUP, group)
    _cell(qtbot, t, row, ed.C_TEXT, text)
    _cell(qtbot, t, row, ed.C_MAX, mx)
    t.setCurrentCell(row, ed.C_TEXT)
    _pick(qtbot, ed.method, method)
    for key, edit in (("a", ed.p_a), ("b", ed.p_b), ("expr", ed.p_expr), ("full", ed.p_full), ("per", ed.p_per)):
        if key in p:
            assert edit.isVisible(), (cid, key)
            _field(qtbot, edit, p[key])
    if "source" in p:
        _field(qtbot, ed.p_source, p["source"])
    for values in p.get("rows", []):
        _click(qtbot, ed, "param_add_row")
        r = ed.p_rows.rowCount() - 1
        for c, v in enumerate(values):
            _cell(qtbot, ed.p_rows, r, c, v)
    if "na" in p:
        _pick(qtbot, ed.p_na, p["na"])
    if "evidence" in p:
        _click(qtbot, ed, "add_evidence")
        box = ed.evidence.cellWidget(ed.evidence.rowCount() - 1, 0)
        _pick(qtbot, box, p["evidence"][0])
        _cell(qtbot, ed.evidence, ed.evidence.rowCount() - 1, 1, p["evidence"][1])
    assert ed.criteria.item(row, ed.C_METHOD).text() == ed.method.currentText()


def test_city_builds_every_method_publishes_and_a_commune_scores_by_it(
    qtbot, city_window, messages, cli, demo_dir: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    w = city_window
    qtbot.mouseClick(w.template_button, Qt.MouseButton.LeftButton)
    dlg = w.last_editor
    _tab(qtbot, dlg.tabs, "Bộ tiêu chí chấm điểm")
    ed = dlg.criteria_editor
    assert not dlg.publish_button.isVisible() and not dlg.problem_list.isVisible()  # the template's own bar hides
    assert not ed.publish_button.isEnabled() and "thiếu tên bộ tiêu chí" in ed.status.text()

    _field(qtbot, ed.set_id, SET_ID)
    qtbot.keyClick(ed.set_id, Qt.Key.Key_Tab)
    _field(qtbot, ed.title, "Bộ tiêu chí chuyển đổi số cấp xã năm 2026")
    _field(qtbot, ed.issuer, "Ủy ban nhân dân thành phố Hải Phòng")
    _field(qtbot, ed.document, "12/QĐ-UBND")
    _field(qtbot, ed.total_max, "100")
    _pick(qtbot, ed.rhythm, "quarterly")
    ed.deadline.setFocus()
    for _ in range(20):
        qtbot.keyClick(ed.deadline, Qt.Key.Key_Up)
    assert ed.deadline.value() == 20

    _tab(qtbot, ed.parts, "Nhóm, điểm thưởng, điểm trừ")
    for gid, name, kind, mx in GROUPS:
        _click(qtbot, ed, "add_group")
        r = ed.groups.rowCount() - 1
        _cell(qtbot, ed.groups, r, ed.G_ID, gid)
        _cell(qtbot, ed.groups, r, ed.G_NAME, name)
        _pick(qtbot, ed.groups.cellWidget(r, ed.G_KIND), kind)
        _cell(qtbot, ed.groups, r, ed.G_MAX, mx)

    _tab(qtbot, ed.parts, "Tiêu chí")
    for spec in CRITERIA:
        _click(qtbot, ed, "add_criterion")
        _fill_criterion(qtbot, ed, ed.criteria.rowCount() - 1, spec)

    # checked as the officer types, with the command line's messages: a main group that does not add up
    _cell(qtbot, ed.criteria, 0, ed.C_MAX, "15")
    qtbot.waitUntil(lambda: "cộng lại là 65" in ed.status.text(), timeout=3000)
    assert "nhóm 1 (Chính quyền số)" in ed.status.text() and not ed.publish_button.isEnabled()
    assert "các tiêu chí 105" in ed.total_label.text()  # the live maximum follows the typing
    _cell(qtbot, ed.criteria, 0, ed.C_MAX, "10")

    _tab(qtbot, ed.parts, "Xếp loại")
    for name, at in GRADES:
        _click(qtbot, ed, "add_grade")
        r = ed.grades.rowCount() - 1
        _cell(qtbot, ed.grades, r, 0, name)
        _cell(qtbot, ed.grades, r, 1, at)
    qtbot.waitUntil(lambda: ed.publish_button.isEnabled(), timeout=3000)
    assert ed.status.text() == "Bộ tiêu chí hợp lệ: 11 tiêu chí trong 4 nhóm."
    assert "nhóm chính cộng lại 100" in ed.total_label.text()
    assert "điểm thưởng tối đa 10" in ed.total_label.text() and "điểm trừ tối đa 8" in ed.total_label.text()

    # the page fits the officials' screen
    assert dlg.width() <= 1366 - 16 and dlg.height() <= 728 - 40
    dlg.grab().save(str(tmp_path / "criteria-editor.png"))

    # a draft, saved and opened again, is the same set
    draft = tmp_path / "bo-tieu-chi.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(draft), "")))
    _click(qtbot, ed, "criteria_save")
    saved = json.loads(draft.read_text(encoding="utf-8"))
    assert saved == ed.data()
    from desktop.services import criteria

    cs = criteria.load_file(draft)  # the same check as khcds criteria check
    assert {c.method.value for c in cs.criteria} == {
        "binary", "bands", "ratio", "ratio_threshold", "formula", "count", "system", "role", "parts",
    }  # fmt: skip
    assert cli("criteria", "check", draft).code == 0

    # publish, signed, by the path of khcds criteria publish
    package = tmp_path / f"{SET_ID}-v1.khcdsc"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(package), "")))
    _click(qtbot, ed, "criteria_publish")
    assert messages[-2][0] == "ask" and "11 tiêu chí, tối đa 100 điểm" in messages[-2][1]
    assert messages[-1][0] == "info" and "Đã phát hành bộ tiêu chí hp-xa-2026 phiên bản 1" in messages[-1][1]
    assert package.exists() and ed.last_result is not None
    fp = ed.last_result.fingerprint
    assert fp in messages[-1][1]
    assert ed.version.value() == 2  # the next publication must be a new version

    # the commune imports the package after the phone check of the fingerprint, and scores itself by it
    d = ["--data-dir", demo_dir]
    r = cli(*d, "criteria", "import", package, "--fingerprint", fp)
    assert r.code == 0, r.out + r.err
    period = "2024-Q3"
    typed = {
        "1.1": "có",
        "1.2": "2",
        "1.3": "7/8",
        "1.4": "18/25",
        "1.5": "qua_han=15",
        "1.6": "3",
        "2.1": "60|Cổng DVCQG 9/2024",
        "2.2": "Phó Chủ tịch",
        "T.1": "3",
        "D.1": "1",
    }
    for cid, value in typed.items():
        r = cli(*d, "assess", "set", "--set", SET_ID, "--period", period, cid, value)
        assert r.code == 0, (cid, r.out + r.err)
    r = cli(*d, "assess", "set", "--set", SET_ID, "--period", period, "--na", "2.3")
    assert r.code == 0, r.out + r.err
    shown = json.loads(cli(*d, "assess", "show", "--set", SET_ID, "--period", period, "--json").out)

    # every figure from the values typed and the rules typed in the editor
    exp = {
        "1.1": D(10),
        "1.2": D(6),  # 2 meetings: the band from 2
        "1.3": r2(D(7) * 100 / D(8) * D(10) / 100),  # a/b x max
        "1.4": r2(D(18) * 100 / D(25) * D(10) / D(80)),  # 72 % under the 80 % threshold
        "1.5": r2((D(100) - D(15)) * D(10) / D(90)),  # 85 % under 90 %
        "1.6": min(D(3) * D("2.5"), D(10)),
        "2.1": r2(D(60) * D(15) / D(80)),
        "2.2": r2(D("0.5") * D(15)),
        "2.3": D(0),  # does not apply: left out of the maximum
        "T.1": min(D(3) * D(5), D(20)),
        "D.1": D(1) * D(4),
    }
    got = {x["id"]: D(str(x["points"])) if x["points"] is not None else None for x in shown["criteria"]}
    assert got == exp
    main = sum((v for k, v in exp.items() if k[0] in "12"), D(0))
    main_max = D(60) + D(40) - D(10)
    bonus = min(exp["T.1"], D(10))  # the bonus group's cap
    deduction = min(exp["D.1"], D(8))
    total = r2(r2(main * D(100) / main_max) + bonus - deduction)
    assert D(str(shown["total"])) == total
    assert bonus == D(10) and exp["T.1"] == D(15)  # the cap did bite
    grade = next(g for g, at in GRADES if total >= D(at))
    assert shown["grade"] == grade


def test_start_from_a_built_in_set_and_bad_drafts(qtbot, city_window, messages, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    w = city_window
    qtbot.mouseClick(w.template_button, Qt.MouseButton.LeftButton)
    dlg = w.last_editor
    _tab(qtbot, dlg.tabs, "Bộ tiêu chí chấm điểm")
    ed = dlg.criteria_editor
    offered: list[str] = []

    def choose(parent, title, label, items, *a, **k):  # type: ignore[no-untyped-def]
        offered.extend(items)
        return next(x for x in items if x.startswith("dti-xa-mau-2026")), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    _click(qtbot, ed, "criteria_start")
    assert any(x.startswith("qd766-2022") for x in offered)
    assert ed.set_id.text() == "dti-xa-mau-2026" and ed.criteria.rowCount() == 21
    assert ed.version.value() == 2  # the built-in set is version 1: the city's edit is the next one
    qtbot.waitUntil(lambda: ed.publish_button.isEnabled(), timeout=3000)
    assert "nhóm chính cộng lại 1.000" in ed.total_label.text()
    # the selected criterion's method and parameters are in the panel
    row = next(r for r in range(ed.criteria.rowCount()) if ed.criteria.item(r, ed.C_ID).text() == "8.1")
    ed.criteria.setCurrentCell(row, ed.C_TEXT)
    assert ed.method.currentData() == "formula" and ed.p_expr.text() == "100 - (qua_han + pakn_dislike)"
    assert ed.p_full.text() == "90" and ed.p_rows.rowCount() == 2
    # a formula with a name that has no label: the check names the criterion and shows the right form
    _field(qtbot, ed.p_expr, "100 - (qua_han + pakn_dislike + khac)")
    qtbot.waitUntil(lambda: "tiêu chí 8.1" in ed.status.text(), timeout=3000)
    assert '"variables"' in ed.status.text() and not ed.publish_button.isEnabled()
    # a lower version than the store already holds is refused before publishing
    ed.version.setFocus()
    qtbot.keyClick(ed.version, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: "phải là phiên bản 2" in ed.status.text(), timeout=3000)
    # a file that is not a criteria set draft: one message, nothing changed
    bad = tmp_path / "khong-phai.json"
    bad.write_text('{"format": "khcds-template"}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    _click(qtbot, ed, "criteria_open")
    assert messages[-1] == ("error", "Tệp khong-phai.json không phải bản thảo bộ tiêu chí (JSON).")
    assert ed.set_id.text() == "dti-xa-mau-2026" and ed.criteria.rowCount() == 21
