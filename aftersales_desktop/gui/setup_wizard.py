"""First-run set-up: the outlet's details, then the first manager account."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage

from aftersales_desktop.domain.errors import Collector, ValidationError
from aftersales_desktop.gui.form_layout import add_field_row, new_form
from aftersales_desktop.gui.support import FieldErrors, busy_cursor
from aftersales_desktop.i18n import tr
from aftersales_desktop.services.context import CurrentUser
from aftersales_desktop.services.outlet import (AccountDraft, OutletDraft, set_up_outlet, validate_account,
                                                validate_outlet)
from aftersales_desktop.storage.database import Database


class OutletPage(QWizardPage):
    """Page one: outlet code, name, address and phone, checked before moving on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Your service outlet"))
        self.setSubTitle(tr("These details appear on repair slips and in every job number."))
        layout = QVBoxLayout(self)
        form_error = QLabel()
        self.errors = FieldErrors(form_error)
        form = new_form()
        self.code = QLineEdit()
        self.code.setPlaceholderText(tr("e.g. SH01"))
        self.code.setMaxLength(8)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. Shanghai Pudong outlet"))
        self.address = QLineEdit()
        self.phone = QLineEdit()
        add_field_row(form, tr("Outlet code:"), self.code, self.errors, "code")
        add_field_row(form, tr("Outlet name:"), self.name, self.errors, "name")
        add_field_row(form, tr("Address:"), self.address, self.errors, "address")
        add_field_row(form, tr("Phone:"), self.phone, self.errors, "phone")
        layout.addLayout(form)
        hint = QLabel(tr("The outlet code starts every document number, such as SH01-J202611-0042. "
                         "It cannot be changed later."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(form_error)
        layout.addStretch(1)

    def draft(self) -> OutletDraft:
        """What is typed, as the service takes it."""
        return OutletDraft(self.code.text(), self.name.text(), self.address.text(), self.phone.text())

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        """Stay on the page while a field is wrong, with the message under it."""
        errors = Collector()
        validate_outlet(self.draft(), errors)
        if errors.errors:
            self.errors.show(ValidationError(errors.errors, errors.params))
            return False
        self.errors.clear()
        return True


class ManagerPage(QWizardPage):
    """Page two: the first manager's user name, name and password (typed twice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("First manager account"))
        self.setSubTitle(tr("The outlet manager adds the other staff accounts after logging in."))
        layout = QVBoxLayout(self)
        form_error = QLabel()
        form_error.setObjectName("form_error")
        self.errors = FieldErrors(form_error)
        form = new_form()
        self.username = QLineEdit()
        self.username.setPlaceholderText(tr("e.g. li.wei"))
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_confirm = QLineEdit()
        self.password_confirm.setEchoMode(QLineEdit.EchoMode.Password)
        add_field_row(form, tr("User name:"), self.username, self.errors, "username")
        add_field_row(form, tr("Full name:"), self.display_name, self.errors, "display_name")
        add_field_row(form, tr("Password:"), self.password, self.errors, "password")
        add_field_row(form, tr("Password again:"), self.password_confirm, self.errors, "password_confirm")
        layout.addLayout(form)
        layout.addWidget(form_error)
        layout.addStretch(1)

    def draft(self) -> AccountDraft:
        """What is typed, as the service takes it."""
        return AccountDraft(self.username.text(), self.display_name.text(), self.password.text())

    def check(self) -> None:
        """Raise every problem of this page at once, including passwords that differ."""
        errors = Collector()
        validate_account(self.draft(), errors)
        if self.password.text() != self.password_confirm.text():
            errors.add("password_confirm", "The two passwords differ.")
        errors.raise_if_any()


class SetupWizard(QWizard):
    """Creates this installation's outlet and first manager; ``user`` is that manager afterwards."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user: CurrentUser | None = None
        self.setWindowTitle(tr("Set up the after-sales desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.outlet_page = OutletPage()
        self.manager_page = ManagerPage()
        self.addPage(self.outlet_page)
        self.addPage(self.manager_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Create outlet"))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Cancel"))
        self.setMinimumSize(560, 460)

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt override)
        """On the last page, create the outlet; a service error stays on screen next to its field."""
        if self.currentPage() is not self.manager_page:
            return super().validateCurrentPage()
        try:
            self.manager_page.check()
            with busy_cursor():
                self.user = set_up_outlet(self.db, self.outlet_page.draft(), self.manager_page.draft())
        except ValidationError as exc:
            # Outlet fields live on page one: their messages also show here, at form level.
            self.outlet_page.errors.show(exc)
            self.manager_page.errors.show(exc)
            return False
        return True

    def run(self) -> CurrentUser | None:
        """Show the wizard modally; the new manager, or None when cancelled (tests patch this)."""
        return self.user if self.exec() == QWizard.DialogCode.Accepted else None
