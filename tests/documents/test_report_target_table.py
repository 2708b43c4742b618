"""The report's target table (field test): the data's date stays on one line in PDF and DOCX,
and every row gives bare numbers under its unit column (a range target too)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import docx
import pdfplumber
from docx.oxml.ns import qn

from desktop.models.period import Period
from desktop.services import plans as psvc
from desktop.services import tracking
from tests.helpers import add_range_target

DATE = "(25/12/2024)"  # the widest date there is


def _range_target_measured(store) -> None:  # type: ignore[no-untyped-def]
    tid = add_range_target(store)
    with store.transaction() as s:
        pid = psvc.latest_plan_id(s)
        tg = next(t for t in psvc.load_plan(s, pid).targets if t.id == tid)
        tracking.record_measurement(s, tg, Period.parse("2024-Q4"), Decimal("65.5"), measured_on=dt.date(2024, 12, 25))


def test_target_table_keeps_the_date_whole_and_numbers_bare(demo_dir, cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.documents import fonts
    from desktop.store import open_store

    store = open_store(demo_dir)
    try:
        _range_target_measured(store)
    finally:
        store.close()
    pdf, docx_path = tmp_path / "bc.pdf", tmp_path / "bc.docx"
    for fmt, out in (("pdf", pdf), ("docx", docx_path)):
        r = cli(
            "--data-dir",
            demo_dir,
            "document",
            "report",
            "--year",
            "2024",
            "--period",
            "q4",
            "--format",
            fmt,
            "--out",
            out,
        )
        assert r.code == 0, r.err

    with pdfplumber.open(pdf) as doc:
        page = next(p for p in doc.pages if "Tỷ lệ hồ sơ trực tuyến toàn trình" in (p.extract_text() or ""))
        words = [w["text"] for w in page.extract_words()]
    assert DATE in words, [w for w in words if "2024" in w]
    assert "60-70" in words and "65,5" in words
    assert not any(w in ("60-70%", "65,5%") for w in words)
    assert "STT" in words  # the header's STT not broken either

    d = docx.Document(str(docx_path))
    table = next(t for t in d.tables if [c.text for c in t.rows[0].cells][4:5] == ["Thực hiện (ngày số liệu)"])
    row = next(r for r in table.rows if r.cells[1].text == "Tỷ lệ hồ sơ trực tuyến toàn trình")
    assert (row.cells[2].text, row.cells[3].text) == ("%", "60-70")
    assert row.cells[4].text.split("\n") == ["65,5", DATE]
    mar = table._tbl.tblPr.find(qn("w:tblCellMar"))
    margins = int(mar.find(qn("w:left")).get(qn("w:w"))) + int(mar.find(qn("w:right")).get(qn("w:w")))
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    size = row.cells[4].paragraphs[0].runs[0].font.size.pt
    assert grid[4] - margins > fonts.text_width(DATE, size) * 20  # twips: the date fits on one line
    assert grid[0] - margins > fonts.text_width("STT", size, bold=True) * 20
