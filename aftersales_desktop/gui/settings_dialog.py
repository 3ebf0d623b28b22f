"""Settings for managers: the outlet's details, reply hours, repair slips, return conditions and sync,
and what belongs to this computer (interface language, printers and paper, slip font, backups).

What the outlet decides (details, reply hours, slip terms and logo, return policy) is stored in the
database and replicates; what belongs to one computer is kept in QSettings (language, printers,
paper) or in the database's local state (slip font, backup folder, sync interval), never synced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (QComboBox, QDialog, QDoubleSpinBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from aftersales_desktop import backup
from aftersales_desktop.domain.enums import Priority
from aftersales_desktop.domain.errors import PermissionDenied, Problem, ValidationError
from aftersales_desktop.domain.return_policy import PolicySettings
from aftersales_desktop.domain.slips import SlipFormat
from aftersales_desktop.gui.app import LANGUAGE_SETTING
from aftersales_desktop.gui.form_layout import add_field_row, days_spin, new_form, save_cancel_buttons
from aftersales_desktop.gui.support import FieldErrors, busy_cursor, show_problem
from aftersales_desktop.gui.support import hint_label as _hint
from aftersales_desktop.i18n import tr
from aftersales_desktop.gui.slip_dialog import FORMAT_SETTING
from aftersales_desktop.gui.slip_printing import printer_key
from aftersales_desktop.services import quality, slips, sync_status
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.outlet import (current_outlet, get_reply_hours, reply_hours_key,
                                                set_reply_hours, update_outlet)

LOGO_HEIGHT = 48
PAPER_LABELS = {SlipFormat.A4: "A4", SlipFormat.A5: "A5", SlipFormat.ROLL_80: "80 mm", SlipFormat.ROLL_58: "58 mm"}


class SettingsDialog(QDialog):
    """Every settings page in tabs; Save writes them through the services and QSettings."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data_dir = ctx.db.path.parent
        self.setWindowTitle(tr("Settings"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        form_error = QLabel()
        self.errors = FieldErrors(form_error)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._outlet_page(), tr("Outlet"))
        self.tabs.addTab(self._reply_page(), tr("Expected reply time"))
        self.tabs.addTab(self._slip_page(), tr("Repair slips"))
        self.tabs.addTab(self._returns_page(), tr("Returns"))
        self.tabs.addTab(self._computer_page(), tr("This computer"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(form_error)
        layout.addWidget(save_cancel_buttons(self, self.save))
        self.setMinimumWidth(640)

    # ---- pages ----------------------------------------------------------------------------------

    def _outlet_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        outlet = current_outlet(self.ctx.db)
        column.addWidget(_hint(tr("The outlet's name, address and phone print on slips and documents. "
                                  "The code ({code}) is part of every document number and cannot change.",
                                  code=outlet.code)))
        form = new_form()
        self.outlet_name = QLineEdit(outlet.name)
        self.outlet_address = QLineEdit(outlet.address)
        self.outlet_phone = QLineEdit(outlet.phone)
        add_field_row(form, tr("Name"), self.outlet_name, self.errors, "name")
        add_field_row(form, tr("Address"), self.outlet_address, self.errors, "address")
        add_field_row(form, tr("Phone"), self.outlet_phone, self.errors, "phone")
        column.addLayout(form)
        column.addStretch(1)
        return page

    def _returns_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(_hint(tr("Return conditions (退换货条件): a product without a quality problem comes back "
                                  "only within the window, unused and with its packaging intact, and the "
                                  "customer pays the freight; for quality problems the company pays.")))
        current = quality.get_return_settings(self.ctx)
        form = new_form()
        self.return_window = days_spin(current.return_window_days)
        self.quality_window = days_spin(current.quality_window_days)
        self.return_address = QPlainTextEdit(current.return_address)
        self.return_address.setTabChangesFocus(True)
        self.return_address.setMaximumHeight(70)
        self.quarantine = QLineEdit(current.quarantine_location)
        add_field_row(form, tr("Return without a quality problem within:"), self.return_window, self.errors,
                      "return_window_days")
        add_field_row(form, tr("Quality problem claims within:"), self.quality_window, self.errors,
                      "quality_window_days")
        add_field_row(form, tr("Return address:"), self.return_address, self.errors, "return_address")
        add_field_row(form, tr("Quarantine location:"), self.quarantine, self.errors, "quarantine_location")
        column.addLayout(form)
        column.addStretch(1)
        return page

    def _computer_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(_hint(tr("These settings belong to this computer only and never sync.")))
        form = new_form()
        settings = QSettings()
        self.interface_language = QComboBox()
        self.interface_language.addItem(tr("As the system"), "")
        self.interface_language.addItem("中文", "zh_CN")
        self.interface_language.addItem("English", "en")
        self.interface_language.setCurrentIndex(
            max(0, self.interface_language.findData(str(settings.value(LANGUAGE_SETTING, "") or ""))))
        self.interface_language.setMaximumWidth(200)
        add_field_row(form, tr("Interface language (after a restart)"), self.interface_language, self.errors,
                      "interface_language")
        self.paper = QComboBox()
        for fmt, label in PAPER_LABELS.items():
            self.paper.addItem(label, fmt.value)
        self.paper.setCurrentIndex(max(0, self.paper.findData(str(settings.value(FORMAT_SETTING, SlipFormat.A4.value)))))
        self.paper.setMaximumWidth(200)
        add_field_row(form, tr("Repair slips print on"), self.paper, self.errors, "paper")
        printers = QPrinterInfo.availablePrinterNames()
        self.printers: dict[SlipFormat, QComboBox] = {}
        for fmt, label in PAPER_LABELS.items():
            combo = QComboBox()
            combo.addItem(tr("Ask each time"), "")
            for name in printers:
                combo.addItem(name, name)
            remembered = str(settings.value(printer_key(fmt), "") or "")
            if remembered and combo.findData(remembered) < 0:
                combo.addItem(tr("{printer} (not connected)", printer=remembered), remembered)
            combo.setCurrentIndex(max(0, combo.findData(remembered)))
            self.printers[fmt] = combo
            add_field_row(form, tr("Printer for {paper}", paper=label), combo, self.errors, f"printer_{fmt.value}")
        backups = backup.get_backup_settings(self.data_dir)
        folder_row = QWidget()
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        self.backup_folder = QLineEdit(str(backups.folder) if backups.custom_folder else "")
        self.backup_folder.setPlaceholderText(str(backups.folder))
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self.choose_backup_folder)
        folder_layout.addWidget(self.backup_folder, 1)
        folder_layout.addWidget(browse)
        add_field_row(form, tr("Backup folder"), folder_row, self.errors, "backup_folder")
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 365)
        self.backup_keep.setValue(backups.keep)
        self.backup_keep.setMaximumWidth(160)
        add_field_row(form, tr("Daily backups kept"), self.backup_keep, self.errors, "keep")
        self.sync_interval = QSpinBox()
        self.sync_interval.setRange(1, 1440)
        self.sync_interval.setSuffix(tr(" min"))
        self.sync_interval.setMaximumWidth(160)
        from aftersales_desktop.sync.state import SHARE_PATH_KEY, interval_minutes

        self.sync_interval.setValue(interval_minutes(self.ctx.db))
        add_field_row(form, tr("Sync every"), self.sync_interval, self.errors, "interval")
        share = self.ctx.db.local_value(SHARE_PATH_KEY)
        form.addRow(tr("Share folder"), _hint(str(share) if share else
                                              tr("Not set up: use the Sync page to set up or join a share.")))
        column.addLayout(form)
        column.addStretch(1)
        return page

    def choose_backup_folder(self) -> None:
        """Pick the folder daily backups go to (another disk or a USB stick is safest)."""
        path = QFileDialog.getExistingDirectory(self, tr("Choose a backup folder"), self.backup_folder.text())
        if path:
            self.backup_folder.setText(path)

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

    def return_settings(self) -> PolicySettings:
        """The return conditions as entered."""
        return PolicySettings(self.return_window.value(), self.quality_window.value(),
                              self.return_address.toPlainText(), self.quarantine.text())

    def save(self) -> None:
        """Store everything and close, or show what is wrong on the tab where it is."""
        if self.font_path.text().strip() and not self.check_font():
            self.tabs.setCurrentIndex(2)
            return
        steps = ((0, lambda: update_outlet(self.ctx, self.outlet_name.text(), self.outlet_address.text(),
                                           self.outlet_phone.text())),
                 (1, lambda: set_reply_hours(self.ctx, self.hours())),
                 (2, lambda: slips.set_slip_settings(self.ctx, self.slip_settings())),
                 (3, lambda: quality.set_return_settings(self.ctx, self.return_settings())),
                 (4, lambda: backup.set_backup_settings(
                     self.data_dir, Path(self.backup_folder.text().strip()) if self.backup_folder.text().strip()
                     else None, self.backup_keep.value())),
                 (4, lambda: sync_status.change_interval(self.ctx, self.sync_interval.value())))
        self.errors.clear()
        for tab, step in steps:
            try:
                step()
            except ValidationError as exc:
                self.errors.show(exc)
                self.tabs.setCurrentIndex(tab)
                return
            except (PermissionDenied, Problem) as exc:
                self.tabs.setCurrentIndex(tab)
                show_problem(self, exc)
                return
        slips.set_font_path(self.ctx.db, self.font_path.text().strip() or None)
        settings = QSettings()
        settings.setValue(LANGUAGE_SETTING, self.interface_language.currentData())
        settings.setValue(FORMAT_SETTING, self.paper.currentData())
        for fmt, combo in self.printers.items():
            if combo.currentData():
                settings.setValue(printer_key(fmt), combo.currentData())
            else:
                settings.remove(printer_key(fmt))
        self.accept()

    def run(self) -> bool:
        """Show modally; True when saved (tests patch this)."""
        return self.exec() == QDialog.DialogCode.Accepted
