"""The sections of a period's report that the official writes: problems and their causes,
proposals, next steps. The program drafts them from the tracking data; what the official
saves replaces the draft in the printed report. They stay editable after the plan is
approved (they belong to the reporting, like tracking)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import UserError
from desktop.i18n import _
from desktop.models.orm import Plan, ReportText
from desktop.models.period import Period
from desktop.services.report_content import TEXT_KEYS, report_content

KEYS = TEXT_KEYS
TITLES = {
    "problems": "Tồn tại, hạn chế và nguyên nhân",
    "proposals": "Đề xuất, kiến nghị",
    "next_steps": "Nhiệm vụ trọng tâm kỳ tới",
}
MAX_CHARS = 20_000


def texts_for(session: Session, plan: Plan, period: Period) -> dict[str, str]:
    rows = session.scalars(select(ReportText).where(ReportText.plan_id == plan.id, ReportText.period == period))
    return {r.key: r.text for r in rows}


def drafts(plan: Plan, period: Period) -> dict[str, str]:
    """What the program would write in the official's sections, for the editor to start from
    (computed from the tracking data; no document is built)."""
    return dict(report_content(plan, period).drafts)


def set_text(session: Session, plan: Plan, period: Period, key: str, text: str) -> None:
    """Save the official's text for one section; an empty text brings the draft back."""
    if key not in KEYS:
        raise ValueError(key)
    if len(text) > MAX_CHARS:
        raise UserError(_("Nội dung quá dài (tối đa {n} ký tự).").format(n=MAX_CHARS))
    text = "\n".join(line.rstrip() for line in text.strip().splitlines())
    row = session.scalar(
        select(ReportText).where(ReportText.plan_id == plan.id, ReportText.period == period, ReportText.key == key)
    )
    if row is None:
        if text:
            session.add(ReportText(plan_id=plan.id, period=period, key=key, text=text))
    elif row.text != text:
        row.text = text
    session.flush()
