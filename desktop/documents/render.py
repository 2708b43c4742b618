"""Write a laid-out document: ``render(document, fmt) -> bytes`` for ``fmt`` ``"docx"`` or ``"pdf"``.

An unknown format raises ``desktop.errors.UserError`` with a Vietnamese message. Which plan or
report to lay out, and where the file goes, is decided in ``desktop.services.documents``.
"""

from __future__ import annotations

from desktop.documents.model import Document
from desktop.errors import UserError
from desktop.i18n import _

FORMATS = ("docx", "pdf")


def check_format(fmt: str) -> str:
    """The format in lower case without a dot; UserError unless docx or pdf."""
    f = (fmt or "").lower().lstrip(".")
    if f not in FORMATS:
        raise UserError(_("Định dạng không hỗ trợ: {f} (chọn docx hoặc pdf).").format(f=fmt))
    return f


def render(document: Document, fmt: str) -> bytes:
    fmt = check_format(fmt)
    if fmt == "docx":
        from desktop.documents.docx_writer import write_docx

        return write_docx(document)
    from desktop.documents.pdf_writer import write_pdf

    return write_pdf(document)
