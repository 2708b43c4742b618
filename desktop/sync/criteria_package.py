"""Criteria sets published by a province as signed packages (``.khcdsc``).

The city publishes a criteria set with its own key, the same key its template
packages carry; a commune accepts the package only from that key (the first key
is confirmed after a phone check, as for templates) and only when the set is
for the commune's province (a national set, province empty, is accepted from
any trusted province).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.errors import PackageError, UserError
from desktop.i18n import _
from desktop.models import directory
from desktop.services import criteria as csvc
from desktop.services import scorecards
from desktop.services import units as usvc
from desktop.sync import keys as keymod
from desktop.sync import province_trust as trust
from desktop.sync.package import canonical_json, open_signed_zip, utc_iso, write_signed_zip

FORMAT = "khcds-criteria-package"
FORMAT_VERSION = 1
EXTENSION = ".khcdsc"
PART = "criteria.json"


@dataclass(frozen=True)
class PublishResult:
    path: Path
    set_id: str
    version: int
    fingerprint: str


def publish(store: Any, file: Path, out: Path, now: dt.datetime | None = None) -> PublishResult:
    """Check a criteria set (JSON), keep it in the city's store and write it as a signed package."""
    csvc.load_file(file)  # every message names the file and the field
    data = json.loads(Path(file).read_text(encoding="utf-8"))
    return publish_data(store, data, out, now, source=Path(file).name)


def publish_data(
    store: Any, data: dict[str, Any], out: Path, now: dt.datetime | None = None, *, source: str = ""
) -> PublishResult:
    """The same as ``publish`` for a set held in memory (the city's editor); ``source`` names it in messages."""
    file = Path(source or f"{data.get('id') or 'bo-tieu-chi'}.json")
    csvc.parse(data, source=file.name)
    data = dict(data)
    key = keymod.load_or_create(store.data)
    with store.transaction() as s:
        from desktop.models.city import require_city

        province = require_city(s)
        given = data.get("province")
        if given not in (None, "", str(province)):
            raise UserError(
                _("{file}: bộ tiêu chí ghi mã tỉnh {a}, không phải {b} của thành phố này").format(
                    file=Path(file).name, a=given, b=province
                )
            )
        data["province"] = str(province)
        cs = csvc.parse(data, source=Path(file).name)
        scorecards.sync_builtin_sets(s)  # a built-in set's id and version are taken in every store
        rec = scorecards.add_set(s, data, source="city", file_name=Path(file).name)
        if rec.source == "builtin" and json.loads(rec.data) != data:
            # a changed built-in set under its own version: communes would keep scoring by the built-in text
            raise UserError(
                _("Bộ tiêu chí {id} phiên bản {v} đã có với nội dung khác; phiên bản mới phải có số lớn hơn").format(
                    id=cs.id, v=cs.version
                )
            )
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "program_version": __version__,
            "publisher": {"province_code": province, "name": directory.province(province).name},
            "criteria": {"id": cs.id, "version": cs.version},
            "created_at": utc_iso(now or dt.datetime.now(dt.UTC)),
            "public_key": keymod.public_b64(key),
        }
        if out.is_dir():
            out = out / f"{cs.id}-v{cs.version}{EXTENSION}"
        write_signed_zip(out, manifest, [(PART, canonical_json(data))], key)
    return PublishResult(out, cs.id, cs.version, keymod.fingerprint(key))


@dataclass(frozen=True)
class ImportResult:
    set_id: str
    version: int
    fingerprint: str
    first_key: bool
    pending: bool  # a first key not yet confirmed: nothing imported


def import_package(
    store: Any, path: Path, *, accept_new_key: bool = False, fingerprint: str | None = None
) -> ImportResult:
    """Import a province's criteria set package into a unit folder, under the province key it trusts."""
    name = Path(path).name
    try:
        sz = open_signed_zip(
            Path(path),
            fmt=FORMAT,
            format_version=FORMAT_VERSION,
            manifest_def="criteria_manifest",
            json_parts={PART},
            other_part=None,
            kind_label=_("gói bộ tiêu chí"),
        )
        data = json.loads(sz.parts[PART].decode("utf-8"))
        cs = csvc.parse(data, source=PART)
    except (PackageError, UserError) as e:
        raise PackageError(_("Tệp {file} bị từ chối: {why}").format(file=name, why=e)) from e
    m = sz.manifest["criteria"]
    publisher = sz.manifest["publisher"]["province_code"]
    if (m["id"], m["version"]) != (cs.id, cs.version) or cs.province not in (str(publisher), None):
        raise PackageError(_("Tệp {file} bị từ chối: bộ tiêu chí trong gói khác bản kê.").format(file=name))
    with store.transaction() as s:
        if usvc.is_city(s):
            raise UserError(_("Thư mục dữ liệu này ở chế độ thành phố: gói bộ tiêu chí dành cho đơn vị."))
        unit = usvc.current_unit(s)
        if unit is not None and unit.province_code is not None and publisher != unit.province_code:
            raise PackageError(
                _("Tệp {file} bị từ chối: bộ tiêu chí phát hành cho {a}, không phải {b} của đơn vị này.").format(
                    file=name, a=directory.province(publisher).name, b=directory.province(unit.province_code).name
                )
            )
        first = trust.check_signer(
            s,
            file=name,
            public_key=sz.public_key,
            package_fingerprint=sz.fingerprint,
            fingerprint=fingerprint,
            changed_key=_(
                "Tệp {file} bị từ chối: khóa ký khác khóa của tỉnh, thành phố đã tin cậy ({fp}). "
                "Nếu tỉnh đã đổi khóa, hãy gọi điện xác nhận rồi chạy khcds template trust --reset."
            ),
        )
        if first and not trust.confirmed(accept_new_key, fingerprint):
            return ImportResult(cs.id, cs.version, sz.fingerprint, True, True)
        if first:
            trust.remember(s, sz.public_key, sz.fingerprint, publisher)
        scorecards.add_set(s, data, source="package", file_name=name)
    return ImportResult(cs.id, cs.version, sz.fingerprint, first, False)
