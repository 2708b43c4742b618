"""Template validation in Vietnamese: the field named in words, what is wrong, an example.

A JSON Schema error (``task_groups[2].tasks[0].finish`` does not match
``^\\d{4}...``) becomes "Nhóm III, nhiệm vụ 1 — Thời gian hoàn thành: không đúng
dạng. Ví dụ: 2026, 2026-Q3, 2026-09 hoặc 2026-09-30." The technical path is kept in
brackets for the province's IT department.
"""

from __future__ import annotations

from typing import Any

from desktop.i18n import _
from desktop.models.deadline import EXAMPLE as DEADLINE_EXAMPLE

PERIOD_EXAMPLE = "2026 (cả năm), 2026-Q3 (quý III), 2026-09 (tháng 9) hoặc 2026-09-30 (ngày 30/9/2026)"
AMOUNT_EXAMPLE = "329.7 (triệu đồng, dấu chấm trước phần thập phân) hoặc - khi bảng in gạch ngang"
LEVEL_EXAMPLE = '"city" (cấp tỉnh), "commune" (cấp xã), "district" (cấp huyện cũ)'

# leaf field -> (words, example)
FIELDS: dict[str, tuple[str, str]] = {
    "format": ("Định dạng tệp", "khcds-template"),
    "schema_version": ("Phiên bản cấu trúc", "1"),
    "id": ("Mã", "ls-12-2026 (mẫu), I.1 (nhiệm vụ)"),
    "version": ("Phiên bản", "2"),
    "province_code": ("Mã tỉnh, thành phố", "20 (Lạng Sơn)"),
    "superior_plan": ("Kế hoạch cấp trên", "KH 05-KH/BCĐTW"),
    "kind": ("Loại văn bản", "KH, QĐ, CTr hoặc ĐA"),
    "number": ("Số, ký hiệu", "12/KH-UBND (văn bản), 1 hoặc I (số thứ tự)"),
    "date": ("Ngày ban hành", "2026-01-15 (năm-tháng-ngày)"),
    "place": ("Địa danh", "Lạng Sơn"),
    "issuer": ("Cơ quan ban hành", "Ủy ban nhân dân tỉnh Lạng Sơn"),
    "title": ("Tiêu đề, trích yếu", "Chuyển đổi số tỉnh Lạng Sơn năm 2026"),
    "recipients": ("Nơi nhận", '["Sở Khoa học và Công nghệ;", "UBND các xã, phường;"]'),
    "signer": ("Người ký", "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / họ tên"),
    "authority": ("Thẩm quyền ký", "TM. ỦY BAN NHÂN DÂN"),
    "deputy_prefix": ("Ký thay", "KT. CHỦ TỊCH"),
    "name": ("Họ tên", "Nguyễn Văn A"),
    "period": ("Thời kỳ kế hoạch", '{"start": 2026, "end": 2026} hoặc {"start": 2026, "end": 2030}'),
    "end": ("Năm kết thúc", "2030"),
    "from": ("Ngày bắt đầu thời kỳ", "2026-01-01"),
    "to": ("Ngày kết thúc thời kỳ", "2026-12-31"),
    "levels": ("Cấp thực hiện", LEVEL_EXAMPLE),
    "binds": ("Cấp phải đạt", LEVEL_EXAMPLE),
    "legal_bases": ("Căn cứ", "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị ..."),
    "general_objectives": ("Mục tiêu chung", "Phát triển chính quyền số ..."),
    "targets": ("Chỉ tiêu", "một danh sách chỉ tiêu"),
    "group": ("Nhóm chỉ tiêu", "Phát triển chính quyền số"),
    "text": ("Nội dung", "Tỷ lệ hồ sơ trực tuyến toàn trình"),
    "printed": ("Câu như bản in", "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%"),
    "unit": ("Đơn vị tính", "%"),
    "direction": ("Chiều chỉ tiêu", "at_least (tối thiểu), at_most (tối đa) hoặc exact (đúng bằng)"),
    "values": ("Mức giao", '{"commune": "80"}'),
    "year": ("Năm", "2026"),
    "task_groups": ("Nhóm nhiệm vụ", "một danh sách nhóm"),
    "pillar": ("Trụ cột, lĩnh vực", "Chính quyền số"),
    "source": ("Vị trí trong văn bản", "Phụ lục I"),
    "tasks": ("Nhiệm vụ", "một danh sách nhiệm vụ"),
    "content": ("Nội dung nhiệm vụ", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"),
    "lead": ("Cơ quan chủ trì", "Sở Khoa học và Công nghệ; với cấp xã: UBND xã; công chức Văn hóa - Xã hội"),
    "coordinating": ("Cơ quan phối hợp", "Công an tỉnh; UBND các xã, phường"),
    "support": ("Cơ quan hỗ trợ", "Cục Chuyển đổi số quốc gia"),
    "product": ("Sản phẩm", "Quyết định ban hành quy chế"),
    "start": ("Thời gian bắt đầu", PERIOD_EXAMPLE),
    "finish": ("Thời gian hoàn thành", PERIOD_EXAMPLE),
    "period_text": ("Thời gian (như bản in)", "Quý III/2026"),
    "superior_ref": ("Nhiệm vụ theo kế hoạch cấp trên", "III.2.b"),
    "deadline": ("Thời hạn", DEADLINE_EXAMPLE),
    "offset": ("Số ngày, số tháng", "30"),
    "event": ("Sự kiện", "Trung ương ban hành"),
    "every": ("Chu kỳ", "week, month, quarter, half, year hoặc continuous (thường xuyên)"),
    "units": ("Đơn vị được giao", '["06325"] (mã 5 chữ số của xã, phường trong danh mục)'),
    "commune": ("Phần của cấp xã", '{"lead": "UBND xã; công chức Văn hóa - Xã hội"}'),
    "budget": ("Kinh phí", '{"unit": "triệu đồng", "sections": [...]}'),
    "sections": ("Phần, mục", "một danh sách"),
    "columns": ("Các cột", '[{"key": "approved", "label": "Kinh phí được duyệt"}]'),
    "label": ("Tên cột", "Kinh phí được duyệt"),
    "groups": ("Nhóm", "một danh sách nhóm"),
    "lines": ("Dòng", "một danh sách dòng"),
    "amounts": ("Số tiền", '{"approved": "329.7"}'),
    "printed_total": ("Tổng như bản in", '{"approved": "1158.7"}'),
    "has_lead_column": ("Có cột đơn vị chủ trì", "true hoặc false"),
    "note": ("Ghi chú", "..."),
    "summary": ("Bảng tổng hợp kinh phí", "..."),
    "rows": ("Các dòng", "..."),
    "task": ("Nội dung dòng", "Nâng cấp hạ tầng mạng"),
    "paragraphs": ("Các đoạn văn", '["Đoạn thứ nhất."]'),
    "children": ("Mục con", "một danh sách mục"),
    "key": ("Loại", "purpose, objectives, tasks, solutions, funding, organisation ..."),
    "reporting": ("Chế độ báo cáo", "một danh sách"),
    "frequency": ("Kỳ báo cáo", "plan, month, quarter, half_year, year hoặc adhoc"),
    "notes": ("Ghi chú", "..."),
    "parent_body": ("Cơ quan chủ quản", "..."),
    "urgency": ("Độ khẩn", "HỎA TỐC"),
    "attached_plan_title": ("Tên kế hoạch kèm theo", "..."),
    "source_note": ("Ghi chú nguồn", "..."),
}
CONTEXT_FIELDS: dict[tuple[str | None, str | None], tuple[str, str]] = {
    ("document", "number"): ("Số, ký hiệu văn bản", "12/KH-UBND"),
    ("document", "title"): ("Trích yếu", "Chuyển đổi số tỉnh Lạng Sơn năm 2026"),
    ("period", "start"): ("Năm bắt đầu", "2026"),
    ("reporting", "deadline"): ("Hạn báo cáo", "12-15 (ngày 15/12 hằng năm)"),
    ("units", None): ("Đơn vị được giao", "06325 (mã 5 chữ số của xã, phường trong danh mục)"),
    ("groups", "printed"): ("Cộng của nhóm như bản in", '{"approved": "28080"}'),  # a budget group's amounts
}
CONTAINERS = {
    "task_groups": _("Nhóm nhiệm vụ"),
    "tasks": _("nhiệm vụ"),
    "targets": _("Chỉ tiêu"),
    "legal_bases": _("Căn cứ"),
    "general_objectives": _("Mục tiêu chung"),
    "sections": _("Mục"),
    "children": _("mục con"),
    "reporting": _("Chế độ báo cáo"),
    "groups": _("nhóm"),
    "lines": _("dòng"),
    "rows": _("dòng"),
    "columns": _("cột"),
    "recipients": _("Nơi nhận"),
    "units": _("đơn vị"),
}
JSON_TYPES = {
    "string": _("chữ"),
    "integer": _("số nguyên"),
    "number": _("số"),
    "object": _("một mục có các trường"),
    "array": _("một danh sách"),
    "boolean": _("true hoặc false"),
    "null": _("null (để trống)"),
}


def where_words(path: list[Any], data: Any) -> str:
    """``task_groups[2].tasks[0]`` -> ``Nhóm III, nhiệm vụ 1``, from the template's own numbering."""
    parts: list[str] = []
    node = data
    i = 0
    while i < len(path):
        p = path[i]
        nxt = path[i + 1] if i + 1 < len(path) else None
        child = node[p] if isinstance(node, (dict, list)) and _has(node, p) else None
        if isinstance(p, str) and isinstance(nxt, int) and p in CONTAINERS:
            item = child[nxt] if isinstance(child, list) and 0 <= nxt < len(child) else None
            num = item.get("number") if isinstance(item, dict) else None
            label = CONTAINERS[p]
            parts.append(f"{label} {num if num else nxt + 1}")
            node = item
            i += 2
            continue
        if isinstance(p, str) and p == "budget":
            parts.append(_("Kinh phí"))
        elif isinstance(p, str) and p == "document":
            parts.append(_("Văn bản"))
        node = child
        i += 1
    text = ", ".join(parts)
    return text[:1].upper() + text[1:] if text else ""


def _has(node: Any, p: Any) -> bool:
    if isinstance(node, dict):
        return p in node
    return isinstance(node, list) and isinstance(p, int) and 0 <= p < len(node)


def field_words(path: list[Any]) -> tuple[str, str]:
    """(the field in words, an example of the right form) for an error's path."""
    names = [p for p in path if isinstance(p, str)]
    leaf = names[-1] if names else None
    parent = names[-2] if len(names) > 1 else None
    if path and isinstance(path[-1], int) and leaf == "units":
        return CONTEXT_FIELDS[("units", None)]
    if (parent, leaf) in CONTEXT_FIELDS:
        return CONTEXT_FIELDS[(parent, leaf)]
    if "deadline" in names and leaf != "deadline":
        if leaf in ("kind", "period", "text"):
            return FIELDS["deadline"]
        words, example = FIELDS.get(leaf or "", (leaf or "", "..."))
        return f"{FIELDS['deadline'][0]}, {words.lower()}", example
    if parent in ("values", "amounts", "printed", "printed_total"):
        return (_("Số tiền") if parent != "values" else _("Mức giao")), AMOUNT_EXAMPLE
    if leaf is None:
        return _("Mẫu kế hoạch"), _("một tệp JSON như bản thảo do khcds template draft tạo ra")
    return FIELDS.get(leaf, (leaf, "..."))


def explain(err: Any, data: Any) -> tuple[str, str]:
    """(where and which field, what is wrong with an example) for a jsonschema error."""
    path = list(err.absolute_path)
    v = err.validator
    if v == "required":
        missing = err.message.split("'")[1] if "'" in err.message else "?"
        words, example = field_words(path + [missing])
        what = _('thiếu mục "{f}" ({name})').format(f=missing, name=words)
        return _location(path, data, None), _("{what}. Ví dụ: {ex}").format(what=what, ex=example)
    if v == "additionalProperties":
        extra = (
            ", ".join(sorted(set(err.instance) - set(err.schema.get("properties", {}))))
            if isinstance(err.instance, dict)
            else "?"
        )
        return _location(path, data, None), _(
            "có mục không thuộc mẫu: {x}. Hãy xóa hoặc sửa tên mục (xem bản thảo do khcds template draft tạo ra)."
        ).format(x=extra)
    words, example = field_words(path)
    loc = _location(path, data, words)
    if v == "type":
        want = err.validator_value if isinstance(err.validator_value, list) else [err.validator_value]
        kinds = _(" hoặc ").join(JSON_TYPES.get(k, str(k)) for k in want)
        return loc, _("phải là {k}. Ví dụ: {ex}").format(k=kinds, ex=example)
    if v in ("pattern", "format", "oneOf", "anyOf"):
        return loc, _("không đúng dạng. Ví dụ: {ex}").format(ex=example)
    if v in ("enum", "const"):
        allowed = err.validator_value if v == "enum" else [err.validator_value]
        return loc, _("phải là một trong: {a}. Ví dụ: {ex}").format(a=", ".join(map(str, allowed)), ex=example)
    if v == "minLength":
        if err.validator_value <= 1:
            return loc, _("không được để trống. Ví dụ: {ex}").format(ex=example)
        return loc, _("quá ngắn (ít nhất {n} ký tự). Ví dụ: {ex}").format(n=err.validator_value, ex=example)
    if v == "maxLength":
        return loc, _("dài quá {n} ký tự ({m} ký tự); hãy viết gọn lại.").format(
            n=err.validator_value, m=len(err.instance) if isinstance(err.instance, str) else "?"
        )
    if v in ("minimum", "exclusiveMinimum"):
        return loc, _("phải từ {n} trở lên. Ví dụ: {ex}").format(n=err.validator_value, ex=example)
    if v in ("maximum", "exclusiveMaximum"):
        return loc, _("không được quá {n}. Ví dụ: {ex}").format(n=err.validator_value, ex=example)
    if v == "minItems":
        return loc, _("phải có ít nhất {n} mục. Ví dụ: {ex}").format(n=err.validator_value, ex=example)
    if v == "maxItems":
        return loc, _("có quá nhiều mục (tối đa {n}).").format(n=err.validator_value)
    if v == "uniqueItems":
        return loc, _("có giá trị lặp lại; mỗi giá trị chỉ ghi một lần. Ví dụ: {ex}").format(ex=example)
    if v == "minProperties":
        return loc, _("phải có ít nhất {n} giá trị. Ví dụ: {ex}").format(n=err.validator_value, ex=example)
    if v == "propertyNames":
        return loc, _("có tên mục không hợp lệ. Ví dụ: {ex}").format(ex=example)
    return loc, _("không hợp lệ. Ví dụ: {ex}").format(ex=example)


def _location(path: list[Any], data: Any, words: str | None) -> str:
    from desktop.services.templates import field_path

    where = where_words(path, data)
    head = ", ".join(x for x in (where, words) if x) or _("Mẫu kế hoạch")
    return f"{head} [{field_path(path)}]"
