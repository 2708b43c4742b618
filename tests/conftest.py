"""Shared fixtures: every test gets its own data folder and a fresh store.

``demo_dir`` copies a demo data folder made once per session (``khcds demo``),
so tests that need a living plan do not pay for building it each time.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("KHCDS_DATA_DIR", None)
os.environ.pop("KHCDS_DB_URL", None)
# compiled schemas and validity marks go to a cache of the test session, not the user's
os.environ["KHCDS_CACHE_DIR"] = __import__("tempfile").mkdtemp(prefix="khcds-test-cache-")

ROOT = Path(__file__).resolve().parent.parent

# Hypothesis explores new random cases on a developer's runs; CI replays a fixed set, so that
# a submission does not fail on a case nobody has seen (run locally with more seeds to explore).
from hypothesis import settings as _hsettings  # noqa: E402

_hsettings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    _hsettings.load_profile("ci")
SEEDS = ROOT.parent / "shared" / "seeds"


from tests.pg import new_database, pg_server  # noqa: E402,F401


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The ``postgres`` marker says the truth: every test that asks for the server carries it
    (``-m "not postgres"`` leaves them out; without a server they skip with the reason)."""
    for item in items:
        if "pg_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes recorded as (kind, text) instead of shown: the one message sink."""
    from desktop.views import common

    sink: list[tuple[str, str]] = []
    monkeypatch.setattr(common, "MESSAGE_SINK", sink)
    return sink


@pytest.fixture
def pg_url(pg_server: str) -> str:  # noqa: F811 (a pytest fixture argument)
    """A fresh PostgreSQL database for one test."""
    return new_database(pg_server)


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def store(data_dir: Path) -> Iterator[object]:
    from desktop.store import open_store

    s = open_store(data_dir)
    yield s
    s.close()


@pytest.fixture(scope="session")
def _demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.services.demo import run_demo
    from desktop.store import open_store

    d = tmp_path_factory.mktemp("demo-master") / "data"
    s = open_store(d)
    run_demo(s)
    s.checkpoint()
    s.close()
    return d


@pytest.fixture
def demo_dir(_demo_master: Path, tmp_path: Path) -> Path:
    """A data folder holding the demo commune (Xã An Lão, 325/KH-UBND, 2024)."""
    d = tmp_path / "demo"
    shutil.copytree(_demo_master, d)
    return d


@pytest.fixture
def demo_store(demo_dir: Path) -> Iterator[object]:
    from desktop.store import open_store

    s = open_store(demo_dir)
    yield s
    s.close()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):
    """Run ``khcds ARGS`` in-process; returns code, stdout, stderr."""
    from desktop.cli import main

    def run(*args: str) -> CliResult:
        code = main([str(a) for a in args])
        cap = capsys.readouterr()
        return CliResult(code, cap.out, cap.err)

    return run


@pytest.fixture
def cli_process():
    """Run ``python -m desktop ARGS`` in a subprocess (for kill and frozen-program tests)."""

    def run(*args: str, timeout: float = 120, env: dict[str, str] | None = None) -> CliResult:
        e = dict(os.environ)
        e.update(env or {})
        p = subprocess.run(
            [sys.executable, "-m", "desktop", *map(str, args)],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=ROOT,
            env=e,
        )
        return CliResult(p.returncode, p.stdout, p.stderr)

    return run
