"""Quality page (质量与退换货): quality cases, return and exchange cases, and defects by batch.

Quality cases: opened from a job or on their own, remote support recorded, escalated to a return.
Returns: the request with the live policy check (退换货条件) the clerk reads to the customer, accept
or decline, receipt and inspection (the inspection dialog), the decision, a manager's approval,
and completion (the storekeeper hands over an exchange's replacement). Which buttons show follows
the role (domain.permissions); which are enabled follows the selected case. The services check
both again, so a button that should not have been there only ever leads to a clear refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QScrollArea, QSplitter,
                               QTabWidget, QVBoxLayout, QWidget)

from aftersales_desktop import i18n
from aftersales_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from aftersales_desktop.domain.money import fen_to_yuan_text, format_fen, yuan_to_fen
from aftersales_desktop.domain.permissions import Action, is_allowed
from aftersales_desktop.domain.quality import (QUALITY_DOC, RETURN_DOC, FreightPayer, Outcome, QualityStatus,
                                               QualityStep, RequestType, ReturnStatus, ReturnStep, Severity, Verdict)
from aftersales_desktop.domain.return_policy import (Decision, InspectionFacts, PolicyCheck, PolicySettings,
                                                     allowed_outcomes, decision_freight_payer, needs_approval)
from aftersales_desktop.gui.document_output import offer_document
from aftersales_desktop.gui.form_dialog import FormDialog
from aftersales_desktop.gui.form_layout import date_edit, days_spin, quantity_spin
from aftersales_desktop.gui.formatting import local_date, local_time
from aftersales_desktop.gui.job_dialogs import combo_product_id, plain_text_edit, product_combo
from aftersales_desktop.gui.list_page import ListPageMixin
from aftersales_desktop.gui.support import (busy_cursor, empty_state_label, fill_history, fill_keeping_selection,
                                            hint_label, history_pane, read_only_table, selected_row, show_problem,
                                            table_item, title_label)
from aftersales_desktop.i18n import tr
from aftersales_desktop.services import quality as qs
from aftersales_desktop.services.catalog import list_products
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.customers import find_customers
from aftersales_desktop.services.jobs import find_job_by_number

PASSED_COLOUR = "#2e7d32"
FAILED_COLOUR = "#c62828"
SEARCH_DELAY_MS = 200
CONTACT_WAYS = ["电话", "短信", "微信", "邮件", "当面"]
BUTTON_COLUMNS = 7


def _policy_html(check: PolicyCheck) -> str:
    """The rules as coloured lines, passed ones with a tick, failed ones with a cross."""
    lines = []
    for rule in check.rules:
        colour, mark = (PASSED_COLOUR, "✔") if rule.passed else (FAILED_COLOUR, "✘")
        text = escape(tr(rule.message, **rule.params) if rule.params else tr(rule.message))
        lines.append(f'<span style="color:{colour}">{mark} {text}</span>')
    return "<br>".join(lines)


def _freight_text(payer: FreightPayer) -> str:
    return (tr("Freight: the company pays (quality problem).") if payer == FreightPayer.COMPANY
            else tr("Freight: the customer pays."))


def _yuan(text: str) -> int | None:
    """Fen of a typed yuan amount, None when it is not one (the service then says why)."""
    try:
        return yuan_to_fen(text) if text.strip() else 0
    except ValueError:
        return None


def return_status_text(status: ReturnStatus, awaiting_approval: bool) -> str:
    """A return case's status; a decision that needs no approval is shown as simply decided."""
    if status == ReturnStatus.DECIDED and not awaiting_approval:
        return tr("Decided")
    return tr(status.label)


def step_details(entry: qs.TimelineEntry) -> str:
    """What a timeline step recorded beyond its kind, in words."""
    data = entry.data
    parts = []
    if entry.kind in (QualityStep.SUPPORT, QualityStep.SOLVED):
        parts.append(tr("Guidance: {guidance}", guidance=data.get("guidance", "")))
        if data.get("result"):
            parts.append(tr("Result: {result}", result=data["result"]))
    elif entry.kind == QualityStep.ESCALATE and data.get("return_number"):
        parts.append(tr("Return case {number}", number=data["return_number"]))
    elif entry.kind == ReturnStep.CONTACT and data.get("how"):
        parts.append(f"{data['how']}: {entry.note}")
        return "; ".join(parts)
    elif entry.kind == ReturnStep.REQUEST and "acceptable" in data:
        parts.append(tr("Within the return conditions") if data["acceptable"]
                     else tr("Outside the return conditions"))
    elif entry.kind == ReturnStep.ACCEPT and data.get("override_reason"):
        parts.append(tr("Accepted against the policy: {reason}", reason=data["override_reason"]))
        return "; ".join(parts)
    elif entry.kind == ReturnStep.INSPECT and data.get("verdict"):
        parts.append(tr(Verdict(str(data["verdict"])).label))
    elif entry.kind == ReturnStep.DECIDE and data.get("outcome"):
        parts.append(tr(Outcome(str(data["outcome"])).label))
        if data.get("refund_fen"):
            parts.append(tr("refund {amount}", amount=format_fen(int(data["refund_fen"]))))
        if data.get("compensation_fen"):
            parts.append(tr("compensation {amount}", amount=format_fen(int(data["compensation_fen"]))))
        if data.get("needs_approval"):
            parts.append(tr("needs a manager's approval"))
    if entry.note:
        parts.append(entry.note)
    return "; ".join(str(p) for p in parts if p)


# ---- pickers ------------------------------------------------------------------------------------


class CustomerPicker(QWidget):
    """Find the customer by name, phone or company (as at intake), or by the number of a service job.

    ``customer_id`` / ``job_id`` are what was picked; ``fix(text)`` shows a customer that cannot change.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: str | None = None
        self.job_id: str | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search by name, phone or company"))
        self.search.setClearButtonEnabled(True)
        self.job_number = QLineEdit()
        self.job_number.setPlaceholderText(tr("or a job number"))
        row.addWidget(self.search, 3)
        row.addWidget(self.job_number, 2)
        column.addLayout(row)
        self.results = QListWidget()
        self.results.setMaximumHeight(90)
        column.addWidget(self.results)
        self.picked = QLabel()
        self.picked.setWordWrap(True)
        self.picked.setStyleSheet("font-weight: 600;")
        column.addWidget(self.picked)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.search_now)
        self.results.currentItemChanged.connect(self._picked)
        self.job_number.editingFinished.connect(self.find_job)

    def search_now(self) -> None:
        """List the customers matching the search text."""
        self._timer.stop()
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            return
        for customer in find_customers(self.ctx, text):
            item = QListWidgetItem(" · ".join(p for p in (customer.name, customer.phone, customer.company) if p))
            item.setData(Qt.ItemDataRole.UserRole, customer.id)
            self.results.addItem(item)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.customer_id = item.data(Qt.ItemDataRole.UserRole)
        self.job_id = None
        self.job_number.clear()
        self.picked.setText(tr("Customer: {name}", name=item.text()))
        self.changed.emit()

    def find_job(self) -> None:
        """Take the customer (and product) from the job whose number was typed."""
        number = self.job_number.text().strip()
        if not number:
            return
        job_id = find_job_by_number(self.ctx, number)
        if job_id is None:
            self.picked.setText(tr("No job has this number."))
            self.job_id = None
        else:
            self.job_id = job_id
            self.customer_id = None
            self.picked.setText(tr("From job {number}: its customer and product.", number=number))
        self.changed.emit()

    def fix(self, text: str) -> None:
        """Show a customer that is given (from a job or a quality case) instead of the search."""
        self.search.hide()
        self.job_number.hide()
        self.results.hide()
        self.picked.setText(text)


# ---- quality case dialogs -----------------------------------------------------------------------


class NewQualityCaseDialog(FormDialog):
    """质量问题: who, which product and batch, how serious, what is wrong; from a job when given one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, job=None) -> None:  # noqa: ANN001 - JobDetail
        super().__init__(ctx, tr("New quality case"), parent, tr("Open case"), min_width=620)
        self.job = job
        self.made: qs.QualityCaseDetail | None = None
        self.customer = CustomerPicker(ctx)
        self.add_field(tr("Customer:"), self.customer, "customer")
        self.product = product_combo(list_products(ctx), job.product_id if job is not None else None)
        self.product.lineEdit().setPlaceholderText(tr("Type a model, e.g. CF283A"))
        self.add_field(tr("Product:"), self.product, "product")
        self.batch = self.add_field(tr("Batch:"), QLineEdit(job.serial_number if job is not None else ""), "batch")
        self.severity = QComboBox()
        for severity in Severity:
            self.severity.addItem(tr(severity.label), severity)
        self.add_field(tr("Severity:"), self.severity, "severity")
        self.form.addRow("", hint_label(tr("Minor: solved by remote support. Serious: a return or exchange.")))
        self.description = plain_text_edit(tr("What is wrong, as the customer describes it"))
        if job is not None:
            self.customer.fix(tr("From job {number}: {name}, {phone}", number=job.number, name=job.customer_name,
                                 phone=job.customer_phone))
            self.description.setPlainText(job.description)
        self.add_field(tr("Description:"), self.description, "description")

    def submit(self) -> None:
        job_id = self.job.id if self.job is not None else self.customer.job_id
        made = qs.open_quality_case(self.ctx, qs.QualityCaseDraft(
            self.customer.customer_id, combo_product_id(self.product), self.batch.text(),
            self.severity.currentData(), self.description.toPlainText(), job_id))
        self.made = made
        self.message = tr("Quality case {number} opened", number=made.number)


class SupportDialog(FormDialog):
    """远程技术支持: the guidance given, what it achieved, whether it solved the problem."""

    def __init__(self, ctx: AppContext, case: qs.QualityCaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Remote support for {number}", number=case.number), parent, tr("Save"))
        self.case = case
        self.guidance = plain_text_edit(tr("e.g. take the cartridge out and shake it gently"))
        self.add_field(tr("Guidance given:"), self.guidance, "guidance")
        # Not "result": QDialog.result() must stay callable.
        self.outcome_text = self.add_field(tr("Result:"), QLineEdit(), "result")
        self.solved = QCheckBox(tr("This solved the problem"))
        self.form.addRow("", self.solved)
        self.errors.label_for("status")

    def submit(self) -> None:
        done = qs.record_support(self.ctx, self.case.id, self.guidance.toPlainText(), self.solved.isChecked(),
                                 self.outcome_text.text())
        self.message = tr("{number}: {status}", number=done.number, status=tr(done.status.label))


class ContactDialog(FormDialog):
    """客户联系: how the customer was contacted and what they were told."""

    def __init__(self, ctx: AppContext, doc_type: str, doc_id: str, number: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Customer contact on {number}", number=number), parent, tr("Save"))
        self.doc_type, self.doc_id = doc_type, doc_id
        self.how = QComboBox()
        self.how.setEditable(True)
        self.how.addItems(CONTACT_WAYS)
        self.add_field(tr("How:"), self.how, "how")
        self.what = plain_text_edit(tr("What the customer was told, and what they said"))
        self.add_field(tr("What:"), self.what, "what")

    def submit(self) -> None:
        done = qs.record_contact(self.ctx, self.doc_type, self.doc_id, self.how.currentText(),
                                 self.what.toPlainText())
        self.message = tr("{number}: customer contact recorded", number=done.number)


class ReasonDialog(FormDialog):
    """One reason or note, then one service call (decline, cancel, send back, approve, close)."""

    def __init__(self, ctx: AppContext, title: str, ok_text: str, call: Callable[[str], object],
                 label: str, parent: QWidget | None = None, *, intro: str = "") -> None:
        super().__init__(ctx, title, parent, ok_text)
        self.call = call
        if intro:
            self.outer.insertWidget(0, hint_label(intro))
        self.reason = self.add_field(label, QLineEdit(), "reason")
        self.errors.label_for("status")
        self.errors.label_for("note")

    def submit(self) -> None:
        done = self.call(self.reason.text())
        status = getattr(done, "status", None)
        self.message = tr("{number}: {status}", number=done.number, status=tr(status.label) if status else "")


# ---- return case dialogs ------------------------------------------------------------------------


class ReturnRequestDialog(FormDialog):
    """退换货申请: who, what, how many, why, purchase and proof, condition; the live policy check beside it.

    From a quality case (``case``) it is an escalation: the customer and the quality problem are given.
    "Accept now" accepts the request in the same go; against the policy it needs the reason.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 case: qs.QualityCaseDetail | None = None) -> None:
        title = tr("Escalate {number} to a return", number=case.number) if case else tr("New return request")
        super().__init__(ctx, title, parent, tr("Record request"), min_width=980)
        self.case = case
        self.made: qs.ReturnCaseDetail | None = None
        self.proof_path: str | None = None
        self.today = ctx.now().astimezone().date()
        self.customer = CustomerPicker(ctx)
        self.add_field(tr("Customer:"), self.customer, "customer")
        self.product = product_combo(list_products(ctx), case.product_id if case else None)
        self.product.lineEdit().setPlaceholderText(tr("Type a model, e.g. CF283A"))
        self.add_field(tr("Product:"), self.product, "product")
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        self.batch = QLineEdit(case.batch if case else "")
        self.batch.setPlaceholderText(tr("Batch"))
        self.quantity = quantity_spin(1, maximum=9_999)
        self.request_type = QComboBox()
        for kind in (RequestType.EXCHANGE, RequestType.RETURN):
            self.request_type.addItem(tr(kind.label), kind)
        row.addWidget(self.batch, 2)
        row.addWidget(QLabel(tr("Quantity:")))
        row.addWidget(self.quantity)
        row.addWidget(self.request_type, 1)
        self.add_field(tr("Batch and quantity:"), line, "quantity")
        self.errors.label_for("batch")
        self.errors.label_for("request_type")
        self.quality_problem = QCheckBox(tr("Quality problem (the product is faulty)"))
        self.form.addRow("", self.quality_problem)
        self.reason = plain_text_edit(tr("For a quality problem: what is wrong with the product"), lines=2)
        self.add_field(tr("Reason:"), self.reason, "reason")
        bought = QWidget()
        row = QHBoxLayout(bought)
        row.setContentsMargins(0, 0, 0, 0)
        self.has_purchase_date = QCheckBox(tr("Bought on"))
        self.has_purchase_date.setChecked(True)
        self.purchase_date = date_edit(self.today)
        self.proof_number = QLineEdit()
        self.proof_number.setPlaceholderText(tr("Receipt or invoice number"))
        self.proof_button = QPushButton(tr("Scanned proof…"))
        self.proof_button.clicked.connect(self.choose_proof)
        row.addWidget(self.has_purchase_date)
        row.addWidget(self.purchase_date)
        row.addWidget(self.proof_number, 1)
        row.addWidget(self.proof_button)
        self.add_field(tr("Purchase and proof:"), bought, "proof_image")
        self.price_paid = QLineEdit()
        self.price_paid.setPlaceholderText(tr("e.g. 268.00 for the whole quantity"))
        self.add_field(tr("Price paid (yuan):"), self.price_paid, "price_paid")
        condition = QWidget()
        row = QHBoxLayout(condition)
        row.setContentsMargins(0, 0, 0, 0)
        self.unused = QCheckBox(tr("Unused"))
        self.packaging_intact = QCheckBox(tr("Packaging intact"))
        row.addWidget(self.unused)
        row.addWidget(self.packaging_intact)
        row.addStretch(1)
        self.add_field(tr("Condition:"), condition, "condition")

        # The policy check, at the right of the form, updated as the fields change.
        self.policy_title = QLabel(tr("Return conditions"))
        self.policy_title.setStyleSheet("font-weight: 600;")
        self.policy = QLabel()
        self.policy.setWordWrap(True)
        self.policy.setTextFormat(Qt.TextFormat.RichText)
        self.freight = QLabel()
        self.freight.setWordWrap(True)
        self.address = QLabel()
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accept_now = QCheckBox(tr("Accept the request now"))
        self.accept_now.setChecked(True)
        self.override = QLineEdit()
        self.override.setPlaceholderText(tr("Only when accepting against the policy"))
        panel = QWidget()
        panel.setObjectName("policyPanel")
        side = QVBoxLayout(panel)
        side.setContentsMargins(12, 0, 0, 0)
        side.addWidget(self.policy_title)
        side.addWidget(self.policy)
        side.addWidget(self.freight)
        side.addWidget(self.address)
        side.addSpacing(8)
        side.addWidget(self.accept_now)
        side.addWidget(QLabel(tr("Accept against the policy, reason:")))
        side.addWidget(self.override)
        side.addWidget(self.errors.label_for("override_reason"))
        side.addStretch(1)
        panel.setMinimumWidth(340)
        # The form and the panel side by side: move the form into a row with the panel.
        self.outer.removeItem(self.form)
        columns = QHBoxLayout()
        columns.addLayout(self.form, 3)
        columns.addWidget(panel, 2)
        self.outer.insertLayout(0, columns)

        if case is not None:
            self.customer.fix(tr("{name}, {phone} (quality case {number})", name=case.customer_name,
                                 phone=case.customer_phone, number=case.number))
            self.quality_problem.setChecked(True)
            self.quality_problem.setEnabled(False)
            self.reason.setPlainText(case.description)
        for signal in (self.quality_problem.toggled, self.unused.toggled, self.packaging_intact.toggled,
                       self.has_purchase_date.toggled, self.purchase_date.dateChanged,
                       self.proof_number.textChanged, self.customer.changed, self.accept_now.toggled):
            signal.connect(lambda *_args: self.update_policy())
        self.has_purchase_date.toggled.connect(self.purchase_date.setEnabled)
        self.update_policy()

    def choose_proof(self) -> None:
        """Pick the scanned receipt (a seam tests replace)."""
        path, _filter = QFileDialog.getOpenFileName(self, tr("Scanned proof of purchase"), "",
                                                    tr("Images and PDF (*.png *.jpg *.jpeg *.pdf)"))
        self.set_proof(path or None)

    def set_proof(self, path: str | None) -> None:
        """Attach the scanned proof at ``path`` (None: none)."""
        self.proof_path = path
        self.proof_button.setText(Path(path).name if path else tr("Scanned proof…"))

    def draft(self) -> qs.ReturnDraft:
        """The request as the fields hold it."""
        proof = None
        if self.proof_path:
            proof = (Path(self.proof_path).name, Path(self.proof_path).read_bytes())
        return qs.ReturnDraft(
            customer_id=self.customer.customer_id, product_id=combo_product_id(self.product),
            batch=self.batch.text(), quantity=self.quantity.value(), request_type=self.request_type.currentData(),
            quality_problem=self.quality_problem.isChecked(), reason=self.reason.toPlainText(),
            purchase_date=self.purchase_date.date().toPython() if self.has_purchase_date.isChecked() else None,
            proof_number=self.proof_number.text(), price_paid=self.price_paid.text(), unused=self.unused.isChecked(),
            packaging_intact=self.packaging_intact.isChecked(), proof_image=proof,
            job_id=self.customer.job_id)

    def update_policy(self) -> None:
        """Show the return conditions for what is typed now."""
        quality = self.quality_problem.isChecked()
        self.unused.setEnabled(not quality)
        self.packaging_intact.setEnabled(not quality)
        try:
            self.preview = qs.preview_policy(self.ctx, qs.ReturnDraft(
                customer_id=self.customer.customer_id, quality_problem=quality,
                purchase_date=self.purchase_date.date().toPython() if self.has_purchase_date.isChecked() else None,
                proof_number=self.proof_number.text(), unused=self.unused.isChecked(),
                packaging_intact=self.packaging_intact.isChecked(), job_id=self.customer.job_id))
        except PermissionDenied:
            return
        check = self.preview.check
        self.policy.setText(_policy_html(check))
        self.freight.setText(_freight_text(check.freight_payer))
        self.address.setText(tr("Send the product to: {address}", address=self.preview.return_address))
        against = not check.acceptable and self.accept_now.isChecked()
        self.override.setEnabled(against)
        self.policy_title.setText(tr("Return conditions: met") if check.acceptable
                                  else tr("Return conditions: not met"))
        colour = PASSED_COLOUR if check.acceptable else FAILED_COLOUR
        self.policy_title.setStyleSheet(f"font-weight: 600; color: {colour};")

    def submit(self) -> None:
        self.update_policy()
        accept = self.accept_now.isChecked()
        if accept and not self.preview.check.acceptable and not self.override.text().strip():
            # Refused before anything is written: the request and its acceptance go together.
            raise ValidationError.single("override_reason", "The request does not meet the return conditions: "
                                                            "accepting it anyway needs the reason for the exception.")
        draft = self.draft()
        if self.case is not None:
            made = qs.escalate_to_return(self.ctx, self.case.id, draft)
        else:
            made = qs.request_return(self.ctx, draft)
        if accept:
            made = qs.accept_return(self.ctx, made.id, self.override.text())
        self.made = made
        self.message = tr("Return case {number}: {status}", number=made.number, status=tr(made.status.label))


class AcceptDialog(FormDialog):
    """Accept a requested return: the policy check as requested; against it only with a reason."""

    def __init__(self, ctx: AppContext, detail: qs.ReturnCaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Accept return {number}", number=detail.number), parent, tr("Accept"),
                         min_width=620)
        self.detail = detail
        policy = QLabel(_policy_html(detail.policy))
        policy.setTextFormat(Qt.TextFormat.RichText)
        policy.setWordWrap(True)
        self.form.addRow(tr("Return conditions:"), policy)
        self.form.addRow(tr("Freight:"), QLabel(tr(detail.policy.freight_payer.label)))
        address = QLabel(detail.return_address)
        address.setWordWrap(True)
        self.form.addRow(tr("Return address:"), address)
        self.override = QLineEdit()
        self.override.setEnabled(not detail.policy.acceptable)
        self.override.setPlaceholderText(tr("Only when accepting against the policy"))
        self.add_field(tr("Against the policy, reason:"), self.override, "override_reason")
        self.errors.label_for("status")

    def submit(self) -> None:
        done = qs.accept_return(self.ctx, self.detail.id, self.override.text())
        self.message = tr("{number}: {status}", number=done.number, status=tr(done.status.label))


class DecideDialog(FormDialog):
    """The decision after the inspection: outcome, refund, compensation and its reason, freight, note."""

    def __init__(self, ctx: AppContext, detail: qs.ReturnCaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Decide on {number}", number=detail.number), parent, tr("Decide"), min_width=600)
        self.detail = detail
        inspection = detail.inspection
        self.facts = InspectionFacts(inspection.verdict, inspection.signs_of_use, inspection.packaging_intact,
                                     inspection.physical_damage) if inspection else None
        allowed = allowed_outcomes(detail.quality_problem, self.facts) if self.facts else frozenset()
        if inspection is not None:
            self.outer.insertWidget(0, hint_label(tr(
                "Inspection: {verdict}. Possible now: {outcomes}. Price paid: {price}.",
                verdict=tr(inspection.verdict.label),
                outcomes=", ".join(tr(o.label) for o in Outcome if o in allowed),
                price=format_fen(detail.price_paid_fen))))
        self.outcome = QComboBox()
        for outcome in Outcome:
            self.outcome.addItem(tr(outcome.label), outcome)
        wanted = Outcome.EXCHANGE if detail.request_type == RequestType.EXCHANGE else Outcome.REFUND
        first = wanted if wanted in allowed else next((o for o in Outcome if o in allowed), Outcome.REPAIR)
        self.outcome.setCurrentIndex(self.outcome.findData(first))
        self.add_field(tr("Outcome:"), self.outcome, "outcome")
        self.refund = QLineEdit()
        self.refund.setPlaceholderText(tr("At most {price}", price=format_fen(detail.price_paid_fen)))
        self.add_field(tr("Refund (yuan):"), self.refund, "refund")
        self.compensation = QLineEdit()
        self.compensation.setPlaceholderText(tr("Only for a confirmed quality problem"))
        self.add_field(tr("Compensation (yuan):"), self.compensation, "compensation")
        self.compensation_reason = self.add_field(tr("Compensation reason:"), QLineEdit(), "compensation_reason")
        self.freight = QLineEdit()
        payer = decision_freight_payer(self.facts) if self.facts else FreightPayer.CUSTOMER
        freight_row = QWidget()
        row = QHBoxLayout(freight_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.freight, 1)
        self.freight_payer = QLabel(tr(payer.label))
        row.addWidget(self.freight_payer)
        self.add_field(tr("Freight (yuan):"), freight_row, "freight")
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("Required to reject: why"))
        self.add_field(tr("Note:"), self.note, "note")
        self.approval = QLabel()
        self.approval.setWordWrap(True)
        self.body.addWidget(self.approval)
        self.errors.label_for("status")
        for signal in (self.outcome.currentIndexChanged, self.refund.textChanged, self.compensation.textChanged):
            signal.connect(lambda *_args: self.update_approval())
        self.update_approval()

    def update_approval(self) -> None:
        """Say whether a manager must approve the decision as it stands, and enable the refund only for refunds."""
        outcome = Outcome(self.outcome.currentData())  # Qt hands a StrEnum back as a plain str
        self.refund.setEnabled(outcome == Outcome.REFUND)
        if outcome == Outcome.REFUND and not self.refund.text():
            self.refund.setText(fen_to_yuan_text(self.detail.price_paid_fen))
        decision = Decision(outcome, _yuan(self.refund.text()) or 0 if outcome == Outcome.REFUND else 0,
                            _yuan(self.compensation.text()) or 0)
        if needs_approval(decision, self.detail.accepted_with_override):
            self.approval.setText(tr("A manager must approve this decision before it is carried out."))
            self.approval.setStyleSheet(f"color: {FAILED_COLOUR}; font-weight: 600;")
        else:
            self.approval.setText(tr("No approval needed: it can be carried out at once."))
            self.approval.setStyleSheet(f"color: {PASSED_COLOUR};")

    def submit(self) -> None:
        outcome = Outcome(self.outcome.currentData())
        done = qs.decide_return(self.ctx, self.detail.id, qs.DecisionDraft(
            outcome, self.refund.text() if outcome == Outcome.REFUND else "", self.compensation.text(),
            self.compensation_reason.text(), self.freight.text(), self.note.text()))
        self.message = tr("{number}: {status}", number=done.number,
                          status=return_status_text(done.status, done.awaiting_approval))


class CompleteDialog(FormDialog):
    """Carry out the decision: hand over an exchange's replacement (from good stock), or complete the rest."""

    def __init__(self, ctx: AppContext, detail: qs.ReturnCaseDetail, parent: QWidget | None = None) -> None:
        exchange = detail.decision is not None and detail.decision.outcome == Outcome.EXCHANGE
        super().__init__(ctx, tr("Complete {number}", number=detail.number), parent,
                         tr("Hand over") if exchange else tr("Complete"))
        self.detail = detail
        self.exchange = exchange
        decision = detail.decision
        what = {
            Outcome.EXCHANGE: tr("Hand over {quantity} × {part} as the replacement.", quantity=detail.quantity,
                                 part=detail.product),
            Outcome.REFUND: tr("Refund {amount} to the customer.", amount=format_fen(decision.refund_fen)),
            Outcome.REPAIR: tr("The repaired product goes back to the customer."),
            Outcome.REJECT: tr("The product goes back to the customer; the claim is rejected."),
        }[decision.outcome]
        if decision.compensation_fen:
            what += " " + tr("Compensation: {amount}.", amount=format_fen(decision.compensation_fen))
        self.outer.insertWidget(0, hint_label(what))
        self.location = QLineEdit()
        self.batch = QLineEdit()
        if exchange:
            self.location.setPlaceholderText(tr("Empty: earliest expiry first"))
            self.add_field(tr("From location:"), self.location, "location")
            self.add_field(tr("Batch:"), self.batch, "batch")
            self.errors.label_for("quantity")
        self.note = self.add_field(tr("Note:"), QLineEdit(), "note")
        self.errors.label_for("status")
        self.errors.label_for("outcome")

    def submit(self) -> None:
        if self.exchange:
            done = qs.hand_over_replacement(self.ctx, self.detail.id, self.location.text(), self.batch.text(),
                                            self.note.text())
        else:
            done = qs.complete_return(self.ctx, self.detail.id, self.note.text())
        self.message = tr("{number}: {status}", number=done.number, status=tr(done.status.label))


class ReturnSettingsDialog(FormDialog):
    """The return conditions of the outlet: the windows, the return address, the quarantine location."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Return conditions"), parent, tr("Save"))
        current = qs.get_return_settings(ctx)
        self.window = self.add_field(tr("Return without a quality problem within:"),
                                     days_spin(current.return_window_days), "return_window_days")
        self.quality_window = self.add_field(tr("Quality problem claims within:"),
                                             days_spin(current.quality_window_days), "quality_window_days")
        self.address = self.add_field(tr("Return address:"), QLineEdit(current.return_address), "return_address")
        self.quarantine = self.add_field(tr("Quarantine location:"), QLineEdit(current.quarantine_location),
                                         "quarantine_location")

    def submit(self) -> None:
        qs.set_return_settings(self.ctx, PolicySettings(self.window.value(), self.quality_window.value(),
                                                        self.address.text(), self.quarantine.text()))
        self.message = tr("Return conditions saved.")


# ---- the tabs -----------------------------------------------------------------------------------


class _CaseList(ListPageMixin, QWidget):
    """A filter bar, action buttons, the list, and the selected case's facts and timeline below."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, statuses, search_hint: str, headers: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = ctx.user
        self.role = self.user.role if self.user else None
        self.selected_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        self.bar = QHBoxLayout()
        self.bar.setSpacing(6)
        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("All statuses"), None)
        for status in statuses:
            self.status_filter.addItem(tr(status.label), status)
        self.status_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.bar.addWidget(self.status_filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(search_hint)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.bar.addWidget(self.search, 1)
        layout.addLayout(self.bar)
        self.actions = QGridLayout()
        self.actions.setHorizontalSpacing(6)
        self.actions.setVerticalSpacing(4)
        layout.addLayout(self.actions)
        self.buttons: dict[str, QPushButton] = {}

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        top = QWidget()
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 6)
        self.table = read_only_table(headers)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        top_column.addWidget(self.table, 1)
        self.empty = empty_state_label("")
        top_column.addWidget(self.empty)
        splitter.addWidget(top)
        bottom = QWidget()
        bottom_column = QVBoxLayout(bottom)
        bottom_column.setContentsMargins(0, 6, 0, 0)
        bottom_column.setSpacing(4)
        self.title = title_label()
        bottom_column.addWidget(self.title)
        details = QSplitter(Qt.Orientation.Horizontal)
        details.setChildrenCollapsible(False)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info_scroll = QScrollArea()
        info_scroll.setWidgetResizable(True)
        info_scroll.setWidget(self.info)
        details.addWidget(info_scroll)
        history, self.timeline = history_pane(tr("Timeline"), [tr("Time"), tr("Step"), tr("By"), tr("Details")])
        details.addWidget(history)
        details.setSizes([460, 560])
        bottom_column.addWidget(details, 1)
        splitter.addWidget(bottom)
        splitter.setSizes([220, 380])
        layout.addWidget(splitter, 1)

    def add_button(self, key: str, text: str, handler: Callable[[], None], *actions: Action) -> QPushButton:
        """An action button, shown (in the grid) only to roles allowed one of ``actions``."""
        button = QPushButton(text)
        button.setObjectName(f"quality_{key}")
        button.clicked.connect(handler)
        button.setEnabled(False)
        self.buttons[key] = button
        if self.role is not None and any(is_allowed(self.role, action) for action in actions):
            index = sum(1 for b in self.buttons.values() if b.parent() is not None and not b.isHidden())
            self.actions.addWidget(button, index // BUTTON_COLUMNS, index % BUTTON_COLUMNS)
        else:
            button.setParent(self)
            button.hide()
        return button

    def refresh(self) -> None:
        """Reload the list (keeping the selection) and the selected case."""
        try:
            rows = self.list_cases()
        except PermissionDenied as error:
            show_problem(self, error)
            return
        self.rows = rows
        fill_keeping_selection(self.table, rows, self.cells, self.selected_id)
        self.empty.setVisible(not rows)
        self._selection_changed()

    def _selection_changed(self) -> None:
        index = selected_row(self.table)
        self.selected_id = self.rows[index].id if 0 <= index < len(self.rows) else None
        self.load_detail()

    def load_detail(self) -> None:
        """Read the selected case (None when it cannot be read: gone, or not this user's) and show it."""
        self.detail = None
        if self.selected_id is not None:
            try:
                self.detail = self.get_case(self.selected_id)
            except (NotFound, PermissionDenied):
                self.detail = None
        self.show_detail()

    def list_cases(self) -> list:  # pragma: no cover - each tab has its own
        """The cases the filter bar asks for."""
        raise NotImplementedError

    def get_case(self, case_id: str) -> object:  # pragma: no cover - each tab has its own
        """One case in detail."""
        raise NotImplementedError

    def cells(self, row: object) -> list:  # pragma: no cover - each tab has its own
        """The list's cells of one case."""
        raise NotImplementedError

    def show_detail(self) -> None:  # pragma: no cover - each tab has its own
        raise NotImplementedError


class QualityCasesTab(_CaseList):
    """Quality cases: the list, the selected case, and its steps."""

    open_return = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, list(QualityStatus), tr("Search number, customer, phone, product or batch…"),
                         [tr("Case number"), tr("Customer"), tr("Product"), tr("Severity"), tr("Status"),
                          tr("Opened at"), tr("Description")], parent)
        self.rows: list[qs.QualityCaseRow] = []
        self.detail: qs.QualityCaseDetail | None = None
        self.new_button = QPushButton(tr("New quality case…"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.new_case)
        self.new_button.setVisible(self.role is not None and is_allowed(self.role, Action.OPEN_QUALITY_CASE))
        self.bar.addWidget(self.new_button)
        self.add_button("support", tr("Remote support…"), self.support, Action.OPEN_QUALITY_CASE)
        self.add_button("escalate", tr("Escalate to return…"), self.escalate, Action.HANDLE_RETURN)
        self.add_button("contact", tr("Record contact…"), self.contact, Action.OPEN_QUALITY_CASE)
        self.add_button("close", tr("Close case…"), self.close_case, Action.OPEN_QUALITY_CASE)
        self.add_button("return", tr("Show return case"), self.show_return, Action.VIEW_QUALITY)
        self.actions.setColumnStretch(BUTTON_COLUMNS, 1)
        self.empty.setText(tr("No quality cases yet."))
        self.refresh()

    def list_cases(self) -> list[qs.QualityCaseRow]:
        return qs.list_quality_cases(self.ctx, self.status_filter.currentData(), self.search.text())

    def get_case(self, case_id: str) -> qs.QualityCaseDetail:
        return qs.get_quality_case(self.ctx, case_id)

    def cells(self, row: qs.QualityCaseRow) -> list:
        description = table_item(row.description)
        description.setToolTip(row.description)
        return [table_item(row.number), table_item(row.customer_name), table_item(row.product),
                table_item(tr(row.severity.label)), table_item(tr(row.status.label)),
                table_item(local_time(row.opened_at)), description]

    def show_detail(self) -> None:
        """Fill the facts and the timeline, and enable what the case allows."""
        detail = self.detail
        for button in self.buttons.values():
            button.setEnabled(False)
        if detail is None:
            self.title.setText(tr("Quality case"))
            self.info.setText(escape(tr("Select a quality case in the list.")))
            self.timeline.setRowCount(0)
            return
        self.title.setText(tr("{number} · {status}", number=detail.number, status=tr(detail.status.label)))
        facts = [tr("Customer: {name}, {phone}", name=detail.customer_name, phone=detail.customer_phone),
                 tr("Product: {product}, batch {batch}", product=detail.product or "—", batch=detail.batch or "—"),
                 tr("Severity: {severity}", severity=tr(detail.severity.label)),
                 tr("Opened by {name} on {time}", name=detail.opened_by, time=local_time(detail.opened_at))]
        if detail.job_number:
            facts.append(tr("From job {number}", number=detail.job_number))
        facts.append(tr("Problem: {description}", description=detail.description))
        for linked in detail.return_cases:
            facts.append(tr("Return case {number}: {status}", number=linked.number,
                            status=return_status_text(linked.status, linked.needs_approval)))
        if detail.ignored:
            facts.append(tr("Steps made elsewhere at the same time and not applied: {steps}", steps=", ".join(
                tr("{step} by {name}", step=tr(e.label), name=e.by) for e in detail.ignored)))
        self.info.setText("<br>".join(escape(f) for f in facts))
        fill_history(self.timeline, detail.timeline, lambda entry: tr(entry.label), step_details)
        status = detail.status
        self.buttons["support"].setEnabled(status == QualityStatus.OPEN)
        self.buttons["escalate"].setEnabled(status in (QualityStatus.OPEN, QualityStatus.RESOLVED))
        self.buttons["contact"].setEnabled(True)
        self.buttons["close"].setEnabled(status != QualityStatus.CLOSED and not any(
            r.status.is_open for r in detail.return_cases))
        self.buttons["return"].setEnabled(bool(detail.return_cases))

    def new_case(self, job=None) -> None:  # noqa: ANN001 - a JobDetail to start from
        self._run_new(NewQualityCaseDialog(self.ctx, self, job))

    def support(self) -> None:
        if self.detail is not None:
            self._run(SupportDialog(self.ctx, self.detail, self))

    def escalate(self) -> None:
        if self.detail is None:
            return
        dialog = ReturnRequestDialog(self.ctx, self, self.detail)
        message = self._run(dialog)
        if message and dialog.made is not None:
            self.open_return.emit(dialog.made.id)

    def contact(self) -> None:
        if self.detail is not None:
            self._run(ContactDialog(self.ctx, QUALITY_DOC, self.detail.id, self.detail.number, self))

    def close_case(self) -> None:
        if self.detail is not None:
            case_id = self.detail.id
            self._run(ReasonDialog(self.ctx, tr("Close quality case {number}", number=self.detail.number),
                                   tr("Close case"), lambda note: qs.close_quality_case(self.ctx, case_id, note),
                                   tr("Note:"), self))

    def show_return(self) -> None:
        if self.detail is not None and self.detail.return_cases:
            self.open_return.emit(self.detail.return_cases[-1].id)


class ReturnCasesTab(_CaseList):
    """Return and exchange cases: the list, the selected case (policy, inspection, decision), its steps."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, list(ReturnStatus), tr("Search number, customer, phone, product, batch or receipt…"),
                         [tr("Case number"), tr("Customer"), tr("Product"), tr("Qty"), tr("Return or exchange"),
                          tr("Status"), tr("Date requested")], parent)
        self.rows: list[qs.ReturnCaseRow] = []
        self.detail: qs.ReturnCaseDetail | None = None
        self.settings_button = QPushButton(tr("Return conditions…"))
        self.settings_button.clicked.connect(self.edit_settings)
        self.settings_button.setVisible(self.role is not None and is_allowed(self.role, Action.EDIT_SETTINGS))
        self.bar.addWidget(self.settings_button)
        self.new_button = QPushButton(tr("New return request…"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.new_request)
        self.new_button.setVisible(self.role is not None and is_allowed(self.role, Action.HANDLE_RETURN))
        self.bar.addWidget(self.new_button)
        self.add_button("accept", tr("Accept…"), self.accept_case, Action.HANDLE_RETURN)
        self.add_button("decline", tr("Decline…"), self.decline, Action.HANDLE_RETURN)
        self.add_button("inspect", tr("Receive and inspect…"), self.inspect, Action.INSPECT_RETURN)
        self.add_button("decide", tr("Decide…"), self.decide, Action.HANDLE_RETURN)
        self.add_button("approve", tr("Approve…"), self.approve, Action.APPROVE_RETURN)
        self.add_button("send_back", tr("Send back…"), self.send_back, Action.APPROVE_RETURN)
        self.add_button("complete", tr("Complete…"), self.complete, Action.HANDLE_RETURN, Action.ISSUE_STOCK)
        self.add_button("contact", tr("Record contact…"), self.contact, Action.HANDLE_RETURN)
        self.add_button("report", tr("Print inspection report…"), self.print_report, Action.VIEW_QUALITY)
        self.add_button("cancel", tr("Cancel…"), self.cancel, Action.HANDLE_RETURN)
        self.actions.setColumnStretch(BUTTON_COLUMNS, 1)
        self.empty.setText(tr("No return or exchange cases yet."))
        self.refresh()

    def list_cases(self) -> list[qs.ReturnCaseRow]:
        return qs.list_return_cases(self.ctx, self.status_filter.currentData(), self.search.text())

    def get_case(self, case_id: str) -> qs.ReturnCaseDetail:
        return qs.get_return_case(self.ctx, case_id)

    def cells(self, row: qs.ReturnCaseRow) -> list:
        kind = tr(row.request_type.label) + (" · " + tr("quality problem") if row.quality_problem else "")
        return [table_item(row.number), table_item(row.customer_name), table_item(row.product),
                table_item(str(row.quantity), right=True), table_item(kind),
                table_item(return_status_text(row.status, row.needs_approval)),
                table_item(local_time(row.requested_at))]

    def show_detail(self) -> None:
        """Fill the facts and the timeline, and enable what the case allows this user."""
        detail = self.detail
        for button in self.buttons.values():
            button.setEnabled(False)
            button.setToolTip("")
        if detail is None:
            self.title.setText(tr("Return or exchange"))
            self.info.setText(escape(tr("Select a return case in the list.")))
            self.timeline.setRowCount(0)
            return
        self.title.setText(tr("{number} · {status}", number=detail.number,
                              status=return_status_text(detail.status, detail.awaiting_approval)))
        self.info.setText(self.facts_html(detail))
        fill_history(self.timeline, detail.timeline, lambda entry: tr(entry.label), step_details)
        self._enable(detail)

    def facts_html(self, detail: qs.ReturnCaseDetail) -> str:
        """The case in a few short paragraphs: request, policy, inspection, decision, stock."""
        def para(*lines: str) -> str:
            return "<p>" + "<br>".join(escape(line) for line in lines if line) + "</p>"

        kind = tr(detail.request_type.label) + " · " + (tr("quality problem") if detail.quality_problem
                                                        else tr("no quality problem"))
        parts = [para(
            tr("Customer: {name}, {phone}", name=detail.customer_name, phone=detail.customer_phone),
            tr("{quantity} × {product}, batch {batch}", quantity=detail.quantity, product=detail.product,
               batch=detail.batch or "—"),
            kind,
            tr("Reason: {reason}", reason=detail.reason),
            tr("Bought {date}, proof {proof}, paid {price}",
               date=local_date(detail.purchase_date) or "—",
               proof=detail.proof_number or "—", price=format_fen(detail.price_paid_fen)),
            tr("Scanned proof: {files}", files=", ".join(detail.proof_files)) if detail.proof_files else "",
            tr("From quality case {number}", number=detail.quality_case_number) if detail.quality_case_number else "",
            tr("From job {number}", number=detail.job_number) if detail.job_number else "",
            tr("Requested by {name} on {time}", name=detail.requested_by, time=local_time(detail.requested_at)))]
        parts.append("<p>" + _policy_html(detail.policy) + "<br>" + escape(_freight_text(detail.policy.freight_payer))
                     + "<br>" + escape(tr("Return address: {address}", address=detail.return_address))
                     + ("<br>" + escape(tr("Accepted against the policy: {reason}", reason=detail.override_reason))
                        if detail.override_reason else "") + "</p>")
        inspection = detail.inspection
        if inspection is not None:
            checks = [tr("packaging intact") if inspection.packaging_intact else tr("packaging opened"),
                      tr("signs of use") if inspection.signs_of_use else tr("unused"),
                      tr("leaks") if inspection.leaks else "",
                      tr("physical damage") if inspection.physical_damage else ""]
            parts.append(para(
                tr("Inspection: {verdict}", verdict=tr(inspection.verdict.label)),
                tr("Received {date}, inspected by {name}", date=local_date(inspection.received_on),
                   name=inspection.inspector),
                ", ".join(c for c in checks if c), tr("Test: {result}", result=inspection.test_result)))
        decision = detail.decision
        if decision is not None:
            money = [tr("refund {amount}", amount=format_fen(decision.refund_fen)) if decision.refund_fen else "",
                     tr("compensation {amount} ({reason})", amount=format_fen(decision.compensation_fen),
                        reason=decision.compensation_reason) if decision.compensation_fen else ""]
            approval = ""
            if decision.needs_approval:
                approval = (tr("Approved by {name} on {time}", name=detail.approved_by,
                               time=local_time(detail.approved_at)) if detail.approved_by
                            else tr("Waiting for a manager's approval"))
            parts.append(para(
                tr("Decision: {outcome} by {name}", outcome=tr(decision.outcome.label), name=decision.decided_by),
                ", ".join(m for m in money if m),
                tr("Freight {amount}: {payer}", amount=format_fen(decision.freight_fen),
                   payer=tr(decision.freight_payer.label)),
                decision.note, approval))
        elif detail.sent_back_reason:
            parts.append(para(tr("Decision sent back: {reason}", reason=detail.sent_back_reason)))
        if detail.movements:
            parts.append(para(*(tr("{kind}: {quantity} at {location}, batch {batch}", kind=tr(m.kind.label),
                                   quantity=m.quantity, location=m.location or "—", batch=m.batch or "—")
                                for m in detail.movements)))
        if detail.ignored:
            parts.append(para(tr("Steps made elsewhere at the same time and not applied: {steps}", steps=", ".join(
                tr("{step} by {name}", step=tr(e.label), name=e.by) for e in detail.ignored))))
        return "".join(parts)

    def _enable(self, detail: qs.ReturnCaseDetail) -> None:
        status = detail.status
        role = self.role
        self.buttons["accept"].setEnabled(status == ReturnStatus.REQUESTED)
        self.buttons["decline"].setEnabled(status == ReturnStatus.REQUESTED)
        self.buttons["cancel"].setEnabled(status in (ReturnStatus.REQUESTED, ReturnStatus.ACCEPTED))
        self.buttons["inspect"].setEnabled(status == ReturnStatus.ACCEPTED)
        self.buttons["decide"].setEnabled(status == ReturnStatus.INSPECTED)
        mine = detail.decision is not None and self.user is not None and detail.decision.decided_by_id == self.user.id
        self.buttons["approve"].setEnabled(detail.awaiting_approval and not mine)
        self.buttons["send_back"].setEnabled(detail.awaiting_approval)
        if mine and detail.awaiting_approval:
            self.buttons["approve"].setToolTip(tr("Nobody approves a decision they took themselves."))
        exchange = detail.decision is not None and detail.decision.outcome == Outcome.EXCHANGE
        may = role is not None and is_allowed(role, Action.ISSUE_STOCK if exchange else Action.HANDLE_RETURN)
        self.buttons["complete"].setText(tr("Hand over replacement…") if exchange else tr("Complete…"))
        self.buttons["complete"].setEnabled(detail.ready_to_complete and may)
        if detail.ready_to_complete and not may:
            self.buttons["complete"].setToolTip(tr("The storekeeper hands over the replacement of an exchange.")
                                                if exchange else tr("Customer service completes this case."))
        elif detail.awaiting_approval:
            self.buttons["complete"].setToolTip(tr("A manager must approve this decision before it is carried out."))
        self.buttons["contact"].setEnabled(True)
        self.buttons["report"].setEnabled(detail.inspection is not None)

    # ---- actions --------------------------------------------------------------------------------

    def new_request(self) -> None:
        self._run_new(ReturnRequestDialog(self.ctx, self))

    def accept_case(self) -> None:
        if self.detail is not None:
            self._run(AcceptDialog(self.ctx, self.detail, self))

    def _reason(self, title: str, ok: str, service, label: str = "") -> None:  # noqa: ANN001 - a service
        case_id = self.detail.id
        self._run(ReasonDialog(self.ctx, title, ok, lambda text: service(self.ctx, case_id, text),
                               label or tr("Reason:"), self))

    def decline(self) -> None:
        if self.detail is not None:
            self._reason(tr("Decline return {number}", number=self.detail.number), tr("Decline"), qs.decline_return)

    def cancel(self) -> None:
        if self.detail is not None:
            self._reason(tr("Cancel return {number}", number=self.detail.number), tr("Cancel return"),
                         qs.cancel_return)

    def approve(self) -> None:
        if self.detail is not None:
            self._reason(tr("Approve the decision on {number}", number=self.detail.number), tr("Approve"),
                         qs.approve_decision, tr("Note:"))

    def send_back(self) -> None:
        if self.detail is not None:
            self._reason(tr("Send back the decision on {number}", number=self.detail.number), tr("Send back"),
                         qs.send_back_decision)

    def decide(self) -> None:
        if self.detail is not None:
            self._run(DecideDialog(self.ctx, self.detail, self))

    def complete(self) -> None:
        if self.detail is not None and self.detail.decision is not None:
            self._run(CompleteDialog(self.ctx, self.detail, self))

    def contact(self) -> None:
        if self.detail is not None:
            self._run(ContactDialog(self.ctx, RETURN_DOC, self.detail.id, self.detail.number, self))

    def inspect(self) -> None:
        """Receive and inspect the product (the inspection dialog)."""
        if self.detail is None:
            return
        from aftersales_desktop.gui.inspection_dialog import InspectionDialog

        try:
            dialog = InspectionDialog(self.ctx, self.detail.id, self)
        except (PermissionDenied, NotFound) as error:
            show_problem(self, error)
            return
        self._run(dialog)

    def print_report(self) -> None:
        if self.detail is None or self.detail.inspection is None:
            return
        from aftersales_desktop.services.inspections import inspection_report

        try:
            with busy_cursor():
                pdf = inspection_report(self.ctx, self.detail.inspection.id, i18n.language())
        except (PermissionDenied, NotFound) as error:
            show_problem(self, error)
            return
        offer_document(self, pdf, f"{self.detail.number}-inspection.pdf",
                       tr("Inspection report {number}", number=self.detail.number))

    def edit_settings(self) -> None:
        self._run(ReturnSettingsDialog(self.ctx, self))


# ---- the page -----------------------------------------------------------------------------------


class QualityView(QWidget):
    """The Quality page: quality cases, returns and exchanges, and defects by batch (when available)."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 8, 20, 12)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.quality_tab = QualityCasesTab(ctx)
        self.returns_tab = ReturnCasesTab(ctx)
        self.tabs.addTab(self.quality_tab, tr("Quality cases"))
        self.tabs.addTab(self.returns_tab, tr("Returns and exchanges"))
        self.defects_tab = self._defects_view()
        if self.defects_tab is not None:
            self.tabs.addTab(self.defects_tab, tr("Defects by batch"))
        for tab in (self.quality_tab, self.returns_tab):
            tab.status_message.connect(self._changed)
        self.quality_tab.open_return.connect(self.show_return)
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        layout.addWidget(self.tabs)

    def _defects_view(self) -> QWidget | None:
        try:
            from aftersales_desktop.gui.quality_feedback import DefectsByBatchView
        except ImportError:
            return None  # the quality-feedback view is not part of this build
        return DefectsByBatchView(self.ctx)

    def _changed(self, message: str) -> None:
        # A step on one kind of case shows on the other (an escalation, a return that closes).
        self.quality_tab.refresh()
        self.returns_tab.refresh()
        self.status_message.emit(message)

    def refresh(self) -> None:
        """Reload the tab on screen."""
        current = self.tabs.currentWidget()
        refresh = getattr(current, "refresh", None)
        if callable(refresh):
            refresh()

    def show_return(self, case_id: str) -> None:
        """Switch to the returns tab and select a case."""
        self.tabs.setCurrentWidget(self.returns_tab)
        self.returns_tab.select(case_id)

    def new_quality_case(self, job=None) -> None:  # noqa: ANN001 - a JobDetail to start from
        """Open the new quality case form (prefilled from a job when given)."""
        self.tabs.setCurrentWidget(self.quality_tab)
        self.quality_tab.new_case(job)

