"""Print, preview or save a document (count sheet, requisition, pick list, visit sheet) the user has just made."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from aftersales_desktop.domain.slips import SlipFormat
from aftersales_desktop.gui import slip_printing
from aftersales_desktop.i18n import tr


class DocumentOutputDialog(QDialog):
    """A small dialog offering one rendered A4 PDF: Print…, Print preview…, Save as PDF…, Close.

    Printing failures (a printer switched off, an unwritable file) are reported by slip_printing in
    a message box; ``status_label`` says what was done last. Attributes for tests: the buttons.
    """

    def __init__(self, parent: QWidget | None, pdf: bytes, suggested_name: str, title: str,
                 fmt: SlipFormat = SlipFormat.A4) -> None:
        super().__init__(parent)
        self.pdf = pdf
        # A4 for the office documents; a visit sheet may be a roll for the portable printer.
        self.fmt = fmt
        self.suggested_name = suggested_name
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)
        self.status_label = QLabel(tr("Print the document, or save it as a PDF file."))
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        row = QHBoxLayout()
        buttons = []
        for text, slot in ((tr("Print…"), self.print_document), (tr("Print preview…"), self.print_preview),
                           (tr("Save as PDF…"), self.save_pdf), (tr("Close"), self.reject)):
            buttons.append(QPushButton(text))
            buttons[-1].clicked.connect(slot)
            row.addWidget(buttons[-1])
        self.print_button, self.preview_button, self.save_button, self.close_button = buttons
        self.print_button.setDefault(True)
        layout.addLayout(row)
        self.print_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Print).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, activated=self.print_document)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save_pdf)

    def print_document(self) -> None:
        """Choose a printer and print every page on the document's paper."""
        if slip_printing.choose_printer_and_print(self, self.pdf, self.fmt):
            self.status_label.setText(tr("Sent to the printer."))

    def print_preview(self) -> None:
        """Qt's print preview of the pages, from which the user may print."""
        if slip_printing.preview(self, self.pdf, self.fmt, self.windowTitle()):
            self.status_label.setText(tr("Sent to the printer."))

    def save_pdf(self) -> None:
        """Ask where, and save the PDF there."""
        path = slip_printing.save_pdf(self, self.pdf, self.suggested_name)
        if path:
            self.status_label.setText(tr("Saved as {path}.", path=path))


def offer_document(parent: QWidget | None, pdf: bytes, suggested_name: str, title: str,
                   fmt: SlipFormat = SlipFormat.A4) -> None:
    """Show ``pdf`` (on ``fmt`` paper) in a modal dialog titled ``title`` to print, preview or save as ``suggested_name``."""
    dialog = DocumentOutputDialog(parent, pdf, suggested_name, title, fmt)
    dialog.exec()
    dialog.deleteLater()
