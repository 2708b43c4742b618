"""What the documents say: edited sections, empty optional sections, numbers and dates,
report periods, determinism, long plans, the CLI."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from pathlib import Path

import docx
import pdfplumber
import pytest

from desktop.documents.build_report import build_report, report_deadline
from desktop.errors import UserError
from desktop.models.period import Period, PeriodKind, report_period
from desktop.services import documents as service
from desktop.services import plans as psvc
from desktop.services import units as usvc


def _plan(s, year: int = 2024):
    return psvc.require_plan(s, usvc.current_unit(s), year)


def test_edited_sections_appear_and_empty_optional_sections_vanish(demo_store) -> None:
    with demo_store.transaction() as s:
        plan = _plan(s)
        psvc.set_section_text(s, plan.id, "solutions", "")
        psvc.set_section_text(
            s, plan.id, "organisation", "Văn phòng HĐND và UBND xã theo dõi, tổng hợp.\nCác thôn báo cáo hằng quý."
        )
    doc = service.plan_document(demo_store, 2024)
    text = doc.plain_text()
    assert "GIẢI PHÁP" not in text
    assert "III. KINH PHÍ THỰC HIỆN" in text and "IV. TỔ CHỨC THỰC HIỆN" in text
    assert "Văn phòng HĐND và UBND xã theo dõi, tổng hợp." in text
    assert "Các thôn báo cáo hằng quý./." in text  # the content ends ./.
    with demo_store.transaction() as s:
        plan = _plan(s)
        psvc.set_section_text(s, plan.id, "funding", "")
        for b in list(plan.budget_lines):
            plan.budget_lines.remove(b)
    doc = service.plan_document(demo_store, 2024)
    text = doc.plain_text()
    assert "KINH PHÍ THỰC HIỆN" not in text and "Phụ lục II" not in text
    assert "III. TỔ CHỨC THỰC HIỆN" in text


def test_number_date_and_deputy_signer(demo_store) -> None:
    with demo_store.transaction() as s:
        plan = _plan(s)
        plan.number = "5"
        plan.issue_date = dt.date(2021, 4, 6)
        plan.signer = plan.unit.signers[1]
    data = service.render_plan(demo_store, 2024, "docx")
    d = docx.Document(io.BytesIO(data))
    header = d.tables[0]
    assert header.rows[1].cells[0].text == "Số: 05/KH-UBND"
    assert header.rows[1].cells[1].text == "An Lão, ngày 06 tháng 4 năm 2021"
    texts = [p.text for p in d.paragraphs]
    assert "(Kèm theo Kế hoạch số 05/KH-UBND ngày 06 tháng 4 năm 2021 của Ủy ban nhân dân xã An Lão)" in texts
    sig = next(t for t in d.tables if t.rows[0].cells[0].text.startswith("Nơi nhận:"))
    lines = [p.text for p in sig.rows[0].cells[1].paragraphs if p.text]
    assert lines == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Thị Hồng Nhung"]
    pdf = pdfplumber.open(io.BytesIO(service.render_plan(demo_store, 2024, "pdf")))
    first = pdf.pages[0].extract_text()
    assert "Số: 05/KH-UBND" in first and "An Lão, ngày 06 tháng 4 năm 2021" in first


def test_targets_beside_the_city_values(demo_store) -> None:
    with demo_store.transaction() as s:
        plan = _plan(s)
        psvc.set_target_value(s, plan.id, plan.targets[2].id, Decimal("62.5"))
    doc = service.plan_document(demo_store, 2024)
    text = doc.plain_text()
    assert "Thành phố giao cho cấp xã | Đơn vị đăng ký" in text
    assert re.search(r"\| % \| 50 \| 62,5", text)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_deterministic(demo_store, fmt: str) -> None:
    a = service.render_plan(demo_store, 2024, fmt)
    b = service.render_plan(demo_store, 2024, fmt)
    assert a == b
    c = service.render_report(demo_store, 2024, "q2", fmt)
    assert c == service.render_report(demo_store, 2024, "q2", fmt)


@pytest.mark.parametrize("period", ["q1", "q2", "q3", "q4", "h1", "year"])
def test_every_report_period(demo_store, period: str) -> None:
    doc, deadline = service.report_document(demo_store, 2024, period)
    text = doc.plain_text()
    assert text.count("./.") == 1
    assert (deadline == dt.date(2024, 12, 15)) is (period == "year")
    if period == "year":
        assert doc.meta["deadline"] == "2024-12-15"
        assert "Kết quả thực hiện Kế hoạch chuyển đổi số năm 2024" in text


def test_report_judges_lateness_at_the_period_end(demo_store) -> None:
    with demo_store.session() as s:
        plan = _plan(s)
        q1 = build_report(plan, report_period(2024, "q1")).plain_text()
        q4 = build_report(plan, report_period(2024, "q4")).plain_text()
        assert report_deadline(plan, Period(PeriodKind.YEAR, 2024)) == dt.date(2024, 12, 15)
    late = lambda t: int(re.search(r"NHIỆM VỤ CHẬM TIẾN ĐỘ \((\d+)\)", t).group(1)) if "CHẬM TIẾN ĐỘ (" in t else 0  # noqa: E731
    # at the end of Q1 few tasks are past their finish; by the end of the year every unfinished one is
    assert late(q1) < late(q4)
    assert "đến hết quý I năm 2024" in q1


def test_long_plan_paginates(demo_store) -> None:
    with demo_store.transaction() as s:
        plan = _plan(s)
        for i in range(300):
            psvc.add_own_task(
                s,
                plan.id,
                pillar=["Chính quyền số", "Xã hội số", "Kinh tế số"][i % 3],
                content=f"Nhiệm vụ bổ sung số {i + 1}: " + "triển khai, theo dõi và đánh giá kết quả " * (1 + i % 7),
                lead="Văn phòng HĐND và UBND xã",
                coordinating="Các ban, ngành, đoàn thể xã",
                start=Period(PeriodKind.QUARTER, 2024, 1 + i % 4),
                finish=Period(PeriodKind.QUARTER, 2024, 4),
                product="Báo cáo kết quả",
            )
    pdf = pdfplumber.open(io.BytesIO(service.render_plan(demo_store, 2024, "pdf")))
    pages = pdf.pages
    assert len(pages) > 30
    sig_pages = [p for p in pages if "Nơi nhận:" in (p.extract_text() or "")]
    assert len(sig_pages) == 1 and "./." in sig_pages[0].extract_text()
    landscape = [p for p in pages if p.width > p.height]
    for p in landscape:
        assert "Nội dung nhiệm vụ" in p.extract_text() or "Nội dung" in p.extract_text()
    d = docx.Document(io.BytesIO(service.render_plan(demo_store, 2024, "docx")))
    tasks = next(t for t in d.tables if t.rows[0].cells[1].text == "Nội dung nhiệm vụ")
    assert sum(1 for r in tasks.rows if r.cells[0].text.isdigit()) == 327


def test_cli_plan_and_report(cli, demo_dir: Path, tmp_path: Path) -> None:
    for fmt in ("docx", "pdf"):
        out = tmp_path / f"kh.{fmt}"
        r = cli("--data-dir", demo_dir, "document", "plan", "--year", "2024", "--format", fmt, "--out", out)
        assert r.code == 0, r.err
        assert out.stat().st_size > 10_000
        out = tmp_path / f"bc.{fmt}"
        r = cli(
            "--data-dir",
            demo_dir,
            "document",
            "report",
            "--year",
            "2024",
            "--period",
            "h1",
            "--format",
            fmt,
            "--out",
            out,
        )
        assert r.code == 0, r.err
    r = cli(
        "--data-dir",
        demo_dir,
        "document",
        "report",
        "--year",
        "2024",
        "--format",
        "pdf",
        "--out",
        tmp_path / "year.pdf",
    )
    assert r.code == 0 and "15/12/2024" in r.out
    assert not list(tmp_path.glob(".*.part"))


def test_cli_user_errors(cli, demo_dir: Path, tmp_path: Path) -> None:
    r = cli(
        "--data-dir", demo_dir, "document", "plan", "--year", "2023", "--format", "pdf", "--out", tmp_path / "x.pdf"
    )
    assert r.code == 1 and "chưa có kế hoạch năm 2023" in r.err and "Traceback" not in r.err
    r = cli(
        "--data-dir",
        demo_dir,
        "document",
        "plan",
        "--year",
        "2024",
        "--format",
        "pdf",
        "--out",
        tmp_path / "missing" / "x.pdf",
    )
    # a missing output folder is created, as for every other writer
    assert r.code == 0, r.err
    assert (tmp_path / "missing" / "x.pdf").read_bytes().startswith(b"%PDF")
    r = cli(
        "--data-dir",
        demo_dir,
        "document",
        "report",
        "--year",
        "2024",
        "--period",
        "q5",
        "--format",
        "pdf",
        "--out",
        tmp_path / "x.pdf",
    )
    assert r.code == 2


def test_empty_data_folder(cli, data_dir: Path, tmp_path: Path) -> None:
    r = cli(
        "--data-dir", data_dir, "document", "plan", "--year", "2024", "--format", "docx", "--out", tmp_path / "x.docx"
    )
    assert r.code == 1 and r.err.strip() and "Traceback" not in r.err


def test_model_only_document(tmp_path: Path) -> None:
    """The model and writers serve any document (the city's consolidated report)."""
    from desktop.documents.model import (
        LANDSCAPE,
        Cell,
        Column,
        Document,
        HeaderBlock,
        IssuerLine,
        Row,
        Section,
        SignatureBlock,
        Table,
        TitleBlock,
        body,
        end_content,
        heading,
    )

    blocks = [
        HeaderBlock(
            [IssuerLine("ỦY BAN NHÂN DÂN"), IssuerLine("THÀNH PHỐ HẢI PHÒNG")],
            "Số:       /BC-UBND",
            "Hải Phòng, ngày 06 tháng 4 năm 2025",
        ),
        TitleBlock("BÁO CÁO", ["Tổng hợp kết quả chuyển đổi số cấp xã"]),
        heading("I. KẾT QUẢ"),
        body("Nội dung."),
    ]
    end_content(blocks)
    blocks.append(SignatureBlock(["Như trên;", "Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Nguyễn Văn A"))
    table = Table(
        [Column(1), Column(5)],
        [Row([Cell("STT", bold=True), Cell("Đơn vị", bold=True)])],
        [Row([Cell(str(i)), Cell(f"Xã {i}")]) for i in range(1, 200)],
    )
    doc = Document([Section(blocks), Section([table], LANDSCAPE)])
    assert "Nội dung./." in doc.plain_text()
    assert service.render(doc, "pdf").startswith(b"%PDF")
    assert service.render(doc, "docx")[:2] == b"PK"
    with pytest.raises(UserError):
        service.render(doc, "odt")
