"""A tỉnh's task table (XLSX and DOCX) becomes a signed template through the CLI, and a commune
of that tỉnh plans from it: every row, deadline, reference and group kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.templates import tables

LS = "20"  # Lạng Sơn
BAC_SON, NA_SAM, HUU_LUNG = "06325", "06214", None


def _table(tmp_path: Path, kind: str) -> Path:
    p = tmp_path / f"phu-luc.{kind}"
    return tables.write_xlsx(p) if kind == "xlsx" else tables.write_docx(p)


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_table_reads_every_row_group_reference_and_deadline(tmp_path: Path, kind: str) -> None:
    from desktop.services import table_import as ti

    read = ti.read_table(_table(tmp_path, kind))
    assert read.columns["superior_ref"] == "NV theo KH 05-KH/BCĐTW"
    assert read.superior_plan == "KH 05-KH/BCĐTW"
    assert [g.number for g in read.groups] == ["I", "II", "III", "IV", "V", "VI", "VII"]
    assert read.groups[1].title == "HẠ TẦNG SỐ"
    assert len(read.tasks) == tables.n_tasks() == 44
    expected = [(g, t[0], t[1]) for g, _title, ts in tables.GROUPS for t in ts]
    got = [(g.number, t.number, t.content) for g in read.groups for t in g.tasks]
    # every task in order; III.1 carries its continuation after the page break
    assert [(a, b) for a, b, _c in got] == [(a, b) for a, b, _c in expected]
    iii1 = read.groups[2].tasks[0]
    assert iii1.content.endswith("đủ điều kiện theo danh mục của UBND tỉnh")
    assert iii1.product == "Tỷ lệ hồ sơ trực tuyến toàn trình ≥ 80% và 100% hồ sơ được số hóa"
    # the lead merged over two rows belongs to both
    vii = {t.number: t for t in read.groups[6].tasks}
    assert vii["4"].lead == vii["5"].lead == "Công an tỉnh"
    assert read.groups[0].tasks[3].superior_ref == "4"
    # what it could not read is said, by row
    assert any("45" in p and "không có nội dung" in p for p in read.problems)


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_draft_from_table_validates_with_deadline_rules_and_units(tmp_path: Path, kind: str) -> None:
    from desktop.services import table_import as ti
    from desktop.services import templates as tsvc

    read = ti.read_table(_table(tmp_path, kind))
    d, problems = ti.draft_from_table(
        read,
        20,
        "ls-12-2026",
        number="12/KH-UBND",
        date="2026-01-15",
        title="Chuyển đổi số tỉnh Lạng Sơn năm 2026",
        period={"start": 2026, "end": 2026},
    )
    t = tsvc.validate(d, "x.json")
    tasks = {x.id: x for x in t.tasks}
    assert len(tasks) == 44 and t.superior_plan == "KH 05-KH/BCĐTW"
    assert tasks["I.1"].deadline.period.code == "2026-01-31"
    assert tasks["I.2"].deadline.period.code == "2026-Q1"
    assert tasks["I.5"].deadline.period.code == "2026-10"
    assert tasks["II.4"].deadline.period.code == "2026"
    assert tasks["III.7"].deadline.period.code == "2026-Q1"  # "Quý I" takes the plan's year
    rel = tasks["I.4"].deadline
    assert (rel.kind, rel.offset, rel.unit, rel.event) == ("relative", 30, "day", "Trung ương ban hành")
    assert tasks["III.6"].deadline.unit == "month" and tasks["III.6"].deadline.offset == 3
    every = {i: tasks[i].deadline.every for i in ("I.3", "I.6", "III.3", "III.4", "V.5", "VII.4")}
    assert every == {
        "I.3": "month",
        "I.6": "continuous",
        "III.3": "quarter",
        "III.4": "week",
        "V.5": "half",
        "VII.4": "year",
    }
    assert tasks["III.8"].deadline is None and tasks["III.8"].period_text == "Khi có yêu cầu"
    assert any("Khi có yêu cầu" in p for p in problems)
    assert tasks["II.5"].units == (BAC_SON,) and tasks["IV.5"].units == (NA_SAM,)
    assert tasks["I.1"].superior_ref == "1" and tasks["II.1"].superior_ref == "II.1"
    # tasks that speak of communes bind them; the province's own tasks do not
    from desktop.models.enums import Level

    assert Level.COMMUNE in tasks["I.1"].levels and Level.COMMUNE not in tasks["II.6"].levels


def test_not_a_table_is_refused_by_name(tmp_path: Path) -> None:
    from desktop.errors import UserError
    from desktop.services import table_import as ti

    bad = tmp_path / "bang.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(UserError, match="bang.xlsx"):
        ti.read_table(bad)
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active["A1"] = "Danh sách cán bộ"
    wb.active["A2"] = "Họ và tên"
    other = tmp_path / "khac.xlsx"
    wb.save(other)
    with pytest.raises(UserError, match="khac.xlsx.*dòng tiêu đề"):
        ti.read_table(other)
    pdf = tmp_path / "bang.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(UserError, match="bang.pdf.*xlsx.*docx"):
        ti.read_table(pdf)


@pytest.fixture
def ls_city(tmp_path: Path) -> Path:
    from desktop.services import city
    from desktop.store import open_store

    d = tmp_path / "ls-city"
    s = open_store(d)
    city.init_city(s, LS)
    s.close()
    return d


def _ls_commune(root: Path, code: str) -> Path:
    from desktop.services import units as usvc
    from desktop.store import open_store

    d = root / f"unit-{code}"
    s = open_store(d)
    with s.transaction() as ss:
        usvc.create_unit(ss, usvc.spec_for_directory_unit(code))
    s.close()
    return d


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_cli_table_to_signed_template_to_commune_plan(cli, ls_city: Path, tmp_path: Path, kind: str) -> None:
    table = _table(tmp_path, kind)
    draft = tmp_path / "ls.json"
    r = cli(
        "--data-dir",
        ls_city,
        "template",
        "draft",
        "--from-table",
        table,
        "--province",
        LS,
        "--id",
        "ls-12-2026",
        "--number",
        "12/KH-UBND",
        "--date",
        "2026-01-15",
        "--title",
        "Chuyển đổi số tỉnh Lạng Sơn năm 2026",
        "--period",
        "2026",
        "--version",
        "1",
        "--out",
        draft,
    )
    assert r.code == 0, r.err
    assert "7 nhóm, 44 nhiệm vụ" in r.out and "Khi có yêu cầu" in r.out
    d = json.loads(draft.read_text(encoding="utf-8"))
    assert d["province_code"] == 20 and d["document"]["issuer"] == "Ủy ban nhân dân tỉnh Lạng Sơn"

    # a dry run validates and says what it would publish, writing nothing
    keys_before = sorted(p.name for p in (ls_city / "keys").glob("*")) if (ls_city / "keys").exists() else []
    r = cli("--data-dir", ls_city, "template", "publish", "--dry-run", draft)
    assert r.code == 0, r.err
    assert "ls-12-2026 phiên bản 1" in r.out and "44 nhiệm vụ" in r.out and "VII" in r.out
    assert (sorted(p.name for p in (ls_city / "keys").glob("*")) if (ls_city / "keys").exists() else []) == keys_before
    r = cli("--data-dir", ls_city, "templates", "show", "ls-12-2026")
    assert r.code == 1  # nothing was published

    out = tmp_path / "ls-12-2026-v1.khcdst"
    r = cli("--data-dir", ls_city, "template", "publish", draft, "--out", out)
    assert r.code == 0, r.err
    r = cli("--data-dir", ls_city, "templates", "show", "ls-12-2026")
    assert r.code == 0, r.err
    assert "NV theo KH 05-KH/BCĐTW: III.6" in r.out or "KH 05-KH/BCĐTW III.6" in r.out
    assert "30 ngày sau khi Trung ương ban hành" in r.out and "Hằng tháng" in r.out

    # a commune of Lạng Sơn (Bắc Sơn) imports it after the phone check and plans from it
    unit = _ls_commune(tmp_path, BAC_SON)
    r = cli("--data-dir", unit, "template", "import", out)
    assert r.code == 1 and "Chưa nhập" in r.out
    fp = r.out.split("Dấu vân tay khóa trong gói: ")[1].splitlines()[0]
    r = cli("--data-dir", unit, "template", "import", out, "--fingerprint", fp)
    assert r.code == 0, r.err

    from desktop.services import plans as psvc
    from desktop.services import templates as tsvc
    from desktop.services import units as usvc
    from desktop.store import open_store

    s = open_store(unit)
    with s.transaction() as ss:
        u = usvc.current_unit(ss)
        rec = tsvc.find(ss, "ls-12-2026")
        plan = psvc.create_plan(ss, u, rec, 2026)
        tasks = {t.template_ref: t for t in plan.tasks}
        assert "II.5" in tasks and "IV.5" not in tasks  # its own named task, not Na Sầm's
        assert "II.6" not in tasks  # the province's own task
        assert tasks["I.1"].superior_ref == "1" and tasks["I.1"].finish.code == "2026-01-31"
        rel = tasks["III.6"]
        assert rel.finish is None and rel.period_text == "Trong vòng 03 tháng kể từ khi Bộ Nội vụ hướng dẫn"
        assert tasks["I.3"].deadline.every == "month"
        # the relative deadline becomes dated when the commune enters the event's date
        import datetime as dt

        psvc.set_event_date(ss, rel, dt.date(2026, 2, 10))
        assert rel.finish.code == "2026-05-10" and rel.event_date == dt.date(2026, 2, 10)
    s.close()


def test_cli_blank_draft_and_missing_options(cli, tmp_path: Path) -> None:
    out = tmp_path / "blank.json"
    r = cli(
        "--data-dir",
        tmp_path / "d",
        "template",
        "draft",
        "--blank",
        "--province",
        "Lạng Sơn",
        "--id",
        "ls-mau-2026",
        "--out",
        out,
    )
    assert r.code == 0, r.err
    d = json.loads(out.read_text(encoding="utf-8"))
    assert d["province_code"] == 20 and d["task_groups"] == [] and d["id"] == "ls-mau-2026"
    r = cli(
        "--data-dir",
        tmp_path / "d",
        "template",
        "draft",
        "--from-table",
        out,
        "--province",
        LS,
        "--id",
        "ls-x-2026",
        "--out",
        tmp_path / "x.json",
    )
    assert r.code == 1 and "--number" in r.err and "--period" in r.err
    r = cli(
        "--data-dir",
        tmp_path / "d",
        "template",
        "draft",
        "--blank",
        "--province",
        "Atlantis",
        "--id",
        "ls-x-2026",
        "--out",
        tmp_path / "x.json",
    )
    assert r.code == 1 and "Atlantis" in r.err
    r = cli(
        "--data-dir",
        tmp_path / "d",
        "template",
        "draft",
        "--blank",
        "--province",
        LS,
        "--id",
        "LS 2026",
        "--out",
        tmp_path / "x.json",
    )
    assert r.code == 1 and "ls-12-2026" in r.err
    assert not (tmp_path / "x.json").exists()


def test_period_as_start_and_end_dates(cli, ls_city: Path, tmp_path: Path) -> None:
    table = _table(tmp_path, "xlsx")
    draft = tmp_path / "ls-dot.json"
    r = cli(
        "--data-dir",
        ls_city,
        "template",
        "draft",
        "--from-table",
        table,
        "--province",
        LS,
        "--id",
        "ls-cao-diem-2026",
        "--number",
        "45/KH-UBND",
        "--date",
        "2026-01-20",
        "--title",
        "Đợt cao điểm chuyển đổi số cấp xã",
        "--period",
        "2026-01-01..2026-12-31",
        "--out",
        draft,
    )
    assert r.code == 0, r.err
    d = json.loads(draft.read_text(encoding="utf-8"))
    assert d["period"] == {"start": 2026, "end": 2026, "from": "2026-01-01", "to": "2026-12-31"}
    assert cli("--data-dir", ls_city, "template", "publish", "--dry-run", draft).code == 0
    # a deadline outside a shorter period is named with the field and an example
    d["period"].update({"to": "2026-06-30"})
    draft.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    r = cli("--data-dir", ls_city, "template", "publish", "--dry-run", draft)
    assert r.code == 1 and "nằm ngoài thời kỳ của kế hoạch (01/01/2026 - 30/6/2026)" in r.err
    r = cli(
        "--data-dir",
        ls_city,
        "template",
        "draft",
        "--blank",
        "--province",
        LS,
        "--id",
        "ls-x-2026",
        "--period",
        "2026/2027",
        "--out",
        tmp_path / "x.json",
    )
    assert r.code == 1 and "2026-2030" in r.err and "2026-01-01..2026-12-31" in r.err


def test_hostile_tables_refused_by_name(tmp_path: Path) -> None:
    import zipfile

    from desktop.errors import UserError
    from desktop.services import table_import as ti

    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (310 * 1024 * 1024))
    with pytest.raises(UserError, match="bom.xlsx.*300 MB"):
        ti.read_table(bomb)
    # text from the table is data: control characters removed, formulas kept as text
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"])
    ws.append(["I", "NHÓM MỘT", None, None])
    ws.append([1, "Nhiệm vụ   có\n\n khoảng trắng", "@SUM(1)+1", "Quý I/2026"])
    f = tmp_path / "la.xlsx"
    wb.save(f)
    read = ti.read_table(f)
    t = read.tasks[0]
    assert t.content == "Nhiệm vụ có\nkhoảng trắng"
    assert t.lead == "@SUM(1)+1"
    assert ti._clean("a\x07b\x1b[31m\x00") == "ab[31m"  # control characters never reach a document
