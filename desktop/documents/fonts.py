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
            FAMILY,
            normal=FAMILY,
            bold=FAMILY + "-Bold",
            italic=FAMILY + "-Italic",
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


_word_widths: dict[tuple[str, str, float], float] = {}


def word_width(word: str, font: str, size: float) -> float:
    """Width in points of ``word`` in the reportlab face ``font`` (cached: a table repeats words)."""
    key = (word, font, size)
    w = _word_widths.get(key)
    if w is None:
        from reportlab.pdfbase import pdfmetrics

        w = float(pdfmetrics.stringWidth(word, font, size))
        if len(_word_widths) < 200_000:
            _word_widths[key] = w
    return w


def break_lines(text: str, width: float, size: float, bold: bool = False, italic: bool = False) -> list[str]:
    """Greedy line breaking of ``text`` (``\\n`` starts a new line) into lines no wider than
    ``width`` points; a word wider than a line is cut between characters, so no text is
    ever lost or drawn outside its box."""
    register()
    font = face(bold, italic)
    space = word_width(" ", font, size)
    out: list[str] = []
    for para in text.split("\n"):
        words = para.split()
        if not words:
            out.append("")
            continue
        line: list[str] = []
        used = 0.0
        for word in words:
            w = word_width(word, font, size)
            if w > width:  # cut the long word into pieces that fit
                if line:
                    out.append(" ".join(line))
                    line, used = [], 0.0
                piece = ""
                pw = 0.0
                for ch in word:
                    cw = word_width(ch, font, size)
                    if piece and pw + cw > width:
                        out.append(piece)
                        piece, pw = "", 0.0
                    piece += ch
                    pw += cw
                line, used = [piece], pw
                continue
            if line and used + space + w > width:
                out.append(" ".join(line))
                line, used = [word], w
            else:
                used += (space if line else 0.0) + w
                line.append(word)
        out.append(" ".join(line))
    return out


def longest_line(lines: list[str], size: float, bold: bool = False, width: float | None = None) -> float:
    """The width of the longest of ``lines`` once broken at ``width`` points (None: unbroken)."""
    widest = 0.0
    for text in lines:
        parts = break_lines(text, width, size, bold) if width else [text]
        for p in parts:
            widest = max(widest, text_width(p, size, bold))
    return widest
