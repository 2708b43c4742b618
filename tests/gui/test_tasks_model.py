"""The task table model: Qt's model checks, Vietnamese search and sort, 10,000 rows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from desktop.models.enums import TaskStatus
from desktop.models.period import Period, PeriodKind
from desktop.services.plans import TaskRow, task_rows
from desktop.views.tasks_model import COL_CONTENT, COL_LEAD, TaskFilterProxy, TaskTableModel

WORDS = [
    "Xã An Lão",
    "Ủy ban",
    "Đoàn Thanh niên",
    "Bưu điện",
    "Công an xã",
    "Văn phòng",
    "Âm nhạc",
    "Ăn uống",
    "Ô tô",
    "Ơn nghĩa",
    "Hạ tầng số",
    "Dữ liệu",
    "Ứng dụng",
]


def make_rows(n: int) -> list[TaskRow]:
    out = []
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        out.append(
            TaskRow(
                id=i + 1,
                number=i + 1,
                pillar=WORDS[(i // 7) % len(WORDS)],
                group_title="",
                content=f"{w} nhiệm vụ {i}",
                lead=WORDS[(i * 3) % len(WORDS)],
                coordinating="",
                product="",
                start=None,
                finish=Period(PeriodKind.QUARTER, 2024, i % 4 + 1),
                budget=Decimal(i % 50),
                adopted=True,
                custom=False,
                status=TaskStatus.IN_PROGRESS,
                effective=TaskStatus.LATE if i % 5 == 0 else TaskStatus.IN_PROGRESS,
                percent=i % 101,
                last_update=None,
                updates=0,
                evidence=0,
            ).prepare()
        )
    return out


def test_qtmodeltester(qtmodeltester, demo_store):  # type: ignore[no-untyped-def]
    from desktop.services import plans as psvc

    with demo_store.transaction() as s:
        plan = psvc.load_plan(s, psvc.latest_plan_id(s))
        rows = task_rows(plan, dt.date(2024, 8, 15))
    model = TaskTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    proxy = TaskFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("xa")
    qtmodeltester.check(proxy)


def test_search_ignores_diacritics_and_case() -> None:
    rows = make_rows(len(WORDS))
    for r in rows:
        r.pillar = r.lead = "Khác"
        r.prepare()
    model = TaskTableModel()
    model.set_rows(rows)
    proxy = TaskFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("an lao")
    assert [proxy.index(r, COL_CONTENT).data() for r in range(proxy.rowCount())] == ["Xã An Lão nhiệm vụ 0"]
    proxy.set_search("UY BAN")
    assert proxy.rowCount() == 1
    proxy.set_search("")
    assert proxy.rowCount() == len(WORDS)


def test_sort_in_vietnamese_order() -> None:
    model = TaskTableModel()
    model.set_rows(make_rows(len(WORDS)))
    proxy = TaskFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_CONTENT, Qt.SortOrder.AscendingOrder)
    firsts = [proxy.index(r, COL_CONTENT).data().split()[0] for r in range(proxy.rowCount())]
    # a < ă < â < b ... d < đ ... o < ô < ơ ... u < ư
    assert firsts.index("Ăn") < firsts.index("Âm") < firsts.index("Bưu")
    assert firsts.index("Dữ") < firsts.index("Đoàn")
    assert firsts.index("Ô") < firsts.index("Ơn")
    assert firsts.index("Ủy") < firsts.index("Ứng")
    proxy.sort(COL_LEAD, Qt.SortOrder.DescendingOrder)
    assert proxy.rowCount() == len(WORDS)


def test_filter_10000_tasks() -> None:
    rows = make_rows(10_000)
    model = TaskTableModel()
    model.set_rows(rows)
    proxy = TaskFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 10_000
    proxy.set_search("doan thanh")
    expected = sum(1 for r in rows if r.content.startswith("Đoàn Thanh"))
    expected += sum(
        1
        for r in rows
        if not r.content.startswith("Đoàn Thanh") and ("Đoàn Thanh" in r.lead or "Đoàn Thanh" in r.pillar)
    )
    assert proxy.rowCount() == expected > 0
    proxy.set_late_only(True)
    assert all(
        proxy.index(i, 0).data(Qt.ItemDataRole.UserRole + 1).effective is TaskStatus.LATE
        for i in range(proxy.rowCount())
    )
    proxy.set_late_only(False)
    proxy.set_search("")
    proxy.set_status(TaskStatus.LATE)
    assert proxy.rowCount() == 2000
