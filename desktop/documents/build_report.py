"""The unit's progress report (BÁO CÁO) for a period, as a document model.

``build_report(plan, period, template=None) -> Document``: the same header,
signature and recipients rules as the plan; ``Kính gửi`` the city; then
I. results (overall, by pillar, the target table: target, measured, met / not met),
II. what went wrong (late tasks with their notes, targets not met), III. proposals,
IV. next steps; ``./.``; and an appendix (landscape) with the tasks by status
(done, in progress, late, not started, cancelled) citing their evidence. Lateness
is judged at the period's end, not today. Empty parts vanish with their heading.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from typing import Any

from desktop.documents import citations, common, formats
from desktop.documents.build_plan import (
    LEVEL_WORD,
    commune_lead,
    commune_task_lines,
    period_text,
    pillar_groups,
    task_lines,
)
from desktop.documents.model import (
    LANDSCAPE,
    PORTRAIT,
    Block,
    Cell,
    Column,
    Document,
    Paragraph,
    Row,
    Run,
    Section,
    Table,
    appendix_heading,
    body,
    end_content,
    heading,
    khoan,
)
from desktop.models.enums import TargetDirection, TaskStatus
from desktop.models.orm import Plan, PlanTask
from desktop.models.period import Period, PeriodKind
from desktop.services import plans as psvc
from desktop.services import tracking
from desktop.vn import cite_date, fold, format_number, short_date

# The one order of task statuses in every table: the commune's report, the city's report (PDF,
# DOCX) and the city's XLSX.
STATUS_ORDER = [TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.LATE, TaskStatus.NOT_STARTED, TaskStatus.CANCELLED]
# Điểm of a khoản (Decree 30): a, b, c, d, đ, e, g, h, i, k, ... (no f, j, w, z)
POINT_LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()


def point_letter(i: int) -> str:
    """``a``, ``b``, ... ``đ``, ``e``, ``g``: the letter of the ``i``-th point (from 0)."""
    if i < len(POINT_LETTERS):
        return POINT_LETTERS[i]
    return POINT_LETTERS[i // len(POINT_LETTERS) - 1] + POINT_LETTERS[i % len(POINT_LETTERS)]


STATUS_HEADING = {
    TaskStatus.DONE: "NHIỆM VỤ ĐÃ HOÀN THÀNH",
    TaskStatus.IN_PROGRESS: "NHIỆM VỤ ĐANG THỰC HIỆN",
    TaskStatus.LATE: "NHIỆM VỤ CHẬM TIẾN ĐỘ",
    TaskStatus.NOT_STARTED: "NHIỆM VỤ CHƯA TRIỂN KHAI",
    TaskStatus.CANCELLED: "NHIỆM VỤ KHÔNG THỰC HIỆN (HỦY BỎ)",
}


def _pct(x: float) -> str:
    return format_number(Decimal(f"{x:.1f}"))


def period_phrase(p: Period) -> str:
    """``quý II năm 2024``, ``6 tháng đầu năm 2024``, ``năm 2024``."""
    if p.kind is PeriodKind.QUARTER:
        return f"quý {common.roman(p.index)} năm {p.year}"
    if p.kind is PeriodKind.HALF:
        return p.label()
    if p.kind is PeriodKind.YEAR:
        return f"năm {p.year}"
    return p.label().lower()


def next_period(p: Period) -> Period:
    if p.kind is PeriodKind.QUARTER:
        return Period(PeriodKind.QUARTER, p.year + (p.index == 4), 1 if p.index == 4 else p.index + 1)
    if p.kind is PeriodKind.HALF:
        return Period(PeriodKind.HALF, p.year + (p.index == 2), 1 if p.index == 2 else 2)
    if p.kind in (PeriodKind.MONTH, PeriodKind.WEEK):
        from desktop.models.period import period_containing

        return period_containing(p.kind, p.end + dt.timedelta(days=1))
    return Period(PeriodKind.YEAR, p.year + 1)


def report_deadline(plan: Plan, period: Period) -> dt.date | None:
    """The year report's deadline (15/12 for Hải Phòng); None for other periods."""
    if period.kind is not PeriodKind.YEAR:
        return None
    return psvc.annual_report_deadline(psvc.template_of(plan), period.year)


def _latest_note(task: PlanTask, until: dt.date) -> str:
    ups = [u for u in task.updates if u.on_date <= until and u.note.strip()]
    return ups[-1].note.strip() if ups else ""


def evidence_date(task: PlanTask, e: object) -> dt.date | None:
    """When a piece of evidence counts: the date of the update it was attached to (the day the
    work was reported), else the cited document's date, else when it was recorded."""
    uid = getattr(e, "update_id", None)
    if uid is not None:
        for u in task.updates:
            if u.id == uid:
                return u.on_date
    doc_date = getattr(e, "doc_date", None)
    if doc_date is not None:
        return doc_date  # type: ignore[no-any-return]
    created = getattr(e, "created_at", None)
    return created.date() if created else None


def _evidence(task: PlanTask, until: dt.date) -> list[str]:
    out = []
    for e in task.evidence:
        created = evidence_date(task, e)
        if created is None or created <= until:
            c = e.citation.strip()
            if c:
                out.append(c)
    return out


def _status_at(task: PlanTask, until: dt.date) -> tuple[TaskStatus, int]:
    """The task's status and percent as recorded up to ``until``, late judged at ``until``."""
    ups = [u for u in task.updates if u.on_date <= until]
    if ups:
        status, pct = ups[-1].status, ups[-1].percent
    elif task.updates:
        status, pct = TaskStatus.NOT_STARTED, 0
    else:
        status, pct = task.status, task.percent
    if status not in (TaskStatus.DONE, TaskStatus.CANCELLED) and task.finish is not None and task.finish.end < until:
        status = TaskStatus.LATE
    elif status is TaskStatus.LATE and (task.finish is None or task.finish.end >= until):
        status = TaskStatus.LATE  # recorded as late by the unit
    return status, pct


def target_due(plan: Plan, target: object) -> dt.date:
    """When a target is judged: the end of its own year, of the plan's year for an annual plan,
    or of the last year of a multi-year plan (a 2021-2025 target is due at the end of 2025)."""
    try:
        t = psvc.template_of(plan)
        ref = getattr(target, "template_ref", None)
        tt = next((x for x in t.targets if x.id == ref), None) if ref else None
        if tt is not None and tt.year:
            return dt.date(tt.year, 12, 31)
        if ref and t.period_end > t.period_start:
            return dt.date(t.period_end, 12, 31)
    except Exception:  # noqa: BLE001 - a plan of its own: its year
        pass
    due = getattr(target, "due", None)  # a target with its own deadline
    if isinstance(due, dt.date):
        return due
    return dt.date(plan.year, 12, 31)


def _measured(target: object, period: Period) -> tuple[str, bool | None, dt.date | None]:
    m = tracking.latest_measurement(target, period)  # type: ignore[arg-type]
    if m is None:
        return "", None, None
    when = m.measured_on or m.period.end
    return format_number(m.value), tracking.target_met(target, m.value), when  # type: ignore[arg-type]


NOT_DUE = "Chưa đến hạn đánh giá"


def targets_table(plan: Plan, period: Period) -> tuple[Table, list[str]]:
    """Each target with its latest measurement and the measurement's date; judged ``Chưa đạt``
    only when due (an annual target is not failed in quarter I; met early is ``Đạt``)."""
    header = [
        Row(
            [
                Cell(h, bold=True, align="center")
                for h in ("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện (ngày số liệu)", "Đánh giá")
            ]
        )
    ]
    rows: list[Row] = []
    unmet: list[str] = []
    for i, tg in enumerate(plan.targets, 1):
        if _judged_by_tracking(tg):
            rows.append(_judged_row(i, tg, period, plan, unmet))
            continue
        value, met, when = _measured(tg, period)
        due = target_due(plan, tg)
        if met is False and period.end < due:
            met = None
            verdict = NOT_DUE
        else:
            verdict = "" if met is None else ("Đạt" if met else "Chưa đạt")
        if not value and period.end < due:
            verdict = NOT_DUE
        goal = tg.value if tg.value is not None else tg.city_value
        pre = "Tối đa " if tg.direction is TargetDirection.AT_MOST else ""
        horizon = f" (đến năm {due.year})" if due.year != period.end.year else ""
        if value and when is not None:
            value = f"{value}\n({short_date(when)})"
        if met is False:
            v = value.split("\n")[0]
            unmet.append(
                f"{tg.text} (kế hoạch {format_number(goal)}{tg.unit if tg.unit == '%' else ' ' + tg.unit}"
                f", thực hiện {v}{tg.unit if tg.unit == '%' else ' ' + tg.unit}"
                f"{', số liệu ngày ' + short_date(when) if when else ''})"
            )
        rows.append(
            Row(
                [
                    Cell(str(i), align="center"),
                    Cell(tg.text),
                    Cell(tg.unit, align="center"),
                    Cell(pre + format_number(goal) + horizon if goal is not None else "", align="center"),
                    Cell(value or "Chưa có số liệu", align="center"),
                    Cell(verdict, align="center"),
                ]
            )
        )
    return Table(
        [
            Column(12, "center"),
            Column(88),
            Column(16, "center"),
            Column(20, "center"),
            Column(22, "center"),
            Column(22, "center"),
        ],
        header,
        rows,
        size=13,
    ), unmet


def _judged_by_tracking(tg: Any) -> bool:
    """A target written as provinces write them (a range, values per group, measured monthly or
    quarterly) is judged by ``services.tracking.judge_target``, due by its own rhythm."""
    from desktop.models.enums import TargetMeasure

    return (
        bool(getattr(tg, "groups", None))
        or tg.direction is TargetDirection.RANGE
        or getattr(tg, "measure", TargetMeasure.CUMULATIVE) is not TargetMeasure.CUMULATIVE
    )


def _judged_row(i: int, tg: Any, period: Period, plan: Plan, unmet: list[str]) -> Row:
    j = tracking.judge_target(tg, period, plan.last_day)
    u = tg.unit if tg.unit == "%" else f" {tg.unit}"
    value = ""
    if j.value is not None and j.verdict is not tracking.Verdict.NO_DATA:
        value = format_number(j.value) + u.strip() * (tg.unit == "%")
        groups = [f"{g.name}: {format_number(g.value)}" for g in j.groups if g.value is not None]
        value = "\n".join([value, *groups] + ([f"({short_date(j.measured)})"] if j.measured else []))
    verdict = {
        tracking.Verdict.MET: "Đạt",
        tracking.Verdict.NOT_MET: "Chưa đạt",
        tracking.Verdict.NOT_DUE: NOT_DUE,
        tracking.Verdict.NO_DATA: "",
    }[j.verdict]
    if j.verdict is tracking.Verdict.NOT_MET:
        unmet.append(
            f"{tg.text} (kế hoạch {j.goal}, thực hiện {format_number(j.value)}{u}"
            f"{', số liệu ngày ' + short_date(j.measured) if j.measured else ''})"
        )
    return Row(
        [
            Cell(str(i), align="center"),
            Cell(tg.text),
            Cell(tg.unit, align="center"),
            Cell(j.goal, align="center"),
            Cell(value or "Chưa có số liệu", align="center"),
            Cell(verdict, align="center"),
        ]
    )


def tasks_table(
    classified: dict[TaskStatus, list[tuple[PlanTask, int]]], until: dt.date, plan: Plan | None = None
) -> Table:
    header = [
        Row(
            [
                Cell(h, bold=True, align="center")
                for h in (
                    "STT",
                    "Nội dung nhiệm vụ",
                    "Cơ quan chủ trì",
                    "Thời hạn",
                    "Tiến độ (%)",
                    "Kết quả, minh chứng",
                )
            ]
        )
    ]
    rows: list[Row] = []
    gi = 0
    for status in STATUS_ORDER:
        items = classified.get(status, [])
        if not items:
            continue
        gi += 1
        rows.append(
            Row(
                [
                    Cell(common.roman(gi), bold=True, align="center"),
                    Cell(f"{STATUS_HEADING[status]} ({len(items)})", bold=True, colspan=5),
                ],
                kind="group",
            )
        )
        for i, (t, pct) in enumerate(items, 1):
            lines = []
            note = _latest_note(t, until)
            if note:
                lines.append(note)
            lines += [f"- {c}" for c in _evidence(t, until)]
            rows.append(
                Row(
                    [
                        Cell(str(i), align="center"),
                        Cell("\n".join(commune_task_lines(t))),
                        Cell(commune_lead(plan, t)[0] if plan is not None else (t.lead or "")),
                        Cell(t.period_text or period_text(t.finish), align="center"),
                        Cell(str(pct), align="center"),
                        Cell("\n".join(lines)),
                    ]
                )
            )
    return Table(
        [Column(13, "center"), Column(90), Column(38), Column(26, "center"), Column(18, "center"), Column(82)],
        header,
        rows,
    )


# The report's sections the official writes (the program drafts them from the tracking data)
REPORT_TEXT_KEYS = ("problems", "proposals", "next_steps")


def task_name(x: PlanTask) -> str:
    """A task's short name in a sentence: its first line up to a colon, no end mark."""
    return task_lines(x.content)[0].split(":")[0].strip().rstrip(" .;,")


def _end_list(lines: list[str]) -> list[str]:
    """``- a;`` ``- b.``: the last item of a list ends with a full stop."""
    if lines:
        lines[-1] = lines[-1].rstrip(";.") + "."
    return lines


def _drafts(
    plan: Plan,
    period: Period,
    active: list[PlanTask],
    status_of: dict[int, tuple[TaskStatus, int]],
    late: list[tuple[PlanTask, int]],
    unmet: list[str],
    superior: str | None,
    who: str,
) -> dict[str, str]:
    """The program's draft of the sections the official writes: problems, proposals, next steps."""
    until = period.end
    problems = []
    for x, pct in late:
        note = _latest_note(x, until)
        problems.append(
            f'- Nhiệm vụ "{task_name(x)}" chậm tiến độ '
            f"(thời hạn {x.period_text or period_text(x.finish)}, đạt {pct}%)"
            + (f": {note.rstrip('.')}" if note else "")
            + ";"
        )
    for u in unmet:
        problems.append(f"- Chỉ tiêu chưa đạt: {u};")
    proposals = []
    for x, _p in late:
        note = _latest_note(x, until)
        if "đề nghị" in note.lower():
            idx = note.lower().index("đề nghị")
            proposals.append(
                f'- {note[idx : idx + 1].upper()}{note[idx + 1 :].rstrip(".")} (nhiệm vụ "{task_name(x)}");'
            )
    if late or unmet:
        proposals.append(
            f"- Đề nghị {superior or 'cấp trên'} và các sở, ngành quan tâm hướng dẫn, "
            f"hỗ trợ {who} thực hiện các nhiệm vụ, chỉ tiêu còn chậm, chưa đạt."
        )
    nxt = next_period(period)
    pending = [
        x for x in active if status_of[x.id][0] in (TaskStatus.IN_PROGRESS, TaskStatus.LATE, TaskStatus.NOT_STARTED)
    ]
    steps = []
    if pending:
        steps.append(
            f"Tập trung thực hiện các nhiệm vụ chưa hoàn thành, ưu tiên các nhiệm vụ chậm tiến độ "
            f"và các nhiệm vụ đến hạn trong {period_phrase(nxt)}:"
        )
        due = [
            x
            for x in pending
            if status_of[x.id][0] is TaskStatus.LATE or (x.finish is not None and x.finish.end <= nxt.end)
        ] or pending
        items = [
            f"- {task_lines(x.content)[0].rstrip(' .;:')} "
            f"(thời hạn: {x.period_text or period_text(x.finish) or 'trong năm'});"
            for x in due
        ]
        steps += _end_list(items)
    return {
        "problems": "\n".join(_end_list(problems)),
        "proposals": "\n".join(_end_list(proposals)),
        "next_steps": "\n".join(steps),
    }


def report_drafts(plan: Plan, period: Period) -> dict[str, str]:
    """What the program would write in the official's sections, for the editor to start from."""
    return _report(plan, period, None, None, None)[1]


def build_report(
    plan: Plan,
    period: Period,
    *,
    number: str | None = None,
    issue_date: dt.date | None = None,
    overrides: dict[str, str] | None = None,
    issuer: str | None = None,
) -> Document:
    """The report for ``period``; ``overrides`` are the official's own texts for
    ``REPORT_TEXT_KEYS`` (empty or missing ones take the program's draft). The format
    follows the plan's issuing body (``issuer`` overrides ``Plan.issuer``)."""
    return _report(plan, period, number, issue_date, overrides, issuer)[0]


def _report(
    plan: Plan,
    period: Period,
    number: str | None,
    issue_date: dt.date | None,
    overrides: dict[str, str] | None,
    issuer: str | None = None,
) -> tuple[Document, dict[str, str]]:
    unit = plan.unit
    who = psvc.unit_phrase(unit)
    until = period.end
    t = psvc.template_of(plan)
    phrase = period_phrase(period)
    subject = f"Kết quả thực hiện Kế hoạch chuyển đổi số {phrase}"
    issuer = issuer or formats.issuer_of(plan)
    rules = formats.rules_for(issuer, issue_date)
    party = rules.family == "party"
    year = period.year if period.kind is PeriodKind.YEAR else period.end.year
    if party:
        head = formats.party_header(rules, issuer, unit, "BC", number, issue_date, year)
        ttl = formats.title(rules, "BÁO CÁO", subject)
        issuing = formats.issuer_name(issuer, unit)
        plan_number = rules.citation_number(plan.number, "KH", formats.issuer_code(rules, issuer, unit))
    else:
        head = common.header(unit, "BC", number, issue_date, year)
        ttl = common.title("BÁO CÁO", subject)
        issuing = common.issuer_name(unit)
        plan_number = f"{plan.number or '…'}/KH-{unit.doc_code}"
    blocks: list[Block] = [head, ttl]
    superior = f"Ủy ban nhân dân {t.place[:1].lower() + t.place[1:]}" if t.place else None
    if superior and not superior.lower().startswith("ủy ban nhân dân thành phố") and t.province_code:
        superior = f"Ủy ban nhân dân {t.place}"
    if t.issuer:
        superior = t.issuer
    province = common.province_phrase(unit)
    if province:  # the directory names the province: ``Ủy ban nhân dân tỉnh Lạng Sơn``
        superior = f"Ủy ban nhân dân {province}"
    if party:  # a Party report names its superiors in Nơi nhận ("để b/c"), not in a Kính gửi line
        superior = None
    if superior:
        blocks.append(
            Paragraph([Run(f"Kính gửi: {superior}.")], align="center", first_indent=0, space_before=6, space_after=6)
        )

    if party:
        plan_ref = f"Kế hoạch số {plan_number}"
        if plan.issue_date:
            plan_ref += f" {cite_date(plan.issue_date)}"
        plan_ref += f" của {issuing} về {common.lower_first(plan.subject)}"
    else:
        plan_ref = plan_citation(plan)
    blocks.append(body(f"Thực hiện {plan_ref}; {issuing} báo cáo kết quả thực hiện {phrase} như sau:"))

    active = sorted((x for x in plan.tasks if x.adopted), key=lambda x: x.position)
    status_of = {x.id: _status_at(x, until) for x in active}
    counts = Counter(s for s, _ in status_of.values())
    classified: dict[TaskStatus, list[tuple[PlanTask, int]]] = {}
    for x in active:
        s, pct = status_of[x.id]
        classified.setdefault(s, []).append((x, pct))
    total = len(active)

    parts: list[tuple[str, list[Block]]] = []
    part: list[Block] = [khoan("1. Kết quả chung")]
    live = [status_of[x.id][1] for x in active if status_of[x.id][0] is not TaskStatus.CANCELLED]
    mean = sum(live) / len(live) if live else 0
    part.append(
        body(
            f"Kế hoạch có {total} nhiệm vụ; đến hết {phrase}: hoàn thành {counts[TaskStatus.DONE]}, "
            f"đang thực hiện {counts[TaskStatus.IN_PROGRESS]}, chậm tiến độ {counts[TaskStatus.LATE]}, "
            f"chưa triển khai {counts[TaskStatus.NOT_STARTED]}, hủy bỏ {counts[TaskStatus.CANCELLED]}; "
            f"tỷ lệ hoàn thành bình quân {_pct(mean)}% "
            f"(chi tiết tại Phụ lục kèm theo)."
        )
    )
    part.append(khoan("2. Kết quả theo từng trụ cột"))
    groups = pillar_groups(plan.tasks)
    for gi, (pillar, tasks) in enumerate(groups):
        c = Counter(status_of[x.id][0] for x in tasks)
        pl = [status_of[x.id][1] for x in tasks if status_of[x.id][0] is not TaskStatus.CANCELLED]
        m = sum(pl) / len(pl) if pl else 0
        bits = [f"{st.label.lower()} {c[st]}" for st in STATUS_ORDER if c[st]]
        done_names = [task_name(x) for x in tasks if status_of[x.id][0] is TaskStatus.DONE]
        text = (
            f"{point_letter(gi)}) {pillar[:1].upper() + pillar[1:]}: "
            f"{len(tasks)} nhiệm vụ ({', '.join(bits)}); tiến độ bình quân {_pct(m)}%."
        )
        if done_names:
            text += " Đã hoàn thành: " + "; ".join(done_names) + "."
        part.append(body(text))
    if plan.targets:
        table, unmet = targets_table(plan, period)
        part.append(khoan("3. Kết quả thực hiện các chỉ tiêu"))
        part.append(
            body(
                f"Số liệu đo được mới nhất đến hết {phrase} (kèm ngày của số liệu) so với chỉ tiêu "
                f"{who} đăng ký (mức {common.province_word(unit)} giao cho "
                f"{LEVEL_WORD.get(unit.level, 'cấp xã')}); chỉ tiêu chưa đến hạn chưa đánh giá đạt "
                f"hay chưa đạt:",
                keep_with_next=True,
            )
        )
        part.append(table)
    else:
        unmet = []
    parts.append(("KẾT QUẢ THỰC HIỆN", part))

    late = classified.get(TaskStatus.LATE, [])
    drafts = _drafts(plan, period, active, status_of, late, unmet, superior, who)
    texts = dict(drafts)
    texts.update({k: v for k, v in (overrides or {}).items() if k in REPORT_TEXT_KEYS and v.strip()})
    nxt = next_period(period)
    for key, title in (
        ("problems", "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"),
        ("proposals", "ĐỀ XUẤT, KIẾN NGHỊ"),
        ("next_steps", f"NHIỆM VỤ TRỌNG TÂM {period_phrase(nxt).upper()}"),
    ):
        lines = [ln.strip() for ln in texts.get(key, "").splitlines() if ln.strip()]
        if lines:
            parts.append((title, [body(ln) for ln in lines]))

    for i, (h, content) in enumerate(parts, 1):
        blocks.append(heading(f"{rules.numeral(common.roman(i))} {h}"))
        blocks += content
    blocks.append(body(f"Trên đây là báo cáo kết quả thực hiện Kế hoạch chuyển đổi số {phrase} của {issuing}."))
    end_content(blocks)
    if party:
        blocks.append(formats.party_signature(rules, issuer, plan.signer, list(plan.recipients)))
        ref = formats.party_reference_line(rules, "Báo cáo", "BC", issuer, unit, number, issue_date)
    else:
        recipients = ["Như trên"] + [
            r
            for r in plan.recipients
            if not (superior and _same_body(common.adapt_recipient(unit, r), superior, t.place))
        ]
        blocks.append(common.signature(plan.signer, recipients, unit.drafter_code, unit=unit))
        ref = common.reference_line("Báo cáo", "BC", unit, number, issue_date)
    sections = [Section(blocks, PORTRAIT)]
    ap: list[Block] = appendix_heading(
        "Phụ lục", f"TÌNH HÌNH THỰC HIỆN NHIỆM VỤ {phrase.upper()}", ref, 0.45 * 72 / 25.4 * 60
    )
    ap.append(tasks_table(classified, until, plan))
    sections.append(Section(ap, LANDSCAPE))
    if party:
        formats.apply_page(rules, sections)
    deadline = report_deadline(plan, period)
    meta = {"kind": "report", "year": str(period.year), "period": period.code, "format": rules.key}
    if deadline:
        meta["deadline"] = deadline.isoformat()
    doc = Document(
        sections=sections,
        title=f"Báo cáo {common.lower_first(subject)}",
        author=issuing,
        subject=subject,
        date=issue_date or period.end,
        meta=meta,
    )
    return doc, drafts


PARTY_BODY_CODES = {"dang_uy": "ĐU", "ban_chi_dao": "BCĐ", "ban_thuong_vu": "ĐU", "party": "ĐU"}


def plan_citation(plan: Plan) -> str:
    """The unit's own plan as its report cites it: ``Kế hoạch số 05/KH-UBND ngày 10 tháng 01
    năm 2024 của Ủy ban nhân dân xã ... về ...``; a Party body's plan in its own form
    (``Kế hoạch số 11-KH/BCĐ``)."""
    unit = plan.unit
    issuer = str(getattr(getattr(plan, "issuer", None), "value", getattr(plan, "issuer", None)) or "ubnd")
    if fold(issuer) not in ("ubnd", "uy ban nhan dan", "none"):
        code = PARTY_BODY_CODES.get(issuer, "BCĐ" if "chi dao" in fold(issuer) else "ĐU")
        number = citations.party_number(plan.number, "KH", code)
    else:
        n = (plan.number or "…").strip()
        if n.isdigit() and len(n) < 2:
            n = n.zfill(2)
        number = f"{n}/KH-{unit.doc_code}" if unit.doc_code else f"{n}/KH"
    return citations.cite(number, plan.issue_date, common.issuer_name(unit), plan.subject, kind="KH")


def _same_body(recipient: str, superior: str, place: str | None) -> bool:
    r = fold(recipient)
    return (
        fold(superior) in r
        or bool(place and r.startswith(("ubnd " + fold(place), "uy ban nhan dan")))
        or fold(superior).replace("uy ban nhan dan ", "ubnd ") in r
    )
