"""A city's plan as a template: the domain view of a validated template JSON document.

Parsing happens after JSON Schema validation (``desktop.services.templates``), so
these constructors trust the shape and only convert values: amounts to
``Decimal``, periods to ``Period``, levels to ``Level``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop.models.deadline import Deadline
from desktop.models.enums import BudgetColumn, Level, ReportFrequency, TargetDirection
from desktop.models.period import Period

DASH = "-"


def amount(value: str | None) -> Decimal | None:
    """A template amount: ``"329.7"`` -> Decimal; a printed dash counts as zero."""
    if value is None:
        return None
    if value == DASH:
        return Decimal(0)
    return Decimal(value)


@dataclass(frozen=True)
class TemplateSigner:
    authority: str
    title: str
    name: str
    deputy_prefix: str | None = None


@dataclass(frozen=True)
class TemplateTarget:
    id: str
    group: str
    text: str
    unit: str
    direction: TargetDirection
    values: dict[str, Decimal]
    binds: tuple[Level, ...]
    printed: str | None = None
    year: int | None = None

    def value_for(self, level: Level) -> Decimal | None:
        if level.value in self.values:
            return self.values[level.value]
        return self.values.get("all")


@dataclass(frozen=True)
class CommuneVersion:
    """The commune's own wording of a task: its lead, product and deadline."""

    lead: str | None = None
    product: str | None = None
    deadline: Deadline | None = None


@dataclass(frozen=True)
class TemplateTask:
    id: str
    number: str | None
    content: str
    lead: str | None
    levels: tuple[Level, ...]
    start: Period | None = None
    finish: Period | None = None
    period_text: str | None = None
    coordinating: str | None = None
    support: str | None = None
    product: str | None = None
    superior_ref: str | None = None
    deadline: Deadline | None = None
    units: tuple[str, ...] = ()  # named unit codes; when given, only these units adopt the task
    commune: CommuneVersion | None = None

    def binds(self, level: Level, unit_code: str | None = None) -> bool:
        """Whether a unit of ``level`` (and code ``unit_code``) must adopt this task."""
        if self.units:
            return unit_code is not None and unit_code in self.units
        return level in self.levels

    def for_unit(self, level: Level) -> tuple[str | None, str | None, str | None, Deadline | None]:
        """(lead, guide, product, deadline) as the unit's plan prints them: a commune's own
        lead when the template gives one, the province's agency then guiding."""
        cv = self.commune if level is Level.COMMUNE else None
        lead: str | None = self.lead
        guide: str | None = None
        if cv is not None and cv.lead:
            lead, guide = cv.lead, self.lead
        product = (cv.product if cv is not None and cv.product else None) or self.product
        deadline = (cv.deadline if cv is not None and cv.deadline else None) or self.deadline
        return lead, guide, product, deadline


@dataclass(frozen=True)
class TemplateTaskGroup:
    id: str
    number: str | None
    title: str
    pillar: str
    tasks: tuple[TemplateTask, ...]
    source: str | None = None


@dataclass(frozen=True)
class BudgetLineT:
    number: str | None
    task: str
    amounts: dict[BudgetColumn, Decimal | None]
    printed: dict[BudgetColumn, str | None]
    period_text: str | None = None
    lead: str | None = None


@dataclass(frozen=True)
class BudgetGroupT:
    number: str | None
    title: str
    lines: tuple[BudgetLineT, ...]
    printed: dict[BudgetColumn, Decimal | None]

    def sum(self, column: BudgetColumn) -> Decimal:
        return sum((ln.amounts.get(column) or Decimal(0) for ln in self.lines), Decimal(0))


@dataclass(frozen=True)
class BudgetSectionT:
    id: str
    title: str
    columns: tuple[tuple[BudgetColumn, str], ...]
    groups: tuple[BudgetGroupT, ...]
    printed_total: dict[BudgetColumn, Decimal | None]
    has_lead_column: bool = False
    note: str | None = None

    @property
    def lines(self) -> list[BudgetLineT]:
        return [ln for g in self.groups for ln in g.lines]

    def sum(self, column: BudgetColumn) -> Decimal:
        return sum((g.sum(column) for g in self.groups), Decimal(0))


@dataclass(frozen=True)
class BudgetSummaryRow:
    number: str | None
    section: str
    amounts: dict[BudgetColumn, Decimal | None]
    note: str | None = None


@dataclass(frozen=True)
class BudgetSummaryT:
    title: str
    columns: tuple[tuple[BudgetColumn, str], ...]
    rows: tuple[BudgetSummaryRow, ...]
    printed_total: dict[BudgetColumn, Decimal | None]
    total_label: str | None = None


@dataclass(frozen=True)
class BudgetT:
    sections: tuple[BudgetSectionT, ...]
    summary: BudgetSummaryT | None

    @property
    def lines(self) -> list[BudgetLineT]:
        return [ln for s in self.sections for ln in s.lines]


@dataclass(frozen=True)
class TotalDifference:
    """A printed total that is not the sum of its printed lines (rounding in the source)."""

    section: str
    group: str | None  # None for the section's TỔNG row
    column: BudgetColumn
    printed: Decimal
    computed: Decimal

    @property
    def difference(self) -> Decimal:
        return self.printed - self.computed


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    paragraphs: tuple[str, ...]
    children: tuple[Section, ...] = ()
    number: str | None = None

    def walk(self) -> list[Section]:
        out = [self]
        for c in self.children:
            out.extend(c.walk())
        return out

    def text(self) -> str:
        """The section's own paragraphs and its children's, as plain text."""
        lines: list[str] = list(self.paragraphs)
        for c in self.children:
            head = f"{c.number} {c.title}".strip() if c.number else c.title
            if head:
                lines.append(head)
            lines.extend(c.text().splitlines())
        return "\n".join(lines)


@dataclass(frozen=True)
class ReportingDuty:
    frequency: ReportFrequency
    text: str
    deadline: tuple[int, int] | None = None  # (month, day)

    def deadline_in(self, year: int) -> dt.date | None:
        if not self.deadline:
            return None
        return dt.date(year, *self.deadline)


@dataclass(frozen=True)
class Template:
    id: str
    version: int
    kind: str
    number: str
    date: dt.date | None
    place: str
    issuer: str
    title: str
    period_start: int
    period_end: int
    province_code: int | None
    levels: tuple[Level, ...]
    legal_bases: tuple[str, ...]
    general_objectives: tuple[str, ...]
    targets: tuple[TemplateTarget, ...]
    task_groups: tuple[TemplateTaskGroup, ...]
    budget: BudgetT | None
    sections: tuple[Section, ...]
    reporting: tuple[ReportingDuty, ...]
    notes: tuple[str, ...] = ()
    signer: TemplateSigner | None = None
    recipients: tuple[str, ...] = ()
    parent_body: str | None = None
    attached_plan_title: str | None = None
    source_note: str | None = None
    superior_plan: str | None = None
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    # -- views -------------------------------------------------------------
    @property
    def tasks(self) -> list[TemplateTask]:
        return [t for g in self.task_groups for t in g.tasks]

    @property
    def period_label(self) -> str:
        if self.period_start == self.period_end:
            return str(self.period_start)
        return f"{self.period_start}-{self.period_end}"

    def covers(self, year: int) -> bool:
        return self.period_start <= year <= self.period_end

    def group_of(self, task_id: str) -> TemplateTaskGroup:
        for g in self.task_groups:
            if any(t.id == task_id for t in g.tasks):
                return g
        raise KeyError(task_id)

    def tasks_for(self, level: Level, unit_code: str | None = None) -> list[tuple[TemplateTaskGroup, TemplateTask]]:
        """The tasks a unit adopts: those of its level, and those naming it; a task that names
        units goes to them only."""
        return [(g, t) for g in self.task_groups for t in g.tasks if t.binds(level, unit_code)]

    def targets_for(self, level: Level, year: int | None = None) -> list[TemplateTarget]:
        """The targets that bind ``level`` (the latest-year value when a roadmap repeats one)."""
        out = [t for t in self.targets if level in t.binds and t.value_for(level) is not None]
        if year is not None:
            out = [t for t in out if t.year is None or t.year == year or t.year >= year]
        return out

    def section(self, key: str) -> Section | None:
        for top in self.sections:
            for s in top.walk():
                if s.key == key:
                    return s
        return None

    def annual_report_deadline(self, year: int) -> dt.date | None:
        for r in self.reporting:
            if r.frequency is ReportFrequency.YEAR and r.deadline:
                return r.deadline_in(year)
        return None

    def total_differences(self) -> list[TotalDifference]:
        """Every printed subtotal or total that differs from the sum of its lines."""
        out: list[TotalDifference] = []
        if not self.budget:
            return out
        for sec in self.budget.sections:
            for col, _label in sec.columns:
                if col is BudgetColumn.RATIO:
                    continue
                for g in sec.groups:
                    printed = g.printed.get(col)
                    if printed is not None and g.lines:
                        computed = g.sum(col)
                        if printed != computed:
                            out.append(TotalDifference(sec.id, g.title, col, printed, computed))
                printed = sec.printed_total.get(col)
                if printed is not None:
                    computed = sec.sum(col)
                    if printed != computed:
                        out.append(TotalDifference(sec.id, None, col, printed, computed))
        return out

    # -- parsing -----------------------------------------------------------
    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Template:
        doc = d["document"]
        signer = doc.get("signer")
        budget = d.get("budget")
        return cls(
            id=d["id"],
            version=int(d["version"]),
            kind=doc["kind"],
            number=doc["number"],
            date=dt.date.fromisoformat(doc["date"]) if doc.get("date") else None,
            place=doc["place"],
            issuer=doc["issuer"],
            title=doc["title"],
            period_start=d["period"]["start"],
            period_end=d["period"]["end"],
            province_code=d.get("province_code"),
            levels=tuple(Level(x) for x in d["levels"]),
            legal_bases=tuple(d["legal_bases"]),
            general_objectives=tuple(d["general_objectives"]),
            targets=tuple(_target(t) for t in d["targets"]),
            task_groups=tuple(_group(g) for g in d["task_groups"]),
            budget=_budget(budget) if budget else None,
            sections=tuple(_section(s) for s in d["sections"]),
            reporting=tuple(_reporting(r) for r in d["reporting"]),
            notes=tuple(d.get("notes", ())),
            signer=TemplateSigner(
                authority=signer["authority"],
                title=signer["title"],
                name=signer["name"],
                deputy_prefix=signer.get("deputy_prefix"),
            )
            if signer
            else None,
            recipients=tuple(doc.get("recipients", ())),
            parent_body=doc.get("parent_body"),
            attached_plan_title=doc.get("attached_plan_title"),
            source_note=doc.get("source_note"),
            superior_plan=d.get("superior_plan"),
            period_from=dt.date.fromisoformat(d["period"]["from"]) if d["period"].get("from") else None,
            period_to=dt.date.fromisoformat(d["period"]["to"]) if d["period"].get("to") else None,
            raw=d,
        )


def _period(code: str | None) -> Period | None:
    return Period.parse(code) if code else None


def _target(t: dict[str, Any]) -> TemplateTarget:
    return TemplateTarget(
        id=t["id"],
        group=t["group"],
        text=t["text"],
        unit=t["unit"],
        direction=TargetDirection(t["direction"]),
        values={k: v for k, v in ((k, amount(v)) for k, v in t["values"].items()) if v is not None},
        binds=tuple(Level(x) for x in t["binds"]),
        printed=t.get("printed"),
        year=t.get("year"),
    )


def _task(t: dict[str, Any]) -> TemplateTask:
    return TemplateTask(
        id=t["id"],
        number=t.get("number"),
        content=t["content"],
        lead=t.get("lead"),
        levels=tuple(Level(x) for x in t["levels"]),
        start=_period(t.get("start")),
        finish=_period(t.get("finish")),
        period_text=t.get("period_text"),
        coordinating=t.get("coordinating"),
        support=t.get("support"),
        product=t.get("product"),
        superior_ref=t.get("superior_ref"),
        deadline=Deadline.from_dict(t.get("deadline")),
        units=tuple(t.get("units", ())),
        commune=_commune(t.get("commune")),
    )


def _commune(c: dict[str, Any] | None) -> CommuneVersion | None:
    if not c:
        return None
    return CommuneVersion(lead=c.get("lead"), product=c.get("product"), deadline=Deadline.from_dict(c.get("deadline")))


def _group(g: dict[str, Any]) -> TemplateTaskGroup:
    return TemplateTaskGroup(
        id=g["id"],
        number=g.get("number"),
        title=g["title"],
        pillar=g["pillar"],
        tasks=tuple(_task(t) for t in g["tasks"]),
        source=g.get("source"),
    )


def _amounts(a: dict[str, str | None] | None) -> dict[BudgetColumn, Decimal | None]:
    return {BudgetColumn(k): amount(v) for k, v in (a or {}).items()}


def _columns(cols: list[dict[str, str]]) -> tuple[tuple[BudgetColumn, str], ...]:
    return tuple((BudgetColumn(c["key"]), c["label"]) for c in cols)


def _budget(b: dict[str, Any]) -> BudgetT:
    sections = tuple(
        BudgetSectionT(
            id=s["id"],
            title=s["title"],
            columns=_columns(s["columns"]),
            groups=tuple(
                BudgetGroupT(
                    number=g.get("number"),
                    title=g["title"],
                    printed=_amounts(g.get("printed")),
                    lines=tuple(
                        BudgetLineT(
                            number=ln.get("number"),
                            task=ln["task"],
                            amounts=_amounts(ln["amounts"]),
                            printed={BudgetColumn(k): v for k, v in ln["amounts"].items()},
                            period_text=ln.get("period_text"),
                            lead=ln.get("lead"),
                        )
                        for ln in g["lines"]
                    ),
                )
                for g in s["groups"]
            ),
            printed_total=_amounts(s.get("printed_total")),
            has_lead_column=bool(s.get("has_lead_column", False)),
            note=s.get("note"),
        )
        for s in b["sections"]
    )
    sm = b.get("summary")
    summary = (
        BudgetSummaryT(
            title=sm["title"],
            columns=_columns(sm["columns"]),
            rows=tuple(
                BudgetSummaryRow(
                    number=r.get("number"),
                    section=r["section"],
                    amounts=_amounts(r["amounts"]),
                    note=r.get("note"),
                )
                for r in sm["rows"]
            ),
            printed_total=_amounts(sm.get("printed_total")),
            total_label=sm.get("total_label"),
        )
        if sm
        else None
    )
    return BudgetT(sections=sections, summary=summary)


def _section(s: dict[str, Any]) -> Section:
    return Section(
        key=s["key"],
        title=s["title"],
        paragraphs=tuple(s["paragraphs"]),
        children=tuple(_section(c) for c in s.get("children", ())),
        number=s.get("number"),
    )


def _reporting(r: dict[str, Any]) -> ReportingDuty:
    deadline = None
    if r.get("deadline"):
        m, dd = r["deadline"].split("-")
        deadline = (int(m), int(dd))
    return ReportingDuty(ReportFrequency(r["frequency"]), r["text"], deadline)
