"""Issue 16, findings 1-5 and 14 (restore side): nothing is lost to a restore, an emptied
store or an interrupted backup.

1. a restore cannot replace the store under an open window (one lock per data folder);
2. a restore over a damaged store keeps the damaged file (and its journal) aside;
3. an emptied or deleted store beside backups is refused, naming the latest good backup;
4. (city history: tests/sync/test_city_history.py);
5. partial files of interrupted backups are cleaned at the next backup;
14. restore with a relative path; ``backup --list`` and a named backup beside a destroyed header.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.paths import DataDir
from desktop.store import backup as bk
from desktop.store import open_store
from tests.helpers import damage_store

ROOT = Path(__file__).resolve().parents[2]


def backup_of(folder: Path) -> Path:
    s = open_store(folder)
    try:
        return bk.make_backup(s, reason="manual")
    finally:
        s.close()


def tasks(db: Path) -> int:
    with sqlite3.connect(db) as c:
        return c.execute("SELECT count(*) FROM plan_tasks").fetchone()[0]


def hold_in_subprocess(folder: Path) -> subprocess.Popen[str]:
    """Another copy of the program (as the window does) holding ``folder``."""
    p = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time; from desktop import single_instance as si; "
            f"assert si.hold(r'{folder}') is None; print('held', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert p.stdout is not None and p.stdout.readline().strip() == "held"
    return p


# -- 1. one lock per data folder ---------------------------------------------------------------
@pytest.mark.parametrize(
    "command",
    [
        ["restore", "BACKUP"],
        ["backup"],
        ["demo"],
        ["export", "--year", "2024"],
        ["templates", "import", "TEMPLATE"],
        ["plan", "unlock", "--year", "2024", "--reason", "x"],
    ],
)
def test_a_writer_waits_then_names_who_holds_the_folder(demo_dir: Path, tmp_path: Path, cli, command) -> None:
    backup = backup_of(demo_dir)
    template = tmp_path / "t.json"
    shutil.copy(ROOT / "resources" / "templates" / "hp-325-2024.json", template)
    args = [str(backup) if a == "BACKUP" else str(template) if a == "TEMPLATE" else a for a in command]
    db = demo_dir / "khcds.sqlite3"
    before = db.read_bytes()
    holder = hold_in_subprocess(demo_dir)
    try:
        os.environ["KHCDS_LOCK_WAIT"] = "0.6"
        t0 = time.monotonic()
        r = cli("--data-dir", demo_dir, *args)
        waited = time.monotonic() - t0
    finally:
        os.environ.pop("KHCDS_LOCK_WAIT", None)
        holder.kill()
        holder.wait()
    assert r.code == 1 and waited >= 0.5
    line = r.err.strip()
    assert len(line.splitlines()) == 1 and "đang mở" in line
    assert f"tiến trình {holder.pid}" in line and "máy " in line and "người dùng " in line
    assert db.read_bytes() == before  # nothing written
    # once the other copy has gone, the same command runs
    assert cli("--data-dir", demo_dir, *args).code == 0


def test_readers_do_not_wait_for_the_window(demo_dir: Path, cli) -> None:
    holder = hold_in_subprocess(demo_dir)
    try:
        os.environ["KHCDS_LOCK_WAIT"] = "0"
        assert cli("--data-dir", demo_dir, "check").code == 0
        assert cli("--data-dir", demo_dir, "backup", "--list").code == 0
        assert cli("--data-dir", demo_dir, "info").code == 0
    finally:
        os.environ.pop("KHCDS_LOCK_WAIT", None)
        holder.kill()
        holder.wait()


def test_a_writer_takes_its_turn_when_the_holder_lets_go(demo_dir: Path, cli) -> None:
    p = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; from desktop import single_instance as si; "
            f"si.hold(r'{demo_dir}'); print('held', flush=True); time.sleep(1.0)",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert p.stdout is not None and p.stdout.readline().strip() == "held"
        os.environ["KHCDS_LOCK_WAIT"] = "20"
        r = cli("--data-dir", demo_dir, "backup")
    finally:
        os.environ.pop("KHCDS_LOCK_WAIT", None)
        p.wait()
    assert r.code == 0, r.err


def test_the_lock_is_released_after_a_command_and_kept_by_an_in_process_window(demo_dir: Path, cli) -> None:
    from desktop import single_instance as si

    assert cli("--data-dir", demo_dir, "backup").code == 0
    assert not si.holds(demo_dir)  # let go after the command
    assert si.hold(demo_dir) is None  # this process's window holds the folder
    try:
        assert cli("--data-dir", demo_dir, "backup").code == 0
        assert si.holds(demo_dir)  # a command in the same process does not take the window's lock away
    finally:
        si.release(demo_dir)


# -- 2. a restore keeps a damaged store aside --------------------------------------------------
def test_restore_over_a_damaged_store_keeps_it_aside_with_its_journal(demo_dir: Path, cli) -> None:
    data = DataDir(demo_dir)
    good = backup_of(demo_dir)
    damage_store(data.db)
    Path(str(data.db) + "-wal").write_bytes(b"work after the last backup")
    damaged = data.db.read_bytes()
    r = cli("--data-dir", demo_dir, "restore", good)
    assert r.code == 0, r.err
    kept = list(demo_dir.glob("khcds-hong-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert Path(str(kept[0]) + "-wal").read_bytes() == b"work after the last backup"
    assert str(kept[0]) in r.out
    assert cli("--data-dir", demo_dir, "check").code == 0
    assert not list(demo_dir.glob(".*.part"))


def test_restore_with_a_relative_path(demo_dir: Path, tmp_path: Path, cli) -> None:
    n = tasks(demo_dir / "khcds.sqlite3")
    out = tmp_path / "copies" / "sao-luu.sqlite3"
    assert cli("--data-dir", demo_dir, "backup", "--out", out).code == 0
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        r = cli("--data-dir", demo_dir, "restore", "copies/sao-luu.sqlite3")
    finally:
        os.chdir(cwd)
    assert r.code == 0, r.err
    assert tasks(demo_dir / "khcds.sqlite3") == n


# -- 3. an emptied or deleted store beside backups ---------------------------------------------
@pytest.mark.parametrize("how", ["empty", "deleted"])
def test_a_lost_store_beside_backups_is_refused_naming_the_latest_good_one(demo_dir: Path, cli, how) -> None:
    data = DataDir(demo_dir)
    older = backup_of(demo_dir)
    latest = backup_of(demo_dir)
    damage_store(older)  # only good copies are named
    assert older != latest
    copies = bk.list_backups(data)
    if how == "empty":
        data.db.write_bytes(b"")
    else:
        data.db.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(data.db) + suffix).unlink(missing_ok=True)
    for cmd in (["check"], ["info"], ["backup"]):
        r = cli("--data-dir", demo_dir, *cmd)
        assert r.code == 1 and str(latest) in r.err and "không mong đợi" not in r.err, (cmd, r.err)
    assert not data.db.exists() or data.db.stat().st_size == 0  # no new empty store made
    assert bk.list_backups(data) == copies  # nothing aged out or added
    r = cli("--data-dir", demo_dir, "restore", latest)
    assert r.code == 0, r.err
    assert cli("--data-dir", demo_dir, "check").code == 0


def test_a_new_folder_without_backups_still_starts(tmp_path: Path, cli) -> None:
    assert cli("--data-dir", tmp_path / "moi", "check").code == 0


# -- 5. interrupted backups' partial files -----------------------------------------------------
def test_partial_files_of_interrupted_backups_are_cleaned_at_the_next_backup(demo_dir: Path, cli) -> None:
    data = DataDir(demo_dir)
    data.backups.mkdir(exist_ok=True)
    stale = [
        data.backups / ".khcds-20240101-080000-000000-manual.sqlite3.part",
        demo_dir / ".khcds.sqlite3.restore.part",
    ]
    for p in stale:
        p.write_bytes(b"x" * 100_000)
    assert cli("--data-dir", demo_dir, "backup").code == 0
    assert not any(p.exists() for p in stale)


def test_a_reader_removes_only_old_partial_files(demo_dir: Path) -> None:
    data = DataDir(demo_dir)
    data.backups.mkdir(exist_ok=True)
    young = data.backups / ".khcds-young.sqlite3.part"
    old = data.backups / ".khcds-old.sqlite3.part"
    young.write_bytes(b"x")
    old.write_bytes(b"x")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    bk.clean_partials(data)  # this process does not hold the folder: another copy may be writing `young`
    assert young.exists() and not old.exists()


# -- 14. a destroyed header --------------------------------------------------------------------
def test_a_destroyed_header_names_the_backup_and_backup_list_still_runs(demo_dir: Path, cli) -> None:
    data = DataDir(demo_dir)
    good = backup_of(demo_dir)
    raw = bytearray(data.db.read_bytes())
    raw[:100] = b"\xff" * 100
    data.db.write_bytes(bytes(raw))
    r = cli("--data-dir", demo_dir, "check")
    assert r.code == 1 and str(good) in r.err and "not a database" not in r.err
    r = cli("--data-dir", demo_dir, "backup", "--list")
    assert r.code == 0 and str(good) in r.out
