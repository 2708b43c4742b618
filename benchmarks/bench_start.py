"""Whole-process commands, as a user or a batch job runs them: median seconds, beside their anchors.

    .venv/bin/python benchmarks/bench_start.py [--repeat 7] [--lo-repeat 3]

- ``khcds --version`` and ``khcds info`` (demo data folder): goal under 0.15 s; the
  anchor is ``python -c pass``, the interpreter's own start on this machine;
- ``khcds document plan --format pdf`` on the demo plan, the whole process, beside
  LibreOffice converting the same plan's DOCX to PDF (``soffice --headless
  --convert-to pdf``, a fresh profile each time, as bench_documents): goal 3x faster;
- the same command with ``--format docx``, for the record;
- with ``--anchor-rev REV``, each command also as the program was at that git
  revision (its ``desktop/`` and ``resources/`` extracted with ``git archive``, run
  as ``python -m desktop`` from there), alternating with this checkout's runs.

The program's bytecode is compiled first (``compileall``), as an installed program
has it (pip and the frozen bundle compile it; a checkout under
``PYTHONDONTWRITEBYTECODE`` would otherwise compile its sources on every run).
Runs alternate between the program, its anchor and LibreOffice so that all see the same machine.
Beside each wall-clock median, ``cpu`` gives the median CPU seconds (user + system) of
the process and its children: on a machine shared with other work, the steadier figure.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
KHCDS = BIN / ("khcds.exe" if os.name == "nt" else "khcds")


CPU: dict[str, list[float]] = {}


def timed(cmd: list[str], env: dict[str, str], cwd: Path, name: str = "") -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=cwd, check=True, capture_output=True, timeout=600)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if name:
        CPU.setdefault(name, []).append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return wall


def median(xs: list[float]) -> float:
    return round(statistics.median(xs), 3)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--lo-repeat", type=int, default=3, help="LibreOffice conversions (0: skip)")
    ap.add_argument("--anchor-rev", help="git revision whose commands run beside this checkout's")
    a = ap.parse_args()

    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)
    env = {k: v for k, v in os.environ.items() if not k.startswith("KHCDS_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    work = Path(tempfile.mkdtemp(prefix="khcds-bench-start-"))
    try:
        data = work / "demo"
        subprocess.run(
            [str(KHCDS), "--data-dir", str(data), "demo", "--year", "2024"],  # the plan the commands name
            env=env,
            cwd=work,
            check=True,
            capture_output=True,
        )
        docx = work / "plan.docx"
        subprocess.run(
            [
                str(KHCDS),
                "--data-dir",
                str(data),
                "document",
                "plan",
                "--year",
                "2024",
                "--format",
                "docx",
                "--out",
                str(docx),
            ],
            env=env,
            cwd=work,
            check=True,
            capture_output=True,
        )
        khcds = [str(KHCDS), "--data-dir", str(data)]
        commands = {
            "version": [str(KHCDS), "--version"],
            "info": [*khcds, "info"],
            "plan_pdf": [
                *khcds,
                "document",
                "plan",
                "--year",
                "2024",
                "--format",
                "pdf",
                "--out",
                str(work / "plan.pdf"),
            ],
            "plan_docx": [
                *khcds,
                "document",
                "plan",
                "--year",
                "2024",
                "--format",
                "docx",
                "--out",
                str(work / "plan-again.docx"),
            ],
        }
        old_env = dict(env)
        if a.anchor_rev:
            sys.path.insert(0, str(ROOT / "benchmarks"))
            from bench_city import extract_revision

            src = extract_revision(a.anchor_rev, work / "anchor-src")
            compileall.compile_dir(str(src / "desktop"), quiet=1)
            old_env["PYTHONPATH"] = str(src)
            old_data = work / "demo-anchor"
            # the old program's own demo: a folder of a newer schema is refused by an older program
            made = subprocess.run(
                [sys.executable, "-m", "desktop", "--data-dir", str(old_data), "demo", "--year", "2024"],
                env=old_env,
                cwd=work,
                capture_output=True,
            )
            if made.returncode != 0:  # an anchor without --year: a copy of this program's folder
                shutil.rmtree(old_data, ignore_errors=True)
                shutil.copytree(data, old_data)
            old = [sys.executable, "-m", "desktop", "--data-dir", str(old_data)]
            commands.update(
                {
                    "anchor_version": [sys.executable, "-m", "desktop", "--version"],
                    "anchor_info": [*old, "info"],
                    "anchor_plan_pdf": [
                        *old,
                        "document",
                        "plan",
                        "--year",
                        "2024",
                        "--format",
                        "pdf",
                        "--out",
                        str(work / "plan-anchor.pdf"),
                    ],
                }
            )
        python_pass = [sys.executable, "-c", "pass"]

        def env_of(k: str) -> dict[str, str]:
            return old_env if k.startswith("anchor_") else env

        for k, cmd in commands.items():  # once each: the OS file cache, the schema cache
            timed(cmd, env_of(k), work)
        times: dict[str, list[float]] = {k: [] for k in commands}
        anchor: list[float] = []
        lo: list[float] = []
        soffice = a.lo_repeat and shutil.which("soffice")
        for i in range(max(a.repeat, a.lo_repeat if soffice else 0)):
            # interleaved: LibreOffice, the program and its anchors see the same machine
            if i < a.repeat:
                anchor.append(timed(python_pass, env, work, "python_start"))
                for k, cmd in commands.items():
                    times[k].append(timed(cmd, env_of(k), work, k))
            if soffice and i < a.lo_repeat:
                profile = work / f"lo-profile-{i}"
                lo.append(
                    timed(
                        [
                            "soffice",
                            f"-env:UserInstallation={profile.as_uri()}",
                            "--headless",
                            "--convert-to",
                            "pdf",
                            "--outdir",
                            str(work / f"lo-{i}"),
                            str(docx),
                        ],
                        env,
                        work,
                        "libreoffice_docx_to_pdf",
                    )
                )
        out: dict[str, object] = {k: median(v) for k, v in times.items()}
        out["python_start"] = median(anchor)
        out["goal_version_info_s"] = 0.15
        if lo:
            out["libreoffice_docx_to_pdf"] = median(lo)
            out["ratio_libreoffice_to_plan_pdf"] = round(median(lo) / float(out["plan_pdf"]), 2)  # type: ignore[arg-type]
            out["goal_ratio"] = 3.0
        out["cpu"] = {k: median(v) for k, v in CPU.items()}
        if lo and CPU.get("plan_pdf"):
            out["ratio_libreoffice_to_plan_pdf_cpu"] = round(
                median(CPU["libreoffice_docx_to_pdf"]) / median(CPU["plan_pdf"]), 2
            )
        out["repeat"] = a.repeat
        print(json.dumps(out, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
