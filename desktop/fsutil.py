"""Files written so that a crash never leaves half a file under the final name."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(dest: Path) -> Iterator[BinaryIO]:
    """Write into a hidden temporary file beside ``dest``; rename over it only when complete.

    The one rule for an output folder that does not exist yet: it is created (every writer of a
    document, a package or an export goes through here)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_bytes(dest: Path, data: bytes) -> None:
    with atomic_writer(dest) as fh:
        fh.write(data)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def copy_with_sha256(src: Path, dest_dir: Path, max_bytes: int) -> tuple[Path, str, int]:
    """Copy ``src`` into ``dest_dir`` under its SHA-256 name; returns (path, sha256, size)."""
    size = src.stat().st_size
    if size > max_bytes:
        raise ValueError("too large")
    h = hashlib.sha256()
    dest_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".evidence.", suffix=".part", dir=dest_dir)
    try:
        with os.fdopen(fd, "wb") as out, open(src, "rb") as inp:
            for chunk in iter(lambda: inp.read(1 << 20), b""):
                h.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        digest = h.hexdigest()
        final = dest_dir / (digest + src.suffix.lower()[:10])
        if final.exists():
            os.unlink(tmp)
        else:
            os.replace(tmp, final)
        return final, digest, size
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
