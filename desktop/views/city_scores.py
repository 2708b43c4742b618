"""Chấm điểm in the city window: the self-assessments received, ranked; the assessor's adjustments
with reasons; a unit's points period by period; the scoring report and table."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import KhcdsError
from desktop.services import city_scoring, scorecards
from desktop.views.common import ok_cancel, show_error, show_info
from desktop.vn import format_number, format_points

ADJUSTED_BG = QColor("#fff2cc")


class AdjustDialog(QDialog):
    """The assessor's points for one criterion of one unit, with the reason."""

    def __init__(self, unit_name: str, criteria: list[tuple[str, str, Decimal | None]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thẩm định điểm: {unit}").format(unit=unit_name))
        form = QFormLayout(self)
        self.criterion = QComboBox()
        self.criterion.setObjectName("adjust_criterion")
        self.criterion.setMaximumWidth(560)
        self._max: dict[str, float] = {}
        for cid, text, mx in criteria:
            if mx is not None:
                self._max[cid] = float(mx)
                self.criterion.addItem(f"{cid}. {text[:70]} (tối đa {format_points(mx)})", cid)
        self.points = QDoubleSpinBox()
        self.points.setObjectName("adjust_points")
        self.points.setDecimals(2)
        self.criterion.currentIndexChanged.connect(lambda _i: self._limit())
        self.reason = QLineEdit()
        self.reason.setObjectName("adjust_reason")
        self.reason.setPlaceholderText(self.tr("ví dụ: biên bản chỉ có 2 cuộc họp"))
        form.addRow(self.tr("Tiêu chí:"), self.criterion)
        form.addRow(self.tr("Điểm thẩm định:"), self.points)
        form.addRow(self.tr("Lý do (bắt buộc):"), self.reason)
        box = ok_cancel(self)
        form.addRow(box)
        self._limit()

    def _limit(self) -> None:
        self.points.setRange(0, self._max.get(self.criterion.currentData(), 0.0))


class ScoresPage(QWidget):
    """The city's scoring tab."""

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._sets: list[city_scoring.ReceivedSet] = []
        self._ranks: list[city_scoring.UnitScore] = []
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Bộ tiêu chí:")))
        self.set_box = QComboBox()
        self.set_box.setObjectName("scores_set")
        self.set_box.setMinimumWidth(360)
        top.addWidget(self.set_box, 1)
        top.addWidget(QLabel(self.tr("Kỳ:")))
        self.period_box = QComboBox()
        self.period_box.setObjectName("scores_period")
        self.period_box.setMinimumWidth(120)
        top.addWidget(self.period_box)
        lay.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("scores_summary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("scores_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Hạng"),
                self.tr("Mã"),
                self.tr("Đơn vị"),
                self.tr("Điểm tự chấm"),
                self.tr("Điểm thẩm định"),
                self.tr("Xếp loại"),
                self.tr("Tiêu chí chưa chấm"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        self.trend = QLabel()
        self.trend.setObjectName("scores_trend")
        self.trend.setWordWrap(True)
        lay.addWidget(self.trend)
        row = QHBoxLayout()
        self.adjust_button = QPushButton(self.tr("&Thẩm định tiêu chí..."))
        self.adjust_button.setObjectName("scores_adjust")
        self.report_button = QPushButton(self.tr("Báo cáo &chấm điểm..."))
        self.report_button.setObjectName("scores_report")
        self.xlsx_button = QPushButton(self.tr("Bảng &điểm XLSX..."))
        self.xlsx_button.setObjectName("scores_xlsx")
        for b in (self.adjust_button, self.report_button, self.xlsx_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.set_box.currentIndexChanged.connect(lambda _i: self._fill_periods())
        self.period_box.currentIndexChanged.connect(lambda _i: self._fill_ranks())
        self.table.currentCellChanged.connect(lambda *_a: self._show_trend())
        self.adjust_button.clicked.connect(lambda: self.adjust())
        self.report_button.clicked.connect(lambda: self.save_output("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save_output("xlsx"))

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        with self.store.transaction() as s:
            self._sets = city_scoring.received(s)
        keep = self.set_box.currentData()
        blocker = QSignalBlocker(self.set_box)
        self.set_box.clear()
        for rs in self._sets:
            self.set_box.addItem(f"{rs.title} ({rs.key})", rs.key)
        if keep is not None and self.set_box.findData(keep) >= 0:
            self.set_box.setCurrentIndex(self.set_box.findData(keep))
        del blocker
        self._fill_periods()

    def _current_set(self) -> city_scoring.ReceivedSet | None:
        key = self.set_box.currentData()
        return next((rs for rs in self._sets if rs.key == key), None)

    def _fill_periods(self) -> None:
        rs = self._current_set()
        keep = self.period_box.currentData()
        blocker = QSignalBlocker(self.period_box)
        self.period_box.clear()
        for p in rs.periods if rs else []:
            self.period_box.addItem(scorecards.period_label(p), p)
        if self.period_box.count():
            i = self.period_box.findData(keep)
            self.period_box.setCurrentIndex(i if i >= 0 else self.period_box.count() - 1)
        del blocker
        self._fill_ranks()

    def _fill_ranks(self) -> None:
        rs, period = self._current_set(), self.period_box.currentData()
        self._ranks = []
        if rs is not None and period is not None:
            try:
                with self.store.transaction() as s:
                    self._ranks = city_scoring.ranking(s, rs.key, period)
                    summ = city_scoring.summary(s, rs.key, period) if self._ranks else None
            except KhcdsError as e:
                show_error(self, e.message)
                summ = None
        else:
            summ = None
        self.table.setRowCount(len(self._ranks))
        for r, u in enumerate(self._ranks):
            cells = [
                str(u.rank),
                u.unit_code,
                u.unit_name,
                format_points(u.self_total),
                format_points(u.total),
                u.grade or "",
                str(u.missing) if u.missing else "",
            ]
            for c, text in enumerate(cells):
                it = QTableWidgetItem(text)
                if c != 2:
                    it.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if u.adjusted and c == 4:
                    it.setBackground(QBrush(ADJUSTED_BG))
                    it.setToolTip(
                        "; ".join(
                            f"{cid}: {format_points(own)} → {format_points(new)} ({why})"
                            for cid, (own, new, why) in sorted(u.adjusted.items())
                        )
                    )
                self.table.setItem(r, c, it)
        if summ is None:
            self.summary.setText(
                self.tr("Chưa nhận bản tự chấm điểm nào. Bản tự chấm đi kèm tệp kế hoạch năm của các đơn vị.")
            )
        else:
            self.summary.setText(
                self.tr("{n} đơn vị; điểm bình quân {avg} (chỉ số {norm}); cao nhất {hi}, thấp nhất {lo}.").format(
                    n=summ.units,
                    avg=format_points(summ.average),
                    norm=format_number(summ.average_normalised, 4),
                    hi=format_points(summ.highest),
                    lo=format_points(summ.lowest),
                )
            )
        self._show_trend()

    def _selected(self) -> city_scoring.UnitScore | None:
        r = self.table.currentRow()
        return self._ranks[r] if 0 <= r < len(self._ranks) else None

    def _show_trend(self) -> None:
        u, rs = self._selected(), self._current_set()
        if u is None or rs is None:
            self.trend.setText("")
            return
        with self.store.transaction() as s:
            rows = city_scoring.trend(s, rs.key, u.unit_code)
        self.trend.setText(
            self.tr("Điểm của {unit} qua các kỳ: {rows}").format(
                unit=u.unit_name, rows="; ".join(f"{scorecards.period_label(p)}: {format_points(t)}" for p, t in rows)
            )
        )

    # -- writing -----------------------------------------------------------------------------
    def adjust(self) -> None:
        u, rs, period = self._selected(), self._current_set(), self.period_box.currentData()
        if u is None or rs is None or period is None:
            show_info(self, self.tr("Hãy chọn một đơn vị trong bảng trước."))
            return
        dlg = AdjustDialog(u.unit_name, rs.criteria, self)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.criterion.currentData() is None:
            return
        try:
            with self.store.transaction() as s:
                city_scoring.adjust(
                    s,
                    u.unit_code,
                    rs.key,
                    period,
                    dlg.criterion.currentData(),
                    Decimal(str(round(dlg.points.value(), 2))),
                    dlg.reason.text(),
                )
        except KhcdsError as e:
            show_error(self, e.message)
            return
        code = u.unit_code
        self._fill_ranks()
        for r, x in enumerate(self._ranks):
            if x.unit_code == code:
                self.table.setCurrentCell(r, 0)

    def save_output(self, fmt: str) -> None:
        rs, period = self._current_set(), self.period_box.currentData()
        if rs is None or period is None:
            show_info(self, self.tr("Chưa có bản tự chấm điểm nào để lập báo cáo."))
            return
        name = f"cham-diem-{rs.key}-{period}.{fmt}"
        filters = {"pdf": self.tr("Tệp PDF (*.pdf);;Tệp Word (*.docx)"), "xlsx": self.tr("Bảng tính Excel (*.xlsx)")}
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Lưu"), str(Path.home() / name), filters[fmt])
        if not path:
            return
        out = Path(path)
        chosen = out.suffix.lower().lstrip(".") if out.suffix.lower() in (".pdf", ".docx", ".xlsx") else fmt
        try:
            data = city_scoring.render(self.store, rs.key, period, chosen)
            from desktop.fsutil import atomic_write_bytes

            atomic_write_bytes(out, data)
        except KhcdsError as e:
            show_error(self, e.message)
            return
        except OSError as e:
            show_error(self, self.tr("Không ghi được tệp {file}: {err}").format(file=out, err=e.strerror or ""))
            return
        show_info(self, self.tr("Đã lưu {file}").format(file=out))
