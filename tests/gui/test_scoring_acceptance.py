"""Issue 19's acceptance in one chain: the city publishes a criteria set with every scoring method,
bonus and deduction caps and grades; the commune imports it, self-assesses two periods in the window
(through real signals) with evidence and exports; the city refuses a changed score and a tampered
evidence file, imports the genuine package, adjusts one score with a reason, ranks, and prints the
report and the XLSX. Every figure is recomputed here from the values typed."""

from __future__ import annotations

import hashlib
import json
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from desktop.views.scorecard import COL_NA, ScorecardDialog
from tests.gui.test_scorecard_gui import _points, _type_value
from tests.sync.pkgtools import canonical, read_members, repack, unit_key, write_members

D = Decimal
SET_ID = "hp-xa-2026"
CRITERIA_SET: dict[str, Any] = {
    "format": "khcds-criteria/1",
    "id": SET_ID,
    "version": 1,
    "title": "Bộ tiêu chí chuyển đổi số cấp xã năm 2026",
    "issuer": "Ủy ban nhân dân thành phố Hải Phòng",
    "document": "12/QĐ-UBND",
    "rhythm": "quarterly",
    "deadline_day": 20,
    "total_max": 100,
    "groups": [
        {"id": "1", "name": "Chính quyền số", "max": 60},
        {"id": "2", "name": "Dịch vụ công", "max": 40},
        {"id": "T", "name": "Điểm thưởng", "kind": "bonus", "max": 10},
        {"id": "D", "name": "Điểm trừ", "kind": "deduction", "max": 8},
    ],
    "criteria": [
        {"id": "1.1", "group": "1", "text": "Có Ban Chỉ đạo", "max": 10, "method": "binary",
         "evidence": [{"kind": "document", "text": "Quyết định thành lập"}]},
        {"id": "1.2", "group": "1", "text": "Số cuộc họp", "max": 10, "method": "bands",
         "params": {"bands": [[3, 10], [2, 6], [1, 3]], "else": 0}, "unit": "cuộc",
         "evidence": [{"kind": "file", "text": "Biên bản họp"}]},
        {"id": "1.3", "group": "1", "text": "Văn bản ký số", "max": 10, "method": "ratio",
         "params": {"a": "Số văn bản ký số", "b": "Tổng số văn bản"}},
        {"id": "1.4", "group": "1", "text": "Cán bộ được bồi dưỡng", "max": 10, "method": "ratio_threshold",
         "params": {"a": "Số được bồi dưỡng", "b": "Tổng số", "full_at_pct": 80}},
        {"id": "1.5", "group": "1", "text": "Hài lòng", "max": 10, "method": "formula",
         "params": {"expr": "100 - qua_han", "full_at_pct": 90, "variables": {"qua_han": "Hồ sơ quá hạn (%)"}}},
        {"id": "1.6", "group": "1", "text": "Tổ công nghệ số", "max": 10, "method": "count",
         "params": {"per_item": 2.5}},
        {"id": "2.1", "group": "2", "text": "Dịch vụ công trực tuyến", "max": 15, "method": "system",
         "params": {"value_is": "pct", "full_at_pct": 80}},
        {"id": "2.2", "group": "2", "text": "Người đứng đầu phụ trách", "max": 15, "method": "role",
         "params": {"options": {"Chủ tịch": 1, "Phó Chủ tịch": 0.5, "Không có": 0}}},
        {"id": "2.3", "group": "2", "text": "Phòng họp trực tuyến", "max": 10, "method": "parts",
         "params": {"parts": [{"id": "a", "text": "Có phòng họp", "share": 0.5},
                              {"id": "b", "text": "Có đường truyền dự phòng", "share": 0.5}]},
         "not_applicable": "reduce_max"},
        {"id": "T.1", "group": "T", "text": "Sáng kiến", "max": 20, "method": "count", "params": {"per_item": 5}},
        {"id": "D.1", "group": "D", "text": "Báo cáo chậm", "max": 10, "method": "count", "params": {"per_item": 4}},
    ],
    "grades": [{"name": "Tốt", "at_least": 80}, {"name": "Khá", "at_least": 60}, {"name": "Trung bình", "at_least": 0}],
}  # fmt: skip


def r2(x: Decimal) -> Decimal:
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def _total(points: dict[str, Decimal], not_applicable_max: Decimal) -> Decimal:
    """The set's rule by hand: main groups scaled back when a maximum was reduced, bonus and deduction capped."""
    g1 = min(sum((v for k, v in points.items() if k.startswith("1.")), D(0)), D(60))
    g2 = min(sum((v for k, v in points.items() if k.startswith("2.")), D(0)), D(40) - not_applicable_max)
    main_max = D(100) - not_applicable_max
    scaled = r2((g1 + g2) * D(100) / main_max) if main_max != 100 else g1 + g2
    return max(D(0), r2(scaled + min(points.get("T.1", D(0)), D(10)) - min(points.get("D.1", D(0)), D(8))))


def _grade(total: Decimal) -> str:
    return "Tốt" if total >= 80 else "Khá" if total >= 60 else "Trung bình"


# the values the official types, period by period, and what each is worth by the published rules
Q3 = {
    "1.1": ("có", D(10)),
    "1.2": ("2", D(6)),  # 2 meetings: the band from 2
    "1.3": ("7/8", r2(D(7) * 100 / 8 * 10 / 100)),
    "1.4": ("18/25", r2(D(18) * 100 / 25 * 10 / 80)),  # 72 % under the 80 % threshold
    "1.5": ("qua_han=15", r2((100 - D(15)) * 10 / 90)),  # 85 % under 90 %
    "1.6": ("3", min(3 * D("2.5"), D(10))),
    "2.1": ("60|Cổng DVCQG 9/2024", r2(D(60) * 15 / 80)),
    "2.2": ("Phó Chủ tịch", r2(D("0.5") * 15)),
    "T.1": ("3", min(3 * D(5), D(20))),  # 15, then the bonus group's cap of 10
    "D.1": ("1", D(4)),
}
Q2 = {"1.1": ("không", D(0)), "1.2": ("3", D(10)), "2.3": ("a", D(5)), "D.1": ("3", min(3 * D(4), D(10)))}


def _shown(d: Decimal) -> str:
    s = f"{d:f}"
    return (s.rstrip("0").rstrip(".") if "." in s else s).replace(".", ",")


def test_issue_19_acceptance_end_to_end(
    qtbot, cli, window_factory, demo_store, demo_dir: Path, messages, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # -- the city publishes
    city_dir = tmp_path / "city"
    c = ["--data-dir", city_dir]
    assert cli(*c, "city", "init", "--province", "31").code == 0
    source = tmp_path / "bo-tieu-chi.json"
    source.write_text(json.dumps(CRITERIA_SET, ensure_ascii=False), encoding="utf-8")
    package = tmp_path / "hp-xa-2026-v1.khcdsc"
    r = cli(*c, "criteria", "publish", source, "--out", package)
    assert r.code == 0, r.err
    fp = re.search(r"dấu vân tay khóa ký: ([0-9a-f ]+)", r.out).group(1).strip()  # type: ignore[union-attr]

    # -- the commune imports after the phone check
    d = ["--data-dir", demo_dir]
    r = cli(*d, "criteria", "import", package, "--fingerprint", fp)
    assert r.code == 0, r.out + r.err

    # -- two periods self-assessed in the window
    proof = tmp_path / "bien-ban-hop.pdf"
    proof.write_bytes(b"%PDF-1.4 bien ban hop BCD quy III")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(proof), "")))
    w = window_factory(demo_store)
    seen: dict[str, Any] = {}

    def drive() -> None:
        dlg = QApplication.activeModalWidget()
        try:
            steps(dlg)
        except BaseException as e:  # shown after the modal loop ends, never left hanging
            seen["error"] = e
            if dlg is not None:
                dlg.reject()

    def steps(dlg: Any) -> None:
        assert isinstance(dlg, ScorecardDialog)
        dlg.set_box.setFocus()
        qtbot.keyClick(dlg.set_box, Qt.Key.Key_Home)
        for _ in range(dlg.set_box.count()):
            if dlg.set_key() == SET_ID:
                break
            qtbot.keyClick(dlg.set_box, Qt.Key.Key_Down)
        assert dlg.set_key() == SET_ID
        assert dlg.period_box.currentData() == "2024-Q3"  # today is 15/8/2024
        for cid, (text, pts) in Q3.items():
            _type_value(qtbot, dlg, cid, text)
            assert _points(dlg, cid) == _shown(pts), cid
        row = dlg.row_of("2.3")  # does not apply to this commune: ticked with the keyboard
        dlg.table.setCurrentCell(row, COL_NA)
        qtbot.keyClick(dlg.table, Qt.Key.Key_Space)
        dlg.table.setCurrentCell(dlg.row_of("1.2"), 1)
        qtbot.mouseClick(dlg.file_button, Qt.MouseButton.LeftButton)
        assert dlg.table.item(dlg.row_of("1.2"), 7).text() == "bien-ban-hop.pdf"
        seen["q3"] = dlg.total.text()
        dlg.period_box.setFocus()
        for _ in range(dlg.period_box.count()):  # the period before, with the arrow keys
            if dlg.period_box.currentData() == "2024-Q2":
                break
            qtbot.keyClick(dlg.period_box, Qt.Key.Key_Up)
        assert dlg.period_box.currentData() == "2024-Q2", dlg.period_box.currentData()
        for cid, (text, pts) in Q2.items():
            _type_value(qtbot, dlg, cid, text)
            assert _points(dlg, cid) == _shown(pts), cid
        seen["q2"] = dlg.total.text()
        close = [b for b in dlg.findChildren(QPushButton) if b.text() == "Đóng"][0]
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive)
    w.findChild(type(w.unlock_action), "action_scorecard").trigger()
    if "error" in seen:
        raise seen["error"]
    q3_points = {k: v for k, (_t, v) in Q3.items()} | {"2.3": D(0)}
    q3_total = _total(q3_points, D(10))
    q2_points = {k: v for k, (_t, v) in Q2.items()}
    q2_total = _total(q2_points, D(0))
    assert _shown(q3_total) in seen["q3"] and _shown(q2_total) in seen["q2"]
    assert q3_points["T.1"] == 15 and _grade(q3_total) in seen["q3"]

    # -- the commune exports; the package carries both periods and the proof with its hash
    unit_package = tmp_path / "an-lao.khcds"
    r = cli(*d, "export", "--year", "2024", "--out", unit_package)
    assert r.code == 0, r.err
    members = read_members(unit_package)
    sent = json.loads(members["data.json"])["assessments"]
    assert sorted(a["period"] for a in sent if a["set"]["id"] == SET_ID) == ["2024-Q2", "2024-Q3"]
    sha = hashlib.sha256(proof.read_bytes()).hexdigest()
    assert f"evidence/{sha}.pdf" in members

    # -- the city refuses a changed score and a tampered evidence file, nothing kept
    key = unit_key(demo_dir)

    def raise_q3(data: dict[str, Any]) -> None:
        q3 = next(a for a in data["assessments"] if a["set"]["id"] == SET_ID and a["period"] == "2024-Q3")
        q3["score"]["total"] = "99.00"

    forged = repack(unit_package, tmp_path / "forged.khcds", key, data=raise_q3)
    r = cli(*c, "city", "import", "--accept-new-keys", forged)
    assert "không khớp" in r.out + r.err
    m = read_members(unit_package)
    man = json.loads(m["manifest.json"])
    fake = b"%PDF-1.4 mot bien ban khac"
    m[f"evidence/{sha}.pdf"] = fake
    man["parts"][f"evidence/{sha}.pdf"] = {"sha256": hashlib.sha256(fake).hexdigest(), "size": len(fake)}
    m["manifest.json"] = canonical(man)
    m["manifest.sig"] = key.sign(m["manifest.json"])
    r = cli(*c, "city", "import", "--accept-new-keys", write_members(tmp_path / "tampered.khcds", m))
    assert r.code != 0 and "tệp đã bị thay đổi" in r.out + r.err
    assert cli(*c, "scores", "rank", "--set", SET_ID, "--period", "2024-Q3").out.strip() == (
        "Chưa có bản tự chấm nào trong kỳ này"
    )

    # -- the genuine package: imported, one score adjusted with a reason, ranked, trended
    r = cli(*c, "city", "import", "--accept-new-keys", unit_package)
    assert r.code == 0, r.out + r.err
    reason = "Chỉ có 1 biên bản họp"
    r = cli(*c, "scores", "adjust", "11629", "--set", SET_ID, "--period", "2024-Q3", "--criterion", "1.2",
            "--points", "3", "--reason", reason)  # fmt: skip
    assert r.code == 0 and "6 → 3 điểm" in r.out, r.out + r.err
    adjusted_total = _total(q3_points | {"1.2": D(3)}, D(10))
    ranks = json.loads(cli(*c, "scores", "rank", "--set", SET_ID, "--period", "2024-Q3", "--json").out)
    assert [(u["code"], D(u["total"])) for u in ranks] == [("11629", adjusted_total)]
    trend = cli(*c, "scores", "trend", "11629", "--set", SET_ID).out.splitlines()
    assert trend[0].startswith("Quý II/2024:") and _shown(q2_total) in trend[0]
    assert trend[1].startswith("Quý III/2024:") and _shown(adjusted_total) in trend[1]

    # -- the report (PDF) and the XLSX, one row per commune, one column per criterion
    xlsx = tmp_path / "diem.xlsx"
    r = cli(*c, "scores", "document", "--set", SET_ID, "--period", "2024-Q3", "--format", "xlsx", "--out", xlsx)
    assert r.code == 0, r.err
    ws = openpyxl.load_workbook(xlsx)["Chấm điểm"]
    header = [ws.cell(row=3, column=i).value for i in range(1, ws.max_column + 1)]
    assert header[7:] == [x["id"] for x in CRITERIA_SET["criteria"]]
    row = [ws.cell(row=5, column=i).value for i in range(1, ws.max_column + 1)]
    assert row[1] == "11629" and D(str(row[3])) == q3_total and D(str(row[4])) == adjusted_total
    assert D(str(row[header.index("1.2")])) == 3 and D(str(row[header.index("1.3")])) == q3_points["1.3"]
    assert row[6] == _grade(adjusted_total)
    pdf = tmp_path / "bao-cao.pdf"
    r = cli(*c, "scores", "document", "--set", SET_ID, "--period", "2024-Q3", "--format", "pdf", "--out", pdf)
    assert r.code == 0, r.err
    from tests.scoring.test_scoring_documents import _pdf_text

    text = _pdf_text(pdf).replace("\n", " ")
    assert "Kết quả chấm điểm chuyển đổi số Quý III/2024" in text
    assert f"tiêu chí 1.2 từ 6 xuống 3 điểm ({reason})" in text
