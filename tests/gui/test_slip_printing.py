"""Slip PDFs print through Qt on their exact paper, at the printer's resolution, or fail clearly."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSizeF
from PySide6.QtGui import QImage, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from aftersales_desktop.domain.slips import SlipFormat
from aftersales_desktop.gui import slip_printing
from aftersales_desktop.gui.slip_printing import (PrintFailed, choose_printer_and_print, last_printer,
                                                  page_size_for, preview, print_pdf, render_dpi,
                                                  save_pdf)

A4_WIDTH_PT, A4_HEIGHT_PT = 595.28, 841.89
ROLL_WIDTH_PT, ROLL_HEIGHT_PT = 80 * 72 / 25.4, 150 * 72 / 25.4


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path):
    """Remembered printers and folders go to the test's folder, not the user's configuration.

    (QPrinter needs the QApplication, hence ``qapp`` for tests that use no ``qtbot``.)
    """
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


def a4_pdf() -> bytes:
    """Two A4 pages, each with a black block in its top-left quarter and a page number."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    for number in (1, 2):
        page.rect(40, A4_HEIGHT_PT - 240, 200, 200, stroke=0, fill=1)  # 40..240 pt from top-left
        page.setFont("Helvetica-Bold", 48)
        page.drawString(300, 400, f"Page {number}")
        page.showPage()
    page.save()
    return out.getvalue()


def roll_pdf(height_mm: float = 150) -> bytes:
    """One 80 mm roll page with a full-height black bar down its left edge."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(80 * mm, height_mm * mm))
    page.rect(5 * mm, 5 * mm, 10 * mm, (height_mm - 10) * mm, stroke=0, fill=1)
    page.setFont("Helvetica", 12)
    page.drawString(20 * mm, 100 * mm, "Repair slip")
    page.showPage()
    page.save()
    return out.getvalue()


def pdf_printer(path: Path) -> QPrinter:
    """Qt's own PDF backend: a real printer that works offscreen."""
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """(width, height) in points of every page, as poppler reads them."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(path)], capture_output=True,
                          text=True, check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]


def rasterise(path: Path, tmp_path: Path, dpi: int = 50) -> list[QImage]:
    """Every page as poppler draws it, in grey scale."""
    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(path), str(prefix)], check=True)
    return [QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
            for png in sorted(tmp_path.glob("page*.png"))]


def dark_share(image: QImage, left: float, top: float, right: float, bottom: float) -> float:
    """The share of dark pixels in the part of ``image`` between the given fractions."""
    x0, x1 = int(left * image.width()), int(right * image.width())
    y0, y1 = int(top * image.height()), int(bottom * image.height())
    data = bytes(image.constBits())
    line = image.bytesPerLine()
    dark = sum(1 for y in range(y0, y1) for value in data[y * line + x0:y * line + x1] if value < 100)
    return dark / max(1, (x1 - x0) * (y1 - y0))


def test_an_a4_slip_prints_every_page_on_a4_in_place(tmp_path):
    out = tmp_path / "out.pdf"
    print_pdf(a4_pdf(), pdf_printer(out), SlipFormat.A4)
    sizes = page_sizes(out)
    assert len(sizes) == 2
    for width, height in sizes:
        assert width == pytest.approx(A4_WIDTH_PT, abs=1) and height == pytest.approx(A4_HEIGHT_PT, abs=1)
    pages = rasterise(out, tmp_path)
    assert len(pages) == 2
    for image in pages:
        # The block sits at 40..240 pt from the top-left corner: full page, no margins, upright.
        assert dark_share(image, 80 / A4_WIDTH_PT, 80 / A4_HEIGHT_PT, 200 / A4_WIDTH_PT,
                          200 / A4_HEIGHT_PT) > 0.95
        assert dark_share(image, 0.6, 0.6, 0.95, 0.95) == 0
        assert dark_share(image, 0.45, 0.45, 0.95, 0.6) > 0.01  # "Page n"


def test_a_roll_slip_prints_on_paper_exactly_80_mm_wide_and_as_long_as_the_slip(tmp_path):
    out = tmp_path / "out.pdf"
    print_pdf(roll_pdf(), pdf_printer(out), SlipFormat.ROLL_80)
    [(width, height)] = page_sizes(out)
    assert width == pytest.approx(ROLL_WIDTH_PT, abs=1)
    assert height == pytest.approx(ROLL_HEIGHT_PT, abs=1)
    [image] = rasterise(out, tmp_path)
    # The bar (5..15 mm across, 5..145 mm down) is solid from top to bottom.
    assert dark_share(image, 7 / 80, 8 / 150, 13 / 80, 142 / 150) > 0.95
    assert dark_share(image, 0.5, 0.02, 0.95, 0.3) == 0


def test_pages_rendered_in_bands_join_without_gaps(tmp_path, monkeypatch):
    monkeypatch.setattr(slip_printing, "MAX_BAND_BYTES", 64 * 1024)  # dozens of bands per page
    out = tmp_path / "out.pdf"
    print_pdf(roll_pdf(), pdf_printer(out), SlipFormat.ROLL_80)
    [image] = rasterise(out, tmp_path, dpi=100)
    assert dark_share(image, 7 / 80, 8 / 150, 13 / 80, 142 / 150) > 0.97
    assert dark_share(image, 0.5, 0.02, 0.95, 0.3) == 0


def embedded_images(path: Path) -> list[dict[str, str]]:
    """The images in a PDF as poppler lists them (width, height, color, enc, x-ppi, ...)."""
    lines = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    header = lines[0].split()
    return [dict(zip(header, line.split())) for line in lines[2:]]


@pytest.mark.parametrize(("printer_dpi", "image_ppi"), [(203, 203), (1200, 600)])
def test_a_roll_is_rasterised_at_the_printers_resolution_in_lossless_grey(tmp_path, printer_dpi,
                                                                          image_ppi):
    out = tmp_path / "out.pdf"
    printer = pdf_printer(out)
    printer.setResolution(printer_dpi)
    print_pdf(roll_pdf(), printer, SlipFormat.ROLL_80)
    [image] = embedded_images(out)
    assert int(image["x-ppi"]) == pytest.approx(image_ppi, abs=1)
    assert int(image["width"]) == pytest.approx(80 / 25.4 * image_ppi, abs=1)
    # Thermal output in grey, and no JPEG smear around the text and QR code.
    assert image["color"] == "gray" and image["enc"] != "jpeg"


def test_a_sheet_is_rasterised_without_jpeg_smear(tmp_path):
    out = tmp_path / "out.pdf"
    print_pdf(a4_pdf(), pdf_printer(out), SlipFormat.A4)
    assert [image["enc"] for image in embedded_images(out)] == ["image", "image"]


def test_slips_render_at_the_printers_resolution_within_limits():
    printer = QPrinter()
    for reported, used in ((203, 203), (600, 600), (1200, 600), (96, 200)):
        printer.setResolution(reported)
        assert render_dpi(printer, SlipFormat.A4) == used


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_cannot_be_opened_fails_clearly_and_writes_nothing(tmp_path):
    out = tmp_path / "gone" / "out.pdf"
    with pytest.raises(PrintFailed) as failure:
        print_pdf(a4_pdf(), pdf_printer(out), SlipFormat.A4)
    assert failure.value.message == (f"The file {out} could not be written. Choose another folder, "
                                     "or check that the drive is connected.")
    assert not out.parent.exists()


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_went_away_is_named_in_the_message():
    printer = QPrinter()
    printer.setPrinterName("Thermal desk 2")  # not installed: Qt falls back to an unusable printer
    with pytest.raises(PrintFailed, match="printer is not available. Check that it is switched on"):
        print_pdf(roll_pdf(), printer, SlipFormat.ROLL_80)


def test_a_print_that_breaks_off_leaves_no_half_file(tmp_path, monkeypatch):
    out = tmp_path / "out.pdf"
    drawn = []

    def draw_then_break(*args):
        drawn.append(args[3])
        if len(drawn) == 2:
            raise MemoryError

    monkeypatch.setattr(slip_printing, "_draw_page", draw_then_break)
    with pytest.raises(MemoryError):
        print_pdf(a4_pdf(), pdf_printer(out), SlipFormat.A4)
    assert drawn == [0, 1] and not out.exists()


def test_a_damaged_pdf_is_refused(tmp_path):
    out = tmp_path / "out.pdf"
    with pytest.raises(PrintFailed, match="damaged"):
        print_pdf(b"%PDF-1.4 not really", pdf_printer(out), SlipFormat.A4)
    assert not out.exists()


def test_roll_page_sizes_are_exact_and_sheets_standard():
    roll = page_size_for(SlipFormat.ROLL_58, (164.41, 123.4 * 72 / 25.4))
    assert roll.id() == QPageSize.PageSizeId.Custom
    size = roll.size(QPageSize.Unit.Millimeter)
    assert (size.width(), size.height()) == pytest.approx((58, 123.4))
    # 80 x 114.5 mm is within Qt's fuzzy reach of envelope C7 (81 x 114); the slip keeps its size.
    assert QPageSize(QSizeF(80, 114.5), QPageSize.Unit.Millimeter).id() == QPageSize.PageSizeId.EnvelopeC7
    near = page_size_for(SlipFormat.ROLL_80, (226.77, 114.5 * 72 / 25.4))
    assert near.id() == QPageSize.PageSizeId.Custom
    assert near.size(QPageSize.Unit.Millimeter).width() == pytest.approx(80)
    assert page_size_for(SlipFormat.A4, None).id() == QPageSize.PageSizeId.A4
    assert page_size_for(SlipFormat.A5, (420, 595)).id() == QPageSize.PageSizeId.A5
    with pytest.raises(ValueError):
        page_size_for(SlipFormat.ROLL_80, None)


def test_preview_prints_the_pages_it_is_asked_to_paint(tmp_path, monkeypatch):
    out = tmp_path / "preview.pdf"
    seen = {}

    def fake_exec(dialog):
        seen["title"] = dialog.windowTitle()
        seen["paper"] = dialog.printer().pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
        dialog.paintRequested.emit(pdf_printer(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    assert preview(None, roll_pdf(), SlipFormat.ROLL_80, "Slip SH01-R202611-0001") is True
    assert seen["title"] == "Slip SH01-R202611-0001"
    assert (seen["paper"].width(), seen["paper"].height()) == pytest.approx((80, 150))
    [(width, height)] = page_sizes(out)
    assert width == pytest.approx(ROLL_WIDTH_PT, abs=1)


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_preview_reports_a_failed_print(tmp_path, monkeypatch, boxes):
    def fake_exec(dialog):
        dialog.paintRequested.emit(pdf_printer(tmp_path / "gone" / "out.pdf"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    assert preview(None, a4_pdf(), SlipFormat.A4, "Slip") is False
    assert [kind for kind, _text in boxes] == ["warning"]
    assert "could not be written" in boxes[0][1]


def chosen_printer(path: Path, answer=QDialog.DialogCode.Accepted, seen: dict | None = None):
    """A QPrintDialog.exec stand-in: the user picks printing to ``path``."""
    def fake_exec(dialog):
        printer = dialog.printer()
        if seen is not None:
            seen["paper"] = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return answer
    return fake_exec


def test_choose_printer_and_print(tmp_path, monkeypatch, boxes):
    out = tmp_path / "out.pdf"
    seen: dict = {}
    monkeypatch.setattr(QPrintDialog, "exec", chosen_printer(out, seen=seen))
    assert choose_printer_and_print(None, a4_pdf(), SlipFormat.A4) is True
    assert seen["paper"].width() == pytest.approx(210)  # the dialog opens on the slip's paper
    assert len(page_sizes(out)) == 2
    assert boxes == []
    assert last_printer(SlipFormat.A4) is None  # printing to a file is not a printer to remember


def test_cancelling_the_print_dialog_prints_nothing(tmp_path, monkeypatch):
    out = tmp_path / "out.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", chosen_printer(out, QDialog.DialogCode.Rejected))
    assert choose_printer_and_print(None, roll_pdf(), SlipFormat.ROLL_80) is False
    assert not out.exists()


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_failed_print_is_reported_not_raised(tmp_path, monkeypatch, boxes):
    monkeypatch.setattr(QPrintDialog, "exec", chosen_printer(tmp_path / "gone" / "out.pdf"))
    assert choose_printer_and_print(None, roll_pdf(), SlipFormat.ROLL_80) is False
    assert boxes and boxes[0][0] == "warning" and "could not be written" in boxes[0][1]


def test_a_remembered_printer_is_stored_per_format():
    QSettings().setValue(slip_printing.printer_key(SlipFormat.ROLL_58), "Thermal desk 2")
    assert last_printer(SlipFormat.ROLL_58) == "Thermal desk 2"
    assert last_printer(SlipFormat.ROLL_80) is None


def test_save_pdf_writes_the_whole_file(tmp_path, monkeypatch):
    pdf = a4_pdf()
    folder = tmp_path / "slips"
    folder.mkdir()
    offered = {}

    def fake_dialog(_parent, _title, start, _filter):
        offered["start"] = start
        return str(folder / "SH01-R202611-0001"), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    saved = save_pdf(None, pdf, "SH01-R202611-0001.pdf")
    assert saved == str(folder / "SH01-R202611-0001.pdf")
    assert Path(saved).read_bytes() == pdf
    assert sorted(os.listdir(folder)) == ["SH01-R202611-0001.pdf"]  # no temporary file left
    assert offered["start"].endswith("SH01-R202611-0001.pdf")
    save_pdf(None, pdf, "next.pdf")
    assert offered["start"] == str(folder / "next.pdf")  # the next save starts where this one went


def test_save_pdf_cancelled_or_failing(tmp_path, monkeypatch, boxes):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert save_pdf(None, a4_pdf(), "slip.pdf") is None
    assert boxes == []
    target = tmp_path / "missing" / "slip.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    assert save_pdf(None, a4_pdf(), "slip.pdf") is None
    assert boxes[0][0] == "warning" and str(target) in boxes[0][1]


def test_importing_the_module_does_not_load_qtpdf():
    probe = ("import sys, aftersales_desktop.gui.slip_printing; "
             "print('PySide6.QtPdf' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == "False"
