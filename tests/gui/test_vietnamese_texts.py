"""Every text a user sees is Vietnamese (issue #12, point 12): no English enum words, no
"2026-Q2", no literal "&"; enum words come from the one place (models/enums.py labels)."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QListView, QWidget

from desktop.views import main_window as mw

ENGLISH = re.compile(
    r"\b(commune|district|draft|submitted|approved|issued|not_started|in_progress|cancelled|"
    r"None|True|False|nan)\b|\b\d{4}-(Q|H)\d\b|PlanState|TaskStatus"
)


def visible_texts(root: QWidget) -> list[str]:
    out: list[str] = []
    for lab in root.findChildren(QLabel):
        if lab.isVisibleTo(root) and lab.text():
            text = lab.text()
            if lab.buddy() is None and lab.textFormat() != Qt.TextFormat.RichText and "&" in text.replace("&&", ""):
                out.append("LITERAL-&: " + text)
            out.append(text)
    for combo in root.findChildren(QComboBox):
        out.extend(combo.itemText(i) for i in range(combo.count()))
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        cols = 1 if isinstance(view, QListView) else model.columnCount(QModelIndex())
        for c in range(cols):
            h = model.headerData(c, Qt.Orientation.Horizontal)
            if isinstance(h, str) and h:
                out.append(h)
        for r in range(min(model.rowCount(QModelIndex()), 60)):
            for c in range(cols):
                v = model.index(r, c, QModelIndex()).data()
                if isinstance(v, str):
                    out.append(v)
    return out


def _bad(texts: list[str]) -> list[str]:
    return [t for t in texts if t.startswith("LITERAL-&") or ENGLISH.search(re.sub(r"<[^>]+>", " ", t))]


def test_main_window_pages_show_only_vietnamese(qtbot, demo_store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    w = window_factory(demo_store)
    bad: list[str] = []
    for i in range(w.nav.count()):
        w.goto_page(i)
        w.stack.widget(i).ensure_fresh()
        bad += _bad(visible_texts(w.stack.widget(i)))
    bad += _bad(visible_texts(w.issues_dock))
    bad += _bad([w.state_label.text(), w.windowTitle()])
    assert bad == []


def test_the_checker_sees_english_and_literal_ampersands(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    QLabel("&Kỳ báo cáo:", host)
    QLabel("Trạng thái: draft", host)
    QLabel("Kỳ 2026-Q2", host)
    assert len(_bad(visible_texts(host))) == 3


def test_enum_words_come_from_the_enums(qtbot, demo_store, messages, window_factory) -> None:  # type: ignore[no-untyped-def]
    from desktop.models.enums import PlanState

    w = window_factory(demo_store)
    assert PlanState.DRAFT.label in w.state_label.text()
    texts = [w.state_actions[s].text().replace("&", "") for s in w.state_actions]
    assert "Phê duyệt" in texts and "Ban hành" in texts
    w.goto_page(mw.PAGE_TRACKING)
    statuses = [w.tracking.status.itemText(i) for i in range(w.tracking.status.count())]
    from desktop.models.enums import TaskStatus

    assert all(s.label in statuses for s in TaskStatus)
