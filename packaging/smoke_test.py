#!/usr/bin/env python3
"""Smoke test of the frozen program: does the bundle work on a machine with nothing else?

``python packaging/smoke_test.py dist/khcds/khcds`` (Windows:
``dist\\khcds\\khcds-cli.exe``). Standard library only, so the Windows runner
and the Linux build can run it with any Python. Every run uses a new, empty
data folder, and the Qt offscreen platform (no display needed). It checks that:

- ``--version`` prints the version of ``desktop/__init__.py``;
- ``templates list`` finds the built-in templates (resources, schemas);
- ``units "an lao"`` finds the commune (the unit directory tables);
- ``demo`` creates the store (Alembic migrations carried as files) and a plan;
- ``document plan --year Y --format pdf`` writes a PDF with embedded fonts
  (reportlab, the bundled fonts, pyHanko's signature fields), when the program
  has that command;
- ``export`` then ``city import`` of two files with worker processes
  (``KHCDS_WORKERS=2``): the frozen program starts its workers as itself;
- the window opens on the demo plan and the program closes cleanly
  (``KHCDS_EXIT_AFTER_SHOW=1``, see ``packaging/entry.py``), exit code 0;
- nothing wrote a traceback, an import error or a missing Qt plugin to the
  output or the log.

Exit status: 0 all passed, 1 a check failed, 2 usage.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 120

#: text that means the bundle is broken, wherever it appears
FATAL_MARKERS = (
    "Traceback (most recent call last)",
    "ModuleNotFoundError",
    "ImportError",
    "No module named",
    "Fatal Python error",
    "could not find or load the Qt platform plugin",
    "Could not load the Qt platform plugin",
    "Cannot load library",
    "error while loading shared libraries",
    "undefined symbol",
    "This application failed to start",
    "Failed to execute script",
    "Lỗi không mong đợi",
    "lỗi không mong đợi",
)


def expected_version() -> str | None:
    init = ROOT / "desktop" / "__init__.py"
    if not init.exists():
        return None
    m = re.search(r'^__version__\s*=\s*["\']([^"\']+)', init.read_text(encoding="utf-8"), re.M)
    return m.group(1) if m else None


@dataclass
class Check:
    name: str
    ok: bool
    detail: str = ""
    seconds: float = 0.0
    skipped: bool = False


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float


@dataclass
class Bundle:
    binary: Path
    data: Path
    checks: list[Check] = field(default_factory=list)

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        for k in ("KHCDS_DB_URL", "KHCDS_RESOURCES", "PYTHONPATH", "PYTHONHOME"):
            env.pop(k, None)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            KHCDS_DATA_DIR=str(self.data),
            PYTHONIOENCODING="utf-8",
            QT_LOGGING_RULES="qt.qpa.*=false",
        )
        env.update(extra)
        return env

    def run(self, *args: str, **env: str) -> Run:
        t0 = time.perf_counter()
        try:
            p = subprocess.run(
                [str(self.binary), "--data-dir", str(self.data), *args],
                env=self.env(**env),
                capture_output=True,
                timeout=TIMEOUT,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired as e:
            return Run(
                -1, _text(e.stdout), _text(e.stderr) + f"\n(timed out after {TIMEOUT} s)", time.perf_counter() - t0
            )
        return Run(p.returncode, _text(p.stdout), _text(p.stderr), time.perf_counter() - t0)

    def check(self, name: str, run: Run | None, ok: bool, detail: str = "", skipped: bool = False) -> bool:
        if run is not None:
            fatal = _fatal(run.out + run.err)
            if fatal:
                ok, detail = False, f"{detail} [{fatal!r} in output]".strip()
            if not ok:
                detail += f"\n  exit {run.code}\n  stdout: {run.out[-1500:]}\n  stderr: {run.err[-1500:]}"
        self.checks.append(Check(name, ok, detail, run.seconds if run else 0.0, skipped))
        return ok


def _text(b: bytes | str | None) -> str:
    if b is None:
        return ""
    return b if isinstance(b, str) else b.decode("utf-8", "replace")


def _fatal(text: str) -> str | None:
    return next((m for m in FATAL_MARKERS if m in text), None)


def run_all(binary: Path, work: Path) -> list[Check]:
    b = Bundle(binary.resolve(), work / "data")

    r = b.run("--version")
    want = expected_version()
    b.check("--version", r, r.code == 0 and (f"KHCĐS {want}" in r.out if want else "KHCĐS" in r.out), r.out.strip())

    r = b.run("templates", "list", "--json")
    try:
        ids = {t["id"] for t in json.loads(r.out)}
    except (ValueError, KeyError, TypeError):
        ids = set()
    builtin = {p.stem for p in (ROOT / "resources" / "templates").glob("*.json")} or {"hp-325-2024"}
    b.check("templates list", r, r.code == 0 and builtin <= ids, f"{len(ids)} templates")

    r = b.run("units", "an lao", "--json")
    b.check("units (directory)", r, r.code == 0 and "An Lão" in r.out)

    r = b.run("demo")
    b.check("demo", r, r.code == 0 and (b.data / "khcds.sqlite3").exists())

    r = b.run("info", "--json")
    try:
        year = str(json.loads(r.out)["plans"][0]["year"])
    except (ValueError, KeyError, IndexError, TypeError):
        year = ""
    b.check("info", r, r.code == 0 and year.isdigit(), f"plan {year}")

    help_text = b.run("--help").out
    if re.search(r"\bdocument\b", help_text):
        pdf = work / "ke-hoach.pdf"
        r = b.run("document", "plan", "--year", year or "2024", "--format", "pdf", "--out", str(pdf))
        data = pdf.read_bytes() if pdf.exists() else b""
        b.check(
            "document plan --format pdf",
            r,
            r.code == 0 and data.startswith(b"%PDF") and b"/FontFile2" in data,
            f"{len(data)} bytes",
        )
        docx = work / "ke-hoach.docx"
        r = b.run("document", "plan", "--year", year or "2024", "--format", "docx", "--out", str(docx))
        data = docx.read_bytes() if docx.exists() else b""
        b.check("document plan --format docx", r, r.code == 0 and data.startswith(b"PK"), f"{len(data)} bytes")
    else:
        b.check("document plan --format pdf", None, True, "skipped: this build has no `document` command", skipped=True)

    # the city's import reads files in worker processes, which a frozen program starts as itself
    package = work / "inbox" / "goi-1.khcds"
    package.parent.mkdir(parents=True, exist_ok=True)
    r = b.run("export", "--year", year or "2024", "--out", str(package))
    if r.code == 0 and package.exists():
        shutil.copy(package, package.with_name("goi-2.khcds"))  # the same file twice: new, then same
        city = Bundle(b.binary, work / "city", b.checks)
        r = city.run("city", "init", "--province", "ALL")
        if r.code == 0:
            r = city.run("city", "import", "--accept-new-keys", str(package.parent), KHCDS_WORKERS="2")
        log = city.data / "logs" / "khcds.log"
        stopped = "worker processes" in (log.read_text(encoding="utf-8", errors="replace") if log.exists() else "")
        b.check(
            "city import (worker processes)",
            r,
            r.code == 0 and "Mới" in r.out and "Trùng" in r.out and not stopped,
            "the workers did not start: see the city folder's log" if stopped else "2 files",
        )
    else:
        b.check("city import (worker processes)", r, False, "export failed")

    r = b.run(KHCDS_EXIT_AFTER_SHOW="1")
    m = re.search(r"KHCDS_SHOWN (\w+) ([\d.]+)", r.out)
    b.check(
        "window opens and closes",
        r,
        r.code == 0 and m is not None and m.group(1) != "-",
        f"{m.group(1)} shown after {m.group(2)} s" if m else "no window shown",
    )

    log = b.data / "logs" / "khcds.log"
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    fatal = _fatal(text)
    b.checks.append(
        Check(
            "log",
            log.exists() and fatal is None,
            f"{log} {len(text)} chars" + (f" [{fatal!r}]\n{text[-2000:]}" if fatal else ""),
        )
    )
    return b.checks


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    binary = Path(argv[0])
    if not binary.exists():
        print(f"no such program: {binary}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="khcds-smoke-") as tmp:
        checks = run_all(binary, Path(tmp))
    for c in checks:
        mark = "SKIP" if c.skipped else ("ok  " if c.ok else "FAIL")
        print(f"{mark} {c.name:<28} {c.seconds:5.2f} s  {c.detail}")
    failed = [c for c in checks if not c.ok]
    print(f"smoke: {len(checks) - len(failed)} passed, {len(failed)} failed")
    if "--json" in argv:
        print(json.dumps([c.__dict__ for c in checks], ensure_ascii=False))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
