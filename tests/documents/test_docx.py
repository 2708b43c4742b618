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
    for p in d.paragraphs:
        yield p
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
    assert headings == ["I. MỤC ĐÍCH, YÊU CẦU VÀ MỤC TIÊU", "II. NHIỆM VỤ", "III. GIẢI PHÁP THỰC HIỆN",
                        "IV. KINH PHÍ THỰC HIỆN", "V. TỔ CHỨC THỰC HIỆN"]
    content = [p.text for p in d.paragraphs if p.text.strip()]
    main = content[:content.index("Phụ lục I")]
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
        "STT", "Nội dung nhiệm vụ", "Thời gian bắt đầu", "Thời gian hoàn thành", "Cơ quan chủ trì",
        "Cơ quan phối hợp", "Sản phẩm"]
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
