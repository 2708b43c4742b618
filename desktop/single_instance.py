"""One running copy of the program per data folder.

Two copies writing to the same data folder would step on each other's edits,
so the second copy is refused. The guard is a lock file in the data folder held
with an operating-system lock for as long as the process lives (``fcntl.flock``
on Linux and macOS, ``msvcrt.locking`` on Windows): the lock goes away with the
process, even one that crashed or was killed, so there is never a stale lock to
clean up by hand. Pure Python and Qt-free, so the command line can use it too::

    lock, busy = single_instance.guard(args.data_dir)   # keep `lock` alive while running
    if busy:
        print(busy, file=sys.stderr); return 1

The lock file is left in place on release: deleting it would let a third copy
lock a new file while a second still holds the old one.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from desktop.i18n import _
from desktop.vn import format_local

LOCK_FILE = "khcds.lock"
OWNER_FILE = "khcds.lock.owner"  # who holds the lock (user, machine, pid, since), for the message
ENV_WAIT = "KHCDS_LOCK_WAIT"
DEFAULT_WAIT = 5.0  # seconds a second writer waits for the folder before saying who holds it


class InstanceLock:
    """The held lock of one data folder; ``release()`` (or process exit) frees it."""

    def __init__(self, path: Path, fh: IO[bytes]) -> None:
        self.path = path
        self._fh: IO[bytes] | None = fh

    @property
    def held(self) -> bool:
        return self._fh is not None

    def release(self) -> None:
        fh, self._fh = self._fh, None
        if fh is None:
            return
        try:
            _unlock(fh)
        except OSError:
            pass
        fh.close()

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __repr__(self) -> str:
        return f"<InstanceLock {self.path} {'held' if self.held else 'released'}>"


if sys.platform == "win32":  # pragma: no cover - exercised on the Windows runner
    import msvcrt

    def _lock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # raises OSError when held

    def _unlock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # raises OSError when held

    def _unlock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def lock_path(data_dir: str | os.PathLike[str]) -> Path:
    return Path(data_dir) / LOCK_FILE


def acquire(data_dir: str | os.PathLike[str]) -> InstanceLock | None:
    """Lock the data folder for this process; ``None`` when another copy holds it.

    Creates the folder if needed. An ``OSError`` other than "already locked"
    (a read-only folder, say) is raised for the caller to report.
    """
    path = lock_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    fh = open(path, "a+b")  # noqa: SIM115 - held open for the life of the lock
    try:
        if sys.platform == "win32" and os.fstat(fh.fileno()).st_size == 0:
            fh.write(b"\0")  # msvcrt locks bytes; give the file one to lock
            fh.flush()
        _lock(fh)
    except OSError as e:
        fh.close()
        if _is_contention(e):
            return None
        raise
    return InstanceLock(path, fh)


def _is_contention(e: OSError) -> bool:
    import errno

    # flock: EWOULDBLOCK/EAGAIN (EACCES on some systems); msvcrt: EACCES/EDEADLOCK
    return e.errno in {
        errno.EWOULDBLOCK,
        errno.EAGAIN,
        errno.EACCES,
        getattr(errno, "EDEADLOCK", -1),
        getattr(errno, "EDEADLK", -1),
    }


def _write_owner(root: Path) -> None:
    """Note who holds the folder (best effort: the lock itself is what protects the data)."""
    import datetime as dt
    import json
    import socket

    from desktop.fsutil import atomic_write_bytes

    try:
        import getpass

        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is no reason to fail
        user = ""
    info = {
        "user": user,
        "machine": socket.gethostname(),
        "pid": os.getpid(),
        "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    try:
        atomic_write_bytes(root / OWNER_FILE, json.dumps(info, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass


def holder(data_dir: str | os.PathLike[str]) -> dict[str, object] | None:
    """Who last took the folder's lock (read from the owner note; None when unknown)."""
    import json

    try:
        info = json.loads((Path(data_dir) / OWNER_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) else None


def guard(data_dir: str | os.PathLike[str] | None) -> tuple[InstanceLock | None, str | None]:
    """``(lock, None)`` when this copy may run; ``(None, message)`` when another holds the folder.

    ``data_dir`` as given on the command line (``None``: the default data
    folder). A folder that cannot be locked at all (read-only, missing drive)
    gives ``(None, None)``: the store reports that in its own words.
    """
    from desktop.paths import DataDir

    root = DataDir.resolve(data_dir).root
    try:
        lock = acquire(root)
    except OSError:
        return None, None
    if lock is None:
        return None, already_running_message(root)
    _write_owner(root)
    return lock, None


_held: dict[Path, InstanceLock] = {}


def hold(data_dir: str | os.PathLike[str] | None) -> str | None:
    """Keep ``data_dir`` for this process (until ``release``); the message if another copy has it.

    Idempotent: holding a folder this process already holds is fine, so a
    window that reopens or switches data folders can call it on every open.
    """
    from desktop.paths import DataDir

    root = DataDir.resolve(data_dir).root
    if root in _held and _held[root].held:
        return None
    lock, busy = guard(root)
    if lock is not None:
        _held[root] = lock
    return busy


def release(data_dir: str | os.PathLike[str] | None) -> None:
    """Let another copy open ``data_dir`` (no-op when this process does not hold it)."""
    from desktop.paths import DataDir

    lock = _held.pop(DataDir.resolve(data_dir).root, None)
    if lock is not None:
        lock.release()


def holds(data_dir: str | os.PathLike[str] | None) -> bool:
    """True when this process holds ``data_dir``."""
    from desktop.paths import DataDir

    lock = _held.get(DataDir.resolve(data_dir).root)
    return lock is not None and lock.held


def wait_seconds() -> float:
    try:
        return max(0.0, float(os.environ.get(ENV_WAIT, DEFAULT_WAIT)))
    except ValueError:
        return DEFAULT_WAIT


def hold_waiting(data_dir: str | os.PathLike[str] | None, wait: float | None = None) -> tuple[bool, str | None]:
    """Hold ``data_dir`` for a writer, waiting up to ``wait`` seconds for another copy to let go.

    Returns ``(newly_held, message)``: ``newly_held`` False when this process
    already held the folder (the caller must then not release it); ``message``
    says who holds the folder when it stayed busy.
    """
    import time

    if holds(data_dir):
        return False, None
    deadline = time.monotonic() + (wait_seconds() if wait is None else wait)
    while True:
        busy = hold(data_dir)
        if busy is None:
            return holds(data_dir), None
        if time.monotonic() >= deadline:
            return False, busy
        time.sleep(0.2)


def _holder_text(data_dir: str | os.PathLike[str]) -> str:
    info = holder(data_dir)
    if not info:
        return ""
    since = str(info.get("since") or "")
    try:
        import datetime as dt

        since = format_local(dt.datetime.fromisoformat(since))
    except ValueError:
        pass
    from desktop.terminal import clean as clean_terminal

    return _(" (người dùng {user}, máy {machine}, tiến trình {pid}, từ {since})").format(
        user=clean_terminal(str(info.get("user") or "?"))[:64],
        machine=clean_terminal(str(info.get("machine") or "?"))[:64],
        pid=clean_terminal(str(info.get("pid") or "?"))[:16],
        since=clean_terminal(since)[:40],
    )


def already_running_message(data_dir: str | os.PathLike[str]) -> str:
    return _(
        "KHCĐS đang mở với thư mục dữ liệu {path}{who}. "
        "Hãy dùng cửa sổ chương trình đang mở (xem trên thanh tác vụ), "
        "hoặc đóng nó rồi thử lại."
    ).format(path=Path(data_dir), who=_holder_text(data_dir))


# -- the command line's writers ------------------------------------------------------
# Commands that change the data folder: each takes the folder's lock (the one the
# window holds) for as long as it runs, so that a restore can never replace the
# store under an open window, nor two imports interleave their backups.
WRITING_COMMANDS = {
    ("restore",),
    ("backup",),
    ("demo",),
    ("export",),
    ("templates", "import"),
    ("template", "import"),
    ("city", "import"),
    ("city", "init"),
    ("city", "trust"),
    ("city", "reject"),
    ("city", "add-unit"),
    ("city", "deadline"),
    ("plan", "state"),
    ("plan", "unlock"),
}
_SUBCOMMAND_ATTRS = ("city_command", "template_command", "templates_command", "plan_command")


def command_writes(args: object) -> bool:
    """True when the parsed command line changes the data folder."""
    command = getattr(args, "command", None)
    if command is None:
        return False
    sub = next((getattr(args, a) for a in _SUBCOMMAND_ATTRS if getattr(args, a, None)), None)
    key = (command, sub) if sub else (command,)
    if key not in WRITING_COMMANDS:
        return False
    if getattr(args, "dry_run", False) or (command == "backup" and getattr(args, "list", False)):
        return False
    return True


def _server_store(args: object) -> bool:
    """A city office's server database: its colleagues write at once by design (the server orders them)."""
    from desktop.paths import DataDir

    try:
        data = DataDir.resolve(getattr(args, "data_dir", None))
    except OSError:
        return bool(getattr(args, "db_url", None))
    return data.store_url(getattr(args, "db_url", None)) is not None


class _Writing:
    def __init__(self, args: object) -> None:
        self.args = args
        self.root: Path | None = None

    def __enter__(self) -> _Writing:
        from desktop.errors import StoreError
        from desktop.paths import DataDir

        if not command_writes(self.args) or _server_store(self.args):
            return self
        root = DataDir.resolve(getattr(self.args, "data_dir", None)).root
        newly, busy = hold_waiting(root)
        if busy:
            raise StoreError(busy)
        if newly:
            self.root = root
        return self

    def __exit__(self, *exc: object) -> None:
        if self.root is not None:
            release(self.root)


def writing(args: object) -> _Writing:
    """``with writing(args): ...``: hold the data folder while a writing command runs."""
    return _Writing(args)
