"""All benchmarks, one JSON object of medians (and benchmarks/results.json).

    .venv/bin/python benchmarks/run.py [--quick]

Runs: whole-process commands (``khcds --version``, ``info``, ``document plan`` as PDF
and DOCX) beside their anchors, Python's own start and LibreOffice converting the same
DOCX (bench_start); the window's cold start and a filter keystroke over 10,000 tasks
(bench_gui), plan PDF/DOCX for 50/300/1,000 tasks beside LibreOffice's conversion
(bench_documents), city import of 114/1,000/3,321 packages with peak memory, status and
aggregates over 3,321 units, the 3,321 import beside the program as it was at
``--anchor-rev`` (default: the revision before the start-up and import work), and the
3,321 import on PostgreSQL when its server binaries are installed (bench_city), and the
frozen program's cold start when the bundle is built (bench_frozen_start). Each part
runs in its own process; the machine is shared and noisy, so read medians and ratios,
not single runs. ``goals`` sums up each figure of issue 17 against its goal.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
#: the program before issue 17's start-up and city-import work (the anchor of the import speed-up)
ANCHOR_REV = "9c05822"


def part(args: list[str], env: dict[str, str] | None = None) -> dict:
    e = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    e.update(env or {})
    r = subprocess.run([PY, *args], cwd=ROOT, capture_output=True, text=True, env=e)
    if r.returncode != 0:
        return {"error": (r.stderr or r.stdout)[-800:]}
    out = r.stdout
    return json.loads(out[out.index("{") :])


def pg_server() -> tuple[str | None, object]:
    """A private PostgreSQL server for the benchmark (the tests' fixture, used by hand)."""
    sys.path.insert(0, str(ROOT))
    try:
        from tests.pg import pg_server as fixture
    except Exception:
        return None, None
    gen = fixture.__wrapped__() if hasattr(fixture, "__wrapped__") else None
    if gen is None:
        return None, None
    try:
        return next(gen), gen
    except BaseException:  # pytest.skip when PostgreSQL is not installed
        return None, None


def goals(r: dict) -> dict:
    """Each figure of issue 17 beside its goal: measured, goal, met (None when not measured)."""
    start, gui, city = r.get("start", {}), r.get("gui", {}), r.get("city", {})
    anchor = city.get("anchor", {}) if isinstance(city, dict) else {}
    cold = (gui.get("cold_start_to_main_window_ms") or {}).get("median") if isinstance(gui, dict) else None

    def row(measured: float | None, goal: float, higher_is_better: bool = False) -> dict:
        met = None if measured is None else (measured >= goal if higher_is_better else measured <= goal)
        return {"measured": measured, "goal": goal, "met": met}

    return {
        "plan_pdf_whole_process_x_faster_than_libreoffice": row(start.get("ratio_libreoffice_to_plan_pdf"), 3.0, True),
        "version_s": row(start.get("version"), 0.15),
        "info_s": row(start.get("info"), 0.15),
        "window_cold_start_s": row(None if cold is None else cold / 1000, 0.5),
        "city_import_speedup_per_file": row(anchor.get("speedup"), 2.0, True),
        "city_import_peak_memory_flat_mb": row(
            anchor.get("peak_rss_mb"), round((anchor.get("anchor_peak_rss_mb") or 0) * 1.1)
        ),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    ap.add_argument(
        "--anchor-rev", default=ANCHOR_REV, help="git revision the city import is compared with (empty: skip)"
    )
    ap.add_argument("--city-sizes", default="114,1000,3321")
    a = ap.parse_args()
    rep = "1" if a.quick else "3"
    result: dict = {
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "system": platform.platform()}
    }
    result["start"] = part(
        ["benchmarks/bench_start.py", "--repeat", "5" if a.quick else "9", "--lo-repeat", "1" if a.quick else "3"]
        + (["--anchor-rev", a.anchor_rev] if a.anchor_rev else [])
    )
    result["gui"] = part(["benchmarks/bench_gui.py"])
    result["documents"] = part(
        ["benchmarks/bench_documents.py", "--repeat", "3" if a.quick else "5", "--lo-repeat", "1" if a.quick else "3"]
    )
    url, gen = pg_server()
    city_args = ["benchmarks/bench_city.py", "--repeat", rep, "--sizes", a.city_sizes]
    if a.anchor_rev:
        city_args += ["--anchor-rev", a.anchor_rev]
    if url:
        city_args += ["--pg", url]
    result["city"] = part(city_args)
    if gen is not None:
        try:
            next(gen)  # stops the server
        except StopIteration:
            pass
    if (ROOT / "dist" / "khcds" / "khcds").exists():
        result["frozen"] = part(["benchmarks/bench_frozen_start.py", "--runs", "3" if a.quick else "7"])
    result["goals"] = goals(result)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    (ROOT / "benchmarks" / "results.json").write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
