"""City consolidation at national scale: import of 114, 1,000 and 3,321 signed unit
packages (time and peak memory of each run, in its own process), and status plus
aggregates over 3,321 units. Optionally the 3,321 import on PostgreSQL.

    python benchmarks/bench_city.py [--repeat 3] [--pg URL] [--sizes 114,1000,3321] [--anchor-rev REV]

Prints one JSON object of medians. ``--anchor-rev`` also runs the largest SQLite
size with the program as it was at a git revision (its ``desktop/`` and
``resources/`` extracted with ``git archive``), alternating with this checkout's
runs, so that the speed-up is a ratio measured in one run on one machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: the program measured: this checkout, or an older revision's sources (the anchor)
SOURCE = Path(os.environ.get("KHCDS_BENCH_SOURCE") or ROOT)
sys.path.insert(0, str(SOURCE))
sys.path.insert(0, str(ROOT / "benchmarks"))
CACHE = Path(os.environ.get("KHCDS_BENCH_CACHE", tempfile.gettempdir())) / "khcds-bench-packages"


def packages(n: int) -> list[Path]:
    from gen_packages import generate

    d = CACHE / "national"
    have = sorted(d.glob("*.khcds")) if d.exists() else []
    if len(have) < 3321:
        generate(d, 3321, None, seed=7)
        have = sorted(d.glob("*.khcds"))
    # the first n units of the country in directory order, reproducibly
    from desktop.models import directory

    codes = [u.code for u in directory.units(None)][:n]
    by_code = {p.name.split("-")[0]: p for p in have}
    return [by_code[c] for c in codes]


def children_cpu() -> float:
    """User and system CPU seconds of this process's ended child processes (the import's workers)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def child(count: int, db_url: str | None) -> None:
    """One import run in this process; prints time, peak memory and the status timing."""
    from desktop.store import open_store

    try:
        from desktop.services import city
    except ImportError:  # an anchor revision from before services/city.py
        from desktop.sync import city  # type: ignore[no-redef]

    files = packages(count)
    with tempfile.TemporaryDirectory() as d:
        store = open_store(d, url=db_url, daily_backups=False)
        city.init_city(store, "ALL")
        rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0, c0 = time.perf_counter(), time.process_time() + children_cpu()
        items = city.import_paths(store, files)
        # CPU of the importing process and of its worker processes
        t_import, c_import = time.perf_counter() - t0, time.process_time() + children_cpu() - c0
        accepted = sum(1 for it in items if it.outcome.value in ("new", "newer"))
        status_times = []
        for _ in range(5):
            t1 = time.perf_counter()
            city.status(store, 2024)
            city.target_aggregates(store, 2024)
            city.task_aggregates(store, 2024)
            status_times.append(time.perf_counter() - t1)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        # the largest worker process's peak (the import reads files in one per core)
        workers_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        try:
            from desktop.sync.parallel import worker_count

            workers = worker_count(count)
        except ImportError:  # an anchor revision from before worker processes
            workers = 0
        store.close()
    import desktop

    print(
        json.dumps(
            {
                "count": count,
                "accepted": accepted,
                "import_s": t_import,
                "import_cpu_s": c_import,
                "source": str(Path(desktop.__file__).resolve().parent.parent),
                "peak_rss_mb": peak / 1024,
                "workers": workers,
                "workers_peak_rss_mb": workers_peak / 1024,
                "rss_before_import_mb": rss0 / 1024,
                "status_and_aggregates_s": statistics.median(status_times),
            }
        )
    )


def run_child(count: int, db_url: str | None, source: Path | None = None) -> dict:
    cmd = [sys.executable, __file__, "--child", str(count)] + (["--pg", db_url] if db_url else [])
    env = dict(os.environ)
    env.pop("KHCDS_BENCH_SOURCE", None)
    if source is not None:
        env["KHCDS_BENCH_SOURCE"] = str(source)
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout
    r = json.loads(out.strip().splitlines()[-1])
    assert Path(r["source"]) == (source or ROOT).resolve(), (r["source"], source)
    return r


def extract_revision(rev: str, into: Path) -> Path:
    """The program's ``desktop/`` and ``resources/`` as they were at ``rev``."""
    import tarfile

    into.mkdir(parents=True, exist_ok=True)
    tar = into / "src.tar"
    with open(tar, "wb") as fh:
        subprocess.run(["git", "archive", "--format=tar", rev, "desktop", "resources"], cwd=ROOT, check=True, stdout=fh)
    with tarfile.open(tar) as t:
        t.extractall(into, filter="data")
    tar.unlink()
    return into


def fresh_pg_database(base: str) -> str:
    sys.path.insert(0, str(ROOT))
    from tests.pg import new_database

    return new_database(base)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--child", type=int)
    ap.add_argument("--pg", help="PostgreSQL server URL without database, e.g. postgresql+psycopg://u@127.0.0.1:5432")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sizes", default="114,1000,3321")
    ap.add_argument("--anchor-rev", help="git revision to measure beside this checkout (largest SQLite size)")
    a = ap.parse_args()
    if a.child:
        child(a.child, a.pg)
        return
    packages(3321)  # generate once, outside the timings
    result: dict = {"machine": f"{os.cpu_count()} cores", "sqlite": {}}
    for n in [int(x) for x in a.sizes.split(",")]:
        runs = [run_child(n, None) for _ in range(a.repeat)]
        result["sqlite"][str(n)] = {
            "import_s": statistics.median(r["import_s"] for r in runs),
            "per_file_ms": statistics.median(r["import_s"] for r in runs) / n * 1000,
            "peak_rss_mb": statistics.median(r["peak_rss_mb"] for r in runs),
            "workers": runs[0]["workers"],
            "workers_peak_rss_mb": statistics.median(r["workers_peak_rss_mb"] for r in runs),
            "status_and_aggregates_s": statistics.median(r["status_and_aggregates_s"] for r in runs),
            "accepted": runs[0]["accepted"],
        }
    if a.anchor_rev:
        n = max(int(x) for x in a.sizes.split(","))
        with tempfile.TemporaryDirectory() as tmp:
            src = extract_revision(a.anchor_rev, Path(tmp) / "anchor")
            now, then = [], []
            for _ in range(a.repeat):  # alternating: both see the same machine
                then.append(run_child(n, None, src))
                now.append(run_child(n, None))
        now_ms = statistics.median(r["import_s"] for r in now) / n * 1000
        then_ms = statistics.median(r["import_s"] for r in then) / n * 1000
        now_cpu = statistics.median(r["import_cpu_s"] for r in now) / n * 1000
        then_cpu = statistics.median(r.get("import_cpu_s", r["import_s"]) for r in then) / n * 1000
        result["anchor"] = {
            "revision": a.anchor_rev,
            "count": n,
            "per_file_ms": round(now_ms, 2),
            "anchor_per_file_ms": round(then_ms, 2),
            "speedup": round(then_ms / now_ms, 2),
            # CPU of the importing process and its workers: the wall clock is mostly fsync waits on a busy machine
            "cpu_per_file_ms": round(now_cpu, 2),
            "anchor_cpu_per_file_ms": round(then_cpu, 2),
            "cpu_speedup": round(then_cpu / now_cpu, 2),
            "peak_rss_mb": round(statistics.median(r["peak_rss_mb"] for r in now)),
            "workers": now[0]["workers"],
            "workers_peak_rss_mb": round(statistics.median(r["workers_peak_rss_mb"] for r in now)),
            "anchor_peak_rss_mb": round(statistics.median(r["peak_rss_mb"] for r in then)),
            "goal_speedup": 2.0,
        }
    if a.pg:
        runs = [run_child(3321, fresh_pg_database(a.pg)) for _ in range(a.repeat)]
        result["postgresql"] = {
            "3321": {
                "import_s": statistics.median(r["import_s"] for r in runs),
                "peak_rss_mb": statistics.median(r["peak_rss_mb"] for r in runs),
                "status_and_aggregates_s": statistics.median(r["status_and_aggregates_s"] for r in runs),
                "accepted": runs[0]["accepted"],
            }
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
