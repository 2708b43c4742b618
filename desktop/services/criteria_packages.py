"""Signed criteria-set packages for the window and the CLI: the city publishes a set, a unit imports
it under the province key it trusts. Packing and signing live in desktop.sync.criteria_package."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.sync import criteria_package as _package
from desktop.sync.criteria_package import ImportResult, PublishResult

if TYPE_CHECKING:
    import datetime as dt

    from desktop.store.database import Store

__all__ = ["ImportResult", "PublishResult", "import_package", "publish", "publish_data"]


def publish(store: Store, file: Path, out: Path, now: dt.datetime | None = None) -> PublishResult:
    """Check a criteria set (JSON), keep it in the city's store and write it as a signed package."""
    return _package.publish(store, file, out, now)


def publish_data(store: Store, data: dict[str, Any], out: Path, now: dt.datetime | None = None) -> PublishResult:
    """Publish a criteria set held in memory (the city's editor), by the same path as ``publish``."""
    return _package.publish_data(store, data, out, now)


def import_package(
    store: Store, path: Path, *, accept_new_key: bool = False, fingerprint: str | None = None
) -> ImportResult:
    """Import a criteria-set package; ImportResult.pending when the province key is not yet trusted."""
    return _package.import_package(store, path, accept_new_key=accept_new_key, fingerprint=fingerprint)
