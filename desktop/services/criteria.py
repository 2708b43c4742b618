"""Criteria sets: reading a set from its JSON form, checking it in Vietnamese, the built-in sets.

A set is published by a province (or built in: QĐ 766/QĐ-TTg applies to every
commune). The JSON form is the one the city's editor writes and the signed
package carries; every message names the field in words and gives an example
of the right form.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from desktop.errors import UserError
from desktop.i18n import _
from desktop.models.scoring import (
    CriteriaSet,
    Criterion,
    EvidenceSlot,
    Grade,
    Group,
    GroupKind,
    Method,
    NotApplicableRule,
    Rhythm,
    ScoringError,
    formula_names,
)
from desktop.resources import resource_path

FORMAT = "khcds-criteria/1"
MAX_TEXT = 2000
MAX_CRITERIA = 500
EVIDENCE_KINDS = ("file", "document", "task", "system", "none")
# figures the plan's tracking knows, offered to the official for a criterion (params.prefill)
PREFILL_SOURCES = ("tasks_on_time", "budget_disbursed", "targets_met")


class CriteriaError(UserError):
    """A criteria set that does not validate; the message names the field and shows the right form."""


def _where(cid: str | None) -> str:
    return _("tiêu chí {id}").format(id=cid) if cid else _("bộ tiêu chí")


def _dec(value: Any, field: str, cid: str | None, *, allow_none: bool = False) -> Decimal | None:
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise CriteriaError(
            _("{where}: {field} phải là một số, ví dụ 20 hoặc 2.5").format(where=_where(cid), field=field)
        )
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        raise CriteriaError(
            _("{where}: {field} phải là một số, ví dụ 20 hoặc 2.5").format(where=_where(cid), field=field)
        ) from None
    if not d.is_finite() or d < 0 or d > 100000:
        raise CriteriaError(_("{where}: {field} phải từ 0 đến 100.000").format(where=_where(cid), field=field))
    return d


def _text(obj: dict[str, Any], key: str, field: str, cid: str | None, *, required: bool = True) -> str | None:
    v = obj.get(key)
    if v is None and not required:
        return None
    if not isinstance(v, str) or not v.strip():
        raise CriteriaError(_("{where}: thiếu {field}").format(where=_where(cid), field=field))
    if len(v) > MAX_TEXT or any(ord(ch) < 32 and ch not in "\n\t" for ch in v):
        raise CriteriaError(
            _("{where}: {field} dài quá {n} ký tự hoặc có ký tự điều khiển").format(
                where=_where(cid), field=field, n=MAX_TEXT
            )
        )
    return v.strip()


def _method_params(cid: str, method: Method, params: Any) -> dict[str, Any]:
    if params is None:
        params = {}
    if not isinstance(params, dict):
        raise CriteriaError(_("{where}: cách tính phải là một đối tượng").format(where=_where(cid)))
    if method is Method.BANDS:
        bands = params.get("bands")
        if not isinstance(bands, list) or not bands or not all(isinstance(b, list) and len(b) == 2 for b in bands):
            raise CriteriaError(
                _(
                    "{where}: các mức điểm ghi dạng [[giá trị tối thiểu, điểm], ...], "
                    "ví dụ [[4, 20], [3, 15], [2, 10], [1, 5]]"
                ).format(where=_where(cid))
            )
        for b in bands:
            _dec(b[0], _("giá trị của mức"), cid)
            _dec(b[1], _("điểm của mức"), cid)
        _dec(params.get("else", 0), _("điểm khi không đạt mức nào"), cid)
    elif method in (Method.RATIO_THRESHOLD, Method.SYSTEM, Method.FORMULA):
        full = _dec(params.get("full_at_pct", 100), _("ngưỡng đạt điểm tối đa (%)"), cid)
        assert full is not None
        if full <= 0 or full > 100:
            raise CriteriaError(
                _("{where}: ngưỡng đạt điểm tối đa phải từ trên 0 đến 100%, ví dụ 80").format(where=_where(cid))
            )
        if method is Method.SYSTEM and params.get("value_is", "pct") not in ("pct", "points"):
            raise CriteriaError(
                _("{where}: số liệu hệ thống là tỷ lệ (pct) hoặc điểm (points)").format(where=_where(cid))
            )
        if method is Method.FORMULA:
            expr = params.get("expr")
            if not isinstance(expr, str) or not expr.strip():
                raise CriteriaError(
                    _('{where}: thiếu công thức, ví dụ "100 - (qua_han + dislike)"').format(where=_where(cid))
                )
            try:
                names = formula_names(expr)
            except ScoringError as e:
                raise CriteriaError(f"{_where(cid)}: {e}") from None
            labels = params.get("variables")
            if not isinstance(labels, dict) or set(names) - set(labels):
                raise CriteriaError(
                    _(
                        '{where}: mỗi biến của công thức cần một tên gọi trong "variables", '
                        'ví dụ {{"qua_han": "Tỷ lệ hồ sơ quá hạn (%)"}}'
                    ).format(where=_where(cid))
                )
    elif method is Method.COUNT:
        _dec(params.get("per_item", 1), _("điểm cho mỗi đơn vị đếm"), cid)
    elif method is Method.ROLE:
        options = params.get("options")
        if not isinstance(options, dict) or not options:
            raise CriteriaError(
                _('{where}: các chức danh ghi dạng {{"Chủ tịch": 1, "Phó Chủ tịch": 0.5, "Không có": 0}}').format(
                    where=_where(cid)
                )
            )
        for k, v in options.items():
            d = _dec(v, _("tỷ lệ điểm của '{k}'").format(k=k), cid)
            if d is not None and d > 1:
                raise CriteriaError(
                    _("{where}: tỷ lệ điểm của '{k}' phải từ 0 đến 1, ví dụ 0.5").format(where=_where(cid), k=k)
                )
    elif method is Method.PARTS:
        parts = params.get("parts")
        if not isinstance(parts, list) or not parts:
            raise CriteriaError(
                _('{where}: các nội dung ghi dạng [{{"id": "a", "text": "...", "share": 0.5}}, ...]').format(
                    where=_where(cid)
                )
            )
        total = Decimal(0)
        for part in parts:
            if (
                not isinstance(part, dict)
                or not isinstance(part.get("id"), str)
                or not isinstance(part.get("text"), str)
            ):
                raise CriteriaError(_("{where}: mỗi nội dung cần mã (id) và nội dung (text)").format(where=_where(cid)))
            share = _dec(part.get("share"), _("tỷ lệ điểm của nội dung {p}").format(p=part["id"]), cid)
            total += share or 0
        if total != 1:
            raise CriteriaError(
                _("{where}: tỷ lệ điểm của các nội dung phải cộng lại bằng 1 (đang là {t})").format(
                    where=_where(cid), t=total
                )
            )
    prefill = params.get("prefill")
    if prefill is not None and prefill not in PREFILL_SOURCES:
        raise CriteriaError(
            _("{where}: số liệu lấy từ theo dõi kế hoạch là một trong: {all}").format(
                where=_where(cid), all=", ".join(PREFILL_SOURCES)
            )
        )
    return params


def parse(data: Any, *, source: str = "") -> CriteriaSet:
    """A criteria set from its JSON form; raises CriteriaError (Vietnamese, names the field)."""
    prefix = f"{source}: " if source else ""
    try:
        return _parse(data)
    except CriteriaError as e:
        raise CriteriaError(prefix + e.message) from None


def _parse(data: Any) -> CriteriaSet:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CriteriaError(_('Không phải bộ tiêu chí của KHCĐS (cần "format": "{f}")').format(f=FORMAT))
    sid = _text(data, "id", _("mã bộ tiêu chí"), None)
    assert sid is not None
    title = _text(data, "title", _("tên bộ tiêu chí"), None)
    issuer = _text(data, "issuer", _("cơ quan ban hành"), None)
    try:
        rhythm = Rhythm(data.get("rhythm"))
    except ValueError:
        raise CriteriaError(
            _("bộ tiêu chí: kỳ đánh giá phải là monthly (hằng tháng), quarterly (hằng quý) hoặc yearly (hằng năm)")
        ) from None
    deadline = data.get("deadline_day")
    if deadline is not None and (
        not isinstance(deadline, int) or isinstance(deadline, bool) or not 1 <= deadline <= 28
    ):
        raise CriteriaError(_("bộ tiêu chí: hạn gửi là một ngày trong tháng từ 1 đến 28, ví dụ 20 (trước ngày 20)"))
    total = _dec(data.get("total_max"), _("tổng điểm tối đa"), None)
    assert total is not None
    fmt = data.get("format_document", "nd30")
    if fmt not in ("nd30", "party"):
        raise CriteriaError(_("bộ tiêu chí: thể thức báo cáo là nd30 (Nghị định 30) hoặc party (văn bản của Đảng)"))

    raw_groups = data.get("groups")
    if not isinstance(raw_groups, list) or not raw_groups:
        raise CriteriaError(_("bộ tiêu chí: thiếu các nhóm tiêu chí"))
    groups: list[Group] = []
    for g in raw_groups:
        if not isinstance(g, dict):
            raise CriteriaError(_('bộ tiêu chí: mỗi nhóm ghi dạng {"id": "1", "name": "Nhận thức số", "max": 100}'))
        gid = _text(g, "id", _("mã nhóm"), None)
        assert gid is not None
        if any(x.id == gid for x in groups):
            raise CriteriaError(_("bộ tiêu chí: mã nhóm {id} bị trùng").format(id=gid))
        try:
            kind = GroupKind(g.get("kind", "main"))
        except ValueError:
            raise CriteriaError(
                _("nhóm {id}: loại nhóm là main (chính), bonus (điểm thưởng) hoặc deduction (điểm trừ)").format(id=gid)
            ) from None
        groups.append(
            Group(
                gid,
                _text(g, "name", _("tên nhóm"), None) or "",
                kind,
                _dec(g.get("max"), _("điểm tối đa của nhóm"), None, allow_none=True),
                _text(g, "note", _("ghi chú"), None, required=False),
            )
        )

    raw = data.get("criteria")
    if not isinstance(raw, list) or not raw:
        raise CriteriaError(_("bộ tiêu chí: chưa có tiêu chí nào"))
    if len(raw) > MAX_CRITERIA:
        raise CriteriaError(_("bộ tiêu chí: quá {n} tiêu chí").format(n=MAX_CRITERIA))
    criteria: list[Criterion] = []
    gids = {g.id for g in groups}
    for c in raw:
        if not isinstance(c, dict):
            raise CriteriaError(_("bộ tiêu chí: mỗi tiêu chí là một đối tượng có id, group, text, max, method"))
        cid = _text(c, "id", _("mã tiêu chí"), None)
        assert cid is not None
        if any(x.id == cid for x in criteria):
            raise CriteriaError(_("bộ tiêu chí: mã tiêu chí {id} bị trùng").format(id=cid))
        group = c.get("group")
        if group not in gids:
            raise CriteriaError(
                _("{where}: nhóm '{g}' không có trong bộ tiêu chí (các nhóm: {all})").format(
                    where=_where(cid), g=group, all=", ".join(sorted(gids))
                )
            )
        try:
            method = Method(c.get("method"))
        except ValueError:
            raise CriteriaError(
                _("{where}: cách tính phải là một trong: {all}").format(
                    where=_where(cid), all=", ".join(m.value for m in Method)
                )
            ) from None
        mx = _dec(c.get("max"), _("điểm tối đa"), cid, allow_none=True)
        na = c.get("not_applicable")
        try:
            na_rule = NotApplicableRule(na) if na is not None else None
        except ValueError:
            raise CriteriaError(
                _(
                    "{where}: khi không áp dụng ghi reduce_max (không tính vào điểm tối đa) "
                    "hoặc full_points (tính đủ điểm)"
                ).format(where=_where(cid))
            ) from None
        evidence: list[EvidenceSlot] = []
        for ev in c.get("evidence") or []:
            if not isinstance(ev, dict) or ev.get("kind") not in EVIDENCE_KINDS:
                raise CriteriaError(
                    _(
                        '{where}: minh chứng ghi dạng {{"kind": "document", "text": "Quyết định thành lập '
                        'Ban Chỉ đạo"}}; kind là file, document, task, system hoặc none'
                    ).format(where=_where(cid))
                )
            evidence.append(
                EvidenceSlot(ev["kind"], _text(ev, "text", _("nội dung minh chứng"), cid, required=False) or "")
            )
        params = _method_params(cid, method, c.get("params"))
        criteria.append(
            Criterion(
                id=cid,
                group=group,
                text=_text(c, "text", _("nội dung tiêu chí"), cid) or "",
                method=method,
                max=mx,
                params=params,
                not_applicable=na_rule,
                evidence=tuple(evidence),
                source=_text(c, "source", _("nguồn số liệu"), cid, required=False),
                unit=_text(c, "unit", _("đơn vị tính"), cid, required=False),
            )
        )

    # cross-checks: the criteria of a group add up to its maximum; the main groups to the total
    for g in groups:
        items = [c for c in criteria if c.group == g.id]
        if not items:
            raise CriteriaError(_("nhóm {id} ({name}): chưa có tiêu chí nào").format(id=g.id, name=g.name))
        known = [c.max for c in items if c.max is not None]
        s = sum(known, Decimal(0))
        if g.kind is GroupKind.MAIN and g.max is not None:
            if len(known) == len(items) and s != g.max:
                raise CriteriaError(
                    _(
                        "nhóm {id} ({name}): điểm tối đa của các tiêu chí cộng lại là {s}, khác điểm tối đa của "
                        "nhóm {m}"
                    ).format(id=g.id, name=g.name, s=s, m=g.max)
                )
            if s > g.max:
                raise CriteriaError(
                    _("nhóm {id} ({name}): điểm tối đa của các tiêu chí ({s}) vượt điểm tối đa của nhóm {m}").format(
                        id=g.id, name=g.name, s=s, m=g.max
                    )
                )
    main_sum = sum((g.max or Decimal(0) for g in groups if g.kind is GroupKind.MAIN), Decimal(0))
    if all(g.max is not None for g in groups if g.kind is GroupKind.MAIN) and main_sum != total:
        raise CriteriaError(
            _("bộ tiêu chí: điểm tối đa các nhóm chính cộng lại là {s}, khác tổng điểm tối đa {t}").format(
                s=main_sum, t=total
            )
        )
    grades: list[Grade] = []
    for gr in data.get("grades") or []:
        if not isinstance(gr, dict):
            raise CriteriaError(_('bộ tiêu chí: xếp loại ghi dạng {"name": "Tốt", "at_least": 80}'))
        at = _dec(gr.get("at_least"), _("điểm tối thiểu của xếp loại"), None)
        assert at is not None
        if at > total:
            raise CriteriaError(
                _("bộ tiêu chí: xếp loại '{n}' cần {a} điểm, vượt tổng điểm tối đa {t}").format(
                    n=gr.get("name"), a=at, t=total
                )
            )
        grades.append(Grade(_text(gr, "name", _("tên xếp loại"), None) or "", at))
    if len({g.at_least for g in grades}) != len(grades):
        raise CriteriaError(_("bộ tiêu chí: hai xếp loại có cùng điểm tối thiểu"))
    version = data.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CriteriaError(_("bộ tiêu chí: phiên bản là số nguyên từ 1, ví dụ 2"))
    notes = data.get("notes") or []
    return CriteriaSet(
        id=sid,
        title=title or "",
        issuer=issuer or "",
        document=_text(data, "document", _("số văn bản"), None, required=False),
        document_date=_text(data, "document_date", _("ngày văn bản"), None, required=False),
        province=_text(data, "province", _("mã tỉnh"), None, required=False),
        rhythm=rhythm,
        deadline_day=deadline,
        total_max=total,
        groups=tuple(groups),
        criteria=tuple(criteria),
        grades=tuple(grades),
        version=version,
        format=fmt,
        notes=tuple(str(n) for n in notes if isinstance(n, str)),
    )


def load_file(path: Path) -> CriteriaSet:
    try:
        raw = path.read_bytes()
    except OSError:
        raise CriteriaError(_("Không đọc được tệp {name}").format(name=path.name)) from None
    return _load_bytes(raw, path.name)


def _load_bytes(raw: bytes, name: str) -> CriteriaSet:
    if len(raw) > 5_000_000:
        raise CriteriaError(_("{name}: tệp quá lớn cho một bộ tiêu chí").format(name=name))
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise CriteriaError(_("{name}: không phải tệp JSON hợp lệ").format(name=name)) from None
    return parse(data, source=name)


def builtin_dir() -> Path:
    return resource_path("criteria")


@dataclass(frozen=True)
class BuiltinFile:
    """A shipped criteria set file: its text, the hash of that text and the set it holds."""

    path: Path
    text: str
    sha256: str
    criteria_set: CriteriaSet


# per process: each shipped file parsed and checked once per content hash
_cache: dict[str, BuiltinFile] = {}


def _builtin_file(path: Path) -> BuiltinFile:
    try:
        raw = path.read_bytes()
    except OSError:
        raise CriteriaError(_("Không đọc được tệp {name}").format(name=path.name)) from None
    sha = hashlib.sha256(raw).hexdigest()
    hit = _cache.get(sha)
    if hit is not None and hit.path == path:
        return hit
    cs = _load_bytes(raw, path.name)
    text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as read_text() reads it
    bf = BuiltinFile(path, text, hashlib.sha256(text.encode("utf-8")).hexdigest(), cs)
    _cache[sha] = bf
    return bf


def builtin_files() -> list[BuiltinFile]:
    """The shipped criteria set files, each read and checked once per process (again only if it changed)."""
    return [_builtin_file(p) for p in sorted(builtin_dir().glob("*.json"))]


def builtin_sets() -> list[CriteriaSet]:
    """The criteria sets shipped with the program (QĐ 766/QĐ-TTg; an example provincial commune DTI)."""
    return [f.criteria_set for f in builtin_files()]


def builtin(set_id: str) -> CriteriaSet:
    for cs in builtin_sets():
        if cs.id == set_id:
            return cs
    raise UserError(_("Không có bộ tiêu chí {id}").format(id=set_id))
