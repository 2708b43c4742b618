"""Where the program's read-only resources live (templates, schemas, fonts, ...).

From a source checkout (or an editable install) they are the top-level
``resources/`` folder; in a frozen bundle they sit under ``sys._MEIPASS``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_root() -> Path:
    override = os.environ.get("KHCDS_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
