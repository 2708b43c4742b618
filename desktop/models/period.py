"""Periods of time as plans speak of them: a year, a half, a quarter, a month, a day.

``Quý I`` is a period, not a string: it knows its first and last day, compares,
and prints itself in Vietnamese. Codes: ``2024``, ``2024-H1``, ``2024-Q1``,
``2024-05``, ``2024-05-15``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from dataclasses import dataclass

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}

_CODE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:Q(?P<q>[1-4])|H(?P<h>[12])|(?P<m>0[1-9]|1[0-2])(?:-(?P<d>\d{2}))?))?$"
)


class PeriodKind(str, enum.Enum):
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    MONTH = "month"
    DAY = "day"


@dataclass(frozen=True, order=False)
class Period:
    kind: PeriodKind
    year: int
    index: int = 0  # half 1-2, quarter 1-4, month 1-12
    day: int = 0

    # -- construction ------------------------------------------------------
    @classmethod
    def parse(cls, code: str) -> "Period":
        m = _CODE.match(code.strip())
        if not m:
            raise ValueError(f"not a period code: {code!r}")
        y = int(m["y"])
        if m["q"]:
            return cls(PeriodKind.QUARTER, y, int(m["q"]))
        if m["h"]:
            return cls(PeriodKind.HALF, y, int(m["h"]))
        if m["m"]:
            if m["d"]:
                d = dt.date(y, int(m["m"]), int(m["d"]))  # validates the day
                return cls(PeriodKind.DAY, y, d.month, d.day)
            return cls(PeriodKind.MONTH, y, int(m["m"]))
        return cls(PeriodKind.YEAR, y)

    @classmethod
    def of_date(cls, d: dt.date) -> "Period":
        return cls(PeriodKind.DAY, d.year, d.month, d.day)

    @classmethod
    def quarter_of(cls, d: dt.date) -> "Period":
        return cls(PeriodKind.QUARTER, d.year, (d.month - 1) // 3 + 1)

    @classmethod
    def year_of(cls, year: int) -> "Period":
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
        return self.start

    def contains(self, d: dt.date) -> bool:
        return self.start <= d <= self.end

    def in_year(self, year: int) -> "Period":
        """The same period moved to ``year`` (a template's Quý I into a plan's year)."""
        if self.kind is PeriodKind.DAY:
            last = calendar.monthrange(year, self.index)[1]
            return Period(self.kind, year, self.index, min(self.day, last))
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
        return f"{self.day:02d}/{self.index}/{self.year}" if with_year else f"{self.day:02d}/{self.index}"

    def __str__(self) -> str:
        return self.code

    def __lt__(self, other: "Period") -> bool:
        return (self.start, self.end) < (other.start, other.end)


def quarters(year: int) -> list[Period]:
    return [Period(PeriodKind.QUARTER, year, q) for q in range(1, 5)]


REPORT_PERIODS = ("q1", "q2", "q3", "q4", "h1", "year")


def report_period(year: int, name: str) -> Period:
    """The period of a report named as the CLI names it: q1..q4, h1, year."""
    name = name.lower()
    if name == "year":
        return Period(PeriodKind.YEAR, year)
    if name == "h1":
        return Period(PeriodKind.HALF, year, 1)
    if name in ("q1", "q2", "q3", "q4"):
        return Period(PeriodKind.QUARTER, year, int(name[1]))
    raise ValueError(name)
