"""City mode tables for scorecards: the self-assessments units sent, and the assessor's adjustments.

A self-assessment arrives inside a unit's signed export package; the city keeps
the latest one per unit, criteria set and period, with the unit's own score as
sent (recomputed on receipt) beside every adjustment the city's assessor made,
each with its reason.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.orm import Base, utcnow
from desktop.models.types import Money


class CityAssessment(Base):
    """A unit's self-assessment as received (the latest revision per unit, set and period)."""

    __tablename__ = "city_assessments"
    __table_args__ = (UniqueConstraint("unit_code", "set_key", "period"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(32), index=True)
    unit_name: Mapped[str] = mapped_column(String(200))
    set_key: Mapped[str] = mapped_column(String(64))
    set_version: Mapped[int]
    period: Mapped[str] = mapped_column(String(16))
    revision: Mapped[int]
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    self_total: Mapped[Decimal] = mapped_column(Money)
    data: Mapped[str] = mapped_column(Text)  # the payload as sent (answers, evidence hashes, score)

    adjustments: Mapped[list[CityAdjustment]] = relationship(cascade="all, delete-orphan", order_by="CityAdjustment.id")


class CityAdjustment(Base):
    """The city's assessor changes one criterion's points, with a reason; the unit's own points stay."""

    __tablename__ = "city_adjustments"
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("city_assessments.id", ondelete="CASCADE"), index=True)
    criterion: Mapped[str] = mapped_column(String(32))
    self_points: Mapped[Decimal | None] = mapped_column(Money)
    points: Mapped[Decimal] = mapped_column(Money)
    reason: Mapped[str] = mapped_column(Text)
    assessor: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


__all__ = ["CityAssessment", "CityAdjustment"]
