"""The dialog every service form builds on: fields in a form, what the service refuses shown under
them, and confirm/cancel buttons that close the dialog only when the service call went through."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.gui.form_layout import add_field_row, confirm_cancel_buttons, new_form
from aftersales_desktop.gui.support import FieldErrors, submit_form
from aftersales_desktop.services.context import AppContext


class FormDialog(QDialog):
    """A form that calls one service on confirm and shows what it refuses under the fields.

    Attributes: ``ctx``, ``message`` (a status line after success), ``outer`` (the dialog's
    layout), ``form`` (the QFormLayout to fill), ``body`` (a column under the form for tables and
    hints), ``form_error`` and ``errors`` (FieldErrors), ``buttons`` and ``ok_button``.
    """

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None,
                 confirm_text: str | None = None, *, min_width: int = 500) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.message = ""
        self.setWindowTitle(title)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(24, 20, 24, 16)
        self.outer.setSpacing(10)
        self.form = new_form()
        self.outer.addLayout(self.form)
        self.form_error = QLabel()
        self.form_error.setObjectName("error_form")
        self.errors = FieldErrors(self.form_error)
        self.body = QVBoxLayout()
        self.outer.addLayout(self.body, 1)  # takes the spare height, keeping the buttons at the bottom
        self.outer.addWidget(self.form_error)
        self.buttons = confirm_cancel_buttons(self, self.accept, confirm_text)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.outer.addWidget(self.buttons)
        self.setMinimumWidth(min_width)

    def add_field(self, label: str, widget: QWidget, error_name: str | None = None) -> QWidget:
        """A labelled row; with ``error_name`` the service's message for it shows underneath."""
        if error_name:
            add_field_row(self.form, label, widget, self.errors, error_name)
        else:
            self.form.addRow(label, widget)
        return widget

    def submit(self) -> None:
        """Run the service call; raise ValidationError to keep the dialog open."""
        raise NotImplementedError

    def accept(self) -> None:
        """Run the service; close only when it went through."""
        outcome = submit_form(self.submit, self.errors, self.form_error)
        if isinstance(outcome, ValidationError):
            self.refused(outcome)
        elif outcome:
            super().accept()

    def refused(self, error: ValidationError) -> None:
        """Called after a refusal was shown under the fields; dialogs with tables or lines place it there."""

    def run(self) -> str | None:
        """Show modally; the status message after success, else None (tests drive the dialog instead)."""
        return self.message if self.exec() == QDialog.DialogCode.Accepted else None
