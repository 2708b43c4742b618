"""Units the seeds do not have, used end to end through the command line: an đặc khu of a
tỉnh whose Party committee writes its own plan, a phường of a centrally-run city."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader


def _pdf_text(p: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)


def _docx_text(p: Path) -> str:
    d = Document(str(p))
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    return "\n".join([para.text for para in d.paragraphs] + cells)


@pytest.mark.parametrize(
    "code, issuer, province_lines, absent",
    [
        # Đặc khu Phú Quốc, tỉnh An Giang: its Đảng ủy reports to the Tỉnh ủy
        ("31078", "dang_uy", ["Thường trực Tỉnh ủy (để b/c),", "Ban Chỉ đạo 57 tỉnh (để b/c),"], "Thành ủy"),
        # Phường Ái Quốc, thành phố Hải Phòng: its steering committee reports to the Thành ủy
        (
            "10660",
            "ban_chi_dao",
            ["Thường trực Thành ủy (để b/c),", "Ban Chỉ đạo 57 thành phố (để b/c),", "Các thành viên Ban Chỉ đạo,"],
            "Tỉnh ủy",
        ),
    ],
)
def test_party_plan_is_sent_to_party_bodies(cli, data_dir: Path, tmp_path: Path, code, issuer, province_lines, absent):  # type: ignore[no-untyped-def]
    assert cli("--data-dir", data_dir, "demo", "--unit-code", code, "--year", "2026").code == 0
    r = cli(
        "--data-dir", data_dir, "plan", "new", "--blank", "--issuer", issuer, "--year", "2026",
        "--title", "Chuyển đổi số trong các cơ quan Đảng",
    )  # fmt: skip
    assert r.code == 0, r.err
    party, state = tmp_path / "dang.pdf", tmp_path / "ubnd.pdf"
    assert cli("--data-dir", data_dir, "document", "plan", "--plan", "2", "--format", "pdf", "--out", party).code == 0
    assert (
        cli(
            "--data-dir", data_dir, "document", "plan", "--plan", "2", "--format", "docx", "--out", tmp_path / "d.docx"
        ).code
        == 0
    )
    assert cli("--data-dir", data_dir, "document", "plan", "--plan", "1", "--format", "pdf", "--out", state).code == 0
    for text in (_pdf_text(party), _docx_text(tmp_path / "d.docx")):
        assert "Nơi nhận:" in text
        for line in province_lines + ["Các chi bộ, đảng bộ trực thuộc,", "Lưu Văn phòng Đảng ủy."]:
            assert line in text, (line, text[-800:])
        # a Party committee does not send its plan to the state bodies an Ủy ban writes to
        assert "Sở Khoa học và Công nghệ" not in text and "Chủ tịch, các PCT UBND" not in text
        assert absent not in text
    # the Ủy ban's own plan keeps the unit's state recipients
    ubnd = _pdf_text(state)
    assert "Sở Khoa học và Công nghệ" in ubnd and "Thường trực Tỉnh ủy" not in ubnd


@pytest.mark.parametrize(
    "period, words", [("h1", "6 tháng đầu năm 2024"), ("year", "Năm 2024"), ("q3", "Quý III/2024")]
)
def test_report_message_names_the_period_in_words(demo_dir: Path, cli, tmp_path: Path, period, words):  # type: ignore[no-untyped-def]
    out = tmp_path / "bc.docx"
    r = cli(
        "--data-dir",
        demo_dir,
        "document",
        "report",
        "--year",
        "2024",
        "--period",
        period,
        "--format",
        "docx",
        "--out",
        out,
    )
    assert r.code == 0, r.err
    first = r.out.splitlines()[0]
    assert first == f"Đã ghi báo cáo {words}: {out} ({out.stat().st_size} byte)."
    assert f" {period} " not in first


@pytest.mark.parametrize(
    "code, date_line",
    [
        ("01792", "Xã Kim Đồng, ngày"),  # Cao Bằng, named after the hero Kim Đồng
        ("01636", "Xã Bế Văn Đàn, ngày"),
        ("03646", "Phường Tô Hiệu, ngày"),
        ("10909", "Xã Tuệ Tĩnh, ngày"),
        ("20056", "Xã A Lưới 1, ngày"),  # named with a number
        ("06325", "Bắc Sơn, ngày"),  # a place: the short name
    ],
)
def test_date_line_of_a_unit_named_after_a_person(cli, data_dir: Path, tmp_path: Path, code, date_line):  # type: ignore[no-untyped-def]
    """Decree 30 II.4.a: a unit named after a person or with a number keeps its full name."""
    assert cli("--data-dir", data_dir, "demo", "--unit-code", code, "--year", "2026").code == 0
    out = tmp_path / "kh.docx"
    assert cli("--data-dir", data_dir, "document", "plan", "--year", "2026", "--format", "docx", "--out", out).code == 0
    lines = [x.strip() for x in _docx_text(out).splitlines()]
    assert any(x.startswith(date_line) for x in lines), lines[:12]


def test_party_date_line_of_a_unit_named_after_a_person(cli, data_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The Party's format writes the place as Decree 30 does (party-format.md 2.4): Xã Kim Đồng
    in full, since the commune is named after a person."""
    assert cli("--data-dir", data_dir, "demo", "--unit-code", "01792", "--year", "2026").code == 0
    r = cli("--data-dir", data_dir, "plan", "new", "--blank", "--issuer", "dang_uy", "--year", "2026")
    assert r.code == 0, r.err
    for kind, extra in (("plan", []), ("report", ["--period", "q1"])):
        out = tmp_path / f"{kind}.docx"
        args = ["document", kind, "--plan", "2", *extra, "--format", "docx", "--out", out]
        assert cli("--data-dir", data_dir, *args).code == 0
        lines = [x.strip() for x in _docx_text(out).splitlines()]
        assert any(x.startswith("Xã Kim Đồng, ngày") for x in lines), lines[:12]
        assert "ĐẢNG ỦY XÃ KIM ĐỒNG" in lines
