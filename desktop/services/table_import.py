"""A province's task table (XLSX or DOCX) -> a template draft.

A real appendix has title lines, then a header row (STT, Nhiệm vụ, Cơ quan chủ
trì, Cơ quan phối hợp, Sản phẩm, Thời hạn, often the task's number in the
superior plan), sometimes a row of column numbers, Roman-numeral group rows,
merged cells, and rows that continue the previous task after a page break
(empty STT). ``read_table`` turns it into groups and tasks and says what it
could not read; ``draft_from_table`` makes a template document that publishes
as it is; ``blank_draft`` makes an empty one to fill in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.errors import UserError
from desktop.i18n import _
from desktop.models import directory
from desktop.models.deadline import Deadline
from desktop.models.enums import Level
from desktop.vn import fold, short_date

MAX_TABLE_BYTES = 30 * 1024 * 1024
MAX_UNPACKED_BYTES = 300 * 1024 * 1024  # XLSX and DOCX are zips: refuse a bomb before opening it
MAX_ROWS = 5000
HEADER_SCAN = 40

# column key -> folded header words (checked in this order; the first match wins)
COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "superior_ref",
        (
            "theo kh",
            "theo ke hoach",
            "kh cap tren",
            "ke hoach cap tren",
            "nv theo",
            "nhiem vu theo",
            "nhiem vu tai",
            "nv tai",
            "ma nv",
            "ma nhiem vu",
            "tham chieu",
            "bcdtw",
            "so hieu nv",
        ),
    ),
    ("stt", ("stt", "tt", "so tt", "so thu tu", "thu tu")),
    ("coordinating", ("phoi hop",)),
    ("lead", ("chu tri", "thuc hien", "don vi chu tri", "co quan chu tri", "trach nhiem")),
    ("product", ("san pham", "ket qua dau ra", "ket qua")),
    ("deadline", ("thoi han", "thoi gian", "tien do", "hoan thanh")),
    ("scope", ("cap thuc hien", "pham vi", "ap dung", "doi tuong", "dia ban")),
    ("content", ("nhiem vu", "noi dung", "ten nhiem vu", "giai phap", "hoat dong", "cong viec")),
)
LABELS = {
    "stt": "STT",
    "superior_ref": "Nhiệm vụ theo kế hoạch cấp trên",
    "content": "Nhiệm vụ",
    "lead": "Cơ quan chủ trì",
    "coordinating": "Cơ quan phối hợp",
    "product": "Sản phẩm",
    "deadline": "Thời hạn",
    "scope": "Cấp thực hiện",
}
ROMAN = re.compile(r"^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})$")
GROUP_HEAD = re.compile(r"^(?P<n>(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3}))[.:)]?\s+(?P<t>\S.*)$")
COLUMN_NUMBERS = re.compile(r"^\(?\d{1,2}\)?$")
PILLARS = (
    ("the che", "Thể chế số"),
    ("ha tang", "Hạ tầng số"),
    ("nhan luc", "Nhân lực số"),
    ("an toan", "An toàn thông tin mạng"),
    ("an ninh mang", "An toàn thông tin mạng"),
    ("du lieu", "Dữ liệu số"),
    ("nen tang", "Nền tảng số cơ bản"),
    ("chinh quyen so", "Chính quyền số"),
    ("chinh phu so", "Chính phủ số"),
    ("kinh te so", "Kinh tế số"),
    ("xa hoi so", "Xã hội số"),
    ("nhan thuc", "Nhận thức số"),
    ("truyen thong", "Nhận thức số"),
    ("khoa hoc", "Khoa học, công nghệ"),
    ("doi moi sang tao", "Đổi mới sáng tạo"),
    ("lanh dao", "Lãnh đạo, chỉ đạo"),
    ("chi dao", "Lãnh đạo, chỉ đạo"),
    ("dich vu cong", "Chính quyền số"),
    ("cai cach hanh chinh", "Chính quyền số"),
)


@dataclass
class TableTask:
    row: int
    number: str | None
    content: str
    lead: str | None = None
    coordinating: str | None = None
    product: str | None = None
    deadline_text: str | None = None
    superior_ref: str | None = None
    scope: str | None = None


@dataclass
class TableGroup:
    row: int | None
    number: str | None
    title: str
    tasks: list[TableTask] = field(default_factory=list)


@dataclass
class TableRead:
    """What a task table says: its columns, groups and tasks, and what could not be read."""

    source: str
    columns: dict[str, str]  # key -> the header as printed
    superior_plan: str | None
    groups: list[TableGroup]
    problems: list[str]

    @property
    def tasks(self) -> list[TableTask]:
        return [t for g in self.groups for t in g.tasks]


# -- reading cells ---------------------------------------------------------------------------
def _clean(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if hasattr(v, "strftime"):
        return short_date(v)
    text = str(v).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(c for c in text if c == "\n" or c == "\t" or ord(c) >= 32)
    lines = [" ".join(x.split()) for x in text.split("\n")]
    return "\n".join(x for x in lines if x).strip()


def _xlsx_rows(path: Path) -> list[list[str]]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=False, data_only=True)
    except Exception as e:  # openpyxl raises many kinds on a damaged or foreign file
        raise UserError(
            _("Không đọc được tệp Excel {file}: tệp hỏng hoặc không phải XLSX ({err}).").format(
                file=path.name, err=type(e).__name__
            )
        ) from None
    best: list[list[str]] = []
    for ws in wb.worksheets:
        if ws.max_row > MAX_ROWS:
            raise UserError(
                _("Bảng {sheet} trong tệp {file} có quá nhiều dòng (tối đa {n}).").format(
                    sheet=ws.title, file=path.name, n=MAX_ROWS
                )
            )
        rows = [[_clean(c.value) for c in r] for r in ws.iter_rows()]
        width = max((len(r) for r in rows), default=0)
        rows = [r + [""] * (width - len(r)) for r in rows]
        for rng in ws.merged_cells.ranges:
            top = rows[rng.min_row - 1][rng.min_col - 1] if rng.min_row - 1 < len(rows) else ""
            # a merged block: its text stands in the first column of every row it spans (a lead
            # agency merged down over several tasks belongs to each), never repeated across
            for r in range(rng.min_row, min(rng.max_row, len(rows)) + 1):
                rows[r - 1][rng.min_col - 1] = top
        if _find_header(rows)[0] is not None and len(rows) > len(best):
            best = rows
    wb.close()
    return best


def _docx_rows(path: Path) -> list[list[str]]:
    import docx

    try:
        d = docx.Document(str(path))
    except Exception as e:  # python-docx raises many kinds on a damaged or foreign file
        raise UserError(
            _("Không đọc được tệp Word {file}: tệp hỏng hoặc không phải DOCX ({err}).").format(
                file=path.name, err=type(e).__name__
            )
        ) from None
    out: list[list[str]] = []
    width = 0
    for table in d.tables:
        rows: list[list[str]] = []
        for row in table.rows:
            cells = row.cells
            vals: list[str] = []
            prev = None
            for c in cells:
                # a cell merged across columns comes once per grid column: keep it in the first
                vals.append("" if c._tc is prev else _clean(c.text))
                prev = c._tc
            rows.append(vals)
            if len(out) + len(rows) > MAX_ROWS:
                raise UserError(
                    _("Bảng trong tệp {file} có quá nhiều dòng (tối đa {n}).").format(file=path.name, n=MAX_ROWS)
                )
        if not rows:
            continue
        if out and _find_header(rows)[0] is None and len(rows[0]) == width:
            out.extend(rows)  # a table split by a page: its rows continue the one above
        elif _find_header(rows)[0] is not None:
            if out and len(rows[0]) == width:
                out.extend(rows)  # the table goes on, its header repeated (removed later)
            elif not out:
                out = rows
                width = len(rows[0])
    return out


# -- understanding the table -----------------------------------------------------------------
def _column_of(header: str) -> str | None:
    f = fold(header).replace("\n", " ")
    f = re.sub(r"[^a-z0-9 ]", " ", f)
    f = " ".join(f.split())
    if not f:
        return None
    for key, words in COLUMNS:
        for w in words:
            if key == "stt" and f in words:
                return key
            if key != "stt" and re.search(rf"(^| ){w}( |$)", f):
                return key
    return None


def _find_header(rows: list[list[str]]) -> tuple[int | None, dict[int, str]]:
    """The header row under the title lines: the first with STT or a content column and
    at least three known columns."""
    for i, row in enumerate(rows[:HEADER_SCAN]):
        cols: dict[int, str] = {}
        for j, cell in enumerate(row):
            key = _column_of(cell) if cell and len(cell) <= 120 else None
            if key and key not in cols.values():
                cols[j] = key
        if "content" in cols.values() and len(cols) >= 3:
            # a two-line header ("Thời gian" over "Bắt đầu | Hoàn thành") names more in the next row
            if i + 1 < len(rows):
                for j, cell in enumerate(rows[i + 1]):
                    key = _column_of(cell) if cell and len(cell) <= 60 else None
                    if key and key not in cols.values() and j not in cols:
                        cols[j] = key
            return i, cols
    return None, {}


def _is_header_again(row: list[str], cols: dict[int, str]) -> bool:
    hits = sum(1 for j, k in cols.items() if j < len(row) and row[j] and _column_of(row[j]) == k)
    return hits >= max(2, len(cols) // 2)


def _is_column_numbers(row: list[str]) -> bool:
    vals = [v for v in row if v]
    return bool(vals) and all(COLUMN_NUMBERS.match(v) for v in vals) and len(vals) >= 3


def _superior_plan(header: str) -> str | None:
    """``KH 05-KH/BCĐTW`` from ``NV theo KH 05-KH/BCĐTW``."""
    m = re.search(r"(\d+[\w./-]*/[\w.-]+)", header)
    if m:
        before = header[: m.start()].strip().split()
        kind = before[-1] if before and fold(before[-1]) in ("kh", "ke hoach", "qd", "ctr", "nq") else None
        return f"{kind} {m.group(1)}" if kind else m.group(1)
    return None


def read_table(path: Path) -> TableRead:
    """Read a task table from an XLSX or DOCX file."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise UserError(_("Không đọc được tệp {file}: {err}").format(file=path, err=e.strerror)) from None
    if size > MAX_TABLE_BYTES:
        raise UserError(_("Tệp {file} quá lớn để là một bảng nhiệm vụ (tối đa 30 MB).").format(file=path.name))
    ext = path.suffix.lower()
    if ext in (".xlsx", ".docx"):
        _check_zip(path)
    if ext == ".xlsx":
        rows = _xlsx_rows(path)
    elif ext == ".docx":
        rows = _docx_rows(path)
    else:
        raise UserError(
            _("Tệp {file}: chỉ đọc được bảng nhiệm vụ dạng .xlsx (Excel) hoặc .docx (Word).").format(file=path.name)
        )
    hi, cols = _find_header(rows)
    if hi is None:
        raise UserError(
            _(
                "Tệp {file}: không tìm thấy dòng tiêu đề của bảng nhiệm vụ (cần các cột như STT, "
                "Nhiệm vụ, Cơ quan chủ trì, Thời hạn)."
            ).format(file=path.name)
        )
    header = rows[hi]
    columns = {k: header[j] for j, k in cols.items()}
    superior_plan = _superior_plan(columns["superior_ref"]) if "superior_ref" in columns else None
    problems: list[str] = []
    groups: list[TableGroup] = []
    last: TableTask | None = None
    stt_j = next((j for j, k in cols.items() if k == "stt"), None)

    def cell(row: list[str], key: str) -> str:
        for j, k in cols.items():
            if k == key and j < len(row):
                return row[j]
        return ""

    start = hi + 1
    for ri in range(start, len(rows)):
        row = rows[ri]
        line = ri + 1  # the row as a spreadsheet or a reader counts it
        if not any(row):
            continue
        if _is_column_numbers(row) or _is_header_again(row, cols):
            continue
        stt = cell(row, "stt").strip().rstrip(".")
        content = cell(row, "content")
        first = next((v for v in row if v), "")
        # a group row: a Roman numeral in STT, or a merged row "I. TITLE"
        if stt and ROMAN.match(stt.upper()) and stt.upper() == stt:
            title = content or next((v for j, v in enumerate(row) if v and j != stt_j), "")
            groups.append(TableGroup(line, stt, title.rstrip(":")))
            last = None
            continue
        m = GROUP_HEAD.match(first)
        others = [v for v in row if v and v != first]
        if m and not others:
            groups.append(TableGroup(line, m["n"], m["t"].rstrip(":")))
            last = None
            continue
        if not content:
            if stt:
                problems.append(
                    _("Dòng {r}: có số thứ tự {n} nhưng không có nội dung nhiệm vụ; bỏ qua.").format(r=line, n=stt)
                )
            elif last is not None:
                _continue(last, row, cell)
            else:
                problems.append(_("Dòng {r}: không đọc được ({text}); bỏ qua.").format(r=line, text=first[:60]))
            continue
        if not stt and last is not None:
            # a row with no number after a task: the task goes on after a page break
            _continue(last, row, cell)
            continue
        if not groups:
            groups.append(TableGroup(None, None, _("Nhiệm vụ")))
            problems.append(
                _('Dòng {r}: nhiệm vụ đứng trước mọi dòng nhóm (I, II, ...); xếp vào nhóm "Nhiệm vụ".').format(r=line)
            )
        task = TableTask(
            row=line,
            number=stt or None,
            content=content,
            lead=cell(row, "lead") or None,
            coordinating=cell(row, "coordinating") or None,
            product=cell(row, "product") or None,
            deadline_text=cell(row, "deadline") or None,
            superior_ref=cell(row, "superior_ref") or None,
            scope=cell(row, "scope") or None,
        )
        groups[-1].tasks.append(task)
        last = task
    if not any(g.tasks for g in groups):
        problems.append(_("Không có dòng nhiệm vụ nào dưới dòng tiêu đề."))
    for key in ("lead", "deadline"):
        if key not in columns:
            problems.append(_('Không thấy cột "{col}"; các nhiệm vụ để trống mục này.').format(col=LABELS[key]))
    return TableRead(path.name, columns, superior_plan, groups, problems)


def _check_zip(path: Path) -> None:
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            total = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        kind = "Excel" if path.suffix.lower() == ".xlsx" else "Word"
        raise UserError(
            _("Không đọc được tệp {kind} {file}: tệp hỏng hoặc không phải {ext}.").format(
                kind=kind, file=path.name, ext=path.suffix.lower().lstrip(".").upper()
            )
        ) from None
    if total > MAX_UNPACKED_BYTES:
        raise UserError(_("Tệp {file} bung ra quá lớn (hơn 300 MB) để là một bảng nhiệm vụ.").format(file=path.name))


def _continue(task: TableTask, row: list[str], cell: Any) -> None:
    for key in ("content", "lead", "coordinating", "product", "deadline_text", "superior_ref"):
        v = cell(row, "deadline" if key == "deadline_text" else key)
        if not v:
            continue
        cur = getattr(task, key)
        if cur == v:
            continue  # a merged cell repeated on the continuing row
        setattr(task, key, f"{cur} {v}" if cur else v)


# -- to a template draft ---------------------------------------------------------------------
def pillar_of(title: str) -> str:
    f = fold(title)
    for words, pillar in PILLARS:
        if words in f:
            return pillar
    t = " ".join(title.split())
    return (t[:1].upper() + t[1:].lower())[:100] if t else _("Nhiệm vụ khác")


COMMUNE_WORDS = (
    "cap xa",
    "cac xa",
    "xa, phuong",
    "xa phuong",
    "ubnd xa",
    "uy ban nhan dan xa",
    "cac phuong",
    "dac khu",
)


def _binding(task: TableTask, province_code: int) -> tuple[list[str], list[str]]:
    """(levels, named unit codes) a task binds, from its scope column or its lead and co-ordinators."""
    text = " ".join(x for x in (task.scope, task.lead, task.coordinating) if x)
    f = fold(text)
    named: list[str] = []
    for u in directory.units(province_code):
        un = fold(u.name)
        if re.search(rf"(^|[^a-z]){re.escape(un)}([^a-z]|$)", f):
            named.append(u.code)
    if task.scope:
        fs = fold(task.scope)
        levels = []
        if "tinh" in fs or "so" in fs.split() or "thanh pho" in fs:
            levels.append(Level.CITY.value)
        if any(w in fs for w in COMMUNE_WORDS) or fs in ("xa", "cap xa"):
            levels.append(Level.COMMUNE.value)
        if not levels and not named:
            levels = [Level.CITY.value]
        return levels or [Level.COMMUNE.value], named
    levels = [Level.CITY.value]
    if any(w in f for w in COMMUNE_WORDS):
        levels.append(Level.COMMUNE.value)
    return levels, named


def _task_id(group_id: str, number: str | None, index: int, seen: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9.]+", "-", f"{group_id}.{number or index}").strip("-.")
    tid, k = base, 2
    while tid in seen:
        tid, k = f"{base}-{k}", k + 1
    seen.add(tid)
    return tid


def parse_period(text: str) -> dict[str, Any]:
    """``2026``, ``2026-2030`` or ``2026-01-01..2026-12-31`` -> the template's period object."""
    import datetime as dt

    t = text.strip()
    m = re.fullmatch(r"(\d{4})", t)
    if m:
        return {"start": int(t), "end": int(t)}
    m = re.fullmatch(r"(\d{4})\s*-\s*(\d{4})", t)
    if m:
        return {"start": int(m[1]), "end": int(m[2])}
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})", t)
    if m:
        try:
            a, b = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
        except ValueError:
            pass
        else:
            return {"start": a.year, "end": b.year, "from": a.isoformat(), "to": b.isoformat()}
    raise UserError(
        _(
            'Thời kỳ "{text}" không hợp lệ: ghi một năm (2026), một khoảng năm (2026-2030) hoặc '
            "ngày đầu và ngày cuối (2026-01-01..2026-12-31)."
        ).format(text=text)
    )


def blank_draft(
    province_code: int,
    template_id: str,
    *,
    number: str = "",
    date: str | None = None,
    title: str = "",
    period: dict[str, Any] | None = None,
    version: int = 1,
) -> dict[str, Any]:
    """An empty template of a province: its header to fill in, no tasks yet."""
    p = directory.province(province_code)
    body = "tỉnh" if p.kind == "tỉnh" else "thành phố"
    return {
        "format": "khcds-template",
        "schema_version": 1,
        "id": template_id,
        "version": version,
        "province_code": province_code,
        "document": {
            "kind": "KH",
            "number": number,
            "date": date,
            "place": p.short_name,
            "parent_body": None,
            "issuer": f"Ủy ban nhân dân {body} {p.short_name}",
            "title": title,
            "signer": {
                "authority": "TM. ỦY BAN NHÂN DÂN",
                "deputy_prefix": "KT. CHỦ TỊCH",
                "title": "PHÓ CHỦ TỊCH",
                "name": "",
            },
            "recipients": [],
        },
        "period": period or {"start": 2026, "end": 2026},
        "levels": [Level.CITY.value, Level.COMMUNE.value],
        "legal_bases": [],
        "general_objectives": [],
        "targets": [],
        "task_groups": [],
        "budget": None,
        "sections": [],
        "reporting": [],
    }


def draft_from_table(
    read: TableRead,
    province_code: int,
    template_id: str,
    *,
    number: str,
    date: str,
    title: str,
    period: dict[str, Any],
    version: int = 1,
) -> tuple[dict[str, Any], list[str]]:
    """A template document from a read table, and the problems met (rows kept, deadlines kept as text)."""
    d = blank_draft(province_code, template_id, number=number, date=date, title=title, period=period, version=version)
    problems = list(read.problems)
    if read.superior_plan:
        d["superior_plan"] = read.superior_plan
    groups: list[dict[str, Any]] = []
    gids: set[str] = set()
    tids: set[str] = set()
    year = period["start"]
    for gi, g in enumerate(read.groups):
        gid = g.number or f"G{gi + 1}"
        while gid in gids:
            gid += "b"
        gids.add(gid)
        tasks = []
        for ti, t in enumerate(g.tasks):
            levels, units = _binding(t, province_code)
            task: dict[str, Any] = {
                "id": _task_id(gid, t.number, ti + 1, tids),
                "number": t.number,
                "content": t.content,
                "lead": t.lead,
                "coordinating": t.coordinating,
                "product": t.product,
                "levels": levels,
                "period_text": t.deadline_text,
            }
            if units:
                task["units"] = units
            if t.superior_ref:
                task["superior_ref"] = t.superior_ref[:100]
            if t.deadline_text:
                rule = Deadline.parse_text(t.deadline_text, year)
                if rule is None:
                    problems.append(
                        _('Dòng {r}: thời hạn "{text}" không đọc được; giữ nguyên chữ, chưa tính hạn.').format(
                            r=t.row, text=t.deadline_text[:60]
                        )
                    )
                else:
                    task["deadline"] = rule.to_dict()
            tasks.append(task)
        groups.append(
            {
                "id": gid,
                "number": g.number,
                "title": g.title or _("Nhóm {n}").format(n=gid),
                "pillar": pillar_of(g.title),
                "source": None,
                "tasks": tasks,
            }
        )
    d["task_groups"] = groups
    return d, sorted(problems, key=_row_of)


def _row_of(problem: str) -> int:
    m = re.match(r"\D*?(\d+)", problem)
    return int(m.group(1)) if m and problem.startswith(_("Dòng")) else 1_000_000


def resolve_province(code: str) -> int:
    p = directory.find_province(code)
    if p is None or p.is_national:
        raise UserError(_('Không có tỉnh, thành phố "{code}" (ghi mã như 20 hoặc tên như Lạng Sơn).').format(code=code))
    return p.code
