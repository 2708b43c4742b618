"""Tổng quan: progress by pillar, the status donut, targets against their values,
late tasks and the next dates, drawn with QPainter (no QtCharts: Essentials only).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import TaskStatus
from desktop.services import dashboard as dsvc
from desktop.services.tracking import PillarProgress
from desktop.views.common import STATUS_COLORS, fmt_date, fmt_period, heading, status_label
from desktop.views.widgets import Page
from desktop.views.workspace import Workspace
from desktop.vn import format_number

STATUS_ORDER = (TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED, TaskStatus.LATE, TaskStatus.CANCELLED)


class Card(QFrame):
    def __init__(self, title: str, body: QWidget) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setStyleSheet("#card { background: white; border: 1px solid #ddd; border-radius: 6px; }")
        lay = QVBoxLayout(self)
        lay.addWidget(heading(title, 1.1))
        lay.addWidget(body, 1)


class StatusDonut(QWidget):
    """The tasks by status as a ring, with the overall percent in the middle and a legend."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[TaskStatus, int] = {}
        self.percent = 0.0
        self.setMinimumSize(QSize(320, 190))

    def set_data(self, counts: dict[TaskStatus, int], percent: float) -> None:
        self.counts = counts
        self.percent = percent
        self.update()

    def paintEvent(self, _e: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.height() - 10, self.width() // 2)
        ring = QRectF(10, (self.height() - side) / 2, side, side)
        total = sum(self.counts.values())
        start = 90 * 16
        pen_w = max(14, side // 7)
        inner = ring.adjusted(pen_w / 2, pen_w / 2, -pen_w / 2, -pen_w / 2)
        if total == 0:
            p.setPen(QPen(QColor("#e0e0e0"), pen_w))
            p.drawArc(inner, 0, 360 * 16)
        for s in STATUS_ORDER:
            n = self.counts.get(s, 0)
            if not n:
                continue
            span = -int(round(360 * 16 * n / total))
            p.setPen(QPen(STATUS_COLORS[s], pen_w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            p.drawArc(inner, start, span)
            start += span
        f = QFont(self.font())
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        p.setFont(f)
        p.setPen(QColor("#222"))
        p.drawText(ring, Qt.AlignmentFlag.AlignCenter, f"{format_number(round(self.percent))}%")
        p.setFont(self.font())
        fm = QFontMetrics(self.font())
        x = ring.right() + 18
        y = ring.top() + 8
        for s in STATUS_ORDER:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(STATUS_COLORS[s])
            p.drawRoundedRect(QRectF(x, y + 2, 14, 14), 3, 3)
            p.setPen(QColor("#222"))
            p.drawText(
                QRectF(x + 22, y, self.width() - x - 22, fm.height() + 4),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{status_label(s)}: {self.counts.get(s, 0)}",
            )
            y += fm.height() + 10
        p.end()


class PillarBars(QWidget):
    """One stacked bar per pillar: done, in progress, not started, late, cancelled."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[PillarProgress] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, items: list[PillarProgress]) -> None:
        self.items = items
        self.setFixedHeight(max(60, len(items) * self._row_h() + 8))
        self.update()

    def _row_h(self) -> int:
        return QFontMetrics(self.font()).height() + 14

    def paintEvent(self, _e: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        label_w = min(int(self.width() * 0.42), 300)
        rh = self._row_h()
        maxn = max((i.tasks for i in self.items), default=1) or 1
        bar_w = self.width() - label_w - 70
        for row, it in enumerate(self.items):
            y = row * rh + 4
            p.setPen(QColor("#222"))
            p.drawText(
                QRectF(0, y, label_w - 8, rh - 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(it.pillar, Qt.TextElideMode.ElideRight, label_w - 8),
            )
            x = float(label_w)
            for s in STATUS_ORDER:
                n = it.by_status.get(s, 0)
                if not n:
                    continue
                w = bar_w * n / maxn
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(STATUS_COLORS[s])
                p.drawRect(QRectF(x, y + 3, w, rh - 10))
                x += w
            p.setPen(QColor("#444"))
            p.drawText(
                QRectF(x + 6, y, 70, rh - 4),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{it.done}/{it.tasks}",
            )
        p.end()


class TargetBars(QWidget):
    """Each target: the latest measured value as a bar, the unit's goal as a line."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[dsvc.TargetProgress] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, items: list[dsvc.TargetProgress]) -> None:
        self.items = items
        self.setFixedHeight(max(40, len(items) * self._row_h() + 6))
        self.update()

    def _row_h(self) -> int:
        return 2 * QFontMetrics(self.font()).height() + 26

    def paintEvent(self, _e: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        rh = self._row_h()
        w = self.width() - 8
        for row, t in enumerate(self.items):
            y = row * rh + 2
            p.setPen(QColor("#222"))
            p.drawText(
                QRectF(0, y, w, fm.height() + 2),
                Qt.AlignmentFlag.AlignLeft,
                fm.elidedText(t.text, Qt.TextElideMode.ElideRight, w),
            )
            scale = max([v for v in (t.goal, t.latest) if v is not None] + [1])
            if t.unit == "%":
                scale = max(scale, 100)
            by = y + fm.height() + 6
            bar = QRectF(0, by, w * 0.7, 14)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#eeeeee"))
            p.drawRoundedRect(bar, 3, 3)
            if t.latest is not None:
                color = STATUS_COLORS[TaskStatus.DONE] if t.met else QColor("#ef6c00")
                p.setBrush(color)
                p.drawRoundedRect(
                    QRectF(bar.left(), bar.top(), bar.width() * float(t.latest / scale), bar.height()), 3, 3
                )
            if t.goal is not None:
                gx = bar.left() + bar.width() * float(t.goal / scale)
                p.setPen(QPen(QColor("#222"), 2))
                p.drawLine(int(gx), int(bar.top() - 3), int(gx), int(bar.bottom() + 3))
            p.setPen(QColor("#333"))
            unit = "%" if t.unit == "%" else f" {t.unit}"
            txt = (
                f"{format_number(t.latest)}{unit} / {format_number(t.goal)}{unit}"
                if t.latest is not None
                else self.tr("chưa đo") + f" / {format_number(t.goal)}{unit}"
            )
            if t.period:
                txt += f"  ({t.period.label()})"
            p.drawText(
                QRectF(bar.right() + 8, by - 4, w - bar.right() - 8, 22),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(txt, Qt.TextElideMode.ElideRight, int(w - bar.right() - 8)),
            )
        p.end()


class DashboardPage(Page):
    taskActivated = Signal(int)

    def __init__(self, ws: Workspace) -> None:
        super().__init__(ws)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        body.setObjectName("dash_body")
        body.setStyleSheet("#dash_body { background: #f4f6f8; }")
        scroll.setWidget(body)
        lay = QVBoxLayout(body)
        self.title = heading("", 1.5)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        lay.addWidget(self.title)
        lay.addWidget(self.subtitle)
        grid = QGridLayout()
        grid.setSpacing(12)
        lay.addLayout(grid)
        self.donut = StatusDonut()
        self.bars = PillarBars()
        self.targets = TargetBars()
        self.late = QListWidget()
        self.late.setObjectName("late_list")
        self.late.setWordWrap(True)
        self.late.setMinimumHeight(160)
        self.upcoming = QListWidget()
        self.upcoming.setObjectName("upcoming_list")
        self.upcoming.setWordWrap(True)
        self.upcoming.setMinimumHeight(160)
        grid.addWidget(Card(self.tr("Tiến độ chung"), self.donut), 0, 0)
        grid.addWidget(Card(self.tr("Sắp đến hạn"), self.upcoming), 0, 1)
        grid.addWidget(Card(self.tr("Tiến độ theo trụ cột (số việc hoàn thành / tổng số)"), self.bars), 1, 0, 1, 2)
        grid.addWidget(Card(self.tr("Chỉ tiêu: giá trị đo được so với mức đặt ra (vạch đen)"), self.targets), 2, 0)
        grid.addWidget(Card(self.tr("Việc chậm tiến độ"), self.late), 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        lay.addStretch(1)
        self.late.itemActivated.connect(lambda it: self.taskActivated.emit(it.data(Qt.ItemDataRole.UserRole)))
        self.data: dsvc.Dashboard | None = None

    def refresh(self) -> None:
        plan = self.ws.plan
        d = dsvc.build(plan, self.ws.today())
        self.data = d
        self.title.setText(self.tr("{unit} — Kế hoạch chuyển đổi số năm {y}").format(unit=plan.unit.name, y=plan.year))
        self.subtitle.setText(
            self.tr("Hôm nay {d}. {n} nhiệm vụ; đã xong {done}, chậm {late}. Trạng thái kế hoạch: {s}.").format(
                d=fmt_date(d.today),
                n=d.tasks,
                done=d.status.get(TaskStatus.DONE, 0),
                late=d.status.get(TaskStatus.LATE, 0),
                s=plan.state.display,
            )
        )
        self.donut.set_data(d.status, d.overall_percent)
        self.bars.set_data(d.pillars)
        self.targets.set_data(d.targets)
        self.late.clear()
        if not d.late:
            self.late.addItem(self.tr("Không có việc nào chậm. Tốt lắm!"))
        for t in d.late:
            it = QListWidgetItem(
                f"● {t.content}\n   {t.lead} — "
                + self.tr("hạn {f}, đạt {p}%").format(f=fmt_period(t.finish), p=t.percent)
            )
            it.setForeground(STATUS_COLORS[TaskStatus.LATE])
            it.setData(Qt.ItemDataRole.UserRole, t.id)
            it.setToolTip(self.tr("Bấm đúp để cập nhật tiến độ"))
            self.late.addItem(it)
        self.upcoming.clear()
        if not d.upcoming:
            self.upcoming.addItem(self.tr("Không có mốc nào trong 4 tháng tới."))
        today = self.ws.today()
        for u in d.upcoming:
            if u.date < today:  # a plan of a past year: its dates are behind, and called so
                it = QListWidgetItem(self.tr("Quá hạn ({d}): {what}").format(d=fmt_date(u.date), what=u.label))
                it.setForeground(STATUS_COLORS[TaskStatus.LATE])
            else:
                it = QListWidgetItem(f"{fmt_date(u.date)}  {u.label}")
            if u.kind == "report":
                f = it.font()
                f.setBold(True)
                it.setFont(f)
            self.upcoming.addItem(it)


_ = (html, Callable, QPainterPath)
