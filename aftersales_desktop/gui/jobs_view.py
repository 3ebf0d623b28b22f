"""The jobs page: a filter bar over a lazily paged job list, beside the selected job's detail."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import (QCoreApplication, QDate, QEvent, QModelIndex, QObject, QRunnable, Qt,
                            QThreadPool, QTimer, Signal)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QSplitter,
                               QTableView, QVBoxLayout, QWidget)

from aftersales_desktop.domain.enums import Priority, Role
from aftersales_desktop.domain.errors import NotFound, PermissionDenied
from aftersales_desktop.domain.jobs import JobStatus
from aftersales_desktop.domain.numbering import is_document_number
from aftersales_desktop.domain.slips import parse_qr_payload
from aftersales_desktop.gui.intake_dialog import IntakeDialog
from aftersales_desktop.gui.job_detail import JobDetailPanel, unsigned_repair_id
from aftersales_desktop.gui.job_dialogs import (AssignDialog, CancelJobDialog, CloseJobDialog,
                                                EscalateDialog, NoteDialog, RecordRepairDialog,
                                                ReopenDialog, ScheduleVisitDialog, ServiceDialog)
from aftersales_desktop.gui.job_model import (JOB_ID_ROLE, Column, JobListModel, header_for_sort,
                                              sort_for_header)
from aftersales_desktop.gui.support import show_problem
from aftersales_desktop.i18n import tr
from aftersales_desktop.services import slips
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.jobs import (JobQuery, JobRow, JobSort, count_jobs,
                                              find_job_by_number, get_job)
from aftersales_desktop.services.staff import list_staff

SEARCH_DELAY_MS = 200
COUNTDOWN_REFRESH_MS = 60_000
OPEN_STATUSES = frozenset(s for s in JobStatus if s.is_open)
STATUS_FILTER_OPEN, STATUS_FILTER_ALL = "open", "all"

_DIALOGS: dict[str, type[ServiceDialog]] = {
    "assign": AssignDialog, "escalate": EscalateDialog, "schedule": ScheduleVisitDialog,
    "repair": RecordRepairDialog, "close": CloseJobDialog, "reopen": ReopenDialog,
    "cancel": CancelJobDialog, "note": NoteDialog,
}


class _CountSignals(QObject):
    """Carries a finished count back to the GUI thread: (generation, total or -1 on failure)."""

    counted = Signal(int, int)


class _CountTask(QRunnable):
    """Counts the jobs of a query off the GUI thread.

    A count must visit every match (a common word such as 浦东 matches half of 200,000 jobs and
    takes ~0.4 s), while a page stops after 100 rows: the list shows at once, the count follows.
    """

    def __init__(self, ctx: AppContext, query: JobQuery, generation: int, signals: _CountSignals) -> None:
        super().__init__()
        self._ctx, self._query, self._generation, self._signals = ctx, query, generation, signals

    def run(self) -> None:
        """Count, then report; never raise into the thread pool."""
        try:
            total = count_jobs(self._ctx, self._query)
        except Exception:  # noqa: BLE001 - no count is better than a crash; the list still works
            total = -1
        try:
            self._signals.counted.emit(self._generation, total)
        except RuntimeError:  # the view went away while counting
            pass


class JobsView(QWidget):
    """The jobs page: list with search and filters beside the selected job's detail.

    Signals: ``status_message(str)`` for the main window's status bar.
    Attributes: ``model`` (JobListModel), ``table``, ``detail`` (JobDetailPanel), the filter
    widgets, and ``current_dialog`` (the last dialog opened, for tests to drive).
    """

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_dialog: QDialog | None = None
        self.last_verification: slips.Verification | None = None
        self.model = JobListModel(ctx, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self._count_pool = QThreadPool(self)
        self._count_pool.setMaxThreadCount(1)
        self._count_generation = 0
        self._count_signals = _CountSignals()
        self._count_signals.counted.connect(self._show_count)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self._build_filters())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_table())
        self.detail = JobDetailPanel(ctx)
        self.detail.action_requested.connect(self.run_action)
        self.detail.slip_requested.connect(self.open_slip)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        # The list gets the larger share; Qt scales these to the real width.
        splitter.setSizes([900, 560])
        layout.addWidget(splitter, 1)
        self.splitter = splitter

        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(COUNTDOWN_REFRESH_MS)
        self._tick_timer.timeout.connect(self.tick)
        self._tick_timer.start()
        self.apply_filters()

    # ---- building -------------------------------------------------------------------------------

    def _build_filters(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        first = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            tr("Search number, customer, phone, serial, address or description"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_entered)
        first.addWidget(self.search_edit, 1)

        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("All open"), STATUS_FILTER_OPEN)
        for status in JobStatus:
            self.status_filter.addItem(tr(status.label), status.value)
        self.status_filter.addItem(tr("All statuses"), STATUS_FILTER_ALL)
        self.priority_filter = QComboBox()
        self.priority_filter.addItem(tr("Any priority"), None)
        for priority in Priority:
            self.priority_filter.addItem(tr(priority.label), priority)
        self.technician_filter = QComboBox()
        self.technician_filter.addItem(tr("Any technician"), None)
        for member in list_staff(self.ctx, role=Role.TECHNICIAN):
            self.technician_filter.addItem(member.display_name, member.id)
        for combo in (self.status_filter, self.priority_filter, self.technician_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _index: self.apply_filters())
            first.addWidget(combo)
        rows.addLayout(first)

        second = QHBoxLayout()
        self.overdue_only = QCheckBox(tr("Overdue only"))
        self.overdue_only.toggled.connect(lambda _on: self.apply_filters())
        second.addWidget(self.overdue_only)
        second.addSpacing(16)
        self.date_range = QCheckBox(tr("Created from"))
        today = self.ctx.now().astimezone().date()
        month_ago = today - timedelta(days=30)
        self.date_from = QDateEdit(QDate(month_ago.year, month_ago.month, month_ago.day))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _date: self._date_changed())
            self.date_range.toggled.connect(edit.setEnabled)
        self.date_range.toggled.connect(lambda _on: self.apply_filters())
        second.addWidget(self.date_range)
        second.addWidget(self.date_from)
        second.addWidget(QLabel(tr("to")))
        second.addWidget(self.date_to)
        second.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #52606d;")
        second.addWidget(self.count_label)
        rows.addLayout(second)
        return rows

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        # Fixed row heights: the view never measures rows, so 200,000 of them stay cheap.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        metrics = table.fontMetrics()
        samples = {Column.NUMBER: "SH01-J202611-00420", Column.STATUS: "Visit scheduled, awaiting",
                   Column.PRIORITY: "Urgent ", Column.CUSTOMER: "上海某某有限公司",
                   Column.PHONE: "021-62345678 ", Column.PRODUCT: "Brother TN-2325X",
                   Column.TECHNICIAN: "王师傅王师傅", Column.CREATED: "2026-11-27 10:05 "}
        for column, sample in samples.items():
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(
                self.model.headerData(column, Qt.Orientation.Horizontal))) + 28
            header.resizeSection(column, width)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        column, descending = header_for_sort(self.model.query.sort)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_clicked)
        table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        table.activated.connect(self._row_activated)
        self.table = table
        return table

    # ---- filters and list -----------------------------------------------------------------------

    def build_query(self) -> JobQuery:
        """The JobQuery the filter bar describes."""
        use_dates = self.date_range.isChecked()
        status_key = self.status_filter.currentData()
        statuses = (OPEN_STATUSES if status_key == STATUS_FILTER_OPEN
                    else frozenset() if status_key == STATUS_FILTER_ALL
                    else frozenset({JobStatus(status_key)}))
        priority = self.priority_filter.currentData()
        return JobQuery(
            # Combo boxes hand enum data back as plain str: rebuild the enums.
            text=self.search_edit.text().strip(), statuses=statuses,
            priority=Priority(priority) if priority else None,
            technician_id=self.technician_filter.currentData(),
            overdue_only=self.overdue_only.isChecked(),
            created_from=self.date_from.date().toPython() if use_dates else None,
            created_to=self.date_to.date().toPython() if use_dates else None,
            sort=self.model.query.sort)

    def apply_filters(self) -> None:
        """Reload the list for the filter bar, keeping the selected job selected when it is still listed."""
        self._search_timer.stop()
        keep = self.detail.detail.id if self.detail.detail is not None else None
        query = self.build_query()
        try:
            self.model.set_query(query)
        except PermissionDenied as error:
            show_problem(self, error)
            return
        self.update_count()
        if keep is not None:
            self._select_row_of(keep)

    def update_count(self) -> None:
        """Count the jobs of the current query in the background; the label follows."""
        self._count_generation += 1
        self.count_label.setText(tr("Counting…"))
        self._count_pool.start(_CountTask(self.ctx, replace(self.model.query), self._count_generation,
                                          self._count_signals))

    def _show_count(self, generation: int, total: int) -> None:
        # Only the latest query's count is shown; an older one finishing late is dropped.
        if generation == self._count_generation:
            self.count_label.setText(tr("{n} jobs", n=f"{total:,}") if total >= 0 else "")

    def wait_for_count(self, msecs: int = 5000) -> bool:
        """Block until the background count is done (for scripts and tests); True when it finished."""
        done = self._count_pool.waitForDone(msecs)
        # The result arrives as a queued call on this view: deliver it now.
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        return done

    def _date_changed(self) -> None:
        if self.date_range.isChecked():
            self.apply_filters()

    def _run_search(self) -> None:
        text = self.search_edit.text().strip()
        if parse_qr_payload(text) is not None:
            # A slip's QR code scanned into the search box: verify it rather than search for it.
            self.search_edit.clear()
            self.apply_filters()
            self.verify_scanned(text)
            return
        self.apply_filters()
        # A whole job number typed or scanned: go straight to that job.
        if is_document_number(text):
            job_id = find_job_by_number(self.ctx, text)
            if job_id is not None:
                self.open_job(job_id)

    def _search_entered(self) -> None:
        if self._search_timer.isActive():
            self._run_search()
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        sort = sort_for_header(column, order == Qt.SortOrder.DescendingOrder)
        if sort is not None and sort != self.model.query.sort:
            self.model.query.sort = sort
            self.apply_filters()
        self._show_sort_indicator(self.model.query.sort)

    def _show_sort_indicator(self, sort: JobSort) -> None:
        column, descending = header_for_sort(sort)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def set_sort(self, sort: JobSort) -> None:
        """Order the list by ``sort`` (what a header click does)."""
        self.model.query.sort = sort
        self._show_sort_indicator(sort)
        self.apply_filters()

    def tick(self) -> None:
        """Repaint countdowns (every minute)."""
        self.model.tick()
        self.detail.tick()

    # ---- selection and detail -------------------------------------------------------------------

    def _select_row_of(self, job_id: str) -> bool:
        row = self.model.row_of(job_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # A model reset leaves no current row; the detail keeps showing its job until another is picked.
        if not current.isValid():
            return
        job_id = current.data(JOB_ID_ROLE)
        if self.detail.detail is None or self.detail.detail.id != job_id:
            self._load_detail(job_id)

    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._load_detail(index.data(JOB_ID_ROLE))
            for button in self.detail.buttons.values():
                if button.isEnabled():
                    button.setFocus()
                    break

    def _load_detail(self, job_id: str | None) -> None:
        if job_id is None:
            self.detail.show_job(None)
            return
        try:
            self.detail.show_job(get_job(self.ctx, job_id))
        except NotFound:
            self.detail.show_job(None)

    # ---- actions --------------------------------------------------------------------------------

    def _open_dialog(self, dialog: QDialog) -> None:
        """Show ``dialog`` window-modal without blocking; tests find it in ``current_dialog``."""
        if self.current_dialog is not None and not self.current_dialog.isVisible():
            self.current_dialog.deleteLater()
        self.current_dialog = dialog
        dialog.open()

    def run_action(self, action: str) -> None:
        """Open the dialog of ``action`` (a key of job_detail.ACTIONS) for the shown job."""
        shown = self.detail.detail
        if shown is None:
            return
        if action == "sign":
            repair_id = unsigned_repair_id(shown, self.detail.slips)
            if repair_id is not None:
                self.sign_slip(shown.id, repair_id)
            return
        if action == "slip":
            slip_id = self.detail.current_slip_id()
            if slip_id is not None:
                self.open_slip(slip_id)
            return
        try:
            dialog = _DIALOGS[action](self.ctx, shown, self)
        except PermissionDenied as error:
            show_problem(self, error)
            return
        dialog.accepted.connect(lambda: self._action_done(shown.id, dialog.message))
        if isinstance(dialog, RecordRepairDialog):
            dialog.accepted.connect(lambda: self._repair_recorded(shown.id, dialog))
        self._open_dialog(dialog)

    def _repair_recorded(self, job_id: str, dialog: RecordRepairDialog) -> None:
        if dialog.sign_now.isChecked() and dialog.repair_id is not None:
            self.sign_slip(job_id, dialog.repair_id)

    # ---- slips ----------------------------------------------------------------------------------

    def sign_slip(self, job_id: str, repair_id: str, correcting: slips.SlipDocument | None = None) -> None:
        """Open the signing screen for a repair record (or for a correction of a slip)."""
        from aftersales_desktop.gui.sign_slip_dialog import SignSlipDialog

        try:
            dialog = SignSlipDialog(self.ctx, repair_id, self, correcting=correcting)
        except (PermissionDenied, NotFound) as error:
            show_problem(self, error)
            return
        dialog.accepted.connect(lambda: self._action_done(job_id, dialog.message))
        dialog.slip_issued.connect(self.open_slip)
        self._open_dialog(dialog)

    def open_slip(self, slip_id: str) -> None:
        """Show a slip to print, save, verify or correct."""
        from aftersales_desktop.gui.slip_dialog import SlipDialog

        try:
            dialog = SlipDialog(self.ctx, slip_id, self)
        except (PermissionDenied, NotFound) as error:
            show_problem(self, error)
            return
        job_id = dialog.document.job_id
        dialog.changed.connect(lambda: self._load_detail(job_id))
        dialog.correction_requested.connect(lambda sid: self._correct_slip(dialog, sid))
        self._open_dialog(dialog)

    def _correct_slip(self, slip_dialog: QDialog, slip_id: str) -> None:
        document = slips.get_slip(self.ctx, slip_id)
        slip_dialog.accept()
        self.sign_slip(document.job_id, document.repair_id, correcting=document)

    def verify_scanned(self, text: str) -> bool:
        """Check a scanned slip QR code against the record and say so; False if it is no slip code."""
        verification = slips.verify_scanned(self.ctx, text)
        if verification is None:
            return False
        self.last_verification = verification
        if verification.job_id is not None:
            self.open_job(verification.job_id)
        message = tr(verification.message, **verification.params)
        if verification.status.is_good:
            QMessageBox.information(self, tr("Slip verified"), message)
        else:
            QMessageBox.warning(self, tr("Slip does not match"), message)
        self.status_message.emit(message)
        return True

    def _action_done(self, job_id: str, message: str) -> None:
        self.model.refresh_job(job_id)
        self._load_detail(job_id)
        self.update_count()
        if message:
            self.status_message.emit(message)

    def new_job(self) -> None:
        """Open the intake form."""
        try:
            dialog = IntakeDialog(self.ctx, self)
        except PermissionDenied as error:
            show_problem(self, error)
            return
        dialog.job_created.connect(self._job_created)
        self._open_dialog(dialog)

    def _job_created(self, row: JobRow) -> None:
        self.apply_filters()
        self.open_job(row.id)
        self.status_message.emit(tr("Job {number} created", number=row.number))

    def refresh(self) -> None:
        """Reload the list, keeping the selection."""
        shown = self.detail.detail.id if self.detail.detail is not None else None
        self.apply_filters()
        if shown is not None:
            self._load_detail(shown)

    def open_job(self, job_id: str) -> None:
        """Select and show one job (shown even when the filters leave it out of the list)."""
        if not self._select_row_of(job_id):
            self.table.clearSelection()
        if self.detail.detail is None or self.detail.detail.id != job_id:
            self._load_detail(job_id)

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search_edit.setFocus()
        self.search_edit.selectAll()
