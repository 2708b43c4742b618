"""The store reader without the ORM (desktop.store.rows) gives the documents exactly what the
ORM gives: every column, shared property and relationship, with the same Python types and in
the same orders, on the fixture stores, demo stores of several provinces and generated plans."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models.enums import Issuer, PlanKind, TaskStatus
from desktop.services import plans as psvc
from desktop.services import units as usvc
from desktop.store import open_store
from desktop.store.columns import COLUMNS
from desktop.store.rows import read_plan, report_texts

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "stores").glob("*.sqlite3"))

#: relationship -> (kind, child relationships to follow); "one" is a many-to-one compared by id
#: once its owner was compared (task.plan, update.task ...), "list"/"obj" are followed
RELATIONS: dict[str, dict[str, str]] = {
    "plans": {
        "unit": "obj",
        "template": "obj",
        "signer": "obj",
        "legal_bases": "list",
        "sections": "list",
        "tasks": "list",
        "targets": "list",
        "budget_lines": "list",
        "exports": "list",
    },
    "unit_profiles": {"signers": "list"},
    "signers": {"unit": "back"},
    "plan_tasks": {"plan": "back", "updates": "list", "evidence": "list"},
    "task_updates": {"task": "back"},
    "evidence": {"task": "back"},
    "plan_targets": {"plan": "back", "measurements": "list"},
    "target_measurements": {"target": "back"},
    "budget_lines": {"plan": "back", "task": "back"},
}
PROPERTIES: dict[str, tuple[str, ...]] = {
    "unit_profiles": ("issuer_body_full",),
    "signers": ("authority_lines",),
    "plans": ("first_day", "last_day", "whole_year"),
    "plan_tasks": ("is_custom", "deadline"),
    "plan_targets": ("is_custom",),
    "evidence": ("citation",),
}


def _same_value(where: str, a: Any, b: Any) -> None:
    assert type(a) is type(b), f"{where}: {type(a).__name__} != {type(b).__name__}"
    assert a == b, f"{where}: {a!r} != {b!r}"
    if isinstance(a, Decimal):
        assert str(a) == str(b), f"{where}: {a} != {b} (exponent)"


def assert_same(orm: Any, row: Any, where: str = "plan") -> int:
    """Compare recursively; returns how many values were compared."""
    table = orm.__table__.name
    n = 0
    for name, _kind in COLUMNS[table]:
        _same_value(f"{where}.{name}", getattr(orm, name), getattr(row, name))
        n += 1
    for prop in PROPERTIES.get(table, ()):
        _same_value(f"{where}.{prop}", getattr(orm, prop), getattr(row, prop))
        n += 1
    for rel, kind in RELATIONS.get(table, {}).items():
        a, b = getattr(orm, rel), getattr(row, rel)
        if kind == "back" or a is None or b is None:
            assert (a is None) == (b is None), f"{where}.{rel}"
            if a is not None:
                assert a.id == b.id, f"{where}.{rel}"
        elif kind == "obj":
            n += assert_same(a, b, f"{where}.{rel}")
        else:
            assert len(a) == len(b), f"{where}.{rel}: {len(a)} != {len(b)}"
            for i, (x, y) in enumerate(zip(a, b, strict=True)):
                n += assert_same(x, y, f"{where}.{rel}[{i}]")
    return n


def _row_plan(store: Any, plan_id: int) -> Any:
    con = sqlite3.connect(f"{store.data.db.as_uri()}?mode=ro", uri=True)
    try:
        plan = read_plan(con, plan_id)
    finally:
        con.close()
    assert plan is not None
    return plan


def _all_plans_equal(store: Any) -> int:
    with store.session() as s:
        ids = [pid for pid, _year in psvc.plan_list(s)]
    assert ids, "the store holds no plan"
    n = 0
    for pid in ids:
        n += assert_same(psvc.plan_snapshot(store, pid), _row_plan(store, pid))
    return n


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_fixture_stores_read_alike(fixture: Path, tmp_path: Path) -> None:
    d = tmp_path / "data"
    d.mkdir()
    shutil.copy(fixture, d / "khcds.sqlite3")
    store = open_store(d)  # migrates to the head
    try:
        assert _all_plans_equal(store) > 100
    finally:
        store.close()


CASES = [
    ("hp-325-2024", "11629", 2024),  # Xã An Lão, Hải Phòng
    ("hp-93-2021", "11914", 2022),  # Đặc khu Cát Hải
    ("hcm-2260-2016", "27097", 2017),  # Phường Bình Trưng
]


@pytest.mark.parametrize(("template", "unit", "year"), CASES, ids=[c[1] for c in CASES])
def test_demo_stores_read_alike(template: str, unit: str, year: int, tmp_path: Path) -> None:
    from desktop.services.demo import run_demo

    store = open_store(tmp_path / "data")
    try:
        plan_id = run_demo(store, template, unit, year).id
        assert _all_plans_equal(store) > 500
        with store.session() as s:
            orm = psvc.load_plan(s, plan_id)
            orm_docs = _documents(orm, None)
        assert orm_docs == _documents(_row_plan(store, plan_id), None)
    finally:
        store.close()


def test_party_own_and_long_task_read_alike(demo_store: Any) -> None:
    with demo_store.transaction() as s:
        unit = usvc.require_unit(s)
        party = psvc.create_plan(
            s, unit, None, 2025, kind=PlanKind.IMPLEMENTATION, issuer=Issuer.DANG_UY, subject="Thực hiện Nghị quyết 57"
        )
        own = psvc.create_plan(
            s, unit, None, 2026, start=dt.date(2026, 3, 1), end=dt.date(2026, 9, 30), subject="Kế hoạch riêng"
        )
        party_id, own_id = party.id, own.id
        demo = psvc.require_plan(s, unit, 2024)
        task = next(t for t in demo.tasks if t.adopted)
        psvc.set_task_field(s, demo.id, task.id, "content", "Nhiệm vụ rất dài; " * 280)
    n = _all_plans_equal(demo_store)
    assert n > 500
    for pid in (party_id, own_id):
        plan = _row_plan(demo_store, pid)
        assert plan.template is None and plan.tasks == []
    assert _row_plan(demo_store, own_id).whole_year is False


money = st.one_of(st.none(), st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False))
text = st.text(max_size=60)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    content=st.text(min_size=1, max_size=300).filter(str.strip),
    lead=st.one_of(st.none(), text),
    budget=money,
    status=st.sampled_from(list(TaskStatus)),
    percent=st.integers(0, 100),
    event=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))),
    approved=money,
    spent=money,
)
def test_generated_plans_read_alike(
    demo_store: Any,
    content: str,
    lead: str | None,
    budget: Decimal | None,
    status: TaskStatus,
    percent: int,
    event: dt.date | None,
    approved: Decimal | None,
    spent: Decimal | None,
) -> None:
    with demo_store.transaction() as s:
        plan = psvc.require_plan(s, usvc.require_unit(s), 2024)
        task = plan.tasks[len(plan.tasks) // 2]
        task.content, task.lead, task.budget = content, lead, budget
        task.status, task.percent, task.event_date = status, percent, event
        line = plan.budget_lines[0]
        line.approved, line.spent = approved, spent
        plan_id = plan.id
    assert_same(psvc.plan_snapshot(demo_store, plan_id), _row_plan(demo_store, plan_id))


def test_report_texts_as_the_orm_reads_them(demo_store: Any) -> None:
    from desktop.services import reports

    with demo_store.transaction() as s:
        plan = psvc.require_plan(s, usvc.require_unit(s), 2024)
        p = psvc.report_period_of(plan, "q2")
        key = sorted(reports.KEYS)[0]
        reports.set_text(s, plan, p, key, "Khó khăn: thiếu máy tính.")
        expected = reports.texts_for(s, plan, p)
        plan_id = plan.id
    con = sqlite3.connect(f"{demo_store.data.db.as_uri()}?mode=ro", uri=True)
    try:
        assert report_texts(con, plan_id, p) == expected == {key: "Khó khăn: thiếu máy tính."}
    finally:
        con.close()


def test_columns_module_is_generated_from_the_orm() -> None:
    r = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_store_columns.py"), "--check"], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stderr


def test_rows_module_never_imports_sqlalchemy() -> None:
    code = "import sys, desktop.store.rows; print('sqlalchemy' in sys.modules)"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.stdout.strip() == "False", r.stderr


def _documents(plan: Any, previous: Any) -> list[bytes]:
    from desktop.documents.build_plan import build_plan
    from desktop.documents.build_report import build_report
    from desktop.documents.render import render
    from desktop.services.plan_content import plan_content
    from desktop.services.plan_rules import report_period_of
    from desktop.services.report_content import report_content

    plan_doc = build_plan(plan, content=plan_content(plan, previous))
    period = report_period_of(plan, "q2" if plan.whole_year else "year")
    report_doc = build_report(plan, period, content=report_content(plan, period))
    return [render(plan_doc, "docx"), render(plan_doc, "pdf"), render(report_doc, "docx"), render(report_doc, "pdf")]


def test_documents_from_either_are_byte_identical(demo_store: Any) -> None:
    from desktop.store.rows import previous_plan

    # the demo's 2024 plan with a 2025 plan after it that drafts the part on the previous year
    with demo_store.transaction() as s:
        unit = usvc.require_unit(s)
        nxt = psvc.create_plan(s, unit, None, 2025, subject="Chuyển đổi số năm 2025")
        psvc.set_previous_year(s, nxt.id, "")
        ids = [psvc.require_plan(s, unit, 2024).id, nxt.id]
    for pid in ids:
        with demo_store.session() as s:
            orm = psvc.load_plan(s, pid)
            orm_docs = _documents(orm, psvc.previous_plan(s, orm))
        con = sqlite3.connect(f"{demo_store.data.db.as_uri()}?mode=ro", uri=True)
        try:
            row = read_plan(con, pid)
            row_docs = _documents(row, previous_plan(con, row))
        finally:
            con.close()
        assert [len(d) for d in orm_docs] == [len(d) for d in row_docs]
        assert orm_docs == row_docs, f"plan {pid}: the documents differ"
    assert "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024" in service_text(demo_store, ids[1])


def service_text(store: Any, plan_id: int) -> str:
    from desktop.services.documents import plan_document

    return plan_document(store, None, plan_id=plan_id).plain_text()


@pytest.mark.parametrize("how", ["plain", "pooled"])
def test_a_plan_is_read_from_one_state_of_the_store(demo_store: Any, how: str) -> None:
    """Another program's change landing between the reader's queries is not half seen: inside
    one_snapshot every query reads the state of the store at its first; after it, the change."""
    from desktop.store.rows import one_snapshot

    with demo_store.session() as s:
        plan_id = psvc.require_plan(s, usvc.require_unit(s), 2024).id
    pooled = demo_store.engine.raw_connection()
    con: Any = sqlite3.connect(f"{demo_store.data.db.as_uri()}?mode=ro", uri=True) if how == "plain" else pooled
    try:
        with one_snapshot(con):
            first = read_plan(con, plan_id)
            assert first is not None
            writer = sqlite3.connect(demo_store.data.db, timeout=5)
            writer.execute("UPDATE plan_tasks SET content = 'Đổi trong lúc in' WHERE plan_id = ?", (plan_id,))
            writer.commit()
            writer.close()
            again = read_plan(con, plan_id)
            assert again is not None
            assert [t.content for t in again.tasks] == [t.content for t in first.tasks]
            assert "Đổi trong lúc in" not in {t.content for t in first.tasks}
        after = read_plan(con, plan_id)
        assert after is not None and {t.content for t in after.tasks} == {"Đổi trong lúc in"}
    finally:
        if how == "plain":
            con.close()
        pooled.close()
