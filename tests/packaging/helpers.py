"""Load the scripts of packaging/ by path (the folder is not a Python package:
its name would shadow PyPI's ``packaging``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist" / "khcds"
BINARY = DIST / ("khcds-cli.exe" if sys.platform == "win32" else "khcds")


def load(relpath: str, name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PACKAGING / relpath)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod
