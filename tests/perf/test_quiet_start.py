"""The program starts without cyclic garbage collection, then freezes start-up's objects and
collects as usual; ``main(argv)`` called by tests or other code leaves the collector alone."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import gc, sys, time
from desktop import cli
sys.argv = ["khcds", "--version"]
try:
    cli.main()
except SystemExit:
    pass
print(gc.isenabled(), gc.get_freeze_count() > 0)
time.sleep(cli.GC_PAUSE_SECONDS + 1.0)
print(gc.isenabled(), gc.get_freeze_count() > 0)
"""


def test_program_start_pauses_then_resumes_collection() -> None:
    p = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    lines = [ln for ln in p.stdout.splitlines() if ln.startswith(("True", "False"))]
    assert lines == ["False False", "True True"]


def test_main_with_arguments_leaves_the_collector_alone(cli) -> None:  # type: ignore[no-untyped-def]
    import gc

    assert gc.isenabled()
    r = cli("units", "an lao")
    assert r.code == 0 and "Xã An Lão" in r.out
    assert gc.isenabled()
