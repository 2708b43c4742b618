"""Periods of time as plans speak of them: a year, a half, a quarter, a month, a day.

``Quý I`` is a period, not a string: it knows its first and last day, compares,
and prints itself in Vietnamese. Codes: ``2024``, ``2024-H1``, ``2024-Q1``,
``2024-05``, ``2024-W35`` (an ISO week), ``2024-05-15``.

A plan's reporting rhythm is data too: :class:`ReportRule` (``month day:20`` is a
monthly report due "trước ngày 20 hằng tháng").
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from dataclasses import dataclass

from desktop.vn import day_month, short_date

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}

_CODE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:Q(?P<q>[1-4])|H(?P<h>[12])|W(?P<w>0[1-9]|[1-4]\d|5[0-3])"
    r"|(?P<m>0[1-9]|1[0-2])(?:-(?P<d>\d{2}))?))?$"
)


class PeriodKind(str, enum.Enum):
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"


@dataclass(frozen=True, order=False)
class Period:
    kind: PeriodKind
    year: int
    index: int = 0  # half 1-2, quarter 1-4, month 1-12, ISO week 1-53
    day: int = 0

    # -- construction ------------------------------------------------------
    @classmethod
    def parse(cls, code: str) -> Period:
        m = _CODE.match(code.strip())
        if not m:
            raise ValueError(f"not a period code: {code!r}")
        y = int(m["y"])
        if m["q"]:
            return cls(PeriodKind.QUARTER, y, int(m["q"]))
        if m["h"]:
            return cls(PeriodKind.HALF, y, int(m["h"]))
        if m["w"]:
            return cls.week(y, int(m["w"]))
        if m["m"]:
            if m["d"]:
                d = dt.date(y, int(m["m"]), int(m["d"]))  # validates the day
                return cls(PeriodKind.DAY, y, d.month, d.day)
            return cls(PeriodKind.MONTH, y, int(m["m"]))
        return cls(PeriodKind.YEAR, y)

    @classmethod
    def of_date(cls, d: dt.date) -> Period:
        return cls(PeriodKind.DAY, d.year, d.month, d.day)

    @classmethod
    def quarter_of(cls, d: dt.date) -> Period:
        return cls(PeriodKind.QUARTER, d.year, (d.month - 1) // 3 + 1)

    @classmethod
    def week(cls, year: int, week: int) -> Period:
        """ISO week ``week`` of ISO year ``year`` (Monday to Sunday)."""
        try:
            dt.date.fromisocalendar(year, week, 1)
        except ValueError:
            raise ValueError(f"no week {week} in {year}") from None
        return cls(PeriodKind.WEEK, year, week)

    @classmethod
    def week_of(cls, d: dt.date) -> Period:
        y, w, _ = d.isocalendar()
        return cls(PeriodKind.WEEK, y, w)

    @classmethod
    def month_of(cls, d: dt.date) -> Period:
        return cls(PeriodKind.MONTH, d.year, d.month)

    @classmethod
    def half_of(cls, d: dt.date) -> Period:
        return cls(PeriodKind.HALF, d.year, 1 if d.month <= 6 else 2)

    @classmethod
    def year_of(cls, year: int) -> Period:
        return cls(PeriodKind.YEAR, year)

    # -- values ------------------------------------------------------------
    @property
    def code(self) -> str:
        if self.kind is PeriodKind.YEAR:
            return f"{self.year}"
        if self.kind is PeriodKind.HALF:
            return f"{self.year}-H{self.index}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year}-Q{self.index}"
        if self.kind is PeriodKind.MONTH:
            return f"{self.year}-{self.index:02d}"
        if self.kind is PeriodKind.WEEK:
            return f"{self.year}-W{self.index:02d}"
        return f"{self.year}-{self.index:02d}-{self.day:02d}"

    @property
    def start(self) -> dt.date:
        if self.kind is PeriodKind.YEAR:
            return dt.date(self.year, 1, 1)
        if self.kind is PeriodKind.HALF:
            return dt.date(self.year, 1 if self.index == 1 else 7, 1)
        if self.kind is PeriodKind.QUARTER:
            return dt.date(self.year, 3 * self.index - 2, 1)
        if self.kind is PeriodKind.MONTH:
            return dt.date(self.year, self.index, 1)
        if self.kind is PeriodKind.WEEK:
            return dt.date.fromisocalendar(self.year, self.index, 1)
        return dt.date(self.year, self.index, self.day)

    @property
    def end(self) -> dt.date:
        if self.kind is PeriodKind.YEAR:
            return dt.date(self.year, 12, 31)
        if self.kind is PeriodKind.HALF:
            return dt.date(self.year, 6, 30) if self.index == 1 else dt.date(self.year, 12, 31)
        if self.kind is PeriodKind.QUARTER:
            m = 3 * self.index
            return dt.date(self.year, m, calendar.monthrange(self.year, m)[1])
        if self.kind is PeriodKind.MONTH:
            return dt.date(self.year, self.index, calendar.monthrange(self.year, self.index)[1])
        if self.kind is PeriodKind.WEEK:
            return dt.date.fromisocalendar(self.year, self.index, 7)
        return self.start

    def contains(self, d: dt.date) -> bool:
        return self.start <= d <= self.end

    def in_year(self, year: int) -> Period:
        """The same period moved to ``year`` (a template's Quý I into a plan's year)."""
        if self.kind is PeriodKind.DAY:
            last = calendar.monthrange(year, self.index)[1]
            return Period(self.kind, year, self.index, min(self.day, last))
        if self.kind is PeriodKind.WEEK:
            return Period(self.kind, year, min(self.index, dt.date(year, 12, 28).isocalendar()[1]))
        return Period(self.kind, year, self.index, self.day)

    # -- words -------------------------------------------------------------
    def label(self, with_year: bool = True) -> str:
        """``Quý I/2024`` / ``Quý I``; ``Tháng 5/2024``; ``6 tháng đầu năm 2024``; ``Năm 2024``."""
        y = f"/{self.year}" if with_year else ""
        if self.kind is PeriodKind.YEAR:
            return f"Năm {self.year}"
        if self.kind is PeriodKind.HALF:
            which = "đầu" if self.index == 1 else "cuối"
            return f"6 tháng {which} năm {self.year}" if with_year else f"6 tháng {which} năm"
        if self.kind is PeriodKind.QUARTER:
            return f"Quý {ROMAN[self.index]}{y}"
        if self.kind is PeriodKind.MONTH:
            return f"Tháng {self.index}{y}"
        if self.kind is PeriodKind.WEEK:
            a, b = self.start, self.end
            span = f"{day_month(a)} - {day_month(b)}"
            return f"Tuần {self.index}{y} ({span})"
        return short_date(self.start) if with_year else day_month(self.start)

    def __str__(self) -> str:
        return self.code

    def __lt__(self, other: Period) -> bool:
        return (self.start, self.end) < (other.start, other.end)


def quarters(year: int) -> list[Period]:
    return [Period(PeriodKind.QUARTER, year, q) for q in range(1, 5)]


REPORT_PERIODS = ("q1", "q2", "q3", "q4", "h1", "h2", "year", "m1..m12", "w1..w53")
_REPORT_NAME = re.compile(r"^(?:(?P<q>q[1-4])|(?P<h>h[12])|year|m(?P<m>[1-9]|1[0-2]|0[1-9])|w(?P<w>\d{1,2}))$")


def report_period(year: int, name: str) -> Period:
    """The period of a report named as the CLI names it: ``q1``..``q4``, ``h1``, ``h2``,
    ``year``, a month ``m1``..``m12`` (``m11``), an ISO week ``w1``..``w53`` (``w35``)."""
    name = name.strip().lower()
    m = _REPORT_NAME.match(name)
    if not m:
        raise ValueError(name)
    if name == "year":
        return Period(PeriodKind.YEAR, year)
    if m["h"]:
        return Period(PeriodKind.HALF, year, int(name[1]))
    if m["q"]:
        return Period(PeriodKind.QUARTER, year, int(name[1]))
    if m["m"]:
        return Period(PeriodKind.MONTH, year, int(m["m"]))
    return Period.week(year, int(m["w"]))


# -- reporting rhythms --------------------------------------------------------------

FREQUENCY_KIND = {
    "week": PeriodKind.WEEK,
    "month": PeriodKind.MONTH,
    "quarter": PeriodKind.QUARTER,
    "half_year": PeriodKind.HALF,
    "year": PeriodKind.YEAR,
}
_FREQ_WORDS = {
    "week": "hằng tuần",
    "month": "hằng tháng",
    "quarter": "hằng quý",
    "half_year": "6 tháng",
    "year": "hằng năm",
}
_REPORT_WORDS = {
    "week": "Báo cáo tuần",
    "month": "Báo cáo tháng",
    "quarter": "Báo cáo quý",
    "half_year": "Báo cáo 6 tháng",
    "year": "Báo cáo năm",
}


class DeadlineKind(str, enum.Enum):
    DAY_OF_MONTH = "day"  # day N of the month the period ends in: "trước ngày 20 hằng tháng"
    DAY_OF_NEXT_MONTH = "next"  # day N of the month after the period
    DAYS_AFTER = "after"  # N days after the period's last day
    DATE = "date"  # a date: ``12-15`` every year, or ``2026-12-15`` once


@dataclass(frozen=True)
class ReportRule:
    """One report a plan owes: its rhythm and its deadline, kept as data (``month day:20``)."""

    frequency: str  # week | month | quarter | half_year | year
    deadline: DeadlineKind
    n: int = 0  # the day or the number of days
    on: dt.date | None = None  # a DATE deadline given with its year
    month_day: tuple[int, int] | None = None  # a DATE deadline every year (month, day)

    @classmethod
    def parse(cls, text: str) -> ReportRule:
        """``month day:20``, ``quarter next:10``, ``week after:2``, ``year date:12-15``,
        ``year date:2026-12-15``; a rule without a deadline is due on the period's last day."""
        parts = text.strip().lower().split()
        if not parts or parts[0] not in FREQUENCY_KIND or len(parts) > 2:
            raise ValueError(f"not a report rule: {text!r}")
        freq = parts[0]
        if len(parts) == 1:
            return cls(freq, DeadlineKind.DAYS_AFTER, 0)
        kind_s, _sep, arg = parts[1].partition(":")
        try:
            kind = DeadlineKind(kind_s)
        except ValueError:
            raise ValueError(f"not a report rule: {text!r}") from None
        if kind is DeadlineKind.DATE:
            bits = arg.split("-")
            try:
                if len(bits) == 3:
                    return cls(freq, kind, on=dt.date(int(bits[0]), int(bits[1]), int(bits[2])))
                if len(bits) == 2:
                    dt.date(2024, int(bits[0]), int(bits[1]))  # validates (29/02 allowed)
                    return cls(freq, kind, month_day=(int(bits[0]), int(bits[1])))
            except ValueError:
                pass
            raise ValueError(f"not a report rule: {text!r}")
        if not arg.isdigit():
            raise ValueError(f"not a report rule: {text!r}")
        n = int(arg)
        if kind in (DeadlineKind.DAY_OF_MONTH, DeadlineKind.DAY_OF_NEXT_MONTH) and not 1 <= n <= 31:
            raise ValueError(f"not a day of a month: {n}")
        if kind is DeadlineKind.DAYS_AFTER and n > 366:
            raise ValueError(f"too many days: {n}")
        return cls(freq, kind, n)

    @property
    def code(self) -> str:
        if self.deadline is DeadlineKind.DATE:
            arg = self.on.isoformat() if self.on else f"{self.month_day[0]:02d}-{self.month_day[1]:02d}"  # type: ignore[index]
        else:
            arg = str(self.n)
        return f"{self.frequency} {self.deadline.value}:{arg}"

    @property
    def period_kind(self) -> PeriodKind:
        return FREQUENCY_KIND[self.frequency]

    def periods(self, start: dt.date, end: dt.date) -> list[Period]:
        """The report periods of this rhythm that end inside ``start``..``end`` (a plan's span);
        a span ending mid-period keeps that last period (a 100-day plan reports its last month)."""
        out: list[Period] = []
        d = start
        while d <= end:
            p = period_containing(self.period_kind, d)
            if not out or out[-1] != p:
                out.append(p)
            d = p.end + dt.timedelta(days=1)
        return out

    def due(self, period: Period) -> dt.date:
        """The day the report on ``period`` is due."""
        last = period.end
        if self.deadline is DeadlineKind.DAYS_AFTER:
            return last + dt.timedelta(days=self.n)
        if self.deadline is DeadlineKind.DATE:
            if self.on is not None:
                return self.on
            assert self.month_day is not None
            m, d = self.month_day
            y = last.year if (m, d) >= (last.month, last.day) or period.kind is PeriodKind.YEAR else last.year + 1
            return dt.date(y, m, min(d, calendar.monthrange(y, m)[1]))
        y, m = last.year, last.month
        if self.deadline is DeadlineKind.DAY_OF_NEXT_MONTH:
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return dt.date(y, m, min(self.n, calendar.monthrange(y, m)[1]))

    def words(self) -> str:
        """``Báo cáo tháng: trước ngày 20 hằng tháng`` and the like."""
        freq = _FREQ_WORDS[self.frequency]
        head = _REPORT_WORDS[self.frequency]
        if self.deadline is DeadlineKind.DAY_OF_MONTH:
            if self.frequency == "month":
                return f"{head}: trước ngày {self.n} hằng tháng"
            return f"{head} ({freq}): trước ngày {self.n} của tháng cuối kỳ"
        if self.deadline is DeadlineKind.DAY_OF_NEXT_MONTH:
            return f"{head} ({freq}): trước ngày {self.n} của tháng đầu kỳ sau"
        if self.deadline is DeadlineKind.DATE:
            if self.on is not None:
                return f"{head}: trước ngày {short_date(self.on)}"
            assert self.month_day is not None
            return f"{head}: trước ngày {day_month(dt.date(2000, self.month_day[0], self.month_day[1]))} hằng năm"
        if self.n == 0:
            return f"{head} ({freq}): vào ngày cuối kỳ"
        return f"{head} ({freq}): trong {self.n} ngày sau khi hết kỳ"


def period_containing(kind: PeriodKind, d: dt.date) -> Period:
    if kind is PeriodKind.WEEK:
        return Period.week_of(d)
    if kind is PeriodKind.MONTH:
        return Period.month_of(d)
    if kind is PeriodKind.QUARTER:
        return Period.quarter_of(d)
    if kind is PeriodKind.HALF:
        return Period.half_of(d)
    if kind is PeriodKind.YEAR:
        return Period.year_of(d.year)
    return Period.of_date(d)
