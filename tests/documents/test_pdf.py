"""The PDFs read back with pdfplumber and pypdf: page, margins, fonts, numbers, text, /Sig field."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

MM = 72 / 25.4
TOL = 0.6  # mm


def _pages(path: Path) -> list[pdfplumber.page.Page]:
    return pdfplumber.open(path).pages


def _margin_chars(page) -> tuple[list, list]:
    """(page-number chars in the top margin, body chars)."""
    top = [c for c in page.chars if c["top"] < 20 * MM]
    rest = [c for c in page.chars if c["top"] >= 20 * MM and c["text"].strip()]
    return top, rest


def _sections(pages) -> list[list[int]]:
    """Page indices grouped by section: a new section starts where ``Phụ lục`` heads the page."""
    out: list[list[int]] = [[]]
    for i, p in enumerate(pages):
        first = (p.extract_text() or "").strip().splitlines()
        first = [ln for ln in first if not re.fullmatch(r"\d+", ln.strip())]
        if i and first and first[0].startswith("Phụ lục"):
            out.append([])
        out[-1].append(i)
    return out


@pytest.mark.parametrize("name", ["plan_pdf", "report_pdf", "year_pdf"])
def test_a4_and_margins_from_glyphs(docs, name: str) -> None:
    for p in _pages(getattr(docs, name)):
        w, h = p.width / MM, p.height / MM
        assert sorted((round(w), round(h))) == [210, 297]
        _top, body = _margin_chars(p)
        assert body
        left = min(c["x0"] for c in body) / MM
        right = w - max(c["x1"] for c in body) / MM
        top = min(c["top"] for c in body) / MM
        bottom = h - max(c["bottom"] for c in body) / MM
        assert 30 - TOL <= left <= 35 + 8, (p.page_number, left)
        assert right >= 15 - TOL, (p.page_number, right)
        assert top >= 20 - TOL, (p.page_number, top)
        assert bottom >= 20 - TOL, (p.page_number, bottom)
        # the text reaches the right margin on full pages: 15-20 mm
        if len(body) > 800 and w < h:
            assert right <= 20 + TOL, (p.page_number, right)


@pytest.mark.parametrize("name", ["plan_pdf", "report_pdf"])
def test_fonts_embedded_times_compatible(docs, name: str) -> None:
    r = PdfReader(getattr(docs, name))
    seen = set()
    for page in r.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            f = ref.get_object()
            base = str(f["/BaseFont"])
            seen.add(base)
            desc = f["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object() \
                if "/DescendantFonts" in f else f["/FontDescriptor"].get_object()
            assert "/FontFile2" in desc, base
    assert seen
    assert all(re.search(r"LiberationSerif|TimesNewRoman|Times", b) for b in seen), seen
    assert any("Bold" in b for b in seen) and any("Italic" in b for b in seen)


@pytest.mark.parametrize("name", ["plan_pdf", "report_pdf"])
def test_page_numbers_top_centre_none_on_first_pages(docs, name: str) -> None:
    pages = _pages(getattr(docs, name))
    sections = _sections(pages)
    assert len(sections) >= 2  # the body and at least one appendix
    for sec in sections:
        for n, idx in enumerate(sec, 1):
            p = pages[idx]
            top, _ = _margin_chars(p)
            text = "".join(c["text"] for c in top).strip()
            if n == 1:
                assert text == "", (idx, text)
                continue
            assert text == str(n), (idx, text)
            x_mid = (min(c["x0"] for c in top) + max(c["x1"] for c in top)) / 2 / MM
            w = p.width / MM
            assert abs(x_mid - (30 + (w - 45) / 2)) < 3  # centred over the text area
            assert all(13 <= round(c["size"]) <= 14 for c in top)


def test_plan_pdf_text_and_header(docs) -> None:
    pages = _pages(docs.plan_pdf)
    first = pages[0]
    text = first.extract_text()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text
    assert "ỦY BAN NHÂN DÂN" in text and "XÃ AN LÃO" in text
    assert re.search(r"Số:\s+/KH-UBND", text)
    assert re.search(r"An Lão, ngày\s+tháng\s+năm 2024", text)
    assert "KẾ HOẠCH" in text and "Chuyển đổi số xã An Lão năm 2024" in text
    # quốc hiệu on one line, bold; the date italic on the line of Số
    right = [c for c in first.chars if c["x0"] > 90 * MM and c["text"].strip()]
    line1 = min(c["top"] for c in right)
    qh = [c for c in right if abs(c["top"] - line1) < 1]
    assert "".join(c["text"] for c in qh) == "CỘNGHÒAXÃHỘICHỦNGHĨAVIỆTNAM"
    assert round(qh[0]["size"]) == 13
    assert all("Bold" in c["fontname"] for c in qh)
    so = next(w for w in first.extract_words() if w["text"] == "Số:")
    date = [w for w in first.extract_words() if w["text"] == "Lão," and w["x0"] > 90 * MM][0]
    assert abs(so["bottom"] - date["bottom"]) < 2
    italic = [c for c in first.chars if abs(c["bottom"] - date["bottom"]) < 1 and c["x0"] > 90 * MM]
    assert all("Italic" in c["fontname"] for c in italic if c["text"].strip())
    full = "\n".join(p.extract_text() for p in pages)
    assert "./." in full
    for needle in ("I. MỤC ĐÍCH, YÊU CẦU VÀ MỤC TIÊU", "II. NHIỆM VỤ", "III. GIẢI PHÁP THỰC HIỆN",
                   "IV. KINH PHÍ THỰC HIỆN", "V. TỔ CHỨC THỰC HIỆN", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN",
                   "CHỦ TỊCH", "Phụ lục I", "Phụ lục II", "(Đơn vị tính: triệu đồng)", "TỔNG CỘNG",
                   "449,45", "185,5", "(Kèm theo Kế hoạch số …/KH-UBND"):
        assert needle in full, needle


def test_appendix_header_rows_repeat_and_landscape(docs) -> None:
    pages = _pages(docs.plan_pdf)
    sections = _sections(pages)
    task_pages = sections[1]
    assert len(task_pages) > 1
    for idx in task_pages:
        p = pages[idx]
        assert p.width > p.height
        assert "Nội dung nhiệm vụ" in p.extract_text()
        # the body of a page never ends with a group row (a pillar title alone)
        words = [w for w in p.extract_words() if w["top"] > 20 * MM]
        last_line_top = max(w["top"] for w in words)
        last = " ".join(w["text"] for w in words if abs(w["top"] - last_line_top) < 1)
        assert not re.fullmatch(r"[IVXL]+ [A-ZĐÂĂÊÔƠƯÁÀẢÃẠ \-]+", last), last


def test_signature_field_over_the_signers_space(docs) -> None:
    r = PdfReader(docs.plan_pdf)
    fields = r.get_fields()
    sig = [f for f in fields.values() if f.get("/FT") == "/Sig"]
    assert [f.get("/T") for f in sig] == ["ChuKyLanhDao", "ChuKyCoQuan"] and not any("/V" in f for f in sig)
    # where is the leader's? (the organisation's covers its left third: tests/documents/test_signing.py)
    for pi, page in enumerate(r.pages):
        for a in page.get("/Annots", []) or []:
            a = a.get_object()
            if a.get("/FT") == "/Sig" and a.get("/T") == "ChuKyLanhDao":
                x0, y0, x1, y1 = [float(v) for v in a["/Rect"]]
                pl = pdfplumber.open(docs.plan_pdf).pages[pi]
                words = pl.extract_words()
                title = [w for w in words if w["text"] == "TỊCH"][-1]
                name = [w for w in words if w["text"] == "Đức"][-1]
                h = float(pl.height)
                top, bottom = h - y1, h - y0  # as pdfplumber measures
                assert title["bottom"] <= top + 1 and bottom <= name["top"] + 1
                assert x0 < name["x0"] and x1 > name["x1"]
                assert y1 - y0 > 40
                return
    pytest.fail("no widget for the signature field")


def test_signature_stays_with_the_last_line(docs) -> None:
    pages = _pages(docs.plan_pdf)
    for p in pages:
        t = p.extract_text()
        if "Nơi nhận:" in t:
            assert "./." in t and "Trần Minh Đức" in t
            return
    pytest.fail("no signature page")


def test_report_pdf_text(docs) -> None:
    full = "\n".join(p.extract_text() for p in _pages(docs.report_pdf))
    for needle in ("BÁO CÁO", "Kết quả thực hiện Kế hoạch chuyển đổi số quý II năm 2024",
                   "Kính gửi: Ủy ban nhân dân thành phố Hải Phòng.", "I. KẾT QUẢ THỰC HIỆN",
                   "Đánh giá", "Chưa đạt", "NHIỆM VỤ ĐÃ HOÀN THÀNH", "NHIỆM VỤ ĐANG THỰC HIỆN",
                   "NHIỆM VỤ CHẬM TIẾN ĐỘ", "NHIỆM VỤ CHƯA TRIỂN KHAI", "Văn bản số", "./.",
                   "Nơi nhận:", "Như trên;", "Phụ lục", "(Kèm theo Báo cáo số …/BC-UBND"):
        assert needle in full, needle
    assert re.search(r"Số:\s+/BC-UBND", full)
    assert "TỒN TẠI, HẠN CHẾ" in full and "ĐỀ XUẤT, KIẾN NGHỊ" in full and "NHIỆM VỤ TRỌNG TÂM" in full
