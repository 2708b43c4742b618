"""The unit's plan (KẾ HOẠCH) as a document model, from the ORM ``Plan``.

``build_plan(plan) -> Document``: header (Mẫu 1.4), title and trích yếu, căn cứ,
I. purpose, requirements and objectives (with the targets table: the city's value
for the unit's level beside the unit's own), II. tasks by pillar, III. solutions,
IV. funding, V. organisation (optional sections vanish with their heading when
empty, and the numbering closes up), ``./.``, Nơi nhận beside the signature; then
Phụ lục I (tasks) and Phụ lục II (budget, million VND) on landscape pages.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from decimal import Decimal
from typing import TYPE_CHECKING

from desktop.documents import common, formats
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
    paragraphs_of,
)
from desktop.models.enums import BudgetColumn, Level
from desktop.services import plan_rules as psvc
from desktop.services.doc_text import commune_lead, commune_task_lines, period_text
from desktop.services.plan_content import PlanContent, TargetLine, TaskGroup
from desktop.vn import format_number, short_date

if TYPE_CHECKING:
    from desktop.models.orm import BudgetLine, Plan, PlanSection

_NUMBERED = re.compile(r"^\s*(\d+)[.)]?\s")
_RUN_IN_TITLE = re.compile(r"^(\d+)[.)]?\s+([^:.;]{2,60}):\s+(\S.*)$")
LEVEL_WORD = {Level.COMMUNE: "cấp xã", Level.DISTRICT: "cấp huyện", Level.CITY: "cấp tỉnh"}


def _section(plan: Plan, key: str) -> PlanSection | None:
    return next((s for s in plan.sections if s.key == key), None)


def _paras(sec: PlanSection | None) -> list[str]:
    return paragraphs_of(sec.text) if sec is not None else []


def _numbered(t: str) -> str:
    """``1 Giải pháp tổ chức`` -> ``1. Giải pháp tổ chức``: a khoản's number takes its period."""
    m = re.match(r"^(\d+)\s+(?=[^\d\s])", t)
    return f"{m.group(1)}. {t[m.end() :]}" if m else t


def _text_blocks(texts: list[str]) -> list[Block]:
    """Body paragraphs. A numbered khoản with a title is always its bold title on its own line
    (``1. Mục đích``), its text below: a title run into its text (``1. Mục đích: ...``) is split,
    so that every khoản of a document looks the same."""
    out: list[Block] = []
    for raw in texts:
        t = _numbered(raw.strip())
        t = re.sub(r";\s*\.$", ".", t)
        run_in = _RUN_IN_TITLE.match(t)
        if run_in and len(run_in.group(2).split()) <= 8:
            out.append(khoan(f"{run_in.group(1)}. {run_in.group(2).strip()}"))
            rest = run_in.group(3).strip()
            out.append(body(rest[:1].upper() + rest[1:]))
            continue
        is_title = bool(_NUMBERED.match(t)) and len(t) < 160 and not t.rstrip().endswith((".", ";", ":", ","))
        out.append(khoan(t) if is_title else body(t))
    return out


def appendix_names(has_budget: bool) -> tuple[str, str | None]:
    """The appendices' labels: ``Phụ lục I`` and ``Phụ lục II``, or one ``Phụ lục`` unnumbered."""
    return ("Phụ lục I", "Phụ lục II") if has_budget else ("Phụ lục", None)


def _targets_table(plan: Plan, targets: list[TargetLine]) -> Table:
    level = LEVEL_WORD.get(plan.unit.level, "cấp xã")
    giver = common.province_word(plan.unit).capitalize()
    header = [
        Row(
            [
                Cell("STT", bold=True, align="center"),
                Cell("Chỉ tiêu", bold=True, align="center"),
                Cell("Đơn vị tính", bold=True, align="center"),
                Cell(f"{giver} giao cho {level}", bold=True, align="center"),
                Cell("Đơn vị đăng ký", bold=True, align="center"),
            ]
        )
    ]
    rows: list[Row] = []
    groups: OrderedDict[str, list[TargetLine]] = OrderedDict()
    for tg in targets:
        groups.setdefault(tg.group, []).append(tg)
    n = 0
    for gi, (g, items) in enumerate(groups.items(), 1):
        if g:
            rows.append(
                Row([Cell(common.roman(gi), bold=True, align="center"), Cell(g, bold=True, colspan=4)], kind="group")
            )
        for tg in items:
            n += 1
            rows.append(
                Row(
                    [
                        Cell(str(n), align="center"),
                        Cell(tg.text),
                        Cell(tg.unit, align="center"),
                        Cell(tg.province_value, align="center"),
                        Cell(tg.own_value, align="center"),
                    ]
                )
            )
    return Table(
        [Column(12, "center"), Column(88), Column(15, "center"), Column(25, "center"), Column(25, "center")],
        header,
        rows,
        size=13,
    )


def task_table(plan: Plan, groups: list[TaskGroup], superior: str | None) -> Table:
    """Appendix I: the tasks in the groups given (numeral, title, [(number, task)])."""
    # the task's number in the superior plan, as the province's table prints it, when it has one
    refs = any(getattr(t, "superior_ref", None) for _n, _title, ts in groups for _i, t in ts)
    titles = [
        "STT",
        "Nội dung nhiệm vụ",
        "Thời gian bắt đầu",
        "Thời gian hoàn thành",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Sản phẩm",
    ]
    if refs:
        titles.append(f"NV theo KH {superior}" if superior else "NV theo KH cấp trên")
    header = [Row([Cell(h, bold=True, align="center") for h in titles])]
    rows: list[Row] = []
    for numeral, title, tasks in groups:
        rows.append(
            Row(
                [Cell(numeral, bold=True, align="center"), Cell(title.upper(), bold=True, colspan=len(titles) - 1)],
                kind="group",
            )
        )
        for i, t in tasks:
            lead, coord = commune_lead(plan, t)
            cells = [
                Cell(i, align="center"),
                Cell("\n".join(commune_task_lines(t))),
                Cell(period_text(t.start), align="center"),
                Cell(t.period_text or period_text(t.finish), align="center"),
                Cell(lead),
                Cell(coord),
                Cell(t.product or ""),
            ]
            if refs:
                cells.append(Cell(getattr(t, "superior_ref", None) or "", align="center"))
            rows.append(Row(cells))
    columns = [
        Column(13, "center"),
        Column(80),
        Column(22, "center"),
        Column(24, "center"),
        Column(37),
        Column(39),
        Column(37),
    ]
    if refs:
        columns[1] = Column(68)
        columns.append(Column(20, "center"))
    return Table(columns, header, rows)


def previous_targets_table(prev: psvc.PreviousYear) -> Table:
    """The previous year's targets at its end: the goal, the latest value with its date, the verdict."""
    header = [
        Row(
            [
                Cell(h, bold=True, align="center")
                for h in ("STT", "Chỉ tiêu", "Mục tiêu", "Kết quả (ngày số liệu)", "Đánh giá")
            ]
        )
    ]
    rows = []
    for i, j in enumerate(prev.targets, 1):
        value = ""
        if j.value is not None:
            value = format_number(j.value) + (f" ({short_date(j.measured)})" if j.measured else "")
        verdict = {True: "Đạt", False: "Chưa đạt"}.get(j.met, "Chưa có số liệu")
        rows.append(
            Row(
                [
                    Cell(str(i), align="center"),
                    Cell(j.text),
                    Cell(j.goal, align="center"),
                    Cell(value, align="center"),
                    Cell(verdict, align="center"),
                ]
            )
        )
    return Table(
        [Column(12, "center"), Column(110), Column(35, "center"), Column(40, "center"), Column(30, "center")],
        header,
        rows,
        size=13,
    )


def budget_table(plan: Plan, cols: list[BudgetColumn], totals: psvc.BudgetTotals) -> Table:
    header = [
        Row(
            [
                Cell(h, bold=True, align="center")
                for h in ["STT", "Nội dung", "Thời gian thực hiện", *[c.label for c in cols], "Ghi chú"]
            ]
        )
    ]
    rows: list[Row] = []
    groups: OrderedDict[str, list[BudgetLine]] = OrderedDict()
    for b in plan.budget_lines:
        groups.setdefault(b.group_title, []).append(b)

    def amounts(values: dict[BudgetColumn, Decimal], bold: bool) -> list[Cell]:
        return [Cell(format_number(values[c]), bold=bold, align="right") for c in cols]

    for gi, (g, lines) in enumerate(groups.items(), 1):
        rows.append(
            Row(
                [
                    Cell(common.roman(gi), bold=True, align="center"),
                    Cell(g.upper(), bold=True),
                    Cell(""),
                    *amounts(totals.by_group[g], True),
                    Cell(""),
                ],
                kind="group",
            )
        )
        for i, b in enumerate(lines, 1):
            rows.append(
                Row(
                    [
                        Cell(str(i), align="center"),
                        Cell(b.content),
                        Cell(b.period_text or "", align="center"),
                        *[Cell(format_number(getattr(b, c.value)), align="right") for c in cols],
                        Cell(b.note or ""),
                    ]
                )
            )
    rows.append(
        Row(
            [Cell(""), Cell("TỔNG CỘNG", bold=True, align="center"), Cell(""), *amounts(totals.total, True), Cell("")],
            kind="total",
        )
    )
    return Table(
        [Column(13, "center"), Column(95), Column(22, "center"), *[Column(24, "right") for _ in cols], Column(30)],
        header,
        rows,
        unit_note="(Đơn vị tính: triệu đồng)",
    )


def build_plan(plan: Plan, *, issuer: str | None = None, content: PlanContent | None = None) -> Document:
    """The plan in the format of its issuing body (``issuer``: ``Plan.issuer`` when not
    given; a UBND plan follows Decree 30, a Party committee's Hướng dẫn 36-HD/VPTW), laying
    out ``content`` (``services.plan_content.plan_content(plan)`` when not given)."""
    if content is None:
        from desktop.services.plan_content import plan_content

        content = plan_content(plan)
    c = content
    unit = plan.unit
    who = psvc.unit_phrase(unit)
    has_budget = c.has_budget
    ap_tasks, ap_budget = appendix_names(has_budget)

    issuer = issuer or formats.issuer_of(plan)
    rules = formats.rules_for(issuer, plan.issue_date)
    party = rules.family == "party"
    if party:
        head = formats.party_header(rules, issuer, unit, "KH", plan.number, plan.issue_date, plan.year)
        ttl = formats.title(rules, "KẾ HOẠCH", plan.subject)
        issuing = formats.issuer_name(issuer, unit)
    else:
        head = common.header(unit, "KH", plan.number, plan.issue_date, plan.year)
        ttl = common.title("KẾ HOẠCH", plan.subject)
        issuing = common.issuer_name(unit)
    blocks: list[Block] = [head, ttl]
    blocks += common.basis_paragraphs(c.bases)
    blocks.append(body(f"{issuing} ban hành Kế hoạch {common.lower_first(plan.subject.strip())} như sau:"))

    groups = c.pillars
    parts: list[tuple[str, list[Block]]] = []

    # the optional first part: the assessment of the previous year (services.plans drafts it)
    prev = c.previous
    if prev is not None and prev.text.strip():
        parts.append((prev.title, _text_blocks(paragraphs_of(prev.text))))

    # I. purpose, requirements and objectives
    purpose, objectives = _section(plan, "purpose"), _section(plan, "objectives")
    p_texts, o_texts = c.texts["purpose"], c.texts["objectives"]
    part: list[Block] = []
    n = 0
    if p_texts:
        if not _NUMBERED.match(p_texts[0]):
            n += 1
            part.append(khoan(f"{n}. {(purpose.title if purpose else 'Mục đích, yêu cầu').capitalize()}"))
            part += _text_blocks(p_texts)
        else:
            part += _text_blocks(p_texts)
            n = max(int(m.group(1)) for t in p_texts if (m := _NUMBERED.match(t)))
    if o_texts or plan.targets:
        n += 1
        part.append(khoan(f"{n}. {(objectives.title if objectives else 'Mục tiêu').capitalize()}"))
        part += _text_blocks(o_texts)
        if plan.targets:
            part.append(
                body(
                    f"Các chỉ tiêu cụ thể {c.targets_scope} (mức {common.province_word(unit)} "
                    f"giao cho {LEVEL_WORD.get(unit.level, 'cấp xã')} và mức {who} đăng ký):",
                    keep_with_next=True,
                )
            )
            part.append(_targets_table(plan, c.targets))
    if part:
        names = [s.title for s in (purpose, objectives) if s is not None and (_paras(s) or s is objectives)]
        heading_text = " VÀ ".join(dict.fromkeys(t.upper() for t in names)) or "MỤC ĐÍCH, YÊU CẦU"
        parts.append((heading_text, part))

    # II. tasks by pillar; a task's sub-items each on its own line
    tasks_sec = _section(plan, "tasks")
    part = _text_blocks(c.texts["tasks"])
    for gi, (pillar, tasks) in enumerate(groups, 1):
        part.append(khoan(f"{gi}. {pillar[:1].upper() + pillar[1:]}"))
        for ti, t in enumerate(tasks):
            end = "." if ti == len(tasks) - 1 else ";"
            lines = commune_task_lines(t)
            first = lines[0].rstrip(" .;:")
            when = t.period_text or period_text(t.finish)
            lead = commune_lead(plan, t)[0]
            extra = f" (chủ trì: {lead}" if lead else ""
            if when:
                extra += ("; " if extra else " (") + f"hoàn thành: {when}"
            extra += ")" if extra else ""
            if len(lines) == 1:
                part.append(body(f"- {first}{extra}{end}"))
                continue
            part.append(body(f"- {first}{extra}:"))
            subs = [x.rstrip(" .;") for x in lines[1:]]
            for si, sub in enumerate(subs):
                mark = "" if re.match(r"^([-+•]|[a-zđ]\))\s", sub) else "+ "
                if sub.startswith("- "):
                    sub, mark = sub[2:], "+ "
                part.append(body(f"{mark}{sub}{end if si == len(subs) - 1 else ';'}"))
    parts.append(((tasks_sec.title if tasks_sec else "NHIỆM VỤ").upper(), part))

    # III. solutions (optional)
    sol = _section(plan, "solutions")
    sol_texts = c.texts["solutions"]
    if sol_texts:
        parts.append((sol.title.upper(), _text_blocks(sol_texts)))  # type: ignore[union-attr]

    # IV. funding (optional; kept when there is a budget to point at)
    fund = _section(plan, "funding")
    f_texts = c.texts["funding"]
    if f_texts or has_budget:
        part = _text_blocks(f_texts)
        if has_budget and c.budget_totals is not None:
            totals = c.budget_totals
            cols = c.budget_columns
            col = BudgetColumn.PLANNED if BudgetColumn.PLANNED in cols else cols[0]
            part.append(
                body(
                    f"Tổng kinh phí ({col.label.lower()}): {format_number(totals.total[col])} triệu đồng "
                    f"(chi tiết tại {ap_budget})."
                )
            )
        parts.append(((fund.title if fund else "KINH PHÍ THỰC HIỆN").upper(), part))

    # V. organisation
    org = _section(plan, "organisation")
    org_texts = c.texts["organisation"]
    if org_texts:
        parts.append((org.title.upper(), _text_blocks(org_texts)))  # type: ignore[union-attr]

    for i, (part_title, part_blocks) in enumerate(parts, 1):
        blocks.append(heading(f"{rules.numeral(common.roman(i))} {part_title}"))
        blocks += part_blocks
    end_content(blocks)
    if party:
        blocks.append(formats.party_signature(rules, issuer, plan.signer, plan.recipients))
        ref = formats.party_reference_line(rules, "Kế hoạch", "KH", issuer, unit, plan.number, plan.issue_date)
    else:
        blocks.append(common.signature(plan.signer, plan.recipients, unit.drafter_code, unit=unit))
        ref = common.reference_line("Kế hoạch", "KH", unit, plan.number, plan.issue_date)

    sections = [Section(blocks, PORTRAIT)]
    rule = 0.45 * 72 / 25.4 * 60  # a short line under the appendix heading (about 27 mm)
    ap1: list[Block] = appendix_heading(ap_tasks, f"NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM {plan.year}", ref, rule)
    ap1.append(task_table(plan, c.task_groups, c.superior_plan))
    sections.append(Section(ap1, LANDSCAPE))
    if has_budget and ap_budget and c.budget_totals is not None:
        ap2: list[Block] = appendix_heading(ap_budget, f"KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM {plan.year}", ref, rule)
        ap2.append(budget_table(plan, c.budget_columns, c.budget_totals))
        sections.append(Section(ap2, LANDSCAPE))
    if prev is not None and prev.text.strip() and prev.targets:
        label = "Phụ lục III" if has_budget else "Phụ lục II"
        ap3: list[Block] = appendix_heading(label, f"KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM {prev.year}", ref, rule)
        ap3.append(previous_targets_table(prev))
        sections.append(Section(ap3, LANDSCAPE))
    if party:
        formats.apply_page(rules, sections)
    return Document(
        sections=sections,
        title=f"Kế hoạch {common.lower_first(plan.subject)}",
        author=issuing,
        subject=plan.subject,
        date=plan.issue_date,
        meta={"kind": "plan", "year": str(plan.year), "format": rules.key},
    )


_ = (Paragraph, Run)
