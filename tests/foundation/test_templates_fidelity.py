"""The built-in templates hold what the seeds print: counts, numbering, totals."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from desktop.models.enums import BudgetColumn, Level
from desktop.models.template import Template
from desktop.resources import resource_path
from desktop.services import templates as tsvc

TEMPLATES = resource_path("templates")


def load(name: str) -> Template:
    return tsvc.load_file(TEMPLATES / f"{name}.json")


@pytest.fixture(scope="module")
def t325() -> Template:
    return load("hp-325-2024")


def test_every_builtin_validates() -> None:
    files = tsvc.builtin_files()
    assert {p.stem for p in files} >= {"hp-93-2021", "hp-325-2024", "hcm-2260-2016", "ct-11-2021"}
    for p in files:
        tsvc.load_file(p)


def test_325_tasks_in_12_groups(t325: Template) -> None:
    assert len(t325.task_groups) == 12
    assert len(t325.tasks) == 38
    assert [g.number for g in t325.task_groups] == [
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "VII",
        "VIII",
        "IX",
        "X",
        "XI",
        "XII",
    ]
    assert [len(g.tasks) for g in t325.task_groups] == [6, 6, 3, 1, 2, 3, 1, 1, 3, 3, 8, 1]
    first = t325.task_groups[0].tasks[0]
    assert first.content.startswith("Ban hành chính sách cung cấp và sử dụng dịch vụ công trực tuyến")
    assert first.start.code == "2024-Q1" and first.finish.code == "2024-Q1"
    assert first.lead == "Sở Thông tin và Truyền thông"
    assert first.support == "Cục Chuyển đổi số quốc gia, Bộ TTTT"
    i5 = t325.task_groups[0].tasks[4]
    assert (i5.start.code, i5.finish.code) == ("2024-01", "2024-05")
    assert all(t.lead for t in t325.tasks)


def test_325_targets_by_level(t325: Template) -> None:
    online = next(t for t in t325.targets if "hồ sơ công việc" in t.text)
    assert online.value_for(Level.CITY) == 80
    assert online.value_for(Level.DISTRICT) == 70
    assert online.value_for(Level.COMMUNE) == 50
    assert set(online.binds) == {Level.CITY, Level.DISTRICT, Level.COMMUNE}
    grdp = next(t for t in t325.targets if "GRDP" in (t.printed or t.text))
    assert grdp.binds == (Level.CITY,)
    assert "Phấn đấu" in (grdp.printed or "") or "Phấn đấu" in grdp.text


def test_325_budget_counts(t325: Template) -> None:
    assert t325.budget is not None
    counts = {s.id: len(s.lines) for s in t325.budget.sections}
    assert counts == {"A": 14, "B": 39, "C": 24, "D": 4}
    assert len(t325.budget.lines) == 81
    for s in t325.budget.sections:
        assert [ln.number for ln in s.lines] == [str(i) for i in range(1, len(s.lines) + 1)]


def test_325_printed_totals(t325: Template) -> None:
    b = t325.budget
    a = b.sections[0]
    assert a.printed_total[BudgetColumn.APPROVED] == Decimal("212078")
    assert a.printed_total[BudgetColumn.PLANNED] == Decimal("48239")
    sec_b = b.sections[1]
    assert sec_b.printed_total[BudgetColumn.APPROVED] == Decimal("1158731")
    # an amount with decimals kept exactly
    assert any(
        ln.amounts.get(BudgetColumn.SPENT) == Decimal("329.7") or ln.amounts.get(BudgetColumn.SPENT) == Decimal("24.7")
        for ln in sec_b.lines
    )
    summary = b.summary
    assert summary is not None
    rows = {r.section: r for r in summary.rows}
    assert rows["A"].amounts[BudgetColumn.APPROVED] == Decimal("212078")
    assert rows["C"].amounts[BudgetColumn.REQUESTED] == Decimal("630090")
    assert summary.printed_total[BudgetColumn.APPROVED] == Decimal("1617733")
    # E agrees with the section totals, and its total with its rows
    for sec in b.sections:
        for col, amount in rows[sec.id].amounts.items():
            if amount is not None:
                assert sec.printed_total[col] == amount
    for col, total in summary.printed_total.items():
        assert total == sum((r.amounts.get(col) or 0 for r in summary.rows), Decimal(0))


def test_325_rounding_differences_exactly_as_documented(t325: Template) -> None:
    """The seed README lists the printed totals that are not the sum of their lines."""
    found = {(d.section, d.group, d.column.value): (d.printed, d.computed) for d in t325.total_differences()}
    D = Decimal
    assert found == {
        ("B", None, "approved"): (D("1158731"), D("1158730")),
        ("B", None, "spent"): (D("129620"), D("129620.3")),
        ("B", None, "carried_over"): (D("71660"), D("71659.75")),
        ("B", None, "planned"): (D("274069"), D("274070")),
        ("B", "Văn phòng Ủy ban nhân dân thành phố", "planned"): (D("1246"), D("1247")),
        ("B", "Sở Nội Vụ", "planned"): (D("8699"), D("8698")),
        ("B", "Sở Du lịch", "planned"): (D("5150"), D("5149")),
        ("B", "Sở Công thương", "planned"): (D("15232"), D("15233")),
    }


def test_325_groups_without_numeral_kept(t325: Template) -> None:
    b = t325.budget
    noi_vu = [g for g in b.sections[1].groups if g.title.lower().startswith("sở nội vụ")]
    assert noi_vu and noi_vu[0].number is None
    thong_ke = [g for g in b.sections[2].groups if "Thống kê" in g.title]
    assert thong_ke and thong_ke[0].number is None


def test_93_appendix_43_tasks_no_group_vi() -> None:
    t = load("hp-93-2021")
    assert [g.number for g in t.task_groups] == ["I", "II", "III", "IV", "V", "VII", "VIII"]
    assert len(t.tasks) == 43
    online = next(x for x in t.targets if "hồ sơ công việc" in x.text.lower() and x.year is None)
    assert (online.value_for(Level.CITY), online.value_for(Level.DISTRICT), online.value_for(Level.COMMUNE)) == (
        90,
        80,
        60,
    )
    assert t.annual_report_deadline(2024).isoformat() == "2024-12-15"
    assert t.section("roadmap") is not None
    assert (t.period_start, t.period_end) == (2021, 2025)


def test_hcm_2260_decision_with_plan() -> None:
    t = load("hcm-2260-2016")
    assert t.kind == "QĐ" and t.number == "2260/QĐ-UBND"
    assert t.attached_plan_title
    assert len(t.task_groups) >= 5 and len(t.tasks) >= 30
    assert any(task.lead and task.lead.startswith("Sở") for task in t.tasks)
    assert t.section("promulgation") is not None


def test_ct_11_targets_per_level() -> None:
    t = load("ct-11-2021")
    online = next(x for x in t.targets if set(x.values) >= {"city", "district", "commune"})
    assert (online.value_for(Level.CITY), online.value_for(Level.DISTRICT), online.value_for(Level.COMMUNE)) == (
        85,
        65,
        35,
    )
    assert t.source_note


def test_commune_tasks_where_the_source_names_communes() -> None:
    """Tasks bind communes where the seed names them; 93/KH-UBND's appendix names none."""
    assert len(load("hp-325-2024").tasks_for(Level.COMMUNE)) == 19
    assert load("ct-11-2021").tasks_for(Level.COMMUNE)
    assert load("hcm-2260-2016").tasks_for(Level.COMMUNE)
    t93 = load("hp-93-2021")
    assert t93.tasks_for(Level.COMMUNE) == []
    assert len(t93.tasks_for(Level.DISTRICT)) == 25


def test_cli_templates_list_json(cli, data_dir: Path) -> None:
    import json

    r = cli("--data-dir", data_dir, "templates", "list", "--json")
    assert r.code == 0, r.err
    rows = {x["id"]: x for x in json.loads(r.out)}
    for row in rows.values():
        assert {"id", "number", "issuer", "title", "period", "tasks", "targets", "budget_lines"} <= set(row)
    assert rows["hp-325-2024"]["tasks"] == 38
    assert rows["hp-325-2024"]["budget_lines"] == 81
    assert rows["hp-325-2024"]["number"] == "325/KH-UBND"
    assert rows["hp-93-2021"]["tasks"] == 43
    assert rows["hp-93-2021"]["period"] == "2021-2025"
