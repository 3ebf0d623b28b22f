"""The return inspection report (退货检验报告) as A4 PDF bytes, with the slip machinery.

One signed inspection on one or more A4 pages: the outlet and the case, the product and where it
came from, the condition checklist as a table (a tick in the Yes or the No column), the test result,
the verdict in bold, the inspector's name, signature and time with a QR code of the case number
and the content hash (so a printed report can be checked against the record), and the photos as
thumbnails.
Every text is set in the embedded slip font; the renderer's words are translated into ``language``.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, TableStyle
from reportlab.platypus.flowables import HRFlowable

from aftersales_desktop.domain.quality import RequestType, Verdict
from aftersales_desktop.domain.signatures import Strokes
from aftersales_desktop.i18n import translator
from aftersales_desktop.slips.flowables import QrCode, SignatureBox
from aftersales_desktop.slips.fonts import SlipFont, find_font, font_runs
from aftersales_desktop.slips.layout import (GREY, RULE, SHADE, TypeSetter, binary_streams, build_sheets,
                                             draw_footer_line, pdf_metadata, tight)
from aftersales_desktop.slips.render import RenderedSlip

MARGIN = 15 * mm
BODY = 9.0
SMALL = 7.5
TITLE = 16.0
NUMBER = 11.0
HEADING = 10.5
VERDICT = 13.0
QR_SIZE = 26 * mm
SIGNATURE_HEIGHT = 18 * mm
PHOTOS_PER_ROW = 3
PHOTO_HEIGHT = 40 * mm
#: Photos are embedded at most this many pixels on their long side: sharp at the printed size.
PHOTO_PIXELS = 900
_GRID = Color(0.45, 0.45, 0.45)
_FIELD_GAP = 6 * mm
_TICKS = ("✓", "✔")  # the first of these the font has marks the finding; else the word Yes / No


@dataclass(frozen=True)
class InspectionReport:
    """Everything an inspection report prints; labels are translated by the renderer.

    ``checklist`` holds (English label, finding) pairs; ``photos`` JPEG or PNG bytes; ``signature``
    the inspector's drawn strokes (None with ``typed_signature``: the name stands as signature).
    """

    outlet_name: str
    outlet_address: str
    outlet_phone: str
    case_number: str
    customer_name: str
    customer_phone: str
    product: str
    product_name: str
    specification: str
    quantity: int
    request_type: RequestType
    quality_problem: bool
    reason: str
    batch: str
    supplier_name: str
    purchase_date: date | None
    proof_number: str
    received_on: date
    checklist: Sequence[tuple[str, bool]]
    test_result: str
    verdict: Verdict
    note: str
    photos: Sequence[bytes]
    inspector_name: str
    signature: Strokes | None
    typed_signature: bool
    inspected_at: datetime
    content_hash: str
    qr_payload: str


def render_inspection_report(report: InspectionReport, *, language: str = "zh_CN",
                             font: SlipFont | None = None) -> RenderedSlip:
    """Render ``report`` on A4 in ``font`` (else the slip font), its own words in ``language``."""
    font = font or find_font()
    layout = _ReportLayout(report, font, translator(language), language.startswith("zh"), A4[0] - 2 * MARGIN)
    story = layout.flowables()

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        draw_footer_line(canvas, A4[0], MARGIN, SMALL, *layout.footer_runs(page, pages))

    title = layout.tr("Return inspection report")
    metadata = pdf_metadata(f"{title} {report.case_number}", report.outlet_name, report.case_number, font.name,
                            BODY)
    with binary_streams():
        pdf, pages = build_sheets(story, A4, MARGIN, SMALL + 4, metadata, footer)
    return RenderedSlip(pdf, A4, pages, tuple(layout.missing), font.family)


def _thumbnail(data: bytes) -> bytes | None:
    """A photo scaled down to PHOTO_PIXELS as JPEG bytes, or None when the bytes are not a readable image."""
    try:
        from PIL import Image as PILImage

        with PILImage.open(io.BytesIO(data)) as picture:
            picture.load()
            picture = picture.convert("RGB")
            picture.thumbnail((PHOTO_PIXELS, PHOTO_PIXELS))
            out = io.BytesIO()
            picture.save(out, "JPEG", quality=85)
        return out.getvalue()
    except Exception:  # noqa: BLE001 - a broken photo prints as a note, never stops the report
        return None


class _ReportLayout(TypeSetter):
    """Turns an InspectionReport into flowables ``width`` points wide; collects missing glyphs."""

    def __init__(self, report: InspectionReport, font: SlipFont, tr: Callable[..., str], chinese: bool,
                 width: float) -> None:
        super().__init__(font, BODY)
        self.report = report
        self.tr = tr
        self.colon = "：" if chinese else ": "
        self.width = width
        self.tick = next((mark for mark in _TICKS if font.covers(mark)), None)

    def flowables(self) -> list[Flowable]:
        # The photos come last, like attached pictures (附图): the signature stays with the findings
        # it signs on the first page, and the hash it carries covers the photos as well.
        return [*self.header(), *self.fields(), *self.checklist(), *self.findings(),
                KeepTogether(self.signature_block()), *self.photos()]

    # -- blocks ----------------------------------------------------------------------------------

    def header(self) -> list[Flowable]:
        """Outlet (name, address, phone) small above the bold title; the case number on the right."""
        r = self.report
        number_width = min(self.text_width(r.case_number, NUMBER) + 2 * mm, self.width * 0.45)
        contact = "  ".join(part for part in (r.outlet_address, r.outlet_phone) if part)
        left = [self.para(r.outlet_name, SMALL + 1.5, color=GREY)]
        if contact:
            left.append(self.para(contact, SMALL, color=GREY))
        left.append(self.para(self.tr("Return inspection report"), TITLE, bold=True, space_before=2))
        table = self.table([[left, self.para(r.case_number, NUMBER, TA_RIGHT)]],
                           colWidths=[self.width - number_width, number_width], padding=0)
        table.setStyle(tight(0, 0, valign="BOTTOM"))
        return [table, HRFlowable(width="100%", thickness=1.2, color=black, spaceBefore=1.5 * mm,
                                  spaceAfter=2.5 * mm)]

    def fields(self) -> list[Flowable]:
        """The case in 'label: value' pairs, two to a row; the reason across the whole width."""
        r, t = self.report, self.tr
        request = t(r.request_type.label) + " · " + (t("Quality problem") if r.quality_problem
                                                      else t("No quality problem"))
        product = " ".join(part for part in (r.product, r.product_name) if part)
        pairs = [
            (t("Case number"), r.case_number), (t("Customer asks for"), request),
            (t("Customer"), r.customer_name), (t("Phone"), r.customer_phone),
            (t("Product"), product), (t("Specification"), r.specification or "—"),
            (t("Quantity"), str(r.quantity)), (t("Batch"), r.batch or "—"),
            (t("Supplier"), r.supplier_name or t("Unknown")), (t("Date received"), r.received_on.isoformat()),
            (t("Purchase date"), r.purchase_date.isoformat() if r.purchase_date else "—"),
            (t("Proof of purchase"), r.proof_number or "—"),
        ]
        label_width = min(max(self.text_width(label + self.colon, BODY) for label, _ in pairs) + 1 * mm,
                          self.width * 0.2)
        half = (self.width - _FIELD_GAP) / 2
        widths = [label_width, half - label_width, _FIELD_GAP, label_width, half - label_width]
        data, lines = [], []
        for index in range(0, len(pairs), 2):
            row: list = []
            for slot, (label, value) in enumerate(pairs[index:index + 2]):
                row += [self.cell(label + self.colon, color=GREY), self.cell(value)]
                if slot == 0:
                    row.append("")
                lines.append(("LINEBELOW", (3 * slot + 1, index // 2), (3 * slot + 1, index // 2), 0.4, RULE))
            data.append(row)
        if r.reason:
            data.append([self.cell(t("Reason") + self.colon, color=GREY), self.cell(r.reason), "", "", ""])
            row_index = len(data) - 1
            lines += [("SPAN", (1, row_index), (4, row_index)),
                      ("LINEBELOW", (1, row_index), (4, row_index), 0.4, RULE)]
        table = self.table(data, colWidths=widths, padding=0)
        table.setStyle(TableStyle([*tight(0, 2, valign="BOTTOM").getCommands(), *lines]))
        return [table, Spacer(1, 4 * mm)]

    def heading(self, text: str) -> Paragraph:
        return self.para(text, HEADING, bold=True, space_before=2 * mm, space_after=1.5 * mm)

    def checklist(self) -> list[Flowable]:
        """Check | Yes | No, with a tick (or the word) in the column that applies."""
        t = self.tr
        yes, no = t("Yes"), t("No")
        mark_yes, mark_no = (self.tick, self.tick) if self.tick else (yes, no)
        header = [self.cell(t("Check"), bold=True), self.cell(yes, bold=True, align=TA_CENTER),
                  self.cell(no, bold=True, align=TA_CENTER)]
        body = [[self.cell(t(label)), self.cell(mark_yes if finding else "", align=TA_CENTER, bold=True),
                 self.cell("" if finding else mark_no, align=TA_CENTER, bold=True)]
                for label, finding in self.report.checklist]
        mark_width = 22 * mm
        table = self.table([header, *body], 4, colWidths=[self.width * 0.5, mark_width, mark_width],
                           hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("INNERGRID", (0, 0), (-1, -1), 0.35, _GRID),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, black),
            ("BOX", (0, 0), (-1, -1), 0.8, black)]))
        return [KeepTogether([self.heading(t("Condition on receipt")), table])]

    def findings(self) -> list[Flowable]:
        """The test result, the verdict in bold, the note."""
        r, t = self.report, self.tr
        story: list[Flowable] = [self.heading(t("Test result")), self.para(r.test_result, BODY)]
        # Boxed and shaded as well as bold: many Chinese fonts have no bold face to print it with.
        verdict = self.table([[self.para(t(r.verdict.label), VERDICT, bold=True)]],
                             colWidths=[self.width * 0.5], hAlign="LEFT")
        verdict.setStyle(TableStyle([*tight(6, 4, valign="MIDDLE").getCommands(),
                                     ("BACKGROUND", (0, 0), (-1, -1), SHADE), ("BOX", (0, 0), (-1, -1), 1.2, black)]))
        story += [self.heading(t("Verdict")), verdict]
        if r.note:
            story += [self.heading(t("Note")), self.para(r.note, BODY)]
        return story

    def photos(self) -> list[Flowable]:
        """Thumbnails, PHOTOS_PER_ROW to a row, each fitted into its cell keeping its proportions."""
        if not self.report.photos:
            return []
        gap = 3 * mm
        cell_width = (self.width - gap * (PHOTOS_PER_ROW - 1)) / PHOTOS_PER_ROW
        cells: list = []
        for data in self.report.photos:
            thumbnail = _thumbnail(data)
            if thumbnail is None:
                cells.append(self.para(self.tr("(this photo cannot be shown)"), SMALL, TA_CENTER, color=GREY))
                continue
            pixels_w, pixels_h = ImageReader(io.BytesIO(thumbnail)).getSize()
            scale = min(cell_width / pixels_w, PHOTO_HEIGHT / pixels_h)
            cells.append(Image(io.BytesIO(thumbnail), width=pixels_w * scale, height=pixels_h * scale))
        rows = []
        for start in range(0, len(cells), PHOTOS_PER_ROW):
            chunk = cells[start:start + PHOTOS_PER_ROW]
            row: list = []
            for index in range(PHOTOS_PER_ROW):
                row.append(chunk[index] if index < len(chunk) else "")
                if index < PHOTOS_PER_ROW - 1:
                    row.append("")
            rows.append(row)
        widths = ([cell_width, gap] * PHOTOS_PER_ROW)[:-1]
        table = self.table(rows, 0, colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), gap)]))
        return [Spacer(1, 3 * mm), self.heading(self.tr("Photos")), table]

    def signature_block(self) -> list[Flowable]:
        """The inspector's name, signature and time on the left; the QR code to verify on the right."""
        r, t = self.report, self.tr
        if r.signature is not None:
            box = SignatureBox(SIGNATURE_HEIGHT, strokes=r.signature, max_width=70 * mm)
        else:
            typed = Paragraph(f"{self.markup(r.inspector_name)}<br/><font size=\"{SMALL}\">"
                              f"{self.markup(t('Typed name, confirmed by the inspector'))}</font>",
                              self.style(TITLE - 2, TA_CENTER, leading=(TITLE - 2) * 1.3))
            box = SignatureBox(SIGNATURE_HEIGHT, typed=typed, max_width=70 * mm)
        when = r.inspected_at.astimezone().strftime("%Y-%m-%d %H:%M")
        signer = [self.para(t("Inspector signature"), BODY, color=GREY), box,
                  self.para(f"{t('Inspector')}{self.colon}{r.inspector_name}", BODY, space_before=2),
                  self.para(t("Inspected {time}", time=when), SMALL, color=GREY)]
        short = " ".join(r.content_hash[i:i + 4] for i in range(0, 12, 4))
        qr = QrCode(r.qr_payload, QR_SIZE)
        qr.hAlign = "CENTER"
        code = [qr, self.para(t("Check code {code}", code=short), SMALL, TA_CENTER, color=GREY)]
        table = self.table([[signer, code]], colWidths=[self.width - QR_SIZE - 10 * mm, QR_SIZE + 10 * mm],
                           padding=0)
        table.setStyle(tight(0, 0, valign="BOTTOM"))
        return [Spacer(1, 5 * mm), table]

    def footer_runs(self, page: int, pages: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """The footer's left (case number and title) and right ("page n / m") font runs."""
        left = f"{self.report.case_number}  ·  {self.tr('Return inspection report')}"
        right = self.tr("Page {page} / {pages}", page=page, pages=pages)
        return font_runs(self.font, left, self.missing), font_runs(self.font, right, self.missing)

