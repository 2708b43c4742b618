"""The local store: one owner of the database (engine, sessions, migrations, backups)."""

from desktop.store.database import Store, open_store

__all__ = ["Store", "open_store"]
