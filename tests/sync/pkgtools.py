"""Helpers to craft (hostile) packages for the tests."""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


# -- crafting packages ---------------------------------------------------------------
def read_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def write_members(path: Path, members: list[tuple[str, bytes]] | dict[str, bytes]) -> Path:
    items = members.items() if isinstance(members, dict) else members
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for n, b in items:
            z.writestr(zipfile.ZipInfo(n, date_time=(2000, 1, 1, 0, 0, 0)), b, compress_type=zipfile.ZIP_DEFLATED)
    return path


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def unit_key(unit_dir: Path) -> Any:
    from desktop.paths import DataDir
    from desktop.sync import keys

    return keys.load_or_create(DataDir.resolve(unit_dir))


def repack(
    src: Path,
    dst: Path,
    key: Any,
    *,
    data: Callable[[dict], Any] | None = None,
    manifest: Callable[[dict], Any] | None = None,
    raw_data: bytes | None = None,
) -> Path:
    """A copy of ``src`` with changed data and/or manifest, hashed and signed again with ``key``."""
    m = read_members(src)
    man = json.loads(m["manifest.json"])
    if data is not None or raw_data is not None:
        d = json.loads(m["data.json"])
        if data is not None:
            d = data(d) or d
        body = raw_data if raw_data is not None else canonical(d)
        m["data.json"] = body
        man["parts"]["data.json"] = {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}
    if manifest is not None:
        man = manifest(man) or man
    if key is not None:
        from desktop.sync import keys

        man["public_key"] = base64.b64encode(keys.public_raw(key)).decode()
        mb = canonical(man)
        m["manifest.json"] = mb
        m["manifest.sig"] = key.sign(mb)
    return write_members(dst, m)
