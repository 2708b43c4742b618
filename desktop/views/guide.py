"""Hướng dẫn sử dụng (F1): the Vietnamese user guide shipped with the program, offline.

``resources/guide/index.html`` with its screenshots beside it, shown in a text browser;
each page of the window opens the guide at its own chapter.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.resources import resource_path
from desktop.views.common import fit_window, vn_buttons


def guide_file() -> QUrl:
    return QUrl.fromLocalFile(str(resource_path("guide", "index.html")))


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, chapter: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng KHCĐS"))
        lay = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(resource_path("guide"))])
        path = resource_path("guide", "index.html")
        if path.is_file():
            self.browser.setSource(guide_file())
            if chapter:
                self.browser.scrollToAnchor(chapter)
        else:
            self.browser.setPlainText(
                self.tr("Không tìm thấy tệp hướng dẫn ({p}). Hãy cài lại chương trình.").format(p=path)
            )
        lay.addWidget(self.browser, 1)
        box = vn_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        fit_window(self, 980, 700)
