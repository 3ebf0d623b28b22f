"""Dialogs for the actions on one job: assign, escalate, schedule a visit, record a repair, close
after the follow-up call, reopen, cancel, add a note.

Each dialog runs its service call when OK is pressed. A ValidationError puts the messages under
the fields and keeps the dialog open; success accepts it and leaves a status line in ``message``.
Views open them with ``open()`` (window-modal, not blocking), so tests drive them like a user.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from html import escape

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
                               QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QTableWidget,
                               QTimeEdit, QVBoxLayout, QWidget)

from aftersales_desktop.domain.enums import RepairOutcome, Role, VisitStatus
from aftersales_desktop.domain.errors import PermissionDenied
from aftersales_desktop.domain.permissions import Action, is_allowed
from aftersales_desktop.gui.form_dialog import FormDialog
from aftersales_desktop.gui.form_layout import date_edit
from aftersales_desktop.gui.formatting import local_time
from aftersales_desktop.i18n import tr
from aftersales_desktop.services import jobs
from aftersales_desktop.services.catalog import ProductInfo, list_products
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.staff import list_staff

#: The service refuses more than this in one record; the spin box lets a little more through so
#: the service's own message explains the limit instead of the box silently capping the number.
LABOUR_SPIN_MAX = 9999


def plain_text_edit(placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    """A multi-line text box a few lines high where Tab moves on instead of typing a tab."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height + edit.fontMetrics().lineSpacing() * 3)
    return edit


def technician_combo(ctx: AppContext, selected_id: str | None, *, empty_text: str) -> QComboBox:
    """A picker of the outlet's active technicians; the first entry (no id) reads ``empty_text``.

    A technician can only pick themself: the services refuse anything else for that role.
    """
    combo = QComboBox()
    user = ctx.user
    if user is not None and user.role == Role.TECHNICIAN:
        combo.addItem(user.display_name, user.id)
        combo.setEnabled(False)
        return combo
    combo.addItem(empty_text, None)
    for member in list_staff(ctx, role=Role.TECHNICIAN, active_only=True):
        combo.addItem(member.display_name, member.id)
    if selected_id is not None:
        index = combo.findData(selected_id)
        if index >= 0:
            combo.setCurrentIndex(index)
    return combo


def product_combo(products: list[ProductInfo], selected_id: str | None = None) -> QComboBox:
    """A picker over catalog products, with type-to-filter."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for product in products:
        combo.addItem(product.title, product.id)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
    combo.setCurrentIndex(combo.findData(selected_id) if selected_id else -1)
    return combo


def combo_product_id(combo: QComboBox) -> str | None:
    """The id of the catalog product whose title or model is typed in ``combo``, if any."""
    typed = combo.currentText().strip()
    if not typed:
        return None
    index = combo.findText(typed, Qt.MatchFlag.MatchFixedString)
    if index >= 0:
        return combo.itemData(index)
    for i in range(combo.count()):
        # "HP CF283A (83A ...)": the model is the second word of the title.
        words = combo.itemText(i).split()
        if len(words) > 1 and words[1].casefold() == typed.casefold():
            return combo.itemData(i)
    return None


def to_utc(day: QDate, clock: QTime) -> datetime:
    """A local date and time as an aware UTC datetime."""
    naive = datetime.combine(day.toPython(), time(clock.hour(), clock.minute()))
    return naive.astimezone().astimezone(timezone.utc)


class ServiceDialog(FormDialog):
    """A form about one job that calls one service on OK and shows what it refuses next to the fields.

    Attributes: those of FormDialog, and ``detail`` (the job), named in a heading above the form.
    """

    def __init__(self, ctx: AppContext, detail: jobs.JobDetail, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, f"{title} — {detail.number}", parent, min_width=460)
        self.detail = detail
        heading = QLabel(f"<b>{escape(detail.number)}</b>  {escape(detail.customer_name)}  "
                         f"{escape(detail.product)}")
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.outer.insertWidget(0, heading)


class AssignDialog(ServiceDialog):
    """Assign (or reassign) the job to a technician."""

    def __init__(self, ctx: AppContext, detail: jobs.JobDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, tr("Assign job"), parent)
        self.technician = self.add_field(
            tr("Technician"), technician_combo(ctx, None, empty_text=tr("Choose a technician…")),
            "technician")
        if detail.technician:
            self.form.insertRow(0, tr("Now assigned to"), QLabel(detail.technician))
        self.note = self.add_field(tr("Note"), QLineEdit(), "note")

    def submit(self) -> None:
        """Assign through the service."""
        jobs.assign_job(self.ctx, self.detail.id, self.technician.currentData() or "", self.note.text())
        self.message = tr("Job {number} assigned to {name}", number=self.detail.number,
                          name=self.technician.currentText())


class _ReasonDialog(ServiceDialog):
    """A dialog asking for one piece of text (a reason or a note)."""

    field_name = "reason"

    def __init__(self, ctx: AppContext, detail: jobs.JobDetail, title: str, prompt: str,
                 placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, title, parent)
        self.text_edit = self.add_field(prompt, plain_text_edit(placeholder, 4), self.field_name)

    def text(self) -> str:
        """What was typed."""
        return self.text_edit.toPlainText()


class EscalateDialog(_ReasonDialog):
    """Report a complex fault to the manager (复杂故障上报)."""

    def __init__(self, ctx: AppContext, detail: jobs.JobDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, tr("Escalate job"), tr("Reason"),
                         tr("What makes this fault need the manager?"), parent)

    def submit(self) -> None:
        """Escalate through the service."""
        jobs.escalate_job(self.ctx, self.detail.id, self.text())
        self.message = tr("Job {number} escalated", number=self.detail.number)


class ReopenDialog(_ReasonDialog):
    """Send a repaired job back for another visit."""

    def __init__(self, ctx: AppContext, detail: jobs.JobDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, tr("Reopen job"), tr("Reason"),
                         tr("What is the customer still unhappy with?"), parent)

    def submit(self) -> None:
        """Reopen through the service."""
        jobs.reopen_job(self.ctx, self.detail.id, self.text())
        self.message = tr("Job {number} reopened", number=self.detail.number)


class CancelJobDialog(_ReasonDialog):
    """Cancel a job the customer withdrew."""

    def __init__(self, ctx: AppContext, detail: jobs.JobDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, tr("Cancel job"), tr("Reason"),
                         tr("Why is the job cancelled?"), parent)
        self.ok_button.setText(tr("Cancel job"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Keep job"))

    def submit(self) -> None:
        """Cancel through the service."""
        jobs.cancel_job(self.ctx, self.detail.id, self.text())
        self.message = tr("Job {number} cancelled", number=self.detail.number)


class NoteDialog(_ReasonDialog):
    """Add a note to the job's timeline."""

    field_name = "note"

    def __init__(self, ctx: AppContext, detail: jobs.JobDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, tr("Add note"), tr("Note"),
                         tr("Phone call, agreement with the customer, anything worth keeping"), parent)

    def submit(self) -> None:
        """Add the note through the service."""
        jobs.add_note(self.ctx, self.detail.id, self.text())
        self.message = tr("Note added to job {number}", number=self.detail.number)


class ScheduleVisitDialog(ServiceDialog):
    """Book an on-site visit: technician, date and time window, address, what to bring."""

    def __init__(self, ctx: AppContext, detail: jobs.JobDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, tr("Schedule visit"), parent)
        self.technician = self.add_field(
            tr("Technician"),
            technician_combo(ctx, detail.assigned_to, empty_text=tr("Choose a technician…")),
            "technician")
        start = (ctx.now().astimezone() + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        self.date = date_edit(start.date())
        self.add_field(tr("Date"), self.date, "starts_at")
        self.start_time = QTimeEdit(QTime(start.hour, 0))
        self.end_time = QTimeEdit(QTime(min(start.hour + 2, 23), 0 if start.hour < 22 else 59))
        for edit in (self.start_time, self.end_time):
            edit.setDisplayFormat("HH:mm")
        times = QWidget()
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start_time)
        row.addWidget(QLabel(tr("to")))
        row.addWidget(self.end_time)
        row.addStretch(1)
        self.add_field(tr("Time"), times, "ends_at")
        self.address = self.add_field(tr("Address"), QLineEdit(detail.customer_address), "address")
        self.tools = self.add_field(tr("Tools"), QLineEdit(), "tools")
        self.tools.setPlaceholderText(tr("e.g. vacuum, test pages, multimeter"))
        self.parts_to_bring = self.add_field(tr("Parts to bring"), QLineEdit(), "parts_to_bring")
        self.note = self.add_field(tr("Note"), QLineEdit(), "note")

    def starts_at(self) -> datetime:
        """The chosen start, in UTC."""
        return to_utc(self.date.date(), self.start_time.time())

    def ends_at(self) -> datetime:
        """The chosen end, in UTC."""
        return to_utc(self.date.date(), self.end_time.time())

    def submit(self) -> None:
        """Book the visit through the service."""
        visit = jobs.schedule_visit(self.ctx, self.detail.id, jobs.VisitDraft(
            technician_id=self.technician.currentData() or "", starts_at=self.starts_at(),
            ends_at=self.ends_at(), address=self.address.text(), tools=self.tools.text(),
            parts_to_bring=self.parts_to_bring.text(), note=self.note.text()))
        self.message = tr("Visit booked for {time} with {name}", time=local_time(visit.starts_at),
                          name=visit.technician)


class RecordRepairDialog(ServiceDialog):
    """The repair record (维修记录): symptom, diagnosis, work, parts replaced, labour, test, outcome."""

    def __init__(self, ctx: AppContext, detail: jobs.JobDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, tr("Record repair"), parent)
        self._products = list_products(ctx)
        self.visit = QComboBox()
        self.visit.addItem(tr("No visit (bench or remote repair)"), None)
        for visit in detail.visits:
            if visit.status == VisitStatus.PLANNED:
                self.visit.addItem(f"{local_time(visit.starts_at)}  {visit.technician}  {visit.address}",
                                   visit.id)
        if self.visit.count() > 1:
            self.visit.setCurrentIndex(1)
        self.add_field(tr("Visit"), self.visit, "visit_id")
        user = ctx.user
        self.technician: QComboBox | None = None
        if user is not None and user.role != Role.TECHNICIAN:
            self.technician = self.add_field(
                tr("Technician"),
                technician_combo(ctx, detail.assigned_to, empty_text=tr("Choose a technician…")),
                "technician")
            self.technician.currentIndexChanged.connect(lambda _index: self._load_held())
        self.fault_confirmed = self.add_field("", QCheckBox(tr("Fault confirmed on arrival")))
        self.symptom = self.add_field(tr("Fault symptom"), plain_text_edit("", 2), "symptom")
        # Start from what the customer reported; the technician corrects it on site.
        self.symptom.setPlainText(detail.description)
        self.diagnosis = self.add_field(tr("Diagnosis"), plain_text_edit("", 2), "diagnosis")
        self.work_done = self.add_field(tr("Work done"), plain_text_edit("", 2), "work_done")
        self.add_field(tr("Parts replaced"), self._parts_box(), "parts")
        self.labour_minutes = QSpinBox()
        self.labour_minutes.setRange(0, LABOUR_SPIN_MAX)
        self.labour_minutes.setSuffix(tr(" min"))
        self.labour_minutes.setSingleStep(15)
        self.labour_minutes.setMaximumWidth(160)
        self.add_field(tr("Labour"), self.labour_minutes, "labour_minutes")
        self.test_performed = self.add_field(tr("Post-repair test"), QLineEdit(), "test_performed")
        self.test_performed.setPlaceholderText(tr("e.g. printed 20 test pages, no streaks"))
        self.test_passed = self.add_field("", QCheckBox(tr("Test passed")), "test_passed")
        self.outcome = QComboBox()
        for outcome in RepairOutcome:
            self.outcome.addItem(tr(outcome.label), outcome)
        self.add_field(tr("Outcome"), self.outcome, "outcome")
        self.sign_now = QCheckBox(tr("The customer signs the repair slip now"))
        self.sign_now.setObjectName("sign_now")
        may_sign = user is not None and is_allowed(user.role, Action.SIGN_SLIP)
        self.sign_now.setChecked(may_sign)
        self.sign_now.setVisible(may_sign)
        self.add_field("", self.sign_now)
        self.repair_id: str | None = None
        self.setMinimumWidth(620)

    def _parts_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.parts = QTableWidget(0, 2)
        self.parts.setHorizontalHeaderLabels([tr("Part"), tr("Quantity")])
        self.parts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.parts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.parts.verticalHeader().hide()
        self.parts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parts.setMinimumHeight(90)
        self.parts.setMaximumHeight(150)
        column.addWidget(self.parts)
        buttons = QHBoxLayout()
        self.add_part_button = QPushButton(tr("Add part"))
        self.remove_part_button = QPushButton(tr("Remove part"))
        self.add_part_button.clicked.connect(lambda: self.add_part())
        self.remove_part_button.clicked.connect(self.remove_part)
        buttons.addWidget(self.add_part_button)
        buttons.addWidget(self.remove_part_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        # Parts used here draw down what was issued to the technician (services.requisitions).
        self.held_label = QLabel()
        self.held_label.setObjectName("hint")
        self.held_label.setWordWrap(True)
        column.addWidget(self.held_label)
        self.held: dict[str, object] = {}  # product id -> services.requisitions.TechnicianPart
        self._load_held()
        return box

    def _repair_technician(self) -> str | None:
        if self.technician is not None:
            return self.technician.currentData()
        return self.ctx.user.id if self.ctx.user else None

    def _load_held(self) -> None:
        # Imported here: the requisitions service is not needed until a repair is recorded.
        from aftersales_desktop.services.requisitions import technician_stock

        technician_id = self._repair_technician()
        try:
            parts = technician_stock(self.ctx, technician_id) if technician_id else []
        except PermissionDenied:
            parts = []
        self.held = {p.product_id: p for p in parts if p.held > 0}
        self._show_held()

    def _show_held(self) -> None:
        """What the technician holds, after the parts of this repair; parts beyond it in amber."""
        using: dict[str, int] = {}
        for line in self.part_lines():
            if line.product_id:
                using[line.product_id] = using.get(line.product_id, 0) + line.quantity
        held_text = "; ".join(tr("{part}: {held}, {left} after this repair", part=p.part, held=p.held,
                                 left=p.held - using.get(p.product_id, 0))
                              for p in self.held.values())
        beyond = [next((pr.title for pr in self._products if pr.id == pid), "?")
                  for pid, quantity in using.items() if quantity > (self.held[pid].held if pid in self.held else 0)]
        text = tr("Held by the technician: {parts}", parts=held_text) if held_text else \
            tr("The technician holds no issued parts.")
        if beyond:
            text += " " + tr("More than held: {parts} (from outlet stock or the customer).",
                             parts=", ".join(beyond))
        self.held_label.setText(text)
        self.held_label.setStyleSheet("color: #7a4b00;" if beyond else "")

    def add_part(self, product_id: str | None = None, quantity: int = 1) -> int:
        """Add a parts row (product picker and quantity); returns its row number."""
        row = self.parts.rowCount()
        self.parts.insertRow(row)
        combo = product_combo(self._products, product_id)
        combo.lineEdit().setPlaceholderText(tr("Type a model…"))
        spin = QSpinBox()
        spin.setRange(0, 999)
        spin.setValue(quantity)
        self.parts.setCellWidget(row, 0, combo)
        self.parts.setCellWidget(row, 1, spin)
        self.parts.setCurrentCell(row, 0)
        combo.currentIndexChanged.connect(lambda _index: self._show_held())
        spin.valueChanged.connect(lambda _value: self._show_held())
        combo.setFocus()
        self._show_held()
        return row

    def remove_part(self) -> None:
        """Remove the selected parts row (the last one when none is selected)."""
        row = self.parts.currentRow()
        if row < 0:
            row = self.parts.rowCount() - 1
        if row >= 0:
            self.parts.removeRow(row)
            self._show_held()

    def part_lines(self) -> list[jobs.PartLine]:
        """The parts table as service part lines (an unknown model becomes an empty id)."""
        lines = []
        for row in range(self.parts.rowCount()):
            combo = self.parts.cellWidget(row, 0)
            spin = self.parts.cellWidget(row, 1)
            lines.append(jobs.PartLine(combo_product_id(combo) or "", spin.value()))
        return lines

    def submit(self) -> None:
        """Record the repair through the service."""
        technician_id = self.technician.currentData() if self.technician is not None else None
        outcome = RepairOutcome(self.outcome.currentData())  # combo data comes back as str
        self.repair_id = jobs.record_repair(self.ctx, self.detail.id, jobs.RepairDraft(
            fault_confirmed=self.fault_confirmed.isChecked(), symptom=self.symptom.toPlainText(),
            diagnosis=self.diagnosis.toPlainText(), work_done=self.work_done.toPlainText(),
            labour_minutes=self.labour_minutes.value(), test_performed=self.test_performed.text(),
            test_passed=self.test_passed.isChecked(), outcome=outcome, parts=self.part_lines(),
            visit_id=self.visit.currentData(), technician_id=technician_id)).id
        self.message = tr("Repair recorded for job {number}: {outcome}", number=self.detail.number,
                          outcome=tr(outcome.label))


class CloseJobDialog(ServiceDialog):
    """Close the job after the follow-up call (回访) with the customer's satisfaction."""

    def __init__(self, ctx: AppContext, detail: jobs.JobDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, tr("Close after follow-up"), parent)
        self.form.addRow("", QLabel(tr("Call the customer: is the problem solved, are they satisfied?")))
        self.satisfaction = QComboBox()
        self.satisfaction.addItem(tr("Choose…"), 0)
        for score, text in ((5, tr("5 — very satisfied")), (4, tr("4 — satisfied")),
                            (3, tr("3 — neutral")), (2, tr("2 — dissatisfied")),
                            (1, tr("1 — very dissatisfied"))):
            self.satisfaction.addItem(text, score)
        self.add_field(tr("Satisfaction"), self.satisfaction, "satisfaction")
        self.note = self.add_field(tr("Note"), plain_text_edit(tr("What the customer said"), 3), "note")
        self.ok_button.setText(tr("Close job"))

    def submit(self) -> None:
        """Close through the service."""
        jobs.close_job(self.ctx, self.detail.id, int(self.satisfaction.currentData()),
                       self.note.toPlainText())
        self.message = tr("Job {number} closed", number=self.detail.number)
