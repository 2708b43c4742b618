"""City mode window: who sent what, who is late, what is behind; import by drag and drop.

Tabs: submission status per unit (filterable), targets across units, tasks by
status per pillar. Files or folders dropped on the window (or chosen with the
buttons) open the import preview; double-clicking a unit opens its plan and
history. Outputs: the tables as XLSX and the consolidated report as DOCX/PDF.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import KhcdsError
from desktop.models.enums import TaskStatus
from desktop.services import city
from desktop.views.import_preview import ImportPreviewDialog
from desktop.vn import format_local, local_date, short_date

STATUS_COLORS = {"on_time": "#e3f4e1", "late": "#fff4d6", "missing": "#fde2e1"}


def _table(headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.setSortingEnabled(False)
    return t


def _set_rows(t: QTableWidget, rows: list[list[Any]], colors: list[str | None] | None = None) -> None:
    t.setSortingEnabled(False)
    t.setRowCount(len(rows))
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            item = QTableWidgetItem()
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                item.setData(Qt.ItemDataRole.DisplayRole, v)
            else:
                item.setText("" if v is None else str(v))
            if colors and colors[i]:
                item.setBackground(QBrush(QColor(colors[i])))
            t.setItem(i, j, item)
    t.setSortingEnabled(True)


class UnitDetailDialog(QDialog):
    """One unit's plan as it sent it, and its history of packages."""

    def __init__(self, detail: city.UnitDetail, year: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("unit_detail")
        self.setWindowTitle(f"{detail.code} {detail.name}")
        from desktop.views.common import fit_window

        fit_window(self, 1000, 600)
        lay = QVBoxLayout(self)
        sub = detail.submission
        if sub is None:
            info = self.tr("Chưa gửi dữ liệu năm {y}.").format(y=year)
        else:
            info = self.tr(
                "Lần gửi {r}, tạo lúc {t}, mẫu {tpl}, trạng thái kế hoạch: {s}. Dấu vân tay khóa: {fp}"
            ).format(
                r=sub["revision"],
                t=format_local(sub["created_at"]),
                tpl=sub["template"],
                s=sub["plan_state"],
                fp=detail.key_fingerprint,
            )
        label = QLabel(info)
        label.setWordWrap(True)
        lay.addWidget(label)
        tabs = QTabWidget()
        self.tasks = _table(
            [
                self.tr("Trụ cột"),
                self.tr("Nhiệm vụ"),
                self.tr("Tình trạng"),
                self.tr("%"),
                self.tr("Hoàn thành"),
                self.tr("Cờ"),
            ],
            "detail_tasks",
        )
        self.tasks.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        data = detail.data or {"tasks": [], "targets": []}
        _set_rows(
            self.tasks,
            [
                [
                    t["pillar"],
                    t["content"],
                    TaskStatus(t["status"]).display,
                    t["percent"],
                    t["finish"] or "",
                    t["flag"] or "",
                ]
                for t in data["tasks"]
                if t["adopted"]
            ],
        )
        tabs.addTab(self.tasks, self.tr("Nhiệm vụ"))
        self.targets = _table(
            [self.tr("Chỉ tiêu"), self.tr("Mức giao"), self.tr("Đơn vị đặt"), self.tr("Số đo gần nhất")],
            "detail_targets",
        )
        self.targets.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = []
        for g in data["targets"]:
            ms = sorted(g["measurements"], key=lambda m: m["period"])
            rows.append(
                [
                    g["text"],
                    g["city_value"] or "",
                    g["value"] or "",
                    f"{ms[-1]['value']} ({ms[-1]['period']})" if ms else "",
                ]
            )
        _set_rows(self.targets, rows)
        tabs.addTab(self.targets, self.tr("Chỉ tiêu"))
        self.history = _table(
            [
                self.tr("Năm"),
                self.tr("Lần gửi"),
                self.tr("Kết quả"),
                self.tr("Tạo lúc"),
                self.tr("Nhận lúc"),
                self.tr("Tệp"),
            ],
            "detail_history",
        )
        _set_rows(
            self.history,
            [
                [
                    h["year"],
                    h["revision"],
                    h["outcome"],
                    format_local(h["created_at"]),
                    format_local(h["received_at"]),
                    h["file_name"],
                ]
                for h in detail.history
            ],
        )
        tabs.addTab(self.history, self.tr("Lịch sử gửi"))
        lay.addWidget(tabs, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        from desktop.views.common import vn_buttons

        vn_buttons(box)
        box.rejected.connect(self.reject)
        lay.addWidget(box)


class CityWindow(QMainWindow):
    """The city's consolidation window over a city data folder."""

    def __init__(self, store: Any, year: int | None = None, today: dt.date | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.setObjectName("city_window")
        self.setAcceptDrops(True)
        self.last_preview: ImportPreviewDialog | None = None
        self.last_detail: UnitDetailDialog | None = None
        years = city.submitted_years(store)
        self.report: city.StatusReport | None = None
        central = QWidget()
        lay = QVBoxLayout(central)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Năm:")))
        self.year = QSpinBox()
        self.year.setObjectName("city_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(year or (years[-1] if years else dt.date.today().year))
        self.year.valueChanged.connect(self.refresh)
        top.addWidget(self.year)
        self.import_files_button = QPushButton(self.tr("Nhập tệp..."))
        self.import_files_button.setObjectName("import_files")
        self.import_files_button.clicked.connect(self._choose_files)
        self.import_folder_button = QPushButton(self.tr("Nhập cả thư mục..."))
        self.import_folder_button.setObjectName("import_folder")
        self.import_folder_button.clicked.connect(self._choose_folder)
        self.xlsx_button = QPushButton(self.tr("Xuất bảng XLSX..."))
        self.xlsx_button.setObjectName("export_xlsx")
        self.xlsx_button.clicked.connect(lambda: self._choose_output("xlsx"))
        self.report_button = QPushButton(self.tr("Báo cáo tổng hợp..."))
        self.report_button.setObjectName("export_report")
        self.report_button.clicked.connect(lambda: self._choose_output("docx"))
        self.template_button = QPushButton(self.tr("Soạn mẫu kế hoạch..."))
        self.template_button.setObjectName("template_editor_button")
        self.template_button.clicked.connect(lambda: self.open_template_editor())
        self.last_editor: Any = None
        for b in (
            self.import_files_button,
            self.import_folder_button,
            self.xlsx_button,
            self.report_button,
            self.template_button,
        ):
            top.addWidget(b)
        top.addStretch(1)
        self.guide_button = QPushButton(self.tr("Hướng dẫn (F1)"))
        self.guide_button.setObjectName("city_guide")
        self.guide_button.clicked.connect(self.open_guide)
        top.addWidget(self.guide_button)
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self, self.open_guide)
        lay.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("city_summary")
        self.summary.setWordWrap(True)
        f = self.summary.font()
        f.setPointSizeF(f.pointSizeF() * 1.15)
        self.summary.setFont(f)
        lay.addWidget(self.summary)
        hint = QLabel(self.tr("Kéo và thả các tệp .khcds (hoặc cả thư mục) vào cửa sổ này để nhập."))
        hint.setStyleSheet("color: #555")
        lay.addWidget(hint)
        self.tabs = QTabWidget()
        # status
        sw = QWidget()
        sl = QVBoxLayout(sw)
        frow = QHBoxLayout()
        self.filter = QComboBox()
        self.filter.setObjectName("status_filter")
        self.filter.addItem(self.tr("Tất cả đơn vị"), None)
        for st in city.SubmissionStatus:
            self.filter.addItem(st.display, st.value)
        self.filter.currentIndexChanged.connect(self._fill_status)
        self.search = QLineEdit()
        self.search.setObjectName("status_search")
        self.search.setPlaceholderText(self.tr("Tìm đơn vị..."))
        self.search.textChanged.connect(self._fill_status)
        frow.addWidget(self.filter)
        frow.addWidget(self.search, 1)
        sl.addLayout(frow)
        self.status_table = _table(
            [
                self.tr("Mã"),
                self.tr("Đơn vị"),
                self.tr("Tình trạng"),
                self.tr("Lần gửi"),
                self.tr("Ngày gửi"),
                self.tr("Số nhiệm vụ"),
                self.tr("Hoàn thành"),
                self.tr("Chậm tiến độ"),
                self.tr("Tỷ lệ BQ (%)"),
            ],
            "status_table",
        )
        self.status_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.status_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.status_table.cellDoubleClicked.connect(self._open_row)
        sl.addWidget(self.status_table, 1)
        self.tabs.addTab(sw, self.tr("Tình hình gửi"))
        self.targets_table = _table(
            [
                self.tr("Chỉ tiêu"),
                self.tr("Cấp"),
                self.tr("Mức giao"),
                self.tr("Số đơn vị"),
                self.tr("Có số liệu"),
                self.tr("Đạt"),
                self.tr("Bình quân"),
                self.tr("Thấp nhất"),
                self.tr("Cao nhất"),
            ],
            "targets_table",
        )
        self.targets_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.targets_table, self.tr("Chỉ tiêu"))
        statuses = list(TaskStatus)
        self.pillars_table = _table(
            [self.tr("Trụ cột"), self.tr("Số đơn vị"), self.tr("Số nhiệm vụ")]
            + [s.display for s in statuses]
            + [self.tr("Tỷ lệ BQ (%)")],
            "pillars_table",
        )
        self.pillars_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.pillars_table, self.tr("Nhiệm vụ theo trụ cột"))
        from desktop.views.city_scores import ScoresPage

        self.scores_page = ScoresPage(store, self)
        self.tabs.addTab(self.scores_page, self.tr("Chấm điểm"))
        lay.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        from desktop.views.common import fit_window

        fit_window(self, 1280, 760)
        self.refresh()

    def open_guide(self) -> None:
        """F1: the user guide, at the chapter on city mode."""
        from desktop.views.guide import GuideDialog

        self.guide = GuideDialog(self, "che-do-thanh-pho")
        self.guide.show()

    # -- data --------------------------------------------------------------------
    def refresh(self) -> None:
        y = self.year.value()
        self.report = city.status(self.store, y, self.today)
        rep = self.report
        c = rep.counts()
        self.setWindowTitle(self.tr("KHCĐS — {p}: tổng hợp năm {y}").format(p=rep.province_name, y=y))
        self.summary.setText(
            self.tr("{p}, năm {y}, hạn gửi {d}: {n} đơn vị — đúng hạn {a}, muộn {b}, chưa gửi {m}.").format(
                p=rep.province_name,
                y=y,
                d=short_date(rep.deadline),
                n=len(rep.units),
                a=c[city.SubmissionStatus.ON_TIME],
                b=c[city.SubmissionStatus.LATE],
                m=c[city.SubmissionStatus.MISSING],
            )
        )
        self._fill_status()
        _set_rows(
            self.targets_table,
            [
                [
                    a.text,
                    a.level,
                    "" if a.city_value is None else f"{a.city_value} {a.unit}",
                    a.units,
                    a.measured,
                    a.met,
                    None if a.average is None else round(a.average, 1),
                    None if a.lowest is None else float(a.lowest),
                    None if a.highest is None else float(a.highest),
                ]
                for a in city.target_aggregates(self.store, y)
            ],
        )
        statuses = list(TaskStatus)
        _set_rows(
            self.pillars_table,
            [
                [p.pillar, p.units, p.tasks]
                + [p.by_status[s] for s in statuses]
                + [None if p.mean_percent is None else round(p.mean_percent, 1)]
                for p in city.task_aggregates(self.store, y, rep.as_of)
            ],
        )
        self.scores_page.refresh()

    def visible_units(self) -> list[city.UnitStatus]:
        if self.report is None:
            return []
        want = self.filter.currentData()
        from desktop.vn import matches

        q = self.search.text().strip()
        return [
            u
            for u in self.report.units
            if (want is None or u.status.value == want) and (not q or matches(q, u.name) or q in u.code)
        ]

    def _fill_status(self) -> None:
        units = self.visible_units()
        rows = [
            [
                u.code,
                u.name,
                u.status.display + (self.tr(" (quá hạn)") if u.overdue else ""),
                u.revision,
                local_date(u.sent_at),
                u.tasks if u.revision else None,
                u.done if u.revision else None,
                u.late_tasks if u.revision else None,
                None if u.mean_percent is None else round(u.mean_percent, 1),
            ]
            for u in units
        ]
        _set_rows(self.status_table, rows, [STATUS_COLORS[u.status.value] for u in units])
        # grouped by status (not sent, late, on time), then by code: who to call first is on top
        self.status_table.sortItems(0, Qt.SortOrder.AscendingOrder)
        self.status_table.sortItems(2, Qt.SortOrder.AscendingOrder)

    # -- import --------------------------------------------------------------------
    def import_paths(self, paths: list[Path], modal: bool = True) -> ImportPreviewDialog | None:
        """Open the preview of ``paths``; the window refreshes when the user imports."""
        try:
            dlg = ImportPreviewDialog(self.store, paths, self)
        except KhcdsError as e:
            from desktop.views.common import show_error

            show_error(self, str(e))
            return None
        self.last_preview = dlg
        dlg.accepted.connect(self.refresh)
        if modal:
            dlg.open()
        return dlg

    def _choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Chọn các tệp của đơn vị"), "", self.tr("Tệp KHCĐS (*.khcds);;Mọi tệp (*)")
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def _choose_folder(self) -> None:
        d = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục chứa các tệp .khcds"))
        if d:
            self.import_paths([Path(d)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- templates -----------------------------------------------------------------------
    def open_template_editor(self, modal: bool = True) -> Any:
        """The province's template editor: write, check and publish a signed template."""
        from desktop.views.template_editor import TemplateEditor

        try:
            dlg = TemplateEditor(self.store, parent=self, today=self.today)
        except KhcdsError as e:
            from desktop.views.common import show_error

            show_error(self, str(e))
            return None
        self.last_editor = dlg
        if modal:
            dlg.open()
        return dlg

    # -- drill-down and outputs --------------------------------------------------------
    def _open_row(self, row: int, _col: int) -> None:
        item = self.status_table.item(row, 0)
        if item is not None:
            self.open_unit(item.text())

    def open_unit(self, code: str, modal: bool = True) -> UnitDetailDialog:
        detail = city.unit_detail(self.store, code, self.year.value())
        dlg = UnitDetailDialog(detail, self.year.value(), self)
        self.last_detail = dlg
        if modal:
            dlg.open()
        return dlg

    def _choose_output(self, fmt: str) -> None:
        y = self.year.value()
        if fmt == "xlsx":
            name, _f = QFileDialog.getSaveFileName(
                self, self.tr("Lưu bảng số liệu"), f"tong-hop-{y}.xlsx", "Excel (*.xlsx)"
            )
        else:
            name, _f = QFileDialog.getSaveFileName(
                self, self.tr("Lưu báo cáo tổng hợp"), f"bao-cao-tong-hop-{y}.docx", "Word (*.docx);;PDF (*.pdf)"
            )
        if name:
            self.write_output(Path(name))

    def write_output(self, out: Path) -> Path | None:
        from desktop.views.common import show_error, show_info

        fmt = out.suffix.lower().lstrip(".")
        try:
            if fmt == "xlsx":
                from desktop.services.city_documents import write_xlsx

                write_xlsx(self.store, self.year.value(), out, self.today)
            else:
                from desktop.services.city_documents import write_report

                write_report(self.store, self.year.value(), out, fmt if fmt in ("docx", "pdf") else "docx", self.today)
        except (KhcdsError, OSError) as e:
            show_error(self, str(e))
            return None
        show_info(self, self.tr("Đã ghi {file}.").format(file=out))
        return out
