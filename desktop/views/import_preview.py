"""The city's import preview: what each file would do, before anything changes.

One row a file: unit, year, revision, outcome (new, newer, same, stale, conflict,
refused) and the reason or the warnings. A unit's first package shows its key
fingerprint with a box to tick once it was compared over the phone; unticked
ones are left out. ``Nhập`` writes the accepted files, each in its own transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.errors import KhcdsError
from desktop.sync import city

COLORS = {
    city.Outcome.NEW: "#e3f4e1", city.Outcome.NEWER: "#e3f4e1", city.Outcome.SAME: "#f2f2f2",
    city.Outcome.STALE: "#f2f2f2", city.Outcome.CONFLICT: "#fde2e1", city.Outcome.REFUSED: "#fde2e1",
}
COL_FILE, COL_UNIT, COL_YEAR, COL_REV, COL_OUTCOME, COL_KEY, COL_NOTE = range(7)


class ImportPreviewDialog(QDialog):
    def __init__(self, store: Any, paths: list[Path], parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Xem trước khi nhập"))
        self.setObjectName("import_preview")
        from desktop.views.common import fit_window

        fit_window(self, 1100, 520)
        self.items: list[city.PreviewItem] = city.preview(store, [Path(p) for p in paths])
        self.applied: list[city.PreviewItem] = []
        lay = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("preview_summary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.table = QTableWidget(len(self.items), 7)
        self.table.setObjectName("preview_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Tệp"), self.tr("Đơn vị"), self.tr("Năm"), self.tr("Lần gửi"), self.tr("Kết quả"),
            self.tr("Khóa mới: đã đối chiếu"), self.tr("Lý do, cảnh báo")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        for i, it in enumerate(self.items):
            self._fill(i, it)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(COL_FILE, min(self.table.columnWidth(COL_FILE), 240))
        self.table.resizeRowsToContents()
        lay.addWidget(self.table, 1)
        box = QDialogButtonBox()
        self.apply_button = QPushButton(self.tr("&Nhập các tệp được nhận"))
        self.apply_button.setObjectName("apply_import")
        box.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel_import")
        self.apply_button.clicked.connect(self.do_apply)
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        self._update_summary()

    def _fill(self, i: int, it: city.PreviewItem) -> None:
        cells = [it.path.name, f"{it.unit_code} {it.unit_name}".strip(), str(it.year or ""),
                 str(it.revision or ""), it.outcome.label, "", "; ".join(
                     ([it.message] if it.message else []) + it.warnings)]
        brush = QBrush(QColor(COLORS[it.outcome]))
        for j, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setBackground(brush)
            item.setToolTip(text)
            if j == COL_KEY and it.new_key and it.outcome.applies:
                item.setText(it.fingerprint)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setToolTip(self.tr("Đánh dấu sau khi đã đối chiếu dấu vân tay này với đơn vị qua điện thoại."))
            self.table.setItem(i, j, item)

    def key_item(self, row: int) -> QTableWidgetItem:
        item = self.table.item(row, COL_KEY)
        assert item is not None
        return item

    def confirm_all_keys(self) -> None:
        for i, it in enumerate(self.items):
            if it.new_key and it.outcome.applies:
                self.key_item(i).setCheckState(Qt.CheckState.Checked)

    def _skipped(self) -> set[Path]:
        out = set()
        for i, it in enumerate(self.items):
            if it.new_key and it.outcome.applies and self.key_item(i).checkState() != Qt.CheckState.Checked:
                out.add(it.path)
        return out

    def _update_summary(self) -> None:
        n = len(self.items)
        counts = {o: sum(1 for it in self.items if it.outcome is o) for o in city.Outcome}
        parts = [f"{o.label}: {c}" for o, c in counts.items() if c]
        self.summary.setText(self.tr("{n} tệp. ").format(n=n) + "; ".join(parts) + ". " + (
            self.tr("Chưa có gì thay đổi; bấm Nhập để ghi các tệp được nhận.") if not self.applied else ""))
        self.apply_button.setEnabled(any(it.outcome.applies for it in self.items) and not self.applied)

    def do_apply(self) -> None:
        try:
            self.applied = city.apply(self.store, self.items, skip=self._skipped())
        except KhcdsError as e:
            from desktop.views.common import show_error

            show_error(self, str(e))
            return
        left = sum(1 for it in self.items if it.outcome.applies and not it.applied)
        self.summary.setText(self.tr("Đã nhập {a} tệp.").format(a=len(self.applied)) + (
            self.tr(" {n} tệp có khóa mới chưa được đối chiếu nên chưa nhập.").format(n=left) if left else ""))
        self.apply_button.setEnabled(False)
        self.show_receipt()
        self.accept()

    def receipt(self) -> str:
        """What happened to each file: received, refused (why), left out (why)."""
        applied = [it for it in self.items if it.applied]
        lines = [self.tr("Đã nhận {a} tệp, từ chối {r} tệp.").format(
            a=len(applied), r=sum(1 for it in self.items if not it.applied))]
        for it in self.items:
            if it.applied:
                continue
            if it.outcome.applies and it.new_key:
                why = self.tr("khóa mới chưa được đánh dấu \"đã đối chiếu\" (hãy gọi điện cho đơn vị để đối chiếu "
                              "dấu vân tay, đánh dấu ô rồi nhập lại)")
            else:
                why = "; ".join(([it.message] if it.message else []) + it.warnings) or it.outcome.label
            lines.append(f"– {it.path.name}: {why}")
        return "\n".join(lines)

    def show_receipt(self) -> None:
        from desktop.views.common import show_info

        show_info(self, self.receipt(), self.tr("Kết quả nhập"))
