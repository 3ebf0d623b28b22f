"""Outlet settings for managers: hours promised to the customer for a reply, per priority."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QSpinBox, QVBoxLayout, QWidget

from aftersales_desktop.domain.enums import Priority
from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.gui.form_layout import add_field_row, new_form, save_cancel_buttons
from aftersales_desktop.gui.support import FieldErrors, show_problem
from aftersales_desktop.i18n import tr
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.outlet import get_reply_hours, reply_hours_key, set_reply_hours


class SettingsDialog(QDialog):
    """Reply hours per priority; Save writes them through the outlet service."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Outlet settings"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        title = QLabel(tr("Expected reply time"))
        title.setObjectName("dialogTitle")
        hint = QLabel(tr("Hours from intake until the customer is promised a reply, by priority. "
                         "New jobs use these; existing jobs keep their promised time."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(hint)

        form_error = QLabel()
        self.errors = FieldErrors(form_error)
        form = new_form()
        current = get_reply_hours(ctx)
        self.spins: dict[Priority, QSpinBox] = {}
        for priority in Priority:
            spin = QSpinBox()
            spin.setRange(1, 24 * 30)
            spin.setSuffix(" " + tr("hours"))
            spin.setValue(current[priority])
            spin.setMinimumWidth(110)
            spin.setMaximumWidth(160)
            self.spins[priority] = spin
            add_field_row(form, tr("{label}:", label=tr(priority.label)), spin, self.errors, reply_hours_key(priority))
        layout.addLayout(form)
        layout.addWidget(form_error)
        layout.addStretch(1)

        layout.addWidget(save_cancel_buttons(self, self.save))
        self.setMinimumWidth(420)

    def hours(self) -> dict[Priority, int]:
        """The hours as set in the spin boxes."""
        return {priority: spin.value() for priority, spin in self.spins.items()}

    def save(self) -> None:
        """Store the hours and close, or show what is wrong."""
        try:
            set_reply_hours(self.ctx, self.hours())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except PermissionDenied as exc:
            show_problem(self, exc)
            return
        self.accept()

    def run(self) -> bool:
        """Show modally; True when saved (tests patch this)."""
        return self.exec() == QDialog.DialogCode.Accepted
