"""A task's deadline as provinces write it: a date, a month, a quarter, a year, a rule.

Three kinds:

- ``period``: a fixed time (``30/9/2026``, ``Tháng 9/2026``, ``Quý III/2026``,
  ``Năm 2026``), held as a ``Period``;
- ``relative``: so many days or months after an event (``30 ngày sau khi Trung
  ương ban hành``); it becomes dated when the unit enters the event's date;
- ``recurring``: ``Hằng tuần``, ``Hằng tháng``, ``Hằng quý``, ``Hằng năm`` or
  ``Thường xuyên``; the task is due in each such period.

As JSON (template and plan task)::

    {"kind": "period", "period": "2026-09-30", "text": "30/9/2026"}
    {"kind": "relative", "offset": 30, "unit": "day", "event": "Trung ương ban hành", "text": "..."}
    {"kind": "recurring", "every": "month", "text": "Hằng tháng"}
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from desktop.models.period import Period, PeriodKind
from desktop.vn import short_date

KINDS = ("period", "relative", "recurring")
EVERY = ("week", "month", "quarter", "half", "year", "continuous")
EVERY_TEXT = {
    "week": "Hằng tuần",
    "month": "Hằng tháng",
    "quarter": "Hằng quý",
    "half": "6 tháng một lần",
    "year": "Hằng năm",
    "continuous": "Thường xuyên",
}
ROMAN_Q = {"I": 1, "II": 2, "III": 3, "IV": 4}
EXAMPLE = "30/9/2026, Quý III/2026, tháng 9/2026 hoặc một quy tắc như '30 ngày sau khi Trung ương ban hành', 'Hằng tháng', 'Thường xuyên'"


def _fold(text: str) -> str:
    """Lower case, no diacritics, single spaces: for recognising printed forms."""
    t = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    t = "".join(c for c in t if unicodedata.category(c) != "Mn")
    return " ".join(t.split())


@dataclass(frozen=True)
class Deadline:
    kind: str
    period: Period | None = None
    offset: int | None = None
    unit: str = "day"  # of the offset: day or month
    event: str | None = None
    every: str | None = None
    text: str | None = None

    # -- JSON --------------------------------------------------------------------------
    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Deadline | None:
        if not d:
            return None
        kind = d["kind"]
        if kind == "period":
            return cls("period", period=Period.parse(d["period"]), text=d.get("text"))
        if kind == "relative":
            return cls(
                "relative", offset=int(d["offset"]), unit=d.get("unit", "day"), event=d["event"], text=d.get("text")
            )
        if kind == "recurring":
            return cls("recurring", every=d["every"], text=d.get("text"))
        raise ValueError(f"unknown deadline kind {kind!r}")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        if self.kind == "period":
            assert self.period is not None
            out["period"] = self.period.code
        elif self.kind == "relative":
            out.update(offset=self.offset, unit=self.unit, event=self.event)
        else:
            out["every"] = self.every
        if self.text:
            out["text"] = self.text
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> Deadline | None:
        return cls.from_dict(json.loads(text)) if text else None

    # -- words ---------------------------------------------------------------------------
    def label(self) -> str:
        """As printed in the source when known, else in the usual Vietnamese form."""
        if self.text:
            return self.text
        if self.kind == "period":
            assert self.period is not None
            p = self.period
            if p.kind is PeriodKind.DAY:
                return short_date(p.start)
            if p.kind is PeriodKind.MONTH:
                return f"Tháng {p.index}/{p.year}"
            if p.kind is PeriodKind.QUARTER:
                return f"Quý {['I', 'II', 'III', 'IV'][p.index - 1]}/{p.year}"
            if p.kind is PeriodKind.HALF:
                return f"6 tháng {'đầu' if p.index == 1 else 'cuối'} năm {p.year}"
            return f"Năm {p.year}"
        if self.kind == "relative":
            unit = "ngày" if self.unit == "day" else "tháng"
            return f"{self.offset} {unit} sau khi {self.event}"
        return EVERY_TEXT[self.every or "continuous"]

    # -- time ----------------------------------------------------------------------------
    def finish(self, event_date: dt.date | None = None) -> Period | None:
        """The period by which the task is due: fixed, or from the event's date; None for recurring."""
        if self.kind == "period":
            return self.period
        if self.kind == "relative" and event_date is not None:
            assert self.offset is not None
            if self.unit == "month":
                m = event_date.month - 1 + self.offset
                y = event_date.year + m // 12
                m = m % 12 + 1
                day = min(event_date.day, calendar.monthrange(y, m)[1])
                return Period.of_date(dt.date(y, m, day))
            return Period.of_date(event_date + dt.timedelta(days=self.offset))
        return None

    def cycle_of(self, day: dt.date) -> tuple[dt.date, dt.date] | None:
        """The recurring period that holds ``day`` (first and last day); None when not periodic."""
        if self.kind != "recurring" or self.every == "continuous":
            return None
        if self.every == "week":
            start = day - dt.timedelta(days=day.weekday())
            return start, start + dt.timedelta(days=6)
        if self.every == "month":
            return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
        if self.every == "quarter":
            q = Period.quarter_of(day)
            return q.start, q.end
        if self.every == "half":
            h = Period.parse(f"{day.year}-H{1 if day.month <= 6 else 2}")
            return h.start, h.end
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)

    def missed(self, last_update: dt.date | None, today: dt.date, since: dt.date) -> bool:
        """A recurring task is late when the last whole cycle since ``since`` had no update."""
        cur = self.cycle_of(today)
        if cur is None:
            return False
        prev_end = cur[0] - dt.timedelta(days=1)
        prev = self.cycle_of(prev_end)
        assert prev is not None
        if prev[0] < since:
            return False  # no whole cycle has passed since the task began
        return last_update is None or last_update < prev[0]

    # -- reading printed text --------------------------------------------------------------
    @classmethod
    def parse_text(cls, text: str, year: int | None = None) -> Deadline | None:
        """The deadline a printed cell means; None when it is not one of the known forms.

        ``year`` completes forms without one (``Quý III``, ``Tháng 9``, ``30/9``).
        """
        raw = " ".join(text.split())
        if not raw:
            return None
        f = _fold(raw).rstrip(".;")
        # recurring
        rec = [
            (r"^(hang|hàng) tuan$|^moi tuan$|^hang tuan", "week"),
            (r"^(hang|hàng) thang|^moi thang|^dinh ky hang thang", "month"),
            (r"^(hang|hàng) quy|^moi quy|^dinh ky hang quy", "quarter"),
            (r"^(hang|hàng) nam|^moi nam|^dinh ky hang nam", "year"),
            (r"^6 thang (mot|1) lan|^(hang|hàng) 6 thang", "half"),
            (r"^thuong xuyen|^lien tuc|^thuong xuyen, lien tuc", "continuous"),
        ]
        for pattern, every in rec:
            if re.search(pattern, f):
                return cls("recurring", every=every, text=raw)
        # relative to an event: "30 ngày sau khi ...", "trong vòng 03 tháng kể từ khi ..."
        m = re.match(
            r"^(?:trong (?:vong|thoi han) )?(\d{1,3}) (ngay|thang) (?:sau khi|ke tu (?:khi|ngay)|sau) (.+)$", f
        )
        if m:
            # keep the event in the source's own letters
            words = raw.split()
            skip = len(m.group(0).split()) - len(m.group(3).split())
            event = " ".join(words[skip:]).rstrip(".;")
            return cls(
                "relative",
                offset=int(m.group(1)),
                unit="day" if m.group(2) == "ngay" else "month",
                event=event,
                text=raw,
            )
        # fixed dates
        f2 = re.sub(
            r"^(truoc ngay|truoc|den ngay|hoan thanh truoc ngay|hoan thanh truoc|hoan thanh trong|trong|hoan thanh)\s+",
            "",
            f,
        )
        m = re.match(r"^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$", f2)
        if m:
            y = int(m.group(3)) if m.group(3) else year
            if y is None:
                return None
            try:
                d = dt.date(y, int(m.group(2)), int(m.group(1)))
            except ValueError:
                return None
            return cls("period", period=Period.of_date(d), text=raw)
        m = re.match(r"^ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$", f2)
        if m:
            try:
                d = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                return None
            return cls("period", period=Period.of_date(d), text=raw)
        m = re.match(r"^quy (i{1,3}|iv|[1-4])(?:\s*(?:/|nam)\s*(\d{4}))?$", f2)
        if m:
            q = m.group(1).upper()
            qi = ROMAN_Q.get(q) or int(q)
            y = int(m.group(2)) if m.group(2) else year
            if y is None:
                return None
            return cls("period", period=Period.parse(f"{y}-Q{qi}"), text=raw)
        m = re.match(r"^thang (\d{1,2})(?:\s*(?:/|nam)\s*(\d{4}))?$", f2)
        if m and 1 <= int(m.group(1)) <= 12:
            y = int(m.group(2)) if m.group(2) else year
            if y is None:
                return None
            return cls("period", period=Period.parse(f"{y}-{int(m.group(1)):02d}"), text=raw)
        m = re.match(r"^(?:6 thang )?(dau|cuoi) nam(?:\s*(\d{4}))?$", f2)
        if m and f2.startswith("6 thang"):
            y = int(m.group(2)) if m.group(2) else year
            if y is None:
                return None
            return cls("period", period=Period.parse(f"{y}-H{1 if m.group(1) == 'dau' else 2}"), text=raw)
        m = re.match(r"^(?:nam )?(\d{4})$", f2)
        if m:
            return cls("period", period=Period.year_of(int(m.group(1))), text=raw)
        return None
