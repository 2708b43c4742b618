"""The consolidated report (Báo cáo tổng hợp) shows exactly the communes' data."""

from __future__ import annotations

import datetime as dt

import pytest


def test_report_document_holds_the_data(city_dir, world, cli):
    from desktop.services import city
    from desktop.services.city_documents import city_report_document
    from desktop.store import open_store

    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", *world.packages.values()).code == 0
    s = open_store(city_dir)
    doc = city_report_document(s, 2024, today=dt.date(2024, 12, 20))
    text = doc.plain_text()
    assert "BÁO CÁO" in text and "SỞ KHOA HỌC VÀ CÔNG NGHỆ" in text
    assert "Số:       /BC-SKHCN" in text
    assert "Tổng số đơn vị phải gửi: 114; đã gửi: 3" in text and "chưa gửi: 111" in text
    for name in ("Xã An Lão", "Phường Ái Quốc", "Xã An Hưng"):
        assert name in text
    pillars = city.task_aggregates(s, 2024, dt.date(2024, 12, 20))
    for p in pillars:
        assert p.pillar in text
    total = sum(p.tasks for p in pillars)
    assert f"Tổng cộng | {total}" in text
    assert len(doc.sections) == 2 and doc.sections[1].page.orientation == "landscape"
    appendix_rows = [r for b in doc.sections[1].blocks if hasattr(b, "rows") for r in b.rows]
    assert len(appendix_rows) == 114
    assert text.count("./.") == 1
    s.close()


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_report_files(city_dir, world, cli, tmp_path, fmt):
    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", *world.packages.values()).code == 0
    out = tmp_path / f"bao-cao.{fmt}"
    r = cli("--data-dir", city_dir, "city", "document", "--year", "2024", "--format", fmt, "--out", out)
    assert r.code == 0, r.err
    assert out.stat().st_size > 1000
    if fmt == "docx":
        from docx import Document

        text = "\n".join(p.text for p in Document(out).paragraphs)
        text += "\n".join(c.text for t in Document(out).tables for r in t.rows for c in r.cells)
    else:
        import pypdf

        text = "\n".join(pg.extract_text() for pg in pypdf.PdfReader(out).pages)
    for name in ("Xã An Lão", "Phường Ái Quốc", "Xã An Hưng"):
        assert name in text
    assert "BÁO CÁO" in text


# --- the words of the consolidated report, its XLSX, and text from packages --------------------------


def _docx_text(path) -> str:
    from docx import Document

    d = Document(path)
    return "\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])


def test_report_words_dates_and_signer(city_dir, world, cli, tmp_path):
    from desktop.services.city_documents import city_report_document
    from desktop.store import open_store

    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", *world.packages.values()).code == 0
    s = open_store(city_dir)
    try:
        doc = city_report_document(s, 2024, today=dt.date(2024, 12, 20))
        text = doc.plain_text()
        assert "Hải Phòng, ngày      tháng      năm 2024" in text  # the year on the date line
        assert "(Kèm theo Báo cáo số …/BC-SKHCN ngày … tháng … năm 2024 của Sở Khoa học và Công nghệ)" in text
        assert "100 %" not in text and "| 100% |" in text
        assert "đến ngày 20 tháng 12 năm 2024" in text and "ngày 15 tháng 12 năm 2024" in text
        assert "UBND thành phố Hải Phòng;" in text
        dated = city_report_document(s, 2024, today=dt.date(2025, 1, 6), report_date=dt.date(2025, 1, 6))
        assert "Hải Phòng, ngày 06 tháng 01 năm 2025" in dated.plain_text()
        assert "ngày 06 tháng 01 năm 2025 của Sở Khoa học và Công nghệ)" in dated.plain_text()
    finally:
        s.close()
    out = tmp_path / "bc.docx"
    r = cli("--data-dir", city_dir, "city", "document", "--year", "2024", "--format", "docx", "--out", out)
    assert r.code == 0 and "chưa có họ tên người ký" in r.out
    r = cli(
        "--data-dir",
        city_dir,
        "city",
        "document",
        "--year",
        "2024",
        "--format",
        "docx",
        "--out",
        out,
        "--signer",
        "Nguyễn  Văn An",
        "--signer-title",
        "KT. GIÁM ĐỐC|phó giám đốc",
    )
    assert r.code == 0, r.err
    assert "chưa có họ tên người ký" not in r.out
    lines = _docx_text(out).splitlines()
    assert "Nguyễn Văn An" in lines and "KT. GIÁM ĐỐC" in lines and "PHÓ GIÁM ĐỐC" in lines
    out2 = tmp_path / "bc2.pdf"  # remembered: the next report, without the options, is signed alike
    r = cli("--data-dir", city_dir, "city", "document", "--year", "2024", "--format", "pdf", "--out", out2)
    assert r.code == 0, r.err
    import pypdf

    pdf = "\n".join(p.extract_text() for p in pypdf.PdfReader(out2).pages)
    assert "Nguyễn Văn An" in pdf and "PHÓ GIÁM ĐỐC" in pdf
    r = cli(
        "--data-dir",
        city_dir,
        "city",
        "document",
        "--year",
        "2024",
        "--format",
        "pdf",
        "--out",
        out2,
        "--signer-title",
        "A|B|C|D",
    )
    assert r.code == 1 and "Chức vụ người ký không hợp lệ" in r.err and "Traceback" not in r.err


def test_status_columns_in_one_order(city_dir, world, cli, tmp_path):
    from openpyxl import load_workbook

    from desktop.documents.build_report import STATUS_HEADING
    from desktop.services.city_documents import city_report_document
    from desktop.services.report_content import STATUS_ORDER
    from desktop.store import open_store

    labels = [s.label for s in STATUS_ORDER]
    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", *world.packages.values()).code == 0
    s = open_store(city_dir)
    try:
        doc = city_report_document(s, 2024, today=dt.date(2024, 12, 20))
    finally:
        s.close()
    header = next(line for line in doc.plain_text().splitlines() if line.startswith("TT | Trụ cột"))
    assert header.split(" | ")[3:8] == labels
    out = tmp_path / "t.xlsx"
    assert cli("--data-dir", city_dir, "city", "document", "--year", "2024", "--format", "xlsx", "--out", out).code == 0
    ws = load_workbook(out)["Nhiệm vụ theo trụ cột"]
    assert [c.value for c in ws[3]][4:9] == labels
    # the commune's report lists its task groups in the same order
    headings = [STATUS_HEADING[x] for x in STATUS_ORDER]
    assert [h.split()[-1] for h in headings[:4]] == ["THÀNH", "HIỆN", "ĐỘ", "KHAI"]


def test_xlsx_vietnamese_local_time_and_page_setup(city_dir, world, cli, tmp_path):
    from openpyxl import load_workbook

    from desktop.services import city
    from desktop.store import open_store

    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", *world.packages.values()).code == 0
    out = tmp_path / "t.xlsx"
    assert cli("--data-dir", city_dir, "city", "document", "--year", "2024", "--format", "xlsx", "--out", out).code == 0
    wb = load_workbook(out)
    words = " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    for english in ("commune", "draft", "submitted", "district", "UTC", "in_progress"):
        assert english not in words, english
    ws = wb["Tình hình gửi"]
    head = [c.value for c in ws[3]]
    s = open_store(city_dir)
    try:
        rep = city.status(s, 2024, dt.date(2024, 12, 20))
    finally:
        s.close()
    sent = {u.code: u for u in rep.units if u.revision}
    rows = [r for r in ws.iter_rows(min_row=4, values_only=True) if r[1] in sent]
    assert len(rows) == 3
    for r in rows:
        u = sent[r[1]]
        assert r[head.index("Nhận lúc")] == (u.received_at + dt.timedelta(hours=7)).replace(microsecond=0)
        assert r[head.index("Trạng thái kế hoạch")] == "Dự thảo"
    assert {r[3] for r in wb["Chỉ tiêu"].iter_rows(min_row=4, values_only=True)} == {"Cấp xã"}
    for sheet in wb:
        assert sheet.page_setup.orientation == "landscape" and str(sheet.page_setup.paperSize) == "9"
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows.replace("$", "") == "1:3"


def test_package_text_is_data_in_xlsx_and_docx(city_dir, world, cli, tmp_path):
    """Formulas and control characters in a unit's package stay inert text in the city's files."""
    import zipfile

    from openpyxl import load_workbook

    from tests.sync.pkgtools import repack, unit_key

    hostile = ['=HYPERLINK("http://example.invalid","x")', "@SUM(1+1)\x07", "+1+1\x1b[31m", "-2+3\x01\x0b"]

    def poison(d):
        for i, t in enumerate(d["tasks"]):
            t["pillar"] = hostile[i % len(hostile)]
        own = d["targets"][0]
        own["template_ref"], own["text"] = None, "=1+1\x08 chỉ tiêu riêng"

    a = "11629"
    p = repack(world.packages[a], tmp_path / "hostile.khcds", unit_key(world.units[a]), data=poison)
    r = cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", p)
    assert r.code == 0, r.out + r.err
    out = tmp_path / "t.xlsx"
    assert cli("--data-dir", city_dir, "city", "document", "--year", "2024", "--format", "xlsx", "--out", out).code == 0
    with zipfile.ZipFile(out) as z:
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/"))
    assert "<f>" not in xml and "<f " not in xml  # no formula anywhere
    wb = load_workbook(out)
    cells = [c for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    pillars = {c.value for c in cells}
    assert '=HYPERLINK("http://example.invalid","x")' in pillars and "@SUM(1+1)" in pillars
    assert "+1+1[31m" in pillars and "-2+3" in pillars
    for c in cells:
        assert c.data_type == "s"
        assert not any(ord(ch) < 32 and ch not in "\t\n" for ch in c.value), repr(c.value)
        if c.value.startswith(("=", "+", "-", "@")):
            assert c.quotePrefix
    for fmt in ("docx", "pdf"):
        doc_out = tmp_path / f"bc.{fmt}"
        r = cli("--data-dir", city_dir, "city", "document", "--year", "2024", "--format", fmt, "--out", doc_out)
        assert r.code == 0, r.err
    text = _docx_text(doc_out.with_suffix(".docx"))
    assert '=HYPERLINK("http://example.invalid","x")' in text
    assert not any(ord(ch) < 32 and ch not in "\t\n" for ch in text)
