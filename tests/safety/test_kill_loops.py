"""Issue 16, acceptance: SIGKILL at random moments, 20 runs each, over restore, backup,
city import, template import, and a restore racing an open window; nothing is lost or
doubled, no half file stands under a final name, and the store always opens.

Subprocess-based with short seeded random delays, so that each loop stays modest.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.models.city import inflate

ROOT = Path(__file__).resolve().parents[2]
RUNS = 20

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")]


def khcds(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", *map(str, args)],
        cwd=ROOT,
        env=e,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_and_kill(args: list[str], delay: float) -> bool:
    """Run ``khcds ARGS`` and SIGKILL it after ``delay`` seconds; True when the kill landed
    (the command was still running). A loop counts its landed kills: a loop whose commands all
    ended before the kill tested nothing and fails (``enough_kills``)."""
    p = khcds(*args)
    time.sleep(delay)
    if p.poll() is None:
        p.send_signal(signal.SIGKILL)
    p.communicate()
    return p.returncode == -signal.SIGKILL  # not when it ended on its own as the signal was sent


def whole_run(folder: Path, *args: object) -> float:
    """Seconds a whole ``khcds --data-dir COPY ARGS`` takes here, on a copy of ``folder``: a loop
    kills at random moments inside that span (a fixed window of delays falls after the end on a
    fast machine and before the work on a loaded one)."""
    probe = folder.parent / f"{folder.name}-probe"
    shutil.rmtree(probe, ignore_errors=True)
    shutil.copytree(folder, probe)
    try:
        started = time.monotonic()
        r = run("--data-dir", probe, *args)
        spent = time.monotonic() - started
    finally:
        shutil.rmtree(probe, ignore_errors=True)
    assert r.returncode == 0, r.stdout[-500:] + r.stderr[-500:]
    return spent


def enough_kills(landed: int) -> None:
    assert landed >= RUNS // 4, f"only {landed} of {RUNS} kills landed while the command ran"


def run_and_kill_when(code: str, args: list[str], db: Path, at_least: int, then: float) -> bool:
    """Run ``python -c code args``; once ``at_least`` submissions are committed, wait ``then``
    seconds and kill it (wherever it then is: inside a batch, between two)."""
    p = subprocess.Popen(
        [sys.executable, "-c", code, *map(str, args)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while p.poll() is None and time.monotonic() < deadline:
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
            try:
                n = con.execute("SELECT count(*) FROM city_submissions").fetchone()[0]
            finally:
                con.close()
        except sqlite3.Error:
            n = 0
        if n >= at_least:
            time.sleep(then)
            break
        time.sleep(0.01)
    if p.poll() is None:
        p.send_signal(signal.SIGKILL)
    p.wait()
    return p.returncode == -signal.SIGKILL


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *map(str, args)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def integrity(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def own_tasks(db: Path) -> set[str]:
    con = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT content FROM plan_tasks WHERE content LIKE 'edit %'")}
    finally:
        con.close()


def task_count(db: Path) -> int:
    con = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM plan_tasks").fetchone()[0])
    finally:
        con.close()


def add_task(folder: Path, text: str) -> None:
    from sqlalchemy import select

    from desktop.models.orm import Plan
    from desktop.services import plans as psvc
    from desktop.store import open_store

    s = open_store(folder)
    try:
        with s.transaction() as ses:
            psvc.add_own_task(ses, ses.scalar(select(Plan.id)), pillar="Dữ liệu số", content=text)
    finally:
        s.close()


def final_names_all_good(folder: Path) -> None:
    from desktop.store.backup import verify

    for p in (folder / "backups").glob("khcds-*.sqlite3"):
        assert verify(p), p  # a backup under its final name is always whole


def test_kill_loop_restore(demo_dir: Path) -> None:
    from desktop.paths import DataDir
    from desktop.store.backup import list_backups

    rnd = random.Random(16001)
    assert run("--data-dir", demo_dir, "backup", "--out", demo_dir.parent / "b.sqlite3").returncode == 0
    add_task(demo_dir, "edit after backup")
    db = demo_dir / "khcds.sqlite3"
    with_edit, without = task_count(db), task_count(demo_dir.parent / "b.sqlite3")
    whole = whole_run(demo_dir, "restore", demo_dir.parent / "b.sqlite3")
    landed = 0
    for _ in range(RUNS):
        landed += run_and_kill(
            ["--data-dir", str(demo_dir), "restore", str(demo_dir.parent / "b.sqlite3")],
            rnd.uniform(0.15, 0.95) * whole,
        )
        assert integrity(db) == "ok"
        assert task_count(db) in (with_edit, without)
        final_names_all_good(demo_dir)
        if task_count(db) == without:  # restored: the edit made after the backup is kept in a copy
            kept = [p for p in list_backups(DataDir(demo_dir)) if "edit after backup" in own_tasks(p)]
            assert kept or any("edit after backup" in own_tasks(p) for p in demo_dir.glob("khcds-hong-*.sqlite3"))
            add_task(demo_dir, "edit after backup")  # the next round starts from the edited state again
    enough_kills(landed)
    r = run("--data-dir", demo_dir, "check")
    assert r.returncode == 0, r.stderr


def test_kill_loop_backup(demo_dir: Path) -> None:
    rnd = random.Random(16002)
    db = demo_dir / "khcds.sqlite3"
    before = task_count(db)
    whole = whole_run(demo_dir, "backup")
    landed = 0
    for _ in range(RUNS):
        landed += run_and_kill(["--data-dir", str(demo_dir), "backup"], rnd.uniform(0.15, 0.95) * whole)
        assert integrity(db) == "ok" and task_count(db) == before
        final_names_all_good(demo_dir)
    enough_kills(landed)
    r = run("--data-dir", demo_dir, "backup")
    assert r.returncode == 0, r.stderr
    assert not list((demo_dir / "backups").glob(".*.part"))  # the interrupted copies' leftovers are gone
    assert run("--data-dir", demo_dir, "check").returncode == 0


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    from benchmarks.gen_packages import generate

    return list(generate(tmp_path_factory.mktemp("pk"), 25, 31, seed=16))


#: the program with the city import's batches made small, so that a kill falls between batches too
SMALL_BATCHES = (
    "import sys; from desktop.sync import city; city.BATCH_FILES = 3; "
    "from desktop.cli import main; sys.exit(main(sys.argv[1:]))"
)


@pytest.mark.parametrize("batches", ["default", "small"])
def test_kill_loop_city_import(tmp_path: Path, packages: list[Path], batches: str) -> None:
    """Killed anywhere, the store holds whole files only (a batch commits together or not at
    all); the next import writes what the killed one had not committed."""
    from desktop.services import city
    from desktop.store import open_store

    rnd = random.Random(16003 if batches == "default" else 16005)
    d = tmp_path / "city"
    s = open_store(d, daily_backups=False)
    city.init_city(s, "31")
    s.close()
    db = d / "khcds.sqlite3"
    pristine = tmp_path / "pristine"
    shutil.copytree(d, pristine)
    args = ["--data-dir", str(d), "city", "import", "--accept-new-keys", *map(str, packages)]
    whole = whole_run(pristine, "city", "import", "--accept-new-keys", *packages)
    counts = []
    landed = 0
    for _ in range(RUNS):
        if batches == "small":
            landed += run_and_kill_when(SMALL_BATCHES, args, db, rnd.randint(1, len(packages) - 6), rnd.uniform(0, 0.1))
        else:
            landed += run_and_kill(args, rnd.uniform(0.15, 0.95) * whole)
        assert integrity(db) == "ok"
        con = sqlite3.connect(db)
        try:
            subs = con.execute(
                "SELECT s.id, r.data_deflated, s.unit_code FROM city_submissions s JOIN city_receipts r ON r.id = s.receipt_id"
            ).fetchall()
            rows = dict(con.execute("SELECT submission_id, count(*) FROM city_tasks GROUP BY submission_id"))
            receipts = con.execute("SELECT count(*) FROM city_receipts").fetchone()[0]
        finally:
            con.close()
        assert len({u for _i, _d, u in subs}) == len(subs)  # nothing doubled
        for sid, data, _u in subs:  # whole submissions only
            assert rows.get(sid, 0) == sum(1 for t in json.loads(inflate(data))["tasks"] if t["adopted"])
        assert receipts == len(subs)
        counts.append(len(subs))
        if len(subs) == len(packages):  # all in: start again from an empty city
            shutil.rmtree(d)
            shutil.copytree(pristine, d)
    enough_kills(landed)
    if batches == "small":  # kills fell between batches: some runs left a part of the files
        assert any(0 < n < len(packages) for n in counts), counts
    r = run("--data-dir", d, "city", "import", "--accept-new-keys", *map(str, packages))
    assert r.returncode == 0, r.stdout[-500:] + r.stderr[-500:]
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT count(*) FROM city_submissions").fetchone()[0] == len(packages)
    finally:
        con.close()
    r = run("--data-dir", d, "check")
    assert r.returncode == 0, r.stdout[-500:] + r.stderr[-500:]


def test_kill_loop_template_import(tmp_path: Path, demo_dir: Path) -> None:
    from desktop.resources import resource_path

    rnd = random.Random(16004)
    t = json.loads(resource_path("templates", "hp-325-2024.json").read_text(encoding="utf-8"))
    db = demo_dir / "khcds.sqlite3"
    t["id"] = "hp-999-2025"
    probe = tmp_path / "mau-probe.json"
    probe.write_text(json.dumps(t, ensure_ascii=False), encoding="utf-8")
    whole = whole_run(demo_dir, "templates", "import", probe)
    landed = 0
    for i in range(RUNS):
        t["id"] = f"hp-9{i:02d}-2025"
        f = tmp_path / f"mau-{i}.json"
        f.write_text(json.dumps(t, ensure_ascii=False), encoding="utf-8")
        landed += run_and_kill(
            ["--data-dir", str(demo_dir), "templates", "import", str(f)], rnd.uniform(0.15, 0.95) * whole
        )
        assert integrity(db) == "ok"
        con = sqlite3.connect(db)
        try:
            n = con.execute("SELECT count(*) FROM templates WHERE key = ?", (t["id"],)).fetchone()[0]
        finally:
            con.close()
        assert n in (0, 1)
        final_names_all_good(demo_dir)
    enough_kills(landed)
    assert run("--data-dir", demo_dir, "check").returncode == 0


WINDOW = """
import sys, time
from sqlalchemy import select
from desktop import single_instance
from desktop.models.orm import Plan
from desktop.services import plans as psvc
from desktop.store import open_store
folder = sys.argv[1]
assert single_instance.hold(folder) is None  # the window's lock, as desktop.app takes it
s = open_store(folder)
i = 0
while True:
    with s.transaction() as ses:
        psvc.add_own_task(ses, ses.scalar(select(Plan.id)), pillar="Dữ liệu số", content=f"edit {i}")
    print(i, flush=True)  # "Đã lưu": the edit is committed
    i += 1
    time.sleep(0.02)
"""


def test_kill_loop_restore_racing_an_open_window(demo_dir: Path) -> None:
    """A window saves edits one after another; a restore is started against it and the
    window is killed at a random moment. The restore never replaces the store under the
    window, and every edit the window reported saved is in the store or in a kept copy."""
    from desktop.paths import DataDir
    from desktop.store.backup import list_backups

    rnd = random.Random(16005)
    backup = demo_dir.parent / "b.sqlite3"
    assert run("--data-dir", demo_dir, "backup", "--out", backup).returncode == 0
    db = demo_dir / "khcds.sqlite3"
    for _ in range(RUNS):
        window = subprocess.Popen(
            [sys.executable, "-c", WINDOW, str(demo_dir)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert window.stdout is not None
        first = window.stdout.readline()
        assert first.strip() == "0", window.stderr.read() if window.stderr else ""
        restore = khcds(
            "--data-dir", demo_dir, "restore", backup, env={"KHCDS_LOCK_WAIT": f"{rnd.uniform(0.0, 1.2):.2f}"}
        )
        time.sleep(rnd.uniform(0.05, 1.0))
        window.send_signal(signal.SIGKILL)
        out, _err = window.communicate()
        saved = [int(x) for x in [first, *out.splitlines()] if x.strip().isdigit()]
        restore.communicate(timeout=120)
        assert integrity(db) == "ok"
        wanted = {f"edit {i}" for i in saved}
        have = own_tasks(db)
        for p in [*list_backups(DataDir(demo_dir)), *demo_dir.glob("khcds-hong-*.sqlite3")]:
            have |= own_tasks(p)
        assert wanted <= have, sorted(wanted - have)[:5]
        if restore.returncode != 0:  # refused while the window held the folder: nothing replaced
            assert wanted <= own_tasks(db)
    assert run("--data-dir", demo_dir, "check").returncode == 0
