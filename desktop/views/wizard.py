"""First run: province, commune, header, signers, city template, year -> a plan.

Six short pages, each asking one thing with the answer prefilled where the
directory knows it. Finishing creates the unit and its plan (with the tasks that
bind the commune level adopted) in one transaction.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.errors import KhcdsError
from desktop.models import directory
from desktop.models.enums import Level, Role
from desktop.services import plans as psvc
from desktop.services import templates as tsvc
from desktop.services import units as usvc
from desktop.views.common import ask, fit_window, hint, show_error
from desktop.views.settings import Settings
from desktop.vn import fold

if TYPE_CHECKING:
    from desktop.store import Store

log = logging.getLogger(__name__)

PAGE_PROVINCE, PAGE_UNIT, PAGE_HEADER, PAGE_SIGNERS, PAGE_TEMPLATE, PAGE_YEAR = range(6)


class SearchLine(QLineEdit):
    """A search box over a list: Enter picks the highlighted item and stays on the page
    (the wizard's default button does not see it); Up and Down move in the list."""

    def __init__(self, list_widget: QListWidget) -> None:
        super().__init__()
        self.list = list_widget
        self.setClearButtonEnabled(True)

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.returnPressed.emit()
            e.accept()
            return
        if e.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if e.key() == Qt.Key.Key_Up else 1
            row = self.list.currentRow() + step
            while 0 <= row < self.list.count() and self.list.item(row).isHidden():
                row += step
            if 0 <= row < self.list.count():
                self.list.setCurrentRow(row)
            e.accept()
            return
        super().keyPressEvent(e)


def _reason_label() -> QLabel:
    lab = QLabel()
    lab.setObjectName("wizard_reason")
    lab.setWordWrap(True)
    lab.setStyleSheet("color: #b71c1c;")
    return lab


def _big(widget: QWidget) -> QWidget:
    f = widget.font()
    f.setPointSizeF(f.pointSizeF() * 1.15)
    widget.setFont(f)
    return widget


def _short_name(folded: str) -> str:
    """``thanh pho hai phong`` -> ``hai phong``; ``tinh son la`` -> ``son la``."""
    for prefix in ("thanh pho ", "tinh "):
        if folded.startswith(prefix):
            return folded[len(prefix) :]
    return folded


class ProvincePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Chào mừng đến với KHCĐS"))
        self.setSubTitle(
            self.tr(
                "Chương trình giúp đơn vị lập, theo dõi và in kế hoạch chuyển đổi số hằng năm. "
                "Trước hết, đơn vị thuộc tỉnh, thành phố nào?"
            )
        )
        lay = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.search = SearchLine(self.list)
        self.search.setObjectName("province_search")
        self.search.setPlaceholderText(self.tr("Gõ tên tỉnh, thành phố (không cần dấu), ví dụ: hai phong"))
        self.reason = _reason_label()
        lab = QLabel(self.tr("&Tỉnh, thành phố:"))
        lab.setBuddy(self.search)
        lay.addWidget(lab)
        lay.addWidget(_big(self.search))
        lay.addWidget(_big(self.list), 1)
        lay.addWidget(self.reason)
        for p in directory.provinces():
            item = QListWidgetItem(p.name)
            item.setData(Qt.ItemDataRole.UserRole, p.code)
            item.setData(Qt.ItemDataRole.UserRole + 1, fold(p.name))
            self.list.addItem(item)
        self.search.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.list.itemDoubleClicked.connect(lambda *_: self.wizard().next())
        self.search.returnPressed.connect(self._pick_first)
        self.completeChanged.connect(self._show_reason)
        self._show_reason()

    def _show_reason(self) -> None:
        self.reason.setText(
            ""
            if self.isComplete()
            else self.tr(
                "Hãy chọn tỉnh, thành phố trong danh sách (gõ tên rồi bấm Enter, hoặc bấm vào một dòng) để tiếp tục."
            )
        )

    def _filter(self, text: str) -> None:
        """Hide what does not match; highlight the best match: the exact name first, then a
        name that starts with what was typed, then the rest in order ("Sơn La" before "Lạng Sơn")."""
        q = fold(text).strip()
        words = q.split()
        best: tuple[int, int] | None = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            name = item.data(Qt.ItemDataRole.UserRole + 1)
            ok = all(w in name for w in words)
            item.setHidden(not ok)
            if ok and q:
                short = _short_name(name)
                rank = 0 if q in (name, short) else 1 if short.startswith(q) or name.startswith(q) else 2
                if best is None or rank < best[0]:
                    best = (rank, i)
        if best is not None:
            self.list.setCurrentRow(best[1])
        elif self.list.currentItem() is not None and self.list.currentItem().isHidden():
            self.list.setCurrentRow(-1)
        self.completeChanged.emit()

    def _pick_first(self) -> None:
        """Enter: keep the highlighted item (or the first shown) and stay on the page."""
        item = self.list.currentItem()
        if item is None or item.isHidden():
            for i in range(self.list.count()):
                if not self.list.item(i).isHidden():
                    self.list.setCurrentRow(i)
                    break
        self.completeChanged.emit()

    def select(self, code: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == code:
                self.list.setCurrentRow(i)

    def province_code(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item and not item.isHidden() else None

    def isComplete(self) -> bool:
        return self.province_code() is not None


class UnitPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Xã, phường, đặc khu"))
        self.setSubTitle(self.tr("Gõ vài chữ của tên đơn vị, có dấu hay không đều được (ví dụ: an lao)."))
        lay = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.search = SearchLine(self.list)
        self.search.setObjectName("unit_search")
        self.search.setPlaceholderText(self.tr("Tìm đơn vị..."))
        lab = QLabel(self.tr("&Tên đơn vị:"))
        lab.setBuddy(self.search)
        self.count = hint("")
        self.reason = _reason_label()
        lay.addWidget(lab)
        lay.addWidget(_big(self.search))
        lay.addWidget(_big(self.list), 1)
        lay.addWidget(self.count)
        # a unit outside the 2025 directory: a legacy district (plans before 01/7/2025), a department
        self.other = QCheckBox(self.tr("Đơn vị &khác: huyện, quận (kế hoạch trước 01/7/2025), sở, ngành..."))
        self.other.setObjectName("other_unit")
        self.other_name = QLineEdit()
        self.other_name.setObjectName("other_unit_name")
        self.other_name.setPlaceholderText(self.tr("Tên đơn vị, ví dụ: Huyện An Lão"))
        self.other_level = QComboBox()
        self.other_level.setObjectName("other_unit_level")
        for lv in (Level.DISTRICT, Level.COMMUNE, Level.CITY):
            self.other_level.addItem(lv.display, lv.value)
        row = QHBoxLayout()
        row.addWidget(self.other_name, 1)
        row.addWidget(self.other_level)
        lay.addWidget(self.other)
        lay.addLayout(row)
        lay.addWidget(self.reason)
        for w in (self.other_name, self.other_level):
            w.setEnabled(False)
        self.other.toggled.connect(self._other_toggled)
        self.other_name.textChanged.connect(lambda *_: self.completeChanged.emit())
        self.search.textChanged.connect(self._refresh)
        self.list.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.list.itemDoubleClicked.connect(lambda *_: self.wizard().next())
        self.search.returnPressed.connect(self._pick_first)
        self._province: int | None = None
        self.completeChanged.connect(self._show_reason)

    def _show_reason(self) -> None:
        if self.isComplete():
            self.reason.setText("")
        elif self.is_other():
            self.reason.setText(self.tr("Hãy gõ tên đơn vị (ít nhất 3 chữ) để tiếp tục."))
        else:
            self.reason.setText(self.tr("Hãy chọn đơn vị trong danh sách để tiếp tục."))

    def initializePage(self) -> None:
        wiz = self.wizard()
        assert isinstance(wiz, FirstRunWizard)
        code = wiz.province_page.province_code()
        if code != self._province:
            self._province = code
            self._refresh(self.search.text())

    def _refresh(self, text: str) -> None:
        found = directory.search(text, self._province) if text.strip() else directory.units(self._province)
        self.list.clear()
        for u in found[:500]:
            item = QListWidgetItem(u.name)
            item.setData(Qt.ItemDataRole.UserRole, u.code)
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
        self.count.setText(
            self.tr("{n} đơn vị phù hợp.").format(n=len(found))
            if found
            else self.tr("Không tìm thấy đơn vị nào. Hãy thử gõ ít chữ hơn.")
        )
        self.completeChanged.emit()

    def _pick_first(self) -> None:
        """Enter: keep the highlighted unit (or the first) and stay on the page."""
        if self.list.count():
            self.list.setCurrentRow(max(0, self.list.currentRow()))
        self.completeChanged.emit()

    def _other_toggled(self, on: bool) -> None:
        for w in (self.other_name, self.other_level):
            w.setEnabled(on)
        self.search.setEnabled(not on)
        self.list.setEnabled(not on)
        if on:
            self.other_name.setFocus()
        self.completeChanged.emit()

    def is_other(self) -> bool:
        return self.other.isChecked()

    def other_spec(self, province_code: int | None) -> usvc.UnitSpec:
        return usvc.spec_for_custom_unit(self.other_name.text(), Level(self.other_level.currentData()), province_code)

    def unit_code(self) -> str | None:
        if self.is_other():
            name = self.other_name.text().strip()
            return usvc.custom_code(name, self._province) if len(name) >= 3 else None
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def isComplete(self) -> bool:
        return self.unit_code() is not None


class HeaderPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Tên cơ quan trên văn bản"))
        self.setSubTitle(self.tr("Đây là hai dòng ở góc trái trên cùng của kế hoạch khi in. Sửa nếu cần."))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.parent_body = QLineEdit()
        self.issuer = QLineEdit()
        self.place = QLineEdit()
        self.doc_code = QLineEdit()
        self.user_name = QLineEdit()
        self.user_name.setPlaceholderText(self.tr("Họ tên người lập kế hoạch (không bắt buộc)"))
        form.addRow(self.tr("Cơ quan &cấp trên (dòng 1):"), self.parent_body)
        form.addRow(self.tr("&Cơ quan ban hành (dòng 2):"), self.issuer)
        form.addRow(self.tr("&Địa danh ghi ngày tháng:"), self.place)
        form.addRow(self.tr("Chữ viết tắt &ký hiệu:"), self.doc_code)
        form.addRow(self.tr("&Người lập:"), self.user_name)
        self.preview = QLabel()
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setStyleSheet("background: white; padding: 12px; color: black;")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        form.addRow(self.tr("Khi in:"), self.preview)
        for w in (self.parent_body, self.issuer, self.place, self.doc_code):
            w.textChanged.connect(self._update_preview)
            w.textChanged.connect(lambda *_: self.completeChanged.emit())
        self._code: str | None = None

    def initializePage(self) -> None:
        wiz = self.wizard()
        assert isinstance(wiz, FirstRunWizard)
        code = wiz.unit_page.unit_code()
        if code and code != self._code:
            self._code = code
            spec = (
                wiz.unit_page.other_spec(wiz.province_page.province_code())
                if wiz.unit_page.is_other()
                else usvc.spec_for_directory_unit(code)
            )
            self.parent_body.setText(spec.parent_body or "")
            self.issuer.setText(spec.issuer_line)
            self.place.setText(spec.place_name)
            self.doc_code.setText(spec.doc_code)
        self._update_preview()

    def _update_preview(self) -> None:
        code = self.doc_code.text().strip().upper() or "UBND"
        self.preview.setText(
            f"<div style='text-align:center'><b>{self.parent_body.text().upper()}</b><br>"
            f"<b>{self.issuer.text().upper()}</b><br>———<br>"
            + self.tr("Số:       /KH-{code}").format(code=code)
            + f"<br><i>{self.place.text()}, "
            + self.tr("ngày ... tháng ... năm ...")
            + "</i></div>"
        )

    def isComplete(self) -> bool:
        return bool(self.issuer.text().strip() and self.place.text().strip())


class SignersPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Người ký"))
        self.setSubTitle(self.tr("Họ tên lãnh đạo ký kế hoạch. Có thể để trống và điền sau trong phần Kế hoạch."))
        form = QFormLayout(self)
        self.chair = QLineEdit()
        self.chair.setPlaceholderText(self.tr("Ví dụ: Nguyễn Văn A"))
        self.deputy = QLineEdit()
        self.deputy.setPlaceholderText(self.tr("Ví dụ: Trần Thị B"))
        self.who = QComboBox()
        self.who.addItem(self.tr("Chủ tịch ký (TM. Ủy ban nhân dân)"), 0)
        self.who.addItem(self.tr("Phó Chủ tịch ký thay (KT. Chủ tịch)"), 1)
        form.addRow(self.tr("Họ tên &Chủ tịch:"), self.chair)
        form.addRow(self.tr("Họ tên &Phó Chủ tịch:"), self.deputy)
        form.addRow(self.tr("&Ai ký kế hoạch:"), self.who)
        form.addRow(hint(self.tr('Khi in, dưới chữ ký sẽ có dòng "TM. ỦY BAN NHÂN DÂN" và chức danh.')))


class TemplatePage(QWizardPage):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setTitle(self.tr("Kế hoạch của tỉnh, thành phố (mẫu)"))
        self.setSubTitle(
            self.tr(
                "Chọn kế hoạch của tỉnh, thành phố mà đơn vị triển khai. "
                "Các nhiệm vụ giao cho cấp xã sẽ được đưa sẵn vào kế hoạch."
            )
        )
        lay = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(4)
        self.all = QCheckBox(self.tr("Hiện cả mẫu của tỉnh, thành phố khác"))
        self.file_btn = QPushButton(self.tr("Chọn &tệp mẫu do tỉnh, thành phố gửi..."))
        self.file_btn.setObjectName("template_file_button")
        self.file_btn.setAutoDefault(False)
        self.empty = hint("")
        self.empty.setObjectName("template_empty_hint")
        self.pending_file: Path | None = None  # a .khcdst the program was opened with
        lay.addWidget(_big(self.list), 1)
        lay.addWidget(self.empty)
        lay.addWidget(self.all)
        lay.addWidget(self.file_btn, 0, Qt.AlignmentFlag.AlignLeft)
        self.all.toggled.connect(lambda *_: self._fill())
        self.file_btn.clicked.connect(self._choose_file)
        self.list.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.list.itemDoubleClicked.connect(lambda *_: self.wizard().next())
        self._records: list[tuple[int, str, int | None, int, int, int]] = []

    def initializePage(self) -> None:
        self._load()
        self._fill()
        if self.pending_file is not None:
            path, self.pending_file = self.pending_file, None
            self.import_file(path)

    def _load(self) -> None:
        with self.store.transaction() as s:
            tsvc.sync_builtins(s)
        out = []
        with self.store.transaction() as s:
            for rec in tsvc.records(s):
                t = tsvc.parse(rec)
                n = len(t.tasks_for(Level.COMMUNE))
                label = f"{t.number} — {t.title}\n" + self.tr("{issuer}, {period}; {n} nhiệm vụ cho cấp xã").format(
                    issuer=t.issuer, period=t.period_label, n=n
                )
                out.append((rec.id, label, t.province_code, t.period_start, t.period_end, n))
        self._records = out

    def _fill(self, select_id: int | None = None) -> None:
        wiz = self.wizard()
        prov = wiz.province_page.province_code() if isinstance(wiz, FirstRunWizard) else None
        self.list.clear()
        year = wiz.year_page.today.year if isinstance(wiz, FirstRunWizard) else 0
        # templates covering this year first, the most recent first
        order = sorted(self._records, key=lambda r: (not (r[3] <= year <= r[4]), -r[3], -r[4]))
        for rid, label, pcode, start, end, _n in order:
            if not self.all.isChecked() and prov is not None and pcode not in (prov, None) and rid != select_id:
                continue
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, rid)
            item.setData(Qt.ItemDataRole.UserRole + 1, (start, end))
            self.list.addItem(item)
            if rid == select_id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        name = directory.province(prov).name if prov is not None else ""
        self.empty.setText(
            ""
            if self.list.count()
            else self.tr(
                'Chưa có mẫu kế hoạch của {prov} trên máy này: bấm "Chọn tệp mẫu do tỉnh, thành phố gửi..." để mở '
                "gói mẫu (.khcdst) mà tỉnh, thành phố đã gửi."
            ).format(prov=name)
        )
        self.completeChanged.emit()

    def _choose_file(self) -> None:
        wiz = self.wizard()
        folder = wiz.settings.last_folder() if isinstance(wiz, FirstRunWizard) and wiz.settings else ""
        path, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn tệp mẫu kế hoạch"),
            folder,
            self.tr("Gói mẫu của tỉnh, thành phố (*.khcdst);;Mẫu kế hoạch (*.json);;Mọi tệp (*)"),
        )
        if path:
            if isinstance(wiz, FirstRunWizard) and wiz.settings:
                wiz.settings.remember_folder(path)
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        if path.suffix.lower() == ".khcdst":
            return self.import_package(path)
        try:
            rid = tsvc.import_template_file(self.store, path)
        except KhcdsError as e:
            show_error(self, str(e))
            return False
        self._load()
        self._fill(select_id=rid)
        return True

    def import_package(self, path: Path) -> bool:
        """A province's signed template package: show who signed it (issuer, key fingerprint) and
        import it only when the officer confirms, after checking the fingerprint by phone."""
        wiz = self.wizard()
        prov = wiz.province_page.province_code() if isinstance(wiz, FirstRunWizard) else None
        try:
            preview = tsvc.import_package(self.store, path, dry_run=True, province=prov)
        except KhcdsError as e:
            show_error(self, str(e))
            return False
        question = self.tr(
            "Gói mẫu {id} phiên bản {v}\nDo {issuer} ({prov}) phát hành.\n\nDấu vân tay khóa ký:\n{fp}\n\n"
            "Hãy gọi điện cho {issuer} để đọc đối chiếu dấu vân tay. Dấu vân tay khớp và nhập gói mẫu này?"
        ).format(
            id=preview.template_id,
            v=preview.version,
            issuer=preview.issuer,
            prov=preview.province_name,
            fp=preview.fingerprint,
        )
        if not ask(self, question, self.tr("Gói mẫu kế hoạch của tỉnh, thành phố")):
            return False
        try:
            result = tsvc.import_package(self.store, path, accept_new_key=True, province=prov)
            rid = tsvc.record_id_of(self.store, result.template_id)
        except KhcdsError as e:
            show_error(self, str(e))
            return False
        self._load()
        self._fill(select_id=rid)
        return True

    def select_key(self, key: str) -> None:
        rid = tsvc.record_id_of(self.store, key)
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == rid:
                self.list.setCurrentRow(i)

    def template_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def years(self) -> tuple[int, int]:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole + 1) if item else (2024, 2030)

    def isComplete(self) -> bool:
        return self.template_id() is not None


class YearPage(QWizardPage):
    def __init__(self, today: dt.date) -> None:
        super().__init__()
        self.today = today
        self.setTitle(self.tr("Năm kế hoạch"))
        self.setSubTitle(self.tr('Kế hoạch này là cho năm nào? Bấm "Hoàn tất" để tạo kế hoạch.'))
        form = QFormLayout(self)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        _big(self.year)
        form.addRow(self.tr("&Năm:"), self.year)
        self.warning = QLabel()
        self.warning.setObjectName("year_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b71c1c; font-weight: bold;")
        form.addRow(self.warning)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.summary)
        self.year.valueChanged.connect(self._warn)

    def warnings(self) -> list[str]:
        """A template of another province, a year outside the template's period."""
        wiz = self.wizard()
        if not isinstance(wiz, FirstRunWizard):
            return []
        out = []
        start, end = wiz.template_page.years()
        y = self.year.value()
        if not start <= y <= end:
            out.append(self.tr("Năm {y} nằm ngoài thời kỳ của kế hoạch mẫu ({a}–{b}).").format(y=y, a=start, b=end))
        prov = wiz.province_page.province_code()
        tid = wiz.template_page.template_id()
        if prov is not None and tid is not None:
            tprov = tsvc.record_province(wiz.store, tid)
            if tprov is not None and tprov != prov:
                theirs = next((p for p in directory.provinces() if p.code == tprov), None)
                out.append(
                    self.tr("Kế hoạch mẫu đã chọn là của {p}, không phải của tỉnh, thành phố của đơn vị.").format(
                        p=theirs.name if theirs else tprov
                    )
                )
        return out

    def _warn(self) -> None:
        found = self.warnings()
        self.warning.setText("⚠ " + " ".join(found) if found else "")

    def validatePage(self) -> bool:
        found = self.warnings()
        return not found or ask(
            self, "\n".join(found) + "\n\n" + self.tr("Vẫn tạo kế hoạch như vậy?"), self.tr("Kiểm tra lại")
        )

    def initializePage(self) -> None:
        wiz = self.wizard()
        assert isinstance(wiz, FirstRunWizard)
        self.year.setValue(self.today.year)  # the current year; a warning if the template does not cover it
        self._warn()
        unit = directory.unit(wiz.unit_page.unit_code() or "")
        tmpl = wiz.template_page.list.currentItem()
        self.summary.setText(
            self.tr(
                "<p>Sẽ tạo kế hoạch chuyển đổi số của <b>{unit}</b> theo:<br>{tmpl}</p>"
                "<p>Sau đó, chương trình mở phần <b>Kế hoạch</b> để đơn vị xem lại và sửa.</p>"
            ).format(unit=unit.name if unit else "", tmpl=(tmpl.text().split("\n")[0] if tmpl else ""))
        )


class FirstRunWizard(QWizard):
    """Creates the data folder's unit and its first plan; ``plan_id`` after accept()."""

    def __init__(
        self,
        store: Store,
        today: dt.date | None = None,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        open_file: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.plan_id: int | None = None
        self.setWindowTitle(self.tr("KHCĐS — Khai báo lần đầu"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp tục >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Hoàn tất"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Tạo kế hoạch"))
        self.province_page = ProvincePage()
        self.unit_page = UnitPage()
        self.header_page = HeaderPage()
        self.signers_page = SignersPage()
        self.template_page = TemplatePage(store)
        self.year_page = YearPage(today or dt.date.today())
        for i, p in enumerate(
            (
                self.province_page,
                self.unit_page,
                self.header_page,
                self.signers_page,
                self.template_page,
                self.year_page,
            )
        ):
            self.setPage(i, p)
        self.setMinimumSize(640, 520)
        fit_window(self, 820, 640)
        if open_file is not None:
            self.start_with_package(Path(open_file))

    def start_with_package(self, path: Path) -> None:
        """Opened with a province's template package (``khcds --open FILE.khcdst``): its province
        is chosen, and the template page imports it (asking to confirm its key)."""
        try:
            pkg = tsvc.read_package(path)
        except KhcdsError as e:
            show_error(self, str(e))
            return
        if pkg.template.province_code is not None:
            self.province_page.select(pkg.template.province_code)
        self.template_page.pending_file = path

    def spec(self) -> usvc.UnitSpec:
        code = self.unit_page.unit_code()
        assert code
        if self.unit_page.is_other():
            spec = self.unit_page.other_spec(self.province_page.province_code())
        else:
            spec = usvc.spec_for_directory_unit(code)
        h = self.header_page
        spec.parent_body = h.parent_body.text().strip() or None
        spec.issuer_line = h.issuer.text().strip()
        spec.place_name = h.place.text().strip()
        spec.doc_code = h.doc_code.text().strip() or "UBND"
        spec.user_name = h.user_name.text().strip() or None
        s = self.signers_page
        chair = usvc.SignerSpec(title="CHỦ TỊCH", full_name=s.chair.text().strip())
        deputy = usvc.SignerSpec(title="PHÓ CHỦ TỊCH", full_name=s.deputy.text().strip(), deputy_of="CHỦ TỊCH")
        spec.signers = [deputy, chair] if s.who.currentData() == 1 else [chair, deputy]
        return spec

    def accept(self) -> None:
        tid = self.template_page.template_id()
        if tid is None:
            return
        try:
            with self.store.transaction() as s:
                unit = usvc.create_unit(s, self.spec())
                usvc.set_role(s, Role.UNIT)
                rec = tsvc.get_record(s, tid)
                assert rec is not None
                plan = psvc.create_plan(s, unit, rec, self.year_page.year.value())
                self.plan_id = plan.id
        except KhcdsError as e:
            show_error(self, str(e))
            return
        log.info("first run: unit and plan %s created", self.plan_id)
        super().accept()
