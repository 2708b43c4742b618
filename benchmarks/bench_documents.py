"""Plan document generation: median seconds for plans of 50, 300 and 1,000 tasks, DOCX and
PDF (model build from the store plus the writer), printed as JSON.

    .venv/bin/python benchmarks/bench_documents.py [--repeat 5]

The large plans are the demo plan (27 tasks) with own tasks added through
``desktop.services.plans.add_own_task``. Target: a 300-task plan under 2 s per format, and
its PDF at least 10x faster than LibreOffice converting the same DOCX. Beside the wall
clock, CPU seconds are reported (``*_cpu``: this process for the program, the child
process for LibreOffice), which hold on a machine shared with other work.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PILLARS = ["Chính quyền số", "Xã hội số", "Kinh tế số", "Hạ tầng số", "Dữ liệu số"]


def make_store(master: Path, n_tasks: int, work: Path):  # type: ignore[no-untyped-def]
    from desktop.models.period import Period, PeriodKind
    from desktop.services import plans as psvc
    from desktop.services import units as usvc
    from desktop.store import open_store

    d = work / f"plan-{n_tasks}"
    shutil.copytree(master, d)
    store = open_store(d)
    with store.transaction() as s:
        plan = psvc.require_plan(s, usvc.current_unit(s), 2024)
        have = sum(1 for t in plan.tasks if t.adopted)
        for i in range(max(0, n_tasks - have)):
            psvc.add_own_task(
                s,
                plan.id,
                pillar=PILLARS[i % len(PILLARS)],
                content=f"Nhiệm vụ bổ sung số {i + 1}: triển khai, theo dõi, đánh giá kết quả thực hiện "
                + "và báo cáo định kỳ " * (i % 4),
                lead="Văn phòng HĐND và UBND xã",
                coordinating="Các ban, ngành, đoàn thể xã",
                start=Period(PeriodKind.QUARTER, 2024, 1 + i % 4),
                finish=Period(PeriodKind.QUARTER, 2024, 4),
                product="Báo cáo kết quả thực hiện",
            )
    return store


def libreoffice_seconds(docx: Path, work: Path, repeat: int) -> tuple[float, float]:
    """What a user would otherwise do: LibreOffice converting the same DOCX to PDF (cold start
    each time). Median wall-clock and CPU seconds."""
    import resource
    import subprocess

    times, cpu = [], []
    for i in range(repeat):
        out = work / f"lo-{i}"
        profile = work / f"lo-profile-{i}"
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out),
                str(docx),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
        times.append(time.perf_counter() - t0)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime)
    return round(statistics.median(times), 3), round(statistics.median(cpu), 3)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--sizes", default="50,300,1000")
    ap.add_argument(
        "--lo-repeat", type=int, default=3, help="runs of LibreOffice's DOCX-to-PDF conversion per size (0: skip)"
    )
    args = ap.parse_args()

    from desktop.documents import fonts
    from desktop.services import documents as service
    from desktop.services.demo import run_demo
    from desktop.store import open_store

    fonts.register()  # once per process, as in the program
    work = Path(tempfile.mkdtemp(prefix="khcds-bench-docs-"))
    try:
        master = work / "demo"
        s = open_store(master)
        run_demo(s)
        s.checkpoint()
        s.close()
        result: dict[str, dict[str, float]] = {}
        for n in (int(x) for x in args.sizes.split(",")):
            store = make_store(master, n, work)
            row: dict[str, float] = {}
            for fmt in ("docx", "pdf"):
                service.render_plan(store, 2024, fmt)  # warm-up
                times, cpu = [], []
                for _ in range(args.repeat):
                    t0, c0 = time.perf_counter(), time.process_time()
                    data = service.render_plan(store, 2024, fmt)
                    times.append(time.perf_counter() - t0)
                    cpu.append(time.process_time() - c0)
                row[fmt] = round(statistics.median(times), 3)
                row[f"{fmt}_cpu"] = round(statistics.median(cpu), 3)
                row[f"{fmt}_kb"] = round(len(data) / 1024)
            if args.lo_repeat and shutil.which("soffice"):
                docx = work / f"plan-{n}.docx"
                docx.write_bytes(service.render_plan(store, 2024, "docx"))
                wall, cpu_s = libreoffice_seconds(docx, work, args.lo_repeat)
                row["libreoffice_docx_to_pdf"] = wall
                row["libreoffice_docx_to_pdf_cpu"] = cpu_s
                row["ratio_libreoffice_to_pdf"] = round(wall / row["pdf"], 1)
                row["ratio_libreoffice_to_pdf_cpu"] = round(cpu_s / max(row["pdf_cpu"], 1e-6), 1)
            store.close()
            result[f"{n}_tasks"] = row
        print(json.dumps({"median_seconds": result, "repeat": args.repeat}, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
