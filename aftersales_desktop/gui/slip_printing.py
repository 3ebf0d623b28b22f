"""Print, preview and save slip PDFs through Qt: exact roll sizes, rendered at the printer's resolution.

The slip renderer hands over PDF bytes; QtPdf rasterises each page for the printer. QtPdf lives in
its own wheel (PySide6-Pdf) and is imported only when a slip is printed, to keep start-up fast.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from PySide6.QtCore import (QBuffer, QByteArray, QFileInfo, QIODevice, QMarginsF, QRect, QRectF,
                            QSettings, QSize, QSizeF, QStandardPaths)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from aftersales_desktop.domain.slips import SlipFormat
from aftersales_desktop.fileio import write_atomically
from aftersales_desktop.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument

#: Trap 4: an A4 page at 1200 dpi is about 0.5 GB of pixels; no slip printer needs over 600 dpi.
MAX_RENDER_DPI = 600
#: Printers opened in Qt's default (screen resolution) mode report the screen's 96 dpi although the
#: device prints at 203-600; below about 200 dpi small print and the QR code blur.
MIN_RENDER_DPI = 200
#: Used only when a printer reports no resolution at all: thermal heads are 203 dpi.
FALLBACK_DPI = {True: 203, False: 300}
#: A page is rendered in horizontal bands of at most this many bytes, so A4 at 600 dpi
#: (about 140 MB in one piece) never needs more than a few tens of megabytes at once.
MAX_BAND_BYTES = 40 * 1024 * 1024
_POINTS_PER_MM = 72 / 25.4
LAST_FOLDER_KEY = "printing/last_pdf_folder"


class PrintFailed(Exception):
    """The printer (or the file printed to) could not take the slip; the message says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def printer_key(fmt: SlipFormat) -> str:
    """The QSettings key of the printer last used for ``fmt`` (machine-local, never synced)."""
    return f"printing/{fmt.value}/printer"


def last_printer(fmt: SlipFormat) -> str | None:
    """The printer last used for ``fmt`` on this computer, if any."""
    name = QSettings().value(printer_key(fmt))
    return str(name) if name else None


def remember_printer(fmt: SlipFormat, printer: QPrinter) -> None:
    """Remember ``printer`` for the next slip of ``fmt`` (a print-to-file choice is not a printer)."""
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
        QSettings().setValue(printer_key(fmt), printer.printerName())


def page_size_for(fmt: SlipFormat, page_size_pt: tuple[float, float] | None = None) -> QPageSize:
    """The paper for a slip: A4/A5 sheets, or roll width by the PDF page's length, never snapped.

    ``page_size_pt`` is the rendered PDF page's (width, height) in points; a roll needs it.
    """
    if fmt == SlipFormat.A4:
        return QPageSize(QPageSize.PageSizeId.A4)
    if fmt == SlipFormat.A5:
        return QPageSize(QPageSize.PageSizeId.A5)
    if page_size_pt is None:
        raise ValueError("a roll slip's length comes from its rendered PDF page")
    width_mm = fmt.width_mm
    height_mm = round(page_size_pt[1] / _POINTS_PER_MM, 1)
    name = tr("{width} mm roll, {length} mm long", width=f"{width_mm:g}", length=f"{height_mm:g}")
    # ExactMatch (trap 3): otherwise Qt snaps a size near a standard one (58 x 123 mm is close
    # to nothing, but 80 x 297 mm would become a standard size) and the roll is cut wrongly.
    return QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, name,
                     QPageSize.SizeMatchPolicy.ExactMatch)


def render_dpi(printer: QPrinter, fmt: SlipFormat) -> int:
    """Dots per inch to rasterise a slip for ``printer``: its own resolution, within 200..600."""
    if printer.resolution() <= 0:
        printer.setResolution(FALLBACK_DPI[fmt.is_roll])
    return min(MAX_RENDER_DPI, max(MIN_RENDER_DPI, printer.resolution()))


@contextmanager
def open_pdf(pdf: bytes) -> Iterator[QPdfDocument]:
    """The slip PDF loaded into a QPdfDocument; PrintFailed when it cannot be read."""
    from PySide6.QtPdf import QPdfDocument  # lazily: only printing needs QtPdf

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    # A QBuffer is random access, so QtPdf loads it at once (no Loading state to wait for).
    document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            raise PrintFailed(tr("The slip could not be prepared for printing because its PDF is "
                                 "damaged. Create the slip again and retry."))
        yield document
    finally:
        document.close()
        buffer.close()


def configure_page(printer: QPrinter, fmt: SlipFormat, page_size_pt: QSizeF) -> None:
    """Set ``printer`` to the slip's exact paper with no margins (the slip carries its own)."""
    size = page_size_for(fmt, (page_size_pt.width(), page_size_pt.height()))
    landscape = not fmt.is_roll and page_size_pt.width() > page_size_pt.height()
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setFullPage(True)
    if fmt.is_roll:
        printer.setColorMode(QPrinter.ColorMode.GrayScale)  # thermal heads print black only
    layout = QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    if not printer.setPageLayout(layout):
        # A driver may refuse zero margins; the exact paper size still matters most (a roll is
        # cut where the page ends).
        printer.setPageSize(size)
        printer.setPageOrientation(orientation)


def print_pdf(pdf: bytes, printer: QPrinter, fmt: SlipFormat) -> None:
    """Print every page of ``pdf`` on ``printer``, on the slip's exact paper.

    Raises PrintFailed when the printer cannot be opened (nothing is printed then) or reports
    an error at the end.
    """
    with open_pdf(pdf) as document:
        sizes = [document.pagePointSize(index) for index in range(document.pageCount())]
        configure_page(printer, fmt, sizes[0])
        dpi = render_dpi(printer, fmt)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(unavailable_message(printer))
        # Otherwise Qt's PDF engine (also the way to CUPS printers) stores each page as JPEG, and
        # text and QR code get smeared edges.
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
        try:
            for index, size in enumerate(sizes):
                if index and not printer.newPage():
                    raise PrintFailed(unavailable_message(printer))
                _draw_page(painter, printer, document, index, size, dpi, fmt)
        except BaseException:
            printer.abort()
            painter.end()
            if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
                # Qt's PDF engine has no abort: drop the half-written file rather than leave it.
                Path(printer.outputFileName()).unlink(missing_ok=True)
            raise
        if not painter.end():
            raise PrintFailed(unavailable_message(printer))


def unavailable_message(printer: QPrinter) -> str:
    """What to tell the user when ``printer`` refuses a job."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return tr("The file {path} could not be written. Choose another folder, or check that "
                  "the drive is connected.", path=QFileInfo(printer.outputFileName()).absoluteFilePath())
    if printer.printerName():
        return tr("The printer {name} is not available. Check that it is switched on and "
                  "connected, or choose another printer.", name=printer.printerName())
    return tr("The selected printer is not available. Check that it is switched on and "
              "connected, or choose another printer.")


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, index: int,
               size_pt: QSizeF, dpi: int, fmt: SlipFormat) -> None:
    """Rasterise one PDF page at ``dpi`` band by band and draw it over the paper."""
    from PySide6.QtPdf import QPdfDocumentRenderOptions

    width_px = max(1, round(size_pt.width() / 72 * dpi))
    height_px = max(1, round(size_pt.height() / 72 * dpi))
    target = _fit(printer.paperRect(QPrinter.Unit.DevicePixel), width_px / height_px)
    scale = target.height() / height_px
    flags = QPdfDocumentRenderOptions.RenderFlag.None_
    if fmt.is_roll:
        # Thermal heads print black or nothing: grey anti-aliased edges would come out as
        # dithered fuzz, so text and lines are rendered hard-edged and in grey scale.
        flags = (QPdfDocumentRenderOptions.RenderFlag.Grayscale
                 | QPdfDocumentRenderOptions.RenderFlag.TextAliased
                 | QPdfDocumentRenderOptions.RenderFlag.PathAliased)
    band_rows = max(1, MAX_BAND_BYTES // (width_px * 4))
    for top in range(0, height_px, band_rows):
        rows = min(band_rows, height_px - top)
        options = QPdfDocumentRenderOptions()
        options.setRenderFlags(flags)
        options.setScaledSize(QSize(width_px, height_px))
        options.setScaledClipRect(QRect(0, top, width_px, rows))
        band = _on_white(document.render(index, QSize(width_px, rows), options), fmt.is_roll)
        painter.drawImage(QRectF(target.x(), target.y() + top * scale, target.width(), rows * scale),
                          band)


def _on_white(image: QImage, grayscale: bool) -> QImage:
    """``image`` (transparent where the page is blank) flattened onto white paper."""
    # Printer drivers handle transparency poorly (some rasterise the whole page again).
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(0xFFFFFF)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat.convertToFormat(QImage.Format.Format_Grayscale8) if grayscale else flat


def _fit(area: QRectF, aspect: float) -> QRectF:
    """The largest rectangle of width/height ``aspect`` in ``area``, centred across, at the top."""
    if area.width() / area.height() > aspect:
        width = area.height() * aspect
        return QRectF(area.x() + (area.width() - width) / 2, area.y(), width, area.height())
    return QRectF(area.x(), area.y(), area.width(), area.width() / aspect)


def prepared_printer(pdf: bytes, fmt: SlipFormat, printer_name: str | None = None) -> QPrinter:
    """A printer set to ``printer_name`` (else the one last used for ``fmt``) and the slip's paper."""
    printer = QPrinter()
    wanted = printer_name or last_printer(fmt)
    if wanted and wanted in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(wanted)
    with open_pdf(pdf) as document:
        configure_page(printer, fmt, document.pagePointSize(0))
    return printer


def preview(parent: QWidget | None, pdf: bytes, fmt: SlipFormat, title: str) -> bool:
    """Show the slip in Qt's print preview; True when the user printed it from there."""
    try:
        printer = prepared_printer(pdf, fmt)
    except PrintFailed as error:
        QMessageBox.warning(parent, tr("Printing failed"), error.message)
        return False
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    failures: list[PrintFailed] = []

    def paint(target: QPrinter) -> None:
        try:
            print_pdf(pdf, target, fmt)
        except PrintFailed as error:
            failures.append(error)
            QMessageBox.warning(dialog, tr("Printing failed"), error.message)

    dialog.paintRequested.connect(paint)
    printed = dialog.exec() == QDialog.DialogCode.Accepted and not failures
    dialog.deleteLater()
    if printed:
        remember_printer(fmt, printer)
    return printed


def choose_printer_and_print(parent: QWidget | None, pdf: bytes, fmt: SlipFormat,
                             printer_name: str | None = None) -> bool:
    """Ask for a printer (the last one for ``fmt`` preselected) and print; True when printed.

    A printer that fails is reported in a message box, and False is returned.
    """
    try:
        printer = prepared_printer(pdf, fmt, printer_name)
    except PrintFailed as error:
        QMessageBox.warning(parent, tr("Printing failed"), error.message)
        return False
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print slip"))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if not accepted:
        return False
    try:
        # print_pdf sets the exact paper again: a print dialog (notably on Windows) can hand
        # back the driver's default paper instead of the roll size (trap 3).
        print_pdf(pdf, printer, fmt)
    except PrintFailed as error:
        QMessageBox.warning(parent, tr("Printing failed"), error.message)
        return False
    remember_printer(fmt, printer)
    return True


def save_pdf(parent: QWidget | None, pdf: bytes, suggested_name: str) -> str | None:
    """Ask where to save the slip and write it there whole (or not at all); the path, or None."""
    settings = QSettings()
    folder = str(settings.value(LAST_FOLDER_KEY) or "") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(parent, tr("Save slip as PDF"),
                                                os.path.join(folder, suggested_name),
                                                tr("PDF documents (*.pdf)"))
    if not path:
        return None
    if not Path(path).suffix:
        path += ".pdf"
    try:
        write_atomically(Path(path), pdf)
    except OSError as error:
        QMessageBox.warning(parent, tr("Saving failed"),
                            tr("The slip could not be saved as {path}: {reason}. Choose another "
                               "folder.", path=path, reason=error.strerror or str(error)))
        return None
    settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
    return path
