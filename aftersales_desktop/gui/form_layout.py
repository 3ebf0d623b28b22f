"""Form rows that keep a field's error message directly under the field, and the form's usual boxes."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QVBoxLayout, QWidget

from aftersales_desktop.gui.support import FieldErrors
from aftersales_desktop.i18n import tr

QUANTITY_MAX = 999_999


def new_form() -> QFormLayout:
    """A form layout with labels right of nothing clipped: rows wrap long labels, fields grow."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setVerticalSpacing(8)
    form.setHorizontalSpacing(12)
    return form


def quantity_spin(value: int = 1, minimum: int = 0, maximum: int = QUANTITY_MAX) -> QSpinBox:
    """A right-aligned whole-number box; 0 is let through so the service's own message explains the limit."""
    spin = QSpinBox()
    spin.setRange(minimum, maximum)
    spin.setValue(value)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


def days_spin(value: int) -> QSpinBox:
    """A number of days (a window, a period), 0 to ten years."""
    spin = QSpinBox()
    spin.setRange(0, 3650)
    spin.setSuffix(tr(" days"))
    spin.setValue(value)
    spin.setMaximumWidth(160)
    return spin


def date_edit(day: date | QDate) -> QDateEdit:
    """A date box showing yyyy-MM-dd with a calendar to pick from."""
    edit = QDateEdit(day if isinstance(day, QDate) else QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def field_with_error(widget: QWidget, errors: FieldErrors, name: str) -> QWidget:
    """``widget`` with the red error label of service field ``name`` right under it."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(errors.label_for(name))
    return box


def add_field_row(form: QFormLayout, label: str, field: QWidget, errors: FieldErrors,
                  name: str) -> QWidget:
    """Add ``field`` under ``label`` with the error label for service field ``name`` beneath it."""
    holder = field_with_error(field, errors, name)
    form.addRow(label, holder)
    return holder


def save_cancel_buttons(dialog: QDialog, on_save: Callable[[], None]) -> QDialogButtonBox:
    """Translated Save and Cancel buttons: Save runs ``on_save``, Cancel (or Escape) rejects."""
    return confirm_cancel_buttons(dialog, on_save, tr("Save"), QDialogButtonBox.StandardButton.Save)


def confirm_cancel_buttons(dialog: QDialog, on_confirm: Callable[[], None], text: str | None = None,
                           role: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
                           ) -> QDialogButtonBox:
    """Translated confirm (OK unless ``text`` says otherwise) and Cancel buttons: confirm runs
    ``on_confirm``, Cancel (or Escape) rejects. Qt's own button texts are not translated here."""
    buttons = QDialogButtonBox(role | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(role).setText(text or tr("OK"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
    buttons.accepted.connect(on_confirm)
    buttons.rejected.connect(dialog.reject)
    return buttons
