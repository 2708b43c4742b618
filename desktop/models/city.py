"""City mode tables: the expected units, their trusted keys, and what each one sent.

A city data folder (setting ``role`` = ``city``) keeps every accepted export package as a
receipt (its canonical data JSON, deflated as the package held it, revision, hashes, key
fingerprint, times) and, per unit,
year and plan, the current one as a submission pointing at its receipt (the data JSON is
stored once), with normalised rows of its tasks and targets so that status and aggregates
over thousands of units are plain indexed SQL.
"""

from __future__ import annotations

import datetime as dt
import zlib
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from desktop.errors import UserError
from desktop.i18n import _
from desktop.models.enums import Role
from desktop.models.orm import Base, Setting, utcnow
from desktop.models.types import JsonList, Money


class CityUnit(Base):
    """A unit the city expects files from: a directory commune or one the city added."""

    __tablename__ = "city_units"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32), default="xã")
    source: Mapped[str] = mapped_column(String(16), default="directory")  # directory | added
    public_key: Mapped[str | None] = mapped_column(String(64))  # base64 of the raw Ed25519 key
    key_fingerprint: Mapped[str | None] = mapped_column(String(64))
    trusted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # raised by each ``city trust --reset``: packages signed under a newer trust supersede older
    # ones whatever their revision numbers (a forged revision 1,000,000,000 blocks nobody)
    key_epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class CitySubmission(Base):
    """The latest accepted package of one plan of a unit for a year.

    ``plan_key`` is empty for the year's annual UBND plan (and for packages made
    before plans had an identity), else the plan's ``uid``; ``kind`` groups them.
    Its data JSON is its receipt's (``receipt_id``: the current revision's, kept once).
    """

    __tablename__ = "city_submissions"
    __table_args__ = (UniqueConstraint("unit_code", "year", "plan_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(32), index=True)
    year: Mapped[int] = mapped_column(index=True)
    plan_key: Mapped[str] = mapped_column(String(32), default="")
    kind: Mapped[str] = mapped_column(String(20), default="hang_nam", index=True)
    issuer: Mapped[str] = mapped_column(String(20), default="ubnd")
    plan_title: Mapped[str] = mapped_column(Text, default="")
    plan_start: Mapped[dt.date | None] = mapped_column(Date)  # None: the year
    plan_end: Mapped[dt.date | None] = mapped_column(Date)
    report_rules: Mapped[list[str]] = mapped_column(JsonList, default=list)  # the plan's reporting rhythm
    revision: Mapped[int]
    unit_name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20), default="commune")
    template_key: Mapped[str] = mapped_column(String(64))
    template_version: Mapped[int]
    plan_state: Mapped[str] = mapped_column(String(20), default="draft")
    program_version: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)  # when the unit made the package
    first_created_at: Mapped[dt.datetime] = mapped_column(DateTime)  # its first accepted package
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    file_name: Mapped[str] = mapped_column(Text)
    file_sha256: Mapped[str] = mapped_column(String(64))
    data_sha256: Mapped[str] = mapped_column(String(64))
    key_fingerprint: Mapped[str] = mapped_column(String(64))
    key_epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # the city's own clock: when it first received an accepted (not rejected) package of the year
    first_received_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # the receipt of the current revision, which holds its data JSON (stored once, not copied here)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("city_receipts.id"), index=True)
    # loaded when read (one unit's detail); a reader of many submissions loads them together
    # (``selectinload(CitySubmission.receipt)``)
    receipt: Mapped[CityReceipt] = relationship(lazy="select")

    @property
    def data(self) -> str:
        """The canonical data JSON of the package (its receipt's)."""
        data = self.receipt.data
        if data is None:  # a receipt a submission points at always keeps its data
            raise ValueError(f"receipt {self.receipt_id} of submission {self.id} has no data")
        return data


class CityReceipt(Base):
    """Every accepted package (history of a unit's submissions): the revision's own data is
    kept, so that a later revision never wipes an earlier one and a revision set aside
    (``city reject``) gives the current place back to the one before it."""

    __tablename__ = "city_receipts"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(32), index=True)
    year: Mapped[int]
    plan_key: Mapped[str] = mapped_column(String(32), default="")
    revision: Mapped[int]
    outcome: Mapped[str] = mapped_column(String(16))  # new | newer
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    file_name: Mapped[str] = mapped_column(Text)
    data_sha256: Mapped[str] = mapped_column(String(64))
    key_epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    key_fingerprint: Mapped[str | None] = mapped_column(String(64))
    # the canonical data JSON of this revision, deflated as the package's ZIP held it (``data``)
    data_deflated: Mapped[bytes | None] = mapped_column(LargeBinary)
    rejected_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    reject_reason: Mapped[str | None] = mapped_column(Text)

    @property
    def data(self) -> str | None:
        """The canonical data JSON of this revision (None for receipts older than revision history)."""
        return None if self.data_deflated is None else inflate(self.data_deflated)

    @data.setter
    def data(self, text: str | None) -> None:
        self.data_deflated = None if text is None else deflate(text.encode("utf-8"))


def deflate(data: bytes) -> bytes:
    """Raw DEFLATE of a data JSON, the form a package's ZIP holds it in (and the city keeps)."""
    c = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return c.compress(data) + c.flush()


def inflate(stored: bytes) -> str:
    """The data JSON text of ``deflate``'s bytes (zlib.error, UnicodeDecodeError when damaged)."""
    return zlib.decompress(stored, -zlib.MAX_WBITS).decode("utf-8")


class CityPending(Base):
    """A package held until the city confirms its unit's new key (``city trust --fingerprint``).

    The file itself is copied into the data folder's ``pending/`` folder under its SHA-256.
    """

    __tablename__ = "city_pending"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(32), index=True)
    year: Mapped[int]
    revision: Mapped[int]
    fingerprint: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(Text)
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CityTask(Base):
    """A task of a unit's latest package, normalised for aggregates."""

    __tablename__ = "city_tasks"
    # covers what status and the task aggregates read (migration 0009)
    __table_args__ = (
        Index("ix_city_tasks_cover", "year", "submission_id", "pillar", "status", "percent", "finish_end", "unit_code"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("city_submissions.id", ondelete="CASCADE"), index=True)
    unit_code: Mapped[str] = mapped_column(String(32), index=True)
    year: Mapped[int]
    template_ref: Mapped[str | None] = mapped_column(String(64))
    pillar: Mapped[str] = mapped_column(String(100))
    content: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    percent: Mapped[int] = mapped_column(Integer, default=0)
    finish_end: Mapped[dt.date | None] = mapped_column(Date)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)


class CityTarget(Base):
    """A target of a unit's latest package, with its latest measured value."""

    __tablename__ = "city_targets"
    __table_args__ = (Index("ix_city_targets_year_ref", "year", "target_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("city_submissions.id", ondelete="CASCADE"), index=True)
    unit_code: Mapped[str] = mapped_column(String(32), index=True)
    year: Mapped[int]
    level: Mapped[str] = mapped_column(String(20))
    target_key: Mapped[str] = mapped_column(String(300))  # template ref, or the text of an own target
    text: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(50))
    direction: Mapped[str] = mapped_column(String(20))
    city_value: Mapped[Decimal | None] = mapped_column(Money)
    value: Mapped[Decimal | None] = mapped_column(Money)
    latest_value: Mapped[Decimal | None] = mapped_column(Money)
    latest_num: Mapped[float | None]  # the same as a number, for SQL averages
    latest_period: Mapped[str | None] = mapped_column(String(16))
    met: Mapped[bool | None] = mapped_column(Boolean)


# -- the folder's role: read by the import (sync) and by the city's services ------------------
def province_of(session: Session) -> int | None:
    """The province code of a city data folder (0: the national folder); None for a unit's folder."""
    role = session.get(Setting, "role")
    if role is None or role.value != Role.CITY.value:
        return None
    code = session.get(Setting, "province_code")
    return int(code.value) if code is not None and code.value else None


def require_city(session: Session) -> int:
    code = province_of(session)
    if code is None:
        raise UserError(_("Thư mục dữ liệu này chưa ở chế độ thành phố. Hãy chạy: khcds city init --province MÃ"))
    return code


__all__ = [
    "CityUnit",
    "CitySubmission",
    "CityReceipt",
    "CityPending",
    "CityTask",
    "CityTarget",
    "province_of",
    "require_city",
]
