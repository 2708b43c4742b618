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
from desktop.models.enums import BudgetColumn, Level, TargetDirection
from desktop.models.orm import Plan, PlanSection, PlanTask
from desktop.models.period import Period
from desktop.services import plans as psvc
from desktop.vn import fold, format_number

_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s")
LEVEL_WORD = {Level.COMMUNE: "cấp xã", Level.DISTRICT: "cấp huyện", Level.CITY: "cấp tỉnh"}


def period_text(p: Period | None) -> str:
    return p.label() if p is not None else ""


def _section(plan: Plan, key: str) -> PlanSection | None:
    return next((s for s in plan.sections if s.key == key), None)


def _paras(sec: PlanSection | None) -> list[str]:
    return paragraphs_of(sec.text) if sec is not None else []


def _text_blocks(texts: list[str]) -> list[Block]:
    """Body paragraphs; a numbered line that reads as a title (short, no end stop) is bold."""
    out: list[Block] = []
    for t in texts:
        is_title = bool(_NUMBERED.match(t) or re.match(r"^\d+\s+\S", t)) and len(t) < 160 and \
            not t.rstrip().endswith((".", ";", ":", ","))
        out.append(khoan(t) if is_title else body(t))
    return out


def pillar_groups(tasks: list[PlanTask]) -> list[tuple[str, list[PlanTask]]]:
    """Adopted tasks grouped by pillar (own tasks join the template group of the same
    pillar), in the order of first appearance."""
    groups: OrderedDict[str, tuple[str, list[PlanTask]]] = OrderedDict()
    for t in sorted((t for t in tasks if t.adopted), key=lambda t: t.position):
        k = fold(t.pillar or t.group_title)
        if k not in groups:
            groups[k] = (t.pillar or t.group_title.capitalize(), [])
        groups[k][1].append(t)
    return list(groups.values())


def _targets_table(plan: Plan) -> Table:
    level = LEVEL_WORD.get(plan.unit.level, "cấp xã")
    header = [Row([
        Cell("STT", bold=True, align="center"),
        Cell("Chỉ tiêu", bold=True, align="center"),
        Cell("Đơn vị tính", bold=True, align="center"),
        Cell(f"Thành phố giao cho {level}", bold=True, align="center"),
        Cell("Đơn vị đăng ký", bold=True, align="center"),
    ])]
    rows: list[Row] = []
    groups: OrderedDict[str, list] = OrderedDict()
    for tg in plan.targets:
        groups.setdefault(tg.group_title or "", []).append(tg)
    n = 0
    for gi, (g, items) in enumerate(groups.items(), 1):
        if g:
            rows.append(Row([Cell(common.roman(gi), bold=True, align="center"), Cell(g, bold=True, colspan=4)],
                            kind="group"))
        for tg in items:
            n += 1
            pre = "Tối đa " if tg.direction is TargetDirection.AT_MOST else ""
            rows.append(Row([
                Cell(str(n), align="center"),
                Cell(tg.text),
                Cell(tg.unit, align="center"),
                Cell(pre + format_number(tg.city_value) if tg.city_value is not None else "", align="center"),
                Cell(pre + format_number(tg.value) if tg.value is not None else "", align="center"),
            ]))
    return Table([Column(12, "center"), Column(88), Column(15, "center"), Column(25, "center"),
                  Column(25, "center")], header, rows, size=13)


def task_table(groups: list[tuple[str, list[PlanTask]]]) -> Table:
    header = [Row([Cell(h, bold=True, align="center") for h in (
        "STT", "Nội dung nhiệm vụ", "Thời gian bắt đầu", "Thời gian hoàn thành",
        "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm")])]
    rows: list[Row] = []
    for gi, (pillar, tasks) in enumerate(groups, 1):
        rows.append(Row([Cell(common.roman(gi), bold=True, align="center"),
                         Cell(pillar.upper(), bold=True, colspan=6)], kind="group"))
        for i, t in enumerate(tasks, 1):
            rows.append(Row([
                Cell(str(i), align="center"),
                Cell(t.content),
                Cell(period_text(t.start), align="center"),
                Cell(t.period_text or period_text(t.finish), align="center"),
                Cell(t.lead or ""),
                Cell(t.coordinating or ""),
                Cell(t.product or ""),
            ]))
    return Table([Column(13, "center"), Column(80), Column(22, "center"), Column(24, "center"),
                  Column(37), Column(39), Column(37)], header, rows)


def used_budget_columns(plan: Plan) -> list[BudgetColumn]:
    cols = [c for c in psvc.BUDGET_COLUMNS if any(getattr(b, c.value) is not None for b in plan.budget_lines)]
    return cols or [BudgetColumn.PLANNED]


def budget_table(plan: Plan) -> Table:
    cols = used_budget_columns(plan)
    totals = psvc.budget_totals(plan)
    header = [Row([Cell(h, bold=True, align="center") for h in
                   ["STT", "Nội dung", "Thời gian thực hiện", *[c.label for c in cols], "Ghi chú"]])]
    rows: list[Row] = []
    groups: OrderedDict[str, list] = OrderedDict()
    for b in plan.budget_lines:
        groups.setdefault(b.group_title, []).append(b)

    def amounts(values: dict[BudgetColumn, Decimal], bold: bool) -> list[Cell]:
        return [Cell(format_number(values[c]), bold=bold, align="right") for c in cols]

    for gi, (g, lines) in enumerate(groups.items(), 1):
        rows.append(Row([Cell(common.roman(gi), bold=True, align="center"), Cell(g.upper(), bold=True),
                         Cell(""), *amounts(totals.by_group[g], True), Cell("")], kind="group"))
        for i, b in enumerate(lines, 1):
            rows.append(Row([
                Cell(str(i), align="center"), Cell(b.content), Cell(b.period_text or "", align="center"),
                *[Cell(format_number(getattr(b, c.value)), align="right") for c in cols],
                Cell(b.note or ""),
            ]))
    rows.append(Row([Cell(""), Cell("TỔNG CỘNG", bold=True, align="center"), Cell(""),
                     *amounts(totals.total, True), Cell("")], kind="total"))
    return Table([Column(13, "center"), Column(95), Column(22, "center"), *[Column(24, "right") for _ in cols],
                  Column(30)], header, rows, unit_note="(Đơn vị tính: triệu đồng)")


def build_plan(plan: Plan, *, issuer: str | None = None) -> Document:
    """The plan in the format of its issuing body (``issuer``: ``Plan.issuer`` when not
    given; a UBND plan follows Decree 30, a Party committee's Hướng dẫn 36-HD/VPTW)."""
    unit = plan.unit
    who = psvc.unit_phrase(unit)
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
    blocks += common.basis_paragraphs([b.text for b in plan.legal_bases])
    blocks.append(body(f"{issuing} ban hành Kế hoạch "
                       f"{common.lower_first(plan.subject.strip())} như sau:"))

    groups = pillar_groups(plan.tasks)
    has_budget = bool(plan.budget_lines)
    parts: list[tuple[str, list[Block]]] = []

    # I. purpose, requirements and objectives
    purpose, objectives = _section(plan, "purpose"), _section(plan, "objectives")
    p_texts, o_texts = _paras(purpose), _paras(objectives)
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
            part.append(body(f"Các chỉ tiêu cụ thể năm {plan.year} (mức thành phố giao cho "
                             f"{LEVEL_WORD.get(unit.level, 'cấp xã')} và mức {who} đăng ký):",
                             keep_with_next=True))
            part.append(_targets_table(plan))
    if part:
        names = [s.title for s in (purpose, objectives) if s is not None and (_paras(s) or s is objectives)]
        heading_text = " VÀ ".join(dict.fromkeys(t.upper() for t in names)) or "MỤC ĐÍCH, YÊU CẦU"
        parts.append((heading_text, part))

    # II. tasks by pillar
    tasks_sec = _section(plan, "tasks")
    part = _text_blocks(_paras(tasks_sec))
    for gi, (pillar, tasks) in enumerate(groups, 1):
        part.append(khoan(f"{gi}. {pillar[:1].upper() + pillar[1:]}"))
        for ti, t in enumerate(tasks):
            end = "." if ti == len(tasks) - 1 else ";"
            content = " ".join(t.content.split()).rstrip(" .;")
            when = t.period_text or period_text(t.finish)
            extra = f" (chủ trì: {t.lead}" if t.lead else ""
            if when:
                extra += ("; " if extra else " (") + f"hoàn thành: {when}"
            extra += ")" if extra else ""
            part.append(body(f"- {content}{extra}{end}"))
    parts.append(((tasks_sec.title if tasks_sec else "NHIỆM VỤ").upper(), part))

    # III. solutions (optional)
    sol = _section(plan, "solutions")
    if _paras(sol):
        parts.append((sol.title.upper(), _text_blocks(_paras(sol))))  # type: ignore[union-attr]

    # IV. funding (optional; kept when there is a budget to point at)
    fund = _section(plan, "funding")
    f_texts = _paras(fund)
    if f_texts or has_budget:
        part = _text_blocks(f_texts)
        if has_budget:
            totals = psvc.budget_totals(plan)
            cols = used_budget_columns(plan)
            col = BudgetColumn.PLANNED if BudgetColumn.PLANNED in cols else cols[0]
            part.append(body(
                f"Tổng kinh phí ({col.label.lower()}): {format_number(totals.total[col])} triệu đồng "
                f"(chi tiết tại Phụ lục II)."))
        parts.append(((fund.title if fund else "KINH PHÍ THỰC HIỆN").upper(), part))

    # V. organisation
    org = _section(plan, "organisation")
    if _paras(org):
        parts.append((org.title.upper(), _text_blocks(_paras(org))))  # type: ignore[union-attr]

    for i, (h, content) in enumerate(parts, 1):
        blocks.append(heading(f"{rules.numeral(common.roman(i))} {h}"))
        blocks += content
    end_content(blocks)
    if party:
        blocks.append(formats.party_signature(rules, issuer, plan.signer, plan.recipients))
        ref = formats.party_reference_line(rules, "Kế hoạch", "KH", issuer, unit, plan.number, plan.issue_date)
    else:
        blocks.append(common.signature(plan.signer, plan.recipients, unit.drafter_code))
        ref = common.reference_line("Kế hoạch", "KH", unit, plan.number, plan.issue_date)

    sections = [Section(blocks, PORTRAIT)]
    rule = 0.45 * 72 / 25.4 * 60  # a short line under the appendix heading (about 27 mm)
    ap1: list[Block] = appendix_heading("Phụ lục I", f"NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM {plan.year}", ref, rule)
    ap1.append(task_table(groups))
    sections.append(Section(ap1, LANDSCAPE))
    if has_budget:
        ap2: list[Block] = appendix_heading("Phụ lục II", f"KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM {plan.year}",
                                            ref, rule)
        ap2.append(budget_table(plan))
        sections.append(Section(ap2, LANDSCAPE))
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
