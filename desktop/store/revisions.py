"""The schema revision, read without SQLAlchemy or Alembic.

Importing Alembic costs a quarter of a second, paid by every command that opens
the store. A store that is already at the head needs none of it: the head and
the known revisions come from the revision files' text (``revision = "0003"``,
``down_revision = "0002"``), and the stored revision from one query. Alembic is
imported only when the schema is behind (``database.open_store``) or when the
files cannot be read that simply (then Alembic's own ``ScriptDirectory`` decides).
"""

from __future__ import annotations

import ast
import functools
import sqlite3
from pathlib import Path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSIONS = MIGRATIONS / "versions"


def _assigned(tree: ast.Module, name: str) -> tuple[bool, object]:
    for node in tree.body:
        targets: list[ast.expr] = []
        value: ast.expr | None = None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        if value is not None and any(isinstance(t, ast.Name) and t.id == name for t in targets):
            try:
                return True, ast.literal_eval(value)
            except ValueError:
                return False, None
    return False, None


def _read_scripts() -> tuple[str, frozenset[str]] | None:
    """(head, all revisions) from the revision files, or None when they do not say it plainly."""
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        files = sorted(p for p in VERSIONS.glob("*.py") if not p.name.startswith("_"))
    except OSError:
        return None
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            return None
        # only the top of the file matters; parse the module-level assignments
        head_text = text.split("\ndef ", 1)[0]
        try:
            tree = ast.parse(head_text)
        except SyntaxError:
            return None
        ok, rev = _assigned(tree, "revision")
        ok_down, down = _assigned(tree, "down_revision")
        if not ok or not isinstance(rev, str) or not ok_down:
            return None
        revisions.add(rev)
        if isinstance(down, str):
            parents.add(down)
        elif isinstance(down, (tuple, list)):
            parents.update(str(d) for d in down)
        elif down is not None:
            return None
    heads = revisions - parents
    if len(heads) != 1 or not parents <= revisions:
        return None
    return next(iter(heads)), frozenset(revisions)


@functools.lru_cache(maxsize=1)
def script_revisions() -> tuple[str, frozenset[str]]:
    """The head revision and every known revision of this program's migrations."""
    found = _read_scripts()
    if found is not None:
        return found
    # several heads, computed revision ids ...: let Alembic read the scripts
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    assert head is not None
    return head, frozenset(s.revision for s in script.walk_revisions())


def head_revision() -> str:
    return script_revisions()[0]


def known_revisions() -> set[str]:
    return set(script_revisions()[1])


def stored_revision(path: Path) -> str | None:
    """The revision stored in an SQLite file, or None when there is none or the file is not plainly readable.

    Read-only and quiet: callers that need the reasons (a foreign or damaged file)
    open the store the full way, which says them.
    """
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except (OSError, sqlite3.Error):
        return None
    return str(row[0]) if row else None
