"""The province's template editor (city mode): write a plan template, check it as you type, publish it signed.

Tabs follow the plan: the document (issuer, kind, number, date, title, period,
signer), legal bases and objectives, section texts, targets, groups and tasks (one
row per task, like the province's own task table; a task table can be read from
XLSX or DOCX), budget lines and reporting duties. Every change is checked at once:
the list at the bottom says, in Vietnamese, which field is wrong and what the right
form looks like. "Chạy thử" says what would be published and writes nothing;
"Phát hành..." signs the package with the version the program proposes.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import KhcdsError
from desktop.models.deadline import EXAMPLE as DEADLINE_EXAMPLE
from desktop.models.deadline import Deadline
from desktop.models.enums import Level
from desktop.services import table_import as ti
from desktop.services import templates as tsvc
from desktop.views.common import ask, hint, show_error, show_info
from desktop.vn import short_date

if TYPE_CHECKING:
    from desktop.services.templates import PublishResult

BAD = QColor("#fde2e1")
KINDS = ["KH", "QĐ", "CTr", "ĐA"]
SECTION_KEYS = [
    "purpose",
    "requirements",
    "objectives",
    "tasks",
    "solutions",
    "roadmap",
    "funding",
    "organisation",
    "priorities",
    "assessment",
    "promulgation",
    "other",
]
FREQUENCIES = [
    ("plan", "Lập kế hoạch"),
    ("month", "Hằng tháng"),
    ("quarter", "Hằng quý"),
    ("half_year", "6 tháng"),
    ("year", "Hằng năm"),
    ("adhoc", "Đột xuất"),
]
DIRECTIONS = [("at_least", "Tối thiểu"), ("at_most", "Tối đa"), ("exact", "Đúng bằng")]


def _table(headers: list[str], name: str, stretch: int) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setWordWrap(True)
    t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    return t


def _cell(t: QTableWidget, row: int, col: int) -> str:
    item = t.item(row, col)
    return " ".join(item.text().split()) if item else ""


def _cell_text(t: QTableWidget, row: int, col: int) -> str:
    item = t.item(row, col)
    return item.text() if item else ""


def _set(t: QTableWidget, row: int, col: int, value: Any) -> QTableWidgetItem:
    item = QTableWidgetItem("" if value is None else str(value))
    t.setItem(row, col, item)
    return item


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [" ".join(x.split()) for x in edit.toPlainText().splitlines() if x.strip()]


def _or_none(text: str) -> str | None:
    return text or None


class TemplateEditor(QDialog):
    """Edit a template document; ``data`` is what would be published."""

    # task table columns
    T_GNUM, T_GTITLE, T_NUM, T_CONTENT, T_REF, T_LEAD, T_CO, T_PRODUCT, T_DEADLINE, T_COMMUNE, T_UNITS, T_CLEAD = range(
        12
    )

    def __init__(
        self, store: Any, data: dict[str, Any] | None = None, parent: Any = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        from desktop.services import city

        self.store = store
        self.setObjectName("template_editor")
        self.setWindowTitle(self.tr("Soạn mẫu kế hoạch của tỉnh, thành phố"))
        from desktop.errors import UserError

        self.province = city.province_code(store)
        if self.province == 0:
            raise UserError(
                self.tr(
                    "Thư mục tổng hợp toàn quốc không phát hành mẫu kế hoạch: mẫu do từng tỉnh, thành phố phát hành."
                )
            )
        year = (today or dt.date.today()).year
        self.base: dict[str, Any] = data or ti.blank_draft(
            self.province, f"mau-{year}", period={"start": year, "end": year}
        )
        self.base.setdefault("province_code", self.province)
        self.problems: list[str] = []
        self.warnings: list[str] = []
        self.last_result: PublishResult | None = None
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.validate_now)

        lay = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._document_tab(), self.tr("Văn bản"))
        self.tabs.addTab(self._bases_tab(), self.tr("Căn cứ, mục tiêu"))
        self.tabs.addTab(self._sections_tab(), self.tr("Nội dung"))
        self.tabs.addTab(self._targets_tab(), self.tr("Chỉ tiêu"))
        self.tabs.addTab(self._tasks_tab(), self.tr("Nhiệm vụ"))
        self.tabs.addTab(self._budget_tab(), self.tr("Kinh phí"))
        self.tabs.addTab(self._reporting_tab(), self.tr("Chế độ báo cáo"))
        from desktop.views.criteria_editor import CriteriaEditor

        self.criteria_editor = CriteriaEditor(store, self, today=today)  # its own checks, draft and publish
        self.tabs.addTab(self.criteria_editor, self.tr("Bộ tiêu chí chấm điểm"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tabs)
        low = QWidget()
        ll = QVBoxLayout(low)
        ll.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel()
        self.status.setObjectName("template_status")
        self.status.setWordWrap(True)
        ll.addWidget(self.status)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("template_problems")
        self.problem_list.setWordWrap(True)
        self.problem_list.itemActivated.connect(lambda item: self.goto_problem(item.text()))
        self.problem_list.itemClicked.connect(lambda item: self.goto_problem(item.text()))
        ll.addWidget(self.problem_list, 1)
        split.addWidget(low)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Mở bản thảo..."))
        self.open_button.setObjectName("open_draft")
        self.open_button.clicked.connect(self._open_draft)
        self.from_button = QPushButton(self.tr("Phiên bản mới của mẫu đã có..."))
        self.from_button.setObjectName("from_template")
        self.from_button.clicked.connect(self._choose_template)
        self.save_button = QPushButton(self.tr("Lưu bản thảo..."))
        self.save_button.setObjectName("save_draft")
        self.save_button.clicked.connect(self._save_draft)
        self.dry_button = QPushButton(self.tr("Chạy thử (không ghi gì)"))
        self.dry_button.setObjectName("dry_run")
        self.dry_button.clicked.connect(self.dry_run)
        self.publish_button = QPushButton(self.tr("Phát hành có chữ ký..."))
        self.publish_button.setObjectName("publish")
        self.publish_button.clicked.connect(self._publish_clicked)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.reject)
        for b in (self.from_button, self.open_button, self.save_button):
            b.setAutoDefault(False)
            row.addWidget(b)
        row.addStretch(1)
        for b in (self.dry_button, self.publish_button, close):
            b.setAutoDefault(False)
            row.addWidget(b)
        lay.addLayout(row)
        self._template_only = [low, self.open_button, self.from_button, self.save_button, self.dry_button]
        self._template_only.append(self.publish_button)
        self.tabs.currentChanged.connect(self._tab_changed)
        from desktop.views.common import fit_window

        fit_window(self, 1300, 740)  # less on a 1366x768 screen (taskbar, title bar)
        self.load(self.base)

    def _tab_changed(self, index: int) -> None:
        """The criteria page has its own checks and buttons: the template's are hidden there."""
        on_template = self.tabs.widget(index) is not self.criteria_editor
        for w in self._template_only:
            w.setVisible(on_template)

    # -- tabs ------------------------------------------------------------------------------
    def _document_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.tpl_id = QLineEdit()
        self.tpl_id.setObjectName("tpl_id")
        self.tpl_id.setPlaceholderText(self.tr("ví dụ: ls-12-2026"))
        vrow = QHBoxLayout()
        self.version = QSpinBox()
        self.version.setObjectName("tpl_version")
        self.version.setRange(1, 9999)
        self.version_hint = hint("")
        vrow.addWidget(self.version)
        vrow.addWidget(self.version_hint, 1)
        self.kind = QComboBox()
        self.kind.addItems(KINDS)
        self.number = QLineEdit()
        self.number.setObjectName("tpl_number")
        self.number.setPlaceholderText(self.tr("ví dụ: 12/KH-UBND"))
        self.date = QLineEdit()
        self.date.setObjectName("tpl_date")
        self.date.setPlaceholderText(self.tr("ngày/tháng/năm, ví dụ 15/01/2026"))
        self.issuer = QLineEdit()
        self.place = QLineEdit()
        self.title = QLineEdit()
        self.title.setObjectName("tpl_title")
        self.period = QLineEdit()
        self.period.setObjectName("tpl_period")
        self.period.setPlaceholderText(self.tr("2026, 2026-2030 hoặc 01/01/2026-31/12/2026"))
        self.authority = QLineEdit()
        self.deputy = QLineEdit()
        self.signer_title = QLineEdit()
        self.signer_name = QLineEdit()
        self.signer_name.setObjectName("tpl_signer")
        self.recipients = QPlainTextEdit()
        self.recipients.setPlaceholderText(self.tr("Mỗi nơi nhận một dòng"))
        for label, widget in (
            (self.tr("Mã mẫu:"), self.tpl_id),
            (self.tr("Phiên bản:"), vrow),
            (self.tr("Loại văn bản:"), self.kind),
            (self.tr("Số, ký hiệu:"), self.number),
            (self.tr("Ngày ban hành:"), self.date),
            (self.tr("Cơ quan ban hành:"), self.issuer),
            (self.tr("Địa danh:"), self.place),
            (self.tr("Trích yếu:"), self.title),
            (self.tr("Thời kỳ:"), self.period),
            (self.tr("Thẩm quyền ký:"), self.authority),
            (self.tr("Ký thay:"), self.deputy),
            (self.tr("Chức vụ người ký:"), self.signer_title),
            (self.tr("Họ tên người ký:"), self.signer_name),
            (self.tr("Nơi nhận:"), self.recipients),
        ):
            form.addRow(label, widget)
        for e in (
            self.tpl_id,
            self.number,
            self.date,
            self.issuer,
            self.place,
            self.title,
            self.period,
            self.authority,
            self.deputy,
            self.signer_title,
            self.signer_name,
        ):
            e.textChanged.connect(self._changed)
        self.tpl_id.textChanged.connect(self._propose_version)
        self.version.valueChanged.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._changed)
        self.recipients.textChanged.connect(self._changed)
        return w

    def _bases_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(QLabel(self.tr("Căn cứ (mỗi văn bản một dòng):")))
        self.bases = QPlainTextEdit()
        self.bases.setObjectName("tpl_bases")
        lay.addWidget(self.bases, 1)
        lay.addWidget(QLabel(self.tr("Mục tiêu chung (mỗi ý một dòng):")))
        self.objectives = QPlainTextEdit()
        lay.addWidget(self.objectives, 1)
        self.bases.textChanged.connect(self._changed)
        self.objectives.textChanged.connect(self._changed)
        return w

    def _sections_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.sections = _table(
            [self.tr("Loại"), self.tr("Số"), self.tr("Tiêu đề"), self.tr("Nội dung")], "tpl_sections", 3
        )
        lay.addWidget(self.sections, 1)
        lay.addLayout(self._row_buttons(self.sections, lambda: self._add_row(self.sections, ["purpose", "", "", ""])))
        self.sections.itemChanged.connect(self._changed)
        return w

    def _targets_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.targets = _table(
            [
                self.tr("Mã"),
                self.tr("Nhóm"),
                self.tr("Chỉ tiêu"),
                self.tr("Đơn vị tính"),
                self.tr("Chiều (tối thiểu, tối đa, đúng bằng)"),
                self.tr("Mức cấp xã"),
                self.tr("Mức cấp tỉnh"),
            ],
            "tpl_targets",
            2,
        )
        lay.addWidget(self.targets, 1)
        lay.addLayout(
            self._row_buttons(
                self.targets,
                lambda: self._add_row(
                    self.targets, [f"CT-{self.targets.rowCount() + 1:02d}", "", "", "%", "Tối thiểu", "", ""]
                ),
            )
        )
        self.targets.itemChanged.connect(self._changed)
        return w

    def _tasks_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(
            hint(
                self.tr(
                    'Mỗi dòng một nhiệm vụ; các dòng cùng số nhóm là một nhóm. Thời hạn: {ex}. Cấp xã: ghi "x" nếu '
                    "giao cho mọi xã, phường; Đơn vị: mã xã khi chỉ giao cho một vài xã."
                ).format(ex=DEADLINE_EXAMPLE)
            )
        )
        self.tasks = _table(
            [
                self.tr("Nhóm"),
                self.tr("Tên nhóm"),
                self.tr("STT"),
                self.tr("Nhiệm vụ"),
                self.tr("NV cấp trên"),
                self.tr("Chủ trì"),
                self.tr("Phối hợp"),
                self.tr("Sản phẩm"),
                self.tr("Thời hạn"),
                self.tr("Cấp xã"),
                self.tr("Đơn vị (mã)"),
                self.tr("Chủ trì ở cấp xã"),
            ],
            "tpl_tasks",
            self.T_CONTENT,
        )
        lay.addWidget(self.tasks, 1)
        buttons = self._row_buttons(self.tasks, self.add_task)
        self.table_button = QPushButton(self.tr("Đọc bảng nhiệm vụ (XLSX, DOCX)..."))
        self.table_button.setObjectName("read_table")
        self.table_button.setAutoDefault(False)
        self.table_button.clicked.connect(self._choose_table)
        buttons.insertWidget(2, self.table_button)
        lay.addLayout(buttons)
        self.tasks.itemChanged.connect(self._changed)
        return w

    def _budget_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.budget_note = hint("")
        lay.addWidget(self.budget_note)
        self.budget = _table([self.tr("Nhóm"), self.tr("Nội dung"), self.tr("Kinh phí (triệu đồng)")], "tpl_budget", 1)
        lay.addWidget(self.budget, 1)
        lay.addLayout(self._row_buttons(self.budget, lambda: self._add_row(self.budget, ["", "", ""])))
        self.budget.itemChanged.connect(self._budget_edited)
        return w

    def _reporting_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.reporting = _table([self.tr("Kỳ"), self.tr("Hạn (ngày/tháng)"), self.tr("Nội dung")], "tpl_reporting", 2)
        lay.addWidget(self.reporting, 1)
        lay.addLayout(
            self._row_buttons(self.reporting, lambda: self._add_row(self.reporting, ["Hằng năm", "15/12", ""]))
        )
        self.reporting.itemChanged.connect(self._changed)
        return w

    def _row_buttons(self, table: QTableWidget, add: Any) -> QHBoxLayout:
        row = QHBoxLayout()
        a = QPushButton(self.tr("Thêm dòng"))
        a.setObjectName(f"{table.objectName()}_add")
        d = QPushButton(self.tr("Xóa dòng"))
        d.setObjectName(f"{table.objectName()}_remove")
        for b in (a, d):
            b.setAutoDefault(False)
        a.clicked.connect(add)
        d.clicked.connect(lambda: self._remove_row(table))
        row.addWidget(a)
        row.addWidget(d)
        row.addStretch(1)
        return row

    def _add_row(self, table: QTableWidget, values: list[Any]) -> int:
        r = table.rowCount()
        table.insertRow(r)
        for c, v in enumerate(values):
            _set(table, r, c, v)
        table.setCurrentCell(r, 0)
        self._changed()
        return r

    def _remove_row(self, table: QTableWidget) -> None:
        r = table.currentRow()
        if r >= 0:
            table.removeRow(r)
            if table is self.budget:
                self._budget_dirty = True
            self._changed()

    def add_task(self) -> int:
        r = self.tasks.rowCount()
        prev = [_cell(self.tasks, r - 1, c) for c in (self.T_GNUM, self.T_GTITLE)] if r else ["I", ""]
        num = _cell(self.tasks, r - 1, self.T_NUM) if r else "0"
        nxt = str(int(num) + 1) if num.isdigit() else "1"
        return self._add_row(self.tasks, [prev[0], prev[1], nxt, "", "", "", "", "", "", "x", "", ""])

    # -- load --------------------------------------------------------------------------------
    def load(self, data: dict[str, Any]) -> None:
        """Show a template document (a draft, a published template, a table just read)."""
        self._loading = True
        self.base = copy.deepcopy(data)
        d = self.base
        doc = d["document"]
        self.tpl_id.setText(d.get("id", ""))
        self.version.setValue(int(d.get("version", 1)))
        self.kind.setCurrentText(doc.get("kind", "KH"))
        self.number.setText(doc.get("number", ""))
        date = doc.get("date")
        self.date.setText(short_date(dt.date.fromisoformat(date)) if date else "")
        self.issuer.setText(doc.get("issuer", ""))
        self.place.setText(doc.get("place", ""))
        self.title.setText(doc.get("title", ""))
        per = d.get("period", {})
        if per.get("from") and per.get("to"):
            a, b = dt.date.fromisoformat(per["from"]), dt.date.fromisoformat(per["to"])
            self.period.setText(f"{short_date(a)}-{short_date(b)}")
        elif per.get("start") == per.get("end"):
            self.period.setText(str(per.get("start", "")))
        else:
            self.period.setText(f"{per.get('start')}-{per.get('end')}")
        signer = doc.get("signer") or {}
        self.authority.setText(signer.get("authority", ""))
        self.deputy.setText(signer.get("deputy_prefix") or "")
        self.signer_title.setText(signer.get("title", ""))
        self.signer_name.setText(signer.get("name", ""))
        self.recipients.setPlainText("\n".join(doc.get("recipients", [])))
        self.bases.setPlainText("\n".join(d.get("legal_bases", [])))
        self.objectives.setPlainText("\n".join(d.get("general_objectives", [])))
        self.sections.setRowCount(0)
        for sec in d.get("sections", []):
            self._add_row(
                self.sections, [sec["key"], sec.get("number") or "", sec["title"], "\n".join(sec["paragraphs"])]
            )
        self.targets.setRowCount(0)
        for t in d.get("targets", []):
            direction = dict(DIRECTIONS).get(t["direction"], t["direction"])
            self._add_row(
                self.targets,
                [
                    t["id"],
                    t["group"],
                    t["text"],
                    t["unit"],
                    direction,
                    t["values"].get(Level.COMMUNE.value) or t["values"].get("all") or "",
                    t["values"].get(Level.CITY.value) or "",
                ],
            )
        self.tasks.setRowCount(0)
        for g in d.get("task_groups", []):
            for t in g["tasks"]:
                dl = Deadline.from_dict(t.get("deadline")) if t.get("deadline") else None
                r = self._add_row(
                    self.tasks,
                    [
                        g.get("number") or "",
                        g["title"],
                        t.get("number") or "",
                        t["content"],
                        t.get("superior_ref"),
                        t.get("lead"),
                        t.get("coordinating"),
                        t.get("product"),
                        t.get("period_text") or (dl.label() if dl else ""),
                        "x" if Level.COMMUNE.value in t["levels"] else "",
                        ", ".join(t.get("units", [])),
                        (t.get("commune") or {}).get("lead"),
                    ],
                )
                for col, ref in ((self.T_GNUM, g["id"]), (self.T_NUM, t["id"])):
                    cell = self.tasks.item(r, col)
                    assert cell is not None  # the row was just filled
                    cell.setData(Qt.ItemDataRole.UserRole, ref)
        self.budget.setRowCount(0)
        budget = d.get("budget")
        simple = budget is None or (len(budget["sections"]) == 1 and len(budget["sections"][0]["columns"]) == 1)
        for sec in (budget or {}).get("sections", []):
            col = sec["columns"][0]["key"]
            for g in sec["groups"]:
                for ln in g["lines"]:
                    self._add_row(self.budget, [g["title"], ln["task"], ln["amounts"].get(col) or ""])
        self.budget_note.setText(
            ""
            if simple
            else self.tr(
                "Bảng kinh phí của mẫu có nhiều phần hoặc nhiều cột: giữ nguyên như bản gốc; sửa ở đây thì bảng được "
                'thay bằng một cột "Kinh phí".'
            )
        )
        self._budget_dirty = False
        self.reporting.setRowCount(0)
        for rep in d.get("reporting", []):
            deadline = ""
            if rep.get("deadline"):
                m, day = rep["deadline"].split("-")
                deadline = f"{int(day)}/{int(m)}"
            self._add_row(
                self.reporting, [dict(FREQUENCIES).get(rep["frequency"], rep["frequency"]), deadline, rep["text"]]
            )
        self._loading = False
        self._propose_version()
        self.validate_now()

    # -- collect -----------------------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        """The template document as the editor now shows it (fields it does not show are kept)."""
        d = copy.deepcopy(self.base)
        d["format"], d["schema_version"] = "khcds-template", 1
        d["id"] = self.tpl_id.text().strip()
        d["version"] = self.version.value()
        d["province_code"] = self.province
        doc = d.setdefault("document", {})
        doc["kind"] = self.kind.currentText()
        doc["number"] = self.number.text().strip()
        doc["date"] = self._iso_date(self.date.text())
        doc["issuer"] = self.issuer.text().strip()
        doc["place"] = self.place.text().strip()
        doc["title"] = self.title.text().strip()
        doc.setdefault("parent_body", None)
        doc["signer"] = {
            "authority": self.authority.text().strip(),
            "deputy_prefix": _or_none(self.deputy.text().strip()),
            "title": self.signer_title.text().strip(),
            "name": self.signer_name.text().strip(),
        }
        doc["recipients"] = _lines(self.recipients)
        d["period"] = self._period(self.period.text())
        d["legal_bases"] = _lines(self.bases)
        d["general_objectives"] = _lines(self.objectives)
        base_sections = self.base.get("sections", [])
        sections = []
        for r in range(self.sections.rowCount()):
            sec = copy.deepcopy(base_sections[r]) if r < len(base_sections) else {}
            sec.update(
                key=_cell(self.sections, r, 0),
                number=_or_none(_cell(self.sections, r, 1)),
                title=_cell(self.sections, r, 2),
                paragraphs=[x.strip() for x in _cell_text(self.sections, r, 3).splitlines() if x.strip()],
            )
            sections.append(sec)
        d["sections"] = sections
        d["targets"] = self._targets()
        d["task_groups"] = self._groups(d["period"].get("start") if isinstance(d["period"], dict) else None)
        if self._budget_dirty:
            d["budget"] = self._budget()
        d["reporting"] = self._reporting()
        levels = set(d.get("levels") or [])
        levels.add(Level.CITY.value)
        if any(Level.COMMUNE.value in t["levels"] for g in d["task_groups"] for t in g["tasks"]) or any(
            Level.COMMUNE.value in t["binds"] for t in d["targets"]
        ):
            levels.add(Level.COMMUNE.value)
        d["levels"] = [lv.value for lv in Level if lv.value in levels]
        return d

    def _iso_date(self, text: str) -> str | None:
        t = text.strip()
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", t)
        if m:
            try:
                return dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
            except ValueError:
                return t  # the schema says what is wrong with it
        return t or None

    def _period(self, text: str) -> Any:
        t = text.strip()
        m = re.fullmatch(r"(\d{1,2}/\d{1,2}/\d{4})\s*-\s*(\d{1,2}/\d{1,2}/\d{4})", t)
        if m:
            a, b = self._iso_date(m[1]), self._iso_date(m[2])
            t = f"{a}..{b}"
        try:
            return ti.parse_period(t)
        except KhcdsError:
            return {"start": t, "end": t}  # not a year: the check names the field with an example

    def _targets(self) -> list[dict[str, Any]]:
        base = {t["id"]: t for t in self.base.get("targets", [])}
        out = []
        for r in range(self.targets.rowCount()):
            tid = _cell(self.targets, r, 0)
            t = copy.deepcopy(base.get(tid, {}))
            words = {v: k for k, v in DIRECTIONS}
            direction = _cell(self.targets, r, 4)
            values = {
                k: v for k, v in t.get("values", {}).items() if k not in (Level.COMMUNE.value, Level.CITY.value, "all")
            }
            if _cell(self.targets, r, 5):
                values[Level.COMMUNE.value] = _cell(self.targets, r, 5).replace(",", ".")
            if _cell(self.targets, r, 6):
                values[Level.CITY.value] = _cell(self.targets, r, 6).replace(",", ".")
            t.update(
                id=tid,
                group=_cell(self.targets, r, 1),
                text=_cell(self.targets, r, 2),
                unit=_cell(self.targets, r, 3),
                direction=words.get(direction, direction),
                values=values,
                binds=[lv.value for lv in Level if lv.value in values],
            )
            out.append(t)
        return out

    def _groups(self, year: Any) -> list[dict[str, Any]]:
        base_groups = {g["id"]: g for g in self.base.get("task_groups", [])}
        base_tasks = {t["id"]: t for g in self.base.get("task_groups", []) for t in g["tasks"]}
        groups: list[dict[str, Any]] = []
        by_key: dict[tuple[str, str], dict[str, Any]] = {}
        seen: set[str] = set()
        self.warnings = []
        for r in range(self.tasks.rowCount()):
            gnum, gtitle = _cell(self.tasks, r, self.T_GNUM), _cell(self.tasks, r, self.T_GTITLE)
            key = (gnum, gtitle)
            if key not in by_key:
                gid_item = self.tasks.item(r, self.T_GNUM)
                gid = gid_item.data(Qt.ItemDataRole.UserRole) if gid_item else None
                gid = gid or (re.sub(r"[^A-Za-z0-9.]+", "-", gnum).strip("-") or f"G{len(groups) + 1}")
                g = copy.deepcopy(base_groups.get(gid, {}))
                g.update(
                    id=gid,
                    number=_or_none(gnum),
                    title=gtitle,
                    pillar=g.get("pillar") or ti.pillar_of(gtitle),
                    tasks=[],
                )
                g.setdefault("source", None)
                by_key[key] = g
                groups.append(g)
            g = by_key[key]
            tid_item = self.tasks.item(r, self.T_NUM)
            num = _cell(self.tasks, r, self.T_NUM)
            tid = tid_item.data(Qt.ItemDataRole.UserRole) if tid_item else None
            if not tid or tid in seen:
                tid = ti._task_id(g["id"], num, len(g["tasks"]) + 1, seen)
            else:
                seen.add(tid)
            t = copy.deepcopy(base_tasks.get(tid, {}))
            deadline_text = _cell(self.tasks, r, self.T_DEADLINE)
            commune = _cell(self.tasks, r, self.T_COMMUNE)
            units = [u.strip() for u in re.split(r"[,;\s]+", _cell(self.tasks, r, self.T_UNITS)) if u.strip()]
            t.update(
                id=tid,
                number=_or_none(num),
                content=_cell(self.tasks, r, self.T_CONTENT),
                superior_ref=_or_none(_cell(self.tasks, r, self.T_REF)),
                lead=_or_none(_cell(self.tasks, r, self.T_LEAD)),
                coordinating=_or_none(_cell(self.tasks, r, self.T_CO)),
                product=_or_none(_cell(self.tasks, r, self.T_PRODUCT)),
                period_text=_or_none(deadline_text),
                levels=[Level.CITY.value, Level.COMMUNE.value] if commune else [Level.CITY.value],
            )
            if units:
                t["units"] = units
            else:
                t.pop("units", None)
            clead = _cell(self.tasks, r, self.T_CLEAD)
            cv = dict(t.get("commune") or {})
            cv["lead"] = _or_none(clead)
            cv = {k: v for k, v in cv.items() if v}
            if cv:
                t["commune"] = cv
            else:
                t.pop("commune", None)
            rule = (
                Deadline.parse_text(deadline_text, year if isinstance(year, int) else None) if deadline_text else None
            )
            item = self.tasks.item(r, self.T_DEADLINE)
            if rule is not None:
                t["deadline"] = rule.to_dict()
            else:
                t.pop("deadline", None)
            if item is not None:
                bad = bool(deadline_text) and rule is None
                item.setBackground(QBrush(BAD) if bad else QBrush())
                item.setToolTip(self.tr("Thời hạn: ghi {ex}").format(ex=DEADLINE_EXAMPLE) if bad else "")
                if bad:
                    self.warnings.append(
                        self.tr(
                            'Lưu ý — Nhóm {g}, nhiệm vụ {n}, Thời hạn: "{t}" không tính được hạn, sẽ in nguyên chữ. '
                            "Ví dụ: {ex}"
                        ).format(g=gnum or "-", n=num or r + 1, t=deadline_text, ex=DEADLINE_EXAMPLE)
                    )
            g["tasks"].append(t)
        return groups

    def _budget_edited(self) -> None:
        if not self._loading:
            self._budget_dirty = True
        self._changed()

    def _budget(self) -> dict[str, Any] | None:
        groups: list[dict[str, Any]] = []
        by_title: dict[str, dict[str, Any]] = {}
        for r in range(self.budget.rowCount()):
            title, task, amount = (_cell(self.budget, r, c) for c in range(3))
            if not (title or task or amount):
                continue
            g = by_title.get(title)
            if g is None:
                g = {"number": None, "title": title, "lines": []}
                by_title[title] = g
                groups.append(g)
            g["lines"].append(
                {
                    "number": str(len(g["lines"]) + 1),
                    "task": task,
                    "amounts": {"planned": amount.replace(",", ".") or None},
                }
            )
        if not groups:
            return None
        return {
            "unit": "triệu đồng",
            "sections": [
                {
                    "id": "KP",
                    "title": self.tr("Kinh phí thực hiện"),
                    "columns": [{"key": "planned", "label": self.tr("Kinh phí (triệu đồng)")}],
                    "groups": groups,
                }
            ],
            "summary": None,
        }

    def _reporting(self) -> list[dict[str, Any]]:
        words = {v: k for k, v in FREQUENCIES}
        out = []
        for r in range(self.reporting.rowCount()):
            freq = _cell(self.reporting, r, 0)
            deadline = _cell(self.reporting, r, 1)
            m = re.fullmatch(r"(\d{1,2})/(\d{1,2})", deadline)
            out.append(
                {
                    "frequency": words.get(freq, freq),
                    "deadline": f"{int(m[2]):02d}-{int(m[1]):02d}" if m else (deadline or None),
                    "text": _cell(self.reporting, r, 2),
                }
            )
        return out

    # -- checking as the officer types ---------------------------------------------------------
    def _changed(self, *_a: Any) -> None:
        if not self._loading:
            self._timer.start()

    def _propose_version(self) -> None:
        tid = self.tpl_id.text().strip()
        proposed = tsvc.proposed_version(self.store, tid) if tid else 1
        self.proposed_version = proposed
        self.version_hint.setText(
            self.tr("Phiên bản chương trình đề xuất: {v}").format(v=proposed)
            if proposed > 1
            else self.tr("Mẫu mới: phiên bản 1")
        )
        if self.version.value() < proposed:
            self.version.setValue(proposed)

    def validate_now(self) -> list[str]:
        """Check the document now; the list shows every problem, the publish button waits for none."""
        self._timer.stop()
        d = self.data()
        self.problems = tsvc.problems(d)
        if self.version.value() < getattr(self, "proposed_version", 1):
            self.problems.insert(
                0,
                self.tr("Phiên bản {v} đã phát hành: mẫu mới phải là phiên bản {p}.").format(
                    v=self.version.value(), p=self.proposed_version
                ),
            )
        self.problem_list.clear()
        for p in self.problems:
            self.problem_list.addItem(p)
        for w in self.warnings:
            self.problem_list.addItem(w)
            self.problem_list.item(self.problem_list.count() - 1).setForeground(QBrush(QColor("#8a6d00")))
        n_tasks = sum(len(g["tasks"]) for g in d["task_groups"])
        if self.problems:
            self.status.setText(
                self.tr("Chưa phát hành được: {n} lỗi cần sửa (bấm vào dòng để xem).").format(n=len(self.problems))
            )
        else:
            self.status.setText(
                self.tr("Mẫu hợp lệ: {g} nhóm, {n} nhiệm vụ, {k} chỉ tiêu.").format(
                    g=len(d["task_groups"]), n=n_tasks, k=len(d["targets"])
                )
            )
        self.publish_button.setEnabled(not self.problems)
        self.dry_button.setEnabled(not self.problems)
        return self.problems

    TABS = {
        "document": 0,
        "period": 0,
        "id": 0,
        "version": 0,
        "province_code": 0,
        "levels": 4,
        "legal_bases": 1,
        "general_objectives": 1,
        "sections": 2,
        "targets": 3,
        "task_groups": 4,
        "budget": 5,
        "reporting": 6,
    }
    TASK_COLUMNS = {
        "number": 2,
        "content": 3,
        "superior_ref": 4,
        "lead": 5,
        "coordinating": 6,
        "product": 7,
        "deadline": 8,
        "period_text": 8,
        "start": 8,
        "finish": 8,
        "levels": 9,
        "units": 10,
        "commune": 11,
    }
    DOC_FIELDS = {
        "id": "tpl_id",
        "version": "version",
        "number": "number",
        "date": "date",
        "issuer": "issuer",
        "place": "place",
        "title": "title",
        "period": "period",
        "signer": "signer_name",
    }

    def goto_problem(self, text: str) -> None:
        """Show the field a problem line names (its path is in brackets)."""
        m = re.search(r"\[([^\]]*(?:\[\d+\][^\]]*)*)\]:", text)
        if not m:
            return
        path = [int(x) if x.isdigit() else x for x in re.findall(r"[A-Za-z_]+|\d+", m.group(1))]
        if not path:
            return
        self.tabs.setCurrentIndex(self.TABS.get(str(path[0]), 0))
        if path[0] == "task_groups" and len(path) >= 2 and isinstance(path[1], int):
            groups = self.data()["task_groups"]
            row = sum(len(g["tasks"]) for g in groups[: path[1]])
            col = self.T_GNUM
            if len(path) >= 4 and path[2] == "tasks" and isinstance(path[3], int):
                row += path[3]
                col = self.TASK_COLUMNS.get(str(path[4]) if len(path) > 4 else "content", self.T_CONTENT)
            self.tasks.setCurrentCell(min(row, self.tasks.rowCount() - 1), col)
            self.tasks.setFocus()
        elif path[0] in ("targets", "sections", "reporting") and len(path) >= 2 and isinstance(path[1], int):
            table = {"targets": self.targets, "sections": self.sections, "reporting": self.reporting}[str(path[0])]
            table.setCurrentCell(min(path[1], table.rowCount() - 1), 0)
            table.setFocus()
        else:
            key = str(path[1]) if path[0] in ("document", "period") and len(path) > 1 else str(path[0])
            if path[0] == "period":
                key = "period"
            widget = getattr(self, self.DOC_FIELDS.get(key, ""), None)
            if widget is not None:
                widget.setFocus()

    # -- actions -----------------------------------------------------------------------------
    def _choose_table(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Chọn bảng nhiệm vụ của tỉnh"), "", self.tr("Bảng nhiệm vụ (*.xlsx *.docx)")
        )
        if path:
            self.read_table(Path(path))

    def read_table(self, path: Path) -> bool:
        """Replace the tasks with those of a task table; say what could not be read."""
        try:
            read = ti.read_table(path)
        except KhcdsError as e:
            show_error(self, str(e))
            return False
        d = self.data()
        if not isinstance(d["period"].get("start"), int):
            year = dt.date.today().year
            d["period"] = {"start": year, "end": year}
        draft, problems = ti.draft_from_table(
            read,
            self.province,
            d["id"] or "mau-moi",
            number=d["document"]["number"],
            date=d["document"]["date"] or "",
            title=d["document"]["title"],
            period=d["period"],
        )
        d["task_groups"] = draft["task_groups"]
        if draft.get("superior_plan"):
            d["superior_plan"] = draft["superior_plan"]
        self.load(d)
        msg = self.tr("Đã đọc {file}: {g} nhóm, {n} nhiệm vụ.").format(
            file=path.name, g=len(read.groups), n=len(read.tasks)
        )
        if problems:
            msg += "\n\n" + self.tr("Chưa đọc được:") + "\n" + "\n".join(problems)
        show_info(self, msg)
        return True

    def dry_run(self) -> list[str] | None:
        """What would be published; nothing is written."""
        if self.validate_now():
            return None
        try:
            lines = tsvc.publish_dry_run(self.store, self.data(), self.tr("bản thảo"))
        except KhcdsError as e:
            show_error(self, str(e))
            return None
        show_info(self, "\n".join(lines), self.tr("Chạy thử: không ghi gì"))
        return lines

    def _publish_clicked(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        d = self.data()
        name, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Lưu gói mẫu có chữ ký"),
            tsvc.package_file_name(d["id"], d["version"]),
            self.tr("Gói mẫu kế hoạch (*.khcdst)"),
        )
        if name:
            self.publish(Path(name))

    def publish(self, out: Path) -> PublishResult | None:
        if self.validate_now():
            show_error(self, self.tr("Mẫu còn lỗi, chưa phát hành:") + "\n" + "\n".join(self.problems[:10]))
            return None
        d = self.data()
        if not ask(
            self,
            self.tr(
                "Phát hành {id} phiên bản {v} ({n} nhiệm vụ), ký bằng khóa của thư mục này? Các xã, "
                "phường sẽ nhập gói này."
            ).format(id=d["id"], v=d["version"], n=sum(len(g["tasks"]) for g in d["task_groups"])),
            self.tr("Phát hành mẫu kế hoạch"),
        ):
            return None
        try:
            r = tsvc.publish_draft(self.store, d, out)
        except KhcdsError as e:
            show_error(self, str(e))
            return None
        self.last_result = r
        show_info(
            self,
            self.tr(
                "Đã phát hành {id} phiên bản {v}: {file}.\nDấu vân tay khóa ký (đọc cho các xã khi họ "
                "gọi điện đối chiếu): {fp}"
            ).format(id=r.template_id, v=r.version, file=r.path, fp=r.fingerprint),
        )
        self.base = d
        self._propose_version()
        self.validate_now()
        return r

    def template_choices(self) -> list[tuple[str, str]]:
        """(label, id) of the templates this city can start a new version from: its own and the built-in ones."""
        with self.store.transaction() as s:
            tsvc.sync_builtins(s)
            latest: dict[str, Any] = {}
            for rec in tsvc.records(s):
                latest[rec.key] = rec

            def short(text: str) -> str:  # a long title elided: the choice dialog fits the screen
                return text if len(text) <= 100 else text[:99] + "…"

            return [
                (short(f"{r.key} — {self.tr('phiên bản')} {r.version}: {r.number} {r.title}"), r.key)
                for r in latest.values()
                if r.province_code in (self.province, None) or r.source == "city"
            ]

    def _choose_template(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        choices = self.template_choices()
        if not choices:
            show_info(self, self.tr("Chưa có mẫu nào của tỉnh, thành phố này."))
            return
        label, ok = QInputDialog.getItem(
            self, self.tr("Phiên bản mới của mẫu"), self.tr("Mẫu:"), [c[0] for c in choices], 0, False
        )
        if ok:
            self.start_from(dict(choices)[label])

    def start_from(self, key: str) -> bool:
        """The next version of a published (or built-in) template, to edit."""
        try:
            d = tsvc.draft_next_version(self.store, key)
        except KhcdsError as e:
            show_error(self, str(e))
            return False
        self.load(d)
        return True

    def _save_draft(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _f = QFileDialog.getSaveFileName(
            self, self.tr("Lưu bản thảo"), f"{self.tpl_id.text() or 'mau'}.json", self.tr("Bản thảo mẫu (*.json)")
        )
        if name:
            self.save_draft(Path(name))

    def save_draft(self, out: Path) -> None:
        from desktop.fsutil import atomic_write_bytes

        try:
            atomic_write_bytes(out, (json.dumps(self.data(), ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        except OSError as e:
            show_error(self, self.tr("Không ghi được {file}: {err}").format(file=out, err=e.strerror))

    def _open_draft(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _f = QFileDialog.getOpenFileName(self, self.tr("Mở bản thảo"), "", self.tr("Bản thảo mẫu (*.json)"))
        if name:
            self.open_draft(Path(name))

    def open_draft(self, path: Path) -> bool:
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
            if not isinstance(data, dict) or not isinstance(data.get("document"), dict):
                raise ValueError
        except (OSError, ValueError):
            show_error(self, self.tr("Tệp {file} không phải bản thảo mẫu kế hoạch (JSON).").format(file=path.name))
            return False
        self.load(data)
        return True
