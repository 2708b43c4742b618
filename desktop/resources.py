"""Where the program's read-only resources live (templates, schemas, fonts, ...).

In this order: ``KHCDS_RESOURCES`` when set; a frozen bundle's
``sys._MEIPASS/resources``; ``desktop/_resources`` inside an installed wheel
(the build copies the top-level folder there, see ``setup.py``); else the
top-level ``resources/`` folder of a source checkout or an editable install,
the one source of them all.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@functools.lru_cache(maxsize=4)
def _root(override: str | None, frozen: str | None) -> Path:
    if override:
        return Path(override)
    if frozen:
        return Path(frozen) / "resources"
    installed = _PACKAGE / "_resources"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"


def resources_root() -> Path:
    return _root(os.environ.get("KHCDS_RESOURCES"), getattr(sys, "_MEIPASS", None))


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
