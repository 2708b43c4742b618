"""Layer rule: the window (desktop/views) and the CLI (desktop/commands) go through desktop/services.

Every module under those folders is parsed with ``ast``; every import, including imports inside
functions, is checked against the layers they must not reach directly. Imports under
``if TYPE_CHECKING:`` (annotations only) are allowed.

``REMAINING_EXCEPTIONS`` names the modules that still break the rule and what they reach. It may
only shrink: the test fails if a module breaks the rule outside the list, and also when a listed
exception is no longer needed (remove it from the list then).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHECKED_PACKAGES = ("desktop/views", "desktop/commands")
FORBIDDEN = (
    "sqlalchemy",
    "desktop.store",
    "desktop.models.orm",
    "desktop.models.city",
    "desktop.sync",
    "desktop.documents",
)

# module -> forbidden layers it still imports. Only ever remove entries.
REMAINING_EXCEPTIONS: dict[str, frozenset[str]] = {}


def _is_type_checking(test: ast.expr) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    if isinstance(test, ast.Attribute):
        return test.attr == "TYPE_CHECKING"
    return False


def _imported_names(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        parts = module.split(".")
        if not is_package:
            parts = parts[:-1]
        parts = parts[: len(parts) - (node.level - 1)] if node.level > 1 else parts
        base = ".".join(parts + ([node.module] if node.module else []))
    else:
        base = node.module or ""
    return [base] + [f"{base}.{alias.name}" for alias in node.names]


def _matches(name: str) -> str | None:
    for layer in FORBIDDEN:
        if name == layer or name.startswith(layer + "."):
            return layer
    return None


def forbidden_imports(source: str, module: str, is_package: bool = False) -> list[tuple[int, str, str]]:
    """(line, imported name, forbidden layer) for every forbidden import outside TYPE_CHECKING blocks."""
    found: list[tuple[int, str, str]] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for name in _imported_names(node, module, is_package):
                layer = _matches(name)
                if layer:
                    found.append((node.lineno, name, layer))
                    break
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(source))
    return found


def _modules() -> list[tuple[str, Path]]:
    out = []
    for folder in CHECKED_PACKAGES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT).with_suffix("")
            parts = list(rel.parts)
            out.append((".".join(parts), path))
    return out


def _violations() -> dict[str, dict[str, list[int]]]:
    result: dict[str, dict[str, list[int]]] = {}
    for module, path in _modules():
        is_package = path.name == "__init__.py"
        name = module[: -len(".__init__")] if is_package else module
        for line, _name, layer in forbidden_imports(path.read_text(encoding="utf-8"), name, is_package):
            result.setdefault(name, {}).setdefault(layer, []).append(line)
    return result


def test_views_and_commands_go_through_services() -> None:
    assert _modules(), "no module found under desktop/views or desktop/commands"
    unexpected = []
    for module, layers in sorted(_violations().items()):
        allowed = REMAINING_EXCEPTIONS.get(module, frozenset())
        for layer, lines in sorted(layers.items()):
            if layer not in allowed:
                unexpected.append(f"{module} imports {layer} (lines {lines}); call a desktop.services function")
    assert not unexpected, "\n".join(unexpected)


def test_exception_list_only_shrinks() -> None:
    violations = _violations()
    stale = [
        f"{module}: {layer}"
        for module, layers in sorted(REMAINING_EXCEPTIONS.items())
        for layer in sorted(layers)
        if layer not in violations.get(module, {})
    ]
    assert not stale, "no longer needed, remove from REMAINING_EXCEPTIONS: " + ", ".join(stale)
    assert all(layer in FORBIDDEN for layers in REMAINING_EXCEPTIONS.values() for layer in layers)


@pytest.mark.parametrize(
    ("source", "layer"),
    [
        ("import sqlalchemy\n", "sqlalchemy"),
        ("from sqlalchemy.orm import Session\n", "sqlalchemy"),
        ("import desktop.store.backup as b\n", "desktop.store"),
        ("from desktop import store\n", "desktop.store"),
        ("from desktop.models import orm\n", "desktop.models.orm"),
        ("from desktop.models.city import CityUnit\n", "desktop.models.city"),
        ("def f():\n    from desktop.sync import package\n", "desktop.sync"),
        (
            "class A:\n    def f(self):\n        if True:\n            import desktop.documents.signing\n",
            "desktop.documents",
        ),
        ("from ..store import database\n", "desktop.store"),
        ("from ..documents import service\n", "desktop.documents"),
        ("try:\n    import sqlalchemy\nexcept ImportError:\n    pass\n", "sqlalchemy"),
        ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    pass\nelse:\n    import sqlalchemy\n", "sqlalchemy"),
    ],
)
def test_checker_catches_forbidden_import(source: str, layer: str) -> None:
    found = forbidden_imports(source, "desktop.views.sample")
    assert [f[2] for f in found] == [layer]


@pytest.mark.parametrize(
    "source",
    [
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from sqlalchemy.orm import Session\n",
        "import typing\nif typing.TYPE_CHECKING:\n    from desktop.models.orm import Plan\n",
        "from desktop.services import plans\nfrom desktop import vn, errors, paths, i18n\n",
        "from desktop.models.enums import TaskStatus\nfrom desktop.models.city_names import X\n",
        "from .common import hint\nfrom . import widgets\n",
        "import sqlalchemy_utils_lookalike\nfrom desktop.storehouse import x\n",
    ],
)
def test_checker_allows_services_and_type_checking(source: str) -> None:
    assert forbidden_imports(source, "desktop.views.sample") == []


def test_checker_bites_on_a_real_module(tmp_path: Path) -> None:
    # A copy of a real view with one forbidden import added inside a method is caught.
    view = (ROOT / "desktop/views/guide.py").read_text(encoding="utf-8")
    assert forbidden_imports(view, "desktop.views.guide") == []
    bad = view + "\n\ndef _peek():\n    from desktop.store.database import Store\n    return Store\n"
    assert [f[1] for f in forbidden_imports(bad, "desktop.views.guide")] == ["desktop.store.database"]


def test_sync_never_imports_the_city_services() -> None:
    # services/city.py imports sync/city.py (the import it opens to the window and the CLI); a
    # sync module importing services/city.py back would make a cycle. The role helpers both
    # need live in models/city.py.
    offenders = []
    for path in sorted((ROOT / "desktop/sync").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module is not None:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            if "desktop.services.city" in names:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, offenders
