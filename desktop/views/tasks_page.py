"""Nhiệm vụ: the plan's tasks grouped by pillar; adopt or drop template tasks, add
the unit's own, edit lead, co-ordinating, start, finish, product and budget.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.period import Period, PeriodKind
from desktop.services import plans as psvc
from desktop.views.common import fit_window, fmt_money, heading, hint, ok_cancel, parse_money
from desktop.views.tasks_model import (
    COL_BUDGET,
    COL_CONTENT,
    COL_COORD,
    COL_FINISH,
    COL_LAST,
    COL_LEAD,
    COL_NUMBER,
    COL_PERCENT,
    COL_PILLAR,
    COL_PRODUCT,
    COL_START,
    COL_STATUS,
    TaskFilterProxy,
    TaskTableModel,
)
from desktop.views.undo import ServiceCommand
from desktop.views.widgets import CommitTextEdit, Page
from desktop.views.workspace import Workspace
from desktop.vn import fold, short_date


def period_choices(year: int) -> list[tuple[str, Period | None]]:
    out: list[tuple[str, Period | None]] = [("—", None)]
    for q in range(1, 5):
        p = Period(PeriodKind.QUARTER, year, q)
        out.append((p.label(), p))
    for m in range(1, 13):
        p = Period(PeriodKind.MONTH, year, m)
        out.append((p.label(), p))
    out.append((Period(PeriodKind.HALF, year, 1).label(), Period(PeriodKind.HALF, year, 1)))
    out.append((Period(PeriodKind.YEAR, year).label(), Period(PeriodKind.YEAR, year)))
    return out


class PeriodCombo(QComboBox):
    def __init__(self, year: int) -> None:
        super().__init__()
        self.set_year(year)

    def set_year(self, year: int) -> None:
        self.blockSignals(True)
        self.clear()
        for label, p in period_choices(year):
            self.addItem(label, p.code if p else "")
        self.blockSignals(False)

    def set_period(self, p: Period | None) -> None:
        self.blockSignals(True)
        idx = self.findData(p.code if p else "")
        if idx < 0 and p is not None:
            self.addItem(p.label(), p.code)
            idx = self.count() - 1
        self.setCurrentIndex(max(idx, 0))
        self.blockSignals(False)

    def period(self) -> Period | None:
        code = self.currentData()
        return Period.parse(code) if code else None


class OwnTaskDialog(QDialog):
    def __init__(self, pillars: list[str], year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thêm nhiệm vụ của đơn vị"))
        form = QFormLayout(self)
        self.pillar = QComboBox()
        self.pillar.setEditable(True)
        self.pillar.addItems(pillars)
        self.content = QLineEdit()
        self.content.setMinimumWidth(480)
        self.lead = QLineEdit(self.tr("Văn phòng HĐND và UBND xã"))
        self.start = PeriodCombo(year)
        self.finish = PeriodCombo(year)
        self.start.setCurrentIndex(1)
        self.finish.setCurrentIndex(4)
        form.addRow(self.tr("&Trụ cột:"), self.pillar)
        form.addRow(self.tr("&Nội dung (*):"), self.content)
        form.addRow(self.tr("Cơ quan &chủ trì (*):"), self.lead)
        form.addRow(self.tr("&Bắt đầu:"), self.start)
        form.addRow(self.tr("&Hoàn thành:"), self.finish)
        box = ok_cancel(self)
        form.addRow(box)

    def fields(self) -> dict[str, Any]:
        return dict(
            pillar=self.pillar.currentText().strip(),
            content=self.content.text().strip(),
            lead=self.lead.text().strip() or None,
            start=self.start.period(),
            finish=self.finish.period(),
        )


class CandidateDialog(QDialog):
    """Template tasks not in the plan (for other levels, or removed): pick some to adopt."""

    def __init__(self, items: list[tuple[str, str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thêm nhiệm vụ từ kế hoạch của thành phố"))
        lay = QVBoxLayout(self)
        lay.addWidget(
            hint(
                self.tr("Các nhiệm vụ dưới đây thành phố giao cho cấp khác. Đánh dấu những việc đơn vị cũng thực hiện.")
            )
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm (không cần dấu)..."))
        lay.addWidget(self.search)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        for tid, pillar, _g, content in items:
            it = QListWidgetItem(f"[{pillar}] {content}")
            it.setData(Qt.ItemDataRole.UserRole, tid)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(it)
        lay.addWidget(self.list, 1)
        box = ok_cancel(self)
        lay.addWidget(box)
        self.search.textChanged.connect(self._filter)
        fit_window(self, 760, 520)

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for i in range(self.list.count()):
            it = self.list.item(i)
            it.setHidden(not all(w in fold(it.text()) for w in words))

    def chosen(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


class TaskForm(QGroupBox):
    """The selected task's plan fields; each saves when the user leaves it."""

    def __init__(self, page: TasksPage) -> None:
        super().__init__(QCoreApplication.translate("TasksPage", "Nhiệm vụ đã chọn"))
        self.page = page
        ws = page.ws
        self.ws = ws
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.content = CommitTextEdit()
        self.content.setMaximumHeight(64)
        self.content.setObjectName("task_content")
        self.lead = QLineEdit()
        self.lead.setObjectName("task_lead")
        self.coordinating = QLineEdit()
        self.coordinating.setObjectName("task_coordinating")
        self.start = PeriodCombo(2024)
        self.start.setObjectName("task_start")
        self.finish = PeriodCombo(2024)
        self.finish.setObjectName("task_finish")
        self.product = QLineEdit()
        self.product.setObjectName("task_product")
        self.budget = QLineEdit()
        self.budget.setObjectName("task_budget")
        self.budget.setPlaceholderText(self.tr("triệu đồng, ví dụ 185,5"))
        times = QHBoxLayout()
        times.addWidget(QLabel(self.tr("Bắt đầu:")))
        times.addWidget(self.start, 1)
        times.addWidget(QLabel(self.tr("Hoàn thành:")))
        times.addWidget(self.finish, 1)
        times.addWidget(QLabel(self.tr("Kinh phí:")))
        times.addWidget(self.budget, 1)
        form.addRow(self.tr("Nội dung (*):"), self.content)
        form.addRow(self.tr("Chủ trì (*):"), self.lead)
        form.addRow(self.tr("Phối hợp:"), self.coordinating)
        form.addRow(self.tr("Thời gian:"), times)
        form.addRow(self.tr("Sản phẩm:"), self.product)
        # a deadline counted from an event ("30 ngày sau khi Trung ương ban hành"): its date, once known
        self.event_edit = QLineEdit()
        self.event_edit.setObjectName("task_event_date")
        self.event_edit.setPlaceholderText(self.tr("ngày/tháng/năm, ví dụ 10/02/2026"))
        self.event_label = QLabel()
        self.event_label.setWordWrap(True)
        form.addRow(self.event_label, self.event_edit)
        # the province's agency that guides when the commune leads its own version of the task
        self.guide = QLabel()
        self.guide.setObjectName("task_guide")
        self.guide.setWordWrap(True)
        form.addRow(self.tr("Hướng dẫn:"), self.guide)
        self._form = form
        form.setRowVisible(self.event_edit, False)
        form.setRowVisible(self.guide, False)
        self.event_edit.editingFinished.connect(self._event_date)
        self.task_id: int | None = None
        self.content.committed.connect(lambda t: self._set("content", t.strip(), self.tr("Sửa nội dung nhiệm vụ")))
        self.lead.editingFinished.connect(
            lambda: self._set("lead", self.lead.text().strip() or None, self.tr("Sửa cơ quan chủ trì"))
        )
        self.coordinating.editingFinished.connect(
            lambda: self._set("coordinating", self.coordinating.text().strip() or None, self.tr("Sửa cơ quan phối hợp"))
        )
        self.product.editingFinished.connect(
            lambda: self._set("product", self.product.text().strip() or None, self.tr("Sửa sản phẩm"))
        )
        self.start.activated.connect(
            lambda *_: self._set("start", self.start.period(), self.tr("Sửa thời gian bắt đầu"))
        )
        self.finish.activated.connect(
            lambda *_: self._set("finish", self.finish.period(), self.tr("Sửa thời gian hoàn thành"))
        )
        self.budget.editingFinished.connect(self._budget)
        self.setEnabled(False)

    def _budget(self) -> None:
        try:
            v = parse_money(self.budget.text())
        except ValueError as e:
            self.ws.failed.emit(str(e))
            return
        self._set("budget", v, self.tr("Sửa kinh phí nhiệm vụ"))

    def _event_date(self) -> None:
        import datetime as dt
        import re

        text = self.event_edit.text().strip()
        value = None
        if text:
            m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
            try:
                value = dt.date(int(m[3]), int(m[2]), int(m[1])) if m else None
            except ValueError:
                value = None
            if value is None:
                self.ws.failed.emit(
                    self.tr('Ngày "{t}" không hợp lệ: ghi ngày/tháng/năm, ví dụ 10/02/2026.').format(t=text)
                )
                return
        self._set("event_date", value, self.tr("Ghi ngày sự kiện của thời hạn"))

    def _set(self, field: str, value: Any, text: str) -> None:
        if self.task_id is None:
            return
        tid = self.task_id
        task = psvc.get_task(self.ws.plan, tid)
        if getattr(task, field) == value:
            return
        pid = self.ws.plan_id
        self.ws.set_field(text, lambda s, v: psvc.set_task_field(s, pid, tid, field, v), value)

    def show_task(self, task_id: int | None) -> None:
        self.task_id = task_id
        if task_id is None:
            self.setEnabled(False)
            return
        plan = self.ws.plan
        try:
            t = psvc.get_task(plan, task_id)
        except Exception:
            self.task_id = None
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self.start.set_year(plan.year)
        self.finish.set_year(plan.year)
        self.content.set_saved_text(t.content)
        for w, v in ((self.lead, t.lead), (self.coordinating, t.coordinating), (self.product, t.product)):
            if not w.hasFocus() or w.text() != (v or ""):
                w.setText(v or "")
        self.budget.setText(fmt_money(t.budget))
        self.start.set_period(t.start)
        self.finish.set_period(t.finish)
        self.guide.setText(t.guide or "")
        self._form.setRowVisible(self.guide, bool(t.guide))
        rule = t.deadline if t.deadline_rule else None
        relative = rule is not None and rule.kind == "relative"
        self._form.setRowVisible(self.event_edit, relative)
        if relative and rule is not None:
            self.event_label.setText(
                self.tr('Ngày "{event}" (hạn: {rule}):').format(event=rule.event, rule=rule.label())
            )
            if not self.event_edit.hasFocus():
                self.event_edit.setText(short_date(t.event_date))

    def focus_field(self, field: str | None) -> None:
        w = {
            "lead": self.lead,
            "finish": self.finish,
            "start": self.start,
            "content": self.content,
            "budget": self.budget,
            "product": self.product,
        }.get(field or "", self.content)
        w.setFocus()


class TasksPage(Page):
    def __init__(self, ws: Workspace) -> None:
        super().__init__(ws)
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.tr("Nhiệm vụ của kế hoạch")))
        lay.addWidget(
            hint(
                self.tr(
                    "Nhiệm vụ thành phố giao cho cấp xã đã được đưa sẵn vào. Bỏ việc không làm "
                    '("Không áp dụng"), thêm việc riêng của đơn vị, và ghi rõ ai chủ trì, khi nào xong.'
                )
            )
        )
        split = QSplitter(Qt.Orientation.Horizontal)
        self.pillars = QListWidget()
        self.pillars.setObjectName("pillar_list")
        self.pillars.setMinimumWidth(180)
        self.pillars.setMaximumWidth(280)
        self.pillars.setWordWrap(True)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("task_search")
        self.search.setPlaceholderText(self.tr("Tìm nhiệm vụ (không cần dấu)...  Ctrl+F"))
        self.search.setClearButtonEnabled(True)
        self.add_own = QPushButton(self.tr("Thêm nhiệm vụ &riêng..."))
        self.add_tmpl = QPushButton(self.tr("Thêm từ &mẫu thành phố..."))
        self.toggle = QPushButton(self.tr("&Không áp dụng"))
        self.toggle.setObjectName("toggle_adopt")
        tools.addWidget(self.search, 1)
        tools.addWidget(self.add_own)
        tools.addWidget(self.add_tmpl)
        tools.addWidget(self.toggle)
        rl.addLayout(tools)
        self.model = TaskTableModel(self)
        self.proxy = TaskFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("plan_tasks_view")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        for c in (COL_STATUS, COL_PERCENT, COL_LAST, COL_PRODUCT, COL_COORD, COL_PILLAR):
            self.view.setColumnHidden(c, True)
        h = self.view.horizontalHeader()
        h.setSectionResizeMode(COL_CONTENT, QHeaderView.ResizeMode.Stretch)
        for c, w in ((COL_NUMBER, 48), (COL_LEAD, 200), (COL_START, 100), (COL_FINISH, 100), (COL_BUDGET, 110)):
            self.view.setColumnWidth(c, w)
        rl.addWidget(self.view, 1)
        self.form = TaskForm(self)
        rl.addWidget(self.form)
        split.addWidget(self.pillars)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)

        self.pillars.currentRowChanged.connect(self._pillar_changed)
        self.search.textChanged.connect(self.proxy.set_search)
        self.view.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self.form.show_task(self.proxy.task_id(cur))
        )
        self.add_own.clicked.connect(self.add_own_task)
        self.add_tmpl.clicked.connect(self.add_template_tasks)
        self.toggle.clicked.connect(self.toggle_adopted)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.setTabOrder(self.search, self.view)

    def refresh(self) -> None:
        plan = self.ws.plan
        current = self.current_task_id()
        # the unit's own plan (its province issued no template): nothing to add from a template
        own = plan.template is None
        self.add_tmpl.setEnabled(not own and not plan.state.locked)  # a locked plan: nothing is added
        self.add_tmpl.setToolTip(
            self.tr('Kế hoạch do đơn vị tự lập, không theo mẫu: thêm nhiệm vụ bằng nút "Thêm nhiệm vụ riêng...".')
            if own
            else ""
        )
        rows = psvc.task_rows(plan, self.ws.today())
        self.model.set_rows(rows, self.ws.today())
        sel_pillar = self.pillars.currentItem().data(Qt.ItemDataRole.UserRole) if self.pillars.currentItem() else None
        self.pillars.blockSignals(True)
        self.pillars.clear()
        total = QListWidgetItem(self.tr("Tất cả ({n})").format(n=sum(1 for r in rows if r.adopted)))
        total.setData(Qt.ItemDataRole.UserRole, None)
        self.pillars.addItem(total)
        for p in psvc.pillars(plan):
            n = sum(1 for r in rows if r.pillar == p and r.adopted)
            if n == 0 and not any(r.pillar == p for r in rows):
                continue
            it = QListWidgetItem(f"{p} ({n})")
            it.setData(Qt.ItemDataRole.UserRole, p)
            self.pillars.addItem(it)
            if p == sel_pillar:
                self.pillars.setCurrentItem(it)
        if self.pillars.currentItem() is None:
            self.pillars.setCurrentRow(0)
        self.pillars.blockSignals(False)
        self.select_task(current)

    def _pillar_changed(self, row: int) -> None:
        item = self.pillars.item(row)
        self.proxy.set_pillar(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def current_task_id(self) -> int | None:
        return self.proxy.task_id(self.view.currentIndex())

    def select_task(self, task_id: int | None) -> None:
        if task_id is None:
            self.form.show_task(None)
            return
        src = self.model.index_of(task_id)
        idx = self.proxy.mapFromSource(src)
        if not idx.isValid() and src.isValid():
            self.pillars.setCurrentRow(0)
            self.search.clear()
            idx = self.proxy.mapFromSource(src)
        if idx.isValid():
            self.view.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.scrollTo(idx)
        self.form.show_task(task_id if idx.isValid() else None)
        self._update_toggle()

    def _update_toggle(self) -> None:
        tid = self.current_task_id()
        row = self.model.row_at(self.model.index_of(tid).row()) if tid is not None else None
        self.toggle.setEnabled(row is not None)
        if row is not None:
            if row.custom:
                self.toggle.setText(self.tr("&Xóa nhiệm vụ"))
            else:
                self.toggle.setText(self.tr("&Không áp dụng") if row.adopted else self.tr("&Áp dụng lại"))

    def goto(self, task_id: int | None, field: str | None) -> None:
        self.ensure_fresh()
        self.select_task(task_id)
        self.form.focus_field(field)

    # -- actions -----------------------------------------------------------
    def toggle_adopted(self) -> None:
        tid = self.current_task_id()
        if tid is None:
            return
        pid = self.ws.plan_id
        row = self.model.row_at(self.model.index_of(tid).row())
        if row.custom:
            state: dict[str, int] = {"id": tid}

            def do(s: Any) -> dict[str, Any]:
                return psvc.remove_task(s, pid, state["id"])

            def undo(s: Any, snap: dict[str, Any]) -> None:
                state["id"] = psvc.add_own_task(s, pid, **snap)

            self.ws.push(ServiceCommand(self.ws, self.tr("Xóa nhiệm vụ riêng"), do=do, undo=undo))
        else:
            new = not row.adopted
            self.ws.set_field(
                self.tr("Áp dụng nhiệm vụ") if new else self.tr("Không áp dụng nhiệm vụ"),
                lambda s, v: psvc.set_task_field(s, pid, tid, "adopted", v),
                new,
            )
            self.select_task(tid)
        self._update_toggle()

    def add_own_task(self) -> int | None:
        """Thêm nhiệm vụ riêng...: the dialog, then the undoable addition."""
        plan = self.ws.plan
        dlg = OwnTaskDialog(psvc.pillar_choices(plan), plan.year, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.add_own_task_with(dlg.fields())

    def add_own_task_with(self, fields: dict[str, Any]) -> int | None:
        pid = self.ws.plan_id
        state: dict[str, Any] = {}

        def do(s: Any) -> int:
            new_id: int = psvc.add_own_task(s, pid, **fields)
            state["id"] = new_id
            return new_id

        def undo(s: Any, tid: int) -> None:
            psvc.remove_task(s, pid, state["id"])

        cmd = ServiceCommand(
            self.ws, self.tr("Thêm nhiệm vụ riêng"), do=do, undo=undo, redo_again=lambda s, _old: do(s)
        )
        if self.ws.push(cmd):
            self.ensure_fresh()
            added: int = state["id"]
            self.select_task(added)
            return added
        return None

    def add_template_tasks(self) -> None:
        """Thêm từ mẫu thành phố...: pick template tasks, then adopt them in one undo step."""
        pid = self.ws.plan_id
        with self.ws.store.transaction() as s:
            items = psvc.candidate_tasks(s, pid)
        if not items:
            from desktop.views.common import show_info

            show_info(
                self,
                self.tr(
                    "Mọi nhiệm vụ của kế hoạch thành phố đã có trong kế hoạch của đơn vị. "
                    'Nhiệm vụ đã bỏ (không áp dụng) được áp dụng lại bằng nút "Áp dụng lại".'
                ),
            )
            return
        dlg = CandidateDialog(items, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.adopt_template_tasks(dlg.chosen())

    def adopt_template_tasks(self, chosen: list[str]) -> None:
        if not chosen:
            return
        pid = self.ws.plan_id
        self.ws.undo_stack.beginMacro(self.tr("Thêm {n} nhiệm vụ từ mẫu").format(n=len(chosen)))
        try:
            self._adopt_each(pid, chosen)
        finally:
            self.ws.undo_stack.endMacro()  # an error never leaves the undo stack inside a macro

    def _adopt_each(self, pid: int, chosen: list[str]) -> None:
        for ref in chosen:

            def do(s: Any, ref: str = ref) -> tuple[int, bool]:
                return psvc.adopt_template_task(s, pid, ref)

            def undo(s: Any, st: tuple[int, bool]) -> None:
                tid, new = st
                if new:
                    psvc.remove_task(s, pid, tid)
                else:
                    psvc.set_task_field(s, pid, tid, "adopted", False)

            self.ws.push(ServiceCommand(self.ws, self.tr("Áp dụng nhiệm vụ"), do=do, undo=undo))
