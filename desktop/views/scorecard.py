"""Tự chấm điểm: the unit's self-assessment against a criteria set, one period at a time.

The official picks the criteria set and the period, types each criterion's value
in the "Giá trị" column (the score follows as they type), marks a criterion that
does not apply, and attaches evidence (a file or a cited document). Criteria
still missing a value or evidence are highlighted. Everything goes through
``desktop.services.scorecards``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import KhcdsError
from desktop.models.scoring import Method, Rhythm
from desktop.services import scorecards
from desktop.views.common import heading, hint, ok_cancel, pydate, qdate, show_error, show_info, vn_buttons
from desktop.vn import DATE_EDIT_FORMAT, format_points

COL_ID, COL_TEXT, COL_METHOD, COL_MAX, COL_VALUE, COL_NA, COL_POINTS, COL_EVIDENCE, COL_NOTE = range(9)
MISSING_BG = QColor("#fff8e1")
INVALID_BG = QColor("#ffebee")
NA_BG = QColor("#eeeeee")
GROUP_BG = QColor("#e3f2fd")


class ValueDelegate(QStyledItemDelegate):
    """A drop-down of the choices for role and yes/no criteria; a line edit for the others."""

    def __init__(self, dialog: ScorecardDialog) -> None:
        super().__init__(dialog.table)
        self.dialog = dialog

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex | QPersistentModelIndex) -> QWidget:  # noqa: N802
        choices = self.dialog.options(index.row())
        if index.column() == COL_VALUE and choices:
            box = QComboBox(parent)
            box.addItems(choices)
            return box
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            i = editor.findText(str(index.data() or ""))
            editor.setCurrentIndex(max(i, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
            return
        super().setModelData(editor, model, index)


def value_text(method: str, value: Any) -> str:
    """A stored value as the official typed it (the inverse of ``scorecards.parse_value``)."""
    if value is None:
        return ""
    if value is True:
        return "có"
    if value is False:
        return "không"
    if isinstance(value, dict):
        if "a" in value and "b" in value:
            return f"{value['a']}/{value['b']}"
        if "value" in value:
            src = value.get("source")
            return f"{value['value']}|{src}" if src else str(value["value"])
        return "; ".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


HOW_TO_TYPE = {
    Method.BINARY: "có / không",
    Method.BANDS: "một số, ví dụ 3",
    Method.RATIO: "tử số/mẫu số, ví dụ 12/15",
    Method.RATIO_THRESHOLD: "tử số/mẫu số, ví dụ 12/15",
    Method.FORMULA: "tên=giá trị; ...",
    Method.COUNT: "một số, ví dụ 4",
    Method.SYSTEM: "tỷ lệ|nguồn, ví dụ 85|Cổng DVCQG",
    Method.ROLE: "chọn chức danh",
    Method.PARTS: "các mã nội dung, ví dụ a, c",
}


class DocumentEvidenceDialog(QDialog):
    """A document cited as evidence: number, date, summary."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Văn bản minh chứng"))
        form = QFormLayout(self)
        self.number = QLineEdit()
        self.number.setObjectName("doc_number")
        self.number.setPlaceholderText(self.tr("ví dụ 15/QĐ-UBND"))
        self.date = QDateEdit()
        self.date.setObjectName("doc_date")
        self.date.setDisplayFormat(DATE_EDIT_FORMAT)
        self.date.setCalendarPopup(True)
        self.date.setDate(qdate(today))
        self.summary = QLineEdit()
        self.summary.setObjectName("doc_summary")
        self.summary.setPlaceholderText(self.tr("trích yếu, ví dụ: về thành lập Ban Chỉ đạo chuyển đổi số"))
        form.addRow(self.tr("Số, ký hiệu (*):"), self.number)
        form.addRow(self.tr("Ngày văn bản:"), self.date)
        form.addRow(self.tr("Trích yếu:"), self.summary)
        box = ok_cancel(self)
        form.addRow(box)


class ScorecardDialog(QDialog):
    """The self-assessment window (Tự chấm điểm chuyển đổi số)."""

    def __init__(self, store: Any, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today or dt.date.today()
        self.assessment_id: int | None = None
        self._rows: list[Any] = []  # a criterion line, or None for a group's row
        self._options: dict[str, list[str]] = {}
        self.setWindowTitle(self.tr("Tự chấm điểm chuyển đổi số"))
        self.resize(1240, 640)
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.tr("Tự chấm điểm theo bộ tiêu chí")))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Bộ tiêu chí:")))
        self.set_box = QComboBox()
        self.set_box.setObjectName("criteria_set")
        self.set_box.setMinimumWidth(420)
        self.set_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        top.addWidget(self.set_box, 1)
        top.addWidget(QLabel(self.tr("Kỳ:")))
        self.period_box = QComboBox()
        self.period_box.setObjectName("period")
        self.period_box.setMinimumWidth(140)
        top.addWidget(self.period_box)
        self.prefill_button = QPushButton(self.tr("Lấy số liệu từ &theo dõi kế hoạch"))
        self.prefill_button.setObjectName("prefill")
        top.addWidget(self.prefill_button)
        lay.addLayout(top)
        self.notes = hint("")
        self.notes.setObjectName("set_notes")
        lay.addWidget(self.notes)

        self.table = QTableWidget(0, 9)
        self.table.setObjectName("criteria_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Mã"),
                self.tr("Tiêu chí"),
                self.tr("Cách tính"),
                self.tr("Tối đa"),
                self.tr("Giá trị"),
                self.tr("Không áp dụng"),
                self.tr("Điểm"),
                self.tr("Minh chứng"),
                self.tr("Cần bổ sung"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for col, w in (
            (COL_ID, 44),
            (COL_METHOD, 120),
            (COL_MAX, 56),
            (COL_VALUE, 150),
            (COL_NA, 96),
            (COL_POINTS, 60),
            (COL_EVIDENCE, 190),
            (COL_NOTE, 190),
        ):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, w)
        self.table.setItemDelegateForColumn(COL_VALUE, ValueDelegate(self))
        lay.addWidget(self.table, 1)

        self.total = QLabel()
        self.total.setObjectName("total")
        f = self.total.font()
        f.setBold(True)
        self.total.setFont(f)
        self.total.setWordWrap(True)
        lay.addWidget(self.total)

        bottom = QHBoxLayout()
        self.file_button = QPushButton(self.tr("Thêm &tệp minh chứng..."))
        self.file_button.setObjectName("add_file")
        self.doc_button = QPushButton(self.tr("Thêm &văn bản minh chứng..."))
        self.doc_button.setObjectName("add_document")
        self.task_button = QPushButton(self.tr("Dùng minh chứng của &nhiệm vụ..."))
        self.task_button.setObjectName("add_task_evidence")
        bottom.addWidget(self.file_button)
        bottom.addWidget(self.doc_button)
        bottom.addWidget(self.task_button)
        bottom.addStretch(1)
        close = vn_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        lay.addLayout(bottom)

        self._load_sets()
        self.set_box.currentIndexChanged.connect(lambda _i: self._fill_periods())
        self.period_box.currentIndexChanged.connect(lambda _i: self._open())
        self.table.itemChanged.connect(self._item_changed)
        self.prefill_button.clicked.connect(lambda: self.prefill())
        self.file_button.clicked.connect(lambda: self.add_file())
        self.doc_button.clicked.connect(lambda: self.add_document())
        self.task_button.clicked.connect(lambda: self.add_task_evidence())
        self._fill_periods()

    # -- choosing the set and the period -------------------------------------------------------
    def _load_sets(self) -> None:
        with self.store.transaction() as s:
            sets = scorecards.list_sets(s)
        for r in sets:
            self.set_box.addItem(f"{r.title} ({r.key}, {r.rhythm.lower()})", (r.key, r.rhythm))
        # the province's own sets first, then the national index
        builtin_first = [i for i in range(self.set_box.count()) if self.set_box.itemData(i)[0] != "qd766-2022"]
        if builtin_first:
            self.set_box.setCurrentIndex(builtin_first[0])

    def _rhythm(self) -> Rhythm | None:
        key = self.set_key()
        if key is None:
            return None
        with self.store.transaction() as s:
            return scorecards.parsed(scorecards.latest_set(s, key)).rhythm

    def set_key(self) -> str | None:
        data = self.set_box.currentData()
        return data[0] if data else None

    def _fill_periods(self) -> None:
        rhythm = self._rhythm()
        blocker = QSignalBlocker(self.period_box)
        self.period_box.clear()
        if rhythm is None:
            del blocker
            return
        y = self.today.year
        keys: list[str] = []
        if rhythm is Rhythm.MONTHLY:
            keys = [f"{yy}-{m:02d}" for yy in (y - 1, y) for m in range(1, 13)]
        elif rhythm is Rhythm.QUARTERLY:
            keys = [f"{yy}-Q{q}" for yy in (y - 1, y) for q in range(1, 5)]
        else:
            keys = [str(y - 1), str(y)]
        for k in keys:
            self.period_box.addItem(scorecards.period_label(k), k)
        cur = scorecards.current_period(rhythm, self.today)
        self.period_box.setCurrentIndex(max(0, self.period_box.findData(cur)))
        del blocker
        self._open()

    def select(self, set_key: str, period: str) -> None:
        """Show a set and period (as the official would pick them in the two boxes)."""
        i = next(i for i in range(self.set_box.count()) if self.set_box.itemData(i)[0] == set_key)
        self.set_box.setCurrentIndex(i)
        j = self.period_box.findData(period)
        if j < 0:
            self.period_box.addItem(scorecards.period_label(period), period)
            j = self.period_box.count() - 1
        self.period_box.setCurrentIndex(j)

    def _open(self) -> None:
        key, period = self.set_key(), self.period_box.currentData()
        if key is None or period is None:
            return
        try:
            with self.store.transaction() as s:
                self.assessment_id = scorecards.open_assessment(s, key, period).id
        except KhcdsError as e:
            show_error(self, e.message)
            return
        self.refresh()

    # -- showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.assessment_id is None:
            return
        with self.store.transaction() as s:
            v = scorecards.view(s, self.assessment_id)
            cs = scorecards.parsed(scorecards.get_assessment(s, self.assessment_id).criteria_set)
        methods = {c.id: c.method for c in cs.criteria}
        self._options = v.options
        by_group: dict[str, list[Any]] = {}
        for line in v.lines:
            by_group.setdefault(line.group, []).append(line)
        self._rows = []
        group_rows: dict[int, Any] = {}
        for g in v.groups:
            group_rows[len(self._rows)] = g
            self._rows.append(None)
            self._rows.extend(by_group.get(g.id, []))
        self.notes.setText("\n".join(v.notes))
        self.notes.setVisible(bool(v.notes))
        blocker = QSignalBlocker(self.table)
        self.table.clearSpans()
        self.table.setRowCount(len(self._rows))

        def item(text: str, editable: bool = False) -> QTableWidgetItem:
            it = QTableWidgetItem(text)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if editable:
                flags |= Qt.ItemFlag.ItemIsEditable
            it.setFlags(flags)
            return it

        for r, line in enumerate(self._rows):
            if line is None:
                g = group_rows[r]
                kind = {"bonus": self.tr("điểm thưởng, tối đa"), "deduction": self.tr("điểm trừ, tối đa")}.get(
                    g.kind, self.tr("tối đa")
                )
                head = item(f"{g.id}. {g.name} ({kind} {format_points(g.max)})")
                f = head.font()
                f.setBold(True)
                head.setFont(f)
                self.table.setItem(r, COL_ID, head)
                self.table.setSpan(r, COL_ID, 1, COL_POINTS)
                pts = item(format_points(g.points))
                pts.setFont(f)
                self.table.setItem(r, COL_POINTS, pts)
                for c in (COL_EVIDENCE, COL_NOTE):
                    self.table.setItem(r, c, item(""))
                for c in range(self.table.columnCount()):
                    cell = self.table.item(r, c)
                    if cell is not None:
                        cell.setBackground(QBrush(GROUP_BG))
                continue
            self.table.setItem(r, COL_ID, item(line.id))
            self.table.setItem(r, COL_TEXT, item(line.text))
            self.table.setItem(r, COL_METHOD, item(line.method))
            self.table.setItem(r, COL_MAX, item(format_points(line.max)))
            value = item(value_text(methods[line.id].value, line.value), editable=not line.not_applicable)
            value.setToolTip(self.tr("Ghi: {how}").format(how=HOW_TO_TYPE[methods[line.id]]))
            self.table.setItem(r, COL_VALUE, value)
            na = item("")
            if line.can_be_not_applicable:
                na.setFlags(na.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                na.setCheckState(Qt.CheckState.Checked if line.not_applicable else Qt.CheckState.Unchecked)
            self.table.setItem(r, COL_NA, na)
            self.table.setItem(r, COL_POINTS, item(format_points(line.points) if line.missing is None else ""))
            self.table.setItem(r, COL_EVIDENCE, item("; ".join(line.evidence)))
            needs: list[str] = []
            if line.missing:
                needs.append(line.missing)
            if line.evidence_asked and not line.evidence and not line.not_applicable:
                needs.append(self.tr("thiếu minh chứng: {what}").format(what="; ".join(line.evidence_asked)))
            note = item("; ".join(needs) or line.note)
            self.table.setItem(r, COL_NOTE, note)
            bg = NA_BG if line.not_applicable else INVALID_BG if line.invalid else MISSING_BG if needs else None
            for c in range(self.table.columnCount()):
                cell = self.table.item(r, c)
                if cell is not None:
                    cell.setBackground(QBrush(bg) if bg else QBrush())
        self.table.resizeRowsToContents()
        del blocker
        self.total.setText(
            self.tr(
                "Tổng điểm: {t}/{m} (điểm các nhóm chính {p}/{pm}, thưởng {b}, trừ {d}); xếp loại: {g}; "
                "còn {n} tiêu chí chưa chấm được"
            ).format(
                t=format_points(v.total),
                m=format_points(v.total_max),
                p=format_points(v.main_points),
                pm=format_points(v.main_max),
                b=format_points(v.bonus),
                d=format_points(v.deduction),
                g=v.grade or "—",
                n=v.missing,
            )
        )

    def row_of(self, criterion_id: str) -> int:
        return next(i for i, x in enumerate(self._rows) if x is not None and x.id == criterion_id)

    def options(self, row: int) -> list[str]:
        """The choices of a role or yes/no criterion, for the value editor."""
        line = self._rows[row] if 0 <= row < len(self._rows) else None
        return list(self._options.get(line.id, [])) if line is not None else []

    def _current_criterion(self) -> str | None:
        r = self.table.currentRow()
        line = self._rows[r] if 0 <= r < len(self._rows) else None
        if line is None:
            show_info(self, self.tr("Hãy chọn một tiêu chí trong bảng trước."))
            return None
        return str(line.id)

    # -- writing -----------------------------------------------------------------------------
    def _item_changed(self, it: QTableWidgetItem) -> None:
        if self.assessment_id is None or it.row() >= len(self._rows):
            return
        line = self._rows[it.row()]
        if line is None:
            return
        try:
            with self.store.transaction() as s:
                a = scorecards.get_assessment(s, self.assessment_id)
                cs = scorecards.parsed(a.criteria_set)
                c = next(x for x in cs.criteria if x.id == line.id)
                if it.column() == COL_NA:
                    na = it.checkState() == Qt.CheckState.Checked
                    scorecards.set_answer(s, self.assessment_id, c.id, None if na else line.value, not_applicable=na)
                elif it.column() == COL_VALUE:
                    text = it.text().strip()
                    value = scorecards.parse_value(c, text) if text else None
                    scorecards.set_answer(s, self.assessment_id, c.id, value)
                else:
                    return
        except KhcdsError as e:
            show_error(self, e.message)
        self.refresh()

    def prefill(self) -> None:
        if self.assessment_id is None:
            return
        try:
            with self.store.transaction() as s:
                done = scorecards.apply_proposals(s, self.assessment_id)
        except KhcdsError as e:
            show_error(self, e.message)
            return
        self.refresh()
        if done:
            show_info(
                self,
                self.tr("Đã điền số liệu từ theo dõi kế hoạch:\n{lines}").format(
                    lines="\n".join(f"{p.criterion}: {p.explanation}" for p in done)
                ),
            )
        else:
            show_info(self, self.tr("Không có tiêu chí nào cần điền thêm từ theo dõi kế hoạch."))

    def add_file(self) -> None:
        cid = self._current_criterion()
        if cid is None or self.assessment_id is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp minh chứng cho tiêu chí {id}").format(id=cid)
        )
        if not path:
            return
        from pathlib import Path

        try:
            with self.store.transaction() as s:
                scorecards.add_file_evidence(s, self.store.data, self.assessment_id, cid, Path(path))
        except KhcdsError as e:
            show_error(self, e.message)
        self.refresh()

    def add_document(self) -> None:
        cid = self._current_criterion()
        if cid is None or self.assessment_id is None:
            return
        dlg = DocumentEvidenceDialog(self.today, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with self.store.transaction() as s:
                scorecards.add_document_evidence(
                    s, self.assessment_id, cid, dlg.number.text(), pydate(dlg.date.date()), dlg.summary.text()
                )
        except KhcdsError as e:
            show_error(self, e.message)
        self.refresh()

    def add_task_evidence(self) -> None:
        cid = self._current_criterion()
        if cid is None or self.assessment_id is None:
            return
        with self.store.transaction() as s:
            choices = scorecards.task_evidence_choices(s, self.assessment_id)
        if not choices:
            show_info(self, self.tr("Các nhiệm vụ của kế hoạch năm này chưa có minh chứng nào."))
            return
        labels = [label for _i, label in choices]
        from PySide6.QtWidgets import QInputDialog

        picked, ok = QInputDialog.getItem(
            self,
            self.tr("Minh chứng của nhiệm vụ"),
            self.tr("Chọn minh chứng dùng cho tiêu chí {id}:").format(id=cid),
            labels,
            0,
            False,
        )
        if not ok or picked not in labels:
            return
        try:
            with self.store.transaction() as s:
                scorecards.add_task_evidence(s, self.assessment_id, cid, choices[labels.index(picked)][0])
        except KhcdsError as e:
            show_error(self, e.message)
        self.refresh()
