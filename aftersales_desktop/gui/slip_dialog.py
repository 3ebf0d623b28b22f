"""One signed slip: its page as it will print, its standing against the record, print / save / correct.

The page is rendered in a worker thread (reportlab) and shown through QtPdf; what is shown is
exactly what prints next: the original the first time, then "COPY n".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QSettings, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from aftersales_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from aftersales_desktop.domain.permissions import Action, is_allowed
from aftersales_desktop.domain.slips import SlipFormat
from aftersales_desktop.gui.support import busy_cursor, show_problem
from aftersales_desktop.i18n import tr
from aftersales_desktop.services import slips
from aftersales_desktop.services.context import AppContext

FORMAT_SETTING = "slips/format"
PREVIEW_WIDTH = 460
_STATUS_COLOURS = {slips.VerifyStatus.VALID: "#2e7d32", slips.VerifyStatus.SUPERSEDED: "#ef6c00",
                   slips.VerifyStatus.MISMATCH: "#c62828", slips.VerifyStatus.TAMPERED: "#c62828",
                   slips.VerifyStatus.NOT_FOUND: "#c62828"}


def page_images(pdf: bytes, width_px: int) -> list[QImage]:
    """Every page of a PDF as an image ``width_px`` wide (for on-screen preview)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    images = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page)
        height = max(1, round(width_px * size.height() / max(size.width(), 1)))
        images.append(document.render(page, QSize(width_px, height)))
    document.close()
    return images


def stacked_pixmap(images: list[QImage]) -> QPixmap:
    """Pages one under another on a grey desk, each with a thin border, like a viewer shows them."""
    gap = 12
    width = max((image.width() for image in images), default=1) + 2 * gap
    height = sum(image.height() + gap for image in images) + gap
    pixmap = QPixmap(width, max(height, 1))
    pixmap.fill(QColor("#e4e7eb"))
    painter = QPainter(pixmap)
    top = gap
    for image in images:
        painter.fillRect(gap + 2, top + 2, image.width(), image.height(), QColor("#b0b7c0"))
        painter.fillRect(gap, top, image.width(), image.height(), QColor("white"))  # pages render transparent
        painter.drawImage(gap, top, image)
        top += image.height() + gap
    painter.end()
    return pixmap


class _RenderSignals(QObject):
    """Carries a finished rendering back to the GUI thread: (generation, result or error)."""

    done = Signal(int, object)


class _RenderTask(QRunnable):
    """Lays out one slip as PDF in the thread pool (reportlab is pure Python and takes a while)."""

    def __init__(self, document: slips.SlipDocument, fmt: SlipFormat, language: str, font: str | None,
                 generation: int, signals: _RenderSignals) -> None:
        super().__init__()
        self.document, self.fmt, self.language, self.font = document, fmt, language, font
        self.generation, self.signals = generation, signals

    def run(self) -> None:
        try:
            result: object = slips.render_document(self.document, self.fmt, language=self.language,
                                                   font=self.font)
        except Exception as error:  # noqa: BLE001 - shown to the user by the dialog
            result = error
        self.signals.done.emit(self.generation, result)


class SlipDialog(QDialog):
    """A slip revision with its preview; Print, Print preview, Save as PDF, Correct.

    Attributes for tests: ``document``, ``rendered`` (the last RenderedSlip), ``format_combo``,
    ``language_combo``, ``status_label``, ``warning_label``, the buttons.
    Signal ``correction_requested(str)`` asks the owner to open the correction of this slip.
    """

    correction_requested = Signal(str)
    changed = Signal()

    def __init__(self, ctx: AppContext, slip_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.slip_id = slip_id
        self.document = slips.get_slip(ctx, slip_id)
        self.rendered = None
        self._generation = 0
        self._signals = _RenderSignals()
        self._signals.done.connect(self._rendered)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.setWindowTitle(tr("Repair slip {number}", number=self.document.number))
        row = QHBoxLayout(self)
        self.preview_label = QLabel(tr("Rendering…"))
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidget(self.preview_label)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(PREVIEW_WIDTH + 40)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        row.addWidget(scroll, 1)
        row.addLayout(self._build_side())
        self.setMinimumSize(900, 640)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, activated=self.print_slip)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save_pdf)
        self._show_facts()
        self.render()

    def _build_side(self) -> QVBoxLayout:
        side = QVBoxLayout()
        self.title_label = QLabel()
        self.title_label.setObjectName("dialogTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        side.addWidget(self.title_label)
        side.addWidget(self.status_label)
        side.addWidget(self.facts_label)
        form = QFormLayout()
        self.format_combo = QComboBox()
        for fmt in SlipFormat:
            self.format_combo.addItem(tr(fmt.label), fmt.value)
        remembered = QSettings().value(FORMAT_SETTING, SlipFormat.A4.value)
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(remembered)))
        self.language_combo = QComboBox()
        self.language_combo.addItem("中文", "zh_CN")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self.document.language)))
        form.addRow(tr("Paper"), self.format_combo)
        form.addRow(tr("Language"), self.language_combo)
        side.addLayout(form)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #c62828;")
        self.warning_label.hide()
        side.addWidget(self.warning_label)
        self.print_button = QPushButton(tr("Print…"))
        self.preview_button = QPushButton(tr("Print preview…"))
        self.save_button = QPushButton(tr("Save as PDF…"))
        self.correct_button = QPushButton(tr("Correct (new revision)…"))
        self.close_button = QPushButton(tr("Close"))
        self.print_button.setDefault(True)
        for button, slot in ((self.print_button, self.print_slip), (self.preview_button, self.print_preview),
                             (self.save_button, self.save_pdf), (self.correct_button, self._ask_correction),
                             (self.close_button, self.reject)):
            button.clicked.connect(slot)
            side.addWidget(button)
        side.addStretch(1)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.language_combo.currentIndexChanged.connect(self.render)
        return side

    # ---- state ----------------------------------------------------------------------------------

    @property
    def fmt(self) -> SlipFormat:
        return SlipFormat(self.format_combo.currentData())

    @property
    def language(self) -> str:
        return self.language_combo.currentData()

    def _show_facts(self) -> None:
        document = self.document
        self.title_label.setText(tr("Slip {number} · revision {revision}", number=document.number,
                                    revision=document.revision))
        verification = slips.verify_slip(self.ctx, document.number, document.revision)
        colour = _STATUS_COLOURS[verification.status]
        self.status_label.setText(tr(verification.message, **verification.params))
        self.status_label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        signatures = document.content.get("signatures", {})
        next_output = (tr("The next print is the original.") if document.next_copy_number == 0
                       else tr("The next print is marked COPY {n}.", n=document.next_copy_number))
        self.facts_label.setText("\n".join([
            tr("Job {number}", number=document.content["job"]["number"]),
            tr("Signed {time} by {customer} and {technician}", time=document.content["issued_at"][:16]
               .replace("T", " "), customer=signatures.get("customer", {}).get("name", ""),
               technician=signatures.get("technician", {}).get("name", "")),
            tr("Printed or saved {n} times.", n=document.prints), next_output]))
        role = self.ctx.user.role if self.ctx.user else None
        self.correct_button.setVisible(role is not None and is_allowed(role, Action.CORRECT_SLIP))
        self.correct_button.setEnabled(document.superseded_by is None and verification.status.is_good)
        if not verification.status.is_good:
            # A slip that fails its own hash must not go out looking genuine.
            for button in (self.print_button, self.preview_button, self.save_button):
                button.setEnabled(False)

    def _format_changed(self) -> None:
        QSettings().setValue(FORMAT_SETTING, self.fmt.value)
        self.render()

    # ---- rendering ------------------------------------------------------------------------------

    def render(self) -> None:
        """Lay the slip out again for the chosen paper and language (in the background)."""
        self._generation += 1
        self.rendered = None
        self.preview_label.setText(tr("Rendering…"))
        self._pool.start(_RenderTask(self.document, self.fmt, self.language, slips.font_path(self.ctx.db),
                                     self._generation, self._signals))

    def wait_for_render(self, msecs: int = 20000) -> bool:
        """Block until the current rendering is shown (for tests and for printing right away)."""
        if self.rendered is not None:
            return True
        self._pool.waitForDone(msecs)
        from PySide6.QtCore import QCoreApplication
        QCoreApplication.processEvents()
        return self.rendered is not None

    def _rendered(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # a newer choice of paper or language is being rendered
        if isinstance(result, Exception):
            self.preview_label.setText(tr("This slip cannot be rendered."))
            if isinstance(result, ValidationError):
                show_problem(self, result)
            else:
                show_problem(self, ValidationError.single("render", str(result)))
            return
        self.rendered = result
        width = PREVIEW_WIDTH if not self.fmt.is_roll else round(PREVIEW_WIDTH * self.fmt.width_mm / 110)
        self.preview_label.setPixmap(stacked_pixmap(page_images(result.pdf, width)))
        if result.missing_glyphs:
            self.warning_label.setText(tr("The font {font} lacks these characters: {chars}. They print as "
                                          "“?”. Choose another font in Settings.",
                                          font=result.font_name, chars=" ".join(result.missing_glyphs)))
            self.warning_label.show()
        else:
            self.warning_label.hide()

    def _ready(self) -> bool:
        if not self.wait_for_render():
            show_problem(self, ValidationError.single("render", "The slip is still being prepared: try again."))
            return False
        return True

    # ---- output ---------------------------------------------------------------------------------

    def _recorded(self, output: str) -> None:
        """After a successful print or save: count it, so the next output is a copy."""
        try:
            slips.record_output(self.ctx, self.slip_id, self.fmt, output, self.document.next_copy_number)
        except (PermissionDenied, NotFound) as error:
            show_problem(self, error)
            return
        self.document = slips.get_slip(self.ctx, self.slip_id)
        self._show_facts()
        self.render()
        self.changed.emit()

    def print_slip(self) -> None:
        """Choose a printer and print; counted only when the printer took it."""
        from aftersales_desktop.gui.slip_printing import choose_printer_and_print

        if not self.print_button.isEnabled() or not self._ready():
            return
        # A printer that fails or goes away is reported by choose_printer_and_print, and then
        # nothing is counted: the next print is still the original.
        if choose_printer_and_print(self, self.rendered.pdf, self.fmt):
            self._recorded("printer")

    def print_preview(self) -> None:
        """Qt's print preview of exactly what will print (printing from it counts too)."""
        from aftersales_desktop.gui.slip_printing import preview

        if not self.preview_button.isEnabled() or not self._ready():
            return
        if preview(self, self.rendered.pdf, self.fmt, self.windowTitle()):
            self._recorded("printer")

    def save_pdf(self) -> None:
        """Save the slip as a PDF file; counted like a print."""
        from aftersales_desktop.gui.slip_printing import save_pdf

        if not self.save_button.isEnabled() or not self._ready():
            return
        suffix = f"-r{self.document.revision}" if self.document.revision > 1 else ""
        with busy_cursor():
            path = save_pdf(self, self.rendered.pdf, f"{self.document.number}{suffix}-{self.fmt.value}.pdf")
        if path:
            self._recorded("pdf")

    def _ask_correction(self) -> None:
        self.correction_requested.emit(self.slip_id)
