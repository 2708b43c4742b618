"""Report periods by week and month, and reporting rhythms kept as data."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models.period import DeadlineKind, Period, PeriodKind, ReportRule, report_period


def test_week_and_month_report_names() -> None:
    w = report_period(2026, "w35")
    assert w.kind is PeriodKind.WEEK and w.code == "2026-W35"
    assert (w.start, w.end) == (dt.date(2026, 8, 24), dt.date(2026, 8, 30))
    assert w.label() == "Tuần 35/2026 (24/8 - 30/8)"
    assert Period.parse("2026-W35") == w
    m = report_period(2026, "m11")
    assert m == Period(PeriodKind.MONTH, 2026, 11) and m.label() == "Tháng 11/2026"
    assert report_period(2026, "M02").end == dt.date(2026, 2, 28)
    assert report_period(2026, "h2").start == dt.date(2026, 7, 1)
    for name in ("q1", "h1", "year"):
        report_period(2026, name)  # the names the CLI took before still work
    for bad in ("w54", "w0", "m13", "m0", "q5", "tuan35", ""):
        with pytest.raises(ValueError):
            report_period(2026, bad)
    with pytest.raises(ValueError):
        Period.week(2025, 53)  # 2025 has 52 ISO weeks (2026, from a Thursday, has 53)
    assert Period.week(2020, 53).end == dt.date(2021, 1, 3)


def test_deadline_day_of_month() -> None:
    r = ReportRule.parse("month day:20")
    assert r.deadline is DeadlineKind.DAY_OF_MONTH and r.n == 20
    assert r.words() == "Báo cáo tháng: trước ngày 20 hằng tháng"
    assert r.due(report_period(2026, "m11")) == dt.date(2026, 11, 20)
    assert ReportRule.parse("month day:31").due(report_period(2026, "m2")) == dt.date(2026, 2, 28)
    assert r.code == "month day:20" and ReportRule.parse(r.code) == r


def test_deadline_next_month_days_after_and_date() -> None:
    q = ReportRule.parse("quarter next:10")
    assert q.due(report_period(2026, "q4")) == dt.date(2027, 1, 10)
    assert q.due(report_period(2026, "q1")) == dt.date(2026, 4, 10)
    w = ReportRule.parse("week after:2")
    assert w.due(report_period(2026, "w35")) == dt.date(2026, 9, 1)
    assert "trong 2 ngày sau khi hết kỳ" in w.words()
    y = ReportRule.parse("year date:12-15")
    assert y.due(report_period(2026, "year")) == dt.date(2026, 12, 15)
    assert y.words() == "Báo cáo năm: trước ngày 15/12 hằng năm"
    once = ReportRule.parse("half_year date:2026-07-05")
    assert once.due(report_period(2026, "h1")) == dt.date(2026, 7, 5)
    assert ReportRule.parse("year").due(report_period(2026, "year")) == dt.date(2026, 12, 31)


@pytest.mark.parametrize(
    "text",
    [
        "daily day:5",
        "month day:0",
        "month day:32",
        "month next:x",
        "month day",
        "year date:13-01",
        "year date:2026-02-30",
        "week after:400",
        "",
        "month day:20 extra",
    ],
)
def test_bad_rules_refused(text: str) -> None:
    with pytest.raises(ValueError):
        ReportRule.parse(text)


def test_periods_of_a_hundred_day_campaign() -> None:
    start, end = dt.date(2026, 3, 1), dt.date(2026, 6, 8)
    months = ReportRule.parse("month day:20").periods(start, end)
    assert [p.code for p in months] == ["2026-03", "2026-04", "2026-05", "2026-06"]
    weeks = ReportRule.parse("week after:1").periods(start, end)
    assert weeks[0].code == "2026-W09" and weeks[-1].code == "2026-W24"
    assert all(a.end < b.start for a, b in zip(weeks, weeks[1:], strict=False))
    quarters = ReportRule.parse("quarter next:10").periods(start, end)
    assert [p.code for p in quarters] == ["2026-Q1", "2026-Q2"]
