"""The detail panel of one service job: header, customer, product, fault, actions and history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QScrollArea, QStackedWidget, QTabWidget, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from aftersales_desktop.domain.enums import Role
from aftersales_desktop.domain.jobs import JobStatus, can_move, is_open_work
from aftersales_desktop.domain.money import format_fen
from aftersales_desktop.domain.permissions import Action, is_allowed
from aftersales_desktop.gui.formatting import countdown, local_date, local_time
from aftersales_desktop.i18n import tr
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.jobs import EventInfo, EventKind, JobDetail
from aftersales_desktop.services.slips import SlipSummary, slips_for_job

#: Action keys in button order; JobsView maps each to its dialog.
ACTIONS = ("assign", "escalate", "schedule", "repair", "sign", "slip", "close", "reopen", "cancel", "note")
BUTTON_COLUMNS = 4

_STATUS_COLOURS = {
    JobStatus.NEW: "#1565c0", JobStatus.ASSIGNED: "#00838f", JobStatus.SCHEDULED: "#6a1b9a",
    JobStatus.IN_PROGRESS: "#ef6c00", JobStatus.ESCALATED: "#c62828", JobStatus.RESOLVED: "#2e7d32",
    JobStatus.RETURN_PENDING: "#8d6e63", JobStatus.CLOSED: "#616161", JobStatus.CANCELLED: "#9e9e9e",
}


def action_title(action: str) -> str:
    """The translated button text of an action key."""
    return {
        "assign": tr("Assign…"), "escalate": tr("Escalate…"), "schedule": tr("Schedule visit…"),
        "repair": tr("Record repair…"), "sign": tr("Sign slip…"), "slip": tr("Print slip…"),
        "close": tr("Close (follow-up)…"), "reopen": tr("Reopen…"),
        "cancel": tr("Cancel job…"), "note": tr("Add note…"),
    }[action]


def unsigned_repair_id(detail: JobDetail, signed: list[SlipSummary]) -> str | None:
    """The latest repair record, if it has no slip yet (the one the customer signs for now)."""
    if not detail.repairs:
        return None
    latest = detail.repairs[-1]
    return None if any(slip.repair_id == latest.id for slip in signed) else latest.id


def available_actions(detail: JobDetail, role: Role, signed: list[SlipSummary] = ()) -> set[str]:
    """The actions that make sense for this job's status and that the user's role may take.

    The services check again; this only keeps buttons from promising what would be refused.
    """
    status = detail.status
    wanted = {
        "assign": (Action.ASSIGN_JOB, is_open_work(status)),
        "escalate": (Action.ESCALATE_JOB, can_move(status, JobStatus.ESCALATED)),
        "schedule": (Action.SCHEDULE_VISIT, can_move(status, JobStatus.SCHEDULED)
                     and status != JobStatus.RESOLVED),
        "repair": (Action.RECORD_REPAIR, is_open_work(status)),
        "close": (Action.CLOSE_JOB, status in (JobStatus.RESOLVED, JobStatus.RETURN_PENDING)),
        "reopen": (Action.ASSIGN_JOB, status == JobStatus.RESOLVED),
        "cancel": (Action.CANCEL_JOB, can_move(status, JobStatus.CANCELLED)),
        "note": (Action.ADD_NOTE, True),
        "sign": (Action.SIGN_SLIP, unsigned_repair_id(detail, list(signed)) is not None),
        "slip": (Action.PRINT_SLIP, bool(signed)),
    }
    return {key for key, (action, fits) in wanted.items() if fits and is_allowed(role, action)}


def event_text(event: EventInfo) -> str:
    """What a timeline entry records, in words."""
    if event.kind == EventKind.ASSIGNED and event.assignee:
        return tr("Assigned to {name}", name=event.assignee)
    if event.kind == EventKind.VISIT_SCHEDULED and event.assignee:
        return tr("Visit scheduled with {name}", name=event.assignee)
    return {
        EventKind.CREATED: tr("Job taken in"),
        EventKind.ASSIGNED: tr("Assigned"),
        EventKind.ESCALATED: tr("Escalated to the manager"),
        EventKind.VISIT_SCHEDULED: tr("Visit scheduled"),
        EventKind.REPAIR_RECORDED: tr("Repair recorded"),
        EventKind.CLOSED: tr("Closed after follow-up"),
        EventKind.REOPENED: tr("Reopened"),
        EventKind.CANCELLED: tr("Cancelled"),
        EventKind.NOTE: tr("Note"),
    }[event.kind]


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setWordWrap(True)
    tree.header().setStretchLastSection(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return tree


def _fit_columns(tree: QTreeWidget) -> None:
    """Size every column but the last (which stretches) to its contents, within reason."""
    for column in range(tree.columnCount() - 1):
        tree.resizeColumnToContents(column)
        tree.setColumnWidth(column, min(tree.columnWidth(column), 260))


class JobDetailPanel(QWidget):
    """Everything about the selected job, with the buttons for what can be done next.

    Signals: ``action_requested(str)`` with an action key from ``ACTIONS``.
    Attributes: ``detail`` (the JobDetail shown, or None), ``buttons`` (action key -> button).
    """

    action_requested = Signal(str)
    slip_requested = Signal(str)
    #: A quality case was opened from this job; the status message to show.
    quality_case_opened = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.detail: JobDetail | None = None
        self.slips: list[SlipSummary] = []
        self._stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)
        empty = QLabel(tr("Select a job in the list to see it here."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setStyleSheet("color: #7b8794;")
        self._stack.addWidget(empty)
        self._stack.addWidget(self._build_page())

    # ---- building -------------------------------------------------------------------------------

    def _build_page(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(12, 8, 12, 8)
        column.addLayout(self._build_header())
        column.addLayout(self._build_facts())
        column.addLayout(self._build_buttons())
        self.tabs = QTabWidget()
        self.timeline = _tree([tr("Time"), tr("Who"), tr("What"), tr("Note")])
        self.visits = _tree([tr("When"), tr("Technician"), tr("Address"), tr("Bring"), tr("Status")])
        self.repairs = _tree([tr("Recorded"), tr("Technician"), tr("Outcome"), tr("Labour"),
                              tr("Details")])
        self.repairs.setRootIsDecorated(True)
        self.slip_tree = _tree([tr("Slip"), tr("Signed"), tr("Customer signer"), tr("Prints"), tr("State")])
        self.slip_tree.itemActivated.connect(self._slip_activated)
        self.tabs.addTab(self.timeline, tr("Timeline"))
        self.tabs.addTab(self.visits, tr("Visits"))
        self.tabs.addTab(self.repairs, tr("Repairs"))
        self.tabs.addTab(self.slip_tree, tr("Slips"))
        self.tabs.setMinimumHeight(220)
        column.addWidget(self.tabs, 1)
        scroll.setWidget(page)
        return scroll

    def _build_header(self) -> QVBoxLayout:
        # Two short lines rather than one long one, so the panel stays usable when narrow.
        column = QVBoxLayout()
        column.setSpacing(4)
        first = QHBoxLayout()
        self.number_label = QLabel()
        self.number_label.setObjectName("jobNumber")
        self.number_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        first.addWidget(self.number_label)
        first.addSpacing(8)
        first.addWidget(self.status_label)
        first.addStretch(1)
        second = QHBoxLayout()
        self.priority_label = QLabel()
        self.countdown_label = QLabel()
        second.addWidget(self.priority_label)
        second.addSpacing(16)
        second.addWidget(self.countdown_label)
        second.addStretch(1)
        column.addLayout(first)
        column.addLayout(second)
        return column

    def _build_facts(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        customer = QGroupBox(tr("Customer"))
        form = QGridLayout(customer)
        self.customer_name = _value_label()
        self.customer_name.setStyleSheet("font-weight: 600;")
        self.customer_phone = _value_label()
        self.customer_company = _value_label()
        self.customer_address = _value_label()
        for row, widget in enumerate((self.customer_name, self.customer_phone,
                                      self.customer_company, self.customer_address)):
            form.addWidget(widget, row, 0)
        form.setRowStretch(4, 1)
        product = QGroupBox(tr("Product"))
        form = QGridLayout(product)
        self.product_label = _value_label()
        self.product_label.setStyleSheet("font-weight: 600;")
        self.serial_label = _value_label()
        self.purchase_label = _value_label()
        self.channel_label = _value_label()
        for row, widget in enumerate((self.product_label, self.serial_label, self.purchase_label,
                                      self.channel_label)):
            form.addWidget(widget, row, 0)
        form.setRowStretch(4, 1)
        fault = QGroupBox(tr("Fault"))
        form = QVBoxLayout(fault)
        self.fault_label = _value_label()
        self.fault_label.setStyleSheet("font-weight: 600;")
        self.description_label = _value_label()
        self.assignment_label = _value_label()
        self.assignment_label.setStyleSheet("color: #52606d;")
        form.addWidget(self.fault_label)
        form.addWidget(self.description_label)
        form.addWidget(self.assignment_label)
        grid.addWidget(customer, 0, 0)
        grid.addWidget(product, 0, 1)
        grid.addWidget(fault, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _build_buttons(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        for index, key in enumerate(ACTIONS):
            button = QPushButton(action_title(key))
            button.setObjectName(f"action_{key}")
            button.clicked.connect(lambda _checked=False, k=key: self.action_requested.emit(k))
            self.buttons[key] = button
            grid.addWidget(button, index // BUTTON_COLUMNS, index % BUTTON_COLUMNS)
        # Not a job step: the panel opens the quality case form itself, in the grid's next cell.
        self.quality_button = QPushButton(tr("Quality case…"))
        self.quality_button.setObjectName("action_quality")
        self.quality_button.setToolTip(tr("Open a quality case for this job's customer and product"))
        self.quality_button.clicked.connect(self.open_quality_case)
        grid.addWidget(self.quality_button, len(ACTIONS) // BUTTON_COLUMNS, len(ACTIONS) % BUTTON_COLUMNS)
        return grid

    # ---- showing --------------------------------------------------------------------------------

    def show_job(self, detail: JobDetail | None) -> None:
        """Show ``detail`` (None: the 'select a job' hint)."""
        self.detail = detail
        if detail is None:
            self._stack.setCurrentIndex(0)
            return
        self._stack.setCurrentIndex(1)
        self.number_label.setText(detail.number)
        colour = _STATUS_COLOURS[detail.status]
        self.status_label.setText(tr(detail.status.label))
        self.status_label.setStyleSheet(
            f"color: white; background: {colour}; border-radius: 4px; padding: 2px 8px;")
        self.priority_label.setText(tr("Priority: {priority}", priority=tr(detail.priority.label)))
        self.customer_name.setText(detail.customer_name)
        self.customer_phone.setText(detail.customer_phone)
        self.customer_company.setText(detail.customer_company)
        self.customer_company.setVisible(bool(detail.customer_company))
        self.customer_address.setText(detail.customer_address)
        self.customer_address.setVisible(bool(detail.customer_address))
        self.product_label.setText(detail.product or tr("(no product)"))
        self.serial_label.setText(tr("Serial / batch: {serial}", serial=detail.serial_number or "—"))
        self.purchase_label.setText(tr("Bought: {date}", date=local_date(detail.purchase_date)
                                       if detail.purchase_date else "—"))
        self.channel_label.setText(tr("Via {channel}, {time} by {name}", channel=tr(detail.channel.label),
                                      time=local_time(detail.created_at), name=detail.created_by))
        self.fault_label.setText(tr(detail.fault_category.label))
        self.description_label.setText(detail.description)
        self.assignment_label.setText(tr("Technician: {name}", name=detail.technician)
                                      if detail.technician else tr("Not assigned yet"))
        self._fill_timeline(detail)
        self._fill_visits(detail)
        self.slips = slips_for_job(self._ctx, detail.id)
        self._fill_repairs(detail)
        self._fill_slips()
        role = self._ctx.user.role if self._ctx.user is not None else None
        allowed = available_actions(detail, role, self.slips) if role is not None else set()
        for key, button in self.buttons.items():
            button.setEnabled(key in allowed)
        self.quality_button.setEnabled(role is not None and is_allowed(role, Action.OPEN_QUALITY_CASE))
        self.tick()

    def tick(self) -> None:
        """Update the countdown to the promised reply."""
        if self.detail is None:
            return
        text, overdue = countdown(self.detail.reply_due_at, self._ctx.now(), self.detail.done_at)
        self.countdown_label.setText(text)
        self.countdown_label.setToolTip(tr("Reply promised by {time}",
                                           time=local_time(self.detail.reply_due_at)))
        self.countdown_label.setStyleSheet("color: #b71c1c; font-weight: 600;" if overdue
                                           else "color: #52606d;")

    def _fill_timeline(self, detail: JobDetail) -> None:
        self.timeline.clear()
        for event in detail.events:
            what = event_text(event)
            # The status a change led to goes on a second line of "what": the line above shows
            # where it came from, and the note keeps the room it needs.
            if event.to_status is not None and event.to_status != event.from_status:
                what += f"\n→ {tr(event.to_status.label)}"
            # The repair event's note is the outcome's English label: translate it for display.
            note = tr(event.note) if event.kind == EventKind.REPAIR_RECORDED else event.note
            item = QTreeWidgetItem([local_time(event.at), event.user, what, note])
            item.setToolTip(2, what)
            item.setToolTip(3, note)
            self.timeline.addTopLevelItem(item)
        _fit_columns(self.timeline)
        self.tabs.setTabText(0, tr("Timeline ({n})", n=len(detail.events)))

    def _fill_visits(self, detail: JobDetail) -> None:
        self.visits.clear()
        for visit in detail.visits:
            ends = visit.ends_at.astimezone().strftime("%H:%M")
            bring = ", ".join(part for part in (visit.tools, visit.parts_to_bring) if part)
            item = QTreeWidgetItem([f"{local_time(visit.starts_at)}–{ends}", visit.technician,
                                    visit.address, bring, tr(visit.status.label)])
            item.setToolTip(2, visit.address)
            self.visits.addTopLevelItem(item)
        _fit_columns(self.visits)
        self.tabs.setTabText(1, tr("Visits ({n})", n=len(detail.visits)))

    def _fill_repairs(self, detail: JobDetail) -> None:
        self.repairs.clear()
        for repair in detail.repairs:
            test = tr("test passed") if repair.test_passed else tr("test failed")
            top = QTreeWidgetItem([local_time(repair.recorded_at), repair.technician,
                                   tr(repair.outcome.label),
                                   tr("{n} min", n=repair.labour_minutes),
                                   f"{repair.diagnosis} ({test})"])
            lines = [(tr("Symptom"), repair.symptom), (tr("Diagnosis"), repair.diagnosis),
                     (tr("Work done"), repair.work_done),
                     (tr("Post-repair test"), f"{repair.test_performed} ({test})")]
            for part in repair.parts:
                lines.append((tr("Part"), tr("{qty} × {part} at {price}", qty=part.quantity,
                                             part=part.product, price=format_fen(part.unit_price_fen))))
            for slip in self.slips:
                if slip.repair_id == repair.id:
                    lines.append((tr("Slip"), tr("{number} rev. {revision}, signed by {name}",
                                                 number=slip.number, revision=slip.revision,
                                                 name=slip.customer_signer)))
            for title, text in lines:
                if text:
                    child = QTreeWidgetItem(["", "", title, "", text])
                    child.setToolTip(4, text)
                    top.addChild(child)
            self.repairs.addTopLevelItem(top)
            top.setExpanded(True)
        _fit_columns(self.repairs)
        self.tabs.setTabText(2, tr("Repairs ({n})", n=len(detail.repairs)))

    def _fill_slips(self) -> None:
        self.slip_tree.clear()
        for slip in reversed(self.slips):  # newest first: the one in force on top
            state = tr("Corrected") if slip.superseded else tr("In force")
            item = QTreeWidgetItem([tr("{number} rev. {revision}", number=slip.number, revision=slip.revision),
                                    local_time(slip.issued_at), slip.customer_signer,
                                    str(slip.prints), state])
            item.setData(0, Qt.ItemDataRole.UserRole, slip.id)
            item.setToolTip(0, tr("Double-click or press Enter to view, print or verify"))
            self.slip_tree.addTopLevelItem(item)
        _fit_columns(self.slip_tree)
        self.tabs.setTabText(3, tr("Slips ({n})", n=len(self.slips)))

    def open_quality_case(self) -> None:
        """Open the new quality case form prefilled from the shown job."""
        if self.detail is None:
            return
        from aftersales_desktop.gui.quality_view import NewQualityCaseDialog

        dialog = NewQualityCaseDialog(self._ctx, self, self.detail)
        message = self.open_quality_dialog(dialog)
        dialog.deleteLater()
        if message:
            self.quality_case_opened.emit(message)

    def open_quality_dialog(self, dialog) -> str | None:  # noqa: ANN001 - a FormDialog
        """Show the quality case form modally (a seam for tests, which drive it without exec)."""
        return dialog.run()

    def _slip_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.slip_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))

    def current_slip_id(self) -> str | None:
        """The slip in force of this job's latest signed repair (what "Print slip" opens)."""
        in_force = [slip for slip in self.slips if not slip.superseded]
        return in_force[-1].id if in_force else None
