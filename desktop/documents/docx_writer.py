"""Write a :class:`~desktop.documents.model.Document` as DOCX with python-docx.

``write_docx(doc) -> bytes``. Runs name ``Times New Roman``; each model section is a
Word section (A4 portrait or landscape, its margins) whose header holds a centred
``PAGE`` field and whose first page has an empty header (``titlePg``), so page 1 shows
no number; appendix sections restart at 1 (``pgNumType start=1``). Tables have a
fixed layout and grid (LibreOffice needs both), header rows marked ``tblHeader``
(repeated on each page), rows that do not split, and group rows kept with the
next row. The header (Mẫu 1.4) and the signature block are borderless tables;
lines under the issuer, tiêu ngữ and trích yếu are empty paragraphs with a bottom
border, indented to the measured text width.

The body XML is produced as text and parsed once per section (fast for tables of
thousands of rows). The zip is rewritten with fixed timestamps, and the core
properties carry a fixed date, so the same document gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from xml.sax.saxutils import escape

from docx import Document as _new_docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from desktop.documents import fonts
from desktop.documents.model import (
    Document,
    HeaderBlock,
    Paragraph,
    Rule,
    Run,
    Section,
    SignatureBlock,
    Table,
    TitleBlock,
    clean,
)

FONT = fonts.DOCX_FONT
_JC = {"justify": "both", "center": "center", "left": "left", "right": "right"}
TW_PER_MM = 1440 / 25.4


def _tw(mm_value: float) -> int:
    return int(round(mm_value * TW_PER_MM))


_UNDERLINE = '<w:u w:val="single"/>'


def _rpr(size: float, bold: bool = False, italic: bool = False, underline: bool = False) -> str:
    hs = int(round(size * 2))
    return (
        f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'
        f"{'<w:b/><w:bCs/>' if bold else ''}{'<w:i/><w:iCs/>' if italic else ''}"
        f'<w:color w:val="000000"/><w:sz w:val="{hs}"/><w:szCs w:val="{hs}"/>'
        f"{_UNDERLINE if underline else ''}</w:rPr>"
    )


def _run(r: Run, size: float, underline: bool = False) -> str:
    parts = clean(r.text).split("\n")
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in parts)
    return f"<w:r>{_rpr(size, r.bold, r.italic, underline)}{body}</w:r>"


STYLE_IDS = {"body": "", "heading1": "Heading1", "heading2": "Heading2", "title": "Title"}


def _ppr(
    align: str,
    size: float,
    before: float = 0.0,
    after: float = 0.0,
    spacing: float = 1.0,
    first: float = 0.0,
    left: float = 0.0,
    right: float = 0.0,
    keep: bool = False,
    exact: float | None = None,
    border: bool = False,
    style: str = "",
) -> str:
    line = (
        f'w:line="{int(round(exact * 20))}" w:lineRule="exact"'
        if exact
        else f'w:line="{int(round(240 * spacing))}" w:lineRule="auto"'
    )
    bdr = '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' if border else ""
    ps = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (
        f"<w:pPr>{ps}{'<w:keepNext/>' if keep else ''}<w:widowControl/>{bdr}"
        f'<w:spacing w:before="{int(round(before * 20))}" w:after="{int(round(after * 20))}" {line}/>'
        f'<w:ind w:left="{_tw(left)}" w:right="{_tw(right)}" w:firstLine="{_tw(first)}"/>'
        f'<w:jc w:val="{_JC[align]}"/>{_rpr(size)}</w:pPr>'
    )


def _para(p: Paragraph, keep: bool | None = None) -> str:
    k = p.keep_with_next if keep is None else keep
    return (
        f"<w:p>{_ppr(p.align, p.size, p.space_before, p.space_after, p.line_spacing, p.first_indent, p.left_indent, keep=k, style=STYLE_IDS[p.style])}"
        f"{''.join(_run(r, p.size) for r in p.runs)}</w:p>"
    )


def _simple(
    text: str,
    size: float,
    align: str = "center",
    bold: bool = False,
    italic: bool = False,
    before: float = 0.0,
    after: float = 0.0,
    keep: bool = False,
    underline: bool = False,
    style: str = "",
) -> str:
    return (
        f"<w:p>{_ppr(align, size, before, after, keep=keep, style=style)}"
        f"{_run(Run(text, bold=bold, italic=italic), size, underline) if text else ''}</w:p>"
    )


def _rule(width_pt: float, container_mm: float, before: float = 0.0, after: float = 0.0) -> str:
    """An empty paragraph with a bottom border ``width_pt`` long, centred in the container."""
    side = max(0.0, (container_mm - width_pt * 25.4 / 72) / 2)
    return f"<w:p>{_ppr('center', 2, before, after, exact=2, left=side, right=side, border=True)}</w:p>"


def _tbl_open(widths_mm: list[float], borders: bool, cell_margin_mm: float | None = None) -> str:
    total = sum(_tw(w) for w in widths_mm)
    b = (
        (
            "<w:tblBorders>"
            + "".join(
                f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + "</w:tblBorders>"
        )
        if borders
        else (
            "<w:tblBorders>"
            + "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
            + "</w:tblBorders>"
        )
    )
    mar = ""
    if cell_margin_mm is not None:
        m = _tw(cell_margin_mm)
        mar = (
            f'<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="{m}" w:type="dxa"/>'
            f'<w:bottom w:w="0" w:type="dxa"/><w:right w:w="{m}" w:type="dxa"/></w:tblCellMar>'
        )
    grid = "".join(f'<w:gridCol w:w="{_tw(w)}"/>' for w in widths_mm)
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="{total}" w:type="dxa"/><w:jc w:val="center"/>{b}'
        f'<w:tblLayout w:type="fixed"/>{mar}<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
    )


CELL_MARGIN_MM = 3 * 25.4 / 72  # 3 pt left and right, as the PDF: "STT" stays on one line
MAX_UNSPLIT_LINES = 6  # a row kept whole leaves at most about a sixth of a page empty


def _row_lines(row: object, widths: list[float], size: float) -> int:
    """An estimate of the row's height in lines (its widest text over its cell's width)."""
    most = 1
    ci = 0
    for cell in row.cells:  # type: ignore[attr-defined]
        w = sum(widths[ci : ci + cell.colspan]) * 72 / 25.4 - 6
        ci += cell.colspan
        if cell.text and w > 0:
            n = sum(int(fonts.text_width(part, size, cell.bold) // w) + 1 for part in cell.text.split("\n"))
            most = max(most, n)
    return most


def _tc(width_mm: float, content: str, span: int = 1, valign: str = "center") -> str:
    gs = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{_tw(width_mm)}" w:type="dxa"/>{gs}<w:vAlign w:val="{valign}"/></w:tcPr>'
        f"{content}</w:tc>"
    )


class _Writer:
    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def header(self, h: HeaderBlock, width: float) -> str:
        from desktop.documents.common import issuer_rule_width

        lw = h.left_width
        rw = width - lw
        left = "".join(_simple(x.text, h.issuer_size, bold=x.bold) for x in h.issuer)
        if h.issuer_mark == "star":
            left += _simple("*", h.issuer_size)
        else:
            left += _rule(issuer_rule_width(h), lw, before=0, after=0)
        right = _simple(h.quoc_hieu, h.qh_size, bold=True)
        if h.tieu_ngu:
            right += _simple(h.tieu_ngu, h.tn_size, bold=True)
            right += _rule(fonts.text_width(h.tieu_ngu, h.tn_size, bold=True), rw)
        else:  # the Party heading: a line as long as the heading
            right += _rule(fonts.text_width(h.quoc_hieu, h.qh_size, bold=True), rw)
        row1_right = right
        if h.number_with_date:
            number = _simple(h.number, h.number_size, before=8)
            date = _simple(h.place_date, h.date_size, italic=True, before=8)
        else:  # Party: the date under the heading's line, the number under the star
            row1_right += _simple(h.place_date, h.date_size, italic=True, before=6)
            number, date = _simple(h.number, h.number_size, before=2), "<w:p/>"
        row1 = f"<w:tr>{_tc(lw, left, valign='top')}{_tc(rw, row1_right, valign='top')}</w:tr>"
        row2 = f"<w:tr>{_tc(lw, number, valign='bottom')}{_tc(rw, date, valign='bottom')}</w:tr>"
        return _tbl_open([lw, rw], borders=False, cell_margin_mm=0) + row1 + row2 + "</w:tbl>"

    def title(self, t: TitleBlock, width: float) -> str:
        out = _simple(t.type_name, t.size, bold=True, before=t.space_before, keep=True, style="Title")
        out += "".join(_simple(x, t.subject_pt, bold=True, keep=True) for x in t.subject)
        if t.mark == "dashes":
            out += _simple("-----", t.subject_pt, before=0, after=6)
        else:  # 1/3 to 1/2 of the longest line as Word prints it (a long trích yếu wraps)
            longest = fonts.longest_line(t.subject, t.subject_pt, True, width * 72 / 25.4)
            out += _rule(t.rule_fraction * longest, width, before=2, after=6)
        return out

    def table(self, tb: Table, width: float) -> str:
        total = tb.width or width
        widths = tb.widths(total)
        out = []
        if tb.unit_note:
            out.append(
                _simple(
                    tb.unit_note, tb.size + 1, align="right", italic=True, before=tb.space_before, after=3, keep=True
                )
            )
        else:
            out.append(_simple("", 4, before=tb.space_before - 2 if tb.space_before > 2 else 0, keep=True))
        out.append(_tbl_open(widths, borders=True, cell_margin_mm=CELL_MARGIN_MM))
        n_head = len(tb.header)
        for ri, row in enumerate(tb.header + tb.rows):
            head = ri < n_head
            keep = head or row.kind == "group"
            # short rows stay whole; a long row may split across pages (Word would otherwise
            # push it whole to the next page, or cut what does not fit on one page)
            whole = head or _row_lines(row, widths, tb.size) <= MAX_UNSPLIT_LINES
            tr = "<w:trPr>" + ("<w:cantSplit/>" if whole else "") + ("<w:tblHeader/>" if head else "") + "</w:trPr>"
            cells = []
            ci = 0
            for cell in row.cells:
                w = sum(widths[ci : ci + cell.colspan])
                p = (
                    f"<w:p>{_ppr(cell.align, tb.size, 1, 1, keep=keep)}"
                    f"{_run(Run(cell.text, bold=cell.bold, italic=cell.italic), tb.size) if cell.text else ''}</w:p>"
                )
                cells.append(_tc(w, p, cell.colspan))
                ci += cell.colspan
            while ci < len(widths):
                cells.append(_tc(widths[ci], "<w:p/>"))
                ci += 1
            out.append(f"<w:tr>{tr}{''.join(cells)}</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    def signature(self, s: SignatureBlock, width: float) -> str:
        lw, rw = s.left_width, width - s.left_width
        left = _simple(
            s.label, s.label_size, align="left", bold=s.label_bold, italic=s.label_italic, underline=s.label_underline
        )
        left += "".join(_simple("- " + r, s.recipient_size, align="left") for r in s.recipients)
        right = "".join(_simple(a, s.authority_size, bold=s.authority_bold(i)) for i, a in enumerate(s.authority))
        right += f"<w:p>{_ppr('center', 2, exact=s.gap)}</w:p>"
        right += _simple(s.name, s.name_size, bold=True)
        row = f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{_tc(lw, left, valign='top')}{_tc(rw, right, valign='top')}</w:tr>"
        return (
            _tbl_open([lw, rw], borders=False, cell_margin_mm=0).replace('<w:jc w:val="center"/>', "")
            + row
            + "</w:tbl>"
        )

    def section_xml(self, sec: Section, last: bool) -> str:
        width = sec.page.text_width
        parts: list[str] = []
        blocks = sec.blocks
        for i, b in enumerate(blocks):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if isinstance(b, Paragraph):
                parts.append(_para(b, keep=True if isinstance(nxt, SignatureBlock) else None))
            elif isinstance(b, Rule):
                parts.append(_rule(b.width, width, b.space_before, b.space_after))
            elif isinstance(b, HeaderBlock):
                parts.append(self.header(b, width))
            elif isinstance(b, TitleBlock):
                parts.append(self.title(b, width))
            elif isinstance(b, Table):
                parts.append(self.table(b, width))
            elif isinstance(b, SignatureBlock):
                parts.append(f"<w:p>{_ppr('left', 2, exact=max(1.0, b.space_before), keep=True)}</w:p>")
                parts.append(self.signature(b, width))
            else:  # pragma: no cover
                raise TypeError(type(b))
        if last:  # a table may not end the document in Word: close with a tiny paragraph
            parts.append(f"<w:p>{_ppr('left', 2, exact=1)}</w:p>")
        return "".join(parts)

    def write(self) -> bytes:
        d = _new_docx()
        self._styles(d)
        body = d.element.body
        for el in list(body):
            if el.tag != qn("w:sectPr"):
                body.remove(el)
        from lxml import etree

        pieces: list[str] = []
        last = len(self.doc.sections) - 1
        for si, sec in enumerate(self.doc.sections):
            if si > 0:
                d.add_section(WD_SECTION.NEW_PAGE)
                # the break paragraph holding the previous sectPr: keep it tiny
                brk = body.sectPr.getprevious()
                ppr = brk.find(qn("w:pPr"))
                ppr.insert(
                    0, parse_xml(f'<w:spacing {nsdecls("w")} w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>')
                )
                ppr.find(qn("w:sectPr")).addprevious(
                    parse_xml(f'<w:rPr {nsdecls("w")}><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>')
                )
            self._setup(d.sections[-1], sec, si)
            pieces.append(self.section_xml(sec, si == last))
        # one parse for the whole body (moving thousands of nodes one by one is quadratic)
        breaks = [el for el in body if el.tag == qn("w:p")]
        xml = []
        for si, piece in enumerate(pieces):
            xml.append(piece)
            if si < last:
                xml.append(etree.tostring(breaks[si], encoding="unicode"))
        xml.append(etree.tostring(body.sectPr, encoding="unicode"))
        new_body = parse_xml(f"<w:body {nsdecls('w', 'r')}>{''.join(xml)}</w:body>")
        d.element.replace(body, new_body)
        self._props(d)
        buf = io.BytesIO()
        d.save(buf)
        return _normalise_zip(buf.getvalue())

    def _styles(self, d: object) -> None:
        st = d.styles["Normal"]  # type: ignore[attr-defined]
        st.font.name = FONT
        st.font.size = Pt(14)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attr), FONT)
        st.paragraph_format.space_after = Pt(0)

    def _setup(self, ws: object, sec: Section, index: int) -> None:
        p = sec.page
        ws.orientation = WD_ORIENT.LANDSCAPE if p.orientation == "landscape" else WD_ORIENT.PORTRAIT  # type: ignore[attr-defined]
        ws.page_width, ws.page_height = Mm(p.width), Mm(p.height)  # type: ignore[attr-defined]
        ws.top_margin, ws.bottom_margin = Mm(p.top), Mm(p.bottom)  # type: ignore[attr-defined]
        ws.left_margin, ws.right_margin = Mm(p.left), Mm(p.right)  # type: ignore[attr-defined]
        ws.header_distance, ws.footer_distance = Mm(p.header_distance), Mm(10)  # type: ignore[attr-defined]
        ws.gutter = Mm(0)  # type: ignore[attr-defined]
        ws.different_first_page_header_footer = not sec.number_first_page  # type: ignore[attr-defined]
        sect_pr = ws._sectPr  # type: ignore[attr-defined]
        old = sect_pr.find(qn("w:pgNumType"))
        if old is not None:
            sect_pr.remove(old)
        if sec.restart_numbering or index == 0:
            pg = parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="1"/>')
            # schema order: pgNumType comes after pgMar/paperSrc/pgBorders/lnNumType
            anchor = sect_pr.find(qn("w:cols"))
            if anchor is not None:
                anchor.addprevious(pg)
            else:
                sect_pr.append(pg)
        if index == 0:
            hp = ws.header.paragraphs[0]  # type: ignore[attr-defined]
            new = parse_xml(
                f"<w:p {nsdecls('w')}>{_ppr('center', sec.page_number_size)}"
                f'<w:r>{_rpr(sec.page_number_size)}<w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r>{_rpr(sec.page_number_size)}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                f'<w:r>{_rpr(sec.page_number_size)}<w:fldChar w:fldCharType="separate"/></w:r>'
                f"<w:r>{_rpr(sec.page_number_size)}<w:t>2</w:t></w:r>"
                f'<w:r>{_rpr(sec.page_number_size)}<w:fldChar w:fldCharType="end"/></w:r></w:p>'
            )
            hp._p.addprevious(new)
            hp._p.getparent().remove(hp._p)
            ws.first_page_header.paragraphs[0].text = ""  # type: ignore[attr-defined]

    def _props(self, d: object) -> None:
        cp = d.core_properties  # type: ignore[attr-defined]
        date = self.doc.date or dt.date(2000, 1, 1)
        stamp = dt.datetime(date.year, date.month, date.day, 8, 0, 0)
        cp.title = self.doc.title
        cp.author = self.doc.author
        cp.subject = self.doc.subject
        cp.last_modified_by = self.doc.author
        cp.comments = "KHCĐS"
        cp.created = stamp
        cp.modified = stamp
        cp.revision = 1


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_LANG = '<w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/>'
_FONTS = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'


def _style(kind: str, sid: str, name: str, ppr: str = "", rpr: str = "", extra: str = "") -> str:
    return (
        f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{extra}'
        f"{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}</w:style>"
    )


def _heading_style(sid: str, name: str, level: int) -> str:
    return _style(
        "paragraph",
        sid,
        name,
        f'<w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="0"/><w:jc w:val="both"/>'
        f'<w:outlineLvl w:val="{level}"/>',
        '<w:b/><w:bCs/><w:color w:val="000000"/><w:sz w:val="28"/><w:szCs w:val="28"/>',
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>',
    )


# The styles a clerk finds in Word: Normal and the headings in Times New Roman, black,
# at the Decree 30 sizes, in Vietnamese (spelling and hyphenation).
STYLES_XML = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{_W}">'
    f'<w:docDefaults><w:rPrDefault><w:rPr>{_FONTS}<w:color w:val="000000"/><w:sz w:val="28"/>'
    f'<w:szCs w:val="28"/>{_LANG}</w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
    "</w:docDefaults>"
    + _style(
        "paragraph",
        "Normal",
        "Normal",
        '<w:spacing w:after="0"/>',
        f'{_FONTS}<w:color w:val="000000"/><w:sz w:val="28"/><w:szCs w:val="28"/>{_LANG}',
        "<w:qFormat/>",
    ).replace(
        '<w:style w:type="paragraph" w:styleId="Normal">',
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">',
    )
    + _heading_style("Heading1", "heading 1", 0)
    + _heading_style("Heading2", "heading 2", 1)
    + _style(
        "paragraph",
        "Title",
        "Title",
        '<w:keepNext/><w:spacing w:before="360" w:after="0"/><w:jc w:val="center"/>',
        '<w:b/><w:bCs/><w:color w:val="000000"/><w:sz w:val="28"/><w:szCs w:val="28"/>',
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>',
    )
    + _style(
        "paragraph",
        "Header",
        "header",
        '<w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs>',
        "",
        '<w:basedOn w:val="Normal"/>',
    )
    + _style("paragraph", "Footer", "footer", "", "", '<w:basedOn w:val="Normal"/>')
    + '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
    + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
    '<w:top w:w="0" w:type="dxa"/><w:left w:w="60" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
    '<w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    + '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
    "<w:semiHidden/></w:style>" + "</w:styles>"
)

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>KHCĐS</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    "<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)

# Parts of python-docx's own template that do not belong in a document of the program:
# a blank thumbnail, a Word 2010 style copy, an empty custom XML item.
_DROP = ("docProps/thumbnail.jpeg", "word/stylesWithEffects.xml", "customXml/")


def _clean_part(name: str, data: bytes) -> bytes | None:
    """A part of the package as the program ships it (None: left out)."""
    import re

    if name.startswith(_DROP):
        return None
    if name == "word/styles.xml":
        return STYLES_XML.encode()
    if name == "docProps/app.xml":
        return APP_XML.encode()
    if name == "word/numbering.xml":  # the template's list definitions name styles it no longer has
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{_W}"/>').encode()
    if name.endswith(".rels") or name == "[Content_Types].xml":
        text = data.decode()
        text = re.sub(
            r"<(Relationship|Override)\b[^>]*(thumbnail|stylesWithEffects|customXml|itemProps)[^>]*/>", "", text
        )
        return text.encode()
    if name == "word/settings.xml":
        text = data.decode()
        text = re.sub(r'(w:name="compatibilityMode"[^>]*w:val=")\d+"', r'\g<1>15"', text)
        text = text.replace("<w:savePreviewPicture/>", "")
        text = re.sub(r"<w:themeFontLang [^>]*/>", '<w:themeFontLang w:val="vi-VN" w:eastAsia="vi-VN"/>', text)
        text = re.sub(r"<w:attachedTemplate [^>]*/>", "", text)
        return text.encode()
    return data


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed entry times (deterministic bytes) and without the
    leftovers of python-docx's template."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            part = _clean_part(info.filename, src.read(info.filename))
            if part is None:
                continue
            zi = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, part)
    return out.getvalue()


def write_docx(doc: Document) -> bytes:
    return _Writer(doc).write()
