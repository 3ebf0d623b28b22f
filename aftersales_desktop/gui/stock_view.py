"""Stock page (库存): alerts, on-hand by location and batch, a part's ledger (备件库存台账), and one
small dialog per stock movement (receive, issue, transfer, receive a transfer, dispose, count,
safety stock).

Each dialog calls one service function when OK (or Enter) is pressed; a ValidationError puts the
messages under the fields and keeps the dialog open, so nothing is written. Success closes it and
leaves a status line in ``message``, which the page emits as ``status_message``.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.domain.money import yuan_to_fen
from aftersales_desktop.domain.permissions import Action, is_allowed
from aftersales_desktop.domain.stock import MovementKind
from aftersales_desktop.gui.form_dialog import FormDialog
from aftersales_desktop.gui.form_layout import date_edit, quantity_spin
from aftersales_desktop.gui.formatting import local_date, local_time
from aftersales_desktop.gui.job_dialogs import combo_product_id, product_combo, technician_combo
from aftersales_desktop.gui.support import (empty_state_label, hint_label, read_only_table, show_problem,
                                            split_panes, title_label)
from aftersales_desktop.gui.theme import outlet_title
from aftersales_desktop.i18n import tr
from aftersales_desktop.services import stock
from aftersales_desktop.services.catalog import ProductInfo, list_products
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.jobs import find_job_by_number
from aftersales_desktop.services.outlet import list_outlets
from aftersales_desktop.services.staff import display_names

BELOW_SAFETY_TINT = "#fff3e0"
AMBER_STYLE = ("background: #fff4e5; color: #7a4b00; border: 1px solid #f5c26b; border-radius: 6px;"
               " padding: 6px 10px;")
RED_STYLE = ("background: #fdecea; color: #8e1c1c; border: 1px solid #f1a7a1; border-radius: 6px;"
             " padding: 6px 10px;")


# ---- names for display --------------------------------------------------------------------------


def outlet_names(ctx: AppContext) -> dict[str, str]:
    """'SH01 · name' of every outlet known here, by id."""
    return {o.id: outlet_title(o.code, o.name) for o in list_outlets(ctx)}


def job_for_number(ctx: AppContext, number: str) -> str | None:
    """The id of the job with ``number`` (None when left empty), or a ValidationError under the job field."""
    number = number.strip()
    if not number:
        return None
    job_id = find_job_by_number(ctx, number)
    if job_id is None:
        raise ValidationError.single("job", "No job has the number {number}.", number=number)
    return job_id


# ---- dialogs ------------------------------------------------------------------------------------


class StockDialog(FormDialog):
    """A form that calls one stock service on OK and shows what it refuses under the fields."""


class _PartDialog(StockDialog):
    """A dialog about one part at one location and batch, prefilled from the selected on-hand line."""

    def __init__(self, ctx: AppContext, title: str, products: list[ProductInfo],
                 line: stock.StockLine | None, parent: QWidget | None = None, *,
                 with_quantity: bool = True) -> None:
        super().__init__(ctx, title, parent)
        self.products = {p.id: p for p in products}
        self.product = self.add_field(tr("Part:"), product_combo(products, line and line.product_id),
                                      "product")
        self.product.lineEdit().setPlaceholderText(tr("Type a model or name…"))
        self.quantity = quantity_spin() if with_quantity else None
        if self.quantity is not None:
            self.add_field(tr("Quantity:"), self.quantity, "quantity")
        self.location = self.add_field(tr("Location:"), QLineEdit(line.location if line else ""),
                                       "location")
        self.location.setPlaceholderText(tr("e.g. A-01"))
        self.batch = self.add_field(tr("Batch:"), QLineEdit(line.batch if line else ""), "batch")

    def product_id(self) -> str:
        """The chosen part, or a ValidationError under the part field."""
        product_id = combo_product_id(self.product)
        if product_id is None:
            raise ValidationError.single("product", "Choose a part from the catalog.")
        return product_id

    def part_title(self, product_id: str) -> str:
        product = self.products.get(product_id)
        return f"{product.brand} {product.model}" if product else ""


class ReceiveDialog(_PartDialog):
    """入库: parts arriving from a supplier, with the delivery note."""

    def __init__(self, ctx: AppContext, products: list[ProductInfo], line: stock.StockLine | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Receive stock"), products, line, parent)
        self.unit_cost = self.add_field(tr("Unit cost (¥):"), QLineEdit(), "unit_cost")
        self.unit_cost.setPlaceholderText("0.00")
        expiry_row = QWidget()
        row = QHBoxLayout(expiry_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.has_expiry = QCheckBox(tr("Expires on"))
        self.expiry = date_edit(QDate.currentDate().addYears(1))
        self.expiry.setEnabled(False)
        self.has_expiry.toggled.connect(self.expiry.setEnabled)
        row.addWidget(self.has_expiry)
        row.addWidget(self.expiry, 1)
        self.add_field(tr("Expiry:"), expiry_row, "expires_on")
        self.reference = self.add_field(tr("Delivery note:"), QLineEdit(), "reference")
        self.reference.setPlaceholderText(tr("Supplier's delivery note number"))
        self.setTabOrder(self.batch, self.unit_cost)
        self.setTabOrder(self.unit_cost, self.has_expiry)
        self.setTabOrder(self.has_expiry, self.expiry)
        self.setTabOrder(self.expiry, self.reference)

    def submit(self) -> None:
        product_id = self.product_id()
        try:
            cost = yuan_to_fen(self.unit_cost.text().strip() or "0")
        except ValueError:
            raise ValidationError.single("unit_cost", "Enter an amount in yuan, e.g. 12.50.") from None
        expires = self.expiry.date().toPython() if self.has_expiry.isChecked() else None
        stock.receive(self.ctx, product_id, self.quantity.value(), location=self.location.text(),
                      batch=self.batch.text(), unit_cost_fen=cost, expires_on=expires,
                      reference=self.reference.text())
        self.message = tr("Received {quantity} × {part}", quantity=self.quantity.value(),
                          part=self.part_title(product_id))


class IssueDialog(_PartDialog):
    """出库: parts to a technician or a job (never below zero: negative stock needs a manager's
    allowance on a requisition)."""

    def __init__(self, ctx: AppContext, products: list[ProductInfo], line: stock.StockLine | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Issue stock"), products, line, parent)
        self.job_number = self.add_field(tr("Job number:"), QLineEdit(), "job")
        self.job_number.setPlaceholderText(tr("Optional"))
        self.technician = self.add_field(
            tr("Technician:"), technician_combo(ctx, None, empty_text=tr("Nobody in particular")),
            "technician")

    def submit(self) -> None:
        product_id = self.product_id()
        stock.issue(self.ctx, product_id, self.quantity.value(), location=self.location.text(),
                    batch=self.batch.text(), job_id=job_for_number(self.ctx, self.job_number.text()),
                    to_technician=self.technician.currentData())
        self.message = tr("Issued {quantity} × {part}", quantity=self.quantity.value(),
                          part=self.part_title(product_id))


class ReturnDialog(_PartDialog):
    """退回: unused parts a technician brings back go onto the shelf again."""

    def __init__(self, ctx: AppContext, products: list[ProductInfo], line: stock.StockLine | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Return unused parts"), products, line, parent)
        self.technician = self.add_field(
            tr("From technician:"), technician_combo(ctx, None, empty_text=tr("Nobody in particular")),
            "technician")
        self.job_number = self.add_field(tr("Job number:"), QLineEdit(), "job")
        self.job_number.setPlaceholderText(tr("Optional"))
        self.note = self.add_field(tr("Note:"), QLineEdit(), "note")

    def submit(self) -> None:
        product_id = self.product_id()
        stock.return_unused(self.ctx, product_id, self.quantity.value(), location=self.location.text(),
                            batch=self.batch.text(), job_id=job_for_number(self.ctx, self.job_number.text()),
                            from_technician=self.technician.currentData(), note=self.note.text())
        self.message = tr("Returned {quantity} × {part} to stock", quantity=self.quantity.value(),
                          part=self.part_title(product_id))


class TransferDialog(_PartDialog):
    """调拨: parts sent to another outlet; in transit until that outlet receives them."""

    def __init__(self, ctx: AppContext, products: list[ProductInfo], line: stock.StockLine | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Transfer stock"), products, line, parent)
        self.to_outlet = QComboBox()
        own = ctx.user.outlet_id if ctx.user else None
        for outlet_id, name in outlet_names(ctx).items():
            if outlet_id != own:
                self.to_outlet.addItem(name, outlet_id)
        self.add_field(tr("To outlet:"), self.to_outlet, "to_outlet")
        self.note = self.add_field(tr("Note:"), QLineEdit(), "note")
        if self.to_outlet.count() == 0:
            self.form_error.setText(tr("No other outlet is known yet: outlets appear after a sync."))
            self.form_error.show()
            self.ok_button.setEnabled(False)

    def submit(self) -> None:
        product_id = self.product_id()
        stock.transfer(self.ctx, product_id, self.quantity.value(), self.to_outlet.currentData() or "",
                       location=self.location.text(), batch=self.batch.text(), note=self.note.text())
        self.message = tr("Sent {quantity} × {part} to {outlet}", quantity=self.quantity.value(),
                          part=self.part_title(product_id), outlet=self.to_outlet.currentText())


class ReceiveTransferDialog(StockDialog):
    """Book the arrival of a transfer another outlet sent here."""

    def __init__(self, ctx: AppContext, products: list[ProductInfo], parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Receive transfer"), parent)
        titles = {p.id: f"{p.brand} {p.model}" for p in products}
        outlets = outlet_names(ctx)
        own = ctx.user.outlet_id if ctx.user else None
        self.transfers = [m for m in stock.in_transit(ctx) if m.counterpart_outlet_id == own]
        self.transfer = QComboBox()
        for m in self.transfers:
            text = tr("{quantity} × {part} from {outlet}, batch {batch}, sent {at}", quantity=-m.quantity,
                      part=titles.get(m.product_id, "?"), outlet=outlets.get(m.outlet_id, "?"),
                      batch=m.batch or "—", at=local_time(m.at))
            self.transfer.addItem(text, m.id)
        self.add_field(tr("Transfer:"), self.transfer, "transfer")
        self.location = self.add_field(tr("Put at location:"), QLineEdit(), "location")
        self.note = self.add_field(tr("Note:"), QLineEdit(), "note")
        self.transfer.currentIndexChanged.connect(self._prefill)
        self._prefill()
        if not self.transfers:
            self.form_error.setText(tr("Nothing is in transit to this outlet."))
            self.form_error.show()
            self.ok_button.setEnabled(False)

    def _prefill(self) -> None:
        index = self.transfer.currentIndex()
        if 0 <= index < len(self.transfers):
            self.location.setText(self.transfers[index].location)

    def submit(self) -> None:
        transfer_id = self.transfer.currentData()
        if not transfer_id:
            raise ValidationError.single("transfer", "Choose a transfer.")
        stock.receive_transfer(self.ctx, transfer_id, location=self.location.text(), note=self.note.text())
        self.message = tr("Transfer received: {text}", text=self.transfer.currentText())


class DisposeDialog(_PartDialog):
    """报废: expired, damaged or excess parts leave the ledger (a manager's decision)."""

    def __init__(self, ctx: AppContext, products: list[ProductInfo], line: stock.StockLine | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Dispose of stock"), products, line, parent)
        self.reason = self.add_field(tr("Reason:"), QLineEdit(), "reason")
        self.reason.setPlaceholderText(tr("e.g. expired, damaged in transport"))

    def submit(self) -> None:
        product_id = self.product_id()
        stock.dispose(self.ctx, product_id, self.quantity.value(), location=self.location.text(),
                      batch=self.batch.text(), reason=self.reason.text())
        self.message = tr("Disposed of {quantity} × {part}", quantity=self.quantity.value(),
                          part=self.part_title(product_id))


class CountDialog(_PartDialog):
    """A manager's correction of one line's quantity outside a stocktake; the difference becomes an adjustment."""

    def __init__(self, ctx: AppContext, products: list[ProductInfo], line: stock.StockLine | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Correct count"), products, line, parent, with_quantity=False)
        self.on_ledger = QLabel(str(line.quantity) if line else "—")
        self.add_field(tr("On the ledger:"), self.on_ledger)
        self.counted = self.add_field(tr("Counted:"), quantity_spin(line.quantity if line else 0), "counted")
        self.reason = self.add_field(tr("Reason:"), QLineEdit(), "reason")
        self.reason.setPlaceholderText(tr("e.g. miscounted at receipt"))

    def submit(self) -> None:
        product_id = self.product_id()
        moved = stock.adjust(self.ctx, product_id, location=self.location.text(), batch=self.batch.text(),
                             counted=self.counted.value(), reason=self.reason.text())
        self.message = (tr("Count matches the ledger; nothing changed.") if moved is None else
                        tr("Stock of {part} adjusted by {difference}", part=self.part_title(product_id),
                           difference=f"{moved.quantity:+d}"))


class SafetyStockDialog(StockDialog):
    """安全库存 and 存放位置 of one part at this outlet."""

    def __init__(self, ctx: AppContext, products: list[ProductInfo], product_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Safety stock"), parent)
        self.products = {p.id: p for p in products}
        self.product = self.add_field(tr("Part:"), product_combo(products, product_id), "product")
        self.safety_stock = self.add_field(tr("Safety stock:"), quantity_spin(0), "safety_stock")
        self.location = self.add_field(tr("Location:"), QLineEdit(), "location")
        self.product.currentIndexChanged.connect(self._prefill)
        self._prefill()

    def _prefill(self) -> None:
        product_id = self.product.currentData()
        level = stock.stock_level(self.ctx, product_id) if product_id else None
        self.safety_stock.setValue(level.safety_stock if level else 0)
        self.location.setText(level.location if level else "")

    def submit(self) -> None:
        product_id = combo_product_id(self.product)
        if product_id is None:
            raise ValidationError.single("product", "Choose a part from the catalog.")
        stock.set_stock_level(self.ctx, product_id, self.safety_stock.value(), self.location.text())
        product = self.products.get(product_id)
        self.message = tr("Safety stock of {part} set to {quantity}",
                          part=f"{product.brand} {product.model}" if product else "",
                          quantity=self.safety_stock.value())


# ---- the page -----------------------------------------------------------------------------------


def _item(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class StockView(QWidget):
    """Alerts on top; on-hand on the left; the selected part's ledger on the right; one button per movement."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.products: list[ProductInfo] = []
        self.lines: list[stock.StockLine] = []
        self.shown: list[stock.StockLine] = []
        self.expiry: dict[tuple[str, str], date] = {}
        self.levels: dict[str, stock.StockLevelInfo] = {}
        self.totals: dict[str, int] = {}
        self.selected_product: str | None = None
        role = ctx.user.role if ctx.user else None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(8)
        self.below_alert = QLabel()
        self.below_alert.setObjectName("stockAlertBelow")
        self.below_alert.setStyleSheet(AMBER_STYLE)
        self.below_alert.setWordWrap(True)
        self.below_alert.setTextFormat(Qt.TextFormat.RichText)
        self.expiry_alert = QLabel()
        self.expiry_alert.setObjectName("stockAlertExpiry")
        self.expiry_alert.setStyleSheet(RED_STYLE)
        self.expiry_alert.setWordWrap(True)
        self.expiry_alert.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.below_alert)
        layout.addWidget(self.expiry_alert)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Filter by model or name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(lambda _text: self._fill_on_hand())
        bar.addWidget(self.search, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, action, handler in (
                ("receive", tr("Receive…"), Action.RECEIVE_STOCK, self.receive),
                ("issue", tr("Issue…"), Action.ISSUE_STOCK, self.issue),
                ("return", tr("Return…"), Action.RECEIVE_STOCK, self.return_unused),
                ("transfer", tr("Transfer…"), Action.ISSUE_STOCK, self.transfer),
                ("receive_transfer", tr("Receive transfer…"), Action.RECEIVE_STOCK, self.receive_transfer),
                ("dispose", tr("Dispose…"), Action.APPROVE_STOCK, self.dispose),
                ("count", tr("Correct count…"), Action.APPROVE_STOCK, self.count),
                ("safety", tr("Safety stock…"), Action.ADJUST_STOCK, self.safety_stock)):
            button = QPushButton(text)
            button.clicked.connect(handler)
            allowed = role is not None and is_allowed(role, action)
            button.setVisible(allowed)
            button.setEnabled(allowed)
            self.buttons[key] = button
            bar.addWidget(button)
        layout.addLayout(bar)

        splitter, left_column, right_column = split_panes(Qt.Orientation.Horizontal)
        self.on_hand_table = read_only_table([tr("Part"), tr("Location"), tr("Batch"), tr("Quantity"),
                                              tr("Expires")], stretch_last=False)
        self.on_hand_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.on_hand_table.itemSelectionChanged.connect(self._selection_changed)
        left_column.addWidget(self.on_hand_table, 1)
        self.empty = empty_state_label(tr("No stock on hand. Use “Receive…” to book parts in."))
        left_column.addWidget(self.empty)

        right_column.setSpacing(4)
        self.ledger_title = title_label()
        self.level_label = hint_label()
        right_column.addWidget(self.ledger_title)
        right_column.addWidget(self.level_label)
        self.ledger_table = read_only_table([tr("Time"), tr("Movement"), tr("Quantity"), tr("Balance"),
                                             tr("Location · batch"), tr("Reference / note"), tr("By")],
                                            stretch_last=False)
        # The reference keeps a readable width (full text in its tooltip); the table scrolls
        # sideways on a narrow window rather than squeezing it to a few letters.
        ledger_header = self.ledger_table.horizontalHeader()
        ledger_header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        ledger_header.resizeSection(5, 150)
        ledger_header.setStretchLastSection(True)
        right_column.addWidget(self.ledger_table, 1)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 660])
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.search, self.on_hand_table)
        self.setTabOrder(self.on_hand_table, self.ledger_table)
        self.refresh()

    # ---- data -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload alerts, on-hand and the selected part's ledger."""
        try:
            self.products = list_products(self.ctx, include_inactive=True)
            self.lines = stock.on_hand(self.ctx)
            found = stock.alerts(self.ctx)
            self.levels = stock.stock_levels(self.ctx)
            self.expiry = stock.batch_expiries(self.ctx)
        except PermissionDenied as exc:
            show_problem(self, exc)
            return
        self.totals = {}
        for line in self.lines:
            self.totals[line.product_id] = self.totals.get(line.product_id, 0) + line.quantity
        self._fill_alerts(found)
        self._fill_on_hand()

    def _title(self, product_id: str) -> str:
        product = next((p for p in self.products if p.id == product_id), None)
        return product.title if product else "?"

    def _fill_alerts(self, found: list[stock.StockAlert]) -> None:
        below = [a for a in found if a.kind == "below_safety"]
        expiring = [a for a in found if a.kind == "expiring"]
        self.below_alert.setText("<b>{}</b> {}".format(
            escape(tr("Below safety stock:")),
            escape("; ".join(tr("{part}: {quantity} of {safety}", part=a.product_title,
                                quantity=a.quantity, safety=a.safety_stock) for a in below))))
        self.expiry_alert.setText("<b>{}</b> {}".format(
            escape(tr("Expiring within 30 days:")),
            escape("; ".join(tr("{part} batch {batch} ({quantity}) on {date}", part=a.product_title,
                                batch=a.batch or "—", quantity=a.quantity,
                                date=local_date(a.expires_on))
                             for a in expiring))))
        self.below_alert.setVisible(bool(below))
        self.expiry_alert.setVisible(bool(expiring))

    def _fill_on_hand(self) -> None:
        text = self.search.text().strip().casefold()
        by_id = {p.id: p for p in self.products}

        def matches(line: stock.StockLine) -> bool:
            product = by_id.get(line.product_id)
            if not text:
                return True
            return product is not None and any(text in field.casefold() for field in
                                               (product.brand, product.model, product.name))

        self.shown = [line for line in self.lines if matches(line)]
        self.on_hand_table.blockSignals(True)
        self.on_hand_table.setRowCount(len(self.shown))
        tint = QBrush(QColor(BELOW_SAFETY_TINT))
        reselect = -1
        for row, line in enumerate(self.shown):
            expires = self.expiry.get((line.product_id, line.batch))
            title = _item(self._title(line.product_id))
            title.setToolTip(title.text())
            cells = [title, _item(line.location), _item(line.batch),
                     _item(str(line.quantity), right=True),
                     _item(local_date(expires))]
            level = self.levels.get(line.product_id)
            low = level is not None and level.safety_stock > 0 and \
                self.totals.get(line.product_id, 0) < level.safety_stock
            for column, item in enumerate(cells):
                if low:
                    item.setBackground(tint)
                    item.setToolTip(tr("Below safety stock ({safety})", safety=level.safety_stock))
                self.on_hand_table.setItem(row, column, item)
            if line.product_id == self.selected_product and reselect < 0:
                reselect = row
        self.on_hand_table.blockSignals(False)
        self.empty.setVisible(not self.shown)
        if reselect < 0 and self.shown:
            reselect = 0
        if reselect >= 0:
            self.on_hand_table.selectRow(reselect)
        self._selection_changed()

    def current_line(self) -> stock.StockLine | None:
        """The on-hand line selected on the left, if any."""
        rows = self.on_hand_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.shown):
            return None
        return self.shown[rows[0].row()]

    def _selection_changed(self) -> None:
        line = self.current_line()
        if line is not None:
            self.selected_product = line.product_id
        self.show_ledger(self.selected_product)

    def show_ledger(self, product_id: str | None) -> None:
        """Fill the right side with a part's ledger, safety stock and location."""
        self.selected_product = product_id
        if product_id is None:
            self.ledger_title.setText(tr("Spare-part ledger"))
            self.level_label.setText(tr("Select a part on the left to see its movements."))
            self.ledger_table.setRowCount(0)
            return
        level = self.levels.get(product_id)
        self.ledger_title.setText(tr("Ledger of {part}", part=self._title(product_id)))
        self.level_label.setText(tr("Safety stock: {safety} · Location: {location} · On hand: {quantity}",
                                    safety=level.safety_stock if level else 0,
                                    location=(level.location if level and level.location else "—"),
                                    quantity=self.totals.get(product_id, 0)))
        lines = stock.ledger(self.ctx, product_id)
        names = display_names(self.ctx)
        outlets = outlet_names(self.ctx)
        self.ledger_table.setRowCount(len(lines))
        for row, entry in enumerate(reversed(lines)):  # newest first
            m = entry.movement
            refs = []
            if m.counterpart_outlet_id:
                other = outlets.get(m.counterpart_outlet_id, "?")
                refs.append(tr("To {outlet}", outlet=other) if m.kind == MovementKind.TRANSFER_OUT
                            else tr("From {outlet}", outlet=other))
            elif m.reference:
                refs.append(m.reference)
            if m.note:
                refs.append(m.note)
            quantity = _item(f"{m.quantity:+d}", right=True)
            quantity.setForeground(QBrush(QColor("#2e7d32" if m.quantity > 0 else "#c62828")))
            cells = [_item(local_time(m.at)), _item(tr(m.kind.label)), quantity,
                     _item(str(entry.balance), right=True),
                     _item(" · ".join(part for part in (m.location, m.batch) if part)),
                     _item(" · ".join(refs)), _item(names.get(m.created_by or "", ""))]
            cells[5].setToolTip(" · ".join(refs))
            for column, item in enumerate(cells):
                self.ledger_table.setItem(row, column, item)

    # ---- actions --------------------------------------------------------------------------------

    def _run(self, dialog: StockDialog) -> None:
        message = self.open_dialog(dialog)
        if message:
            self.refresh()
            self.status_message.emit(message)

    def open_dialog(self, dialog: StockDialog) -> str | None:
        """Show ``dialog`` modally (a seam for tests, which drive the dialog without exec)."""
        return dialog.run()

    def receive(self) -> None:
        self._run(ReceiveDialog(self.ctx, self.products, self.current_line(), self))

    def issue(self) -> None:
        self._run(IssueDialog(self.ctx, self.products, self.current_line(), self))

    def return_unused(self) -> None:
        self._run(ReturnDialog(self.ctx, self.products, self.current_line(), self))

    def transfer(self) -> None:
        self._run(TransferDialog(self.ctx, self.products, self.current_line(), self))

    def receive_transfer(self) -> None:
        self._run(ReceiveTransferDialog(self.ctx, self.products, self))

    def dispose(self) -> None:
        self._run(DisposeDialog(self.ctx, self.products, self.current_line(), self))

    def count(self) -> None:
        self._run(CountDialog(self.ctx, self.products, self.current_line(), self))

    def safety_stock(self) -> None:
        self._run(SafetyStockDialog(self.ctx, self.products, self.selected_product, self))
