"""Shared bits of the window: status colours, Vietnamese message boxes, formats."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QRect, QSize
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget

from desktop.models.enums import TaskStatus
from desktop.models.period import Period
from desktop.vn import format_number, parse_number, short_date

# done green, in progress blue, late red, not started grey, cancelled dark grey
STATUS_COLORS = {
    TaskStatus.DONE: QColor("#2e7d32"),
    TaskStatus.IN_PROGRESS: QColor("#1565c0"),
    TaskStatus.LATE: QColor("#c62828"),
    TaskStatus.NOT_STARTED: QColor("#757575"),
    TaskStatus.CANCELLED: QColor("#424242"),
}
STATUS_BACKGROUNDS = {
    TaskStatus.DONE: QColor("#e8f5e9"),
    TaskStatus.IN_PROGRESS: QColor("#e3f2fd"),
    TaskStatus.LATE: QColor("#ffebee"),
    TaskStatus.NOT_STARTED: QColor("#f5f5f5"),
    TaskStatus.CANCELLED: QColor("#e0e0e0"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def status_label(s: TaskStatus) -> str:
    return s.display


def fmt_date(d: dt.date | None) -> str:
    return short_date(d)


def fmt_period(p: Period | None) -> str:
    return p.label() if p else ""


def fmt_money(v: Decimal | None) -> str:
    return format_number(v) if v is not None else ""


def parse_money(text: str) -> Decimal | None:
    """``1.158,5`` -> Decimal; blank -> None; raises ValueError with a plain message."""
    t = text.strip()
    if not t:
        return None
    try:
        return parse_number(t)
    except (ValueError, InvalidOperation) as e:
        raise ValueError(tr('"{t}" không phải là số. Hãy nhập ví dụ 1.250 hoặc 12,5.').format(t=t)) from e


def qdate(d: dt.date | None) -> QDate:
    return QDate(d.year, d.month, d.day) if d else QDate()


def pydate(q: QDate) -> dt.date | None:
    return dt.date(q.year(), q.month(), q.day()) if q.isValid() else None


def vn_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Qt ships no Vietnamese for its standard buttons: name them ourselves."""
    B = QDialogButtonBox.StandardButton
    names = {
        B.Ok: tr("Đồng ý"),
        B.Cancel: tr("Hủy"),
        B.Yes: tr("Có"),
        B.No: tr("Không"),
        B.Close: tr("Đóng"),
        B.Save: tr("Lưu"),
        B.Apply: tr("Áp dụng"),
        B.Open: tr("Mở"),
        B.Discard: tr("Bỏ qua"),
        B.Help: tr("Hướng dẫn"),
        B.Retry: tr("Thử lại"),
    }
    for b, text in names.items():
        btn = box.button(b)
        if btn is not None:
            btn.setText(text)
    return box


def ok_cancel(dialog: QDialog, accept: Callable[[], object] | None = None, *, save: bool = False) -> QDialogButtonBox:
    """A dialog's Đồng ý (or Lưu) and Hủy buttons: Vietnamese texts, wired to ``accept`` (the
    dialog's own accept unless given) and to the dialog's reject (Esc too)."""
    B = QDialogButtonBox.StandardButton
    box = vn_buttons(QDialogButtonBox((B.Save if save else B.Ok) | B.Cancel))
    box.accepted.connect(accept or dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


# Tests set this to a list: message boxes are then recorded instead of shown (no modal loop).
MESSAGE_SINK: list[tuple[str, str]] | None = None


def _exec(box: QMessageBox, kind: str, default: int = 0) -> int:
    if MESSAGE_SINK is not None:
        MESSAGE_SINK.append((kind, box.text()))
        box.deleteLater()
        return default
    return box.exec()


def _msgbox_buttons(box: QMessageBox) -> None:
    B = QMessageBox.StandardButton
    for b, text in {
        B.Ok: tr("Đồng ý"),
        B.Cancel: tr("Hủy"),
        B.Yes: tr("Có"),
        B.No: tr("Không"),
        B.Close: tr("Đóng"),
        B.Retry: tr("Thử lại"),
    }.items():
        btn = box.button(b)
        if btn is not None:
            btn.setText(text)


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning, title or tr("Không thực hiện được"), message, QMessageBox.StandardButton.Ok, parent
    )
    _msgbox_buttons(box)
    box.setObjectName("errorBox")
    _exec(box, "error")


def show_info(parent: QWidget | None, message: str, title: str | None = None) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information, title or tr("Thông báo"), message, QMessageBox.StandardButton.Ok, parent
    )
    _msgbox_buttons(box)
    _exec(box, "info")


def ask(parent: QWidget | None, message: str, title: str | None = None) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title or tr("Xác nhận"),
        message,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    _msgbox_buttons(box)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return _exec(box, "ask", int(QMessageBox.StandardButton.Yes)) == QMessageBox.StandardButton.Yes


def heading(text: str, size: float = 1.35) -> QLabel:
    lab = QLabel(text)
    f = lab.font()
    f.setPointSizeF(f.pointSizeF() * size)
    f.setWeight(QFont.Weight.DemiBold)
    lab.setFont(f)
    lab.setWordWrap(True)
    return lab


def hint(text: str) -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setStyleSheet("color: #555;")
    return lab


# -- window sizes: everything fits a 1366x768 (and a 1280x720) screen -------------
FRAME_W, FRAME_H = 16, 40  # a window's frame and title bar on Windows


def available(widget: QWidget | None = None) -> QRect:
    """The screen area a window may use (the taskbar left out)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fitted(preferred: QSize, area: QRect) -> QSize:
    """``preferred`` made small enough for ``area`` once the frame is added."""
    return QSize(
        max(320, min(preferred.width(), area.width() - FRAME_W)),
        max(240, min(preferred.height(), area.height() - FRAME_H)),
    )


def fit_window(widget: QWidget, width: int, height: int, area: QRect | None = None) -> None:
    """Resize ``widget`` to ``width`` x ``height``, or less to fit the screen."""
    widget.resize(fitted(QSize(width, height), area or available(widget)))


def fits(widget: QWidget, area: QRect | None = None) -> bool:
    a = area or available(widget)
    g = widget.frameGeometry()
    return g.width() <= a.width() and g.height() <= a.height() and a.contains(g.center())


def show_locked(root: QWidget, locked: bool) -> None:
    """Make the editable fields under ``root`` look (and be) read-only while a plan is locked."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QPushButton,
        QTextEdit,
    )

    for w in root.findChildren(QWidget):
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
            if w.objectName().endswith("search") or (isinstance(w, QLineEdit) and w.isClearButtonEnabled()):
                continue  # search boxes stay usable
            w.setReadOnly(locked)
            w.setProperty("locked", locked)
            w.setStyleSheet("background: #eeeeee; color: #555;" if locked else "")
        elif isinstance(w, (QComboBox, QPushButton)):
            if w.property("lockable") is not False:
                w.setEnabled(not locked)
        elif isinstance(w, QAbstractItemView) and w.property("editable_table"):
            w.setEditTriggers(
                QAbstractItemView.EditTrigger.NoEditTriggers
                if locked
                else QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
