"""The job list as a lazy Qt table model: keyset pages of 100 fetched as the view scrolls."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from aftersales_desktop.domain.enums import Priority
from aftersales_desktop.domain.jobs import JobStatus
from aftersales_desktop.gui.formatting import countdown, local_time
from aftersales_desktop.i18n import tr
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.jobs import JobQuery, JobRow, JobSort, get_job_row, list_jobs

PAGE_SIZE = 100
#: Role holding the job id of a row.
JOB_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role telling whether the row is past its promised reply time (for delegates and tests).
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2

OVERDUE_BACKGROUND = QColor("#fdecea")
OVERDUE_TEXT = QColor("#b71c1c")
DONE_TEXT = QColor("#757575")
URGENT_TEXT = QColor("#d84315")

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """Columns of the job list, in display order."""

    NUMBER = 0
    STATUS = 1
    PRIORITY = 2
    CUSTOMER = 3
    PHONE = 4
    PRODUCT = 5
    TECHNICIAN = 6
    CREATED = 7
    DUE = 8


def column_title(column: Column) -> str:
    """The translated header of a column."""
    return {
        Column.NUMBER: tr("Number"),
        Column.STATUS: tr("Status"),
        Column.PRIORITY: tr("Priority"),
        Column.CUSTOMER: tr("Customer"),
        Column.PHONE: tr("Phone"),
        Column.PRODUCT: tr("Product"),
        Column.TECHNICIAN: tr("Technician"),
        Column.CREATED: tr("Created"),
        Column.DUE: tr("Reply due"),
    }[column]


def sort_for_header(column: int, descending: bool) -> JobSort | None:
    """The server-side order a header click asks for; None for columns the list cannot sort by.

    Sorting is done by the keyset query, never in the client, so only indexed orders are offered:
    created (both ways), reply due (soonest first), priority (most urgent first), number.
    """
    if column == Column.CREATED:
        return JobSort.NEWEST if descending else JobSort.OLDEST
    # Column is an IntEnum, so a plain int looks it up.
    return {Column.NUMBER: JobSort.NUMBER, Column.DUE: JobSort.DUE,
            Column.PRIORITY: JobSort.PRIORITY}.get(column)


def header_for_sort(sort: JobSort) -> tuple[Column, bool]:
    """The header column and direction (descending?) that show ``sort``."""
    return {JobSort.NEWEST: (Column.CREATED, True), JobSort.OLDEST: (Column.CREATED, False),
            JobSort.NUMBER: (Column.NUMBER, True), JobSort.DUE: (Column.DUE, False),
            JobSort.PRIORITY: (Column.PRIORITY, False)}[sort]


class JobListModel(QAbstractTableModel):
    """Jobs matching a JobQuery, loaded a page at a time through ``services.jobs.list_jobs``.

    Attributes: ``query`` (the filters and order in force). Rows are never all loaded: the view's
    ``fetchMore`` asks for the next keyset page when the user scrolls to the end.
    """

    def __init__(self, ctx: AppContext, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._ctx = ctx
        self.query = JobQuery(statuses=frozenset(s for s in JobStatus if s.is_open))
        self._rows: list[JobRow] = []
        self._cursor: tuple | None = None
        self._exhausted = True

    # ---- loading --------------------------------------------------------------------------------

    def set_query(self, query: JobQuery) -> None:
        """Start over with ``query``: drop loaded rows and fetch its first page."""
        self.beginResetModel()
        self.query = query
        self._rows = []
        self._cursor = None
        self._exhausted = False
        self._load_page(notify=False)
        self.endResetModel()

    def reload(self) -> None:
        """Fetch the current query again from its first page."""
        self.set_query(self.query)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        """True while the query has rows not loaded yet."""
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        """Load the next page after the keyset cursor."""
        if parent.isValid() or self._exhausted:
            return
        self._load_page(notify=True)

    def _load_page(self, *, notify: bool) -> None:
        page = list_jobs(self._ctx, self.query, after=self._cursor, limit=PAGE_SIZE)
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        if not page.rows:
            return
        first = len(self._rows)
        if notify:
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        if notify:
            self.endInsertRows()

    def refresh_job(self, job_id: str) -> None:
        """Re-read one loaded job (after an action) so its line shows the new status."""
        row = self.row_of(job_id)
        if row is None:
            return
        self._rows[row] = get_job_row(self._ctx, job_id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def tick(self) -> None:
        """Time moved on: repaint countdowns and overdue tints (no database access)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole,
                                   Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole])

    # ---- lookup ---------------------------------------------------------------------------------

    def row_of(self, job_id: str) -> int | None:
        """The loaded row showing ``job_id``, if it is loaded."""
        for number, row in enumerate(self._rows):
            if row.id == job_id:
                return number
        return None

    def job_at(self, row: int) -> JobRow:
        """The job shown on ``row``."""
        return self._rows[row]

    # ---- Qt model API ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of columns."""
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(Column(section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        """Text, colours and ids of a cell."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        job = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(job, column)
        if role == JOB_ID_ROLE:
            return job.id
        overdue = job.is_overdue(self._ctx.now())
        if role == OVERDUE_ROLE:
            return overdue
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue and column in (Column.DUE, Column.NUMBER):
                return QBrush(OVERDUE_TEXT)
            if job.status.is_terminal:
                return QBrush(DONE_TEXT)
            if column == Column.PRIORITY and job.priority == Priority.URGENT:
                return QBrush(URGENT_TEXT)
        if role == Qt.ItemDataRole.FontRole and (
                (overdue and column == Column.DUE)
                or (column == Column.PRIORITY and job.priority == Priority.URGENT)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.DUE:
                return tr("Reply promised by {time}", time=local_time(job.reply_due_at))
            if column == Column.PRODUCT and job.serial_number:
                return tr("Serial / batch: {serial}", serial=job.serial_number)
        return None

    def _text(self, job: JobRow, column: Column) -> str:
        if column == Column.NUMBER:
            return job.number
        if column == Column.STATUS:
            return tr(job.status.label)
        if column == Column.PRIORITY:
            return tr(job.priority.label)
        if column == Column.CUSTOMER:
            return job.customer_name
        if column == Column.PHONE:
            return job.customer_phone
        if column == Column.PRODUCT:
            return job.product
        if column == Column.TECHNICIAN:
            return job.technician
        if column == Column.CREATED:
            return local_time(job.created_at)
        text, _overdue = countdown(job.reply_due_at, self._ctx.now(), job.done_at)
        return text
