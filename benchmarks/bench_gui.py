"""GUI timings: median ms per filter keystroke over 10,000 tasks, and cold start
to the main window shown (demo data folder, offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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


def main() -> int:
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

    with tempfile.TemporaryDirectory() as tmp:
        from desktop.services.demo import run_demo
        from desktop.store import open_store

        s = open_store(Path(tmp) / "d")
        run_demo(s)
        s.close()
        colds = []
        for _ in range(7):
            t0 = time.time()
            out = subprocess.run(
                [sys.executable, "-c", COLD, str(t0), str(Path(tmp) / "d")],
                capture_output=True,
                text=True,
                cwd=ROOT,
                env=dict(os.environ),
                check=True,
            ).stdout.split()
            colds.append(float(out[-1]))
    import json

    print(
        json.dumps(
            {
                "load_10000_tasks_ms": round(load_ms),
                "filter_keystroke_10000_tasks_ms": {
                    "median": round(statistics.median(times), 1),
                    "max": round(max(times), 1),
                },
                "sort_10000_tasks_vietnamese_ms": round(sort_ms),
                "cold_start_to_main_window_ms": {"median": round(statistics.median(colds)), "runs": len(colds)},
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
