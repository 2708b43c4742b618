"""The main window: a navigation list on the left (Tổng quan, Kế hoạch, Nhiệm vụ,
Theo dõi, Văn bản, Gửi thành phố), the page on the right, the plan check below.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QDate, QSize, Qt, QTime, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.models.enums import Issuer, PlanKind, PlanState
from desktop.services import plans as psvc
from desktop.views import common
from desktop.views.common import (
    ask,
    fit_window,
    fits,
    heading,
    hint,
    show_error,
    show_info,
    vn_buttons,
)
from desktop.views.settings import Settings
from desktop.views.widgets import Page
from desktop.views.workspace import Workspace
from desktop.vn import DATE_EDIT_FORMAT, format_local

if TYPE_CHECKING:
    from desktop.store import Store
    from desktop.views.dashboard import DashboardPage
    from desktop.views.documents_panel import DocumentsPage
    from desktop.views.plan_editor import PlanEditorPage
    from desktop.views.tasks_page import TasksPage
    from desktop.views.tracking import TrackingPage

log = logging.getLogger(__name__)

PAGE_DASHBOARD, PAGE_PLAN, PAGE_TASKS, PAGE_TRACKING, PAGE_DOCUMENTS, PAGE_SYNC = range(6)


class SyncPage(Page):
    """Gửi thành phố: one action to build the export file (the sync capability)."""

    def __init__(self, ws: Workspace, settings: Settings) -> None:
        super().__init__(ws)
        self.settings = settings
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.tr("Gửi dữ liệu cho thành phố")))
        lay.addWidget(
            hint(
                self.tr(
                    "Tạo một tệp chứa kế hoạch và tiến độ của đơn vị (có chữ ký số của thư mục dữ liệu), "
                    "rồi gửi tệp đó cho Sở Khoa học và Công nghệ qua thư điện tử hoặc hệ thống "
                    "quản lý văn bản."
                )
            )
        )
        self.button = QPushButton(self.tr("&Tạo tệp gửi thành phố..."))
        self.button.setObjectName("export_button")
        self.button.setMinimumHeight(44)
        f = self.button.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.15)
        self.button.setFont(f)
        lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("page_fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ff = self.fingerprint.font()
        ff.setFamily("monospace")
        ff.setPointSizeF(ff.pointSizeF() * 1.3)
        self.fingerprint.setFont(ff)
        lay.addSpacing(8)
        lay.addWidget(
            QLabel(self.tr("Dấu vân tay khóa ký của đơn vị (đọc cho thành phố qua điện thoại khi gửi lần đầu):"))
        )
        lay.addWidget(self.fingerprint)
        lay.addSpacing(8)
        self.history = QLabel()
        self.history.setObjectName("page_export_history")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.history)
        lay.addStretch(1)
        self.button.clicked.connect(self.open_export)

    def refresh(self) -> None:
        import html

        from desktop.services import exports as xsvc

        plan = self.ws.plan
        try:
            self.fingerprint.setText(xsvc.folder_fingerprint(self.ws.store.data))
        except OSError:
            self.fingerprint.setText("—")
        if not plan.exports:
            self.history.setText(self.tr("Chưa gửi lần nào."))
            return
        rows = "".join(
            f"<tr><td>{r.revision}</td><td>{format_local(r.created_at)}</td><td>{html.escape(r.file_name)}</td></tr>"
            for r in reversed(plan.exports[-10:])
        )
        self.history.setText(
            "<b>"
            + html.escape(self.tr("Các lần đã gửi"))
            + "</b><table cellpadding='3'><tr><th align='left'>"
            + html.escape(self.tr("Lần"))
            + "</th><th align='left'>"
            + html.escape(self.tr("Thời gian"))
            + "</th><th align='left'>"
            + html.escape(self.tr("Tệp"))
            + "</th></tr>"
            + rows
            + "</table>"
        )

    def open_export(self) -> None:
        from desktop.views.export_dialog import ExportDialog  # loaded when first opened

        dlg = ExportDialog(
            store=self.ws.store, year=self.ws.plan.year, plan_id=self.ws.plan_id, settings=self.settings, parent=self
        )
        dlg.exec()
        self.ws.changed.emit()


class NewPlanDialog(QDialog):
    """A new plan: its kind, issuing body, template (or none), year or dates, title and number."""

    def __init__(self, store: Store, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kế hoạch mới"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.setObjectName("new_plan_kind")
        for k, label in (
            (PlanKind.ANNUAL, self.tr("Kế hoạch năm")),
            (PlanKind.IMPLEMENTATION, self.tr("Kế hoạch triển khai một văn bản (nghị quyết, kế hoạch cấp trên)")),
            (PlanKind.CAMPAIGN, self.tr("Kế hoạch cao điểm, chiến dịch (ví dụ: 100 ngày)")),
        ):
            self.kind.addItem(label, k.value)
        self.issuer = QComboBox()
        self.issuer.setObjectName("new_plan_issuer")
        for i, label in (
            (Issuer.UBND, self.tr("Ủy ban nhân dân")),
            (Issuer.DANG_UY, self.tr("Đảng ủy")),
            (Issuer.BAN_CHI_DAO, self.tr("Ban Chỉ đạo")),
            (Issuer.BAN_THUONG_VU, self.tr("Ban Thường vụ Đảng ủy")),
        ):
            self.issuer.addItem(label, i.value)
        self.template = QComboBox()
        self.template.setObjectName("new_plan_template")
        # long template titles are elided in the box (the whole title is in the tooltip)
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(48)
        with store.transaction() as s:
            from desktop.services import templates as tsvc

            tsvc.sync_builtins(s)
            rows = [tsvc.summary(r) for r in tsvc.records(s)]
        for r in sorted(rows, key=lambda r: r["date"] or "", reverse=True):
            text = f"{r['number']} — {r['title']} ({r['period']})"
            self.template.addItem(text, (r["id"], r["version"]))
            self.template.setItemData(self.template.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.template.addItem(self.tr("Không theo mẫu: kế hoạch riêng của đơn vị"), None)
        self.year = QSpinBox()
        self.year.setObjectName("new_plan_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.by_dates = QCheckBox(self.tr("Theo thời gian riêng (từ ngày ... đến ngày ...)"))
        self.by_dates.setObjectName("new_plan_by_dates")
        self.start = QDateEdit(QDate(year, 1, 1))
        self.start.setObjectName("new_plan_start")
        self.end = QDateEdit(QDate(year, 12, 31))
        self.end.setObjectName("new_plan_end")
        for d in (self.start, self.end):
            d.setDisplayFormat(DATE_EDIT_FORMAT)
            d.setCalendarPopup(True)
            d.setEnabled(False)
        self.by_dates.toggled.connect(self.start.setEnabled)
        self.by_dates.toggled.connect(self.end.setEnabled)
        self.by_dates.toggled.connect(lambda on: self.year.setEnabled(not on))
        self.title = QLineEdit()
        self.title.setObjectName("new_plan_title")
        self.title.setPlaceholderText(self.tr('Để trống: "Chuyển đổi số ... năm ..." (kế hoạch năm)'))
        self.number = QLineEdit()
        self.number.setObjectName("new_plan_number")
        self.number.setPlaceholderText(self.tr("Để trống cho văn thư điền"))
        form.addRow(self.tr("Loại kế hoạch:"), self.kind)
        form.addRow(self.tr("Cơ quan ban hành:"), self.issuer)
        form.addRow(self.tr("Mẫu kế hoạch của cấp trên:"), self.template)
        form.addRow(self.tr("Năm kế hoạch:"), self.year)
        form.addRow("", self.by_dates)
        form.addRow(self.tr("Từ ngày:"), self.start)
        form.addRow(self.tr("Đến ngày:"), self.end)
        form.addRow(self.tr("Tên (trích yếu):"), self.title)
        form.addRow(self.tr("Số, ký hiệu:"), self.number)
        box = vn_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def choice(self) -> dict[str, Any]:
        """What the official chose, as keyword arguments of ``MainWindow.create_plan``."""
        tpl = self.template.currentData()
        out: dict[str, Any] = {
            "key": tpl[0] if tpl else None,
            "version": tpl[1] if tpl else None,
            "year": self.year.value(),
            "kind": PlanKind(self.kind.currentData()),
            "issuer": Issuer(self.issuer.currentData()),
            "title": self.title.text().strip() or None,
            "number": self.number.text().strip() or None,
        }
        if self.by_dates.isChecked():
            out["start"] = self.start.date().toPython()
            out["end"] = self.end.date().toPython()
            out["year"] = None
        return out


class IssueDialog(QDialog):
    """The plan's number and date, asked for before it is approved and issued."""

    def __init__(
        self, number: str | None, date: dt.date | None, today: dt.date, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QDateEdit, QLineEdit

        from desktop.views.common import qdate

        self.setWindowTitle(title)
        self.setObjectName("issue_dialog")
        form = QFormLayout(self)
        form.addRow(
            hint(
                self.tr(
                    "Kế hoạch được ban hành phải có số, ký hiệu và ngày ban hành. "
                    "Sau bước này nội dung chỉ xem, không sửa được."
                )
            )
        )
        self.number = QLineEdit(number or "")
        self.number.setObjectName("issue_number")
        self.number.setPlaceholderText(self.tr("Ví dụ: 15"))
        self.date = QDateEdit()
        self.date.setObjectName("issue_date")
        self.date.setDisplayFormat(DATE_EDIT_FORMAT)
        self.date.setCalendarPopup(True)
        self.date.setDate(qdate(date or today))
        form.addRow(self.tr("Số kế hoạch (*):"), self.number)
        form.addRow(self.tr("Ngày ban hành (*):"), self.date)
        self.reason = QLabel()
        self.reason.setObjectName("issue_reason")
        self.reason.setStyleSheet("color: #b71c1c;")
        form.addRow(self.reason)
        self.box = vn_buttons(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        )
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        form.addRow(self.box)
        self.number.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        ok = bool(self.number.text().strip())
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.reason.setText("" if ok else self.tr("Hãy nhập số kế hoạch."))

    def values(self) -> tuple[str, dt.date | None]:
        from desktop.views.common import pydate

        return self.number.text().strip(), pydate(self.date.date())


class MainWindow(QMainWindow):
    dataFolderRequested = Signal(str)  # open (or set up) another data folder
    templatePackageImported = Signal()
    restoreRequested = Signal(str)  # replace the store with a backup file

    def __init__(
        self, store: Store, plan_id: int, today: Callable[[], dt.date] | None = None, settings: Settings | None = None
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or Settings(store.data.root / "gui.ini")
        self.ws = Workspace(store, plan_id, today, self)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("main_window")

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet(
            "QListWidget#nav { background: #1f3b57; color: white; border: none; padding-top: 8px; outline: 0; }"
            "QListWidget#nav::item { padding: 12px 14px; }"
            "QListWidget#nav::item:selected { background: #2f6496; color: white; border-left: 4px solid #ffca28; }"
        )
        f = self.nav.font()
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.nav.setFont(f)
        # Pages are built when first needed (shown, or reached by an action), not at start:
        # until then the stack holds an empty placeholder at the page's index.
        self.stack = QStackedWidget()
        self._pages: dict[int, Page] = {}
        names = [
            self.tr("Tổng quan"),
            self.tr("Kế hoạch"),
            self.tr("Nhiệm vụ"),
            self.tr("Theo dõi"),
            self.tr("Văn bản"),
            self.tr("Gửi thành phố"),
        ]
        for i, name in enumerate(names):
            item = QListWidgetItem(name)
            item.setToolTip(f"{name} (Ctrl+{i + 1})")
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())
        central = QWidget()
        cl = QHBoxLayout(central)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        cl.addWidget(self.nav)
        holder = QWidget()
        hl = QVBoxLayout(holder)
        hl.setContentsMargins(12, 10, 12, 6)
        hl.addWidget(self.stack)
        cl.addWidget(holder, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.currentRowChanged.connect(self.ws.set_page)  # Undo follows the page in view

        # the plan check
        self.issues = QListWidget()
        self.issues.setObjectName("issues")
        self.issues.setWordWrap(True)
        self.issues_dock = QDockWidget(self.tr("Kiểm tra kế hoạch"), self)
        self.issues_dock.setObjectName("issues_dock")
        self.issues_dock.setWidget(self.issues)
        self.issues_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.issues_dock)
        self.issues.setMinimumHeight(60)
        self.issues.itemActivated.connect(self._issue_activated)
        self.issues.itemClicked.connect(self._issue_activated)

        self._build_actions()
        self.ws.changed.connect(self._changed)
        self.ws.failed.connect(self._failed)
        self.state_label = QLabel()
        self.statusBar().addPermanentWidget(self.state_label)
        self._sized = False
        self._restore()
        self._show_page(max(0, self.nav.currentRow()))  # the page in view is built now, the others on first need
        self._changed(initial=True)

    # -- actions -----------------------------------------------------------
    def _build_actions(self) -> None:
        self.undo_action = self.ws.undo_group.createUndoAction(self, self.tr("&Hoàn tác"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.ws.undo_group.createRedoAction(self, self.tr("&Làm lại"))
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        self.check_action = self.issues_dock.toggleViewAction()
        self.check_action.setText(self.tr("&Kiểm tra kế hoạch"))
        self.check_action.setShortcut(QKeySequence("F7"))
        quit_action = QAction(self.tr("&Thoát"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        about = QAction(self.tr("&Giới thiệu"), self)
        about.triggered.connect(
            lambda: show_info(
                self,
                self.tr("{app} {v}\nLập, theo dõi và báo cáo kế hoạch chuyển đổi số.\nThư mục dữ liệu: {d}").format(
                    app=APP_NAME, v=__version__, d=self.store.data.root
                ),
                self.tr("Giới thiệu"),
            )
        )
        m = self.menuBar()
        fm = m.addMenu(self.tr("&Tệp"))
        self.save_action = fm.addAction(self.tr("&Lưu"))
        self.save_action.setObjectName("action_save")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setToolTip(self.tr("Mọi thay đổi được lưu ngay khi gõ; Ctrl+S để chắc chắn."))
        self.save_action.triggered.connect(self.save_all)
        self.print_action = fm.addAction(self.tr("&In văn bản..."))
        self.print_action.setObjectName("action_print")
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_current)
        fm.addSeparator()
        a = fm.addAction(self.tr("&Kế hoạch mới..."))
        a.setObjectName("action_new_plan")
        a.triggered.connect(self.new_plan)
        fm.addSeparator()
        a = fm.addAction(self.tr("&Nhập gói mẫu kế hoạch của thành phố..."))
        a.setObjectName("action_import_template")
        a.triggered.connect(self.choose_template_package)
        a = fm.addAction(self.tr("Đặt lại khóa &tin cậy của tỉnh, thành phố..."))
        a.setObjectName("action_reset_template_trust")
        a.triggered.connect(self.reset_template_trust)
        a = fm.addAction(self.tr("Mở hoặc tạo thư mục &dữ liệu khác..."))
        a.setObjectName("action_open_folder")
        a.setToolTip(self.tr("Một thư mục trống sẽ mở trình hướng dẫn khai báo đơn vị mới."))
        a.triggered.connect(self.open_folder)
        fm.addSeparator()
        a = fm.addAction(self.tr("&Sao lưu ngay"))
        a.setObjectName("action_backup")
        a.triggered.connect(self.backup_now)
        a = fm.addAction(self.tr("&Khôi phục từ bản sao lưu..."))
        a.setObjectName("action_restore")
        a.triggered.connect(self.restore_backup)
        fm.addSeparator()
        fm.addAction(quit_action)
        pm = m.addMenu(self.tr("&Kế hoạch"))
        self.state_actions: dict[PlanState, QAction] = {}
        for st, text in (
            (PlanState.SUBMITTED, self.tr("&Trình phê duyệt")),
            (PlanState.APPROVED, self.tr("&Phê duyệt")),
            (PlanState.ISSUED, self.tr("&Ban hành")),
            (PlanState.DRAFT, self.tr("Trả về &dự thảo")),
        ):
            a = pm.addAction(text)
            a.setObjectName(f"action_state_{st.value}")
            a.triggered.connect(lambda _c=False, st=st: self.change_state(st))
            self.state_actions[st] = a
        pm.addSeparator()
        self.unlock_action = pm.addAction(self.tr("&Mở khóa để sửa..."))
        self.unlock_action.setObjectName("action_unlock")
        self.unlock_action.triggered.connect(self.unlock)
        pm.addSeparator()
        a = pm.addAction(self.tr("Tự &chấm điểm chuyển đổi số..."))
        a.setObjectName("action_scorecard")
        a.triggered.connect(lambda: self.open_scorecard())
        em = m.addMenu(self.tr("&Sửa"))
        em.addAction(self.undo_action)
        em.addAction(self.redo_action)
        vm = m.addMenu(self.tr("&Xem"))
        for i in range(self.nav.count()):
            a = QAction(self.nav.item(i).text(), self)
            a.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            a.triggered.connect(lambda _c=False, i=i: self.goto_page(i))
            vm.addAction(a)
        vm.addSeparator()
        vm.addAction(self.check_action)
        hm = m.addMenu(self.tr("&Trợ giúp"))
        self.guide_action = hm.addAction(self.tr("&Hướng dẫn sử dụng"))
        self.guide_action.setObjectName("action_guide")
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.open_guide)
        hm.addAction(about)
        tb = QToolBar(self.tr("Thanh công cụ"))
        tb.setObjectName("toolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tb.addAction(self.undo_action)
        tb.addAction(self.redo_action)
        tb.addSeparator()
        tb.addAction(self.check_action)
        tb.addSeparator()
        tb.addWidget(QLabel(self.tr(" Kế hoạch: ")))
        self.plan_combo = QComboBox()
        self.plan_combo.setObjectName("plan_combo")
        self.plan_combo.setModel(QStandardItemModel(self.plan_combo))
        self.plan_combo.setMinimumContentsLength(34)
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        tb.addWidget(self.plan_combo)
        self.plan_combo.activated.connect(lambda *_: self._switch_plan())
        self.addToolBar(tb)

    # -- pages, built on first need ----------------------------------------
    def _show_page(self, index: int) -> None:
        if 0 <= index < self.stack.count():
            self.page(index)
            self.stack.setCurrentIndex(index)

    def page(self, index: int) -> Page:
        """The page at ``index`` of the navigation, built (in place of its placeholder) when first needed."""
        page = self._pages.get(index)
        if page is not None:
            return page
        page = self._pages[index] = self._build_page(index)
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        if self.stack.currentWidget() is placeholder:
            self.stack.setCurrentIndex(index)  # the page replaces the placeholder in view, no other page shows
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self._lock_page(index)
        return page

    def _build_page(self, index: int) -> Page:
        if index == PAGE_DASHBOARD:
            from desktop.views.dashboard import DashboardPage

            dashboard = DashboardPage(self.ws)
            dashboard.taskActivated.connect(self.goto_tracking_task)
            return dashboard
        if index == PAGE_PLAN:
            from desktop.views.plan_editor import PlanEditorPage

            return PlanEditorPage(self.ws)
        if index == PAGE_TASKS:
            from desktop.views.tasks_page import TasksPage

            return TasksPage(self.ws)
        if index == PAGE_TRACKING:
            from desktop.views.tracking import TrackingPage

            return TrackingPage(self.ws, self.settings)
        if index == PAGE_DOCUMENTS:
            from desktop.views.documents_panel import DocumentsPage

            return DocumentsPage(self.ws, self.settings)
        if index == PAGE_SYNC:
            return SyncPage(self.ws, self.settings)
        raise IndexError(index)

    def _lock_page(self, index: int) -> None:
        """A locked plan's content is read-only on the pages that edit it."""
        if index not in (PAGE_PLAN, PAGE_TASKS):
            return
        locked = self.ws.plan.state.locked
        if index == PAGE_PLAN:
            common.show_locked(self.plan_page, locked)
        else:
            common.show_locked(self.tasks_page.form, locked)
            for b in (self.tasks_page.add_own, self.tasks_page.add_tmpl):
                b.setEnabled(not locked)

    @property
    def dashboard(self) -> DashboardPage:
        return cast("DashboardPage", self.page(PAGE_DASHBOARD))

    @property
    def plan_page(self) -> PlanEditorPage:
        return cast("PlanEditorPage", self.page(PAGE_PLAN))

    @property
    def tasks_page(self) -> TasksPage:
        return cast("TasksPage", self.page(PAGE_TASKS))

    @property
    def tracking(self) -> TrackingPage:
        return cast("TrackingPage", self.page(PAGE_TRACKING))

    @property
    def documents(self) -> DocumentsPage:
        return cast("DocumentsPage", self.page(PAGE_DOCUMENTS))

    @property
    def sync_page(self) -> SyncPage:
        return cast("SyncPage", self.page(PAGE_SYNC))

    def save_all(self) -> None:
        """Ctrl+S: a text box being typed in is saved now; then say that everything is saved."""
        focus = self.focusWidget()
        from desktop.views.widgets import CommitTextEdit

        if isinstance(focus, CommitTextEdit):
            focus.commit()
        elif focus is not None and hasattr(focus, "editingFinished"):
            focus.editingFinished.emit()
        self.statusBar().showMessage(
            self.tr("Mọi thay đổi đã được lưu vào thư mục dữ liệu (lúc {t}).").format(
                t=QTime.currentTime().toString("HH:mm:ss")
            ),
            8000,
        )

    def print_current(self) -> None:
        """Ctrl+P: the document chosen on the Văn bản page (the plan by default), to the printer."""
        self.goto_page(PAGE_DOCUMENTS)
        self.documents.ensure_fresh()
        self.documents.print_current()

    def open_guide(self) -> None:
        """F1: the user guide shipped with the program (offline), at the current page's chapter."""
        from desktop.views.guide import GuideDialog

        chapters = {
            PAGE_DASHBOARD: "bat-dau",
            PAGE_PLAN: "soan-ke-hoach",
            PAGE_TASKS: "soan-ke-hoach",
            PAGE_TRACKING: "theo-doi",
            PAGE_DOCUMENTS: "in-va-ky",
            PAGE_SYNC: "gui-thanh-pho",
        }
        self.guide = GuideDialog(self, chapters.get(self.nav.currentRow(), ""))
        self.guide.show()

    def _fill_plans(self) -> None:
        """The unit's plans grouped by year: a year's heading (not selectable), then its plans."""
        with self.store.session() as s:
            plans = psvc.list_plans(s)
        model = self.plan_combo.model()
        assert isinstance(model, QStandardItemModel)
        self.plan_combo.blockSignals(True)
        model.clear()
        year = None
        for p in plans:
            if p.year != year:
                year = p.year
                head = QStandardItem(self.tr("Năm {y}").format(y=year))
                head.setFlags(Qt.ItemFlag.NoItemFlags)
                f = head.font()
                f.setBold(True)
                head.setFont(f)
                model.appendRow(head)
            text = f"    {p.kind.display} — {p.issuer.display}: {p.title}"
            item = QStandardItem(text if len(text) < 90 else text[:89] + "…")
            item.setData(p.id, Qt.ItemDataRole.UserRole)
            item.setToolTip(p.label)
            model.appendRow(item)
        self.plan_combo.setCurrentIndex(self.plan_combo.findData(self.ws.plan_id))
        self.plan_combo.blockSignals(False)

    def plan_ids(self) -> list[int]:
        """The plans the selector offers, in its order."""
        return [d for i in range(self.plan_combo.count()) if (d := self.plan_combo.itemData(i)) is not None]

    def _switch_plan(self) -> None:
        pid = self.plan_combo.currentData()
        if pid is not None and pid != self.ws.plan_id:
            self.ws.switch_plan(pid)

    def goto_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def goto_tracking_task(self, task_id: int) -> None:
        self.goto_page(PAGE_TRACKING)
        self.tracking.ensure_fresh()
        self.tracking.select_task(task_id)

    # -- the check panel ---------------------------------------------------
    def _changed(self, initial: bool = False) -> None:
        plan = self.ws.plan
        unit = plan.unit
        self.setWindowTitle(
            f"{APP_NAME} — {unit.name} — "
            + (
                self.tr("Kế hoạch năm {y}").format(y=plan.year)
                if plan.kind is PlanKind.ANNUAL and plan.issuer is Issuer.UBND
                else f"{plan.kind.display}: {plan.subject}"
            )
        )
        self.state_label.setText(
            self.tr("Kế hoạch: {s}").format(s=plan.state.display) + (self.tr(" (chỉ xem)") if plan.state.locked else "")
        )
        nxt = {
            PlanState.DRAFT: {PlanState.SUBMITTED},
            PlanState.SUBMITTED: {PlanState.APPROVED, PlanState.DRAFT},
            PlanState.APPROVED: {PlanState.ISSUED},
            PlanState.ISSUED: set(),
        }[plan.state]
        for st, a in self.state_actions.items():
            a.setEnabled(st in nxt)
        self.unlock_action.setEnabled(plan.state.locked)
        for i in self._pages:
            self._lock_page(i)
        if not initial:
            self.statusBar().showMessage(
                self.tr("Đã lưu lúc {t}").format(t=QTime.currentTime().toString("HH:mm:ss")), 8000
            )
        self._fill_plans()
        self.refresh_issues()

    def refresh_issues(self) -> None:
        from desktop.services.money import money_issues

        issues = psvc.check_plan(self.ws.plan)
        seen = {i.message for i in issues}
        issues += [i for i in money_issues(self.ws.plan) if i.message not in seen]
        self.issues.clear()
        errors = sum(1 for i in issues if i.severity == "error")
        warnings = len(issues) - errors
        self.issues_dock.setWindowTitle(self.tr("Kiểm tra kế hoạch: {e} lỗi, {w} lưu ý").format(e=errors, w=warnings))
        self.issues.setToolTip(self.tr("Bấm vào một dòng để đến chỗ cần sửa."))
        if not issues:
            self.issues.addItem(self.tr("✔ Kế hoạch đầy đủ, có thể in."))
        for i in sorted(issues, key=lambda x: x.severity != "error"):
            mark = "⛔ " + self.tr("Lỗi") if i.severity == "error" else "⚠ " + self.tr("Lưu ý")
            item = QListWidgetItem(f"{mark}: {i.message}")
            item.setData(Qt.ItemDataRole.UserRole, (i.entity, i.entity_id, i.field))
            item.setForeground(Qt.GlobalColor.darkRed if i.severity == "error" else Qt.GlobalColor.darkYellow)
            self.issues.addItem(item)

    def _issue_activated(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.goto_issue(*data)

    def goto_issue(self, entity: str, entity_id: int | None, field: str | None) -> None:
        if entity == "task" or (entity == "plan" and field == "tasks"):
            self.goto_page(PAGE_TASKS)
            self.tasks_page.goto(entity_id if entity == "task" else None, field)
        else:
            self.goto_page(PAGE_PLAN)
            self.plan_page.goto(entity, entity_id, field)

    def _failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        show_error(self, message)

    # -- plan state, new plan, data folder, backups ------------------------
    def change_state(self, state: PlanState) -> None:
        if state in (PlanState.APPROVED, PlanState.ISSUED) and not ask(
            self,
            self.tr("Sau khi {s}, nội dung kế hoạch chỉ xem, không sửa được (vẫn cập nhật tiến độ). Tiếp tục?").format(
                s=state.display.lower()
            ),
        ):
            return
        pid = self.ws.plan_id
        plan = self.ws.plan
        if state in (PlanState.APPROVED, PlanState.ISSUED) and not (plan.number and plan.issue_date):
            if plan.state.locked:  # approved earlier without them: the content is locked
                show_error(
                    self,
                    self.tr(
                        "Kế hoạch chưa có số và ngày ban hành. Hãy mở khóa để ghi số, ngày "
                        "(trang Kế hoạch), rồi phê duyệt và ban hành."
                    ),
                )
                return
            dlg = IssueDialog(plan.number, plan.issue_date, self.ws.today(), state.display, self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            number, date = dlg.values()

            def issue(s: Any) -> None:
                psvc.set_plan_field(s, pid, "number", number)
                psvc.set_plan_field(s, pid, "issue_date", date)
                psvc.change_state(s, psvc.load_plan(s, pid), state)

            self.ws.write(issue)
            return
        self.ws.write(lambda s: psvc.change_state(s, psvc.load_plan(s, pid), state))

    def open_scorecard(self) -> None:
        from desktop.views.scorecard import ScorecardDialog

        dlg = ScorecardDialog(self.store, today=self.ws.today(), parent=self)
        dlg.exec()

    def unlock(self) -> None:
        """Kế hoạch → Mở khóa để sửa...: asks for the reason, then unlocks."""
        reason, ok = QInputDialog.getText(
            self, self.tr("Mở khóa kế hoạch"), self.tr("Lý do mở khóa (được ghi vào nhật ký thay đổi):")
        )
        if ok:
            self.unlock_with_reason(reason)

    def unlock_with_reason(self, reason: str) -> bool:
        pid = self.ws.plan_id

        def unlock(s: Any) -> bool:
            psvc.unlock(s, psvc.load_plan(s, pid), reason.strip())
            return True

        return self.ws.write(unlock) is not None

    def new_plan(self) -> None:
        dlg = NewPlanDialog(self.store, self.ws.plan.year + 1, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.create_plan(**dlg.choice())

    def create_plan(
        self,
        key: str | None,
        version: int | None,
        year: int | None,
        *,
        kind: PlanKind = PlanKind.ANNUAL,
        issuer: Issuer = Issuer.UBND,
        start: dt.date | None = None,
        end: dt.date | None = None,
        title: str | None = None,
        number: str | None = None,
    ) -> int | None:
        """Make a plan (from template ``key`` v``version``, or blank when ``key`` is None) and open it."""
        from desktop.services import templates as tsvc
        from desktop.services import units as usvc

        def make(s: Any) -> int:
            rec = tsvc.record_of(s, key, version) if key is not None else None
            return psvc.create_plan(
                s,
                usvc.require_unit(s),
                rec,
                year,
                kind=kind,
                issuer=issuer,
                start=start,
                end=end,
                subject=title,
                number=number,
            ).id

        pid: int | None = self.ws.write(make)
        if pid is not None:
            self.ws.switch_plan(pid)
        return pid

    def open_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self,
            self.tr("Chọn thư mục dữ liệu (thư mục trống để khai báo đơn vị mới)"),
            self.settings.text("last_folder", str(self.store.data.root.parent)),
        )
        if path:
            self.settings.set("last_folder", path)
            self.dataFolderRequested.emit(path)

    def choose_template_package(self) -> None:
        """Tệp → Nhập gói mẫu...: pick the file, then import it."""
        from pathlib import Path

        path, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn gói mẫu kế hoạch của thành phố"),
            self.settings.text("last_folder", ""),
            self.tr("Gói mẫu kế hoạch (*.khcdst)"),
        )
        if path:
            self.settings.set("last_folder", str(Path(path).parent))
            self.import_template_package(path)

    def import_template_package(self, path: str, confirm: bool = True) -> bool:
        """A city's template package: show what changes, then carry the plans across."""
        from pathlib import Path

        from desktop.errors import KhcdsError
        from desktop.services import templates as tsvc

        try:
            preview = tsvc.import_package(self.store, Path(path), dry_run=True)
        except KhcdsError as e:
            show_error(self, str(e))
            return False
        if confirm and not ask(
            self,
            "\n".join(preview.lines(limit=30)) + "\n\n" + self.tr("Nhập gói mẫu này?"),
            self.tr("Gói mẫu kế hoạch mới"),
        ):
            return False
        try:
            result = tsvc.import_package(self.store, Path(path), accept_new_key=True)  # the user saw the fingerprint
        except KhcdsError as e:
            show_error(self, str(e))
            return False
        self.ws.changed.emit()
        self.templatePackageImported.emit()
        show_info(self, "\n".join(result.lines(limit=30)), self.tr("Đã nhập gói mẫu"))
        return True

    def reset_template_trust(self) -> bool:
        """Forget the province's key for template packages (it changed its key, checked by phone)."""
        from desktop.errors import KhcdsError
        from desktop.services import templates as tsvc

        info = tsvc.trusted_key(self.store)
        if not info["fingerprint"]:
            show_info(self, self.tr("Chưa tin cậy khóa nào của tỉnh, thành phố."))
            return False
        if not ask(
            self,
            self.tr(
                "Khóa đang tin cậy của {prov}: {fp}.\n\nChỉ đặt lại khi tỉnh, thành phố đã đổi khóa và "
                "anh, chị đã gọi điện xác nhận. Gói mẫu tới sẽ hỏi xác nhận dấu vân tay khóa mới. "
                "Đặt lại?"
            ).format(prov=info["province"] or "", fp=info["fingerprint"]),
            self.tr("Đặt lại khóa tin cậy"),
        ):
            return False
        try:
            tsvc.reset_trust(self.store)
        except KhcdsError as e:
            show_error(self, str(e))
            return False
        show_info(self, self.tr("Đã quên khóa cũ. Khi nhập gói mẫu mới, hãy đối chiếu dấu vân tay qua điện thoại."))
        return True

    def backup_now(self) -> None:
        from desktop.errors import KhcdsError
        from desktop.services import safety

        try:
            out = safety.make_backup(self.store, reason="manual")
        except KhcdsError as e:
            show_error(self, str(e))
            return
        show_info(self, self.tr("Đã sao lưu và kiểm tra bản sao: {f}").format(f=out))

    def restore_backup(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Chọn bản sao lưu"), str(self.store.data.backups), self.tr("Bản sao lưu KHCĐS (*.sqlite3)")
        )
        if path and ask(self, self.tr("Khôi phục dữ liệu từ bản sao lưu này? Dữ liệu hiện tại được sao lưu trước.")):
            self.restoreRequested.emit(path)

    # -- window state ------------------------------------------------------
    def _restore(self) -> None:
        geo = self.settings.bytes("window/geometry")
        # the last size and place only when they fit this screen (a laptop after a large monitor)
        if geo is None or not self.restoreGeometry(geo) or not fits(self):
            fit_window(self, 1280, 820)
            self.move(common.available(self).topLeft())
        st = self.settings.bytes("window/state")
        if st is not None:
            self.restoreState(st)
        try:
            page = int(self.settings.text("window/page", "0"))
        except ValueError:
            page = 0
        self.nav.setCurrentRow(page if 0 <= page < self.nav.count() else 0)

    def showEvent(self, e) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(e)
        if not self._sized:
            self._sized = True
            if self.settings.bytes("window/state") is None:
                self.resizeDocks([self.issues_dock], [120], Qt.Orientation.Vertical)

    def save_state(self) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        self.settings.set("window/page", str(self.nav.currentRow()))

    def closeEvent(self, e: QCloseEvent) -> None:
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()  # commits a text box being edited
        from desktop.views.worker import wait_all

        wait_all(30000)
        self.save_state()
        self.ws.close()
        super().closeEvent(e)
