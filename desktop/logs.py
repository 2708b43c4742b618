"""Logging to a rotating file in the data folder (and nowhere a user would see a traceback)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop.paths import DataDir

_current: Path | None = None


def configure(data_dir: str | None) -> Path | None:
    global _current
    try:
        logs = DataDir.resolve(data_dir).logs
        logs.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    path = logs / "khcds.log"
    if _current == path:
        return path
    root = logging.getLogger("desktop")
    for h in list(root.handlers):
        if getattr(h, "_khcds", False):
            root.removeHandler(h)
            h.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._khcds = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _current = path
    return path


def log_file() -> Path | None:
    return _current
