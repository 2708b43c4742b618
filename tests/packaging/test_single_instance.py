"""One running copy per data folder: a second process is refused, in Vietnamese."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from desktop import single_instance

ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent("""
    import sys, time
    from desktop import single_instance
    lock = single_instance.acquire(sys.argv[1])
    print("held" if lock else "refused", flush=True)
    sys.stdin.readline()          # hold until the test says so
""")

SECOND = textwrap.dedent("""
    import sys
    from desktop import single_instance
    lock = single_instance.acquire(sys.argv[1])
    if lock is None:
        print(single_instance.already_running_message(sys.argv[1]))
        sys.exit(1)
    print("held")
""")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _second(data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SECOND, str(data)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(),
        timeout=60,
    )


def test_second_process_is_refused_then_allowed_after_the_first_exits(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=_env(),
    )
    try:
        assert first.stdout is not None and first.stdin is not None
        assert first.stdout.readline().strip() == "held"

        r = _second(data)
        assert r.returncode == 1
        assert "KHCĐS đang mở với thư mục dữ liệu" in r.stdout
        assert str(data) in r.stdout

        first.stdin.write("\n")
        first.stdin.flush()
        assert first.wait(timeout=60) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    r = _second(data)
    assert r.returncode == 0 and r.stdout.strip() == "held"


def test_lock_of_a_killed_process_does_not_linger(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=_env(),
    )
    assert first.stdout is not None
    assert first.stdout.readline().strip() == "held"
    first.kill()
    first.wait()
    assert (data / single_instance.LOCK_FILE).exists()  # the file stays; the lock does not
    assert _second(data).returncode == 0


def test_other_data_folders_are_independent(tmp_path: Path) -> None:
    a = single_instance.acquire(tmp_path / "a")
    b = single_instance.acquire(tmp_path / "b")
    try:
        assert a is not None and b is not None
    finally:
        for lock in (a, b):
            if lock:
                lock.release()


def test_release_and_reacquire_in_one_process(tmp_path: Path) -> None:
    with single_instance.acquire(tmp_path) as lock:  # type: ignore[union-attr]
        assert lock.held
        assert single_instance.acquire(tmp_path) is None  # a second handle is refused too
    assert not lock.held
    again = single_instance.acquire(tmp_path)
    assert again is not None
    again.release()
    again.release()  # twice is harmless


def test_creates_the_data_folder(tmp_path: Path) -> None:
    lock = single_instance.acquire(tmp_path / "new" / "folder")
    assert lock is not None and lock.path.parent.is_dir()
    lock.release()


def test_guard_gives_the_message_for_the_folder_in_use(tmp_path: Path) -> None:
    lock, busy = single_instance.guard(tmp_path / "d")
    assert lock is not None and busy is None
    try:
        second, msg = single_instance.guard(str(tmp_path / "d"))
        assert second is None and msg and "KHCĐS đang mở" in msg and str(tmp_path / "d") in msg
    finally:
        lock.release()


def test_guard_lets_the_store_report_a_folder_it_cannot_lock(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert single_instance.guard(blocker / "data") == (None, None)


def test_hold_is_idempotent_and_release_frees_the_folder(tmp_path: Path) -> None:
    d = tmp_path / "d"
    assert single_instance.hold(d) is None
    assert single_instance.hold(str(d)) is None  # again, same process: fine
    assert single_instance.acquire(d) is None  # but nobody else gets it
    r = _second(d)
    assert r.returncode == 1 and "KHCĐS đang mở" in r.stdout
    single_instance.release(d)
    single_instance.release(d)  # twice is harmless
    assert _second(d).returncode == 0
