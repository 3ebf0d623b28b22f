"""Log in with user name and password; Enter submits, Escape cancels."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget)

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.gui.form_layout import add_field_row, new_form
from aftersales_desktop.gui.support import FieldErrors
from aftersales_desktop.gui.theme import outlet_title
from aftersales_desktop.i18n import tr
from aftersales_desktop.services.context import CurrentUser
from aftersales_desktop.services.outlet import current_outlet, log_in
from aftersales_desktop.storage.database import Database


class LoginDialog(QDialog):
    """Asks for a user name and password; ``user`` holds who logged in once accepted."""

    def __init__(self, db: Database, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.user: CurrentUser | None = None
        outlet = current_outlet(db)
        self.setWindowTitle(tr("Log in — {outlet}", outlet=outlet.name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        title = QLabel(tr("After-sales desktop"))
        title.setObjectName("dialogTitle")
        where = QLabel(outlet_title(outlet.code, outlet.name))
        where.setObjectName("hint")
        layout.addWidget(title)
        layout.addWidget(where)

        form_error = QLabel()
        self.errors = FieldErrors(form_error)
        form = new_form()
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        add_field_row(form, tr("User name:"), self.username, self.errors, "username")
        add_field_row(form, tr("Password:"), self.password, self.errors, "password")
        layout.addLayout(form)
        layout.addWidget(form_error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.login_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(tr("Log in"))
        self.login_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)
        (self.password if username else self.username).setFocus()

    def submit(self) -> None:
        """Check the password; accept, or say what is wrong under the field."""
        try:
            self.user = log_in(self.db, self.username.text(), self.password.text())
        except ValidationError as exc:
            self.errors.show(exc)
            self.password.selectAll()
            self.password.setFocus()
            return
        self.errors.clear()
        self.accept()

    def run(self) -> CurrentUser | None:
        """Show the dialog modally; the user, or None when cancelled (tests patch this)."""
        return self.user if self.exec() == QDialog.DialogCode.Accepted else None
