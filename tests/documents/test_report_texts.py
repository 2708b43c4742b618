"""The report's own words: the official's texts replace the program's drafts in the document."""

from __future__ import annotations

import io

from docx import Document as Docx
from sqlalchemy import select

from desktop.models.enums import PlanState
from desktop.models.orm import AuditEntry, Plan
from desktop.models.period import report_period
from desktop.services import documents as service
from desktop.services import plans as psvc
from desktop.services import reports as rsvc

OWN = "Một số thôn chưa có cán bộ phụ trách chuyển đổi số; kinh phí năm 2024 giao muộn"


def _text(store, period="q2") -> str:  # type: ignore[no-untyped-def]
    data = service.render_report(store, 2024, period, "docx")
    return "\n".join(p.text for p in Docx(io.BytesIO(data)).paragraphs)


def test_drafts_then_own_words(demo_store) -> None:  # type: ignore[no-untyped-def]
    q2 = report_period(2024, "q2")
    with demo_store.session() as s:
        drafts = rsvc.drafts(s.scalar(select(Plan)), q2)
    assert set(drafts) == set(rsvc.KEYS) and drafts["problems"] and drafts["next_steps"]
    before = _text(demo_store)
    assert drafts["problems"].splitlines()[0] in before
    with demo_store.transaction() as s:
        rsvc.set_text(s, s.scalar(select(Plan)), q2, "problems", f"- {OWN};\n- Hạ tầng mạng ở hai thôn còn yếu.")
    after = _text(demo_store)
    assert OWN in after and "Hạ tầng mạng ở hai thôn còn yếu." in after
    assert drafts["problems"].splitlines()[0] not in after
    assert drafts["next_steps"].splitlines()[0] in after  # the other sections keep their drafts
    assert OWN not in _text(demo_store, "q3")  # another period has its own texts
    with demo_store.transaction() as s:  # emptying a section brings the draft back
        rsvc.set_text(s, s.scalar(select(Plan)), q2, "problems", "   ")
    assert OWN not in _text(demo_store)


def test_editable_after_approval_and_audited(demo_store) -> None:  # type: ignore[no-untyped-def]
    with demo_store.transaction() as s:
        plan = s.scalar(select(Plan))
        psvc.change_state(s, plan, PlanState.SUBMITTED)
        psvc.change_state(s, plan, PlanState.APPROVED)
    with demo_store.transaction() as s:
        rsvc.set_text(s, s.scalar(select(Plan)), report_period(2024, "year"), "proposals", "- Đề nghị hỗ trợ kinh phí.")
    with demo_store.session() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.entity == "report_text")).all()
        assert rows and rows[-1].new == "- Đề nghị hỗ trợ kinh phí."
