"""What the audit trail says about a task, in words a person reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop import vn
from desktop.i18n import _
from desktop.models.enums import TaskStatus
from desktop.models.orm import PlanTask
from desktop.models.period import Period
from desktop.store.audit import task_history

FIELD_WORDS = {
    "content": "Nội dung",
    "lead": "Chủ trì",
    "coordinating": "Phối hợp",
    "support": "Đầu mối hỗ trợ",
    "product": "Sản phẩm",
    "start": "Bắt đầu",
    "finish": "Hoàn thành",
    "budget": "Kinh phí",
    "status": "Trạng thái",
    "percent": "Tỷ lệ hoàn thành",
    "adopted": "Áp dụng",
    "pillar": "Trụ cột",
    "flag": "Ghi chú",
    "period_text": "Thời gian",
}
ENTITY_WORDS = {"task": "Nhiệm vụ", "task_update": "Cập nhật tiến độ", "evidence": "Minh chứng"}


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
            return TaskStatus(v).label
        except ValueError:
            return v
    if field in ("start", "finish"):
        try:
            return Period.parse(v).label()
        except ValueError:
            return v
    if field == "percent":
        return f"{v}%"
    if field == "adopted":
        return _("có") if v in ("True", "1") else _("không")
    return v if len(v) <= 120 else v[:119] + "…"


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
        if e.action == "update" and e.field:
            text = f"{FIELD_WORDS.get(e.field, e.field)}: {_value(e.field, e.old)} → {_value(e.field, e.new)}"
        elif e.action == "create":
            text = _("{what} mới: {v}").format(what=ENTITY_WORDS.get(e.entity, e.entity), v=_value(None, e.new))
        else:
            text = _("{what} bị xóa: {v}").format(what=ENTITY_WORDS.get(e.entity, e.entity), v=_value(None, e.old))
        out.append(Change(local, who, text))
    return out
