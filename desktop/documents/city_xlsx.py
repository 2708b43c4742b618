"""The city's tables as one XLSX workbook (openpyxl): status, targets, tasks by pillar, laid
out from the figures ``desktop.services.city_documents`` gathered.

Every word is Vietnamese (statuses, plan states, levels), times are Việt Nam time, and each
sheet prints on A4 landscape, fitted to the page width, with its header rows repeated. Text
that came from a unit's package is data: written as a text cell (a leading ``=``, ``+``, ``-``
or ``@`` never becomes a formula) with control characters removed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.models.enums import Level, PlanState
from desktop.services.report_content import STATUS_ORDER
from desktop.vn import clean_text, short_date, to_vietnam_time

if TYPE_CHECKING:
    from desktop.services.city_documents import CityFigures

HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
BOLD = Font(bold=True)
HEADER_ROW = 3
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def _write(ws: Worksheet, row: int, col: int, value: Any) -> None:
    """One cell; a string is always a text cell, whatever it starts with."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text
        cell.data_type = "s"
        if text.startswith(FORMULA_LEADS):
            cell.quotePrefix = True  # Excel keeps it text even when the cell is edited
    else:
        cell.value = value
        if isinstance(value, dt.datetime):
            cell.number_format = "dd/mm/yyyy hh:mm"


def _sheet(
    wb: Workbook, title: str, caption: str, header: list[str], rows: list[list[Any]], widths: list[int]
) -> Worksheet:
    ws = wb.create_sheet(title)
    _write(ws, 1, 1, caption)
    ws["A1"].font = Font(bold=True, size=13)
    for c, h in enumerate(header, start=1):
        _write(ws, HEADER_ROW, c, h)
        cell = ws.cell(row=HEADER_ROW, column=c)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for r, values in enumerate(rows, start=HEADER_ROW + 1):
        for c, v in enumerate(values, start=1):
            _write(ws, r, c, v)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    last = get_column_letter(len(header))
    if rows:
        ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + len(rows)}"
    # printing: A4 landscape, one page wide, the header rows on every page
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"1:{HEADER_ROW}"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.center.text = "Trang &P/&N"
    return ws


def _state_label(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return PlanState(value).label
    except ValueError:
        return value


def _level_label(value: str) -> str:
    try:
        return Level(value).label
    except ValueError:
        return value


def city_workbook(f: CityFigures) -> Workbook:
    """Three sheets: the units' submission status, the targets by level, the tasks by pillar."""
    year, targets, pillars = f.year, f.targets, f.pillars
    wb = Workbook()
    wb.remove(wb.active)
    _sheet(
        wb,
        "Tình hình gửi",
        f"Tình hình gửi dữ liệu kế hoạch chuyển đổi số năm {year} — {f.province_name} "
        f"(hạn {short_date(f.deadline)}; đúng hạn {f.on_time}, "
        f"muộn {f.late}, chưa gửi {f.missing}; "
        f"giờ Việt Nam)",
        [
            "STT",
            "Mã",
            "Đơn vị",
            "Tình trạng",
            "Lần gửi",
            "Gửi lần đầu",
            "Gửi gần nhất",
            "Nhận lúc",
            "Trạng thái kế hoạch",
            "Số nhiệm vụ",
            "Hoàn thành",
            "Chậm tiến độ",
            "Tỷ lệ hoàn thành bình quân (%)",
            "Dấu vân tay khóa",
        ],
        [
            [
                i,
                u.code,
                u.name,
                u.status.label + (" (quá hạn)" if u.overdue else ""),
                u.revision,
                to_vietnam_time(u.sent_at),
                to_vietnam_time(u.last_at),
                to_vietnam_time(u.received_at),
                _state_label(u.plan_state),
                u.tasks,
                u.done,
                u.late_tasks,
                None if u.mean_percent is None else round(u.mean_percent, 1),
                u.key_fingerprint,
            ]
            for i, u in enumerate(f.units, start=1)
        ],
        [6, 9, 30, 16, 8, 17, 17, 17, 16, 10, 10, 10, 14, 42],
    )
    _sheet(
        wb,
        "Chỉ tiêu",
        f"Kết quả thực hiện chỉ tiêu năm {year} theo cấp",
        [
            "STT",
            "Mã",
            "Chỉ tiêu",
            "Cấp",
            "Đơn vị tính",
            "Mức giao",
            "Số đơn vị",
            "Số đơn vị có số liệu",
            "Số đơn vị đạt",
            "Bình quân",
            "Thấp nhất",
            "Cao nhất",
        ],
        [
            [
                i,
                a.key if not a.key.startswith("own:") else "",
                a.text,
                _level_label(a.level),
                a.unit,
                float(a.city_value) if a.city_value is not None else None,
                a.units,
                a.measured,
                a.met,
                round(a.average, 2) if a.average is not None else None,
                float(a.lowest) if a.lowest is not None else None,
                float(a.highest) if a.highest is not None else None,
            ]
            for i, a in enumerate(targets, start=1)
        ],
        [6, 8, 60, 12, 10, 12, 10, 12, 10, 10, 10, 10],
    )
    _sheet(
        wb,
        "Nhiệm vụ theo trụ cột",
        f"Tình hình thực hiện nhiệm vụ năm {year} theo trụ cột (tính đến {short_date(f.as_of)})",
        ["STT", "Trụ cột", "Số đơn vị", "Tổng số nhiệm vụ"]
        + [s.label for s in STATUS_ORDER]
        + ["Tỷ lệ hoàn thành bình quân (%)"],
        [
            [i, p.pillar, p.units, p.tasks]
            + [p.by_status[s] for s in STATUS_ORDER]
            + [round(p.mean_percent, 1) if p.mean_percent is not None else None]
            for i, p in enumerate(pillars, start=1)
        ],
        [6, 30, 10, 10] + [14] * len(STATUS_ORDER) + [14],
    )
    return wb
