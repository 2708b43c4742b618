"""The unit's self-assessment (tự chấm điểm) against a criteria set, period by period.

Owns the transactions of its use cases and returns plain dataclasses: the window
and the CLI call these by id. Values the plan's tracking already knows (tasks
done on time, targets reached, budget disbursed) are offered to the official
as proposals (``prefill``); the score is computed by ``desktop.models.scoring``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import UserError
from desktop.fsutil import copy_with_sha256
from desktop.i18n import _
from desktop.models.enums import TaskStatus
from desktop.models.orm import (
    AssessmentAnswer,
    AssessmentEvidence,
    CriteriaSetRecord,
    Plan,
    SelfAssessment,
    UnitProfile,
)
from desktop.models.scoring import Answer, CriteriaSet, Criterion, Method, Rhythm, Scorecard, score
from desktop.paths import DataDir
from desktop.services import criteria as csvc
from desktop.vn import short_date

MAX_EVIDENCE_BYTES = 200 * 1024 * 1024


# ---- periods ---------------------------------------------------------------------------------

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def check_period(rhythm: Rhythm, key: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a period key of the set's rhythm; a Vietnamese message otherwise."""
    key = key.strip()
    if rhythm is Rhythm.MONTHLY and (m := _MONTH.match(key)):
        y, mo = int(m.group(1)), int(m.group(2))
        nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
        return dt.date(y, mo, 1), nxt - dt.timedelta(days=1)
    if rhythm is Rhythm.QUARTERLY and (m := _QUARTER.match(key)):
        y, q = int(m.group(1)), int(m.group(2))
        start = dt.date(y, 3 * q - 2, 1)
        end = dt.date(y + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(days=1)
        return start, end
    if rhythm is Rhythm.YEARLY and (m := _YEAR.match(key)):
        y = int(m.group(1))
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    example = {Rhythm.MONTHLY: "2026-10", Rhythm.QUARTERLY: "2026-Q4", Rhythm.YEARLY: "2026"}[rhythm]
    raise UserError(
        _("Kỳ đánh giá '{key}' không đúng: bộ tiêu chí chấm {rhythm}, ghi ví dụ {example}").format(
            key=key, rhythm=rhythm.label.lower(), example=example
        )
    )


def period_label(key: str) -> str:
    """``2026-10`` -> ``tháng 10/2026``; ``2026-Q4`` -> ``Quý IV/2026``; ``2026`` -> ``năm 2026``."""
    if m := _MONTH.match(key):
        return f"tháng {int(m.group(2))}/{m.group(1)}"
    if m := _QUARTER.match(key):
        return f"Quý {ROMAN[int(m.group(2))]}/{m.group(1)}"
    return f"năm {key}"


def current_period(rhythm: Rhythm, today: dt.date) -> str:
    if rhythm is Rhythm.MONTHLY:
        return f"{today.year}-{today.month:02d}"
    if rhythm is Rhythm.QUARTERLY:
        return f"{today.year}-Q{(today.month - 1) // 3 + 1}"
    return str(today.year)


# ---- criteria sets in the store --------------------------------------------------------------


def _sha(data: str) -> str:
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def sync_builtin_sets(s: Session) -> None:
    """Make the shipped criteria sets available in the store (once per version)."""
    for f in csvc.builtin_files():
        cs, text = f.criteria_set, f.text
        exists = s.scalar(
            select(CriteriaSetRecord.id).where(CriteriaSetRecord.key == cs.id, CriteriaSetRecord.version == cs.version)
        )
        if exists is None:
            s.add(
                CriteriaSetRecord(
                    key=cs.id,
                    version=cs.version,
                    title=cs.title,
                    province_code=None,
                    source="builtin",
                    sha256=f.sha256,
                    data=text,
                )
            )
    s.flush()


def add_set(s: Session, data: dict[str, Any], *, source: str = "imported", file_name: str = "") -> CriteriaSetRecord:
    """Store a criteria set (validated); the same key and version twice must be the same text."""
    cs = csvc.parse(data, source=file_name)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    old = s.scalar(
        select(CriteriaSetRecord).where(CriteriaSetRecord.key == cs.id, CriteriaSetRecord.version == cs.version)
    )
    if old is not None:
        if old.sha256 != _sha(text) and old.source != "builtin":
            raise UserError(
                _("Bộ tiêu chí {id} phiên bản {v} đã có với nội dung khác; phiên bản mới phải có số lớn hơn").format(
                    id=cs.id, v=cs.version
                )
            )
        return old
    rec = CriteriaSetRecord(
        key=cs.id,
        version=cs.version,
        title=cs.title,
        province_code=int(cs.province) if cs.province and cs.province.isdigit() else None,
        source=source,
        sha256=_sha(text),
        data=text,
    )
    s.add(rec)
    s.flush()
    return rec


def import_set_file(s: Session, path: Path) -> CriteriaSetRecord:
    cs_file = csvc.load_file(path)  # validates with the file's name in every message
    data = json.loads(path.read_text(encoding="utf-8"))
    assert cs_file.id == data["id"]
    return add_set(s, data, file_name=path.name)


def parsed(rec: CriteriaSetRecord) -> CriteriaSet:
    return csvc.parse(json.loads(rec.data), source=rec.key)


def latest_set(s: Session, key: str) -> CriteriaSetRecord:
    rec = s.scalar(
        select(CriteriaSetRecord)
        .where(CriteriaSetRecord.key == key)
        .order_by(CriteriaSetRecord.version.desc())
        .limit(1)
    )
    if rec is None:
        raise UserError(_("Không có bộ tiêu chí {id}").format(id=key))
    return rec


def draft_from(s: Session, key: str) -> dict[str, Any]:
    """A stored set (built-in, published or imported) as the start of its next version, to edit."""
    sync_builtin_sets(s)
    rec = latest_set(s, key)
    data: dict[str, Any] = json.loads(rec.data)
    data["version"] = int(rec.version) + 1
    return data


def next_version(s: Session, key: str) -> int:
    """The version a new publication of ``key`` must carry: one more than any the store holds."""
    sync_builtin_sets(s)
    v = s.scalar(
        select(CriteriaSetRecord.version)
        .where(CriteriaSetRecord.key == key)
        .order_by(CriteriaSetRecord.version.desc())
        .limit(1)
    )
    return int(v or 0) + 1


@dataclass(frozen=True)
class SetSummary:
    key: str
    version: int
    title: str
    rhythm: str
    criteria: int
    total_max: Decimal
    unknown_maxima: int
    source: str


def list_sets(s: Session) -> list[SetSummary]:
    sync_builtin_sets(s)
    out: list[SetSummary] = []
    keys = s.scalars(select(CriteriaSetRecord.key).distinct().order_by(CriteriaSetRecord.key)).all()
    for key in keys:
        rec = latest_set(s, key)
        cs = parsed(rec)
        out.append(
            SetSummary(
                cs.id,
                cs.version,
                cs.title,
                cs.rhythm.label,
                len(cs.criteria),
                cs.total_max,
                len(cs.unknown_maxima),
                rec.source,
            )
        )
    return out


# ---- self-assessments ------------------------------------------------------------------------


def _unit(s: Session) -> UnitProfile:
    unit = s.scalar(select(UnitProfile).order_by(UnitProfile.id).limit(1))
    if unit is None:
        raise UserError(_("Chưa khai báo đơn vị: chạy trình hướng dẫn lần đầu hoặc `khcds demo`"))
    return unit


def open_assessment(s: Session, set_key: str, period: str) -> SelfAssessment:
    """The unit's self-assessment for the set and period, made on first use (latest set version)."""
    sync_builtin_sets(s)
    rec = latest_set(s, set_key)
    cs = parsed(rec)
    check_period(cs.rhythm, period)
    unit = _unit(s)
    a = s.scalar(
        select(SelfAssessment).where(
            SelfAssessment.unit_id == unit.id, SelfAssessment.set_key == set_key, SelfAssessment.period == period
        )
    )
    if a is None:
        a = SelfAssessment(unit_id=unit.id, set_id=rec.id, set_key=set_key, period=period)
        s.add(a)
        s.flush()
    return a


def get_assessment(s: Session, assessment_id: int) -> SelfAssessment:
    a = s.get(SelfAssessment, assessment_id)
    if a is None:
        raise UserError(_("Không có bản tự chấm điểm số {id}").format(id=assessment_id))
    return a


def _criterion(cs: CriteriaSet, cid: str) -> Criterion:
    for c in cs.criteria:
        if c.id == cid:
            return c
    raise UserError(_("Bộ tiêu chí {set} không có tiêu chí {id}").format(set=cs.id, id=cid))


def _answer_row(a: SelfAssessment, cid: str) -> AssessmentAnswer | None:
    return next((x for x in a.answers if x.criterion == cid), None)


def parse_value(c: Criterion, text: str) -> Any:
    """A value typed on the command line or in a cell: ``có``, ``3``, ``12/15``, ``qua_han=2;dislike=1``."""
    t = text.strip()
    if c.method is Method.BINARY:
        low = t.lower()
        if low in ("có", "co", "yes", "1", "đạt", "dat"):
            return True
        if low in ("không", "khong", "no", "0", "chưa", "chua"):
            return False
        raise UserError(_("Tiêu chí {id}: ghi 'có' hoặc 'không'").format(id=c.id))
    if c.method in (Method.RATIO, Method.RATIO_THRESHOLD):
        if "/" not in t:
            raise UserError(_("Tiêu chí {id}: ghi tử số/mẫu số, ví dụ 12/15").format(id=c.id))
        a, b = t.split("/", 1)
        return {"a": a.strip(), "b": b.strip()}
    if c.method is Method.FORMULA:
        out: dict[str, str] = {}
        for part in filter(None, (x.strip() for x in t.split(";"))):
            if "=" not in part:
                raise UserError(_("Tiêu chí {id}: ghi tên=giá trị; ví dụ qua_han=2; pakn_dislike=1").format(id=c.id))
            k, v = part.split("=", 1)
            out[k.strip()] = v.strip()
        return out
    if c.method is Method.SYSTEM:
        if "|" in t:
            v, src = t.split("|", 1)
            return {"value": v.strip(), "source": src.strip()}
        return {"value": t}
    if c.method is Method.PARTS:
        return [x.strip() for x in t.split(",") if x.strip()]
    return t


def set_answer(
    s: Session,
    assessment_id: int,
    criterion_id: str,
    value: Any,
    *,
    not_applicable: bool = False,
    note: str | None = None,
) -> None:
    """Record the unit's value for one criterion; a value that cannot be right is refused, nothing changed."""
    a = get_assessment(s, assessment_id)
    cs = parsed(a.criteria_set)
    c = _criterion(cs, criterion_id)
    from desktop.models.scoring import score_criterion

    result = score_criterion(c, Answer(value, not_applicable))
    if result.invalid:
        raise UserError(_("Tiêu chí {id}: {msg}").format(id=c.id, msg=result.missing))
    row = _answer_row(a, criterion_id)
    if row is None:
        row = AssessmentAnswer(criterion=criterion_id, note="")
        a.answers.append(row)
    row.value = None if value is None else json.dumps(value, ensure_ascii=False, default=str)
    row.not_applicable = not_applicable
    if note is not None:
        row.note = note
    a.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    s.flush()


def answers_of(a: SelfAssessment) -> dict[str, Answer]:
    return {x.criterion: Answer(json.loads(x.value) if x.value else None, x.not_applicable) for x in a.answers}


def add_file_evidence(
    s: Session, data: DataDir, assessment_id: int, criterion_id: str, path: Path, title: str = ""
) -> AssessmentEvidence:
    a = get_assessment(s, assessment_id)
    _criterion(parsed(a.criteria_set), criterion_id)
    if not path.is_file():
        raise UserError(_("Không có tệp minh chứng {name}").format(name=path.name))
    try:
        stored, digest, size = copy_with_sha256(path, data.evidence / "scorecards", MAX_EVIDENCE_BYTES)
    except ValueError:
        raise UserError(_("Tệp minh chứng {name} lớn quá 200 MB").format(name=path.name)) from None
    except OSError:
        raise UserError(_("Không chép được tệp minh chứng {name} vào thư mục dữ liệu").format(name=path.name)) from None
    row = _answer_row(a, criterion_id)
    if row is None:
        row = AssessmentAnswer(criterion=criterion_id, note="")
        a.answers.append(row)
    ev = AssessmentEvidence(
        kind="file",
        title=title or path.name,
        file_name=path.name,
        stored_name=str(stored.relative_to(data.evidence)),
        sha256=digest,
        size=size,
    )
    row.evidence.append(ev)
    s.flush()
    return ev


def add_document_evidence(
    s: Session, assessment_id: int, criterion_id: str, number: str, date: dt.date | None, summary: str
) -> AssessmentEvidence:
    a = get_assessment(s, assessment_id)
    _criterion(parsed(a.criteria_set), criterion_id)
    if not number.strip():
        raise UserError(_("Văn bản minh chứng cần số, ký hiệu, ví dụ 12/QĐ-UBND"))
    row = _answer_row(a, criterion_id)
    if row is None:
        row = AssessmentAnswer(criterion=criterion_id, note="")
        a.answers.append(row)
    ev = AssessmentEvidence(kind="document", title=summary.strip(), doc_number=number.strip(), doc_date=date)
    row.evidence.append(ev)
    s.flush()
    return ev


def evidence_problems(data: DataDir, a: SelfAssessment) -> list[str]:
    """Files of the assessment's evidence that are missing or changed since they were attached."""
    problems: list[str] = []
    for row in a.answers:
        for ev in row.evidence:
            if ev.kind != "file" or not ev.stored_name:
                continue
            p = data.evidence / ev.stored_name
            if not p.is_file():
                problems.append(
                    _("Tiêu chí {id}: thiếu tệp minh chứng {name}").format(id=row.criterion, name=ev.file_name)
                )
                continue
            h = hashlib.sha256()
            with open(p, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)
            if h.hexdigest() != ev.sha256:
                problems.append(
                    _("Tiêu chí {id}: tệp minh chứng {name} đã bị thay đổi").format(id=row.criterion, name=ev.file_name)
                )
    return problems


def task_evidence_choices(s: Session, assessment_id: int) -> list[tuple[int, str]]:
    """The evidence already attached to the tasks of the period's plan: (id, what the official sees)."""
    a = get_assessment(s, assessment_id)
    out: list[tuple[int, str]] = []
    for plan in _year_plans(s, int(a.period[:4])):
        for t in plan.tasks:
            for e in t.evidence:
                if e.id is None or (e.sha256 is None and e.doc_number is None):
                    continue
                what = e.citation if e.kind.value == "document" else (e.file_name or e.title or "")
                out.append((e.id, f"{t.content.strip()[:60]}: {what}"))
    return out


def add_task_evidence(s: Session, assessment_id: int, criterion_id: str, evidence_id: int) -> AssessmentEvidence:
    """A task's evidence used for a criterion: the same file (its hash) or the same cited document."""
    from desktop.models.orm import Evidence

    a = get_assessment(s, assessment_id)
    _criterion(parsed(a.criteria_set), criterion_id)
    ev = s.get(Evidence, evidence_id)
    if ev is None or evidence_id not in {i for i, _l in task_evidence_choices(s, assessment_id)}:
        raise UserError(
            _("Không có minh chứng số {id} trong các nhiệm vụ của kế hoạch năm {y}").format(
                id=evidence_id, y=a.period[:4]
            )
        )
    row = _answer_row(a, criterion_id)
    if row is None:
        row = AssessmentAnswer(criterion=criterion_id, note="")
        a.answers.append(row)
    title = _("minh chứng của nhiệm vụ: {t}").format(t=ev.task.content.strip()[:80])
    if ev.kind.value == "document":
        out = AssessmentEvidence(
            kind="document",
            title=ev.doc_summary or title,
            doc_number=ev.doc_number,
            doc_date=ev.doc_date,
            task_evidence_id=ev.id,
        )
    else:
        out = AssessmentEvidence(
            kind="file",
            title=f"{ev.file_name or ev.title} ({title})",
            file_name=ev.file_name,
            stored_name=ev.stored_name,
            sha256=ev.sha256,
            size=ev.size,
            task_evidence_id=ev.id,
        )
    row.evidence.append(out)
    s.flush()
    return out


# ---- values the plan's tracking knows --------------------------------------------------------


@dataclass(frozen=True)
class Proposal:
    criterion: str
    value: Any
    explanation: str


def _year_plans(s: Session, year: int) -> list[Plan]:
    plans = list(s.scalars(select(Plan).where(Plan.year == year).order_by(Plan.id)))
    annual = [p for p in plans if getattr(p, "kind", "hang_nam") == "hang_nam"]
    return annual or plans


def _done_on(task: Any) -> dt.date | None:
    done = [u.on_date for u in task.updates if u.status is TaskStatus.DONE]
    return min(done) if done else None


def tracking_figures(s: Session, start: dt.date, end: dt.date) -> dict[str, tuple[Decimal, Decimal, str]]:
    """(a, b, how) for each source a criterion can take from the plan's tracking, up to ``end``."""
    plans = _year_plans(s, end.year)
    out: dict[str, tuple[Decimal, Decimal, str]] = {}
    if not plans:
        return out
    plan = plans[0]
    due = [
        t
        for t in plan.tasks
        if t.adopted and t.status is not TaskStatus.CANCELLED and t.finish is not None and t.finish.end <= end
    ]
    on_time = [t for t in due if (d := _done_on(t)) is not None and d <= t.finish.end]  # type: ignore[union-attr]
    out["tasks_on_time"] = (
        Decimal(len(on_time)),
        Decimal(len(due)),
        _("{a}/{b} nhiệm vụ đến hạn đến {d} hoàn thành đúng hạn (kế hoạch {n})").format(
            a=len(on_time), b=len(due), d=short_date(end), n=plan.number or plan.year
        ),
    )
    approved = sum((bl.approved or bl.allocated or Decimal(0) for bl in plan.budget_lines), Decimal(0))
    spent = sum((bl.spent or Decimal(0) for bl in plan.budget_lines), Decimal(0))
    if approved:
        out["budget_disbursed"] = (
            min(spent, approved),
            approved,
            _("đã giải ngân {a} trên {b} triệu đồng").format(a=spent, b=approved),
        )
    from desktop.services.tracking import target_met

    judged = met = 0
    for t in plan.targets:
        ms = [m for m in t.measurements if (m.measured_on or m.period.end) <= end]
        if not ms:
            continue
        latest = max(ms, key=lambda m: m.measured_on or m.period.end)
        ok = target_met(t, latest.value)
        if ok is None:
            continue
        judged += 1
        met += bool(ok)
    if judged:
        out["targets_met"] = (
            Decimal(met),
            Decimal(judged),
            _("{a}/{b} chỉ tiêu đã đo đạt yêu cầu").format(a=met, b=judged),
        )
    return out


def proposals(s: Session, assessment_id: int) -> list[Proposal]:
    """Values for the criteria that take them from the plan's tracking (``params.prefill``)."""
    a = get_assessment(s, assessment_id)
    cs = parsed(a.criteria_set)
    start, end = check_period(cs.rhythm, a.period)
    figures = tracking_figures(s, start, end)
    out: list[Proposal] = []
    for c in cs.criteria:
        src = c.params.get("prefill")
        if src not in figures:
            continue
        x, y, how = figures[src]
        if c.method in (Method.RATIO, Method.RATIO_THRESHOLD):
            out.append(Proposal(c.id, {"a": str(x), "b": str(y)}, how))
        elif c.method is Method.SYSTEM and y:
            out.append(
                Proposal(
                    c.id,
                    {
                        "value": str((x * 100 / y).quantize(Decimal("0.01"))),
                        "source": _("Theo dõi kế hoạch trong KHCĐS"),
                    },
                    how,
                )
            )
    return out


def apply_proposals(s: Session, assessment_id: int, *, overwrite: bool = False) -> list[Proposal]:
    """Fill the proposals in where the official has entered nothing (or everywhere with ``overwrite``)."""
    a = get_assessment(s, assessment_id)
    done: list[Proposal] = []
    for p in proposals(s, assessment_id):
        row = _answer_row(a, p.criterion)
        if row is not None and row.value is not None and not overwrite:
            continue
        set_answer(s, assessment_id, p.criterion, p.value, note=p.explanation)
        done.append(p)
    return done


# ---- what the window and the CLI show --------------------------------------------------------


@dataclass(frozen=True)
class CriterionLine:
    id: str
    group: str
    text: str
    method: str
    max: Decimal | None
    value: Any
    not_applicable: bool
    note: str
    points: Decimal | None
    missing: str | None
    invalid: bool
    detail: str
    evidence: list[str]
    evidence_hashes: list[str | None]  # the SHA-256 of each evidence file (None for a cited document)
    evidence_asked: list[str]
    can_be_not_applicable: bool


@dataclass(frozen=True)
class GroupLine:
    id: str
    name: str
    kind: str  # main | bonus | deduction
    points: Decimal
    max: Decimal | None


@dataclass(frozen=True)
class AssessmentView:
    id: int
    set_key: str
    set_title: str
    period: str
    period_label: str
    lines: list[CriterionLine]
    main_points: Decimal
    main_max: Decimal
    bonus: Decimal
    deduction: Decimal
    total: Decimal
    total_max: Decimal
    grade: str | None
    missing: int
    notes: list[str] = field(default_factory=list)
    groups: list[GroupLine] = field(default_factory=list)
    options: dict[str, list[str]] = field(default_factory=dict)  # criterion -> choices (role, binary)
    # criteria not applicable to the unit lowered the main groups' maximum and the points were
    # brought back to the set's scale: the report says so under its total
    scaled: bool = False


def view(s: Session, assessment_id: int) -> AssessmentView:
    a = get_assessment(s, assessment_id)
    cs = parsed(a.criteria_set)
    card = score(cs, answers_of(a))
    rows = {x.criterion: x for x in a.answers}
    lines: list[CriterionLine] = []
    for sc in card.criteria:
        c = sc.criterion
        row = rows.get(c.id)
        ev: list[str] = []
        hashes: list[str | None] = []
        if row is not None:
            for e in row.evidence:
                hashes.append(e.sha256 if e.kind == "file" else None)
                if e.kind == "document":
                    d = f" ngày {short_date(e.doc_date)}" if e.doc_date else ""
                    ev.append(f"Văn bản số {e.doc_number}{d} {e.title}".strip())
                else:
                    ev.append(e.title or e.file_name or "")
        lines.append(
            CriterionLine(
                c.id,
                c.group,
                c.text,
                c.method.label,
                c.max,
                json.loads(row.value) if row is not None and row.value else None,
                bool(row and row.not_applicable),
                row.note if row else "",
                sc.points,
                sc.missing,
                sc.invalid,
                sc.detail,
                ev,
                hashes,
                [x.text for x in c.evidence if x.kind in ("file", "document")],
                c.not_applicable is not None,
            )
        )
    groups = [GroupLine(g.group.id, g.group.name, g.group.kind.value, g.points, g.max) for g in card.groups]
    options: dict[str, list[str]] = {}
    for c in cs.criteria:
        if c.method is Method.ROLE:
            options[c.id] = [str(k) for k in dict(c.params.get("options", {}))]
        elif c.method is Method.BINARY:
            options[c.id] = ["có", "không"]
    # the set's own maximum of the main groups, as models.scoring scales against it
    full_main = sum((g.max or 0 for g in cs.groups if g.kind.value == "main"), Decimal(0)) or cs.total_max
    return AssessmentView(
        a.id,
        cs.id,
        cs.title,
        a.period,
        period_label(a.period),
        lines,
        card.main_points,
        card.main_max,
        card.bonus,
        card.deduction,
        card.total,
        cs.total_max,
        card.grade,
        len(card.missing),
        list(cs.notes),
        groups,
        options,
        bool(card.main_max) and card.main_max != full_main,
    )


def export_payload(s: Session, data: DataDir, assessment_id: int) -> dict[str, Any]:
    """The self-assessment as it travels in the export package: answers, evidence hashes, the score claimed."""
    a = get_assessment(s, assessment_id)
    problems = evidence_problems(data, a)
    if problems:
        raise UserError(problems[0])
    cs = parsed(a.criteria_set)
    card = score(cs, answers_of(a))
    return {
        "set": {"id": cs.id, "version": cs.version, "sha256": a.criteria_set.sha256},
        "period": a.period,
        "answers": [
            {
                "criterion": x.criterion,
                "value": json.loads(x.value) if x.value else None,
                "not_applicable": x.not_applicable,
                "note": x.note,
                "evidence": [
                    {
                        "kind": e.kind,
                        "title": e.title,
                        "file_name": e.file_name,
                        "sha256": e.sha256,
                        "size": e.size,
                        "doc_number": e.doc_number,
                        "doc_date": e.doc_date.isoformat() if e.doc_date else None,
                    }
                    for e in x.evidence
                ],
            }
            for x in a.answers
        ],
        "score": {
            "criteria": {sc.criterion.id: None if sc.points is None else str(sc.points) for sc in card.criteria},
            "total": str(card.total),
            "grade": card.grade,
        },
    }


def export_payloads(s: Session, data: DataDir, year: int) -> tuple[list[dict[str, Any]], list[tuple[str, Path]]]:
    """The unit's self-assessments of a year for the export package, with their evidence files
    (``(sha256 + extension, path)``); an evidence file changed or missing is refused, named."""
    unit = _unit(s)
    rows = s.scalars(
        select(SelfAssessment)
        .where(SelfAssessment.unit_id == unit.id, SelfAssessment.period.like(f"{year}%"))
        .order_by(SelfAssessment.set_key, SelfAssessment.period)
    ).all()
    payloads: list[dict[str, Any]] = []
    files: list[tuple[str, Path]] = []
    seen: set[str] = set()
    for a in rows:
        if not a.answers:
            continue
        payloads.append(export_payload(s, data, a.id))
        for row in a.answers:
            for e in row.evidence:
                if e.kind == "file" and e.sha256 and e.stored_name and e.sha256 not in seen:
                    seen.add(e.sha256)
                    ext = Path(e.file_name or "").suffix.lower()[:11]
                    ext = ext if re.fullmatch(r"\.[a-z0-9]{1,10}", ext) else ""
                    files.append((e.sha256 + ext, data.evidence / e.stored_name))
    return payloads, files


def payload_answers(payload: dict[str, Any]) -> dict[str, Answer]:
    """The answers a self-assessment's payload carries, by criterion id."""
    return {x["criterion"]: Answer(x.get("value"), bool(x.get("not_applicable"))) for x in payload["answers"]}


def verify_payload(cs: CriteriaSet, payload: dict[str, Any]) -> Scorecard:
    """Recompute a received self-assessment; a score that differs from the answers is refused."""
    card = score(cs, payload_answers(payload))
    claimed = payload.get("score", {})
    mine = {sc.criterion.id: None if sc.points is None else str(sc.points) for sc in card.criteria}
    if claimed.get("criteria") != mine or claimed.get("total") != str(card.total):
        raise UserError(_("Điểm tự chấm trong tệp không khớp với số liệu đã nhập (tệp đã bị sửa)"))
    return card


def render_report(
    store: Any, set_key: str, period: str, fmt: str, *, number: str | None = None, issue_date: dt.date | None = None
) -> bytes:
    """The unit's self-assessment report (Decree 30) as DOCX or PDF bytes."""
    from desktop.documents.build_scorecard import build_self_assessment
    from desktop.documents.render import render
    from desktop.models import directory

    with store.transaction() as s:
        a = open_assessment(s, set_key, period)
        v = view(s, a.id)
        cs = parsed(a.criteria_set)
        unit = _unit(s)
        province = None
        if unit.province_code is not None:
            try:
                prov = directory.province(unit.province_code)
                province = f"{'tỉnh' if prov.kind == 'tỉnh' else 'thành phố'} {prov.short_name}"
            except KeyError:
                province = None
        doc = build_self_assessment(
            v,
            unit,
            set_document=cs.document and f"{cs.document}",
            set_issuer=cs.issuer,
            province_name=province,
            number=number,
            issue_date=issue_date,
            party=cs.format == "party",
        )
    return render(doc, fmt)
