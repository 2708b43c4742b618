"""The city's tables as one XLSX workbook (openpyxl): status, targets, tasks by pillar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desktop.fsutil import atomic_writer
from desktop.models.enums import TaskStatus
from desktop.sync import city

HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
BOLD = Font(bold=True)


def _sheet(wb: Workbook, title: str, caption: str, header: list[str], rows: list[list[Any]],
           widths: list[int]) -> None:
    ws = wb.create_sheet(title)
    ws.append([caption])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(header)
    for c in range(1, len(header) + 1):
        cell = ws.cell(row=3, column=c)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for r in rows:
        ws.append(r)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A4"
    if rows:
        ws.auto_filter.ref = f"A3:{get_column_letter(len(header))}{3 + len(rows)}"


def _local(t: dt.datetime | None) -> dt.datetime | None:
    return t.replace(microsecond=0) if t else None


def workbook(store: Any, year: int, today: dt.date | None = None) -> Workbook:
    rep = city.status(store, year, today)
    targets = city.target_aggregates(store, year)
    pillars = city.task_aggregates(store, year, rep.as_of)
    wb = Workbook()
    wb.remove(wb.active)
    c = rep.counts()
    _sheet(
        wb, "Tình hình gửi",
        f"Tình hình gửi dữ liệu kế hoạch chuyển đổi số năm {year} — {rep.province_name} "
        f"(hạn {rep.deadline:%d/%m/%Y}; đúng hạn {c[city.SubmissionStatus.ON_TIME]}, "
        f"muộn {c[city.SubmissionStatus.LATE]}, chưa gửi {c[city.SubmissionStatus.MISSING]})",
        ["STT", "Mã", "Đơn vị", "Tình trạng", "Lần gửi", "Gửi lần đầu (UTC)", "Gửi gần nhất (UTC)",
         "Nhận lúc (UTC)", "Trạng thái kế hoạch", "Số nhiệm vụ", "Hoàn thành", "Chậm tiến độ",
         "Tỷ lệ hoàn thành bình quân (%)", "Dấu vân tay khóa"],
        [[i, u.code, u.name, u.status.label + (" (quá hạn)" if u.overdue else ""), u.revision,
          _local(u.sent_at), _local(u.last_at), _local(u.received_at), u.plan_state, u.tasks, u.done,
          u.late_tasks, None if u.mean_percent is None else round(u.mean_percent, 1), u.key_fingerprint]
         for i, u in enumerate(rep.units, start=1)],
        [6, 9, 30, 16, 8, 20, 20, 20, 14, 10, 10, 10, 14, 42],
    )
    _sheet(
        wb, "Chỉ tiêu",
        f"Kết quả thực hiện chỉ tiêu năm {year} theo cấp",
        ["STT", "Mã", "Chỉ tiêu", "Cấp", "Đơn vị tính", "Mức thành phố giao", "Số đơn vị",
         "Số đơn vị có số liệu", "Số đơn vị đạt", "Bình quân", "Thấp nhất", "Cao nhất"],
        [[i, a.key if not a.key.startswith("own:") else "", a.text, a.level, a.unit,
          float(a.city_value) if a.city_value is not None else None, a.units, a.measured, a.met,
          round(a.average, 2) if a.average is not None else None,
          float(a.lowest) if a.lowest is not None else None,
          float(a.highest) if a.highest is not None else None]
         for i, a in enumerate(targets, start=1)],
        [6, 8, 60, 10, 10, 12, 10, 12, 10, 10, 10, 10],
    )
    statuses = list(TaskStatus)
    _sheet(
        wb, "Nhiệm vụ theo trụ cột",
        f"Tình hình thực hiện nhiệm vụ năm {year} theo trụ cột (tính đến {rep.as_of:%d/%m/%Y})",
        ["STT", "Trụ cột", "Số đơn vị", "Tổng số nhiệm vụ"] + [s.label for s in statuses]
        + ["Tỷ lệ hoàn thành bình quân (%)"],
        [[i, p.pillar, p.units, p.tasks] + [p.by_status[s] for s in statuses]
         + [round(p.mean_percent, 1) if p.mean_percent is not None else None]
         for i, p in enumerate(pillars, start=1)],
        [6, 30, 10, 10] + [14] * len(statuses) + [14],
    )
    return wb


def write_xlsx(store: Any, year: int, out: Path, today: dt.date | None = None) -> Path:
    wb = workbook(store, year, today)
    with atomic_writer(out) as fh:
        wb.save(fh)
    return out
