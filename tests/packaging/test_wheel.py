"""The wheel carries ``resources/``: built, installed into a fresh venv, run from another folder.

``pip wheel .`` is built from a copy of the sources (so that the checkout's
``build/`` is left alone) without build isolation (setuptools and wheel come
from the test venv: no network). The fresh venv gets the wheel with
``--no-deps --no-index``; its dependencies are found in this venv's
site-packages through a ``.pth`` line, which adds the folder but runs none of
its own ``.pth`` files, so the checkout's editable install stays out of sight.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tests.packaging.helpers import load

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "setup.py", "README.md", "desktop", "resources")


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 300) -> str:
    p = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert p.returncode == 0, f"{' '.join(map(str, args))}\n{p.stdout[-2000:]}\n{p.stderr[-3000:]}"
    return p.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import importlib.util

    for need in ("pip", "setuptools", "wheel"):  # the test extra installs them
        if importlib.util.find_spec(need) is None:
            pytest.skip(f"{need} is not installed in the test venv (pip install -e '.[test]')")
    src = tmp_path_factory.mktemp("wheel-src")
    for name in SOURCES:
        p = ROOT / name
        if p.is_dir():
            shutil.copytree(p, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "_resources"))
        else:
            shutil.copy2(p, src / name)
    out = tmp_path_factory.mktemp("wheel-dist")
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(src),
            "--no-deps",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "-q",
            "-w",
            str(out),
        ],
        cwd=src,
    )
    wheels = list(out.glob("khcds-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_wheel_holds_every_resource_the_bundle_holds(wheel: Path) -> None:
    import zipfile

    bundle = load("khcds_bundle.py", "khcds_bundle_for_wheel_test")
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
    in_wheel = {n[len("desktop/_") :] for n in names if n.startswith("desktop/_resources/")}
    in_bundle = {p for p in bundle.bundle_paths(ROOT) if p.startswith("resources/")}
    assert in_wheel == in_bundle
    assert "desktop/store/migrations/versions/0001_initial_schema.py" in names
    assert "desktop/store/migrations/env.py" in names


def test_setup_skips_what_the_bundle_skips() -> None:
    text = (ROOT / "setup.py").read_text(encoding="utf-8")
    bundle = load("khcds_bundle.py", "khcds_bundle_for_wheel_test")
    for pattern in bundle.RESOURCE_SKIP:
        assert repr(pattern) in text.replace('"', "'"), pattern


def test_installed_wheel_runs_demo_and_documents_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    py = bindir / ("python.exe" if os.name == "nt" else "python")
    site = Path(
        _run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=tmp_path).strip()
    )
    (site / "khcds-test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(py),
            "install",
            "--no-deps",
            "--no-index",
            "--disable-pip-version-check",
            "-q",
            str(wheel),
        ],
        cwd=tmp_path,
    )

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KHCDS_", "PYTHON"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    where = _run(
        [str(py), "-c", "import desktop, desktop.resources as r; print(desktop.__file__); print(r.resources_root())"],
        cwd=elsewhere,
        env=env,
    ).split()
    assert Path(where[0]).is_relative_to(env_dir), where
    assert Path(where[1]) == Path(where[0]).parent / "_resources", where

    khcds = bindir / ("khcds.exe" if os.name == "nt" else "khcds")
    data = tmp_path / "data"
    out = _run([str(khcds), "--data-dir", str(data), "demo", "--year", "2024"], cwd=elsewhere, env=env)
    assert "Xã An Lão" in out
    templates = _run([str(khcds), "--data-dir", str(data), "templates", "list", "--json"], cwd=elsewhere, env=env)
    for key in ("hp-325-2024", "hp-93-2021", "hcm-2260-2016", "ct-11-2021"):
        assert key in templates
    for fmt in ("pdf", "docx"):
        target = elsewhere / f"plan.{fmt}"
        _run(
            [
                str(khcds),
                "--data-dir",
                str(data),
                "document",
                "plan",
                "--year",
                "2024",
                "--format",
                fmt,
                "--out",
                str(target),
            ],
            cwd=elsewhere,
            env=env,
        )
        head = target.read_bytes()[:4]
        assert head == (b"%PDF" if fmt == "pdf" else b"PK\x03\x04")
    pdf = (elsewhere / "plan.pdf").read_bytes()
    assert b"LiberationSerif" in pdf or b"TimesNewRoman" in pdf  # the embedded face came from the wheel
