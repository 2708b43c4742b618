"""GUI timings: median ms per filter keystroke over 10,000 tasks, and cold start
to the main window shown (demo data folder, offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py [--anchor-rev REV] [--runs 7]

With ``--anchor-rev``, the cold start is also measured for the program as it was at
that git revision (``desktop/`` and ``resources/`` extracted with ``git archive``, its
own demo folder), alternating with this checkout's runs so that both see the same
machine; ``anchor_ratio`` is this checkout's median over the anchor's. ``cpu_median`` (and
``anchor_cpu_median``) is the CPU time (user + system) of the whole start process, imports to
the window closed again: less sensitive than the wall time to the other jobs of a shared machine.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

COLD = r"""
import time, sys
t0 = float(sys.argv[1])
from desktop.cli import quiet_start
quiet_start()  # as the program's entry (desktop.cli.main) starts
import datetime as dt
from desktop.store import open_store
from desktop.app import create_main_window, ensure_app
app = ensure_app()
store = open_store(sys.argv[2])
w = create_main_window(store, today=lambda: dt.date(2024, 8, 15))
app.processEvents()
print((time.time() - t0) * 1000)
w.close(); store.close()
"""


def rows(n: int):  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT))
    from tests.gui.test_tasks_model import make_rows

    return make_rows(n)


def cold_start(data: Path, env: dict[str, str]) -> tuple[float, float]:
    """Milliseconds from process start to the main window shown, as the COLD script reports them,
    and the process's CPU milliseconds (user + system)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, "-c", COLD, str(t0), str(data)],
        capture_output=True,
        text=True,
        cwd=ROOT if "PYTHONPATH" not in env else env["PYTHONPATH"],
        env=env,
        check=True,
    ).stdout.split()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000
    return float(out[-1]), cpu


def main() -> int:
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--anchor-rev", help="git revision whose cold start runs beside this checkout's")
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    from desktop.app import ensure_app
    from desktop.views.tasks_model import COL_CONTENT, TaskFilterProxy, TaskTableModel

    ensure_app()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    data = rows(10_000)
    model = TaskTableModel()
    t = time.perf_counter()
    model.set_rows(data)
    proxy = TaskFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.resize(1000, 700)
    view.show()
    load_ms = (time.perf_counter() - t) * 1000
    times = []
    for query in (
        "d",
        "do",
        "doa",
        "doan",
        "doan ",
        "doan t",
        "doan th",
        "doan tha",
        "doan than",
        "doan thanh",
        "x",
        "xa",
        "xa a",
        "xa an",
        "xa an l",
        "xa an la",
        "xa an lao",
        "",
    ):
        t = time.perf_counter()
        proxy.set_search(query)
        view.viewport().repaint()
        times.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    proxy.sort(COL_CONTENT, Qt.SortOrder.AscendingOrder)
    sort_ms = (time.perf_counter() - t) * 1000

    anchor: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        from desktop.services.demo import run_demo
        from desktop.store import open_store

        s = open_store(Path(tmp) / "d")
        run_demo(s)
        s.close()
        env = dict(os.environ)
        old_env = None
        if a.anchor_rev:
            import compileall

            from bench_city import extract_revision

            src = extract_revision(a.anchor_rev, Path(tmp) / "anchor-src")
            compileall.compile_dir(str(src / "desktop"), quiet=1)
            old_env = dict(env, PYTHONPATH=str(src))
            shutil.copytree(Path(tmp) / "d", Path(tmp) / "old")  # the same data, its own copy
            try:
                cold_start(Path(tmp) / "old", old_env)  # once first, as for this checkout below
            except subprocess.CalledProcessError:  # an older schema's program: its own demo folder
                shutil.rmtree(Path(tmp) / "old")
                subprocess.run(
                    [sys.executable, "-m", "desktop", "--data-dir", str(Path(tmp) / "old"), "demo"],
                    env=old_env,
                    cwd=src,
                    check=True,
                    capture_output=True,
                )
                cold_start(Path(tmp) / "old", old_env)
        cold_start(Path(tmp) / "d", env)  # once first: the OS file cache, the user cache folder
        colds: list[tuple[float, float]] = []
        for _ in range(a.runs):
            if old_env is not None:
                anchor.append(cold_start(Path(tmp) / "old", old_env))
            colds.append(cold_start(Path(tmp) / "d", env))
    import json

    wall = statistics.median(w for w, _c in colds)
    cold: dict[str, object] = {
        "median": round(wall),
        "cpu_median": round(statistics.median(c for _w, c in colds)),
        "runs": len(colds),
    }
    if anchor:
        cold["anchor_rev"] = a.anchor_rev
        cold["anchor_median"] = round(statistics.median(w for w, _c in anchor))
        cold["anchor_cpu_median"] = round(statistics.median(c for _w, c in anchor))
        cold["anchor_ratio"] = round(wall / statistics.median(w for w, _c in anchor), 2)
    cold["load_average"] = [round(x, 2) for x in os.getloadavg()]

    print(
        json.dumps(
            {
                "load_10000_tasks_ms": round(load_ms),
                "filter_keystroke_10000_tasks_ms": {
                    "median": round(statistics.median(times), 1),
                    "max": round(max(times), 1),
                },
                "sort_10000_tasks_vietnamese_ms": round(sort_ms),
                "cold_start_to_main_window_ms": cold,
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
