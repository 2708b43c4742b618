"""Small helpers the tests share."""

from __future__ import annotations

from pathlib import Path


def damage_store(db: Path) -> None:
    """Scramble pages of an SQLite file as a failing disk would (its WAL files removed)."""
    raw = bytearray(db.read_bytes())
    for off in range(4096 * 3, min(len(raw), 4096 * 12), 7):
        raw[off] = (raw[off] + 91) % 256
    db.write_bytes(bytes(raw))
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
