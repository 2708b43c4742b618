"""Worker processes for the city import (``desktop/sync/parallel.py``): results come in the
files' order, a worker that dies costs nothing, stopping early ends the workers, and an import
read by workers says and writes exactly what an import in one process says and writes."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from desktop.sync import parallel

A = "11629"


def tag(chunk: list[object]) -> list[tuple[object, int]]:
    """Each item with the process that handled it; "die" kills a worker (never this process)."""
    out = []
    for x in chunk:
        if x == "die" and multiprocessing.parent_process() is not None:
            os._exit(3)
        if x == "slow":
            time.sleep(0.2)
        out.append((x, os.getpid()))
    return out


def test_results_come_in_order_from_other_processes(monkeypatch) -> None:
    monkeypatch.setenv(parallel.ENV_WORKERS, "2")
    items = list(range(70))
    got = list(parallel.ordered(tag, items))
    assert [x for x, _ in got] == items
    pids = {pid for _, pid in got}
    assert os.getpid() not in pids and len(pids) >= 1
    assert multiprocessing.active_children() == []  # ended when the results were all taken


def test_a_worker_that_dies_costs_nothing(monkeypatch, caplog) -> None:
    monkeypatch.setenv(parallel.ENV_WORKERS, "2")
    items: list[object] = list(range(60))
    items[37] = "die"
    got = list(parallel.ordered(tag, items))
    assert [x for x, _ in got] == items  # every item once, in order
    here = [x for x, pid in got if pid == os.getpid()]
    assert "die" in here and here == items[items.index(here[0]) :]  # from the broken chunk on
    assert "worker processes stopped" in caplog.text
    assert multiprocessing.active_children() == []


def test_stopping_early_ends_the_workers(monkeypatch) -> None:
    monkeypatch.setenv(parallel.ENV_WORKERS, "2")
    gen = parallel.ordered(tag, ["slow"] * 100)
    assert next(gen)[0] == "slow"
    t0 = time.monotonic()
    gen.close()  # the window's cancel: what was handed out is cancelled, the workers end
    assert time.monotonic() - t0 < 10
    assert multiprocessing.active_children() == []


def test_when_workers_cannot_start_the_work_is_done_here(monkeypatch, caplog) -> None:
    monkeypatch.setenv(parallel.ENV_WORKERS, "2")

    class NoProcesses:
        def __init__(self, *a: object, **kw: object) -> None:
            raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", NoProcesses)
    got = list(parallel.ordered(tag, list(range(20))))
    assert [x for x, _ in got] == list(range(20)) and {pid for _, pid in got} == {os.getpid()}
    assert "cannot start" in caplog.text


def test_how_many_workers(monkeypatch) -> None:
    monkeypatch.delenv(parallel.ENV_WORKERS, raising=False)
    monkeypatch.setattr(parallel, "cores", lambda: 16)
    assert parallel.worker_count(parallel.MIN_ITEMS - 1) == 0  # starting them would cost more
    assert parallel.worker_count(3321) == parallel.MAX_WORKERS
    monkeypatch.setattr(parallel, "cores", lambda: 1)
    assert parallel.worker_count(3321) == 0
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    assert parallel.worker_count(3321) == 2
    assert parallel.worker_count(3321, reserve=1) == 0  # one worker beside the writer: slower than none
    monkeypatch.setattr(parallel, "cores", lambda: 4)
    assert parallel.worker_count(3321, reserve=1) == 3
    monkeypatch.setenv(parallel.ENV_WORKERS, "0")  # a shared machine: leave the cores free
    assert parallel.worker_count(3321) == 0
    monkeypatch.setenv(parallel.ENV_WORKERS, "3")
    assert parallel.worker_count(5) == 3 and parallel.worker_count(1) == 0
    monkeypatch.setenv(parallel.ENV_WORKERS, "nhiều")  # not a number: the rule above
    assert parallel.worker_count(3321) == 4


# -- the city import, read by workers ---------------------------------------------------------
def _batch(world, tmp_path: Path, export_again) -> list[Path]:  # type: ignore[no-untyped-def]
    """Every kind of file at once: new, newer, the same file twice, hostile, another province's."""
    from tests.sync.test_hostile_batch import hostile

    newer = export_again(world.units[A], tmp_path / f"{A}-2024-r002.khcds")  # revision 2 of the first commune
    same = tmp_path / "copy" / f"copy-{world.packages[A].name}"
    same.parent.mkdir()
    shutil.copy(world.packages[A], same)
    (tmp_path / "bad").mkdir()
    return [*world.packages.values(), newer, same, world.outsider, *hostile(world, tmp_path / "bad").values()]


def _city(tmp_path: Path, name: str) -> Path:
    from desktop.services import city
    from desktop.store import open_store

    d = tmp_path / name
    s = open_store(d)
    city.init_city(s, "31")
    s.checkpoint()
    s.close()
    return d


def _stored(d: Path) -> dict[str, list[tuple]]:
    """What the import wrote, but for the clock and the row ids."""
    con = sqlite3.connect(d / "khcds.sqlite3")
    try:
        return {
            "submissions": con.execute(
                "SELECT unit_code, year, plan_key, revision, file_name, data_sha256, key_fingerprint, plan_state "
                "FROM city_submissions ORDER BY unit_code, year, plan_key"
            ).fetchall(),
            "receipts": con.execute(
                "SELECT unit_code, revision, outcome, file_name, data_sha256 FROM city_receipts "
                "ORDER BY unit_code, revision"
            ).fetchall(),
            "tasks": con.execute(
                "SELECT unit_code, template_ref, pillar, content, status, percent, finish_end, flagged FROM city_tasks "
                "ORDER BY unit_code, template_ref, content"
            ).fetchall(),
            "targets": con.execute("SELECT count(*), count(DISTINCT unit_code) FROM city_targets").fetchall(),
            "units": con.execute(
                "SELECT code, key_fingerprint FROM city_units WHERE public_key IS NOT NULL"
            ).fetchall(),
            "audit": con.execute("SELECT entity, action, field, new FROM audit_log ORDER BY id").fetchall(),
        }
    finally:
        con.close()


@pytest.fixture
def vietnamese_after():  # type: ignore[no-untyped-def]
    """``--lang en`` switches this process's language: back to Vietnamese for the next test."""
    from desktop import i18n

    yield
    i18n.set_language("vi")


def test_an_import_read_by_workers_says_and_writes_what_one_process_does(
    world, tmp_path, cli, export_again, monkeypatch, vietnamese_after
) -> None:
    files = _batch(world, tmp_path, export_again)
    said: dict[tuple[str, str], list[str]] = {}
    for lang in ("vi", "en"):
        for workers in ("0", "2"):
            monkeypatch.setenv(parallel.ENV_WORKERS, workers)
            d = _city(tmp_path, f"city-{lang}-{workers}")
            dry = cli("--lang", lang, "--data-dir", d, "city", "import", "--accept-new-keys", "--dry-run", *files)
            r = cli("--lang", lang, "--data-dir", d, "city", "import", "--accept-new-keys", *files)
            assert r.code == 1 and "Traceback" not in r.out + r.err
            lines = [ln for ln in r.out.splitlines() if ".khcds:" in ln]
            assert lines == [ln for ln in dry.out.splitlines() if ".khcds:" in ln]
            said[(lang, workers)] = lines
            if lang == "vi":
                assert len(lines) == len(files) and sum("Từ chối" in ln for ln in lines) == 5
                said[("stored", workers)] = _stored(d)  # type: ignore[assignment]
    assert said[("vi", "2")] == said[("vi", "0")]
    assert said[("en", "2")] == said[("en", "0")]  # the workers speak the program's language
    assert said[("en", "2")] != said[("vi", "2")]
    assert said[("stored", "2")] == said[("stored", "0")]
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("city_dir", ["sqlite"], indirect=True)
def test_the_window_imports_through_workers(qtbot, city_dir, world, monkeypatch, messages) -> None:
    """The import dialog with workers: preview, then the Import button, off the GUI thread."""
    from PySide6.QtCore import Qt

    from desktop.services import city
    from desktop.store import open_store
    from desktop.views.import_preview import ImportPreviewDialog

    monkeypatch.setenv(parallel.ENV_WORKERS, "2")
    s = open_store(city_dir)
    dlg = ImportPreviewDialog(s, sorted(world.packages.values()))
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.previewed, timeout=60000):
        dlg.show()
    assert dlg.table.rowCount() == 3 and dlg.progress.value() == 100
    dlg.confirm_all_keys()
    with qtbot.waitSignal(dlg.imported, timeout=60000):
        qtbot.mouseClick(dlg.apply_button, Qt.MouseButton.LeftButton)
    assert len(dlg.applied) == 3 and dlg.error is None
    assert {u.code for u in city.status(s, 2024).units if u.revision} == set(world.packages)
    s.close()
    assert multiprocessing.active_children() == []


def _alive(pid: int) -> bool:
    """The process runs (a zombie waiting to be reaped does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_workers_end_when_the_program_is_killed(tmp_path) -> None:
    """A program killed in the middle of an import (Task Manager, a crash) leaves no worker
    running: they would hold memory, and the output pipe a batch job waits on."""
    import signal
    import subprocess
    import sys

    here = Path(__file__).resolve().parent
    root = here.parent.parent
    script = (
        "import sys\n"
        f"sys.path[:0] = [{str(root)!r}, {str(here)!r}]\n"
        "from desktop.sync import parallel\n"
        "import test_parallel\n"
        "for x, pid in parallel.ordered(test_parallel.tag, ['slow'] * 1000):\n"
        "    print(pid, flush=True)\n"
    )
    env = dict(os.environ, **{parallel.ENV_WORKERS: "2"})
    p = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env)
    try:
        workers = {int(p.stdout.readline()) for _ in range(20)}  # type: ignore[union-attr]
        assert workers and p.pid not in workers and all(_alive(w) for w in workers)
    finally:
        p.send_signal(signal.SIGKILL)
        p.wait()
    deadline = time.monotonic() + 15
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [w for w in workers if _alive(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    assert not left, "workers outlived the program that started them"
