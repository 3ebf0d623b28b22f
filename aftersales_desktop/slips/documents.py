"""A4 table documents (count sheet, requisition, pick list) as PDF bytes, in the embedded slip font.

A document is a title block (organisation, title, number), a grid of header fields, one table whose
header row repeats on every page, notes, and lines to sign and date by hand. Every page carries the
document number, a footer text and "page n / m". Rows are at least 8 mm high so that an empty cell
can be filled in with a pen (a stocktake is counted on paper).

The strings in a TableDocument are printed as given (the caller translates them); only the
renderer's own words (the "Date" label, the page count) are translated here, into ``language``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as turned
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from aftersales_desktop.i18n import translator
from aftersales_desktop.slips.fonts import SlipFont, find_font, font_runs
from aftersales_desktop.slips.layout import (GREY, RULE, SHADE, TypeSetter, binary_streams, build_sheets,
                                             draw_footer_line, pdf_metadata, tight)
from aftersales_desktop.slips.render import RenderedSlip

ALIGNMENTS = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}
MARGIN = 15 * mm
BODY = 9.0
SMALL = 7.5
TITLE = 16.0
NUMBER = 11.0
#: Room to write a count or a name by hand in an empty cell.
MIN_ROW_HEIGHT = 8 * mm
CELL_PADDING = 3.0
_GRID = Color(0.45, 0.45, 0.45)
_FIELD_GAP = 6 * mm
_SIGNATURE_GAP = 8 * mm


@dataclass(frozen=True)
class Column:
    """A table column: its title, its ``width`` relative to the other columns, and "left", "right" or
    "center" alignment (numbers right)."""

    title: str
    width: float = 1.0
    align: str = "left"

    def __post_init__(self) -> None:
        if self.align not in ALIGNMENTS:
            raise ValueError(f"align must be one of {', '.join(ALIGNMENTS)}, not {self.align!r}")
        if not self.width > 0:
            raise ValueError(f"a column's width must be positive, not {self.width!r}")


@dataclass(frozen=True)
class TableDocument:
    """What an A4 table document prints, every text already in the language it prints in.

    ``fields`` are (label, value) pairs under the title; ``rows`` hold one text per column (an empty
    text leaves the cell blank to write in); ``signatures`` are the labels of the lines to sign
    (for example 申领人, 审核, 库管); ``footer`` is printed on every page beside the number.
    """

    title: str
    number: str
    organisation: str
    fields: Sequence[tuple[str, str]]
    columns: Sequence[Column]
    rows: Sequence[Sequence[str]]
    notes: Sequence[str] = ()
    signatures: Sequence[str] = ()
    footer: str = ""

    def __post_init__(self) -> None:
        if not self.columns:
            raise ValueError("a table document needs at least one column")
        for index, row in enumerate(self.rows):
            if len(row) != len(self.columns):
                raise ValueError(f"row {index} has {len(row)} cells for {len(self.columns)} columns")


def render_document(doc: TableDocument, *, language: str = "zh_CN", font: SlipFont | None = None,
                    landscape: bool = False) -> RenderedSlip:
    """Render ``doc`` on A4 (``landscape`` when asked) in ``font`` (else the slip font) and return the PDF.

    ``language`` is the language of the renderer's own words; characters the font cannot print
    are listed in the result's ``missing_glyphs`` (they print as '?').
    """
    font = font or find_font()
    page_size = turned(A4) if landscape else A4
    layout = _DocumentLayout(doc, font, translator(language), language.startswith("zh"),
                             page_size[0] - 2 * MARGIN, landscape)
    story = layout.flowables()

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        draw_footer_line(canvas, page_size[0], MARGIN, SMALL, *layout.footer_runs(page, pages))

    metadata = pdf_metadata(f"{doc.title} {doc.number}".strip(), doc.organisation, doc.number, font.name, BODY)
    with binary_streams():
        pdf, pages = build_sheets(story, page_size, MARGIN, SMALL + 4, metadata, footer)
    return RenderedSlip(pdf, page_size, pages, tuple(layout.missing), font.family)


class _DocumentLayout(TypeSetter):
    """Turns a TableDocument into flowables ``width`` points wide; collects missing glyphs."""

    def __init__(self, doc: TableDocument, font: SlipFont, tr: Callable[..., str], chinese: bool,
                 width: float, landscape: bool) -> None:
        super().__init__(font, BODY)
        self.doc = doc
        self.tr = tr
        self.colon = "：" if chinese else ": "
        self.width = width
        self.landscape = landscape

    def flowables(self) -> list[Flowable]:
        closing = self.notes() + self.signatures()
        # Notes and the lines to sign stay together: a signature alone on a last page signs nothing.
        return self.header() + self.fields() + [self.item_table()] + ([KeepTogether(closing)] if closing else [])

    def header(self) -> list[Flowable]:
        """Organisation small above the bold title on the left, the number on the right."""
        doc = self.doc
        number_width = min(self.text_width(doc.number, NUMBER) + 2 * mm, self.width * 0.45)
        left = [self.para(doc.organisation, SMALL + 1, color=GREY),
                self.para(doc.title, TITLE, bold=True, space_before=1)]
        table = self.table([[left, self.para(doc.number, NUMBER, TA_RIGHT)]],
                           colWidths=[self.width - number_width, number_width], padding=0)
        table.setStyle(tight(0, 0, valign="BOTTOM"))
        return [table, HRFlowable(width="100%", thickness=1.2, color=black, spaceBefore=1.5 * mm,
                                  spaceAfter=2.5 * mm)]

    def fields(self) -> list[Flowable]:
        """'label: value' pairs, two to a row (one when a value is too long for half the width)."""
        fields = [(str(label), "" if value is None else str(value)) for label, value in self.doc.fields]
        if not fields:
            return []
        label_width = max(self.text_width(label + self.colon, BODY) for label, _ in fields) + 1 * mm
        half = (self.width - _FIELD_GAP) / 2
        label_width = min(label_width, half * 0.45)
        long_value = max(self.text_width(value, BODY) for _, value in fields) > 2 * (half - label_width)
        per_row = 1 if len(fields) == 1 or long_value else 2
        pair_width = (self.width - (per_row - 1) * _FIELD_GAP) / per_row
        widths = ([label_width, pair_width - label_width, _FIELD_GAP] * per_row)[:-1]
        data, underlined = [], []
        for start in range(0, len(fields), per_row):
            row: list = []
            for slot, (label, value) in enumerate(fields[start:start + per_row]):
                row += [self.cell(label + self.colon, color=GREY), self.cell(value), ""]
                underlined.append((3 * slot + 1, start // per_row))
            data.append((row + [""] * len(widths))[:len(widths)])
        table = self.table(data, colWidths=widths, padding=0)
        # The value sits on a line: an empty value is a blank to fill in.
        lines = [("LINEBELOW", cell, cell, 0.4, RULE) for cell in underlined]
        table.setStyle(TableStyle([*tight(0, 2, valign="BOTTOM").getCommands(), *lines]))
        return [table, Spacer(1, 4 * mm)]

    def item_table(self) -> Table:
        """The document's table: a shaded header row repeated on every page, thin grid, tall rows."""
        columns = self.doc.columns
        total = sum(column.width for column in columns)
        widths = [self.width * column.width / total for column in columns]
        aligns = [ALIGNMENTS[column.align] for column in columns]
        header = [self.cell(column.title, bold=True, align=align) for column, align in zip(columns, aligns)]
        body = [[self.cell("" if value is None else value, align=align) for value, align in zip(row, aligns)]
                for row in self.doc.rows]
        table = self.table([header, *body], CELL_PADDING, colWidths=widths, repeatRows=1,
                              minRowHeights=[0.0] + [MIN_ROW_HEIGHT] * len(body))
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 0), (-1, 0), 3), ("BOTTOMPADDING", (0, 0), (-1, 0), 3.5),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("INNERGRID", (0, 0), (-1, -1), 0.35, _GRID),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, black),
            ("BOX", (0, 0), (-1, -1), 0.8, black)]))
        return table

    def notes(self) -> list[Flowable]:
        """One paragraph a note, under the table."""
        notes = [str(note) for note in self.doc.notes if str(note).strip()]
        if not notes:
            return []
        return [Spacer(1, 2 * mm)] + [self.para(note, BODY, space_before=1.5 * mm) for note in notes]

    def signatures(self) -> list[Flowable]:
        """For each label, a line to sign on and a line for the date under it; three or four a row."""
        labels = [str(label) + self.colon for label in self.doc.signatures]
        if not labels:
            return []
        date = self.tr("Date") + self.colon
        per_row = min(len(labels), 4 if self.landscape else 3)
        label_width = max(self.text_width(text, BODY) for text in [*labels, date]) + 1 * mm
        slot = (self.width - (per_row - 1) * _SIGNATURE_GAP) / per_row
        widths = ([label_width, slot - label_width, _SIGNATURE_GAP] * per_row)[:-1]
        data, lines, heights = [], [], []
        for start in range(0, len(labels), per_row):
            sign_row: list = [""] * len(widths)
            date_row: list = [""] * len(widths)
            for index, label in enumerate(labels[start:start + per_row]):
                sign_row[3 * index], date_row[3 * index] = self.cell(label), self.cell(date, color=GREY)
                for row in (len(data), len(data) + 1):
                    lines.append(("LINEBELOW", (3 * index + 1, row), (3 * index + 1, row), 0.6, black))
            data += [sign_row, date_row]
            heights += [14 * mm, 9 * mm]
        table = self.table(data, colWidths=widths, padding=0, minRowHeights=heights)
        table.setStyle(TableStyle([*tight(0, 1.5, valign="BOTTOM").getCommands(), *lines]))
        return [Spacer(1, 4 * mm), table]

    def footer_runs(self, page: int, pages: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """The footer's left (number and footer text) and right ("page n / m") font runs."""
        left = "  ·  ".join(part for part in (self.doc.number, self.doc.footer) if part)
        right = self.tr("Page {page} / {pages}", page=page, pages=pages)
        return font_runs(self.font, left, self.missing), font_runs(self.font, right, self.missing)
