"""Random and mutated template files: only the program's own error, and nothing changes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.errors import KhcdsError
from desktop.resources import resource_path
from desktop.services import templates as tsvc
from desktop.store import open_store
from tests.helpers import json_paths, mutate

GOOD = json.loads(resource_path("templates", "hp-325-2024.json").read_text(encoding="utf-8"))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**12), 10**12) | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


ALL_PATHS = [p for p in json_paths(GOOD, 3) if p]


@st.composite
def mutated(draw):
    return mutate(GOOD, draw, json_values, ALL_PATHS)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("hostile")
    s = open_store(d, daily_backups=False)
    with s.transaction() as ses:
        tsvc.sync_builtins(ses)
    s.checkpoint()
    s.close()
    return d


def _digest(d: Path) -> str:
    return hashlib.sha256((d / "khcds.sqlite3").read_bytes()).hexdigest()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=mutated())
def test_mutated_templates(store_dir: Path, doc) -> None:
    raw = json.dumps(doc, ensure_ascii=False, allow_nan=True).encode("utf-8")
    _import_raw(store_dir, raw)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=2000) | st.text(max_size=500).map(lambda s: s.encode("utf-8")))
def test_random_bytes(store_dir: Path, raw: bytes) -> None:
    _import_raw(store_dir, raw)


def _import_raw(store_dir: Path, raw: bytes) -> None:
    before = _digest(store_dir)
    s = open_store(store_dir, daily_backups=False)
    try:
        with s.transaction() as ses:
            template, canonical = tsvc.read_template_bytes(raw, "x.json")
            tsvc.add_template(ses, template, canonical, "file")
            raise _Rollback()  # still a valid template: undo so the store stays as it was
    except KhcdsError:
        pass
    except _Rollback:
        pass
    finally:
        s.checkpoint()
        s.close()
    assert _digest(store_dir) == before


class _Rollback(Exception):
    """A mutation that is still a valid template: roll back so the store stays as it was."""
