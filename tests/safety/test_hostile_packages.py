"""Random and mutated export packages fed to the city's importer: only the program's own
clear refusal, never another exception, and a refused file changes nothing.

Two kinds of mutation: raw bytes of the zip (truncations, flipped bytes), and changes to
the JSON inside that are signed again with the unit's key, so that they get past the
signature and the hashes and reach the shape and consistency checks.
"""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.errors import KhcdsError
from tests.helpers import json_paths, mutate

ROOT = Path(__file__).resolve().parents[2]
KEY = Ed25519PrivateKey.generate()


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> dict:
    from benchmarks.gen_packages import base_data

    return base_data()


@pytest.fixture(scope="module")
def city_master(tmp_path_factory) -> Path:
    from desktop.services import city
    from desktop.store import open_store

    d = tmp_path_factory.mktemp("city") / "c"
    s = open_store(d, daily_backups=False)
    city.init_city(s, "31")
    s.checkpoint()
    s.close()
    return d


def _signed(tmp: Path, data: dict, name: str = "p.khcds") -> Path:
    import random

    from benchmarks.gen_packages import write_package

    out = tmp / "pk"
    out.mkdir(exist_ok=True)
    for old in out.iterdir():
        old.unlink()
    return write_package(out, data, 1, random.Random(1), key=KEY)


def _digest(d: Path) -> str:
    return hashlib.sha256((d / "khcds.sqlite3").read_bytes()).hexdigest()


def _import(city_master: Path, tmp: Path, pkg: Path) -> None:
    from desktop.services import city
    from desktop.store import open_store

    d = tmp / "city"
    if d.exists():
        shutil.rmtree(d)
    shutil.copytree(city_master, d)
    before = _digest(d)
    s = open_store(d, daily_backups=False)
    try:
        items = city.import_paths(s, [pkg])
    except KhcdsError:
        items = None
    finally:
        s.checkpoint()
        s.close()
    if items is None or all(it.outcome.value == "refused" for it in items):
        assert _digest(d) == before
        if items:
            assert items[0].message and "\n" not in items[0].message


values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**15), 10**15),
    st.text(max_size=40),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    st.sampled_from(["", "-1", "1e309", "NaN", "2024-13-45", "../../etc/passwd", "9" * 400]),
)


def test_control_the_unmutated_package_is_accepted(base: dict, city_master: Path, tmp_path: Path) -> None:
    """The harness reaches the store: the same package, unchanged, is imported."""
    from desktop.services import city
    from desktop.store import open_store

    pkg = _signed(tmp_path, base)
    d = tmp_path / "city"
    shutil.copytree(city_master, d)
    s = open_store(d, daily_backups=False)
    try:
        items = city.import_paths(s, [pkg])
    finally:
        s.close()
    assert [it.outcome.value for it in items] == ["new"] and items[0].applied


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_json_signed_again(base: dict, city_master: Path, tmp_path: Path, data) -> None:
    d = mutate(base, data.draw, values, [p for p in json_paths(base, 2) if p])
    try:
        pkg = _signed(tmp_path, d)
    except (KeyError, TypeError, AttributeError, ValueError, OSError, OverflowError):
        return  # the mutation broke what the writer itself needs (unit code, year, a file name)
    _import(city_master, tmp_path, pkg)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(0, 10_000), flips=st.lists(st.tuples(st.integers(0, 10_000), st.integers(1, 255)), max_size=6))
def test_damaged_bytes(base: dict, city_master: Path, tmp_path: Path, cut: int, flips) -> None:
    pkg = _signed(tmp_path, base)
    raw = bytearray(pkg.read_bytes())
    for pos, x in flips:
        raw[pos % len(raw)] ^= x
    if cut and cut < len(raw):
        raw = raw[: len(raw) - cut % len(raw)]
    pkg.write_bytes(bytes(raw))
    _import(city_master, tmp_path, pkg)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=5), payload=st.binary(max_size=300))
def test_random_zips(city_master: Path, tmp_path: Path, names, payload: bytes) -> None:
    import warnings

    pkg = tmp_path / "x.khcds"
    with warnings.catch_warnings(), zipfile.ZipFile(pkg, "w") as z:
        warnings.simplefilter("ignore", UserWarning)  # duplicate names are the point
        for n in names:
            try:
                z.writestr(n, payload)
            except (ValueError, UnicodeEncodeError, IndexError):
                pass  # names zipfile itself cannot write
    _import(city_master, tmp_path, pkg)
