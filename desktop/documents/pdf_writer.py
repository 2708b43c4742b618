"""Write a :class:`~desktop.documents.model.Document` as PDF with reportlab.

``write_pdf(doc) -> bytes``. The serif face is embedded (``fonts.register``); every
section has its own page template (A4 portrait or landscape, its margins); page
numbers are drawn centred in the top margin from a section's second page on, and
restart at each section that asks for it. Header rows of tables repeat on every
page, a group row never ends a page, and the signature block stays with the
paragraph before it. Tables (``FastTable``) and paragraphs of one face (``FastPara``)
are laid out by the program's own line breaking on the canvas (rows split between
lines, long words cut); a heading and its lead-in stay with a table's first rows.
The signer's space carries the empty AcroForm signature fields
of the leader and of the organisation (``/FT /Sig``, named by ``SignatureBlock.field_name``
and ``seal_field_name``; see ``sigfield``) so that signing tools can sign the file as it
is. Output is deterministic (reportlab ``invariant`` mode, fixed metadata date).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    TableStyle,
)
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus import Table as RLTable

from desktop.documents import fonts, sigfield
from desktop.documents.model import (
    Cell,
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
from desktop.documents.sigfield import SigPlace


class RLParagraph(_Paragraph):  # type: ignore[misc]  # reportlab ships no types
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


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities for reportlab's paragraph markup (what
    ``xml.sax.saxutils.escape`` does, without its import of ``urllib.request``)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def _markup(text: str) -> str:
    t = escape(clean(text))
    t = re.sub(r" {2,}", lambda m: "\u00a0" * len(m.group()), t)
    return t.replace("\n", "<br/>")


def _runs(runs: list[Run], underline: bool = False) -> str:
    out = []
    for r in runs:
        t = _markup(r.text)
        if r.bold:
            t = f"<b>{t}</b>"
        if r.italic:
            t = f"<i>{t}</i>"
        if underline:
            t = f"<u>{t}</u>"
        out.append(t)
    return "".join(out)


class _Styles:
    def __init__(self) -> None:
        self.cache: dict[tuple[Any, ...], ParagraphStyle] = {}

    def get(
        self,
        size: float,
        align: str = "justify",
        first: float = 0.0,
        left: float = 0.0,
        before: float = 0.0,
        after: float = 0.0,
        spacing: float = 1.0,
        keep: bool = False,
    ) -> ParagraphStyle:
        key = (size, align, first, left, before, after, spacing, keep)
        st = self.cache.get(key)
        if st is None:
            st = ParagraphStyle(
                f"s{len(self.cache)}",
                fontName=fonts.face(),
                fontSize=size,
                leading=round(size * SINGLE * spacing, 2),
                alignment=_ALIGN[align],
                firstLineIndent=first * mm,
                leftIndent=left * mm,
                spaceBefore=before,
                spaceAfter=after,
                keepWithNext=int(keep),
                allowWidows=0,
                allowOrphans=0,
                splitLongWords=1,
            )
            self.cache[key] = st
        return st


class _SectionStart(Flowable):  # type: ignore[misc]  # reportlab ships no types
    """Zero-size marker: the page it lands on is page 1 of its section."""

    def __init__(self, index: int, restart: bool) -> None:
        super().__init__()
        self.index, self.restart = index, restart
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        doc = self.canv._doctemplate
        page = self.canv.getPageNumber()
        doc.khcds_section = self.index
        if self.restart or not hasattr(doc, "khcds_first_page"):
            doc.khcds_first_page = page
        doc.khcds_section_first = page


class _SignatureSpace(Flowable):  # type: ignore[misc]  # reportlab ships no types
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


class _Line(Flowable):  # type: ignore[misc]  # reportlab ships no types
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


def _keeps(f: Flowable) -> bool:
    """A paragraph that must stay with what follows (a heading, a lead-in, a unit note)."""
    return isinstance(f, (RLParagraph, FastPara)) and bool(f.getKeepWithNext())


class FastPara(Flowable):  # type: ignore[misc]  # reportlab ships no types
    """A paragraph of one face laid out by the program: greedy line breaking over cached
    word widths (a word longer than the line is cut), justified with the word spacing
    operator as reportlab's own paragraphs are, split between lines with at least two
    lines on each side. Most of a long plan's body is such paragraphs."""

    def __init__(
        self,
        text: str,
        font: str,
        size: float,
        leading: float,
        align: str,
        first: float = 0.0,
        left: float = 0.0,
        before: float = 0.0,
        after: float = 0.0,
        keep: bool = False,
        lines: list[tuple[str, float, int]] | None = None,
        starts: bool = True,
        ends: bool = True,
    ) -> None:
        super().__init__()
        self.text, self.font, self.size, self.leading, self.align = text, font, size, leading, align
        self.first, self.left = first, left
        self.spaceBefore, self.spaceAfter = before, after
        self.keepWithNext = int(keep)
        self._lines = lines  # (text, width, spaces) per line, once broken
        self._avail = -1.0
        self.starts, self.ends = starts, ends  # holds the paragraph's first / last line

    def _break(self, aw: float) -> list[tuple[str, float, int]]:
        if self._lines is not None and (self._avail == aw or not self.starts or not self.ends):
            return self._lines
        font, size = self.font, self.size
        space = fonts.word_width(" ", font, size)
        room = aw - self.left - self.first
        out: list[tuple[str, float, int]] = []
        line: list[str] = []
        used = 0.0
        for word in self.text.split():
            w = fonts.word_width(word, font, size)
            if w > aw - self.left:  # cut a word longer than a whole line
                if line:
                    out.append((" ".join(line), used, len(line) - 1))
                    room, line, used = aw - self.left, [], 0.0
                piece, pw = "", 0.0
                for ch in word:
                    cw = fonts.word_width(ch, font, size)
                    if piece and pw + cw > room:
                        out.append((piece, pw, 0))
                        room, piece, pw = aw - self.left, "", 0.0
                    piece += ch
                    pw += cw
                line, used = [piece], pw
                continue
            if line and used + space + w > room:
                out.append((" ".join(line), used, len(line) - 1))
                room, line, used = aw - self.left, [word], w
            else:
                used += (space if line else 0.0) + w
                line.append(word)
        if line:
            out.append((" ".join(line), used, len(line) - 1))
        self._lines, self._avail = out, aw
        return out

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self.height = len(self._break(aw)) * self.leading
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        lines = self._break(aw)
        n, fit = len(lines), int((ah + 1e-6) // self.leading)
        if fit >= n or n < 4 or fit < 2:  # (fit >= n: a rounding edge; the next page takes it whole)
            return []
        cut = min(fit, n - 2)
        common = (self.text, self.font, self.size, self.leading, self.align, self.first, self.left)
        return [
            FastPara(*common, before=self.spaceBefore, keep=False, lines=lines[:cut], starts=self.starts, ends=False),
            FastPara(
                *common,
                after=self.spaceAfter,
                keep=bool(self.keepWithNext),
                lines=lines[cut:],
                starts=False,
                ends=self.ends,
            ),
        ]

    def draw(self) -> None:
        lines = self._lines or []
        t = self.canv.beginText()
        t.setFont(self.font, self.size, self.leading)
        y = self.height - self.size * 0.891  # first baseline: the face's ascent below the top
        last = len(lines) - 1
        for i, (text, width, spaces) in enumerate(lines):
            x = self.left + (self.first if i == 0 and self.starts else 0.0)
            room = self.width - x
            extra = room - width
            if self.align == "center":
                x += extra / 2
            elif self.align == "right":
                x += extra
            t.setTextOrigin(x, y - i * self.leading)
            if self.align == "justify" and spaces and not (i == last and self.ends) and extra > 0:
                t.setWordSpace(extra / spaces)
                t._textOut(text)
                t.setWordSpace(0)
            else:
                t._textOut(text)
        self.canv.drawText(t)


class _LeadAndTable(Flowable):  # type: ignore[misc]  # reportlab ships no types
    """A heading / lead-in kept with the first rows of the table that follows it.

    Platypus' keep-with-next would push the whole group to the next page whenever the
    whole table does not fit, leaving the page empty; here the group always splits:
    the lead-in and as many rows as fit stay on this page (at least one data row), or
    everything moves on together."""

    def __init__(self, lead: list[Flowable], table: FastTable) -> None:
        super().__init__()
        self.lead, self.table = lead, table

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return aw, ah + 1e6  # never drawn as one piece: always split

    def split(self, aw: float, ah: float) -> list[Flowable]:
        used = 0.0
        for f in self.lead:
            _, h = f.wrap(aw, ah)
            used += h + f.getSpaceBefore() + f.getSpaceAfter()
        rest = ah - used - self.table.getSpaceBefore() - 1
        parts = self.table.split(aw, rest) if rest > 0 else []
        if not parts:
            return []  # not even one row fits with its lead-in: all of it goes to the next page
        for f in self.lead:
            f.keepWithNext = 0
        return [*self.lead, *parts]

    def draw(self) -> None:  # pragma: no cover - always split
        pass


class FastTable(Flowable):  # type: ignore[misc]  # reportlab ships no types
    """A ruled table laid out by the program itself on the canvas.

    Each cell's text is broken into lines once (``fonts.break_lines``, words longer
    than the cell cut between characters); a page takes the header rows (repeated on
    each page) and as many rows as fit; a row taller than the rest of the page splits
    between its lines (at least two on each side), so a task text of any length prints
    and no page is left a quarter empty; a group row (a pillar title) never ends a page."""

    PAD_L, PAD_R, PAD_T, PAD_B = 3.0, 3.0, 2.5, 3.5
    GRID = 0.5

    def __init__(self, layout: _TableLayout, frags: list[tuple[int, int, int]], before: float = 0.0) -> None:
        super().__init__()
        self.layout, self.frags = layout, frags
        self.spaceBefore = before
        self.width = layout.width
        self.height = layout.head_h + sum(layout.frag_h(f) for f in frags)

    @classmethod
    def build(cls, tb: Table, width: float, before: float = 0.0) -> FastTable:
        lay = _TableLayout(tb, width)
        return cls(lay, [(ri, 0, len(lay.lines(ri))) for ri in range(lay.n_head, lay.n_rows)], before)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        lay = self.layout
        avail = ah - lay.head_h
        placed: list[tuple[int, int, int]] = []
        rest = list(self.frags)
        while rest:
            f = rest[0]
            h = lay.frag_h(f)
            if h <= avail:
                placed.append(rest.pop(0))
                avail -= h
                continue
            ri, lo, hi = f
            fit = int((avail - self.PAD_T - self.PAD_B) // lay.leading)
            n = hi - lo
            at_top = not placed
            if lay.kinds[ri] != "group" and fit >= 1 and ((n >= 4 and fit >= 2) or (at_top and n > fit)):
                cut = lo + (fit if at_top and n < 4 else min(fit, n - 2))
                placed.append((ri, lo, cut))
                rest[0] = (ri, cut, hi)
            break
        while placed and lay.kinds[placed[-1][0]] == "group" and rest:  # a pillar title never ends a page
            rest.insert(0, placed.pop())
        if not placed:
            return []
        if not rest:
            return [self]
        first = FastTable(lay, placed, self.spaceBefore)
        return [first, FastTable(lay, rest, 0.0)]

    def draw(self) -> None:
        lay = self.layout
        c = self.canv
        y = self.height
        v_lines: list[tuple[float, float, float, float]] = []
        h_lines: list[tuple[float, float, float, float]] = [(0, y, self.width, y)]
        text = c.beginText()
        font: tuple[str, float] | None = None
        pieces = [(ri, 0, len(lay.lines(ri))) for ri in range(lay.n_head)] + self.frags
        for ri, lo, hi in pieces:
            h = lay.frag_h((ri, lo, hi))
            whole = lo == 0 and hi == len(lay.lines(ri))
            for cell in lay.cells[ri]:
                lines = cell.lines[lo:hi]
                if lines:
                    fn = cell.font
                    if font != (fn, lay.size):
                        text.setFont(fn, lay.size, lay.leading)
                        font = (fn, lay.size)
                    block = len(lines) * lay.leading
                    top = y - self.PAD_T - ((h - self.PAD_T - self.PAD_B - block) / 2 if whole else 0)
                    base = top - lay.size * 0.891  # first baseline: the face's ascent below the top
                    for k, ln in enumerate(lines):
                        if not ln:
                            continue
                        x = cell.x + self.PAD_L
                        if cell.align != "left" and cell.align != "justify":
                            lw = fonts.word_width(ln, fn, lay.size)
                            room = cell.w - self.PAD_L - self.PAD_R
                            x += (room - lw) / 2 if cell.align == "center" else room - lw
                        text.setTextOrigin(x, base - k * lay.leading)
                        text._textOut(ln)
                for x in (cell.x,):
                    v_lines.append((x, y, x, y - h))
            v_lines.append((self.width, y, self.width, y - h))
            y -= h
            h_lines.append((0, y, self.width, y))
        c.drawText(text)
        c.saveState()
        c.setLineWidth(self.GRID)
        c.lines(h_lines + v_lines)
        c.restoreState()


@dataclass
class _CellLayout:
    x: float
    w: float
    lines: list[str]
    font: str
    align: str


class _TableLayout:
    """The columns and every cell's lines of one table, computed once for all its pages."""

    def __init__(self, tb: Table, width: float) -> None:
        self.size = tb.size
        self.leading = round(tb.size * SINGLE, 2)
        widths = [w * mm for w in tb.widths(width / mm)]
        self.width = sum(widths)
        xs = [0.0]
        for w in widths:
            xs.append(xs[-1] + w)
        rows = tb.header + tb.rows
        self.n_head, self.n_rows = len(tb.header), len(rows)
        self.kinds = [r.kind for r in rows]
        self.cells: list[list[_CellLayout]] = []
        self.n_lines: list[int] = []
        pad = FastTable.PAD_L + FastTable.PAD_R
        for row in rows:
            out: list[_CellLayout] = []
            ci = 0
            for cell in row.cells:
                if ci >= len(widths):
                    break
                span = max(1, min(cell.colspan, len(widths) - ci))
                w = xs[ci + span] - xs[ci]
                out.append(
                    _CellLayout(xs[ci], w, self._lines(cell, w - pad), fonts.face(cell.bold, cell.italic), cell.align)
                )
                ci += span
            while ci < len(widths):
                out.append(_CellLayout(xs[ci], widths[ci], [], fonts.face(), "left"))
                ci += 1
            self.cells.append(out)
            self.n_lines.append(max((len(c.lines) for c in out), default=0) or 1)
        self.head_h = sum(self.frag_h((ri, 0, self.n_lines[ri])) for ri in range(self.n_head))

    def _lines(self, cell: Cell, room: float) -> list[str]:
        if not cell.text.strip():
            return []
        return fonts.break_lines(cell.text, max(room, 1.0), self.size, cell.bold, cell.italic)

    def lines(self, ri: int) -> range:
        return range(self.n_lines[ri])

    def frag_h(self, f: tuple[int, int, int]) -> float:
        return (f[2] - f[1]) * self.leading + FastTable.PAD_T + FastTable.PAD_B


class _Writer:
    def __init__(self, doc: Document, signature_fields: bool = True) -> None:
        fonts.register()
        self.doc = doc
        self.st = _Styles()
        self.sig_places: list[SigPlace] | None = [] if signature_fields else None

    # -- blocks -------------------------------------------------------------
    def para(self, p: Paragraph) -> Flowable:
        r0 = p.runs[0] if p.runs else None
        if r0 is not None and all(r.bold == r0.bold and r.italic == r0.italic for r in p.runs):
            text = p.text
            if "  " not in text and "\n" not in text and "\u00a0" not in text:
                return FastPara(
                    text,
                    fonts.face(r0.bold, r0.italic),
                    p.size,
                    round(p.size * SINGLE * p.line_spacing, 2),
                    p.align,
                    p.first_indent * mm,
                    p.left_indent * mm,
                    p.space_before,
                    p.space_after,
                    p.keep_with_next,
                )
        style = self.st.get(
            p.size,
            p.align,
            p.first_indent,
            p.left_indent,
            p.space_before,
            p.space_after,
            p.line_spacing,
            p.keep_with_next,
        )
        return RLParagraph(_runs(p.runs), style)

    def simple(
        self,
        text: str,
        size: float,
        align: str = "center",
        bold: bool = False,
        italic: bool = False,
        before: float = 0.0,
        after: float = 0.0,
    ) -> RLParagraph:
        return RLParagraph(
            _runs([Run(text, bold=bold, italic=italic)]), self.st.get(size, align, before=before, after=after)
        )

    def rule(self, r: Rule) -> Flowable:
        return _Line(r.width, r.thickness, r.space_before, r.space_after)

    def header(self, h: HeaderBlock, width: float) -> RLTable:
        from desktop.documents.common import issuer_rule_width

        left_w = h.left_width * mm
        right_w = width - left_w
        left: list[Flowable] = [self.simple(x.text, h.issuer_size, bold=x.bold) for x in h.issuer]
        if h.issuer_mark == "star":
            left.append(self.simple("*", h.issuer_size))
        else:
            left.append(_Line(issuer_rule_width(h), before=4.5))
        right: list[Flowable] = [self.simple(h.quoc_hieu, h.qh_size, bold=True)]
        if h.tieu_ngu:
            right.append(self.simple(h.tieu_ngu, h.tn_size, bold=True))
            right.append(_Line(fonts.text_width(h.tieu_ngu, h.tn_size, bold=True), before=4.5))
        else:  # the Party heading: a line as long as the heading itself
            right.append(_Line(fonts.text_width(h.quoc_hieu, h.qh_size, bold=True), before=3))
        number = self.simple(h.number, h.number_size)
        date = self.simple(h.place_date, h.date_size, italic=True)
        if h.number_with_date:
            rows = [[left, right], [number, date]]
        else:  # Party: the date under the heading's line, the number under the star
            right.append(self.simple(h.place_date, h.date_size, italic=True, before=6))
            rows = [[left, right], [number, ""]]
        t = RLTable(rows, colWidths=[left_w, right_w], hAlign="LEFT")
        t.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
                    ("VALIGN", (0, 0), (-1, 0), "TOP"),
                    ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 1), (-1, 1), 8 if h.number_with_date else 2),
                ]
            )
        )
        return t

    def title(self, t: TitleBlock, width: float) -> list[Flowable]:
        out: list[Flowable] = [self.simple(t.type_name, t.size, bold=True, before=t.space_before)]
        out += [self.simple(s, t.subject_pt, bold=True) for s in t.subject]
        if t.mark == "dashes":
            out.append(self.simple("-----", t.subject_pt, before=0, after=6))
        else:  # 1/3 to 1/2 of the longest line as printed (a long trích yếu wraps)
            out.append(
                _Line(t.rule_fraction * fonts.longest_line(t.subject, t.subject_pt, True, width), before=4.5, after=6)
            )
        return out

    def table(self, tb: Table, width: float) -> list[Flowable]:
        total = (tb.width * mm) if tb.width else width
        out: list[Flowable] = []
        if tb.unit_note:
            out.append(
                RLParagraph(
                    _runs([Run(tb.unit_note, italic=True)]),
                    self.st.get(tb.size + 1, "right", before=tb.space_before, after=3, keep=True),
                )
            )
            before = 0.0
        else:
            before = tb.space_before
        out.append(FastTable.build(tb, total, before))
        return out

    def signature(self, s: SignatureBlock, width: float) -> RLTable:
        left_w = s.left_width * mm
        left: list[Flowable] = [
            RLParagraph(
                _runs([Run(s.label, bold=s.label_bold, italic=s.label_italic)], underline=s.label_underline),
                self.st.get(s.label_size, "left"),
            )
        ]
        left += [RLParagraph(_markup("- " + r), self.st.get(s.recipient_size, "left")) for r in s.recipients]
        right: list[Flowable] = [
            self.simple(a, s.authority_size, bold=s.authority_bold(i)) for i, a in enumerate(s.authority)
        ]
        right.append(_SignatureSpace(s.gap, (s.field_name, s.seal_field_name), self.sig_places))
        right.append(self.simple(s.name, s.name_size, bold=True))
        t = RLTable([[left, right]], colWidths=[left_w, width - left_w], hAlign="LEFT")
        t.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.face()),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), s.space_before),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
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
                    story += self.title(b, width)
                elif isinstance(b, Table):
                    parts = self.table(b, width)
                    lead: list[Flowable] = []
                    while story and _keeps(story[-1]):
                        lead.insert(0, story.pop())
                    lead += parts[:-1]
                    story.append(_LeadAndTable(lead, parts[-1]) if lead else parts[-1])
                elif isinstance(b, SignatureBlock):
                    sig = self.signature(b, width)
                    prev = story.pop() if story and isinstance(story[-1], (RLParagraph, FastPara)) else None
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
            buf,
            pagesize=(first.width * mm, first.height * mm),
            invariant=1,
            title=self.doc.title,
            author=self.doc.author,
            subject=self.doc.subject,
            creator="KHCĐS",
            producer="KHCĐS (reportlab)",
            initialFontName=fonts.face(),
            initialFontSize=14,
            leftMargin=first.left * mm,
            rightMargin=first.right * mm,
            topMargin=first.top * mm,
            bottomMargin=first.bottom * mm,
        )
        templates = []
        for si, sec in enumerate(self.doc.sections):
            p = sec.page
            frame = Frame(
                p.left * mm,
                p.bottom * mm,
                p.text_width * mm,
                (p.height - p.top - p.bottom) * mm,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id=f"f{si}",
            )
            templates.append(
                PageTemplate(
                    id=f"s{si}",
                    frames=[frame],
                    pagesize=(p.width * mm, p.height * mm),
                    onPageEnd=self.page_end(sec),
                    autoNextPageTemplate=f"s{si}",
                )
            )
        templ.addPageTemplates(templates)
        templ.build(self.story())
        return buf.getvalue()


def write_pdf(doc: Document, *, signature_field: bool = True) -> bytes:
    """The document as PDF bytes, with its empty signature fields (``sigfield``) unless
    ``signature_field`` is false."""
    return _Writer(doc, signature_field).write()
