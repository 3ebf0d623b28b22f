"""Shared GUI helpers: field error labels next to inputs, problem dialogs, busy cursor, and the labels
and split panes the list-and-detail pages are built of."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import contextmanager
from typing import Callable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from aftersales_desktop.domain.errors import NotFound, PermissionDenied, ValidationError, user_message
from aftersales_desktop.gui.formatting import local_time
from aftersales_desktop.i18n import tr

ERROR_STYLE = "color: #c62828;"
#: History steps that were not applied (made elsewhere at the same time) are greyed out.
IGNORED_COLOUR = "#9e9e9e"


class FieldErrors:
    """Red messages under form fields, filled from a ValidationError and cleared on the next try.

    ``add(name, label)`` registers a label for a field name a service uses; errors for names not
    registered go to the form-level label so nothing a service says is ever hidden.
    """

    def __init__(self, form_label: QLabel) -> None:
        self._labels: dict[str, QLabel] = {}
        self._form_label = form_label
        _error_look(form_label)

    def label_for(self, name: str) -> QLabel:
        """A new hidden error label registered for ``name``; place it under the field."""
        label = error_label(f"error_{name}")
        self._labels[name] = label
        return label

    def clear(self) -> None:
        """Hide every message."""
        for label in [*self._labels.values(), self._form_label]:
            label.clear()
            label.hide()

    def show(self, error: ValidationError) -> None:
        """Show each field's message under its field (the rest at form level)."""
        self.clear()
        loose = []
        for name, message in error.errors.items():
            text = refusal_text(error, message)
            label = self._labels.get(name) or self._labels.get(name.split(".")[0])
            if label is None:
                loose.append(text)
            else:
                label.setText(text)
                label.show()
        if loose:
            self._form_label.setText("\n".join(loose))
            self._form_label.show()

    def text(self, name: str) -> str:
        """The message shown for ``name`` (empty when none); for tests and accessibility."""
        label = self._labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""


def error_label(object_name: str = "") -> QLabel:
    """A hidden, wrapping label in the error red, for a message shown next to what it is about."""
    label = QLabel()
    if object_name:
        label.setObjectName(object_name)
    _error_look(label)
    return label


def _error_look(label: QLabel) -> None:
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()


def refusal_text(error: ValidationError, message: str) -> str:
    """One of a ValidationError's messages, translated, with the error's parameters filled in."""
    return tr(message, **error.params) if error.params else tr(message)


def problem_text(error: Exception) -> str:
    """A translated message for a user-caused error."""
    return user_message(error)


def submit_form(submit: Callable[[], None], errors: FieldErrors, form_error: QLabel) -> ValidationError | bool:
    """Run a form's service call: True when it went through; else the refusal is shown next to the
    fields (returned, for a dialog that reacts to it) or at form level, and the form stays open."""
    errors.clear()
    try:
        with busy_cursor():
            submit()
    except ValidationError as error:
        errors.show(error)
        return error
    except (PermissionDenied, NotFound) as error:
        form_error.setText(problem_text(error))
        form_error.show()
        return False
    return True


def read_only_table(headers: list[str], *, stretch_last: bool = True) -> QTableWidget:
    """A read-only table selecting whole rows, in the look of the other pages."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch_last)
    return table


def table_item(text: str, *, right: bool = False) -> QTableWidgetItem:
    """A table cell holding ``text``, right-aligned for numbers."""
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def fill_keeping_selection(table: QTableWidget, rows: Sequence, cells_of: Callable[[object], list],
                           selected_id: str | None) -> None:
    """Fill ``table`` with a row of cells per item and select the item ``selected_id`` again (else the first).

    The items have an ``id``. Selection signals are held while the cells change, so the caller's
    handler sees the table only once it is full.
    """
    table.blockSignals(True)
    table.setRowCount(len(rows))
    reselect = -1
    for index, row in enumerate(rows):
        for column, cell in enumerate(cells_of(row)):
            table.setItem(index, column, cell)
        if row.id == selected_id:
            reselect = index
    table.blockSignals(False)
    if reselect < 0 and rows:
        reselect = 0
    if reselect >= 0:
        table.selectRow(reselect)


def selected_row(table: QTableWidget) -> int:
    """The index of the selected row, -1 when none is."""
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else -1


def clear_filters(status_filter: QComboBox, search: QLineEdit) -> None:
    """Back to all statuses and no search text, without each change reloading the list."""
    for widget, reset in ((status_filter, lambda: status_filter.setCurrentIndex(0)), (search, search.clear)):
        widget.blockSignals(True)
        reset()
        widget.blockSignals(False)


def history_pane(title: str, headers: list[str]) -> tuple[QWidget, QTableWidget]:
    """A bold heading over a read-only table of a document's steps; returns the pane and its table."""
    pane = QWidget()
    column = QVBoxLayout(pane)
    column.setContentsMargins(6, 0, 0, 0)
    column.setSpacing(2)
    heading = QLabel(title)
    heading.setStyleSheet("font-weight: 600;")
    column.addWidget(heading)
    table = read_only_table(headers)
    column.addWidget(table, 1)
    return pane, table


def fill_history(table: QTableWidget, entries: Sequence, step_of: Callable[[object], str],
                 details_of: Callable[[object], str]) -> None:
    """One row per step (time, step, by, details); steps that were not applied are greyed out and say so.

    The entries have ``at``, ``by`` and ``ignored``; ``step_of`` and ``details_of`` give the other two cells.
    """
    table.setRowCount(len(entries))
    grey = QBrush(QColor(IGNORED_COLOUR))
    for index, entry in enumerate(entries):
        step = step_of(entry) + (" " + tr("(not applied)") if entry.ignored else "")
        details = details_of(entry)
        cells = [table_item(local_time(entry.at)), table_item(step), table_item(entry.by), table_item(details)]
        cells[3].setToolTip(details)
        for column, cell in enumerate(cells):
            if entry.ignored:
                cell.setForeground(grey)
            table.setItem(index, column, cell)


def empty_state_label(text: str) -> QLabel:
    """The centred grey line a list shows instead of rows when it has none."""
    label = QLabel(text)
    label.setObjectName("emptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def title_label(text: str = "") -> QLabel:
    """A wrapping heading in the dialog-title style (above a detail pane or a summary)."""
    label = QLabel(text)
    label.setObjectName("dialogTitle")
    label.setWordWrap(True)
    return label


def hint_label(text: str = "") -> QLabel:
    """A wrapping explanatory line in the muted hint style."""
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def split_panes(orientation: Qt.Orientation) -> tuple[QSplitter, QVBoxLayout, QVBoxLayout]:
    """A splitter of two panes that never collapse, a small gap between them; returns the splitter
    and the column layout of each pane (list first, details second), for the caller to fill."""
    splitter = QSplitter(orientation)
    splitter.setChildrenCollapsible(False)
    gap = 6
    columns = []
    for second in (False, True):
        pane = QWidget()
        column = QVBoxLayout(pane)
        before, after = (gap, 0) if second else (0, gap)
        if orientation == Qt.Orientation.Horizontal:
            column.setContentsMargins(before, 0, after, 0)
        else:
            column.setContentsMargins(0, before, 0, after)
        splitter.addWidget(pane)
        columns.append(column)
    return splitter, columns[0], columns[1]


def show_problem(parent: QWidget | None, error: Exception) -> None:
    """Tell the user what went wrong in a dialog (patched in tests)."""
    QMessageBox.warning(parent, tr("Cannot do that"), problem_text(error))


@contextmanager
def busy_cursor() -> Iterator[None]:
    """A wait cursor for short work on the GUI thread."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
