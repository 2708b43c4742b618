"""The serif face of official documents, for the PDF writer and for text measurement.

Decree 30 wants Times New Roman. DOCX runs simply name ``Times New Roman``; the
PDF must embed a face, so :func:`register` registers, in this order of preference,
Times New Roman from ``C:\\Windows\\Fonts`` (when the program runs on Windows and the
fonts are there) or the metric-compatible Liberation Serif vendored in
``resources/fonts/`` (SIL OFL 1.1, see ``LICENSE-LiberationSerif.txt``). Both
share Times New Roman's advance widths, so line breaks measured here hold in Word.

API:
- ``register() -> str``: registers the family once and returns its reportlab name
  (``FAMILY``); the faces are ``FAMILY``, ``FAMILY-Bold``, ``FAMILY-Italic``,
  ``FAMILY-BoldItalic``.
- ``face(bold, italic) -> str``: the reportlab font name of one face.
- ``text_width(text, size, bold=False, italic=False) -> float``: width in points.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from desktop.resources import resource_path

FAMILY = "KHCDS-Serif"
DOCX_FONT = "Times New Roman"

_LIBERATION = {
    "": "LiberationSerif-Regular.ttf",
    "-Bold": "LiberationSerif-Bold.ttf",
    "-Italic": "LiberationSerif-Italic.ttf",
    "-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}
_WINDOWS = {"": "times.ttf", "-Bold": "timesbd.ttf", "-Italic": "timesi.ttf", "-BoldItalic": "timesbi.ttf"}

_lock = threading.Lock()
_registered: str | None = None


def font_files() -> dict[str, Path]:
    """The four face files to embed: Windows' Times New Roman if present, else Liberation Serif."""
    if os.name == "nt" and not os.environ.get("KHCDS_VENDORED_FONTS"):
        win = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        files = {k: win / v for k, v in _WINDOWS.items()}
        if all(p.is_file() for p in files.values()):
            return files
    return {k: resource_path("fonts", v) for k, v in _LIBERATION.items()}


def register() -> str:
    global _registered
    if _registered:
        return _registered
    with _lock:
        if _registered:
            return _registered
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for suffix, path in font_files().items():
            pdfmetrics.registerFont(TTFont(FAMILY + suffix, str(path)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=FAMILY, bold=FAMILY + "-Bold", italic=FAMILY + "-Italic",
            boldItalic=FAMILY + "-BoldItalic",
        )
        for b in (0, 1):
            for i in (0, 1):
                addMapping(FAMILY, b, i, face(bool(b), bool(i)))
        _registered = FAMILY
        return FAMILY


def face(bold: bool = False, italic: bool = False) -> str:
    suffix = ("Bold" if bold else "") + ("Italic" if italic else "")
    return FAMILY + (f"-{suffix}" if suffix else "")


def text_width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    from reportlab.pdfbase import pdfmetrics

    register()
    return float(pdfmetrics.stringWidth(text, face(bold, italic), size))
