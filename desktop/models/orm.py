"""The store's tables as a typed SQLAlchemy 2 ORM.

Money is ``Decimal`` (``Money`` column), periods are ``Period`` objects, dates are
dates. The schema is created and changed only by the Alembic migrations in
``desktop/store/migrations``; ``Base.metadata`` is what they are checked against.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop.models.enums import (
    EvidenceKind,
    FundingSource,
    Issuer,
    Level,
    PlanKind,
    PlanState,
    TargetDirection,
    TargetMeasure,
    TaskStatus,
)
from desktop.models.mixins import EvidenceMixin, PlanMixin, SignerMixin, TargetMixin, TaskMixin, UnitMixin
from desktop.models.period import Period
from desktop.models.types import JsonList, Money, PeriodType

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(cls: Any) -> Enum:
    return Enum(
        cls, values_callable=lambda e: [m.value for m in e], native_enum=False, validate_strings=True, length=20
    )


def new_uid() -> str:
    import uuid

    return uuid.uuid4().hex


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Key/value settings of a data folder (role, user name, province of a city)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CustomUnit(Base):
    """A unit outside the official 2025 directory: a legacy district, a department."""

    __tablename__ = "custom_units"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[Level] = mapped_column(_enum(Level))
    province_code: Mapped[int | None]
    kind: Mapped[str] = mapped_column(String(32), default="other")


class UnitProfile(UnitMixin, Base):
    """The unit whose plan this data folder holds, with its header as it prints."""

    __tablename__ = "unit_profiles"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[Level] = mapped_column(_enum(Level))
    province_code: Mapped[int | None]
    parent_body: Mapped[str | None] = mapped_column(String(200))
    issuer_line: Mapped[str] = mapped_column(String(200))
    place_name: Mapped[str] = mapped_column(String(100))
    doc_code: Mapped[str] = mapped_column(String(32), default="UBND")
    drafter_code: Mapped[str | None] = mapped_column(String(32))
    recipients: Mapped[list[str]] = mapped_column(JsonList, default=list)
    user_name: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    signers: Mapped[list[Signer]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", order_by="Signer.position"
    )
    plans: Mapped[list[Plan]] = relationship(back_populates="unit", cascade="all, delete-orphan")


class Signer(SignerMixin, Base):
    """Who signs: ``TM. ỦY BAN NHÂN DÂN`` / ``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH`` / name."""

    __tablename__ = "signers"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit_profiles.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    on_behalf: Mapped[str | None] = mapped_column(String(100))  # "ỦY BAN NHÂN DÂN" -> TM. line
    deputy_of: Mapped[str | None] = mapped_column(String(100))  # "CHỦ TỊCH" -> KT. line
    title: Mapped[str] = mapped_column(String(100))
    full_name: Mapped[str] = mapped_column(String(100))

    unit: Mapped[UnitProfile] = relationship(back_populates="signers")


class TemplateRecord(Base):
    """A city template (built-in or imported) in one version; ``data`` is its JSON."""

    __tablename__ = "templates"
    __table_args__ = (UniqueConstraint("key", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64))
    version: Mapped[int]
    kind: Mapped[str] = mapped_column(String(8))
    number: Mapped[str] = mapped_column(String(64))
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    issuer: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(Text)
    period_start: Mapped[int]
    period_end: Mapped[int]
    province_code: Mapped[int | None]
    source: Mapped[str] = mapped_column(String(16), default="builtin")
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Plan(PlanMixin, Base):
    """One plan of a unit: the year's plan, a plan carrying out a named document, or a
    campaign, issued by the UBND or a Party body, over a year or between two dates,
    made from a template version or blank (the unit's own).

    A unit holds any number of plans a year; ``year`` is the year the plan's period
    starts in (plans are grouped by it), ``uid`` names the plan in export packages.
    """

    __tablename__ = "plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit_profiles.id", ondelete="CASCADE"), index=True)
    year: Mapped[int]
    kind: Mapped[PlanKind] = mapped_column(_enum(PlanKind), default=PlanKind.ANNUAL)
    issuer: Mapped[Issuer] = mapped_column(_enum(Issuer), default=Issuer.UBND)
    start_date: Mapped[dt.date | None] = mapped_column(Date)  # None: 1 January of ``year``
    end_date: Mapped[dt.date | None] = mapped_column(Date)  # None: 31 December of ``year``
    implements: Mapped[str | None] = mapped_column(Text)  # the document a "trien_khai" plan carries out
    template_id: Mapped[int | None] = mapped_column(ForeignKey("templates.id"))
    number: Mapped[str | None] = mapped_column(String(32))
    issue_date: Mapped[dt.date | None] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(Text)
    state: Mapped[PlanState] = mapped_column(_enum(PlanState), default=PlanState.DRAFT)
    signer_id: Mapped[int | None] = mapped_column(ForeignKey("signers.id", ondelete="SET NULL"))
    recipients: Mapped[list[str]] = mapped_column(JsonList, default=list)
    report_rules: Mapped[list[str]] = mapped_column(JsonList, default=list)  # ReportRule codes
    previous_year: Mapped[str | None] = mapped_column(Text)  # "Đánh giá kết quả thực hiện năm trước"
    export_revision: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    unit: Mapped[UnitProfile] = relationship(back_populates="plans")
    template: Mapped[TemplateRecord | None] = relationship()
    signer: Mapped[Signer | None] = relationship()
    legal_bases: Mapped[list[LegalBasis]] = relationship(cascade="all, delete-orphan", order_by="LegalBasis.position")
    sections: Mapped[list[PlanSection]] = relationship(cascade="all, delete-orphan", order_by="PlanSection.position")
    tasks: Mapped[list[PlanTask]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanTask.position"
    )
    targets: Mapped[list[PlanTarget]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanTarget.position"
    )
    budget_lines: Mapped[list[BudgetLine]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="BudgetLine.position"
    )
    exports: Mapped[list[ExportRecord]] = relationship(cascade="all, delete-orphan", order_by="ExportRecord.revision")


class LegalBasis(Base):
    __tablename__ = "plan_legal_bases"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)


class PlanSection(Base):
    """A text section of the plan (purpose, solutions, organisation ...)."""

    __tablename__ = "plan_sections"
    __table_args__ = (UniqueConstraint("plan_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    edited: Mapped[bool] = mapped_column(Boolean, default=False)


class PlanTask(TaskMixin, Base):
    """A task of the plan: adopted from the template (``template_ref``) or the unit's own."""

    __tablename__ = "plan_tasks"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    template_ref: Mapped[str | None] = mapped_column(String(64))
    group_ref: Mapped[str] = mapped_column(String(64))
    group_number: Mapped[str | None] = mapped_column(String(16))
    group_title: Mapped[str] = mapped_column(String(300))
    pillar: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(default=0)
    content: Mapped[str] = mapped_column(Text)
    lead: Mapped[str | None] = mapped_column(Text)
    coordinating: Mapped[str | None] = mapped_column(Text)
    support: Mapped[str | None] = mapped_column(Text)
    product: Mapped[str | None] = mapped_column(Text)
    start: Mapped[Period | None] = mapped_column(PeriodType)
    finish: Mapped[Period | None] = mapped_column(PeriodType)
    period_text: Mapped[str | None] = mapped_column(String(200))
    # the province's task fields (schema 0005): the superior plan's task number, the deadline
    # as a rule (JSON of desktop.models.deadline.Deadline), the date of the event a relative
    # deadline counts from, and the province's agency that guides when the commune leads
    superior_ref: Mapped[str | None] = mapped_column(String(100))
    deadline_rule: Mapped[str | None] = mapped_column(Text)
    event_date: Mapped[dt.date | None] = mapped_column(Date)
    guide: Mapped[str | None] = mapped_column(Text)
    budget: Mapped[Decimal | None] = mapped_column(Money)
    adopted: Mapped[bool] = mapped_column(Boolean, default=True)
    flag: Mapped[str | None] = mapped_column(Text)  # e.g. dropped from a newer template version
    status: Mapped[TaskStatus] = mapped_column(_enum(TaskStatus), default=TaskStatus.NOT_STARTED)
    percent: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    plan: Mapped[Plan] = relationship(back_populates="tasks")
    updates: Mapped[list[TaskUpdate]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="TaskUpdate.id"
    )
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="Evidence.id"
    )


class TaskUpdate(Base):
    """A dated progress update of a task."""

    __tablename__ = "task_updates"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("plan_tasks.id", ondelete="CASCADE"), index=True)
    on_date: Mapped[dt.date] = mapped_column(Date)
    period: Mapped[Period | None] = mapped_column(PeriodType)
    status: Mapped[TaskStatus] = mapped_column(_enum(TaskStatus))
    percent: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    task: Mapped[PlanTask] = relationship(back_populates="updates")


class Evidence(EvidenceMixin, Base):
    """Proof of work: a file copied into the data folder, or an official document cited."""

    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("plan_tasks.id", ondelete="CASCADE"), index=True)
    update_id: Mapped[int | None] = mapped_column(ForeignKey("task_updates.id", ondelete="SET NULL"))
    kind: Mapped[EvidenceKind] = mapped_column(_enum(EvidenceKind))
    title: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str | None] = mapped_column(String(255))
    stored_name: Mapped[str | None] = mapped_column(String(255))
    sha256: Mapped[str | None] = mapped_column(String(64))
    size: Mapped[int | None]
    doc_number: Mapped[str | None] = mapped_column(String(64))
    doc_date: Mapped[dt.date | None] = mapped_column(Date)
    doc_summary: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    task: Mapped[PlanTask] = relationship(back_populates="evidence")


class PlanTarget(TargetMixin, Base):
    """A target of the plan: the city's value for the unit's level beside the unit's own."""

    __tablename__ = "plan_targets"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    template_ref: Mapped[str | None] = mapped_column(String(64))
    group_title: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(50), default="%")
    direction: Mapped[TargetDirection] = mapped_column(_enum(TargetDirection), default=TargetDirection.AT_LEAST)
    city_value: Mapped[Decimal | None] = mapped_column(Money)
    value: Mapped[Decimal | None] = mapped_column(Money)
    city_value_max: Mapped[Decimal | None] = mapped_column(Money)  # a range's upper end
    value_max: Mapped[Decimal | None] = mapped_column(Money)
    # values per group: [{"name": "Hộ nông thôn", "direction": "at_least", "value": "70", "value_max": null}]
    groups: Mapped[list[dict[str, Any]]] = mapped_column(JsonList, default=list)
    measure: Mapped[TargetMeasure] = mapped_column(_enum(TargetMeasure), default=TargetMeasure.CUMULATIVE)
    baseline: Mapped[Decimal | None] = mapped_column(Money)
    baseline_note: Mapped[str | None] = mapped_column(String(200))  # "năm 2025", "tháng 12/2025"
    due: Mapped[dt.date | None] = mapped_column(Date)  # a cumulative target's due date (else the plan's end)
    position: Mapped[int] = mapped_column(default=0)
    flag: Mapped[str | None] = mapped_column(Text)

    plan: Mapped[Plan] = relationship(back_populates="targets")

    measurements: Mapped[list[TargetMeasurement]] = relationship(
        back_populates="target", cascade="all, delete-orphan", order_by="TargetMeasurement.id"
    )


class TargetMeasurement(Base):
    __tablename__ = "target_measurements"
    __table_args__ = (UniqueConstraint("target_id", "period"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("plan_targets.id", ondelete="CASCADE"))
    period: Mapped[Period] = mapped_column(PeriodType)
    value: Mapped[Decimal] = mapped_column(Money)
    groups: Mapped[list[dict[str, Any]]] = mapped_column(JsonList, default=list)  # [{"name", "value"}]
    note: Mapped[str] = mapped_column(Text, default="")
    measured_on: Mapped[dt.date | None] = mapped_column(Date)

    target: Mapped[PlanTarget] = relationship(back_populates="measurements")


class BudgetLine(Base):
    """A funding line of the plan, in million VND, with its source of funds."""

    __tablename__ = "budget_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("plan_tasks.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(default=0)
    group_title: Mapped[str] = mapped_column(String(300))
    content: Mapped[str] = mapped_column(Text)
    period_text: Mapped[str | None] = mapped_column(String(200))
    approved: Mapped[Decimal | None] = mapped_column(Money)
    spent: Mapped[Decimal | None] = mapped_column(Money)
    carried_over: Mapped[Decimal | None] = mapped_column(Money)
    allocated: Mapped[Decimal | None] = mapped_column(Money)
    planned: Mapped[Decimal | None] = mapped_column(Money)
    requested: Mapped[Decimal | None] = mapped_column(Money)
    funding_source: Mapped[FundingSource] = mapped_column(_enum(FundingSource), default=FundingSource.COMMUNE_BUDGET)
    note: Mapped[str | None] = mapped_column(Text)

    plan: Mapped[Plan] = relationship(back_populates="budget_lines")
    task: Mapped[PlanTask | None] = relationship()


class ReportText(Base):
    """A section of a period's report written by the official (problems, proposals, next steps)."""

    __tablename__ = "report_texts"
    __table_args__ = (UniqueConstraint("plan_id", "period", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    period: Mapped[Period] = mapped_column(PeriodType)
    key: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class ExportRecord(Base):
    """One export of the plan to the city (revision, time, file)."""

    __tablename__ = "export_history"
    __table_args__ = (UniqueConstraint("plan_id", "revision"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    revision: Mapped[int]
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    file_name: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))


class AuditEntry(Base):
    """One recorded change, hash-chained to the one before it."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200), default="")
    os_user: Mapped[str] = mapped_column(String(200), default="")
    plan_id: Mapped[int | None] = mapped_column(index=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None]
    action: Mapped[str] = mapped_column(String(16))
    field: Mapped[str | None] = mapped_column(String(64))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    state_hash: Mapped[str | None] = mapped_column(String(64))  # the row's content after the change (chained)


class CriteriaSetRecord(Base):
    """A criteria set (bộ tiêu chí) in one version: built in, or published by the province."""

    __tablename__ = "criteria_sets"
    __table_args__ = (UniqueConstraint("key", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64))
    version: Mapped[int]
    title: Mapped[str] = mapped_column(Text)
    province_code: Mapped[int | None]
    source: Mapped[str] = mapped_column(String(16), default="builtin")
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SelfAssessment(Base):
    """The unit's self-assessment against one criteria set for one period ("2026-10", "2026-Q4", "2026")."""

    __tablename__ = "self_assessments"
    __table_args__ = (UniqueConstraint("unit_id", "set_key", "period"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit_profiles.id", ondelete="CASCADE"))
    set_id: Mapped[int] = mapped_column(ForeignKey("criteria_sets.id"))
    set_key: Mapped[str] = mapped_column(String(64))
    period: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    criteria_set: Mapped[CriteriaSetRecord] = relationship()
    answers: Mapped[list[AssessmentAnswer]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", order_by="AssessmentAnswer.id"
    )


class AssessmentAnswer(Base):
    """What the unit entered for one criterion: the value (JSON), not applicable, its explanation."""

    __tablename__ = "assessment_answers"
    __table_args__ = (UniqueConstraint("assessment_id", "criterion"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("self_assessments.id", ondelete="CASCADE"), index=True)
    criterion: Mapped[str] = mapped_column(String(32))
    value: Mapped[str | None] = mapped_column(Text)  # JSON
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    assessment: Mapped[SelfAssessment] = relationship(back_populates="answers")
    evidence: Mapped[list[AssessmentEvidence]] = relationship(
        back_populates="answer", cascade="all, delete-orphan", order_by="AssessmentEvidence.id"
    )


class AssessmentEvidence(Base):
    """Evidence of one answer: a file copied into the data folder, a cited document, or a task's evidence."""

    __tablename__ = "assessment_evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    answer_id: Mapped[int] = mapped_column(ForeignKey("assessment_answers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # file | document | task
    title: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str | None] = mapped_column(String(255))
    stored_name: Mapped[str | None] = mapped_column(String(255))
    sha256: Mapped[str | None] = mapped_column(String(64))
    size: Mapped[int | None]
    doc_number: Mapped[str | None] = mapped_column(String(64))
    doc_date: Mapped[dt.date | None] = mapped_column(Date)
    task_evidence_id: Mapped[int | None] = mapped_column(ForeignKey("evidence.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    answer: Mapped[AssessmentAnswer] = relationship(back_populates="evidence")


__all__ = [n for n in dir() if n[:1].isupper()]
