"""The DOCX files read back with python-docx: page, fonts, the Decree 30 elements."""

from __future__ import annotations

import re

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt


def _all_paragraphs(d):
    yield from d.paragraphs
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                yield from cell.paragraphs


@pytest.mark.parametrize("name", ["plan_docx", "report_docx", "year_docx"])
def test_sections_a4_margins_and_page_numbers(docs, name: str) -> None:
    d = docx.Document(str(getattr(docs, name)))
    assert len(d.sections) >= 2
    for i, s in enumerate(d.sections):
        dims = sorted((round(s.page_width.mm), round(s.page_height.mm)))
        assert dims == [210, 297]
        assert 20 <= round(s.top_margin.mm) <= 25 and 20 <= round(s.bottom_margin.mm) <= 25
        assert 30 <= round(s.left_margin.mm) <= 35 and 15 <= round(s.right_margin.mm) <= 20
        assert s.different_first_page_header_footer  # page 1 (and an appendix's first page) unnumbered
        if i == 0:
            assert s.orientation == WD_ORIENT.PORTRAIT and s.page_width < s.page_height
            xml = s.header._element.xml
            assert "PAGE" in xml and 'w:val="center"' in xml
            assert not s.first_page_header.is_linked_to_previous
            assert "PAGE" not in s.first_page_header._element.xml
        else:
            assert s.orientation == WD_ORIENT.LANDSCAPE and s.page_width > s.page_height
            pg = s._sectPr.find(qn("w:pgNumType"))
            assert pg is not None and pg.get(qn("w:start")) == "1"


def test_plan_docx_fonts_and_header(docs) -> None:
    d = docx.Document(str(docs.plan_docx))
    runs = [r for p in _all_paragraphs(d) for r in p.runs if r.text.strip()]
    assert runs and all(r.font.name == "Times New Roman" for r in runs)
    header = d.tables[0]
    left, right = header.rows[0].cells
    assert [p.text for p in left.paragraphs if p.text] == ["ỦY BAN NHÂN DÂN", "XÃ AN LÃO"]
    assert all(r.bold for p in left.paragraphs for r in p.runs)
    qh, tn = [p for p in right.paragraphs if p.text]
    assert qh.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and qh.runs[0].bold and qh.runs[0].font.size == Pt(13)
    assert tn.text == "Độc lập - Tự do - Hạnh phúc" and tn.runs[0].bold and tn.runs[0].font.size == Pt(14)
    # lines: bottom-bordered paragraphs under the issuer and the tiêu ngữ
    assert left.paragraphs[-1]._p.xpath("./w:pPr/w:pBdr/w:bottom")
    assert right.paragraphs[-1]._p.xpath("./w:pPr/w:pBdr/w:bottom")
    so, date = header.rows[1].cells
    assert re.fullmatch(r"Số:\s+/KH-UBND", so.text)
    assert so.paragraphs[0].runs[0].font.size == Pt(13)
    assert date.paragraphs[0].runs[0].italic and date.text.startswith("An Lão, ngày")
    texts = [p.text for p in d.paragraphs]
    i = texts.index("KẾ HOẠCH")
    assert texts[i + 1] == "Chuyển đổi số xã An Lão năm 2024"
    assert d.paragraphs[i].runs[0].bold and d.paragraphs[i + 1].runs[0].bold
    assert d.paragraphs[i + 2]._p.xpath("./w:pPr/w:pBdr/w:bottom")  # the line under the trích yếu


def test_plan_docx_body_rules(docs) -> None:
    d = docx.Document(str(docs.plan_docx))
    body = [p for p in d.paragraphs if len(p.text) > 120]
    assert len(body) > 20
    for p in body:
        f = p.paragraph_format
        assert p.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
        assert Mm(9.9) <= f.first_line_indent <= Mm(12.8)
        assert f.space_before >= Pt(6)
        assert 1.0 <= f.line_spacing <= 1.5
        assert all(r.font.size in (Pt(13), Pt(14)) for r in p.runs)
    bases = [p for p in d.paragraphs if p.text.startswith("Căn cứ")]
    assert bases and all(r.italic for p in bases for r in p.runs)
    assert all(p.text.endswith(";") for p in bases[:-1]) and bases[-1].text.endswith(".")
    headings = [p.text for p in d.paragraphs if re.match(r"^[IVX]+\. ", p.text)]
    assert headings == [
        "I. MỤC ĐÍCH, YÊU CẦU VÀ MỤC TIÊU",
        "II. NHIỆM VỤ",
        "III. GIẢI PHÁP THỰC HIỆN",
        "IV. KINH PHÍ THỰC HIỆN",
        "V. TỔ CHỨC THỰC HIỆN",
    ]
    content = [p.text for p in d.paragraphs if p.text.strip()]
    main = content[: content.index("Phụ lục I")]
    assert main[-1].endswith("./.") and main[-1].count("./.") == 1


def test_plan_docx_signature_and_recipients(docs) -> None:
    d = docx.Document(str(docs.plan_docx))
    sig = next(t for t in d.tables if t.rows[0].cells[0].text.startswith("Nơi nhận:"))
    assert sig._tbl.xpath("./w:tr/w:trPr/w:cantSplit")
    left, right = sig.rows[0].cells
    first = left.paragraphs[0]
    assert first.runs[0].bold and first.runs[0].italic and first.runs[0].font.size == Pt(12)
    items = [p for p in left.paragraphs[1:] if p.text]
    assert all(p.runs[0].font.size == Pt(11) for p in items)
    assert items[-1].text.startswith("- Lưu: VT") and items[-1].text.endswith(".")
    assert all(p.text.endswith(";") for p in items[:-1])
    lines = [p.text for p in right.paragraphs if p.text]
    assert lines == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Minh Đức"]
    # the paragraph before the signature table is kept with it
    body = d.element.body
    prev = sig._tbl.getprevious()
    while prev is not None and not prev.xpath("string(.)").strip():
        prev = prev.getprevious()
    assert prev.xpath("string(.)").endswith("./.")
    _ = body


def test_plan_docx_appendix_tables(docs) -> None:
    d = docx.Document(str(docs.plan_docx))
    texts = [p.text for p in d.paragraphs]
    assert "Phụ lục I" in texts and "Phụ lục II" in texts
    ref = next(p for p in d.paragraphs if p.text.startswith("(Kèm theo Kế hoạch số"))
    assert ref.runs[0].italic and ref.alignment == WD_ALIGN_PARAGRAPH.CENTER
    tasks = next(t for t in d.tables if t.rows[0].cells[1].text == "Nội dung nhiệm vụ")
    assert [c.text for c in tasks.rows[0].cells] == [
        "STT",
        "Nội dung nhiệm vụ",
        "Thời gian bắt đầu",
        "Thời gian hoàn thành",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Sản phẩm",
    ]
    assert tasks.rows[0]._tr.xpath("./w:trPr/w:tblHeader")
    assert tasks._tbl.xpath("./w:tblPr/w:tblLayout[@w:type='fixed']")
    data_rows = [r for r in tasks.rows[1:] if r.cells[0].text.isdigit()]
    group_rows = [r for r in tasks.rows[1:] if re.fullmatch(r"[IVX]+", r.cells[0].text)]
    assert len(data_rows) == 27 and len(data_rows) + len(group_rows) == len(tasks.rows) - 1
    budget = next(t for t in d.tables if t.rows[0].cells[1].text == "Nội dung")
    assert budget.rows[-1].cells[1].text == "TỔNG CỘNG"
    assert "449,45" in [c.text for c in budget.rows[-1].cells]
    assert "401,25" in [c.text for c in budget.rows[1].cells]  # the group subtotal
    assert any(p.text == "(Đơn vị tính: triệu đồng)" for p in d.paragraphs)


def test_report_docx(docs) -> None:
    d = docx.Document(str(docs.report_docx))
    texts = [p.text for p in d.paragraphs]
    assert "BÁO CÁO" in texts
    assert "Kính gửi: Ủy ban nhân dân thành phố Hải Phòng." in texts
    assert any(t.endswith("./.") for t in texts)
    target = next(t for t in d.tables if t.rows[0].cells[-1].text == "Đánh giá")
    verdicts = {r.cells[-1].text for r in target.rows[1:]}
    assert verdicts <= {"Đạt", "Chưa đạt", "Chưa đến hạn đánh giá", ""}  # annual targets are not due in Q2
    tasks = next(t for t in d.tables if t.rows[0].cells[-1].text == "Kết quả, minh chứng")
    groups = [r.cells[1].text for r in tasks.rows if re.fullmatch(r"[IVX]+", r.cells[0].text)]
    assert groups[0].startswith("NHIỆM VỤ ĐÃ HOÀN THÀNH")
    assert any("Văn bản số" in r.cells[-1].text for r in tasks.rows)


# -- a DOCX to edit in Word (point 16 of the documents audit) ---------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _style_xml(path):
    import zipfile

    from lxml import etree

    z = zipfile.ZipFile(path)
    return z, etree.fromstring(z.read("word/styles.xml"))


def _check_styles(root, where: str) -> None:
    """Normal and the headings: Times New Roman, black, Decree 30 sizes, Vietnamese."""

    def style(sid):
        found = root.find(f"{W}style[@{W}styleId='{sid}']")
        assert found is not None, (where, sid)
        return found

    defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    normal = style("Normal")
    langs = [
        e.get(f"{W}val")
        for e in (defaults, normal.find(f"{W}rPr"))
        if e is not None
        for e in [e.find(f"{W}lang")]
        if e is not None
    ]
    assert "vi-VN" in langs, (where, langs)
    fonts = [
        e.get(f"{W}ascii")
        for e in root.iter(f"{W}rFonts")
        if e.getparent().getparent() in (normal, defaults.getparent())
    ]
    assert fonts and set(fonts) == {"Times New Roman"}, (where, fonts)
    for sid in ("Heading1", "Heading2"):
        rpr = style(sid).find(f"{W}rPr")
        color = rpr.find(f"{W}color")
        assert color is None or color.get(f"{W}val") in ("000000", "auto"), (where, sid)
        assert rpr.find(f"{W}b") is not None
        size = rpr.find(f"{W}sz")
        assert size is not None and size.get(f"{W}val") in ("26", "28"), (where, sid)
        rfonts = rpr.find(f"{W}rFonts")
        assert rfonts is None or rfonts.get(f"{W}ascii") == "Times New Roman", (where, sid)


def test_docx_styles_language_and_clean_package(docs) -> None:
    z, root = _style_xml(docs.plan_docx)
    _check_styles(root, "generated")
    assert "Calibri" not in z.read("word/styles.xml").decode()
    names = z.namelist()
    assert not [n for n in names if "thumbnail" in n or n.startswith("customXml") or "stylesWithEffects" in n]
    settings = z.read("word/settings.xml").decode()
    assert re.search(r'w:name="compatibilityMode"[^>]*w:val="15"', settings)
    assert "savePreviewPicture" not in settings
    assert "python-docx" not in z.read("docProps/core.xml").decode()
    app = z.read("docProps/app.xml").decode()
    assert "KHCĐS" in app and "Macintosh" not in app and "Normal.dotm" not in app
    d = docx.Document(str(docs.plan_docx))
    styles = {p.style.name for p in d.paragraphs if re.match(r"^[IVX]+\. ", p.text)}
    assert styles == {"Heading 1"}
    assert {p.style.name for p in d.paragraphs if re.match(r"^\d+\. [A-ZĐ]", p.text) and p.runs[0].bold} == {
        "Heading 2"
    }
    assert d.styles["Normal"].font.name == "Times New Roman"


def test_docx_cell_margins_keep_stt_on_one_line(docs) -> None:
    from desktop.documents import fonts

    d = docx.Document(str(docs.plan_docx))
    for t in d.tables:
        if t.rows[0].cells[0].text != "STT":
            continue
        mar = t._tbl.tblPr.find(qn("w:tblCellMar"))
        left = int(mar.find(qn("w:left")).get(qn("w:w")))
        right = int(mar.find(qn("w:right")).get(qn("w:w")))
        width = int(t._tbl.tblGrid.findall(qn("w:gridCol"))[0].get(qn("w:w")))
        size = t.rows[0].cells[0].paragraphs[0].runs[0].font.size.pt
        need = fonts.text_width("STT", size, bold=True) * 20  # twips
        assert width - left - right > need, (width, left, right, need)


def test_docx_long_rows_may_split_short_ones_do_not(docs) -> None:
    d = docx.Document(str(docs.plan_docx))
    tasks = next(t for t in d.tables if t.rows[0].cells[1].text == "Nội dung nhiệm vụ")
    for r in tasks.rows[1:]:
        whole = bool(r._tr.xpath("./w:trPr/w:cantSplit"))
        if len(r.cells[1].text) > 900:
            assert not whole
        elif len(r.cells[1].text) < 150:
            assert whole


@pytest.mark.libreoffice
def test_libreoffice_open_and_save_keeps_styles_and_language(docs, tmp_path) -> None:
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice is not installed")
    out = tmp_path / "out"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out),
            str(docs.plan_docx),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    saved = out / docs.plan_docx.name
    _z, root = _style_xml(saved)
    _check_styles(root, "LibreOffice")
    d = docx.Document(str(saved))
    assert {p.style.name for p in d.paragraphs if re.match(r"^[IVX]+\. ", p.text)} == {"Heading 1"}
    assert d.styles["Normal"].font.name == "Times New Roman"


# -- untrusted and long texts (issue points: task text of any length, control characters) -----


@pytest.fixture(scope="module")
def hostile_docx(_demo_master, tmp_path_factory):
    import shutil

    from desktop.services import documents as service
    from desktop.services import plans as psvc
    from desktop.services import units as usvc
    from desktop.store import open_store

    root = tmp_path_factory.mktemp("hostile-docx")
    shutil.copytree(_demo_master, root / "data")
    store = open_store(root / "data")
    long_text = " ".join(f"việc{i:04d}" for i in range(560))[:5000]
    word = "x" * 300
    try:
        with store.transaction() as s:
            plan = psvc.require_plan(s, usvc.current_unit(s), 2024)
            for content in (long_text, word, "Nhập\x00 dữ\x07 liệu\x1b[31m đỏ\x7f\u202e ngược hết."):
                psvc.add_own_task(s, plan.id, pillar="Chính quyền số", content=content, lead="UBND xã\x0b")
            plan.recipients = [*plan.recipients, "Ban\x08 Tuyên giáo\x1f"]
        path = root / "plan.docx"
        service.generate_plan(store, 2024, "docx", path)
    finally:
        store.close()
    return path, long_text, word


def test_docx_xml_valid_with_control_characters_and_long_texts(hostile_docx) -> None:
    import zipfile

    from lxml import etree

    path, long_text, word = hostile_docx
    z = zipfile.ZipFile(path)
    for name in z.namelist():
        if name.endswith((".xml", ".rels")):
            etree.fromstring(z.read(name))  # strict XML parser: raises on an invalid character
    d = docx.Document(str(path))
    cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
    assert long_text in cells and word in cells
    assert "Nhập dữ liệu[31m đỏ ngược hết." in cells
    assert not any(re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", c) for c in cells)
    rec = [p.text for t in d.tables for p in t.rows[0].cells[0].paragraphs]
    assert "- Ban Tuyên giáo;" in rec
    tasks = next(t for t in d.tables if t.rows[0].cells[1].text == "Nội dung nhiệm vụ")
    row = next(r for r in tasks.rows if r.cells[1].text == long_text)
    assert not row._tr.xpath("./w:trPr/w:cantSplit")  # 5,000 characters may run over pages


def test_docx_model_text_with_surrogates_and_controls_writes_valid_xml() -> None:
    """Text that never went through the store (a package, a template) reaches the writer as is."""
    import io
    import zipfile

    from lxml import etree

    from desktop.documents.docx_writer import write_docx
    from desktop.documents.model import PORTRAIT, Cell, Column, Document, Row, Section, Table, body

    bad = "A\ud800B\x00C\x1bD\ufffeE\u2066F"
    doc = Document(
        [Section([body(bad), Table([Column(1)], [Row([Cell("H")])], [Row([Cell(bad)])])], PORTRAIT)],
        title=bad,
        author=bad,
    )
    data = write_docx(doc)
    z = zipfile.ZipFile(io.BytesIO(data))
    for name in z.namelist():
        if name.endswith((".xml", ".rels")):
            etree.fromstring(z.read(name))
    d = docx.Document(io.BytesIO(data))
    assert d.paragraphs[0].text == "ABCDEF" and d.tables[0].rows[1].cells[0].text == "ABCDEF"
    assert d.core_properties.title == "ABCDEF"
    import pdfplumber

    from desktop.documents.pdf_writer import write_pdf

    text = pdfplumber.open(io.BytesIO(write_pdf(doc))).pages[0].extract_text()
    assert text.count("ABCDEF") == 2


@pytest.mark.libreoffice
def test_libreoffice_prints_long_rows_without_empty_pages(hostile_docx, tmp_path) -> None:
    """Printed by a word processor, the appendix pages stay at least three quarters full
    (long rows split) and the 5,000-character task prints whole."""
    import shutil
    import subprocess

    import pdfplumber

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice is not installed")
    path, long_text, _word = hostile_docx
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pages = pdfplumber.open(tmp_path / (path.stem + ".pdf")).pages
    mm = 72 / 25.4
    texts = [p.extract_text() or "" for p in pages]
    flat = "".join("".join(t.split()) for t in texts)
    assert "".join(long_text.split()) in flat.replace("Nộidungnhiệmvụ", "") or all(
        w in flat for w in long_text.split()[::25]
    )
    for i, p in enumerate(pages[:-1]):
        landscape = p.width > p.height
        next_starts_section = (texts[i + 1].strip().splitlines() or [""])[0].startswith("Phụ lục") or any(
            ln.startswith("Phụ lục") for ln in texts[i + 1].strip().splitlines()[:2]
        )
        if not landscape or next_starts_section:
            continue
        low = max(c["bottom"] for c in p.chars if c["text"].strip()) / mm
        assert low > 210 - 20 - 0.25 * 170, (i, low)
