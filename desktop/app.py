"""Starts the window: ``run_gui(args)`` (``khcds`` without a command).

Creates the QApplication, installs the translator and a plain Vietnamese error
handler (the traceback goes to the log, the user sees one sentence), opens the
store, and shows the first-run wizard when the data folder has no unit yet,
else the main window on the latest plan. ``create_main_window`` is the same
without ``exec()``, for tests and the screenshot script.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Callable
from typing import Any

from desktop import APP_ID, APP_NAME, __version__

log = logging.getLogger("desktop.app")

UI_FONTS = ("Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial")


def _qt() -> Any:
    from PySide6 import QtCore, QtGui, QtWidgets

    return QtCore, QtGui, QtWidgets


def ensure_app(lang: str | None = None) -> Any:
    """The QApplication (made once), with font, translator and organisation names."""
    QtCore, QtGui, QtWidgets = _qt()
    app = QtWidgets.QApplication.instance()
    if app is None:
        app = QtWidgets.QApplication([sys.argv[0] if sys.argv else APP_ID])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("KHCDS")
    app.setApplicationVersion(__version__)
    if not getattr(app, "_khcds_ready", False):
        set_ui_font(app)
        app._khcds_ready = True
    if lang is not None:
        install_translator(app, lang)
    return app


def set_ui_font(app: Any) -> None:
    """A UI font with Vietnamese glyphs, a little larger than the platform's default."""
    _c, QtGui, _w = _qt()
    families = set(QtGui.QFontDatabase.families())
    font = app.font()
    for name in UI_FONTS:
        if name in families:
            font.setFamily(name)
            break
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)


_translators: list[Any] = []


def install_translator(app: Any, lang: str) -> bool:
    """Vietnamese is the source language; ``en`` loads ``khcds_en.qm`` when shipped."""
    QtCore, _g, _w = _qt()
    from desktop.i18n import set_language
    from desktop.resources import resource_path

    set_language(lang)

    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    QtCore.QLocale.setDefault(
        QtCore.QLocale(QtCore.QLocale.Language.Vietnamese, QtCore.QLocale.Country.Vietnam)
        if lang.startswith("vi")
        else QtCore.QLocale(lang)
    )
    if lang.startswith("vi"):
        return True
    tr = QtCore.QTranslator(app)
    if tr.load(f"khcds_{lang}", str(resource_path("translations"))):
        app.installTranslator(tr)
        _translators.append(tr)
        qt_tr = QtCore.QTranslator(app)
        path = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_tr.load(f"qtbase_{lang}", path):
            app.installTranslator(qt_tr)
            _translators.append(qt_tr)
        return True
    return False


def install_excepthook() -> None:
    """An unexpected error: the log gets the traceback, the user one plain sentence in a
    message box (``desktop.crash``, the handler the command line uses too)."""
    from desktop import crash

    def show(message: str) -> None:
        from desktop.i18n import _
        from desktop.views.common import show_error

        show_error(None, message, _("Lỗi"))

    crash.install(show=show)


def create_main_window(
    store: Any,
    plan_id: int | None = None,
    today: Callable[[], dt.date] | None = None,
    settings: Any = None,
    show: bool = True,
) -> Any:
    """The main window on ``plan_id`` (default: the latest plan) without running the event loop."""
    ensure_app()
    from desktop.errors import UserError
    from desktop.services import plans as psvc
    from desktop.views.main_window import MainWindow

    if plan_id is None:
        with store.transaction() as s:
            plan_id = psvc.latest_plan_id(s)
        if plan_id is None:
            raise UserError("Thư mục dữ liệu chưa có kế hoạch nào.")
    win = MainWindow(store, plan_id, today=today, settings=settings)
    if show:
        win.show()
    return win


def create_wizard(store: Any, today: dt.date | None = None, open_file: Any = None) -> Any:
    """The first-run wizard; ``open_file``: a province's template package to start from."""
    ensure_app()
    from desktop.views.settings import Settings
    from desktop.views.wizard import FirstRunWizard

    return FirstRunWizard(store, today=today, settings=Settings(store.data.root / "gui.ini"), open_file=open_file)


def is_city(store: Any) -> bool:
    from desktop.services import units

    with store.session() as s:
        return units.is_city(s)


def needs_first_run(store: Any) -> bool:
    from desktop.services import plans as psvc
    from desktop.services.units import current_unit

    with store.transaction() as s:
        return current_unit(s) is None or psvc.latest_plan_id(s) is None


class AppController:
    """Owns the open store and its window; switches data folder and restores backups."""

    def __init__(self, db_url: str | None = None) -> None:
        self.db_url = db_url
        self.store: Any = None
        self.window: Any = None
        self.failed = False
        self.file_consumed = False  # the wizard imported the file the program was opened with

    def open(self, data_dir: Any, open_file: Any = None) -> bool:
        """Open ``data_dir`` (the wizard first when it holds no plan); False if nothing opened.
        ``open_file``: a template package (.khcdst) the wizard starts from on an empty folder."""
        from PySide6.QtWidgets import QDialog

        from desktop import single_instance
        from desktop.errors import KhcdsError
        from desktop.store import open_store
        from desktop.views.common import show_error

        busy = single_instance.hold(data_dir)  # this process keeps the folder until release()
        if busy:
            self.failed = self.window is None
            show_error(self.window, busy, "KHCĐS đang mở")
            return False
        try:
            store = open_store(data_dir, url=self.db_url)
        except KhcdsError as e:
            if self._offer_restore(data_dir, str(e)):
                single_instance.release(data_dir)
                return self.open(data_dir)
            single_instance.release(data_dir)
            self.failed = True
            show_error(self.window, str(e), "Không mở được dữ liệu")
            return False
        if is_city(store):
            from desktop.views.city_window import CityWindow

            self._close_current()
            self.store = store
            self.window = CityWindow(store)
            self.window.show()
            return True
        first = needs_first_run(store)
        if first:
            from pathlib import Path

            package = Path(open_file) if open_file and str(open_file).lower().endswith(".khcdst") else None
            wiz = create_wizard(store, open_file=package) if package is not None else create_wizard(store)
            self.file_consumed = package is not None
            if wiz.exec() != QDialog.DialogCode.Accepted or wiz.plan_id is None:
                store.close()
                if self.store is None or self.store.data.root != store.data.root:
                    single_instance.release(store.data.root)
                return False
        self._close_current()
        self.store = store
        self.window = create_main_window(store)
        if first:
            self.window.goto_page(1)
        self.window.dataFolderRequested.connect(self.switch)
        self.window.restoreRequested.connect(self.restore)
        return True

    def _offer_restore(self, data_dir: Any, message: str) -> bool:
        """A damaged store: offer the latest good backup (the damaged file is kept aside)."""
        from desktop.paths import DataDir
        from desktop.store.backup import latest_good_backup, restore
        from desktop.store.database import _quick_check
        from desktop.views.common import ask, show_error

        data = DataDir.resolve(data_dir)
        lost = not data.db.exists() or data.db.stat().st_size == 0  # emptied or deleted beside backups
        if self.db_url or not (lost or _quick_check(data.db)):
            return False  # not a damaged or lost SQLite file (a newer schema, a server)
        good = latest_good_backup(data)
        if good is None or not ask(
            self.window,
            message
            + "\n\n"
            + (f"Khôi phục từ bản sao lưu tốt gần nhất ({good.name})? Tệp dữ liệu hiện tại được giữ lại."),
            "Dữ liệu bị hỏng",
        ):
            return False
        try:
            restore(data, good)  # keeps the damaged file aside (khcds-hong-...)
        except Exception as e:  # noqa: BLE001 - shown to the user, logged
            log.exception("restore failed")
            show_error(self.window, f"Không khôi phục được: {e}")
            return False
        return True

    def _close_current(self) -> None:
        from desktop.views.worker import wait_all

        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        wait_all(30000)
        if self.store is not None:
            from desktop import single_instance

            single_instance.release(self.store.data.root)
            self.store.close()
            self.store = None

    def switch(self, path: str) -> None:
        self.open(path)

    def restore(self, path: str) -> None:
        from pathlib import Path

        from desktop.errors import KhcdsError
        from desktop.store.backup import check_restorable, restore
        from desktop.views.common import show_error, show_info

        data = self.store.data
        try:
            check_restorable(Path(path))
        except KhcdsError as e:
            show_error(self.window, str(e))
            return
        self._close_current()
        from desktop import single_instance

        busy = single_instance.hold(data.root)  # no other copy may open the folder mid-restore
        if busy:
            show_error(None, busy)
            return
        try:
            saved = restore(data, Path(path))
        except KhcdsError as e:
            show_error(None, str(e))
            saved = None
        if self.open(data.root) and saved is not None:
            show_info(self.window, f"Đã khôi phục dữ liệu. Dữ liệu trước khi khôi phục được giữ tại: {saved}")

    def open_file(self, path: str) -> None:
        """A file the user opened with the program (a double-clicked ``.khcds`` / ``.khcdst``)."""
        from pathlib import Path

        from desktop.views.common import show_info

        p = Path(path)
        if self.window is None:
            return
        if self.window.objectName() == "city_window":
            self.window.import_paths([p])
        elif p.suffix.lower() == ".khcdst":
            self.window.import_template_package(str(p))
        else:
            show_info(self.window, f"Tệp {p.name} là tệp gửi thành phố; hãy mở nó bằng KHCĐS ở chế độ thành phố.")

    def close(self) -> None:
        self._close_current()


def run_gui(args: Any) -> int:
    lang = getattr(args, "lang", None) or "vi"
    app = ensure_app(lang)
    install_excepthook()
    controller = AppController(getattr(args, "db_url", None))
    try:
        if not controller.open(getattr(args, "data_dir", None), open_file=getattr(args, "open", None)):
            return 1 if controller.failed else 0  # an error was shown; a cancelled wizard is no error
        if getattr(args, "open", None) and not controller.file_consumed:
            controller.open_file(args.open)
        return int(app.exec())
    finally:
        controller.close()
