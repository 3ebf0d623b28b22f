"""Signing a repair slip (维修单): the customer and the technician sign; a correction signs anew.

The customer signs on the pad, or (when they cannot draw) types their name and the technician ticks
an explicit confirmation. The technician signs on the pad or applies their saved signature.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QDialog, QDialogButtonBox,
                               QDoubleSpinBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QRadioButton, QSpinBox, QStackedWidget, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from aftersales_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from aftersales_desktop.domain.money import format_fen
from aftersales_desktop.domain.signatures import SignatureInput, SignatureMethod, Strokes
from aftersales_desktop.gui.form_layout import add_field_row, confirm_cancel_buttons, field_with_error, new_form
from aftersales_desktop.gui.signature_pad import SignatureField
from aftersales_desktop.gui.support import FieldErrors, busy_cursor, problem_text, show_problem
from aftersales_desktop.i18n import tr
from aftersales_desktop.services import slips
from aftersales_desktop.services.context import AppContext

PAD_MAX_HEIGHT = 230


class SignerBox(QGroupBox):
    """One signer: printed name and a pad, or a typed name with confirmation, or a saved signature."""

    def __init__(self, title: str, field: str, name: str, errors: FieldErrors, *,
                 typed_allowed: bool, saved: Strokes | None = None, can_save: bool = False) -> None:
        super().__init__(title)
        self.field = field
        self.saved = saved
        column = QVBoxLayout(self)
        form = new_form()
        self.name = QLineEdit(name)
        self.name.setObjectName(f"{field}_name")
        add_field_row(form, tr("Printed name"), self.name, errors, f"{field}_name")
        column.addLayout(form)
        self.modes = QButtonGroup(self)
        choices = QHBoxLayout()
        self.pad_choice = QRadioButton(tr("Sign on the pad"))
        self.pad_choice.setChecked(True)
        self.modes.addButton(self.pad_choice)
        choices.addWidget(self.pad_choice)
        self.typed_choice = QRadioButton(tr("Cannot draw: type the name"))
        self.saved_choice = QRadioButton(tr("Use my saved signature"))
        for choice, shown in ((self.typed_choice, typed_allowed), (self.saved_choice, saved is not None)):
            choice.setVisible(shown)
            self.modes.addButton(choice)
            choices.addWidget(choice)
        choices.addStretch(1)
        column.addLayout(choices)
        self.stack = QStackedWidget()
        self.signature = SignatureField()
        self.signature.setObjectName(f"{field}_pad")
        # A signature is a wide, low mark: a pad much taller than 3:1 only wastes the screen.
        self.signature.setMaximumHeight(PAD_MAX_HEIGHT)
        self.stack.addWidget(field_with_error(self.signature, errors, field))
        typed = QWidget()
        typed_column = QVBoxLayout(typed)
        typed_column.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(tr("Read the slip to the customer. The printed name above stands as their "
                         "signature, and the slip says it was typed."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.confirmed = QCheckBox(tr("The customer has read the slip and agrees to sign with the typed name"))
        self.confirmed.setObjectName(f"{field}_confirmed_box")
        typed_column.addWidget(hint)
        typed_column.addWidget(field_with_error(self.confirmed, errors, f"{field}_confirmed"))
        typed_column.addStretch(1)
        self.stack.addWidget(typed)
        self.saved_view = SignatureField()
        self.saved_view.setMaximumHeight(PAD_MAX_HEIGHT)
        self.saved_view.set_read_only(True)
        if saved is not None:
            self.saved_view.set_strokes(saved)
        self.stack.addWidget(self.saved_view)
        column.addWidget(self.stack)
        self.save_box = QCheckBox(tr("Save as my signature for later slips"))
        self.save_box.setVisible(can_save)
        column.addWidget(self.save_box)
        self.pad_choice.toggled.connect(self._mode_changed)
        self.typed_choice.toggled.connect(self._mode_changed)
        self.saved_choice.toggled.connect(self._mode_changed)
        if saved is not None:
            self.saved_choice.setChecked(True)

    def _mode_changed(self) -> None:
        index = 1 if self.typed_choice.isChecked() else 2 if self.saved_choice.isChecked() else 0
        self.stack.setCurrentIndex(index)
        self.save_box.setEnabled(index == 0)
        self.name.setEnabled(index != 2)

    def uses_saved(self) -> bool:
        """True when the saved signature is to be applied."""
        return self.saved_choice.isChecked()

    def signature_input(self) -> SignatureInput | None:
        """What was signed; None when the saved signature is chosen."""
        if self.uses_saved():
            return None
        if self.typed_choice.isChecked():
            return SignatureInput(self.name.text(), SignatureMethod.TYPED,
                                  typed_confirmed=self.confirmed.isChecked())
        return SignatureInput(self.name.text(), SignatureMethod.DRAWN, self.signature.strokes())


def _summary_html(content: dict) -> str:
    """The lines the customer checks before signing."""
    customer = content["customer"]
    product = content["product"]
    repair = content["repair"]
    parts = "<br>".join(f"{line['quantity']} × {escape(line['model'])} {escape(line['name'])} = "
                        f"{format_fen(line['amount_fen'])}" for line in content["parts"]) or tr("No parts")
    rows = [
        (tr("Customer"), f"{escape(customer['name'])}  {escape(customer['phone'])}"),
        (tr("Product"), escape(f"{product['brand']} {product['model']} {product['name']}  {product['serial']}")),
        (tr("Work done"), escape(repair["work_done"])),
        (tr("Parts replaced"), parts),
        (tr("Labour"), tr("{minutes} min, {amount}", minutes=content["labour"]["minutes"],
                          amount=format_fen(content["labour"]["amount_fen"]))),
        (tr("Total"), f"<b style='font-size:13pt'>{format_fen(content['totals']['total_fen'])}</b>"),
    ]
    return "<table cellspacing='3'>" + "".join(
        f"<tr><td style='color:#52606d; padding-right:10px'>{title}</td><td>{value}</td></tr>"
        for title, value in rows) + "</table>"


class SignSlipDialog(QDialog):
    """Both parties sign; "Sign and issue" freezes the slip (or, with ``correcting``, its next revision).

    Signal ``slip_issued(str)`` carries the new slip's id. ``message`` says what happened.
    """

    slip_issued = Signal(str)

    def __init__(self, ctx: AppContext, repair_id: str, parent: QWidget | None = None,
                 correcting: slips.SlipDocument | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.repair_id = repair_id
        self.correcting = correcting
        self.message = ""
        self.slip_id: str | None = None
        self.draft = slips.draft_slip(ctx, repair_id) if correcting is None else correcting
        content = self.draft.content
        if correcting is None:
            self.setWindowTitle(tr("Sign the repair slip — {number}", number=content["job"]["number"]))
        else:
            self.setWindowTitle(tr("Correct slip {number} (revision {revision})", number=correcting.number,
                                   revision=correcting.revision + 1))
        outer = QVBoxLayout(self)
        form_error = QLabel()
        form_error.setObjectName("error_form")
        self.errors = FieldErrors(form_error)
        top = QHBoxLayout()
        if correcting is None:
            summary = QLabel(_summary_html(content))
            summary.setTextFormat(Qt.TextFormat.RichText)
            summary.setWordWrap(True)
            summary.setObjectName("slipSummary")
            top.addWidget(summary, 1)
        else:
            top.addWidget(self._correction_form(content), 1)
        self.preview_button = QPushButton(tr("Preview slip…"))
        self.preview_button.clicked.connect(self.preview)
        top.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)

        saved = slips.saved_signature(ctx)
        is_technician = ctx.user is not None and self._is_repair_technician()
        signers = QHBoxLayout()
        customer_name = content["customer"]["name"]
        self.customer = SignerBox(tr("Customer signature"), "customer", customer_name, self.errors,
                                  typed_allowed=True)
        self.technician = SignerBox(tr("Technician signature"), "technician",
                                    content["repair"]["technician"], self.errors, typed_allowed=False,
                                    saved=saved if is_technician else None, can_save=is_technician)
        signers.addWidget(self.customer, 1)
        signers.addWidget(self.technician, 1)
        outer.addLayout(signers)
        outer.addWidget(form_error)
        outer.addStretch(1)
        self.buttons = confirm_cancel_buttons(self, self.accept, tr("Sign and issue the slip") if correcting is None
                                              else tr("Sign and issue the correction"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        # Enter in the name field must not issue a slip by accident: issuing is a deliberate click
        # (or Ctrl+Enter).
        self.ok_button.setAutoDefault(False)
        self.ok_button.setDefault(False)
        outer.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self.setMinimumSize(880, 560)
        self.customer.signature.setFocus()

    def _is_repair_technician(self) -> bool:
        return self.draft.technician_id == self.ctx.user.id

    # ---- corrections ----------------------------------------------------------------------------

    def _correction_form(self, content: dict) -> QWidget:
        box = QGroupBox(tr("What changes"))
        form = new_form()
        box.setLayout(form)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("e.g. wrong unit price entered"))
        add_field_row(form, tr("Reason for the correction"), self.reason, self.errors, "reason")
        self.fields: dict[str, QLineEdit] = {}
        for name, label, value in (
                ("customer_name", tr("Customer"), content["customer"]["name"]),
                ("customer_phone", tr("Phone"), content["customer"]["phone"]),
                ("customer_address", tr("Address"), content["customer"]["address"]),
                ("serial", tr("Serial / batch"), content["product"]["serial"]),
                ("diagnosis", tr("Diagnosis"), content["repair"]["diagnosis"]),
                ("work_done", tr("Work done"), content["repair"]["work_done"]),
                ("test_performed", tr("Post-repair test"), content["repair"]["test_performed"])):
            edit = QLineEdit(value)
            edit.setObjectName(f"correct_{name}")
            self.fields[name] = edit
            add_field_row(form, label, edit, self.errors, name)
        self.labour = QSpinBox()
        self.labour.setRange(0, 24 * 60)
        self.labour.setSuffix(tr(" min"))
        self.labour.setValue(content["labour"]["minutes"])
        add_field_row(form, tr("Labour"), self.labour, self.errors, "labour_minutes")
        self.parts = QTableWidget(len(content["parts"]), 3)
        self.parts.setHorizontalHeaderLabels([tr("Part"), tr("Quantity"), tr("Unit price (¥)")])
        self.parts.verticalHeader().hide()
        self.parts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.parts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.parts.setMaximumHeight(140)
        for row, line in enumerate(content["parts"]):
            item = QTableWidgetItem(f"{line['model']} {line['name']}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.parts.setItem(row, 0, item)
            quantity = QSpinBox()
            quantity.setRange(0, 999)
            quantity.setValue(line["quantity"])
            price = QDoubleSpinBox()
            price.setRange(0, 1_000_000)
            price.setDecimals(2)
            price.setValue(line["unit_price_fen"] / 100)
            self.parts.setCellWidget(row, 1, quantity)
            self.parts.setCellWidget(row, 2, price)
        if content["parts"]:
            add_field_row(form, tr("Parts"), self.parts, self.errors, "parts")
        return box

    def correction(self) -> slips.SlipCorrection:
        """The correction as entered (unchanged fields left as they were)."""
        content = self.correcting.content
        current = {"customer_name": content["customer"]["name"], "customer_phone": content["customer"]["phone"],
                   "customer_address": content["customer"]["address"], "serial": content["product"]["serial"],
                   "diagnosis": content["repair"]["diagnosis"], "work_done": content["repair"]["work_done"],
                   "test_performed": content["repair"]["test_performed"]}
        changes = {name: edit.text() for name, edit in self.fields.items() if edit.text() != current[name]}
        parts = [(self.parts.cellWidget(row, 1).value(), round(self.parts.cellWidget(row, 2).value() * 100))
                 for row in range(self.parts.rowCount())]
        original = [(line["quantity"], line["unit_price_fen"]) for line in content["parts"]]
        labour = self.labour.value()
        return slips.SlipCorrection(self.reason.text(), **changes,
                                    labour_minutes=labour if labour != content["labour"]["minutes"] else None,
                                    parts=parts if parts != original else None)

    # ---- actions --------------------------------------------------------------------------------

    def preview(self) -> None:
        """Show the unsigned slip as it will print (marked as a draft)."""
        from aftersales_desktop.domain.slips import SlipFormat
        from aftersales_desktop.gui.slip_printing import preview

        try:
            with busy_cursor():
                document = self.draft if self.correcting is None else slips.preview_correction(
                    self.ctx, self.correcting.id, self.correction())
                rendered = slips.render_document(document, SlipFormat.A4, copy_number=0,
                                                 font=slips.font_path(self.ctx.db))
        except ValidationError as error:
            show_problem(self, error)
            return
        preview(self, rendered.pdf, SlipFormat.A4, self.windowTitle())

    def accept(self) -> None:
        """Issue the slip (or correction); stay open and show what is wrong otherwise."""
        self.errors.clear()
        technician = self.technician.signature_input()
        try:
            with busy_cursor():
                if self.correcting is None:
                    summary = slips.issue_slip(self.ctx, self.repair_id, self.customer.signature_input(),
                                               technician)
                else:
                    summary = slips.correct_slip(self.ctx, self.correcting.id, self.correction(),
                                                 self.customer.signature_input(), technician)
                if technician is not None and self.technician.save_box.isVisible() \
                        and self.technician.save_box.isChecked():
                    slips.save_signature_specimen(self.ctx, technician.strokes)
        except ValidationError as error:
            self.errors.show(error)
            return
        except (PermissionDenied, NotFound) as error:
            self.errors.show(ValidationError.single("form", problem_text(error)))
            return
        self.slip_id = summary.id
        self.message = tr("Slip {number} revision {revision} signed", number=summary.number,
                          revision=summary.revision)
        super().accept()
        self.slip_issued.emit(summary.id)
