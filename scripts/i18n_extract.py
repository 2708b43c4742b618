"""Bring the English catalogue up to date with the code.

1. ``pyside6-lupdate`` collects the views' ``tr()`` strings.
2. The Qt-free core's ``_("...")`` calls are collected here (an AST walk over
   ``desktop/``) into the context ``core`` of the same ``.ts``; translations
   already written are kept, strings no longer in the code are dropped.
3. ``--release`` compiles the ``.qm`` with ``pyside6-lrelease``.

Usage: python scripts/i18n_extract.py [--release]
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "khcds_en.ts"
CORE = "core"
MARKERS = ("_", "N_")
QT_SOURCES = ["desktop/views", "desktop/app.py", "desktop/crash.py"]


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else name


def core_strings(root: Path = ROOT) -> dict[str, tuple[str, int]]:
    """Every literal ``_("...")`` or ``N_("...")`` in ``desktop/``: source -> (file, line) of its first use."""
    found: dict[str, tuple[str, int]] = {}
    for path in sorted((root / "desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in MARKERS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, (path.relative_to(root).as_posix(), node.lineno))
    return found


def qt_files(root: Path = ROOT) -> list[str]:
    files: list[str] = []
    for item in QT_SOURCES:
        p = root / item
        files += sorted(str(f) for f in p.rglob("*.py")) if p.is_dir() else [str(p)]
    return files


def read_core(ts: Path) -> dict[str, ET.Element]:
    """The ``core`` messages of the catalogue, before ``lupdate`` drops them as obsolete."""
    old: dict[str, ET.Element] = {}
    for ctx in ET.parse(ts).getroot().findall("context"):
        if ctx.findtext("name") == CORE:
            for msg in ctx.findall("message"):
                old[msg.findtext("source") or ""] = msg
    return old


def merge_core(ts: Path, strings: dict[str, tuple[str, int]], old: dict[str, ET.Element]) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    for ctx in root.findall("context"):
        if ctx.findtext("name") == CORE:
            root.remove(ctx)
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = CORE
    for source, (file, line) in sorted(strings.items(), key=lambda kv: kv[1]):
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "location", filename=f"../../{file}", line=str(line))
        ET.SubElement(msg, "source").text = source
        prev = old.get(source)
        tr = ET.SubElement(msg, "translation")
        prev_tr = prev.find("translation") if prev is not None else None
        if prev_tr is not None and prev_tr.text and prev_tr.get("type") != "unfinished":
            tr.text = prev_tr.text
        else:
            tr.set("type", "unfinished")
            if prev_tr is not None:
                tr.text = prev_tr.text
    ET.indent(tree, space="    ")
    with open(ts, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")


def main(argv: list[str]) -> int:
    old = read_core(TS)
    subprocess.run(
        [_tool("pyside6-lupdate"), *qt_files(), "-ts", str(TS), "-no-obsolete", "-locations", "relative"],
        check=True,
        cwd=ROOT,
    )
    merge_core(TS, core_strings(), old)
    if "--release" in argv:
        subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
