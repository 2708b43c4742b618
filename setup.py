"""Build hook: the wheel carries ``resources/`` as ``desktop/_resources``.

Everything else about the package is declared in ``pyproject.toml``. The one
source of the resources stays the top-level ``resources/`` folder: a source
checkout or an editable install reads it there, a wheel (``pip wheel .``) gets
a copy inside the package, and ``desktop.resources`` finds either. The files
that only developers read are left out, as in the frozen bundle
(``packaging/khcds_bundle.py``: Markdown, Qt ``.ts`` and gettext ``.po`` sources).
"""

from __future__ import annotations

import fnmatch
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
#: as RESOURCE_SKIP in packaging/khcds_bundle.py (tests/packaging/test_wheel.py keeps them equal)
SKIP = ("*.md", "*.ts", "*.po", "*.pot", "*.py", "*.pyc", "*.sh", ".gitkeep", ".*", "*.xcf", "*.svg~")


def resource_files(root: Path = RESOURCES) -> list[Path]:
    return [
        f
        for f in sorted(root.rglob("*"))
        if f.is_file() and "__pycache__" not in f.parts and not any(fnmatch.fnmatch(f.name, p) for p in SKIP)
    ]


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ where it is
        if not RESOURCES.is_dir():  # building from an sdist that had them copied already
            return
        target = Path(self.build_lib) / "desktop" / "_resources"
        if target.exists():
            shutil.rmtree(target)
        for f in resource_files():
            dest = target / f.relative_to(RESOURCES)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(f, dest)


class SdistWithResources(sdist):
    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        super().make_release_tree(base_dir, files)
        for f in resource_files():
            dest = Path(base_dir) / f.relative_to(ROOT)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(f, dest)


setup(cmdclass={"build_py": BuildWithResources, "sdist": SdistWithResources})
