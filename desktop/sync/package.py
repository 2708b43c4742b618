"""Export packages (unit to city): writing them, and reading them with strict bounds.

A package is one zip file (``.khcds``)::

    manifest.json   format, versions, unit, template, year, revision, time, key,
                    and the SHA-256 and size of every other part
    manifest.sig    Ed25519 signature of the exact bytes of manifest.json
    data.json       the plan: tasks, tracking, targets, budget, evidence metadata
    evidence/<sha256><.ext>   evidence files (optional)

JSON parts are canonical (sorted keys, UTF-8, no spaces). The reader trusts
nothing: a file is refused, with one Vietnamese sentence, unless it is a zip of
bounded size and ratio whose names are exactly the expected parts, whose
manifest is signed by the key it carries, whose parts hash as the manifest says,
and whose JSON has the shapes of ``resources/schemas/package.schema.json``.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import io
import json
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema

from desktop import __version__
from desktop.errors import PackageError, UserError
from desktop.fsutil import atomic_writer, sha256_file
from desktop.i18n import _
from desktop.models.orm import ExportRecord, Plan
from desktop.paths import DataDir
from desktop.resources import resource_path
from desktop.services.templates import field_path
from desktop.sync import keys as keymod

FORMAT = "khcds-export"
FORMAT_VERSION = 1
EXTENSION = ".khcds"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
DATA = "data.json"

# Bounds for what a reader accepts
MAX_FILE_BYTES = 1 << 30  # 1 GiB, evidence included
MAX_MEMBERS = 2000
MAX_MANIFEST_BYTES = 1 << 20
MAX_SIGNATURE_BYTES = 64
MAX_JSON_BYTES = 64 << 20
MAX_EVIDENCE_BYTES = 200 << 20
MAX_TOTAL_BYTES = 2 << 30
MAX_RATIO = 200  # uncompressed / compressed, for members above RATIO_FLOOR bytes
RATIO_FLOOR = 1 << 16

EVIDENCE_NAME = re.compile(r"^evidence/[0-9a-f]{64}(\.[a-z0-9]{1,10})?$")

# Limits checked on the raw bytes of every JSON part before it is parsed at all
MAX_JSON_DEPTH = 32  # a package is at most ~6 levels deep
MAX_NUMBER_DIGITS = 30  # ids, years, revisions, percents: money travels as text
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.S)
_NOT_BRACKET = bytes(range(256)).translate(None, b"[]{}")
_DIGITS_ONLY = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))  # digits to "0", the rest to " "
_LONG_RUN = b"0" * (MAX_NUMBER_DIGITS + 1)
_NUMBER_CHARS = frozenset(b"0123456789+-.eE")
_JSON_SPACE = frozenset(b" \t\r\n")
_NUMBER_STARTS = frozenset(b"[:,")
_LONE_HIGH = re.compile(rb"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})")
_LONE_LOW = re.compile(rb"(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}")
_PAIR = re.compile(rb"\[\]|\{\}")


def _too_deep(brackets: bytes) -> bool:
    if len(brackets) <= 2 * MAX_JSON_DEPTH:
        return False
    for _level in range(MAX_JSON_DEPTH):  # each pass removes the innermost level
        brackets, n = _PAIR.subn(b"", brackets)
        if not brackets or not n:
            return False
    return bool(brackets)


def _number_run(raw: bytes, digits: bytes) -> bool:
    """Whether a run of more than ``MAX_NUMBER_DIGITS`` digits could be part of a number.

    Outside strings, JSON has digits only in numbers, and a number starts the document or
    follows ``[``, ``:`` or ``,`` (whitespace between). A run whose number characters are
    preceded by anything else (a quote: a hash such as the audit trail's first
    ``prev_hash`` of zeros) is inside a string. A run that might be a number sends the
    caller to the exact test, which sets strings aside.
    """
    i = digits.find(_LONG_RUN)
    while i >= 0:
        j = i
        while j > 0 and raw[j - 1] in _NUMBER_CHARS:
            j -= 1
        while j > 0 and raw[j - 1] in _JSON_SPACE:
            j -= 1
        if j == 0 or raw[j - 1] in _NUMBER_STARTS:
            return True
        end = digits.find(b" ", i)
        if end < 0:
            return False
        i = digits.find(_LONG_RUN, end)
    return False


def check_json_limits(raw: bytes, part: str) -> None:
    """Refuse, before parsing, JSON that would exhaust the parser or poison what it feeds:
    nesting deeper than ``MAX_JSON_DEPTH``, numbers longer than ``MAX_NUMBER_DIGITS``
    digits, and escaped lone surrogates (text no file, database or screen can hold).

    Fast tests on the raw bytes first; the exact test (strings set aside) only when
    they fire, so that ordinary packages pay almost nothing.
    """
    if b"\\u" in raw and (_LONE_HIGH.search(raw) or _LONE_LOW.search(raw)):
        raise _refuse(_("Phần {part} chứa ký tự không hợp lệ (nửa cặp thay thế UTF-16).").format(part=part))
    long_number = _number_run(raw, raw.translate(_DIGITS_ONLY))
    deep = _too_deep(raw.translate(None, _NOT_BRACKET))
    if not (long_number or deep):
        return
    outside = _JSON_STRING.sub(b'""', raw)
    if long_number and _LONG_RUN in outside.translate(_DIGITS_ONLY):
        raise _refuse(_("Phần {part} chứa số quá dài (hơn {n} chữ số).").format(part=part, n=MAX_NUMBER_DIGITS))
    if deep and _too_deep(outside.translate(None, _NOT_BRACKET)):
        raise _refuse(_("Phần {part} lồng nhau quá sâu (hơn {n} mức).").format(part=part, n=MAX_JSON_DEPTH))


# -- JSON --------------------------------------------------------------------
def canonical_json(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _dec(v: Decimal | None) -> str | None:
    if v is None:
        return None
    return format(v.normalize(), "f")


def _date(v: dt.date | None) -> str | None:
    return v.isoformat() if v else None


def _period(v: Any) -> str | None:
    return v.code if v is not None else None


def utc_iso(t: dt.datetime) -> str:
    if t.tzinfo is not None:
        t = t.astimezone(dt.UTC).replace(tzinfo=None)
    return t.replace(microsecond=0).isoformat() + "Z"


def parse_utc(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s[:-1] if s.endswith("Z") else s).replace(microsecond=0)


@functools.lru_cache(maxsize=4)
def validator(definition: str) -> jsonschema.Draft202012Validator:
    schema = json.loads(resource_path("schemas", "package.schema.json").read_text(encoding="utf-8"))
    root = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": f"#/$defs/{definition}"}
    return jsonschema.Draft202012Validator(root)


@functools.lru_cache(maxsize=4)
def fast_check(definition: str) -> Any:
    """A yes/no check of one schema definition, compiled by fastjsonschema (fast);
    jsonschema is asked for the Vietnamese-worded message only when it says no."""
    import fastjsonschema

    from desktop.schema_cache import compiled_check

    schema = json.loads(resource_path("schemas", "package.schema.json").read_text(encoding="utf-8"))
    sub = dict(schema["$defs"][definition])
    sub["$defs"] = schema["$defs"]
    compiled = compiled_check(sub, f"package-{definition}")  # compiled once per machine, not per run

    def check(obj: Any) -> bool:
        try:
            compiled(obj)
        except fastjsonschema.JsonSchemaException:
            return False
        return True

    return check


_TYPES = {
    "string": "chuỗi chữ",
    "integer": "số nguyên",
    "number": "số",
    "object": "nhóm trường",
    "array": "danh sách",
    "boolean": "đúng/sai",
    "null": "trống",
}


def schema_message(err: Any) -> str:
    """What a schema refused, in Vietnamese (never the validator's English); file text is
    quoted only briefly and cleaned of control characters."""
    from desktop.terminal import clean

    v, arg = err.validator, err.validator_value
    if v == "type":
        kinds = arg if isinstance(arg, list) else [arg]
        return _("phải là {kind}").format(kind=" hoặc ".join(_TYPES.get(k, str(k)) for k in kinds))
    if v == "required":
        missing = [k for k in arg if isinstance(err.instance, dict) and k not in err.instance]
        return _("thiếu trường {name}").format(name=", ".join(missing[:3]) or "?")
    if v == "additionalProperties":
        extra = sorted(
            k for k in err.instance if isinstance(err.instance, dict) and k not in (err.schema.get("properties") or {})
        )[:3]
        return _("có trường không được phép: {names}").format(names=clean(", ".join(extra))[:80])
    if v == "maxLength":
        return _("dài quá {n} ký tự").format(n=arg)
    if v == "minLength":
        return _("phải có ít nhất {n} ký tự").format(n=arg)
    if v in ("maximum", "exclusiveMaximum"):
        return _("vượt giá trị lớn nhất {n}").format(n=arg)
    if v in ("minimum", "exclusiveMinimum"):
        return _("nhỏ hơn giá trị nhỏ nhất {n}").format(n=arg)
    if v == "maxItems":
        return _("có quá {n} mục").format(n=arg)
    if v == "minItems":
        return _("phải có ít nhất {n} mục").format(n=arg)
    if v in ("enum", "const"):
        return _("giá trị không được phép")
    if v in ("pattern", "format"):
        return _("sai định dạng")
    return _("không đúng quy định của định dạng tệp ({rule})").format(rule=str(v)[:40])


def check_schema(obj: Any, definition: str, part: str) -> None:
    if fast_check(definition)(obj):
        return
    errors = list(validator(definition).iter_errors(obj))
    if errors:
        err = jsonschema.exceptions.best_match(errors)
        raise PackageError(
            _("Phần {part} sai dạng dữ liệu: trường {field}: {msg}").format(
                part=part, field=field_path(err.absolute_path), msg=schema_message(err)
            )
        )


# -- the data of a plan --------------------------------------------------------
def audit_data(plan: Plan) -> list[dict[str, Any]]:
    """The plan's audit trail (who changed what, when), with each entry's chain hashes."""
    from sqlalchemy import select
    from sqlalchemy.orm import object_session

    from desktop.models.orm import AuditEntry
    from desktop.store.audit import entry_fields

    session = object_session(plan)
    if session is None:
        return []
    rows = session.scalars(select(AuditEntry).where(AuditEntry.plan_id == plan.id).order_by(AuditEntry.id))
    return [{**entry_fields(r), "prev_hash": r.prev_hash, "hash": r.hash} for r in rows]


def plan_data(plan: Plan) -> dict[str, Any]:
    """The plan as the ``data.json`` part of an export package."""
    unit = plan.unit
    tasks = []
    for t in plan.tasks:
        tasks.append(
            {
                "id": t.id,
                "template_ref": t.template_ref,
                "group_ref": t.group_ref,
                "group_number": t.group_number,
                "group_title": t.group_title,
                "pillar": t.pillar,
                "position": t.position,
                "content": t.content,
                "lead": t.lead,
                "coordinating": t.coordinating,
                "support": t.support,
                "product": t.product,
                "start": _period(t.start),
                "finish": _period(t.finish),
                "period_text": t.period_text,
                "budget": _dec(t.budget),
                "adopted": bool(t.adopted),
                "flag": t.flag,
                "status": t.status.value,
                "percent": int(t.percent),
                "updates": [
                    {
                        "on_date": _date(u.on_date),
                        "period": _period(u.period),
                        "status": u.status.value,
                        "percent": int(u.percent),
                        "note": u.note or "",
                        "author": u.author,
                    }
                    for u in t.updates
                ],
                "evidence": [
                    {
                        "kind": e.kind.value,
                        "title": e.title or "",
                        "file_name": e.file_name,
                        "sha256": e.sha256,
                        "size": e.size,
                        "doc_number": e.doc_number,
                        "doc_date": _date(e.doc_date),
                        "doc_summary": e.doc_summary,
                    }
                    for e in t.evidence
                ],
            }
        )
    targets = [
        {
            "id": g.id,
            "template_ref": g.template_ref,
            "group_title": g.group_title or "",
            "text": g.text,
            "unit": g.unit,
            "direction": g.direction.value,
            "city_value": _dec(g.city_value),
            "value": _dec(g.value),
            "position": g.position,
            "flag": g.flag,
            "city_value_max": _dec(g.city_value_max),
            "value_max": _dec(g.value_max),
            "groups": [dict(x) for x in g.groups or []],
            "measure": g.measure.value,
            "baseline": _dec(g.baseline),
            "baseline_note": g.baseline_note,
            "due": _date(g.due),
            "measurements": [
                {
                    "period": m.period.code,
                    "value": _dec(m.value),
                    "note": m.note or "",
                    "measured_on": _date(m.measured_on),
                    "groups": [dict(x) for x in m.groups or []],
                }
                for m in g.measurements
            ],
        }
        for g in plan.targets
    ]
    budget = [
        {
            "id": b.id,
            "task_id": b.task_id,
            "position": b.position,
            "group_title": b.group_title,
            "content": b.content,
            "period_text": b.period_text,
            "approved": _dec(b.approved),
            "spent": _dec(b.spent),
            "carried_over": _dec(b.carried_over),
            "allocated": _dec(b.allocated),
            "planned": _dec(b.planned),
            "requested": _dec(b.requested),
            "funding_source": b.funding_source.value,
            "note": b.note,
        }
        for b in plan.budget_lines
    ]
    return {
        "audit": audit_data(plan),
        "unit": {
            "code": unit.code,
            "name": unit.name,
            "level": unit.level.value,
            "province_code": unit.province_code,
            "issuer_line": unit.issuer_line,
            "place_name": unit.place_name,
        },
        "plan": {
            "uid": plan.uid,
            "kind": plan.kind.value,
            "issuer": plan.issuer.value,
            "start_date": _date(plan.first_day),
            "end_date": _date(plan.last_day),
            "implements": plan.implements,
            "report_rules": list(plan.report_rules or []),
            "previous_year": plan.previous_year,
            "year": plan.year,
            "template_id": plan.template.key if plan.template else "",
            "template_version": plan.template.version if plan.template else 0,
            "number": plan.number,
            "issue_date": _date(plan.issue_date),
            "subject": plan.subject,
            "state": plan.state.value,
            "recipients": list(plan.recipients or []),
            "legal_bases": [b.text for b in plan.legal_bases],
            "sections": [{"key": s.key, "title": s.title, "text": s.text} for s in plan.sections],
        },
        "tasks": tasks,
        "targets": targets,
        "budget": budget,
    }


# -- writing -------------------------------------------------------------------
@dataclass(frozen=True)
class ExportResult:
    path: Path
    revision: int
    sha256: str
    fingerprint: str
    evidence_files: int


def default_file_name(unit_code: str, year: int, revision: int, plan_tag: str = "") -> str:
    """``11629-2026-r001.khcds``; a plan other than the year's annual UBND plan adds its tag
    (``11629-2026-chien_dich-3f2a9c1b-r001.khcds``) so that two plans never share a name."""
    tag = f"-{plan_tag}" if plan_tag else ""
    return f"{unit_code}-{year}{tag}-r{revision:03d}{EXTENSION}"


def plan_key(plan: Plan) -> str:
    """How the city tells a unit's plans of one year apart: empty for the year's annual UBND
    plan (as for every package made before plans had an identity), else the plan's uid."""
    from desktop.models.enums import Issuer, PlanKind

    if plan.kind is PlanKind.ANNUAL and plan.issuer is Issuer.UBND:
        return ""
    return plan.uid


def plan_identity(plan: Plan) -> dict[str, Any]:
    """The plan's identity in a package's manifest."""
    return {
        "uid": plan.uid,
        "key": plan_key(plan),
        "kind": plan.kind.value,
        "issuer": plan.issuer.value,
        "number": plan.number,
        "title": plan.subject[:1000],
        "start": _date(plan.first_day),
        "end": _date(plan.last_day),
    }


def write_signed_zip(out: Path, manifest: dict[str, Any], parts: list[tuple[str, bytes | Path]], key: Any) -> str:
    """Write parts, manifest and signature atomically; returns the file's SHA-256."""
    listing: dict[str, dict[str, Any]] = {}
    for name, content in parts:
        if isinstance(content, Path):
            h = hashlib.sha256()
            size = 0
            with open(content, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)
                    size += len(chunk)
            listing[name] = {"sha256": h.hexdigest(), "size": size}
        else:
            listing[name] = {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
    manifest = dict(manifest, parts=listing)
    mbytes = canonical_json(manifest)
    sig = key.sign(mbytes)
    with atomic_writer(out) as fh:
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as z:
            z.writestr(_info(MANIFEST), mbytes)
            z.writestr(_info(SIGNATURE), sig)
            for name, content in parts:
                if isinstance(content, Path):
                    with z.open(_info(name), "w") as dst, open(content, "rb") as src:
                        for chunk in iter(lambda: src.read(1 << 20), b""):
                            dst.write(chunk)
                else:
                    z.writestr(_info(name), content)
    return sha256_file(out)


def _info(name: str) -> zipfile.ZipInfo:
    zi = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    return zi


def export_plan(
    store: Any,
    year: int | None,
    out: Path | None = None,
    *,
    with_evidence: bool = False,
    now: dt.datetime | None = None,
    plan_id: int | None = None,
) -> ExportResult:
    """Export the unit's plan (``plan_id``, or the only plan of ``year``) as a signed package
    with the next revision; the manifest carries the plan's identity.

    The file is written atomically inside the transaction that records it, so a
    failure leaves neither a half file nor a recorded revision.
    """
    from desktop.services import plans as psvc
    from desktop.services import tracking
    from desktop.services import units as usvc

    data_dir: DataDir = store.data
    key = keymod.load_or_create(data_dir)
    now = now or dt.datetime.now(dt.UTC)
    with store.transaction() as s:
        if usvc.is_city(s):
            raise UserError(_("Thư mục dữ liệu này ở chế độ thành phố: không có kế hoạch của đơn vị để xuất."))
        unit = usvc.require_unit(s)
        plan = psvc.resolve_plan(s, unit, plan_id=plan_id, year=year)
        year = plan.year
        data = plan_data(plan)
        score_files: list[tuple[str, Path]] = []
        if plan.kind.value == "hang_nam":  # the unit's self-assessments of the year travel with its annual plan
            from desktop.services import scorecards

            assessments, score_files = scorecards.export_payloads(s, data_dir, plan.year)
            if assessments:
                data["assessments"] = assessments
        dbytes = canonical_json(data)
        check_schema(data, "export_data", DATA)  # never send what the city would refuse
        revision = (plan.export_revision or 0) + 1
        parts: list[tuple[str, bytes | Path]] = [(DATA, dbytes)]
        for name, path in score_files:  # the proof of a self-assessment always goes with it
            parts.append((f"evidence/{name}", path))
        if with_evidence:
            seen: set[str] = {name[:64] for name, _p in score_files}
            for t in plan.tasks:
                for e in t.evidence:
                    p = tracking.evidence_path(data_dir, e)
                    if not e.sha256 or p is None or e.sha256 in seen:
                        continue
                    label = e.file_name or e.stored_name
                    try:  # hashed again: never send a changed file under its old hash, nor drop a lost one
                        actual = sha256_file(p)
                    except OSError:
                        raise UserError(
                            _(
                                'Không xuất được: tệp minh chứng {name} của nhiệm vụ "{task}" không '
                                "còn trong thư mục evidence."
                            ).format(name=label, task=t.content[:60])
                        ) from None
                    if actual != e.sha256:
                        raise UserError(
                            _(
                                'Không xuất được: tệp minh chứng {name} của nhiệm vụ "{task}" đã bị thay '
                                "đổi sau khi đính kèm (mã SHA-256 khác). Hãy đính kèm lại tệp đúng."
                            ).format(name=label, task=t.content[:60])
                        )
                    seen.add(e.sha256)
                    ext = Path(e.file_name or "").suffix.lower()[:11]
                    ext = ext if re.fullmatch(r"\.[a-z0-9]{1,10}", ext) else ""
                    parts.append((f"evidence/{e.sha256}{ext}", p))
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "program_version": __version__,
            "unit": {"code": unit.code, "name": unit.name, "province_code": unit.province_code},
            "template": {
                "id": plan.template.key if plan.template else "",
                "version": plan.template.version if plan.template else 0,
            },
            "plan": plan_identity(plan),
            "year": plan.year,
            "revision": revision,
            "created_at": utc_iso(now),
            "public_key": keymod.public_b64(key),
        }
        key_tag = f"{plan.kind.value}-{plan.uid[:8]}" if plan_key(plan) else ""
        if out is None:
            out = data_dir.exports / default_file_name(unit.code, year, revision, key_tag)
        elif out.is_dir():
            out = out / default_file_name(unit.code, year, revision, key_tag)
        try:
            sha = write_signed_zip(out, manifest, parts, key)
        except OSError as e:
            from desktop.store.backup import describe_os_error

            raise UserError(_("Không ghi được tệp {file}: {err}").format(file=out, err=describe_os_error(e))) from e
        plan.export_revision = revision
        s.add(
            ExportRecord(
                plan_id=plan.id,
                revision=revision,
                file_name=str(out),
                sha256=sha,
                created_at=now.astimezone(dt.UTC).replace(tzinfo=None),
            )
        )
        from desktop.store.audit import seal

        s.flush()
        seal(s, data_dir, "export")  # the chain's head as sent, signed with the unit's key
    return ExportResult(out, revision, sha, keymod.fingerprint(key), len(parts) - 1)


def export_history(store: Any, year: int | None = None, *, plan_id: int | None = None) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from desktop.services import units as usvc

    with store.session() as s:
        unit = usvc.current_unit(s)
        if unit is None:
            return []
        q = (
            select(ExportRecord, Plan.year, Plan.kind)
            .join(Plan, Plan.id == ExportRecord.plan_id)
            .where(Plan.unit_id == unit.id)
        )
        if year is not None:
            q = q.where(Plan.year == year)
        if plan_id is not None:
            q = q.where(Plan.id == plan_id)
        rows = s.execute(q.order_by(Plan.year, Plan.id, ExportRecord.revision)).all()
        return [
            {
                "year": y,
                "plan_id": r.plan_id,
                "kind": k.value,
                "revision": r.revision,
                "created_at": r.created_at,
                "file_name": r.file_name,
                "sha256": r.sha256,
            }
            for r, y, k in rows
        ]


# -- reading -------------------------------------------------------------------
@dataclass
class SignedZip:
    """A verified signed zip: the manifest, the JSON parts' bytes, the key."""

    path: Path
    file_sha256: str
    manifest: dict[str, Any]
    manifest_bytes: bytes
    parts: dict[str, bytes]  # JSON parts, verified
    other_parts: list[str]  # verified by streaming (evidence)
    public_key: str
    fingerprint: str


def _refuse(msg: str) -> PackageError:
    return PackageError(msg)


def _read_member(z: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, h: Any | None = None) -> bytes:
    """Read one member, never more than ``limit`` bytes however it lies about its size."""
    buf = bytearray()
    try:
        with z.open(info) as fh:
            while True:
                chunk = fh.read(1 << 20)
                if not chunk:
                    break
                if h is not None:
                    h.update(chunk)
                else:
                    buf.extend(chunk)
                limit -= len(chunk)
                if limit < 0:
                    raise _refuse(
                        _("Phần {part} lớn hơn giới hạn cho phép (nghi tệp nén độc hại).").format(part=info.filename)
                    )
    except (zipfile.BadZipFile, zlib_error(), EOFError, OSError) as e:
        raise _refuse(
            _("Phần {part} bị hỏng, không giải nén được ({err}).").format(part=info.filename, err=type(e).__name__)
        ) from e
    return bytes(buf)


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error


def _check_name(name: str) -> None:
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        raise _refuse(_("Tệp chứa tên phần có đường dẫn tuyệt đối: {name}").format(name=name[:80]))
    parts = re.split(r"[\\/]", name)
    if ".." in parts:
        raise _refuse(_("Tệp chứa tên phần vượt ra ngoài thư mục (..): {name}").format(name=name[:80]))
    if "\\" in name or "\x00" in name or any(ord(c) < 32 for c in name):
        raise _refuse(_("Tệp chứa tên phần không hợp lệ: {name!r}").format(name=name[:80]))


def open_signed_zip(
    path: Path,
    *,
    fmt: str,
    format_version: int,
    manifest_def: str,
    json_parts: set[str],
    other_part: re.Pattern[str] | None,
    kind_label: str,
) -> SignedZip:
    """Read and verify a signed zip completely; raises PackageError with the reason."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        from desktop.store.backup import describe_os_error

        raise _refuse(_("Không đọc được tệp: {err}").format(err=describe_os_error(e))) from e
    if not path.is_file():
        raise _refuse(_("Không phải một tệp."))
    if size == 0:
        raise _refuse(_("Tệp rỗng."))
    if size > MAX_FILE_BYTES:
        raise _refuse(_("Tệp quá lớn (hơn 1 GB)."))
    with open(path, "rb") as fh:
        head = fh.read(4)
    if head != b"PK\x03\x04":
        raise _refuse(_("Không phải tệp {kind} (không phải tệp nén zip).").format(kind=kind_label))
    try:
        z = zipfile.ZipFile(path)
    except zipfile.BadZipFile as e:
        raise _refuse(
            _("Tệp bị cắt cụt hoặc hỏng (không đọc được mục lục của tệp nén); hãy xin đơn vị gửi lại.")
        ) from e
    except (OSError, ValueError) as e:
        raise _refuse(_("Tệp bị hỏng, không mở được ({err}).").format(err=type(e).__name__)) from e
    with z:
        infos = z.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _refuse(_("Tệp có quá nhiều phần ({n}).").format(n=len(infos)))
        names: set[str] = set()
        total = 0
        for info in infos:
            _check_name(info.filename)
            if info.filename in names:
                raise _refuse(_("Tệp có hai phần cùng tên: {name}").format(name=info.filename[:80]))
            names.add(info.filename)
            if info.flag_bits & 0x1:
                raise _refuse(_("Tệp có phần được mã hóa: {name}").format(name=info.filename[:80]))
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise _refuse(_("Tệp dùng kiểu nén không hỗ trợ: {name}").format(name=info.filename[:80]))
            limit = MAX_EVIDENCE_BYTES if info.filename not in json_parts | {MANIFEST, SIGNATURE} else MAX_JSON_BYTES
            if info.file_size > limit:
                raise _refuse(
                    _("Phần {name} quá lớn khi giải nén ({mb} MB), vượt giới hạn (nghi tệp nén độc hại).").format(
                        name=info.filename[:80], mb=info.file_size >> 20
                    )
                )
            total += info.file_size
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _refuse(
                    _("Phần {name} có tỷ lệ nén bất thường (nghi tệp nén độc hại).").format(name=info.filename[:80])
                )
        if total > MAX_TOTAL_BYTES:
            raise _refuse(_("Tổng dung lượng giải nén quá lớn (nghi tệp nén độc hại)."))
        if MANIFEST not in names:
            raise _refuse(_("Thiếu phần {part}.").format(part=MANIFEST))
        if SIGNATURE not in names:
            raise _refuse(_("Thiếu chữ ký số ({part}).").format(part=SIGNATURE))
        mbytes = _read_member(z, z.getinfo(MANIFEST), MAX_MANIFEST_BYTES)
        check_json_limits(mbytes, MANIFEST)
        try:
            manifest = json.loads(mbytes.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as e:
            raise _refuse(_("Phần {part} không phải JSON hợp lệ.").format(part=MANIFEST)) from e
        if not isinstance(manifest, dict) or manifest.get("format") != fmt:
            raise _refuse(
                _("Không phải tệp {kind} (định dạng {f!r}).").format(
                    kind=kind_label, f=str(manifest.get("format") if isinstance(manifest, dict) else "?")[:40]
                )
            )
        fv = manifest.get("format_version")
        if fv != format_version:
            raise _refuse(
                _(
                    "Phiên bản định dạng {v} không được hỗ trợ (chương trình này đọc phiên bản {mine}); "
                    "hãy cập nhật KHCĐS."
                ).format(v=str(fv)[:20], mine=format_version)
            )
        check_schema(manifest, manifest_def, MANIFEST)
        sig = _read_member(z, z.getinfo(SIGNATURE), MAX_SIGNATURE_BYTES)
        pub = keymod.decode_public(manifest["public_key"])
        if pub is None:
            raise _refuse(_("Khóa công khai trong tệp không hợp lệ."))
        if len(sig) != 64 or not keymod.verify(pub, sig, mbytes):
            raise _refuse(_("Chữ ký số không hợp lệ: tệp đã bị sửa sau khi ký, hoặc không do đơn vị ký."))
        listed = set(manifest["parts"])
        present = names - {MANIFEST, SIGNATURE}
        missing = sorted((listed - present) | (json_parts - present))
        if missing:
            raise _refuse(_("Thiếu phần: {parts}.").format(parts=", ".join(p[:80] for p in missing[:5])))
        extra = sorted(present - listed)
        if extra:
            raise _refuse(
                _("Có phần không khai báo trong bản kê: {parts}.").format(parts=", ".join(p[:80] for p in extra[:5]))
            )
        for name in sorted(listed - json_parts):
            if other_part is None or not other_part.match(name):
                raise _refuse(_("Có phần không được phép: {part}.").format(part=name[:80]))
        parts: dict[str, bytes] = {}
        for name in sorted(listed):
            want = manifest["parts"][name]
            info = z.getinfo(name)
            if name in json_parts:
                content = _read_member(z, info, MAX_JSON_BYTES)
                digest = hashlib.sha256(content).hexdigest()
                n = len(content)
                parts[name] = content
            else:
                h = hashlib.sha256()
                _read_member(z, info, MAX_EVIDENCE_BYTES, h)
                digest = h.hexdigest()
                n = info.file_size
                named = re.match(r"^evidence/([0-9a-f]{64})", name)
                if named and named.group(1) != digest:  # a file changed after it was attached
                    raise _refuse(
                        _("Tệp minh chứng {part} không khớp mã băm trong tên: tệp đã bị thay đổi.").format(
                            part=name[:80]
                        )
                    )
            if digest != want["sha256"] or n != want["size"]:
                raise _refuse(
                    _("Phần {part} không khớp mã băm SHA-256 trong bản kê: tệp đã bị sửa hoặc hỏng.").format(
                        part=name[:80]
                    )
                )
    raw_pub = base64.b64decode(manifest["public_key"])
    return SignedZip(
        path,
        sha256_file(path),
        manifest,
        mbytes,
        parts,
        sorted(listed - json_parts),
        manifest["public_key"],
        keymod.fingerprint_raw(raw_pub),
    )


def _json_part(sz: SignedZip, name: str) -> Any:
    check_json_limits(sz.parts[name], name)
    try:
        return json.loads(sz.parts[name].decode("utf-8"), parse_float=Decimal, parse_constant=_no_const)
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError, RecursionError) as e:
        raise _refuse(_("Phần {part} không phải JSON hợp lệ.").format(part=name)) from e


def _no_const(name: str) -> Any:
    raise ValueError(name)


@dataclass
class Package:
    """A verified export package."""

    path: Path
    file_sha256: str
    manifest: dict[str, Any]
    data: dict[str, Any]
    data_bytes: bytes
    data_sha256: str
    public_key: str
    fingerprint: str
    evidence_parts: list[str] = field(default_factory=list)
    #: the data part as the file's ZIP holds it (raw DEFLATE), which the city stores as it is;
    #: empty when not at hand (the city then compresses the data itself)
    data_deflated: bytes = b""

    def drop_data(self, keep: dict[str, Any] | None = None) -> None:
        """Let go of the data (all of its forms; ``keep``: what of it stays) once it is checked or
        written: the city's import holds thousands of packages, and its memory stays flat."""
        self.data = keep or {}
        self.data_bytes = b""
        self.data_deflated = b""

    @property
    def unit_code(self) -> str:
        return str(self.manifest["unit"]["code"])

    @property
    def unit_name(self) -> str:
        return str(self.manifest["unit"]["name"])

    @property
    def year(self) -> int:
        return int(self.manifest["year"])

    @property
    def revision(self) -> int:
        return int(self.manifest["revision"])

    @property
    def plan(self) -> dict[str, Any]:
        """The plan's identity; a package made before plans had one is the year's annual UBND plan."""
        return self.manifest.get("plan") or {
            "uid": "",
            "key": "",
            "kind": "hang_nam",
            "issuer": "ubnd",
            "number": None,
            "title": "",
            "start": None,
            "end": None,
        }

    @property
    def plan_key(self) -> str:
        return str(self.plan.get("key") or "")

    @property
    def created_at(self) -> dt.datetime:
        return parse_utc(self.manifest["created_at"])


def read_package(path: Path, *, previewed: Package | None = None) -> Package:
    """Open, verify and validate an export package; PackageError says why it is refused.

    ``previewed``: the same file as this process read and validated it before (the
    city's preview; the import reads each file again to keep memory flat). The file
    is still verified whole (signature, every part's hash against the signed
    manifest); when its signed manifest is the one validated then, the data are
    those very bytes, and the schema and consistency checks are not run twice.
    """
    sz = open_signed_zip(
        path,
        fmt=FORMAT,
        format_version=FORMAT_VERSION,
        manifest_def="export_manifest",
        json_parts={DATA},
        other_part=EVIDENCE_NAME,
        kind_label=_("gói dữ liệu KHCĐS"),
    )
    try:
        parse_utc(sz.manifest["created_at"])
    except ValueError as e:
        raise _refuse(_("Thời điểm tạo tệp không hợp lệ.")) from e
    data = _json_part(sz, DATA)
    # open_signed_zip compared every part's digest with the signed manifest's
    if previewed is None or sz.manifest != previewed.manifest:
        check_schema(data, "export_data", DATA)
        check_data(data, sz.manifest)
    return Package(
        path=sz.path,
        file_sha256=sz.file_sha256,
        manifest=sz.manifest,
        data=data,
        data_bytes=sz.parts[DATA],
        data_sha256=sz.manifest["parts"][DATA]["sha256"],
        public_key=sz.public_key,
        fingerprint=sz.fingerprint,
        evidence_parts=sz.other_parts,
    )


#: a file up to this size is read whole into memory when it is read again after its preview
REREAD_IN_MEMORY = 64 << 20


def reread_package(path: Path, previewed: Package) -> Package:
    """The file ``previewed`` came from, read again to be written (the city's import keeps
    memory flat by dropping each file's data after its preview).

    The file is read once into memory and its SHA-256 taken over those very bytes: when it
    is the one this process verified and validated whole in the preview (signature, every
    part's hash, limits, schema, consistency), nothing needs checking again and only the
    data part is unpacked and parsed. A file that changed, or is too large to hold, is read
    and verified as any file (``read_package``).
    """
    path = Path(path)
    raw: bytes | None = None
    try:
        if path.stat().st_size <= REREAD_IN_MEMORY:
            raw = path.read_bytes()
    except OSError:
        raw = None
    if raw is None or hashlib.sha256(raw).hexdigest() != previewed.file_sha256:
        return read_package(path, previewed=previewed)
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            deflated, content = _stored_member(raw, z.getinfo(DATA), MAX_JSON_BYTES)
    except (KeyError, zipfile.BadZipFile, PackageError, ValueError, struct.error, zlib.error):
        return read_package(path, previewed=previewed)
    if hashlib.sha256(content).hexdigest() != previewed.data_sha256:
        return read_package(path, previewed=previewed)
    try:
        data = _data_to_write(content)
    except (UnicodeDecodeError, ValueError, RecursionError) as e:  # verified before: cannot happen
        raise _refuse(_("Phần {part} không phải JSON hợp lệ.").format(part=DATA)) from e
    return Package(
        path=path,
        file_sha256=previewed.file_sha256,
        manifest=previewed.manifest,
        data=data,
        data_bytes=content,
        data_sha256=previewed.data_sha256,
        public_key=previewed.public_key,
        fingerprint=previewed.fingerprint,
        evidence_parts=list(previewed.evidence_parts),
        data_deflated=deflated,
    )


def _stored_member(raw: bytes, info: zipfile.ZipInfo, limit: int) -> tuple[bytes, bytes]:
    """A DEFLATE member of the ZIP ``raw`` as stored and as unpacked from those very bytes
    (never more than ``limit``); ValueError when it is not stored that way."""
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise ValueError("not deflated")
    off = info.header_offset
    head = raw[off : off + 30]
    if len(head) < 30 or head[:4] != b"PK\x03\x04":
        raise ValueError("no local header")
    name_len, extra_len = struct.unpack("<HH", head[26:30])
    start = off + 30 + name_len + extra_len
    stored = raw[start : start + info.compress_size]
    if len(stored) != info.compress_size:
        raise ValueError("truncated")
    d = zlib.decompressobj(-zlib.MAX_WBITS)
    content = d.decompress(stored, limit + 1)
    if len(content) > limit or d.unconsumed_tail or not d.eof or len(content) != info.file_size:
        raise ValueError("not one whole DEFLATE stream")
    return stored, content


_AUDIT_HEAD = b'{"audit":['
_AFTER_AUDIT = b'],"budget":'
#: the data's keys after its audit trail, as ``canonical_json`` writes them (sorted)
_WRITTEN_KEYS = frozenset({"budget", "plan", "targets", "tasks", "unit"})


def _data_to_write(content: bytes) -> dict[str, Any]:
    """The data part of a package this process already verified and validated, as the import
    writes it: everything but the audit trail (about two thirds of the bytes, stored with
    the rest as the package's JSON but never turned into rows), which is not parsed again.

    Only for bytes already validated whole (``reread_package``): in canonical JSON the trail
    comes first, then ``budget``. In valid JSON, ``],"budget":`` is a key after a closing
    bracket at some depth (its quote cannot be inside a string); from there to the end parses
    as one object with exactly the keys that follow the trail only when that depth is the
    top level. Any other layout (self-assessments, keys in another order) is parsed whole.
    """
    if content.startswith(_AUDIT_HEAD) and b'"assessments"' not in content:
        cut = content.find(_AFTER_AUDIT)
        if cut > 0:
            text = "{" + content[cut + 2 :].decode("utf-8")
            try:
                rest, end = json.JSONDecoder(parse_float=Decimal, parse_constant=_no_const).raw_decode(text)
            except ValueError:
                rest, end = None, -1
            if end == len(text) and isinstance(rest, dict) and rest.keys() == _WRITTEN_KEYS:
                return rest
    data: dict[str, Any] = json.loads(content.decode("utf-8"), parse_float=Decimal, parse_constant=_no_const)
    return data


def check_data(data: dict[str, Any], manifest: dict[str, Any]) -> None:
    """What a schema cannot say: ids unique, references resolve, values sensible, manifest agrees."""
    from desktop.models.period import Period

    if data["unit"]["code"] != manifest["unit"]["code"]:
        raise _refuse(
            _("Mã đơn vị trong dữ liệu ({a}) khác mã trong bản kê ({b}).").format(
                a=data["unit"]["code"], b=manifest["unit"]["code"]
            )
        )
    plan = data["plan"]
    if plan["year"] != manifest["year"]:
        raise _refuse(
            _("Năm kế hoạch trong dữ liệu ({a}) khác năm trong bản kê ({b}).").format(
                a=plan["year"], b=manifest["year"]
            )
        )
    if (plan["template_id"], plan["template_version"]) != (manifest["template"]["id"], manifest["template"]["version"]):
        raise _refuse(_("Mẫu kế hoạch trong dữ liệu khác mẫu trong bản kê."))

    def dup(kind: str, values: list[Any]) -> None:
        seen: set[Any] = set()
        for v in values:
            if v in seen:
                raise _refuse(_("Mã trùng lặp trong {kind}: {id}.").format(kind=kind, id=str(v)[:64]))
            seen.add(v)

    tasks = data["tasks"]
    dup(_("nhiệm vụ"), [t["id"] for t in tasks])
    dup(_("nhiệm vụ (mã mẫu)"), [t["template_ref"] for t in tasks if t["template_ref"]])
    dup(_("chỉ tiêu"), [t["id"] for t in data["targets"]])
    dup(_("chỉ tiêu (mã mẫu)"), [t["template_ref"] for t in data["targets"] if t["template_ref"]])
    dup(_("dòng kinh phí"), [b["id"] for b in data["budget"]])
    task_ids = {t["id"] for t in tasks}
    for b in data["budget"]:
        if b["task_id"] is not None and b["task_id"] not in task_ids:
            raise _refuse(_("Dòng kinh phí {id} trỏ tới nhiệm vụ không có ({t}).").format(id=b["id"], t=b["task_id"]))
    year = plan["year"]

    def period(code: str | None, where: str) -> Any:
        if code is None:
            return None
        try:
            return Period.parse(code)
        except ValueError as e:
            raise _refuse(_("Thời gian không hợp lệ tại {where}: {v}.").format(where=where, v=code)) from e

    def date(s: str | None, where: str) -> None:
        if s is None:
            return
        try:
            d = dt.date.fromisoformat(s)
        except ValueError as e:
            raise _refuse(_("Ngày không hợp lệ tại {where}: {v}.").format(where=where, v=s)) from e
        if not 2000 <= d.year <= 2100:
            raise _refuse(_("Ngày bất thường tại {where}: {v}.").format(where=where, v=s))

    date(plan["issue_date"], "plan.issue_date")
    for i, t in enumerate(tasks):
        w = f"tasks[{i}]"
        st, fi = period(t["start"], w + ".start"), period(t["finish"], w + ".finish")
        if st and fi and fi.end < st.start:
            raise _refuse(_("Nhiệm vụ {w}: thời gian hoàn thành trước thời gian bắt đầu.").format(w=w))
        if t["status"] == "done" and t["percent"] != 100:
            raise _refuse(_("Nhiệm vụ {w}: đã hoàn thành nhưng tỷ lệ {p}%.").format(w=w, p=t["percent"]))
        for j, u in enumerate(t["updates"]):
            date(u["on_date"], f"{w}.updates[{j}].on_date")
            period(u["period"], f"{w}.updates[{j}].period")
        for j, e in enumerate(t["evidence"]):
            date(e["doc_date"], f"{w}.evidence[{j}].doc_date")
    for i, g in enumerate(data["targets"]):
        w = f"targets[{i}]"
        for name in ("city_value", "value"):
            v = g[name]
            if v is not None and g["unit"] == "%" and Decimal(v) > 100:
                raise _refuse(_("Chỉ tiêu {w}: giá trị {v}% vượt 100%.").format(w=w, v=v))
        seen_p: set[str] = set()
        for j, m in enumerate(g["measurements"]):
            p = period(m["period"], f"{w}.measurements[{j}].period")
            if p is not None and not (year - 1 <= p.year <= year + 1):
                raise _refuse(_("Chỉ tiêu {w}: kỳ đo {p} ngoài năm kế hoạch.").format(w=w, p=m["period"]))
            if m["period"] in seen_p:
                raise _refuse(_("Chỉ tiêu {w}: kỳ đo {p} bị trùng.").format(w=w, p=m["period"]))
            seen_p.add(m["period"])
            if g["unit"] == "%" and Decimal(m["value"]) > 100:
                raise _refuse(_("Chỉ tiêu {w}: giá trị đo {v}% vượt 100%.").format(w=w, v=m["value"]))
            date(m["measured_on"], f"{w}.measurements[{j}].measured_on")
