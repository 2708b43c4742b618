"""The city's scoring table as XLSX: one row per commune, one column per criterion.

Every text that came from a unit's package is written as text (a leading = + - @
cannot become a formula) with control characters removed; numbers are numbers.
The sheet prints on A4 landscape, fitted to the page width, with its header rows
repeated on every page.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
ADJ_FILL = PatternFill("solid", fgColor="FFF2CC")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def safe_text(text: str) -> str:
    """Text from a package as it lands in a cell: control characters removed, never a formula."""
    t = _CONTROL.sub("", text)
    if t[:1] in ("=", "+", "-", "@", "\t", "\r"):
        t = "'" + t
    return t


def scores_workbook(ranks: list[Any], criteria: list[Any], *, caption: str) -> Workbook:
    """``ranks``: ``city_scoring.UnitScore`` rows; ``criteria``: the set's criteria (id, text, max)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Chấm điểm"
    ws.append([safe_text(caption)])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    fixed = ["Hạng", "Mã", "Đơn vị", "Điểm tự chấm", "Điểm thẩm định", "Chỉ số (0-1)", "Xếp loại"]
    header = fixed + [f"{c.id}" for c in criteria]
    ws.append(header)
    ws.append([""] * len(fixed) + [f"tối đa {c.max}" if c.max is not None else "chưa có điểm tối đa" for c in criteria])
    for col in range(1, len(header) + 1):
        for row in (3, 4):
            cell = ws.cell(row=row, column=col)
            cell.font = Font(bold=True)
            cell.fill = HEAD_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for i, _c in enumerate(criteria, start=len(fixed) + 1):
        ws.cell(row=3, column=i).comment = None
        ws.column_dimensions[get_column_letter(i)].width = 8
    for u in ranks:
        values: list[Any] = [
            u.rank,
            safe_text(u.unit_code),
            safe_text(u.unit_name),
            float(u.self_total),
            float(u.total),
            float(u.normalised),
            safe_text(u.grade or ""),
        ]
        for c in criteria:
            p = u.points.get(c.id)
            values.append(float(p) if isinstance(p, Decimal) else None)
        ws.append(values)
        r = ws.max_row
        for i, c in enumerate(criteria, start=len(fixed) + 1):
            if c.id in u.adjusted:
                own, _new, reason = u.adjusted[c.id]
                cell = ws.cell(row=r, column=i)
                cell.fill = ADJ_FILL
                from openpyxl.comments import Comment

                cell.comment = Comment(safe_text(f"Đơn vị tự chấm {own}; lý do điều chỉnh: {reason}"), "KHCĐS")
        for col in (2, 3, 7):
            ws.cell(row=r, column=col).data_type = "s"
    for col, w in zip(range(1, len(fixed) + 1), (6, 8, 32, 10, 10, 9, 12), strict=True):
        ws.column_dimensions[get_column_letter(col)].width = w
    ws.freeze_panes = ws.cell(row=5, column=4)
    last = get_column_letter(len(header))
    if ranks:
        ws.auto_filter.ref = f"A3:{last}{4 + len(ranks)}"
    crit = wb.create_sheet("Tiêu chí")
    crit.append(["Mã", "Tiêu chí", "Điểm tối đa", "Cách tính"])
    for c in criteria:
        crit.append([safe_text(c.id), safe_text(c.text), float(c.max) if c.max is not None else None, c.method.label])
    for letter, width in zip("ABCD", (8, 80, 12, 20), strict=True):
        crit.column_dimensions[letter].width = width
    for sheet in (ws, crit):
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "3:4"
    return wb
