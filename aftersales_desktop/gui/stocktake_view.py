"""Stocktakes page (盘点): the outlet's stocktakes, the selected one's lines with counts typed in
place, the count sheet, and the manager's review of the differences before approval.

Counts are saved one cell at a time through services.stocktakes.record_count as they are typed
(Enter saves and moves down), so a count in progress survives a closed window; a refused count is
shown in red under the table and the cell keeps its previous value.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from aftersales_desktop import i18n
from aftersales_desktop.domain.enums import ProductType
from aftersales_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from aftersales_desktop.domain.money import format_fen
from aftersales_desktop.domain.permissions import Action, is_allowed
from aftersales_desktop.domain.stocktakes import StocktakeStatus
from aftersales_desktop.gui import document_output
from aftersales_desktop.gui.formatting import local_time
from aftersales_desktop.gui.job_dialogs import combo_product_id, product_combo
from aftersales_desktop.gui.form_layout import quantity_spin
from aftersales_desktop.gui.stock_view import AMBER_STYLE, StockDialog
from aftersales_desktop.gui.support import (empty_state_label, error_label, hint_label, problem_text,
                                            read_only_table, show_problem, split_panes, title_label)
from aftersales_desktop.i18n import tr
from aftersales_desktop.services import stocktakes
from aftersales_desktop.services.catalog import ProductInfo, list_products
from aftersales_desktop.services.context import AppContext

MOVED_TINT = "#fff3e0"
STATUS_COLOURS = {StocktakeStatus.COUNTING: "#1565c0", StocktakeStatus.SUBMITTED: "#ef6c00",
                  StocktakeStatus.APPROVED: "#2e7d32", StocktakeStatus.CANCELLED: "#757575"}

# Columns of the lines table.
LOCATION, PART, BATCH, UNIT, BOOK, COUNTED, COUNTED_BY, NOTE = range(8)


def category_text(product_type: ProductType | None) -> str:
    """The translated category of a stocktake ('All parts' for a full count)."""
    return tr(product_type.label) if product_type else tr("All parts")


def _item(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def parse_count(text: str) -> object:
    """The typed count as a number for the service to judge (it explains what it refuses)."""
    cleaned = text.strip()
    try:
        return int(cleaned)
    except ValueError:
        pass
    try:
        return float(cleaned)
    except ValueError:
        return cleaned


# ---- dialogs ------------------------------------------------------------------------------------


class StartStocktakeDialog(StockDialog):
    """Start a stocktake of every part or of one category."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Start stocktake"), parent)
        self.category = QComboBox()
        self.category.addItem(tr("All parts"), None)
        for product_type in ProductType:
            self.category.addItem(tr(product_type.label), product_type)
        self.add_field(tr("Count:"), self.category, "product_type")
        self.note = self.add_field(tr("Note:"), QLineEdit(), "note")
        self.note.setPlaceholderText(tr("e.g. monthly stocktake"))
        self.form.addRow(hint_label(tr("The lines are the ledger as it is now. Movements keep going during the count: "
                                       "each line is compared with the ledger at the moment it is counted.")))
        self.started: stocktakes.StocktakeInfo | None = None

    def submit(self) -> None:
        self.started = stocktakes.start_stocktake(self.ctx, self.category.currentData(), self.note.text())
        self.message = tr("Stocktake {number} started: {lines} lines to count", number=self.started.number,
                          lines=self.started.lines_total)


class AddLineDialog(StockDialog):
    """A line for stock found on the shelves that the book did not list."""

    def __init__(self, ctx: AppContext, stocktake_id: str, products: list[ProductInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Add found stock"), parent)
        self.stocktake_id = stocktake_id
        self.products = {p.id: p for p in products}
        self.product = self.add_field(tr("Part:"), product_combo(products), "product")
        self.product.lineEdit().setPlaceholderText(tr("Type a model or name…"))
        self.location = self.add_field(tr("Location:"), QLineEdit(), "location")
        self.location.setPlaceholderText(tr("e.g. A-01"))
        self.batch = self.add_field(tr("Batch:"), QLineEdit(), "batch")
        self.counted = self.add_field(tr("Counted:"), quantity_spin(1), "counted")
        self.note = self.add_field(tr("Note:"), QLineEdit(), "note")

    def submit(self) -> None:
        product_id = combo_product_id(self.product)
        if product_id is None:
            raise ValidationError.single("product", "Choose a part from the catalog.")
        stocktakes.add_count_line(self.ctx, self.stocktake_id, product_id, self.location.text(), self.batch.text(),
                                  self.counted.value(), self.note.text())
        product = self.products[product_id]
        self.message = tr("Found stock added: {quantity} × {part}", quantity=self.counted.value(),
                          part=f"{product.brand} {product.model}")


class ReasonDialog(StockDialog):
    """Send a stocktake back or cancel it: one reason field, one service call."""

    def __init__(self, ctx: AppContext, stocktake: stocktakes.StocktakeInfo, *, cancel: bool,
                 parent: QWidget | None = None) -> None:
        title = tr("Cancel stocktake {number}", number=stocktake.number) if cancel else \
            tr("Send back stocktake {number}", number=stocktake.number)
        super().__init__(ctx, title, parent)
        self.stocktake = stocktake
        self.cancel = cancel
        explanation = QLabel(tr("Nothing is adjusted; the counts stay on record.") if cancel else
                             tr("The counter can correct the counts and submit again."))
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.reason = self.add_field(tr("Reason:"), QLineEdit(), "reason")
        self.ok_button.setText(tr("Cancel stocktake") if cancel else tr("Send back"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Close"))

    def submit(self) -> None:
        if self.cancel:
            stocktakes.cancel_stocktake(self.ctx, self.stocktake.id, self.reason.text())
            self.message = tr("Stocktake {number} cancelled", number=self.stocktake.number)
        else:
            stocktakes.reopen_stocktake(self.ctx, self.stocktake.id, self.reason.text())
            self.message = tr("Stocktake {number} sent back for recounting", number=self.stocktake.number)


class ApproveDialog(StockDialog):
    """The manager's review: book at count, counted, difference and value per line; approving posts them."""

    def __init__(self, ctx: AppContext, stocktake_id: str, parent: QWidget | None = None) -> None:
        self.found = stocktakes.differences(ctx, stocktake_id)
        info = self.found.stocktake
        super().__init__(ctx, tr("Approve stocktake {number}", number=info.number), parent)
        self.summary = title_label(tr("{changed} of {total} lines differ from the book; net value {value}.",
                                      changed=len(self.found.changed), total=len(self.found.lines),
                                      value=format_fen(self.found.total_value_fen)))
        self.form.addRow(self.summary)
        self.moved_note = QLabel(tr("Lines that moved during the count: {count} (highlighted). Each line's book "
                                    "is taken at the moment it was counted, including movements that arrived "
                                    "by sync; movements after the count stay on the ledger.",
                                    count=self.found.moved_lines))
        self.moved_note.setWordWrap(True)
        self.moved_note.setStyleSheet(AMBER_STYLE)
        self.moved_note.setVisible(self.found.moved_lines > 0)
        self.form.addRow(self.moved_note)
        self.table = read_only_table([tr("Location"), tr("Part"), tr("Batch"), tr("Book at start"),
                                      tr("Book at count"), tr("Counted"), tr("Difference"), tr("Value"),
                                      tr("Moved after count")], stretch_last=False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(260)
        self._fill()
        self.form.addRow(self.table)
        self.note = self.add_field(tr("Note:"), QLineEdit(), "note")
        self.ok_button.setText(tr("Approve and post adjustments"))
        self.setMinimumWidth(900)

    def _fill(self) -> None:
        lines = self.found.lines
        self.table.setRowCount(len(lines))
        tint = QBrush(QColor(MOVED_TINT))
        bold = QFont()
        bold.setBold(True)
        for row, found in enumerate(lines):
            line = found.line
            difference = _item(f"{found.difference:+d}" if found.difference else "0", right=True)
            if found.difference:
                difference.setForeground(QBrush(QColor("#2e7d32" if found.difference > 0 else "#c62828")))
                difference.setFont(bold)
            cells = [_item(line.location), _item(line.part_title), _item(line.batch),
                     _item(str(found.book_at_start), right=True), _item(str(found.book_at_count), right=True),
                     _item("" if found.counted is None else str(found.counted), right=True), difference,
                     _item(format_fen(found.value_fen or 0), right=True),
                     _item(f"{found.moved_after_count:+d}" if found.moved_after_count else "", right=True)]
            for column, item in enumerate(cells):
                if found.moved_during_count:
                    item.setBackground(tint)
                    item.setToolTip(tr("Moved during the count: {start} at the start, {book} when counted",
                                       start=found.book_at_start, book=found.book_at_count))
                self.table.setItem(row, column, item)

    def submit(self) -> None:
        approved = stocktakes.approve_stocktake(self.ctx, self.found.stocktake.id, self.note.text())
        self.message = tr("Stocktake {number} approved: {count} adjustments posted", number=approved.number,
                          count=approved.differences)


# ---- the lines table ----------------------------------------------------------------------------


class CountTable(QTableWidget):
    """The lines of a stocktake; the Counted column is typed into, and Enter saves and moves down."""

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        #: Set when the count just typed was refused: Enter then stays on the cell to retype it.
        self.stay = False

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and not self.stay:
            self.move_down()
        self.stay = False

    def move_down(self) -> None:
        """Select the Counted cell of the next visible row."""
        row = self.currentRow() + 1
        while row < self.rowCount() and self.isRowHidden(row):
            row += 1
        if row < self.rowCount():
            self.setCurrentCell(row, COUNTED)


# ---- the page -----------------------------------------------------------------------------------


class StocktakeView(QWidget):
    """The outlet's stocktakes above; the selected one's lines, counts and actions below."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        role = ctx.user.role if ctx.user else None
        self.can_count = role is not None and is_allowed(role, Action.ADJUST_STOCK)
        self.can_approve = role is not None and is_allowed(role, Action.APPROVE_STOCK)
        self.stocktakes: list[stocktakes.StocktakeInfo] = []
        self.detail: stocktakes.StocktakeDetail | None = None
        self.selected_id: str | None = None
        self._filling = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(8)
        bar = QHBoxLayout()
        self.start_button = QPushButton(tr("Start stocktake…"))
        self.start_button.clicked.connect(self.start)
        self.start_button.setVisible(self.can_count)
        bar.addWidget(self.start_button)
        bar.addStretch(1)
        layout.addLayout(bar)

        # The list of stocktakes is short and the lines are wide: list above, lines below.
        splitter, left_column, right_column = split_panes(Qt.Orientation.Vertical)
        self.list_table = read_only_table([tr("Stocktake no."), tr("Category"), tr("Status"), tr("Started"),
                                           tr("By"), tr("Lines counted"), tr("Differences")], stretch_last=False)
        self.list_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list_table.itemSelectionChanged.connect(self._list_selection_changed)
        left_column.addWidget(self.list_table, 1)
        self.empty = empty_state_label(tr("No stocktakes yet. Use “Start stocktake…” to count the shelves."))
        left_column.addWidget(self.empty)

        right_column.setSpacing(6)
        self.title = title_label()
        self.history = hint_label()
        right_column.addWidget(self.title)
        right_column.addWidget(self.history)
        tools = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter by part, location or batch…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _text: self._apply_filter())
        tools.addWidget(self.filter, 1)
        self.blind = QCheckBox(tr("Blind sheet (no book quantities)"))
        tools.addWidget(self.blind)
        right_column.addLayout(tools)
        tools = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, allowed, handler in (
                ("add", tr("Add line…"), self.can_count, self.add_line),
                ("print", tr("Print count sheet…"), True, self.print_sheet),
                ("submit", tr("Submit for approval"), self.can_count, self.submit),
                ("approve", tr("Approve…"), self.can_approve, self.approve),
                ("reopen", tr("Send back…"), self.can_approve, self.reopen),
                ("cancel", tr("Cancel stocktake…"), self.can_count, self.cancel)):
            button = QPushButton(text)
            button.clicked.connect(handler)
            button.setVisible(allowed)
            self.buttons[key] = button
            tools.addWidget(button)
        tools.addStretch(1)
        right_column.addLayout(tools)
        self.lines_table = CountTable(0, 8)
        self.lines_table.setHorizontalHeaderLabels([tr("Location"), tr("Part"), tr("Batch"), tr("Unit"),
                                                    tr("Book"), tr("Counted"), tr("Counted by"), tr("Note")])
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.lines_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                         | QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.lines_table.verticalHeader().hide()
        self.lines_table.setAlternatingRowColors(True)
        self.lines_table.setWordWrap(False)
        header = self.lines_table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PART, QHeaderView.ResizeMode.Stretch)
        self.lines_table.itemChanged.connect(self._count_typed)
        right_column.addWidget(self.lines_table, 1)
        self.count_error = error_label("error_counted")
        right_column.addWidget(self.count_error)
        self.progress = QLabel()
        self.progress.setObjectName("hint")
        right_column.addWidget(self.progress)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([170, 500])
        layout.addWidget(splitter, 1)
        self.refresh()

    # ---- data -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list and the selected stocktake."""
        try:
            self.stocktakes = stocktakes.list_stocktakes(self.ctx)
        except PermissionDenied as exc:
            show_problem(self, exc)
            return
        self.list_table.blockSignals(True)
        self.list_table.setRowCount(len(self.stocktakes))
        reselect = -1
        for row, info in enumerate(self.stocktakes):
            status = _item(tr(info.status.label))
            status.setForeground(QBrush(QColor(STATUS_COLOURS[info.status])))
            cells = [_item(info.number), _item(category_text(info.product_type)), status,
                     _item(local_time(info.started_at)), _item(info.started_by_name),
                     _item(f"{info.lines_counted}/{info.lines_total}", right=True),
                     _item(str(info.differences) if info.status != StocktakeStatus.CANCELLED else "", right=True)]
            for column, item in enumerate(cells):
                self.list_table.setItem(row, column, item)
            if info.id == self.selected_id:
                reselect = row
        self.list_table.blockSignals(False)
        self.empty.setVisible(not self.stocktakes)
        if reselect < 0 and self.stocktakes:
            reselect = 0
        if reselect >= 0:
            self.list_table.selectRow(reselect)
        self._list_selection_changed()

    def current(self) -> stocktakes.StocktakeInfo | None:
        """The stocktake selected in the list."""
        rows = self.list_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.stocktakes):
            return None
        return self.stocktakes[rows[0].row()]

    def _list_selection_changed(self) -> None:
        info = self.current()
        self.selected_id = info.id if info else None
        self.show_stocktake(self.selected_id)

    def show_stocktake(self, stocktake_id: str | None) -> None:
        """Fill the right side with a stocktake's lines, history and the actions its status allows."""
        self.count_error.hide()
        self.detail = None
        if stocktake_id is not None:
            try:
                self.detail = stocktakes.get_stocktake(self.ctx, stocktake_id)
            except NotFound:
                self.detail = None
        detail = self.detail
        status = detail.stocktake.status if detail else None
        for key, enabled in (("add", status == StocktakeStatus.COUNTING),
                             ("print", detail is not None),
                             ("submit", status == StocktakeStatus.COUNTING),
                             ("approve", status == StocktakeStatus.SUBMITTED),
                             ("reopen", status == StocktakeStatus.SUBMITTED),
                             ("cancel", status is not None and status.is_open
                              and (status == StocktakeStatus.COUNTING or self.can_approve))):
            self.buttons[key].setEnabled(enabled)
        self.blind.setEnabled(detail is not None)
        self._fill_lines()
        if detail is None:
            self.title.setText(tr("Stocktake"))
            self.history.setText(tr("Select a stocktake above, or start one."))
            self.progress.clear()
            return
        info = detail.stocktake
        self.title.setText(tr("{number} · {category} · {status}", number=info.number,
                              category=category_text(info.product_type), status=tr(info.status.label)))
        steps = [tr("{step} by {name} at {time}", step=tr(s.kind.label), name=s.user_name or "?",
                    time=local_time(s.at)) + (f" ({s.note})" if s.note else "") for s in detail.history]
        if detail.ignored_steps:
            steps.append(tr("Ignored after sync: {steps}", steps=", ".join(
                tr("{step} by {name}", step=tr(s.kind.label), name=s.user_name) for s in detail.ignored_steps)))
        self.history.setText(" · ".join(steps))
        self._update_progress()

    def _fill_lines(self) -> None:
        lines = self.detail.lines if self.detail else []
        editable = (self.detail is not None and self.can_count
                    and self.detail.stocktake.status == StocktakeStatus.COUNTING)
        self._filling = True
        self.lines_table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            counted = QTableWidgetItem("" if line.counted is None else str(line.counted))
            counted.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            counted.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
            counted.setData(Qt.ItemDataRole.UserRole, line.id)
            if line.counted is None and editable:
                counted.setBackground(QBrush(QColor("#e3f2fd")))
            cells = [_item(line.location), _item(line.part_title + (f" {line.specification}"
                                                                   if line.specification else "")),
                     _item(line.batch), _item(line.unit), _item(str(line.book_quantity), right=True), counted,
                     _item(line.counted_by_name), _item(line.note)]
            for column, item in enumerate(cells):
                self.lines_table.setItem(row, column, item)
        self._filling = False
        self._apply_filter()
        if editable and lines:
            first = next((row for row, line in enumerate(lines) if line.counted is None), 0)
            self.lines_table.setCurrentCell(first, COUNTED)

    def _apply_filter(self) -> None:
        text = self.filter.text().strip().casefold()
        lines = self.detail.lines if self.detail else []
        for row, line in enumerate(lines):
            haystack = " ".join((line.part_title, line.specification, line.location, line.batch)).casefold()
            self.lines_table.setRowHidden(row, bool(text) and text not in haystack)

    def _update_progress(self) -> None:
        lines = self.detail.lines if self.detail else []
        counted = sum(1 for line in lines if line.counted is not None)
        self.progress.setText(tr("{counted} of {total} lines counted", counted=counted, total=len(lines)))

    # ---- typing counts --------------------------------------------------------------------------

    def _count_typed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != COUNTED or self.detail is None:
            return
        row = item.row()
        line = self.detail.lines[row]
        text = item.text().strip()
        previous = "" if line.counted is None else str(line.counted)
        if text == previous:
            return
        if not text:  # an emptied cell keeps the count it had
            self._set_cell(item, previous)
            return
        try:
            saved = stocktakes.record_count(self.ctx, line.id, parse_count(text))
        except (ValidationError, PermissionDenied, NotFound) as error:
            self.count_error.setText(tr("{part} at {location}: {message}", part=line.part_title,
                                        location=line.location or "—", message=problem_text(error)))
            self.count_error.show()
            self._set_cell(item, previous)
            self.lines_table.stay = True
            return
        self.count_error.hide()
        self.detail.lines[row] = saved
        self._set_cell(item, str(saved.counted))
        item.setBackground(QBrush())
        self._filling = True
        self.lines_table.item(row, COUNTED_BY).setText(saved.counted_by_name)
        self._filling = False
        self._update_progress()

    def _set_cell(self, item: QTableWidgetItem, text: str) -> None:
        self._filling = True
        item.setText(text)
        self._filling = False

    # ---- actions --------------------------------------------------------------------------------

    def open_dialog(self, dialog: StockDialog) -> str | None:
        """Show ``dialog`` modally (a seam for tests, which drive the dialog without exec)."""
        return dialog.run()

    def _run(self, dialog: StockDialog) -> None:
        message = self.open_dialog(dialog)
        if message:
            self.refresh()
            self.status_message.emit(message)

    def start(self) -> None:
        dialog = StartStocktakeDialog(self.ctx, self)
        message = self.open_dialog(dialog)
        if message and dialog.started is not None:
            self.selected_id = dialog.started.id
            self.refresh()
            self.status_message.emit(message)

    def add_line(self) -> None:
        if self.selected_id:
            self._run(AddLineDialog(self.ctx, self.selected_id, list_products(self.ctx, include_inactive=True),
                                    self))

    def submit(self) -> None:
        if not self.selected_id:
            return
        try:
            info = stocktakes.submit_stocktake(self.ctx, self.selected_id)
        except (ValidationError, PermissionDenied, NotFound) as error:
            show_problem(self, error)
            return
        self.refresh()
        self.status_message.emit(tr("Stocktake {number} submitted for approval", number=info.number))

    def approve(self) -> None:
        if self.selected_id:
            try:
                dialog = ApproveDialog(self.ctx, self.selected_id, self)
            except (PermissionDenied, NotFound) as error:
                show_problem(self, error)
                return
            self._run(dialog)

    def reopen(self) -> None:
        info = self.current()
        if info is not None:
            self._run(ReasonDialog(self.ctx, info, cancel=False, parent=self))

    def cancel(self) -> None:
        info = self.current()
        if info is not None:
            self._run(ReasonDialog(self.ctx, info, cancel=True, parent=self))

    def print_sheet(self) -> None:
        """Render the count sheet in the interface's language and offer to print or save it."""
        info = self.current()
        if info is None:
            return
        try:
            pdf = stocktakes.count_sheet(self.ctx, info.id, i18n.language(), show_book=not self.blind.isChecked())
        except (PermissionDenied, NotFound) as error:
            show_problem(self, error)
            return
        document_output.offer_document(self, pdf, f"{info.number}.pdf",
                                       tr("Count sheet {number}", number=info.number))
