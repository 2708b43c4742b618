"""What the documents say, read as a văn thư reads them, over every built-in template and the
units they serve: a xã, a phường, an đặc khu, a unit named after a person and one named with a
number, a xã of a tỉnh (Lạng Sơn, its template derived here) with a plan without budget; the
plan and every period's report, in the model, in DOCX and in PDF.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import docx
import pypdf
import pytest

from desktop.documents import citations
from desktop.documents.build_report import POINT_LETTERS
from desktop.models.period import report_period
from desktop.services import documents as service
from desktop.services import plans as psvc
from desktop.services import units as usvc

ROOT = Path(__file__).resolve().parents[2]
PERIODS = ["q1", "q2", "q3", "q4", "h1", "year"]


@dataclass(frozen=True)
class Case:
    name: str
    template: str
    unit: str
    year: int
    budget: bool = True


CASES = [
    Case("hp325-xa", "hp-325-2024", "11629", 2024),  # Xã An Lão, Hải Phòng
    Case("hp93-dac-khu", "hp-93-2021", "11914", 2022),  # Đặc khu Cát Hải, a 2021-2025 plan
    Case("hcm-phuong", "hcm-2260-2016", "27097", 2017),  # Phường Bình Trưng, a decision with its plan
    Case("ct-phuong-so", "ct-11-2021", "31480", 2021),  # Phường Long Phú 1: a number in the name
    Case("ls-tinh", "ls-45-2026", "06517", 2026, budget=False),  # Xã Quan Sơn, tỉnh Lạng Sơn
    Case("hp325-ten-nguoi", "hp-325-2024", "11911", 2024),  # Xã Nguyễn Bỉnh Khiêm
]
BY_NAME = {c.name: c for c in CASES}


def lang_son_template() -> bytes:
    """A tỉnh's template: Lạng Sơn's 2026 plan, derived from the Hải Phòng seed."""
    d = json.loads((ROOT / "resources" / "templates" / "hp-325-2024.json").read_text(encoding="utf-8"))
    d["id"], d["province_code"], d["budget"] = "ls-45-2026", 20, None
    d["period"] = {"start": 2026, "end": 2026}
    # the tasks' times moved with the plan's year (a template's dates lie inside its period)
    for g in d["task_groups"]:
        for t in g["tasks"]:
            for k in ("start", "finish"):
                if t.get(k):
                    t[k] = str(int(t[k][:4]) + 2) + t[k][4:]
    for t in d["targets"]:
        if t.get("year"):
            t["year"] += 2
    d["document"].update(
        place="Lạng Sơn",
        issuer="Ủy ban nhân dân tỉnh Lạng Sơn",
        number="45/KH-UBND",
        date="2026-01-12",
        title="Chuyển đổi số tỉnh Lạng Sơn năm 2026",
    )
    return json.dumps(d, ensure_ascii=False).encode("utf-8")


def _build(root: Path, case: Case) -> Path:
    from desktop.services import templates as tsvc
    from desktop.services.demo import run_demo
    from desktop.store import open_store

    d = root / case.name
    s = open_store(d)
    try:
        if case.template.startswith("ls-"):
            t, canonical = tsvc.read_template_bytes(lang_son_template(), "ls-45-2026.json")
            with s.transaction() as ses:
                tsvc.add_template(ses, t, canonical, "file")
        run_demo(s, case.template, case.unit, case.year)
        if not case.budget:
            with s.transaction() as ses:
                plan = psvc.require_plan(ses, usvc.current_unit(ses), case.year)
                plan.budget_lines.clear()
        s.checkpoint()
    finally:
        s.close()
    return d


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("content-world")
    return {c.name: _build(root, c) for c in CASES}


@pytest.fixture
def store_of(world: dict[str, Path], tmp_path: Path):  # type: ignore[no-untyped-def]
    from desktop.store import open_store

    opened = []

    def get(name: str, copy: bool = False):  # type: ignore[no-untyped-def]
        d = world[name]
        if copy:
            d = tmp_path / name
            shutil.copytree(world[name], d)
        s = open_store(d)
        opened.append(s)
        return s

    yield get
    for s in opened:
        s.close()


def _plan_text(store, case: Case) -> str:  # type: ignore[no-untyped-def]
    return service.plan_document(store, case.year).plain_text()


def _report_text(store, case: Case, period: str) -> str:  # type: ignore[no-untyped-def]
    return service.report_document(store, case.year, period)[0].plain_text()


def _docx_text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    parts += [c.text for t in d.tables for r in t.rows for c in r.cells]
    return "\n".join(parts)


def _pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _check_common(text: str, case: Case) -> None:
    """What holds in every document of every unit."""
    flat = _flat(text)
    assert ";." not in flat
    assert "về về" not in flat.lower()
    assert "Căn cứ Triển khai" not in flat
    # months 1 and 2 take a leading zero, in every date form
    assert not re.search(r"(?<![\d/])\d{1,2}/[12]/\d{4}", flat), re.findall(r"\S*\d/[12]/\d{4}", flat)
    assert not re.search(r"tháng [12] năm", flat)
    assert not re.search(r"\bngày \d\b", flat)
    # every cited document is named by the type in its number
    for word, number in re.findall(r"(Kế hoạch|Quyết định|Nghị quyết|Chỉ thị|Thông báo) số (\S+)", flat):
        code = citations.type_code(number.rstrip(";.,)"))
        if code:
            assert citations.KIND_WORDS[code] == word, (word, number)
    assert "100 %" not in flat


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_plan_and_every_report_in_model_docx_and_pdf(store_of, case: Case) -> None:  # type: ignore[no-untyped-def]
    s = store_of(case.name)
    text = _plan_text(s, case)
    _check_common(text, case)
    docs = [("plan", text, service.render_plan(s, case.year, "docx"), service.render_plan(s, case.year, "pdf"))]
    for period in PERIODS:
        rt = _report_text(s, case, period)
        _check_common(rt, case)
        docs.append(
            (
                period,
                rt,
                service.render_report(s, case.year, period, "docx"),
                service.render_report(s, case.year, period, "pdf"),
            )
        )
    for name, model_text, dx, pdf in docs:
        for written in (_docx_text(dx), _pdf_text(pdf)):
            _check_common(written, case)
            # what the model says reaches both files: the date line and the first căn cứ or the citation
            first = next(x for x in model_text.splitlines() if ", ngày" in x)
            assert _flat(first) in _flat(written), (name, first)


def test_decision_cited_with_the_plan_it_attaches(store_of) -> None:  # type: ignore[no-untyped-def]
    case = BY_NAME["hcm-phuong"]
    text = _flat(_plan_text(store_of(case.name), case))
    cite = (
        "Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước giai đoạn 2016 - 2020 "
        "ban hành kèm theo Quyết định số 2260/QĐ-UBND ngày 03 tháng 5 năm 2016 của Ủy ban nhân dân "
        "Thành phố Hồ Chí Minh"
    )
    assert f"Căn cứ {cite};" in text  # the căn cứ
    assert f"Triển khai thực hiện hiệu quả {cite} trên địa bàn phường Bình Trưng" in text  # the body
    assert "Kế hoạch số 2260" not in text
    assert "Căn cứ Nghị định số 64/2007/NĐ-CP ngày 10 tháng 4 năm 2007" in text
    hp = _flat(_plan_text(store_of("hp93-dac-khu"), BY_NAME["hp93-dac-khu"]))
    assert "Căn cứ Nghị định số 64/2007/NĐ-CP ngày 22 tháng 3 năm 2007 của Chính phủ" in hp
    assert "Căn cứ Kế hoạch số 93/KH-UBND ngày 06 tháng 4 năm 2021 của Ủy ban nhân dân thành phố Hải Phòng về" in hp


def test_citation_helper() -> None:
    d = dt.date(2026, 1, 5)
    assert (
        citations.cite("11-KH/BCĐ", d, "Ban Chỉ đạo xã X", "Về triển khai Nghị quyết 57")
        == "Kế hoạch số 11-KH/BCĐ ngày 05 tháng 01 năm 2026 của Ban Chỉ đạo xã X về triển khai Nghị quyết 57"
    )
    assert citations.cite("33/QĐ-UBND", dt.date(2025, 2, 20), "UBND xã Y").startswith(
        "Quyết định số 33/QĐ-UBND ngày 20 tháng 02 năm 2025"
    )
    assert citations.cite("57-NQ/TW", dt.date(2024, 12, 22)) == "Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024"
    assert citations.cite("6074/BTTTT-CĐSQG").startswith("Văn bản số 6074/BTTTT-CĐSQG")
    assert (
        citations.normalise("Kế hoạch số 33/QĐ-UBND ngày 5/1/2024 về về việc")
        == "Quyết định số 33/QĐ-UBND ngày 05 tháng 01 năm 2024 về việc"
    )
    assert citations.normalise("Quyết định số 11-KH/BCĐ") == "Kế hoạch số 11-KH/BCĐ"


def test_report_cites_the_plan_as_its_header_prints_it(store_of) -> None:  # type: ignore[no-untyped-def]
    case = BY_NAME["hp325-xa"]
    s = store_of(case.name, copy=True)
    with s.transaction() as ses:
        plan = psvc.require_plan(ses, usvc.current_unit(ses), case.year)
        plan.number, plan.issue_date = "5", dt.date(2024, 1, 5)
    plan_text = _flat(_plan_text(s, case))
    assert "Số: 05/KH-UBND" in plan_text and "An Lão, ngày 05 tháng 01 năm 2024" in plan_text
    for period in ("q1", "year"):
        rt = _flat(_report_text(s, case, period))
        assert (
            "Thực hiện Kế hoạch số 05/KH-UBND ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân xã An Lão "
            "về chuyển đổi số xã An Lão năm 2024;"
        ) in rt


def test_numbering_points_and_khoan(store_of) -> None:  # type: ignore[no-untyped-def]
    for case in CASES:
        s = store_of(case.name)
        rt = _report_text(s, case, "year")
        letters = [m for m in re.findall(r"^([a-zđ]+)\) ", rt, re.M)]
        assert letters == POINT_LETTERS[: len(letters)], letters
        assert "f" not in letters and "j" not in letters
        for doc in (service.plan_document(s, case.year), service.report_document(s, case.year, "q2")[0]):
            for b in doc.all_blocks():
                t = getattr(b, "text", None)
                if not isinstance(t, str) or not re.match(r"^\d+\.?\s", t):
                    continue
                assert re.match(r"^\d+\. ", t), t  # ``1. ...`` with the period
                bold = all(r.bold for r in b.runs)  # type: ignore[attr-defined]
                if bold:  # a titled khoản stands alone: its text is never run into the title
                    assert not re.match(r"^\d+\. [^:]{2,60}: \S", t), t
                else:
                    m = re.match(r"^\d+\. ([^:.;]{2,60}): ", t)
                    assert not (m and len(m.group(1).split()) <= 8), t
    # the Cần Thơ report lists each pillar once (an own task joins the province's group)
    ct = BY_NAME["ct-phuong-so"]
    names = [
        re.sub(r"^[a-zđ]+\) ", "", x).split(":")[0].lower()
        for x in re.findall(r"^[a-zđ]+\) [^\n]+", _report_text(store_of(ct.name), ct, "year"), re.M)
    ]
    assert len(names) == len(set(names))
    assert not any(n == "an toàn thông tin mạng" for n in names)


def test_date_line_and_recipients_by_unit(store_of) -> None:  # type: ignore[no-untyped-def]
    expected = {
        "hp325-xa": ("An Lão, ngày", "UBND thành phố Hải Phòng;", "TT Đảng ủy, TT HĐND xã;"),
        "hp93-dac-khu": ("Cát Hải, ngày", "UBND thành phố Hải Phòng;", "TT Đảng ủy, TT HĐND đặc khu;"),
        "hcm-phuong": ("Bình Trưng, ngày", "UBND thành phố Hồ Chí Minh;", "TT Đảng ủy, TT HĐND phường;"),
        "ct-phuong-so": ("Phường Long Phú 1, ngày", "UBND thành phố Cần Thơ;", "TT Đảng ủy, TT HĐND phường;"),
        "ls-tinh": ("Quan Sơn, ngày", "UBND tỉnh Lạng Sơn;", "TT Đảng ủy, TT HĐND xã;"),
        "hp325-ten-nguoi": ("Xã Nguyễn Bỉnh Khiêm, ngày", "UBND thành phố Hải Phòng;", "TT Đảng ủy, TT HĐND xã;"),
    }
    kinh_gui = {
        "ls-tinh": "Kính gửi: Ủy ban nhân dân tỉnh Lạng Sơn.",
        "hcm-phuong": "Kính gửi: Ủy ban nhân dân thành phố Hồ Chí Minh.",
    }
    for case in CASES:
        s = store_of(case.name)
        place, first, council = expected[case.name]
        for kind, text in (("plan", _plan_text(s, case)), ("report", _report_text(s, case, "q2"))):
            lines = text.splitlines()
            assert any(x.startswith(place) for x in lines), (case.name, place)
            after = lines[lines.index("Nơi nhận:") + 1 :]
            assert council in after, (case.name, after[:6])
            if kind == "plan":
                assert after[0] == first, (case.name, after[:6])
            else:  # the province is the Kính gửi: ``Như trên``, not named twice
                assert after[0] == "Như trên;" and first not in after, (case.name, after[:6])
            assert not any(x.startswith("UBND Hồ Chí Minh") for x in lines)
        if case.name in kinh_gui:
            assert kinh_gui[case.name] in _report_text(s, case, "q2")


def test_evidence_files_by_the_update_date(store_of) -> None:  # type: ignore[no-untyped-def]
    """The demo attaches files with its June update: they are in the Q2 report (though the rows
    were created today), not in Q1's."""
    case = BY_NAME["hp325-xa"]
    s = store_of(case.name)
    q2, q1 = _report_text(s, case, "q2"), _report_text(s, case, "q1")
    files = re.findall(r"bien-ban-nghiem-thu-\d+", q2)
    assert files
    assert not re.search(r"bien-ban-nghiem-thu-\d+", q1)
    d = docx.Document(io.BytesIO(service.render_report(s, case.year, "q2", "docx")))
    cells = "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    assert files[0] in cells


def _target_rows(store, case: Case, period: str) -> list[list[str]]:  # type: ignore[no-untyped-def]
    doc = service.report_document(store, case.year, period)[0]
    table = next(b for b in doc.all_blocks() if getattr(b, "header", None) and b.header[0].cells[-1].text == "Đánh giá")
    return [[c.text for c in r.cells] for r in table.rows]


def _verdicts(rows: list[list[str]]) -> list[str]:
    return [r[-1] for r in rows]


def test_targets_judged_only_when_due(store_of) -> None:  # type: ignore[no-untyped-def]
    case = BY_NAME["hp325-xa"]
    s = store_of(case.name)
    for period in ("q1", "q2", "q3", "h1"):
        rt = _report_text(s, case, period)
        verdicts = _verdicts(_target_rows(s, case, period))
        assert verdicts and "Chưa đạt" not in verdicts and "Chỉ tiêu chưa đạt" not in rt
        assert set(verdicts) <= {"Đạt", "Chưa đến hạn đánh giá", ""}
    year = _report_text(s, case, "year")
    rows = _target_rows(s, case, "year")
    assert set(_verdicts(rows)) <= {"Đạt", "Chưa đạt", ""} and "Chưa đạt" in _verdicts(rows)
    assert "Chỉ tiêu chưa đạt" in year
    # a measurement is shown with its date: June figures are not "to the end of the year"
    assert all(re.fullmatch(r"\d+(,\d+)?\n\(25/6/2024\)", r[4]) for r in rows), [r[4] for r in rows]
    # a 2021-2025 plan: targets of the period, not of one year; not failed in 2022
    mc = BY_NAME["hp93-dac-khu"]
    ms = store_of(mc.name)
    plan = _flat(_plan_text(ms, mc))
    assert "Các chỉ tiêu cụ thể giai đoạn 2021-2025" in plan and "chỉ tiêu cụ thể năm 2022" not in plan
    year22 = _report_text(ms, mc, "year")
    assert "(đến năm 2025)" in year22
    assert "Chưa đạt" not in _verdicts(_target_rows(ms, mc, "year"))


def test_appendices_referred_to_only_as_printed(store_of) -> None:  # type: ignore[no-untyped-def]
    ls = BY_NAME["ls-tinh"]
    s = store_of(ls.name)
    text = _plan_text(s, ls)
    assert "Phụ lục II" not in text and not re.search(r"Phụ lục I\b", text)
    assert "tại Phụ lục kèm theo Kế hoạch này" in text
    assert "\nPhụ lục\n" in text  # the single appendix, unnumbered
    for fmt_text in (
        _docx_text(service.render_plan(s, ls.year, "docx")),
        _pdf_text(service.render_plan(s, ls.year, "pdf")),
    ):
        assert "Phụ lục II" not in fmt_text and not re.search(r"Phụ lục I\b", fmt_text)
    hp = _plan_text(store_of("hp325-xa"), BY_NAME["hp325-xa"])
    assert "\nPhụ lục I\n" in hp and "\nPhụ lục II\n" in hp and "(chi tiết tại Phụ lục II)" in hp


def test_a_tinh_commune_speaks_of_its_tinh(store_of) -> None:  # type: ignore[no-untyped-def]
    ls = BY_NAME["ls-tinh"]
    s = store_of(ls.name)
    plan = _plan_text(s, ls)
    assert "STT | Chỉ tiêu | Đơn vị tính | Tỉnh giao cho cấp xã | Đơn vị đăng ký" in plan
    assert "(mức tỉnh giao cho cấp xã và mức xã Quan Sơn đăng ký)" in plan
    assert "chỉ tiêu của tỉnh giao cho cấp xã" in plan and "nguồn hỗ trợ của tỉnh" in plan
    for phrase in ("Thành phố giao", "thành phố giao", "của thành phố giao", "UBND Lạng Sơn"):
        assert phrase not in plan
    assert "Căn cứ Kế hoạch số 45/KH-UBND ngày 12 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Lạng Sơn" in plan
    for period in PERIODS:
        rt = _report_text(s, ls, period)
        assert "mức thành phố" not in rt and "(mức tỉnh giao cho cấp xã)" in rt


def test_province_groups_and_numbers_in_its_order(store_of) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import templates as tsvc

    for name in ("hp325-xa", "ls-tinh"):
        case = BY_NAME[name]
        s = store_of(name)
        d = docx.Document(io.BytesIO(service.render_plan(s, case.year, "docx")))
        table = next(t for t in d.tables if t.rows[0].cells[1].text == "Nội dung nhiệm vụ")
        groups = [(r.cells[0].text, r.cells[1].text) for r in table.rows[1:] if r.cells[1].text.isupper()]
        with s.session() as ses:
            tpl = tsvc.parse(psvc.require_plan(ses, usvc.current_unit(ses), case.year).template)
        printed = {g.title.upper(): g.number for g in tpl.task_groups}
        order = [g.title.upper() for g in tpl.task_groups]
        province = [g for g in groups if g[1] in printed]
        assert province and all(num == printed[title] for num, title in province)  # VII stays VII
        assert [t for _, t in province] == sorted((t for _, t in province), key=order.index)
        assert groups[-1][1].startswith("NHIỆM VỤ XÃ") and groups[-1][1].endswith("BỔ SUNG")
        from desktop.documents.common import roman
        from desktop.services.plan_content import _roman_value

        assert groups[-1][0] == roman(max(_roman_value(n) for n, _ in province) + 1)


def test_task_sub_items_on_their_own_lines(store_of) -> None:  # type: ignore[no-untyped-def]
    case = BY_NAME["hp325-xa"]
    s = store_of(case.name)
    doc = service.plan_document(s, case.year)
    text = doc.plain_text()
    assert "Triển khai nhiệm vụ bảo đảm an toàn thông tin theo cấp độ cho các hệ thống thông tin" in text
    paras = [b.text for b in doc.all_blocks() if isinstance(getattr(b, "text", None), str)]
    assert any(p.startswith("+ Sử dụng hiệu quả Nền tảng hỗ trợ quản lý bảo đảm an toàn thông tin") for p in paras)
    d = docx.Document(io.BytesIO(service.render_plan(s, case.year, "docx")))
    cell = next(
        c.text
        for t in d.tables
        for r in t.rows
        for c in r.cells
        if c.text.startswith("Triển khai nhiệm vụ bảo đảm an toàn thông tin theo cấp độ")
    )
    assert "\n- Sử dụng hiệu quả Nền tảng" in cell


def test_province_departments_not_copied_as_the_communes(tmp_path: Path) -> None:
    """A fresh plan (no demo edits): the province's departments guide, the commune leads; the
    province's lines that assign work to its departments are not copied into the commune's plan."""
    from desktop.services import templates as tsvc
    from desktop.store import open_store

    for key, code, year in (("hp-325-2024", "11629", 2024), ("hcm-2260-2016", "27097", 2017)):
        d = tmp_path / f"fresh-{key}"
        s = open_store(d)
        try:
            with s.transaction() as ses:
                tsvc.sync_builtins(ses)
                unit = usvc.create_unit(ses, usvc.spec_for_directory_unit(code))
                psvc.create_plan(ses, unit, tsvc.find(ses, key), year)
            doc = service.plan_document(s, year)
            text = doc.plain_text()
            paras = [b.text for b in doc.all_blocks() if isinstance(getattr(b, "text", None), str)]
            assert not any(
                re.match(r"^[-+]?\s*(Các sở, ngành thành phố|Các Sở, ban, ngành|Sở [A-ZĐ])", p) for p in paras
            )
            rows = [x.split(" | ") for x in text.splitlines() if x.count(" | ") == 6]
            leads = [r[4] for r in rows[1:] if r[0].isdigit()]
            assert leads and not any(x.startswith(("Sở ", "Các sở", "Các Sở")) for x in leads)
            assert any("(hướng dẫn)" in r[5] for r in rows)
            if key.startswith("hcm"):  # the city's solutions, without its own apparatus, renumbered
                sol = text.split("III. GIẢI PHÁP THỰC HIỆN\n")[1].split("\nIV. ")[0].splitlines()
                assert sol and not any(re.search(r"sở, ban, ngành|quận, huyện", x, re.I) for x in sol)
                numbers = [int(m.group(1)) for x in sol if (m := re.match(r"^(\d+)\. ", x))]
                assert numbers == list(range(1, len(numbers) + 1)) and numbers
        finally:
            s.close()


def test_party_plan_cited_in_its_own_form(store_of) -> None:  # type: ignore[no-untyped-def]
    from desktop.documents.build_report import plan_citation

    case = BY_NAME["hp325-xa"]
    s = store_of(case.name, copy=True)
    with s.session() as ses:
        plan = psvc.require_plan(ses, usvc.current_unit(ses), case.year)
        plan.number, plan.issue_date = "11", dt.date(2026, 2, 3)
        plan.__dict__["issuer"] = "ban_chi_dao"  # the plans of a Ban Chỉ đạo (an attribute of newer plans)
        assert plan_citation(plan).startswith("Kế hoạch số 11-KH/BCĐ ngày 03 tháng 02 năm 2026")
        plan.__dict__["issuer"] = "ubnd"
        assert plan_citation(plan).startswith("Kế hoạch số 11/KH-UBND ngày 03 tháng 02 năm 2026")
        ses.rollback()


_ = report_period
