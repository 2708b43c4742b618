"""The audit trail (hash-chained, per task, with who and what) and the approval lock."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.errors import UserError
from desktop.models.enums import PlanState, TaskStatus
from desktop.models.orm import AuditEntry, Plan
from desktop.services import plans as psvc
from desktop.services import tracking
from desktop.store.audit import task_history, verify_chain


def _plan(s) -> Plan:
    return s.scalar(select(Plan))


def test_edits_are_recorded_with_old_and_new(demo_store) -> None:
    with demo_store.transaction() as s:
        plan = _plan(s)
        task = next(t for t in plan.tasks if t.adopted)
        old_lead = task.lead
        psvc.set_task_field(s, plan.id, task.id, "lead", "Công an xã")
        task_id = task.id
    with demo_store.session() as s:
        rows = [
            r
            for r in s.scalars(select(AuditEntry).where(AuditEntry.entity == "task", AuditEntry.entity_id == task_id))
            if r.field == "lead"
        ]
        assert rows[-1].old == old_lead and rows[-1].new == "Công an xã"
        assert rows[-1].actor == "Nguyễn Thị Minh Phương"
        assert rows[-1].os_user
        assert verify_chain(s) == []


def test_task_history_includes_updates_and_evidence(demo_store, tmp_path: Path) -> None:
    f = tmp_path / "quyet-dinh.pdf"
    f.write_bytes(b"%PDF-1.4 minh chung")
    with demo_store.transaction() as s:
        task = next(t for t in _plan(s).tasks if t.adopted)
        tracking.record_update(
            s,
            demo_store.data,
            task,
            tracking.UpdateSpec(
                status=TaskStatus.IN_PROGRESS, percent=70, note="Quý III", on_date=dt.date(2024, 9, 20), files=[f]
            ),
        )
        tid = task.id
    with demo_store.session() as s:
        from desktop.models.orm import PlanTask

        hist = task_history(s, s.get(PlanTask, tid))
        kinds = {(h.entity, h.action, h.field) for h in hist}
        assert ("task_update", "create", None) in kinds
        assert ("evidence", "create", None) in kinds
        assert ("task", "update", "percent") in kinds


def test_editing_history_breaks_the_chain(demo_dir: Path, cli) -> None:
    assert cli("--data-dir", demo_dir, "check").code == 0
    con = sqlite3.connect(demo_dir / "khcds.sqlite3")
    con.execute("UPDATE audit_log SET new = 'sửa lén' WHERE id = 10")
    con.commit()
    con.close()
    r = cli("--data-dir", demo_dir, "check")
    assert r.code == 1 and "mục số 10" in r.err


def test_deleting_history_breaks_the_chain(demo_dir: Path, cli) -> None:
    con = sqlite3.connect(demo_dir / "khcds.sqlite3")
    con.execute("DELETE FROM audit_log WHERE id = 20")
    con.commit()
    con.close()
    r = cli("--data-dir", demo_dir, "check")
    assert r.code == 1 and "21" in r.err


def _approve(store) -> None:
    with store.transaction() as s:
        plan = _plan(s)
        psvc.change_state(s, plan, PlanState.SUBMITTED)
        psvc.change_state(s, plan, PlanState.APPROVED)


def test_approved_plan_is_read_only_but_tracking_goes_on(demo_store) -> None:
    _approve(demo_store)
    with pytest.raises(UserError, match="chỉ xem"):
        with demo_store.transaction() as s:
            plan = _plan(s)
            psvc.set_task_field(s, plan.id, plan.tasks[0].id, "lead", "Ai đó")
    with pytest.raises(UserError, match="chỉ xem"):
        with demo_store.transaction() as s:
            plan = _plan(s)
            plan.tasks[0].content = "sửa thẳng vào đối tượng"  # bypassing the service is refused too
    with pytest.raises(UserError):
        with demo_store.transaction() as s:
            plan = _plan(s)
            psvc.add_own_task(s, plan.id, pillar="Chính quyền số", content="Mới")
    with pytest.raises(UserError):
        with demo_store.transaction() as s:
            plan = _plan(s)
            psvc.set_target_value(s, plan.id, plan.targets[0].id, Decimal(99))
    with demo_store.transaction() as s:  # tracking stays editable
        plan = _plan(s)
        task = next(t for t in plan.tasks if t.adopted)
        tracking.record_update(
            s,
            demo_store.data,
            task,
            tracking.UpdateSpec(status=TaskStatus.DONE, percent=100, note="Xong", on_date=dt.date(2024, 10, 1)),
        )
        tracking.record_measurement(s, plan.targets[0], plan.targets[0].measurements[0].period, Decimal(60))
    with demo_store.session() as s:
        plan = _plan(s)
        assert plan.state is PlanState.APPROVED


def test_unlock_needs_a_reason_which_is_recorded(demo_store) -> None:
    _approve(demo_store)
    with pytest.raises(UserError, match="lý do"):
        with demo_store.transaction() as s:
            psvc.unlock(s, _plan(s), "  ")
    with pytest.raises(UserError, match="lý do"):
        with demo_store.transaction() as s:
            _plan(s).state = PlanState.DRAFT  # not around the rule either
    with demo_store.transaction() as s:
        psvc.unlock(s, _plan(s), "Bổ sung nhiệm vụ theo Công văn 123/UBND")
    with demo_store.transaction() as s:
        plan = _plan(s)
        psvc.set_task_field(s, plan.id, plan.tasks[0].id, "lead", "Văn phòng")
    with demo_store.session() as s:
        row = s.scalars(select(AuditEntry).where(AuditEntry.field == "state").order_by(AuditEntry.id)).all()[-1]
        assert row.old == "approved" and row.new == "draft"
        assert row.reason == "Bổ sung nhiệm vụ theo Công văn 123/UBND"
        assert verify_chain(s) == []


def test_state_rules(demo_store) -> None:
    with pytest.raises(UserError):
        with demo_store.transaction() as s:
            psvc.change_state(s, _plan(s), PlanState.ISSUED)  # draft cannot jump to issued


def test_cli_state_and_unlock(demo_dir: Path, cli) -> None:
    assert cli("--data-dir", demo_dir, "plan", "state", "--year", 2024, "--to", "submitted").code == 0
    assert cli("--data-dir", demo_dir, "plan", "state", "--year", 2024, "--to", "approved").code == 0
    r = cli("--data-dir", demo_dir, "plan", "unlock", "--year", 2024, "--reason", "")
    assert r.code == 1 and "lý do" in r.err
    assert cli("--data-dir", demo_dir, "plan", "unlock", "--year", 2024, "--reason", "Sửa số liệu").code == 0
    assert cli("--data-dir", demo_dir, "check").code == 0


def test_the_audit_trail_travels_in_the_export(demo_store, tmp_path: Path) -> None:
    import json
    import zipfile

    from desktop.sync.package import export_plan

    with demo_store.transaction() as s:
        plan = _plan(s)
        psvc.set_task_field(s, plan.id, plan.tasks[0].id, "lead", "Công an xã")
    res = export_plan(demo_store, 2024, tmp_path / "x.khcds")
    data = json.loads(zipfile.ZipFile(res.path).read("data.json"))
    audit = data["audit"]
    assert any(a["field"] == "lead" and a["new"] == "Công an xã" for a in audit)
    assert all(len(a["hash"]) == 64 for a in audit)
    assert audit == sorted(audit, key=lambda a: a["id"])
