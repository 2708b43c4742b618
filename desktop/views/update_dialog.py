"""The quarterly update of one task: status, percent, note, evidence files or a cited document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import TaskStatus
from desktop.models.period import Period, quarters
from desktop.services import tracking
from desktop.views.common import fmt_period, hint, ok_cancel, pydate, qdate, status_label
from desktop.vn import DATE_EDIT_FORMAT

if TYPE_CHECKING:
    from desktop.models.orm import PlanTask


class UpdateDialog(QDialog):
    """``submitted`` when the user saves; the caller records the update (off the GUI
    thread: evidence files may be large) and closes the dialog when it is done."""

    submitted = Signal()

    def __init__(
        self, task: PlanTask, year: int, today: dt.date, settings: object | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Cập nhật tiến độ nhiệm vụ"))
        self.setMinimumWidth(640)
        lay = QVBoxLayout(self)
        title = QLabel(task.content)
        title.setWordWrap(True)
        f = title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.1)
        title.setFont(f)
        lay.addWidget(title)
        lay.addWidget(
            hint(
                self.tr("Chủ trì: {lead}. Hoàn thành: {finish}. Hiện nay: {status}, {pct}%.").format(
                    lead=task.lead or "—",
                    finish=fmt_period(task.finish) or "—",
                    status=status_label(task.status),
                    pct=task.percent,
                )
            )
        )
        form = QFormLayout()
        lay.addLayout(form)
        self.period = QComboBox()
        self.period.setObjectName("update_period")
        for q in quarters(year):
            self.period.addItem(q.label(), q.code)
        in_year = today.year == year
        current_q = Period.quarter_of(today) if in_year else quarters(year)[-1 if today.year > year else 0]
        self.period.setCurrentIndex(self.period.findData(current_q.code))
        self.on_date = QDateEdit()
        self.on_date.setDisplayFormat(DATE_EDIT_FORMAT)
        self.on_date.setCalendarPopup(True)
        self.on_date.setDate(qdate(today if in_year else current_q.end))
        self.status = QComboBox()
        self.status.setObjectName("update_status")
        for s in (
            TaskStatus.NOT_STARTED,
            TaskStatus.IN_PROGRESS,
            TaskStatus.DONE,
            TaskStatus.LATE,
            TaskStatus.CANCELLED,
        ):
            self.status.addItem(status_label(s), s)
        self.status.setCurrentIndex(
            self.status.findData(TaskStatus.IN_PROGRESS if task.status is TaskStatus.NOT_STARTED else task.status)
        )
        self.percent = QSpinBox()
        self.percent.setObjectName("update_percent")
        self.percent.setRange(0, 100)
        self.percent.setSuffix("%")
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(10)
        prow = QHBoxLayout()
        prow.addWidget(self.percent)
        prow.addWidget(self.slider, 1)
        self.percent.valueChanged.connect(self.slider.setValue)
        self.slider.valueChanged.connect(self.percent.setValue)
        self.percent.setValue(task.percent)
        self.note = QPlainTextEdit()
        self.note.setObjectName("update_note")
        self.note.setPlaceholderText(self.tr("Đã làm được gì, khó khăn, đề xuất..."))
        self.note.setMaximumHeight(90)
        self.note.setTabChangesFocus(True)
        form.addRow(self.tr("&Kỳ báo cáo:"), self.period)
        form.addRow(self.tr("&Ngày cập nhật:"), self.on_date)
        form.addRow(self.tr("&Trạng thái:"), self.status)
        form.addRow(self.tr("Tỷ lệ hoàn thành:"), prow)
        form.addRow(self.tr("&Ghi chú:"), self.note)
        self.status.currentIndexChanged.connect(self._status_changed)

        ev = QGroupBox(self.tr("Minh chứng (không bắt buộc)"))
        el = QVBoxLayout(ev)
        self.files = QListWidget()
        self.files.setObjectName("update_files")
        self.files.setMaximumHeight(80)
        frow = QHBoxLayout()
        add_file = QPushButton(self.tr("Thêm &tệp..."))
        rm_file = QPushButton(self.tr("Bỏ tệp đã chọn"))
        frow.addWidget(add_file)
        frow.addWidget(rm_file)
        frow.addStretch(1)
        el.addWidget(QLabel(self.tr("Tệp (biên bản, ảnh, văn bản scan) — được sao vào thư mục dữ liệu:")))
        el.addWidget(self.files)
        el.addLayout(frow)
        el.addWidget(QLabel(self.tr("Hoặc văn bản đã ban hành:")))
        drow = QHBoxLayout()
        self.doc_number = QLineEdit()
        self.doc_number.setObjectName("update_doc_number")
        self.doc_number.setPlaceholderText(self.tr("Số, ký hiệu: 12/QĐ-UBND"))
        self.doc_date = QDateEdit()
        self.doc_date.setDisplayFormat(DATE_EDIT_FORMAT)
        self.doc_date.setCalendarPopup(True)
        self.doc_date.setDate(self.on_date.date())
        self.doc_summary = QLineEdit()
        self.doc_summary.setPlaceholderText(self.tr("Trích yếu"))
        drow.addWidget(self.doc_number, 2)
        drow.addWidget(self.doc_date, 1)
        drow.addWidget(self.doc_summary, 3)
        el.addLayout(drow)
        lay.addWidget(ev)
        add_file.clicked.connect(self._choose_files)
        rm_file.clicked.connect(lambda: self.files.takeItem(self.files.currentRow()))

        final = hint(
            self.tr(
                "Cập nhật được ghi ngay vào nhật ký tiến độ và không hoàn tác bằng Ctrl+Z; "
                "nếu ghi nhầm, hãy lưu một cập nhật mới cho cùng kỳ."
            )
        )
        final.setObjectName("update_final")
        lay.addWidget(final)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        lay.addWidget(self.progress)
        self.buttons = ok_cancel(self, self.save, save=True)
        lay.addWidget(self.buttons)
        self.status.setFocus()

    def _status_changed(self) -> None:
        s = TaskStatus(self.status.currentData())
        if s is TaskStatus.DONE:
            self.percent.setValue(100)
        elif s is TaskStatus.NOT_STARTED:
            self.percent.setValue(0)

    def _choose_files(self) -> None:
        folder = self.settings.last_folder() if self.settings is not None else ""  # type: ignore[attr-defined]
        paths, _f = QFileDialog.getOpenFileNames(self, self.tr("Chọn tệp minh chứng"), folder)
        if paths and self.settings is not None:
            self.settings.remember_folder(paths[0])  # type: ignore[attr-defined]
        for p in paths:
            self.add_file(Path(p))

    def add_file(self, path: Path) -> None:
        self.files.addItem(str(path))

    def spec(self) -> tracking.UpdateSpec:
        docs = []
        if self.doc_number.text().strip():
            docs.append(
                tracking.CitedDocument(
                    self.doc_number.text().strip(), pydate(self.doc_date.date()), self.doc_summary.text().strip()
                )
            )
        return tracking.UpdateSpec(
            status=TaskStatus(self.status.currentData()),
            percent=self.percent.value(),
            note=self.note.toPlainText(),
            on_date=pydate(self.on_date.date()),
            period=Period.parse(self.period.currentData()),
            files=[Path(self.files.item(i).text()) for i in range(self.files.count())],
            documents=docs,
        )

    def save(self) -> None:
        self.submitted.emit()

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.buttons.setEnabled(not busy)


_ = QDate
