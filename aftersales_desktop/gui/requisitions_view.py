"""Requisitions page (备件申领): the list, one requisition's lines, shipment and history, and a dialog
per step (request, approve, reject, cancel, issue, ship, return), plus the printed form and pick list.

Which buttons show follows the role (domain.permissions); which are enabled follows the selected
requisition's status and who asked for it. The services check both again, so a button that should
not have been there only ever leads to a clear refusal. Technicians also see the parts they hold
("My parts": issued to them, less returned, less used in their repairs).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QScrollArea, QSpinBox, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from aftersales_desktop import i18n
from aftersales_desktop.domain.enums import Role
from aftersales_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from aftersales_desktop.domain.permissions import Action, is_allowed
from aftersales_desktop.domain.requisitions import RequisitionStatus, StepKind
from aftersales_desktop.domain.stock import MovementKind
from aftersales_desktop.gui.document_output import offer_document
from aftersales_desktop.gui.form_dialog import FormDialog
from aftersales_desktop.gui.form_layout import date_edit, quantity_spin
from aftersales_desktop.gui.formatting import local_date, local_time
from aftersales_desktop.gui.job_dialogs import combo_product_id, product_combo
from aftersales_desktop.gui.list_page import ListPageMixin
from aftersales_desktop.gui.support import (ERROR_STYLE, busy_cursor, empty_state_label, error_label, fill_history,
                                            fill_keeping_selection, hint_label, history_pane, read_only_table,
                                            refusal_text, selected_row, show_problem, table_item, title_label)
from aftersales_desktop.i18n import tr
from aftersales_desktop.services import requisitions as rq
from aftersales_desktop.services.catalog import ProductInfo, list_products
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.jobs import find_job_by_number

QUANTITY_MAX = 9_999
CARRIERS = ["顺丰速运", "京东物流", "中通快递", "圆通速递", "韵达快递", "德邦快递", "EMS"]
SHORT_TINT = "#fdecea"
FIELD_INDEX = re.compile(r"^(?P<group>lines|picks)\.(?P<key>[^.]+)(?:\.(?P<field>\w+))?$")


# ---- dialogs ------------------------------------------------------------------------------------


class RequisitionDialog(FormDialog):
    """A form that calls one requisition service on confirm and shows its refusals under the fields."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None, ok_text: str | None = None) -> None:
        super().__init__(ctx, title, parent, ok_text, min_width=520)


class LineEditor(QWidget):
    """One line of a new requisition: part, quantity, job number, needed by, a remove button, its errors."""

    def __init__(self, products: list[ProductInfo], today: date, remove, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 4)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.product = product_combo(products)
        self.product.lineEdit().setPlaceholderText(tr("Type a model or name…"))
        self.product.setMinimumWidth(240)
        self.quantity = quantity_spin(1, maximum=QUANTITY_MAX)
        self.job_number = QLineEdit()
        self.job_number.setPlaceholderText(tr("Job number (optional)"))
        self.has_date = QCheckBox(tr("Needed by"))
        self.needed_by = date_edit(today + timedelta(days=1))
        self.needed_by.setEnabled(False)
        self.has_date.toggled.connect(self.needed_by.setEnabled)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.clicked.connect(lambda: remove(self))
        row.addWidget(self.product, 3)
        row.addWidget(self.quantity)
        row.addWidget(self.job_number, 2)
        row.addWidget(self.has_date)
        row.addWidget(self.needed_by)
        row.addWidget(self.remove_button)
        column.addLayout(row)
        self.error = error_label("lineError")
        column.addWidget(self.error)

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def add_error(self, text: str) -> None:
        self.error.setText("\n".join(t for t in (self.error.text(), text) if t))
        self.error.show()


class NewRequisitionDialog(RequisitionDialog):
    """申领: the parts a technician needs, each with quantity, job and date."""

    def __init__(self, ctx: AppContext, products: list[ProductInfo], parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("New requisition"), parent, tr("Submit"))
        self.products = [p for p in products if p.active]
        self.today = ctx.now().astimezone().date()
        self.body.addWidget(hint_label(tr("Parts needed: part, quantity, for which job, needed by.")))
        self.rows_box = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows_box)
        scroll.setMinimumHeight(180)
        self.body.addWidget(scroll, 1)
        self.lines_error = self.errors.label_for("lines")
        self.body.addWidget(self.lines_error)
        self.add_button = QPushButton(tr("Add line"))
        self.add_button.clicked.connect(self.add_line)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self.body.addLayout(add_row)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("e.g. for tomorrow's visits in Pudong"))
        self.body.addWidget(QLabel(tr("Note:")))
        self.body.addWidget(self.note)
        self.lines: list[LineEditor] = []
        self.add_line()
        self.setMinimumWidth(900)

    def add_line(self) -> LineEditor:
        """Append an empty line and return it."""
        line = LineEditor(self.products, self.today, self.remove_line)
        self.rows_layout.insertWidget(len(self.lines), line)
        self.lines.append(line)
        line.product.setFocus()
        return line

    def remove_line(self, line: LineEditor) -> None:
        self.lines.remove(line)
        line.hide()
        line.deleteLater()

    def submit(self) -> None:
        for line in self.lines:
            line.clear_error()
        drafts, unknown = [], {}
        for index, line in enumerate(self.lines):
            job_id = None
            number = line.job_number.text().strip()
            if number:
                job_id = find_job_by_number(self.ctx, number)
                if job_id is None:
                    unknown[f"lines.{index}.job"] = "No job has this number."
            drafts.append(rq.LineDraft(combo_product_id(line.product), line.quantity.value(), job_id,
                                       line.needed_by.date().toPython() if line.has_date.isChecked() else None))
        if unknown:
            raise ValidationError(unknown)
        made = rq.create_requisition(self.ctx, rq.RequisitionDraft(self.note.text(), drafts))
        self.message = tr("Requisition {number} submitted for approval", number=made.number)
        self.made = made

    def refused(self, error: ValidationError) -> None:
        # Each line's messages go under that line; the rest stay under the fields they name.
        rest = {}
        for name, text in error.errors.items():
            match = FIELD_INDEX.match(name)
            if match and match["group"] == "lines" and match["key"].isdigit() and int(match["key"]) < len(self.lines):
                self.lines[int(match["key"])].add_error(refusal_text(error, text))
            else:
                rest[name] = text
        self.errors.show(ValidationError(rest, error.params))


class ApproveDialog(RequisitionDialog):
    """审核: how many of each line to grant (less than asked is an approval in part), note, negative stock."""

    def __init__(self, ctx: AppContext, detail: rq.RequisitionDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Approve requisition {number}", number=detail.number), parent, tr("Approve"))
        self.detail = detail
        self.spins: dict[str, QSpinBox] = {}
        for line in detail.lines:
            spin = quantity_spin(line.requested, maximum=line.requested)
            spin.setSuffix(tr(" of {requested}", requested=line.requested))
            spin.setToolTip(tr("On hand at the outlet: {quantity}", quantity=line.on_hand))
            self.spins[line.id] = spin
            self.add_field(tr("{part} (on hand {quantity}):", part=line.part, quantity=line.on_hand), spin,
                           f"approved.{line.id}")
        self.note = self.add_field(tr("Note:"), QLineEdit(), "note")
        self.negative_reason = QLineEdit()
        self.negative_reason.setPlaceholderText(tr("Only if stock may go below zero"))
        self.add_field(tr("Allow negative stock, reason:"), self.negative_reason, "allow_negative_reason")
        self.approved_error = self.errors.label_for("approved")
        self.body.addWidget(self.approved_error)

    def submit(self) -> None:
        approved = {line_id: spin.value() for line_id, spin in self.spins.items()}
        done = rq.approve_requisition(self.ctx, self.detail.id, approved, self.note.text(),
                                      self.negative_reason.text())
        self.message = tr("{number}: {status}", number=done.number, status=tr(done.status.label))


class ReasonDialog(RequisitionDialog):
    """Reject or cancel a requisition: one reason, required."""

    def __init__(self, ctx: AppContext, detail: rq.RequisitionDetail, kind: StepKind,
                 parent: QWidget | None = None) -> None:
        reject = kind == StepKind.REJECT
        title = (tr("Reject requisition {number}", number=detail.number) if reject
                 else tr("Cancel requisition {number}", number=detail.number))
        super().__init__(ctx, title, parent, tr("Reject") if reject else tr("Cancel requisition"))
        self.detail = detail
        self.kind = kind
        self.reason = self.add_field(tr("Reason:"), QLineEdit(), "reason")
        self.errors.label_for("status")

    def submit(self) -> None:
        service = rq.reject_requisition if self.kind == StepKind.REJECT else rq.cancel_requisition
        done = service(self.ctx, self.detail.id, self.reason.text())
        self.message = tr("{number}: {status}", number=done.number, status=tr(done.status.label))


class IssueDialog(RequisitionDialog):
    """出库: the picks (prefilled earliest expiry first), editable location, batch and quantity."""

    PART, LOCATION, BATCH, EXPIRES, QUANTITY = range(5)

    def __init__(self, ctx: AppContext, detail: rq.RequisitionDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Issue requisition {number}", number=detail.number), parent, tr("Issue"))
        self.detail = detail
        self.plan = rq.suggest_picks(ctx, detail.id)
        lines = "; ".join(tr("{part}: {quantity}", part=line.part, quantity=line.to_issue)
                          for line in detail.lines if line.to_issue)
        summary = QLabel(tr("To issue: {lines}", lines=lines))
        summary.setWordWrap(True)
        self.body.addWidget(summary)
        self.shortfall = QLabel()
        self.shortfall.setWordWrap(True)
        self.shortfall.setStyleSheet(ERROR_STYLE)
        if self.plan.shortfalls:
            text = "; ".join(tr("{part}: {missing} not on hand", part=s.part, missing=s.missing)
                             for s in self.plan.shortfalls)
            if self.plan.allow_negative_reason:
                text += "\n" + tr("The manager allowed negative stock: {reason}", reason=self.plan.allow_negative_reason)
            self.shortfall.setText(text)
        self.shortfall.setVisible(bool(self.plan.shortfalls))
        self.body.addWidget(self.shortfall)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([tr("Part"), tr("Location"), tr("Batch"), tr("Expires"), tr("Quantity")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.PART, QHeaderView.ResizeMode.Stretch)
        self.body.addWidget(self.table, 1)
        for pick in self.plan.picks:
            self.add_pick(pick.line_id, pick.location, pick.batch, pick.expires_on, pick.quantity, pick.short)
        row = QHBoxLayout()
        self.split_button = QPushButton(tr("Add pick for this part"))
        self.split_button.clicked.connect(self.split_pick)
        self.remove_button = QPushButton(tr("Remove pick"))
        self.remove_button.clicked.connect(self.remove_pick)
        row.addWidget(self.split_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("Note (optional)"))
        self.body.addWidget(self.note)
        if not self.plan.picks:
            for line in detail.lines:
                if line.to_issue:
                    self.add_pick(line.id, "", "", None, line.to_issue, True)
        self.setMinimumWidth(760)

    def add_pick(self, line_id: str, location: str, batch: str, expires: date | None, quantity: int,
                 short: bool = False) -> int:
        """Append a pick row and return its index."""
        part = next((line.part for line in self.detail.lines if line.id == line_id), "?")
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(part)
        name.setData(Qt.ItemDataRole.UserRole, line_id)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        expiry = QTableWidgetItem(local_date(expires))
        expiry.setFlags(expiry.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, self.PART, name)
        self.table.setItem(row, self.LOCATION, QTableWidgetItem(location))
        self.table.setItem(row, self.BATCH, QTableWidgetItem(batch))
        self.table.setItem(row, self.EXPIRES, expiry)
        spin = quantity_spin(quantity, maximum=QUANTITY_MAX)
        self.table.setCellWidget(row, self.QUANTITY, spin)
        if short:
            for column in range(4):
                self.table.item(row, column).setBackground(QBrush(QColor(SHORT_TINT)))
            name.setToolTip(tr("Not on hand: issued only with the manager's allowance of negative stock."))
        return row

    def split_pick(self) -> None:
        """Another pick of the selected row's part (from a second location or batch)."""
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.table.rowCount() - 1
        if row < 0:
            return
        self.add_pick(self.table.item(row, self.PART).data(Qt.ItemDataRole.UserRole), "", "", None, 0)

    def remove_pick(self) -> None:
        for index in sorted((r.row() for r in self.table.selectionModel().selectedRows()), reverse=True):
            self.table.removeRow(index)

    def picks(self) -> list[rq.Pick]:
        """The picks as the table holds them (rows with quantity 0 are left out)."""
        found = []
        for row in range(self.table.rowCount()):
            quantity = self.table.cellWidget(row, self.QUANTITY).value()
            if quantity:
                found.append(rq.Pick(self.table.item(row, self.PART).data(Qt.ItemDataRole.UserRole),
                                     self.table.item(row, self.LOCATION).text(),
                                     self.table.item(row, self.BATCH).text(), quantity))
        self.sent_rows = [row for row in range(self.table.rowCount())
                          if self.table.cellWidget(row, self.QUANTITY).value()]
        return found

    def submit(self) -> None:
        done = rq.issue_requisition(self.ctx, self.detail.id, self.picks(), self.note.text())
        self.message = tr("{number}: issued", number=done.number)

    def refused(self, error: ValidationError) -> None:
        # Picks are table rows, not fields: every message goes in one list naming its row.
        texts = []
        for name, text in error.errors.items():
            match = FIELD_INDEX.match(name)
            if match and match["group"] == "picks" and match["key"].isdigit():
                row = self.sent_rows[int(match["key"])] if int(match["key"]) < len(self.sent_rows) else -1
                texts.append(tr("Pick {row}: {message}", row=row + 1, message=refusal_text(error, text)))
                if row >= 0:
                    self.table.selectRow(row)
            else:
                texts.append(refusal_text(error, text))
        self.form_error.setText("\n".join(texts))
        self.form_error.show()


class ShipDialog(RequisitionDialog):
    """物流跟踪: carrier and tracking number, or a hand-over in person."""

    def __init__(self, ctx: AppContext, detail: rq.RequisitionDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Ship requisition {number}", number=detail.number), parent, tr("Ship"))
        self.detail = detail
        self.in_person = QCheckBox(tr("Hand over in person (no carrier)"))
        self.form.addRow("", self.in_person)
        self.carrier = QComboBox()
        self.carrier.setEditable(True)
        self.carrier.addItems(CARRIERS)
        self.carrier.setCurrentIndex(-1)
        self.carrier.lineEdit().setPlaceholderText(tr("Carrier"))
        self.add_field(tr("Carrier:"), self.carrier, "carrier")
        self.tracking = self.add_field(tr("Tracking number:"), QLineEdit(), "tracking_number")
        self.in_person.toggled.connect(lambda on: (self.carrier.setEnabled(not on), self.tracking.setEnabled(not on)))

    def submit(self) -> None:
        done = rq.ship_requisition(self.ctx, self.detail.id, self.carrier.currentText(), self.tracking.text(),
                                   in_person=self.in_person.isChecked())
        self.message = tr("{number}: {status}", number=done.number, status=tr(done.status.label))


class ReturnDialog(RequisitionDialog):
    """退回: unused parts the technician brings back, per line, into a location and batch."""

    def __init__(self, ctx: AppContext, detail: rq.RequisitionDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Return unused parts of {number}", number=detail.number), parent, tr("Book return"))
        self.detail = detail
        self.rows: dict[str, tuple[QSpinBox, QLineEdit, QLineEdit]] = {}
        for line in detail.lines:
            if line.returnable <= 0:
                continue
            issued = [m for m in detail.movements if m.line_id == line.id and m.kind == MovementKind.ISSUE]
            last = issued[-1] if issued else None
            spin = quantity_spin(0, maximum=line.returnable)
            spin.setSuffix(tr(" of {most}", most=line.returnable))
            location = QLineEdit(last.location if last else "")
            location.setPlaceholderText(tr("Location"))
            batch = QLineEdit(last.batch if last else "")
            batch.setPlaceholderText(tr("Batch"))
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(spin)
            row.addWidget(location, 1)
            row.addWidget(batch, 1)
            self.add_field(tr("{part}:", part=line.part), box, f"lines.{line.id}")
            self.rows[line.id] = (spin, location, batch)
        self.note = self.add_field(tr("Note:"), QLineEdit(), "note")
        self.errors.label_for("returns")

    def submit(self) -> None:
        returns = [rq.ReturnLine(line_id, spin.value(), location.text(), batch.text())
                   for line_id, (spin, location, batch) in self.rows.items() if spin.value()]
        done = rq.return_unused(self.ctx, self.detail.id, returns, self.note.text())
        self.message = tr("{number}: unused parts booked back", number=done.number)


# ---- the page -----------------------------------------------------------------------------------


class RequisitionsView(ListPageMixin, QWidget):
    """The list on the left (with "My parts" for technicians), the selected requisition on the right."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = ctx.user
        self.rows: list[rq.RequisitionRow] = []
        self.detail: rq.RequisitionDetail | None = None
        self.selected_id: str | None = None
        role = self.user.role if self.user else None
        self.technician = role == Role.TECHNICIAN

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(8)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("All statuses"), None)
        for status in RequisitionStatus:
            self.status_filter.addItem(tr(status.label), status)
        self.status_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        bar.addWidget(self.status_filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search number, requester or part…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.refresh())
        bar.addWidget(self.search, 1)
        self.new_button = QPushButton(tr("New requisition…"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.new_requisition)
        allowed = role is not None and is_allowed(role, Action.REQUEST_PARTS)
        self.new_button.setVisible(allowed)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)

        actions = QHBoxLayout()
        actions.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, action, handler in (
                ("approve", tr("Approve…"), Action.APPROVE_REQUISITION, self.approve),
                ("reject", tr("Reject…"), Action.APPROVE_REQUISITION, self.reject),
                ("cancel", tr("Cancel…"), Action.REQUEST_PARTS, self.cancel),
                ("issue", tr("Issue…"), Action.ISSUE_STOCK, self.issue),
                ("ship", tr("Ship…"), Action.ISSUE_STOCK, self.ship),
                ("receive", tr("Confirm receipt"), Action.REQUEST_PARTS, self.confirm_receipt),
                ("return", tr("Return unused…"), Action.RECEIVE_STOCK, self.return_unused),
                ("print", tr("Print requisition…"), Action.VIEW_REQUISITIONS, self.print_requisition),
                ("pick_list", tr("Print pick list…"), Action.VIEW_REQUISITIONS, self.print_pick_list)):
            button = QPushButton(text)
            button.clicked.connect(handler)
            shown = role is not None and is_allowed(role, action) and not (key == "pick_list" and self.technician)
            button.setVisible(shown)
            button.setEnabled(False)
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

        # The list across the top (with "My parts" beside it for technicians); the selected
        # requisition below, its lines beside its history.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        top = QWidget()
        list_column = QVBoxLayout(top)
        list_column.setContentsMargins(0, 0, 0, 6)
        self.table = read_only_table([tr("Requisition no."), tr("Requester"), tr("Status"), tr("Lines"), tr("Needed by"),
                                      tr("Requested at"), tr("Parts requested")])
        self.table.setColumnHidden(1, self.technician)  # a technician's list holds only their own
        self.table.itemSelectionChanged.connect(self._selection_changed)
        list_column.addWidget(self.table, 1)
        self.empty = empty_state_label(tr("No requisitions yet.") + (
            " " + tr("Use “New requisition…” to ask for parts.") if allowed else ""))
        list_column.addWidget(self.empty)
        self.my_parts_box = QWidget()
        parts_column = QVBoxLayout(self.my_parts_box)
        parts_column.setContentsMargins(0, 0, 0, 6)
        parts_column.addWidget(hint_label(tr("Issued to you, less returned, less used in the repairs you recorded.")))
        self.my_parts = read_only_table([tr("Part"), tr("Qty issued"), tr("Qty returned"), tr("Qty used"),
                                         tr("Held")], stretch_last=False)
        self.my_parts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        parts_column.addWidget(self.my_parts, 1)
        # Technicians switch between their requisitions and the parts they hold.
        self.tabs: QTabWidget | None = None
        if self.technician:
            self.tabs = QTabWidget()
            self.tabs.setDocumentMode(True)
            self.tabs.addTab(top, tr("My requisitions"))
            self.tabs.addTab(self.my_parts_box, tr("My parts"))
            splitter.addWidget(self.tabs)
        else:
            self.my_parts_box.setParent(self)
            self.my_parts_box.hide()
            splitter.addWidget(top)

        bottom = QWidget()
        bottom_column = QVBoxLayout(bottom)
        bottom_column.setContentsMargins(0, 6, 0, 0)
        bottom_column.setSpacing(4)
        self.title = title_label()
        self.info = hint_label()
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom_column.addWidget(self.title)
        bottom_column.addWidget(self.info)
        details = QSplitter(Qt.Orientation.Horizontal)
        details.setChildrenCollapsible(False)
        self.lines_table = read_only_table([tr("Part"), tr("Specification"), tr("Qty requested"), tr("Qty approved"),
                                            tr("Qty issued"), tr("Qty returned"), tr("On hand"), tr("Job"),
                                            tr("Needed by")],
                                           stretch_last=False)
        # The part keeps a readable width (full title in its tooltip); the rest fit their contents.
        lines_header = self.lines_table.horizontalHeader()
        lines_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        lines_header.resizeSection(0, 190)
        details.addWidget(self.lines_table)
        history, self.history_table = history_pane(tr("History"), [tr("Time"), tr("Step"), tr("By"), tr("Note")])
        details.addWidget(history)
        details.setStretchFactor(0, 3)
        details.setStretchFactor(1, 2)
        details.setSizes([780, 380])
        bottom_column.addWidget(details, 1)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 360])
        layout.addWidget(splitter, 1)
        self.refresh()

    # ---- data -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list (keeping the selection), the selected requisition and "My parts"."""
        try:
            self.rows = rq.list_requisitions(self.ctx, self.status_filter.currentData(), self.search.text())
            held = rq.technician_stock(self.ctx) if self.technician else []
        except PermissionDenied as error:
            show_problem(self, error)
            return
        fill_keeping_selection(self.table, self.rows, self._cells, self.selected_id)
        self.empty.setVisible(not self.rows)
        self._selection_changed()
        self.my_parts.setRowCount(len(held))
        for index, part in enumerate(held):
            numbers = (part.issued, part.returned, part.used, part.held)
            for column, cell in enumerate([table_item(part.part)] + [table_item(str(n), right=True) for n in numbers]):
                self.my_parts.setItem(index, column, cell)

    @staticmethod
    def _cells(row: rq.RequisitionRow) -> list:
        parts = table_item(row.parts)
        parts.setToolTip(row.parts)
        return [table_item(row.number), table_item(row.requester_name), table_item(tr(row.status.label)),
                table_item(str(row.line_count), right=True),
                table_item(local_date(row.needed_by)),
                table_item(local_time(row.requested_at)), parts]

    def _selection_changed(self) -> None:
        index = selected_row(self.table)
        if 0 <= index < len(self.rows):
            self.selected_id = self.rows[index].id
            try:
                self.detail = rq.get_requisition(self.ctx, self.selected_id)
            except (NotFound, PermissionDenied):
                self.detail = None
        else:
            self.detail = None
        self.show_detail()

    def show_detail(self) -> None:
        """Fill the right side and enable the buttons the selected requisition allows."""
        detail = self.detail
        for button in self.buttons.values():
            button.setEnabled(False)
        if detail is None:
            self.title.setText(tr("Spare-part requisition"))
            self.info.setText(tr("Select a requisition on the left."))
            self.lines_table.setRowCount(0)
            self.history_table.setRowCount(0)
            return
        self.title.setText(tr("{number} · {status}", number=detail.number, status=tr(detail.status.label)))
        facts = [tr("Requested by {name} on {time}", name=detail.requester_name, time=local_time(detail.requested_at))]
        if detail.approver_name:
            facts.append(tr("Decided by {name} on {time}", name=detail.approver_name, time=local_time(detail.approved_at)))
        if detail.allow_negative_reason:
            facts.append(tr("Negative stock allowed: {reason}", reason=detail.allow_negative_reason))
        if detail.shipped_at is not None:
            facts.append(tr("Handed over in person on {time}", time=local_time(detail.shipped_at)) if detail.in_person
                         else tr("Shipped by {carrier}, tracking number {tracking}, on {time}", carrier=detail.carrier,
                                 tracking=detail.tracking_number, time=local_time(detail.shipped_at)))
        if detail.note:
            facts.append(tr("Note: {note}", note=detail.note))
        if detail.ignored:
            facts.append(tr("Steps made elsewhere at the same time and not applied: {steps}", steps=", ".join(
                tr("{step} by {name}", step=tr(entry.kind.label), name=entry.by) for entry in detail.ignored)))
        self.info.setText("\n".join(facts))
        self.lines_table.setRowCount(len(detail.lines))
        self.lines_table.setColumnHidden(1, not any(line.specification for line in detail.lines))
        for index, line in enumerate(detail.lines):
            cells = [table_item(line.part), table_item(line.specification), table_item(str(line.requested), right=True),
                     table_item("" if line.approved is None else str(line.approved), right=True),
                     table_item(str(line.issued), right=True), table_item(str(line.returned), right=True),
                     table_item(str(line.on_hand), right=True), table_item(line.job_number),
                     table_item(local_date(line.needed_by))]
            cells[0].setToolTip(line.part)
            for column, cell in enumerate(cells):
                self.lines_table.setItem(index, column, cell)
        fill_history(self.history_table, detail.history, lambda entry: tr(entry.kind.label), lambda entry: entry.note)
        self._enable_buttons(detail)

    def _enable_buttons(self, detail: rq.RequisitionDetail) -> None:
        status = detail.status
        mine = self.user is not None and detail.requested_by == self.user.id
        manager = self.user is not None and self.user.role == Role.MANAGER
        self.buttons["approve"].setEnabled(status == RequisitionStatus.SUBMITTED and not mine)
        self.buttons["reject"].setEnabled(status == RequisitionStatus.SUBMITTED and not mine)
        self.buttons["cancel"].setEnabled((status == RequisitionStatus.SUBMITTED or status.is_approved)
                                          and (mine or manager))
        self.buttons["issue"].setEnabled(status.is_approved)
        self.buttons["ship"].setEnabled(status == RequisitionStatus.ISSUED)
        self.buttons["receive"].setEnabled(status == RequisitionStatus.SHIPPED and mine)
        self.buttons["return"].setEnabled(status.has_issued and any(line.returnable > 0 for line in detail.lines))
        self.buttons["print"].setEnabled(True)
        self.buttons["pick_list"].setEnabled(status.is_approved or status.has_issued)
        if mine and self.buttons["approve"].isVisible():
            self.buttons["approve"].setToolTip(tr("Nobody approves their own request."))

    # ---- actions --------------------------------------------------------------------------------

    def new_requisition(self) -> None:
        self._run_new(NewRequisitionDialog(self.ctx, list_products(self.ctx), self))

    def approve(self) -> None:
        if self.detail is not None:
            self._run(ApproveDialog(self.ctx, self.detail, self))

    def reject(self) -> None:
        if self.detail is not None:
            self._run(ReasonDialog(self.ctx, self.detail, StepKind.REJECT, self))

    def cancel(self) -> None:
        if self.detail is not None:
            self._run(ReasonDialog(self.ctx, self.detail, StepKind.CANCEL, self))

    def issue(self) -> None:
        if self.detail is not None:
            self._run(IssueDialog(self.ctx, self.detail, self))

    def ship(self) -> None:
        if self.detail is not None:
            self._run(ShipDialog(self.ctx, self.detail, self))

    def return_unused(self) -> None:
        if self.detail is not None:
            self._run(ReturnDialog(self.ctx, self.detail, self))

    def confirm_receipt(self) -> None:
        if self.detail is None:
            return
        answer = QMessageBox.question(self, tr("Confirm receipt"),
                                      tr("Confirm that the parts of {number} reached you?", number=self.detail.number))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            done = rq.confirm_receipt(self.ctx, self.detail.id)
        except (ValidationError, PermissionDenied, NotFound) as error:
            show_problem(self, error)
            return
        self.refresh()
        self.status_message.emit(tr("{number}: {status}", number=done.number, status=tr(done.status.label)))

    def print_requisition(self) -> None:
        if self.detail is not None:
            self._print(rq.requisition_document, f"{self.detail.number}.pdf", tr("Spare-part requisition"))

    def print_pick_list(self) -> None:
        if self.detail is not None:
            self._print(rq.pick_list, f"{self.detail.number}-pick.pdf", tr("Pick list"))

    def _print(self, render, name: str, title: str) -> None:  # noqa: ANN001 - a service function
        try:
            with busy_cursor():
                pdf = render(self.ctx, self.detail.id, i18n.language())
        except (PermissionDenied, NotFound) as error:
            show_problem(self, error)
            return
        offer_document(self, pdf, name, tr("{title} {number}", title=title, number=self.detail.number))

