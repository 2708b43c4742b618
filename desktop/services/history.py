"""What the audit trail says about a task, in words a person reads."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop import vn
from desktop.i18n import N_, _
from desktop.models.enums import PlanState, TaskStatus
from desktop.models.orm import PlanTask
from desktop.models.period import Period
from desktop.store.audit import task_history

FIELD_WORDS = {
    "content": N_("Nội dung"),
    "lead": N_("Chủ trì"),
    "coordinating": N_("Phối hợp"),
    "support": N_("Đầu mối hỗ trợ"),
    "product": N_("Sản phẩm"),
    "start": N_("Bắt đầu"),
    "finish": N_("Hoàn thành"),
    "budget": N_("Kinh phí"),
    "status": N_("Trạng thái"),
    "percent": N_("Tỷ lệ hoàn thành"),
    "adopted": N_("Áp dụng"),
    "pillar": N_("Trụ cột"),
    "flag": N_("Ghi chú"),
    "period_text": N_("Thời gian"),
    "state": N_("Trạng thái kế hoạch"),
}
ENTITY_WORDS = {
    "task": N_("Nhiệm vụ"),
    "task_update": N_("Cập nhật tiến độ"),
    "evidence": N_("Minh chứng"),
    "plan": N_("Kế hoạch"),
    "target": N_("Chỉ tiêu"),
    "budget": N_("Dòng kinh phí"),
    "section": N_("Mục của kế hoạch"),
    "legal_basis": N_("Căn cứ"),
    "measurement": N_("Số liệu chỉ tiêu"),
    "report_text": N_("Nội dung báo cáo"),
}
# what the change log's action codes say to a person
ACTION_WORDS = {"create": N_("thêm"), "update": N_("sửa"), "delete": N_("xóa")}
_DECIMAL = re.compile(r"^-?\d+\.\d+$")
_PERCENT_IN_SUMMARY = re.compile(r"^(?P<head>.*?) (?P<n>-?\d+(?:\.\d+)?)%(?P<tail>:.*)$", re.DOTALL)


@dataclass(frozen=True)
class Change:
    at: dt.datetime  # Việt Nam time, aware (shown with vn.format_local)
    who: str
    text: str


def _value(field: str | None, v: str | None) -> str:
    if v is None or v == "":
        return "—"
    if field == "status":
        try:
            return TaskStatus(v).display
        except ValueError:
            return v
    if field == "state":
        try:
            return PlanState(v).display
        except ValueError:
            return v
    if field in ("start", "finish"):
        try:
            return Period.parse(v).label()
        except ValueError:
            return v
    if field == "percent":
        return f"{_number(v)}%"
    if field == "adopted":
        return _("có") if v in ("True", "1") else _("không")
    if _DECIMAL.match(v):
        return _number(v)
    return v if len(v) <= 120 else v[:119] + "…"


def _number(v: str) -> str:
    """``65.5`` as Vietnamese write it (``65,5``); other text unchanged."""
    try:
        return vn.format_number(Decimal(v))
    except ArithmeticError:
        return v


def _summary(entity: str, v: str | None) -> str:
    """A created or deleted row's summary: a measurement's period and value, an update's
    percent, in Vietnamese form (the rest of the text is the user's, shown as it is)."""
    if not v:
        return "—"
    if entity == "measurement":
        code, sep, value = v.partition(": ")
        if sep:
            try:
                return f"{Period.parse(code).label()}: {_number(value.strip())}"
            except ValueError:
                pass
    if entity == "task_update":
        m = _PERCENT_IN_SUMMARY.match(v)
        if m:
            v = f"{m['head']} {_number(m['n'])}%{m['tail']}"
    return _value(None, v)


def entity_word(entity: str) -> str:
    """``task`` -> ``Nhiệm vụ``: what a change-log entry is about."""
    return _(ENTITY_WORDS[entity]) if entity in ENTITY_WORDS else entity


def action_word(action: str) -> str:
    """``update`` -> ``sửa``."""
    return _(ACTION_WORDS[action]) if action in ACTION_WORDS else action


def detail(entity: str, action: str, field: str | None, old: str | None, new: str | None) -> str:
    """What changed, without the entity's name: ``Tỷ lệ hoàn thành: 40% → 65,5%``, or the
    created or deleted row's summary."""
    if action == "update" and field:
        what = _(FIELD_WORDS[field]) if field in FIELD_WORDS else field
        return f"{what}: {_value(field, old)} → {_value(field, new)}"
    return _summary(entity, new if action == "create" else old)


def describe(entity: str, action: str, field: str | None, old: str | None, new: str | None) -> str:
    """One change-log entry in words: ``Tỷ lệ hoàn thành: 40% → 65,5%``."""
    if action == "update" and field:
        return detail(entity, action, field, old, new)
    if action == "create":
        return _("{what} mới: {v}").format(what=entity_word(entity), v=_summary(entity, new))
    return _("{what} bị xóa: {v}").format(what=entity_word(entity), v=_summary(entity, old))


def task_changes(session: Session, task_id: int) -> list[Change]:
    task = session.get(PlanTask, task_id)
    if task is None:
        return []
    out = []
    for e in task_history(session, task):
        local = vn.local_time(e.at)  # Viet Nam time (aware), whatever the PC is set to
        who = e.actor or e.os_user or ""
        if e.os_user and e.actor and e.os_user != e.actor:
            who = f"{e.actor} ({e.os_user})"
        text = describe(e.entity, e.action, e.field, e.old, e.new)
        out.append(Change(local, who, text))
    return out
