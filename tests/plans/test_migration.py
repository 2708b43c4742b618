"""Stores of every released schema migrate to several plans a year with their single plan intact."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models.enums import Issuer, PlanKind, TargetMeasure
from desktop.models.orm import Plan
from desktop.store import open_store

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures" / "stores").glob("*.sqlite3"))


def test_a_fixture_for_every_released_schema() -> None:
    assert [f.name.split("-")[0] for f in FIXTURES][:3] == ["0001", "0002", "0003"]


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_old_store_keeps_its_single_plan(fixture: Path, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    d = tmp_path / "data"
    d.mkdir()
    shutil.copy(fixture, d / "khcds.sqlite3")
    with sqlite3.connect(d / "khcds.sqlite3") as c:
        tasks = c.execute("SELECT count(*) FROM plan_tasks").fetchone()[0]
        measurements = c.execute("SELECT count(*) FROM target_measurements").fetchone()[0]
        subject = c.execute("SELECT subject FROM plans").fetchone()[0]
    s = open_store(d)
    try:
        with s.session() as ses:
            plans = ses.scalars(select(Plan)).all()
            assert len(plans) == 1
            p = plans[0]
            assert (p.kind, p.issuer, p.year, p.subject) == (PlanKind.ANNUAL, Issuer.UBND, 2024, subject)
            assert p.start_date is None and p.end_date is None and p.whole_year
            assert len(p.uid) == 32 and p.template is not None and p.report_rules == []
            assert p.previous_year is None
            assert len(p.tasks) == tasks
            assert sum(len(t.measurements) for t in p.targets) == measurements
            assert all(t.measure is TargetMeasure.CUMULATIVE and t.groups == [] for t in p.targets)
        assert s.integrity_problems() == []
    finally:
        s.close()
    r = cli("--data-dir", d, "plan", "list", "--json")
    assert r.code == 0, r.err
    listed = json.loads(r.out)
    assert [(x["year"], x["kind"], x["issuer"]) for x in listed] == [(2024, "hang_nam", "ubnd")]
    assert listed[0]["start"] == "2024-01-01" and listed[0]["end"] == "2024-12-31"
    # --year alone still names the year's plan
    out = tmp_path / "kh.docx"
    r = cli("--data-dir", d, "document", "plan", "--year", "2024", "--format", "docx", "--out", out)
    assert r.code == 0, r.err
    assert out.stat().st_size > 10_000


def test_report_texts_of_schema_0003_survive(tmp_path: Path) -> None:
    d = tmp_path / "data"
    d.mkdir()
    shutil.copy(next(f for f in FIXTURES if f.name == "0003-demo.sqlite3"), d / "khcds.sqlite3")
    s = open_store(d)
    try:
        from desktop.models.period import Period
        from desktop.services.reports import texts_for

        with s.session() as ses:
            plan = ses.scalar(select(Plan))
            assert texts_for(ses, plan, Period.parse("2024-Q1"))["problems"].startswith("Thiếu cán bộ")
    finally:
        s.close()
