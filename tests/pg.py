"""A private PostgreSQL server for the tests, on loopback, started and stopped by pytest.

``KHCDS_TEST_PG_URL`` names an existing server instead. Without PostgreSQL's
binaries on the machine the tests that need it skip, saying so.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    exe = shutil.which("pg_ctl")
    return Path(exe).parent if exe else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_owner(cmd: list[str], owner: str | None) -> list[str]:
    return ["runuser", "-u", owner, "--", *cmd] if owner else cmd


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The base URL (without database) of a running PostgreSQL server."""
    env_url = os.environ.get("KHCDS_TEST_PG_URL")
    if env_url:
        yield env_url.rsplit("/", 1)[0]
        return
    bindir = _bin_dir()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed on this machine (Debian package 'postgresql'); .ci/run installs it")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install -e '.[postgres]')")
    owner = "postgres" if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="khcds-pg-"))
    data = root / "data"
    if owner:
        shutil.chown(root, owner)
    subprocess.run(
        _as_owner(
            [str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "khcds", "-E", "UTF8", "--locale=C.UTF-8"],
            owner,
        ),
        check=True,
        capture_output=True,
    )
    port = _free_port()
    opts = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50"
    subprocess.run(
        _as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(root / "log"), "-w", "start"], owner),
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://khcds@127.0.0.1:{port}"
    finally:
        subprocess.run(
            _as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], owner), capture_output=True
        )
        shutil.rmtree(root, ignore_errors=True)


def new_database(base_url: str) -> str:
    """A fresh empty database on the server; returns its SQLAlchemy URL."""
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    plain = base_url.replace("postgresql+psycopg://", "postgresql://")
    for _ in range(50):
        try:
            with psycopg.connect(plain + "/postgres", autocommit=True) as con:
                con.execute(f'CREATE DATABASE "{name}"')
            break
        except psycopg.OperationalError:
            time.sleep(0.1)
    return f"{base_url}/{name}"
