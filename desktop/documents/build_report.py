"""The unit's progress report (BÁO CÁO) for a period, as a document model.

``build_report(plan, period, content=...) -> Document`` lays out a
``services.report_content.ReportContent`` (the figures, verdicts and texts, computed there;
computed on the spot when not given): the same header, signature and recipients rules as the
plan; ``Kính gửi`` the city; then I. results (overall, by pillar, the target table: target,
measured, met / not met), II. what went wrong, III. proposals, IV. next steps (the official's
texts, else the program's drafts); ``./.``; and an appendix (landscape) with the tasks by status
(done, in progress, late, not started, cancelled) citing their evidence. Empty parts vanish
with their heading.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from desktop.documents import citations, common, formats
from desktop.documents.build_plan import LEVEL_WORD
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
from desktop.models.enums import TaskStatus
from desktop.models.period import Period, PeriodKind
from desktop.services import plan_rules as psvc
from desktop.services.doc_text import adapt_recipient, commune_lead, commune_task_lines, period_text
from desktop.services.report_content import STATUS_ORDER as STATUS_ORDER
from desktop.services.report_content import TEXT_KEYS as REPORT_TEXT_KEYS
from desktop.services.report_content import ReportContent, TargetResult, TaskAtEnd, issuer_of, report_content
from desktop.services.report_content import report_deadline as report_deadline
from desktop.services.tracking import Verdict
from desktop.vn import cite_date, fold, format_number

if TYPE_CHECKING:
    from desktop.models.orm import Plan

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
NOT_DUE = "Chưa đến hạn đánh giá"
VERDICT_WORD = {Verdict.MET: "Đạt", Verdict.NOT_MET: "Chưa đạt", Verdict.NOT_DUE: NOT_DUE, Verdict.NO_DATA: ""}
# The titles of the sections the official writes, in the report's order
TEXT_TITLES = {"problems": "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "proposals": "ĐỀ XUẤT, KIẾN NGHỊ"}


def _pct(x: float) -> str:
    return format_number(Decimal(f"{x:.1f}"))


def targets_table(targets: tuple[TargetResult, ...]) -> Table:
    """Each target with its latest measurement and the measurement's date, and its verdict."""
    header = [
        Row(
            [
                Cell(h, bold=True, align="center")
                for h in ("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện (ngày số liệu)", "Đánh giá")
            ]
        )
    ]
    rows = [
        Row(
            [
                Cell(str(i), align="center"),
                Cell(t.text),
                Cell(t.unit, align="center"),
                Cell(t.goal, align="center"),
                Cell("\n".join(t.measured) or "Chưa có số liệu", align="center"),
                Cell(VERDICT_WORD[t.verdict], align="center"),
            ]
        )
        for i, t in enumerate(targets, 1)
    ]
    return Table(
        [
            # the data's date, "(25/12/2026)", fits on one line at 13 pt (a narrower column
            # broke it as "(25/12/202" / "6)")
            Column(13, "center"),
            Column(69),
            Column(17, "center"),
            Column(23, "center"),
            Column(32, "center"),
            Column(26, "center"),
        ],
        header,
        rows,
        size=13,
    )


def tasks_table(tasks: Mapping[TaskStatus, tuple[TaskAtEnd, ...]], plan: Plan | None = None) -> Table:
    """The appendix: the tasks under one heading per status, with the latest note and the evidence."""
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
        items = tasks.get(status, ())
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
        for i, a in enumerate(items, 1):
            t = a.task
            lines = ([a.note] if a.note else []) + [f"- {c}" for c in a.evidence]
            rows.append(
                Row(
                    [
                        Cell(str(i), align="center"),
                        Cell("\n".join(commune_task_lines(t))),
                        Cell(commune_lead(plan, t)[0] if plan is not None else (t.lead or "")),
                        Cell(t.period_text or period_text(t.finish), align="center"),
                        Cell(str(a.percent), align="center"),
                        Cell("\n".join(lines)),
                    ]
                )
            )
    return Table(
        [Column(13, "center"), Column(90), Column(38), Column(26, "center"), Column(18, "center"), Column(82)],
        header,
        rows,
    )


def _results(plan: Plan, c: ReportContent) -> list[Block]:
    """Part I: the overall result, by pillar, and the targets."""
    unit = plan.unit
    part: list[Block] = [khoan("1. Kết quả chung")]
    n = c.counts
    part.append(
        body(
            f"Kế hoạch có {c.total} nhiệm vụ; đến hết {c.phrase}: hoàn thành {n[TaskStatus.DONE]}, "
            f"đang thực hiện {n[TaskStatus.IN_PROGRESS]}, chậm tiến độ {n[TaskStatus.LATE]}, "
            f"chưa triển khai {n[TaskStatus.NOT_STARTED]}, hủy bỏ {n[TaskStatus.CANCELLED]}; "
            f"tỷ lệ hoàn thành bình quân {_pct(c.mean_percent)}% "
            f"(chi tiết tại Phụ lục kèm theo)."
        )
    )
    part.append(khoan("2. Kết quả theo từng trụ cột"))
    for gi, p in enumerate(c.pillars):
        bits = [f"{st.label.lower()} {p.by_status[st]}" for st in STATUS_ORDER if p.by_status[st]]
        text = (
            f"{point_letter(gi)}) {p.pillar[:1].upper() + p.pillar[1:]}: "
            f"{p.tasks} nhiệm vụ ({', '.join(bits)}); tiến độ bình quân {_pct(p.mean_percent)}%."
        )
        if p.done:
            text += " Đã hoàn thành: " + "; ".join(p.done) + "."
        part.append(body(text))
    if c.targets:
        part.append(khoan("3. Kết quả thực hiện các chỉ tiêu"))
        part.append(
            body(
                f"Số liệu đo được mới nhất đến hết {c.phrase} (kèm ngày của số liệu) so với chỉ tiêu "
                f"{c.who} đăng ký (mức {common.province_word(unit)} giao cho "
                f"{LEVEL_WORD.get(unit.level, 'cấp xã')}); chỉ tiêu chưa đến hạn chưa đánh giá đạt "
                f"hay chưa đạt:",
                keep_with_next=True,
            )
        )
        part.append(targets_table(c.targets))
    return part


def _texts(c: ReportContent) -> list[tuple[str, list[Block]]]:
    """Parts II-IV: the official's sections, one paragraph a line; an empty one vanishes."""
    titles = {**TEXT_TITLES, "next_steps": f"NHIỆM VỤ TRỌNG TÂM {c.next_phrase.upper()}"}
    parts: list[tuple[str, list[Block]]] = []
    for key in REPORT_TEXT_KEYS:
        lines = [ln.strip() for ln in c.texts.get(key, "").splitlines() if ln.strip()]
        if lines:
            parts.append((titles[key], [body(ln) for ln in lines]))
    return parts


def build_report(
    plan: Plan,
    period: Period,
    *,
    number: str | None = None,
    issue_date: dt.date | None = None,
    overrides: dict[str, str] | None = None,
    issuer: str | None = None,
    content: ReportContent | None = None,
) -> Document:
    """The report for ``period``, laying out ``content`` (computed from the plan with
    ``overrides``, the official's own texts for ``REPORT_TEXT_KEYS``, when not given). The
    format follows the plan's issuing body (``issuer`` overrides ``Plan.issuer``)."""
    c = content or report_content(plan, period, issuer=issuer, overrides=overrides)
    unit = plan.unit
    subject = f"Kết quả thực hiện Kế hoạch chuyển đổi số {c.phrase}"
    issuer = issuer_of(plan, issuer).value  # the same body the content was computed for
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
    # a Party report names its superiors in Nơi nhận ("để b/c"), not in a Kính gửi line
    superior = None if party else c.superior
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
    blocks.append(body(f"Thực hiện {plan_ref}; {issuing} báo cáo kết quả thực hiện {c.phrase} như sau:"))

    parts = [("KẾT QUẢ THỰC HIỆN", _results(plan, c)), *_texts(c)]
    for i, (h, part) in enumerate(parts, 1):
        blocks.append(heading(f"{rules.numeral(common.roman(i))} {h}"))
        blocks += part
    blocks.append(body(f"Trên đây là báo cáo kết quả thực hiện Kế hoạch chuyển đổi số {c.phrase} của {issuing}."))
    end_content(blocks)
    if party:
        blocks.append(formats.party_signature(rules, issuer, plan.signer, list(plan.recipients)))
        ref = formats.party_reference_line(rules, "Báo cáo", "BC", issuer, unit, number, issue_date)
    else:
        place = psvc.template_of(plan).place
        recipients = ["Như trên"] + [
            r for r in plan.recipients if not (superior and _same_body(adapt_recipient(unit, r), superior, place))
        ]
        blocks.append(common.signature(plan.signer, recipients, unit.drafter_code, unit=unit))
        ref = common.reference_line("Báo cáo", "BC", unit, number, issue_date)
    sections = [Section(blocks, PORTRAIT)]
    ap: list[Block] = appendix_heading(
        "Phụ lục", f"TÌNH HÌNH THỰC HIỆN NHIỆM VỤ {c.phrase.upper()}", ref, 0.45 * 72 / 25.4 * 60
    )
    ap.append(tasks_table(c.tasks, plan))
    sections.append(Section(ap, LANDSCAPE))
    if party:
        formats.apply_page(rules, sections)
    meta = {"kind": "report", "year": str(period.year), "period": period.code, "format": rules.key}
    if c.deadline:
        meta["deadline"] = c.deadline.isoformat()
    return Document(
        sections=sections,
        title=f"Báo cáo {common.lower_first(subject)}",
        author=issuing,
        subject=subject,
        date=issue_date or period.end,
        meta=meta,
    )


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
