"""Deadlines as provinces write them, and what tracking makes of them."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models.deadline import Deadline


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("30/9/2026", "period", "2026-09-30"),
        ("Trước ngày 15/12/2026", "period", "2026-12-15"),
        ("ngày 31 tháng 3 năm 2026", "period", "2026-03-31"),
        ("Quý III/2026", "period", "2026-Q3"),
        ("Quý 2 năm 2026", "period", "2026-Q2"),
        ("Tháng 9/2026", "period", "2026-09"),
        ("tháng 10", "period", "2026-10"),
        ("Năm 2026", "period", "2026"),
        ("6 tháng đầu năm 2026", "period", "2026-H1"),
        ("Hằng tháng", "recurring", "month"),
        ("Hàng quý", "recurring", "quarter"),
        ("Hằng tuần", "recurring", "week"),
        ("Hằng năm", "recurring", "year"),
        ("Thường xuyên", "recurring", "continuous"),
        ("Thường xuyên, liên tục", "recurring", "continuous"),
        ("30 ngày sau khi Trung ương ban hành", "relative", (30, "day", "Trung ương ban hành")),
        ("Trong vòng 03 tháng kể từ khi Bộ Nội vụ hướng dẫn", "relative", (3, "month", "Bộ Nội vụ hướng dẫn")),
    ],
)
def test_printed_forms(text: str, kind: str, value: object) -> None:
    d = Deadline.parse_text(text, 2026)
    assert d is not None and d.kind == kind and d.label() == text
    if kind == "period":
        assert d.period.code == value
    elif kind == "recurring":
        assert d.every == value
    else:
        assert (d.offset, d.unit, d.event) == value
    assert Deadline.from_dict(d.to_dict()) == d


@pytest.mark.parametrize("text", ["Khi có yêu cầu", "31/2/2026", "Quý V/2026", "tháng 13/2026", ""])
def test_unreadable_forms(text: str) -> None:
    assert Deadline.parse_text(text, 2026) is None


def test_words_without_printed_text() -> None:
    assert Deadline("period", period=Deadline.parse_text("30/9/2026").period).label() == "30/9/2026"
    assert Deadline.from_dict({"kind": "period", "period": "2026-Q3"}).label() == "Quý III/2026"
    assert Deadline.from_dict({"kind": "recurring", "every": "month"}).label() == "Hằng tháng"
    assert (
        Deadline.from_dict({"kind": "relative", "offset": 30, "unit": "day", "event": "Trung ương ban hành"}).label()
        == "30 ngày sau khi Trung ương ban hành"
    )


def test_relative_finish_from_the_event() -> None:
    d = Deadline.parse_text("30 ngày sau khi Trung ương ban hành")
    assert d.finish() is None
    assert d.finish(dt.date(2026, 3, 10)).code == "2026-04-09"
    m = Deadline.parse_text("02 tháng sau khi có hướng dẫn")
    assert m.finish(dt.date(2026, 12, 31)).code == "2027-02-28"


def _task(rule: str, updates: list[dt.date], status: str = "in_progress"):
    from desktop.models.enums import TaskStatus
    from desktop.models.orm import Plan, PlanTask, TaskUpdate

    plan = Plan(year=2026)
    t = PlanTask(
        plan=plan,
        content="x",
        group_ref="I",
        group_title="I",
        pillar="p",
        deadline_rule=Deadline.parse_text(rule, 2026).to_json(),
        status=TaskStatus(status),
        percent=10,
    )
    for d in updates:
        t.updates.append(TaskUpdate(on_date=d, status=TaskStatus(status), percent=10))
    return t


def test_tracking_a_monthly_task_is_due_each_month() -> None:
    from desktop.models.enums import TaskStatus
    from desktop.services import tracking

    t = _task("Hằng tháng", [dt.date(2026, 4, 20)])
    assert tracking.effective_status(t, dt.date(2026, 5, 15)) is TaskStatus.IN_PROGRESS  # April reported
    assert tracking.effective_status(t, dt.date(2026, 6, 2)) is TaskStatus.LATE  # May passed without one
    assert tracking.due_this_quarter(t, dt.date(2026, 6, 2))
    t = _task("Hằng tháng", [])
    assert tracking.effective_status(t, dt.date(2026, 1, 20)) is TaskStatus.IN_PROGRESS  # no whole month yet
    assert tracking.effective_status(t, dt.date(2026, 2, 3)) is TaskStatus.LATE


def test_tracking_a_quarterly_and_a_standing_task() -> None:
    from desktop.models.enums import TaskStatus
    from desktop.services import tracking

    t = _task("Hằng quý", [dt.date(2026, 3, 28)])
    assert tracking.effective_status(t, dt.date(2026, 6, 30)) is TaskStatus.IN_PROGRESS
    assert tracking.effective_status(t, dt.date(2026, 7, 1)) is TaskStatus.LATE  # nothing in Q2
    standing = _task("Thường xuyên", [])
    assert tracking.effective_status(standing, dt.date(2026, 11, 1)) is TaskStatus.IN_PROGRESS
    assert tracking.due_this_quarter(standing, dt.date(2026, 11, 1))
