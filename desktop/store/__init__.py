"""The local store: one owner of the database (engine, sessions, migrations, backups)."""

from desktop.store.database import Store, open_store

__all__ = ["Store", "open_store"]

import desktop.store.audit  # noqa: E402,F401  (installs the audit trail on every session)
