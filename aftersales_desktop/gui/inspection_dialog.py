"""The receiving inspection form (退货检验): what came back, its condition, the test, the verdict, photos
and the inspector's signature; saving records the signed inspection and offers its printed report."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QFileDialog, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget)

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.permissions import Action, is_allowed
from aftersales_desktop.domain.quality import Verdict
from aftersales_desktop.domain.signatures import SignatureInput, SignatureMethod
from aftersales_desktop.gui.form_dialog import FormDialog
from aftersales_desktop.gui.form_layout import date_edit, field_with_error
from aftersales_desktop.gui.signature_pad import SignatureField
from aftersales_desktop.gui.support import busy_cursor, hint_label, show_problem
from aftersales_desktop.i18n import tr
from aftersales_desktop.services import inspections, slips
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.inspections import CHECKLIST, MAX_PHOTOS, InspectionDraft, InspectionInfo

#: Photos are sent at most this many pixels on their long side, as JPEG of this quality: sharp enough
#: to show a streak or a crack, small enough for the database and every sync bundle.
PHOTO_MAX_PIXELS = 1600
PHOTO_QUALITY = 85
THUMBNAIL = 88
PAD_MAX_HEIGHT = 200


def prepared_photo(path: str | Path) -> tuple[str, bytes] | None:
    """A picture file downscaled to PHOTO_MAX_PIXELS and encoded as JPEG: (name.jpg, bytes); None if unreadable."""
    image = QImage(str(path))
    if image.isNull():
        return None
    if max(image.width(), image.height()) > PHOTO_MAX_PIXELS:
        image = image.scaled(PHOTO_MAX_PIXELS, PHOTO_MAX_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    if image.hasAlphaChannel():
        # JPEG has no transparency: lay the picture on white, as it would look on paper.
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(Qt.GlobalColor.white)
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "JPEG", PHOTO_QUALITY):
        return None
    buffer.close()
    return f"{Path(path).stem}.jpg", bytes(data.data())


def _summary_html(case: inspections.CaseForInspection) -> str:
    """The lines the inspector checks the returned product against."""
    problem = tr("Yes") if case.quality_problem else tr("No")
    rows = [
        (tr("Case"), f"<b>{escape(case.number)}</b> · {escape(tr(case.request_type.label))}"),
        (tr("Customer"), f"{escape(case.customer_name)}  {escape(case.customer_phone)}"),
        (tr("Product"), escape(case.product_title + (f" · {case.specification}" if case.specification else ""))),
        (tr("Quantity"), str(case.quantity)),
        (tr("Reason"), escape(case.reason) or "—"),
        (tr("Quality problem"), problem),
    ]
    return "<table cellspacing='2'>" + "".join(
        f"<tr><td style='color:#52606d; padding-right:10px'>{title}</td><td>{value}</td></tr>"
        for title, value in rows) + "</table>"


class InspectionDialog(FormDialog):
    """The inspector fills in the receiving inspection of return case ``return_case_id`` and signs it.

    Saving (the button or Ctrl+Enter) calls ``inspections.inspect_return``; a refusal is shown next
    to its field. After saving, ``offer_report`` offers the printed report (tests replace it).
    Attributes for tests: ``received_on``, ``checks`` (by field name), ``test_result``, ``batch``,
    ``supplier``, ``verdicts`` (by Verdict), ``note``, ``photo_list``, ``add_photo_button``,
    ``remove_photo_button``, ``signer_name``, ``signature``, ``saved_button``, ``inspection``.
    """

    def __init__(self, ctx: AppContext, return_case_id: str, parent: QWidget | None = None) -> None:
        self.case = inspections.case_for_inspection(ctx, return_case_id)
        super().__init__(ctx, tr("Receive and inspect — {number}", number=self.case.number), parent,
                         tr("Save inspection"), min_width=880)
        self.return_case_id = return_case_id
        self.inspection: InspectionInfo | None = None
        self.photos: list[tuple[str, bytes]] = []
        summary = QLabel(_summary_html(self.case))
        summary.setTextFormat(Qt.TextFormat.RichText)
        summary.setWordWrap(True)
        summary.setObjectName("inspectionSummary")
        self.outer.insertWidget(0, summary)

        today = ctx.now().astimezone().date()
        self.received_on = self.add_field(tr("Date received:"), date_edit(today), "received_on")
        self.received_on.setMaximumDate(self.received_on.date())
        self.checks: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for index, (name, label) in enumerate(CHECKLIST):
            box = QCheckBox(tr(label))
            box.setObjectName(f"check_{name}")
            self.checks[name] = box
            grid.addWidget(box, index // 3, index % 3)
        checks = QWidget()
        checks.setLayout(grid)
        self.add_field(tr("Condition:"), checks)
        self.test_result = QPlainTextEdit()
        self.test_result.setPlaceholderText(tr("e.g. printed 20 test pages: streaks on the left"))
        self.test_result.setFixedHeight(58)
        self.test_result.setTabChangesFocus(True)
        self.add_field(tr("Test result:"), self.test_result, "test_result")
        self.batch = self.add_field(tr("Batch:"), QLineEdit(self.case.batch), "batch")
        self.supplier = QComboBox()
        self.supplier.addItem(tr("Unknown supplier"), None)
        for supplier_id, name in self.case.suppliers:
            self.supplier.addItem(name, supplier_id)
        if self.case.suggested_supplier_id is not None:
            found = self.supplier.findData(self.case.suggested_supplier_id)
            self.supplier.setCurrentIndex(max(found, 0))
        self.add_field(tr("Supplier:"), self.supplier, "supplier")
        self.verdict_group = QButtonGroup(self)
        self.verdicts: dict[Verdict, QRadioButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for verdict in Verdict:
            button = QRadioButton(tr(verdict.label))
            button.setObjectName(f"verdict_{verdict.value}")
            self.verdict_group.addButton(button)
            self.verdicts[verdict] = button
            row.addWidget(button)
        row.addStretch(1)
        verdicts = QWidget()
        verdicts.setLayout(row)
        self.add_field(tr("Verdict:"), verdicts, "verdict")
        self.note = self.add_field(tr("Note:"), QLineEdit(), "note")

        lower = QHBoxLayout()
        lower.addWidget(self._photos_box(), 1)
        lower.addWidget(self._signature_box(), 1)
        self.body.addLayout(lower)

        # Saving signs a record: Enter in a line edit must not do it by accident (Ctrl+Enter does).
        self.ok_button.setAutoDefault(False)
        self.ok_button.setDefault(False)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self.ok_button.setToolTip(tr("Ctrl+Enter"))

    # ---- parts of the form ----------------------------------------------------------------------

    def _photos_box(self) -> QGroupBox:
        box = QGroupBox(tr("Photos (optional, at most {count})", count=MAX_PHOTOS))
        column = QVBoxLayout(box)
        self.photo_list = QListWidget()
        self.photo_list.setViewMode(QListView.ViewMode.IconMode)
        self.photo_list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.photo_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.photo_list.setMovement(QListView.Movement.Static)
        self.photo_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.photo_list.setMinimumHeight(THUMBNAIL + 40)
        self.photo_list.itemSelectionChanged.connect(self._update_photo_buttons)
        column.addWidget(field_with_error(self.photo_list, self.errors, "photos"), 1)
        buttons = QHBoxLayout()
        self.add_photo_button = QPushButton(tr("Add photo…"))
        self.add_photo_button.clicked.connect(self.add_photos)
        self.remove_photo_button = QPushButton(tr("Remove"))
        self.remove_photo_button.clicked.connect(self.remove_photo)
        buttons.addWidget(self.add_photo_button)
        buttons.addWidget(self.remove_photo_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self._update_photo_buttons()
        return box

    def _signature_box(self) -> QGroupBox:
        box = QGroupBox(tr("Inspector signature"))
        column = QVBoxLayout(box)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(tr("Printed name:")))
        self.signer_name = QLineEdit(self.ctx.user.display_name if self.ctx.user else "")
        self.signer_name.setObjectName("signature_name")
        name_row.addWidget(field_with_error(self.signer_name, self.errors, "signature_name"), 1)
        column.addLayout(name_row)
        self.signature = SignatureField()
        self.signature.setObjectName("signature_pad")
        self.signature.setMaximumHeight(PAD_MAX_HEIGHT)
        column.addWidget(field_with_error(self.signature, self.errors, "signature"), 1)
        self.saved_signature = self._saved_signature()
        self.saved_button = QPushButton(tr("Apply my saved signature"))
        self.saved_button.clicked.connect(self.apply_saved_signature)
        self.saved_button.setVisible(self.saved_signature is not None)
        column.addWidget(self.saved_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(hint_label(tr("By signing you confirm the findings above.")))
        return box

    def _saved_signature(self):  # noqa: ANN202 - Strokes | None
        """The user's saved signature, for those who sign slips and so may have one."""
        user = self.ctx.user
        if user is None or not is_allowed(user.role, Action.SIGN_SLIP):
            return None
        return slips.saved_signature(self.ctx)

    def apply_saved_signature(self) -> None:
        """Put the user's saved signature on the pad."""
        if self.saved_signature is not None:
            self.signature.set_strokes(self.saved_signature)

    # ---- photos ---------------------------------------------------------------------------------

    def choose_photo_files(self) -> list[str]:
        """Ask for picture files (a seam for tests)."""
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Add photos"), "",
                                                tr("Pictures (*.jpg *.jpeg *.png *.bmp)"))
        return paths

    def add_photos(self) -> None:
        """Add the chosen pictures, downscaled and as JPEG, up to MAX_PHOTOS."""
        unreadable = []
        for path in self.choose_photo_files():
            if len(self.photos) >= MAX_PHOTOS:
                break
            with busy_cursor():
                photo = prepared_photo(path)
            if photo is None:
                unreadable.append(Path(path).name)
                continue
            self.photos.append(photo)
            pixmap = QPixmap()
            pixmap.loadFromData(photo[1])
            item = QListWidgetItem(QIcon(pixmap.scaled(THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                                                       Qt.TransformationMode.SmoothTransformation)), photo[0])
            item.setToolTip(photo[0])
            self.photo_list.addItem(item)
        if unreadable:
            self.errors.show(ValidationError.single("photos", "{photo} cannot be read as a picture.",
                                                    photo=", ".join(unreadable)))
            self._fit_height()
        self._update_photo_buttons()

    def remove_photo(self) -> None:
        """Remove the selected photo (the last one when none is selected)."""
        if not self.photos:
            return
        row = self.photo_list.currentRow()
        row = row if 0 <= row < len(self.photos) else len(self.photos) - 1
        self.photos.pop(row)
        self.photo_list.takeItem(row)
        self._update_photo_buttons()

    def _update_photo_buttons(self) -> None:
        self.add_photo_button.setEnabled(len(self.photos) < MAX_PHOTOS)
        self.remove_photo_button.setEnabled(bool(self.photos))

    # ---- saving ---------------------------------------------------------------------------------

    def draft(self) -> InspectionDraft:
        """What the form says."""
        chosen = next((verdict for verdict, button in self.verdicts.items() if button.isChecked()), None)
        day = self.received_on.date()
        return InspectionDraft(
            received_on=day.toPython(), test_result=self.test_result.toPlainText(), batch=self.batch.text(),
            supplier_id=self.supplier.currentData(), verdict=chosen, note=self.note.text(),
            signature=SignatureInput(self.signer_name.text(), SignatureMethod.DRAWN, self.signature.strokes()),
            photos=list(self.photos), **{name: box.isChecked() for name, box in self.checks.items()})

    def refused(self, error: ValidationError) -> None:
        """The messages under the fields take room: grow to fit them rather than squeeze the fields."""
        self._fit_height()

    def _fit_height(self) -> None:
        # The dialog's minimum size ignores the wrapped error labels' height for the width they
        # get (Qt's minimum is computed without height-for-width), so ask for that height.
        self.outer.activate()
        needed = self.outer.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def submit(self) -> None:
        self.inspection = inspections.inspect_return(self.ctx, self.return_case_id, self.draft())
        self.message = tr("Return {number} inspected: {verdict}", number=self.inspection.case_number,
                          verdict=tr(self.inspection.verdict.label))

    def accept(self) -> None:
        """Save; once saved, offer the printed report."""
        if self.inspection is not None:
            return  # saved already (a second Ctrl+Enter while the report was offered)
        super().accept()
        if self.inspection is not None:
            self.offer_report()

    def offer_report(self) -> None:
        """Offer the inspection report to print, preview or save (tests replace this step)."""
        from aftersales_desktop.gui.document_output import offer_document

        assert self.inspection is not None
        try:
            with busy_cursor():
                language = slips.get_slip_settings(self.ctx).language
                pdf = inspections.inspection_report(self.ctx, self.inspection.id, language)
        except ValidationError as error:  # no usable font: the inspection is saved all the same
            show_problem(self.parentWidget(), error)
            return
        offer_document(self.parentWidget(), pdf, f"{self.inspection.case_number}-inspection.pdf",
                       tr("Inspection report {number}", number=self.inspection.case_number))
