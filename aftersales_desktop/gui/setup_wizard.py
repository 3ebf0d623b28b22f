"""First-run set-up: a new outlet (its details, then the first manager), or joining an existing one.

Joining (a technician's laptop, a second PC): the share folder, the outlet's code and this
computer's name; then the request waits for head office's approval (checked every few seconds,
also after a restart); then the first sync brings the outlet's data, and the first login is one
of the outlet's existing staff accounts.
"""

from __future__ import annotations

import socket
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
                               QRadioButton, QVBoxLayout, QWidget, QWizard, QWizardPage)

from aftersales_desktop.domain.errors import Collector, ValidationError
from aftersales_desktop.gui.form_layout import add_field_row, new_form
from aftersales_desktop.gui.support import FieldErrors, busy_cursor, problem_text
from aftersales_desktop.gui.workers import SerialWorker
from aftersales_desktop.i18n import tr
from aftersales_desktop.services import sync_status
from aftersales_desktop.services.context import CurrentUser
from aftersales_desktop.services.outlet import (AccountDraft, OutletDraft, set_up_outlet, validate_account,
                                                validate_outlet)
from aftersales_desktop.storage.database import Database


# Page ids: a new outlet takes START -> OUTLET -> MANAGER; joining START -> JOIN -> WAIT -> RECEIVE.
START, OUTLET, MANAGER, JOIN, WAIT, RECEIVE = range(6)
# How often the waiting page looks at the share for head office's approval.
APPROVAL_POLL_MS = 5000


class StartPage(QWizardPage):
    """Page zero: a new outlet, or this computer belongs to an outlet that already exists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Welcome"))
        self.setSubTitle(tr("Is this the first computer of a new service outlet, or does it belong to an "
                            "outlet that already works with the after-sales desktop?"))
        layout = QVBoxLayout(self)
        self.new_outlet = QRadioButton(tr("Set up a new outlet"))
        self.new_outlet.setChecked(True)
        self.join_outlet = QRadioButton(tr("Join an outlet (a technician's laptop or another computer of the outlet)"))
        layout.addWidget(self.new_outlet)
        layout.addWidget(_hint(tr("Creates the outlet and its first manager account on this computer.")))
        layout.addSpacing(8)
        layout.addWidget(self.join_outlet)
        layout.addWidget(_hint(tr("Head office approves this computer; it then receives the outlet's jobs, stock "
                                  "and staff accounts through the share, and you log in with your own account.")))
        layout.addStretch(1)

    def nextId(self) -> int:  # noqa: N802 (Qt override)
        """The join pages when joining, else the outlet's details."""
        return JOIN if self.join_outlet.isChecked() else OUTLET


class JoinPage(QWizardPage):
    """Joining: the share folder, the outlet's code and a name for this computer."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setTitle(tr("Join an outlet"))
        self.setSubTitle(tr("Ask head office to admit this computer to an existing outlet."))
        layout = QVBoxLayout(self)
        form_error = QLabel()
        self.errors = FieldErrors(form_error)
        form = new_form()
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(tr("e.g. \\\\nas\\aftersales or Z:\\aftersales"))
        self.browse = QPushButton(tr("Browse…"))
        self.browse.clicked.connect(self.choose_folder)
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.code = QLineEdit()
        self.code.setPlaceholderText(tr("e.g. SH01"))
        self.code.setMaxLength(8)
        self.device = QLineEdit(socket.gethostname())
        self.device.setPlaceholderText(tr("e.g. 李伟的笔记本"))
        self.device.setMaxLength(60)
        add_field_row(form, tr("Shared folder:"), folder_row, self.errors, "folder")
        add_field_row(form, tr("Outlet code:"), self.code, self.errors, "code")
        add_field_row(form, tr("This computer's name:"), self.device, self.errors, "device")
        layout.addLayout(form)
        self.to_file = QCheckBox(tr("Also save the request to a file (head office approves it from a USB stick)"))
        layout.addWidget(self.to_file)
        layout.addWidget(_hint(tr("The name is shown to head office and on the Sites list, for example when a "
                                  "lost laptop has to be revoked.")))
        layout.addWidget(form_error)
        layout.addStretch(1)

    def choose_folder(self) -> None:
        """Pick the share folder in the system's folder chooser."""
        folder = QFileDialog.getExistingDirectory(self, tr("Choose the shared folder head office set up"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def request_file(self) -> Path | None:
        """Where to save the request for a USB stick (asked now), or None."""
        if not self.to_file.isChecked():
            return None
        name, _filter = QFileDialog.getSaveFileName(self, tr("Save the join request"), f"{self.code.text()}.join",
                                                    tr("Join requests (*.join)"))
        return Path(name) if name else None

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        """Write the request; a problem stays on screen next to its field."""
        try:
            with busy_cursor():
                sync_status.join_outlet(self.db, self.folder.text(), self.code.text(), self.device.text(),
                                        self.request_file())
        except ValidationError as error:
            self.errors.show(error)
            return False
        self.errors.clear()
        return True

    def nextId(self) -> int:  # noqa: N802 (Qt override)
        """Then wait for the approval."""
        return WAIT


class WaitPage(QWizardPage):
    """Joining: waits for head office's approval, looking at the share every few seconds."""

    def __init__(self, db: Database, worker: SerialWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.worker = worker
        self.progress = None
        self.checking = False
        self.setTitle(tr("Waiting for head office"))
        self.setSubTitle(tr("Call head office and read them this computer's key fingerprint; they compare it "
                            "with the request before approving."))
        layout = QVBoxLayout(self)
        self.outlet = QLabel()
        self.fingerprint = QLabel()
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        font = self.fingerprint.font()
        font.setPointSize(font.pointSize() + 4)
        self.fingerprint.setFont(font)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.check_button = QPushButton(tr("Check now"))
        self.check_button.clicked.connect(self.check)
        layout.addWidget(self.outlet)
        layout.addWidget(self.fingerprint)
        layout.addSpacing(12)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(_hint(tr("You may close this window: the request stays on the share, and the next start "
                                  "continues here.")))
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setInterval(APPROVAL_POLL_MS)
        self.timer.timeout.connect(self.check)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        """Show what this computer asked for, then start looking for the approval."""
        self.show_progress(sync_status.join_progress(self.db, read_share=False))  # what this computer knows
        self.status.setText(tr("Looking at the share…"))
        self.check()
        self.timer.start()

    def cleanupPage(self) -> None:  # noqa: N802 (Qt override)
        """Stop looking when the user goes back."""
        self.timer.stop()

    def check(self) -> None:
        """Read the roster in the worker (the share may be slow); one look at a time."""
        if self.checking:
            return
        self.checking = True
        self.worker.queue(lambda: sync_status.join_progress(self.db), self._checked, self._failed, self)

    def _checked(self, progress) -> None:  # noqa: ANN001 - a JoinProgress or None
        self.checking = False
        self.show_progress(progress)

    def _failed(self, error: Exception) -> None:
        self.checking = False
        self.status.setText(tr("The share could not be read: {error}", error=problem_text(error)))

    def show_progress(self, progress) -> None:  # noqa: ANN001 - a JoinProgress or None
        """Fill the page from how far the join got."""
        if progress is None:
            return
        self.progress = progress
        self.outlet.setText(tr("This computer asked to join outlet {code} through {path}.", code=progress.outlet_code,
                               path=progress.share_path))
        self.fingerprint.setText(progress.fingerprint)
        if progress.revoked:
            self.status.setText(tr("Head office has revoked this computer. Ask head office what happened."))
            self.timer.stop()
        elif progress.approved:
            self.status.setText(tr("Head office has approved this computer. Next: receive the outlet's data."))
            self.timer.stop()
        else:
            self.status.setText(tr("Not approved yet (last looked at {time}).", time=time.strftime("%H:%M:%S")))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        """Next is possible once head office approved."""
        return self.progress is not None and self.progress.approved and not self.progress.revoked

    def nextId(self) -> int:  # noqa: N802 (Qt override)
        """Then receive the outlet's data."""
        return RECEIVE


class ReceivePage(QWizardPage):
    """Joining: the first sync brings the outlet's data (from head office's snapshot), with progress."""

    def __init__(self, db: Database, worker: SerialWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.worker = worker
        self.ready = False
        self.running = False
        self.started = 0.0
        self.fraction = 0.0
        self.setTitle(tr("Receiving the outlet's data"))
        self.setSubTitle(tr("This computer copies the outlet's jobs, customers, stock and staff accounts from "
                            "the share. It can take a few minutes for a large outlet."))
        layout = QVBoxLayout(self)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.estimate = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.again = QPushButton(tr("Try again"))
        self.again.clicked.connect(self.receive)
        self.again.setVisible(False)
        layout.addWidget(self.bar)
        layout.addWidget(self.estimate)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.again)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.clock = QTimer(self)
        self.clock.setInterval(500)
        self.clock.timeout.connect(self._show_time)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        """Start receiving as soon as the page shows."""
        self.receive()

    def receive(self) -> None:
        """One sync cycle in the worker; repeated by Try again until the outlet has arrived."""
        if self.running:
            return
        self.running = True
        self.again.setVisible(False)
        self.started, self.fraction = time.monotonic(), 0.0
        self.bar.setRange(0, 0)
        self.status.setText(tr("Receiving…"))
        self.clock.start()
        self.worker.queue(lambda: sync_status.receive_outlet(self.db, self._progress_from_worker), self._received,
                          self._failed, self)

    def _progress_from_worker(self, done: int, total: int) -> None:
        # Called in the worker thread: only a number changes hands; the clock shows it.
        self.fraction = done / total if total else 0.0

    def _show_time(self) -> None:
        elapsed = time.monotonic() - self.started
        if self.fraction > 0.02:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(self.fraction * 1000))
            left = elapsed * (1 - self.fraction) / self.fraction
            self.estimate.setText(tr("{elapsed} s so far, about {left} s left", elapsed=int(elapsed),
                                     left=int(left) + 1))
        else:
            self.estimate.setText(tr("{elapsed} s so far", elapsed=int(elapsed)))

    def _received(self, _report: object) -> None:
        self.running = False
        self.clock.stop()
        self.bar.setRange(0, 1)
        progress = sync_status.join_progress(self.db)
        self.ready = bool(progress and progress.ready)
        if self.ready:
            self.bar.setValue(1)
            self.status.setText(tr("The outlet's data has arrived. Finish, then log in with your own account."))
        else:
            self.bar.setValue(0)
            self.status.setText(tr("The outlet's own data is not on the share yet: sync the outlet's main "
                                   "computer, then try again."))
            self.again.setVisible(True)
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.clock.stop()
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status.setText(tr("Receiving stopped: {error}", error=problem_text(error)))
        self.again.setVisible(True)

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        """Finish once the outlet has arrived."""
        return self.ready

    def nextId(self) -> int:  # noqa: N802 (Qt override)
        """The last page."""
        return -1


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


class OutletPage(QWizardPage):
    """Page one: outlet code, name, address and phone, checked before moving on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Your service outlet"))
        self.setSubTitle(tr("These details appear on repair slips and in every job number."))
        layout = QVBoxLayout(self)
        form_error = QLabel()
        self.errors = FieldErrors(form_error)
        form = new_form()
        self.code = QLineEdit()
        self.code.setPlaceholderText(tr("e.g. SH01"))
        self.code.setMaxLength(8)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. Shanghai Pudong outlet"))
        self.address = QLineEdit()
        self.phone = QLineEdit()
        add_field_row(form, tr("Outlet code:"), self.code, self.errors, "code")
        add_field_row(form, tr("Outlet name:"), self.name, self.errors, "name")
        add_field_row(form, tr("Address:"), self.address, self.errors, "address")
        add_field_row(form, tr("Phone:"), self.phone, self.errors, "phone")
        layout.addLayout(form)
        hint = QLabel(tr("The outlet code starts every document number, such as SH01-J202611-0042. "
                         "It cannot be changed later."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(form_error)
        layout.addStretch(1)

    def draft(self) -> OutletDraft:
        """What is typed, as the service takes it."""
        return OutletDraft(self.code.text(), self.name.text(), self.address.text(), self.phone.text())

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        """Stay on the page while a field is wrong, with the message under it."""
        errors = Collector()
        validate_outlet(self.draft(), errors)
        if errors.errors:
            self.errors.show(ValidationError(errors.errors, errors.params))
            return False
        self.errors.clear()
        return True


class ManagerPage(QWizardPage):
    """Page two: the first manager's user name, name and password (typed twice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("First manager account"))
        self.setSubTitle(tr("The outlet manager adds the other staff accounts after logging in."))
        layout = QVBoxLayout(self)
        form_error = QLabel()
        form_error.setObjectName("form_error")
        self.errors = FieldErrors(form_error)
        form = new_form()
        self.username = QLineEdit()
        self.username.setPlaceholderText(tr("e.g. li.wei"))
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_confirm = QLineEdit()
        self.password_confirm.setEchoMode(QLineEdit.EchoMode.Password)
        add_field_row(form, tr("User name:"), self.username, self.errors, "username")
        add_field_row(form, tr("Full name:"), self.display_name, self.errors, "display_name")
        add_field_row(form, tr("Password:"), self.password, self.errors, "password")
        add_field_row(form, tr("Password again:"), self.password_confirm, self.errors, "password_confirm")
        layout.addLayout(form)
        layout.addWidget(form_error)
        layout.addStretch(1)

    def draft(self) -> AccountDraft:
        """What is typed, as the service takes it."""
        return AccountDraft(self.username.text(), self.display_name.text(), self.password.text())

    def nextId(self) -> int:  # noqa: N802 (Qt override)
        """The last page of a new outlet."""
        return -1

    def check(self) -> None:
        """Raise every problem of this page at once, including passwords that differ."""
        errors = Collector()
        validate_account(self.draft(), errors)
        if self.password.text() != self.password_confirm.text():
            errors.add("password_confirm", "The two passwords differ.")
        errors.raise_if_any()


class SetupWizard(QWizard):
    """Creates this installation's outlet and first manager, or joins it to an existing outlet.

    ``user`` is the new manager afterwards; ``joined`` is True when the computer joined an outlet
    (its user then logs in with an existing account). A join under way continues where it was.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user: CurrentUser | None = None
        self.joined = False
        self.worker = SerialWorker(self)
        self.setWindowTitle(tr("Set up the after-sales desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.start_page = StartPage()
        self.outlet_page = OutletPage()
        self.manager_page = ManagerPage()
        self.join_page = JoinPage(db)
        self.wait_page = WaitPage(db, self.worker)
        self.receive_page = ReceivePage(db, self.worker)
        for page_id, page in ((START, self.start_page), (OUTLET, self.outlet_page), (MANAGER, self.manager_page),
                              (JOIN, self.join_page), (WAIT, self.wait_page), (RECEIVE, self.receive_page)):
            self.setPage(page_id, page)
        if sync_status.join_progress(self.db, read_share=False) is not None:
            self.setStartId(WAIT)  # asked to join before the last close: go on waiting
        self.currentIdChanged.connect(self._name_finish_button)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Create outlet"))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Cancel"))
        self.setMinimumSize(620, 480)

    def _name_finish_button(self, page_id: int) -> None:
        self.setButtonText(QWizard.WizardButton.FinishButton,
                           tr("Log in") if page_id == RECEIVE else tr("Create outlet"))

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt override)
        """On the last page, create the outlet; a service error stays on screen next to its field."""
        if self.currentPage() is self.receive_page:
            self.joined = self.receive_page.ready
            return self.joined
        if self.currentPage() is not self.manager_page:
            return super().validateCurrentPage()
        try:
            self.manager_page.check()
            with busy_cursor():
                self.user = set_up_outlet(self.db, self.outlet_page.draft(), self.manager_page.draft())
        except ValidationError as exc:
            # Outlet fields live on page one: their messages also show here, at form level.
            self.outlet_page.errors.show(exc)
            self.manager_page.errors.show(exc)
            return False
        return True

    def done(self, result: int) -> None:
        """Let a share look or a first sync in the worker end before the wizard goes."""
        self.wait_page.timer.stop()
        self.worker.wait(120_000)
        super().done(result)

    def run(self) -> CurrentUser | None:
        """Show the wizard modally; the new manager, or None when cancelled or joined (tests patch this)."""
        return self.user if self.exec() == QWizard.DialogCode.Accepted else None
