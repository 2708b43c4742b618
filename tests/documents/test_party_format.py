"""Party-format documents (Hướng dẫn 36-HD/VPTW) measured as the Decree 30 tests measure
theirs: the PDF with pdfplumber (positions, sizes, faces), the DOCX through python-docx
(runs, sections). Rule ids (HD-01, NO-01, ...) are those of party-format.md §10."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import docx
import pdfplumber
import pytest
from docx.shared import Pt

MM = 72 / 25.4


@dataclass
class PartyDocs:
    plan_pdf: Path
    plan_docx: Path
    bcd_pdf: Path
    bcd_docx: Path
    report_pdf: Path
    ubnd_pdf: Path
    ubnd_default_pdf: Path


@pytest.fixture(scope="module")
def party(_demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> PartyDocs:
    """The demo plan issued by the Đảng ủy (the issuer set on the plan as ``Plan.issuer``
    will hold it) and by the Ban Chỉ đạo (the issuer passed to the builder)."""
    from desktop.documents.build_plan import build_plan
    from desktop.documents.build_report import build_report
    from desktop.documents.docx_writer import write_docx
    from desktop.documents.pdf_writer import write_pdf
    from desktop.models.orm import Signer
    from desktop.models.period import Period, PeriodKind
    from desktop.services import plans as psvc
    from desktop.services import units as usvc
    from desktop.store import open_store

    root = tmp_path_factory.mktemp("party")
    data = root / "data"
    shutil.copytree(_demo_master, data)
    store = open_store(data)
    out = PartyDocs(
        *(root / n for n in ("du.pdf", "du.docx", "bcd.pdf", "bcd.docx", "bc.pdf", "ubnd.pdf", "ubnd0.pdf"))
    )
    s = store.session()
    try:
        with s.no_autoflush:  # nothing of this is saved: the session is rolled back
            plan = psvc.require_plan(s, usvc.current_unit(s), 2024)
            out.ubnd_default_pdf.write_bytes(write_pdf(build_plan(plan)))
            out.ubnd_pdf.write_bytes(write_pdf(build_plan(plan, issuer="ubnd")))
            plan.number = "4"
            plan.issue_date = dt.date(2026, 2, 5)
            plan.recipients = [
                "Thường trực Thành ủy (để b/c)",
                "Ban Chỉ đạo 57 thành phố (để b/c)",
                "Các chi bộ trực thuộc",
                "Lưu: VT",
            ]
            plan.signer = Signer(title="Bí thư", full_name="Nguyễn Văn Bình", position=9)
            plan.issuer = "dang_uy"
            doc = build_plan(plan)
            out.plan_pdf.write_bytes(write_pdf(doc))
            out.plan_docx.write_bytes(write_docx(doc))
            out.report_pdf.write_bytes(write_pdf(build_report(plan, Period(PeriodKind.QUARTER, 2024, 2))))
            plan.signer = Signer(title="Trưởng ban", full_name="Lê Thị Hoa", position=9)
            doc = build_plan(plan, issuer="ban_chi_dao")
            out.bcd_pdf.write_bytes(write_pdf(doc))
            out.bcd_docx.write_bytes(write_docx(doc))
    finally:
        s.rollback()
        s.close()
        store.close()
    return out


def _lines(page, min_size: float = 0) -> list[tuple[float, str, list]]:
    """Text lines of a page: (top, text, chars), by baseline, left to right."""
    rows: dict[int, list] = {}
    for c in page.chars:
        if c["size"] >= min_size:
            rows.setdefault(round(c["bottom"]), []).append(c)
    out = []
    for _, cs in sorted(rows.items()):
        cs.sort(key=lambda c: c["x0"])
        out.append((cs[0]["top"], "".join(c["text"] for c in cs), cs))
    return out


def _find(page, text: str, right: bool | None = None) -> list:
    """The chars of the first line whose text (spaces ignored) is ``text``."""
    want = text.replace(" ", "")
    for _top, _t, cs in _lines(page):
        sel = [c for c in cs if right is None or (c["x0"] > 115 * MM) == right]
        if "".join(c["text"] for c in sel).replace(" ", "") == want:
            return [c for c in sel if c["text"].strip()]
    raise AssertionError(f"no line {text!r}: {[t for _, t, _ in _lines(page)][:25]}")


def _centre(cs: list) -> float:
    return (min(c["x0"] for c in cs) + max(c["x1"] for c in cs)) / 2 / MM


def _size(cs: list) -> set[int]:
    return {round(c["size"]) for c in cs}


def _bold(cs: list) -> bool:
    return all("Bold" in c["fontname"] for c in cs)


def _italic(cs: list) -> bool:
    return all("Italic" in c["fontname"] for c in cs)


# -- choosing the format ---------------------------------------------------------


def test_rules_chosen_by_issuer_and_date(monkeypatch) -> None:
    from desktop.documents import formats

    assert formats.rules_for("ubnd").key == "nd30-2020"
    for issuer in ("dang_uy", "ban_chi_dao", "ban_thuong_vu"):
        assert formats.rules_for(issuer, dt.date(2026, 2, 5)).key == "36-HD-VPTW-2018"
    # a plan made before issuers existed, or an enum value from the ORM
    assert formats.issuer_of(SimpleNamespace()) == "ubnd"
    assert formats.issuer_of(SimpleNamespace(issuer=SimpleNamespace(value="ban_chi_dao"))) == "ban_chi_dao"
    assert formats.issuer_of(SimpleNamespace(issuer="nonsense")) == "ubnd"
    # a successor guideline is one more table, chosen by the document's date
    later = formats.FormatRules(**{**formats.HD36_2018.__dict__, "key": "later", "valid_from": dt.date(2026, 6, 1)})
    monkeypatch.setitem(formats.RULE_SETS, "party", (formats.HD36_2018, later))
    assert formats.rules_for("dang_uy", dt.date(2026, 5, 31)).key == "36-HD-VPTW-2018"
    assert formats.rules_for("dang_uy", dt.date(2026, 6, 1)).key == "later"
    assert formats.rules_for("ubnd", dt.date(2026, 6, 1)).key == "nd30-2020"


def test_ubnd_output_unchanged_by_the_issuer(party) -> None:
    assert party.ubnd_pdf.read_bytes() == party.ubnd_default_pdf.read_bytes()
    text = pdfplumber.open(party.ubnd_pdf).pages[0].extract_text()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "ĐẢNG CỘNG SẢN" not in text


# -- PDF ------------------------------------------------------------------------------


def test_pdf_page_and_margins(party) -> None:
    pdf = pdfplumber.open(party.plan_pdf)
    for p in pdf.pages:  # PG-01, PG-02 (glyphs inside 20/20/30/15 mm)
        w, h = p.width / MM, p.height / MM
        assert sorted((round(w), round(h))) == [210, 297]
        body = [c for c in p.chars if c["top"] >= 20 * MM and c["text"].strip()]
        assert min(c["x0"] for c in body) / MM >= 30 - 0.6
        assert w - max(c["x1"] for c in body) / MM >= 15 - 0.6
        assert h - max(c["bottom"] for c in body) / MM >= 20 - 0.6
    first, second = pdf.pages[0], pdf.pages[1]
    assert not [c for c in first.chars if c["top"] < 20 * MM]  # PG-05
    num = [c for c in second.chars if c["top"] < 20 * MM]  # PG-06
    assert "".join(c["text"] for c in num) == "2" and _size(num) == {14} and not _bold(num)
    assert abs(_centre(num) - (30 + 165 / 2)) < 3


def test_pdf_header(party) -> None:
    page = pdfplumber.open(party.plan_pdf).pages[0]
    lines = _lines(page)
    # HD-01..03: the heading on the first line, right half, 15 pt bold
    head = _find(page, "ĐẢNG CỘNG SẢN VIỆT NAM", right=True)
    assert min(c["top"] for c in head) <= min(t for t, _, _ in lines) + 1
    assert _size(head) == {15} and _bold(head) and not any("Italic" in c["fontname"] for c in head)
    right_col = (30 + 85 + 30 + 165) / 2  # centre of the right column
    assert abs(_centre(head) - right_col) < 2
    # HD-04: a solid line under it, as long as the heading (±10 %)
    hw = max(c["x1"] for c in head) - min(c["x0"] for c in head)
    under = [
        ln
        for ln in page.lines
        if abs(ln["top"] - ln["bottom"]) < 0.1 and 0 < ln["top"] - max(c["bottom"] for c in head) < 10
    ]
    assert len(under) == 1 and abs(under[0]["x1"] - under[0]["x0"] - hw) <= 0.1 * hw
    # HD-05..09: superior body (14 regular), issuing committee (14 bold), the star, centred left
    sup = _find(page, "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", right=False)
    iss = _find(page, "ĐẢNG ỦY XÃ AN LÃO", right=False)
    star = _find(page, "*", right=False)
    assert _size(sup) == {14} and not any("Bold" in c["fontname"] for c in sup)
    assert _size(iss) == {14} and _bold(iss)
    left_col = 30 + 85 / 2
    for cs in (sup, iss, star):
        assert abs(_centre(cs) - left_col) < 2
    assert sup[0]["top"] < iss[0]["top"] < star[0]["top"]
    # HD-10: no drawn line under the issuing name
    assert not [ln for ln in page.lines if ln["x1"] < 115 * MM and ln["top"] < star[0]["bottom"] + 5]
    # NO-01, NO-02: "Số 04-KH/ĐU", 14 regular, under the star
    so = _find(page, "Số 04-KH/ĐU", right=False)
    words = [w["text"] for w in page.extract_words() if w["top"] < 60 * MM and w["x0"] < 115 * MM]
    assert "Số" in words and "Số:" not in words and "04-KH/ĐU" in words
    assert _size(so) == {14} and not any("Bold" in c["fontname"] or "Italic" in c["fontname"] for c in so)
    assert so[0]["top"] > star[0]["bottom"] and abs(_centre(so) - left_col) < 2
    # DT-01, DT-02: the date line under the heading's line, 14 italic, centred right
    date = _find(page, "An Lão, ngày 05 tháng 02 năm 2026", right=True)
    assert _size(date) == {14} and _italic(date)
    assert date[0]["top"] > under[0]["top"] and abs(_centre(date) - right_col) < 2
    assert re.search(
        r"An Lão, ngày (0[1-9]|[12]\d|3[01]) tháng (0[1-2]|[3-9]|1[0-2]) năm \d{4}$", page.extract_text(), re.M
    )
    text = page.extract_text()
    assert "CỘNG HÒA" not in text and "Độc lập" not in text


def test_pdf_title_and_headings(party) -> None:
    pdf = pdfplumber.open(party.plan_pdf)
    page = pdf.pages[0]
    kh = _find(page, "KẾ HOẠCH")  # TT-01: 16 bold, centred
    assert _size(kh) == {16} and _bold(kh) and abs(_centre(kh) - (30 + 165 / 2)) < 2
    sub = _find(page, "chuyển đổi số xã An Lão năm 2024")  # TT-02: 14 bold, not upper, lower start
    assert _size(sub) == {14} and _bold(sub)
    dashes = _find(page, "-----")  # TT-03
    assert abs(_centre(dashes) - (30 + 165 / 2)) < 2 and dashes[0]["top"] > sub[0]["top"]
    full = "\n".join(p.extract_text() for p in pdf.pages)
    heads = re.findall(r"^([IVX]+)([-.]) [A-ZĐ]", full, re.M)  # BD-04: I- II- ...
    assert heads and all(sep == "-" for _, sep in heads), heads
    body = [c for c in page.chars if c["top"] > dashes[0]["bottom"] and c["text"].strip()]
    assert body and {round(c["size"]) for c in body} == {14}  # BD-01: body 14


def _signature_page(pdf):
    for p in pdf.pages:
        if "Nơi nhận" in (p.extract_text() or ""):
            return p
    raise AssertionError("no signature page")


def test_pdf_signature_and_recipients(party) -> None:
    pdf = pdfplumber.open(party.plan_pdf)
    page = _signature_page(pdf)
    auth = _find(page, "T/M ĐẢNG ỦY", right=True)  # SG-01, SG-03
    assert _size(auth) == {14} and _bold(auth)
    pos = _find(page, "BÍ THƯ", right=True)  # SG-04: 14, not bold
    assert _size(pos) == {14} and not any("Bold" in c["fontname"] for c in pos)
    name = _find(page, "Nguyễn Văn Bình", right=True)  # SG-05
    assert _size(name) == {14} and _bold(name)
    assert abs(_centre(auth) - _centre(pos)) < 2 and abs(_centre(pos) - _centre(name)) < 3
    assert name[0]["top"] - pos[0]["bottom"] > 40  # room for the signature and seal
    full = "\n".join(p.extract_text() for p in pdf.pages)
    assert not re.search(r"\b(TM|KT|TL|TUQ)\.", full)  # SG-06
    label = _find(page, "Nơi nhận:", right=False)  # NN-01: 14 upright, underlined
    assert _size(label) == {14} and not any("Bold" in c["fontname"] or "Italic" in c["fontname"] for c in label)
    x0, x1 = min(c["x0"] for c in label), max(c["x1"] for c in label)
    bottom = max(c["bottom"] for c in label)
    rules = [
        r for r in page.rects + page.lines if r["x0"] <= x0 + 1 and r["x1"] >= x1 - 1 and -1 < r["top"] - bottom + 2 < 5
    ]
    assert rules, "Nơi nhận: is not underlined"
    lines = [
        t for top, t, cs in _lines(page) if cs[0]["x0"] < 100 * MM and top > label[0]["top"] + 1 and t.startswith("-")
    ]
    rec_chars = [c for _, t, cs in _lines(page) if t.startswith("-") for c in cs if c["x0"] < 100 * MM]
    assert {round(c["size"]) for c in rec_chars} == {12}  # NN-02
    recips = [t.split("  ")[0] for t in lines]
    assert recips[-1].replace(" ", "") == "-LưuVănphòngĐảngủy."  # NN-03
    assert all(t.rstrip().endswith(",") for t in recips[:-1]), recips
    assert not any("VT" in t for t in recips)


def test_pdf_steering_committee(party) -> None:
    pdf = pdfplumber.open(party.bcd_pdf)
    page = pdf.pages[0]
    text = page.extract_text()
    assert "ĐẢNG ỦY XÃ AN LÃO" in text and "BAN CHỈ ĐẠO" in text
    sup = _find(page, "ĐẢNG ỦY XÃ AN LÃO", right=False)
    assert not any("Bold" in c["fontname"] for c in sup)
    words = [w["text"] for w in page.extract_words()]
    assert "04-KH/BCĐ" in words
    sig = _signature_page(pdf)
    assert _bold(_find(sig, "T/M BAN CHỈ ĐẠO", right=True))
    assert _find(sig, "TRƯỞNG BAN", right=True)
    assert _find(sig, "Lê Thị Hoa", right=True)


def test_pdf_party_report(party) -> None:
    pdf = pdfplumber.open(party.report_pdf)
    text = "\n".join(p.extract_text() for p in pdf.pages)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "BÁO CÁO" in text
    assert re.search(r"Số\s+-BC/ĐU", text)
    assert "Kế hoạch số 04-KH/ĐU" in text and "Kính gửi" not in text
    assert "T/M ĐẢNG ỦY" in text and "Lưu Văn phòng Đảng ủy." in text
    assert "(Kèm theo Báo cáo số …-BC/ĐU" in text


def test_signature_rules_by_issuer() -> None:
    from desktop.documents import formats

    r = formats.HD36_2018

    def block(issuer: str, **signer: str) -> list[str]:
        s = SimpleNamespace(**{"on_behalf": None, "deputy_of": None, "full_name": "A", **signer})
        return formats.party_signature(r, issuer, s, []).authority

    assert block("dang_uy", title="Bí thư") == ["T/M ĐẢNG ỦY", "BÍ THƯ"]
    # a committee is collective: its deputy secretary signs T/M, never K/T
    assert block("dang_uy", title="Phó Bí thư", deputy_of="Bí thư") == ["T/M ĐẢNG ỦY", "PHÓ BÍ THƯ"]
    assert block("ban_thuong_vu", title="Bí thư") == ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]
    # a commune that writes the committee out in full
    assert block("dang_uy", title="Bí thư", on_behalf="Ban Chấp hành Đảng ủy") == [
        "T/M BAN CHẤP HÀNH ĐẢNG ỦY",
        "BÍ THƯ",
    ]
    # a UBND body named on a Party signer is not carried into the T/M line
    assert block("dang_uy", title="Bí thư", on_behalf="Ủy ban nhân dân") == ["T/M ĐẢNG ỦY", "BÍ THƯ"]
    assert block("ban_chi_dao", title="Trưởng ban") == ["T/M BAN CHỈ ĐẠO", "TRƯỞNG BAN"]
    assert block("ban_chi_dao", title="Phó Trưởng ban", deputy_of="Trưởng ban") == ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"]
    # a UBND signer on a Party plan is not carried over: the committee's block, no name
    sig = formats.party_signature(
        r, "dang_uy", SimpleNamespace(on_behalf="Ủy ban nhân dân", deputy_of=None, title="Chủ tịch", full_name="B"), []
    )
    assert sig.authority == ["T/M ĐẢNG ỦY", "BÍ THƯ"] and sig.name == ""
    assert r.number("4", "KH", "ĐU") == "Số 04-KH/ĐU"
    assert formats.ND30_2020.number("5", "KH", "UBND") == "Số: 05/KH-UBND"
    assert formats.party_recipients(r, ["- Thường trực Tỉnh ủy (để b/c);", "Lưu: VT, VP."]) == [
        "Thường trực Tỉnh ủy (để b/c),",
        "Lưu Văn phòng Đảng ủy.",
    ]


# -- DOCX ------------------------------------------------------------------------------


def _signature_table(d):
    return next(t for t in d.tables if t.rows[0].cells[0].paragraphs[0].text == "Nơi nhận:")


def _runs(paragraph) -> list:
    return [r for r in paragraph.runs if r.text.strip()]


def test_docx_party_layout(party) -> None:
    d = docx.Document(str(party.plan_docx))
    for s in d.sections:  # PG-02
        assert (
            round(s.top_margin.mm),
            round(s.bottom_margin.mm),
            round(s.left_margin.mm),
            round(s.right_margin.mm),
        ) == (20, 20, 30, 15)
    head = d.tables[0]
    left, right = head.rows[0].cells
    lp = [p for p in left.paragraphs if p.text]
    assert [p.text for p in lp] == ["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "ĐẢNG ỦY XÃ AN LÃO", "*"]
    assert _runs(lp[0])[0].font.size == Pt(14) and not _runs(lp[0])[0].bold
    assert _runs(lp[1])[0].font.size == Pt(14) and _runs(lp[1])[0].bold
    assert not any(p._p.xpath("./w:pPr/w:pBdr") for p in left.paragraphs)  # a star, no line
    rp = [p for p in right.paragraphs if p.text]
    assert rp[0].text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert _runs(rp[0])[0].font.size == Pt(15) and _runs(rp[0])[0].bold
    assert any(p._p.xpath("./w:pPr/w:pBdr/w:bottom") for p in right.paragraphs)
    assert rp[1].text == "An Lão, ngày 05 tháng 02 năm 2026"
    assert _runs(rp[1])[0].italic and _runs(rp[1])[0].font.size == Pt(14)
    so = head.rows[1].cells[0]
    assert so.text == "Số 04-KH/ĐU" and _runs(so.paragraphs[0])[0].font.size == Pt(14)
    texts = [p.text for p in d.paragraphs]
    i = texts.index("KẾ HOẠCH")
    assert _runs(d.paragraphs[i])[0].font.size == Pt(16) and _runs(d.paragraphs[i])[0].bold
    assert texts[i + 1] == "chuyển đổi số xã An Lão năm 2024" and texts[i + 2] == "-----"
    assert _runs(d.paragraphs[i + 1])[0].font.size == Pt(14)
    assert [t for t in texts if re.match(r"[IVX]+[-.] ", t)] and all(
        re.match(r"[IVX]+- ", t) for t in texts if re.match(r"[IVX]+[-.] ", t)
    )
    left, right = _signature_table(d).rows[0].cells
    label = left.paragraphs[0]
    assert label.text == "Nơi nhận:"
    r = _runs(label)[0]
    assert r.underline and not r.bold and not r.italic and r.font.size == Pt(14)
    rec = [p for p in left.paragraphs[1:] if p.text]
    assert all(_runs(p)[0].font.size == Pt(12) for p in rec)
    assert rec[-1].text == "- Lưu Văn phòng Đảng ủy." and all(p.text.endswith(",") for p in rec[:-1])
    rp = [p for p in right.paragraphs if p.text]
    assert [p.text for p in rp] == ["T/M ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Văn Bình"]
    assert _runs(rp[0])[0].bold and not _runs(rp[1])[0].bold and _runs(rp[2])[0].bold
    assert {_runs(p)[0].font.size for p in rp} == {Pt(14)}


def test_docx_steering_committee(party) -> None:
    d = docx.Document(str(party.bcd_docx))
    left = d.tables[0].rows[0].cells[0]
    lp = [p for p in left.paragraphs if p.text]
    assert lp[0].text == "ĐẢNG ỦY XÃ AN LÃO" and not _runs(lp[0])[0].bold
    assert lp[1].text.startswith("BAN CHỈ ĐẠO") and _runs(lp[1])[0].bold and lp[-1].text == "*"
    assert d.tables[0].rows[1].cells[0].text == "Số 04-KH/BCĐ"
    right = _signature_table(d).rows[0].cells[1]
    assert [p.text for p in right.paragraphs if p.text] == ["T/M BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Lê Thị Hoa"]
