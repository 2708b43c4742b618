"""The document model: an official document (Decree 30/2020) as plain data, written
by two writers (``docx_writer.write_docx`` and ``pdf_writer.write_pdf``).

A :class:`Document` is a list of :class:`Section` s. Each section has its page
setup (A4 portrait or landscape, margins in mm) and page-number rule (Decree 30:
no number on a section's first page, later numbers centred in the top margin;
appendix sections restart at 1), and a list of blocks:

- :class:`Paragraph` of :class:`Run` s (bold, italic), with alignment, size in pt,
  first-line indent, spacing and ``keep_with_next``;
- :class:`Rule`: a short solid line, centred (under the trích yếu or a Phụ lục);
- :class:`Table`: columns with relative widths, header rows repeated on every page,
  data / group / total rows (:class:`Row` of :class:`Cell`), an optional
  ``(Đơn vị tính: ...)`` note above it on the right;
- :class:`HeaderBlock`: issuer lines, ``Số: ...``, quốc hiệu, tiêu ngữ, place and date
  (Mẫu 1.4, two columns; Số and the date on one line);
- :class:`TitleBlock`: the type name (``KẾ HOẠCH``, ``BÁO CÁO``) and the trích yếu;
- :class:`SignatureBlock`: ``Nơi nhận`` beside the authority lines, the signer's space
  (where the PDF puts its empty ``/Sig`` field) and name; never split from the
  paragraph before it.

The blocks carry their presentation values (sizes, the mark under the issuing body,
the forms of the signature and of Nơi nhận); ``formats`` fills them for the Party
format (Hướng dẫn 36-HD/VPTW), the defaults being Decree 30's. Every text is cleaned
on entry (``clean``: NFC, no control characters), so untrusted text from a package or
a template cannot break a writer.

Nothing here knows plans or reports: ``build_plan`` and ``build_report`` (and later
the city's consolidated report) build documents out of these blocks, using the
helpers at the end of this module (``body``, ``heading``, ``khoan``,
``appendix_heading``, ``end_content``). Lengths are mm for page geometry and pt
for type; every text is NFC.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

from desktop.vn import nfc as _nfc

# Characters that may not reach a document: C0/C1 controls (but the line feed), lone
# surrogates, the non-characters U+FFFE/U+FFFF and the bidi overrides (text from a
# package or a template is data; Word refuses XML holding such characters).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """Text as a document may print it: NFC, line ends as ``\\n``, tabs as spaces,
    control characters removed."""
    if not text:
        return ""
    t = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _nfc(_CONTROL.sub("", t))


nfc = clean

Align = Literal["justify", "center", "left", "right"]
RowKind = Literal["data", "group", "total"]

BODY_SIZE = 14.0
TABLE_SIZE = 12.0
FIRST_INDENT_MM = 10.0  # 1 cm
PARA_SPACE = 6.0  # pt before each body paragraph
LINE_SPACING = 1.1  # multiple of single spacing

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
ENDING = "./."


@dataclass(frozen=True)
class PageSetup:
    orientation: Literal["portrait", "landscape"] = "portrait"
    top: float = 20.0
    bottom: float = 20.0
    left: float = 30.0
    right: float = 15.0
    header_distance: float = 10.0  # page-number baseline area from the top edge, mm

    @property
    def width(self) -> float:
        return 297.0 if self.orientation == "landscape" else 210.0

    @property
    def height(self) -> float:
        return 210.0 if self.orientation == "landscape" else 297.0

    @property
    def text_width(self) -> float:
        return self.width - self.left - self.right


PORTRAIT = PageSetup()
LANDSCAPE = PageSetup(orientation="landscape")


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False

    def __post_init__(self) -> None:
        self.text = nfc(self.text)


@dataclass
class Paragraph:
    runs: list[Run]
    align: Align = "justify"
    size: float = BODY_SIZE
    first_indent: float = FIRST_INDENT_MM  # mm
    left_indent: float = 0.0  # mm
    space_before: float = PARA_SPACE  # pt
    space_after: float = 0.0  # pt
    line_spacing: float = LINE_SPACING
    keep_with_next: bool = False
    style: Literal["body", "heading1", "heading2"] = "body"  # the DOCX paragraph style

    def __post_init__(self) -> None:
        for r in self.runs:
            r.text = clean(r.text)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Rule:
    """A solid line of ``width`` pt, centred in its container."""

    width: float
    thickness: float = 0.6
    space_before: float = 0.0
    space_after: float = 6.0


@dataclass
class Cell:
    text: str = ""  # "\n" separates lines inside the cell
    bold: bool = False
    italic: bool = False
    align: Align = "left"
    colspan: int = 1

    def __post_init__(self) -> None:
        self.text = nfc(self.text)


@dataclass
class Row:
    cells: list[Cell]
    kind: RowKind = "data"


@dataclass
class Column:
    weight: float  # relative width
    align: Align = "left"


@dataclass
class Table:
    columns: list[Column]
    header: list[Row]  # repeated at the top of every page
    rows: list[Row]
    size: float = TABLE_SIZE
    unit_note: str | None = None  # "(Đơn vị tính: triệu đồng)" above the table, right
    space_before: float = 6.0
    width: float | None = None  # mm; None: the full text width

    def widths(self, total: float) -> list[float]:
        s = sum(c.weight for c in self.columns)
        return [total * c.weight / s for c in self.columns]


@dataclass
class IssuerLine:
    text: str
    bold: bool = True

    def __post_init__(self) -> None:
        self.text = clean(self.text)


@dataclass
class HeaderBlock:
    issuer: list[IssuerLine]  # chủ quản (upright) then the issuer (bold), UPPER
    number: str  # "Số: 05/KH-UBND" or "Số:       /KH-UBND"
    place_date: str  # "An Lão, ngày 06 tháng 4 năm 2021"
    left_width: float = 62.0  # mm; the right column takes the rest of the text width
    issuer_size: float = 13.0
    number_size: float = 13.0
    qh_size: float = 13.0
    tn_size: float = 14.0
    date_size: float = 14.0
    quoc_hieu: str = QUOC_HIEU  # or the Party heading ĐẢNG CỘNG SẢN VIỆT NAM
    tieu_ngu: str = TIEU_NGU  # "": none (Party format)
    issuer_mark: Literal["rule", "star"] = "rule"  # under the issuing body: a short line or ``*``
    number_with_date: bool = True  # Số and the date on one line; else the date under the heading

    def __post_init__(self) -> None:
        self.number, self.place_date = clean(self.number), clean(self.place_date)


@dataclass
class TitleBlock:
    type_name: str  # KẾ HOẠCH
    subject: list[str]  # the trích yếu, one or more lines, bold
    size: float = 14.0  # the type name
    space_before: float = 18.0
    subject_size: float | None = None  # None: ``size``
    mark: Literal["rule", "dashes"] = "rule"  # under the trích yếu: a line, or ``-----`` (Party)
    rule_fraction: float = 0.4  # of the longest printed trích yếu line (Decree 30: 1/3 to 1/2)

    def __post_init__(self) -> None:
        self.type_name = clean(self.type_name)
        self.subject = [clean(s) for s in self.subject]

    @property
    def subject_pt(self) -> float:
        return self.subject_size or self.size


@dataclass
class SignatureBlock:
    recipients: list[str]  # "Như trên;" ... "Lưu: VT, VP." (the writer prints "- ")
    authority: list[str]  # ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    name: str
    gap: float = 80.0  # pt of room for the signature and seal
    left_width: float = 60.0  # mm for Nơi nhận; the signature takes the rest
    field_name: str | None = "ChuKyLanhDao"  # the leader's empty /Sig field in the PDF; None: none
    seal_field_name: str | None = "ChuKyCoQuan"  # the organisation's (seal) /Sig field; None: none
    authority_size: float = 13.0
    name_size: float = 14.0
    space_before: float = 12.0
    position_bold: bool = True  # the last authority line (the position); Party: upright
    label: str = "Nơi nhận:"
    label_size: float = 12.0
    label_bold: bool = True
    label_italic: bool = True
    label_underline: bool = False
    recipient_size: float = 11.0

    def __post_init__(self) -> None:
        self.recipients = [clean(r) for r in self.recipients]
        self.authority = [clean(a) for a in self.authority]
        self.name = clean(self.name)

    def authority_bold(self, i: int) -> bool:
        """Authority lines are bold; the position line (the last) as the format says."""
        return self.position_bold or i < len(self.authority) - 1 or len(self.authority) == 1


Block = Paragraph | Rule | Table | HeaderBlock | TitleBlock | SignatureBlock


@dataclass
class Section:
    blocks: list[Block]
    page: PageSetup = PORTRAIT
    restart_numbering: bool = True  # page numbers start again at 1
    number_first_page: bool = False  # Decree 30: page 1 carries no number
    page_number_size: float = 13.0


@dataclass
class Document:
    sections: list[Section]
    title: str = ""
    author: str = ""
    subject: str = ""
    date: dt.date | None = None  # metadata date (deterministic output); None: 2000-01-01
    meta: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.title, self.author, self.subject = clean(self.title), clean(self.author), clean(self.subject)

    def all_blocks(self) -> list[Block]:
        return [b for s in self.sections for b in s.blocks]

    def plain_text(self) -> str:
        """The text of the document, one block a line (for tests and search)."""
        out: list[str] = []
        for b in self.all_blocks():
            if isinstance(b, Paragraph):
                out.append(b.text)
            elif isinstance(b, Table):
                for r in b.header + b.rows:
                    out.append(" | ".join(c.text for c in r.cells))
            elif isinstance(b, HeaderBlock):
                out += (
                    [x.text for x in b.issuer]
                    + [b.number, b.quoc_hieu]
                    + ([b.tieu_ngu] if b.tieu_ngu else [])
                    + [b.place_date]
                )
            elif isinstance(b, TitleBlock):
                out += [b.type_name, *b.subject]
            elif isinstance(b, SignatureBlock):
                out += [b.label, *b.recipients, *b.authority, b.name]
        return "\n".join(out)


# -- helpers for builders ----------------------------------------------------


def body(text: str, *, bold: bool = False, italic: bool = False, **kw: object) -> Paragraph:
    """A body paragraph: justified, 14 pt, 1 cm first-line indent, 6 pt before."""
    return Paragraph([Run(text, bold=bold, italic=italic)], **kw)  # type: ignore[arg-type]


def heading(text: str) -> Paragraph:
    """A mục heading ``I. MỤC ĐÍCH, YÊU CẦU``: UPPER, bold, kept with what follows."""
    return Paragraph([Run(text, bold=True)], keep_with_next=True, space_before=8.0, style="heading1")


def khoan(text: str) -> Paragraph:
    """A khoản with a title (``1. Mục tiêu``): bold, kept with what follows."""
    return Paragraph([Run(text, bold=True)], keep_with_next=True, style="heading2")


def centred(
    text: str,
    *,
    size: float = BODY_SIZE,
    bold: bool = False,
    italic: bool = False,
    space_before: float = 0.0,
    keep_with_next: bool = True,
) -> Paragraph:
    return Paragraph(
        [Run(text, bold=bold, italic=italic)],
        align="center",
        size=size,
        first_indent=0,
        space_before=space_before,
        keep_with_next=keep_with_next,
    )


def appendix_heading(label: str, title: str, reference: str, rule_width: float) -> list[Block]:
    """``Phụ lục I`` (14 bold) / title (UPPER 14 bold) / ``(Kèm theo ...)`` (13 italic) / a short line."""
    return [
        centred(label, bold=True),
        centred(title.upper(), bold=True, space_before=2),
        centred(reference, size=13, italic=True, space_before=2),
        Rule(rule_width, space_before=5, space_after=8),
    ]


def end_content(blocks: list[Block]) -> None:
    """Append ``./.`` to the last paragraph of the content (Decree 30 samples)."""
    for b in reversed(blocks):
        if isinstance(b, Paragraph):
            text = b.text.rstrip()
            if text.endswith(ENDING):
                return
            last = b.runs[-1]
            last.text = last.text.rstrip()
            if text.endswith(".") and last.text.endswith("."):
                last.text += "/."
            else:
                last.text = last.text.rstrip(";:,") + ENDING
            return
    blocks.append(body(ENDING))


def paragraphs_of(text: str) -> list[str]:
    """A section's stored text: paragraphs separated by ``\\n``; empty lines dropped."""
    return [p.strip() for p in nfc(text).split("\n") if p.strip()]
