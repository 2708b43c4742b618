"""City mode for scorecards: receive units' self-assessments, adjust with reasons, rank, summarise.

A self-assessment arrives in a unit's signed export package. On receipt the city
recomputes the score from the answers with its own copy of the criteria set and
checks every evidence file's hash against the files the package carries: a
score that does not follow from the answers, or an evidence file that differs
from the one the unit attached, is refused with the reason.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import UserError
from desktop.i18n import _
from desktop.models.city_scoring import CityAdjustment, CityAssessment
from desktop.models.orm import CriteriaSetRecord
from desktop.models.scoring import CriteriaSet, Scorecard, r2, score
from desktop.services import scorecards


def _set(s: Session, key: str, version: int) -> CriteriaSet:
    scorecards.sync_builtin_sets(s)
    rec = s.scalar(select(CriteriaSetRecord).where(CriteriaSetRecord.key == key, CriteriaSetRecord.version == version))
    if rec is None:
        raise UserError(
            _("Bộ tiêu chí {id} phiên bản {v} chưa có ở thành phố: nhập bộ tiêu chí trước khi nhận bản tự chấm").format(
                id=key, v=version
            )
        )
    return scorecards.parsed(rec)


def check(s: Session, payload: dict[str, Any], evidence_files: dict[str, str] | None) -> Scorecard:
    """Recompute a received self-assessment and check its evidence; raises UserError with the reason.

    ``evidence_files`` maps the sha256 of each evidence file the package carries to the hash of its
    bytes as read (they differ when a file was replaced); ``None`` when the package carries no files.
    """
    try:
        key, version = str(payload["set"]["id"]), int(payload["set"]["version"])
        period = str(payload["period"])
        answers = payload["answers"]
        if not isinstance(answers, list):
            raise TypeError
    except (KeyError, TypeError, ValueError):
        raise UserError(_("Bản tự chấm điểm trong tệp không đúng cấu trúc")) from None
    cs = _set(s, key, version)
    scorecards.check_period(cs.rhythm, period)
    card = scorecards.verify_payload(cs, payload)
    if evidence_files is not None:
        for a in answers:
            for ev in a.get("evidence") or []:
                if ev.get("kind") != "file":
                    continue
                sha = ev.get("sha256")
                name = ev.get("file_name") or ""
                if sha not in evidence_files:
                    raise UserError(
                        _("Tiêu chí {id}: tệp minh chứng {name} không có trong gói").format(
                            id=a["criterion"], name=name
                        )
                    )
                if evidence_files[sha] != sha:
                    raise UserError(
                        _("Tiêu chí {id}: tệp minh chứng {name} đã bị thay đổi").format(id=a["criterion"], name=name)
                    )
    return card


def receive(
    s: Session,
    unit_code: str,
    unit_name: str,
    revision: int,
    payload: dict[str, Any],
    evidence_files: dict[str, str] | None,
    received_at: dt.datetime | None = None,
) -> CityAssessment:
    """Keep a unit's self-assessment (checked first); a newer revision replaces the older one,
    the assessor's adjustments stay with it."""
    card = check(s, payload, evidence_files)
    key, version, period = str(payload["set"]["id"]), int(payload["set"]["version"]), str(payload["period"])
    row = s.scalar(
        select(CityAssessment).where(
            CityAssessment.unit_code == unit_code, CityAssessment.set_key == key, CityAssessment.period == period
        )
    )
    if row is not None and row.revision > revision:
        return row  # an older package: the newer self-assessment stays
    if row is None:
        row = CityAssessment(unit_code=unit_code, set_key=key, period=period)
        s.add(row)
    row.unit_name = unit_name
    row.set_version = version
    row.revision = revision
    row.received_at = (received_at or dt.datetime.now(dt.UTC)).replace(tzinfo=None)
    row.self_total = card.total
    row.data = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    s.flush()
    return row


def _find(s: Session, unit_code: str, set_key: str, period: str) -> CityAssessment:
    row = s.scalar(
        select(CityAssessment).where(
            CityAssessment.unit_code == unit_code, CityAssessment.set_key == set_key, CityAssessment.period == period
        )
    )
    if row is None:
        raise UserError(
            _("Chưa nhận bản tự chấm của đơn vị {code} theo bộ {set}, kỳ {p}").format(
                code=unit_code, set=set_key, p=scorecards.period_label(period)
            )
        )
    return row


def adjust(
    s: Session,
    unit_code: str,
    set_key: str,
    period: str,
    criterion: str,
    points: Decimal,
    reason: str,
    assessor: str = "",
) -> CityAdjustment:
    """The assessor's points for one criterion, with the reason; the unit's own points are kept beside them."""
    if not reason.strip():
        raise UserError(_("Điều chỉnh điểm phải ghi rõ lý do"))
    row = _find(s, unit_code, set_key, period)
    cs = _set(s, row.set_key, row.set_version)
    c = next((x for x in cs.criteria if x.id == criterion), None)
    if c is None:
        raise UserError(_("Bộ tiêu chí {set} không có tiêu chí {id}").format(set=cs.id, id=criterion))
    if c.max is None:
        raise UserError(_("Tiêu chí {id} chưa có điểm tối đa: bổ sung bộ tiêu chí trước").format(id=criterion))
    if not points.is_finite() or points < 0 or points > c.max:
        raise UserError(_("Điểm của tiêu chí {id} phải từ 0 đến {m}").format(id=criterion, m=c.max))
    card = scorecards.verify_payload(cs, json.loads(row.data))
    own = next(sc.points for sc in card.criteria if sc.criterion.id == criterion)
    adj = CityAdjustment(
        criterion=criterion, self_points=own, points=r2(points), reason=reason.strip(), assessor=assessor
    )
    row.adjustments.append(adj)
    s.flush()
    return adj


@dataclass(frozen=True)
class UnitScore:
    unit_code: str
    unit_name: str
    period: str
    self_total: Decimal
    total: Decimal  # after the assessor's adjustments
    grade: str | None
    rank: int
    points: dict[str, Decimal | None]  # criterion -> points after adjustments
    adjusted: dict[str, tuple[Decimal | None, Decimal, str]]  # criterion -> (own, city's, reason)
    missing: int
    normalised: Decimal


def _final(
    cs: CriteriaSet, row: CityAssessment
) -> tuple[Scorecard, dict[str, Decimal | None], dict[str, Any], Scorecard]:
    """The unit's own scorecard (verified), the points after the latest adjustment of each criterion,
    the adjustments, and the scorecard with them applied (groups, caps, scaling and grade by
    models.scoring.score, the one place they are computed)."""
    payload = json.loads(row.data)
    card = scorecards.verify_payload(cs, payload)
    latest: dict[str, CityAdjustment] = {}
    for a in row.adjustments:
        latest[a.criterion] = a
    final = score(cs, scorecards.payload_answers(payload), {cid: a.points for cid, a in latest.items()})
    pts: dict[str, Decimal | None] = {sc.criterion.id: sc.points for sc in final.criteria}
    adjusted = {cid: (a.self_points, a.points, a.reason) for cid, a in latest.items()}
    return card, pts, adjusted, final


def ranking(s: Session, set_key: str, period: str) -> list[UnitScore]:
    """The units of a period ranked by their final total (ties share a rank, then by code)."""
    rows = list(
        s.scalars(select(CityAssessment).where(CityAssessment.set_key == set_key, CityAssessment.period == period))
    )
    out: list[UnitScore] = []
    sets: dict[int, CriteriaSet] = {}  # one read of each version, not one per unit
    for row in rows:
        cs = sets.get(row.set_version) or sets.setdefault(row.set_version, _set(s, row.set_key, row.set_version))
        card, pts, adjusted, adj = _final(cs, row)
        final = adj.total
        norm = (final / cs.total_max).quantize(Decimal("0.0001")) if cs.total_max else Decimal(0)
        out.append(
            UnitScore(
                row.unit_code,
                row.unit_name,
                row.period,
                row.self_total,
                final,
                adj.grade,
                0,
                pts,
                adjusted,
                len(card.missing),
                norm,
            )
        )
    out.sort(key=lambda u: (-u.total, u.unit_code))
    ranked: list[UnitScore] = []
    for i, u in enumerate(out):
        rank = ranked[-1].rank if ranked and ranked[-1].total == u.total else i + 1
        ranked.append(UnitScore(**{**u.__dict__, "rank": rank}))
    return ranked


def trend(s: Session, set_key: str, unit_code: str) -> list[tuple[str, Decimal]]:
    """A unit's final total period by period, oldest first."""
    rows = s.scalars(
        select(CityAssessment).where(CityAssessment.set_key == set_key, CityAssessment.unit_code == unit_code)
    )
    out = []
    sets: dict[int, CriteriaSet] = {}
    for row in rows:
        cs = sets.get(row.set_version) or sets.setdefault(row.set_version, _set(s, row.set_key, row.set_version))
        out.append((row.period, _final(cs, row)[3].total))
    return sorted(out)


@dataclass(frozen=True)
class ProvinceSummary:
    set_key: str
    period: str
    units: int
    average: Decimal
    highest: Decimal
    lowest: Decimal
    average_normalised: Decimal
    grades: dict[str, int]
    group_averages: dict[str, Decimal]  # group id -> average points after adjustments


def summary(s: Session, set_key: str, period: str) -> ProvinceSummary:
    """The province's DTI-style summary of a period: averages (raw and 0-1), range, grades, groups."""
    ranks = ranking(s, set_key, period)
    if not ranks:
        raise UserError(
            _("Chưa có bản tự chấm nào theo bộ {set}, kỳ {p}").format(set=set_key, p=scorecards.period_label(period))
        )
    n = Decimal(len(ranks))
    cs = _set(s, set_key, s.scalar(select(CityAssessment.set_version).where(CityAssessment.set_key == set_key)) or 1)
    grades: dict[str, int] = {}
    for u in ranks:
        grades[u.grade or "—"] = grades.get(u.grade or "—", 0) + 1
    groups: dict[str, Decimal] = {}
    for g in cs.groups:
        ids = [c.id for c in cs.criteria_of(g.id)]
        groups[g.id] = r2(
            sum((sum((u.points.get(i) or Decimal(0) for i in ids), Decimal(0)) for u in ranks), Decimal(0)) / n
        )
    return ProvinceSummary(
        set_key,
        period,
        len(ranks),
        r2(sum((u.total for u in ranks), Decimal(0)) / n),
        max(u.total for u in ranks),
        min(u.total for u in ranks),
        (sum((u.normalised for u in ranks), Decimal(0)) / n).quantize(Decimal("0.0001")),
        grades,
        groups,
    )


def _province(s: Session) -> tuple[str, str, str]:
    """(full name, short name, "tỉnh" or "thành phố") of the city folder's province."""
    from desktop.models import directory
    from desktop.models.city import province_of

    code = province_of(s)
    if code is None:
        raise UserError(_("Thư mục dữ liệu này không ở chế độ thành phố (khcds city init)"))
    prov = directory.province(code)
    return prov.name, prov.short_name, "tỉnh" if prov.kind == "tỉnh" else "thành phố"


def render(store: Any, set_key: str, period: str, fmt: str, report_date: dt.date | None = None) -> bytes:
    """The consolidated scoring report (DOCX, PDF) or the scoring table (XLSX) of a period."""
    from desktop.services import units as usvc

    with store.transaction() as s:
        ranks = ranking(s, set_key, period)
        summ = summary(s, set_key, period)
        row = s.scalar(select(CityAssessment).where(CityAssessment.set_key == set_key))
        assert row is not None
        cs = _set(s, set_key, row.set_version)
        name, short, word = _province(s)
        keys = [
            "city_parent_body",
            "city_issuer",
            "city_issuer_name",
            "city_doc_code",
            "city_signer_title",
            "city_signer_name",
            "city_recipients",
        ]
        settings = {k: v for k in keys if (v := usvc.get_setting(s, k)) is not None}
    label = scorecards.period_label(period)
    if fmt == "xlsx":
        import io

        from desktop.documents.scores_xlsx import scores_workbook

        wb = scores_workbook(
            ranks, list(cs.criteria), caption=f"Kết quả chấm điểm chuyển đổi số {label} — {cs.title} — {name}"
        )
        buf = io.BytesIO()
        wb.save(buf)
        return buf.getvalue()
    from desktop.documents.build_scorecard import build_city_scoring_report
    from desktop.documents.render import render as render_doc

    doc = build_city_scoring_report(
        ranks,
        summ,
        set_title=cs.title,
        period_label=label,
        province_name=name,
        province_short=short,
        province_word=word,
        settings=settings,
        report_date=report_date,
    )
    return render_doc(doc, fmt)


@dataclass(frozen=True)
class ReceivedSet:
    key: str
    title: str
    periods: list[str]  # oldest first
    criteria: list[tuple[str, str, Decimal | None]]  # id, text, maximum


def received(s: Session) -> list[ReceivedSet]:
    """The criteria sets the city has self-assessments for, with their periods."""
    out: list[ReceivedSet] = []
    keys = s.execute(select(CityAssessment.set_key, CityAssessment.set_version).distinct()).all()
    latest: dict[str, int] = {}
    for key, version in keys:
        latest[key] = max(version, latest.get(key, 0))
    for key in sorted(latest):
        cs = _set(s, key, latest[key])
        periods = sorted(set(s.scalars(select(CityAssessment.period).where(CityAssessment.set_key == key))))
        out.append(ReceivedSet(key, cs.title, periods, [(c.id, c.text, c.max) for c in cs.criteria]))
    return out
