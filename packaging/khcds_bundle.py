"""What the frozen program carries: the data list, the hidden imports and the exclusions.

Kept apart from ``khcds.spec`` so that it can be tested without PyInstaller
(``tests/packaging/test_bundle_list.py``) and read in one place. The rule is:
everything the program reads at run time, nothing it does not.

- ``resources/`` (templates, schemas, fonts, icons, compiled translations) goes
  to ``<bundle>/resources``, where ``desktop.resources`` looks when frozen;
  sources that only developers read (``*.md``, Qt ``.ts``, gettext ``.po``,
  scripts) stay behind.
- ``desktop/store/migrations`` goes as files (Alembic loads ``env.py`` and the
  revisions from disk), to the path ``desktop/store/database.py`` computes.
- Every ``desktop`` module is a hidden import: the CLI imports its commands by
  name (``desktop.cli.COMMAND_MODULES``) and handlers import lazily.
- The unit directory is the ``vietnam_provinces`` package's Python tables
  (``lookup.py``, ``codes.py``); its JSON copies are not read and stay out.
"""

from __future__ import annotations

import fnmatch
import re
import sys
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent

#: files under resources/ that developers read and the program does not
RESOURCE_SKIP = ("*.md", "*.ts", "*.po", "*.pot", "*.py", "*.pyc", "*.sh", ".gitkeep", ".*", "*.xcf", "*.svg~")
#: files beside the migrations that only ``alembic revision`` uses
MIGRATION_SKIP = ("*.pyc", "*.mako")

#: libraries whose own data files are read at run time and that PyInstaller's
#: hooks do not collect in full (python-docx's header/footer/comments XML parts)
LIBRARY_DATA = ("docx",)
#: folders that must exist in the bundle although their modules live in the
#: archive: python-docx opens ``docx/parts/../templates/*.xml``, and a path
#: through a missing folder does not resolve. One small file makes the folder.
LIBRARY_FOLDERS = (("docx", "parts/__init__.py"),)

#: Python modules and packages nothing in the program imports (PyInstaller's
#: analysis otherwise follows optional imports into them)
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "pydoc_data",
    "lib2to3",
    "test",
    "tests",
    "pytest",
    "_pytest",
    "hypothesis",
    "pytestqt",
    "IPython",
    "matplotlib",
    "numpy",
    "pandas",
    "scipy",
    "pdfplumber",
    "pdfminer",
    "pypdfium2",
    "pypdf",
    "PyQt5",
    "PyQt6",
    "PySide2",
    # Qt: Essentials' Widgets stack only; no QML/Quick, web, 3D, designer, multimedia
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuick3D",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.Qt3DCore",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtBluetooth",
    "PySide6.QtPositioning",
    "PySide6.QtLocation",
    "PySide6.QtSerialPort",
    "PySide6.QtNfc",
    "PySide6.QtRemoteObjects",
    "PySide6.QtSensors",
    "PySide6.QtSpatialAudio",
    "PySide6.QtStateMachine",
    "PySide6.QtTextToSpeech",
    "PySide6.QtHttpServer",
    "PySide6.QtNetwork",
    "PySide6.scripts",
    # optional parts of libraries the program does not use
    "PIL.ImageQt",
    "PIL.ImageTk",
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL.ImageShow",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "lxml.objectify",
    "lxml.isoschematron",
    "lxml.html",
    "lxml.sax",
    "lxml.builder",
    # (aiohttp stays: pyhanko.sign imports it at the top, though the program never fetches)
    # codecs of Chinese, Japanese and Korean code pages, a terminal's line editing
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "readline",
    "setuptools",
    "pkg_resources",
    "distutils",
    "_distutils_hack",
    "pip",
    "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.mssql",
    "sqlalchemy.dialects.oracle",
]

#: collected files (bundle-relative, POSIX) dropped after the analysis
DROP_DATA = (
    "vietnam_provinces/data/*",  # JSON copies of the tables in lookup.py
    "PySide6/Qt/translations/*",  # Qt's own catalogues: none is Vietnamese
    "PySide6/Qt/qml/*",
    "PySide6/Qt/plugins/qmltooling/*",
    "PySide6/Qt/plugins/designer/*",
    "PySide6/Qt/plugins/sqldrivers/*",
)
#: Qt plugins kept for the Widgets program, by folder and file name (all else in
#: plugins/ is dropped): the desktop platforms (Windows; X11, which Wayland
#: desktops run through XWayland; offscreen for tests), Vietnamese input (IBus,
#: compose), printing, icons and the image formats the program shows. No GTK
#: theme (it would drag GTK, Cairo and Pango in), no OpenGL integrations: Widgets
#: paint in software.
QT_PLUGINS_KEEP = {
    "platforms": ("*qwindows*", "*qxcb*", "*qoffscreen*", "*qcocoa*"),
    "platformthemes": ("*xdgdesktopportal*",),
    "platforminputcontexts": ("*",),
    "imageformats": ("*qico*", "*qsvg*", "*qgif*"),  # no JPEG: the window shows PNG, ICO and SVG only
    "iconengines": ("*",),
    "styles": ("*",),
    "printsupport": ("*",),
}
#: Qt libraries never loaded by a Widgets program that imports no Quick/QML/PDF/...
DROP_BINARY = (
    "*Qt6Qml*",
    "*Qt6Quick*",
    "*Qt6Pdf*",
    "*Qt6WebEngine*",
    "*Qt6Designer*",
    "*Qt6Labs*",
    "*Qt6Lottie*",
    "*Qt6VirtualKeyboard*",
    "*Qt6Multimedia*",
    "*Qt6ShaderTools*",
    "*Qt6Charts*",
    "*Qt6Graphs*",
    "*Qt6Sql*",
    "*Qt6Test*",
    "*Qt6Help*",
    "*Qt6Concurrent*",
    "*Qt63D*",
    "*Qt6Quick3D*",
    "*Qt6SpatialAudio*",
    "*Qt6TextToSpeech*",
    "*qpdf*",  # the PDF image-format plugin needs Qt6Pdf, dropped above
    "*Qt6EglFS*",
    "*Qt6EglFs*",  # only the dropped eglfs platform plugins link these
    "*Qt6OpenGL*",
    "*Qt6Wayland*",
    "*Qt6Wl*",  # only the dropped GL and Wayland plugins
    "opengl32sw.dll",
    "d3dcompiler_*.dll",  # Windows: software OpenGL and shader compiler for
    # Quick/RHI; Widgets paint without them (~25 MB)
    "*Qt6Network*",  # nothing left in the bundle links it (QtNetwork is excluded)
)
#: Linux: libraries the program takes from the desktop it runs on, as Qt's own
#: X11 plugin already does (libxcb-cursor and friends): X11 and XCB, fonts
#: (fontconfig, FreeType, HarfBuzz), GLib, D-Bus and systemd, compression. Plus
#: those only the dropped plugins needed (GTK theme: GTK, Cairo, Pango, ATK;
#: CUPS printing's TLS and Kerberos stack: the print plugin then uses the
#: system's libcups). Kept: libpython, libstdc++, libffi, SQLite and OpenSSL,
#: whose versions matter. Windows bundles are not affected (no such names).
LINUX_HOST_ONLY = (
    "libX11*",
    "libxcb*",
    "libXau*",
    "libXdmcp*",
    "libXext*",
    "libXrender*",
    "libxkbcommon*",
    "libfontconfig*",
    "libfreetype*",
    "libharfbuzz*",
    "libgraphite2*",
    "libpng16*",
    "libexpat*",
    "libglib-2*",
    "libgobject-2*",
    "libgthread-2*",
    "libpcre2*",
    "libdbus-1*",
    "libsystemd*",
    "libgcrypt*",
    "libgpg-error*",
    "liblz4*",
    "libcap.*",
    "libbsd*",
    "libmd.*",
    "libuuid*",
    "libbrotli*",
    "libz.*",
    "libbz2*",
    "libzstd*",
    "liblzma*",
    "libjpeg*",
    "libwayland-*",
    "libgtk-3*",
    "libgdk-3*",
    "libatk-*",
    "libatk-bridge*",
    "libatspi*",
    "libcairo*",
    "libpango*",
    "libgdk_pixbuf*",
    "libepoxy*",
    "libpixman*",
    "libthai*",
    "libdatrie*",
    "libfribidi*",
    "libcups*",
    "libavahi*",
    "libgnutls*",
    "libp11-kit*",
    "libidn2*",
    "libunistring*",
    "libtasn1*",
    "libnettle*",
    "libhogweed*",
    "libgmp*",
    "libkrb5*",
    "libgssapi*",
    "libk5crypto*",
    "libcom_err*",
    "libkeyutils*",
    "libgio-2*",
    "libgmodule*",
    "libmount*",
    "libblkid*",
    "libselinux*",
)


#: a library a wheel carries under its own hashed name (pillow.libs/libxcb-9065bb12...)
_WHEEL_LIB = re.compile(r"-[0-9a-f]{8}\.so")


def _skip(name: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(name, p) for p in patterns)


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder in the bundle) for every file read at run time."""
    out: list[tuple[str, str]] = []
    res = root / "resources"
    for f in sorted(res.rglob("*")):
        if f.is_file() and not _skip(f.name, RESOURCE_SKIP) and "__pycache__" not in f.parts:
            out.append((str(f), str(PurePosixPath("resources") / f.parent.relative_to(res).as_posix())))
    mig = root / "desktop" / "store" / "migrations"
    for f in sorted(mig.rglob("*")):
        if f.is_file() and not _skip(f.name, MIGRATION_SKIP) and "__pycache__" not in f.parts:
            rel = f.parent.relative_to(root).as_posix()
            out.append((str(f), rel))
    return out


def bundle_paths(root: Path = ROOT) -> set[str]:
    """The bundle-relative paths (POSIX) that ``data_files`` puts into the bundle."""
    return {str(PurePosixPath(dest) / Path(src).name) for src, dest in data_files(root)}


def desktop_modules(root: Path = ROOT) -> list[str]:
    """Every module of the ``desktop`` package, found on disk (no import needed)."""
    mods = []
    pkg = root / "desktop"
    for f in sorted(pkg.rglob("*.py")):
        if "__pycache__" in f.parts:
            continue
        parts = list(f.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        mods.append(".".join(parts))
    return mods


def hidden_imports(root: Path = ROOT) -> list[str]:
    return desktop_modules(root) + [
        # Alembic's runtime pieces used by env.py and the revisions loaded from disk
        "alembic.op",
        "alembic.context",
        "alembic.runtime.migration",
        "alembic.ddl.sqlite",
        "alembic.ddl.postgresql",
        "sqlalchemy.dialects.sqlite",
        "logging.handlers",
    ]


def library_folder_files() -> list[tuple[str, str]]:
    import importlib.util

    out = []
    for pkg, rel in LIBRARY_FOLDERS:
        spec = importlib.util.find_spec(pkg)
        if spec and spec.submodule_search_locations:
            src = Path(list(spec.submodule_search_locations)[0]) / rel
            out.append((str(src), str(PurePosixPath(pkg) / PurePosixPath(rel).parent)))
    return out


def prune_symlinks(toc: list, kept: set[str]) -> list:  # type: ignore[no-untyped-def]
    """Drop SYMLINK entries whose target was filtered out (no dangling links)."""
    import posixpath

    out = []
    for entry in toc:
        dest, src, typecode = entry[0], entry[1], entry[2]
        if typecode == "SYMLINK":
            target = posixpath.normpath(
                posixpath.join(posixpath.dirname(dest.replace("\\", "/")), str(src).replace("\\", "/"))
            )
            if target not in kept:
                continue
        out.append(entry)
    return out


def keep_data(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    if _skip(dest, DROP_DATA):
        return False
    return _keep_qt_plugin(dest)


def keep_binary(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if _skip(name, DROP_BINARY):
        return False
    if "/" not in dest and _skip(name, LINUX_HOST_ONLY) and not _WHEEL_LIB.search(name):
        return False
    return _keep_qt_plugin(dest)


def _keep_qt_plugin(dest: str) -> bool:
    marker = (
        "PySide6/Qt/plugins/"
        if "PySide6/Qt/plugins/" in dest
        else ("PySide6/plugins/" if "PySide6/plugins/" in dest else None)
    )
    if marker is None:
        return True
    kind, _, name = dest.split(marker, 1)[1].partition("/")
    for folder, names in QT_PLUGINS_KEEP.items():
        if fnmatch.fnmatch(kind, folder):
            return any(fnmatch.fnmatch(name, n) for n in names)
    return False


def filter_toc(toc: list, keep) -> list:  # type: ignore[no-untyped-def]
    """Filter a PyInstaller TOC (a list of (dest, src, typecode)) by destination name."""
    return [entry for entry in toc if keep(entry[0])]


if __name__ == "__main__":  # pragma: no cover - a developer's look at the list
    for src, dest in data_files():
        print(f"{dest}\t{src}")
    sys.exit(0)
