"""One place for the paths of a data folder.

The data folder holds the store, evidence files, backups, keys and logs. It is
the per-user data folder (platformdirs) unless ``--data-dir`` or the
``KHCDS_DATA_DIR`` environment variable names another.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop import APP_ID

ENV_DATA_DIR = "KHCDS_DATA_DIR"
#: a server database (a city office's PostgreSQL) for every command, like ``--db-url``
ENV_DB_URL = "KHCDS_DB_URL"
DB_FILE = "khcds.sqlite3"


def default_data_dir() -> Path:
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True))


@dataclass(frozen=True)
class DataDir:
    root: Path

    @classmethod
    def resolve(cls, given: str | os.PathLike[str] | None = None) -> DataDir:
        root = Path(given).expanduser() if given else default_data_dir()
        return cls(root.resolve())

    @property
    def db(self) -> Path:
        return self.root / DB_FILE

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def evidence(self) -> Path:
        return self.root / "evidence"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def db_url_file(self) -> Path:
        """A city office's shared database: the URL of its PostgreSQL store, one line."""
        return self.root / "database.url"

    def folder_url(self) -> str | None:
        """The URL the folder's ``database.url`` names, or None."""
        try:
            text = self.db_url_file.read_text(encoding="utf-8").strip()
        except OSError:
            return None
        return text or None

    def store_url(self, url: str | None = None) -> str | None:
        """The server database this folder's commands use: ``url`` (``--db-url``), else
        ``KHCDS_DB_URL``, else the folder's ``database.url``; None for the folder's SQLite file."""
        return url or os.environ.get(ENV_DB_URL) or self.folder_url() or None

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    def ensure(self) -> None:
        for p in (self.root, self.backups, self.evidence, self.keys, self.logs):
            p.mkdir(parents=True, exist_ok=True)
