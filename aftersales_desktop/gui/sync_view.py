"""The Sync page: status and Sync now over tabs for the sync log, conflicts, the share's sites and membership.

Everything that reads or writes the share runs in the SyncRunner's worker queue; the page only
shows what comes back. Local reads (log, conflicts, membership) are quick and stay on the GUI thread.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QStyle,
                               QTableWidget, QTableWidgetItem, QTabWidget, QTreeView, QVBoxLayout, QWidget)

from aftersales_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from aftersales_desktop.domain.jobs import JobStatus
from aftersales_desktop.domain.permissions import Action, is_allowed
from aftersales_desktop.gui.form_layout import new_form
from aftersales_desktop.gui.formatting import local_time
from aftersales_desktop.gui.support import empty_state_label, read_only_table, show_problem
from aftersales_desktop.gui.support import hint_label as _hint
from aftersales_desktop.gui.problems_tab import ProblemsTab
from aftersales_desktop.gui.site_model import SiteColumn, SiteTreeModel
from aftersales_desktop.gui.sync_status import describe
from aftersales_desktop.gui.sync_worker import SyncRunner
from aftersales_desktop.i18n import N_, tr
from aftersales_desktop.services import sync_status
from aftersales_desktop.services.conflicts import (DECISION, ConflictInfo, decision_notice, decision_text,
                                                   list_conflicts, resolve_conflict)
from aftersales_desktop.services.context import AppContext

_log = logging.getLogger("aftersales.sync")

ERROR_COLOUR = QColor("#c62828")
WARNING_COLOUR = QColor("#a15c00")
TAB_MARGINS = (10, 10, 10, 10)

_TABLE_LABELS = {"customers": N_("Customer"), "jobs": N_("Job"), "users": N_("Staff account"),
                 "products": N_("Product")}
# Documents two managers may decide while apart (decision conflicts).
_TABLE_LABELS.update({"stocktakes": N_("Stocktake"), "requisitions": N_("Requisition"),
                      "return_cases": N_("Return case")})
_FIELD_LABELS = {"name": N_("Name"), "phone": N_("Phone"), "company": N_("Company"), "address": N_("Address"),
                 "email": N_("Email"), "note": N_("Note"), "status": N_("Status"), "deleted": N_("Deleted")}
_LEVELS = {"info": (N_("Info"), QStyle.StandardPixmap.SP_MessageBoxInformation),
           "warning": (N_("Warning"), QStyle.StandardPixmap.SP_MessageBoxWarning),
           "error": (N_("Error"), QStyle.StandardPixmap.SP_MessageBoxCritical)}


def _selected_row(table: QTableWidget) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def _iso_local(text: str) -> str:
    """An ISO time from the share ('2026-11-27T02:05:00+00:00') in local time."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    return local_time(moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc))


def field_label(conflict: ConflictInfo) -> str:
    """The changed field as people call it."""
    label = _FIELD_LABELS.get(conflict.field)
    return tr(label) if label else conflict.field.replace("_", " ")


def record_label(conflict: ConflictInfo) -> str:
    """'Customer · 王芳', 'Job · SH01-J202611-0042'."""
    kind = _TABLE_LABELS.get(conflict.table_name)
    return f"{tr(kind) if kind else conflict.table_name} · {conflict.record}"


def value_text(conflict: ConflictInfo, value: object) -> str:
    """A conflict's value for people: status names, 'Deleted', '(empty)'."""
    if conflict.kind == DECISION and isinstance(value, dict):
        return decision_text(conflict, value)
    if conflict.kind == "delete":
        return tr("Deleted") if value else tr("Not deleted")
    if conflict.kind == "status":
        try:
            return tr(JobStatus(value).label)
        except ValueError:
            return str(value)
    if value is None or value == "":
        return tr("(empty)")
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    return str(value)


# ---- tabs ---------------------------------------------------------------------------------------


class LogTab(QWidget):
    """The sync log, newest first: time, level and the message in the interface's language."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*TAB_MARGINS)
        self.table = read_only_table([tr("Time"), tr("Level"), tr("Message")])
        self.table.setWordWrap(True)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        """Reload the newest lines."""
        try:
            lines = sync_status.sync_log(self.ctx)
        except PermissionDenied as error:
            show_problem(self, error)
            lines = []
        style = self.style()
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            label, pixmap = _LEVELS.get(line.level, (line.level, QStyle.StandardPixmap.SP_MessageBoxInformation))
            level = QTableWidgetItem(style.standardIcon(pixmap), tr(label))
            cells = [QTableWidgetItem(local_time(line.at)), level, QTableWidgetItem(line.text())]
            cells[2].setToolTip(cells[2].text())
            colour = {"error": ERROR_COLOUR, "warning": WARNING_COLOUR}.get(line.level)
            for column, item in enumerate(cells):
                if colour is not None:
                    item.setForeground(colour)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()


class ConflictsTab(QWidget):
    """Open conflicts with both values and their times; a manager keeps the value in force or restores the lost one."""

    decided = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conflicts: list[ConflictInfo] = []
        self.may_resolve = is_allowed(ctx.user.role, Action.RESOLVE_CONFLICTS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*TAB_MARGINS)
        layout.addWidget(_hint(tr("Two sites changed the same thing before they synced. The newer change "
                                  "is in force; the other is kept here until a manager decides.")))
        self.table = read_only_table([tr("Record"), tr("Field"), tr("Value in force"), tr("In force since"),
                             tr("Lost value"), tr("Lost change made")])
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.empty = empty_state_label(tr("No conflicts to review."))
        layout.addWidget(self.empty, 1)
        bar = QHBoxLayout()
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("Note on the decision (optional)"))
        self.keep_button = QPushButton(tr("Keep value in force"))
        self.restore_button = QPushButton(tr("Restore lost value"))
        self.keep_button.clicked.connect(lambda: self.decide(restore_lost=False))
        self.restore_button.clicked.connect(lambda: self.decide(restore_lost=True))
        bar.addWidget(self.note, 1)
        bar.addWidget(self.keep_button)
        bar.addWidget(self.restore_button)
        layout.addLayout(bar)
        if not self.may_resolve:
            layout.addWidget(_hint(tr("Only an outlet manager can decide conflicts.")))

    def refresh(self) -> None:
        """Reload the open conflicts."""
        try:
            self.conflicts = list_conflicts(self.ctx)
        except PermissionDenied as error:
            show_problem(self, error)
            self.conflicts = []
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            cells = (record_label(conflict), field_label(conflict), value_text(conflict, conflict.kept_value),
                     local_time(conflict.kept_at), value_text(conflict, conflict.lost_value),
                     local_time(conflict.lost_at))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                # Two decisions taken apart: the tooltip tells the whole story on any cell.
                item.setToolTip(decision_notice(conflict) if conflict.kind == DECISION else text)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.conflicts))
        self.empty.setVisible(not self.conflicts)
        self._update_buttons()

    def selected(self) -> ConflictInfo | None:
        """The conflict of the selected row."""
        row = _selected_row(self.table)
        return self.conflicts[row] if row is not None else None

    def select(self, row: int) -> None:
        """Select a conflict by its row."""
        self.table.selectRow(row)

    def _update_buttons(self) -> None:
        conflict = self.selected()
        chosen = self.may_resolve and conflict is not None
        self.keep_button.setEnabled(chosen)
        # A job's status follows its event history; the service refuses to overwrite it.
        self.restore_button.setEnabled(chosen and conflict.kind not in ("status", DECISION))
        self.note.setEnabled(self.may_resolve)

    def decide(self, *, restore_lost: bool) -> None:
        """Keep the value in force or restore the lost value of the selected conflict."""
        conflict = self.selected()
        if conflict is None:
            return
        try:
            resolve_conflict(self.ctx, conflict.id, restore_lost=restore_lost, note=self.note.text())
        except (ValidationError, PermissionDenied, NotFound) as error:
            show_problem(self, error)
            self.refresh()
            return
        self.note.clear()
        self.refresh()
        self.decided.emit(tr("Lost value restored: {record}.", record=conflict.record) if restore_lost
                          else tr("Value in force kept: {record}.", record=conflict.record))


class SitesTab(QWidget):
    """The share's roster; for head office also the join requests to approve and a way to revoke a site."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.may_change = is_allowed(ctx.user.role, Action.EDIT_SETTINGS)
        self.state: sync_status.ShareState | None = None
        self.is_hq = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*TAB_MARGINS)
        self.message = _hint()
        layout.addWidget(self.message)
        self.rekey_box = QGroupBox(tr("Restored from an old backup"))
        rekey_layout = QHBoxLayout(self.rekey_box)
        self.rekey_text = _hint()
        self.rekey_text.setTextFormat(Qt.TextFormat.PlainText)
        rekey_layout.addWidget(self.rekey_text, 1)
        self.rekey_button = QPushButton(tr("Re-key this computer…"))
        self.rekey_button.setToolTip(tr("Give this computer a new key and site identity, keeping its data; head "
                                        "office approves it and the work lost with the restore comes back."))
        rekey_layout.addWidget(self.rekey_button)
        self.rekey_box.hide()
        layout.addWidget(self.rekey_box)
        self.site_model = SiteTreeModel(self)
        self.roster = QTreeView()
        self.roster.setModel(self.site_model)
        self.roster.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roster.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roster.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roster.setAlternatingRowColors(True)
        self.roster.setUniformRowHeights(True)
        self.roster.setWordWrap(False)
        self.roster.header().setStretchLastSection(True)
        self.roster.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.roster, 2)
        roster_bar = QHBoxLayout()
        roster_bar.addStretch(1)
        self.revoke_button = QPushButton(tr("Revoke…"))
        self.revoke_button.setToolTip(tr("Refuse this site's changes from now on (a lost or stolen laptop)."))
        roster_bar.addWidget(self.revoke_button)
        layout.addLayout(roster_bar)

        self.requests_box = QGroupBox(tr("Join requests"))
        box = QVBoxLayout(self.requests_box)
        box.addWidget(_hint(tr("Before approving, ask the outlet to read out its key fingerprint on the "
                               "phone and compare it with the one listed here.")))
        self.requests = read_only_table([tr("Site"), tr("Key fingerprint"), tr("Requested")])
        self.requests.itemSelectionChanged.connect(self._update_buttons)
        box.addWidget(self.requests, 1)
        request_bar = QHBoxLayout()
        request_bar.addStretch(1)
        self.approve_file_button = QPushButton(tr("Approve from file…"))
        self.approve_file_button.setToolTip(tr("Approve a join request brought on a USB stick."))
        self.approve_button = QPushButton(tr("Approve"))
        request_bar.addWidget(self.approve_file_button)
        request_bar.addWidget(self.approve_button)
        box.addLayout(request_bar)
        layout.addWidget(self.requests_box, 1)
        self.show_state(None, tr("Reading the share…"))

    def show_state(self, state: sync_status.ShareState | None, message: str = "") -> None:
        """Fill the lists from what the share said (``state`` None: keep them empty, show ``message``)."""
        self.state = state
        self.message.setText(message)
        self.message.setVisible(bool(message))
        chosen = self.selected_site()
        self.site_model.show_sites(state.sites if state else [], state.outlet_labels if state else {})
        self.roster.expandAll()
        for column in SiteColumn:
            if column != SiteColumn.STATUS:
                self.roster.resizeColumnToContents(column)
        if chosen is not None and self.site_model.site_index(chosen.site_id).isValid():
            self.select_site(chosen.site_id)
        rekey = state.rekey if state else None
        self.rekey_box.setVisible(rekey is not None)
        if rekey is not None:
            waiting = bool(rekey.rekey_of)
            self.rekey_text.setText(
                tr("This computer was re-keyed (it replaces site {old}): head office must approve its new key.",
                   old=rekey.rekey_of[:8]) if waiting else
                tr("The share holds bundles {first} to {last} of this computer that its database does not know: it "
                   "was restored from an old backup and may not publish. Re-key it to go on; its lost work comes "
                   "back.", first=min(rekey.behind), last=max(rekey.behind)))
            self.rekey_button.setVisible(not waiting)
            self.rekey_button.setEnabled(self.may_change)
        requests = state.requests if state else []
        self.requests.setRowCount(len(requests))
        for row, request in enumerate(requests):
            name = (tr("{site} (re-key of {old})", site=request.name, old=request.rekey_of[:8])
                    if request.rekey_of else request.name)
            cells = (name, request.fingerprint, _iso_local(request.requested_at))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
                self.requests.setItem(row, column, item)
        self.requests_box.setVisible(self.is_hq)
        self.revoke_button.setVisible(self.is_hq)
        self._update_buttons()

    def selected_site(self):  # noqa: ANN201 - a SiteInfo or None
        """The roster site of the selected row (None when an outlet row or nothing is selected)."""
        rows = self.roster.selectionModel().selectedRows()
        return self.site_model.site(rows[0]) if rows else None

    def select_site(self, site_id: str) -> None:
        """Select the row of site ``site_id`` and make it current (keyboard focus follows)."""
        index = self.site_model.site_index(site_id)
        self.roster.setCurrentIndex(index)
        self.roster.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                            | QItemSelectionModel.SelectionFlag.Rows)

    def selected_request(self):  # noqa: ANN201 - a JoinRequest or None
        """The join request of the selected row."""
        row = _selected_row(self.requests)
        return self.state.requests[row] if self.state is not None and row is not None else None

    def _update_buttons(self) -> None:
        site = self.selected_site()
        self.revoke_button.setEnabled(self.may_change and site is not None and not site.is_self
                                      and not site.revoked)
        self.approve_button.setEnabled(self.may_change and self.selected_request() is not None)
        self.approve_file_button.setEnabled(self.may_change)


class ShareTab(QWidget):
    """Joining: set up a new share or join one; once joined, the share folder, this site's key and the interval."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.may_change = is_allowed(ctx.user.role, Action.EDIT_SETTINGS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*TAB_MARGINS)
        layout.addWidget(self._unjoined_panel())
        layout.addWidget(self._joined_panel())
        if not self.may_change:
            layout.addWidget(_hint(tr("Only an outlet manager can change how this installation syncs.")))
        layout.addStretch(1)

    def _unjoined_panel(self) -> QWidget:
        self.unjoined = QWidget()
        column = QVBoxLayout(self.unjoined)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(_hint(tr("Sites exchange their changes through a shared folder every site can reach: "
                                  "a network share, a NAS, a cloud-drive folder or a USB stick. The database "
                                  "itself stays on this computer.")))
        hq = QGroupBox(tr("Head office"))
        hq_column = QVBoxLayout(hq)
        hq_column.addWidget(_hint(tr("Head office sets the share up once, in an empty folder, and then "
                                     "approves every outlet that asks to join.")))
        self.set_up_button = QPushButton(tr("Set up a new share (head office)…"))
        hq_column.addWidget(self.set_up_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(hq)
        outlet = QGroupBox(tr("Outlet"))
        outlet_column = QVBoxLayout(outlet)
        outlet_column.addWidget(_hint(tr("An outlet joins the share head office set up. Head office then "
                                         "approves it after comparing this site's key fingerprint.")))
        self.request_to_file = QCheckBox(tr("Also save the join request to a file, to carry to head office "
                                            "(USB stick)"))
        outlet_column.addWidget(self.request_to_file)
        self.join_button = QPushButton(tr("Join a share…"))
        outlet_column.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(outlet)
        for button in (self.set_up_button, self.join_button):
            button.setEnabled(self.may_change)
        self.request_to_file.setEnabled(self.may_change)
        return self.unjoined

    def _joined_panel(self) -> QWidget:
        self.joined = QWidget()
        form: QFormLayout = new_form()
        form.setContentsMargins(0, 0, 0, 0)
        self.joined.setLayout(form)
        path_row = QHBoxLayout()
        # Read-only like a file field: a long UNC path scrolls instead of widening the window.
        self.share_path = QLineEdit()
        self.share_path.setReadOnly(True)
        self.move_button = QPushButton(tr("Change folder…"))
        self.move_button.setToolTip(tr("Find the share somewhere else, for example after its drive letter "
                                       "changed. It must be the same share."))
        path_row.addWidget(self.share_path, 1)
        path_row.addWidget(self.move_button)
        form.addRow(tr("Share folder:"), path_row)
        self.role = QLabel()
        form.addRow(tr("This site:"), self.role)
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.3)
        mono.setWeight(QFont.Weight.DemiBold)
        self.fingerprint.setFont(mono)
        key_column = QVBoxLayout()
        key_column.setSpacing(2)
        key_column.addWidget(self.fingerprint)
        self.fingerprint_hint = _hint(tr("Read this out to head office on the phone: they compare it before "
                                         "approving this installation."))
        key_column.addWidget(self.fingerprint_hint)
        form.addRow(tr("Key fingerprint:"), key_column)
        self.key_store = QLabel()
        self.key_store.setWordWrap(True)
        form.addRow(tr("Private key kept in:"), self.key_store)
        self.approval = QLabel()
        self.approval.setWordWrap(True)
        form.addRow(tr("Approval:"), self.approval)
        self.interval = QSpinBox()
        self.interval.setRange(1, 1440)
        self.interval.setSuffix(" " + tr("minutes"))
        self.interval.setMaximumWidth(160)
        self.interval.setKeyboardTracking(False)
        form.addRow(tr("Sync every:"), self.interval)
        snapshot_column = QVBoxLayout()
        snapshot_column.setSpacing(2)
        self.snapshot_button = QPushButton(tr("Publish snapshot"))
        snapshot_column.addWidget(self.snapshot_button, 0, Qt.AlignmentFlag.AlignLeft)
        snapshot_column.addWidget(_hint(tr("A signed copy of all data on the share: a new outlet starts from it "
                                           "instead of replaying every change since the beginning.")))
        self.snapshot_row = QWidget()
        self.snapshot_row.setLayout(snapshot_column)
        snapshot_column.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Snapshot:"), self.snapshot_row)
        self.form = form
        for widget in (self.move_button, self.interval, self.snapshot_button):
            widget.setEnabled(self.may_change)
        return self.joined

    def show_membership(self, info: sync_status.Membership | None) -> None:
        """Show the set-up buttons before joining, the membership after."""
        self.unjoined.setVisible(info is None)
        self.joined.setVisible(info is not None)
        if info is None:
            return
        self.share_path.setText(info.share_path)
        role = tr("Head office") if info.is_hq else tr("Outlet")
        self.role.setText(f"{info.site_name} · {role}")
        self.fingerprint.setText(info.fingerprint)
        self.fingerprint_hint.setVisible(not info.is_hq)
        self.key_store.setText(tr(info.key_store))
        self.interval.blockSignals(True)
        self.interval.setValue(info.interval_minutes)
        self.interval.blockSignals(False)
        self.form.setRowVisible(self.approval, not info.is_hq)
        self.form.setRowVisible(self.snapshot_row, info.is_hq)

    def show_approval(self, state: sync_status.ShareState | None, problem: str = "") -> None:
        """Whether head office has approved this installation yet, as the share says."""
        if problem:
            self.approval.setText(problem)
        elif state is None:
            self.approval.setText(tr("Reading the share…"))
        elif state.approved:
            self.approval.setText(tr("Approved by head office."))
        else:
            self.approval.setText(tr("Waiting for head office to approve this installation."))


# ---- the page -----------------------------------------------------------------------------------


class SyncView(QWidget):
    """The Sync page: a status line with Sync now, and tabs Log, Conflicts, Problems, Sites and Share.

    Signals: ``status_message(str)`` for the main window's status bar.
    Attributes: ``runner`` (the window's SyncRunner), ``tabs`` and the tabs ``log_tab``,
    ``conflicts_tab``, ``problems_tab``, ``sites_tab``, ``share_tab``.
    """

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, runner: SyncRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.membership: sync_status.Membership | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        top = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.sync_button = QPushButton(tr("Sync now"))
        self.sync_button.setToolTip(tr("Exchange changes with the share now (F5)"))
        self.sync_button.clicked.connect(self.sync_now)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.sync_button)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        self.log_tab = LogTab(ctx)
        self.conflicts_tab = ConflictsTab(ctx)
        self.conflicts_tab.decided.connect(self._conflict_decided)
        self.sites_tab = SitesTab(ctx)
        self.sites_tab.revoke_button.clicked.connect(self.revoke_site)
        self.sites_tab.rekey_button.clicked.connect(self.rekey_site)
        self.sites_tab.approve_button.clicked.connect(self.approve_request)
        self.sites_tab.approve_file_button.clicked.connect(self.approve_from_file)
        self.share_tab = ShareTab(ctx)
        self.share_tab.set_up_button.clicked.connect(self.set_up_share)
        self.share_tab.join_button.clicked.connect(self.join_share)
        self.share_tab.move_button.clicked.connect(self.move_share)
        self.share_tab.interval.valueChanged.connect(self.change_interval)
        self.share_tab.snapshot_button.clicked.connect(self.publish_snapshot)
        self.tabs.addTab(self.log_tab, tr("Log"))
        self.tabs.addTab(self.conflicts_tab, tr("Conflicts"))
        self.problems_tab = ProblemsTab(ctx)
        self.tabs.addTab(self.problems_tab, tr("Problems"))
        self.tabs.addTab(self.sites_tab, tr("Sites"))
        self.tabs.addTab(self.share_tab, tr("Share"))
        layout.addWidget(self.tabs, 1)

        runner.started.connect(self.show_status)
        runner.status_changed.connect(self.show_status)
        runner.finished.connect(self._cycle_finished)
        runner.failed.connect(lambda _code, _text: self.refresh_local())
        self.refresh()

    # ---- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload everything: local lists now, the status and the share's sites in the background."""
        self.refresh_local()
        if not self.runner.cycle_running:
            self.runner.refresh_status()
        self.load_share_state()

    def refresh_local(self) -> None:
        """Reload the log, the conflicts and the membership (local reads)."""
        self.membership = sync_status.membership(self.ctx)
        self.share_tab.show_membership(self.membership)
        self.sites_tab.is_hq = self.membership is not None and self.membership.is_hq
        self.log_tab.refresh()
        self.conflicts_tab.refresh()
        count = len(self.conflicts_tab.conflicts)
        self.tabs.setTabText(1, tr("Conflicts ({n})", n=count) if count else tr("Conflicts"))
        self.problems_tab.refresh()
        problems = self.problems_tab.total
        self.tabs.setTabText(self.tabs.indexOf(self.problems_tab),
                             tr("Problems ({n})", n=problems) if problems else tr("Problems"))
        self.show_status()

    def _cycle_finished(self, _report: object) -> None:
        self.refresh_local()
        # A cycle may have brought a new roster (this site approved, another revoked).
        if self.isVisible():
            self.load_share_state()

    def show_status(self, *_args: object) -> None:
        """The status line and the Sync now button follow the runner."""
        text, tip, problem = describe(self.runner.status, self.runner.cycle_running, datetime.now(timezone.utc))
        self.status_label.setText(text)
        self.status_label.setToolTip(tip)
        self.status_label.setStyleSheet("color: #c62828;" if problem else "")
        self.sync_button.setEnabled(self.membership is not None and not self.runner.cycle_running)

    def load_share_state(self) -> None:
        """Read the roster and join requests from the share in the worker."""
        if self.membership is None:
            self.sites_tab.show_state(None, tr("This installation has not joined a share yet."))
            return
        self.sites_tab.show_state(self.sites_tab.state, tr("Reading the share…"))
        self.share_tab.show_approval(None)
        self.runner.run_task(lambda: sync_status.read_share_state(self.ctx), self._share_state_read,
                             self._share_state_failed, owner=self)

    def _share_state_read(self, state: sync_status.ShareState) -> None:
        self.sites_tab.show_state(state)
        self.share_tab.show_approval(state)

    def _share_state_failed(self, error: Exception) -> None:
        # Offline is normal: the lists say why they are empty, no dialog.
        text = sync_status.error_text(error)
        self.sites_tab.show_state(None, text)
        self.share_tab.show_approval(None, text)

    # ---- actions --------------------------------------------------------------------------------

    def sync_now(self) -> None:
        """Start a cycle (or queue one behind the running cycle)."""
        if not self.runner.sync_now():
            self.status_message.emit(tr("This installation has not joined a share yet."))

    def _conflict_decided(self, message: str) -> None:
        self.tabs.setTabText(1, tr("Conflicts ({n})", n=len(self.conflicts_tab.conflicts))
                             if self.conflicts_tab.conflicts else tr("Conflicts"))
        self.status_message.emit(message)
        self.runner.refresh_status()  # a restored value is a change waiting to be sent

    def _share_step(self, work: Callable[[], object], done_message: Callable[[object], str],
                    then_sync: bool = False) -> None:
        """Run a share step in the worker; then say what happened and reload the page (a dialog when refused)."""
        def done(result: object) -> None:
            self.setEnabled(True)
            self.status_message.emit(done_message(result))
            self.refresh()
            self.runner.refresh_status()
            if then_sync:
                self.runner.sync_now()

        def failed(error: Exception) -> None:
            if not isinstance(error, sync_status.sync_errors()):
                _log.error("share step failed", exc_info=error)
            self.setEnabled(True)
            self.refresh()
            QMessageBox.warning(self, tr("Cannot do that"), sync_status.error_text(error))

        # The page waits for the step: two share steps at once would only confuse.
        self.setEnabled(False)
        self.runner.run_task(work, done, failed, owner=self)

    def choose_folder(self, title: str) -> str:
        """A folder from the file dialog ('' when cancelled)."""
        return QFileDialog.getExistingDirectory(self, title)

    def set_up_share(self) -> None:
        """Head office: make a chosen empty folder a new share."""
        folder = self.choose_folder(tr("Choose an empty shared folder for the new share"))
        if folder:
            self._share_step(lambda: sync_status.set_up_share(self.ctx, folder),
                             lambda _r: tr("This installation is now head office of the share in {path}.",
                                           path=folder))

    def join_share(self) -> None:
        """An outlet: join the share in a chosen folder; optionally save the request to a file."""
        folder = self.choose_folder(tr("Choose the shared folder head office set up"))
        if not folder:
            return
        request_file = None
        if self.share_tab.request_to_file.isChecked():
            name, _filter = QFileDialog.getSaveFileName(self, tr("Save the join request"),
                                                        f"{self.ctx.db.site_id}.join",
                                                        tr("Join requests (*.join)"))
            if not name:
                return
            request_file = Path(name)
        self._share_step(lambda: sync_status.join_share(self.ctx, folder, request_file),
                         lambda _r: tr("Join request sent: read the key fingerprint on the Share tab to head "
                                       "office."), then_sync=True)
        self.tabs.setCurrentWidget(self.share_tab)

    def move_share(self) -> None:
        """Point this installation at the same share in another folder (a new drive letter)."""
        folder = self.choose_folder(tr("Choose where the share is now"))
        if folder:
            self._share_step(lambda: sync_status.move_share(self.ctx, folder),
                             lambda _r: tr("The share is now found in {path}.", path=folder), then_sync=True)

    def change_interval(self, minutes: int) -> None:
        """Store the automatic sync interval and restart the timer with it."""
        try:
            sync_status.change_interval(self.ctx, minutes)
        except PermissionDenied as error:
            show_problem(self, error)
            return
        self.runner.reload_interval()
        self.status_message.emit(tr("Sync runs every {n} minutes.", n=minutes))

    def publish_snapshot(self) -> None:
        """Head office: publish a snapshot for new outlets to start from."""
        self._share_step(lambda: sync_status.publish_snapshot(self.ctx),
                         lambda name: tr("Published the snapshot {name}.", name=name))

    def approve_request(self) -> None:
        """Head office: admit the selected join request."""
        request = self.sites_tab.selected_request()
        if request is not None:
            self._share_step(lambda: sync_status.approve_site(self.ctx, request.site_id),
                             lambda name: tr("{site} may now sync.", site=name))

    def approve_from_file(self) -> None:
        """Head office: admit a site whose request came on a USB stick."""
        name, _filter = QFileDialog.getOpenFileName(self, tr("Open a join request"), "",
                                                    tr("Join requests (*.join)"))
        if name:
            self._share_step(lambda: sync_status.approve_site(self.ctx, name),
                             lambda site: tr("{site} may now sync.", site=site))

    def revoke_site(self) -> None:
        """Head office: after confirming, refuse the selected site's changes from now on."""
        site = self.sites_tab.selected_site()
        if site is None:
            return
        answer = QMessageBox.question(
            self, tr("Revoke a site"),
            tr("Revoke {site}? Its changes are refused from now on. Do this for a lost or stolen laptop; "
               "the site must join again as a new installation.", site=site.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._share_step(lambda: sync_status.revoke_site(self.ctx, site.site_id),
                             lambda _r: tr("{site} is revoked.", site=site.name))

    def rekey_site(self) -> None:
        """A manager, after confirming: give this computer, restored from an old backup, a new site identity."""
        answer = QMessageBox.question(
            self, tr("Re-key this computer"),
            tr("Give this computer a new key and site identity? Its data stays. Head office must approve the new "
               "key (compare its fingerprint on the phone); then the work lost with the restore comes back and "
               "new changes are sent again."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._share_step(lambda: sync_status.rekey_site(self.ctx),
                             lambda _site: tr("Re-keyed: read the new key fingerprint on the Share tab to head "
                                              "office."), then_sync=True)
