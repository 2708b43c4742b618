"""The checks the project promises: mypy strict on the domain and the store, and ruff's
errors (undefined or unused names, import order, stray whitespace) over the tree."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> list[str]:
    exe = Path(sys.executable).with_name(name)
    if exe.exists():
        return [str(exe)]
    found = shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")
    return [found]


def test_mypy_strict_on_models_and_store() -> None:
    r = subprocess.run([*_tool("mypy")], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]


def test_ruff_errors() -> None:
    r = subprocess.run([*_tool("ruff"), "check", "--select", "F,E402,E7,E9,W,I", "desktop", "tests",
                        "benchmarks", "scripts", "packaging"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
