"""The Sync page's Problems tab: other sites' streams that wait, and changes write authority refused.

Refused changes can be many (a hostile device sends thousands), so they are a lazy keyset model
fetched 200 at a time as the view scrolls; the waiting streams are at most one row per site.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout,
                               QWidget)

from aftersales_desktop.domain.errors import PermissionDenied
from aftersales_desktop.gui.formatting import local_time
from aftersales_desktop.gui.support import read_only_table, show_problem, table_item
from aftersales_desktop.i18n import tr
from aftersales_desktop.services import sync_problems, sync_status
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.sync_problems import RefusedInfo

_Index = QModelIndex | QPersistentModelIndex


class RefusedColumn(IntEnum):
    """Columns of the refused-changes list."""

    TIME = 0
    SITE = 1
    RECORD = 2
    REASON = 3


class RefusedModel(QAbstractTableModel):
    """Refused changes, newest first, fetched a page at a time."""

    def __init__(self, ctx: AppContext, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[RefusedInfo] = []
        self._more = True

    def reload(self) -> None:
        """Start again from the newest."""
        self.beginResetModel()
        self.rows, self._more = [], True
        self._load_page(notify=False)
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        """Whether older refused changes are left to fetch."""
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        """Fetch the next page."""
        if not parent.isValid():
            self._load_page(notify=True)

    def _load_page(self, *, notify: bool) -> None:
        before = self.rows[-1].id if self.rows else None
        page = sync_problems.refused_changes(self.ctx, before_id=before)
        self._more = len(page) == sync_problems.PAGE_SIZE
        if not page:
            return
        if notify:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
        self.rows.extend(page)
        if notify:
            self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Rows fetched so far."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Time, site, record, reason."""
        return 0 if parent.isValid() else len(RefusedColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {RefusedColumn.TIME: tr("Received at"), RefusedColumn.SITE: tr("From site"),
                RefusedColumn.RECORD: tr("Record"), RefusedColumn.REASON: tr("Why it was refused")}[
            RefusedColumn(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        """Plain text of a cell; the reason is also the tooltip (it can be long)."""
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self.rows[index.row()]
        column = RefusedColumn(index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.reason_text()}\n{item.bundle}" if column == RefusedColumn.REASON else None
        if column == RefusedColumn.TIME:
            return local_time(item.at)
        if column == RefusedColumn.SITE:
            return item.site_name
        if column == RefusedColumn.RECORD:
            return item.record_text()
        return item.reason_text()


class ProblemsTab(QWidget):
    """Streams waiting at another site, and every change that write authority kept out."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.total = 0  # refused changes plus waiting streams, for the tab's title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        streams_box = QGroupBox(tr("Sites whose changes wait"))
        streams_layout = QVBoxLayout(streams_box)
        self.streams = read_only_table([tr("Site"), tr("Since"), tr("What happened")])
        self.streams.setWordWrap(True)
        self.streams.setMaximumHeight(120)
        self.streams_empty = QLabel(tr("Every site's changes are arriving in order."))
        self.streams_empty.setTextFormat(Qt.TextFormat.PlainText)
        streams_layout.addWidget(self.streams_empty)
        streams_layout.addWidget(self.streams)
        layout.addWidget(streams_box)
        refused_box = QGroupBox(tr("Refused changes"))
        refused_layout = QVBoxLayout(refused_box)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        refused_layout.addWidget(self.summary)
        self.model = RefusedModel(ctx, self)
        self.refused = QTableView()
        self.refused.setModel(self.model)
        self.refused.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refused.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.refused.verticalHeader().hide()
        self.refused.setAlternatingRowColors(True)
        self.refused.setWordWrap(False)
        header = self.refused.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        refused_layout.addWidget(self.refused)
        layout.addWidget(refused_box, 1)

    def refresh(self) -> None:
        """Reload both lists from the local database."""
        try:
            streams = self._show_streams()
            count, sites = sync_problems.refused_summary(self.ctx)
            self.model.reload()
        except PermissionDenied as error:
            show_problem(self, error)
            return
        self.total = count + streams
        self.summary.setText(tr("Refused changes: {count} · from sites: {sites}. Those sites may not write these "
                                "records; nothing of them was applied.", count=count, sites=sites)
                             if count else tr("No change has been refused."))
        for column, width in ((RefusedColumn.TIME, 150), (RefusedColumn.SITE, 160), (RefusedColumn.RECORD, 320)):
            self.refused.setColumnWidth(column, width)

    def _show_streams(self) -> int:
        problems = sync_status.stream_problems(self.ctx)
        self.streams.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            for column, text in enumerate((problem.site_name or problem.site_id[:8], local_time(problem.since),
                                           problem.text())):
                self.streams.setItem(row, column, table_item(text))
        self.streams.resizeRowsToContents()
        self.streams.setVisible(bool(problems))
        self.streams_empty.setVisible(not problems)
        return len(problems)
