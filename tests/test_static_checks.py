"""The checks the project promises, both configured in pyproject.toml only: ``mypy`` (strict,
over all of ``desktop``) and ``ruff check .`` (the rule selection of ``[tool.ruff.lint]``) and ``ruff format --check .``
over the whole repository, exactly as a developer or the build runs them."""

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


def test_mypy_strict_over_desktop() -> None:
    r = subprocess.run([*_tool("mypy")], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
    assert "Success" in r.stdout, r.stdout[-3000:]


def test_ruff_check_clean() -> None:
    r = subprocess.run([*_tool("ruff"), "check", "."], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]


def test_ruff_format_clean() -> None:
    r = subprocess.run(
        [*_tool("ruff"), "format", "--check", "."], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]


def test_the_configuration_lives_in_pyproject() -> None:
    """Plain ``mypy`` and ``ruff check .`` mean what the project promises: mypy strict over all of
    desktop, ruff with at least the rules the project has always held."""
    import tomllib

    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    assert conf["mypy"]["strict"] is True
    assert conf["mypy"]["files"] == ["desktop"]
    selected = set(conf["ruff"]["lint"]["select"])
    assert {"E", "F", "W", "I", "B", "UP"} <= selected
    assert not {"E402", "E7", "E9", "F", "W", "I"} & set(conf["ruff"]["lint"].get("ignore", []))
