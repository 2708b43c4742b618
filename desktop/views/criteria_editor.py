"""The city's criteria set editor: a page of the template editor (city mode).

The officer starts from a built-in or published set (or a blank one), edits the
set's particulars, its groups (main groups with their maxima, bonus and deduction
groups with their caps), its criteria (one row each; the selected criterion's
scoring method, its parameters, the not-applicable rule and the evidence asked are
edited in the panel beside the table) and its grades. Every change is checked at
once with the same rules as ``khcds criteria check``; the maximum total is shown as
it changes. The set is saved as a draft (JSON) or published as a signed package
(``.khcdsc``) by the same path as ``khcds criteria publish``.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import KhcdsError
from desktop.models.scoring import GroupKind, Method
from desktop.services import criteria as csvc
from desktop.services import criteria_packages as cpkg
from desktop.services import scorecards
from desktop.views.common import ask, hint, show_error, show_info
from desktop.vn import format_number, parse_number

PARAMS_ROLE = Qt.ItemDataRole.UserRole + 1
KINDS = [
    (GroupKind.MAIN.value, "Nhóm chính"),
    (GroupKind.BONUS.value, "Điểm thưởng"),
    (GroupKind.DEDUCTION.value, "Điểm trừ"),
]
RHYTHMS = [("monthly", "Hằng tháng"), ("quarterly", "Hằng quý"), ("yearly", "Hằng năm")]
NOT_APPLICABLE = [("", "Luôn áp dụng"), ("reduce_max", "Không tính vào điểm tối đa"), ("full_points", "Tính đủ điểm")]
EVIDENCE = [
    ("file", "Tệp"),
    ("document", "Văn bản (số, ngày)"),
    ("task", "Minh chứng của nhiệm vụ"),
    ("system", "Số liệu hệ thống"),
    ("none", "Không cần"),
]
PREFILL = [
    ("", "Không"),
    ("tasks_on_time", "Nhiệm vụ hoàn thành đúng hạn"),
    ("budget_disbursed", "Kinh phí đã giải ngân"),
    ("targets_met", "Chỉ tiêu đạt"),
]
# the rows table of the method panel: its columns for each method that needs one
ROW_COLUMNS: dict[Method, list[str]] = {
    Method.BANDS: ["Từ giá trị", "Điểm"],
    Method.FORMULA: ["Tên biến", "Tên gọi"],
    Method.ROLE: ["Chức danh", "Tỷ lệ điểm (0-1)"],
    Method.PARTS: ["Mã", "Nội dung", "Tỷ lệ điểm (0-1)"],
}


def _table(headers: list[str], name: str, stretch: int) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    return t


def _cell(t: QTableWidget, row: int, col: int) -> str:
    item = t.item(row, col)
    return " ".join(item.text().split()) if item else ""


def _number(text: str) -> Any:
    """A typed figure as the set's JSON holds it (22,5 -> 22.5; 1.000 -> 1000); left as typed when
    not a number, so that the check names it."""
    if not text.strip():
        return None
    try:
        d = parse_number(text)
    except (ValueError, InvalidOperation):
        return text.strip()
    if not d.is_finite():
        return text.strip()
    return int(d) if d == d.to_integral_value() else float(d)


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return format_number(Decimal(str(value)))
    return str(value)


def _combo(name: str, choices: list[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for key, label in choices:
        box.addItem(label, key)
    return box


class CriteriaEditor(QWidget):
    """Edit a criteria set; ``data()`` is what would be published."""

    C_ID, C_GROUP, C_TEXT, C_MAX, C_METHOD = range(5)
    G_ID, G_NAME, G_KIND, G_MAX, G_NOTE = range(5)

    def __init__(self, store: Any, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criteria_editor")
        self.store = store
        self.today = today or dt.date.today()
        self.problem: str | None = None
        self.proposed_version = 1
        self.last_result: cpkg.PublishResult | None = None
        self._loading = False
        self._current_row = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.validate_now)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self._head())
        split = QSplitter(Qt.Orientation.Horizontal)
        self.parts = QTabWidget()
        self.parts.setObjectName("criteria_parts")
        self.parts.addTab(self._criteria_page(), self.tr("Tiêu chí"))
        self.parts.addTab(self._groups_page(), self.tr("Nhóm, điểm thưởng, điểm trừ"))
        self.parts.addTab(self._grades_page(), self.tr("Xếp loại"))
        split.addWidget(self.parts)
        scroll = QScrollArea()  # the panel scrolls rather than push the window past a 768-pixel screen
        scroll.setObjectName("criteria_method_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._method_panel())
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)
        self.total_label = QLabel()
        self.total_label.setObjectName("criteria_total")
        self.total_label.setWordWrap(True)
        lay.addWidget(self.total_label)
        self.status = QLabel()
        self.status.setObjectName("criteria_status")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Mở bộ tiêu chí đã có..."))
        self.start_button.setObjectName("criteria_start")
        self.start_button.clicked.connect(self._choose_set)
        self.open_button = QPushButton(self.tr("Mở bản thảo..."))
        self.open_button.setObjectName("criteria_open")
        self.open_button.clicked.connect(self._open_draft)
        self.save_button = QPushButton(self.tr("Lưu bản thảo..."))
        self.save_button.setObjectName("criteria_save")
        self.save_button.clicked.connect(self._save_draft)
        self.publish_button = QPushButton(self.tr("Phát hành bộ tiêu chí có chữ ký..."))
        self.publish_button.setObjectName("criteria_publish")
        self.publish_button.clicked.connect(self._publish_clicked)
        for b in (self.start_button, self.open_button, self.save_button):
            b.setAutoDefault(False)
            row.addWidget(b)
        row.addStretch(1)
        self.publish_button.setAutoDefault(False)
        row.addWidget(self.publish_button)
        lay.addLayout(row)
        self.load(self.blank())

    # -- building the page ---------------------------------------------------------------------
    def _head(self) -> QWidget:
        box = QWidget()
        g = QGridLayout(box)
        g.setContentsMargins(0, 0, 0, 0)
        self.set_id = QLineEdit()
        self.set_id.setObjectName("criteria_id")
        self.set_id.setPlaceholderText(self.tr("ví dụ: dti-xa-2026"))
        self.version = QSpinBox()
        self.version.setObjectName("criteria_version")
        self.version.setRange(1, 999)
        self.title = QLineEdit()
        self.title.setObjectName("criteria_title")
        self.title.setPlaceholderText(self.tr("ví dụ: Bộ chỉ số đánh giá chuyển đổi số cấp xã năm 2026"))
        self.issuer = QLineEdit()
        self.issuer.setObjectName("criteria_issuer")
        self.document = QLineEdit()
        self.document.setObjectName("criteria_document")
        self.document.setPlaceholderText(self.tr("ví dụ: 469/QĐ-UBND"))
        self.document_date = QLineEdit()
        self.document_date.setObjectName("criteria_document_date")
        self.document_date.setPlaceholderText(self.tr("ví dụ: 2026-02-10"))
        self.rhythm = _combo("criteria_rhythm", RHYTHMS)
        self.deadline = QSpinBox()
        self.deadline.setObjectName("criteria_deadline")
        self.deadline.setRange(0, 28)
        self.deadline.setSpecialValueText(self.tr("không có"))
        self.total_max = QLineEdit()
        self.total_max.setObjectName("criteria_total_max")
        self.total_max.setMaximumWidth(90)
        self.report_format = _combo("criteria_format", [("nd30", "Nghị định 30"), ("party", "Văn bản của Đảng")])
        cells: list[tuple[str, QWidget]] = [
            (self.tr("Mã bộ:"), self.set_id),
            (self.tr("Phiên bản:"), self.version),
            (self.tr("Kỳ đánh giá:"), self.rhythm),
            (self.tr("Hạn gửi (trước ngày):"), self.deadline),
            (self.tr("Tên bộ tiêu chí:"), self.title),
            (self.tr("Tổng điểm tối đa:"), self.total_max),
            (self.tr("Thể thức báo cáo:"), self.report_format),
            (self.tr("Cơ quan ban hành:"), self.issuer),
            (self.tr("Số văn bản:"), self.document),
            (self.tr("Ngày văn bản:"), self.document_date),
        ]
        places = [(0, 0, 1), (0, 2, 1), (0, 4, 1), (0, 6, 1), (1, 0, 3), (1, 4, 1), (1, 6, 1), (2, 0, 3), (2, 4, 1)]
        places.append((2, 6, 1))
        for (label, w), (r, c, span) in zip(cells, places, strict=True):
            g.addWidget(QLabel(label), r, c)
            g.addWidget(w, r, c + 1, 1, span)
        for w in (self.set_id, self.title, self.issuer, self.document, self.document_date, self.total_max):
            w.textEdited.connect(self._changed)
        self.set_id.editingFinished.connect(self._propose_version)
        for sb in (self.version, self.deadline):
            sb.valueChanged.connect(self._changed)
        for cb in (self.rhythm, self.report_format):
            cb.currentIndexChanged.connect(self._changed)
        return box

    def _criteria_page(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.criteria = _table(
            [
                self.tr("Mã"),
                self.tr("Nhóm"),
                self.tr("Nội dung tiêu chí"),
                self.tr("Điểm tối đa"),
                self.tr("Cách tính"),
            ],
            "criteria_table",
            self.C_TEXT,
        )
        self.criteria.setColumnWidth(self.C_ID, 50)
        self.criteria.setColumnWidth(self.C_GROUP, 55)
        self.criteria.setColumnWidth(self.C_MAX, 90)
        self.criteria.setColumnWidth(self.C_METHOD, 130)
        self.criteria.itemChanged.connect(self._criteria_edited)
        self.criteria.currentCellChanged.connect(lambda r, *_a: self._show_criterion(r))
        lay.addWidget(self.criteria, 1)
        lay.addLayout(self._row_buttons(self.criteria, self.add_criterion, "criterion"))
        return w

    def _groups_page(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(
            hint(
                self.tr(
                    "Nhóm chính: điểm tối đa của nhóm. Điểm thưởng, điểm trừ: mức tối đa được cộng, bị trừ "
                    "(để trống nếu không giới hạn)."
                )
            )
        )
        self.groups = _table(
            [self.tr("Mã"), self.tr("Tên nhóm"), self.tr("Loại"), self.tr("Điểm tối đa"), self.tr("Ghi chú")],
            "criteria_groups",
            self.G_NAME,
        )
        self.groups.setColumnWidth(self.G_ID, 60)
        self.groups.setColumnWidth(self.G_KIND, 140)
        self.groups.setColumnWidth(self.G_MAX, 90)
        self.groups.itemChanged.connect(self._changed)
        lay.addWidget(self.groups, 1)
        lay.addLayout(self._row_buttons(self.groups, self.add_group, "group"))
        return w

    def _grades_page(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(hint(self.tr("Xếp loại theo tổng điểm: đạt từ số điểm ghi trở lên.")))
        self.grades = _table([self.tr("Xếp loại"), self.tr("Từ tổng điểm")], "criteria_grades", 0)
        self.grades.itemChanged.connect(self._changed)
        lay.addWidget(self.grades, 1)
        lay.addLayout(self._row_buttons(self.grades, self.add_grade, "grade"))
        return w

    def _row_buttons(self, table: QTableWidget, add: Any, name: str) -> QHBoxLayout:
        row = QHBoxLayout()
        plus = QPushButton(self.tr("Thêm dòng"))
        plus.setObjectName(f"add_{name}")
        plus.setAutoDefault(False)
        plus.clicked.connect(lambda: add())
        minus = QPushButton(self.tr("Xóa dòng"))
        minus.setObjectName(f"remove_{name}")
        minus.setAutoDefault(False)
        minus.clicked.connect(lambda: self._remove_row(table))
        row.addWidget(plus)
        row.addWidget(minus)
        row.addStretch(1)
        return row

    def _method_panel(self) -> QWidget:
        box = QGroupBox(self.tr("Cách tính của tiêu chí đang chọn"))
        box.setObjectName("criteria_method_panel")
        outer = QVBoxLayout(box)
        self.method_form = QFormLayout()
        self.method = _combo("criteria_method", [(m.value, m.label) for m in Method])
        self.method.currentIndexChanged.connect(self._method_changed)
        self.method_form.addRow(self.tr("Cách tính:"), self.method)
        self.p_a = QLineEdit()
        self.p_a.setObjectName("param_a")
        self.p_a.setPlaceholderText(self.tr("ví dụ: Số máy tính kết nối"))
        self.p_b = QLineEdit()
        self.p_b.setObjectName("param_b")
        self.p_b.setPlaceholderText(self.tr("ví dụ: Tổng số máy tính"))
        self.p_full = QLineEdit()
        self.p_full.setObjectName("param_full_at_pct")
        self.p_full.setPlaceholderText("100")
        self.p_expr = QLineEdit()
        self.p_expr.setObjectName("param_expr")
        self.p_expr.setPlaceholderText(self.tr("ví dụ: 100 - (qua_han + dislike)"))
        self.p_per = QLineEdit()
        self.p_per.setObjectName("param_per_item")
        self.p_else = QLineEdit()
        self.p_else.setObjectName("param_else")
        self.p_value_is = _combo("param_value_is", [("pct", "Tỷ lệ (%)"), ("points", "Điểm")])
        self.p_source = QLineEdit()
        self.p_source.setObjectName("param_source")
        self.p_source.setPlaceholderText(self.tr("ví dụ: Hệ thống điều phối"))
        self.p_unit = QLineEdit()
        self.p_unit.setObjectName("param_unit")
        self.p_unit.setPlaceholderText(self.tr("ví dụ: cuộc"))
        self.p_prefill = _combo("param_prefill", PREFILL)
        self.p_na = _combo("param_not_applicable", NOT_APPLICABLE)
        self.p_rows = QTableWidget(0, 2)
        self.p_rows.setObjectName("param_rows")
        self.p_rows.verticalHeader().setVisible(False)
        self.p_rows.horizontalHeader().setStretchLastSection(True)
        self.p_rows.setMinimumHeight(110)
        self.p_rows_buttons = QWidget()
        rb = QHBoxLayout(self.p_rows_buttons)
        rb.setContentsMargins(0, 0, 0, 0)
        add_row = QPushButton(self.tr("Thêm"))
        add_row.setObjectName("param_add_row")
        add_row.setAutoDefault(False)
        add_row.clicked.connect(lambda: self.p_rows.insertRow(self.p_rows.rowCount()))
        del_row = QPushButton(self.tr("Xóa"))
        del_row.setObjectName("param_remove_row")
        del_row.setAutoDefault(False)
        del_row.clicked.connect(lambda: self._remove_param_row())
        rb.addWidget(add_row)
        rb.addWidget(del_row)
        rb.addStretch(1)
        self.method_form.addRow(self.tr("Tử số (a):"), self.p_a)
        self.method_form.addRow(self.tr("Mẫu số (b):"), self.p_b)
        self.method_form.addRow(self.tr("Công thức (%):"), self.p_expr)
        self.method_form.addRow(self.tr("Đủ điểm từ (%):"), self.p_full)
        self.method_form.addRow(self.tr("Điểm mỗi đơn vị:"), self.p_per)
        self.method_form.addRow(self.tr("Số liệu nhập là:"), self.p_value_is)
        self.method_form.addRow(self.tr("Các dòng:"), self.p_rows)
        self.method_form.addRow("", self.p_rows_buttons)
        self.method_form.addRow(self.tr("Điểm khi không đạt mức nào:"), self.p_else)
        self.method_form.addRow(self.tr("Lấy số liệu từ kế hoạch:"), self.p_prefill)
        self.method_form.addRow(self.tr("Nguồn số liệu:"), self.p_source)
        self.method_form.addRow(self.tr("Đơn vị tính:"), self.p_unit)
        self.method_form.addRow(self.tr("Khi không áp dụng:"), self.p_na)
        outer.addLayout(self.method_form)
        outer.addWidget(QLabel(self.tr("Minh chứng cần có:")))
        self.evidence = QTableWidget(0, 2)
        self.evidence.setObjectName("criteria_evidence")
        self.evidence.setHorizontalHeaderLabels([self.tr("Loại"), self.tr("Nội dung")])
        self.evidence.verticalHeader().setVisible(False)
        self.evidence.horizontalHeader().setStretchLastSection(True)
        self.evidence.setColumnWidth(0, 150)
        self.evidence.setMinimumHeight(70)
        outer.addWidget(self.evidence, 1)
        eb = QHBoxLayout()
        add_ev = QPushButton(self.tr("Thêm minh chứng"))
        add_ev.setObjectName("add_evidence")
        add_ev.setAutoDefault(False)
        add_ev.clicked.connect(lambda: self.add_evidence("file", ""))
        del_ev = QPushButton(self.tr("Xóa minh chứng"))
        del_ev.setObjectName("remove_evidence")
        del_ev.setAutoDefault(False)
        del_ev.clicked.connect(self._remove_evidence)
        eb.addWidget(add_ev)
        eb.addWidget(del_ev)
        eb.addStretch(1)
        outer.addLayout(eb)
        for e in (self.p_a, self.p_b, self.p_full, self.p_expr, self.p_per, self.p_else, self.p_source, self.p_unit):
            e.textEdited.connect(self._panel_edited)
        for c in (self.p_value_is, self.p_prefill, self.p_na):
            c.currentIndexChanged.connect(self._panel_edited)
        self.p_rows.itemChanged.connect(self._panel_edited)
        self.evidence.itemChanged.connect(self._panel_edited)
        box.setEnabled(False)
        self.panel = box
        return box

    # -- rows ----------------------------------------------------------------------------------
    def _add_row(self, table: QTableWidget, values: list[Any]) -> int:
        was = self._loading
        self._loading = True
        r = table.rowCount()
        table.insertRow(r)
        for c, v in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(_shown(v)))
        self._loading = was
        return r

    def _remove_row(self, table: QTableWidget) -> None:
        r = table.currentRow()
        if r < 0:
            return
        table.removeRow(r)
        if table is self.criteria:
            self._current_row = -1
            self._show_criterion(table.currentRow())
        self._changed()

    def add_group(self, gid: str = "", name: str = "", kind: str = "main", mx: Any = None, note: str = "") -> int:
        r = self._add_row(self.groups, [gid, name, "", mx, note])
        kind_box = _combo(f"group_kind_{r}", KINDS)
        kind_box.setCurrentIndex(max(0, kind_box.findData(kind)))
        kind_box.currentIndexChanged.connect(self._changed)
        self.groups.setCellWidget(r, self.G_KIND, kind_box)
        self.groups.setCurrentCell(r, self.G_ID if not gid else self.G_NAME)
        self._changed()
        return r

    def add_criterion(self, data: dict[str, Any] | None = None) -> int:
        c = data or {"id": "", "group": self._last_group(), "text": "", "max": None, "method": "binary", "params": {}}
        method = c.get("method") if c.get("method") in {m.value for m in Method} else "binary"
        r = self._add_row(self.criteria, [c.get("id"), c.get("group"), c.get("text"), c.get("max"), ""])
        was = self._loading
        self._loading = True
        item = self.criteria.item(r, self.C_METHOD)
        assert item is not None
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        item.setText(Method(method).label)
        extra = {k: c[k] for k in ("not_applicable", "evidence", "source", "unit") if c.get(k) is not None}
        item.setData(PARAMS_ROLE, {"method": method, "params": dict(c.get("params") or {}), **extra})
        self._loading = was
        self.criteria.setCurrentCell(r, self.C_ID if not c.get("id") else self.C_TEXT)
        self._changed()
        return r

    def add_grade(self, name: str = "", at_least: Any = None) -> int:
        r = self._add_row(self.grades, [name, at_least])
        self.grades.setCurrentCell(r, 0)
        self._changed()
        return r

    def add_evidence(self, kind: str, text: str) -> int:
        """A new evidence request for the selected criterion (the button)."""
        r = self._evidence_row(kind, text)
        self.evidence.setCurrentCell(r, 1)
        self._panel_edited()
        return r

    def _evidence_row(self, kind: str, text: str) -> int:
        was = self._loading
        self._loading = True
        r = self.evidence.rowCount()
        self.evidence.insertRow(r)
        box = _combo(f"evidence_kind_{r}", EVIDENCE)
        box.setCurrentIndex(max(0, box.findData(kind)))
        box.currentIndexChanged.connect(self._panel_edited)
        self.evidence.setCellWidget(r, 0, box)
        self.evidence.setItem(r, 1, QTableWidgetItem(text))
        self._loading = was
        return r

    def _remove_evidence(self) -> None:
        r = self.evidence.currentRow()
        if r >= 0:
            self.evidence.removeRow(r)
            self._panel_edited()

    def _remove_param_row(self) -> None:
        r = self.p_rows.currentRow()
        if r >= 0:
            self.p_rows.removeRow(r)
            self._panel_edited()

    def _last_group(self) -> str:
        for r in range(self.groups.rowCount() - 1, -1, -1):
            if self._kind(r) == "main" and _cell(self.groups, r, self.G_ID):
                return _cell(self.groups, r, self.G_ID)
        return ""

    def _kind(self, r: int) -> str:
        box = self.groups.cellWidget(r, self.G_KIND)
        return str(box.currentData()) if isinstance(box, QComboBox) else "main"

    # -- the selected criterion's panel ----------------------------------------------------------
    def _extra(self, r: int) -> dict[str, Any]:
        item = self.criteria.item(r, self.C_METHOD)
        got = item.data(PARAMS_ROLE) if item is not None else None
        return dict(got) if isinstance(got, dict) else {"method": "binary", "params": {}}

    def _show_criterion(self, r: int) -> None:
        self._current_row = r
        self.panel.setEnabled(r >= 0)
        if r < 0:
            return
        ex = self._extra(r)
        p = ex.get("params") or {}
        was = self._loading
        self._loading = True
        self.method.setCurrentIndex(max(0, self.method.findData(ex.get("method"))))
        self.p_a.setText(str(p.get("a", "")))
        self.p_b.setText(str(p.get("b", "")))
        self.p_full.setText(_shown(p.get("full_at_pct")))
        self.p_expr.setText(str(p.get("expr", "")))
        self.p_per.setText(_shown(p.get("per_item")))
        self.p_else.setText(_shown(p.get("else")))
        self.p_value_is.setCurrentIndex(max(0, self.p_value_is.findData(p.get("value_is", "pct"))))
        self.p_prefill.setCurrentIndex(max(0, self.p_prefill.findData(p.get("prefill") or "")))
        self.p_na.setCurrentIndex(max(0, self.p_na.findData(ex.get("not_applicable") or "")))
        self.p_source.setText(str(ex.get("source") or ""))
        self.p_unit.setText(str(ex.get("unit") or ""))
        self._fill_rows(Method(ex.get("method", "binary")), p)
        self.evidence.setRowCount(0)
        for ev in ex.get("evidence") or []:
            if isinstance(ev, dict):
                self._evidence_row(str(ev.get("kind", "file")), str(ev.get("text", "")))
        self._loading = was
        self._show_fields(Method(ex.get("method", "binary")))

    def _fill_rows(self, method: Method, p: dict[str, Any]) -> None:
        cols = ROW_COLUMNS.get(method, ["", ""])
        self.p_rows.setRowCount(0)
        self.p_rows.setColumnCount(len(cols))
        self.p_rows.setHorizontalHeaderLabels([self.tr(c) for c in cols])
        rows: list[list[Any]] = []
        if method is Method.BANDS:
            rows = [list(b) for b in p.get("bands") or [] if isinstance(b, list)]
        elif method is Method.FORMULA:
            rows = [[k, v] for k, v in dict(p.get("variables") or {}).items()]
        elif method is Method.ROLE:
            rows = [[k, v] for k, v in dict(p.get("options") or {}).items()]
        elif method is Method.PARTS:
            rows = [[x.get("id"), x.get("text"), x.get("share")] for x in p.get("parts") or [] if isinstance(x, dict)]
        for values in rows:
            r = self.p_rows.rowCount()
            self.p_rows.insertRow(r)
            for c, v in enumerate(values):
                self.p_rows.setItem(r, c, QTableWidgetItem(_shown(v)))

    def _show_fields(self, method: Method) -> None:
        M = Method
        visible = {
            self.p_a: method in (M.RATIO, M.RATIO_THRESHOLD),
            self.p_b: method in (M.RATIO, M.RATIO_THRESHOLD),
            self.p_expr: method is M.FORMULA,
            self.p_full: method in (M.RATIO_THRESHOLD, M.FORMULA, M.SYSTEM),
            self.p_per: method is M.COUNT,
            self.p_value_is: method is M.SYSTEM,
            self.p_rows: method in ROW_COLUMNS,
            self.p_rows_buttons: method in ROW_COLUMNS,
            self.p_else: method is M.BANDS,
            self.p_source: method is M.SYSTEM,
        }
        for w, on in visible.items():
            self.method_form.setRowVisible(w, on)

    def _method_changed(self) -> None:
        if self._loading or self._current_row < 0:
            return
        method = Method(self.method.currentData())
        was = self._loading
        self._loading = True
        self._fill_rows(method, {})
        self._loading = was
        self._show_fields(method)
        self._panel_edited()

    def _panel_params(self) -> dict[str, Any]:
        method = Method(self.method.currentData())
        p: dict[str, Any] = {}
        rows = [
            [_cell(self.p_rows, r, c) for c in range(self.p_rows.columnCount())] for r in range(self.p_rows.rowCount())
        ]
        rows = [x for x in rows if any(x)]
        if method in (Method.RATIO, Method.RATIO_THRESHOLD):
            p["a"], p["b"] = self.p_a.text().strip(), self.p_b.text().strip()
        if method in (Method.RATIO_THRESHOLD, Method.FORMULA, Method.SYSTEM) and self.p_full.text().strip():
            p["full_at_pct"] = _number(self.p_full.text())
        if method is Method.FORMULA:
            p["expr"] = self.p_expr.text().strip()
            p["variables"] = {x[0]: x[1] for x in rows}
        if method is Method.COUNT and self.p_per.text().strip():
            p["per_item"] = _number(self.p_per.text())
        if method is Method.SYSTEM:
            p["value_is"] = self.p_value_is.currentData()
        if method is Method.BANDS:
            p["bands"] = [[_number(x[0]), _number(x[1])] for x in rows]
            if self.p_else.text().strip():
                p["else"] = _number(self.p_else.text())
        if method is Method.ROLE:
            p["options"] = {x[0]: _number(x[1]) for x in rows}
        if method is Method.PARTS:
            p["parts"] = [{"id": x[0], "text": x[1], "share": _number(x[2])} for x in rows]
        if self.p_prefill.currentData():
            p["prefill"] = self.p_prefill.currentData()
        return p

    def _panel_edited(self, *_a: Any) -> None:
        r = self._current_row
        if self._loading or r < 0 or r >= self.criteria.rowCount():
            return
        method = str(self.method.currentData())
        ex: dict[str, Any] = {"method": method, "params": self._panel_params()}
        if self.p_na.currentData():
            ex["not_applicable"] = self.p_na.currentData()
        if self.p_source.text().strip():
            ex["source"] = self.p_source.text().strip()
        if self.p_unit.text().strip():
            ex["unit"] = self.p_unit.text().strip()
        evidence = []
        for er in range(self.evidence.rowCount()):
            box = self.evidence.cellWidget(er, 0)
            kind = box.currentData() if isinstance(box, QComboBox) else "file"
            evidence.append({"kind": kind, "text": _cell(self.evidence, er, 1)})
        if evidence:
            ex["evidence"] = evidence
        was = self._loading
        self._loading = True
        item = self.criteria.item(r, self.C_METHOD)
        assert item is not None
        item.setData(PARAMS_ROLE, ex)
        item.setText(Method(method).label)
        self._loading = was
        self._changed()

    def _criteria_edited(self, *_a: Any) -> None:
        self._changed()

    # -- the set as data -----------------------------------------------------------------------
    def blank(self) -> dict[str, Any]:
        return {
            "format": csvc.FORMAT,
            "id": f"bo-tieu-chi-{self.today.year}",
            "version": 1,
            "title": "",
            "issuer": "",
            "rhythm": "quarterly",
            "deadline_day": None,
            "total_max": None,
            "format_document": "nd30",
            "groups": [],
            "criteria": [],
            "grades": [],
        }

    def load(self, data: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.base = dict(data)
            self.set_id.setText(str(data.get("id") or ""))
            self.version.setValue(int(data.get("version") or 1) if str(data.get("version", 1)).isdigit() else 1)
            self.title.setText(str(data.get("title") or ""))
            self.issuer.setText(str(data.get("issuer") or ""))
            self.document.setText(str(data.get("document") or ""))
            self.document_date.setText(str(data.get("document_date") or ""))
            self.rhythm.setCurrentIndex(max(0, self.rhythm.findData(data.get("rhythm"))))
            dd = data.get("deadline_day")
            self.deadline.setValue(dd if isinstance(dd, int) and 0 <= dd <= 28 else 0)
            self.total_max.setText(_shown(data.get("total_max")))
            self.report_format.setCurrentIndex(max(0, self.report_format.findData(data.get("format_document", "nd30"))))
            for t in (self.groups, self.criteria, self.grades):
                t.setRowCount(0)
            self._current_row = -1
            for g in data.get("groups") or []:
                if isinstance(g, dict):
                    self.add_group(
                        str(g.get("id") or ""),
                        str(g.get("name") or ""),
                        str(g.get("kind") or "main"),
                        g.get("max"),
                        str(g.get("note") or ""),
                    )
            for c in data.get("criteria") or []:
                if isinstance(c, dict):
                    self.add_criterion(c)
            for gr in data.get("grades") or []:
                if isinstance(gr, dict):
                    self.add_grade(str(gr.get("name") or ""), gr.get("at_least"))
        finally:
            self._loading = False
        self.criteria.setCurrentCell(0 if self.criteria.rowCount() else -1, self.C_TEXT)
        self._show_criterion(self.criteria.currentRow())
        self._propose_version()
        self.validate_now()

    def data(self) -> dict[str, Any]:
        """The set as its JSON form (what the check reads and the package carries)."""
        d: dict[str, Any] = {
            "format": csvc.FORMAT,
            "id": self.set_id.text().strip(),
            "version": self.version.value(),
            "title": self.title.text().strip(),
            "issuer": self.issuer.text().strip(),
            "document": self.document.text().strip() or None,
            "document_date": self.document_date.text().strip() or None,
            "province": self.base.get("province"),
            "rhythm": self.rhythm.currentData(),
            "deadline_day": self.deadline.value() or None,
            "total_max": _number(self.total_max.text()),
            "format_document": self.report_format.currentData(),
        }
        if self.base.get("notes"):
            d["notes"] = list(self.base["notes"])
        groups = []
        for r in range(self.groups.rowCount()):
            g: dict[str, Any] = {"id": _cell(self.groups, r, self.G_ID), "name": _cell(self.groups, r, self.G_NAME)}
            kind = self._kind(r)
            if kind != "main":
                g["kind"] = kind
            g["max"] = _number(_cell(self.groups, r, self.G_MAX))
            if _cell(self.groups, r, self.G_NOTE):
                g["note"] = _cell(self.groups, r, self.G_NOTE)
            groups.append(g)
        d["groups"] = groups
        criteria = []
        for r in range(self.criteria.rowCount()):
            ex = self._extra(r)
            c: dict[str, Any] = {
                "id": _cell(self.criteria, r, self.C_ID),
                "group": _cell(self.criteria, r, self.C_GROUP),
                "text": _cell(self.criteria, r, self.C_TEXT),
                "max": _number(_cell(self.criteria, r, self.C_MAX)),
                "method": ex.get("method", "binary"),
                "params": ex.get("params") or {},
            }
            for k in ("not_applicable", "evidence", "source", "unit"):
                if ex.get(k):
                    c[k] = ex[k]
            criteria.append(c)
        d["criteria"] = criteria
        d["grades"] = [
            {"name": _cell(self.grades, r, 0), "at_least": _number(_cell(self.grades, r, 1))}
            for r in range(self.grades.rowCount())
        ]
        return d

    # -- checking as the officer types -----------------------------------------------------------
    def _changed(self, *_a: Any) -> None:
        if not self._loading:
            self._timer.start()

    def _propose_version(self) -> None:
        key = self.set_id.text().strip()
        if not key:
            self.proposed_version = 1
            return
        with self.store.transaction() as s:
            self.proposed_version = scorecards.next_version(s, key)
        if self.version.value() < self.proposed_version:
            self.version.setValue(self.proposed_version)
        self._changed()

    def validate_now(self) -> str | None:
        """Check the set now (the rules of ``khcds criteria check``); the total is shown as it stands."""
        self._timer.stop()
        d = self.data()
        self.total_label.setText(self._totals(d))
        problem: str | None = None
        if self.version.value() < self.proposed_version:
            problem = self.tr("Phiên bản {v} đã có: bộ tiêu chí mới phải là phiên bản {p}.").format(
                v=self.version.value(), p=self.proposed_version
            )
        else:
            try:
                cs = csvc.parse(d)
            except KhcdsError as e:
                problem = str(e)
            else:
                if cs.unknown_maxima:
                    problem = self.tr("Tiêu chí {id} chưa có điểm tối đa: các xã chưa chấm được.").format(
                        id=", ".join(c.id for c in cs.unknown_maxima[:5])
                    )
        self.problem = problem
        if problem:
            self.status.setText(self.tr("Chưa phát hành được: {p}").format(p=problem))
            self.status.setStyleSheet("color: #b71c1c;")
        else:
            self.status.setText(
                self.tr("Bộ tiêu chí hợp lệ: {n} tiêu chí trong {g} nhóm.").format(
                    n=len(d["criteria"]), g=len(d["groups"])
                )
            )
            self.status.setStyleSheet("color: #1b5e20;")
        self.publish_button.setEnabled(problem is None)
        return problem

    def _totals(self, d: dict[str, Any]) -> str:
        """The maximum total as the groups and criteria now give it."""

        def num(x: Any) -> Decimal | None:
            try:
                return Decimal(str(x)) if x is not None and not isinstance(x, bool) else None
            except InvalidOperation:
                return None

        main = bonus = deduction = Decimal(0)
        for g in d["groups"]:
            items = [num(c["max"]) for c in d["criteria"] if c["group"] == g["id"]]
            gmax = num(g["max"])
            if gmax is None:
                gmax = sum((x for x in items if x is not None), Decimal(0))
            if g.get("kind") == "bonus":
                bonus += gmax
            elif g.get("kind") == "deduction":
                deduction += gmax
            else:
                main += gmax
        criteria_sum = Decimal(0)
        for c in d["criteria"]:
            x = num(c["max"])
            if x is not None and self._main(d, c["group"]):
                criteria_sum += x
        declared = num(d["total_max"])
        return self.tr(
            "Điểm tối đa: các nhóm chính cộng lại {m} (các tiêu chí {c}; tổng ghi ở trên {t}); "
            "điểm thưởng tối đa {b}; điểm trừ tối đa {d}."
        ).format(
            m=format_number(main),
            c=format_number(criteria_sum),
            t=format_number(declared) if declared is not None else "—",
            b=format_number(bonus),
            d=format_number(deduction),
        )

    @staticmethod
    def _main(d: dict[str, Any], gid: str) -> bool:
        return any(g["id"] == gid and g.get("kind", "main") == "main" for g in d["groups"])

    # -- actions -------------------------------------------------------------------------------
    def set_choices(self) -> list[tuple[str, str]]:
        """(label, key) of the sets the city can start from: built-in, published or imported."""
        with self.store.transaction() as s:
            sets = scorecards.list_sets(s)
        return [
            (f"{x.key} — {self.tr('phiên bản')} {x.version}: {x.title[:80]}{'…' if len(x.title) > 80 else ''}", x.key)
            for x in sets
        ]

    def _choose_set(self) -> None:
        choices = self.set_choices()
        label, ok = QInputDialog.getItem(
            self, self.tr("Mở bộ tiêu chí đã có"), self.tr("Bộ tiêu chí:"), [c[0] for c in choices], 0, False
        )
        if ok:
            self.start_from(dict(choices)[label])

    def start_from(self, key: str) -> bool:
        """The next version of a stored set, to edit."""
        try:
            with self.store.transaction() as s:
                d = scorecards.draft_from(s, key)
        except KhcdsError as e:
            show_error(self, str(e))
            return False
        self.load(d)
        return True

    def _save_draft(self) -> None:
        name, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Lưu bản thảo bộ tiêu chí"),
            f"{self.set_id.text().strip() or 'bo-tieu-chi'}.json",
            self.tr("Bản thảo bộ tiêu chí (*.json)"),
        )
        if name:
            self.save_draft(Path(name))

    def save_draft(self, out: Path) -> bool:
        from desktop.fsutil import atomic_write_bytes

        try:
            atomic_write_bytes(out, (json.dumps(self.data(), ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
        except OSError as e:
            show_error(self, self.tr("Không ghi được {file}: {err}").format(file=out, err=e.strerror))
            return False
        return True

    def _open_draft(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self, self.tr("Mở bản thảo bộ tiêu chí"), "", self.tr("Bản thảo bộ tiêu chí (*.json)")
        )
        if name:
            self.open_draft(Path(name))

    def open_draft(self, path: Path) -> bool:
        try:
            raw = path.read_bytes()
            data = json.loads(raw.decode("utf-8-sig")) if len(raw) <= 5_000_000 else None
            if not isinstance(data, dict) or data.get("format") != csvc.FORMAT:
                raise ValueError
        except (OSError, ValueError, RecursionError):
            show_error(self, self.tr("Tệp {file} không phải bản thảo bộ tiêu chí (JSON).").format(file=path.name))
            return False
        self.load(data)
        return True

    def _publish_clicked(self) -> None:
        d = self.data()
        name, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Lưu gói bộ tiêu chí có chữ ký"),
            f"{d['id'] or 'bo-tieu-chi'}-v{d['version']}.khcdsc",
            self.tr("Gói bộ tiêu chí (*.khcdsc)"),
        )
        if name:
            self.publish(Path(name))

    def publish(self, out: Path) -> cpkg.PublishResult | None:
        if self.validate_now():
            show_error(self, self.tr("Bộ tiêu chí còn lỗi, chưa phát hành:") + "\n" + str(self.problem))
            return None
        d = self.data()
        if not ask(
            self,
            self.tr(
                "Phát hành bộ tiêu chí {id} phiên bản {v} ({n} tiêu chí, tối đa {t} điểm), ký bằng khóa của "
                "thư mục này? Các xã, phường sẽ nhập gói này."
            ).format(id=d["id"], v=d["version"], n=len(d["criteria"]), t=format_number(Decimal(str(d["total_max"])))),
            self.tr("Phát hành bộ tiêu chí"),
        ):
            return None
        try:
            r = cpkg.publish_data(self.store, d, out)
        except KhcdsError as e:
            show_error(self, str(e))
            return None
        self.last_result = r
        show_info(
            self,
            self.tr(
                "Đã phát hành bộ tiêu chí {id} phiên bản {v}: {file}.\nDấu vân tay khóa ký (đọc cho các xã khi "
                "họ gọi điện đối chiếu): {fp}"
            ).format(id=r.set_id, v=r.version, file=r.path, fp=r.fingerprint),
        )
        self.base = {**d, "province": self.base.get("province")}
        self._propose_version()
        self.validate_now()
        return r
