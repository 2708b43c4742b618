"""The empty signature fields of a document PDF, written by reportlab itself.

A plan or report is signed twice (Decree 30, Phụ lục I mục II.7 and II.8): first by
the leader (``ChuKyLanhDao``: the image of the leader's signature, centred between
the title and the name, ô 7c), then by the organisation, whose văn thư signs with
the unit's certificate (``ChuKyCoQuan``: the image of the seal at its real size,
covering about the left third of the leader's signature, ô 8). The PDF writer
leaves an empty AcroForm ``/Sig`` field for each, in that order, so that a signing
tool fills them one after the other without changing the page.

The fields are written while reportlab draws the page (a widget annotation on the
page and in the catalog's ``/AcroForm /Fields``): producing an unsigned PDF needs
no signing library (pyHanko is imported only to sign or verify).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LEADER_FIELD = "ChuKyLanhDao"
ORGANISATION_FIELD = "ChuKyCoQuan"

MM = 72 / 25.4
LEADER_WIDTH = 62 * MM  # room for the image of a signature
SEAL_DIAMETER = 35 * MM  # the round seal of a commune's People's Committee
SEAL_TEXT_BAND = 20.0  # under the seal: the organisation and the signing time, two small lines
#: /F of a signature widget: Print (4) + Locked (128), as signing tools write it
WIDGET_FLAGS = 132


@dataclass
class SigPlace:
    name: str
    page: int  # 0-based
    box: tuple[float, float, float, float]  # x1, y1, x2, y2 in PDF points, origin bottom left


def places_for(
    space: tuple[float, float, float, float], page: int, leader: str | None, organisation: str | None
) -> list[SigPlace]:
    """The leader's and the organisation's fields for the signer's space ``space``
    (the room left between the title and the name): the leader's centred in it; the
    organisation's a square of the seal's size centred on the leader's box vertically,
    its right edge a third of the way into the leader's box (the seal covers the left
    third of the signature), with a band for two lines of text beneath it."""
    x1, y1, x2, y2 = space
    w = min(x2 - x1, LEADER_WIDTH)
    left = x1 + (x2 - x1 - w) / 2
    out: list[SigPlace] = []
    if leader:
        out.append(SigPlace(leader, page, (left, y1, left + w, y2)))
    if organisation:
        d = SEAL_DIAMETER
        right = left + w / 3
        cy = (y1 + y2) / 2
        sx1 = max(right - d, x1 - w / 2)
        out.append(SigPlace(organisation, page, (sx1, cy - d / 2 - SEAL_TEXT_BAND, sx1 + d, cy + d / 2)))
    return out


def add_fields(canv: Any, places: list[SigPlace]) -> None:
    """Put an empty signature field for each place on the page ``canv`` is drawing
    (reportlab canvas), registered in the document's AcroForm in the given order."""
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFString

    form = canv.acroForm  # created on first use, referenced from the catalog
    for p in places:
        widget = PDFDictionary(
            {
                "Type": PDFName("Annot"),
                "Subtype": PDFName("Widget"),
                "FT": PDFName("Sig"),
                "T": PDFString(p.name),
                "F": WIDGET_FLAGS,
                "Rect": PDFArray([round(v, 2) for v in p.box]),
                "P": canv._doc.thisPageRef(),
            }
        )
        canv._addAnnotation(widget)
        form.fields.append(form.getRef(widget))
