"""Gửi thành phố: make the signed export file of the plan in one action, see the history."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.errors import KhcdsError
from desktop.services import exports as xsvc
from desktop.vn import format_local

if TYPE_CHECKING:
    from desktop.services.exports import ExportResult


class ExportDialog(QDialog):
    """One button makes ``<unit>-<year>-rNNN.khcds`` (signed, next revision) in the chosen folder."""

    def __init__(
        self, store: Any, year: int, plan_id: int | None = None, settings: Any = None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.year = year
        self.plan_id = plan_id
        self.settings = settings
        self.last_result: ExportResult | None = None
        self.setWindowTitle(self.tr("Gửi dữ liệu cho thành phố"))
        self.setObjectName("export_dialog")
        from desktop.views.common import fit_window

        fit_window(self, 720, 460)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Tệp gửi thành phố chứa kế hoạch năm {y}, tiến độ nhiệm vụ, số liệu chỉ tiêu và kinh phí, có chữ ký số "
                "của thư mục dữ liệu. Gửi tệp này qua thư điện tử, USB hoặc hệ thống quản lý văn bản."
            ).format(y=year)
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.fingerprint = QLabel(xsvc.folder_fingerprint(store.data))
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        f = self.fingerprint.font()
        f.setFamily("Consolas")
        f.setBold(True)
        self.fingerprint.setFont(f)
        form.addRow(self.tr("Dấu vân tay khóa ký (đọc cho thành phố qua điện thoại):"), self.fingerprint)
        self.with_evidence = QCheckBox(self.tr("Kèm các tệp minh chứng (tệp sẽ lớn hơn)"))
        self.with_evidence.setObjectName("with_evidence")
        form.addRow("", self.with_evidence)
        lay.addLayout(form)
        self.export_button = QPushButton(self.tr("&Tạo tệp gửi thành phố..."))
        self.export_button.setObjectName("do_export")
        self.export_button.setToolTip(
            self.tr("Chọn nơi lưu tệp (mặc định: thư mục Tài liệu), rồi tạo tệp có chữ ký số.")
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.do_export)
        lay.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        rrow = QHBoxLayout()
        self.result_label = QLabel()
        self.result_label.setObjectName("export_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(self.tr("&Mở thư mục"))
        self.open_folder.setObjectName("open_export_folder")
        self.open_folder.setVisible(False)
        self.open_folder.clicked.connect(self._open_folder)
        rrow.addWidget(self.result_label, 1)
        rrow.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(rrow)
        lay.addWidget(QLabel(self.tr("Các lần đã gửi:")))
        self.history = QTableWidget(0, 3)
        self.history.setObjectName("export_history")
        self.history.setHorizontalHeaderLabels([self.tr("Lần gửi"), self.tr("Thời gian"), self.tr("Tệp")])
        self.history.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().setVisible(False)
        lay.addWidget(self.history, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        from desktop.views.common import vn_buttons

        vn_buttons(box)
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        self.refresh_history()

    def default_path(self) -> Path:
        """``Documents/xa-an-lao-2024-lan-03.khcds``: the unit's name, the year and the next sending."""
        from desktop.services import units as usvc
        from desktop.vn import fold

        folder = ""
        if self.settings is not None and hasattr(self.settings, "text"):
            folder = self.settings.text("export_folder")
        if not folder or not Path(folder).is_dir():
            from PySide6.QtCore import QStandardPaths

            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
                self.store.data.exports
            )
        with self.store.session() as s:
            unit = usvc.current_unit(s)
            name = unit.name if unit is not None else "don-vi"
        slug = "-".join(w for w in "".join(c if c.isalnum() else " " for c in fold(name)).split())
        revision = xsvc.next_revision(self.store, self.year, plan_id=self.plan_id)
        return Path(folder) / f"{slug}-{self.year}-lan-{revision:02d}.khcds"

    def _open_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if self.last_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.last_result.path).parent)))

    def refresh_history(self) -> None:
        rows = xsvc.export_history(self.store, self.year, plan_id=self.plan_id)
        self.history.setRowCount(len(rows))
        for i, r in enumerate(reversed(rows)):
            for j, v in enumerate([str(r["revision"]), format_local(r["created_at"]), r["file_name"]]):
                self.history.setItem(i, j, QTableWidgetItem(v))

    def do_export(self) -> None:
        """Save As (default: the Documents folder, the unit's name and year), then the signed file."""
        name, _f = QFileDialog.getSaveFileName(
            self, self.tr("Lưu tệp gửi thành phố"), str(self.default_path()), self.tr("Tệp gửi thành phố (*.khcds)")
        )
        if not name:
            return
        self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        if path.suffix.lower() != ".khcds":
            path = path.with_name(path.name + ".khcds")
        folder = path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            r = xsvc.export_plan(
                self.store, self.year, path, with_evidence=self.with_evidence.isChecked(), plan_id=self.plan_id
            )
        except (KhcdsError, OSError) as e:
            from desktop.views.common import show_error

            show_error(self, str(e))
            return
        self.last_result = r
        if self.settings is not None and hasattr(self.settings, "set"):
            self.settings.set("export_folder", str(folder))
        self.result_label.setText(
            self.tr("Đã tạo tệp {file} (lần gửi {rev}). Hãy gửi tệp này cho thành phố.").format(
                file=r.path, rev=r.revision
            )
        )
        self.open_folder.setVisible(True)
        self.refresh_history()
