"""Staff accounts page (managers): the list, and dialogs to add or change an account."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from aftersales_desktop.domain.enums import Role
from aftersales_desktop.domain.errors import Collector, NotFound, PermissionDenied, ValidationError
from aftersales_desktop.gui.form_layout import add_field_row, new_form, save_cancel_buttons
from aftersales_desktop.gui.support import FieldErrors, show_problem
from aftersales_desktop.i18n import tr
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.outlet import AccountDraft
from aftersales_desktop.services.staff import StaffMember, create_staff, list_staff, update_staff


class StaffDialog(QDialog):
    """Add an account (``member`` None) or change one; ``result_member`` is the saved account."""

    def __init__(self, ctx: AppContext, member: StaffMember | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member = member
        self.result_member: StaffMember | None = None
        adding = member is None
        self.setWindowTitle(tr("Add staff account") if adding else tr("Edit staff account"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        form_error = QLabel()
        self.errors = FieldErrors(form_error)
        form = new_form()

        self.username = QLineEdit(member.username if member else "")
        self.username.setReadOnly(not adding)
        self.display_name = QLineEdit(member.display_name if member else "")
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(tr(role.label), role)
        self.role.setCurrentIndex(list(Role).index(member.role if member else Role.TECHNICIAN))
        self.phone = QLineEdit(member.phone if member else "")
        self.active = QCheckBox(tr("Account can log in"))
        self.active.setChecked(member.active if member else True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_confirm = QLineEdit()
        self.password_confirm.setEchoMode(QLineEdit.EchoMode.Password)
        if not adding:
            self.password.setPlaceholderText(tr("Leave empty to keep the password"))

        add_field_row(form, tr("User name:"), self.username, self.errors, "username")
        add_field_row(form, tr("Full name:"), self.display_name, self.errors, "display_name")
        add_field_row(form, tr("Role:"), self.role, self.errors, "role")
        add_field_row(form, tr("Phone:"), self.phone, self.errors, "phone")
        if not adding:
            add_field_row(form, tr("Active:"), self.active, self.errors, "active")
        add_field_row(form, tr("Password:") if adding else tr("New password:"), self.password,
                      self.errors, "password")
        add_field_row(form, tr("Password again:"), self.password_confirm, self.errors, "password_confirm")
        layout.addLayout(form)
        layout.addWidget(form_error)

        layout.addWidget(save_cancel_buttons(self, self.save))
        self.setMinimumWidth(440)

    def save(self) -> None:
        """Create or update the account; errors stay next to their fields."""
        try:
            if self.password.text() != self.password_confirm.text():
                errors = Collector()
                errors.add("password_confirm", "The two passwords differ.")
                errors.raise_if_any()
            role = self.role.currentData()
            if self.member is None:
                self.result_member = create_staff(self.ctx, AccountDraft(
                    self.username.text(), self.display_name.text(), self.password.text(), role,
                    self.phone.text()))
            else:
                self.result_member = update_staff(
                    self.ctx, self.member.id, display_name=self.display_name.text(), role=role,
                    phone=self.phone.text(), active=self.active.isChecked(),
                    new_password=self.password.text())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except (PermissionDenied, NotFound) as exc:
            show_problem(self, exc)
            return
        self.accept()

    def run(self) -> StaffMember | None:
        """Show modally; the saved account or None (tests patch this)."""
        return self.result_member if self.exec() == QDialog.DialogCode.Accepted else None


class StaffView(QWidget):
    """The outlet's staff accounts with Add… and Edit… (the service refuses non-managers anyway)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.members: list[StaffMember] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        bar = QHBoxLayout()
        self.add_button = QPushButton(tr("Add…"))
        self.edit_button = QPushButton(tr("Edit…"))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("User name"), tr("Role"), tr("Phone"),
                                              tr("Active")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_member())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        """Reload the accounts."""
        try:
            self.members = list_staff(self.ctx)
        except PermissionDenied as exc:
            show_problem(self, exc)
            self.members = []
        self.table.setRowCount(len(self.members))
        for row, member in enumerate(self.members):
            cells = (member.display_name, member.username, tr(member.role.label), member.phone,
                     tr("Yes") if member.active else tr("No"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not member.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def selected_member(self) -> StaffMember | None:
        """The account of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        return self.members[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected_member() is not None)

    def open_dialog(self, member: StaffMember | None) -> StaffDialog:
        """The add or edit dialog (a seam for tests, which drive it without exec)."""
        return StaffDialog(self.ctx, member, self)

    def add_member(self) -> None:
        """Add an account through the dialog."""
        if self.open_dialog(None).run() is not None:
            self.refresh()

    def edit_member(self) -> None:
        """Change the selected account through the dialog."""
        member = self.selected_member()
        if member is not None and self.open_dialog(member).run() is not None:
            self.refresh()
