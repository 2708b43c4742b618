"""Properties of the plan's records, defined once for the ORM classes (desktop.models.orm) and
the plain rows the documents read (desktop.store.rows). SQLAlchemy-free: the documents import it.

Each mixin reads only the columns its Protocol names; both the mapped class and the row class
have them with the same Python types.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol, cast

from desktop.models.enums import EvidenceKind

if TYPE_CHECKING:
    from desktop.models.deadline import Deadline


class _UnitFields(Protocol):
    name: str
    issuer_line: str


class _SignerFields(Protocol):
    on_behalf: str | None
    deputy_of: str | None
    title: str


class _PlanFields(Protocol):
    year: int
    start_date: dt.date | None
    end_date: dt.date | None


class _TaskFields(Protocol):
    template_ref: str | None
    deadline_rule: str | None


class _EvidenceFields(Protocol):
    kind: EvidenceKind
    title: str
    file_name: str | None
    doc_number: str | None
    doc_date: dt.date | None
    doc_summary: str | None


class UnitMixin:
    @property
    def issuer_body_full(self) -> str:
        """``Ủy ban nhân dân xã An Lão`` from the printed header lines."""
        from desktop.vn import nfc

        u = cast(_UnitFields, self)
        body = u.issuer_line.strip()
        return nfc(body[:1].upper() + body[1:].lower()) if body else u.name


class SignerMixin:
    @property
    def authority_lines(self) -> list[str]:
        s = cast(_SignerFields, self)
        lines = []
        if s.on_behalf:
            lines.append(f"TM. {s.on_behalf.upper()}")
        if s.deputy_of:
            lines.append(f"KT. {s.deputy_of.upper()}")
        lines.append(s.title.upper())
        return lines


class PlanMixin:
    @property
    def first_day(self) -> dt.date:
        p = cast(_PlanFields, self)
        return p.start_date or dt.date(p.year, 1, 1)

    @property
    def last_day(self) -> dt.date:
        p = cast(_PlanFields, self)
        return p.end_date or dt.date(p.year, 12, 31)

    @property
    def whole_year(self) -> bool:
        year = cast(_PlanFields, self).year
        return self.first_day == dt.date(year, 1, 1) and self.last_day == dt.date(year, 12, 31)


class TaskMixin:
    @property
    def is_custom(self) -> bool:
        return cast(_TaskFields, self).template_ref is None

    @property
    def deadline(self) -> Deadline | None:
        from desktop.models.deadline import Deadline

        return Deadline.from_json(cast(_TaskFields, self).deadline_rule)


class TargetMixin:
    @property
    def is_custom(self) -> bool:
        """The unit's own target, beside the template's."""
        return cast(_TaskFields, self).template_ref is None


class EvidenceMixin:
    @property
    def citation(self) -> str:
        """``Quyết định số 12/QĐ-UBND ngày 05/3/2024 về ...`` or the file's name."""
        from desktop.vn import short_date

        e = cast(_EvidenceFields, self)
        if e.kind is EvidenceKind.DOCUMENT:
            parts = [f"Văn bản số {e.doc_number}" if e.doc_number else "Văn bản"]
            if e.doc_date:
                parts.append(f"ngày {short_date(e.doc_date)}")
            if e.doc_summary:
                parts.append(e.doc_summary)
            return " ".join(parts)
        return e.title or e.file_name or ""
