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
            desc = (
                f["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
                if "/DescendantFonts" in f
                else f["/FontDescriptor"].get_object()
            )
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
    for needle in (
        "I. MỤC ĐÍCH, YÊU CẦU VÀ MỤC TIÊU",
        "II. NHIỆM VỤ",
        "III. GIẢI PHÁP THỰC HIỆN",
        "IV. KINH PHÍ THỰC HIỆN",
        "V. TỔ CHỨC THỰC HIỆN",
        "Nơi nhận:",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Phụ lục I",
        "Phụ lục II",
        "(Đơn vị tính: triệu đồng)",
        "TỔNG CỘNG",
        "449,45",
        "185,5",
        "(Kèm theo Kế hoạch số …/KH-UBND",
    ):
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
    for needle in (
        "BÁO CÁO",
        "Kết quả thực hiện Kế hoạch chuyển đổi số quý II năm 2024",
        "Kính gửi: Ủy ban nhân dân thành phố Hải Phòng.",
        "I. KẾT QUẢ THỰC HIỆN",
        "Đánh giá",
        "NHIỆM VỤ ĐÃ HOÀN THÀNH",
        "NHIỆM VỤ ĐANG THỰC HIỆN",
        "NHIỆM VỤ CHẬM TIẾN ĐỘ",
        "NHIỆM VỤ CHƯA TRIỂN KHAI",
        "Văn bản số",
        "./.",
        "Nơi nhận:",
        "Như trên;",
        "Phụ lục",
        "(Kèm theo Báo cáo số …/BC-UBND",
    ):
        assert needle in full, needle
    assert re.search(r"Số:\s+/BC-UBND", full)
    assert "TỒN TẠI, HẠN CHẾ" in full and "ĐỀ XUẤT, KIẾN NGHỊ" in full and "NHIỆM VỤ TRỌNG TÂM" in full


# -- layout of long texts and tables (points 11 and 12 of the documents audit) ------------


def _write(blocks, tmp_path: Path, name: str = "t.pdf", landscape: bool = False) -> Path:
    from desktop.documents.model import LANDSCAPE, PORTRAIT, Document, Section
    from desktop.documents.pdf_writer import write_pdf

    out = tmp_path / name
    out.write_bytes(write_pdf(Document([Section(blocks, LANDSCAPE if landscape else PORTRAIT)])))
    return out


def _table(rows: list[tuple[str, str]], size: float = 12.0):
    from desktop.documents.model import Cell, Column, Row, Table

    head = [
        Row(
            [
                Cell("STT", bold=True, align="center"),
                Cell("Nội dung", bold=True, align="center"),
                Cell("Ghi chú", bold=True, align="center"),
            ]
        )
    ]
    body = [Row([Cell(str(i), align="center"), Cell(a), Cell(b)]) for i, (a, b) in enumerate(rows, 1)]
    return Table([Column(12, "center"), Column(100), Column(40)], head, body, size=size)


@pytest.mark.parametrize(
    "subject",
    [
        "Chuyển đổi số xã An Lão năm 2024",
        "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về chuyển đổi số trên địa bàn xã An Lão năm 2026",
    ],
)
def test_line_under_the_subject_is_a_third_to_a_half_of_the_line(tmp_path: Path, subject: str) -> None:
    from desktop.documents.common import title

    page = _pages(_write([title("KẾ HOẠCH", subject)], tmp_path))[0]
    lines: dict[int, list] = {}
    for c in page.chars:
        if "Bold" in c["fontname"] and c["text"].strip():
            lines.setdefault(round(c["bottom"]), []).append(c)
    subject_lines = [cs for b, cs in sorted(lines.items())][1:]  # below KẾ HOẠCH
    assert len(subject_lines) == (1 if len(subject) < 60 else 2)
    longest = max(max(c["x1"] for c in cs) - min(c["x0"] for c in cs) for cs in subject_lines)
    last_bottom = max(c["bottom"] for c in subject_lines[-1])
    rule = [ln for ln in page.lines if ln["top"] > last_bottom and ln["top"] - last_bottom < 12]
    assert len(rule) == 1
    ratio = (rule[0]["x1"] - rule[0]["x0"]) / longest
    assert 1 / 3 <= ratio <= 1 / 2, ratio
    mid = (rule[0]["x0"] + rule[0]["x1"]) / 2 / MM
    assert abs(mid - (30 + 165 / 2)) < 1


def test_heading_and_lead_in_stay_with_the_first_rows(tmp_path: Path) -> None:
    """Wherever the page ends, a heading and its lead-in never stand alone at its foot:
    the page that shows the lead-in also shows the table's first row; and the page
    before is not left more than a quarter empty by a table moving on whole."""
    from desktop.documents.model import body, heading

    rows = [(f"Nhiệm vụ hàng {i}: triển khai và theo dõi kết quả thực hiện", "Quý IV") for i in range(1, 41)]
    for n in range(8, 24):
        blocks = [
            body(
                f"Đoạn văn thứ {k} của phần mở đầu, đủ dài để chiếm gần trọn hai dòng trên trang "
                "giấy khổ A4 theo chiều dọc."
            )
            for k in range(n)
        ]
        blocks += [heading("II. CÁC CHỈ TIÊU"), body("Các chỉ tiêu cụ thể như sau:", keep_with_next=True), _table(rows)]
        pages = _pages(_write(blocks, tmp_path, f"k{n}.pdf"))
        for i, p in enumerate(pages):
            t = p.extract_text()
            if "Các chỉ tiêu cụ thể như sau:" in t:
                assert "II. CÁC CHỈ TIÊU" in t and "Nhiệm vụ hàng 1:" in t, (n, i)
                if i > 0:  # moved on: the previous page was full
                    prev = pages[i - 1]
                    low = max(c["bottom"] for c in prev.chars if c["text"].strip()) / MM
                    assert low > 297 - 20 - 0.25 * 257, (n, low)
        assert "Spacer" not in repr(blocks)


def test_long_rows_split_and_pages_stay_full(tmp_path: Path) -> None:
    words = "chuyển đổi số cấp xã gắn với cải cách hành chính và phục vụ người dân doanh nghiệp".split()
    rows = [
        (" ".join(words[(i + k) % len(words)] for k in range(40 + 37 * (i % 9))), f"Ghi chú {i}") for i in range(60)
    ]
    pages = _pages(_write([_table(rows)], tmp_path, landscape=True))
    assert len(pages) > 3
    frame = 210 - 40
    for p in pages[:-1]:
        low = max(c["bottom"] for c in p.chars if c["text"].strip()) / MM
        assert low > 210 - 20 - 0.25 * frame, (p.page_number, low)
        assert "STT" in p.extract_text()  # the header row on every page
    text = "".join("".join(p.extract_text().split()) for p in pages)
    for a, _b in rows:  # every row printed whole, in order
        assert "".join(a.split()) in text.replace("Nộidung", "") or _in_pieces(a, pages)


def _in_pieces(text: str, pages) -> bool:
    """A row split across pages: its words appear in order over the pages."""
    flat = " ".join(p.extract_text() for p in pages)
    pos = 0
    for w in text.split():
        pos = flat.find(w, pos)
        if pos < 0:
            return False
    return True


@pytest.fixture(scope="module")
def long_plan(_demo_master: Path, tmp_path_factory: pytest.TempPathFactory):
    """The demo plan with own tasks entered as the editor stores them: a 5,000-character
    text, a single 300-character word, and text full of control characters."""
    import shutil

    from desktop.models.period import Period, PeriodKind
    from desktop.services import documents as service
    from desktop.services import plans as psvc
    from desktop.services import units as usvc
    from desktop.store import open_store

    root = tmp_path_factory.mktemp("long")
    shutil.copytree(_demo_master, root / "data")
    store = open_store(root / "data")
    long_text = " ".join(f"việc{i:04d}" for i in range(560))[:5000]
    word = "".join(chr(ord("a") + i % 26) for i in range(300))
    hostile = "Nhập\x00 dữ\x07 liệu\x1b[31m đỏ\x7f\u202e ngược\x0c hết\x9b."
    try:
        with store.transaction() as s:
            plan = psvc.require_plan(s, usvc.current_unit(s), 2024)
            for content in (long_text, word, hostile):
                psvc.add_own_task(
                    s,
                    plan.id,
                    pillar="Chính quyền số",
                    content=content,
                    lead="UBND xã\x01",
                    finish=Period(PeriodKind.QUARTER, 2024, 4),
                )
        pdf, docx_path = root / "plan.pdf", root / "plan.docx"
        service.generate_plan(store, 2024, "pdf", pdf)
        service.generate_plan(store, 2024, "docx", docx_path)
    finally:
        store.close()
    return {"pdf": pdf, "docx": docx_path, "long": long_text, "word": word, "hostile": hostile}


def test_task_text_of_any_length_prints(long_plan) -> None:
    pages = _pages(long_plan["pdf"])
    flat = "".join("".join((p.extract_text() or "").split()) for p in pages)
    assert "".join(long_plan["long"].split()) in flat.replace("\n", "") or _in_pieces(long_plan["long"], pages)
    assert long_plan["word"] in flat  # the 300-character word, cut into pieces, all printed
    for p in pages:  # nothing drawn outside the page's text area
        w = p.width / MM
        xs = [c["x1"] for c in p.chars if c["text"].strip()]
        assert max(xs) / MM <= w - 15 + 0.6, p.page_number


def test_control_characters_never_reach_the_pdf(long_plan) -> None:
    text = "\n".join(p.extract_text() for p in _pages(long_plan["pdf"]))
    assert "Nhập dữ liệu[31m đỏ ngược hết." in text
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", text)


def test_long_words_broken_everywhere_in_the_pdf(tmp_path: Path) -> None:
    """A 301-character word from a package in the header, the trích yếu, the body and the
    signature block: every character printed, none outside the text area."""
    from desktop.documents.model import HeaderBlock, IssuerLine, SignatureBlock, TitleBlock, body

    word = "Đ" + "abcdefghij" * 30
    blocks = [
        HeaderBlock(
            [IssuerLine("ỦY BAN NHÂN DÂN"), IssuerLine(word)], "Số: 01/KH-UBND", "An Lão, ngày 01 tháng 02 năm 2026"
        ),
        TitleBlock("KẾ HOẠCH", [word]),
        body(word),
        SignatureBlock([word + ";", "Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], word),
    ]
    pages = _pages(_write(blocks, tmp_path))
    chars = [c for p in pages for c in p.chars if c["text"].strip()]
    assert min(c["x0"] for c in chars) / MM >= 30 - 0.6
    assert max(c["x1"] for c in chars) / MM <= 210 - 15 + 0.6
    assert sum(c["text"] == "Đ" for c in chars) >= 5 and sum(c["text"] == "j" for c in chars) == 5 * 30
