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

from desktop.documents import citations, common, formats
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
from desktop.models.orm import BudgetLine, Plan, PlanSection, PlanTarget, PlanTask
from desktop.services import plans as psvc
from desktop.services.doc_text import PROVINCE_BODIES
from desktop.services.doc_text import commune_lead as commune_lead
from desktop.services.doc_text import commune_task_lines as commune_task_lines
from desktop.services.doc_text import period_text as period_text
from desktop.services.doc_text import pillar_groups as pillar_groups
from desktop.services.doc_text import task_lines as task_lines
from desktop.vn import fold, format_number, short_date

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


def adapt_text(plan: Plan, text: str, has_budget: bool | None = None) -> str:
    """A stored section text as this commune's document prints it: the province's plan cited
    by kind (``Quyết định số 2260/QĐ-UBND ...``), ``tỉnh`` or ``thành phố`` as the directory
    says, appendices referred to only as printed, no ``;.``."""
    unit = plan.unit
    t = psvc.template_of(plan)
    out = text
    if t.number:  # the program's own reference to the province's plan, in its older forms
        cite = citations.template_citation(t, with_subject=False)
        for word in ("Kế hoạch", "Quyết định"):
            old = f"{word} số {t.number}"
            if t.date:
                for form in (f"{t.date.day:02d}/{t.date.month}/{t.date.year}", short_date(t.date)):
                    out = out.replace(f"{old} ngày {form} của {t.issuer}", cite)
            out = out.replace(f"{old} của {t.issuer}", cite)
    out = citations.normalise(out)
    word = common.province_word(unit)
    if word != "thành phố":
        for a, b in (
            ("chỉ tiêu của thành phố giao", f"chỉ tiêu của {word} giao"),
            ("nguồn hỗ trợ của thành phố", f"nguồn hỗ trợ của {word}"),
            ("Thành phố giao cho", f"{word.capitalize()} giao cho"),
            ("thành phố giao cho", f"{word} giao cho"),
            ("ngân sách thành phố hỗ trợ", f"ngân sách {word} hỗ trợ"),
        ):
            out = out.replace(a, b)
    budget = bool(plan.budget_lines) if has_budget is None else has_budget
    if not budget:
        out = re.sub(r"\s*\((?:chi tiết )?(?:tại|theo) Phụ lục II(?: kèm theo)?\)", "", out)
        out = re.sub(r"Phụ lục I\b(?![IVX])", "Phụ lục", out)
    out = re.sub(r";\s*\.", ".", out)
    return out


def _from_template(plan: Plan, sec: PlanSection | None) -> bool:
    """The section still holds the province's own text (copied, never edited by the commune)."""
    if sec is None or getattr(sec, "edited", False):
        return False
    ts = psvc.template_of(plan).section(sec.key)
    return ts is not None and bool(ts.text().strip()) and " ".join(ts.text().split())[:80] in " ".join(sec.text.split())


_PROVINCE_APPARATUS = re.compile(
    r"(sở, ban, ngành|sở, ngành|quận, huyện|các sở\b|các huyện|ủy ban nhân dân các quận|ubnd các quận"
    r"|người đứng đầu các cấp)",
    re.IGNORECASE,
)


def _commune_lines(plan: Plan, sec: PlanSection | None, texts: list[str]) -> list[str]:
    """A province's text copied into a commune's plan, without the lines that assign work to
    the province's own departments or speak of its apparatus (sở, ban, ngành, quận, huyện), and
    without a sub-title left with nothing under it; when nothing is left, one sentence that
    carries the province's text out within the commune's remit."""
    if not _from_template(plan, sec):
        return texts
    kept = [x for x in texts if not PROVINCE_BODIES.match(x) and not _PROVINCE_APPARATUS.search(x)]
    out: list[str] = []
    for i, x in enumerate(kept):
        is_title = bool(re.match(r"^\d+\.?\s", x)) and not x.rstrip().endswith((".", ";"))
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        if is_title and (nxt is None or re.match(r"^\d+\.?\s", nxt)):
            continue
        out.append(x)
    if len(out) < len(texts):  # the khoản left keep their numbers in sequence: 1, 2, 3
        n = 0
        for i, x in enumerate(out):
            m = re.match(r"^(\d+)(\.?)\s+", x)
            if m:
                n += 1
                out[i] = f"{n}{m.group(2)} {x[m.end() :]}"
    if texts and not out:
        t = psvc.template_of(plan)
        out = [
            f"{common.issuer_name(plan.unit)} tổ chức thực hiện các nội dung tương ứng của "
            f"{citations.template_citation(t, with_subject=False)} trong phạm vi nhiệm vụ của "
            f"{psvc.unit_phrase(plan.unit)}."
        ]
    return out


def targets_scope(plan: Plan) -> str:
    """``năm 2024``, or ``giai đoạn 2021-2025`` for the targets of a multi-year plan."""
    t = psvc.template_of(plan)
    if t.period_start != t.period_end:
        return f"giai đoạn {t.period_start}-{t.period_end}"
    return f"năm {plan.year}"


def _targets_table(plan: Plan) -> Table:
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
    groups: OrderedDict[str, list[PlanTarget]] = OrderedDict()
    for tg in plan.targets:
        groups.setdefault(tg.group_title or "", []).append(tg)
    n = 0
    for gi, (g, items) in enumerate(groups.items(), 1):
        if g:
            rows.append(
                Row([Cell(common.roman(gi), bold=True, align="center"), Cell(g, bold=True, colspan=4)], kind="group")
            )
        for tg in items:
            n += 1
            pre = "Tối đa " if tg.direction is TargetDirection.AT_MOST else ""
            ranged = tg.direction is TargetDirection.RANGE

            def shown(lo: Decimal | None, hi: Decimal | None, ranged: bool = ranged, pre: str = pre) -> str:
                if lo is None:
                    return ""
                if ranged and hi is not None and hi != lo:
                    return f"{format_number(lo)}-{format_number(hi)}"
                return pre + format_number(lo)

            own = shown(tg.value, tg.value_max)
            if tg.groups:  # values per group (level, household type, sector)
                from desktop.services.tracking import goal_words

                own = "; ".join(
                    [own] * bool(own)
                    + [
                        f"{g['name']}: "
                        + goal_words(
                            TargetDirection(g.get("direction") or tg.direction.value),
                            Decimal(g["value"]) if g.get("value") is not None else None,
                            Decimal(g["value_max"]) if g.get("value_max") is not None else None,
                            "",
                        )
                        for g in tg.groups
                    ]
                )
            rows.append(
                Row(
                    [
                        Cell(str(n), align="center"),
                        Cell(tg.text),
                        Cell(tg.unit, align="center"),
                        Cell(shown(tg.city_value, tg.city_value_max), align="center"),
                        Cell(own, align="center"),
                    ]
                )
            )
    return Table(
        [Column(12, "center"), Column(88), Column(15, "center"), Column(25, "center"), Column(25, "center")],
        header,
        rows,
        size=13,
    )


_ROMAN = re.compile(r"^[IVXLC]+$")


def template_groups(plan: Plan) -> list[tuple[str, str, list[tuple[str, PlanTask]]]]:
    """The adopted tasks as the province printed them: its groups in its order with its group
    numerals and task numbers, then the commune's own tasks in one group after them.
    Each item: (numeral, title, [(task number, task)])."""
    tasks = sorted((x for x in plan.tasks if x.adopted), key=lambda x: x.position)
    try:
        tpl = psvc.template_of(plan)
        order = {g.id: i for i, g in enumerate(tpl.task_groups)}
        printed = {t.id: t.number for g in tpl.task_groups for t in g.tasks}
        titles = {g.id: (g.number, g.title) for g in tpl.task_groups}
    except Exception:  # noqa: BLE001 - a plan without its template prints in its own order
        order, printed, titles = {}, {}, {}
    by_group: OrderedDict[str, list[PlanTask]] = OrderedDict()
    for x in sorted((x for x in tasks if x.template_ref), key=lambda x: (order.get(x.group_ref, 10**6), x.position)):
        by_group.setdefault(x.group_ref, []).append(x)
    out: list[tuple[str, str, list[tuple[str, PlanTask]]]] = []
    romans = 0
    for gi, (ref, items) in enumerate(by_group.items(), 1):
        number, title = titles.get(ref, (items[0].group_number, items[0].group_title))
        numeral = (number or "").strip() or common.roman(gi)
        if _ROMAN.match(numeral):
            romans = max(romans, _roman_value(numeral))
        numbered = [(str(printed.get(x.template_ref or "") or i), x) for i, x in enumerate(items, 1)]
        out.append((numeral, title or items[0].pillar, numbered))
    own = [x for x in tasks if x.template_ref is None]
    if own:
        who = psvc.unit_phrase(plan.unit)
        numerals = [x[0] for x in out]
        if numerals and all(x.isdigit() for x in numerals):  # the province numbers its groups 1, 2, 3
            numeral = str(max(int(x) for x in numerals) + 1)
        else:
            numeral = common.roman(max(romans, len(out)) + 1)
        out.append((numeral, f"Nhiệm vụ {who} bổ sung", [(str(i), x) for i, x in enumerate(own, 1)]))
    return out


def _roman_value(s: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        total += -v if i + 1 < len(s) and values[s[i + 1]] > v else v
    return total


def task_table(plan_or_groups: Plan | list[tuple[str, list[PlanTask]]]) -> Table:
    plan = None if isinstance(plan_or_groups, list) else plan_or_groups
    if isinstance(plan_or_groups, list):  # pillar groups, numbered in order
        groups = [
            (common.roman(gi), p, [(str(i), x) for i, x in enumerate(ts, 1)])
            for gi, (p, ts) in enumerate(plan_or_groups, 1)
        ]
    else:
        groups = template_groups(plan_or_groups)
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
        superior = psvc.template_of(plan).superior_plan if plan is not None and plan.template else None
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
            lead, coord = commune_lead(plan, t) if plan is not None else (t.lead or "", t.coordinating or "")
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


def used_budget_columns(plan: Plan) -> list[BudgetColumn]:
    cols = [c for c in psvc.BUDGET_COLUMNS if any(getattr(b, c.value) is not None for b in plan.budget_lines)]
    return cols or [BudgetColumn.PLANNED]


def budget_table(plan: Plan) -> Table:
    cols = used_budget_columns(plan)
    totals = psvc.budget_totals(plan)
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


def plan_bases(plan: Plan) -> list[str]:
    """The căn cứ texts: the line that cites the province's plan is the citation helper's
    (a decision cited as a Quyết định, with the plan it promulgates); the others repaired."""
    t = psvc.template_of(plan)
    out: list[str] = []
    for b in plan.legal_bases:
        text = b.text
        f = fold(text)
        if (
            t.number
            and fold(t.number) in f
            and (f.startswith(("ke hoach so", "quyet dinh so", "can cu ke hoach so", "can cu quyet dinh so")))
        ):
            text = citations.template_citation(t)
        out.append(text)
    return out


def build_plan(plan: Plan, *, issuer: str | None = None) -> Document:
    """The plan in the format of its issuing body (``issuer``: ``Plan.issuer`` when not
    given; a UBND plan follows Decree 30, a Party committee's Hướng dẫn 36-HD/VPTW)."""
    unit = plan.unit
    who = psvc.unit_phrase(unit)
    has_budget = bool(plan.budget_lines)
    ap_tasks, ap_budget = appendix_names(has_budget)

    def adapt(texts: list[str]) -> list[str]:
        return [adapt_text(plan, x, has_budget) for x in texts]

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
    blocks += common.basis_paragraphs(plan_bases(plan))
    blocks.append(body(f"{issuing} ban hành Kế hoạch {common.lower_first(plan.subject.strip())} như sau:"))

    groups = pillar_groups(plan.tasks)
    parts: list[tuple[str, list[Block]]] = []

    # the optional first part: the assessment of the previous year (services.plans drafts it)
    prev = psvc.previous_year_part(plan)
    if prev is not None and prev.text.strip():
        parts.append((prev.title, _text_blocks(paragraphs_of(prev.text))))

    # I. purpose, requirements and objectives
    purpose, objectives = _section(plan, "purpose"), _section(plan, "objectives")
    p_texts = adapt(_commune_lines(plan, purpose, _paras(purpose)))
    o_texts = adapt(_commune_lines(plan, objectives, _paras(objectives)))
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
                    f"Các chỉ tiêu cụ thể {targets_scope(plan)} (mức {common.province_word(unit)} "
                    f"giao cho {LEVEL_WORD.get(unit.level, 'cấp xã')} và mức {who} đăng ký):",
                    keep_with_next=True,
                )
            )
            part.append(_targets_table(plan))
    if part:
        names = [s.title for s in (purpose, objectives) if s is not None and (_paras(s) or s is objectives)]
        heading_text = " VÀ ".join(dict.fromkeys(t.upper() for t in names)) or "MỤC ĐÍCH, YÊU CẦU"
        parts.append((heading_text, part))

    # II. tasks by pillar; a task's sub-items each on its own line
    tasks_sec = _section(plan, "tasks")
    part = _text_blocks(adapt(_paras(tasks_sec)))
    for gi, (pillar, tasks) in enumerate(groups, 1):
        part.append(khoan(f"{gi}. {pillar[:1].upper() + pillar[1:]}"))
        for ti, t in enumerate(tasks):
            end = "." if ti == len(tasks) - 1 else ";"
            lines = commune_task_lines(t)
            content = lines[0].rstrip(" .;:")
            when = t.period_text or period_text(t.finish)
            lead = commune_lead(plan, t)[0]
            extra = f" (chủ trì: {lead}" if lead else ""
            if when:
                extra += ("; " if extra else " (") + f"hoàn thành: {when}"
            extra += ")" if extra else ""
            if len(lines) == 1:
                part.append(body(f"- {content}{extra}{end}"))
                continue
            part.append(body(f"- {content}{extra}:"))
            subs = [x.rstrip(" .;") for x in lines[1:]]
            for si, sub in enumerate(subs):
                mark = "" if re.match(r"^([-+•]|[a-zđ]\))\s", sub) else "+ "
                if sub.startswith("- "):
                    sub, mark = sub[2:], "+ "
                part.append(body(f"{mark}{sub}{end if si == len(subs) - 1 else ';'}"))
    parts.append(((tasks_sec.title if tasks_sec else "NHIỆM VỤ").upper(), part))

    # III. solutions (optional)
    sol = _section(plan, "solutions")
    sol_texts = adapt(_commune_lines(plan, sol, _paras(sol)))
    if sol_texts:
        parts.append((sol.title.upper(), _text_blocks(sol_texts)))  # type: ignore[union-attr]

    # IV. funding (optional; kept when there is a budget to point at)
    fund = _section(plan, "funding")
    f_texts = adapt(_commune_lines(plan, fund, _paras(fund)))
    if f_texts or has_budget:
        part = _text_blocks(f_texts)
        if has_budget:
            totals = psvc.budget_totals(plan)
            cols = used_budget_columns(plan)
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
    org_texts = adapt(_commune_lines(plan, org, _paras(org)))
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
    ap1.append(task_table(plan))
    sections.append(Section(ap1, LANDSCAPE))
    if has_budget and ap_budget:
        ap2: list[Block] = appendix_heading(ap_budget, f"KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM {plan.year}", ref, rule)
        ap2.append(budget_table(plan))
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
