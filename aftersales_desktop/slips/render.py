"""A repair slip (维修单) as PDF bytes: A4/A5 sheets for laser printers, 80/58 mm rolls for receipt printers.

The renderer writes nothing: it turns a slip's content snapshot (see domain/slips.py), the two
signatures' strokes and the content hash into PDF bytes. Every text, digits included, is set in one
embedded TrueType CJK font (slips/fonts.py; a Latin companion font lends letters to a CJK font
without them), so the slip prints the same on every computer.

Sheets flow over as many pages as they need, with the slip number and "page n / m" on each. A roll
is one page exactly as long as its content: the flowables are wrapped once at the roll's width, their
heights summed, and drawn on a canvas of that height.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import textsplit as _rl_textsplit
from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Image, KeepTogether, Paragraph, Spacer, TableStyle
from reportlab.platypus import paragraph as _rl_paragraph
from reportlab.platypus.flowables import HRFlowable

from aftersales_desktop.domain.enums import FaultCategory, ProductType, RepairOutcome
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.money import format_fen
from aftersales_desktop.domain.signatures import SignatureMethod, Strokes
from aftersales_desktop.domain.slips import SlipFormat, qr_payload
from aftersales_desktop.i18n import translator
from aftersales_desktop.slips.fonts import SlipFont, find_font, font_runs
from aftersales_desktop.slips.flowables import QrCode, SignatureBox
from aftersales_desktop.slips.layout import (GREY, RULE, SHADE, TypeSetter, binary_streams, build_sheets,
                                             draw_footer_line, draw_runs, pdf_metadata, tight)

# reportlab's CJK wrapping keeps a listed character from starting a line, but its list lacks the
# full-width comma, colon, semicolon and marks used in Chinese text ("，浓度偏低" began a line).
# Both wrapping paths (one text run: textsplit; several: paragraph) read the list at call time.
_NO_LINE_START = "，：；！？》〉"
for _module in (_rl_textsplit, _rl_paragraph):
    _module.ALL_CANNOT_START += "".join(c for c in _NO_LINE_START if c not in _module.ALL_CANNOT_START)

ROLES = ("customer", "technician")
_HASH = re.compile(r"^[0-9a-f]{64}$")
_WATERMARK = Color(0.86, 0.86, 0.86)
#: Extra length at the foot of a roll, so the cutter does not cut into the last line.
_ROLL_SLACK = 4 * mm


@dataclass(frozen=True)
class RenderedSlip:
    """A rendered slip: the PDF, its first page size in points, page count, and what could not print.

    ``missing_glyphs`` lists the characters the font lacks (printed as '?'), for a warning such as
    "The font WenQuanYi Micro Hei lacks: 𠮷 — they print as ?"; ``font_name`` is the font's own name.
    """

    pdf: bytes
    page_size_pt: tuple[float, float]
    page_count: int
    missing_glyphs: tuple[str, ...]
    font_name: str


@dataclass(frozen=True)
class _Geometry:
    """Sizes of one paper format, in points."""

    page_width: float
    page_height: float | None  # None: a roll, as long as its content
    margin: float
    body: float
    small: float
    title: float
    heading: float
    outlet: float
    qr: float
    signature: float


_GEOMETRY = {
    SlipFormat.A4: _Geometry(A4[0], A4[1], 15 * mm, 9, 7.5, 18, 10, 15, 25 * mm, 18 * mm),
    SlipFormat.A5: _Geometry(A5[0], A5[1], 10 * mm, 8, 6.5, 14, 8.5, 12, 24 * mm, 16 * mm),
    SlipFormat.ROLL_80: _Geometry(80 * mm, None, 4 * mm, 8, 6.5, 13, 8.5, 10.5, 34 * mm, 18 * mm),
    SlipFormat.ROLL_58: _Geometry(58 * mm, None, 5 * mm, 7, 6, 11, 7.5, 9, 32 * mm, 15 * mm),
}


def render_slip(content: dict, fmt: SlipFormat | str, *, language: str = "zh_CN",
                signatures: dict[str, Strokes | None] | None = None, digest: str | None = None,
                copy_number: int = 0, draft: bool = False, logo: bytes | None = None,
                font_path: str | None = None) -> RenderedSlip:
    """Render ``content`` on ``fmt`` paper in ``language`` and return the PDF.

    ``signatures`` holds the drawn strokes by role ("customer", "technician"); ``digest`` the content
    hash the QR code carries. A slip that is not a ``draft`` must be signed by both (drawn strokes,
    or a typed name recorded in the content) and have its digest, else ValidationError. A draft
    prints a "DRAFT - NOT SIGNED" mark, empty signature boxes and no QR code. ``copy_number`` n >= 1
    marks the print as "COPY n". ``font_path`` overrides the configured slip font.
    """
    fmt = SlipFormat(fmt)
    if copy_number < 0:
        raise ValueError("copy_number must be 0 (the original) or more")
    signatures = dict(signatures or {})
    if not draft:
        _check_signed(content, signatures, digest)
    font = find_font(font_path)
    slip = _SlipLayout(content, fmt, font, translator(language), language, signatures,
                       None if draft else digest, copy_number, draft, logo)
    flowables = slip.flowables()
    with binary_streams():
        pdf, size, pages = (_build_roll(slip, flowables) if fmt.is_roll else _build_sheets(slip, flowables))
    return RenderedSlip(pdf, size, pages, tuple(slip.missing), font.family)


def _check_signed(content: dict, signatures: dict[str, Strokes | None], digest: str | None) -> None:
    """Refuse to print a final slip that lacks a signature or its hash."""
    unsigned = ValidationError.single(
        "signatures", "This slip is not signed: preview it as a draft, or have the customer and the "
        "technician sign it first.")
    recorded = content.get("signatures") or {}
    for role in ROLES:
        entry = recorded.get(role)
        if not entry:
            raise unsigned
        if entry.get("method", SignatureMethod.DRAWN) == SignatureMethod.TYPED:
            if not str(entry.get("name") or "").strip():
                raise unsigned
            continue
        strokes = signatures.get(role)
        if strokes is None or strokes.is_empty:
            raise unsigned
        expected = entry.get("strokes_sha256")
        if expected and strokes.sha256() != expected:
            # The QR vouches for the recorded strokes: printing others would make the slip lie.
            raise ValidationError.single(
                "signatures", "The signature to print does not match the one recorded on this slip.")
    if not digest:
        raise unsigned
    if not _HASH.match(digest):
        raise ValueError(f"digest must be 64 lowercase hex digits, not {digest!r}")


# ---- content to flowables ------------------------------------------------------------------------


class _SlipLayout(TypeSetter):
    """Turns slip content into flowables for one paper format and language; collects missing glyphs."""

    def __init__(self, content: dict, fmt: SlipFormat, font: SlipFont, tr: Callable[..., str],
                 language: str, signatures: dict[str, Strokes | None], digest: str | None,
                 copy_number: int, draft: bool, logo: bytes | None) -> None:
        super().__init__(font, _GEOMETRY[fmt].body)
        self.content = content
        self.fmt = fmt
        self.tr = tr
        self.language = language
        self.chinese = language.startswith("zh")  # full-width colons and brackets
        self.signatures = signatures
        self.digest = digest
        self.copy_number = copy_number
        self.draft = draft
        self.logo = logo
        self.geo = _GEOMETRY[fmt]
        # Thermal printers dither grey into ragged dots: rolls print everything black.
        self.muted = black if fmt.is_roll else GREY
        self.frame_width = self.geo.page_width - 2 * self.geo.margin

    # -- text ------------------------------------------------------------------------------------

    def pair(self, label: str, value: object, size: float | None = None) -> Paragraph:
        """'label：value' in one paragraph (rolls)."""
        colon = "：" if self.chinese else ": "
        return Paragraph(f'{self.markup(label + colon)}{self.markup(value)}', self.style(size))

    # -- the slip --------------------------------------------------------------------------------

    def flowables(self) -> list[Flowable]:
        roll = self.fmt.is_roll
        story: list[Flowable] = []
        story += self.header()
        story += self.title_block()
        if self.content.get("revision", 1) >= 2 and self.content.get("supersedes"):
            story += self.correction()
        story += self.people_and_product()
        story += self.fault_and_repair()
        story += self.parts()
        story += self.charges()
        if roll:
            story += self.terms() + self.signature_block()
        else:  # the customer signs under the terms: they stay on one page
            story.append(KeepTogether(self.terms() + self.signature_block()))
        if roll and self.mark_text():
            story += [Spacer(1, 2 * mm), self.mark_box()]
        return story

    def mark_text(self) -> str:
        """'DRAFT - NOT SIGNED', 'COPY n' (both when both apply), or ''."""
        marks = []
        if self.draft:
            marks.append(self.tr("DRAFT - NOT SIGNED"))
        if self.copy_number >= 1:
            marks.append(self.tr("COPY {n}", n=self.copy_number))
        return "  ".join(marks)

    def mark_box(self, align: str = "CENTER") -> Flowable:
        """The draft/copy mark, boxed."""
        text = self.mark_text()
        size = self.geo.heading + 1
        inner = Paragraph(self.markup(text, bold=True), self.style(size, TA_CENTER))
        width = min(self.frame_width, self.text_width(text, size) + 6 * mm)
        box = self.table([[inner]], colWidths=[width], hAlign=align)
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, black),
                                 ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return box

    def header(self) -> list[Flowable]:
        outlet = self.content.get("outlet") or {}
        geo = self.geo
        roll = self.fmt.is_roll
        align = TA_CENTER if roll else TA_LEFT
        lines: list[Flowable] = [self.para(outlet.get("name") or outlet.get("code") or "", geo.outlet, align,
                                           bold=True)]
        contact = []
        if outlet.get("address"):
            contact.append(outlet["address"])
        if outlet.get("phone"):
            contact.append(self.tr("Phone {phone}", phone=outlet["phone"]))
        if contact:
            if roll:
                lines += [self.para(text, geo.small, align, color=self.muted) for text in contact]
            else:
                lines.append(self.para("    ".join(contact), geo.small, align, color=self.muted))
        logo = self.logo_image(12 * mm if roll else 16 * mm, self.frame_width * (0.5 if roll else 0.25))
        story: list[Flowable] = []
        if roll:
            if logo is not None:
                logo.hAlign = "CENTER"
                story += [logo, Spacer(1, 1.5 * mm)]
            story += lines
            if self.mark_text():
                story += [Spacer(1, 2 * mm), self.mark_box()]
            return story
        title: list[Flowable] = [self.para(self.tr("Repair slip"), geo.title, TA_RIGHT, bold=True)]
        if self.mark_text():
            title += [Spacer(1, 1.5 * mm), self.mark_box("RIGHT")]
        title_width = max(self.text_width(self.tr("Repair slip"), geo.title),
                          self.text_width(self.mark_text(), geo.heading + 1) + 8 * mm) + 2 * mm
        logo_width = (logo.drawWidth + 4 * mm) if logo is not None else 0.0
        row = ([logo] if logo is not None else []) + [lines, title]
        widths = ([logo_width] if logo is not None else []) + [self.frame_width - logo_width - title_width,
                                                              title_width]
        table = self.table([row], colWidths=widths)
        table.setStyle(TableStyle([*tight(0, 0, valign="MIDDLE").getCommands(),
                                   ("ALIGN", (-1, 0), (-1, 0), "RIGHT")]))
        return [table, Spacer(1, 2 * mm), HRFlowable(width="100%", thickness=1.2, color=black,
                                                     spaceBefore=0, spaceAfter=2 * mm)]

    def logo_image(self, max_height: float, max_width: float) -> Image | None:
        if not self.logo:
            return None
        try:
            width, height = ImageReader(io.BytesIO(self.logo)).getSize()
        except Exception as exc:  # noqa: BLE001 - PIL raises many kinds for a broken image
            raise ValidationError.single("logo", "The outlet logo cannot be read ({reason}): choose a PNG or "
                                         "JPEG file in Settings.", reason=type(exc).__name__) from exc
        scale = min(max_height / height, max_width / width)
        return Image(io.BytesIO(self.logo), width * scale, height * scale)

    def title_block(self) -> list[Flowable]:
        c = self.content
        tr = self.tr
        geo = self.geo
        job = c.get("job") or {}
        facts = [(tr("Slip number"), c.get("number", "")),
                 (tr("Revision"), str(c.get("revision", 1))),
                 (tr("Issued"), _local_time(c.get("issued_at"))),
                 (tr("Job number"), job.get("number", ""))]
        if job.get("created_at"):
            facts.append((tr("Taken in"), _local_time(job["created_at"])))
        if self.fmt.is_roll:
            story: list[Flowable] = [Spacer(1, 2 * mm), self.para(tr("Repair slip"), geo.title, TA_CENTER,
                                                                  bold=True, space_after=1.5 * mm)]
            story += [self.pair(label, value) for label, value in facts if value]
            return story
        # One row of small labels over their values, across the page.
        facts = [(label, value) for label, value in facts if value]
        widths = [max(self.text_width(label, geo.small), self.text_width(value, geo.body)) + 7 * mm
                  for label, value in facts]
        if sum(widths) > self.frame_width:
            widths = [w * self.frame_width / sum(widths) for w in widths]
        else:
            widths[-1] += self.frame_width - sum(widths)
        table = self.table([[self.cell(label, geo.small, color=self.muted) for label, _ in facts],
                            [self.cell(value, geo.body) for _, value in facts]], colWidths=widths, padding=0)
        table.setStyle(tight(0, 0.3))
        return [table, Spacer(1, 2 * mm)]

    def correction(self) -> list[Flowable]:
        c = self.content
        previous = c.get("supersedes") or {}
        text = self.tr("Revision {revision} — replaces revision {previous} (hash {hash}…) — reason: {reason}",
                       revision=c.get("revision"), previous=previous.get("revision", ""),
                       hash=str(previous.get("hash", ""))[:8], reason=c.get("correction_reason") or "-")
        box = self.table([[self.para(text, self.geo.body)]], colWidths=[self.frame_width])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, black), ("BACKGROUND", (0, 0), (-1, -1), SHADE)]))
        return [Spacer(1, 1 * mm), box, Spacer(1, 2 * mm)]

    def section(self, title: str, in_cell: bool = False) -> list[Flowable]:
        """A section heading with a rule under it (``in_cell``: inside a table cell, no page break)."""
        geo = self.geo
        heading = self.para(title, geo.heading, bold=True, space_before=2.2 * mm if self.fmt.is_roll else 2.5 * mm)
        rule = HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=0.6, spaceAfter=1.2 * mm,
                          dash=(1.5, 1.5) if self.fmt.is_roll else None)
        if self.fmt.is_roll or in_cell:
            return [heading, rule]
        # Never a heading alone at the foot of a sheet: a new page unless it and some lines fit.
        # (keepWithNext would move a whole parts table to the next page, leaving a blank half page.)
        return [CondPageBreak(heading.wrap(self.frame_width, 1000)[1] + geo.heading + 4 * geo.body), heading, rule]

    def facts(self, rows: Sequence[tuple[str, object]], width: float) -> list[Flowable]:
        """Label/value lines: a two-column table on sheets, 'label：value' paragraphs on rolls."""
        rows = [(label, value) for label, value in rows if value not in (None, "")]
        if not rows:
            return []
        if self.fmt.is_roll:
            return [self.pair(label, value) for label, value in rows]
        geo = self.geo
        label_width = min(width * 0.34, max(self.text_width(label, geo.body) for label, _ in rows) + 10)
        table = self.table([[self.cell(label, color=self.muted), self.cell(value)] for label, value in rows],
                           colWidths=[label_width, width - label_width], padding=0)
        table.setStyle(tight(0, 0.6))
        return [table]

    def people_and_product(self) -> list[Flowable]:
        c = self.content
        tr = self.tr
        customer = c.get("customer") or {}
        product = c.get("product") or {}
        customer_rows = [(tr("Customer name"), customer.get("name")), (tr("Company"), customer.get("company")),
                         (tr("Phone"), customer.get("phone")), (tr("Address"), customer.get("address"))]
        product_rows = [(tr("Product"), " ".join(str(product.get(k) or "") for k in ("brand", "model")).strip()),
                        (tr("Product name"), product.get("name")),
                        (tr("Type"), _enum_label(ProductType, product.get("type"), tr)),
                        (tr("Serial / batch"), product.get("serial"))]
        if self.fmt.is_roll:
            return (self.section(tr("Customer")) + self.facts(customer_rows, self.frame_width)
                    + self.section(tr("Product")) + self.facts(product_rows, self.frame_width))
        gap = 6 * mm
        half = (self.frame_width - gap) / 2
        left = self.section(tr("Customer"), in_cell=True) + self.facts(customer_rows, half)
        right = self.section(tr("Product"), in_cell=True) + self.facts(product_rows, half)
        table = self.table([[left, "", right]], colWidths=[half, gap, half])
        table.setStyle(tight(0, 0, valign="TOP"))
        return [table]

    def fault_and_repair(self) -> list[Flowable]:
        c = self.content
        tr = self.tr
        fault = c.get("fault") or {}
        repair = c.get("repair") or {}
        category = _enum_label(FaultCategory, fault.get("category"), tr)
        reported = ("：" if self.chinese else " — ").join(
            part for part in (category, fault.get("description") or "") if part)
        test = repair.get("test_performed") or ""
        if "test_passed" in repair:
            verdict = tr("Passed") if repair.get("test_passed") else tr("Failed")
            test = f"{test}（{verdict}）" if self.chinese else f"{test} ({verdict})"
        confirmed = repair.get("fault_confirmed")
        rows = [(tr("Reported fault"), reported),
                (tr("Fault symptom"), repair.get("symptom")),
                (tr("Fault confirmed"), None if confirmed is None else (tr("Yes") if confirmed else tr("No"))),
                (tr("Diagnosis"), repair.get("diagnosis")),
                (tr("Repair process"), repair.get("work_done")),
                (tr("Post-repair test"), test.strip()),
                (tr("Outcome"), _enum_label(RepairOutcome, repair.get("outcome"), tr)),
                (tr("Technician"), repair.get("technician")),
                (tr("Repaired at"), _local_time(repair.get("recorded_at")))]
        return self.section(tr("Fault and repair")) + self.facts(rows, self.frame_width)

    def parts(self) -> list[Flowable]:
        tr = self.tr
        parts = self.content.get("parts") or []
        story = self.section(tr("Parts replaced"))
        if not parts:
            return story + [self.para(tr("No parts replaced."), color=self.muted)]
        if self.fmt.is_roll:
            for index, part in enumerate(parts, 1):
                name = " ".join(str(part.get(k) or "") for k in ("name", "model")).strip()
                story.append(self.para(f"{index}. {name}"))
                story.append(self.para(tr("{qty} × {price} = {amount}", qty=part.get("quantity", 0),
                                          price=format_fen(int(part.get("unit_price_fen", 0))),
                                          amount=format_fen(int(part.get("amount_fen", 0)))),
                                       align=TA_RIGHT, space_after=0.8 * mm))
            return story
        geo = self.geo
        w = self.frame_width
        number_w = self.text_width("00", geo.body) + 8
        qty_w = max(self.text_width(tr("Qty"), geo.body), self.text_width("000", geo.body)) + 10
        money_w = max([self.text_width(tr("Unit price"), geo.body), self.text_width(tr("Amount"), geo.body)]
                      + [self.text_width(format_fen(int(part.get(key, 0))), geo.body)
                         for part in parts for key in ("unit_price_fen", "amount_fen")]) + 10
        # The model column is as wide as the longest model (within 15-30 % of the width).
        model_w = max([self.text_width(part.get("model", ""), geo.body) for part in parts]
                      + [self.text_width(tr("Model"), geo.body)]) + 6
        model_w = min(max(model_w, w * 0.15), w * 0.3)
        name_w = w - number_w - qty_w - 2 * money_w - model_w
        header = [self.cell("#", bold=True), self.cell(tr("Model"), bold=True), self.cell(tr("Part"), bold=True),
                  self.cell(tr("Qty"), align=TA_RIGHT, bold=True),
                  self.cell(tr("Unit price"), align=TA_RIGHT, bold=True),
                  self.cell(tr("Amount"), align=TA_RIGHT, bold=True)]
        rows = [header]
        for index, part in enumerate(parts, 1):
            rows.append([self.cell(index), self.cell(part.get("model", "")), self.cell(part.get("name", "")),
                         self.cell(part.get("quantity", 0), align=TA_RIGHT),
                         self.cell(format_fen(int(part.get("unit_price_fen", 0))), align=TA_RIGHT),
                         self.cell(format_fen(int(part.get("amount_fen", 0))), align=TA_RIGHT)])
        table = self.table(rows, colWidths=[number_w, model_w, name_w, qty_w, money_w, money_w], repeatRows=1,
                           padding=3)
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, black),
                 ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                 ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                 ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                 ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        table.setStyle(TableStyle(style))
        return story + [table]

    def charges(self) -> list[Flowable]:
        c = self.content
        tr = self.tr
        labour = c.get("labour") or {}
        totals = c.get("totals") or {}
        labour_detail = tr("{minutes} min × {rate}/h", minutes=labour.get("minutes", 0),
                           rate=format_fen(int(labour.get("rate_fen_per_hour", 0))))
        rows = [(tr("Parts"), "", totals.get("parts_fen", 0)),
                (tr("Labour cost"), labour_detail, labour.get("amount_fen", totals.get("labour_fen", 0)))]
        total = totals.get("total_fen", 0)
        currency = c.get("currency") or "CNY"
        geo = self.geo
        if self.fmt.is_roll:
            story = self.section(tr("Charges"))
            data = []
            for label, detail, amount in rows:
                data.append([self.cell(label), self.cell(format_fen(int(amount)), align=TA_RIGHT)])
                if detail:
                    data.append([self.cell(detail, geo.small, color=self.muted), ""])
            data.append([self.cell(tr("Total ({currency})", currency=currency), geo.heading, bold=True),
                         self.cell(format_fen(int(total)), geo.heading, TA_RIGHT, bold=True)])
            amount_w = self.text_width(format_fen(int(total)), geo.heading) + 6
            table = self.table(data, colWidths=[self.frame_width - amount_w, amount_w], padding=0)
            spans = [("SPAN", (0, i), (1, i)) for i, row in enumerate(data) if row[1] == ""]
            table.setStyle(TableStyle([*tight(0, 0.6).getCommands(), *spans,
                                       ("LINEABOVE", (0, -1), (-1, -1), 0.8, black),
                                       ("TOPPADDING", (0, -1), (-1, -1), 2)]))
            return story + [table]
        # Columns as wide as their widest text (6 pt of padding each), right-aligned under the parts.
        total_label = tr("Total ({currency})", currency=currency)
        label_w = max([self.text_width(label, geo.body) for label, _, _ in rows]
                      + [self.text_width(total_label, geo.heading)]) + 6 + 4 * mm
        detail_w = max(self.text_width(detail, geo.body) for _, detail, _ in rows) + 6 + 4 * mm
        amount_w = max(self.text_width(format_fen(int(a)), geo.heading) for a in (*(r[2] for r in rows), total)) + 6
        amount_w = max(amount_w, self.frame_width * 0.16)
        data = [[self.cell(label), self.cell(detail, color=self.muted), self.cell(format_fen(int(amount)), align=TA_RIGHT)]
                for label, detail, amount in rows]
        data.append([self.cell(total_label, geo.heading, bold=True), "",
                     self.cell(format_fen(int(total)), geo.heading, TA_RIGHT, bold=True)])
        table = self.table(data, colWidths=[label_w, detail_w, amount_w], hAlign="RIGHT", padding=3)
        table.setStyle(TableStyle([*tight(3, 1).getCommands(), ("LINEABOVE", (0, -1), (-1, -1), 0.8, black),
                                   ("TOPPADDING", (0, -1), (-1, -1), 3)]))
        return [Spacer(1, 2 * mm), table]

    def terms(self) -> list[Flowable]:
        terms = self.content.get("terms") or {}
        text = terms.get(self.language) or ""
        if not text.strip():
            text = next((t for t in terms.values() if (t or "").strip()), "")
        if not text.strip():
            return []
        if self.fmt.is_roll:
            return self.section(self.tr("Service terms")) + [self.para(text.strip(), self.geo.small, color=self.muted)]
        # On sheets a lead-in instead of a heading: the terms sit just above the signatures.
        colon = "：" if self.chinese else ": "
        lead = self.markup(self.tr("Service terms") + colon, bold=True)
        return [Spacer(1, 2 * mm), Paragraph(f"{lead}{self.markup(text.strip())}",
                                             self.style(self.geo.small, color=self.muted))]

    def signature_block(self) -> list[Flowable]:
        """Both signatures (side by side on sheets, stacked on rolls) and the QR code."""
        tr = self.tr
        roll = self.fmt.is_roll
        blocks = [self.signature(role) for role in ROLES]
        qr = self.qr_block() if self.digest else None
        if roll:
            story = self.section(tr("Signatures")) + blocks[0] + [Spacer(1, 3 * mm)] + blocks[1]
            if qr:
                story += [Spacer(1, 3 * mm)] + qr
            return story
        gap = 6 * mm
        qr_w = self.geo.qr + 4 * mm if qr else 0.0
        sig_w = (self.frame_width - qr_w - 2 * gap) / 2
        row = [blocks[0], "", blocks[1]] + (["", qr] if qr else [])
        widths = [sig_w, gap, sig_w] + ([gap, qr_w] if qr else [])
        table = self.table([row], colWidths=widths)
        table.setStyle(tight(0, 0, valign="BOTTOM"))
        return [Spacer(1, 3 * mm), table]

    def signature(self, role: str) -> list[Flowable]:
        tr = self.tr
        geo = self.geo
        recorded = (self.content.get("signatures") or {}).get(role) or {}
        fallback = ((self.content.get("customer") or {}).get("name") if role == "customer"
                    else (self.content.get("repair") or {}).get("technician"))
        name = recorded.get("name") or fallback or ""
        label = tr("Customer signature") if role == "customer" else tr("Technician signature")
        box: Flowable
        if self.draft:
            box = SignatureBox(geo.signature)
        elif recorded.get("method") == SignatureMethod.TYPED:
            note = (tr("Typed name, confirmed by the customer") if role == "customer"
                    else tr("Typed name, confirmed by the technician"))
            typed = Paragraph(f"{self.markup(name)}<br/><font size=\"{geo.small}\" color=\"#{self.muted.hexval()[2:]}\">"
                              f"{self.markup(note)}</font>",
                              self.style(geo.title, TA_CENTER, leading=geo.title * 1.3))
            box = SignatureBox(geo.signature, typed=typed)
        else:
            box = SignatureBox(geo.signature, strokes=self.signatures.get(role))
        signed_at = "" if self.draft else _local_time(recorded.get("signed_at"))
        under = f"{label}：{name}" if self.chinese else f"{label}: {name}"
        story: list[Flowable] = [box, self.para(under, geo.body, space_before=1)]
        if signed_at:
            story.append(self.para(tr("Signed {time}", time=signed_at), geo.small, color=self.muted))
        elif self.draft:
            story.append(self.para(tr("Not signed"), geo.small, color=self.muted))
        return story

    def qr_block(self) -> list[Flowable]:
        assert self.digest is not None
        c = self.content
        drawing = QrCode(qr_payload(str(c.get("number", "")), int(c.get("revision", 1)), self.digest), self.geo.qr)
        drawing.hAlign = "CENTER"
        short = " ".join(self.digest[i:i + 4] for i in range(0, 12, 4))  # 48 bits: enough to compare by eye
        return [drawing, self.para(self.tr("Check code {code}", code=short), self.geo.small, TA_CENTER,
                                   color=self.muted)]

    # -- page decoration -------------------------------------------------------------------------

    def footer_runs(self, page: int, pages: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        c = self.content
        left = f"{c.get('number', '')}  ·  {self.tr('Revision')} {c.get('revision', 1)}"
        if self.copy_number:
            left += "  ·  " + self.tr("COPY {n}", n=self.copy_number)
        right = self.tr("Page {page} / {pages}", page=page, pages=pages)
        return font_runs(self.font, left), font_runs(self.font, right)


# ---- building the PDF ----------------------------------------------------------------------------


def _build_sheets(slip: _SlipLayout, story: list[Flowable]) -> tuple[bytes, tuple[float, float], int]:
    """A4/A5: flow over pages; watermark under the content; number and 'n / m' in every footer."""
    geo = slip.geo
    font = slip.font
    size = (geo.page_width, geo.page_height or 0.0)
    watermark = slip.mark_text()

    def on_page(canvas: Canvas, _doc: object) -> None:
        if watermark:
            canvas.saveState()
            canvas.setFillColor(_WATERMARK)
            canvas.translate(size[0] / 2, size[1] / 2)
            canvas.rotate(35)
            big = min(64.0, size[0] * 0.85 / max(1.0, slip.text_width(watermark, 1)))
            draw_runs(canvas, 0, -big / 3, font_runs(font, watermark), big, "center")
            canvas.restoreState()

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        left, right = slip.footer_runs(page, pages)
        draw_footer_line(canvas, size[0], geo.margin, geo.small, left, right)

    pdf, pages = build_sheets(story, size, geo.margin, geo.small + 4, _metadata(slip), footer, on_page)
    return pdf, size, pages


def _build_roll(slip: _SlipLayout, story: list[Flowable]) -> tuple[bytes, tuple[float, float], int]:
    """80/58 mm: one page as long as the content, each flowable wrapped once and drawn in place."""
    geo = slip.geo
    width = slip.frame_width
    placed: list[tuple[Flowable, float, float, float, float]] = []  # flowable, w, h, before, after
    total = 0.0
    for index, flowable in enumerate(story):
        w, h = flowable.wrap(width, 1_000_000)
        before = flowable.getSpaceBefore() if index else 0.0
        after = flowable.getSpaceAfter()
        placed.append((flowable, w, h, before, after))
        total += before + h + after
    height = 2 * geo.margin + total + _ROLL_SLACK
    buffer = io.BytesIO()
    meta = _metadata(slip)
    canvas = Canvas(buffer, pagesize=(geo.page_width, height), invariant=1,
                    initialFontName=slip.font.name, initialFontSize=geo.body)
    canvas.setTitle(meta["title"])
    canvas.setAuthor(meta["author"])
    canvas.setSubject(meta["subject"])
    canvas.setCreator(meta["creator"])
    y = height - geo.margin
    for flowable, w, h, before, after in placed:
        y -= before + h
        align = getattr(flowable, "hAlign", "LEFT")
        x = geo.margin + {"CENTER": (width - w) / 2, "CENTRE": (width - w) / 2, "RIGHT": width - w}.get(align, 0.0)
        flowable.drawOn(canvas, x, y)
        y -= after
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), (geo.page_width, height), 1


def _metadata(slip: _SlipLayout) -> dict:
    c = slip.content
    outlet = c.get("outlet") or {}
    return pdf_metadata(f"{slip.tr('Repair slip')} {c.get('number', '')}",
                        str(outlet.get("name") or outlet.get("code") or ""),
                        f"{c.get('number', '')} / {c.get('revision', 1)}", slip.font.name, slip.geo.body)


def _local_time(value: object) -> str:
    """'2026-11-27 10:51' for '2026-11-27T10:51:00+08:00' (the local time the slip was written in)."""
    if not value:
        return ""
    try:
        return datetime.fromisoformat(str(value)).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return str(value)


def _enum_label(enum: type, value: object, tr: Callable[..., str]) -> str:
    try:
        return tr(enum(value).label)
    except ValueError:
        return str(value or "")

