"""Two staff of a city office import at the same moment into the shared store:
no package is lost, none is doubled."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def packages(tmp_path_factory) -> list[Path]:
    from benchmarks.gen_packages import generate

    return generate(tmp_path_factory.mktemp("pk"), 40, 31, seed=3)


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_two_imports_at_once(backend: str, packages: list[Path], tmp_path: Path, request) -> None:
    from desktop.models.city import CityReceipt, CitySubmission, CityTask
    from desktop.services import city
    from desktop.store import open_store

    d = tmp_path / "city"
    if backend == "postgresql":
        from tests.pg import new_database

        d.mkdir()
        (d / "database.url").write_text(new_database(request.getfixturevalue("pg_server")), encoding="utf-8")
    s = open_store(d)
    city.init_city(s, "31")
    s.close()
    env = dict(os.environ)
    env["KHCDS_LOCK_WAIT"] = "300"  # on SQLite the folder's lock makes the imports take turns
    # both take every file, in opposite orders, and a third takes half of them
    batches = [packages, packages[::-1], packages[::2]]
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "desktop",
                "--data-dir",
                str(d),
                "city",
                "import",
                "--accept-new-keys",
                *map(str, b),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for b in batches
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, out[-2000:] + err[-2000:]
    s = open_store(d)
    try:
        with s.session() as ses:
            subs = ses.scalars(select(CitySubmission)).all()
            assert len(subs) == len(packages)  # none lost, none doubled
            assert {x.revision for x in subs} == {1}
            per_sub = dict(
                ses.execute(select(CityTask.submission_id, func.count()).group_by(CityTask.submission_id)).all()
            )
            assert set(per_sub) == {x.id for x in subs}  # every submission's rows, no orphans
            import json

            for x in subs:  # and each exactly once
                assert per_sub[x.id] == sum(1 for t in json.loads(x.data)["tasks"] if t["adopted"])
            accepted = ses.scalar(select(func.count()).select_from(CityReceipt))
            assert accepted == len(packages)
    finally:
        s.close()
    # the audit trail of three writers at once is still one unbroken chain
    r = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(d), "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stdout[-1000:] + r.stderr[-1000:]
    # and each process counted what it wrote: together, every file once
    received = 0
    for out, _err in outs:
        line = next(x for x in out.splitlines() if x.startswith("Đã nhận"))
        received += int(line.split()[2].split("/")[0])
    assert received == len(packages)
