"""Window state and the last folder used, remembered between runs (QSettings, INI).

The file lives in the data folder (``gui.ini``) so that each data folder, and each
test, has its own; ``Settings(None)`` uses the per-user Qt settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

VERSION = 1


class Settings:
    def __init__(self, path: Path | None) -> None:
        if path is None:
            self.q = QSettings("KHCDS", "khcds")
        else:
            self.q = QSettings(str(path), QSettings.Format.IniFormat)
        if int(str(self.q.value("version", 0) or 0)) < VERSION:
            self.q.setValue("version", VERSION)

    def bytes(self, key: str) -> QByteArray | None:
        v = self.q.value(key)
        return v if isinstance(v, QByteArray) else None

    def set(self, key: str, value: object) -> None:
        self.q.setValue(key, value)
        self.q.sync()

    def text(self, key: str, default: str = "") -> str:
        v = self.q.value(key, default)
        return str(v) if v is not None else default

    def last_folder(self) -> str:
        folder = self.text("last_folder")
        if folder and Path(folder).is_dir():
            return folder
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def remember_folder(self, path: str | Path) -> None:
        p = Path(path)
        self.set("last_folder", str(p if p.is_dir() else p.parent))
