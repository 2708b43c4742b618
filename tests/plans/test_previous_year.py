"""The optional first part of a plan: the assessment of the previous year, drafted from the
previous plan's tracking, editable, stored, and printed first."""

from __future__ import annotations

import pytest

from desktop.errors import UserError
from desktop.models.enums import BudgetColumn, Issuer, PlanKind, PlanState, TaskStatus
from desktop.services import documents as service
from desktop.services import plans as psvc
from desktop.services import templates as tsvc
from desktop.services import tracking
from desktop.services import units as usvc


def _plan_2025(store) -> int:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        return psvc.create_plan(s, usvc.require_unit(s), tsvc.find(s, "hp-325-2024"), 2025).id


def test_draft_from_the_previous_plan(demo_store) -> None:
    pid = _plan_2025(demo_store)
    with demo_store.session() as s:
        prev = psvc.require_plan(s, usvc.require_unit(s), 2024)
        live = [t for t in prev.tasks if t.adopted and t.status is not TaskStatus.CANCELLED]
        done = sum(1 for t in live if t.status is TaskStatus.DONE)
        spent = psvc.budget_totals(prev).total
        d = psvc.draft_previous_year(s, pid)
        assert (d.year, d.plan_id, d.tasks, d.done) == (2024, prev.id, len(live), done)
        assert d.tasks == d.done + d.in_progress + d.late + sum(
            1 for t in live if tracking.effective_status(t, prev.last_day) is TaskStatus.NOT_STARTED
        )
        assert len(d.targets) == len(prev.targets) and d.targets_met == sum(1 for j in d.targets if j.met)
        assert d.spent == spent[BudgetColumn.SPENT]
        assert d.text.startswith(
            f"1. Kết quả thực hiện nhiệm vụ: Kế hoạch năm 2024 có {len(live)} nhiệm vụ; đã hoàn thành {done} nhiệm vụ"
        )
        assert f"đạt {d.targets_met}/{len(prev.targets)} chỉ tiêu" in d.text
        assert not d.edited
        plan = psvc.load_plan(s, pid)
        assert psvc.previous_year_part(plan) is None  # not in the plan until asked for
    # a plan with no plan the year before has nothing to draft from
    with demo_store.session() as s:
        assert psvc.draft_previous_year(s, psvc.require_plan(s, usvc.require_unit(s), 2024).id).text == ""


def test_included_edited_stored_and_printed_first(demo_store) -> None:
    pid = _plan_2025(demo_store)
    with demo_store.transaction() as s:
        assert psvc.set_previous_year(s, pid, "") is None  # in the plan, following the data
    text = service.plan_document(demo_store, None, plan_id=pid).plain_text()
    assert "I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024" in text
    assert text.index("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024") < text.index("II. MỤC ĐÍCH, YÊU CẦU")
    assert "Kế hoạch năm 2024 có" in text
    assert "KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024" in text  # its appendix of targets
    assert "STT | Chỉ tiêu | Mục tiêu | Kết quả (ngày số liệu) | Đánh giá" in text
    own = "1. Kết quả: hoàn thành phần lớn nhiệm vụ.\n2. Hạn chế: thiếu nhân lực chuyên trách."
    with demo_store.transaction() as s:
        psvc.set_previous_year(s, pid, own)
    with demo_store.session() as s:
        part = psvc.previous_year_part(psvc.load_plan(s, pid))
        assert part is not None and part.edited and part.text == own
    text = service.plan_document(demo_store, None, plan_id=pid).plain_text()
    assert "hiếu nhân lực chuyên trách" in text and "Kế hoạch năm 2024 có" not in text
    with demo_store.transaction() as s:
        psvc.set_previous_year(s, pid, None)
    assert "ĐÁNH GIÁ KẾT QUẢ" not in service.plan_document(demo_store, None, plan_id=pid).plain_text()


def test_previous_plan_of_the_same_kind_and_body(demo_store) -> None:
    with demo_store.transaction() as s:
        unit = usvc.require_unit(s)
        party_2025 = psvc.create_plan(
            s,
            unit,
            None,
            2025,
            kind=PlanKind.IMPLEMENTATION,
            issuer=Issuer.DANG_UY,
            subject="Thực hiện Nghị quyết số 57-NQ/TW năm 2025",
        )
        party_2026 = psvc.create_plan(
            s,
            unit,
            None,
            2026,
            kind=PlanKind.IMPLEMENTATION,
            issuer=Issuer.DANG_UY,
            subject="Thực hiện Nghị quyết số 57-NQ/TW năm 2026",
        )
        ubnd_2025 = psvc.create_plan(s, unit, None, 2025)
        ubnd_2026 = psvc.create_plan(s, unit, None, 2026)
        assert psvc.previous_plan(s, party_2026).id == party_2025.id
        assert psvc.previous_plan(s, ubnd_2026).id == ubnd_2025.id


def test_locked_plan_refuses_and_long_text_refused(demo_store) -> None:
    pid = _plan_2025(demo_store)
    with pytest.raises(UserError, match="quá dài"):
        with demo_store.transaction() as s:
            psvc.set_previous_year(s, pid, "x" * 20_001)
    with demo_store.session() as s:
        assert psvc.load_plan(s, pid).previous_year is None
    with demo_store.transaction() as s:
        psvc.load_plan(s, pid).state = PlanState.APPROVED
    with pytest.raises(UserError, match="chỉ xem"):
        with demo_store.transaction() as s:
            psvc.set_previous_year(s, pid, "")


def test_cli_plan_with_the_previous_year(demo_dir, tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    import json

    r = cli(
        "--data-dir",
        demo_dir,
        "plan",
        "new",
        "--from-template",
        "hp-325-2024",
        "--year",
        "2025",
        "--previous-year",
        "--json",
    )
    assert r.code == 0, r.err
    pid = json.loads(r.out)["id"]
    out = tmp_path / "kh2025.docx"
    assert cli("--data-dir", demo_dir, "document", "plan", "--plan", pid, "--format", "docx", "--out", out).code == 0
    import docx

    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024" in text and "Kế hoạch năm 2024 có" in text
