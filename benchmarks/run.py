"""All benchmarks, one JSON object of medians (and benchmarks/results.json).

    .venv/bin/python benchmarks/run.py [--quick]

Runs: the window's cold start and a filter keystroke over 10,000 tasks (bench_gui),
plan PDF/DOCX for 50/300/1,000 tasks beside LibreOffice's conversion (bench_documents),
city import of 114/1,000/3,321 packages with peak memory, status and aggregates over
3,321 units, and the 3,321 import on PostgreSQL when its server binaries are installed
(bench_city), and the frozen program's cold start when the bundle is built
(bench_frozen_start). Each part runs in its own process; the machine is shared and
noisy, so read medians and ratios, not single runs.
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


def part(args: list[str], env: dict[str, str] | None = None) -> dict:
    e = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    e.update(env or {})
    r = subprocess.run([PY, *args], cwd=ROOT, capture_output=True, text=True, env=e)
    if r.returncode != 0:
        return {"error": (r.stderr or r.stdout)[-800:]}
    out = r.stdout
    return json.loads(out[out.index("{"):])


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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    a = ap.parse_args()
    rep = "1" if a.quick else "3"
    result: dict = {"machine": {"cores": os.cpu_count(), "python": platform.python_version(),
                                "system": platform.platform()}}
    result["gui"] = part(["benchmarks/bench_gui.py"])
    result["documents"] = part(["benchmarks/bench_documents.py", "--repeat", "3" if a.quick else "5",
                                "--lo-repeat", "1" if a.quick else "3"])
    url, gen = pg_server()
    city_args = ["benchmarks/bench_city.py", "--repeat", rep]
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
    text = json.dumps(result, indent=2, ensure_ascii=False)
    (ROOT / "benchmarks" / "results.json").write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
