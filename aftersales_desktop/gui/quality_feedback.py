"""Quality feedback (质量反馈): defects found at goods-in, in inspections and in returns, rolled up per
supplier, part and batch against the units received, so a bad batch stands out."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from aftersales_desktop.domain.errors import NotFound, PermissionDenied
from aftersales_desktop.gui.support import empty_state_label, hint_label, read_only_table, show_problem, table_item
from aftersales_desktop.i18n import tr
from aftersales_desktop.services import inspections
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.inspections import DEFECT_RATE_ALERT_PERCENT, BatchDefects

ALERT_BACKGROUND = "#fdecea"
ALERT_TEXT = "#8e1c1c"


def rate_text(row: BatchDefects) -> str:
    """'4.0 %', or a dash when no receipt of the batch is on record."""
    rate = row.rate_percent
    return "—" if rate is None else f"{rate:.1f} %"


class DefectsByBatchView(QWidget):
    """A table of defective units per supplier, part and batch, with a supplier filter.

    Rows whose defect rate is above DEFECT_RATE_ALERT_PERCENT are highlighted. Attributes for
    tests: ``supplier_filter``, ``table``, ``empty``, ``rows`` (the BatchDefects shown).
    """

    COLUMNS = ("supplier", "part", "batch", "received", "goods_in", "inspection", "returned", "defective", "rate")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[BatchDefects] = []
        self._all: list[BatchDefects] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Supplier:")))
        self.supplier_filter = QComboBox()
        self.supplier_filter.setMinimumWidth(220)
        self.supplier_filter.addItem(tr("All suppliers"), None)
        self.supplier_filter.currentIndexChanged.connect(self._show)
        top.addWidget(self.supplier_filter)
        top.addStretch(1)
        column.addLayout(top)
        column.addWidget(hint_label(tr("Units received are those the supplier delivered of the batch, at every "
                                       "outlet; a defect rate above {limit} % is highlighted.",
                                       limit=DEFECT_RATE_ALERT_PERCENT)))
        self.table = read_only_table([tr("Supplier"), tr("Part"), tr("Batch"), tr("Units received"),
                                      tr("Goods-in"), tr("Inspection"), tr("Return"), tr("Defective"),
                                      tr("Defect rate")], stretch_last=False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the part
        column.addWidget(self.table, 1)
        self.empty = empty_state_label(tr("No defects recorded yet."))
        column.addWidget(self.empty, 1)
        self.refresh()

    def refresh(self) -> None:
        """Read the defects again; keep the chosen supplier when it still has some."""
        try:
            self._all = inspections.defects_by_batch(self.ctx)
        except (PermissionDenied, NotFound) as error:
            show_problem(self, error)
            self._all = []
        chosen = self.supplier_filter.currentData()
        suppliers = sorted({(row.supplier_name, row.supplier_id) for row in self._all})
        self.supplier_filter.blockSignals(True)
        self.supplier_filter.clear()
        self.supplier_filter.addItem(tr("All suppliers"), None)
        for name, supplier_id in suppliers:
            self.supplier_filter.addItem(name, supplier_id)
        self.supplier_filter.setCurrentIndex(max(self.supplier_filter.findData(chosen), 0) if chosen else 0)
        self.supplier_filter.blockSignals(False)
        self._show()

    def _show(self) -> None:
        chosen = self.supplier_filter.currentData()
        self.rows = [row for row in self._all if chosen is None or row.supplier_id == chosen]
        self.table.setRowCount(len(self.rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, row in enumerate(self.rows):
            values = (row.supplier_name, row.product_title, row.batch or "—", str(row.received) if row.received else "—",
                      str(row.goods_in), str(row.inspection), str(row.returned), str(row.defective), rate_text(row))
            for c, text in enumerate(values):
                item = table_item(text, right=c >= 3)
                if row.above_alert:
                    item.setBackground(QBrush(QColor(ALERT_BACKGROUND)))
                    item.setForeground(QBrush(QColor(ALERT_TEXT)))
                    if c == len(values) - 1:
                        item.setFont(bold)
                        item.setToolTip(tr("Above {limit} %: raise it with the supplier.",
                                           limit=DEFECT_RATE_ALERT_PERCENT))
                self.table.setItem(r, c, item)
        self.table.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
