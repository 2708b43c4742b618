"""The city's import preview: what each file would do, before anything changes.

One row a file: unit, year, revision, outcome (new, newer, same, stale, conflict,
refused) and the reason or the warnings. A unit's first package shows its key
fingerprint with a box to tick once it was compared over the phone; unticked
ones are left out. ``Nhập`` writes the accepted files, each in its own transaction.

Reading the files (the preview) and writing them (the import) run off the GUI
thread (``views.worker``) with a progress bar; ``Hủy`` (or Esc, or closing the
dialog) stops the work between two files. A stopped preview closes with nothing
changed; a stopped import keeps the files already written (each is whole) and
says how many were and were not. ``previewed`` and ``imported`` are emitted when
each part ends, however it ends.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.errors import KhcdsError
from desktop.services import city
from desktop.views.worker import CancelFlag, Cancelled, run_in_background

log = logging.getLogger(__name__)

COLORS = {
    city.Outcome.NEW: "#e3f4e1",
    city.Outcome.NEWER: "#e3f4e1",
    city.Outcome.SAME: "#f2f2f2",
    city.Outcome.STALE: "#f2f2f2",
    city.Outcome.CONFLICT: "#fde2e1",
    city.Outcome.REFUSED: "#fde2e1",
}
COL_FILE, COL_UNIT, COL_YEAR, COL_REV, COL_OUTCOME, COL_KEY, COL_NOTE = range(7)


class ImportPreviewDialog(QDialog):
    previewed = Signal()  # the preview ended: shown, stopped or failed
    imported = Signal()  # the import ended: done, stopped or failed

    def __init__(self, store: Any, paths: list[Path], parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Xem trước khi nhập"))
        self.setObjectName("import_preview")
        from desktop.views.common import fit_window

        fit_window(self, 1100, 520)
        self.items: list[city.PreviewItem] = []
        self.applied: list[city.PreviewItem] = []
        self.error: str | None = None  # the message of a preview or import that failed
        self.stopped = False  # the user stopped the preview or the import
        self._flag: CancelFlag | None = None  # set while work runs in the background
        lay = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("preview_summary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.progress.setRange(0, 0)  # busy until the number of files is known
        self.progress.setTextVisible(True)
        lay.addWidget(self.progress)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("preview_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Tệp"),
                self.tr("Đơn vị"),
                self.tr("Năm"),
                self.tr("Lần gửi"),
                self.tr("Kết quả"),
                self.tr("Khóa mới: đã đối chiếu"),
                self.tr("Lý do, cảnh báo"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        box = QDialogButtonBox()
        self.apply_button = QPushButton(self.tr("&Nhập các tệp được nhận"))
        self.apply_button.setObjectName("apply_import")
        self.apply_button.setEnabled(False)
        box.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = box.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancel_import")
        self.apply_button.clicked.connect(self.do_apply)
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        self._start_preview([Path(p) for p in paths])

    # -- background work -----------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._flag is not None

    def _reporter(self, flag: CancelFlag, template: str) -> Any:
        """``progress(done, total, path)`` for city.preview/apply, run on the worker thread."""

        def report(emit: Any) -> Any:
            def progress(done: int, total: int, path: Path) -> None:
                flag.check()
                emit(int(done * 100 / max(total, 1)), template.format(i=done + 1, n=total, name=path.name))

            return progress

        return report

    def _set_progress(self, pct: int, text: str) -> None:
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 100)
        self.progress.setValue(pct)
        self.progress.setFormat(text.replace("%", "%%"))  # a file name is data, not %p/%v/%m

    def _start_preview(self, paths: list[Path]) -> None:
        flag = self._flag = CancelFlag()
        self.summary.setText(self.tr("Đang đọc và kiểm tra các tệp; chưa có gì thay đổi."))
        report = self._reporter(flag, self.tr("Đang đọc tệp {i}/{n}: {name}"))
        store = self.store
        run_in_background(
            lambda emit: city.preview(store, paths, progress=report(emit)),
            self._preview_done,
            self._preview_failed,
            self._set_progress,
        )

    def _preview_done(self, items: list[city.PreviewItem]) -> None:
        stopped = self._flag is not None and self._flag.cancelled
        self._flag = None
        self.cancel_button.setEnabled(True)
        if stopped:  # Cancel came after the last file was read: close as asked
            self.stopped = True
            self.previewed.emit()
            super().reject()
            return
        self.items = items
        self.table.setRowCount(len(items))
        for i, it in enumerate(items):
            self._fill(i, it)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(COL_FILE, min(self.table.columnWidth(COL_FILE), 240))
        self.table.resizeRowsToContents()
        self.progress.setRange(0, 100)
        self.progress.setValue(100)
        self.progress.setFormat(self.tr("Đã đọc {n} tệp").format(n=len(items)))
        self._update_summary()
        self.previewed.emit()

    def _preview_failed(self, err: BaseException) -> None:
        self._flag = None
        self.stopped = isinstance(err, Cancelled)
        if not self.stopped:
            self.error = self._message(err)
            from desktop.views.common import show_error

            show_error(self, self.error)
        self.previewed.emit()
        super().reject()  # nothing has changed

    def _message(self, err: BaseException) -> str:
        if isinstance(err, KhcdsError):
            return str(err)
        log.error("import preview failed", exc_info=err)
        return self.tr("Không đọc được các tệp: lỗi không mong đợi ({e}); chi tiết đã ghi vào nhật ký.").format(
            e=type(err).__name__
        )

    def reject(self) -> None:
        """Hủy, Esc or closing the dialog: stop the work first, if any, between two files."""
        if self._flag is not None:
            self._flag.cancel()
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(self.tr("Đang dừng sau tệp hiện tại..."))
            return
        if self.applied:
            self.accept()  # something was written: the window refreshes
            return
        super().reject()

    def _fill(self, i: int, it: city.PreviewItem) -> None:
        cells = [
            it.path.name,
            f"{it.unit_code} {it.unit_name}".strip(),
            str(it.year or ""),
            str(it.revision or ""),
            it.outcome.label,
            "",
            "; ".join(([it.message] if it.message else []) + it.warnings),
        ]
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
        self.summary.setText(
            self.tr("{n} tệp. ").format(n=n)
            + "; ".join(parts)
            + ". "
            + (self.tr("Chưa có gì thay đổi; bấm Nhập để ghi các tệp được nhận.") if not self.applied else "")
        )
        self.apply_button.setEnabled(any(it.outcome.applies for it in self.items) and not self.applied)

    def do_apply(self) -> None:
        if self.busy or self.applied:
            return
        flag = self._flag = CancelFlag()
        skip = self._skipped()
        self.apply_button.setEnabled(False)
        self.table.setEnabled(False)  # the key boxes are read when the import starts
        self.progress.setRange(0, 0)
        self.summary.setText(
            self.tr("Đang nhập; mỗi tệp được ghi trọn vẹn hoặc không ghi. Bấm Hủy để dừng sau tệp đang ghi.")
        )
        report = self._reporter(flag, self.tr("Đang nhập tệp {i}/{n}: {name}"))
        store, items = self.store, self.items
        run_in_background(
            lambda emit: city.apply(store, items, skip=skip, progress=report(emit)),
            self._apply_done,
            self._apply_failed,
            self._set_progress,
        )

    def _apply_done(self, applied: list[city.PreviewItem]) -> None:
        self._flag = None
        self.applied = applied
        self.progress.setValue(100)
        self.progress.setFormat(self.tr("Đã nhập {a} tệp").format(a=len(applied)))
        left = sum(1 for it in self.items if it.outcome.applies and not it.applied)
        self.summary.setText(
            self.tr("Đã nhập {a} tệp.").format(a=len(self.applied))
            + (self.tr(" {n} tệp có khóa mới chưa được đối chiếu nên chưa nhập.").format(n=left) if left else "")
        )
        self.apply_button.setEnabled(False)
        self.imported.emit()
        self.show_receipt()
        self.accept()

    def _apply_failed(self, err: BaseException) -> None:
        """Stopped or failed part-way: what was written stays (each file whole); say what was not."""
        self._flag = None
        self.stopped = isinstance(err, Cancelled)
        self.applied = [it for it in self.items if it.applied]
        left = sum(1 for it in self.items if it.outcome.applies and not it.applied)
        head = self.tr("Đã dừng theo yêu cầu.") if self.stopped else self._message(err)
        self.summary.setText(
            head
            + " "
            + self.tr("Đã nhập {a} tệp; {n} tệp chưa nhập (nhập lại để tiếp tục).").format(a=len(self.applied), n=left)
        )
        self.progress.setFormat(self.tr("Đã dừng"))
        self.cancel_button.setText(self.tr("Đóng"))
        self.cancel_button.setEnabled(True)
        if not self.stopped:
            self.error = head
            from desktop.views.common import show_error

            show_error(self, head)
        self.imported.emit()

    def receipt(self) -> str:
        """What happened to each file: received, refused (why), left out (why)."""
        applied = [it for it in self.items if it.applied]
        lines = [
            self.tr("Đã nhận {a} tệp, từ chối {r} tệp.").format(
                a=len(applied), r=sum(1 for it in self.items if not it.applied)
            )
        ]
        for it in self.items:
            if it.applied:
                continue
            if it.outcome.applies and it.new_key:
                why = self.tr(
                    'khóa mới chưa được đánh dấu "đã đối chiếu" (hãy gọi điện cho đơn vị để đối chiếu '
                    "dấu vân tay, đánh dấu ô rồi nhập lại)"
                )
            else:
                why = "; ".join(([it.message] if it.message else []) + it.warnings) or it.outcome.label
            lines.append(f"– {it.path.name}: {why}")
        return "\n".join(lines)

    def show_receipt(self) -> None:
        from desktop.views.common import show_info

        show_info(self, self.receipt(), self.tr("Kết quả nhập"))
