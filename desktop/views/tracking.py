"""Theo dõi: the task list with status colours and progress, late tasks highlighted
against today's date; filter, search and sort; the quarterly update; each task's
history; the measured value of each target per quarter.
"""

from __future__ import annotations

import html
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QRect, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import TaskStatus
from desktop.models.period import Period, quarters
from desktop.services import history
from desktop.services import plans as psvc
from desktop.services import tracking as tsvc
from desktop.views.common import (
    STATUS_COLORS,
    fmt_date,
    fmt_period,
    heading,
    hint,
    parse_money,
    show_error,
    status_label,
)
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
    ROW_ROLE,
    TaskFilterProxy,
    TaskTableModel,
)
from desktop.views.update_dialog import UpdateDialog
from desktop.views.widgets import Page, WrapTable
from desktop.views.worker import run_in_background
from desktop.views.workspace import Workspace
from desktop.vn import format_local, format_number


class PercentDelegate(QStyledItemDelegate):
    """A small progress bar in the status colour."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row = index.data(ROW_ROLE)
        if row is None:
            return super().paint(painter, option, index)
        self.initStyleOption(option, index)
        painter.save()
        bg = index.data(Qt.ItemDataRole.BackgroundRole)
        if bg is not None:
            painter.fillRect(option.rect, bg)
        r = option.rect.adjusted(4, 6, -4, -6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e0e0e0"))
        painter.drawRoundedRect(r, 3, 3)
        w = int(r.width() * max(0, min(100, row.percent)) / 100)
        painter.setBrush(STATUS_COLORS[row.effective if row.adopted else TaskStatus.NOT_STARTED])
        painter.drawRoundedRect(QRect(r.left(), r.top(), w, r.height()), 3, 3)
        painter.setPen(QColor("#000") if row.percent < 55 else QColor("#fff"))
        painter.drawText(r, Qt.AlignmentFlag.AlignCenter, f"{row.percent}%")
        painter.restore()


class TargetsMeasureTab(QWidget):
    """Targets × quarters: double-click a quarter's cell to record the measured value."""

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        lay = QVBoxLayout(self)
        lay.addWidget(
            hint(
                self.tr(
                    "Ghi giá trị đo được của từng chỉ tiêu vào cuối mỗi quý (bấm đúp vào ô). "
                    "Ô xanh: đạt mức của đơn vị; ô đỏ: chưa đạt."
                )
            )
        )
        self.table = WrapTable(0, 7)
        self.table.setObjectName("measure_table")
        lay.addWidget(self.table)
        self.table.itemChanged.connect(self._changed)
        self.table.setWordWrap(True)
        self._loading = False

    def refresh(self) -> None:
        self._loading = True
        plan = self.ws.plan
        qs = quarters(plan.year)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Chỉ tiêu"), self.tr("Đơn vị tính"), self.tr("Mức của đơn vị")] + [q.label() for q in qs]
        )
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, 7):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setRowCount(len(plan.targets))
        for r, tg in enumerate(plan.targets):
            by_q = {m.period: m for m in tg.measurements}
            cells = [tg.text, tg.unit, psvc.goal_cell(tg.direction, tg.value, tg.value_max)]
            for c, text in enumerate(cells):
                it = QTableWidgetItem(text)
                it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
                it.setData(Qt.ItemDataRole.UserRole, tg.id)
                self.table.setItem(r, c, it)
            for i, q in enumerate(qs):
                m = by_q.get(q)
                it = QTableWidgetItem(format_number(m.value) if m else "")
                it.setData(Qt.ItemDataRole.UserRole, tg.id)
                it.setData(Qt.ItemDataRole.UserRole + 1, q.code)
                it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if m is not None:
                    met = tsvc.target_met(tg, m.value)
                    it.setBackground(QColor("#e8f5e9") if met else QColor("#ffebee"))
                    if m.note:
                        it.setToolTip(m.note)
                self.table.setItem(r, 3 + i, it)
        self.table.resizeRowsToContents()
        self._loading = False

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() < 3:
            return
        tid = item.data(Qt.ItemDataRole.UserRole)
        period = Period.parse(item.data(Qt.ItemDataRole.UserRole + 1))
        try:
            value = parse_money(item.text())
        except ValueError as e:
            self.ws.failed.emit(str(e))
            self.refresh()
            return
        if value is None:
            self.refresh()
            return
        self.record(tid, period, value)

    def record(self, target_id: int, period: Period, value: Decimal) -> None:
        pid = self.ws.plan_id
        today = self.ws.today()
        self.ws.write(lambda s: psvc.record_measurement(s, pid, target_id, period, value, measured_on=today))
        self.refresh()


class TrackingPage(Page):
    def __init__(self, ws: Workspace, settings: object | None = None) -> None:
        super().__init__(ws)
        self.settings = settings
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Theo dõi thực hiện")), 1)
        self.today_label = QLabel()
        self.today_label.setObjectName("today_label")
        top.addWidget(self.today_label)
        lay.addLayout(top)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)

        tasks = QWidget()
        tl = QVBoxLayout(tasks)
        tools = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("tracking_search")
        self.search.setPlaceholderText(self.tr("Tìm nhiệm vụ, cơ quan (không cần dấu)...  Ctrl+F"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("status_filter")
        self.status.addItem(self.tr("Mọi trạng thái"), None)
        for s in (
            TaskStatus.LATE,
            TaskStatus.IN_PROGRESS,
            TaskStatus.NOT_STARTED,
            TaskStatus.DONE,
            TaskStatus.CANCELLED,
        ):
            self.status.addItem(status_label(s), s)
        self.pillar = QComboBox()
        self.pillar.setObjectName("pillar_filter")
        self.pillar.setMinimumContentsLength(14)
        self.pillar.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.late_only = QCheckBox(self.tr("Chỉ việc &chậm"))
        self.update_btn = QPushButton(self.tr("&Cập nhật tiến độ..."))
        self.update_btn.setObjectName("update_button")
        self.update_btn.setToolTip(self.tr("Ctrl+U hoặc bấm đúp vào nhiệm vụ"))
        f = self.update_btn.font()
        f.setBold(True)
        self.update_btn.setFont(f)
        tools.addWidget(self.search, 2)
        tools.addWidget(self.status)
        tools.addWidget(self.pillar, 1)
        tools.addWidget(self.late_only)
        tools.addWidget(self.update_btn)
        tl.addLayout(tools)
        self.summary = hint("")
        self.summary.setObjectName("tracking_summary")
        tl.addWidget(self.summary)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = TaskTableModel(self)
        self.proxy = TaskFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_adopted_only(True)
        self.view = QTableView()
        self.view.setObjectName("tracking_view")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setItemDelegateForColumn(COL_PERCENT, PercentDelegate(self.view))
        for c in (COL_START, COL_PRODUCT, COL_COORD, COL_BUDGET, COL_PILLAR):
            self.view.setColumnHidden(c, True)
        h = self.view.horizontalHeader()
        h.setSectionResizeMode(COL_CONTENT, QHeaderView.ResizeMode.Stretch)
        h.setMinimumSectionSize(40)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for c, w in (
            (COL_NUMBER, 40),
            (COL_LEAD, 124),
            (COL_FINISH, 114),
            (COL_STATUS, 122),
            (COL_PERCENT, 80),
            (COL_LAST, 88),
        ):
            self.view.setColumnWidth(c, w)
        self.history = QTextBrowser()
        self.history.setObjectName("task_history")
        self.history.setOpenLinks(False)
        self.history.anchorClicked.connect(self._open_link)
        self.history.setMinimumWidth(220)
        self.history.setMaximumWidth(380)
        split.addWidget(self.view)
        split.addWidget(self.history)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setSizes([900, 280])
        tl.addWidget(split, 1)
        self.tabs.addTab(tasks, self.tr("&Nhiệm vụ"))
        self.targets = TargetsMeasureTab(ws)
        self.tabs.addTab(self.targets, self.tr("Chỉ &tiêu theo quý"))

        self.search.textChanged.connect(self.proxy.set_search)
        self.search.textChanged.connect(lambda *_: self._update_summary())
        self.status.currentIndexChanged.connect(lambda *_: self._filter_status())
        self.pillar.currentIndexChanged.connect(lambda *_: self._filter_pillar())
        self.late_only.toggled.connect(self._filter_late_only)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self.show_history(self.proxy.task_id(cur)))
        self.view.doubleClicked.connect(lambda idx: self.open_update(self.proxy.task_id(idx)))
        self.update_btn.clicked.connect(lambda: self.open_update(self.current_task_id()))
        QShortcut(QKeySequence("Ctrl+U"), self, lambda: self.open_update(self.current_task_id()))
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.setTabOrder(self.search, self.status)
        self.setTabOrder(self.status, self.pillar)
        self.setTabOrder(self.pillar, self.late_only)
        self.setTabOrder(self.late_only, self.update_btn)
        self.setTabOrder(self.update_btn, self.view)
        self.dialog: UpdateDialog | None = None

    # -- reading -----------------------------------------------------------
    def refresh(self) -> None:
        plan = self.ws.plan
        today = self.ws.today()
        current = self.current_task_id()
        self.model.set_rows(psvc.task_rows(plan, today, adopted_only=True), today)
        sel = self.pillar.currentData()
        self.pillar.blockSignals(True)
        self.pillar.clear()
        self.pillar.addItem(self.tr("Mọi trụ cột"), None)
        for p in psvc.pillars(plan):
            self.pillar.addItem(p, p)
        self.pillar.setCurrentIndex(max(0, self.pillar.findData(sel)))
        self.pillar.blockSignals(False)
        q = Period.quarter_of(today)
        self.today_label.setText(self.tr("Hôm nay: {d} ({q})").format(d=fmt_date(today), q=q.label()))
        self.targets.refresh()
        self._update_summary()
        self.select_task(current)

    def _filter_status(self) -> None:
        data = self.status.currentData()
        self.proxy.set_status(TaskStatus(data) if data else None)
        self._update_summary()

    def _filter_pillar(self) -> None:
        self.proxy.set_pillar(self.pillar.currentData())
        self._update_summary()

    def _filter_late_only(self, on: bool) -> None:
        self.proxy.set_late_only(on)
        self._update_summary()

    def _update_summary(self) -> None:
        rows = self.model.rows()
        today = self.ws.today()
        late = sum(1 for r in rows if r.effective is TaskStatus.LATE)
        q = Period.quarter_of(today)
        due = sum(
            1
            for r in rows
            if r.finish
            and q.start <= r.finish.end <= q.end
            and r.effective not in (TaskStatus.DONE, TaskStatus.CANCELLED)
        )
        self.summary.setText(
            self.tr(
                "Đang hiện {shown}/{total} nhiệm vụ. {late} việc chậm tiến độ (tô đỏ); {due} việc phải xong trong {q}."
            ).format(shown=self.proxy.rowCount(), total=len(rows), late=late, due=due, q=q.label())
        )

    def current_task_id(self) -> int | None:
        return self.proxy.task_id(self.view.currentIndex())

    def select_task(self, task_id: int | None) -> None:
        if task_id is None:
            self.show_history(None)
            return
        idx = self.proxy.mapFromSource(self.model.index_of(task_id))
        if idx.isValid():
            self.view.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.scrollTo(idx)
        self.show_history(task_id)

    def show_history(self, task_id: int | None) -> None:
        if task_id is None:
            self.history.setHtml(
                "<p style='color:#666'>"
                + html.escape(self.tr("Chọn một nhiệm vụ để xem quá trình thực hiện."))
                + "</p>"
            )
            return
        try:
            t = psvc.get_task(self.ws.plan, task_id)
        except Exception:
            self.history.clear()
            return
        st = tsvc.effective_status(t, self.ws.today())
        color = STATUS_COLORS[st].name()
        e = html.escape
        parts = [
            f"<h3 style='margin:0'>{e(t.content)}</h3>",
            f"<p>{e(self.tr('Chủ trì'))}: {e(t.lead or '—')}<br>{e(self.tr('Hoàn thành'))}: "
            f"{e(fmt_period(t.finish) or '—')}<br>"
            f"<b style='color:{color}'>{e(status_label(st))}</b> — {t.percent}%</p>",
            f"<h4>{e(self.tr('Quá trình thực hiện'))}</h4>",
        ]
        if not t.updates:
            parts.append(f"<p style='color:#666'>{e(self.tr('Chưa có cập nhật nào.'))}</p>")
        for u in reversed(t.updates):
            parts.append(
                f"<p><b>{fmt_date(u.on_date)}</b> ({e(fmt_period(u.period))}): "
                f"<span style='color:{STATUS_COLORS[u.status].name()}'>{e(status_label(u.status))}</span>, "
                f"{u.percent}%<br>{e(u.note)}"
            )
            for ev in t.evidence:
                if ev.update_id == u.id:
                    if ev.stored_name:
                        parts.append(f"<br>📎 <a href='evidence:{ev.id}'>{e(ev.file_name or ev.title)}</a>")
                    else:
                        parts.append(f"<br>📄 {e(ev.citation)}")
            parts.append("</p>")
        with self.ws.store.session() as s:
            changes = history.task_changes(s, task_id)
        if changes:
            parts.append(f"<h4>{e(self.tr('Nhật ký thay đổi'))}</h4>")
            for c in reversed(changes[-30:]):
                parts.append(
                    f"<p style='margin:2px 0'><span style='color:#555'>{format_local(c.at)} · "
                    f"{e(c.who)}</span><br>{e(c.text)}</p>"
                )
        self.history.setHtml("".join(parts))

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() != "evidence":
            return
        ev_id = int(url.path())
        for t in self.ws.plan.tasks:
            for ev in t.evidence:
                if ev.id == ev_id:
                    path = tsvc.evidence_path(self.ws.store.data, ev)
                    if path and path.exists():
                        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
                    else:
                        show_error(self, self.tr("Không tìm thấy tệp minh chứng trong thư mục dữ liệu."))

    # -- the quarterly update ----------------------------------------------
    def open_update(self, task_id: int | None) -> UpdateDialog | None:
        if task_id is None:
            show_error(self, self.tr("Hãy chọn một nhiệm vụ trong danh sách trước."))
            return None
        plan = self.ws.plan
        task = psvc.get_task(plan, task_id)
        dlg = UpdateDialog(task, plan.year, self.ws.today(), self.settings, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.submitted.connect(lambda: self._submit(dlg, task_id))
        self.dialog = dlg
        dlg.finished.connect(lambda *_: setattr(self, "dialog", None))
        dlg.open()
        return dlg

    def _submit(self, dlg: UpdateDialog, task_id: int) -> None:
        spec = dlg.spec()
        if spec.author is None:
            spec.author = self.ws.plan.unit.user_name
        dlg.set_busy(True)
        store = self.ws.store
        pid = self.ws.plan_id

        def work() -> int:
            with store.transaction() as s:
                return psvc.record_task_update(s, store.data, pid, task_id, spec)

        def done(_result: Any) -> None:
            dlg.set_busy(False)
            dlg.accept()
            self.ws.changed.emit()
            self.select_task(task_id)

        def failed(err: BaseException) -> None:
            dlg.set_busy(False)
            from desktop.errors import KhcdsError

            msg = str(err) if isinstance(err, KhcdsError) else self.tr("Không lưu được cập nhật: {e}").format(e=err)
            show_error(dlg, msg)

        run_in_background(work, done, failed)
