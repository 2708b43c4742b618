"""Service API of the documents: the unit's plan and report as DOCX or PDF.

- ``render_plan(store, year, fmt) -> bytes`` and ``render_report(store, year, period, fmt) -> bytes``
  build the document in memory (``fmt`` is ``"docx"`` or ``"pdf"``); every function takes
  ``plan_id=`` to choose one of several plans of a year (``year`` may then be None);
- ``generate_plan(store, year, fmt, out_path)`` and ``generate_report(store, year, period, fmt,
  out_path)`` write it atomically (``desktop.fsutil.atomic_writer``) and return a
  :class:`Generated` (path, size, pages for a PDF, the year report's deadline);
- ``render(document, fmt) -> bytes`` writes any model document (the city's
  consolidated report uses this).

User errors (no plan for the year, output folder missing, an unknown format or
period) raise ``desktop.errors.UserError`` with a Vietnamese message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.documents.model import Document
from desktop.errors import UserError
from desktop.i18n import _

FORMATS = ("docx", "pdf")


@dataclass(frozen=True)
class Generated:
    path: Path
    size: int
    fmt: str
    deadline: dt.date | None = None


def render(document: Document, fmt: str) -> bytes:
    fmt = _check_format(fmt)
    if fmt == "docx":
        from desktop.documents.docx_writer import write_docx

        return write_docx(document)
    from desktop.documents.pdf_writer import write_pdf

    return write_pdf(document)


def _check_format(fmt: str) -> str:
    f = (fmt or "").lower().lstrip(".")
    if f not in FORMATS:
        raise UserError(_("Định dạng không hỗ trợ: {f} (chọn docx hoặc pdf).").format(f=fmt))
    return f


def _unit_and_plan(s: Any, year: int | None, plan_id: int | None = None) -> Any:
    from desktop.services import plans as psvc
    from desktop.services import units as usvc

    unit = usvc.current_unit(s)
    if unit is None:
        raise UserError(_("Thư mục dữ liệu chưa có đơn vị nào. Hãy tạo đơn vị hoặc chạy: khcds demo"))
    return psvc.resolve_plan(s, unit, plan_id=plan_id, year=year)


def plan_document(store: Any, year: int | None, *, plan_id: int | None = None) -> Document:
    from desktop.documents.build_plan import build_plan

    with store.session() as s:
        return build_plan(_unit_and_plan(s, year, plan_id))


def report_document(
    store: Any, year: int | None, period: str = "year", *, plan_id: int | None = None
) -> tuple[Document, dt.date | None]:
    from desktop.documents.build_report import build_report
    from desktop.services import plans as psvc
    from desktop.services.report_content import report_content
    from desktop.services.reports import texts_for

    with store.session() as s:
        plan = _unit_and_plan(s, year, plan_id)
        p = psvc.report_period_of(plan, period)
        content = report_content(plan, p, overrides=texts_for(s, plan, p))
        deadline = psvc.report_due(plan, p) or content.deadline
        return build_report(plan, p, content=content), deadline


def render_plan(store: Any, year: int | None, fmt: str, *, plan_id: int | None = None) -> bytes:
    fmt = _check_format(fmt)
    return render(plan_document(store, year, plan_id=plan_id), fmt)


def render_report(store: Any, year: int | None, period: str, fmt: str, *, plan_id: int | None = None) -> bytes:
    fmt = _check_format(fmt)
    doc, _deadline = report_document(store, year, period, plan_id=plan_id)
    return render(doc, fmt)


def _write(out_path: Path, data: bytes, fmt: str, deadline: dt.date | None = None) -> Generated:
    from desktop.fsutil import atomic_writer

    out = Path(out_path)
    if out.is_dir():
        raise UserError(_("Đường dẫn lưu tệp là một thư mục: {d}").format(d=out))
    try:
        with atomic_writer(out) as fh:
            fh.write(data)
    except PermissionError as e:
        raise UserError(
            _("Không ghi được tệp {f} (tệp đang mở trong chương trình khác hoặc không có quyền).").format(f=out)
        ) from e
    except OSError as e:
        raise UserError(_("Không ghi được tệp {f}: {err}").format(f=out, err=e.strerror)) from e
    return Generated(out, len(data), fmt, deadline)


def generate_plan(store: Any, year: int | None, fmt: str, out_path: Path, *, plan_id: int | None = None) -> Generated:
    fmt = _check_format(fmt)
    return _write(Path(out_path), render(plan_document(store, year, plan_id=plan_id), fmt), fmt)


def generate_report(
    store: Any, year: int | None, period: str, fmt: str, out_path: Path, *, plan_id: int | None = None
) -> Generated:
    fmt = _check_format(fmt)
    doc, deadline = report_document(store, year, period, plan_id=plan_id)
    return _write(Path(out_path), render(doc, fmt), fmt, deadline)
