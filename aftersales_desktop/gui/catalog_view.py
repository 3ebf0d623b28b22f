"""Product catalog page: searchable list of parts and consumables and a dialog to add or edit one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from aftersales_desktop.domain.enums import ProductType
from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.domain.money import fen_to_yuan_text, format_fen
from aftersales_desktop.domain.permissions import Action, is_allowed
from aftersales_desktop.gui.form_layout import add_field_row, new_form, save_cancel_buttons
from aftersales_desktop.gui.support import FieldErrors, empty_state_label, show_problem
from aftersales_desktop.i18n import tr
from aftersales_desktop.services.catalog import (ProductDraft, ProductInfo, create_product, list_products,
                                                 update_product)
from aftersales_desktop.services.context import AppContext

SEARCH_DELAY_MS = 250


class ProductDialog(QDialog):
    """Add a catalog entry, or edit ``existing``; ``product`` is the saved entry once accepted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 existing: ProductInfo | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.existing = existing
        self.product: ProductInfo | None = None
        self.setWindowTitle(tr("Edit product") if existing else tr("Add product"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        form_error = QLabel()
        self.errors = FieldErrors(form_error)
        form = new_form()
        self.product_type = QComboBox()
        for kind in ProductType:
            self.product_type.addItem(tr(kind.label), kind)
        self.brand = QLineEdit()
        self.brand.setPlaceholderText(tr("e.g. HP"))
        self.model = QLineEdit()
        self.model.setPlaceholderText(tr("e.g. CF283A"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. 83A black toner"))
        self.compatible = QLineEdit()
        self.compatible.setPlaceholderText(tr("e.g. LaserJet Pro M125, M127"))
        self.specification = QLineEdit()
        self.specification.setPlaceholderText(tr("e.g. 1,500 pages, black"))
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems([tr("piece"), tr("box"), tr("set"), tr("bottle")])
        self.price = QLineEdit()
        self.price.setPlaceholderText("0.00")
        self.cost = QLineEdit()
        self.cost.setPlaceholderText("0.00")
        self.active = QCheckBox(tr("In use (shown in pickers)"))
        self.active.setChecked(True)
        add_field_row(form, tr("Type:"), self.product_type, self.errors, "product_type")
        add_field_row(form, tr("Brand:"), self.brand, self.errors, "brand")
        add_field_row(form, tr("Model:"), self.model, self.errors, "model")
        add_field_row(form, tr("Name:"), self.name, self.errors, "name")
        add_field_row(form, tr("Specification:"), self.specification, self.errors, "specification")
        add_field_row(form, tr("Compatible printers:"), self.compatible, self.errors, "compatible_printers")
        add_field_row(form, tr("Unit:"), self.unit, self.errors, "unit")
        add_field_row(form, tr("Unit price (yuan):"), self.price, self.errors, "unit_price")
        add_field_row(form, tr("Unit cost (yuan):"), self.cost, self.errors, "unit_cost")
        if existing is not None:
            form.addRow("", self.active)
            self._fill(existing)
        layout.addLayout(form)
        layout.addWidget(form_error)
        layout.addWidget(save_cancel_buttons(self, self.save))
        self.setMinimumWidth(480)

    def _fill(self, product: ProductInfo) -> None:
        self.product_type.setCurrentIndex(self.product_type.findData(product.product_type))
        for field, text in ((self.brand, product.brand), (self.model, product.model), (self.name, product.name),
                            (self.specification, product.specification),
                            (self.compatible, product.compatible_printers),
                            (self.price, fen_to_yuan_text(product.unit_price_fen)),
                            (self.cost, fen_to_yuan_text(product.unit_cost_fen))):
            field.setText(text)
        self.unit.setCurrentText(product.unit)
        self.active.setChecked(product.active)

    def draft(self) -> ProductDraft:
        """What is typed, as the service takes it."""
        return ProductDraft(self.product_type.currentData(), self.brand.text(), self.model.text(),
                            self.name.text(), self.compatible.text(), self.price.text().strip() or "0",
                            specification=self.specification.text(), unit=self.unit.currentText(),
                            unit_cost=self.cost.text().strip() or "0")

    def save(self) -> None:
        """Save the product, or show what is wrong next to the field."""
        try:
            if self.existing is None:
                self.product = create_product(self.ctx, self.draft())
            else:
                self.product = update_product(self.ctx, self.existing.id, self.draft(),
                                              active=self.active.isChecked())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except PermissionDenied as exc:
            show_problem(self, exc)
            return
        self.accept()

    def run(self) -> ProductInfo | None:
        """Show modally; the new product or None (tests patch this)."""
        return self.product if self.exec() == QDialog.DialogCode.Accepted else None


class CatalogView(QWidget):
    """Consumables in the catalog with a search box; "Add product…" for roles that edit the catalog."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.products: list[ProductInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search brand, model, name or printer…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        bar.addWidget(self.search, 1)
        self.add_button = QPushButton(tr("Add product…"))
        self.add_button.clicked.connect(self.add_product)
        can_edit = ctx.user is not None and is_allowed(ctx.user.role, Action.EDIT_CATALOG)
        self.add_button.setVisible(can_edit)
        bar.addWidget(self.add_button)
        self.edit_button = QPushButton(tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_product)
        self.edit_button.setVisible(can_edit)
        self.can_edit = can_edit
        bar.addWidget(self.edit_button)
        layout.addLayout(bar)

        # Typing re-queries after a short pause rather than on every key press.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels([tr("Type"), tr("Brand"), tr("Model"), tr("Name"),
                                              tr("Specification"), tr("Compatible printers"), tr("Unit"),
                                              tr("Unit price"), tr("Unit cost")])
        self.table.doubleClicked.connect(lambda _index: self.edit_product())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.empty = empty_state_label(tr("No products match."))
        self.empty.hide()
        layout.addWidget(self.empty)
        self.refresh()

    def refresh(self) -> None:
        """Reload the products that match the search text."""
        self._search_timer.stop()
        try:
            self.products = list_products(self.ctx, self.search.text(), include_inactive=self.can_edit)
        except PermissionDenied as exc:
            show_problem(self, exc)
            self.products = []
        self.table.setRowCount(len(self.products))
        for row, product in enumerate(self.products):
            name = product.name if product.active else tr("{name} (retired)", name=product.name).strip()
            cells = (tr(product.product_type.label), product.brand, product.model, name,
                     product.specification, product.compatible_printers, product.unit,
                     format_fen(product.unit_price_fen), format_fen(product.unit_cost_fen))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (7, 8):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 5:
                    item.setToolTip(text)
                if not product.active:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.products)

    def open_dialog(self, existing: ProductInfo | None = None) -> ProductDialog:
        """The add or edit dialog (a seam for tests, which drive it without exec)."""
        return ProductDialog(self.ctx, self, existing)

    def add_product(self) -> None:
        """Add a product through the dialog and show it in the list."""
        if self.open_dialog().run() is not None:
            self.refresh()

    def edit_product(self) -> None:
        """Edit the selected product (double-click or "Edit…")."""
        rows = self.table.selectionModel().selectedRows()
        if not self.can_edit or not rows or rows[0].row() >= len(self.products):
            return
        if self.open_dialog(self.products[rows[0].row()]).run() is not None:
            self.refresh()
