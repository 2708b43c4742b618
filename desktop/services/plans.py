"""A unit's plans: made from a template or blank, listed, chosen, edited, checked: the one
door through which the window and the CLI change a plan, by id.

A unit holds several plans a year (the UBND's annual plan, the Đảng ủy's plan
carrying out a resolution, a Ban Chỉ đạo's 100-day campaign ...); each is one
``Plan`` row with its kind, issuing body, period and reporting rhythm, chosen by
id (``--plan ID``) or, when its year has only one, by year.

Every function works inside the caller's transaction (``store.transaction()``),
so a multi-row change commits as a whole; the window wraps each edit in its own
transaction, and a setter returns the old value so that an undo can put it back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from desktop.errors import UserError
from desktop.i18n import _
from desktop.models.deadline import Deadline
from desktop.models.enums import (
    FundingSource,
    Issuer,
    Level,
    PlanKind,
    PlanState,
    TargetDirection,
    TargetMeasure,
    TaskStatus,
)
from desktop.models.orm import (
    BudgetLine,
    LegalBasis,
    Plan,
    PlanSection,
    PlanTarget,
    PlanTask,
    Signer,
    TemplateRecord,
    UnitProfile,
)
from desktop.models.period import Period, PeriodKind, ReportRule
from desktop.models.template import Template, TemplateTask, TemplateTaskGroup
from desktop.paths import DataDir
from desktop.services import templates as tsvc
from desktop.services.plan_rules import BUDGET_COLUMNS as BUDGET_COLUMNS
from desktop.services.plan_rules import BudgetTotals as BudgetTotals
from desktop.services.plan_rules import PreviousYear as PreviousYear
from desktop.services.plan_rules import annual_report_deadline as annual_report_deadline
from desktop.services.plan_rules import budget_totals as budget_totals
from desktop.services.plan_rules import choose_previous, draft_text, previous_figures, with_text
from desktop.services.plan_rules import own_template as own_template
from desktop.services.plan_rules import previous_year_part as _previous_year_part
from desktop.services.plan_rules import report_due as report_due
from desktop.services.plan_rules import report_period_of as report_period_of
from desktop.services.plan_rules import report_rules as report_rules
from desktop.services.plan_rules import shorten as shorten
from desktop.services.plan_rules import template_of as template_of
from desktop.services.plan_rules import unit_phrase as unit_phrase
from desktop.vn import fold, format_number, short_date, sort_key

if TYPE_CHECKING:
    from desktop.store.database import Store

# The plan's text sections in document order: key -> default heading.
SECTION_ORDER: list[tuple[str, str]] = [
    ("purpose", "MỤC ĐÍCH, YÊU CẦU"),
    ("objectives", "MỤC TIÊU"),
    ("tasks", "NHIỆM VỤ"),
    ("solutions", "GIẢI PHÁP THỰC HIỆN"),
    ("funding", "KINH PHÍ THỰC HIỆN"),
    ("organisation", "TỔ CHỨC THỰC HIỆN"),
]
OPTIONAL_SECTIONS = {"solutions", "funding"}


def _plan_loads() -> list[Any]:
    return [
        selectinload(Plan.tasks).selectinload(PlanTask.updates),
        selectinload(Plan.tasks).selectinload(PlanTask.evidence),
        selectinload(Plan.targets).selectinload(PlanTarget.measurements),
        selectinload(Plan.budget_lines),
        selectinload(Plan.sections),
        selectinload(Plan.legal_bases),
        selectinload(Plan.unit).selectinload(UnitProfile.signers),
        selectinload(Plan.template),
    ]


def plan_query() -> Any:
    return select(Plan).options(*_plan_loads())


def load_plan(session: Session, plan_id: int) -> Plan:
    """The plan with its tasks, targets, budget and texts loaded (the session's copy when it
    holds one already); a UserError if it is gone."""
    plan = session.get(Plan, plan_id, options=_plan_loads())
    if plan is None:
        raise UserError(
            _("Không tìm thấy kế hoạch số hiệu {id} (có thể đã bị xóa). Xem danh sách: khcds plan list").format(
                id=plan_id
            )
        )
    return plan


def plan_snapshot(store: Store, plan_id: int) -> Plan:
    """The plan as the window reads it, detached from any session: everything a page reads is
    loaded here (tasks with their updates, evidence and budget lines, targets with their
    measurements, texts, the unit with its signers, the template, the signer, the exports),
    then the session is closed, so that no session or connection stays open between events.

    The snapshot is for reading; every change goes through a setter by id in its own
    transaction, after which the window asks for a new snapshot. A UserError if the plan is gone."""
    with store.session() as session:
        plan = session.get(
            Plan,
            plan_id,
            options=[
                *_plan_loads(),
                selectinload(Plan.exports),
                joinedload(Plan.signer),
                selectinload(Plan.budget_lines).joinedload(BudgetLine.task),
            ],
        )
        if plan is None:
            raise UserError(
                _("Không tìm thấy kế hoạch số hiệu {id} (có thể đã bị xóa). Xem danh sách: khcds plan list").format(
                    id=plan_id
                )
            )
        # the many-to-one sides point at objects already loaded: set them now (no query), so that
        # task.plan, target.plan, update.task ... read without a session once it is closed
        for task in plan.tasks:
            task.plan  # noqa: B018
            for u in task.updates:
                u.task  # noqa: B018
            for ev in task.evidence:
                ev.task  # noqa: B018
        for tg in plan.targets:
            tg.plan  # noqa: B018
            for m in tg.measurements:
                m.target  # noqa: B018
        for line in plan.budget_lines:
            line.plan  # noqa: B018
        for signer in plan.unit.signers:
            signer.unit  # noqa: B018
        session.commit()  # ends the read transaction; closing the session detaches the objects
    return plan


def plans_of_year(session: Session, unit: UnitProfile, year: int) -> list[Plan]:
    return list(session.scalars(select(Plan).where(Plan.unit_id == unit.id, Plan.year == year).order_by(Plan.id)))


def get_plan(session: Session, unit: UnitProfile, year: int) -> Plan | None:
    """The year's plan when the year has one, else its annual UBND plan (None when neither)."""
    plans = plans_of_year(session, unit, year)
    if len(plans) > 1:
        plans = [p for p in plans if p.kind is PlanKind.ANNUAL and p.issuer is Issuer.UBND][:1]
    return load_plan(session, plans[0].id) if plans else None


def require_plan(session: Session, unit: UnitProfile, year: int) -> Plan:
    """The year's only plan; a UserError naming the plans when there are none or several."""
    return resolve_plan(session, unit, year=year)


def resolve_plan(session: Session, unit: UnitProfile, *, plan_id: int | None = None, year: int | None = None) -> Plan:
    """The plan chosen by id (``--plan``) or by year (``--year``, when the year has one plan)."""
    return _resolve(session, unit, plan_id, year, load=True)


def resolve_plan_id(
    session: Session, unit: UnitProfile, *, plan_id: int | None = None, year: int | None = None
) -> tuple[int, int]:
    """(id, year) of the plan :func:`resolve_plan` would choose, with the same refusals, without
    loading its tasks, targets and texts (a command that hands the id on loads them once)."""
    plan = _resolve(session, unit, plan_id, year, load=False)
    return plan.id, plan.year


def _resolve(session: Session, unit: UnitProfile, plan_id: int | None, year: int | None, *, load: bool) -> Plan:
    if plan_id is not None:
        if load:
            plan = load_plan(session, plan_id)
        else:
            found = session.get(Plan, plan_id)
            if found is None:
                return load_plan(session, plan_id)  # its refusal, worded once
            plan = found
        if plan.unit_id != unit.id:
            raise UserError(_("Kế hoạch số hiệu {id} không phải của {unit}.").format(id=plan_id, unit=unit.name))
        if year is not None and plan.year != year:
            raise UserError(
                _("Kế hoạch số hiệu {id} là kế hoạch năm {y}, không phải năm {year}.").format(
                    id=plan_id, y=plan.year, year=year
                )
            )
        return plan
    if year is None:
        raise UserError(_("Hãy chọn kế hoạch: --plan SỐ_HIỆU (xem: khcds plan list) hoặc --year NĂM."))
    plans = plans_of_year(session, unit, year)
    if not plans:
        years = sorted({p.year for p in unit.plans})
        have = ", ".join(map(str, years)) if years else _("chưa có")
        raise UserError(_("Đơn vị chưa có kế hoạch năm {year} (các năm đã có: {have}).").format(year=year, have=have))
    if len(plans) > 1:
        listing = "; ".join(f"{p.id}: {plan_label(p)}" for p in plans)
        raise UserError(
            _("Năm {year} có {n} kế hoạch, hãy chọn một bằng --plan SỐ_HIỆU: {listing}.").format(
                year=year, n=len(plans), listing=listing
            )
        )
    return load_plan(session, plans[0].id) if load else plans[0]


def plan_label(plan: Plan) -> str:
    """``Kế hoạch năm 2026 (Ủy ban nhân dân)``; ``Kế hoạch cao điểm 100 ngày ... (Ban Chỉ đạo)``."""
    title = " ".join(plan.subject.split())
    if len(title) > 80:
        title = title[:79] + "…"
    return f"{plan.kind.label}: {title} ({plan.issuer.label})"


@dataclass(frozen=True)
class PlanSummary:
    """One plan as lists show it (the window's selector, ``khcds plan list``)."""

    id: int
    uid: str
    year: int
    kind: PlanKind
    issuer: Issuer
    number: str | None
    title: str
    start: dt.date
    end: dt.date
    state: PlanState
    template: str | None  # "hp-325-2024 v1"; None for a plan of the unit's own
    tasks: int
    targets: int
    report_rules: tuple[str, ...]

    @property
    def label(self) -> str:
        num = f" số {self.number}" if self.number else ""
        return f"{self.kind.label}{num}: {self.title} ({self.issuer.label})"

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uid": self.uid,
            "year": self.year,
            "kind": self.kind.value,
            "issuer": self.issuer.value,
            "number": self.number,
            "title": self.title,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "state": self.state.value,
            "template": self.template,
            "tasks": self.tasks,
            "targets": self.targets,
            "report_rules": list(self.report_rules),
        }


def summary(plan: Plan) -> PlanSummary:
    tpl = f"{plan.template.key} v{plan.template.version}" if plan.template is not None else None
    return PlanSummary(
        plan.id,
        plan.uid,
        plan.year,
        plan.kind,
        plan.issuer,
        plan.number,
        plan.subject,
        plan.first_day,
        plan.last_day,
        plan.state,
        tpl,
        sum(1 for t in plan.tasks if t.adopted),
        len(plan.targets),
        tuple(r.code for r in report_rules(plan)),
    )


def list_plans(session: Session) -> list[PlanSummary]:
    """Every plan of the data folder's unit, newest year first, then as they were made."""
    # only what a summary reads: the window's plan selector pays this at every start
    loads = (selectinload(Plan.tasks), selectinload(Plan.targets), selectinload(Plan.template))
    rows = session.scalars(select(Plan).options(*loads).order_by(Plan.year.desc(), Plan.id)).all()
    return [summary(p) for p in rows]


def plan_list(session: Session) -> list[tuple[int, int]]:
    """(plan id, year) of the data folder's unit, newest year first."""
    return [(p.id, p.year) for p in list_plans(session)]


def latest_plan_id(session: Session) -> int | None:
    """The plan the window opens with: the newest year's annual UBND plan, else its first.

    Read from the plans' own columns, in ``list_plans``' order, without loading what a
    summary shows (the window pays this before its first paint)."""
    plans = session.execute(
        select(Plan.id, Plan.year, Plan.kind, Plan.issuer).order_by(Plan.year.desc(), Plan.id)
    ).all()
    if not plans:
        return None
    newest = [p for p in plans if p.year == plans[0].year]
    annual = [p for p in newest if p.kind is PlanKind.ANNUAL and p.issuer is Issuer.UBND]
    return int((annual or newest)[0].id)


# -- reporting rhythm ------------------------------------------------------------


def parse_report_rules(texts: list[str]) -> list[str]:
    """Check rules typed by a user or a script; a UserError names the bad one."""
    out = []
    for t in texts:
        t = " ".join(t.split())
        if not t:
            continue
        try:
            out.append(ReportRule.parse(t).code)
        except ValueError:
            raise UserError(
                _(
                    'Chế độ báo cáo không hợp lệ: "{t}" (ví dụ: "month day:20" là trước ngày 20 '
                    'hằng tháng, "quarter next:10", "week after:2", "year date:12-15").'
                ).format(t=t)
            ) from None
    return out


@dataclass(frozen=True)
class ReportDue:
    """One report the plan owes: its rule, period and due day."""

    rule: ReportRule
    period: Period
    due: dt.date

    @property
    def label(self) -> str:
        """``Hạn gửi báo cáo tháng 11/2026``."""
        return _("Hạn gửi báo cáo {p}").format(p=self.period.label()[:1].lower() + self.period.label()[1:])


def report_schedule(plan: Plan) -> list[ReportDue]:
    """Every report of the plan's rhythm over its period, in order of due date."""
    out = []
    for rule in report_rules(plan):
        for p in rule.periods(plan.first_day, plan.last_day):
            out.append(ReportDue(rule, p, rule.due(p)))
    out.sort(key=lambda r: (r.due, r.period.start))
    return out


def _in_plan_year(p: Period | None, year: int, first: bool) -> Period | None:
    if p is None:
        return None
    if p.kind is PeriodKind.YEAR or p.start.year < year < p.end.year:
        return Period.year_of(year)
    if p.year == year:
        return p
    # a multi-year task running through the plan's year takes the whole year
    if (first and p.year < year) or (not first and p.year > year):
        return Period.year_of(year)
    return p.in_year(year)


def _default_sections(
    unit: UnitProfile, t: Template | None, year: int, issuer: Issuer = Issuer.UBND, span: str | None = None
) -> dict[str, str]:
    who = unit_phrase(unit)
    span = span or f"năm {year}"
    if t is not None:
        ref = f"Kế hoạch số {t.number}"
        if t.date:
            ref += f" ngày {short_date(t.date)}"
        ref += f" của {t.issuer}"
        aim = f"Triển khai thực hiện hiệu quả {ref} trên địa bàn {who}"
    else:
        aim = f"Cụ thể hóa các nhiệm vụ chuyển đổi số trên địa bàn {who}"
    sol = t.section("solutions") if t is not None else None
    if issuer.party:
        office, body = "Văn phòng Đảng ủy", {Issuer.BAN_CHI_DAO: "Ban Chỉ đạo"}.get(issuer, "Đảng ủy")
        org_lines = [
            f"1. {office} là đầu mối tham mưu {body} {who} theo dõi, đôn đốc, tổng hợp kết quả thực hiện "
            "Kế hoạch; định kỳ báo cáo theo quy định.",
            "2. Các chi bộ, cơ quan, đơn vị, các thôn, tổ dân phố căn cứ nhiệm vụ được giao chủ động triển khai "
            f"thực hiện, báo cáo kết quả về {office}.",
        ]
    else:
        org_lines = [
            f"1. Văn phòng HĐND và UBND {who} là đầu mối tham mưu Ủy ban nhân dân {who} tổ chức triển khai "
            "Kế hoạch; theo dõi, đôn đốc, tổng hợp kết quả thực hiện; định kỳ báo cáo theo quy định.",
            "2. Các ban, ngành, đoàn thể, các thôn, tổ dân phố căn cứ nhiệm vụ được giao chủ động triển khai "
            "thực hiện, báo cáo kết quả về Văn phòng HĐND và UBND trước ngày 10 của tháng cuối quý.",
            "3. Bộ phận Tài chính - Kế toán tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.",
        ]
    deadline = annual_report_deadline(t, year) if t is not None else None
    if deadline and t is not None:
        org_lines.append(
            f"{len(org_lines) + 1}. Báo cáo kết quả thực hiện năm {year} gửi {t.issuer} "
            f"trước ngày {short_date(deadline)}."
        )
    return {
        "purpose": "\n".join(
            [
                f"1. Mục đích: {aim}; "
                f"xác định cụ thể nhiệm vụ, tiến độ, trách nhiệm của các cơ quan, đơn vị trong thực hiện "
                f"chuyển đổi số {span}.",
                "2. Yêu cầu: Các nhiệm vụ bám sát chỉ tiêu của thành phố giao cho cấp xã; phân công rõ cơ quan "
                "chủ trì, phối hợp, thời gian hoàn thành và sản phẩm; gắn với cải cách hành chính, "
                "nâng cao chất lượng phục vụ người dân, doanh nghiệp.",
            ]
        )
        if t is not None
        else "\n".join(
            [
                f"1. Mục đích: {aim}; xác định cụ thể nhiệm vụ, tiến độ, trách nhiệm của các cơ quan, đơn vị {span}.",
                "2. Yêu cầu: Phân công rõ cơ quan chủ trì, phối hợp, thời gian hoàn thành và sản phẩm của từng "
                "nhiệm vụ.",
            ]
        ),
        "objectives": "\n".join(t.general_objectives) if t is not None else "",
        "tasks": "Các nhiệm vụ cụ thể tại Phụ lục I kèm theo Kế hoạch này.",
        "solutions": sol.text() if sol else "",
        "funding": (
            f"Kinh phí thực hiện Kế hoạch từ nguồn ngân sách {who} được giao trong dự toán năm {year}, "
            "nguồn hỗ trợ của thành phố và các nguồn hợp pháp khác (chi tiết tại Phụ lục II)."
        ),
        "organisation": "\n".join(org_lines),
    }


def _default_rules(t: Template | None, kind: PlanKind, year: int) -> list[str]:
    """A new plan's rhythm. An annual plan keeps the standing one (quarterly reports, and the
    year's report on the template's or province's date: see :func:`report_rules`); a campaign
    or an implementation plan reports monthly, "trước ngày 20 hằng tháng"."""
    if kind is PlanKind.ANNUAL:
        return []
    return ["month day:20"]


def create_plan(
    session: Session,
    unit: UnitProfile,
    rec: TemplateRecord | None,
    year: int | None = None,
    *,
    kind: PlanKind = PlanKind.ANNUAL,
    issuer: Issuer = Issuer.UBND,
    start: dt.date | None = None,
    end: dt.date | None = None,
    number: str | None = None,
    subject: str | None = None,
    implements: str | None = None,
    report_rules: list[str] | None = None,
) -> Plan:
    """A new plan: from a template (its tasks binding the unit's level adopted) or blank
    (``rec`` None: the unit's own plan), over ``year`` or from ``start`` to ``end``."""
    t = tsvc.parse(rec) if rec is not None else None
    if (start is None) != (end is None):
        raise UserError(_("Hãy ghi cả ngày bắt đầu và ngày kết thúc của kế hoạch."))
    if start is not None and end is not None:
        if end < start:
            raise UserError(
                _("Ngày kết thúc ({e}) phải sau ngày bắt đầu ({s}).").format(e=short_date(end), s=short_date(start))
            )
        if (end - start).days > 5 * 366:
            raise UserError(_("Thời gian của kế hoạch quá dài (tối đa 5 năm)."))
        if year is not None and year != start.year:
            raise UserError(
                _("Năm kế hoạch ({y}) khác năm của ngày bắt đầu ({s}).").format(y=year, s=short_date(start))
            )
        year = start.year
    if year is None:
        raise UserError(_("Hãy ghi năm của kế hoạch, hoặc ngày bắt đầu và ngày kết thúc."))
    if not (2000 <= year <= 2100) or (end is not None and end.year > 2100):
        raise UserError(_("Năm kế hoạch không hợp lệ: {year}.").format(year=year))
    if start is not None and start == dt.date(year, 1, 1) and end == dt.date(year, 12, 31):
        start = end = None  # the whole year
    if kind is PlanKind.ANNUAL:
        for other in plans_of_year(session, unit, year):
            if other.kind is PlanKind.ANNUAL and other.issuer is issuer:
                raise UserError(_("Đơn vị đã có kế hoạch năm {year} của {body}.").format(year=year, body=issuer.label))
    subject = " ".join((subject or "").split())
    if not subject:
        if kind is not PlanKind.ANNUAL:
            raise UserError(_("Hãy ghi tên (trích yếu) của kế hoạch."))
        subject = f"Chuyển đổi số {unit_phrase(unit)} năm {year}"
    if len(subject) > 1000:
        raise UserError(_("Tên kế hoạch quá dài (tối đa 1000 ký tự)."))
    rules = parse_report_rules(report_rules) if report_rules is not None else _default_rules(t, kind, year)
    plan = Plan(
        unit=unit,
        year=year,
        kind=kind,
        issuer=issuer,
        start_date=start,
        end_date=end,
        implements=(implements or "").strip() or None,
        template=rec,
        number=(number or "").strip() or None,
        subject=subject,
        state=PlanState.DRAFT,
        signer=unit.signers[0] if unit.signers else None,
        recipients=_recipients(unit, issuer),
        report_rules=rules,
    )
    session.add(plan)
    span = None
    if start is not None and end is not None:
        span = f"từ ngày {short_date(start)} đến ngày {short_date(end)}"
    defaults = _default_sections(unit, t, year, issuer, span)
    for i, (key, title) in enumerate(SECTION_ORDER):
        plan.sections.append(PlanSection(key=key, title=title, text=defaults.get(key, ""), position=i))
    if t is None:
        session.flush()
        return plan
    ref = f"{t.number}"
    basis = f"Kế hoạch số {ref}"
    if t.date:
        basis += f" ngày {short_date(t.date)}"
    basis += f" của {t.issuer} về {t.title[:1].lower() + t.title[1:]};"
    bases = [basis] + [b if b.rstrip().endswith((";", ".")) else b + ";" for b in t.legal_bases]
    for i, b in enumerate(bases):
        plan.legal_bases.append(LegalBasis(position=i, text=b))
    pos = 0
    for group, task in t.tasks_for(unit.level, unit.code):
        plan.tasks.append(_task_from_template(group, task, year, pos, unit.level))
        pos += 1
    for i, target in enumerate(t.targets_for(unit.level, year)):
        v = target.value_for(unit.level)
        plan.targets.append(
            PlanTarget(
                template_ref=target.id,
                group_title=target.group,
                text=target.text,
                unit=target.unit,
                direction=target.direction,
                city_value=v,
                value=v,
                position=i,
            )
        )
    session.flush()
    return plan


def _recipients(unit: UnitProfile, issuer: Issuer) -> list[str]:
    """A new plan's Nơi nhận: the unit's own list, or a Party body's (the unit's list
    names the state bodies an Ủy ban writes to)."""
    if not issuer.party:
        return list(unit.recipients)
    from desktop.services import units as usvc

    return usvc.party_recipients(unit.province_code, issuer.value)


def _task_from_template(
    group: TemplateTaskGroup, task: TemplateTask, year: int, pos: int, level: Level | None = None
) -> PlanTask:
    lead, guide, product, deadline = (
        task.for_unit(level) if level is not None else (task.lead, None, task.product, task.deadline)
    )
    return PlanTask(
        template_ref=task.id,
        group_ref=group.id,
        group_number=group.number,
        group_title=group.title,
        pillar=group.pillar,
        position=pos,
        content=task.content,
        lead=lead,
        guide=guide,
        coordinating=task.coordinating,
        support=task.support,
        product=product,
        start=_in_plan_year(task.start, year, True),
        finish=task_finish(task.finish, deadline, year),
        period_text=task.period_text or (deadline.label() if deadline else None),
        superior_ref=task.superior_ref,
        deadline_rule=deadline.to_json() if deadline else None,
        adopted=True,
    )


def task_finish(
    finish: Period | None, deadline: Deadline | None, year: int, event_date: dt.date | None = None
) -> Period | None:
    """The plan task's finish: the deadline's date when it has one (a relative deadline once its
    event has a date, undated before), else the template's finish in the plan's year."""
    if deadline is not None and deadline.kind == "period":
        return _in_plan_year(deadline.period, year, False)
    if deadline is not None and deadline.kind == "relative":
        return deadline.finish(event_date)
    return _in_plan_year(finish, year, False)


def set_event_date(session: Session, task: PlanTask, when: dt.date | None) -> PlanTask:
    """Date the event a relative deadline counts from (``30 ngày sau khi Trung ương ban hành``):
    the task's finish follows."""
    rule = task.deadline
    if rule is None or rule.kind != "relative":
        raise UserError(_("Nhiệm vụ này không có thời hạn tính từ một sự kiện."))
    ensure_editable(task.plan)
    task.event_date = when
    task.finish = rule.finish(when)
    session.flush()
    return task


def get_task(plan: Plan, task_id: int) -> PlanTask:
    for t in plan.tasks:
        if t.id == task_id:
            return t
    raise UserError(_("Không tìm thấy nhiệm vụ (có thể đã bị xóa)."))


def get_budget_line(plan: Plan, line_id: int) -> BudgetLine:
    for b in plan.budget_lines:
        if b.id == line_id:
            return b
    raise UserError(_("Không tìm thấy dòng kinh phí."))


def ensure_editable(plan: Plan) -> None:
    if plan.state.locked:
        raise UserError(
            _("Kế hoạch {state}: chỉ xem, không sửa được. Hãy mở khóa (kèm lý do) để sửa.").format(
                state=plan.state.label.lower()
            )
        )


def _editable(session: Session, plan_id: int) -> Plan:
    plan = load_plan(session, plan_id)
    ensure_editable(plan)
    return plan


def _check_amount(value: Any) -> None:
    if value is not None and Decimal(value) < 0:
        raise UserError(_("Kinh phí không được âm."))


# -- general information -------------------------------------------------------------

PLAN_FIELDS = {"number", "issue_date", "subject", "signer_id", "recipients", "implements"}


def set_plan_field(session: Session, plan_id: int, field: str, value: Any) -> Any:
    """Change one field of the plan's general information; returns the old value (for undo)."""
    if field not in PLAN_FIELDS:
        raise ValueError(field)
    plan = _editable(session, plan_id)
    if field == "subject" and not (value or "").strip():
        raise UserError(_("Trích yếu của kế hoạch không được để trống."))
    if field == "recipients":
        value = [r for r in (x.strip() for x in value) if r]
    if field in ("number", "implements"):
        value = (value or "").strip() or None
    old = getattr(plan, field)
    if field == "recipients":
        old = list(old)
    setattr(plan, field, value)
    if field == "signer_id":
        plan.signer = session.get(Signer, value) if value is not None else None
    session.flush()
    return old


def set_signer_name(session: Session, plan_id: int, signer_id: int, full_name: str) -> str:
    """The printed name of a signer of the unit; returns the old name."""
    plan = _editable(session, plan_id)
    signer = session.get(Signer, signer_id)
    if signer is None or signer.unit_id != plan.unit_id:
        raise UserError(_("Không tìm thấy người ký."))
    old = signer.full_name
    signer.full_name = full_name.strip()
    return old


def set_legal_bases(session: Session, plan_id: int, texts: list[str]) -> list[str]:
    plan = _editable(session, plan_id)
    old = [b.text for b in plan.legal_bases]
    plan.legal_bases.clear()
    session.flush()
    for i, t in enumerate(x.strip() for x in texts):
        if t:
            plan.legal_bases.append(LegalBasis(position=i, text=t))
    session.flush()
    return old


def set_section_text(
    session: Session, plan_id: int, key: str, text: str, edited: bool | None = None
) -> tuple[str, bool]:
    """Set a section's text (marked edited, unless ``edited`` says otherwise, as an undo does);
    returns (old text, old edited flag)."""
    plan = _editable(session, plan_id)
    for s in plan.sections:
        if s.key == key:
            old = (s.text, s.edited)
            if s.text != text:
                s.text = text
                s.edited = True
            if edited is not None:
                s.edited = edited
            return old
    raise UserError(_("Không tìm thấy mục {key}.").format(key=key))


# -- tasks -----------------------------------------------------------------------------

# The fields of a task a user edits, in one table: (field, an own task may be created with it)
TASK_FIELDS: dict[str, bool] = {
    "pillar": True,
    "content": True,
    "lead": True,
    "coordinating": True,
    "support": False,
    "start": True,
    "finish": True,
    "product": True,
    "budget": True,
    "group_title": True,
    "period_text": False,
}
OWN_TASK_FIELDS = tuple(k for k, own in TASK_FIELDS.items() if own)


def _check_task(content: str | None, start: Period | None, finish: Period | None, budget: Any) -> None:
    if not (content or "").strip():
        raise UserError(_("Nội dung nhiệm vụ không được để trống."))
    if start and finish and finish.end < start.start:
        raise UserError(_("Thời gian hoàn thành phải sau thời gian bắt đầu."))
    _check_amount(budget)


def set_task_field(session: Session, plan_id: int, task_id: int, field: str, value: Any) -> Any:
    """Change one field of a task (or whether it is adopted); returns the old value."""
    plan = _editable(session, plan_id)
    task = get_task(plan, task_id)
    old = getattr(task, field)
    if field == "adopted":
        task.adopted = bool(value)
        return old
    if field == "event_date":  # a relative deadline's event: the finish follows (undone the same way)
        set_event_date(session, task, value)
        return old
    if field not in TASK_FIELDS:
        raise ValueError(field)
    after = {k: getattr(task, k) for k in ("content", "start", "finish", "budget")}
    after[field] = value
    _check_task(after["content"], after["start"], after["finish"], after["budget"])
    if old != value:
        setattr(task, field, value)
    return old


def _next_pos(plan: Plan) -> int:
    return max((t.position for t in plan.tasks), default=-1) + 1


def add_own_task(session: Session, plan_id: int, *, position: int | None = None, **fields: Any) -> int:
    """A task of the unit's own (fields of ``OWN_TASK_FIELDS``; ``pillar`` and ``content``
    needed); returns its id."""
    plan = _editable(session, plan_id)
    fields = {k: v for k, v in fields.items() if k in OWN_TASK_FIELDS}
    pillar = str(fields.get("pillar") or "").strip()
    if not pillar:
        raise UserError(_("Hãy chọn trụ cột (lĩnh vực) của nhiệm vụ."))
    _check_task(fields.get("content"), fields.get("start"), fields.get("finish"), fields.get("budget"))
    task = PlanTask(
        template_ref=None,
        group_ref=f"own:{pillar}",
        group_number=None,
        group_title=fields.get("group_title") or pillar.upper(),
        pillar=pillar,
        position=_next_pos(plan) if position is None else position,
        content=str(fields["content"]).strip(),
        lead=fields.get("lead"),
        coordinating=fields.get("coordinating"),
        product=fields.get("product"),
        start=fields.get("start"),
        finish=fields.get("finish"),
        budget=fields.get("budget"),
        adopted=True,
    )
    plan.tasks.append(task)
    session.flush()
    return task.id


def snapshot_task(task: PlanTask) -> dict[str, Any]:
    return {k: getattr(task, k) for k in OWN_TASK_FIELDS + ("position",)}


def remove_task(session: Session, plan_id: int, task_id: int) -> dict[str, Any]:
    """Delete a task outright (an own task, or a template task just adopted); returns a snapshot."""
    plan = _editable(session, plan_id)
    task = get_task(plan, task_id)
    if task.updates:
        raise UserError(_('Nhiệm vụ đã có cập nhật tiến độ: không xóa được, hãy chọn "Không áp dụng".'))
    snap = snapshot_task(task)
    snap["template_ref"] = task.template_ref
    plan.tasks.remove(task)
    session.flush()
    return snap


def candidate_tasks(session: Session, plan_id: int) -> list[tuple[str, str, str, str]]:
    """(template task id, pillar, group title, content) of template tasks not in the plan."""
    plan = load_plan(session, plan_id)
    have = {t.template_ref for t in plan.tasks if t.template_ref}
    return [
        (x.id, g.pillar, g.title, x.content) for g in template_of(plan).task_groups for x in g.tasks if x.id not in have
    ]


def adopt_template_task(session: Session, plan_id: int, template_task_id: str) -> tuple[int, bool]:
    """Adopt a template task; returns (task id, whether a new row was made)."""
    plan = _editable(session, plan_id)
    for have in plan.tasks:
        if have.template_ref == template_task_id:
            have.adopted = True
            return have.id, False
    t = template_of(plan)
    try:
        group = t.group_of(template_task_id)
    except KeyError:
        raise UserError(_("Mẫu kế hoạch không có nhiệm vụ {id}.").format(id=template_task_id)) from None
    task = next(x for x in group.tasks if x.id == template_task_id)
    new = _task_from_template(group, task, plan.year, _next_pos(plan), plan.unit.level)
    plan.tasks.append(new)
    session.flush()
    return new.id, True


# a plan without a template (the unit's own, its province having issued none): the usual pillars
USUAL_PILLARS = (
    "Nhận thức số",
    "Thể chế số",
    "Hạ tầng số",
    "Nền tảng số",
    "Dữ liệu số",
    "An toàn thông tin mạng",
    "Nhân lực số",
    "Chính quyền số",
    "Kinh tế số",
    "Xã hội số",
)


def pillars(plan: Plan) -> list[str]:
    """The plan's pillars in the template's order, then the unit's own."""
    seen: list[str] = []
    try:
        for g in template_of(plan).task_groups:
            if g.pillar not in seen:
                seen.append(g.pillar)
    except Exception:  # a damaged template must not stop the editor
        pass
    for t in plan.tasks:
        if t.pillar not in seen:
            seen.append(t.pillar)
    return seen


def pillar_choices(plan: Plan) -> list[str]:
    """The pillars offered for a new task of the unit's own: the plan's, and for a plan
    without a template also the usual ones."""
    out = pillars(plan)
    if plan.template is None:
        out += [p for p in USUAL_PILLARS if p not in out]
    return out


@dataclass(slots=True)
class TaskRow:
    """One task as the tables show it: plain values, the search text folded once."""

    id: int
    number: int
    pillar: str
    group_title: str
    content: str
    lead: str
    coordinating: str
    product: str
    start: Period | None
    finish: Period | None
    budget: Decimal | None
    adopted: bool
    custom: bool
    status: TaskStatus
    effective: TaskStatus
    percent: int
    last_update: dt.date | None
    updates: int
    evidence: int
    haystack: str = ""
    content_key: Any = None
    pillar_key: Any = None
    lead_key: Any = None

    def prepare(self) -> TaskRow:
        self.haystack = fold(" ".join((self.content, self.pillar, self.lead, self.coordinating, self.product)))
        self.content_key = sort_key(self.content)
        self.pillar_key = sort_key(self.pillar)
        self.lead_key = sort_key(self.lead)
        return self


def task_row(task: PlanTask, number: int, today: dt.date) -> TaskRow:
    from desktop.services import tracking

    last = max((u.on_date for u in task.updates), default=None)
    return TaskRow(
        id=task.id,
        number=number,
        pillar=task.pillar,
        group_title=task.group_title,
        content=task.content,
        lead=task.lead or "",
        coordinating=task.coordinating or "",
        product=task.product or "",
        start=task.start,
        finish=task.finish,
        budget=task.budget,
        adopted=task.adopted,
        custom=task.template_ref is None,
        status=task.status,
        effective=tracking.effective_status(task, today) if task.adopted else task.status,
        percent=task.percent,
        last_update=last,
        updates=len(task.updates),
        evidence=len(task.evidence),
    ).prepare()


def task_rows(plan: Plan, today: dt.date, adopted_only: bool = False) -> list[TaskRow]:
    order = {p: i for i, p in enumerate(pillars(plan))}
    tasks = sorted(plan.tasks, key=lambda t: (order.get(t.pillar, 999), t.position))
    out = []
    n = 0
    for t in tasks:
        if adopted_only and not t.adopted:
            continue
        n += 1
        out.append(task_row(t, n, today))
    return out


# -- tracking (stays open on an approved plan) ------------------------------------------


def record_task_update(session: Session, data: DataDir, plan_id: int, task_id: int, spec: Any) -> int:
    """Record progress of a task (``tracking.UpdateSpec``); returns the update's id."""
    from desktop.services import tracking

    plan = load_plan(session, plan_id)
    task = get_task(plan, task_id)
    if not task.adopted:
        raise UserError(_("Nhiệm vụ không áp dụng trong kế hoạch: không cập nhật tiến độ."))
    return tracking.record_update(session, data, task, spec).id


def record_measurement(
    session: Session,
    plan_id: int,
    target_id: int,
    period: Period,
    value: Decimal,
    note: str = "",
    measured_on: dt.date | None = None,
    groups: dict[str, Decimal] | None = None,
) -> None:
    """Record the value of a target measured for ``period`` (and of each of its groups)."""
    from desktop.services import tracking

    plan = load_plan(session, plan_id)
    tracking.record_measurement(session, get_target(plan, target_id), period, value, note, measured_on, groups)


# -- targets ---------------------------------------------------------------------------


def set_target_value(session: Session, plan_id: int, target_id: int, value: Decimal | None) -> Decimal | None:
    """The value the unit sets for a target; returns the old value."""
    plan = _editable(session, plan_id)
    target = get_target(plan, target_id)
    _check_target_value(target.unit, value)
    if (
        value is not None
        and target.direction is TargetDirection.RANGE
        and target.value_max is not None
        and value > target.value_max
    ):
        raise UserError(
            _("Cận dưới của khoảng ({a}) lớn hơn cận trên ({b}).").format(
                a=format_number(value), b=format_number(target.value_max)
            )
        )
    old = target.value
    target.value = value
    return old


def goal_cell(direction: TargetDirection, value: Decimal | None, value_max: Decimal | None) -> str:
    """A target's level as a table cell shows it: ``60-70`` for a range, else ``60``."""
    if direction is TargetDirection.RANGE and value is not None and value_max is not None and value_max != value:
        return f"{format_number(value)}-{format_number(value_max)}"
    return format_number(value)


def set_target_goal(
    session: Session, plan_id: int, target_id: int, goal: tuple[Decimal | None, Decimal | None]
) -> tuple[Decimal | None, Decimal | None]:
    """The level the unit sets for a range target, ``(lower, upper)``; returns the old pair
    (so that undo sets it back). The upper end None keeps the range's upper end."""
    plan = _editable(session, plan_id)
    target = get_target(plan, target_id)
    if target.direction is not TargetDirection.RANGE:
        return set_target_value(session, plan_id, target_id, goal[0]), target.value_max
    lo, hi = goal
    hi = target.value_max if hi is None and lo is not None else hi
    for v in (lo, hi):
        _check_target_value(target.unit, v)
    if lo is not None and hi is not None and lo > hi:
        raise UserError(
            _("Cận dưới của khoảng ({a}) lớn hơn cận trên ({b}).").format(a=format_number(lo), b=format_number(hi))
        )
    old = (target.value, target.value_max)
    target.value, target.value_max = lo, (hi if lo is not None else None)
    return old


def _check_target_value(unit: str, value: Decimal | None) -> None:
    if value is not None and (not Decimal(value).is_finite() or value < 0 or (unit == "%" and value > 100)):
        if not Decimal(value).is_finite():
            raise UserError(_("Giá trị chỉ tiêu không hợp lệ: {v}.").format(v=value))
        if unit == "%":  # the allowed range in the message
            raise UserError(_("Giá trị chỉ tiêu phải từ 0 đến 100 (đã nhập {v}).").format(v=format_number(value)))
        raise UserError(_("Giá trị chỉ tiêu phải từ 0 trở lên (đã nhập {v}).").format(v=format_number(value)))


@dataclass
class TargetSpec:
    """A target as a province writes it: ``≥ 70%``, ``60-70%``, ``≤ 5 ngày``, values per group
    (``[{"name": "Hộ nông thôn", "direction": "at_least", "value": 70}]``), a rhythm of
    measurement, a baseline and a due date (a cumulative target's; else the plan's end)."""

    text: str
    unit: str = "%"
    direction: TargetDirection = TargetDirection.AT_LEAST
    value: Decimal | None = None
    value_max: Decimal | None = None
    groups: list[dict[str, Any]] = field(default_factory=list)
    measure: TargetMeasure = TargetMeasure.CUMULATIVE
    baseline: Decimal | None = None
    baseline_note: str | None = None
    due: dt.date | None = None
    group_title: str = ""


def _checked_groups(spec: TargetSpec) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for g in spec.groups:
        name = " ".join(str(g.get("name") or "").split())
        if not name:
            raise UserError(_("Nhóm của chỉ tiêu phải có tên."))
        if name in seen:
            raise UserError(_('Chỉ tiêu có hai nhóm cùng tên "{g}".').format(g=name))
        seen.add(name)
        d = TargetDirection(g.get("direction") or spec.direction.value)
        lo = Decimal(str(g["value"])) if g.get("value") is not None else None
        hi = Decimal(str(g["value_max"])) if g.get("value_max") is not None else None
        if lo is None:
            raise UserError(_('Nhóm "{g}" của chỉ tiêu chưa có giá trị.').format(g=name))
        _check_target_value(spec.unit, lo)
        _check_target_value(spec.unit, hi)
        if d is TargetDirection.RANGE and (hi is None or hi < lo):
            raise UserError(_('Nhóm "{g}": khoảng phải có cận trên không nhỏ hơn cận dưới.').format(g=name))
        out.append(
            {
                "name": name,
                "direction": d.value,
                "value": format(lo, "f"),
                "value_max": format(hi, "f") if hi is not None else None,
            }
        )
    return out


def _check_spec(spec: TargetSpec) -> list[dict[str, Any]]:
    if not spec.text.strip():
        raise UserError(_("Nội dung chỉ tiêu không được để trống."))
    _check_target_value(spec.unit, spec.value)
    _check_target_value(spec.unit, spec.value_max)
    _check_target_value(spec.unit, spec.baseline)
    if spec.direction is TargetDirection.RANGE:
        if spec.value is None or spec.value_max is None or spec.value_max < spec.value:
            raise UserError(_("Chỉ tiêu dạng khoảng phải có cận dưới và cận trên (cận trên không nhỏ hơn)."))
    groups = _checked_groups(spec)
    if spec.value is None and not groups:
        raise UserError(_('Chỉ tiêu "{t}" chưa có giá trị.').format(t=shorten(spec.text)))
    return groups


def add_target(session: Session, plan_id: int, spec: TargetSpec) -> int:
    """A target of the unit's own, beside the template's; returns its id."""
    plan = load_plan(session, plan_id)
    ensure_editable(plan)
    groups = _check_spec(spec)
    tg = PlanTarget(
        template_ref=None,
        group_title=spec.group_title.strip() or _("Chỉ tiêu của đơn vị"),
        text=" ".join(spec.text.split()),
        unit=spec.unit.strip(),
        direction=spec.direction,
        city_value=None,
        value=spec.value,
        value_max=spec.value_max if spec.direction is TargetDirection.RANGE else None,
        groups=groups,
        measure=spec.measure,
        baseline=spec.baseline,
        baseline_note=(spec.baseline_note or "").strip() or None,
        due=spec.due,
        position=max((t.position for t in plan.targets), default=-1) + 1,
    )
    plan.targets.append(tg)
    session.flush()
    return tg.id


TARGET_SPEC_FIELDS = (
    "direction",
    "value",
    "value_max",
    "groups",
    "measure",
    "baseline",
    "baseline_note",
    "due",
    "text",
    "unit",
    "group_title",
)


def set_target_spec(session: Session, plan_id: int, target_id: int, **changes: Any) -> dict[str, Any]:
    """Change how a target is written (range, groups, rhythm, baseline, due date); the text and
    unit of a template's target stay the template's. Returns the old values of what changed."""
    plan = load_plan(session, plan_id)
    ensure_editable(plan)
    tg = get_target(plan, target_id)
    for k in changes:
        if k not in TARGET_SPEC_FIELDS:
            raise ValueError(k)
        if k in ("text", "unit", "group_title") and tg.template_ref is not None:
            raise UserError(_("Nội dung và đơn vị tính của chỉ tiêu trong mẫu không sửa được."))
    spec = TargetSpec(
        tg.text,
        tg.unit,
        tg.direction,
        tg.value,
        tg.value_max,
        list(tg.groups or []),
        tg.measure,
        tg.baseline,
        tg.baseline_note,
        tg.due,
        tg.group_title,
    )
    for k, v in changes.items():
        setattr(spec, k, v)
    groups = _check_spec(spec)
    old: dict[str, Any] = {}
    new = {
        "text": " ".join(spec.text.split()),
        "unit": spec.unit,
        "group_title": spec.group_title,
        "direction": spec.direction,
        "value": spec.value,
        "value_max": spec.value_max if spec.direction is TargetDirection.RANGE else None,
        "groups": groups,
        "measure": spec.measure,
        "baseline": spec.baseline,
        "baseline_note": (spec.baseline_note or "").strip() or None,
        "due": spec.due,
    }
    for k, v in new.items():
        if getattr(tg, k) != v:
            old[k] = getattr(tg, k)
            setattr(tg, k, v)
    session.flush()
    return old


def remove_target(session: Session, plan_id: int, target_id: int) -> None:
    """Remove a target of the unit's own; a template's target stays (its value can change)."""
    plan = load_plan(session, plan_id)
    ensure_editable(plan)
    tg = get_target(plan, target_id)
    if tg.template_ref is not None:
        raise UserError(_("Chỉ tiêu của mẫu không xóa được; hãy sửa giá trị đơn vị đặt ra."))
    plan.targets.remove(tg)
    session.flush()


def get_target(plan: Plan, target_id: int) -> PlanTarget:
    for t in plan.targets:
        if t.id == target_id:
            return t
    raise UserError(_("Không tìm thấy chỉ tiêu."))


# -- funding ---------------------------------------------------------------------------

AMOUNT_FIELDS = tuple(c.value for c in BUDGET_COLUMNS)
BUDGET_FIELDS = {"content", "group_title", "period_text", "funding_source", "note", *AMOUNT_FIELDS}


def add_budget_line(
    session: Session,
    plan_id: int,
    content: str,
    group_title: str = "",
    funding_source: FundingSource = FundingSource.COMMUNE_BUDGET,
    position: int | None = None,
    *,
    task_id: int | None = None,
    period_text: str | None = None,
    **amounts: Decimal | None,
) -> int:
    """A funding line (amounts in million VND, of ``AMOUNT_FIELDS``); returns its id."""
    plan = _editable(session, plan_id)
    if not content.strip():
        raise UserError(_("Tên nhiệm vụ của dòng kinh phí không được để trống."))
    for k, v in amounts.items():
        if k not in AMOUNT_FIELDS:
            raise ValueError(k)
        _check_amount(v)
    line = BudgetLine(
        position=max((b.position for b in plan.budget_lines), default=-1) + 1 if position is None else position,
        group_title=group_title or funding_source.label,
        content=content.strip(),
        period_text=period_text or str(plan.year),
        task=get_task(plan, task_id) if task_id is not None else None,
        funding_source=funding_source,
        **amounts,
    )
    plan.budget_lines.append(line)
    session.flush()
    return line.id


def remove_budget_line(session: Session, plan_id: int, line_id: int) -> dict[str, Any]:
    plan = _editable(session, plan_id)
    line = get_budget_line(plan, line_id)
    snap = {k: getattr(line, k) for k in BUDGET_FIELDS | {"position"}}
    plan.budget_lines.remove(line)
    session.flush()
    return snap


def set_budget_field(session: Session, plan_id: int, line_id: int, field: str, value: Any) -> Any:
    if field not in BUDGET_FIELDS:
        raise ValueError(field)
    plan = _editable(session, plan_id)
    line = get_budget_line(plan, line_id)
    if field in AMOUNT_FIELDS:
        _check_amount(value)
    if field == "content" and not (value or "").strip():
        raise UserError(_("Tên nhiệm vụ của dòng kinh phí không được để trống."))
    old = getattr(line, field)
    setattr(line, field, value)
    return old


@dataclass(frozen=True)
class Issue:
    """A finding of the plan check, pointing at the field to fix."""

    severity: str  # "error" | "warning"
    message: str
    entity: str  # "plan" | "task" | "target" | "budget" | "section"
    entity_id: int | None = None
    field: str | None = None


def check_plan(plan: Plan) -> list[Issue]:
    """Errors (the plan cannot be printed as it is) and warnings (worth a look)."""
    out: list[Issue] = []
    if not plan.subject.strip():
        out.append(Issue("error", _("Chưa có trích yếu của kế hoạch."), "plan", plan.id, "subject"))
    if plan.signer is None:
        out.append(Issue("error", _("Chưa chọn người ký."), "plan", plan.id, "signer"))
    elif not plan.signer.full_name.strip():
        out.append(Issue("error", _("Chưa có họ tên người ký."), "plan", plan.id, "signer"))
    if not plan.recipients:
        out.append(Issue("warning", _("Chưa có nơi nhận."), "plan", plan.id, "recipients"))
    if not plan.number:
        out.append(Issue("warning", _("Chưa có số văn bản: để trống cho văn thư điền."), "plan", plan.id, "number"))
    active = [t for t in plan.tasks if t.adopted]
    if not active:
        out.append(Issue("error", _("Kế hoạch chưa có nhiệm vụ nào."), "plan", plan.id, "tasks"))
    for t in active:
        label = shorten(t.content)
        if not (t.lead or "").strip():
            out.append(
                Issue("error", _('Nhiệm vụ "{t}" chưa có cơ quan chủ trì.').format(t=label), "task", t.id, "lead")
            )
        if t.finish is None:
            out.append(
                Issue(
                    "warning", _('Nhiệm vụ "{t}" chưa có thời gian hoàn thành.').format(t=label), "task", t.id, "finish"
                )
            )
        elif t.finish.end.year != plan.year and t.finish.end.year < plan.year:
            out.append(
                Issue(
                    "warning",
                    _('Nhiệm vụ "{t}" hoàn thành trước năm kế hoạch.').format(t=label),
                    "task",
                    t.id,
                    "finish",
                )
            )
        if t.flag:
            out.append(Issue("warning", t.flag, "task", t.id, "content"))
    for tg in plan.targets:
        label = shorten(tg.text)
        if tg.value is None:
            out.append(Issue("error", _('Chỉ tiêu "{t}" chưa có giá trị.').format(t=label), "target", tg.id, "value"))
        elif tg.city_value is not None and below_city(tg):
            out.append(
                Issue(
                    "warning",
                    _('Chỉ tiêu "{t}": đơn vị đặt {v}, thấp hơn mức thành phố giao cho cấp này ({c}).').format(
                        t=label, v=format_number(tg.value), c=format_number(tg.city_value)
                    ),
                    "target",
                    tg.id,
                    "value",
                )
            )
        if tg.flag:
            out.append(Issue("warning", tg.flag, "target", tg.id, "text"))
    for s in plan.sections:
        if s.key not in OPTIONAL_SECTIONS and not s.text.strip():
            out.append(Issue("warning", _('Mục "{t}" còn trống.').format(t=s.title), "section", s.id, s.key))
    for b in plan.budget_lines:
        if all(getattr(b, c.value) is None for c in BUDGET_COLUMNS):
            out.append(
                Issue(
                    "warning",
                    _('Dòng kinh phí "{t}" chưa có số tiền.').format(t=shorten(b.content)),
                    "budget",
                    b.id,
                    "planned",
                )
            )
    return out


def below_city(tg: PlanTarget) -> bool:
    """The unit aims lower than the city's value for its level."""
    assert tg.value is not None and tg.city_value is not None
    if tg.direction is TargetDirection.AT_MOST:
        return tg.value > tg.city_value
    return tg.value < tg.city_value


# -- approval -------------------------------------------------------------

_NEXT = {
    PlanState.DRAFT: {PlanState.SUBMITTED},
    PlanState.SUBMITTED: {PlanState.APPROVED, PlanState.DRAFT},
    PlanState.APPROVED: {PlanState.ISSUED},
    PlanState.ISSUED: set(),
}


def change_state(session: Session, plan: Plan, new: PlanState) -> None:
    """draft -> submitted -> approved -> issued; an approved or issued plan is read-only."""
    if new is plan.state:
        return
    if new not in _NEXT[plan.state]:
        raise UserError(_('Không chuyển được kế hoạch từ "{a}" sang "{b}".').format(a=plan.state.label, b=new.label))
    if new in (PlanState.SUBMITTED, PlanState.APPROVED):
        errors = [i for i in check_plan(plan) if i.severity == "error"]
        if errors:
            raise UserError(_("Kế hoạch còn lỗi: {msg}").format(msg=errors[0].message))
    plan.state = new
    session.flush()


def unlock(session: Session, plan: Plan, reason: str) -> None:
    """Reopen an approved or issued plan for editing; the reason goes into the audit trail."""
    from desktop.store.audit import REASON_KEY

    if not plan.state.locked:
        return
    if not reason.strip():
        raise UserError(_("Mở khóa kế hoạch phải ghi rõ lý do."))
    session.info[REASON_KEY] = reason.strip()
    plan.state = PlanState.DRAFT
    session.flush()


# -- the previous year in the plan ------------------------------------------------------

PREVIOUS_YEAR_TITLE = "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM TRƯỚC"


def previous_plan(session: Session, plan: Plan) -> Plan | None:
    """The plan of the year before that this one follows: the same kind and body, else the
    year's annual UBND plan, else its only plan."""
    found = choose_previous(plan, plans_of_year(session, plan.unit, plan.year - 1))
    return load_plan(session, found.id) if found is not None else None


def _previous_figures(session: Session, plan: Plan) -> tuple[PreviousYear, Plan | None]:
    prev = previous_plan(session, plan)
    return previous_figures(plan, prev), prev


def draft_previous_year(session: Session, plan_id: int) -> PreviousYear:
    """The part drafted afresh from the previous year's plan (tasks done, targets reached,
    budget used); nothing is saved."""
    plan = load_plan(session, plan_id)
    f, prev = _previous_figures(session, plan)
    return with_text(f, draft_text(f, prev), False)


def previous_year_part(plan: Plan) -> PreviousYear | None:
    """The part as the document builder prints it, or None when the plan has none (a plan
    attached to a session; desktop.services.plan_rules.previous_year_part takes the previous
    plan instead)."""
    from sqlalchemy.orm import object_session

    if plan.previous_year is None:
        return None
    session = object_session(plan)
    if session is None:
        return None
    return _previous_year_part(plan, previous_plan(session, plan))


MAX_PREVIOUS_YEAR_CHARS = 20_000


def set_previous_year(session: Session, plan_id: int, text: str | None) -> str | None:
    """Include the part (``text`` = the official's words, or "" for the draft) or leave it out
    (None); returns the old stored value."""
    plan = load_plan(session, plan_id)
    ensure_editable(plan)
    if text is not None:
        if len(text) > MAX_PREVIOUS_YEAR_CHARS:
            raise UserError(_("Nội dung quá dài (tối đa {n} ký tự).").format(n=MAX_PREVIOUS_YEAR_CHARS))
        text = "\n".join(line.rstrip() for line in text.strip().splitlines())
        if text == draft_text(*_previous_figures(session, plan)):
            text = ""  # the draft as it was: keep following the data
    old = plan.previous_year
    plan.previous_year = text
    session.flush()
    return old
