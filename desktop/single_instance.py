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

LOCK_FILE = "khcds.lock"


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

    def __enter__(self) -> "InstanceLock":
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
    return e.errno in {errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES,
                       getattr(errno, "EDEADLOCK", -1), getattr(errno, "EDEADLK", -1)}


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


def already_running_message(data_dir: str | os.PathLike[str]) -> str:
    return _(
        "KHCĐS đang mở với thư mục dữ liệu {path}. "
        "Hãy dùng cửa sổ chương trình đang mở (xem trên thanh tác vụ), "
        "hoặc đóng nó rồi mở lại."
    ).format(path=Path(data_dir))
