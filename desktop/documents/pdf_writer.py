"""Write a :class:`~desktop.documents.model.Document` as PDF with reportlab.

``write_pdf(doc) -> bytes``. The serif face is embedded (``fonts.register``); every
section has its own page template (A4 portrait or landscape, its margins); page
numbers are drawn centred in the top margin from a section's second page on, and
restart at each section that asks for it. Header rows of tables repeat on every
page, a group row never ends a page, and the signature block stays with the
paragraph before it. The signer's space carries the empty AcroForm signature fields
of the leader and of the organisation (``/FT /Sig``, named by ``SignatureBlock.field_name``
and ``seal_field_name``; see ``sigfield``) so that signing tools can sign the file as it
is. Output is deterministic (reportlab ``invariant`` mode, fixed metadata date).
"""

from __future__ import annotations

import io
import re
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus import Table as RLTable

from desktop.documents import fonts, sigfield
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
)
from desktop.documents.sigfield import SigPlace


class RLParagraph(_Paragraph):
    """A paragraph that remembers its line breaking for a width: platypus tables wrap each
    cell several times at the same width (measure, split, draw), and breaking lines is
    most of the cost of a long appendix."""

    def wrap(self, availWidth, availHeight):  # type: ignore[no-untyped-def]  # noqa: N803
        cache = self.__dict__.setdefault("_wrap_cache", {})
        hit = cache.get(availWidth)
        if hit is not None:
            self.width, self.height, self.blPara = hit
            return self.width, self.height
        w, h = super().wrap(availWidth, availHeight)
        cache[availWidth] = (self.width, self.height, self.blPara)
        return w, h

_ALIGN = {"justify": TA_JUSTIFY, "center": TA_CENTER, "left": TA_LEFT, "right": TA_RIGHT}
SINGLE = 1.15  # Times New Roman's single line, in em


def _markup(text: str) -> str:
    t = escape(text)
    t = re.sub(r" {2,}", lambda m: "\u00a0" * len(m.group()), t)
    return t.replace("\n", "<br/>")


def _runs(runs: list[Run]) -> str:
    out = []
    for r in runs:
        t = _markup(r.text)
        if r.bold:
            t = f"<b>{t}</b>"
        if r.italic:
            t = f"<i>{t}</i>"
        out.append(t)
    return "".join(out)


class _Styles:
    def __init__(self) -> None:
        self.cache: dict[tuple[Any, ...], ParagraphStyle] = {}

    def get(self, size: float, align: str = "justify", first: float = 0.0, left: float = 0.0,
            before: float = 0.0, after: float = 0.0, spacing: float = 1.0, keep: bool = False) -> ParagraphStyle:
        key = (size, align, first, left, before, after, spacing, keep)
        st = self.cache.get(key)
        if st is None:
            st = ParagraphStyle(
                f"s{len(self.cache)}", fontName=fonts.face(), fontSize=size,
                leading=round(size * SINGLE * spacing, 2), alignment=_ALIGN[align],
                firstLineIndent=first * mm, leftIndent=left * mm, spaceBefore=before,
                spaceAfter=after, keepWithNext=int(keep), allowWidows=0, allowOrphans=0,
                splitLongWords=1,
            )
            self.cache[key] = st
        return st


class _SectionStart(Flowable):
    """Zero-size marker: the page it lands on is page 1 of its section."""

    def __init__(self, index: int, restart: bool) -> None:
        super().__init__()
        self.index, self.restart = index, restart
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        doc = self.canv._doctemplate  # type: ignore[attr-defined]
        page = self.canv.getPageNumber()
        doc.khcds_section = self.index
        if self.restart or not hasattr(doc, "khcds_first_page"):
            doc.khcds_first_page = page
        doc.khcds_section_first = page


class _SignatureSpace(Flowable):
    """The empty room for signature and seal; the empty /Sig fields go there (``sigfield``)."""

    def __init__(self, height: float, names: tuple[str | None, str | None], places: list[SigPlace] | None) -> None:
        super().__init__()
        self.height, self.names, self.places = height, names, places
        self.width = 0.0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        return aw, self.height

    def draw(self) -> None:
        if self.places is None or not any(self.names):
            return
        x0, y0 = self.canv.absolutePosition(0, 0)
        page = self.canv.getPageNumber() - 1
        new = sigfield.places_for((x0, y0 + 2, x0 + self.width, y0 + self.height - 2), page, *self.names)
        sigfield.add_fields(self.canv, new)
        self.places += new


class _Line(Flowable):
    """A solid line of a given width, centred in the space it is given."""

    def __init__(self, width: float, thickness: float = 0.6, before: float = 0.0, after: float = 0.0) -> None:
        super().__init__()
        self.line_width, self.thickness, self.before, self.after = width, thickness, before, after
        self.avail = width

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.avail = aw
        return aw, self.before + self.thickness + self.after

    def draw(self) -> None:
        x0 = (self.avail - self.line_width) / 2
        y = self.after + self.thickness / 2
        self.canv.saveState()
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x0, y, x0 + self.line_width, y)
        self.canv.restoreState()


class _Writer:
    def __init__(self, doc: Document, signature_fields: bool = True) -> None:
        fonts.register()
        self.doc = doc
        self.st = _Styles()
        self.sig_places: list[SigPlace] | None = [] if signature_fields else None

    # -- blocks -------------------------------------------------------------
    def para(self, p: Paragraph) -> RLParagraph:
        style = self.st.get(p.size, p.align, p.first_indent, p.left_indent, p.space_before, p.space_after,
                            p.line_spacing, p.keep_with_next)
        return RLParagraph(_runs(p.runs), style)

    def simple(self, text: str, size: float, align: str = "center", bold: bool = False,
               italic: bool = False, before: float = 0.0, after: float = 0.0) -> RLParagraph:
        return RLParagraph(_runs([Run(text, bold=bold, italic=italic)]),
                           self.st.get(size, align, before=before, after=after))

    def rule(self, r: Rule) -> Flowable:
        return _Line(r.width, r.thickness, r.space_before, r.space_after)

    def header(self, h: HeaderBlock, width: float) -> RLTable:
        left_w = h.left_width * mm
        right_w = width - left_w
        left = [self.simple(x.text, h.issuer_size, bold=x.bold) for x in h.issuer]
        from desktop.documents.common import issuer_rule_width

        left.append(_Line(issuer_rule_width(h), before=4.5))
        tn_w = fonts.text_width(h.tieu_ngu, h.tn_size, bold=True)
        right = [
            self.simple(h.quoc_hieu, h.qh_size, bold=True),
            self.simple(h.tieu_ngu, h.tn_size, bold=True),
            _Line(tn_w, before=4.5),
        ]
        row2 = [self.simple(h.number, h.number_size), self.simple(h.place_date, h.date_size, italic=True)]
        t = RLTable([[left, right], row2], colWidths=[left_w, right_w], hAlign="LEFT")
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
            ("VALIGN", (0, 0), (-1, 0), "TOP"),
            ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 1), (-1, 1), 8),
        ]))
        return t

    def title(self, t: TitleBlock) -> list[Flowable]:
        from desktop.documents.common import subject_rule_width

        out: list[Flowable] = [self.simple(t.type_name, t.size, bold=True, before=t.space_before)]
        out += [self.simple(s, t.size, bold=True) for s in t.subject]
        out.append(_Line(subject_rule_width(t), before=4.5, after=6))
        return out

    def table(self, tb: Table, width: float) -> list[Flowable]:
        widths = [w * mm for w in tb.widths((tb.width * mm if tb.width else width) / mm)]
        size = tb.size
        data: list[list[Any]] = []
        spans: list[tuple[Any, ...]] = []
        nosplit: list[tuple[Any, ...]] = []
        all_rows = tb.header + tb.rows
        for ri, row in enumerate(all_rows):
            line: list[Any] = []
            ci = 0
            for cell in row.cells:
                style = self.st.get(size, cell.align)
                line.append(RLParagraph(_runs([Run(cell.text, bold=cell.bold, italic=cell.italic)]), style))
                if cell.colspan > 1:
                    spans.append(("SPAN", (ci, ri), (ci + cell.colspan - 1, ri)))
                    line += [""] * (cell.colspan - 1)
                ci += cell.colspan
            while len(line) < len(widths):
                line.append("")
            data.append(line)
            if row.kind == "group" and ri + 1 < len(all_rows):
                nosplit.append(("NOSPLIT", (0, ri), (-1, ri + 1)))
        n_head = len(tb.header)
        cls = LongTable if len(data) > 40 else RLTable
        t = cls(data, colWidths=widths, repeatRows=n_head, hAlign="CENTER", splitByRow=1)
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
            ("GRID", (0, 0), (-1, -1), 0.5, "black"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            *spans,
            *nosplit,
        ]))
        out: list[Flowable] = []
        if tb.unit_note:
            out.append(RLParagraph(_runs([Run(tb.unit_note, italic=True)]),
                                   self.st.get(size + 1, "right", before=tb.space_before, after=3, keep=True)))
        else:
            out.append(Spacer(1, tb.space_before))
        out.append(t)
        return out

    def signature(self, s: SignatureBlock, width: float) -> RLTable:
        left_w = s.left_width * mm
        left: list[Flowable] = [RLParagraph(_runs([Run("Nơi nhận:", bold=True, italic=True)]),
                                            self.st.get(12, "left"))]
        left += [RLParagraph(_markup("- " + r), self.st.get(11, "left")) for r in s.recipients]
        right: list[Flowable] = [self.simple(a, s.authority_size, bold=True) for a in s.authority]
        right.append(_SignatureSpace(s.gap, (s.field_name, s.seal_field_name), self.sig_places))
        right.append(self.simple(s.name, s.name_size, bold=True))
        t = RLTable([[left, right]], colWidths=[left_w, width - left_w], hAlign="LEFT")
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), s.space_before),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        return t

    # -- document -----------------------------------------------------------
    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        for si, sec in enumerate(self.doc.sections):
            width = sec.page.text_width * mm
            if si > 0:
                story += [NextPageTemplate(f"s{si}"), PageBreak()]
            story.append(_SectionStart(si, sec.restart_numbering or si == 0))
            for b in sec.blocks:
                if isinstance(b, Paragraph):
                    story.append(self.para(b))
                elif isinstance(b, Rule):
                    story.append(self.rule(b))
                elif isinstance(b, HeaderBlock):
                    story.append(self.header(b, width))
                elif isinstance(b, TitleBlock):
                    story += self.title(b)
                elif isinstance(b, Table):
                    story += self.table(b, width)
                elif isinstance(b, SignatureBlock):
                    sig = self.signature(b, width)
                    prev = story.pop() if story and isinstance(story[-1], RLParagraph) else None
                    story.append(KeepTogether([prev, sig] if prev is not None else [sig]))
                else:  # pragma: no cover
                    raise TypeError(type(b))
        return story

    def page_end(self, sec: Section) -> Any:
        def draw(canv: Any, doc: Any) -> None:
            first = getattr(doc, "khcds_first_page", 1)
            n = canv.getPageNumber() - first + 1
            if n > 1 or (sec.number_first_page and n == 1):
                canv.saveState()
                canv.setFont(fonts.face(), sec.page_number_size)
                x = (sec.page.left + sec.page.text_width / 2) * mm
                y = (sec.page.height - sec.page.header_distance) * mm - sec.page_number_size * 0.75
                canv.drawCentredString(x, y, str(n))
                canv.restoreState()

        return draw

    def write(self) -> bytes:
        buf = io.BytesIO()
        first = self.doc.sections[0].page
        templ = BaseDocTemplate(
            buf, pagesize=(first.width * mm, first.height * mm), invariant=1,
            title=self.doc.title, author=self.doc.author, subject=self.doc.subject,
            creator="KHCĐS", producer="KHCĐS (reportlab)", initialFontName=fonts.face(), initialFontSize=14,
            leftMargin=first.left * mm, rightMargin=first.right * mm, topMargin=first.top * mm,
            bottomMargin=first.bottom * mm,
        )
        templates = []
        for si, sec in enumerate(self.doc.sections):
            p = sec.page
            frame = Frame(p.left * mm, p.bottom * mm, p.text_width * mm, (p.height - p.top - p.bottom) * mm,
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"f{si}")
            templates.append(PageTemplate(id=f"s{si}", frames=[frame], pagesize=(p.width * mm, p.height * mm),
                                          onPageEnd=self.page_end(sec), autoNextPageTemplate=f"s{si}"))
        templ.addPageTemplates(templates)
        templ.build(self.story())
        return buf.getvalue()


def write_pdf(doc: Document, *, signature_field: bool = True) -> bytes:
    """The document as PDF bytes, with its empty signature fields (``sigfield``) unless
    ``signature_field`` is false."""
    return _Writer(doc, signature_field).write()
