"""documents/ only lays out what it is given; sync/ only packs, signs, verifies and moves files.

Every module is parsed with ``ast`` (imports inside functions included; ``if TYPE_CHECKING:``
blocks, for annotations, are allowed): documents/ never reaches into sync/, the store or
SQLAlchemy, and never opens a session (sessions and plan lookups live in
``desktop.services.documents``); sync/ never imports the document model, its writers or a layout
library. ORM model objects still reach the plan and report builders as read-only inputs.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RULES = {
    "desktop/documents": ("desktop.sync", "desktop.store", "sqlalchemy"),
    "desktop/sync": ("desktop.documents", "openpyxl", "docx", "reportlab"),
}


def _type_checking(node: ast.If) -> bool:
    t = node.test
    return (isinstance(t, ast.Name) and t.id == "TYPE_CHECKING") or (
        isinstance(t, ast.Attribute) and t.attr == "TYPE_CHECKING"
    )


def imported(source: str, package: str) -> list[tuple[int, str]]:
    """(line, module) of every absolute or relative import outside TYPE_CHECKING blocks."""
    out: list[tuple[int, str]] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            out.extend((node.lineno, a.name) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(parts + ([node.module] if node.module else []))
            out.append((node.lineno, base))
            out.extend((node.lineno, f"{base}.{a.name}") for a in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(source))
    return out


def _breaks(name: str, forbidden: tuple[str, ...]) -> bool:
    return any(name == f or name.startswith(f + ".") for f in forbidden)


@pytest.mark.parametrize("folder", sorted(RULES))
def test_layout_stays_in_documents(folder: str) -> None:
    paths = sorted((ROOT / folder).rglob("*.py"))
    assert paths
    found = []
    for path in paths:
        package = ".".join(path.relative_to(ROOT).parent.parts)
        for line, name in imported(path.read_text(encoding="utf-8"), package):
            if _breaks(name, RULES[folder]):
                found.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert not found, "\n".join(found)


# what opening, using or finding a session looks like, whatever object it is reached through
SESSION_CALLS = {"session", "transaction", "object_session", "no_autoflush", "execute", "scalars", "scalar", "query"}


def session_uses(source: str) -> list[tuple[int, str]]:
    """(line, name) of every call of a session method or helper, and every ``with x.no_autoflush``."""
    out: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            if name in SESSION_CALLS:
                out.append((node.lineno, name))
        elif isinstance(node, ast.Attribute) and node.attr == "no_autoflush":
            out.append((node.lineno, node.attr))
    return out


def test_documents_open_no_session() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line} {name}"
        for path in sorted((ROOT / "desktop/documents").rglob("*.py"))
        for line, name in session_uses(path.read_text(encoding="utf-8"))
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    ("source", "bad"),
    [
        ("def f(store):\n    with store.session() as s:\n        return s\n", True),
        ("from sqlalchemy.orm import object_session\nobject_session(plan)\n", True),
        ("def f(plan):\n    return plan.session_name\n", False),
        ("def f(doc):\n    return render(doc, 'pdf')\n", False),
    ],
)
def test_session_checker(source: str, bad: bool) -> None:
    assert bool(session_uses(source)) is bad


@pytest.mark.parametrize(
    ("source", "bad"),
    [
        ("def f():\n    from desktop.sync import city\n", True),
        ("from ..sync.city import status\n", True),
        ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from desktop.sync.city import X\n", False),
        ("from desktop.services import city_documents\n", False),
        ("def f():\n    from desktop.store import open_store\n", True),
        ("from sqlalchemy.orm import Session\n", True),
        ("from ..store.database import Store\n", True),
        ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from desktop.store.database import Store\n", False),
    ],
)
def test_checker(source: str, bad: bool) -> None:
    names = [n for _line, n in imported(source, "desktop.documents")]
    assert any(_breaks(n, RULES["desktop/documents"]) for n in names) is bad
