"""Suppliers page (供应商): a searchable list with each supplier's latest score and replacement flag,
the selected supplier's contacts, parts, deliveries, defects and evaluations, and a dialog per action
(new/edit supplier, add a part, receive a delivery, record a defect, evaluate, set the pass mark).

Each dialog calls one service when confirmed; a ValidationError puts the messages next to the
fields (next to the cell for a delivery's lines) and keeps the dialog open, so nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
                               QWidget)

from aftersales_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from aftersales_desktop.domain.money import fen_to_yuan_text, format_fen, yuan_to_fen
from aftersales_desktop.domain.permissions import Action, is_allowed
from aftersales_desktop.domain.suppliers import DefectSource, previous_month
from aftersales_desktop.gui.form_dialog import FormDialog
from aftersales_desktop.gui.form_layout import date_edit, quantity_spin
from aftersales_desktop.gui.formatting import local_date, local_time
from aftersales_desktop.gui.job_dialogs import combo_product_id, product_combo
from aftersales_desktop.gui.support import (empty_state_label, hint_label, read_only_table, refusal_text,
                                            show_problem, split_panes, title_label)
from aftersales_desktop.i18n import N_, tr
from aftersales_desktop.services import suppliers
from aftersales_desktop.services.catalog import ProductInfo, list_products
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.suppliers import (DeliveryDraft, DeliveryLine, EvaluationInfo, SupplierDetail,
                                                   SupplierDraft, SupplierSummary)

FLAG_COLOUR = "#c62828"
SUPERSEDED_COLOUR = "#9aa5b1"
CELL_ERROR_STYLE = "border: 1px solid #c62828; background: #fdecea;"
FLAG_STYLE = ("background: #fdecea; color: #8e1c1c; border: 1px solid #f1a7a1; border-radius: 6px;"
              " padding: 6px 10px;")


def _can(ctx: AppContext, action: Action) -> bool:
    return ctx.user is not None and is_allowed(ctx.user.role, action)


def _item(text: str, *, right: bool = False, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def flag_text() -> str:
    """The replacement flag as the list and the detail show it."""
    return tr("To be replaced")


# ---- dialogs ------------------------------------------------------------------------------------


class SupplierFormDialog(FormDialog):
    """A form that calls one supplier service on confirm and shows what it refuses under the fields."""


class SupplierDialog(SupplierFormDialog):
    """A new supplier, or the contact details of ``existing``."""

    def __init__(self, ctx: AppContext, existing: suppliers.SupplierInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Edit supplier") if existing else tr("New supplier"), parent, tr("Save"))
        self.existing = existing
        self.supplier_id: str | None = existing.id if existing else None
        self.name = self.add_field(tr("Name:"), QLineEdit(), "name")
        self.name.setPlaceholderText(tr("e.g. 广州华彩耗材有限公司"))
        self.contact_person = self.add_field(tr("Contact person:"), QLineEdit(), "contact_person")
        self.phone = self.add_field(tr("Phone:"), QLineEdit(), "phone")
        self.phone.setPlaceholderText(tr("e.g. 13812345678 or 021-62345678"))
        self.email = self.add_field(tr("E-mail:"), QLineEdit(), "email")
        self.address = self.add_field(tr("Address:"), QLineEdit(), "address")
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(60)
        self.add_field(tr("Note:"), self.note, "note")
        if existing is not None:
            for edit, text in ((self.name, existing.name), (self.contact_person, existing.contact_person),
                               (self.phone, existing.phone), (self.email, existing.email),
                               (self.address, existing.address)):
                edit.setText(text)
            self.note.setPlainText(existing.note)

    def draft(self) -> SupplierDraft:
        """What the form says."""
        return SupplierDraft(self.name.text(), self.contact_person.text(), self.phone.text(), self.email.text(),
                             self.address.text(), self.note.toPlainText())

    def submit(self) -> None:
        if self.existing is None:
            saved = suppliers.create_supplier(self.ctx, self.draft())
            self.message = tr("Supplier {name} added", name=saved.name)
        else:
            saved = suppliers.update_supplier(self.ctx, self.existing.id, self.draft())
            self.message = tr("Supplier {name} saved", name=saved.name)
        self.supplier_id = saved.id


class SupplierPartDialog(SupplierFormDialog):
    """A part the supplier supplies, with the agreed price and lead time."""

    def __init__(self, ctx: AppContext, supplier: suppliers.SupplierInfo, products: list[ProductInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Part supplied by {supplier}", supplier=supplier.name), parent, tr("Save"))
        self.supplier = supplier
        self.product = self.add_field(tr("Part:"), product_combo(products), "product")
        self.product.lineEdit().setPlaceholderText(tr("Type a model or name…"))
        self.price = self.add_field(tr("Agreed price (¥):"), QLineEdit(), "agreed_price")
        self.price.setPlaceholderText("0.00")
        self.lead_days = self.add_field(tr("Lead time (days):"), quantity_spin(7, 0, 365), "lead_days")

    def submit(self) -> None:
        product_id = combo_product_id(self.product)
        if product_id is None:
            raise ValidationError.single("product", "Choose a part from the catalog.")
        saved = suppliers.set_supplier_part(self.ctx, self.supplier.id, product_id, self.price.text(),
                                            self.lead_days.value())
        self.message = tr("{part} at {price} from {supplier}", part=saved.product_title,
                          price=format_fen(saved.agreed_price_fen), supplier=self.supplier.name)


@dataclass
class _LineCells:
    """The editors of one delivery line (one table row)."""

    product: QComboBox
    quantity: QSpinBox
    location: QLineEdit
    batch: QLineEdit
    unit_cost: QLineEdit
    expires_on: QLineEdit
    rejected: QSpinBox

    def by_field(self) -> dict[str, QWidget]:
        return {"product": self.product, "quantity": self.quantity, "location": self.location,
                "batch": self.batch, "unit_cost": self.unit_cost, "expires_on": self.expires_on,
                "rejected": self.rejected}


class DeliveryDialog(SupplierFormDialog):
    """到货入库: a supplier's delivery note with its lines; rejected units become goods-in defects."""

    COLUMNS = ("product", "quantity", "location", "batch", "unit_cost", "expires_on", "rejected")

    def __init__(self, ctx: AppContext, detail: SupplierDetail, products: list[ProductInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Receive delivery from {supplier}", supplier=detail.supplier.name), parent,
                         tr("Receive"))
        self.detail = detail
        self.prices = {p.product_id: p.agreed_price_fen for p in detail.parts}
        # The supplier's own parts first: they are what it usually delivers.
        own = [p for p in products if p.id in self.prices]
        self.products = own + [p for p in products if p.id not in self.prices]
        self.reference = self.add_field(tr("Delivery note:"), QLineEdit(), "reference")
        self.reference.setPlaceholderText(tr("Supplier's delivery note number"))
        self.received_on = self.add_field(tr("Received on:"), date_edit(QDate.currentDate()), "received_on")
        promised_row = QWidget()
        row = QHBoxLayout(promised_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.has_promise = QCheckBox(tr("Promised for"))
        self.promised_on = date_edit(QDate.currentDate())
        self.promised_on.setEnabled(False)
        self.has_promise.toggled.connect(self.promised_on.setEnabled)
        row.addWidget(self.has_promise)
        row.addWidget(self.promised_on, 1)
        self.add_field(tr("Promised date:"), promised_row, "promised_on")
        self.note = self.add_field(tr("Note:"), QLineEdit(), "note")
        self.supplier_error = self.errors.label_for("supplier")
        self.form.addRow("", self.supplier_error)

        self.lines_table = QTableWidget(0, len(self.COLUMNS))
        self.lines_table.setHorizontalHeaderLabels([
            tr("Part"), tr("Delivered"), tr("Location"), tr("Batch"), tr("Unit cost (¥)"),
            tr("Expires (yyyy-mm-dd)"), tr("Rejected at goods-in")])
        self.lines_table.verticalHeader().setDefaultSectionSize(34)
        header = self.lines_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 80), (2, 80), (3, 90), (4, 100), (5, 130), (6, 80)):
            header.resizeSection(column, width)
        self.cells: list[_LineCells] = []
        line_buttons = QHBoxLayout()
        self.add_line_button = QPushButton(tr("Add line"))
        self.add_line_button.clicked.connect(lambda: self.add_line())
        self.remove_line_button = QPushButton(tr("Remove line"))
        self.remove_line_button.clicked.connect(self.remove_line)
        line_buttons.addWidget(QLabel(tr("Lines: units delivered, and how many of them were rejected at goods-in.")),
                               1)
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addWidget(self.remove_line_button)
        self.body.addLayout(line_buttons)
        self.body.addWidget(self.lines_table, 1)
        self.lines_error = self.errors.label_for("lines")
        self.body.addWidget(self.lines_error)
        self.add_line()
        self.setMinimumSize(940, 560)

    def add_line(self, product_id: str | None = None) -> _LineCells:
        """A new empty line at the bottom (the supplier's first part preselected)."""
        if product_id is None and self.detail.parts:
            product_id = self.detail.parts[0].product_id
        row = self.lines_table.rowCount()
        self.lines_table.insertRow(row)
        cells = _LineCells(product_combo(self.products, product_id), quantity_spin(1), QLineEdit(), QLineEdit(),
                           QLineEdit(), QLineEdit(), quantity_spin(0))
        cells.location.setPlaceholderText(tr("e.g. A-01"))
        cells.unit_cost.setPlaceholderText("0.00")
        cells.unit_cost.setAlignment(Qt.AlignmentFlag.AlignRight)
        cells.expires_on.setPlaceholderText(tr("none"))
        cells.product.currentIndexChanged.connect(lambda _i, c=cells: self._prefill_cost(c))
        for column, widget in enumerate(cells.by_field().values()):
            self.lines_table.setCellWidget(row, column, widget)
        self.cells.append(cells)
        self._prefill_cost(cells)
        return cells

    def remove_line(self) -> None:
        """Remove the selected line (or the last one)."""
        if not self.cells:
            return
        row = self.lines_table.currentRow()
        if not 0 <= row < len(self.cells):
            row = len(self.cells) - 1
        self.lines_table.removeRow(row)
        del self.cells[row]

    def _prefill_cost(self, cells: _LineCells) -> None:
        price = self.prices.get(cells.product.currentData())
        if price is not None and not cells.unit_cost.text().strip():
            cells.unit_cost.setText(fen_to_yuan_text(price))

    def _lines(self) -> tuple[list[DeliveryLine], dict[str, str]]:
        """The lines as typed, and the cells the dialog itself cannot read (those hold placeholders)."""
        problems: dict[str, str] = {}
        lines = []
        for index, cells in enumerate(self.cells):
            prefix = f"lines.{index}."
            cost = 0
            try:
                cost = yuan_to_fen(cells.unit_cost.text().strip() or "0")
            except ValueError:
                problems[prefix + "unit_cost"] = N_("Enter an amount in yuan, e.g. 12.50.")
            expires = None
            if cells.expires_on.text().strip():
                try:
                    expires = date.fromisoformat(cells.expires_on.text().strip())
                except ValueError:
                    problems[prefix + "expires_on"] = N_("Enter a date such as 2027-12-31, or leave it empty.")
            lines.append(DeliveryLine(combo_product_id(cells.product) or "", cells.quantity.value(),
                                      cells.location.text(), cells.batch.text(), cost, expires,
                                      cells.rejected.value()))
        return lines, problems

    def submit(self) -> None:
        for cells in self.cells:
            for widget in cells.by_field().values():
                widget.setStyleSheet("")
                widget.setToolTip("")
        lines, problems = self._lines()
        draft = DeliveryDraft(self.detail.supplier.id, self.reference.text(),
                              self.received_on.date().toPython(),
                              self.promised_on.date().toPython() if self.has_promise.isChecked() else None,
                              self.note.text(), lines)
        if problems:
            # Show the service's refusals of the other fields too, so one try reveals every problem.
            found: dict[str, str] = {}
            params: dict[str, object] = {}
            try:
                suppliers.check_delivery(self.ctx, draft)
            except ValidationError as error:
                found, params = error.errors, error.params
            raise ValidationError({**found, **problems}, params)
        delivery = suppliers.receive_delivery(self.ctx, draft)
        self.delivery = delivery
        self.message = tr("Delivery {reference} received: {accepted} into stock, {rejected} rejected",
                          reference=delivery.reference, accepted=delivery.accepted_quantity,
                          rejected=delivery.rejected_quantity)

    def refused(self, error: ValidationError) -> None:
        # Each line's problem goes next to its cell (red frame, message as tooltip) and in a list below.
        titles = dict(zip(self.COLUMNS, (tr("Part"), tr("Delivered"), tr("Location"), tr("Batch"),
                                         tr("Unit cost (¥)"), tr("Expiry"), tr("Rejected at goods-in"))))
        listed = []
        for name, message in error.errors.items():
            parts = name.split(".")
            if name == "lines":
                listed.append(tr(message))
                continue
            if len(parts) != 3 or parts[0] != "lines" or not parts[1].isdigit():
                continue
            index, field = int(parts[1]), parts[2]
            text = refusal_text(error, message)
            if index < len(self.cells) and field in titles:
                widget = self.cells[index].by_field()[field]
                widget.setStyleSheet(CELL_ERROR_STYLE)
                widget.setToolTip(text)
            listed.append(tr("Line {line}, {column}: {message}", line=index + 1,
                             column=titles.get(field, field), message=text))
        if listed:
            self.lines_error.setText("\n".join(listed))
            self.lines_error.show()

    def line_error(self, index: int, field: str) -> str:
        """The message shown at a line's cell (empty when none); for tests and accessibility."""
        widget = self.cells[index].by_field()[field]
        return widget.toolTip() if widget.styleSheet() else ""


class DefectDialog(SupplierFormDialog):
    """Defective units of the supplier, found in an inspection, a customer return or at goods-in."""

    def __init__(self, ctx: AppContext, detail: SupplierDetail, products: list[ProductInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Record defect of {supplier}", supplier=detail.supplier.name), parent,
                         tr("Record"))
        self.detail = detail
        own = {p.product_id for p in detail.parts}
        self.product = self.add_field(tr("Part:"), product_combo(
            [p for p in products if p.id in own] + [p for p in products if p.id not in own],
            detail.parts[0].product_id if detail.parts else None), "product")
        self.batch = self.add_field(tr("Batch:"), QLineEdit(), "batch")
        self.quantity = self.add_field(tr("Defective units:"), quantity_spin(1), "quantity")
        self.source = QComboBox()
        for source in (DefectSource.INSPECTION, DefectSource.RETURN, DefectSource.GOODS_IN):
            self.source.addItem(tr(source.label), source.value)
        self.add_field(tr("Found:"), self.source, "source")
        self.reference = self.add_field(tr("Reference:"), QLineEdit(), "reference")
        self.reference.setPlaceholderText(tr("e.g. return or inspection number"))
        self.note = self.add_field(tr("Note:"), QLineEdit(), "note")

    def submit(self) -> None:
        product_id = combo_product_id(self.product)
        if product_id is None:
            raise ValidationError.single("product", "Choose a part from the catalog.")
        defect = suppliers.record_defect(self.ctx, self.detail.supplier.id, product_id, self.batch.text(),
                                         self.quantity.value(), self.source.currentData(),
                                         self.reference.text(), self.note.text())
        self.message = tr("{quantity} defective × {part} recorded for {supplier}", quantity=defect.quantity,
                          part=defect.product_title, supplier=self.detail.supplier.name)


class EvaluateDialog(SupplierFormDialog):
    """供应商评估: a period's figures and scores; managers save them as the supplier's evaluation."""

    FIGURES = ("deliveries", "received", "defective", "price_index", "on_time_score", "quality_score",
               "price_score", "score", "result")

    def __init__(self, ctx: AppContext, detail: SupplierDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Evaluate {supplier}", supplier=detail.supplier.name), parent,
                         tr("Save evaluation"))
        self.can_save = _can(ctx, Action.EVALUATE_SUPPLIERS)
        self.detail = detail
        self.preview: EvaluationInfo | None = None
        period_row = QWidget()
        row = QHBoxLayout(period_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.period = QLineEdit(previous_month(date.today()))
        self.period.setPlaceholderText(tr("e.g. 2026-10 or 2026-Q4"))
        self.calculate_button = QPushButton(tr("Calculate"))
        self.calculate_button.clicked.connect(self.calculate)
        row.addWidget(self.period, 1)
        row.addWidget(self.calculate_button)
        self.add_field(tr("Period (month or quarter):"), period_row, "period")
        self.values: dict[str, QLabel] = {}
        labels = (tr("Deliveries (on time / all):"), tr("Units received:"), tr("Units defective:"),
                  tr("Price index (100 = average paid):"), tr("On-time score (40 %):"),
                  tr("Quality score (40 %):"), tr("Price score (20 %):"), tr("Score:"), tr("Result:"))
        for key, label in zip(self.FIGURES, labels):
            value = QLabel("—")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.form.addRow(label, value)
        self.values["score"].setObjectName("dialogTitle")
        self.note = self.add_field(tr("Note:"), QLineEdit(), "note")
        self.rules = hint_label(tr("On time: received by the promised date (no date promised counts as on time). "
                                   "Quality: 100 minus 10 points per percent of units found defective. "
                                   "Price: 100 up to the average paid to all suppliers for the same parts, "
                                   "2.5 points less per percent above it."))
        self.body.addWidget(self.rules)
        self.note.setEnabled(self.can_save)
        self.ok_button.setVisible(self.can_save)
        # Enter recalculates; saving takes a deliberate click on "Save evaluation".
        self.ok_button.setDefault(False)
        self.ok_button.setAutoDefault(False)
        self.calculate_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Close"))
        self.setMinimumWidth(560)
        self.calculate()

    def calculate(self) -> None:
        """Show the period's figures without saving."""
        self.errors.clear()
        self.preview = None
        try:
            self.preview = suppliers.preview_evaluation(self.ctx, self.detail.supplier.id, self.period.text())
        except ValidationError as error:
            self.errors.show(error)
        except (PermissionDenied, NotFound) as error:
            show_problem(self, error)
        self._show(self.preview)
        self.ok_button.setEnabled(self.preview is not None)
        self.adjustSize()  # room for a message under the period, so it is not cut off

    def _show(self, found: EvaluationInfo | None) -> None:
        if found is None:
            for label in self.values.values():
                label.setText("—")
                label.setStyleSheet("")
            return
        texts = {
            "deliveries": f"{found.on_time_deliveries} / {found.deliveries}",
            "received": str(found.received_quantity),
            "defective": str(found.defective_quantity),
            "price_index": str(found.price_index),
            "on_time_score": str(found.on_time_score),
            "quality_score": str(found.quality_score),
            "price_score": str(found.price_score),
            "score": str(found.score),
            "result": (tr("Below the pass mark {threshold}: {flag}", threshold=found.threshold, flag=flag_text())
                       if found.flagged else tr("Passes (pass mark {threshold})", threshold=found.threshold)),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        self.values["result"].setStyleSheet(f"color: {FLAG_COLOUR}; font-weight: 600;" if found.flagged else "")

    def submit(self) -> None:
        saved = suppliers.evaluate_supplier(self.ctx, self.detail.supplier.id, self.period.text(),
                                            self.note.text())
        self.message = tr("{supplier} evaluated for {period}: score {score}", supplier=self.detail.supplier.name,
                          period=saved.period, score=saved.score)


class ThresholdDialog(SupplierFormDialog):
    """The pass mark: a supplier whose latest score is below it is flagged for replacement."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Supplier pass mark"), parent, tr("Save"))
        self.threshold = self.add_field(tr("Pass mark (0-100):"), quantity_spin(suppliers.get_supplier_threshold(ctx), 0, 100),
                                        "threshold")
        self.body.addWidget(hint_label(
            tr("Applies to evaluations saved from now on; saved ones keep the pass mark they had.")))

    def submit(self) -> None:
        value = suppliers.set_supplier_threshold(self.ctx, self.threshold.value())
        self.message = tr("Supplier pass mark set to {threshold}", threshold=value)


# ---- the page -----------------------------------------------------------------------------------


class SuppliersView(QWidget):
    """The supplier list on the left; the selected supplier's details in tabs on the right."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summaries: list[SupplierSummary] = []
        self.detail: SupplierDetail | None = None
        self.products: list[ProductInfo] = []
        self.selected_id: str | None = None
        manage = _can(ctx, Action.MANAGE_SUPPLIERS)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(8)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Filter by name, contact, phone or part…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(lambda _text: self.refresh())
        bar.addWidget(self.search, 1)
        self.show_inactive = QCheckBox(tr("Show inactive"))
        self.show_inactive.toggled.connect(lambda _on: self.refresh())
        bar.addWidget(self.show_inactive)
        self.buttons: dict[str, QPushButton] = {}
        self.allowed: dict[str, bool] = {"parts": manage}
        for key, text, allowed, handler in (
                ("new", tr("New supplier…"), manage, self.new_supplier),
                ("edit", tr("Edit…"), manage, self.edit_supplier),
                ("active", tr("Deactivate"), manage, self.toggle_active),
                ("receive", tr("Receive delivery…"), _can(ctx, Action.RECEIVE_STOCK), self.receive_delivery),
                ("defect", tr("Record defect…"), manage, self.record_defect),
                ("evaluate", tr("Evaluate…"), _can(ctx, Action.VIEW_SUPPLIERS), self.evaluate),
                ("threshold", tr("Pass mark…"), _can(ctx, Action.EVALUATE_SUPPLIERS), self.set_threshold)):
            button = QPushButton(text)
            button.clicked.connect(handler)
            button.setVisible(allowed)
            button.setEnabled(allowed)
            self.buttons[key] = button
            self.allowed[key] = allowed
            bar.addWidget(button)
        layout.addLayout(bar)

        splitter, left_column, right_column = split_panes(Qt.Orientation.Horizontal)
        # The score and the flag come right after the name: they are what the list is looked at for.
        self.table = read_only_table([tr("Supplier"), tr("Latest score"), tr("Status"), tr("Parts supplied"),
                                      tr("Contact"), tr("Phone")])
        # The name keeps a readable width (full name in its tooltip); the list scrolls sideways on a
        # narrow window rather than squeezing names to a few characters.
        list_header = self.table.horizontalHeader()
        list_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        list_header.resizeSection(0, 180)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        left_column.addWidget(self.table, 1)
        self.empty = empty_state_label(tr("No suppliers yet. Use “New supplier…” to add one."))
        left_column.addWidget(self.empty)

        right_column.setSpacing(6)
        self.title = title_label()
        self.flag = QLabel()
        self.flag.setObjectName("supplierFlag")
        self.flag.setStyleSheet(FLAG_STYLE)
        self.flag.setWordWrap(True)
        right_column.addWidget(self.title)
        right_column.addWidget(self.flag)
        self.tabs = QTabWidget()
        right_column.addWidget(self.tabs, 1)
        self._build_tabs(manage)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 580])
        layout.addWidget(splitter, 1)
        self.refresh()

    def _build_tabs(self, manage: bool) -> None:
        contacts = QWidget()
        self.contact_form = QFormLayout(contacts)
        self.contact_form.setContentsMargins(12, 12, 12, 12)
        self.contact_values: dict[str, QLabel] = {}
        for key, label in (("contact_person", tr("Contact person:")), ("phone", tr("Phone:")),
                           ("email", tr("E-mail:")), ("address", tr("Address:")), ("note", tr("Note:")),
                           ("status", tr("Status:")), ("latest", tr("Latest evaluation:"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.contact_values[key] = value
            self.contact_form.addRow(label, value)
        self.tabs.addTab(contacts, tr("Contacts"))

        parts = QWidget()
        parts_column = QVBoxLayout(parts)
        parts_bar = QHBoxLayout()
        parts_bar.addStretch(1)
        self.add_part_button = QPushButton(tr("Add part…"))
        self.add_part_button.clicked.connect(self.add_part)
        self.remove_part_button = QPushButton(tr("Remove part"))
        self.remove_part_button.clicked.connect(self.remove_part)
        for button in (self.add_part_button, self.remove_part_button):
            button.setVisible(manage)
            button.setEnabled(manage)
            parts_bar.addWidget(button)
        parts_column.addLayout(parts_bar)
        self.parts_table = read_only_table([tr("Part"), tr("Agreed price"), tr("Lead time (days)")])
        self.parts_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.parts_table.horizontalHeader().setStretchLastSection(False)
        parts_column.addWidget(self.parts_table, 1)
        self.tabs.addTab(parts, tr("Parts supplied"))

        self.deliveries_table = read_only_table([
            tr("Received on"), tr("Delivery note"), tr("Outlet"), tr("Promised"), tr("On time"), tr("Accepted"),
            tr("Rejected at goods-in"), tr("Value"), tr("Received by")])
        self.tabs.addTab(self.deliveries_table, tr("Deliveries"))
        self.defects_table = read_only_table([
            tr("Found"), tr("Part"), tr("Batch"), tr("Units"), tr("Where found"), tr("Reference"), tr("Note"),
            tr("By")])
        self.tabs.addTab(self.defects_table, tr("Defects"))
        self.evaluations_table = read_only_table([
            tr("Period"), tr("Score"), tr("Result"), tr("On time"), tr("Quality"), tr("Price"),
            tr("On time / deliveries"), tr("Units received"), tr("Defective"), tr("Price index"),
            tr("Pass mark"), tr("Evaluated"), tr("By"), tr("Note")])
        self.tabs.addTab(self.evaluations_table, tr("Evaluations"))

    # ---- data -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list (keeping the selection) and the selected supplier's details."""
        try:
            self.summaries = suppliers.list_suppliers(self.ctx, self.search.text(), self.show_inactive.isChecked())
        except PermissionDenied as exc:
            show_problem(self, exc)
            return
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.summaries))
        reselect = -1
        red = QBrush(QColor(FLAG_COLOUR))
        grey = QBrush(QColor(SUPERSEDED_COLOUR))
        for row, summary in enumerate(self.summaries):
            latest = summary.latest
            status = (flag_text() if summary.flagged else tr("Inactive") if not summary.active
                      else tr("Passes") if latest else tr("Not evaluated"))
            cells = [_item(summary.name, tooltip=summary.name),
                     _item(f"{latest.score} ({latest.period})" if latest else "—", right=True), _item(status),
                     _item(str(len(summary.part_titles)), right=True, tooltip="\n".join(summary.part_titles)),
                     _item(summary.contact_person), _item(summary.phone)]
            if summary.flagged:
                for item in (cells[1], cells[2]):
                    item.setForeground(red)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
            elif not summary.active:
                for item in cells:
                    item.setForeground(grey)
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
            if summary.id == self.selected_id:
                reselect = row
        self.table.blockSignals(False)
        self.empty.setVisible(not self.summaries)
        if reselect < 0 and self.summaries:
            reselect = 0
        if reselect >= 0:
            self.table.selectRow(reselect)
        self._selection_changed()

    def current_summary(self) -> SupplierSummary | None:
        """The supplier selected in the list, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.summaries):
            return None
        return self.summaries[rows[0].row()]

    def _selection_changed(self) -> None:
        summary = self.current_summary()
        self.selected_id = summary.id if summary else None
        self.show_detail(self.selected_id)

    def show_detail(self, supplier_id: str | None) -> None:
        """Fill the tabs with one supplier's details (or empty them)."""
        self.detail = None
        if supplier_id is not None:
            try:
                self.detail = suppliers.get_supplier(self.ctx, supplier_id)
            except (PermissionDenied, NotFound) as exc:
                show_problem(self, exc)
        detail = self.detail
        for key in ("edit", "active", "receive", "defect", "evaluate"):
            self.buttons[key].setEnabled(detail is not None and self.allowed[key])
        self.add_part_button.setEnabled(detail is not None and self.allowed["parts"])
        self.remove_part_button.setEnabled(detail is not None and self.allowed["parts"])
        if detail is None:
            self.title.setText(tr("Select a supplier on the left to see its details."))
            self.flag.hide()
            for table in (self.parts_table, self.deliveries_table, self.defects_table, self.evaluations_table):
                table.setRowCount(0)
            for value in self.contact_values.values():
                value.clear()
            return
        info = detail.supplier
        self.buttons["active"].setText(tr("Deactivate") if info.active else tr("Reactivate"))
        self.buttons["receive"].setEnabled(self.allowed["receive"] and info.active)
        self.title.setText(info.name if info.active else tr("{name} (inactive)", name=info.name))
        latest = detail.latest
        if latest is not None and latest.flagged:
            self.flag.setText(tr("{flag}: scored {score} for {period}, below the pass mark {threshold}.",
                                 flag=flag_text(), score=latest.score, period=latest.period,
                                 threshold=latest.threshold))
            self.flag.show()
        else:
            self.flag.hide()
        values = {"contact_person": info.contact_person, "phone": info.phone, "email": info.email,
                  "address": info.address, "note": info.note,
                  "status": tr("Active") if info.active else tr("Inactive"),
                  "latest": (tr("{score} for {period} (pass mark {threshold})", score=latest.score,
                                period=latest.period, threshold=latest.threshold) if latest
                             else tr("Not evaluated yet"))}
        for key, text in values.items():
            self.contact_values[key].setText(text or "—")
        self.contact_values["latest"].setStyleSheet(
            f"color: {FLAG_COLOUR}; font-weight: 600;" if latest is not None and latest.flagged else "")
        self._fill_parts(detail)
        self._fill_deliveries(detail)
        self._fill_defects(detail)
        self._fill_evaluations(detail)

    def _fill_parts(self, detail: SupplierDetail) -> None:
        self.parts_table.setRowCount(len(detail.parts))
        for row, part in enumerate(detail.parts):
            for column, item in enumerate((_item(part.product_title, tooltip=part.product_title),
                                           _item(format_fen(part.agreed_price_fen), right=True),
                                           _item(str(part.lead_days), right=True))):
                self.parts_table.setItem(row, column, item)

    def _fill_deliveries(self, detail: SupplierDetail) -> None:
        self.deliveries_table.setRowCount(len(detail.deliveries))
        red = QBrush(QColor(FLAG_COLOUR))
        for row, delivery in enumerate(detail.deliveries):
            lines = "\n".join(tr("{quantity} × {part}, batch {batch}, {cost} each", quantity=line.quantity,
                                 part=line.product_title, batch=line.batch or "—",
                                 cost=format_fen(line.unit_cost_fen)) for line in delivery.lines)
            on_time = _item(tr("Yes") if delivery.on_time else tr("Late"))
            if not delivery.on_time:
                on_time.setForeground(red)
            rejected = _item(str(delivery.rejected_quantity), right=True)
            if delivery.rejected_quantity:
                rejected.setForeground(red)
            cells = [_item(local_date(delivery.received_on), tooltip=lines), _item(delivery.reference, tooltip=lines),
                     _item(delivery.outlet_code),
                     _item(local_date(delivery.promised_on) or "—"), on_time,
                     _item(str(delivery.accepted_quantity), right=True), rejected,
                     _item(format_fen(delivery.value_fen), right=True), _item(delivery.received_by)]
            for column, item in enumerate(cells):
                self.deliveries_table.setItem(row, column, item)

    def _fill_defects(self, detail: SupplierDetail) -> None:
        self.defects_table.setRowCount(len(detail.defects))
        for row, defect in enumerate(detail.defects):
            cells = [_item(local_time(defect.found_at)), _item(defect.product_title, tooltip=defect.product_title),
                     _item(defect.batch), _item(str(defect.quantity), right=True), _item(tr(defect.source.label)),
                     _item(defect.reference), _item(defect.note, tooltip=defect.note), _item(defect.recorded_by)]
            for column, item in enumerate(cells):
                self.defects_table.setItem(row, column, item)

    def _fill_evaluations(self, detail: SupplierDetail) -> None:
        self.evaluations_table.setRowCount(len(detail.evaluations))
        red = QBrush(QColor(FLAG_COLOUR))
        grey = QBrush(QColor(SUPERSEDED_COLOUR))
        for row, found in enumerate(detail.evaluations):  # newest first
            result = _item(flag_text() if found.flagged else tr("Passes"))
            cells = [_item(found.period), _item(str(found.score), right=True), result,
                     _item(str(found.on_time_score), right=True), _item(str(found.quality_score), right=True),
                     _item(str(found.price_score), right=True),
                     _item(f"{found.on_time_deliveries} / {found.deliveries}", right=True),
                     _item(str(found.received_quantity), right=True),
                     _item(str(found.defective_quantity), right=True), _item(str(found.price_index), right=True),
                     _item(str(found.threshold), right=True), _item(local_time(found.evaluated_at)),
                     _item(found.evaluated_by), _item(found.note, tooltip=found.note)]
            if not found.current:
                for item in cells:
                    item.setForeground(grey)
                    item.setToolTip(tr("Superseded by a newer evaluation of {period}", period=found.period))
            elif found.flagged:
                result.setForeground(red)
                cells[1].setForeground(red)
            for column, item in enumerate(cells):
                self.evaluations_table.setItem(row, column, item)

    # ---- actions --------------------------------------------------------------------------------

    def _run(self, dialog: SupplierFormDialog) -> str | None:
        message = self.open_dialog(dialog)
        if message:
            self.refresh()
            self.status_message.emit(message)
        return message

    def open_dialog(self, dialog: SupplierFormDialog) -> str | None:
        """Show ``dialog`` modally (a seam for tests, which drive the dialog without exec)."""
        return dialog.run()

    def _products(self) -> list[ProductInfo]:
        if not self.products:
            self.products = list_products(self.ctx)
        return self.products

    def new_supplier(self) -> None:
        dialog = SupplierDialog(self.ctx, None, self)
        if self.open_dialog(dialog):
            self.selected_id = dialog.supplier_id
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.refresh()
            self.status_message.emit(dialog.message)

    def edit_supplier(self) -> None:
        if self.detail is not None:
            self._run(SupplierDialog(self.ctx, self.detail.supplier, self))

    def toggle_active(self) -> None:
        if self.detail is None:
            return
        info = self.detail.supplier
        try:
            suppliers.set_supplier_active(self.ctx, info.id, not info.active)
        except (PermissionDenied, NotFound) as exc:
            show_problem(self, exc)
            return
        if info.active and not self.show_inactive.isChecked():
            self.show_inactive.setChecked(True)  # keep the supplier in view, shown as inactive
        self.refresh()
        self.status_message.emit(tr("Supplier {name} deactivated", name=info.name) if info.active
                                 else tr("Supplier {name} reactivated", name=info.name))

    def add_part(self) -> None:
        if self.detail is not None:
            self._run(SupplierPartDialog(self.ctx, self.detail.supplier, self._products(), self))

    def remove_part(self) -> None:
        if self.detail is None:
            return
        row = self.parts_table.currentRow()
        if not 0 <= row < len(self.detail.parts):
            return
        part = self.detail.parts[row]
        try:
            suppliers.remove_supplier_part(self.ctx, part.id)
        except (PermissionDenied, NotFound) as exc:
            show_problem(self, exc)
            return
        self.refresh()
        self.status_message.emit(tr("{part} removed from {supplier}'s parts", part=part.product_title,
                                    supplier=self.detail.supplier.name if self.detail else ""))

    def receive_delivery(self) -> None:
        if self.detail is not None:
            self._run(DeliveryDialog(self.ctx, self.detail, self._products(), self))

    def record_defect(self) -> None:
        if self.detail is not None:
            self._run(DefectDialog(self.ctx, self.detail, self._products(), self))

    def evaluate(self) -> None:
        if self.detail is not None:
            self._run(EvaluateDialog(self.ctx, self.detail, self))

    def set_threshold(self) -> None:
        self._run(ThresholdDialog(self.ctx, self))
