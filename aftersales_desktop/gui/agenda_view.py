"""A technician's agenda: on-site visits of today, this week or the next 7 days."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from aftersales_desktop.gui.formatting import local_date, local_time
from aftersales_desktop.domain.enums import Role
from aftersales_desktop.domain.errors import PermissionDenied
from aftersales_desktop.gui.support import empty_state_label, read_only_table
from aftersales_desktop.i18n import tr
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.jobs import AgendaItem, agenda
from aftersales_desktop.services.staff import list_staff

TODAY, THIS_WEEK, NEXT_7_DAYS = "today", "week", "next7"


def period_bounds(period: str, now: datetime) -> tuple[datetime, datetime]:
    """Start and end (aware) of a period in the machine's local time around ``now``."""
    local_now = now.astimezone()
    midnight = datetime.combine(local_now.date(), time(0), tzinfo=local_now.tzinfo)
    if period == TODAY:
        return midnight, midnight + timedelta(days=1)
    if period == THIS_WEEK:
        monday = midnight - timedelta(days=local_now.weekday())
        return monday, monday + timedelta(days=7)
    return midnight, midnight + timedelta(days=7)


def time_window(item: AgendaItem) -> str:
    """'Mon 11-27 09:00–11:00' in local time; the end's date is shown only when it differs."""
    start, end = item.starts_at.astimezone(), item.ends_at.astimezone()
    if start.date() == end.date():
        return f"{local_date(start.date())} {start:%H:%M}–{end:%H:%M}"
    return f"{local_time(start)} – {local_time(end)}"


class AgendaView(QWidget):
    """Visits of one technician in a period; double-click asks to open the job."""

    open_job = Signal(str)

    COLUMN_COUNT = 8

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[AgendaItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(QLabel(tr("Technician:")))
        self.technician = QComboBox()
        self.technician.setMinimumWidth(160)
        self.technician.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar.addWidget(self.technician)
        bar.addSpacing(12)
        bar.addWidget(QLabel(tr("Period:")))
        self.period = QComboBox()
        self.period.addItem(tr("Today"), TODAY)
        self.period.addItem(tr("This week"), THIS_WEEK)
        self.period.addItem(tr("Next 7 days"), NEXT_7_DAYS)
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar.addWidget(self.period)
        bar.addStretch(1)
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)

        self.table = read_only_table([
            tr("Time"), tr("Job"), tr("Customer"), tr("Phone"), tr("Address"), tr("Tools"),
            tr("Parts to bring"), tr("Status")], stretch_last=False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        layout.addWidget(self.table)
        self.empty = empty_state_label(tr("No visits in this period."))
        self.empty.hide()
        layout.addWidget(self.empty)

        self._fill_technicians()
        if ctx.user is not None and ctx.user.role != Role.TECHNICIAN:
            # A technician plans their day; whoever dispatches looks a week ahead.
            self.period.setCurrentIndex(self.period.findData(NEXT_7_DAYS))
        self.technician.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def _fill_technicians(self) -> None:
        user = self.ctx.user
        if user is None:
            return
        if user.role == Role.TECHNICIAN:
            # A technician sees only their own agenda (the service refuses others anyway).
            self.technician.addItem(user.display_name, user.id)
            self.technician.setEnabled(False)
            return
        for member in list_staff(self.ctx, role=Role.TECHNICIAN, active_only=True):
            self.technician.addItem(member.display_name, member.id)

    def select_technician(self, user_id: str) -> None:
        """Show ``user_id``'s agenda."""
        index = self.technician.findData(user_id)
        if index >= 0:
            self.technician.setCurrentIndex(index)

    def select_period(self, period: str) -> None:
        """Show TODAY, THIS_WEEK or NEXT_7_DAYS."""
        index = self.period.findData(period)
        if index >= 0:
            self.period.setCurrentIndex(index)

    def refresh(self) -> None:
        """Reload the visits of the chosen technician and period."""
        technician_id = self.technician.currentData()
        self.items = []
        if technician_id:
            start, end = period_bounds(self.period.currentData(), self.ctx.now())
            try:
                self.items = agenda(self.ctx, technician_id, start, end)
            except PermissionDenied:
                self.items = []
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            cells = (time_window(item), item.job_number, item.customer_name, item.customer_phone,
                     item.address, item.tools, item.parts_to_bring, tr(item.status.label))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (4, 5, 6):
                    cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        if not technician_id:
            self.empty.setText(tr("There are no technicians yet."))
        else:
            self.empty.setText(tr("No visits in this period."))
        self.empty.setVisible(not self.items)

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.open_job.emit(self.items[row].job_id)
