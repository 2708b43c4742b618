"""The report's own words: problems and causes, proposals, next steps for one period.

The boxes start from the program's draft (made from the tracking data); what the
official saves replaces the draft in the printed report. Emptying a box brings the
draft back.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.period import Period
from desktop.services import plans as psvc
from desktop.services import reports as rsvc
from desktop.views.common import hint, ok_cancel
from desktop.views.workspace import Workspace


class ReportTextsDialog(QDialog):
    def __init__(self, ws: Workspace, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.period = period
        self.setWindowTitle(self.tr("Nội dung báo cáo — {p}").format(p=period.label()))
        self.setObjectName("report_texts")
        lay = QVBoxLayout(self)
        lay.addWidget(
            hint(
                self.tr(
                    "Chương trình đã soạn sẵn từ số liệu theo dõi; sửa lại bằng lời của đơn vị. "
                    "Mỗi dòng là một đoạn trong báo cáo. Để trống một mục thì dùng lại bản soạn sẵn."
                )
            )
        )
        self.tabs = QTabWidget()
        self.boxes: dict[str, QPlainTextEdit] = {}
        plan = ws.plan
        with ws.store.session() as s:
            saved = rsvc.texts_for(s, psvc.load_plan(s, plan.id), period)
        drafts = rsvc.drafts(plan, period)
        for key in rsvc.KEYS:
            box = QPlainTextEdit()
            box.setObjectName(f"report_{key}")
            box.setPlainText(saved.get(key) or drafts.get(key, ""))
            page = QWidget()
            pl = QVBoxLayout(page)
            pl.addWidget(QLabel(self.tr(rsvc.TITLES[key])))
            pl.addWidget(box, 1)
            self.tabs.addTab(page, self.tr(rsvc.TITLES[key]))
            self.boxes[key] = box
        lay.addWidget(self.tabs, 1)
        buttons = ok_cancel(self, self.save, save=True)
        lay.addWidget(buttons)
        from desktop.views.common import fit_window

        fit_window(self, 820, 560)

    def save(self) -> None:
        pid, period = self.ws.plan_id, self.period
        texts = {k: b.toPlainText() for k, b in self.boxes.items()}

        def write(s):  # type: ignore[no-untyped-def]
            plan = psvc.load_plan(s, pid)
            for key, text in texts.items():
                rsvc.set_text(s, plan, period, key, text)
            return True

        if self.ws.write(write):  # a refusal is shown by the window, and the dialog stays open
            self.accept()
