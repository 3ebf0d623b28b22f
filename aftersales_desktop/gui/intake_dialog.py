"""The intake form (客户咨询与受理): who called, about which product, what is wrong, when we reply."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority, Role
from aftersales_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from aftersales_desktop.gui.formatting import local_time
from aftersales_desktop.gui.form_layout import date_edit, field_with_error
from aftersales_desktop.gui.job_dialogs import (combo_product_id, plain_text_edit,
                                                product_combo)
from aftersales_desktop.gui.support import FieldErrors, busy_cursor, problem_text
from aftersales_desktop.i18n import tr
from aftersales_desktop.services.catalog import list_products
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.customers import CustomerDraft, find_customers
from aftersales_desktop.services.jobs import JobDraft, JobRow, create_job
from aftersales_desktop.services.outlet import get_reply_hours
from aftersales_desktop.services.staff import list_staff

SEARCH_DELAY_MS = 200
FIND_TAB, NEW_TAB = 0, 1


class IntakeDialog(QDialog):
    """Take in a new service job; Save calls ``services.jobs.create_job``.

    Signals: ``job_created(JobRow)`` after a successful save. Attributes: ``created`` (that row),
    ``errors`` (FieldErrors keyed by the service's field names), the input widgets by name.
    """

    job_created = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: JobRow | None = None
        self._customer_id: str | None = None
        self._reply_hours = get_reply_hours(ctx)
        self.setWindowTitle(tr("New service job"))
        self.form_error = QLabel()
        self.form_error.setObjectName("error_form")
        self.errors = FieldErrors(self.form_error)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_customers)

        columns = QHBoxLayout()
        columns.addWidget(self._build_customer(), 1)
        columns.addWidget(self._build_request(), 1)
        outer = QVBoxLayout(self)
        outer.addLayout(columns)
        outer.addWidget(self.form_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._update_reply_line()
        self.resize(920, 560)
        self.customer_search.setFocus()

    # ---- building -------------------------------------------------------------------------------

    def _build_customer(self) -> QWidget:
        group = QGroupBox(tr("Customer"))
        column = QVBoxLayout(group)
        self.customer_tabs = QTabWidget()
        column.addWidget(self.customer_tabs)
        column.addWidget(self.errors.label_for("customer"))

        find = QWidget()
        find_column = QVBoxLayout(find)
        self.customer_search = QLineEdit()
        self.customer_search.setPlaceholderText(tr("Search by name, phone or company"))
        self.customer_search.setClearButtonEnabled(True)
        self.customer_search.textChanged.connect(lambda _text: self._search_timer.start())
        self.customer_search.returnPressed.connect(self._search_now)
        self.customer_results = QListWidget()
        self.customer_results.currentItemChanged.connect(self._customer_picked)
        self.customer_results.itemActivated.connect(lambda _item: self.channel.setFocus())
        self.customer_hint = QLabel(tr("Type at least one character; pick the customer from the list."))
        self.customer_hint.setWordWrap(True)
        self.customer_hint.setStyleSheet("color: #52606d;")
        self.customer_picked_label = QLabel()
        self.customer_picked_label.setWordWrap(True)
        self.customer_picked_label.setStyleSheet("font-weight: 600;")
        find_column.addWidget(self.customer_search)
        find_column.addWidget(self.customer_results, 1)
        find_column.addWidget(self.customer_hint)
        find_column.addWidget(self.customer_picked_label)
        self.customer_tabs.addTab(find, tr("Existing customer"))

        new = QWidget()
        form = QFormLayout(new)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.customer_name = QLineEdit()
        self.customer_phone = QLineEdit()
        self.customer_phone.setPlaceholderText(tr("e.g. 13812345678 or 021-62345678"))
        self.customer_company = QLineEdit()
        self.customer_address = QLineEdit()
        self.customer_email = QLineEdit()
        for label, widget, name in ((tr("Name"), self.customer_name, "customer.name"),
                                    (tr("Phone"), self.customer_phone, "customer.phone"),
                                    (tr("Company"), self.customer_company, "customer.company"),
                                    (tr("Address"), self.customer_address, "customer.address"),
                                    (tr("E-mail"), self.customer_email, "customer.email")):
            form.addRow(label, field_with_error(widget, self.errors, name))
        self.customer_tabs.addTab(new, tr("New customer"))
        self.customer_tabs.currentChanged.connect(self._customer_tab_changed)
        return group

    def _build_request(self) -> QWidget:
        group = QGroupBox(tr("Request"))
        column = QVBoxLayout(group)
        form = QFormLayout()
        column.addLayout(form)
        # Spare height goes below the form, not between its rows.
        column.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(tr(channel.label), channel)
        form.addRow(tr("Channel"), self.channel)

        self.product = product_combo(list_products(self.ctx))
        self.product.lineEdit().setPlaceholderText(tr("Type a model, e.g. CF283A"))
        form.addRow(tr("Product"), field_with_error(self.product, self.errors, "product"))
        self.serial_number = QLineEdit()
        form.addRow(tr("Serial / batch"), field_with_error(self.serial_number, self.errors,
                                                           "serial_number"))
        dates = QWidget()
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        self.purchase_known = QCheckBox(tr("Known"))
        today = self.ctx.now().astimezone().date()
        self.purchase_date = date_edit(today)
        self.purchase_date.setEnabled(False)
        self.purchase_known.toggled.connect(self.purchase_date.setEnabled)
        row.addWidget(self.purchase_known)
        row.addWidget(self.purchase_date, 1)
        form.addRow(tr("Purchase date"), field_with_error(dates, self.errors, "purchase_date"))

        self.fault_category = QComboBox()
        for category in FaultCategory:
            self.fault_category.addItem(tr(category.label), category)
        form.addRow(tr("Fault"), self.fault_category)
        self.description = plain_text_edit(tr("What does the customer see? Since when? Which printer?"), 4)
        form.addRow(tr("Description"), field_with_error(self.description, self.errors, "description"))

        self.priority = QComboBox()
        for priority in Priority:
            self.priority.addItem(tr(priority.label), priority)
        self.priority.setCurrentIndex(self.priority.findData(Priority.NORMAL))
        self.priority.currentIndexChanged.connect(self._update_reply_line)
        form.addRow(tr("Priority"), self.priority)
        self.reply_line = QLabel()
        self.reply_line.setStyleSheet("color: #1565c0; font-weight: 600;")
        form.addRow("", self.reply_line)

        self.assign_to = QComboBox()
        self.assign_to.addItem(tr("Not yet (assign later)"), None)
        user = self.ctx.user
        # Only these roles route jobs; the service refuses an assignment from anyone else.
        self.may_assign = user is not None and user.role in (Role.MANAGER, Role.CUSTOMER_SERVICE)
        if self.may_assign:
            for member in list_staff(self.ctx, role=Role.TECHNICIAN, active_only=True):
                self.assign_to.addItem(member.display_name, member.id)
            form.addRow(tr("Assign to"), field_with_error(self.assign_to, self.errors, "assign_to"))
        return group

    # ---- customer search ------------------------------------------------------------------------

    def _search_now(self) -> None:
        self._search_timer.stop()
        self._search_customers()
        if self.customer_results.count():
            self.customer_results.setFocus()
            self.customer_results.setCurrentRow(0)

    def _search_customers(self) -> None:
        text = self.customer_search.text().strip()
        self.customer_results.clear()
        if not text:
            self.customer_hint.setText(tr("Type at least one character; pick the customer from the list."))
            return
        found = find_customers(self.ctx, text)
        for customer in found:
            parts = [customer.name, customer.phone, customer.company]
            item = QListWidgetItem("  ·  ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, customer.id)
            item.setToolTip(customer.address)
            self.customer_results.addItem(item)
        self.customer_hint.setText(
            tr("{n} found; pick one, or use the 'New customer' tab.", n=len(found)) if found
            else tr("No customer found: use the 'New customer' tab."))

    def _customer_picked(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        self._customer_id = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.customer_picked_label.setText(
            tr("Selected: {customer}", customer=current.text()) if current is not None else "")

    def _customer_tab_changed(self, index: int) -> None:
        # Carry what was searched for into the new-customer form so nothing is typed twice.
        if index != NEW_TAB:
            return
        typed = self.customer_search.text().strip()
        if not typed:
            return
        digits = sum(ch.isdigit() for ch in typed)
        target = self.customer_phone if digits >= len(typed) / 2 else self.customer_name
        if not target.text():
            target.setText(typed)

    def pick_customer(self, customer_id: str) -> bool:
        """Select a customer shown in the search results (for keyboard users and tests)."""
        for row in range(self.customer_results.count()):
            if self.customer_results.item(row).data(Qt.ItemDataRole.UserRole) == customer_id:
                self.customer_results.setCurrentRow(row)
                return True
        return False

    # ---- saving ---------------------------------------------------------------------------------

    def _update_reply_line(self) -> None:
        hours = self._reply_hours[Priority(self.priority.currentData())]
        due = self.ctx.now() + timedelta(hours=hours)
        self.reply_line.setText(tr("Reply promised by {time}", time=local_time(due)))

    def draft(self) -> JobDraft:
        """The job as typed."""
        customer_id = None
        new_customer = None
        if self.customer_tabs.currentIndex() == NEW_TAB:
            new_customer = CustomerDraft(self.customer_name.text(), self.customer_phone.text(),
                                         self.customer_company.text(), self.customer_address.text(),
                                         self.customer_email.text())
        else:
            customer_id = self._customer_id
        product_id = combo_product_id(self.product)
        return JobDraft(
            # Combo boxes hand enum data back as plain str: rebuild the enums.
            channel=Channel(self.channel.currentData()),
            fault_category=FaultCategory(self.fault_category.currentData()),
            priority=Priority(self.priority.currentData()), description=self.description.toPlainText(),
            customer_id=customer_id, new_customer=new_customer, product_id=product_id,
            product_model="" if product_id else self.product.currentText(),
            serial_number=self.serial_number.text(),
            purchase_date=self.purchase_date.date().toPython() if self.purchase_known.isChecked() else None,
            assign_to=self.assign_to.currentData() if self.may_assign else None)

    def accept(self) -> None:
        """Save the job; on a refusal show the messages next to the fields and stay open."""
        self.errors.clear()
        try:
            with busy_cursor():
                self.created = create_job(self.ctx, self.draft())
        except ValidationError as error:
            self.errors.show(error)
            if any(name.startswith("customer.") for name in error.errors):
                self.customer_tabs.setCurrentIndex(NEW_TAB)
            return
        except (PermissionDenied, NotFound) as error:
            self.form_error.setText(problem_text(error))
            self.form_error.show()
            return
        self.job_created.emit(self.created)
        super().accept()
