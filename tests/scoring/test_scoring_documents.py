"""Scorecard documents: the commune's self-assessment report and the city's report and XLSX, all figures checked."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pdfplumber
from docx import Document as Docx

from desktop.services import city_scoring, scorecards

SET = "dti-xa-mau-2026"


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def test_self_assessment_report(cli, demo_dir: Path, tmp_path: Path) -> None:
    d = ["--data-dir", demo_dir]
    base = ["assess", "set", "--set", SET, "--period", "2024-Q4"]
    for args in (
        ["1.1", "Bí thư hoặc Chủ tịch UBND xã"],
        ["1.2", "2"],
        ["2.1", "có"],
        ["5.1", "--na"],
        ["T.1", "1"],
        ["D.1", "1"],
    ):
        assert cli(*d, *base, *args).code == 0
    proof = tmp_path / "=HYPERLINK(x).pdf"
    proof.write_bytes(b"%PDF-1.4 bien ban")
    assert cli(*d, "assess", "evidence", "--set", SET, "--period", "2024-Q4", "1.2", "--file", proof).code == 0
    assert (
        cli(
            *d,
            "assess",
            "evidence",
            "--set",
            SET,
            "--period",
            "2024-Q4",
            "1.1",
            "--doc",
            "15/QĐ-UBND",
            "--date",
            "2024-01-05",
            "--summary",
            "về thành lập Ban Chỉ đạo",
        ).code
        == 0
    )
    out = tmp_path / "tu-cham.pdf"
    r = cli(*d, "assess", "document", "--set", SET, "--period", "2024-Q4", "--format", "pdf", "--out", out)
    assert r.code == 0, r.err
    text = _pdf_text(out)
    shown = scorecards.view  # the figures printed are the service's
    from desktop.store import open_store

    st = open_store(demo_dir)
    with st.transaction() as s:
        v = shown(s, scorecards.open_assessment(s, SET, "2024-Q4").id)
        sha = next(h for x in v.lines for h in x.evidence_hashes if h)
    st.close()
    total = f"{v.total}".replace(".", ",").rstrip("0").rstrip(",")
    assert f"Tổng điểm tự chấm: {total}/1.000 điểm" in text.replace("\n", " ")
    assert "Kết quả tự đánh giá, chấm điểm chuyển đổi số Quý IV/2024" in text.replace("\n", " ")
    assert "Kính gửi: Sở Khoa học và Công nghệ thành phố Hải Phòng." in text
    assert "Phụ lục I" in text and "Phụ lục II" in text
    assert "Văn bản số 15/QĐ-UBND ngày 05/01/2024" in text.replace("\n", " ")
    assert sha[:20] in text.replace("\n", "")
    assert "Không áp dụng" in text
    # 5.1 does not apply: the main groups' maximum fell below the set's, the total was brought back
    # to the set's scale, and the report says so under the total
    assert v.scaled and v.main_max < 1000
    assert "tổng điểm đã quy đổi theo thang điểm của bộ chỉ số" in " ".join(text.split())
    docx_out = tmp_path / "tu-cham.docx"
    assert (
        cli(*d, "assess", "document", "--set", SET, "--period", "2024-Q4", "--format", "docx", "--out", docx_out).code
        == 0
    )
    doc = Docx(str(docx_out))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert "=HYPERLINK(x).pdf" in cells  # data, printed as it is


def test_city_report_and_xlsx(cli, demo_store, tmp_path: Path) -> None:
    from desktop.store import open_store

    payloads = {}
    for code, meetings in (("11629", 3), ("10660", 1), ("11674", 2)):
        with demo_store.transaction() as s:
            aid = scorecards.open_assessment(s, SET, "2024-Q4").id
            scorecards.set_answer(s, aid, "1.2", meetings)
            scorecards.set_answer(s, aid, "2.1", True)
            payloads[code] = scorecards.export_payload(s, demo_store.data, aid)
    city_dir = tmp_path / "city"
    assert cli("--data-dir", city_dir, "city", "init", "--province", "31").code == 0
    st = open_store(city_dir)
    names = {"11629": "Xã An Lão", "10660": "Phường Ái Quốc", "11674": "Xã An Hưng"}
    with st.transaction() as s:
        for code, p in payloads.items():
            city_scoring.receive(s, code, names[code] + "\x1b[31m", 1, p, {})
    st.close()
    c = ["--data-dir", city_dir]
    r = cli(
        *c,
        "scores",
        "adjust",
        "11629",
        "--set",
        SET,
        "--period",
        "2024-Q4",
        "--criterion",
        "1.2",
        "--points",
        "20",
        "--reason",
        "Chỉ có 2 biên bản họp",
    )
    assert r.code == 0 and "30 → 20 điểm" in r.out, r.err
    r = cli(*c, "scores", "rank", "--set", SET, "--period", "2024-Q4")
    assert r.code == 0 and "\x1b" not in r.out
    lines = r.out.strip().splitlines()
    # 11629 and 11674 both have 20 points in 1.2 after the adjustment: a shared first rank
    assert [ln.split(".")[0].strip() for ln in lines] == ["1", "1", "3"]
    xlsx = tmp_path / "diem.xlsx"
    assert (
        cli(*c, "scores", "document", "--set", SET, "--period", "2024-Q4", "--format", "xlsx", "--out", xlsx).code == 0
    )
    wb = openpyxl.load_workbook(xlsx)
    ws = wb["Chấm điểm"]
    header = [ws.cell(row=3, column=i).value for i in range(1, ws.max_column + 1)]
    assert header[:7] == ["Hạng", "Mã", "Đơn vị", "Điểm tự chấm", "Điểm thẩm định", "Chỉ số (0-1)", "Xếp loại"]
    assert header[7:] == [
        f"{x}"
        for x in [
            "1.1",
            "1.2",
            "1.3",
            "2.1",
            "2.2",
            "3.1",
            "3.2",
            "4.1",
            "4.2",
            "5.1",
            "5.2",
            "6.1",
            "6.2",
            "6.3",
            "7.1",
            "7.2",
            "8.1",
            "8.2",
            "T.1",
            "D.1",
            "D.2",
        ]
    ]
    rows = {
        ws.cell(row=r, column=2).value: [ws.cell(row=r, column=i).value for i in range(1, ws.max_column + 1)]
        for r in range(5, ws.max_row + 1)
    }
    col_12 = header.index("1.2")
    assert rows["11629"][col_12] == 20 and rows["10660"][col_12] == 10 and rows["11674"][col_12] == 20
    assert rows["11629"][4] == 70.0 and rows["11629"][3] == 80.0  # 20 + 50 after, 30 + 50 as sent
    assert ws.cell(row=5, column=3).value.endswith("[31m") and "\x1b" not in ws.cell(row=5, column=3).value
    assert (
        ws.cell(
            row=[r for r in range(5, ws.max_row + 1) if ws.cell(row=r, column=2).value == "11629"][0], column=col_12 + 1
        ).comment
        is not None
    )
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$3:$4"
    pdf = tmp_path / "bao-cao.pdf"
    assert cli(*c, "scores", "document", "--set", SET, "--period", "2024-Q4", "--format", "pdf", "--out", pdf).code == 0
    text = _pdf_text(pdf).replace("\n", " ")
    assert "Kết quả chấm điểm chuyển đổi số Quý IV/2024" in text
    assert "trên địa bàn thành phố Hải Phòng" in text
    assert "tiêu chí 1.2 từ 30 xuống 20 điểm (Chỉ có 2 biên bản họp)" in text
    assert "Số đơn vị có bản tự chấm: 3" in text


def test_a_set_in_the_partys_format_prints_a_party_report(cli, demo_dir: Path, tmp_path: Path) -> None:
    import json

    from desktop.services import criteria

    src = json.loads((criteria.builtin_dir() / "dti-xa-mau-2026.json").read_text(encoding="utf-8"))
    src.update(id="dang-uy-cds-2024", format_document="party")
    f = tmp_path / "party.json"
    f.write_text(json.dumps(src, ensure_ascii=False), encoding="utf-8")
    d = ["--data-dir", demo_dir]
    assert cli(*d, "criteria", "import", f).code == 0
    assert cli(*d, "assess", "set", "--set", "dang-uy-cds-2024", "--period", "2024-Q4", "1.2", "2").code == 0
    out = tmp_path / "party.pdf"
    r = cli(
        *d, "assess", "document", "--set", "dang-uy-cds-2024", "--period", "2024-Q4", "--format", "pdf", "--out", out
    )
    assert r.code == 0, r.err
    text = _pdf_text(out)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" not in text
    assert "-BC/ĐU" in text and "T/M" in text


def test_no_scaling_note_when_every_criterion_applies(demo_store) -> None:
    import io

    with demo_store.transaction() as s:
        aid = scorecards.open_assessment(s, SET, "2024-Q4").id
        scorecards.set_answer(s, aid, "1.2", 2)
        v = scorecards.view(s, aid)
    assert not v.scaled
    data = scorecards.render_report(demo_store, SET, "2024-Q4", "pdf")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = " ".join("\n".join(p.extract_text() or "" for p in pdf.pages).split())
    assert "Tổng điểm tự chấm:" in text
    assert "quy đổi theo thang điểm" not in text
