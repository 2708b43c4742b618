"""Criteria sets and how a commune's self-assessment is scored.

A criteria set (``bộ tiêu chí``) is data a province publishes: groups with their
maximum points, criteria with a scoring method, optional bonus and deduction
groups with caps, and grades by total. This module holds the domain types and
the scoring arithmetic only; loading and validating a set from JSON lives in
``desktop.services.criteria``.

All arithmetic is ``Decimal`` rounded half-up to two places, as the published
rules say ("làm tròn đến 2 chữ số thập phân").
"""

from __future__ import annotations

import ast
import enum
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

TWO = Decimal("0.01")
HUNDRED = Decimal(100)
ZERO = Decimal(0)


def r2(x: Decimal) -> Decimal:
    """Round half-up to two decimals."""
    return x.quantize(TWO, rounding=ROUND_HALF_UP)


class Method(str, enum.Enum):
    """How a criterion is scored (see scoring.md §5.4)."""

    BINARY = "binary"  # has / has not
    BANDS = "bands"  # points by bands on a value (e.g. meetings a year: 4 -> 20, 3 -> 15, ...)
    RATIO = "ratio"  # a/b x max
    RATIO_THRESHOLD = "ratio_threshold"  # full at >= T %, else ratio x max / T
    FORMULA = "formula"  # a percentage computed from the commune's own measured values
    COUNT = "count"  # counted items, points per item, capped at the maximum
    SYSTEM = "system"  # a figure measured by a national system, typed in with its source
    ROLE = "role"  # points by who holds a role (head: full, deputy: half, none: 0)
    PARTS = "parts"  # independent sub-conditions, each worth a share of the maximum

    @property
    def label(self) -> str:
        return {
            "binary": "Có/không",
            "bands": "Theo mức",
            "ratio": "Tỷ lệ a/b",
            "ratio_threshold": "Tỷ lệ so với ngưỡng",
            "formula": "Công thức",
            "count": "Đếm số lượng",
            "system": "Số liệu hệ thống",
            "role": "Theo chức danh",
            "parts": "Theo từng nội dung",
        }[self.value]


class GroupKind(str, enum.Enum):
    MAIN = "main"
    BONUS = "bonus"
    DEDUCTION = "deduction"


class NotApplicableRule(str, enum.Enum):
    """What happens to the maximum when a criterion does not apply to a commune."""

    REDUCE_MAX = "reduce_max"  # left out of the maximum; the total is scaled back to the set's scale
    FULL_POINTS = "full_points"  # counted as fully met


class Rhythm(str, enum.Enum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"

    @property
    def label(self) -> str:
        return {"monthly": "Hằng tháng", "quarterly": "Hằng quý", "yearly": "Hằng năm"}[self.value]


@dataclass(frozen=True)
class Band:
    at_least: Decimal
    points: Decimal


@dataclass(frozen=True)
class Part:
    id: str
    text: str
    share: Decimal  # fraction of the maximum, 0..1


@dataclass(frozen=True)
class EvidenceSlot:
    kind: str  # file | document | task | system | none
    text: str


@dataclass(frozen=True)
class Criterion:
    id: str
    group: str
    text: str
    method: Method
    max: Decimal | None  # None: not published; the city must fill it in before scoring
    params: Mapping[str, Any] = field(default_factory=dict)
    not_applicable: NotApplicableRule | None = None  # None: always applies
    evidence: tuple[EvidenceSlot, ...] = ()
    source: str | None = None  # where a system figure comes from, or the row's source
    unit: str | None = None


@dataclass(frozen=True)
class Group:
    id: str
    name: str
    kind: GroupKind = GroupKind.MAIN
    max: Decimal | None = None  # MAIN: the group's maximum; BONUS/DEDUCTION: the cap
    note: str | None = None


@dataclass(frozen=True)
class Grade:
    name: str
    at_least: Decimal  # on the set's scale


@dataclass(frozen=True)
class CriteriaSet:
    id: str
    title: str
    issuer: str
    document: str | None  # "766/QĐ-TTg"
    document_date: str | None
    province: str | None  # None: national
    rhythm: Rhythm
    deadline_day: int | None  # "trước ngày N" of the month after the period
    total_max: Decimal
    groups: tuple[Group, ...]
    criteria: tuple[Criterion, ...]
    grades: tuple[Grade, ...] = ()
    version: int = 1
    format: str = "nd30"  # the self-assessment report's format: nd30 or party
    notes: tuple[str, ...] = ()

    def group(self, gid: str) -> Group:
        for g in self.groups:
            if g.id == gid:
                return g
        raise KeyError(gid)

    def criteria_of(self, gid: str) -> list[Criterion]:
        return [c for c in self.criteria if c.group == gid]

    @property
    def unknown_maxima(self) -> list[Criterion]:
        return [c for c in self.criteria if c.max is None]


# ---- answers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """What the commune entered for one criterion.

    ``value`` depends on the method: a bool (binary), a number (bands, count, system),
    ``{"a": .., "b": ..}`` (ratio, ratio_threshold), ``{"var": ..}`` (formula),
    an option key (role), a list of part ids (parts). ``not_applicable`` marks a
    criterion that does not apply (only where the set allows it).
    """

    value: Any = None
    not_applicable: bool = False


@dataclass(frozen=True)
class CriterionScore:
    criterion: Criterion
    points: Decimal | None  # None: cannot be scored yet (missing value or unknown maximum)
    effective_max: Decimal  # 0 when left out of the maximum
    missing: str | None = None  # why it has no points, in Vietnamese
    detail: str = ""  # how the points were reached, e.g. "12/15 = 80,00% ≥ 80%"
    invalid: bool = False  # the value entered cannot be right (not a number, a > b, an unknown option)


@dataclass(frozen=True)
class GroupScore:
    group: Group
    points: Decimal
    max: Decimal  # after not-applicable reductions (MAIN), or the cap (BONUS/DEDUCTION)


@dataclass(frozen=True)
class Scorecard:
    criteria_set: CriteriaSet
    criteria: tuple[CriterionScore, ...]
    groups: tuple[GroupScore, ...]
    main_points: Decimal
    main_max: Decimal
    bonus: Decimal
    deduction: Decimal
    total: Decimal  # on the set's scale: main scaled back when maxima were reduced, + bonus - deduction
    grade: str | None
    missing: tuple[CriterionScore, ...]

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def normalised(self) -> Decimal:
        """The total on a 0-1 scale, as DTI results are published."""
        if not self.criteria_set.total_max:
            return ZERO
        return (self.total / self.criteria_set.total_max).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


class ScoringError(ValueError):
    """A value that cannot be scored (the message is Vietnamese)."""


def _num(x: Any, what: str) -> Decimal:
    if isinstance(x, bool):
        raise ScoringError(f"{what}: cần một số")
    try:
        d = Decimal(str(x).strip().replace(",", ".")) if isinstance(x, str) else Decimal(x)
    except (InvalidOperation, ValueError, TypeError):
        raise ScoringError(f"{what}: cần một số, không phải '{x}'") from None
    if not d.is_finite():
        raise ScoringError(f"{what}: cần một số hữu hạn")
    return d


def _pct(a: Decimal, b: Decimal) -> Decimal:
    """a/b as a percentage; a zero denominator counts as 0 (the published common rule)."""
    if b == 0:
        return ZERO
    return a * HUNDRED / b


def threshold_points(pct: Decimal, max_pts: Decimal, full_at_pct: Decimal) -> Decimal:
    """Full points at or above the threshold, else pct x max / threshold, two decimals."""
    if pct >= full_at_pct:
        return max_pts
    if pct <= 0:
        return ZERO
    return r2(pct * max_pts / full_at_pct)


# ---- formulas --------------------------------------------------------------------------------

_BINOPS: dict[type, Callable[[Decimal, Decimal], Decimal]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


def formula_names(expr: str) -> list[str]:
    """The variable names a formula uses, in order of first use; raises on anything but arithmetic."""
    tree = _parse_formula(expr)
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id not in names:
            names.append(node.id)
    return names


def _parse_formula(expr: str) -> ast.Expression:
    if len(expr) > 500:
        raise ScoringError("Công thức quá dài (tối đa 500 ký tự)")
    try:
        tree = ast.parse(expr, mode="eval")
    except SyntaxError:
        raise ScoringError(f"Công thức '{expr}' không đúng dạng: chỉ dùng tên biến, số, + - * / và ngoặc") from None
    for node in ast.walk(tree):
        if isinstance(node, (ast.Expression, ast.BinOp, ast.UnaryOp, ast.USub, ast.UAdd, ast.Name, ast.Load)):
            continue
        if isinstance(node, ast.operator) and type(node) in _BINOPS:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            continue
        raise ScoringError(f"Công thức '{expr}' không đúng dạng: chỉ dùng tên biến, số, + - * / và ngoặc")
    return tree


def eval_formula(expr: str, values: Mapping[str, Decimal]) -> Decimal:
    """Evaluate an arithmetic formula over named values (no Python beyond + - * / and brackets)."""
    tree = _parse_formula(expr)

    def ev(node: ast.AST) -> Decimal:
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant):
            return Decimal(str(node.value))
        if isinstance(node, ast.Name):
            if node.id not in values:
                raise ScoringError(f"Thiếu giá trị '{node.id}'")
            return values[node.id]
        if isinstance(node, ast.UnaryOp):
            v = ev(node.operand)
            return -v if isinstance(node.op, ast.USub) else v
        if isinstance(node, ast.BinOp):
            left, right = ev(node.left), ev(node.right)
            if isinstance(node.op, ast.Div) and right == 0:
                return ZERO  # the published common rule: a zero denominator gives 0
            return _BINOPS[type(node.op)](left, right)
        raise ScoringError("Công thức không đúng dạng")

    return ev(tree)


# ---- one criterion ---------------------------------------------------------------------------


def _fmt(d: Decimal) -> str:
    """``2``, ``22,5``, ``66,67``: a figure as the detail of a score prints it."""
    s = f"{r2(d):f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s.replace(".", ",")


def score_criterion(c: Criterion, answer: Answer | None) -> CriterionScore:
    """Score one criterion from the commune's answer (points always to two decimals)."""
    sc = _score_criterion(c, answer)
    if sc.points is None:
        return sc
    return CriterionScore(sc.criterion, r2(sc.points), sc.effective_max, sc.missing, sc.detail, sc.invalid)


def _score_criterion(c: Criterion, answer: Answer | None) -> CriterionScore:
    if answer is not None and answer.not_applicable:
        if c.not_applicable is None:
            return CriterionScore(c, None, c.max or ZERO, "tiêu chí này áp dụng cho mọi đơn vị", invalid=True)
        if c.not_applicable is NotApplicableRule.REDUCE_MAX:
            return CriterionScore(c, ZERO, ZERO, None, "không áp dụng: không tính vào điểm tối đa")
        if c.max is None:
            return CriterionScore(c, None, ZERO, "chưa có điểm tối đa (thành phố cần bổ sung)")
        return CriterionScore(c, c.max, c.max, None, "không áp dụng: tính đủ điểm")
    if c.max is None:
        return CriterionScore(c, None, ZERO, "chưa có điểm tối đa (thành phố cần bổ sung)")
    mx = c.max
    if answer is None or answer.value is None or answer.value == "" or answer.value == {}:
        return CriterionScore(c, None, mx, "chưa nhập giá trị")
    v = answer.value
    p = c.params
    try:
        if c.method is Method.BINARY:
            yes = v is True or (isinstance(v, str) and v.strip().lower() in ("có", "co", "yes", "1", "true"))
            return CriterionScore(c, mx if yes else ZERO, mx, None, "có" if yes else "không")
        if c.method is Method.BANDS:
            x = _num(v, c.text)
            for band in sorted(_bands(p), key=lambda b: b.at_least, reverse=True):
                if x >= band.at_least:
                    return CriterionScore(c, min(band.points, mx), mx, None, f"{_fmt(x)} ≥ {_fmt(band.at_least)}")
            other = _num(p.get("else", 0), "else")
            return CriterionScore(c, min(other, mx), mx, None, f"{_fmt(x)}: mức thấp nhất")
        if c.method in (Method.RATIO, Method.RATIO_THRESHOLD):
            if not isinstance(v, Mapping) or "a" not in v or "b" not in v:
                return CriterionScore(c, None, mx, "cần cả tử số và mẫu số")
            a, b = _num(v["a"], p.get("a", "a")), _num(v["b"], p.get("b", "b"))
            if a < 0 or b < 0:
                raise ScoringError(f"{c.text}: số liệu không được âm")
            if a > b and b > 0:
                raise ScoringError(f"{c.text}: tử số ({_fmt(a)}) lớn hơn mẫu số ({_fmt(b)})")
            pct = _pct(a, b)
            if c.method is Method.RATIO:
                return CriterionScore(c, r2(pct * mx / HUNDRED), mx, None, f"{_fmt(a)}/{_fmt(b)} = {_fmt(pct)}%")
            full = _num(p.get("full_at_pct", 100), "full_at_pct")
            return CriterionScore(
                c,
                threshold_points(pct, mx, full),
                mx,
                None,
                f"{_fmt(a)}/{_fmt(b)} = {_fmt(pct)}% (đủ điểm từ {_fmt(full)}%)",
            )
        if c.method is Method.FORMULA:
            if not isinstance(v, Mapping):
                return CriterionScore(c, None, mx, "cần các giá trị của công thức")
            expr = str(p["expr"])
            names = formula_names(expr)
            missing = [n for n in names if v.get(n) in (None, "")]
            if missing:
                labels = p.get("variables", {})
                return CriterionScore(c, None, mx, "thiếu: " + ", ".join(str(labels.get(n, n)) for n in missing))
            vals = {n: _num(v[n], str(p.get("variables", {}).get(n, n))) for n in names}
            pct = max(ZERO, min(HUNDRED, eval_formula(expr, vals)))
            full = _num(p.get("full_at_pct", 100), "full_at_pct")
            return CriterionScore(c, threshold_points(pct, mx, full), mx, None, f"{expr} = {_fmt(pct)}%")
        if c.method is Method.COUNT:
            n = _num(v, c.text)
            if n < 0:
                raise ScoringError(f"{c.text}: số lượng không được âm")
            per = _num(p.get("per_item", 1), "per_item")
            return CriterionScore(c, min(r2(n * per), mx), mx, None, f"{_fmt(n)} × {_fmt(per)}")
        if c.method is Method.SYSTEM:
            if isinstance(v, Mapping):
                src = str(v.get("source") or "").strip()
                raw = v.get("value")
            else:
                src, raw = "", v
            if raw in (None, ""):
                return CriterionScore(c, None, mx, "chưa nhập số liệu của hệ thống")
            if not src and not c.source:
                return CriterionScore(c, None, mx, "cần ghi nguồn số liệu")
            x = _num(raw, c.text)
            if p.get("value_is", "pct") == "points":
                if x < 0 or x > mx:
                    raise ScoringError(f"{c.text}: điểm phải từ 0 đến {_fmt(mx)}")
                return CriterionScore(c, r2(x), mx, None, f"điểm đo trên hệ thống: {_fmt(x)}")
            if x < 0 or x > HUNDRED:
                raise ScoringError(f"{c.text}: tỷ lệ phải từ 0 đến 100")
            full = _num(p.get("full_at_pct", 100), "full_at_pct")
            return CriterionScore(c, threshold_points(x, mx, full), mx, None, f"{_fmt(x)}% (đủ điểm từ {_fmt(full)}%)")
        if c.method is Method.ROLE:
            options = {str(k): _num(s, k) for k, s in dict(p.get("options", {})).items()}
            key = str(v)
            if key not in options:
                raise ScoringError(f"{c.text}: chọn một trong {', '.join(options)}")
            return CriterionScore(c, r2(options[key] * mx), mx, None, key)
        if c.method is Method.PARTS:
            parts = {pt.id: pt for pt in _parts(p)}
            chosen = list(v) if isinstance(v, (list, tuple)) else []
            unknown = [x for x in chosen if x not in parts]
            if unknown:
                raise ScoringError(f"{c.text}: nội dung không có trong tiêu chí: {', '.join(map(str, unknown))}")
            share = sum((parts[x].share for x in set(chosen)), ZERO)
            return CriterionScore(
                c, r2(min(share, Decimal(1)) * mx), mx, None, f"{len(set(chosen))}/{len(parts)} nội dung"
            )
    except ScoringError as e:
        return CriterionScore(c, None, mx, str(e), invalid=True)
    raise ScoringError(f"Cách tính '{c.method}' chưa được hỗ trợ")


def _bands(p: Mapping[str, Any]) -> list[Band]:
    return [Band(Decimal(str(b[0])), Decimal(str(b[1]))) for b in p.get("bands", [])]


def _parts(p: Mapping[str, Any]) -> list[Part]:
    return [Part(str(x["id"]), str(x["text"]), Decimal(str(x["share"]))) for x in p.get("parts", [])]


# ---- the whole set ---------------------------------------------------------------------------


def _overridden(sc: CriterionScore, overrides: Mapping[str, Decimal | None]) -> CriterionScore:
    """A criterion's score with the assessor's points in place of the computed ones."""
    pts = overrides[sc.criterion.id]
    if pts is None:
        return sc
    return CriterionScore(sc.criterion, r2(pts), sc.effective_max, None, sc.detail, False)


def score(
    cs: CriteriaSet, answers: Mapping[str, Answer], overrides: Mapping[str, Decimal | None] | None = None
) -> Scorecard:
    """Score a self-assessment: every criterion, the groups, bonus and deductions with caps, the grade.

    ``overrides`` are points set by the city's assessor for some criteria (criterion id -> points):
    they replace what the answers give, and the groups, caps, scaling and grade follow from them.
    """
    scored = tuple(score_criterion(c, answers.get(c.id)) for c in cs.criteria)
    if overrides:
        scored = tuple(_overridden(sc, overrides) if sc.criterion.id in overrides else sc for sc in scored)
    by_id = {s.criterion.id: s for s in scored}
    groups: list[GroupScore] = []
    main_points = main_max = bonus = deduction = ZERO
    for g in cs.groups:
        items = [by_id[c.id] for c in cs.criteria_of(g.id)]
        pts = sum((s.points or ZERO for s in items), ZERO)
        if g.kind is GroupKind.MAIN:
            removed = sum(((s.criterion.max or ZERO) - s.effective_max for s in items), ZERO)
            gmax = g.max - removed if g.max is not None else sum((s.effective_max for s in items), ZERO)
            pts = min(pts, gmax)
            main_points += pts
            main_max += gmax
            groups.append(GroupScore(g, pts, gmax))
        else:
            cap = g.max if g.max is not None else pts
            pts = min(pts, cap)
            if g.kind is GroupKind.BONUS:
                bonus += pts
            else:
                deduction += pts
            groups.append(GroupScore(g, pts, cap))
    full_main = sum((g.max or ZERO for g in cs.groups if g.kind is GroupKind.MAIN), ZERO) or cs.total_max
    scaled = r2(main_points * full_main / main_max) if main_max and main_max != full_main else main_points
    total = max(ZERO, r2(scaled + bonus - deduction))
    grade = None
    for gr in sorted(cs.grades, key=lambda x: x.at_least, reverse=True):
        if total >= gr.at_least:
            grade = gr.name
            break
    missing = tuple(s for s in scored if s.missing)
    return Scorecard(
        cs, scored, tuple(groups), r2(main_points), r2(main_max), r2(bonus), r2(deduction), total, grade, missing
    )
