"""The local store: one owner of the database (engine, sessions, migrations, backups).

``Store`` and ``open_store`` load SQLAlchemy (and install the audit trail, see
``database``) when first used, so that ``desktop.store.revisions`` and other
light readers stay cheap to import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.store.database import Store, open_store

__all__ = ["Store", "open_store"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from desktop.store import database

        return getattr(database, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
