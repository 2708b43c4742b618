"""Template packages (province to unit): publish a template signed by the province; import it in a unit.

The province writes a draft (``draft``: a copy of a template, a blank one, or one
read from its task table), checks it (``publish_preview``, a dry run) and
``publish``es it as a signed zip (``.khcdst``: manifest.json, manifest.sig,
template.json). A unit accepts a package only for its own province and only from
the key it trusts for that province: the first key is trusted when the officer
confirms its fingerprint (read over the phone), and replaced only after an
explicit reset. When the package is a newer version of the template a plan uses,
the plan is carried across field by field: tasks and targets that the new version
no longer gives the unit are kept and flagged (never dropped), new ones are added,
the province's values are updated, and the unit's own edits are kept and flagged;
the report lists each change with its old and new value.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.errors import PackageError, TemplateError, UserError
from desktop.fsutil import atomic_write_bytes
from desktop.i18n import _
from desktop.models import directory
from desktop.models.deadline import Deadline
from desktop.models.enums import Level
from desktop.models.orm import Plan, PlanTarget, TemplateRecord
from desktop.models.period import Period
from desktop.models.template import Template, TemplateTask
from desktop.services import plans as psvc
from desktop.services import templates as tsvc
from desktop.services import units as usvc
from desktop.sync import keys as keymod
from desktop.sync import province_trust as trust
from desktop.sync.package import open_signed_zip, utc_iso, write_signed_zip
from desktop.sync.province_trust import FP_SETTING, KEY_SETTING, PROVINCE_SETTING
from desktop.vn import short_date

FORMAT = "khcds-template-package"
FORMAT_VERSION = 1
EXTENSION = ".khcdst"
PART = "template.json"
FLAG_MARK = "[mẫu]"  # flags this module sets start with it, so that it may clear them later


# -- city side --------------------------------------------------------------------
def _require_city(session: Session) -> int:
    from desktop.models.city import require_city

    return require_city(session)


def draft_data(store: Any, source: str, new_id: str | None = None) -> dict[str, Any]:
    """A template (built-in or imported) as a draft document for the city to edit: the next version
    of it, or version 1 under a new id; with the city's province."""
    with store.transaction() as s:
        province = _require_city(s)
        tsvc.sync_builtins(s)
        rec = tsvc.find(s, source)
        if rec is None:
            raise UserError(_("Không có mẫu kế hoạch {id}.").format(id=source))
        d: dict[str, Any] = json.loads(rec.data)
        if new_id and new_id != rec.key:
            d["id"] = new_id
            d["version"] = next_version(s, new_id)
        else:
            d["version"] = next_version(s, rec.key)
        d["province_code"] = province
    return d


def draft(store: Any, source: str, out: Path, new_id: str | None = None) -> Path:
    """Copy a template (built-in or imported) to a JSON file for the city to edit.

    With the same id the draft takes the next version number; with a new id it
    starts at version 1. Either way it carries the city's province code.
    """
    d = draft_data(store, source, new_id)
    atomic_write_bytes(out, (json.dumps(d, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return out


@dataclass(frozen=True)
class DraftResult:
    path: Path
    groups: int
    tasks: int
    problems: list[str]


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
    """A new template draft for a province: blank, or read from its task table (XLSX, DOCX).

    A draft from a table with its header given publishes as it is; what the table
    reader could not read is returned, never silently dropped.
    """
    from desktop.services import table_import as ti

    code = ti.resolve_province(province)
    if not tsvc.TEMPLATE_ID.fullmatch(template_id):
        raise UserError(
            _(
                'Mã mẫu "{id}" không hợp lệ: ghi chữ thường không dấu, số và dấu gạch ngang, '
                "3 đến 64 ký tự, ví dụ ls-12-2026."
            ).format(id=template_id)
        )
    if version < 1:
        raise UserError(_("Phiên bản phải là số nguyên từ 1 trở lên, ví dụ 1."))
    per = ti.parse_period(period) if period else None
    if table is None:
        d = ti.blank_draft(
            code,
            template_id,
            number=number or "",
            date=date.isoformat() if date else None,
            title=title or "",
            period=per,
            version=version,
        )
        problems: list[str] = []
    else:
        assert number and date and title and per
        read = ti.read_table(table)
        d, problems = ti.draft_from_table(
            read, code, template_id, number=number, date=date.isoformat(), title=title, period=per, version=version
        )
        # a draft from a table must publish as it is: refuse it here with the reason if not
        tsvc.validate(d, Path(out).name)
    atomic_write_bytes(out, (json.dumps(d, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return DraftResult(Path(out), len(d["task_groups"]), sum(len(g["tasks"]) for g in d["task_groups"]), problems)


@dataclass
class PublishPreview:
    template: Template
    province_name: str
    fingerprint: str | None
    conflict: bool
    proposed_version: int

    def lines(self) -> list[str]:
        t = self.template
        out = [
            _("Kiểm tra xong, không ghi gì. Sẽ phát hành: {id} phiên bản {v}").format(id=t.id, v=t.version),
            _("  {kind} số {num} ngày {d} của {issuer}: {title}").format(
                kind=t.kind,
                num=t.number,
                d=short_date(t.date) if t.date else "...",
                issuer=t.issuer,
                title=t.title,
            ),
            _("  Thời kỳ {p}; tỉnh, thành phố: {prov}").format(p=t.period_label, prov=self.province_name),
            _("  {g} nhóm, {n} nhiệm vụ ({c} nhiệm vụ giao cấp xã), {k} chỉ tiêu").format(
                g=len(t.task_groups), n=len(t.tasks), c=len(t.tasks_for(Level.COMMUNE)), k=len(t.targets)
            ),
        ]
        for g in t.task_groups:
            out.append(f"  {g.number or '-':>5}  {g.title} ({len(g.tasks)})")
        if self.conflict:
            out.append(
                _("  Phiên bản {v} đã phát hành với nội dung khác: hãy đổi thành phiên bản {n}.").format(
                    v=t.version, n=self.proposed_version
                )
            )
        if self.fingerprint:
            out.append(_("  Ký bằng khóa có dấu vân tay {fp}").format(fp=self.fingerprint))
        else:
            out.append(_("  Thư mục chưa có khóa ký: khóa sẽ được tạo khi phát hành."))
        return out


def next_version(session: Session, template_id: str) -> int:
    """The version the program proposes for the next publication of ``template_id``."""
    latest = tsvc.latest(session, template_id)
    return latest.version + 1 if latest else 1


def _check_publishable(template: Template, province: int) -> None:
    if template.province_code is None:
        raise UserError(_("Mẫu chưa ghi mã tỉnh (province_code): ghi {p}.").format(p=province))
    if template.province_code != province:
        raise UserError(_("Mẫu ghi mã tỉnh {p}, không phải của thành phố này.").format(p=template.province_code))


def publish_preview(store: Any, file: Path) -> PublishPreview:
    """Validate a template JSON file as ``publish`` would and say what it would publish; write nothing."""
    try:
        raw = Path(file).read_bytes()
    except OSError as e:
        raise UserError(_("Không đọc được tệp {file}: {err}").format(file=file, err=e.strerror)) from e
    return preview_bytes(store, raw, Path(file).name)


def preview_bytes(store: Any, raw: bytes, source: str) -> PublishPreview:
    import hashlib

    template, canonical = tsvc.read_template_bytes(raw, source)
    with store.session() as s:
        province = _require_city(s)
        _check_publishable(template, province)
        rec = s.scalar(
            select(TemplateRecord).where(TemplateRecord.key == template.id, TemplateRecord.version == template.version)
        )
        conflict = rec is not None and rec.sha256 != hashlib.sha256(canonical.encode("utf-8")).hexdigest()
        proposed = next_version(s, template.id) if conflict else template.version
    fp = keymod.folder_fingerprint(store.data) if keymod.key_path(store.data).exists() else None
    return PublishPreview(template, directory.province(province).name, fp, conflict, proposed)


@dataclass(frozen=True)
class PublishResult:
    path: Path
    template_id: str
    version: int
    fingerprint: str


def publish(store: Any, file: Path, out: Path, now: dt.datetime | None = None) -> PublishResult:
    """Validate a template JSON file, keep it in the city's store, write it as a signed package."""
    try:
        raw = Path(file).read_bytes()
    except OSError as e:
        raise UserError(_("Không đọc được tệp {file}: {err}").format(file=file, err=e.strerror)) from e
    return publish_bytes(store, raw, Path(file).name, out, now)


def publish_data(store: Any, data: dict[str, Any], out: Path, now: dt.datetime | None = None) -> PublishResult:
    """Publish a template document edited in the window."""
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return publish_bytes(store, raw, _("bản thảo {id}").format(id=data.get("id", "")), out, now)


def publish_bytes(store: Any, raw: bytes, source: str, out: Path, now: dt.datetime | None = None) -> PublishResult:
    template, canonical = tsvc.read_template_bytes(raw, source)
    key = keymod.load_or_create(store.data)
    with store.transaction() as s:
        province = _require_city(s)
        _check_publishable(template, province)
        tsvc.sync_builtins(s)
        tsvc.add_template(s, template, canonical, "city")
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "program_version": __version__,
            "publisher": {"province_code": province, "name": directory.province(province).name},
            "template": {"id": template.id, "version": template.version},
            "created_at": utc_iso(now or dt.datetime.now(dt.UTC)),
            "public_key": keymod.public_b64(key),
        }
        if out.is_dir():
            out = out / f"{template.id}-v{template.version}{EXTENSION}"
        write_signed_zip(out, manifest, [(PART, canonical.encode("utf-8"))], key)
    return PublishResult(out, template.id, template.version, keymod.fingerprint(key))


# -- reading ------------------------------------------------------------------------
@dataclass
class TemplatePackage:
    path: Path
    manifest: dict[str, Any]
    template: Template
    canonical: str
    public_key: str
    fingerprint: str


def read_template_package(path: Path) -> TemplatePackage:
    sz = open_signed_zip(
        Path(path),
        fmt=FORMAT,
        format_version=FORMAT_VERSION,
        manifest_def="template_manifest",
        json_parts={PART},
        other_part=None,
        kind_label=_("gói mẫu kế hoạch"),
    )
    try:
        template, canonical = tsvc.read_template_bytes(sz.parts[PART], PART)
    except TemplateError as e:
        raise PackageError(str(e)) from e
    m = sz.manifest["template"]
    if (m["id"], m["version"]) != (template.id, template.version):
        raise PackageError(
            _("Mẫu trong gói ({a} v{b}) khác bản kê ({c} v{d}).").format(
                a=template.id, b=template.version, c=m["id"], d=m["version"]
            )
        )
    pc = sz.manifest["publisher"]["province_code"]
    if template.province_code is not None and pc is not None and template.province_code != pc:
        raise PackageError(_("Mẫu ghi mã tỉnh khác với nơi phát hành."))
    return TemplatePackage(sz.path, sz.manifest, template, canonical, sz.public_key, sz.fingerprint)


# -- diff and carry-over --------------------------------------------------------------
# every field a plan task takes from its template task, in words, in the order a report lists them
CARRIED = {
    "content": "nội dung",
    "lead": "chủ trì",
    "guide": "cơ quan hướng dẫn",
    "coordinating": "phối hợp",
    "support": "hỗ trợ",
    "product": "sản phẩm",
    "period_text": "thời gian",
    "start": "bắt đầu",
    "finish": "hoàn thành",
    "deadline_rule": "thời hạn",
    "superior_ref": "nhiệm vụ theo kế hoạch cấp trên",
}
# template-level fields of a task that decide who adopts it
BINDING = {"levels": "cấp thực hiện", "units": "đơn vị được giao"}


def _words(value: Any) -> str:
    """A field's value as the report prints it."""
    if value is None or value == "" or value == ():
        return _("(trống)")
    if isinstance(value, Period):
        return value.label()
    if isinstance(value, Deadline):
        return value.label()
    if isinstance(value, tuple):
        return ", ".join(getattr(x, "label", None) or str(x) for x in value)
    if isinstance(value, str) and value.startswith("{") and '"kind"' in value:
        d = Deadline.from_json(value)
        return d.label() if d else value
    return _short(str(value), 60)


def derived(task: TemplateTask, level: Level, year: int, event_date: dt.date | None = None) -> dict[str, Any]:
    """What a plan task of a unit of ``level`` takes from ``task`` (the values ``create_plan`` sets)."""
    lead, guide, product, deadline = task.for_unit(level)
    return {
        "content": task.content,
        "lead": lead,
        "guide": guide,
        "coordinating": task.coordinating,
        "support": task.support,
        "product": product,
        "period_text": task.period_text or (deadline.label() if deadline else None),
        "start": psvc._in_plan_year(task.start, year, True),
        "finish": psvc.task_finish(task.finish, deadline, year, event_date),
        "deadline_rule": deadline.to_json() if deadline else None,
        "superior_ref": task.superior_ref,
    }


def _template_view(task: TemplateTask) -> dict[str, Any]:
    """A template task's fields for the template-to-template diff."""
    return {
        "content": task.content,
        "lead": task.lead,
        "coordinating": task.coordinating,
        "support": task.support,
        "product": task.product,
        "period_text": task.period_text,
        "start": task.start,
        "finish": task.finish,
        "deadline_rule": task.deadline,
        "superior_ref": task.superior_ref,
        "commune_lead": task.commune.lead if task.commune else None,
        "commune_product": task.commune.product if task.commune else None,
        "commune_deadline": task.commune.deadline if task.commune else None,
        "levels": task.levels,
        "units": task.units,
    }


VIEW_WORDS = dict(
    CARRIED,
    commune_lead="chủ trì cấp xã",
    commune_product="sản phẩm cấp xã",
    commune_deadline="thời hạn cấp xã",
    **BINDING,
)


@dataclass
class TemplateDiff:
    tasks_added: list[str] = field(default_factory=list)
    tasks_removed: list[str] = field(default_factory=list)
    tasks_changed: list[str] = field(default_factory=list)
    targets_added: list[str] = field(default_factory=list)
    targets_removed: list[str] = field(default_factory=list)
    targets_changed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not any(vars(self).values())

    def lines(self) -> list[str]:
        labels = {
            "tasks_added": _("Nhiệm vụ mới"),
            "tasks_removed": _("Nhiệm vụ bị bỏ"),
            "tasks_changed": _("Nhiệm vụ sửa"),
            "targets_added": _("Chỉ tiêu mới"),
            "targets_removed": _("Chỉ tiêu bị bỏ"),
            "targets_changed": _("Chỉ tiêu sửa"),
        }
        return [f"{labels[k]}: {x}" for k, items in vars(self).items() for x in items]


def _short(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def diff_templates(old: Template, new: Template) -> TemplateDiff:
    """Every change between two versions, each changed field with its old and new value."""
    d = TemplateDiff()
    ot = {t.id: t for t in old.tasks}
    nt = {t.id: t for t in new.tasks}
    d.tasks_added = [f"{i}: {_short(nt[i].content)}" for i in nt if i not in ot]
    d.tasks_removed = [f"{i}: {_short(ot[i].content)}" for i in ot if i not in nt]
    for i in nt:
        if i not in ot:
            continue
        a, b = _template_view(ot[i]), _template_view(nt[i])
        for f, words in VIEW_WORDS.items():
            if a.get(f) != b.get(f):
                d.tasks_changed.append(
                    _("{id}: {t} — {f}: {a} → {b}").format(
                        id=i, t=_short(nt[i].content, 50), f=words, a=_words(a.get(f)), b=_words(b.get(f))
                    )
                )
    og = {t.id: t for t in old.targets}
    ng = {t.id: t for t in new.targets}
    d.targets_added = [f"{i}: {_short(ng[i].text)}" for i in ng if i not in og]
    d.targets_removed = [f"{i}: {_short(og[i].text)}" for i in og if i not in ng]
    for i in ng:
        if i not in og:
            continue
        if og[i].text != ng[i].text:
            d.targets_changed.append(
                _("{id}: nội dung: {a} → {b}").format(id=i, a=_short(og[i].text, 50), b=_short(ng[i].text, 50))
            )
        for lv in sorted(set(og[i].values) | set(ng[i].values)):
            if og[i].values.get(lv) != ng[i].values.get(lv):
                d.targets_changed.append(
                    _("{id}: {t} — mức giao ({lv}): {a} → {b}").format(
                        id=i,
                        t=_short(ng[i].text, 50),
                        lv=lv,
                        a=_words(og[i].values.get(lv)),
                        b=_words(ng[i].values.get(lv)),
                    )
                )
        if og[i].binds != ng[i].binds:
            d.targets_changed.append(
                _("{id}: {t} — cấp phải đạt: {a} → {b}").format(
                    id=i, t=_short(ng[i].text, 50), a=_words(og[i].binds), b=_words(ng[i].binds)
                )
            )
    return d


@dataclass
class CarryReport:
    year: int
    flagged_tasks: list[str] = field(default_factory=list)
    flagged_targets: list[str] = field(default_factory=list)
    added_tasks: list[str] = field(default_factory=list)
    added_targets: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    kept_edits: list[str] = field(default_factory=list)
    skipped: str | None = None

    def lines(self) -> list[str]:
        if self.skipped:
            return [_("Kế hoạch năm {y}: {why}").format(y=self.year, why=self.skipped)]
        out = [_("Kế hoạch năm {y} đã chuyển sang phiên bản mới.").format(y=self.year)]
        out += [
            _("  Gắn cờ (không còn trong mẫu, vẫn giữ): {x}").format(x=x)
            for x in self.flagged_tasks + self.flagged_targets
        ]
        out += [_("  Thêm: {x}").format(x=x) for x in self.added_tasks + self.added_targets]
        out += [_("  Cập nhật theo mẫu: {x}").format(x=x) for x in self.updated]
        out += [_("  Giữ nội dung đơn vị đã sửa: {x}").format(x=x) for x in self.kept_edits]
        return out


def carry_plan(session: Session, plan: Plan, new_rec: TemplateRecord) -> CarryReport:
    """Move ``plan`` to ``new_rec`` (a newer version of its template); flag, never drop."""
    rep = CarryReport(plan.year)
    assert plan.template is not None, "only a plan made from a template is carried to its next version"
    old_t = tsvc.parse(plan.template)
    new_t = tsvc.parse(new_rec)
    level = plan.unit.level
    label = f"{new_t.number} (phiên bản {new_t.version})"
    old_tasks = {t.id: t for t in old_t.tasks}
    new_groups = {t.id: (g, t) for g in new_t.task_groups for t in g.tasks}
    for task in plan.tasks:
        if not task.template_ref:
            continue
        if task.template_ref not in new_groups or not new_groups[task.template_ref][1].binds(level, plan.unit.code):
            why = (
                _("không còn trong mẫu {tpl}")
                if task.template_ref not in new_groups
                else _("mẫu {tpl} không còn giao cho đơn vị")
            )
            task.flag = f"{FLAG_MARK} " + _("Nhiệm vụ {why}; hãy quyết định giữ hay bỏ.").format(
                why=why.format(tpl=label)
            )
            rep.flagged_tasks.append(_short(task.content))
            continue
        g, nt = new_groups[task.template_ref]
        task.group_ref, task.group_number, task.group_title, task.pillar = g.id, g.number, g.title, g.pillar
        ot = old_tasks.get(task.template_ref)
        new_v = derived(nt, level, plan.year, task.event_date)
        old_v = derived(ot, level, plan.year, task.event_date) if ot else {}
        kept: list[str] = []
        for f, words in CARRIED.items():
            cur = getattr(task, f)
            if new_v[f] == old_v.get(f) or cur == new_v[f]:
                continue
            if ot is not None and cur == old_v.get(f):
                setattr(task, f, new_v[f])
                rep.updated.append(
                    _("{t} ({f}: {a} → {b})").format(
                        t=_short(nt.content, 50), f=words, a=_words(cur), b=_words(new_v[f])
                    )
                )
            else:
                kept.append(
                    _("{f}: mẫu mới ghi {b}, đơn vị giữ {c}").format(f=words, b=_words(new_v[f]), c=_words(cur))
                )
        if kept:
            rep.kept_edits.append(f"{_short(task.content, 50)} ({'; '.join(kept)})")
            task.flag = f"{FLAG_MARK} " + _(
                "Mẫu {tpl} đã đổi ({what}); đơn vị đã sửa nên giữ nội dung của đơn vị: hãy xem lại."
            ).format(tpl=label, what="; ".join(kept))
        elif task.flag and task.flag.startswith(FLAG_MARK):
            task.flag = None
    have = {t.template_ref for t in plan.tasks if t.template_ref}
    pos = max((t.position for t in plan.tasks), default=-1) + 1
    for g, nt in new_t.tasks_for(level, plan.unit.code):
        if nt.id not in have:
            plan.tasks.append(psvc._task_from_template(g, nt, plan.year, pos, level))
            pos += 1
            rep.added_tasks.append(_short(nt.content))
    new_targets = {t.id: t for t in new_t.targets_for(level, plan.year)}
    for tg in plan.targets:
        if not tg.template_ref:
            continue
        nt2 = new_targets.get(tg.template_ref)
        if nt2 is None:
            tg.flag = f"{FLAG_MARK} " + _("Chỉ tiêu không còn trong mẫu {tpl}; hãy quyết định giữ hay bỏ.").format(
                tpl=label
            )
            rep.flagged_targets.append(_short(tg.text))
            continue
        if tg.flag and tg.flag.startswith(FLAG_MARK):
            tg.flag = None
        v = nt2.value_for(level)
        if v != tg.city_value:
            if tg.value == tg.city_value or tg.value is None:
                tg.value = v
            tg.city_value = v
            rep.updated.append(_("{t}: mức thành phố giao {v}").format(t=_short(tg.text, 50), v=v))
        if nt2.text != tg.text:
            tg.text = nt2.text
        tg.unit, tg.direction, tg.group_title = nt2.unit, nt2.direction, nt2.group
    have_t = {t.template_ref for t in plan.targets if t.template_ref}
    pos = max((t.position for t in plan.targets), default=-1) + 1
    for nt2 in new_targets.values():
        if nt2.id in have_t:
            continue
        v = nt2.value_for(level)
        plan.targets.append(
            PlanTarget(
                template_ref=nt2.id,
                group_title=nt2.group,
                text=nt2.text,
                unit=nt2.unit,
                direction=nt2.direction,
                city_value=v,
                value=v,
                position=pos,
            )
        )
        pos += 1
        rep.added_targets.append(_short(nt2.text))
    plan.template = new_rec
    session.flush()
    return rep


# -- unit side ------------------------------------------------------------------------------


@dataclass
class ImportResult:
    template_id: str
    version: int
    fingerprint: str
    first_key: bool
    already: bool
    diff: TemplateDiff | None
    plans: list[CarryReport]
    dry_run: bool
    pending: bool = False  # a first key not yet confirmed: nothing imported
    issuer: str = ""
    province_name: str = ""

    def lines(self, limit: int | None = None) -> list[str]:
        """The report; a window passes ``limit`` so that a long list of changes fits on the screen."""
        out = self._lines()
        if limit is not None and len(out) > limit:
            rest = len(out) - limit + 1
            out = out[: limit - 1] + [
                _("... và {n} dòng nữa (xem đủ bằng khcds template import --dry-run TỆP).").format(n=rest)
            ]
        return out

    def _lines(self) -> list[str]:
        out = []
        if self.pending:
            return [
                _("Chưa nhập: khóa ký của {prov} chưa được tin cậy trên máy này.").format(prov=self.province_name),
                _("Dấu vân tay khóa trong gói: {fp}").format(fp=self.fingerprint),
                _(
                    "Hãy gọi điện cho {issuer} để đối chiếu dấu vân tay, rồi nhập lại với --accept-new-key "
                    'hoặc --fingerprint "{fp}".'
                ).format(issuer=self.issuer, fp=self.fingerprint),
            ]
        verb = _("Sẽ nhập") if self.dry_run else _("Đã nhập")
        if self.already:
            out.append(_("Mẫu {id} phiên bản {v} đã có; không thay đổi.").format(id=self.template_id, v=self.version))
        else:
            out.append(_("{verb} mẫu {id} phiên bản {v}.").format(verb=verb, id=self.template_id, v=self.version))
        if self.first_key:
            if self.dry_run:
                out.append(
                    _(
                        "Khóa ký của {prov} chưa được tin cậy, dấu vân tay {fp}: hãy đối chiếu qua điện thoại "
                        "trước khi nhập."
                    ).format(prov=self.province_name, fp=self.fingerprint)
                )
            else:
                out.append(
                    _("Khóa của thành phố được ghi nhận lần đầu, dấu vân tay {fp}: đã đối chiếu và tin cậy.").format(
                        fp=self.fingerprint
                    )
                )
        if self.diff is not None:
            out += self.diff.lines() or [_("Không có thay đổi về nhiệm vụ, chỉ tiêu.")]
        for p in self.plans:
            out += p.lines()
        return out


def trusted_key(store: Any) -> dict[str, Any]:
    """The province key this unit folder trusts for template packages."""
    with store.session() as s:
        prov = usvc.get_setting(s, PROVINCE_SETTING)
        return {
            "fingerprint": usvc.get_setting(s, FP_SETTING),
            "province_code": int(prov) if prov else None,
            "province": directory.province(int(prov)).name if prov else None,
        }


def reset_trust(store: Any) -> str | None:
    """Forget the trusted province key (after a phone check that the province changed it);
    the next package asks again. Returns the forgotten fingerprint."""
    from desktop.models.orm import Setting

    with store.transaction() as s:
        old = usvc.get_setting(s, FP_SETTING)
        for k in (KEY_SETTING, FP_SETTING, PROVINCE_SETTING):
            row = s.get(Setting, k)
            if row is not None:
                s.delete(row)
    return old


def check_province(template: Template, publisher_code: int | None, unit_province: int | None, file: str) -> None:
    """A template package is for one province: its own, from that province, for this unit's."""
    if template.province_code is None:
        raise PackageError(_("Tệp {file} bị từ chối: mẫu không ghi tỉnh, thành phố phát hành.").format(file=file))
    if publisher_code is not None and publisher_code != template.province_code:
        raise PackageError(_("Tệp {file} bị từ chối: mẫu ghi mã tỉnh khác với nơi phát hành.").format(file=file))
    if unit_province is not None and template.province_code != unit_province:
        raise PackageError(
            _("Tệp {file} bị từ chối: mẫu phát hành cho {a}, không phải {b} của đơn vị này.").format(
                file=file, a=_province_name(template.province_code), b=_province_name(unit_province)
            )
        )


def _province_name(code: int) -> str:
    try:
        return directory.province(code).name
    except KeyError:
        return str(code)


def import_package(
    store: Any,
    path: Path,
    *,
    year: int | None = None,
    dry_run: bool = False,
    accept_new_key: bool = False,
    fingerprint: str | None = None,
    province: int | None = None,
) -> ImportResult:
    """Import a province's template package into a unit folder and carry its plans across.

    Accepted only when signed by the key this folder trusts for its province; the first key is
    trusted only when confirmed (``accept_new_key`` after a phone check, or its ``fingerprint``
    given), else nothing is imported and the result is ``pending``. ``province`` is the unit's
    province when the folder has no unit yet (the first-run wizard).
    """
    name = Path(path).name
    try:
        pkg = read_template_package(path)
    except PackageError as e:
        raise PackageError(_("Tệp {file} bị từ chối: {why}").format(file=name, why=e)) from e
    t = pkg.template
    with store.session() as s:
        if usvc.is_city(s):
            raise UserError(_("Thư mục dữ liệu này ở chế độ thành phố: gói mẫu dành cho đơn vị."))
        unit = usvc.current_unit(s)
        unit_province = unit.province_code if unit is not None else province
        check_province(t, pkg.manifest["publisher"]["province_code"], unit_province, name)
        first = trust.check_signer(
            s,
            file=name,
            public_key=pkg.public_key,
            package_fingerprint=pkg.fingerprint,
            fingerprint=fingerprint,
            changed_key=_(
                "Tệp {file} bị từ chối: khóa ký khác khóa của thành phố đã tin cậy ({fp}). Nếu tỉnh, "
                "thành phố đã đổi khóa, hãy gọi điện xác nhận rồi chạy khcds template trust --reset."
            ),
        )
    assert t.province_code is not None
    confirmed = trust.confirmed(accept_new_key, fingerprint)
    prov_name = _province_name(t.province_code)
    if first and not dry_run and not confirmed:
        return ImportResult(
            t.id,
            t.version,
            pkg.fingerprint,
            True,
            False,
            None,
            [],
            False,
            pending=True,
            issuer=t.issuer,
            province_name=prov_name,
        )
    if not dry_run:
        from desktop.store.backup import backup_before_import

        backup_before_import(store)
    with store.transaction() as s:
        tsvc.sync_builtins(s)
        existing = s.scalar(
            select(TemplateRecord).where(TemplateRecord.key == t.id, TemplateRecord.version == t.version)
        )
        already = existing is not None
        if existing is not None and existing.data != pkg.canonical:
            import hashlib

            if existing.sha256 != hashlib.sha256(pkg.canonical.encode("utf-8")).hexdigest():
                raise PackageError(
                    _("Mẫu {id} phiên bản {v} đã có với nội dung khác; thành phố phải phát hành phiên bản mới.").format(
                        id=t.id, v=t.version
                    )
                )
        unit = usvc.current_unit(s)
        older = [
            p
            for p in (unit.plans if unit else [])
            if p.template is not None
            and p.template.key == t.id
            and p.template.version < t.version
            and (year is None or p.year == year)
        ]
        old_rec = older[0].template if older else None
        diff = diff_templates(tsvc.parse(old_rec), t) if old_rec is not None else None
        reports: list[CarryReport] = []
        if dry_run:
            s.rollback()
            return ImportResult(
                t.id,
                t.version,
                pkg.fingerprint,
                first,
                already,
                diff,
                [CarryReport(p.year, skipped=_("sẽ chuyển sang phiên bản mới")) for p in older],
                True,
                issuer=t.issuer,
                province_name=prov_name,
            )
        if first:
            trust.remember(s, pkg.public_key, pkg.fingerprint, t.province_code)
        rec = existing or tsvc.add_template(s, t, pkg.canonical, "package")
        for p in older:
            if p.state.locked:
                reports.append(
                    CarryReport(
                        p.year,
                        skipped=_("kế hoạch {state}: không chuyển; hãy mở khóa rồi nhập lại.").format(
                            state=p.state.label.lower()
                        ),
                    )
                )
                continue
            reports.append(carry_plan(s, psvc.load_plan(s, p.id), rec))
    return ImportResult(
        t.id, t.version, pkg.fingerprint, first, already, diff, reports, False, issuer=t.issuer, province_name=prov_name
    )
