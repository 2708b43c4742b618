"""City mode's store: the expected units, their trust, deadlines, status, aggregates and history.

The window (``views/city_window.py``, ``views/import_preview.py``) and the CLI (``khcds city ...``)
come in here only. Each function owns its session or transaction and takes units by code.
Reading, verifying and applying the units' packages is ``desktop.sync.city``'s work; the
import entry points at the end of this module are its typed doors (``preview``, ``apply``,
``import_paths``, the packages held for a key's confirmation).

``desktop.sync`` never imports this module: the role helpers both need (``province_of``,
``require_city``) live with the city tables in ``desktop.models.city``.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, delete, func, insert, select
from sqlalchemy.orm import Session

from desktop.errors import UserError
from desktop.i18n import N_, _
from desktop.models import directory
from desktop.models.city import CityPending, CityReceipt, CitySubmission, CityTarget, CityTask, CityUnit, inflate
from desktop.models.city import province_of as province_of
from desktop.models.city import require_city as require_city
from desktop.models.enums import Role, TaskStatus
from desktop.models.orm import UnitProfile, utcnow
from desktop.services import units as usvc
from desktop.sync import city as _import
from desktop.sync import keys as keymod
from desktop.sync.city import Outcome as Outcome
from desktop.sync.city import PreviewItem as PreviewItem
from desktop.sync.city import Progress as Progress
from desktop.sync.city import normalised_rows
from desktop.terminal import clean as clean_text

if TYPE_CHECKING:
    from desktop.store.database import Store


def province_code(store: Store) -> int:
    """The province code of this city folder (0: the national folder); a user error elsewhere."""
    with store.session() as s:
        return require_city(s)


# -- role and units --------------------------------------------------------------
def init_city(store: Store, province: str) -> tuple[directory.Province, int]:
    """Make the data folder a city folder for ``province``; returns it and the number of units."""
    p = directory.find_province(province)
    if p is None:
        raise UserError(_("Không có tỉnh, thành phố {p}.").format(p=province))
    with store.transaction() as s:
        if s.scalar(select(UnitProfile.id).limit(1)) is not None or usvc.role(s) is Role.UNIT:
            raise UserError(
                _(
                    "Thư mục dữ liệu này đã có dữ liệu của một đơn vị; "
                    "hãy dùng một thư mục riêng cho chế độ thành phố (--data-dir)."
                )
            )
        current = province_of(s)
        if current is not None and current != p.code:
            raise UserError(_("Thư mục dữ liệu này đã là của {name}.").format(name=directory.province(current).name))
        usvc.set_role(s, Role.CITY)
        usvc.set_setting(s, "province_code", str(p.code))
        have = set(s.scalars(select(CityUnit.code)))
        rows = [
            {"code": u.code, "name": u.name, "kind": u.kind, "source": "directory"}
            for u in directory.units(p.code)
            if u.code not in have
        ]
        if rows:
            s.execute(insert(CityUnit), rows)
            from desktop.store.audit import append_entries_bulk

            new_ids = list(s.scalars(select(CityUnit.id).where(CityUnit.code.in_([r["code"] for r in rows]))))
            append_entries_bulk(s, CityUnit, sorted(new_ids))
        n = s.scalar(select(func.count()).select_from(CityUnit)) or 0
    return p, n


def add_unit(store: Store, code: str, name: str, kind: str = "khác") -> CityUnit:
    code = code.strip()
    if not code or len(code) > 32 or not all(c.isalnum() or c in "._-" for c in code):
        raise UserError(_("Mã đơn vị không hợp lệ: {code}.").format(code=code))
    if not name.strip():
        raise UserError(_("Tên đơn vị không được để trống."))
    with store.transaction() as s:
        require_city(s)
        if s.scalar(select(CityUnit).where(CityUnit.code == code)):
            raise UserError(_("Đơn vị mã {code} đã có trong danh sách.").format(code=code))
        u = CityUnit(code=code, name=name.strip(), kind=kind, source="added")
        s.add(u)
        from desktop.store.audit import append_entry

        append_entry(s, u, "create", new=u.name)
    return u


def units(store: Store) -> list[CityUnit]:
    with store.session() as s:
        require_city(s)
        return list(s.scalars(select(CityUnit).order_by(CityUnit.name)))


def trust(store: Store, code: str, fingerprint: str | None = None, reset: bool = False) -> CityUnit:
    """Register the key a unit read over the phone, or forget its key (a reinstalled machine)."""
    with store.transaction() as s:
        require_city(s)
        u: CityUnit | None = s.scalar(select(CityUnit).where(CityUnit.code == code))
        if u is None:
            raise UserError(_("Không có đơn vị mã {code} trong danh sách của thành phố.").format(code=code))
        from desktop.store.audit import append_entry

        before = u.key_fingerprint
        if reset:
            u.public_key = None
            u.key_fingerprint = None
            u.trusted_at = None
            # packages under the new trust supersede every earlier one, whatever its revision
            u.key_epoch = (u.key_epoch or 0) + 1
        if fingerprint:
            fp = keymod.normalise_fingerprint(fingerprint)
            if len(fp.replace(" ", "")) != 32:
                raise UserError(_("Dấu vân tay khóa phải có 32 chữ số hệ 16 (8 nhóm 4 ký tự)."))
            if u.key_fingerprint and u.key_fingerprint != fp and not reset:
                raise UserError(_("Đơn vị {code} đã có khóa tin cậy khác; thêm --reset để thay.").format(code=code))
            if u.key_fingerprint != fp:
                u.key_fingerprint = fp
                u.public_key = None  # the key itself arrives with the first package
                u.trusted_at = utcnow()
        append_entry(s, u, "reset" if reset else "trust", field="key_fingerprint", old=before, new=u.key_fingerprint)
    return u


# -- deadline and status ---------------------------------------------------------------
def deadline(store: Store, year: int) -> dt.date:
    """The year report's deadline: set by the city, else its province's template, else 31/12."""
    with store.session() as s:
        province = require_city(s)
        own = usvc.get_setting(s, f"deadline:{year}")
    if own:
        return dt.date.fromisoformat(own)
    from desktop.services import templates as tsvc

    return tsvc.province_report_deadline(province, year) or dt.date(year, 12, 31)


def set_deadline(store: Store, year: int, day: dt.date) -> None:
    with store.transaction() as s:
        require_city(s)
        usvc.set_setting(s, f"deadline:{year}", day.isoformat())


class SubmissionStatus(str, enum.Enum):
    ON_TIME = "on_time"
    LATE = "late"
    MISSING = "missing"

    @property
    def label(self) -> str:
        return {"on_time": N_("Đúng hạn"), "late": N_("Muộn"), "missing": N_("Chưa gửi")}[self.value]

    @property
    def display(self) -> str:
        """The label in the user's language (documents keep the Vietnamese ``label``)."""
        return _(self.label)


PLAN_KINDS = ("hang_nam", "trien_khai", "chien_dich")


def _kind_filter(kind: str | None) -> Any:
    """The submissions a consolidation covers: of one plan kind, or (None) the year's annual
    UBND plans, as before units had several plans a year."""
    if kind is None:
        return CitySubmission.plan_key == ""
    if kind not in PLAN_KINDS:
        raise UserError(_("Loại kế hoạch không hợp lệ: {k} (chọn {all}).").format(k=kind, all=", ".join(PLAN_KINDS)))
    return CitySubmission.kind == kind


@dataclass(frozen=True)
class UnitStatus:
    code: str
    name: str
    status: SubmissionStatus
    overdue: bool  # missing and the deadline has passed
    revision: int | None
    sent_at: dt.datetime | None  # when the city first received an accepted package (its own clock)
    last_at: dt.datetime | None  # the latest package's time
    received_at: dt.datetime | None
    plan_state: str | None
    tasks: int
    done: int
    late_tasks: int
    mean_percent: float | None
    key_fingerprint: str | None
    kind: str | None = None  # the plan's kind (None: nothing sent)
    plan_title: str | None = None
    last_due: dt.date | None = None  # the plan's latest report due by ``as_of`` (its own rhythm)
    last_due_label: str | None = None
    next_due: dt.date | None = None  # its next report due
    next_due_label: str | None = None
    behind: bool = False  # the latest package was made before the period of the report now due ended

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "status": self.status.value,
            "kind": self.kind,
            "plan_title": self.plan_title,
            "behind": self.behind,
            "last_due": self.last_due.isoformat() if self.last_due else None,
            "last_due_label": self.last_due_label,
            "next_due": self.next_due.isoformat() if self.next_due else None,
            "next_due_label": self.next_due_label,
            "status_label": self.status.label,
            "overdue": self.overdue,
            "revision": self.revision,
            "sent_at": _iso(self.sent_at),
            "last_at": _iso(self.last_at),
            "received_at": _iso(self.received_at),
            "plan_state": self.plan_state,
            "tasks": self.tasks,
            "done": self.done,
            "late_tasks": self.late_tasks,
            "mean_percent": None if self.mean_percent is None else round(self.mean_percent, 1),
            "key_fingerprint": self.key_fingerprint,
        }


def _iso(t: dt.datetime | None) -> str | None:
    return t.isoformat() + "Z" if t else None


@dataclass(frozen=True)
class StatusReport:
    year: int
    province_code: int
    province_name: str
    deadline: dt.date
    as_of: dt.date
    units: list[UnitStatus]
    kind: str | None = None

    def counts(self) -> dict[SubmissionStatus, int]:
        c = {s: 0 for s in SubmissionStatus}
        for u in self.units:
            c[u.status] += 1
        return c

    def as_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "province_code": self.province_code,
            "province": self.province_name,
            "kind": self.kind,
            "deadline": self.deadline.isoformat(),
            "as_of": self.as_of.isoformat(),
            "counts": {k.value: v for k, v in self.counts().items()},
            "units": [u.as_dict() for u in self.units],
        }


def _late_expr(today: dt.date) -> Any:
    return case(
        (CityTask.status == TaskStatus.LATE.value, 1),
        (
            (CityTask.status.notin_([TaskStatus.DONE.value, TaskStatus.CANCELLED.value]))
            & (CityTask.finish_end.is_not(None))
            & (CityTask.finish_end < today),
            1,
        ),
        else_=0,
    )


def _rhythm(
    rules: list[str], start: dt.date, end: dt.date, year_due: dt.date, today: dt.date, last_package: dt.datetime | None
) -> dict[str, Any]:
    """The plan's reports by its own rhythm as of ``today``: the latest due and the next one, and
    whether the latest package came before the period of the latest due report had ended."""
    from desktop.models.period import ReportRule

    parsed = []
    for r in rules:
        try:
            parsed.append(ReportRule.parse(r))
        except ValueError:
            continue
    if not parsed:  # the standing rhythm of an annual plan: quarterly, and the year's report
        parsed = [ReportRule.parse("quarter next:10"), ReportRule.parse(f"year date:{year_due:%m-%d}")]
    schedule = sorted(
        ((rule.due(p), p) for rule in parsed for p in rule.periods(start, end)), key=lambda x: (x[0], x[1].start)
    )
    past = [x for x in schedule if x[0] <= today]
    coming = [x for x in schedule if x[0] > today]
    out: dict[str, Any] = {}
    if past:
        d, p = past[-1]
        out.update(last_due=d, last_due_label=p.label(), behind=last_package is None or last_package.date() < p.end)
    if coming:
        d, p = coming[0]
        out.update(next_due=d, next_due_label=p.label())
    return out


def status(store: Store, year: int, today: dt.date | None = None, kind: str | None = None) -> StatusReport:
    """Every expected unit's submission for ``year`` against the deadline: of its annual UBND
    plan, or (``kind``) of each of its plans of that kind (a unit without one is missing)."""
    today = today or dt.date.today()
    due = deadline(store, year)
    which = _kind_filter(kind)
    with store.session() as s:
        province = require_city(s)
        per_sub = {
            sid: (n, done, late, mean)
            for sid, n, done, late, mean in s.execute(
                select(
                    CityTask.submission_id,
                    func.count(),
                    func.sum(case((CityTask.status == TaskStatus.DONE.value, 1), else_=0)),
                    func.sum(_late_expr(today)),
                    func.avg(case((CityTask.status != TaskStatus.CANCELLED.value, CityTask.percent))),
                )
                .join(CitySubmission, CitySubmission.id == CityTask.submission_id)
                .where(CityTask.year == year, which)
                .group_by(CityTask.submission_id)
            )
        }
        rows = s.execute(
            select(
                CityUnit.code,
                CityUnit.name,
                CityUnit.key_fingerprint,
                CitySubmission.revision,
                func.coalesce(CitySubmission.first_received_at, CitySubmission.received_at),
                CitySubmission.created_at,
                CitySubmission.received_at,
                CitySubmission.plan_state,
                CitySubmission.id,
                CitySubmission.kind,
                CitySubmission.plan_title,
                CitySubmission.plan_start,
                CitySubmission.plan_end,
                CitySubmission.report_rules,
            ).outerjoin(
                CitySubmission, (CitySubmission.unit_code == CityUnit.code) & (CitySubmission.year == year) & which
            )
        ).all()
    out = []
    for code, name, fp, rev, first, last, received, state, sid, skind, title, pstart, pend, rules in rows:
        if rev is None:
            st = SubmissionStatus.MISSING
        elif first.date() <= due:
            st = SubmissionStatus.ON_TIME
        else:
            st = SubmissionStatus.LATE
        n, done, late, mean = per_sub.get(sid, (0, 0, 0, None))
        rhythm: dict[str, Any] = {}
        if rev is not None:
            rhythm = _rhythm(
                rules or [], pstart or dt.date(year, 1, 1), pend or dt.date(year, 12, 31), due, today, last
            )
        out.append(
            UnitStatus(
                code,
                name,
                st,
                st is SubmissionStatus.MISSING and today > due,
                rev,
                first,
                last,
                received,
                state,
                n or 0,
                int(done or 0),
                int(late or 0),
                float(mean) if mean is not None else None,
                fp,
                skind,
                title,
                **rhythm,
            )
        )
    from desktop.vn import sort_key

    out.sort(key=lambda u: ({"missing": 0, "late": 1, "on_time": 2}[u.status.value], sort_key(u.name)))
    return StatusReport(year, province, directory.province(province).name, due, today, out, kind)


# -- aggregates ---------------------------------------------------------------------------
@dataclass(frozen=True)
class TargetAggregate:
    key: str
    text: str
    level: str
    unit: str
    direction: str
    city_value: Decimal | None
    units: int  # units holding the target
    measured: int  # units that measured it
    met: int
    average: float | None
    lowest: Decimal | None
    highest: Decimal | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "text": self.text,
            "level": self.level,
            "unit": self.unit,
            "direction": self.direction,
            "city_value": None if self.city_value is None else str(self.city_value),
            "units": self.units,
            "measured": self.measured,
            "met": self.met,
            "average": None if self.average is None else round(self.average, 2),
            "lowest": None if self.lowest is None else str(self.lowest),
            "highest": None if self.highest is None else str(self.highest),
        }


def target_aggregates(store: Store, year: int, kind: str | None = None) -> list[TargetAggregate]:
    """Per target and level: how many units meet it, average, lowest and highest measured value
    (over the year's annual UBND plans, or the plans of ``kind``)."""
    which = _kind_filter(kind)
    with store.session() as s:
        require_city(s)
        rows = s.execute(
            select(
                CityTarget.target_key,
                CityTarget.level,
                func.min(CityTarget.text),
                func.min(CityTarget.unit),
                func.min(CityTarget.direction),
                func.count(),
                func.count(CityTarget.latest_num),
                func.sum(case((CityTarget.met.is_(True), 1), else_=0)),
                func.avg(CityTarget.latest_num),
                func.min(CityTarget.latest_num),
                func.max(CityTarget.latest_num),
                func.min(CityTarget.id),
            )
            .join(CitySubmission, CitySubmission.id == CityTarget.submission_id)
            .where(CityTarget.year == year, which)
            .group_by(CityTarget.target_key, CityTarget.level)
            .order_by(func.min(CityTarget.id))
        ).all()
        # exact Decimal lowest/highest and the city value, from the rows themselves
        exact: dict[tuple[str, str], list[Any]] = defaultdict(list)
        for key, level, lv, cv in s.execute(
            select(CityTarget.target_key, CityTarget.level, CityTarget.latest_value, CityTarget.city_value)
            .join(CitySubmission, CitySubmission.id == CityTarget.submission_id)
            .where(CityTarget.year == year, which)
        ):
            exact[(key, level)].append((lv, cv))
    out = []
    for key, level, text, unit, direction, n, measured, met, avg, _lo, _hi, _first in rows:
        vals = [v for v, _c in exact[(key, level)] if v is not None]
        cvs = [c for _v, c in exact[(key, level)] if c is not None]
        city_value = max(set(cvs), key=cvs.count) if cvs else None
        out.append(
            TargetAggregate(
                key,
                text,
                level,
                unit,
                direction,
                city_value,
                n,
                measured,
                int(met or 0),
                float(avg) if avg is not None else None,
                min(vals) if vals else None,
                max(vals) if vals else None,
            )
        )
    return out


@dataclass(frozen=True)
class PillarAggregate:
    pillar: str
    tasks: int
    by_status: dict[TaskStatus, int]
    mean_percent: float | None
    units: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "pillar": self.pillar,
            "tasks": self.tasks,
            "units": self.units,
            "by_status": {k.value: v for k, v in self.by_status.items()},
            "mean_percent": None if self.mean_percent is None else round(self.mean_percent, 1),
        }


def task_aggregates(
    store: Store, year: int, today: dt.date | None = None, kind: str | None = None
) -> list[PillarAggregate]:
    """Per pillar: tasks by status (late counted as of ``today``), mean percent, units (over the
    year's annual UBND plans, or the plans of ``kind``)."""
    today = today or dt.date.today()
    which = _kind_filter(kind)
    eff = case(
        (_late_expr(today) == 1, TaskStatus.LATE.value),
        else_=CityTask.status,
    )
    with store.session() as s:
        require_city(s)
        rows = s.execute(
            select(CityTask.pillar, eff, func.count())
            .join(CitySubmission, CitySubmission.id == CityTask.submission_id)
            .where(CityTask.year == year, which)
            .group_by(CityTask.pillar, eff)
        ).all()
        extra = {
            p: (mean, n)
            for p, mean, n in s.execute(
                select(
                    CityTask.pillar,
                    func.avg(case((CityTask.status != TaskStatus.CANCELLED.value, CityTask.percent))),
                    func.count(func.distinct(CityTask.unit_code)),
                )
                .join(CitySubmission, CitySubmission.id == CityTask.submission_id)
                .where(CityTask.year == year, which)
                .group_by(CityTask.pillar)
            )
        }
    by: dict[str, dict[TaskStatus, int]] = defaultdict(lambda: {st: 0 for st in TaskStatus})
    for pillar, st, n in rows:
        by[pillar][TaskStatus(st)] += n
    from desktop.vn import sort_key

    out = []
    for pillar in sorted(by, key=sort_key):
        mean, nunits = extra.get(pillar, (None, 0))
        out.append(
            PillarAggregate(
                pillar, sum(by[pillar].values()), by[pillar], float(mean) if mean is not None else None, nunits
            )
        )
    return out


# -- drill-down -----------------------------------------------------------------------------
@dataclass
class UnitDetail:
    code: str
    name: str
    key_fingerprint: str | None
    submission: dict[str, Any] | None  # revision, times, file, template
    data: dict[str, Any] | None  # the plan as the unit sent it
    history: list[dict[str, Any]]


def unit_detail(store: Store, code: str, year: int) -> UnitDetail:
    with store.session() as s:
        require_city(s)
        u = s.scalar(select(CityUnit).where(CityUnit.code == code))
        if u is None:
            raise UserError(_("Không có đơn vị mã {code} trong danh sách của thành phố.").format(code=code))
        sub = s.scalar(
            select(CitySubmission).where(
                CitySubmission.unit_code == code, CitySubmission.year == year, CitySubmission.plan_key == ""
            )
        )
        hist = [
            {
                "year": r.year,
                "revision": r.revision,
                "plan_key": r.plan_key,
                "outcome": "rejected" if r.rejected_at else r.outcome,
                "created_at": r.created_at,
                "received_at": r.received_at,
                "file_name": r.file_name,
                "key_epoch": r.key_epoch,
                "key_fingerprint": r.key_fingerprint,
                "data_sha256": r.data_sha256,
                "current": sub is not None
                and r.year == year
                and r.rejected_at is None
                and r.plan_key == sub.plan_key
                and r.revision == sub.revision
                and (r.key_epoch or 0) == (sub.key_epoch or 0),
                "rejected_at": r.rejected_at,
                "reject_reason": r.reject_reason,
            }
            for r in s.scalars(
                select(CityReceipt)
                .where(CityReceipt.unit_code == code)
                .order_by(CityReceipt.year, CityReceipt.key_epoch, CityReceipt.revision, CityReceipt.id)
            )
        ]
        info = None
        data = None
        if sub is not None:
            info = {
                "revision": sub.revision,
                "created_at": sub.created_at,
                "received_at": sub.received_at,
                "first_created_at": sub.first_created_at,
                "file_name": sub.file_name,
                "template": f"{sub.template_key} v{sub.template_version}",
                "plan_state": sub.plan_state,
                "data_sha256": sub.data_sha256,
            }
            data = json.loads(sub.data)
        return UnitDetail(u.code, u.name, u.key_fingerprint, info, data, hist)


def submitted_years(store: Store) -> list[int]:
    with store.session() as s:
        require_city(s)
        return sorted(set(s.scalars(select(CitySubmission.year).distinct())))


# -- history: revisions kept, one set aside ---------------------------------------------------
def revision_data(store: Store, code: str, year: int, revision: int) -> dict[str, Any]:
    """The plan exactly as a unit sent it in one accepted revision (current or earlier)."""
    with store.session() as s:
        require_city(s)
        r = _find_receipt(s, code, year, revision)
        if r.data is None:
            raise UserError(
                _(
                    "Lần gửi {r} của đơn vị {code} được nhận trước khi thành phố lưu từng lần gửi; không còn nội dung."
                ).format(r=revision, code=code)
            )
        data: dict[str, Any] = json.loads(r.data)
        return data


def _find_receipt(s: Session, code: str, year: int | None, revision: int) -> CityReceipt:
    q = select(CityReceipt).where(CityReceipt.unit_code == code, CityReceipt.revision == revision)
    if year is not None:
        q = q.where(CityReceipt.year == year)
    rows = list(s.scalars(q.order_by(CityReceipt.key_epoch.desc(), CityReceipt.id.desc())))
    if not rows:
        raise UserError(_("Thành phố chưa nhận lần gửi {r} của đơn vị {code}.").format(r=revision, code=code))
    if len({r.year for r in rows}) > 1:
        raise UserError(
            _("Đơn vị {code} có lần gửi {r} ở nhiều năm ({years}); hãy thêm --year.").format(
                code=code, r=revision, years=", ".join(str(y) for y in sorted({r.year for r in rows}))
            )
        )
    return rows[0]


def reject(
    store: Store, code: str, revision: int, reason: str, year: int | None = None
) -> tuple[CityReceipt, int | None]:
    """Set one accepted revision aside (recorded in the audit trail with the reason).

    When it was the current one, the newest revision still standing takes its
    place (or the unit shows as not sent). Returns the receipt and the revision
    now current.
    """
    from desktop.store.audit import append_entry

    reason = clean_text(reason or "").strip()
    if not reason:
        raise UserError(_("Hãy ghi lý do loại lần gửi (--reason)."))
    with store.transaction() as s:
        require_city(s)
        r = _find_receipt(s, code, year, revision)
        if r.rejected_at is not None:
            raise UserError(_("Lần gửi {r} của đơn vị {code} đã được loại ra trước đó.").format(r=revision, code=code))
        r.rejected_at = utcnow()
        r.reject_reason = reason[:1000]
        s.flush()
        append_entry(s, r, "reject", field="revision", old=r.revision, reason=r.reject_reason)
        now = _make_current(s, r.unit_code, r.year, r.plan_key)
    return r, now


def _make_current(s: Session, code: str, year: int, plan_key: str = "") -> int | None:
    """Rebuild the unit's current submission of a plan for ``year`` from its newest revision still standing."""
    old = s.scalar(
        select(CitySubmission).where(
            CitySubmission.unit_code == code, CitySubmission.year == year, CitySubmission.plan_key == plan_key
        )
    )
    best = s.scalar(
        select(CityReceipt)
        .where(
            CityReceipt.unit_code == code,
            CityReceipt.year == year,
            CityReceipt.plan_key == plan_key,
            CityReceipt.rejected_at.is_(None),
            CityReceipt.data_deflated.is_not(None),
        )
        .order_by(CityReceipt.key_epoch.desc(), CityReceipt.revision.desc(), CityReceipt.id.desc())
        .limit(1)
    )
    identity: dict[str, Any] = {}
    if old is not None:
        if best is not None and (old.key_epoch or 0, old.revision, old.data_sha256) == (
            best.key_epoch or 0,
            best.revision,
            best.data_sha256,
        ):
            return old.revision
        identity = {
            "kind": old.kind,
            "issuer": old.issuer,
            "plan_title": old.plan_title,
            "plan_start": old.plan_start,
            "plan_end": old.plan_end,
        }
        s.execute(delete(CityTask).where(CityTask.submission_id == old.id))
        s.execute(delete(CityTarget).where(CityTarget.submission_id == old.id))
        s.delete(old)
        s.flush()
    if best is None or best.data is None:
        return None
    d = json.loads(best.data)
    same = (
        CityReceipt.unit_code == code,
        CityReceipt.year == year,
        CityReceipt.plan_key == plan_key,
        CityReceipt.key_epoch == best.key_epoch,
        CityReceipt.rejected_at.is_(None),
    )
    first = s.scalar(select(func.min(CityReceipt.received_at)).where(*same))
    first_created = s.scalar(select(func.min(CityReceipt.created_at)).where(*same))
    sub = CitySubmission(
        unit_code=code,
        year=year,
        revision=best.revision,
        unit_name=d["unit"]["name"],
        level=d["unit"]["level"],
        template_key=d["plan"]["template_id"],
        template_version=d["plan"]["template_version"],
        plan_state=d["plan"]["state"],
        program_version="",
        created_at=best.created_at,
        first_created_at=first_created or best.created_at,
        received_at=best.received_at,
        file_name=best.file_name,
        file_sha256=best.file_sha256 or "",
        data_sha256=best.data_sha256,
        key_fingerprint=best.key_fingerprint or "",
        receipt_id=best.id,  # its data JSON is that receipt's
        key_epoch=best.key_epoch or 0,
        first_received_at=first or best.received_at,
        plan_key=plan_key,
        report_rules=list(d["plan"].get("report_rules") or []),
        **identity,
    )
    s.add(sub)
    s.flush()
    task_rows, target_rows = normalised_rows(_Stored(code, year, d), sub.id)  # type: ignore[arg-type]
    if task_rows:
        s.execute(insert(CityTask), task_rows)
    if target_rows:
        s.execute(insert(CityTarget), target_rows)
    return best.revision


@dataclass
class _Stored:
    """A stored revision, shaped as ``normalised_rows`` reads a package."""

    unit_code: str
    year: int
    data: dict[str, Any]


# -- integrity of the city's store -----------------------------------------------------------
def _task_tuple(r: Any) -> tuple[Any, ...]:
    return (
        r["template_ref"],
        r["pillar"],
        r["content"],
        r["status"],
        int(r["percent"]),
        r["finish_end"].isoformat() if r["finish_end"] else None,
        bool(r["flagged"]),
    )


def _num(v: Any) -> str | None:
    return None if v is None else format(Decimal(v).normalize(), "f")


def _target_tuple(r: Any) -> tuple[Any, ...]:
    return (
        r["target_key"],
        r["text"],
        r["unit"],
        r["direction"],
        _num(r["city_value"]),
        _num(r["value"]),
        _num(r["latest_value"]),
        r["latest_period"],
        None if r["met"] is None else bool(r["met"]),
    )


def _inflated_sha256(stored: bytes) -> str | None:
    """The SHA-256 of a receipt's data JSON as it unpacks; None when it does not (damaged)."""
    try:
        return hashlib.sha256(inflate(stored).encode("utf-8")).hexdigest()
    except (zlib.error, UnicodeDecodeError):
        return None


def verify_city(s: Session) -> list[str]:
    """A city store's revisions hash as received; each current submission points at the standing
    receipt of its own revision, whose data hashes as received; the current rows are exactly
    those of that revision (an edit of a status, a percent or a value in the database is found)."""
    if province_of(s) is None:
        return []
    problems: list[str] = []
    # per receipt: what identifies its revision, whether it stands, whether its data hashes right
    receipts: dict[int, tuple[tuple[str, int, str, int, int, str], bool, bool]] = {}
    for rid, code, year, plan_key, epoch, revision, sha, rejected_at, data in s.execute(
        select(
            CityReceipt.id,
            CityReceipt.unit_code,
            CityReceipt.year,
            CityReceipt.plan_key,
            CityReceipt.key_epoch,
            CityReceipt.revision,
            CityReceipt.data_sha256,
            CityReceipt.rejected_at,
            CityReceipt.data_deflated,
        ).order_by(CityReceipt.id)
    ):
        intact = data is not None and _inflated_sha256(data) == sha
        if data is not None and not intact:
            problems.append(
                _("Lần gửi {rev} năm {y} của đơn vị {code} đã bị sửa trong tệp dữ liệu của thành phố.").format(
                    rev=revision, y=year, code=code
                )
            )
        receipts[rid] = ((code, year, plan_key, epoch or 0, revision, sha), rejected_at is None, intact)
    tasks: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in s.execute(select(CityTask.__table__)).mappings():
        tasks[row["submission_id"]].append(_task_tuple(row))
    targets: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in s.execute(select(CityTarget.__table__)).mappings():
        targets[row["submission_id"]].append(_target_tuple(row))
    # each submission with its receipt's data, in one query read as it goes (not all in memory)
    subs = (
        select(
            CitySubmission.id,
            CitySubmission.unit_code,
            CitySubmission.year,
            CitySubmission.plan_key,
            CitySubmission.key_epoch,
            CitySubmission.revision,
            CitySubmission.data_sha256,
            CitySubmission.receipt_id,
            CityReceipt.data_deflated,
        )
        .outerjoin(CityReceipt, CityReceipt.id == CitySubmission.receipt_id)
        .order_by(CitySubmission.id)
        .execution_options(yield_per=64)
    )
    for sid, code, year, plan_key, epoch, revision, sha, rid, data in s.execute(subs):
        where = _("đơn vị {code} năm {y}").format(code=code, y=year)
        # the submission's data is its receipt's: the receipt of this very revision, standing
        receipt = receipts.get(rid)
        if receipt is None or receipt[0] != (code, year, plan_key, epoch or 0, revision, sha):
            problems.append(
                _("Dữ liệu đang dùng của {where} không khớp lần gửi nào thành phố đã nhận.").format(where=where)
            )
            continue
        if not receipt[1]:
            problems.append(
                _("Dữ liệu đang dùng của {where} là lần gửi {rev} đã bị loại ra.").format(where=where, rev=revision)
            )
            continue
        if not receipt[2]:
            problems.append(_("Dữ liệu đang dùng của {where} đã bị sửa trong tệp dữ liệu.").format(where=where))
            continue
        assert data is not None  # its receipt's data hashed right just above
        want_t, want_g = normalised_rows(_Stored(code, year, json.loads(inflate(data))), sid)  # type: ignore[arg-type]
        if sorted(map(_task_tuple, want_t), key=repr) != sorted(tasks.get(sid, []), key=repr) or sorted(
            map(_target_tuple, want_g), key=repr
        ) != sorted(targets.get(sid, []), key=repr):
            problems.append(
                _("Số liệu tổng hợp của {where} khác với lần gửi đã nhận (bị sửa trực tiếp).").format(where=where)
            )
        if len(problems) > 20:
            break
    return problems


# -- import: the doors to desktop.sync.city ------------------------------------------------
def expand_paths(paths: Sequence[Path]) -> list[Path]:
    """Files as given, and the ``.khcds`` files of given folders (sorted)."""
    return _import.expand_paths([Path(p) for p in paths])


def preview(store: Store, paths: Sequence[Path], progress: Progress | None = None) -> list[PreviewItem]:
    """What importing ``paths`` (files or folders) would do, file by file; reads only."""
    return _import.preview(store, [Path(p) for p in paths], progress)


def apply(
    store: Store,
    items: list[PreviewItem],
    *,
    confirm_new_keys: bool = True,
    skip: set[Path] | None = None,
    progress: Progress | None = None,
) -> list[PreviewItem]:
    """Write every accepted item of a preview, each in its own transaction; returns the applied ones."""
    return _import.apply(store, items, confirm_new_keys=confirm_new_keys, skip=skip, progress=progress)


def import_paths(store: Store, paths: Sequence[Path], *, dry_run: bool = False) -> list[PreviewItem]:
    """Preview then (unless ``dry_run``) apply, in one call."""
    return _import.import_paths(store, [Path(p) for p in paths], dry_run=dry_run)


def mark_pending(items: list[PreviewItem]) -> None:
    """The command line's rule: a package under a key nobody confirmed is held, not applied."""
    _import.mark_pending(items)


def hold_pending(store: Store, items: list[PreviewItem]) -> int:
    """Keep each pending package until its unit's key is confirmed; returns how many."""
    return _import.hold_pending(store, items)


def pending(store: Store, code: str | None = None) -> list[CityPending]:
    """The packages held for a key's confirmation (of one unit, or all)."""
    return _import.pending(store, code)


def release_pending(store: Store, code: str) -> list[PreviewItem]:
    """Import the packages held for ``code`` now that its key is confirmed."""
    return _import.release_pending(store, code)
