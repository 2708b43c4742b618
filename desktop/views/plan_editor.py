"""The plan editor: general information, legal bases, targets, funding, texts.

Every field saves as soon as the user leaves it (or pauses typing), through an
undoable command; the Validation panel points back at these fields.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import FundingSource, TargetDirection
from desktop.services import plans as psvc
from desktop.views.common import fmt_money, heading, hint, parse_money, pydate, qdate
from desktop.views.undo import ServiceCommand
from desktop.views.widgets import CommitTextEdit, Page, WrapTable
from desktop.views.workspace import Workspace
from desktop.vn import DATE_EDIT_FORMAT, format_number

NO_DATE = QDate(2000, 1, 1)


class GeneralTab(QWidget):
    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("Để trống: văn thư điền số khi đăng ký văn bản"))
        self.number.setObjectName("field_number")
        self.date = QDateEdit()
        self.date.setObjectName("field_issue_date")
        self.date.setDisplayFormat(DATE_EDIT_FORMAT)
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("Chưa có (để trống khi in)"))
        self.subject = CommitTextEdit()
        self.subject.setObjectName("field_subject")
        self.subject.setMaximumHeight(70)
        self.signer = QComboBox()
        self.signer.setObjectName("field_signer")
        self.signer_name = QLineEdit()
        self.signer_name.setPlaceholderText(self.tr("Họ tên người ký"))
        self.signer_name.setObjectName("field_signer_name")
        srow = QHBoxLayout()
        srow.addWidget(self.signer, 1)
        srow.addWidget(self.signer_name, 1)
        self.recipients = CommitTextEdit()
        self.recipients.setObjectName("field_recipients")
        self.recipients.setPlaceholderText(self.tr("Mỗi nơi nhận một dòng"))
        form.addRow(self.tr("&Số kế hoạch:"), self.number)
        form.addRow(self.tr("&Ngày ban hành:"), self.date)
        form.addRow(self.tr("&Trích yếu (*):"), self.subject)
        form.addRow(self.tr("Người ký (*):"), srow)
        form.addRow(self.tr("Nơi &nhận:"), self.recipients)
        form.addRow(
            hint(self.tr("(*) bắt buộc trước khi trình phê duyệt. Số và ngày ban hành được hỏi khi phê duyệt."))
        )
        self.number.editingFinished.connect(self._number)
        self.date.editingFinished.connect(self._date)
        self.date.calendarWidget().clicked.connect(lambda *_: self._date())
        self.subject.committed.connect(lambda t: self._set(self.tr("Sửa trích yếu"), "subject", t.strip()))
        self.recipients.committed.connect(
            lambda t: self._set(self.tr("Sửa nơi nhận"), "recipients", [x for x in t.splitlines() if x.strip()])
        )
        self.signer.activated.connect(self._signer)
        self.signer_name.editingFinished.connect(self._signer_name)

    def _set(self, text: str, field: str, value: Any) -> None:
        pid = self.ws.plan_id
        if getattr(self.ws.plan, field) == value:
            return
        self.ws.set_field(text, lambda s, v: psvc.set_plan_field(s, pid, field, v), value)
        self.refresh()

    def _number(self) -> None:
        self._set(self.tr("Sửa số kế hoạch"), "number", self.number.text().strip() or None)

    def _date(self) -> None:
        d = None if self.date.date() == NO_DATE else pydate(self.date.date())
        self._set(self.tr("Sửa ngày ban hành"), "issue_date", d)

    def _signer(self) -> None:
        self._set(self.tr("Đổi người ký"), "signer_id", self.signer.currentData())

    def _signer_name(self) -> None:
        sid = self.signer.currentData()
        plan = self.ws.plan
        signer = next((s for s in plan.unit.signers if s.id == sid), None)
        name = self.signer_name.text().strip()
        if signer is None or signer.full_name == name:
            return
        pid = plan.id
        self.ws.set_field(self.tr("Sửa họ tên người ký"), lambda s, v: psvc.set_signer_name(s, pid, sid, v), name)

    def refresh(self) -> None:
        plan = self.ws.plan
        if not self.number.hasFocus():
            self.number.setText(plan.number or "")
        self.date.blockSignals(True)
        self.date.setDate(qdate(plan.issue_date) if plan.issue_date else NO_DATE)
        self.date.blockSignals(False)
        self.subject.set_saved_text(plan.subject)
        self.recipients.set_saved_text("\n".join(plan.recipients))
        self.signer.blockSignals(True)
        self.signer.clear()
        for s in plan.unit.signers:
            label = " / ".join(s.authority_lines)
            self.signer.addItem(label, s.id)
        idx = self.signer.findData(plan.signer_id)
        self.signer.setCurrentIndex(idx)
        self.signer.blockSignals(False)
        signer = next((s for s in plan.unit.signers if s.id == plan.signer_id), None)
        if not self.signer_name.hasFocus():
            self.signer_name.setText(signer.full_name if signer else "")

    def focus_field(self, field: str | None) -> None:
        w = {
            "number": self.number,
            "issue_date": self.date,
            "subject": self.subject,
            "signer": self.signer_name,
            "recipients": self.recipients,
        }.get(field or "", self.subject)
        w.setFocus()


class LegalTab(QWidget):
    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        lay = QVBoxLayout(self)
        lay.addWidget(hint(self.tr("Mỗi căn cứ một dòng, theo thứ tự in trong kế hoạch.")))
        self.text = CommitTextEdit()
        self.text.setObjectName("field_legal_bases")
        self.text.setLineWrapMode(CommitTextEdit.LineWrapMode.WidgetWidth)
        lay.addWidget(self.text)
        self.text.committed.connect(self._commit)

    def _commit(self, text: str) -> None:
        lines = [x.strip() for x in text.splitlines() if x.strip()]
        if lines == [b.text for b in self.ws.plan.legal_bases]:
            return
        pid = self.ws.plan_id
        self.ws.set_field(self.tr("Sửa căn cứ"), lambda s, v: psvc.set_legal_bases(s, pid, v), lines)

    def refresh(self) -> None:
        self.text.set_saved_text("\n".join(b.text for b in self.ws.plan.legal_bases))


class TargetsTab(QWidget):
    (C_TEXT, C_UNIT, C_DIR, C_CITY, C_VALUE, C_NOTE) = range(6)

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        lay = QVBoxLayout(self)
        lay.addWidget(
            hint(
                self.tr(
                    "Mức của đơn vị không được thấp hơn mức thành phố giao cho cấp xã. "
                    'Bấm đúp vào ô "Mức của đơn vị" để sửa.'
                )
            )
        )
        self.table = WrapTable(0, 6)
        self.table.setObjectName("targets_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Chỉ tiêu"),
                self.tr("Đơn vị tính"),
                self.tr("Yêu cầu"),
                self.tr("Mức thành phố giao"),
                self.tr("Mức của đơn vị"),
                self.tr("Lưu ý"),
            ]
        )
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(self.C_TEXT, QHeaderView.ResizeMode.Stretch)
        for c in (self.C_UNIT, self.C_DIR, self.C_CITY, self.C_VALUE):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(self.C_NOTE, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(self.C_NOTE, 230)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        lay.addWidget(self.table)
        self.table.itemChanged.connect(self._changed)
        self._loading = False

    def refresh(self) -> None:
        self._loading = True
        plan = self.ws.plan
        self.table.setRowCount(len(plan.targets))
        for r, tg in enumerate(plan.targets):
            below = tg.value is not None and tg.city_value is not None and psvc.below_city(tg)
            cells = [
                tg.text,
                tg.unit,
                tg.direction.display,
                psvc.goal_cell(tg.direction, tg.city_value, tg.city_value_max),
                psvc.goal_cell(tg.direction, tg.value, tg.value_max),
                self.tr("⚠ Thấp hơn mức thành phố giao")
                if below
                else (self.tr("⚠ Chưa có giá trị") if tg.value is None else ""),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, tg.id)
                if c != self.C_VALUE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                else:
                    item.setBackground(QBrush(QColor("#fffde7")))
                    item.setToolTip(self.tr("Bấm đúp để sửa"))
                if c in (self.C_CITY, self.C_VALUE):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if below and c in (self.C_VALUE, self.C_NOTE):
                    item.setForeground(QBrush(QColor("#b71c1c")))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self._loading = False

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != self.C_VALUE:
            return
        tid = item.data(Qt.ItemDataRole.UserRole)
        pid = self.ws.plan_id
        ranged = any(tg.id == tid and tg.direction is TargetDirection.RANGE for tg in self.ws.plan.targets)
        try:
            if ranged:  # ``60-70``, or one number: the lower end
                ends = re.split(r"\s*[-–—]\s*", item.text().strip(), maxsplit=1)
                goal = (parse_money(ends[0]), parse_money(ends[1]) if len(ends) > 1 else None)
            else:
                value = parse_money(item.text())
        except ValueError as e:
            self.ws.failed.emit(str(e))
            self.refresh()
            return
        if ranged:
            self.ws.set_field(self.tr("Sửa mức chỉ tiêu"), lambda s, v: psvc.set_target_goal(s, pid, tid, v), goal)
        else:
            self.ws.set_field(self.tr("Sửa mức chỉ tiêu"), lambda s, v: psvc.set_target_value(s, pid, tid, v), value)
        self.refresh()

    def select(self, target_id: int | None) -> None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == target_id:
                self.table.setCurrentCell(r, self.C_VALUE)
                self.table.setFocus()


class FundingTab(QWidget):
    COLUMNS = [
        ("content", "Nội dung"),
        ("group_title", "Nhóm, nguồn"),
        ("approved", "Dự toán được duyệt"),
        ("spent", "Đã sử dụng"),
        ("planned", "Dự kiến phân bổ"),
        ("requested", "Nhu cầu kinh phí"),
    ]
    AMOUNTS = ("approved", "spent", "planned", "requested")

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        lay = QVBoxLayout(self)
        lay.addWidget(hint(self.tr("Đơn vị tính: triệu đồng. Bấm đúp vào ô để sửa; số nhập như 185,5 hoặc 1.250.")))
        self.table = WrapTable(0, len(self.COLUMNS))
        self.table.setObjectName("budget_table")
        self.table.setHorizontalHeaderLabels([self.tr(t) for _k, t in self.COLUMNS])
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(self.COLUMNS)):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        lay.addWidget(self.table, 1)
        self.totals = QLabel()
        self.totals.setObjectName("budget_totals")
        self.totals.setWordWrap(True)
        f = self.totals.font()
        f.setBold(True)
        self.totals.setFont(f)
        lay.addWidget(self.totals)
        row = QHBoxLayout()
        self.add_btn = QPushButton(self.tr("&Thêm dòng kinh phí"))
        self.del_btn = QPushButton(self.tr("&Xóa dòng đã chọn"))
        row.addWidget(self.add_btn)
        row.addWidget(self.del_btn)
        row.addStretch(1)
        lay.addLayout(row)
        self.add_btn.clicked.connect(self.add_line)
        self.del_btn.clicked.connect(self.delete_line)
        self.table.itemChanged.connect(self._changed)
        self._loading = False

    def refresh(self) -> None:
        self._loading = True
        plan = self.ws.plan
        self.table.setRowCount(len(plan.budget_lines))
        for r, b in enumerate(plan.budget_lines):
            for c, (key, _t) in enumerate(self.COLUMNS):
                v = getattr(b, key)
                item = QTableWidgetItem(fmt_money(v) if key in self.AMOUNTS else (v or ""))
                item.setData(Qt.ItemDataRole.UserRole, b.id)
                if key in self.AMOUNTS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        tot = psvc.budget_totals(plan).total
        from desktop.models.enums import BudgetColumn as BC

        self.totals.setText(
            self.tr(
                "Tổng cộng — dự toán được duyệt: {a}; đã sử dụng: {s}; dự kiến phân bổ: {p}; nhu cầu: {n} (triệu đồng)"
            ).format(
                a=format_number(tot[BC.APPROVED]),
                s=format_number(tot[BC.SPENT]),
                p=format_number(tot[BC.PLANNED]),
                n=format_number(tot[BC.REQUESTED]),
            )
        )
        self.table.resizeRowsToContents()
        self._loading = False

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        key = self.COLUMNS[item.column()][0]
        lid = item.data(Qt.ItemDataRole.UserRole)
        value: Any = item.text().strip()
        if key in self.AMOUNTS:
            try:
                value = parse_money(item.text())
            except ValueError as e:
                self.ws.failed.emit(str(e))
                self.refresh()
                return
        pid = self.ws.plan_id
        self.ws.set_field(self.tr("Sửa kinh phí"), lambda s, v: psvc.set_budget_field(s, pid, lid, key, v), value)
        self.refresh()

    def add_line(self) -> None:
        pid = self.ws.plan_id
        text = self.tr("Nhiệm vụ mới (sửa tên)")
        group = self.tr("Ngân sách xã")

        def undo(s: Any, lid: int) -> None:
            psvc.remove_budget_line(s, pid, lid)

        self.ws.push(
            ServiceCommand(
                self.ws,
                self.tr("Thêm dòng kinh phí"),
                do=lambda s: psvc.add_budget_line(s, pid, text, group, FundingSource.COMMUNE_BUDGET),
                undo=undo,
            )
        )
        self.refresh()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.currentItem())

    def delete_line(self) -> None:
        item = self.table.currentItem()
        if item is None:
            return
        lid = item.data(Qt.ItemDataRole.UserRole)
        pid = self.ws.plan_id

        def do(s: Any) -> dict[str, Any]:
            return psvc.remove_budget_line(s, pid, lid)

        def undo(s: Any, snap: dict[str, Any]) -> None:
            amounts = {k: snap[k] for k in psvc.AMOUNT_FIELDS}
            nonlocal lid
            lid = psvc.add_budget_line(
                s,
                pid,
                snap["content"],
                snap["group_title"],
                snap["funding_source"],
                position=snap["position"],
                period_text=snap["period_text"],
                **amounts,
            )

        self.ws.push(ServiceCommand(self.ws, self.tr("Xóa dòng kinh phí"), do=do, undo=undo))
        self.refresh()

    def select(self, line_id: int | None) -> None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == line_id:
                self.table.setCurrentCell(r, 2)
                self.table.setFocus()


class TextsTab(QWidget):
    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        lay = QHBoxLayout(self)
        split = QSplitter()
        self.list = QListWidget()
        self.list.setObjectName("sections_list")
        self.list.setMaximumWidth(320)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.title = heading("", 1.1)
        self.text = CommitTextEdit()
        self.text.setObjectName("field_section")
        rl.addWidget(self.title)
        rl.addWidget(
            hint(
                self.tr(
                    "Nội dung lấy sẵn từ kế hoạch của thành phố; sửa cho phù hợp với đơn vị. "
                    "Tự động lưu khi bạn ngừng gõ."
                )
            )
        )
        rl.addWidget(self.text, 1)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        lay.addWidget(split)
        self.list.currentRowChanged.connect(self._show)
        self.text.committed.connect(self._commit)
        self._key: str | None = None

    def refresh(self) -> None:
        plan = self.ws.plan
        row = max(0, self.list.currentRow())
        self.list.blockSignals(True)
        self.list.clear()
        for s in plan.sections:
            self.list.addItem(f"{s.title.capitalize()}" + (" ✎" if s.edited else ""))
            self.list.item(self.list.count() - 1).setData(Qt.ItemDataRole.UserRole, s.key)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.list.blockSignals(False)
        self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        if row < 0:
            return
        if self._key is not None:
            self.text.commit()
        plan = self.ws.plan
        sec = plan.sections[row]
        self._key = sec.key
        self.title.setText(sec.title.capitalize())
        self.text.set_saved_text(sec.text)

    def _commit(self, text: str) -> None:
        key = self._key
        if key is None:
            return
        pid = self.ws.plan_id

        def do(s: Any) -> tuple[str, bool]:
            return psvc.set_section_text(s, pid, key, text)

        def undo(s: Any, old: tuple[str, bool]) -> None:
            psvc.set_section_text(s, pid, key, old[0], edited=old[1])

        self.ws.push(ServiceCommand(self.ws, self.tr('Sửa mục "{t}"').format(t=self.title.text()), do=do, undo=undo))

    def select(self, key: str | None) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.list.setCurrentRow(i)
                self.text.setFocus()


class PlanEditorPage(Page):
    TAB_GENERAL, TAB_LEGAL, TAB_TARGETS, TAB_FUNDING, TAB_TEXTS = range(5)

    def __init__(self, ws: Workspace) -> None:
        super().__init__(ws)
        lay = QVBoxLayout(self)
        self.title = heading("")
        self.state = QLabel()
        self.state.setObjectName("plan_state")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.state)
        lay.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("plan_tabs")
        self.general = GeneralTab(ws)
        self.legal = LegalTab(ws)
        self.targets = TargetsTab(ws)
        self.funding = FundingTab(ws)
        self.texts = TextsTab(ws)
        self.tabs.addTab(self.general, self.tr("Thông tin &chung"))
        self.tabs.addTab(self.legal, self.tr("&Căn cứ"))
        self.tabs.addTab(self.targets, self.tr("C&hỉ tiêu"))
        self.tabs.addTab(self.funding, self.tr("&Kinh phí"))
        self.tabs.addTab(self.texts, self.tr("&Giải pháp, tổ chức thực hiện"))
        lay.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        plan = self.ws.plan
        self.title.setText(self.tr("Kế hoạch chuyển đổi số năm {y}").format(y=plan.year))
        locked = plan.state.locked
        self.state.setText(
            self.tr("Trạng thái: {s}").format(s=plan.state.display) + (self.tr(" — chỉ xem") if locked else "")
        )
        self.state.setStyleSheet(
            "padding: 4px 10px; border-radius: 4px; background: %s;" % ("#ffe0b2" if locked else "#e3f2fd")
        )
        for t in (self.general, self.legal, self.targets, self.funding, self.texts):
            t.refresh()

    def goto(self, entity: str, entity_id: int | None, field: str | None) -> None:
        self.ensure_fresh()
        if entity == "plan":
            self.tabs.setCurrentIndex(self.TAB_GENERAL)
            self.general.focus_field(field)
        elif entity == "target":
            self.tabs.setCurrentIndex(self.TAB_TARGETS)
            self.targets.select(entity_id)
        elif entity == "budget":
            self.tabs.setCurrentIndex(self.TAB_FUNDING)
            self.funding.select(entity_id)
        elif entity == "section":
            self.tabs.setCurrentIndex(self.TAB_TEXTS)
            self.texts.select(field)


_ = (dt, Decimal, TargetDirection)
