"""Sending a plan to the city, the unit's side: the signed export package, the history of what
was sent, and the signing key of the data folder (its fingerprint is read to the city by phone).

The window and the CLI call these; the packing and signing themselves live in ``desktop.sync``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.paths import DataDir
    from desktop.store.database import Store
    from desktop.sync.package import ExportResult as ExportResult


def export_plan(
    store: Store, year: int | None, out: Path | None = None, *, with_evidence: bool = False, plan_id: int | None = None
) -> ExportResult:
    """The plan (``plan_id``, or the only plan of ``year``) as a signed package with the next
    revision, written to ``out`` (a file or a folder; the exports folder when None)."""
    from desktop.sync import package

    return package.export_plan(store, year, out, with_evidence=with_evidence, plan_id=plan_id)


def export_history(store: Store, year: int | None = None, *, plan_id: int | None = None) -> list[dict[str, Any]]:
    """What this unit has sent, oldest first: year, plan id, kind, revision, time (UTC), file, hash."""
    from desktop.sync import package

    return package.export_history(store, year, plan_id=plan_id)


def next_revision(store: Store, year: int | None, plan_id: int | None = None) -> int:
    """The revision the next export of the plan gets."""
    return len(export_history(store, year, plan_id=plan_id)) + 1


def folder_fingerprint(data: DataDir) -> str:
    """The fingerprint of the data folder's signing key (made on first use)."""
    from desktop.sync import keys

    return keys.folder_fingerprint(data)


def signing_key(data: DataDir) -> tuple[str, str]:
    """The data folder's signing key (made on first use): its fingerprint and public key (base64)."""
    from desktop.sync import keys

    k = keys.load_or_create(data)
    return keys.fingerprint(k), keys.public_b64(k)
