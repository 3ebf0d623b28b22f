"""Outlet settings for managers: reply hours per priority, and repair slips (terms, rate, logo, font).

Reply hours and slip policy are outlet data and replicate; the font file belongs to this machine.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QComboBox, QDialog, QDoubleSpinBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from aftersales_desktop.domain.enums import Priority
from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.gui.form_layout import add_field_row, new_form, save_cancel_buttons
from aftersales_desktop.gui.support import FieldErrors, busy_cursor, show_problem
from aftersales_desktop.i18n import tr
from aftersales_desktop.services import slips
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.outlet import get_reply_hours, reply_hours_key, set_reply_hours

LOGO_HEIGHT = 48


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


class SettingsDialog(QDialog):
    """Reply hours and slip settings; Save writes them through the services."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Outlet settings"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        form_error = QLabel()
        self.errors = FieldErrors(form_error)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._reply_page(), tr("Expected reply time"))
        self.tabs.addTab(self._slip_page(), tr("Repair slips"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(form_error)
        layout.addWidget(save_cancel_buttons(self, self.save))
        self.setMinimumWidth(640)

    # ---- pages ----------------------------------------------------------------------------------

    def _reply_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(_hint(tr("Hours from intake until the customer is promised a reply, by priority. "
                                  "New jobs use these; existing jobs keep their promised time.")))
        form = new_form()
        current = get_reply_hours(self.ctx)
        self.spins: dict[Priority, QSpinBox] = {}
        for priority in Priority:
            spin = QSpinBox()
            spin.setRange(1, 24 * 30)
            spin.setSuffix(" " + tr("hours"))
            spin.setValue(current[priority])
            spin.setMinimumWidth(110)
            spin.setMaximumWidth(160)
            self.spins[priority] = spin
            add_field_row(form, tr("{label}:", label=tr(priority.label)), spin, self.errors,
                          reply_hours_key(priority))
        column.addLayout(form)
        column.addStretch(1)
        return page

    def _slip_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(_hint(tr("What every repair slip prints. A signed slip keeps the terms it was "
                                  "signed with; changes apply to slips signed from now on.")))
        current = slips.get_slip_settings(self.ctx)
        self.logo: bytes | None = current.logo
        form = new_form()
        self.terms_zh = QPlainTextEdit(current.terms_zh)
        self.terms_en = QPlainTextEdit(current.terms_en)
        for edit in (self.terms_zh, self.terms_en):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(80)
        add_field_row(form, tr("Terms (Chinese)"), self.terms_zh, self.errors, "terms_zh")
        add_field_row(form, tr("Terms (English)"), self.terms_en, self.errors, "terms_en")
        self.labour_rate = QDoubleSpinBox()
        self.labour_rate.setRange(0, 10_000)
        self.labour_rate.setDecimals(2)
        self.labour_rate.setPrefix("¥")
        self.labour_rate.setSuffix(tr(" per hour"))
        self.labour_rate.setValue(current.labour_rate_fen / 100)
        self.labour_rate.setMaximumWidth(200)
        add_field_row(form, tr("Labour rate"), self.labour_rate, self.errors, "labour_rate")
        self.language = QComboBox()
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.language.setMaximumWidth(200)
        add_field_row(form, tr("Slip language"), self.language, self.errors, "language")
        logo_row = QWidget()
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel()
        self.logo_preview.setMinimumHeight(LOGO_HEIGHT)
        choose = QPushButton(tr("Choose image…"))
        choose.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(tr("Remove"))
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(None))
        logo_layout.addWidget(self.logo_preview, 1)
        logo_layout.addWidget(choose)
        logo_layout.addWidget(self.remove_logo_button)
        add_field_row(form, tr("Logo"), logo_row, self.errors, "logo")
        font_row = QWidget()
        font_layout = QHBoxLayout(font_row)
        font_layout.setContentsMargins(0, 0, 0, 0)
        self.font_path = QLineEdit(slips.font_path(self.ctx.db) or "")
        self.font_path.setPlaceholderText(tr("Found automatically"))
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self.choose_font)
        font_layout.addWidget(self.font_path, 1)
        font_layout.addWidget(browse)
        add_field_row(form, tr("Slip font (this computer)"), font_row, self.errors, "font")
        self.font_status = _hint("")
        form.addRow("", self.font_status)
        column.addLayout(form)
        self.set_logo(self.logo)
        self.font_path.editingFinished.connect(self.check_font)
        self.check_font()
        return page

    # ---- logo and font --------------------------------------------------------------------------

    def set_logo(self, data: bytes | None) -> None:
        """Use ``data`` (PNG or JPEG bytes) as the logo, or none."""
        self.logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaledToHeight(LOGO_HEIGHT, Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setText(tr("No logo"))
        self.remove_logo_button.setEnabled(bool(data))

    def choose_logo(self) -> None:
        """Pick a PNG or JPEG file for the slip header."""
        path, _filter = QFileDialog.getOpenFileName(self, tr("Choose a logo"), "",
                                                    tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            self.set_logo(Path(path).read_bytes())
        except OSError as error:
            self.errors.show(ValidationError.single("logo", "Cannot read {path}: {reason}", path=path,
                                                    reason=error.strerror or str(error)))

    def choose_font(self) -> None:
        """Pick a TrueType font file with Chinese characters."""
        path, _filter = QFileDialog.getOpenFileName(self, tr("Choose a slip font"), "",
                                                    tr("TrueType fonts (*.ttf *.ttc)"))
        if path:
            self.font_path.setText(path)
            self.check_font()

    def check_font(self) -> bool:
        """Say which font slips will use; False (with the message under the field) when it cannot be used."""
        from aftersales_desktop.slips.fonts import find_font

        try:
            with busy_cursor():
                font = find_font(self.font_path.text().strip() or None)
        except ValidationError as error:
            self.errors.show(error)
            self.font_status.setText("")
            return False
        self.errors.clear()
        self.font_status.setText(tr("Slips will use {family} ({path}).", family=font.family, path=str(font.path)))
        return True

    # ---- saving ---------------------------------------------------------------------------------

    def hours(self) -> dict[Priority, int]:
        """The hours as set in the spin boxes."""
        return {priority: spin.value() for priority, spin in self.spins.items()}

    def slip_settings(self) -> slips.SlipSettings:
        """The slip settings as entered."""
        return slips.SlipSettings(self.terms_zh.toPlainText(), self.terms_en.toPlainText(),
                                  round(self.labour_rate.value() * 100), self.language.currentData(), self.logo)

    def save(self) -> None:
        """Store everything and close, or show what is wrong."""
        if self.font_path.text().strip() and not self.check_font():
            self.tabs.setCurrentIndex(1)
            return
        try:
            set_reply_hours(self.ctx, self.hours())
            slips.set_slip_settings(self.ctx, self.slip_settings())
        except ValidationError as exc:
            self.errors.show(exc)
            self.tabs.setCurrentIndex(0 if any(k.startswith("reply_hours") for k in exc.errors) else 1)
            return
        except PermissionDenied as exc:
            show_problem(self, exc)
            return
        slips.set_font_path(self.ctx.db, self.font_path.text().strip() or None)
        self.accept()

    def run(self) -> bool:
        """Show modally; True when saved (tests patch this)."""
        return self.exec() == QDialog.DialogCode.Accepted
