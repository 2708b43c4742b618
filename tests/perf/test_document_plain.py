"""``khcds document plan|report`` on a store at this program's schema read it with ``sqlite3``
alone (desktop.store.rows.open_plain): no SQLAlchemy, no pyHanko in the process; a store that
needs more (behind the head, no daily backup yet, damaged) goes the full way as before, with
the same files and the same words."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store.revisions import head_revision

ROOT = Path(__file__).resolve().parents[2]

#: runs ``python -m desktop ARGS`` and prints, at exit, the packages it must not have loaded
RUN = (
    "import atexit, runpy, sys\n"
    "atexit.register(lambda: print('LOADED', sorted({m.split('.')[0] for m in sys.modules}"
    " & {'sqlalchemy', 'pyhanko', 'alembic', 'PySide6'}), file=sys.stderr))\n"
    "sys.argv = ['khcds', *sys.argv[1:]]\n"
    "runpy.run_module('desktop', run_name='__main__')\n"
)


def _run(*args: object) -> tuple[int, str, list[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KHCDS_")}
    p = subprocess.run(
        [sys.executable, "-c", RUN, *map(str, args)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )
    loaded = [line for line in p.stderr.splitlines() if line.startswith("LOADED")]
    assert loaded, p.stderr[-2000:]
    return p.returncode, p.stdout + p.stderr.replace(loaded[-1], ""), eval(loaded[-1][len("LOADED ") :])


@pytest.mark.parametrize(
    "args",
    [
        ("plan", "--year", "2024", "--format", "pdf"),
        ("plan", "--year", "2024", "--format", "docx"),
        ("report", "--year", "2024", "--period", "q2", "--format", "pdf"),
        ("report", "--plan", "1", "--format", "docx"),
    ],
    ids=lambda a: "-".join(a[:1] + a[-1:]),
)
def test_documents_on_a_store_at_the_head_load_no_orm(demo_dir: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    out = tmp_path / f"out.{args[-1]}"
    code, text, loaded = _run("--data-dir", demo_dir, "document", *args, "--out", out)  # makes the daily backup
    assert code == 0, text
    first = out.read_bytes()
    code, text, loaded = _run("--data-dir", demo_dir, "document", *args, "--out", out)
    assert code == 0, text
    assert loaded == [], f"the plain read loaded {loaded}"
    assert out.stat().st_size > 10_000
    if args[-1] == "docx":  # the same file either way (a PDF carries its creation time)
        assert out.read_bytes() == first


def test_the_full_way_is_taken_when_the_store_needs_it(tmp_path: Path) -> None:
    d = tmp_path / "old"
    d.mkdir()
    shutil.copy(ROOT / "tests" / "fixtures" / "stores" / "0002-demo.sqlite3", d / "khcds.sqlite3")
    code, text, loaded = _run(
        "--data-dir", d, "document", "plan", "--year", "2024", "--format", "pdf", "--out", d / "p.pdf"
    )
    assert code == 0, text
    assert "sqlalchemy" in loaded  # migrated the full way
    con = sqlite3.connect(d / "khcds.sqlite3")
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    finally:
        con.close()
    assert (d / "p.pdf").read_bytes()[:5] == b"%PDF-"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--year", "2031"), "Đơn vị chưa có kế hoạch năm 2031"),
        (("--plan", "999"), "Không tìm thấy kế hoạch số hiệu 999"),
        (("--plan", "1", "--year", "2030"), "không phải năm 2030"),
        ((), "Hãy chọn kế hoạch"),
    ],
)
def test_refusals_read_as_before(demo_dir: Path, tmp_path: Path, args: tuple[str, ...], words: str) -> None:
    ok = _run(
        "--data-dir", demo_dir, "document", "plan", "--year", "2024", "--format", "pdf", "--out", tmp_path / "a.pdf"
    )
    assert ok[0] == 0, ok[1]
    code, text, _loaded = _run(
        "--data-dir", demo_dir, "document", "plan", *args, "--format", "pdf", "--out", tmp_path / "b.pdf"
    )
    assert code != 0 and words in text, text
    assert "Traceback" not in text and not (tmp_path / "b.pdf").exists()


def test_a_plain_store_opens_only_at_the_head(demo_dir: Path) -> None:
    from desktop.paths import DataDir
    from desktop.store.backup import daily_backup_due
    from desktop.store.rows import open_plain

    assert daily_backup_due(DataDir.resolve(str(demo_dir)))
    assert open_plain(str(demo_dir)) is None  # the daily backup is the full way's
    assert _run("--data-dir", demo_dir, "info")[0] == 0
    code, text, _l = _run(
        "--data-dir", demo_dir, "document", "plan", "--year", "2024", "--format", "pdf", "--out", demo_dir / "p.pdf"
    )
    assert code == 0, text
    plain = open_plain(str(demo_dir))
    assert plain is not None
    plain.close()
    assert open_plain(str(demo_dir), "postgresql://x/y") is None
    con = sqlite3.connect(demo_dir / "khcds.sqlite3")
    try:
        con.execute("UPDATE alembic_version SET version_num = '0005'")
        con.commit()
    finally:
        con.close()
    assert open_plain(str(demo_dir)) is None
