"""City templates: validation against the JSON Schema, the built-in set, imports."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.errors import TemplateError
from desktop.i18n import _
from desktop.models.enums import Level, ReportFrequency
from desktop.models.period import Period
from desktop.models.template import Template
from desktop.resources import resource_path
from desktop.vn import date_range, nfc

if TYPE_CHECKING:
    import jsonschema
    from sqlalchemy.orm import Session

    from desktop.models.orm import TemplateRecord
    from desktop.store.database import Store
    from desktop.sync.template_package import DraftResult as DraftResult
    from desktop.sync.template_package import ImportResult as ImportResult
    from desktop.sync.template_package import PublishPreview as PublishPreview
    from desktop.sync.template_package import PublishResult as PublishResult
    from desktop.sync.template_package import TemplatePackage as TemplatePackage

SCHEMA_FILE = "template.schema.json"
MAX_TEMPLATE_BYTES = 20 * 1024 * 1024
TEMPLATE_ID = re.compile(r"[a-z0-9][a-z0-9-]{2,63}")


# -- unit side ---------------------------------------------------------------------------
# The window and the CLI of a unit (and the province's template commands) reach the template
# packages through these; the packing, signing and checking live in desktop.sync.template_package.


def get_record(session: Session, record_id: int) -> TemplateRecord | None:
    """A stored template by its row id; None when there is none."""
    from desktop.models.orm import TemplateRecord

    return session.get(TemplateRecord, record_id)


def record_of(session: Session, key: str, version: int | None) -> TemplateRecord | None:
    """A stored template by its id and version; None when there is none."""
    from sqlalchemy import select

    from desktop.models.orm import TemplateRecord

    return session.scalar(select(TemplateRecord).where(TemplateRecord.key == key, TemplateRecord.version == version))


def record_province(store: Store, record_id: int) -> int | None:
    """The province a stored template was issued for; None when it names none (or is gone)."""
    with store.session() as s:
        rec = get_record(s, record_id)
        return parse(rec).province_code if rec is not None else None


def record_id_of(store: Store, key_or_number: str) -> int | None:
    """The row id of a template found by id or number (``find``); None when there is none."""
    with store.session() as s:
        rec = find(s, key_or_number)
        return rec.id if rec is not None else None


def import_template_file(store: Store, path: Path) -> int:
    """A template JSON file checked and stored; its row id."""
    with store.transaction() as s:
        return import_file(s, path).id


def read_package(path: Path) -> TemplatePackage:
    """A province's signed template package, read and verified, nothing stored."""
    from desktop.sync import template_package as tp

    return tp.read_template_package(path)


def import_package(
    store: Store,
    path: Path,
    *,
    year: int | None = None,
    dry_run: bool = False,
    accept_new_key: bool = False,
    fingerprint: str | None = None,
    province: int | None = None,
) -> ImportResult:
    """A province's template package imported into this unit folder, its plans carried across
    (see ``desktop.sync.template_package.import_package``)."""
    from desktop.sync import template_package as tp

    return tp.import_package(
        store,
        path,
        year=year,
        dry_run=dry_run,
        accept_new_key=accept_new_key,
        fingerprint=fingerprint,
        province=province,
    )


def trusted_key(store: Store) -> dict[str, Any]:
    """The province key this folder trusts for template packages: fingerprint, province code and name."""
    from desktop.sync import template_package as tp

    return tp.trusted_key(store)


def reset_trust(store: Store) -> str | None:
    """Forget the trusted province key; the forgotten fingerprint (None when none was trusted)."""
    from desktop.sync import template_package as tp

    return tp.reset_trust(store)


def draft_file(store: Store, source: str, out: Path, new_id: str | None = None) -> Path:
    """A stored template copied to a JSON draft the province edits (``khcds template draft``)."""
    from desktop.sync import template_package as tp

    return tp.draft(store, source, out, new_id)


def draft_new(
    out: Path,
    *,
    province: str,
    template_id: str,
    table: Path | None = None,
    number: str | None = None,
    date: dt.date | None = None,
    title: str | None = None,
    period: str | None = None,
    version: int = 1,
) -> DraftResult:
    """A new template draft for a province, empty or read from its task table (XLSX, DOCX)."""
    from desktop.sync import template_package as tp

    return tp.draft_new(
        out,
        province=province,
        template_id=template_id,
        table=table,
        number=number,
        date=date,
        title=title,
        period=period,
        version=version,
    )


def publish_preview(store: Store, file: Path) -> PublishPreview:
    """What publishing the draft ``file`` would make; nothing written."""
    from desktop.sync import template_package as tp

    return tp.publish_preview(store, file)


def publish_file(store: Store, file: Path, out: Path) -> PublishResult:
    """The draft ``file`` published as a signed template package at ``out``."""
    from desktop.sync import template_package as tp

    return tp.publish(store, file, out)


# -- checking and storing templates -------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    import jsonschema  # only when a template is validated: ~30 ms of imports a document command does not need

    schema = json.loads(resource_path("schemas", SCHEMA_FILE).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def field_path(path: Any) -> str:
    """``task_groups[2].tasks[0].lead`` for a JSON Schema error's path."""
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(gốc)"


def validate(data: Any, source: str) -> Template:
    """Validate a template document; a refusal names the file, the field in words and its path,
    and gives an example of the right form, in Vietnamese."""
    from desktop.schema_cache import known_valid, remember_valid, validity_key

    key = validity_key(resource_path("schemas", SCHEMA_FILE), data)  # a pass is remembered per machine
    if not known_valid(key):
        errors = sorted(_validator().iter_errors(data), key=lambda e: (len(e.path), list(map(str, e.path))))
        if errors:
            import jsonschema

            from desktop.services import template_messages as tm

            err = jsonschema.exceptions.best_match(errors)
            where, msg = tm.explain(err, data)
            raise TemplateError(
                _("Mẫu kế hoạch {file} không hợp lệ: {where}: {msg}").format(file=source, where=where, msg=msg)
            )
        remember_valid(key)
    for where, msg in check_semantics(data):
        raise TemplateError(
            _("Mẫu kế hoạch {file} không hợp lệ: {where}: {msg}").format(file=source, where=where, msg=msg)
        )
    try:
        return Template.from_dict(data)
    except (ValueError, ArithmeticError, KeyError, TypeError):
        raise TemplateError(
            _(
                "Mẫu kế hoạch {file} không hợp lệ: có giá trị không đọc được (ngày, thời gian hoặc số tiền). "
                "Ví dụ: ngày 2026-01-15, thời gian 2026-Q3, số tiền 329.7."
            ).format(file=source)
        ) from None


def problems(data: Any, limit: int = 50) -> list[str]:
    """Every problem of a template document, in Vietnamese (the editor lists them as the officer types);
    empty when it publishes as it is."""
    import jsonschema

    from desktop.services import template_messages as tm

    out: list[str] = []
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    for err in errors[:limit]:
        if err.validator in ("oneOf", "anyOf") and err.context:
            err = jsonschema.exceptions.best_match(err.context)
        where, msg = tm.explain(err, data)
        line = f"{where}: {msg}"
        if line not in out:
            out.append(line)
    if not errors:
        out += [f"{where}: {msg}" for where, msg in check_semantics(data)][:limit]
    return out


def check_semantics(d: dict[str, Any]) -> list[tuple[str, str]]:
    """Cross-checks the schema cannot make, each as (where, what is wrong with an example):
    unique ids and group numbers, levels named by tasks exist in the template, dates inside
    the period, named units of the province."""
    from desktop.models import directory
    from desktop.models.deadline import Deadline
    from desktop.services import template_messages as tm

    out: list[tuple[str, str]] = []

    def fail(path: list[Any], msg: str) -> None:
        words, _ex = tm.field_words(path)
        out.append((tm._location(path, d, words), msg))

    per = d["period"]
    if per["start"] > per["end"]:
        fail(
            ["period"],
            _('năm bắt đầu {a} sau năm kết thúc {b}. Ví dụ: {{"start": 2026, "end": 2030}}').format(
                a=per["start"], b=per["end"]
            ),
        )
        return out
    first = dt.date(per["start"], 1, 1)
    last = dt.date(per["end"], 12, 31)
    try:
        if per.get("from"):
            first = dt.date.fromisoformat(per["from"])
        if per.get("to"):
            last = dt.date.fromisoformat(per["to"])
    except ValueError:
        fail(["period", "from"], _("ngày không có thật. Ví dụ: 2026-01-01"))
        return out
    if first > last or first.year != per["start"] or last.year != per["end"]:
        fail(
            ["period", "from"],
            _(
                "ngày đầu, ngày cuối phải nằm trong năm bắt đầu, năm kết thúc và theo thứ tự. "
                "Ví dụ: from 2026-01-01, to 2026-12-31 với start 2026, end 2026"
            ),
        )
    period_words = date_range(first, last)
    levels = set(d["levels"])

    def inside(path: list[Any], code: str | None, side: str = "both") -> None:
        """A deadline lies inside the period; a task's start not after it, its finish not before it
        (a task may run on past the plan's period: the plan covers its part)."""
        if not code:
            return
        try:
            p = Period.parse(code)
        except ValueError:
            fail(path, _("thời gian không có thật ({c}). Ví dụ: {ex}").format(c=code, ex=tm.PERIOD_EXAMPLE))
            return
        if (
            (side in ("both", "finish") and p.end < first)
            or (side in ("both", "start") and p.start > last)
            or (side == "both" and p.end > last)
        ):
            fail(
                path,
                _("{c} nằm ngoài thời kỳ của kế hoạch ({per}). Ví dụ: một thời gian trong thời kỳ, như {y}-Q3").format(
                    c=code, per=period_words, y=per["start"]
                ),
            )

    seen: set[str] = set()
    numbers: set[str] = set()
    for gi, g in enumerate(d["task_groups"]):
        if g["id"] in seen:
            fail(
                ["task_groups", gi, "id"],
                _("mã nhóm {id} trùng với nhóm khác; mỗi nhóm một mã. Ví dụ: I, II, III").format(id=g["id"]),
            )
        seen.add(g["id"])
        if g.get("number"):
            if g["number"] in numbers:
                fail(
                    ["task_groups", gi, "number"],
                    _("số nhóm {n} đã dùng cho nhóm khác; mỗi nhóm một số. Ví dụ: I, II, III, ..., VII").format(
                        n=g["number"]
                    ),
                )
            numbers.add(g["number"])
    seen = set()
    province = d.get("province_code")
    for gi, g in enumerate(d["task_groups"]):
        for ti, t in enumerate(g["tasks"]):
            where = ["task_groups", gi, "tasks", ti]
            if t["id"] in seen:
                fail(
                    where + ["id"],
                    _("mã nhiệm vụ {id} trùng với nhiệm vụ khác; mỗi nhiệm vụ một mã. Ví dụ: III.2").format(id=t["id"]),
                )
            seen.add(t["id"])
            for lv in t["levels"]:
                if lv not in levels:
                    fail(
                        where + ["levels"],
                        _(
                            'cấp "{lv}" không có trong các cấp của mẫu ({have}). Ví dụ: thêm '
                            '"{lv}" vào Cấp thực hiện của mẫu (levels), hoặc bỏ ở nhiệm vụ'
                        ).format(lv=lv, have=", ".join(d["levels"])),
                    )
            inside(where + ["start"], t.get("start"), "start")
            inside(where + ["finish"], t.get("finish"), "finish")
            try:
                start = Period.parse(t["start"]) if t.get("start") else None
                finish = Period.parse(t["finish"]) if t.get("finish") else None
            except ValueError:
                start = finish = None
            if start and finish and finish.end < start.start:
                fail(
                    where + ["finish"],
                    _("thời gian hoàn thành trước thời gian bắt đầu. Ví dụ: bắt đầu 2026-Q1, hoàn thành 2026-Q3"),
                )
            for dl_path, dl in (
                (where + ["deadline"], t.get("deadline")),
                (where + ["commune", "deadline"], (t.get("commune") or {}).get("deadline")),
            ):
                if dl and dl.get("kind") == "period":
                    inside(dl_path, dl["period"])
                elif dl:
                    try:
                        Deadline.from_dict(dl)
                    except (ValueError, KeyError):
                        fail(dl_path, _("không đọc được. Ví dụ: {ex}").format(ex=tm.FIELDS["deadline"][1]))
            for ui, code in enumerate(t.get("units", ())):
                u = directory.unit(code)
                if u is None:
                    fail(
                        where + ["units", ui],
                        _(
                            "không có đơn vị mã {c} trong danh mục. Ví dụ: 06325 (Xã Bắc Sơn, "
                            "Lạng Sơn); tra mã bằng khcds units TÊN"
                        ).format(c=code),
                    )
                elif province is not None and u.province_code != province:
                    fail(
                        where + ["units", ui],
                        _(
                            "{name} ({c}) không thuộc tỉnh, thành phố của mẫu. Ví dụ: mã một "
                            "xã, phường của tỉnh; tra bằng khcds units TÊN --province {p}"
                        ).format(name=u.name, c=code, p=province),
                    )
    seen = set()
    for i, t in enumerate(d["targets"]):
        if t["id"] in seen:
            fail(["targets", i, "id"], _("mã chỉ tiêu {id} trùng với chỉ tiêu khác. Ví dụ: CT-03").format(id=t["id"]))
        seen.add(t["id"])
        for lv in t["binds"]:
            if lv not in levels:
                fail(
                    ["targets", i, "binds"],
                    _(
                        'cấp "{lv}" không có trong các cấp của mẫu ({have}). Ví dụ: thêm "{lv}" vào levels của mẫu'
                    ).format(lv=lv, have=", ".join(d["levels"])),
                )
        if t.get("year") is not None and not per["start"] <= t["year"] <= per["end"]:
            fail(
                ["targets", i, "year"],
                _("năm {y} nằm ngoài thời kỳ của kế hoạch ({a}-{b}). Ví dụ: {a}").format(
                    y=t["year"], a=per["start"], b=per["end"]
                ),
            )
    # what the commune's export package must hold (package.schema.json): a template beyond it could
    # never be exported from the plans made from it
    n_tasks = sum(len(g["tasks"]) for g in d["task_groups"])
    if n_tasks > MAX_EXPORT_TASKS:
        fail(
            ["task_groups"],
            _(
                "có {n} nhiệm vụ, quá {m} nhiệm vụ mà tệp gửi tỉnh, thành phố chứa được. Ví dụ: tách thành hai mẫu"
            ).format(n=n_tasks, m=MAX_EXPORT_TASKS),
        )
    if len("\n".join(d["general_objectives"])) > MAX_SECTION_TEXT:
        fail(
            ["general_objectives"],
            _("dài quá {m} ký tự cộng lại, tệp gửi tỉnh, thành phố không chứa được; hãy viết gọn lại.").format(
                m=MAX_SECTION_TEXT
            ),
        )
    for i, sec in enumerate(d["sections"]):
        if len(_section_text(sec)) > MAX_SECTION_TEXT:
            fail(
                ["sections", i],
                _("dài quá {m} ký tự cộng lại, tệp gửi tỉnh, thành phố không chứa được; hãy viết gọn lại.").format(
                    m=MAX_SECTION_TEXT
                ),
            )
    if d.get("budget"):
        ids = [s["id"] for s in d["budget"]["sections"]]
        if len(ids) != len(set(ids)):
            fail(["budget", "sections"], _("mã phần kinh phí trùng lặp; mỗi phần một mã. Ví dụ: A, B"))
        summary = d["budget"].get("summary")
        for i, r in enumerate((summary or {}).get("rows", [])):
            if r["section"] not in ids:
                fail(
                    ["budget", "summary", "rows", i, "section"],
                    _("không có phần kinh phí {id}. Ví dụ: một mã trong {ids}").format(
                        id=r["section"], ids=", ".join(ids)
                    ),
                )
    return out


MAX_EXPORT_TASKS = 5000  # package.schema.json: export_data.tasks.maxItems
MAX_SECTION_TEXT = 90000  # package.schema.json: a plan section's text is at most 100000


def _section_text(sec: dict[str, Any]) -> str:
    parts = [sec.get("title", "")] + list(sec.get("paragraphs", []))
    parts += [_section_text(c) for c in sec.get("children", [])]
    return "\n".join(parts)


def _normalise(obj: Any) -> Any:
    if isinstance(obj, str):
        return nfc(obj)
    if isinstance(obj, list):
        return [_normalise(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _normalise(v) for k, v in obj.items()}
    return obj


def read_template_bytes(raw: bytes, source: str) -> tuple[Template, str]:
    """Parse and validate template bytes; returns the template and its canonical JSON."""
    if len(raw) > MAX_TEMPLATE_BYTES:
        raise TemplateError(_("Tệp mẫu kế hoạch {file} quá lớn.").format(file=source))
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise TemplateError(_("Tệp mẫu kế hoạch {file} không phải văn bản UTF-8.").format(file=source)) from None
    except json.JSONDecodeError as e:
        raise TemplateError(
            _("Tệp mẫu kế hoạch {file} không phải JSON hợp lệ (dòng {line}, cột {col}).").format(
                file=source, line=e.lineno, col=e.colno
            )
        ) from None
    data = _normalise(data)
    template = validate(data, source)
    return template, json.dumps(data, ensure_ascii=False, sort_keys=True)


def load_file(path: Path) -> Template:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise TemplateError(_("Không đọc được tệp {file}: {err}").format(file=path, err=e.strerror)) from e
    return read_template_bytes(raw, path.name)[0]


def builtin_files() -> list[Path]:
    return sorted(resource_path("templates").glob("*.json"))


def _record_fields(t: Template, canonical: str, source: str) -> dict[str, Any]:
    return dict(
        key=t.id,
        version=t.version,
        kind=t.kind,
        number=t.number,
        issued_on=t.date,
        issuer=t.issuer,
        title=t.title,
        period_start=t.period_start,
        period_end=t.period_end,
        province_code=t.province_code,
        source=source,
        sha256=hashlib.sha256(canonical.encode("utf-8")).hexdigest(),
        data=canonical,
    )


def sync_builtins(session: Session) -> None:
    """Make the store hold the built-in templates as this program ships them."""
    from sqlalchemy import select

    from desktop.models.orm import TemplateRecord

    existing = {(r.key, r.version): r for r in session.scalars(select(TemplateRecord))}
    for path in builtin_files():
        raw = path.read_bytes()
        file_sha = hashlib.sha256(raw).hexdigest()
        probe = json.loads(raw)
        rec = existing.get((probe.get("id"), probe.get("version")))
        if rec is not None and rec.source == "builtin" and _file_sha_cache.get(rec.sha256) == file_sha:
            continue
        template, canonical = read_template_bytes(raw, path.name)
        fields = _record_fields(template, canonical, "builtin")
        _file_sha_cache[fields["sha256"]] = file_sha
        if rec is None:
            session.add(TemplateRecord(**fields))
        elif rec.sha256 != fields["sha256"] and rec.source == "builtin":
            for k, v in fields.items():
                setattr(rec, k, v)


_file_sha_cache: dict[str, str] = {}


def add_template(session: Session, template: Template, canonical: str, source: str) -> TemplateRecord:
    """Store an imported template version; the same version with other content is refused."""
    from sqlalchemy import select

    from desktop.models.orm import TemplateRecord

    fields = _record_fields(template, canonical, source)
    rec = session.scalar(
        select(TemplateRecord).where(TemplateRecord.key == template.id, TemplateRecord.version == template.version)
    )
    if rec is not None:
        if rec.sha256 == fields["sha256"]:
            return rec
        raise TemplateError(
            _("Mẫu {id} phiên bản {v} đã có với nội dung khác; mẫu mới phải có số phiên bản mới.").format(
                id=template.id, v=template.version
            )
        )
    rec = TemplateRecord(**fields)
    session.add(rec)
    session.flush()
    return rec


def import_file(session: Session, path: Path) -> TemplateRecord:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise TemplateError(_("Không đọc được tệp {file}: {err}").format(file=path, err=e.strerror)) from e
    template, canonical = read_template_bytes(raw, path.name)
    return add_template(session, template, canonical, "file")


def _deadline_table(files: list[tuple[str, bytes]]) -> dict[str, list[int]]:
    """Province code -> (month, day) of the first built-in template, in file order, whose
    year report has a deadline; every file is read and checked in full."""
    table: dict[str, list[int]] = {}
    for name, raw in files:
        t = read_template_bytes(raw, name)[0]
        if t.province_code is None or str(t.province_code) in table:
            continue
        for r in t.reporting:
            if r.frequency is ReportFrequency.YEAR and r.deadline:
                table[str(t.province_code)] = list(r.deadline)
                break
    return table


@functools.lru_cache(maxsize=1)
def _province_deadlines() -> dict[int, tuple[int, int]]:
    # Every window start asks (a plan's reporting rhythm): the four built-in templates are
    # parsed and checked once per content, then their table is read back (schema_cache).
    from desktop.schema_cache import cached_value

    files = [(p.name, p.read_bytes()) for p in builtin_files()]
    source = "province-deadlines-1\n" + "\n".join(f"{n} {hashlib.sha256(b).hexdigest()}" for n, b in files)
    table = cached_value("province-deadlines", source, lambda: _deadline_table(files))
    return {int(k): (int(v[0]), int(v[1])) for k, v in table.items()}


@functools.lru_cache(maxsize=256)
def province_report_deadline(province_code: int | None, year: int) -> dt.date | None:
    """The standing year-report deadline of a province, from its built-in templates
    (Hải Phòng's 15/12 comes from 93/KH-UBND); None when none sets one."""
    if province_code is None:
        return None
    md = _province_deadlines().get(province_code)
    return dt.date(year, *md) if md else None


@functools.lru_cache(maxsize=64)
def _parse_cached(sha: str, data: str) -> Template:
    return Template.from_dict(json.loads(data))


def parse(rec: TemplateRecord) -> Template:
    return _parse_cached(rec.sha256, rec.data)


def records(session: Session) -> list[TemplateRecord]:
    from sqlalchemy import select

    from desktop.models.orm import TemplateRecord

    return list(session.scalars(select(TemplateRecord).order_by(TemplateRecord.key, TemplateRecord.version)))


def latest(session: Session, key: str) -> TemplateRecord | None:
    from sqlalchemy import select

    from desktop.models.orm import TemplateRecord

    return session.scalar(
        select(TemplateRecord).where(TemplateRecord.key == key).order_by(TemplateRecord.version.desc())
    )


def find(session: Session, key_or_number: str) -> TemplateRecord | None:
    """A template by id (``hp-325-2024``) or by its number (``325/KH-UBND``)."""
    rec = latest(session, key_or_number)
    if rec:
        return rec
    for r in sorted(records(session), key=lambda r: -r.version):
        if r.number == key_or_number or r.number.split("/")[0] == key_or_number:
            return r
    return None


def summary(rec: TemplateRecord) -> dict[str, Any]:
    t = parse(rec)
    return {
        "id": t.id,
        "version": t.version,
        "number": t.number,
        "kind": t.kind,
        "date": t.date.isoformat() if t.date else None,
        "issuer": t.issuer,
        "title": t.title,
        "period": t.period_label,
        "province_code": t.province_code,
        "source": rec.source,
        "task_groups": len(t.task_groups),
        "tasks": len(t.tasks),
        "targets": len(t.targets),
        "budget_lines": len(t.budget.lines) if t.budget else 0,
        "commune_tasks": len(t.tasks_for(Level.COMMUNE)),
    }


# -- city side --
# The province's template editor (views/template_editor.py) publishes through these; the
# signed package itself is made by desktop.sync.template_package, imported when used.
if TYPE_CHECKING:
    from desktop.store.database import Store
    from desktop.sync.template_package import PublishResult as PublishResult


def proposed_version(store: Store, template_id: str) -> int:
    """The version the program proposes for the next publication of ``template_id``."""
    with store.session() as s:
        rec = latest(s, template_id)
        return rec.version + 1 if rec else 1


def package_file_name(template_id: str, version: int) -> str:
    """The name proposed for a template's signed package: ``mau-2026-v2.khcdst``."""
    from desktop.sync.template_package import EXTENSION

    return f"{template_id}-v{version}{EXTENSION}"


def draft_next_version(store: Store, source: str) -> dict[str, Any]:
    """A published (or built-in) template as a draft of its next version, with the city's province."""
    from desktop.sync import template_package as tp

    return tp.draft_data(store, source)


def publish_draft(store: Store, data: dict[str, Any], out: Path) -> PublishResult:
    """Check a template edited in the window, keep it in the city's store and write its signed package."""
    from desktop.sync import template_package as tp

    return tp.publish_data(store, data, out)


def publish_dry_run(store: Store, data: dict[str, Any], source: str) -> list[str]:
    """What publishing a template edited in the window would do, in lines for the user; writes nothing."""
    from desktop.sync import template_package as tp

    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return tp.preview_bytes(store, raw, source).lines()
