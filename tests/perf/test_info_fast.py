"""``khcds info`` and the schema head read without SQLAlchemy or Alembic give the same answers as the full way."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.paths import DataDir
from desktop.services.info import full_info, quick_info


def test_quick_info_equals_the_full_way_on_the_demo(demo_dir: Path) -> None:
    data = DataDir.resolve(demo_dir)
    quick = quick_info(data)
    assert quick is not None, "a demo store at the head schema must be read the quick way"
    assert quick == full_info(data)
    assert quick["unit"]["code"] == "11629" and quick["plans"][0]["tasks"] > 0


def test_quick_info_equals_the_full_way_on_an_empty_store(store: object, data_dir: Path) -> None:
    data = DataDir.resolve(data_dir)
    quick = quick_info(data)
    assert quick == full_info(data) == {"data_dir": str(data.root), "role": "unit"}


def test_info_answers_without_loading_sqlalchemy(demo_dir: Path) -> None:
    code = (
        "import sys, json; from desktop.cli import main; rc = main(['--data-dir', sys.argv[1], 'info', '--json']);"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))))"
    )
    p = subprocess.run([sys.executable, "-c", code, str(demo_dir)], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    first, _, last = p.stdout.rpartition("\n[")
    assert json.loads(first)["unit"]["name"] == "Xã An Lão"
    assert json.loads("[" + last) == []


def test_a_damaged_or_foreign_file_goes_the_full_way(tmp_path: Path, cli: object) -> None:
    d = tmp_path / "bad"
    (d / "logs").mkdir(parents=True)
    (d / "khcds.sqlite3").write_bytes(b"not a database at all" * 100)
    assert quick_info(DataDir.resolve(d)) is None
    r = cli("--data-dir", d, "info")  # type: ignore[operator]
    assert r.code == 1 and "khcds restore" in r.err and "Traceback" not in r.err


def test_a_server_database_goes_the_full_way(demo_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KHCDS_DB_URL", "postgresql://nowhere/none")
    assert quick_info(DataDir.resolve(demo_dir)) is None


def test_head_read_from_the_files_matches_alembic() -> None:
    from alembic.script import ScriptDirectory

    from desktop.store.database import alembic_config
    from desktop.store.revisions import _read_scripts

    found = _read_scripts()
    assert found is not None
    script = ScriptDirectory.from_config(alembic_config())
    assert found[0] == script.get_current_head()
    assert found[1] == {s.revision for s in script.walk_revisions()}


def test_two_heads_are_left_to_alembic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.store import revisions

    for name, rev, down in (("a.py", "0001", None), ("b.py", "0002", "0001"), ("c.py", "0003", "0001")):
        (tmp_path / name).write_text(f"revision = {rev!r}\ndown_revision = {down!r}\n\ndef upgrade():\n    pass\n")
    monkeypatch.setattr(revisions, "VERSIONS", tmp_path)
    assert revisions._read_scripts() is None
    (tmp_path / "d.py").write_text("revision = '0004'\ndown_revision = ('0002', '0003')\n")
    assert revisions._read_scripts() == ("0004", frozenset({"0001", "0002", "0003", "0004"}))
