"""The frozen program (``bash packaging/build.sh`` makes dist/khcds/): smoke test and size.

Slow, and skipped with the reason when PyInstaller is not installed or the
bundle has not been built. The smoke test itself is ``packaging/smoke_test.py``
(the Windows workflow runs the same script on ``khcds-cli.exe``).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.helpers import BINARY, DIST, load

pytestmark = pytest.mark.slow

SIZE_LIMIT_MB = 150  # the target for the unpacked Linux bundle


def _need_bundle() -> None:
    # .ci/run builds the bundle in its own venv and says so; elsewhere PyInstaller must be here
    if importlib.util.find_spec("PyInstaller") is None and os.environ.get("KHCDS_BUNDLE_BUILT") != "1":
        pytest.skip("PyInstaller is not installed (pip install -e '.[packaging]')")
    if not BINARY.exists():
        pytest.skip(f"no bundle at {BINARY}: build it with `bash packaging/build.sh`")


def test_frozen_program_passes_its_smoke_test(tmp_path: Path) -> None:
    _need_bundle()
    smoke = load("smoke_test.py", "khcds_smoke_test")
    checks = smoke.run_all(BINARY, tmp_path)
    report = "\n".join(f"{'ok' if c.ok else 'FAIL'} {c.name}: {c.detail}" for c in checks)
    print(report)
    assert all(c.ok for c in checks), report
    names = {c.name for c in checks if not c.skipped}
    assert {"--version", "templates list", "demo", "window opens and closes"} <= names


def test_bundle_size_is_under_target() -> None:
    _need_bundle()
    size = sum(f.stat().st_size for f in DIST.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"bundle: {size / 1e6:.1f} MB")
    assert size < SIZE_LIMIT_MB * 1_000_000, f"{size / 1e6:.1f} MB"


def test_bundle_carries_data_not_sources() -> None:
    _need_bundle()
    internal = DIST / "_internal"
    kb = load("khcds_bundle.py", "khcds_bundle")
    for rel in kb.bundle_paths():
        assert (internal / rel).is_file(), f"{rel} missing from the bundle"
    assert not list(internal.rglob("test_*.py"))
    assert not (internal / "resources" / "templates" / "README.md").exists()
    for unwanted in ("PySide6/Qt/qml", "PySide6/Qt/translations", "tkinter", "_tkinter"):
        assert not (internal / unwanted).exists(), unwanted
    assert not list(internal.rglob("*Qt6Quick*")) and not list(internal.rglob("*Qt6WebEngine*"))


@pytest.mark.skipif(
    sys.platform != "linux" or shutil.which("readelf") is None, reason="ELF dependencies: Linux with readelf only"
)
def test_no_bundled_library_needs_one_left_to_the_host_that_is_missing() -> None:
    """Every library a bundled file needs is in the bundle or on this machine."""
    _need_bundle()
    files = [f for f in DIST.rglob("*") if f.is_file() and not f.is_symlink() and (".so" in f.name or f == BINARY)]
    names = {f.name for f in DIST.rglob("*")}
    host = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    missing: dict[str, list[str]] = {}
    for f in files:
        out = subprocess.run(["readelf", "-d", str(f)], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "(NEEDED)" in line:
                lib = line.split("[", 1)[1].rstrip("]")
                if lib not in names and lib not in host:
                    missing.setdefault(lib, []).append(str(f.relative_to(DIST)))
    # Qt's X11 plugin needs libxcb-* helpers a desktop has; a bare build machine may not
    missing = {k: v for k, v in missing.items() if not k.startswith("libxcb-")}
    assert not missing, missing
