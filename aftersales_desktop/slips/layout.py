"""What every printed page shares: text set in the embedded slip font, tables, paged footers, the PDF build.

Repair slips (slips/render.py) and A4 table documents (slips/documents.py) both set their text with a
TypeSetter (mixed Chinese and Latin runs, companion font, '?' for missing glyphs, which it collects)
and flow over sheets with build_sheets, whose footers know the page count ("page n / m").
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from aftersales_desktop.slips.fonts import SlipFont, font_runs

GREY = Color(0.35, 0.35, 0.35)
RULE = Color(0.6, 0.6, 0.6)
SHADE = Color(0.93, 0.93, 0.93)
ALIGNMENTS = {TA_LEFT: "LEFT", TA_CENTER: "CENTER", TA_RIGHT: "RIGHT"}


@dataclass(frozen=True)
class CellText:
    """A table cell's text and how it is set (see TypeSetter.table)."""

    text: str
    size: float
    align: int
    bold: bool
    color: Color


class TypeSetter:
    """Sets text in one slip font at a ``body`` size; ``missing`` collects the characters it lacks."""

    def __init__(self, font: SlipFont, body: float) -> None:
        self.font = font
        self.body = body
        self.missing: dict[str, None] = {}
        self._styles: dict[tuple, ParagraphStyle] = {}

    def markup(self, text: object, bold: bool = False) -> str:
        """Paragraph markup of plain ``text`` in the slip font (companion font and '?' where needed)."""
        parts = []
        for name, run in font_runs(self.font, str(text), self.missing):
            escaped = escape(run).replace("\n", "<br/>")
            if name != self.font.name:
                companion = self.font.companion
                face = companion.bold_name if bold and companion is not None else name
                parts.append(f'<font face="{face}">{escaped}</font>')
            elif bold and self.font.bold_name != self.font.name:
                parts.append(f'<font face="{self.font.bold_name}">{escaped}</font>')
            else:
                parts.append(escaped)
        return "".join(parts)

    def style(self, size: float | None = None, align: int = TA_LEFT, color: Color = black,
              leading: float | None = None, space_before: float = 0, space_after: float = 0) -> ParagraphStyle:
        """A paragraph style in the slip font (one object per distinct set of values)."""
        size = size or self.body
        key = (size, align, color.hexval(), leading, space_before, space_after)
        if key not in self._styles:
            self._styles[key] = ParagraphStyle(
                f"slip{len(self._styles)}", fontName=self.font.name, fontSize=size,
                leading=leading or round(size * 1.28, 2), alignment=align, textColor=color,
                wordWrap="CJK", spaceBefore=space_before, spaceAfter=space_after,
                bulletFontName=self.font.name)
        return self._styles[key]

    def para(self, text: object, size: float | None = None, align: int = TA_LEFT, bold: bool = False,
             color: Color = black, **style: float) -> Paragraph:
        """A paragraph of plain ``text`` that wraps Chinese and Latin alike."""
        return Paragraph(self.markup(text, bold), self.style(size, align, color, **style))

    def text_width(self, text: object, size: float) -> float:
        """Width of ``text`` on one line, in points, as it prints (companion font included)."""
        return sum(stringWidth(run, name, size) for name, run in font_runs(self.font, str(text)))

    def cell(self, text: object, size: float | None = None, align: int = TA_LEFT, bold: bool = False,
             color: Color | None = None) -> CellText:
        """Text for a table cell: set as a plain string when it fits on one line, else a Paragraph."""
        return CellText(str(text), size or self.body, align, bold, color or black)

    def table(self, data: list, padding: float = 6.0, **options: object) -> Table:
        """A Table in the slip font (also for empty cells: no Helvetica in the PDF).

        ``cell()`` entries that fit their column on one line, in the slip font alone, become plain
        strings drawn by the table: a Paragraph is parsed and wrapped three or four times by a Table,
        the largest cost of a sheet. The others become Paragraphs. ``padding`` is the cells' left
        and right padding the caller sets, needed to know what fits.
        """
        widths = options.get("colWidths") or []
        commands: list[tuple] = [("FONT", (0, 0), (-1, -1), self.font.name, self.body)]
        rows = []
        for r, row in enumerate(data):
            cells = []
            for c, value in enumerate(row):
                if isinstance(value, CellText):
                    value = self._cell_value(value, widths[c] - 2 * padding if c < len(widths) else 0.0,
                                             (c, r), commands)
                cells.append(value)
            rows.append(cells)
        table = Table(rows, **options)  # type: ignore[arg-type]
        table.setStyle(TableStyle(commands))
        return table

    def _cell_value(self, text: CellText, room: float, where: tuple[int, int], commands: list[tuple]) -> object:
        font_name = self.font.bold_name if text.bold else self.font.name
        plain = ("\n" not in text.text and all(self.font.font_for(ch) == self.font.name for ch in text.text)
                 and stringWidth(text.text, font_name, text.size) <= room)
        if not plain:
            return self.para(text.text, text.size, text.align, text.bold, text.color)
        commands += [("FONT", where, where, font_name, text.size, self.style(text.size).leading),
                     ("TEXTCOLOR", where, where, text.color),
                     ("ALIGN", where, where, ALIGNMENTS[text.align])]
        return text.text


class PagedCanvas(Canvas):
    """A canvas that holds its pages until the end, so each footer can say 'page n / m'."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._held_pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._held_pages)
        for number, state in enumerate(self._held_pages, 1):
            self.__dict__.update(state)
            self.draw_footer(number, pages)
            Canvas.showPage(self)
        Canvas.save(self)

    def draw_footer(self, page: int, pages: int) -> None:
        """Draw the footer of ``page`` of ``pages``."""


def build_sheets(story: list[Flowable], page_size: tuple[float, float], margin: float, footer_room: float,
                 metadata: dict, footer: Callable[[Canvas, int, int], None],
                 on_page: Callable[[Canvas, object], None] | None = None) -> tuple[bytes, int]:
    """Flow ``story`` over pages of ``page_size``; the PDF and its page count.

    ``footer(canvas, page, pages)`` draws each page's footer once the page count is known, in the
    ``footer_room`` kept free above the bottom margin; ``on_page`` draws under each page's content.
    """

    class FooterCanvas(PagedCanvas):
        def draw_footer(self, page: int, pages: int) -> None:
            footer(self, page, pages)

    buffer = io.BytesIO()
    bottom = margin + footer_room
    doc = BaseDocTemplate(buffer, pagesize=page_size, leftMargin=margin, rightMargin=margin,
                          topMargin=margin, bottomMargin=bottom, **metadata)
    # No frame padding: the layout's widths are the page width less the margins, exactly.
    frame = Frame(margin, bottom, page_size[0] - 2 * margin, page_size[1] - margin - bottom, id="slip",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template = (PageTemplate(id="slip", frames=[frame], onPage=on_page, pagesize=page_size) if on_page
                else PageTemplate(id="slip", frames=[frame], pagesize=page_size))
    doc.addPageTemplates([template])
    doc.build(story, canvasmaker=FooterCanvas)
    return buffer.getvalue(), doc.page


def draw_footer_line(canvas: Canvas, page_width: float, margin: float, size: float,
                     left: list[tuple[str, str]], right: list[tuple[str, str]]) -> None:
    """A thin rule with ``left`` and ``right`` font runs under it, in grey, in the bottom margin."""
    canvas.saveState()
    canvas.setFillColor(GREY)
    y = margin * 0.5
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(margin, y + size + 2, page_width - margin, y + size + 2)
    draw_runs(canvas, margin, y, left, size, "left")
    draw_runs(canvas, page_width - margin, y, right, size, "right")
    canvas.restoreState()


def pdf_metadata(title: str, author: str, subject: str, font_name: str, font_size: float) -> dict:
    """Document properties, and the canvas options that keep the PDF byte-for-byte reproducible."""
    return {"title": title, "author": author, "subject": subject, "creator": "After-sales desktop",
            "invariant": 1, "initialFontName": font_name, "initialFontSize": font_size}


@contextmanager
def binary_streams() -> Iterator[None]:
    """Compressed streams without the ASCII85 layer: a fifth smaller, and its pure-Python encoder
    (without reportlab's optional C accelerator) costs a quarter of a slip's rendering time."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def draw_runs(canvas: Canvas, x: float, y: float, runs: list[tuple[str, str]], size: float,
              anchor: str) -> None:
    """Draw font runs on one line, anchored left, right or center at ``x``."""
    width = sum(stringWidth(text, name, size) for name, text in runs)
    if anchor == "right":
        x -= width
    elif anchor == "center":
        x -= width / 2
    for name, text in runs:
        canvas.setFont(name, size)
        canvas.drawString(x, y, text)
        x += stringWidth(text, name, size)


def tight(horizontal: float, vertical: float, valign: str = "TOP") -> TableStyle:
    """A table style with these cell paddings and vertical alignment."""
    return TableStyle([("VALIGN", (0, 0), (-1, -1), valign),
                       ("LEFTPADDING", (0, 0), (-1, -1), horizontal), ("RIGHTPADDING", (0, 0), (-1, -1), horizontal),
                       ("TOPPADDING", (0, 0), (-1, -1), vertical), ("BOTTOMPADDING", (0, 0), (-1, -1), vertical)])
