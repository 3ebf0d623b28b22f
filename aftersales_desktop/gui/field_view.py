"""Prepare for the field (外出准备): sync, then show what this laptop carries and print the day's visit sheet."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.domain.slips import SlipFormat
from aftersales_desktop.gui.document_output import offer_document
from aftersales_desktop.gui.formatting import local_time
from aftersales_desktop.gui.slip_printing import last_printer
from aftersales_desktop.gui.support import hint_label, show_problem, title_label
from aftersales_desktop.gui.sync_status import report_text
from aftersales_desktop.gui.sync_worker import SyncRunner
from aftersales_desktop.i18n import N_, tr
from aftersales_desktop.services import field
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.field import FieldDay, FieldVisit, Readiness

OK_MARK, NOT_OK_MARK = "✓", "✗"


class VisitColumn(IntEnum):
    """Columns of the visit list."""

    DAY = 0
    TIME = 1
    JOB = 2
    CUSTOMER = 3
    PHONE = 4
    ADDRESS = 5
    PRODUCT = 6
    HISTORY = 7


class VisitModel(QAbstractTableModel):
    """Today's and tomorrow's visits; the service caps a day's visits, so the list is held whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, FieldVisit]] = []

    def set_day(self, day: FieldDay | None) -> None:
        """Show the visits of ``day`` (None: none)."""
        self.beginResetModel()
        self.rows = ([(tr("Today"), v) for v in day.today] + [(tr("Tomorrow"), v) for v in day.tomorrow]
                     if day else [])
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(VisitColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (tr("Day"), tr("Time"), tr("Job"), tr("Customer"), tr("Phone"), tr("Address"), tr("Product"),
                tr("Earlier jobs"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        day, visit = self.rows[index.row()]
        column = VisitColumn(index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == VisitColumn.HISTORY:
                return "\n".join(f"{p.number} {local_time(p.created_at)} {p.description} ({tr(p.status.label)})"
                                 for p in visit.history) or None
            if column in (VisitColumn.ADDRESS, VisitColumn.PRODUCT):
                return "\n".join(filter(None, (visit.address, visit.description, visit.tools,
                                               visit.parts_to_bring)))
            return None
        start, end = visit.starts_at.astimezone(), visit.ends_at.astimezone()
        return {
            VisitColumn.DAY: day,
            VisitColumn.TIME: f"{start:%H:%M}–{end:%H:%M}",
            VisitColumn.JOB: visit.job_number,
            VisitColumn.CUSTOMER: visit.customer_name,
            VisitColumn.PHONE: visit.customer_phone,
            VisitColumn.ADDRESS: visit.address,
            VisitColumn.PRODUCT: visit.product,
            VisitColumn.HISTORY: "; ".join(p.number for p in visit.history) or tr("None"),
        }[column]


class PartModel(QAbstractTableModel):
    """The parts the technician holds (a technician holds a handful: the list is held whole)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def set_day(self, day: FieldDay | None) -> None:
        """Show the parts of ``day`` (None: none)."""
        self.beginResetModel()
        self.rows = list(day.parts) if day else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (tr("Part"), tr("Held"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        part = self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return " ".join(filter(None, (part.part, part.specification)))
        return f"{part.held} {part.unit}".strip()


def printer_check() -> Readiness:
    """Whether a printer can print the sheet and slips on site: one installed, and which was used last."""
    names = QPrinterInfo.availablePrinterNames()
    if not names:
        return Readiness("printer", False, N_("No printer is installed on this laptop: save the sheet as a PDF."), {})
    for fmt in (SlipFormat.ROLL_80, SlipFormat.ROLL_58, SlipFormat.A4):
        name = last_printer(fmt)
        if name and name in names:
            return Readiness("printer", True, N_("Printer {name} is ready."), {"name": name})
    return Readiness("printer", True, N_("{count} printers installed; none used for slips yet."),
                     {"count": len(names)})


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.setTabKeyNavigation(False)  # Tab leaves the list for the next control
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)  # customer data is shown, never rendered as HTML
    return label


class FieldView(QWidget):
    """The 'Prepare for the field' page: sync, then visits, parts held, readiness and the visit sheet.

    Attributes for tests: ``sync_button``, ``sync_label``, ``summary_label``, ``visits``/``visit_model``,
    ``parts``/``part_model``, ``checks_label``, ``paper`` and ``print_button``; ``day`` is the last FieldDay.
    """

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, runner: SyncRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.day: FieldDay | None = None
        self._waiting_for_cycle = False
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.sync_button = QPushButton(tr("Sync and prepare"))
        self.sync_button.setToolTip(tr("Exchange changes with the share, then show what this laptop carries."))
        self.sync_button.clicked.connect(self.sync_and_prepare)
        bar.addWidget(self.sync_button)
        self.sync_label = _plain(hint_label())
        bar.addWidget(self.sync_label, 1)
        bar.addWidget(QLabel(tr("Paper:")))
        self.paper = QComboBox()
        for text, fmt in ((tr("A4 sheet"), SlipFormat.A4), (tr("80 mm roll"), SlipFormat.ROLL_80),
                          (tr("58 mm roll"), SlipFormat.ROLL_58)):
            self.paper.addItem(text, fmt.value)
        bar.addWidget(self.paper)
        self.print_button = QPushButton(tr("Print visit sheet…"))
        self.print_button.clicked.connect(self.print_visit_sheet)
        bar.addWidget(self.print_button)
        layout.addLayout(bar)

        self.summary_label = _plain(hint_label())
        self.summary_label.hide()
        layout.addWidget(self.summary_label)
        self.heading = _plain(title_label())
        layout.addWidget(self.heading)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.visit_model = VisitModel(self)
        self.visits = _table(self.visit_model)
        splitter.addWidget(self.visits)
        lower = QWidget()
        lower_row = QHBoxLayout(lower)
        lower_row.setContentsMargins(0, 0, 0, 0)
        parts_column = QVBoxLayout()
        parts_column.addWidget(_plain(QLabel(tr("Parts I hold"))))
        self.part_model = PartModel(self)
        self.parts = _table(self.part_model)
        parts_column.addWidget(self.parts)
        lower_row.addLayout(parts_column, 1)
        checks_column = QVBoxLayout()
        checks_column.addWidget(_plain(QLabel(tr("Ready to leave?"))))
        self.checks_label = _plain(QLabel())
        self.checks_label.setWordWrap(True)
        self.checks_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        checks_column.addWidget(self.checks_label, 1)
        lower_row.addLayout(checks_column, 1)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.setTabOrder(self.sync_button, self.paper)
        self.setTabOrder(self.paper, self.print_button)
        self.setTabOrder(self.print_button, self.visits)
        self.setTabOrder(self.visits, self.parts)
        runner.finished.connect(self._cycle_finished)
        runner.failed.connect(self._cycle_failed)
        self.refresh()

    # ---- actions --------------------------------------------------------------------------------

    def sync_and_prepare(self) -> None:
        """Run a sync cycle in the background; whatever comes of it, then show what the laptop carries."""
        if not self.runner.sync_now():
            self.sync_label.setText(tr("This laptop has not joined a share: showing what it already carries."))
            self.refresh()
            return
        self._waiting_for_cycle = True
        self.sync_button.setEnabled(False)
        self.sync_label.setText(tr("Syncing…"))

    def refresh(self) -> None:
        """Reload the visits, parts and readiness from this laptop's database."""
        try:
            self.day = field.field_day(self.ctx)
        except (PermissionDenied, ValidationError) as error:
            self.day = None
            show_problem(self, error)
        self.visit_model.set_day(self.day)
        self.part_model.set_day(self.day)
        self.visits.resizeColumnsToContents()
        if self.day is None:
            self.heading.setText("")
            self.checks_label.setText("")
            return
        self.heading.setText(tr("{name}: {today} visits today, {tomorrow} tomorrow",
                                name=self.day.technician_name, today=len(self.day.today),
                                tomorrow=len(self.day.tomorrow)))
        checks = [*self.day.checks, printer_check()]
        self.checks_label.setText("\n".join(
            f"{OK_MARK if check.ok else NOT_OK_MARK} {tr(check.message, **check.params)}" for check in checks))
        self.print_button.setEnabled(bool(self.day.today) or bool(self.day.parts))

    def print_visit_sheet(self) -> None:
        """Render today's visit sheet on the chosen paper and offer to print, preview or save it."""
        fmt = SlipFormat(self.paper.currentData())
        try:
            rendered = field.visit_sheet(self.ctx, fmt.value)
        except (PermissionDenied, ValidationError) as error:
            show_problem(self, error)
            return
        day = self.day.day.isoformat() if self.day else datetime.now().date().isoformat()
        offer_document(self, rendered.pdf, f"visit-sheet-{day}-{fmt.value}.pdf", tr("Visit sheet"), fmt)

    # ---- cycle results --------------------------------------------------------------------------

    def _cycle_finished(self, report: object) -> None:
        if not self._waiting_for_cycle:
            return
        self._waiting_for_cycle = False
        self.sync_button.setEnabled(True)
        self.sync_label.setText(report_text(report))
        self.show_summary(report)
        self.refresh()

    def _cycle_failed(self, code: str, text: str) -> None:
        if not self._waiting_for_cycle:
            return
        self._waiting_for_cycle = False
        self.sync_button.setEnabled(True)
        if code == "unreachable":
            self.sync_label.setText(tr("The share is not reachable: showing what this laptop already carries."))
        else:
            self.sync_label.setText(tr("Sync did not complete: {problem}", problem=text))
        self.sync_label.setToolTip(text)
        self.summary_label.hide()
        self.refresh()

    def show_summary(self, report: object) -> None:
        """What went out and what came in, by kind."""
        lines = field.exchange_summary(report)
        if not lines:
            self.summary_label.setText(tr("Nothing went out and nothing came in."))
        else:
            self.summary_label.setText(tr("Went out / came in: {kinds}", kinds="; ".join(
                tr("{kind} {sent} / {received}", kind=tr(line.label), sent=line.sent, received=line.received)
                for line in lines)))
        self.summary_label.show()
