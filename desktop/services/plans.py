"""A unit's plan: made from a template, edited, checked.

Every function works inside the caller's transaction (``store.transaction()``),
so a multi-row change commits as a whole.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.errors import UserError
from desktop.i18n import _
from desktop.models.deadline import Deadline
from desktop.models.enums import BudgetColumn, FundingSource, Level, PlanState, TargetDirection
from desktop.models.orm import (
    BudgetLine,
    LegalBasis,
    Plan,
    PlanSection,
    PlanTarget,
    PlanTask,
    TemplateRecord,
    UnitProfile,
)
from desktop.models.period import Period, PeriodKind
from desktop.models.template import Template, TemplateTask, TemplateTaskGroup
from desktop.services import templates as tsvc
from desktop.vn import format_number, short_date

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
BUDGET_COLUMNS = (
    BudgetColumn.APPROVED,
    BudgetColumn.SPENT,
    BudgetColumn.CARRIED_OVER,
    BudgetColumn.ALLOCATED,
    BudgetColumn.PLANNED,
    BudgetColumn.REQUESTED,
)


def plan_query() -> Any:
    return select(Plan).options(
        selectinload(Plan.tasks).selectinload(PlanTask.updates),
        selectinload(Plan.tasks).selectinload(PlanTask.evidence),
        selectinload(Plan.targets).selectinload(PlanTarget.measurements),
        selectinload(Plan.budget_lines),
        selectinload(Plan.sections),
        selectinload(Plan.legal_bases),
        selectinload(Plan.unit).selectinload(UnitProfile.signers),
        selectinload(Plan.template),
    )


def get_plan(session: Session, unit: UnitProfile, year: int) -> Plan | None:
    return session.scalar(plan_query().where(Plan.unit_id == unit.id, Plan.year == year))


def require_plan(session: Session, unit: UnitProfile, year: int) -> Plan:
    plan = get_plan(session, unit, year)
    if plan is None:
        years = sorted(p.year for p in unit.plans)
        have = ", ".join(map(str, years)) if years else _("chưa có")
        raise UserError(
            _("Đơn vị chưa có kế hoạch năm {year} (các năm đã có: {have}).").format(year=year, have=have)
        )
    return plan


def template_of(plan: Plan) -> Template:
    return tsvc.parse(plan.template)


def unit_phrase(unit: UnitProfile) -> str:
    """``xã An Lão`` for use inside a sentence."""
    name = unit.name
    for word in ("Xã ", "Phường ", "Đặc khu ", "Quận ", "Huyện ", "Thị xã ", "Thành phố "):
        if name.startswith(word):
            return word.lower() + name[len(word):]
    return name


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


def _default_sections(unit: UnitProfile, t: Template, year: int) -> dict[str, str]:
    who = unit_phrase(unit)
    ref = f"Kế hoạch số {t.number}"
    if t.date:
        ref += f" ngày {short_date(t.date)}"
    ref += f" của {t.issuer}"
    sol = t.section("solutions")
    org_lines = [
        f"1. Văn phòng HĐND và UBND {who} là đầu mối tham mưu Ủy ban nhân dân {who} tổ chức triển khai "
        "Kế hoạch; theo dõi, đôn đốc, tổng hợp kết quả thực hiện; định kỳ báo cáo theo quy định.",
        "2. Các ban, ngành, đoàn thể, các thôn, tổ dân phố căn cứ nhiệm vụ được giao chủ động triển khai "
        "thực hiện, báo cáo kết quả về Văn phòng HĐND và UBND trước ngày 10 của tháng cuối quý.",
        "3. Bộ phận Tài chính - Kế toán tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.",
    ]
    deadline = annual_report_deadline(t, year)
    if deadline:
        org_lines.append(
            f"4. Báo cáo kết quả thực hiện năm {year} gửi {t.issuer} "
            f"trước ngày {deadline.day:02d}/{deadline.month}/{year}."
        )
    return {
        "purpose": "\n".join([
            f"1. Mục đích: Triển khai thực hiện hiệu quả {ref} trên địa bàn {who}; "
            f"xác định cụ thể nhiệm vụ, tiến độ, trách nhiệm của các cơ quan, đơn vị trong thực hiện "
            f"chuyển đổi số năm {year}.",
            "2. Yêu cầu: Các nhiệm vụ bám sát chỉ tiêu của thành phố giao cho cấp xã; phân công rõ cơ quan "
            "chủ trì, phối hợp, thời gian hoàn thành và sản phẩm; gắn với cải cách hành chính, "
            "nâng cao chất lượng phục vụ người dân, doanh nghiệp.",
        ]),
        "objectives": "\n".join(t.general_objectives),
        "tasks": "Các nhiệm vụ cụ thể tại Phụ lục I kèm theo Kế hoạch này.",
        "solutions": sol.text() if sol else "",
        "funding": (
            f"Kinh phí thực hiện Kế hoạch từ nguồn ngân sách {who} được giao trong dự toán năm {year}, "
            "nguồn hỗ trợ của thành phố và các nguồn hợp pháp khác (chi tiết tại Phụ lục II)."
        ),
        "organisation": "\n".join(org_lines),
    }


def annual_report_deadline(t: Template, year: int) -> dt.date | None:
    """The year report's deadline: the template's own, or the standing duty of its province."""
    return t.annual_report_deadline(year) or tsvc.province_report_deadline(t.province_code, year)


def create_plan(
    session: Session,
    unit: UnitProfile,
    rec: TemplateRecord,
    year: int,
    *,
    number: str | None = None,
    subject: str | None = None,
) -> Plan:
    """A new plan for ``year`` from a template, with the tasks binding the unit's level adopted."""
    t = tsvc.parse(rec)
    if not (2000 <= year <= 2100):
        raise UserError(_("Năm kế hoạch không hợp lệ: {year}.").format(year=year))
    if get_plan(session, unit, year) is not None:
        raise UserError(_("Đơn vị đã có kế hoạch năm {year}.").format(year=year))
    plan = Plan(
        unit=unit,
        year=year,
        template=rec,
        number=number,
        subject=subject or f"Chuyển đổi số {unit_phrase(unit)} năm {year}",
        state=PlanState.DRAFT,
        signer=unit.signers[0] if unit.signers else None,
        recipients=list(unit.recipients),
    )
    session.add(plan)
    ref = f"{t.number}"
    basis = f"Kế hoạch số {ref}"
    if t.date:
        basis += f" ngày {short_date(t.date)}"
    basis += f" của {t.issuer} về {t.title[:1].lower() + t.title[1:]};"
    bases = [basis] + [b if b.rstrip().endswith((";", ".")) else b + ";" for b in t.legal_bases]
    for i, b in enumerate(bases):
        plan.legal_bases.append(LegalBasis(position=i, text=b))
    defaults = _default_sections(unit, t, year)
    for i, (key, title) in enumerate(SECTION_ORDER):
        plan.sections.append(PlanSection(key=key, title=title, text=defaults.get(key, ""), position=i))
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


def _task_from_template(group: TemplateTaskGroup, task: TemplateTask, year: int, pos: int,
                        level: Level | None = None) -> PlanTask:
    lead, guide, product, deadline = task.for_unit(level) if level is not None else (
        task.lead, None, task.product, task.deadline)
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


def task_finish(finish: Period | None, deadline: Deadline | None, year: int,
                event_date: dt.date | None = None) -> Period | None:
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
    update_task(task.plan, task, event_date=when)
    session.flush()
    return task


def candidate_tasks(plan: Plan) -> list[tuple[TemplateTaskGroup, TemplateTask]]:
    """Template tasks the plan does not hold yet (to adopt in the editor)."""
    have = {t.template_ref for t in plan.tasks if t.template_ref}
    t = template_of(plan)
    return [(g, x) for g in t.task_groups for x in g.tasks if x.id not in have]


def adopt_task(session: Session, plan: Plan, template_task_id: str) -> PlanTask:
    ensure_editable(plan)
    for task in plan.tasks:
        if task.template_ref == template_task_id:
            task.adopted = True
            return task
    t = template_of(plan)
    group = t.group_of(template_task_id)
    task = next(x for x in group.tasks if x.id == template_task_id)
    new = _task_from_template(group, task, plan.year, _next_pos(plan), plan.unit.level)
    plan.tasks.append(new)
    session.flush()
    return new


def drop_task(plan: Plan, task: PlanTask) -> None:
    """A template task is kept, marked not adopted (its tracking stays); an own task is removed."""
    ensure_editable(plan)
    if task.template_ref:
        task.adopted = False
    else:
        plan.tasks.remove(task)


def _next_pos(plan: Plan) -> int:
    return max((t.position for t in plan.tasks), default=-1) + 1


def add_own_task(
    session: Session,
    plan: Plan,
    *,
    pillar: str,
    content: str,
    lead: str | None = None,
    coordinating: str | None = None,
    start: Period | None = None,
    finish: Period | None = None,
    product: str | None = None,
    budget: Decimal | None = None,
    group_title: str | None = None,
) -> PlanTask:
    ensure_editable(plan)
    if not content.strip():
        raise UserError(_("Nội dung nhiệm vụ không được để trống."))
    if start and finish and finish.end < start.start:
        raise UserError(_("Thời gian hoàn thành phải sau thời gian bắt đầu."))
    task = PlanTask(
        template_ref=None,
        group_ref=f"own:{pillar}",
        group_number=None,
        group_title=group_title or pillar.upper(),
        pillar=pillar,
        position=_next_pos(plan),
        content=content.strip(),
        lead=lead,
        coordinating=coordinating,
        product=product,
        start=start,
        finish=finish,
        budget=budget,
        adopted=True,
    )
    plan.tasks.append(task)
    session.flush()
    return task


EDITABLE_TASK_FIELDS = {"content", "lead", "coordinating", "support", "product", "start", "finish",
                        "budget", "pillar", "period_text", "event_date"}


def update_task(plan: Plan, task: PlanTask, **changes: Any) -> dict[str, tuple[Any, Any]]:
    """Change a task's plan fields; returns {field: (old, new)} of what changed."""
    ensure_editable(plan)
    out: dict[str, tuple[Any, Any]] = {}
    for k, v in changes.items():
        if k not in EDITABLE_TASK_FIELDS:
            raise ValueError(k)
        if k == "content" and not (v or "").strip():
            raise UserError(_("Nội dung nhiệm vụ không được để trống."))
        if k == "budget" and v is not None and Decimal(v) < 0:
            raise UserError(_("Kinh phí không được âm."))
        if k == "event_date":
            rule = task.deadline
            if rule is None or rule.kind != "relative":
                raise UserError(_("Nhiệm vụ này không có thời hạn tính từ một sự kiện."))
            finish = rule.finish(v)
            if task.finish != finish:
                out["finish"] = (task.finish, finish)
                task.finish = finish
        old = getattr(task, k)
        if old != v:
            setattr(task, k, v)
            out[k] = (old, v)
    if task.start and task.finish and task.finish.end < task.start.start:
        raise UserError(_("Thời gian hoàn thành phải sau thời gian bắt đầu."))
    return out


def ensure_editable(plan: Plan) -> None:
    if plan.state.locked:
        raise UserError(
            _("Kế hoạch đã {state}: chỉ xem, không sửa được. Hãy mở khóa (kèm lý do) để sửa.")
            .format(state=plan.state.label.lower())
        )


def set_section_text(plan: Plan, key: str, text: str) -> None:
    ensure_editable(plan)
    for s in plan.sections:
        if s.key == key:
            if s.text != text:
                s.text = text
                s.edited = True
            return
    raise KeyError(key)


def set_target_value(plan: Plan, target: PlanTarget, value: Decimal | None) -> None:
    ensure_editable(plan)
    if value is not None and (value < 0 or (target.unit == "%" and value > 100)):
        raise UserError(_("Giá trị chỉ tiêu không hợp lệ: {v}.").format(v=format_number(value)))
    target.value = value


def add_budget_line(
    session: Session,
    plan: Plan,
    *,
    content: str,
    group_title: str = "",
    task: PlanTask | None = None,
    funding_source: FundingSource = FundingSource.COMMUNE_BUDGET,
    period_text: str | None = None,
    **amounts: Decimal | None,
) -> BudgetLine:
    ensure_editable(plan)
    if not content.strip():
        raise UserError(_("Tên nhiệm vụ của dòng kinh phí không được để trống."))
    for k, v in amounts.items():
        if k not in {c.value for c in BUDGET_COLUMNS}:
            raise ValueError(k)
        if v is not None and Decimal(v) < 0:
            raise UserError(_("Kinh phí không được âm."))
    line = BudgetLine(
        position=max((b.position for b in plan.budget_lines), default=-1) + 1,
        group_title=group_title or (funding_source.label),
        content=content.strip(),
        period_text=period_text or str(plan.year),
        task=task,
        funding_source=funding_source,
        **amounts,
    )
    plan.budget_lines.append(line)
    session.flush()
    return line


@dataclass(frozen=True)
class BudgetTotals:
    by_group: dict[str, dict[BudgetColumn, Decimal]]
    total: dict[BudgetColumn, Decimal]


def budget_totals(plan: Plan) -> BudgetTotals:
    groups: dict[str, dict[BudgetColumn, Decimal]] = {}
    total = {c: Decimal(0) for c in BUDGET_COLUMNS}
    for line in plan.budget_lines:
        g = groups.setdefault(line.group_title, {c: Decimal(0) for c in BUDGET_COLUMNS})
        for c in BUDGET_COLUMNS:
            v = getattr(line, c.value)
            if v is not None:
                g[c] += v
                total[c] += v
    return BudgetTotals(groups, total)


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
        label = _shorten(t.content)
        if not (t.lead or "").strip():
            out.append(Issue("error", _("Nhiệm vụ \"{t}\" chưa có cơ quan chủ trì.").format(t=label), "task", t.id, "lead"))
        if t.finish is None:
            out.append(Issue("warning", _("Nhiệm vụ \"{t}\" chưa có thời gian hoàn thành.").format(t=label), "task", t.id, "finish"))
        elif t.finish.end.year != plan.year and t.finish.end.year < plan.year:
            out.append(Issue("warning", _("Nhiệm vụ \"{t}\" hoàn thành trước năm kế hoạch.").format(t=label), "task", t.id, "finish"))
        if t.flag:
            out.append(Issue("warning", t.flag, "task", t.id, "content"))
    for tg in plan.targets:
        label = _shorten(tg.text)
        if tg.value is None:
            out.append(Issue("error", _("Chỉ tiêu \"{t}\" chưa có giá trị.").format(t=label), "target", tg.id, "value"))
        elif tg.city_value is not None and below_city(tg):
            out.append(Issue(
                "warning",
                _("Chỉ tiêu \"{t}\": đơn vị đặt {v}, thấp hơn mức thành phố giao cho cấp này ({c}).").format(
                    t=label, v=format_number(tg.value), c=format_number(tg.city_value)),
                "target", tg.id, "value"))
        if tg.flag:
            out.append(Issue("warning", tg.flag, "target", tg.id, "text"))
    for s in plan.sections:
        if s.key not in OPTIONAL_SECTIONS and not s.text.strip():
            out.append(Issue("warning", _("Mục \"{t}\" còn trống.").format(t=s.title), "section", s.id, s.key))
    for b in plan.budget_lines:
        if all(getattr(b, c.value) is None for c in BUDGET_COLUMNS):
            out.append(Issue("warning", _("Dòng kinh phí \"{t}\" chưa có số tiền.").format(t=_shorten(b.content)), "budget", b.id, "planned"))
    return out


def below_city(tg: PlanTarget) -> bool:
    """The unit aims lower than the city's value for its level."""
    assert tg.value is not None and tg.city_value is not None
    if tg.direction is TargetDirection.AT_MOST:
        return tg.value > tg.city_value
    return tg.value < tg.city_value


def _shorten(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


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
        raise UserError(
            _("Không chuyển được kế hoạch từ \"{a}\" sang \"{b}\".").format(a=plan.state.label, b=new.label)
        )
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
