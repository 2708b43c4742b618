"""Draw the program's icon: a white page with a folded corner and a red check mark.

``python packaging/make_icon.py`` writes ``resources/icons/khcds.png`` (256 px,
the window icon and the Linux bundle) and ``resources/icons/khcds.ico``
(16-256 px, the Windows program, installer and file type). Each size is drawn
on its own so small sizes stay sharp. Needs PySide6 (and Pillow for the .ico).
Red is the flag's #DA251D.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
RED = QColor("#DA251D")
INK = QColor("#5B6470")
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)

    # the page, with its top-right corner folded
    x0, y0, x1, y1, fold = 40.0, 16.0, 216.0, 240.0, 52.0
    page = QPainterPath()
    page.moveTo(x0 + 12, y0)
    page.lineTo(x1 - fold, y0)
    page.lineTo(x1, y0 + fold)
    page.lineTo(x1, y1 - 12)
    page.quadTo(x1, y1, x1 - 12, y1)
    page.lineTo(x0 + 12, y1)
    page.quadTo(x0, y1, x0, y1 - 12)
    page.lineTo(x0, y0 + 12)
    page.quadTo(x0, y0, x0 + 12, y0)
    page.closeSubpath()
    edge = max(10.0, 2.0 * 256 / size)  # at least two pixels at 16 px
    p.setPen(QPen(INK, edge * 0.9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    p.setBrush(QColor("#FFFFFF"))
    p.drawPath(page)
    corner = QPainterPath()
    corner.moveTo(x1 - fold, y0)
    corner.lineTo(x1 - fold, y0 + fold - 8)
    corner.quadTo(x1 - fold, y0 + fold, x1 - fold + 8, y0 + fold)
    corner.lineTo(x1, y0 + fold)
    p.setBrush(QColor("#E6E9ED"))
    p.drawPath(corner)

    # lines of text (left out where they would only blur)
    if size >= 32:
        p.setPen(QPen(QColor("#AEB5BE"), 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for y, right in ((70, 140), (102, 180), (134, 180)):
            p.drawLine(QPointF(72, y), QPointF(right, y))

    # the check mark, in red, over the lower half of the page
    width = 30.0 if size >= 32 else 40.0
    p.setPen(QPen(RED, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    p.setBrush(Qt.BrushStyle.NoBrush)
    tick = QPainterPath()
    tick.moveTo(78, 172)
    tick.lineTo(116, 208)
    tick.lineTo(190, 128)
    p.drawPath(tick)
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return bytes(buf.data())


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841
    OUT.mkdir(parents=True, exist_ok=True)
    images = {s: draw(s) for s in SIZES}
    images[256].save(str(OUT / "khcds.png"), "PNG")
    from PIL import Image

    frames = [Image.open(io.BytesIO(png_bytes(images[s]))).convert("RGBA") for s in SIZES]
    frames[-1].save(OUT / "khcds.ico", format="ICO", sizes=[(s, s) for s in SIZES], append_images=frames[:-1])
    print(f"{OUT / 'khcds.png'}\n{OUT / 'khcds.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
