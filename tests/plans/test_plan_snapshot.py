"""The plan the window reads: a snapshot detached from any session, with everything the pages read."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect

from desktop.errors import UserError
from desktop.services import exports as xsvc
from desktop.services import plans as psvc


def test_snapshot_is_detached_and_complete(demo_store) -> None:  # type: ignore[no-untyped-def]
    with demo_store.session() as s:
        pid = psvc.latest_plan_id(s)
    assert pid is not None
    xsvc.export_plan(demo_store, None, demo_store.data.exports, plan_id=pid)
    plan = psvc.plan_snapshot(demo_store, pid)
    assert inspect(plan).detached
    assert demo_store.engine.pool.checkedout() == 0
    # every relationship a page reads is there without a session (a detached lazy load would raise)
    assert plan.tasks and plan.targets and plan.budget_lines and plan.sections
    assert [e.revision for e in plan.exports] == [1]
    assert plan.unit.signers and all(sg.unit is plan.unit for sg in plan.unit.signers)
    assert plan.signer is None or plan.signer in plan.unit.signers
    assert plan.template is not None
    assert all(t.plan is plan for t in plan.tasks)
    assert all(u.task is t for t in plan.tasks for u in t.updates)
    assert all(ev.task is t for t in plan.tasks for ev in t.evidence)
    assert any(t.updates for t in plan.tasks)
    assert all(tg.plan is plan and all(m.target is tg for m in tg.measurements) for tg in plan.targets)
    assert all(line.plan is plan for line in plan.budget_lines)
    assert all(line.task is None or line.task in plan.tasks for line in plan.budget_lines)
    # and what the pages compute from it, still without a session
    rows = psvc.task_rows(plan, dt.date(2024, 8, 15))
    assert len(rows) == len(plan.tasks)
    assert isinstance(psvc.check_plan(plan), list)
    assert psvc.budget_totals(plan) is not None


def test_snapshot_of_a_plan_that_is_gone(demo_store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="Không tìm thấy kế hoạch số hiệu 9999"):
        psvc.plan_snapshot(demo_store, 9999)
    assert demo_store.engine.pool.checkedout() == 0
