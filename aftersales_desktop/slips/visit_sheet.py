"""The day's visit sheet (外出工作单) as PDF bytes: A4 for a laser printer, 80/58 mm rolls for a portable one.

One block per visit (time, job number, customer, phone, address, product, fault, tools, parts to
bring, earlier jobs, a line for the arrival time and notes), then the parts the technician holds.
A roll page is as long as its content, like a roll slip. The texts of a VisitSheet are printed as
given (the caller translates data); only the renderer's own labels are translated into ``language``.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import black
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle
from reportlab.platypus.flowables import HRFlowable

from aftersales_desktop.domain.slips import SlipFormat
from aftersales_desktop.i18n import translator
from aftersales_desktop.slips.fonts import SlipFont, find_font, font_runs
from aftersales_desktop.slips.layout import (GREY, RULE, SHADE, TypeSetter, binary_streams, build_sheets,
                                             draw_footer_line, pdf_metadata, tight)
from aftersales_desktop.slips.render import RenderedSlip


@dataclass(frozen=True)
class SheetVisit:
    """One visit as it prints: every text ready (times in local time, history as lines)."""

    time: str
    job_number: str
    customer: str
    phone: str
    address: str
    product: str
    fault: str
    tools: str = ""
    parts_to_bring: str = ""
    note: str = ""
    history: Sequence[str] = ()


@dataclass(frozen=True)
class VisitSheet:
    """What the sheet prints: who, which day, the visits and the parts held as (part, quantity) pairs."""

    organisation: str
    technician: str
    day: str
    printed_at: str
    visits: Sequence[SheetVisit]
    parts: Sequence[tuple[str, str]] = ()


@dataclass(frozen=True)
class _Geometry:
    page_width: float
    page_height: float | None  # None: a roll, as long as the content
    margin: float
    body: float
    small: float
    title: float


_GEOMETRY = {
    SlipFormat.A4: _Geometry(A4[0], A4[1], 15 * mm, 9.5, 7.5, 16),
    SlipFormat.ROLL_80: _Geometry(80 * mm, None, 4 * mm, 8, 6.5, 12),
    SlipFormat.ROLL_58: _Geometry(58 * mm, None, 3 * mm, 7, 6, 10),
}
#: Paper feed after the last line, so the tear-off edge does not cut it.
_ROLL_SLACK = 8 * mm


def sheet_formats() -> tuple[SlipFormat, ...]:
    """The papers a visit sheet prints on (A5 would only crowd an A4 sheet's content)."""
    return tuple(_GEOMETRY)


def render_visit_sheet(sheet: VisitSheet, fmt: SlipFormat | str, *, language: str = "zh_CN",
                       font: SlipFont | None = None, font_path: str | None = None) -> RenderedSlip:
    """Render ``sheet`` on ``fmt`` paper (A4 or an 80/58 mm roll) in ``font`` (else the slip font)."""
    fmt = SlipFormat(fmt)
    if fmt not in _GEOMETRY:
        raise ValueError(f"a visit sheet prints on {', '.join(_GEOMETRY)}, not {fmt}")
    geo = _GEOMETRY[fmt]
    font = font or find_font(font_path)
    layout = _SheetLayout(sheet, font, translator(language), language.startswith("zh"), geo)
    story = layout.flowables()
    title = f"{layout.tr('Visit sheet')} {sheet.technician} {sheet.day}"
    metadata = pdf_metadata(title, sheet.organisation, sheet.day, font.name, geo.body)
    with binary_streams():
        if geo.page_height is None:
            pdf, size = _build_roll(story, geo, metadata)
            pages = 1
        else:
            size = (geo.page_width, geo.page_height)

            def footer(canvas: Canvas, page: int, pages: int) -> None:
                draw_footer_line(canvas, geo.page_width, geo.margin, geo.small, *layout.footer_runs(page, pages))

            pdf, pages = build_sheets(story, size, geo.margin, geo.small + 4, metadata, footer)
    return RenderedSlip(pdf, size, pages, tuple(layout.missing), font.family)


class _SheetLayout(TypeSetter):
    """Turns a VisitSheet into flowables as wide as the paper less its margins."""

    def __init__(self, sheet: VisitSheet, font: SlipFont, tr: Callable[..., str], chinese: bool,
                 geo: _Geometry) -> None:
        super().__init__(font, geo.body)
        self.sheet = sheet
        self.tr = tr
        self.colon = "：" if chinese else ": "
        self.geo = geo
        self.width = geo.page_width - 2 * geo.margin

    def flowables(self) -> list[Flowable]:
        story = self.header()
        if not self.sheet.visits:
            story.append(self.para(self.tr("No visits on this day."), space_before=2 * mm))
        for index, visit in enumerate(self.sheet.visits, 1):
            story.append(KeepTogether(self.visit(index, visit)))
        story += self.parts()
        return story

    def header(self) -> list[Flowable]:
        sheet, geo = self.sheet, self.geo
        return [self.para(sheet.organisation, geo.small + 1, color=GREY),
                self.para(self.tr("Visit sheet"), geo.title, bold=True, space_before=1),
                self.para(f"{self.tr('Technician')}{self.colon}{sheet.technician}    "
                          f"{self.tr('Date')}{self.colon}{sheet.day}", space_before=1.5 * mm),
                self.para(f"{self.tr('Printed')}{self.colon}{sheet.printed_at}", geo.small, color=GREY),
                HRFlowable(width="100%", thickness=1.2, color=black, spaceBefore=1.5 * mm, spaceAfter=1 * mm)]

    def visit(self, index: int, visit: SheetVisit) -> list[Flowable]:
        """The visit's heading on a shaded band, its label/value lines, and blanks to fill in on site."""
        geo = self.geo
        number_width = min(self.text_width(visit.job_number, geo.body) + 2 * mm, self.width * 0.5)
        band = self.table([[self.para(f"{index}. {visit.time}", bold=True),
                            self.para(visit.job_number, align=TA_RIGHT)]],
                          colWidths=[self.width - number_width, number_width], padding=2)
        band.setStyle(TableStyle([*tight(2, 2, valign="MIDDLE").getCommands(),
                                  ("BACKGROUND", (0, 0), (-1, -1), SHADE)]))
        lines = [(self.tr("Customer"), visit.customer), (self.tr("Phone"), visit.phone),
                 (self.tr("Address"), visit.address), (self.tr("Product"), visit.product),
                 (self.tr("Fault"), visit.fault), (self.tr("Tools"), visit.tools),
                 (self.tr("Parts to bring"), visit.parts_to_bring), (self.tr("Note"), visit.note)]
        lines = [(label, value) for label, value in lines if str(value).strip()]
        if visit.history:
            lines.append((self.tr("Earlier jobs"), "\n".join(visit.history)))
        # Written by hand on site: the arrival time, and what was found.
        lines += [(self.tr("Arrived"), ""), (self.tr("Result"), "")]
        labels = [label + self.colon for label, _ in lines]
        label_width = min(max(self.text_width(label, geo.body) for label in labels) + 1 * mm, self.width * 0.4)
        data = [[self.cell(label, color=GREY), self.cell(value)] for label, (_, value) in zip(labels, lines)]
        table = self.table(data, padding=0, colWidths=[label_width, self.width - label_width])
        blanks = [("LINEBELOW", (1, row), (1, row), 0.4, RULE) for row in (len(data) - 2, len(data) - 1)]
        table.setStyle(TableStyle([*tight(0, 1.2).getCommands(), *blanks,
                                   ("TOPPADDING", (0, len(data) - 2), (-1, -1), 2 * mm)]))
        return [Spacer(1, 2.5 * mm), band, Spacer(1, 1 * mm), table]

    def parts(self) -> list[Flowable]:
        """The parts the technician holds, part on the left and the quantity on the right."""
        if not self.sheet.parts:
            return [Spacer(1, 3 * mm), self.para(self.tr("Parts held"), bold=True),
                    self.para(self.tr("No parts held."), color=GREY)]
        quantity_width = max(self.text_width(quantity, self.geo.body) for _, quantity in self.sheet.parts) + 2 * mm
        data = [[self.cell(part), self.cell(quantity, align=TA_RIGHT)] for part, quantity in self.sheet.parts]
        table = self.table(data, padding=0, colWidths=[self.width - quantity_width, quantity_width])
        table.setStyle(TableStyle([*tight(0, 1.2).getCommands(), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE)]))
        return [Spacer(1, 3 * mm), self.para(self.tr("Parts held"), bold=True, space_after=1 * mm),
                HRFlowable(width="100%", thickness=0.8, color=black, spaceAfter=0.5 * mm), table]

    def footer_runs(self, page: int, pages: int) -> tuple[list, list]:
        left = self.runs(f"{self.tr('Visit sheet')} {self.sheet.technician} {self.sheet.day}")
        right = self.runs(self.tr("Page {page} / {pages}", page=page, pages=pages))
        return left, right

    def runs(self, text: str) -> list[tuple[str, str]]:
        """``text`` as font runs for the footer line (missing characters collected)."""
        return font_runs(self.font, text, self.missing)


def _build_roll(story: list[Flowable], geo: _Geometry, metadata: dict) -> tuple[bytes, tuple[float, float]]:
    """One page as long as the content: each flowable wrapped once and drawn in place."""
    width = geo.page_width - 2 * geo.margin
    flat: list[Flowable] = []
    for flowable in story:
        # KeepTogether means nothing on a page without breaks: draw what it holds.
        flat += flowable._content if isinstance(flowable, KeepTogether) else [flowable]
    placed = []
    total = 0.0
    for index, flowable in enumerate(flat):
        w, h = flowable.wrap(width, 1_000_000)
        before = flowable.getSpaceBefore() if index else 0.0
        after = flowable.getSpaceAfter()
        placed.append((flowable, h, before, after))
        total += before + h + after
    height = 2 * geo.margin + total + _ROLL_SLACK
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(geo.page_width, height), invariant=1,
                    initialFontName=metadata["initialFontName"], initialFontSize=metadata["initialFontSize"])
    canvas.setTitle(metadata["title"])
    canvas.setAuthor(metadata["author"])
    canvas.setSubject(metadata["subject"])
    canvas.setCreator(metadata["creator"])
    y = height - geo.margin
    for flowable, h, before, after in placed:
        y -= before + h
        flowable.drawOn(canvas, geo.margin, y)
        y -= after
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), (geo.page_width, height)
