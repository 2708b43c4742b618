"""The spec's data list: everything read at run time goes in, developer files stay out."""

from __future__ import annotations

import re
from pathlib import Path

from tests.packaging.helpers import ROOT, load

kb = load("khcds_bundle.py", "khcds_bundle")
vi = load("windows/version_info.py", "khcds_version_info")


def _rel(p: Path) -> str:
    return p.relative_to(ROOT).as_posix()


def test_templates_schemas_fonts_icons_are_collected_under_resources() -> None:
    paths = kb.bundle_paths()
    wanted = [
        *sorted((ROOT / "resources" / "templates").glob("*.json")),
        *sorted((ROOT / "resources" / "schemas").glob("*.json")),
        *sorted((ROOT / "resources" / "fonts").glob("*.tt[fc]")),
        *sorted((ROOT / "resources" / "translations").glob("*.qm")),
        *sorted((ROOT / "resources" / "translations").rglob("*.mo")),
        ROOT / "resources" / "icons" / "khcds.png",
    ]
    assert len(wanted) >= 7
    for f in wanted:
        assert _rel(f) in paths, f"{_rel(f)} is not in the bundle"


def test_every_migration_is_collected_where_the_store_looks() -> None:
    paths = kb.bundle_paths()
    migrations = ROOT / "desktop" / "store" / "migrations"
    files = [migrations / "env.py", *sorted((migrations / "versions").glob("*.py"))]
    assert len(files) >= 3
    for f in files:
        assert _rel(f) in paths, f"{_rel(f)} is not in the bundle"
    # the store computes the folder from its own location (revisions.py, beside database.py);
    # the bundle keeps that layout
    src = (ROOT / "desktop" / "store" / "revisions.py").read_text(encoding="utf-8")
    assert 'Path(__file__).resolve().parent / "migrations"' in src
    from desktop.store import database, revisions

    assert database.MIGRATIONS == revisions.MIGRATIONS == migrations.resolve()


def test_developer_files_stay_out() -> None:
    paths = kb.bundle_paths()
    assert "resources/templates/README.md" not in paths
    assert not [p for p in paths if p.endswith((".md", ".ts", ".po", ".pyc", ".mako"))]
    assert not [p for p in paths if "__pycache__" in p or p.startswith("tests/")]


def test_every_desktop_module_is_a_hidden_import() -> None:
    hidden = set(kb.hidden_imports())
    for name in (
        "desktop.cli",
        "desktop.app",
        "desktop.commands.core",
        "desktop.single_instance",
        "desktop.crash",
        "desktop.store.migrations.env",
    ):
        if (ROOT / (name.replace(".", "/") + ".py")).exists():
            assert name in hidden
    from desktop.cli import COMMAND_MODULES

    for name in COMMAND_MODULES:
        if (ROOT / (name.replace(".", "/") + ".py")).exists():
            assert name in hidden


def test_qt_filters_keep_the_widgets_stack_and_drop_quick_and_pdf() -> None:
    keep_b, keep_d = kb.keep_binary, kb.keep_data
    assert keep_b("PySide6/Qt/lib/libQt6Widgets.so.6")
    assert keep_b("PySide6/Qt6Widgets.dll")
    assert keep_b("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert keep_b("PySide6/plugins/platforms/qwindows.dll")
    assert keep_b("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert keep_b("PySide6/plugins/styles/qmodernwindowsstyle.dll")
    assert keep_b("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so")
    assert not keep_b("PySide6/Qt/lib/libQt6Quick.so.6")
    assert not keep_b("PySide6/Qt6Qml.dll")
    assert not keep_b("PySide6/Qt/plugins/imageformats/libqpdf.so")
    assert not keep_b("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert not keep_b("PySide6/Qt/plugins/platforms/libqvnc.so")
    assert not keep_b("PySide6/opengl32sw.dll") and not keep_b("PySide6/d3dcompiler_47.dll")
    assert keep_b("PySide6/plugins/printsupport/windowsprintersupport.dll")
    assert keep_b("libxcb-9065bb12.so.1.1.0")  # a wheel's own copy, never left to the host
    assert not keep_b("libX11.so.6") and not keep_b("libglib-2.0.so.0")
    assert keep_b("libpython3.11.so.1.0") and keep_b("libsqlite3.so.0")
    assert not keep_d("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep_d("vietnam_provinces/data/nested-divisions.json")
    assert keep_d("resources/templates/hp-325-2024.json")
    for name in ("PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore", "tkinter"):
        assert name in kb.EXCLUDES


def test_version_resource_comes_from_the_package_version() -> None:
    import desktop

    assert vi.app_version() == desktop.__version__
    assert vi.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert vi.version_tuple("1.2.3.4") == (1, 2, 3, 4)
    assert vi.version_tuple("2.0rc1") == (2, 0, 0, 0)
    text = vi.render(desktop.__version__)
    assert f"StringStruct('ProductVersion', '{desktop.__version__}')" in text
    compile(text, "version_info", "eval")  # PyInstaller evaluates it


def test_installer_script_is_per_user_vietnamese_and_keeps_data() -> None:
    iss = (ROOT / "packaging" / "windows" / "khcds.iss").read_text(encoding="utf-8-sig")
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    assert re.search(r'MessagesFile: "compiler:Default\.isl,Vietnamese\.isl"', iss)
    assert (ROOT / "packaging" / "windows" / "Vietnamese.isl").exists()
    assert "Software\\Classes\\.khcds" in iss
    assert "{autodesktop}" in iss and "{autoprograms}" in iss
    # uninstall deletes only what it installed: no [UninstallDelete] of the data folder
    assert "{userappdata}\\khcds" not in iss.split("[UninstallDelete]")[-1] or "[UninstallDelete]" not in iss
