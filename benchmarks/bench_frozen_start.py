"""Cold start of the frozen program: process start to the main window shown.

    python benchmarks/bench_frozen_start.py [--runs 7] [--binary dist/khcds/khcds]

Runs the bundle built by ``packaging/build.sh`` on a demo data folder (made
once, by the bundle itself) with the offscreen platform. Each run is a new
process; the clock starts just before the process is created and stops when
the program prints ``KHCDS_SHOWN`` (``KHCDS_EXIT_AFTER_SHOW=1``, see
``packaging/entry.py``: printed once the first window is shown and its first
events processed). The program then closes the window and must exit 0. Also
timed, for comparison: ``--version`` (bootloader and Python only) and
``templates list`` (the store opened, no Qt). Prints one JSON object with the
median, minimum and maximum of each, in milliseconds, and the bundle's size.

"Cold" here means a new process each time; the files are in the OS cache after
the first run, as they are for an official who opens the program a second
time. The first run (disk cache empty after a build) is reported apart.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "dist" / "khcds" / ("khcds-cli.exe" if sys.platform == "win32" else "khcds")
TARGET_MS = 2000


def _env(data: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("KHCDS_DB_URL", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        KHCDS_DATA_DIR=str(data),
        PYTHONIOENCODING="utf-8",
        QT_LOGGING_RULES="qt.qpa.*=false",
    )
    env.update(extra)
    return env


def timed(binary: Path, data: Path, args: list[str], *, until: bytes | None = None, **env: str) -> float:
    """Milliseconds from process creation to ``until`` on stdout (or to exit)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(
        [str(binary), "--data-dir", str(data), *args],
        env=_env(data, **env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    assert p.stdout is not None
    elapsed = None
    if until is not None:
        for line in p.stdout:
            if line.startswith(until):
                elapsed = (time.perf_counter() - t0) * 1000
                break
    out, err = p.communicate(timeout=120)
    if elapsed is None:
        elapsed = (time.perf_counter() - t0) * 1000
        if until is not None:
            raise SystemExit(f"{binary} {' '.join(args)}: no {until!r} line\n{err.decode(errors='replace')}")
    if p.returncode != 0:
        raise SystemExit(f"{binary} {' '.join(args)}: exit {p.returncode}\n{err.decode(errors='replace')}")
    return elapsed


def stats(xs: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(xs), 1),
        "min_ms": round(min(xs), 1),
        "max_ms": round(max(xs), 1),
        "runs": len(xs),
    }


def bundle_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", type=Path, default=DEFAULT)
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    if not a.binary.exists():
        print(f"no bundle at {a.binary}: build it first (bash packaging/build.sh)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="khcds-bench-") as tmp:
        data = Path(tmp) / "data"
        first_version = timed(a.binary, data, ["--version"])
        timed(a.binary, data, ["demo"])
        first_window = timed(a.binary, data, [], until=b"KHCDS_SHOWN", KHCDS_EXIT_AFTER_SHOW="1")
        version = [timed(a.binary, data, ["--version"]) for _ in range(a.runs)]
        templates = [timed(a.binary, data, ["templates", "list"]) for _ in range(a.runs)]
        window = [timed(a.binary, data, [], until=b"KHCDS_SHOWN", KHCDS_EXIT_AFTER_SHOW="1") for _ in range(a.runs)]
    result = {
        "benchmark": "frozen_cold_start",
        "binary": str(a.binary),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "bundle_mb": round(bundle_size(a.binary.parent) / 1e6, 1),
        "window_shown": stats(window),
        "version": stats(version),
        "templates_list": stats(templates),
        "first_run_ms": {"version": round(first_version, 1), "window_shown": round(first_window, 1)},
        "target_window_ms": TARGET_MS,
        "meets_target": statistics.median(window) < TARGET_MS,
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
