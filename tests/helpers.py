"""Small helpers the tests share."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any


def damage_store(db: Path) -> None:
    """Scramble pages of an SQLite file as a failing disk would (its WAL files removed)."""
    raw = bytearray(db.read_bytes())
    for off in range(4096 * 3, min(len(raw), 4096 * 12), 7):
        raw[off] = (raw[off] + 91) % 256
    db.write_bytes(bytes(raw))
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def json_paths(obj: Any, per_list: int, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every key path of a JSON document (the first ``per_list`` items of each list)."""
    yield prefix
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from json_paths(v, per_list, prefix + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj[:per_list]):
            yield from json_paths(v, per_list, prefix + (i,))


def mutate(doc: Any, draw: Callable[[Any], Any], values: Any, paths: list[tuple[Any, ...]]) -> Any:
    """A copy of ``doc`` with 1-3 random replacements, deletions or duplications (hypothesis)."""
    from hypothesis import strategies as st

    d = copy.deepcopy(doc)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(paths))
        parent = d
        try:
            for k in path[:-1]:
                parent = parent[k]
            action = draw(st.sampled_from(["replace", "delete", "duplicate"]))
            if action == "replace":
                parent[path[-1]] = draw(values)
            elif action == "delete":
                del parent[path[-1]]
            elif isinstance(parent, list):
                parent.append(copy.deepcopy(parent[path[-1]]))
        except (KeyError, IndexError, TypeError):
            pass
    return d


def add_range_target(store: Any) -> int:
    """A ``60-70%`` range target added to the store's latest plan; its id."""
    from decimal import Decimal

    from desktop.models.enums import TargetDirection
    from desktop.services import plans as psvc

    with store.transaction() as s:
        pid = psvc.latest_plan_id(s)
        spec = psvc.TargetSpec(
            text="Tỷ lệ hồ sơ trực tuyến toàn trình",
            unit="%",
            direction=TargetDirection.RANGE,
            value=Decimal(60),
            value_max=Decimal(70),
        )
        return psvc.add_target(s, pid, spec)


def deflate_functions(con: Any) -> Any:
    """SQL functions over a city receipt's data JSON, which the store keeps deflated (schema
    0009): ``inflate(data_deflated)`` gives the text, ``replace_deflated(data_deflated, old, new)``
    is SQL's ``replace`` on it (a direct edit of the file, as a tamper test makes one)."""
    from desktop.models.city import deflate, inflate

    def replace_deflated(stored: bytes | None, old: str, new: str) -> bytes | None:
        return None if stored is None else deflate(inflate(stored).replace(old, new).encode("utf-8"))

    con.create_function("inflate", 1, lambda stored: None if stored is None else inflate(stored))
    con.create_function("replace_deflated", 3, replace_deflated)
    return con
