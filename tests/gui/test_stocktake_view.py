"""The stocktakes page (盘点): start, type counts with the keyboard, submit, approve as the manager."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import update

from aftersales_desktop.domain.enums import ProductType
from aftersales_desktop.domain.stock import MovementKind
from aftersales_desktop.gui import document_output
from aftersales_desktop.gui.main_window import MainWindow
from aftersales_desktop.gui.stocktake_view import (COUNTED, COUNTED_BY, MOVED_TINT, AddLineDialog, ApproveDialog,
                                                   ReasonDialog, StartStocktakeDialog, StocktakeView)
from aftersales_desktop.services import stock, stocktakes
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.storage.models import Product
from tests.gui.support import column_texts, drive


@pytest.fixture
def keeper(keeper, outlet) -> AppContext:
    """The storekeeper, with the toner costed and on two shelves (10 at A-01, 5 at B-02)."""
    with outlet.db.transaction() as session:
        session.execute(update(Product).where(Product.id == outlet.product_id).values(unit_cost_fen=15000, unit="个"))
    ctx = keeper
    stock.receive(ctx, outlet.product_id, 10, location="A-01", batch="L1", unit_cost_fen=15000, reference="DN-1")
    stock.receive(ctx, outlet.product_id, 5, location="B-02", batch="L2", unit_cost_fen=15000, reference="DN-2")
    return ctx


def type_count(qtbot, table, text: str) -> None:
    """Type into the focused table's current Counted cell as a counter would, and press Enter."""
    assert QApplication.focusWidget() is table, "the table lost the keyboard focus"
    qtbot.keyClicks(table, text[0])  # any key starts editing the cell
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parent() is table.viewport(), "typing opened no editor"
    if text[1:]:
        qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)  # the editor closes after the event loop


def start_all_parts(view, monkeypatch):
    def fill(dialog: StartStocktakeDialog):
        dialog.category.setCurrentIndex(0)
        dialog.note.setText("月度盘点")
    drive(view, monkeypatch, fill)
    view.start_button.click()


def test_count_submit_approve_and_the_ledger_follows(qtbot, outlet, keeper, monkeypatch):
    view = StocktakeView(keeper)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    assert not view.empty.isHidden() and not view.buttons["print"].isEnabled()
    messages = []
    view.status_message.connect(messages.append)
    start_all_parts(view, monkeypatch)
    assert messages[-1].endswith("2 lines to count")
    assert column_texts(view.list_table, 2) == ["Counting"] and column_texts(view.list_table, 5) == ["0/2"]
    assert column_texts(view.lines_table, 0) == ["A-01", "B-02"]
    assert column_texts(view.lines_table, 4) == ["10", "5"]
    assert "月度盘点" in view.history.text() and "赵库管" in view.history.text()
    # One issued from B-02 after the start but before B-02 is counted: it moved during the count.
    stock.issue(keeper, outlet.product_id, 1, location="B-02", batch="L2")

    table = view.lines_table
    table.setFocus()
    assert (table.currentRow(), table.currentColumn()) == (0, COUNTED)  # the first uncounted line
    type_count(qtbot, table, "8")
    assert (table.currentRow(), table.currentColumn()) == (1, COUNTED)  # Enter moved down
    type_count(qtbot, table, "4")
    assert column_texts(table, COUNTED) == ["8", "4"]
    assert column_texts(table, COUNTED_BY) == ["赵库管", "赵库管"]
    assert view.progress.text() == "2 of 2 lines counted"
    saved = stocktakes.get_stocktake(keeper, view.selected_id).lines
    assert [line.counted for line in saved] == [8, 4]

    # Bad input: a clear message under the table, the cell keeps the saved count.
    table.setCurrentCell(0, COUNTED)
    for bad in ("-2", "2.5", "abc"):
        type_count(qtbot, table, bad)
        assert view.count_error.isVisibleTo(view)
        assert view.count_error.text() == ("HP CF283A at A-01: Enter the counted quantity: a whole number, 0 or "
                                           "more.")
        assert table.item(0, COUNTED).text() == "8"
        assert table.currentRow() == 0  # stays on the refused cell to type it again
    type_count(qtbot, table, "9")
    assert not view.count_error.isVisibleTo(view) and table.currentRow() == 1
    type_count(qtbot, table, "4")  # the same count again: nothing to save, nothing changes
    assert [line.counted for line in stocktakes.get_stocktake(keeper, view.selected_id).lines] == [9, 4]

    view.filter.setText("b-02")
    assert [table.isRowHidden(row) for row in range(2)] == [True, False]
    view.filter.clear()

    view.buttons["submit"].click()
    assert column_texts(view.list_table, 2) == ["Submitted"]
    assert not table.item(0, COUNTED).flags() & Qt.ItemFlag.ItemIsEditable
    assert not view.buttons["submit"].isEnabled() and not view.buttons["approve"].isVisibleTo(view)

    boss = StocktakeView(outlet.manager)
    qtbot.addWidget(boss)
    assert boss.buttons["approve"].isEnabled() and boss.buttons["reopen"].isEnabled()
    reviewed = drive(boss, monkeypatch, lambda dialog: dialog.note.setText("已复核"))
    boss.buttons["approve"].click()
    review: ApproveDialog = reviewed[0]
    assert review.summary.text() == "1 of 2 lines differ from the book; net value -¥150.00."
    assert column_texts(review.table, 4) == ["10", "4"]  # book at count
    assert column_texts(review.table, 6) == ["-1", "0"]
    assert column_texts(review.table, 7) == ["-¥150.00", "¥0.00"]
    assert review.table.item(1, 0).background().color().name() == MOVED_TINT
    assert not review.moved_note.isHidden()
    assert column_texts(boss.list_table, 2) == ["Approved and posted"]
    assert column_texts(boss.list_table, 6) == ["1"]

    # The Stock figures and the ledger.
    assert {(s.location, s.quantity) for s in stock.on_hand(keeper)} == {("A-01", 9), ("B-02", 4)}
    last = stock.ledger(keeper, outlet.product_id)[-1]
    assert last.movement.kind is MovementKind.ADJUSTMENT and last.movement.quantity == -1
    assert last.balance == 13
    assert "Approved and posted by 李经理" in boss.history.text()


def test_found_stock_send_back_cancel_and_print(qtbot, outlet, keeper, monkeypatch, tmp_path):
    view = StocktakeView(keeper)
    qtbot.addWidget(view)
    start_all_parts(view, monkeypatch)

    def found(dialog: AddLineDialog):
        dialog.product.setCurrentIndex(0)
        dialog.location.setText("C-03")
        dialog.batch.setText("L9")
        dialog.counted.setValue(2)
    drive(view, monkeypatch, found)
    view.buttons["add"].click()
    assert column_texts(view.lines_table, 0) == ["A-01", "B-02", "C-03"]
    assert column_texts(view.lines_table, COUNTED) == ["", "", "2"]

    view.buttons["submit"].click()  # two lines still uncounted
    assert view.list_table.item(0, 2).text() == "Counting"

    offered = []
    monkeypatch.setattr(document_output, "offer_document",
                        lambda parent, pdf, name, title: offered.append((pdf, name, title)))
    view.blind.setChecked(True)
    view.buttons["print"].click()
    pdf, name, title = offered[0]
    assert pdf.startswith(b"%PDF") and name.endswith("-0001.pdf") and title.startswith("Count sheet SH01-P")
    (tmp_path / "sheet.pdf").write_bytes(pdf)

    for line in stocktakes.get_stocktake(keeper, view.selected_id).lines:
        stocktakes.record_count(keeper, line.id, line.counted if line.counted is not None else line.book_quantity)
    view.refresh()
    view.buttons["submit"].click()

    boss = StocktakeView(outlet.manager)
    qtbot.addWidget(boss)
    drive(boss, monkeypatch, lambda dialog: dialog.reason.setText("B-02 重数"))
    boss.buttons["reopen"].click()
    assert boss.list_table.item(0, 2).text() == "Counting"
    opened = drive(boss, monkeypatch, lambda dialog: None)
    boss.buttons["cancel"].click()
    refused: ReasonDialog = opened[0]
    assert refused.errors.text("reason") == "Enter the reason." and not refused.result()
    drive(boss, monkeypatch, lambda dialog: dialog.reason.setText("改天再盘"))
    boss.buttons["cancel"].click()
    assert boss.list_table.item(0, 2).text() == "Cancelled"
    assert not boss.buttons["approve"].isEnabled() and not boss.buttons["cancel"].isEnabled()
    assert {(s.location, s.quantity) for s in stock.on_hand(keeper)} == {("A-01", 10), ("B-02", 5)}


def test_a_second_stocktake_of_the_same_parts_is_refused_in_the_dialog(qtbot, outlet, keeper, monkeypatch):
    stocktakes.start_stocktake(keeper, ProductType.TONER)
    view = StocktakeView(keeper)
    qtbot.addWidget(view)
    opened = drive(view, monkeypatch, lambda dialog: dialog.category.setCurrentIndex(0))
    view.start_button.click()
    assert "is still open" in opened[0].errors.text("product_type")
    assert view.list_table.rowCount() == 1


def test_the_page_is_for_storekeepers_and_managers(qtbot, outlet, keeper):
    for ctx, present in ((keeper, True), (outlet.manager, True), (outlet.technician, False), (outlet.clerk, False)):
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert ("stocktakes" in window.page_keys()) is present
    window = MainWindow(keeper)
    qtbot.addWidget(window)
    assert isinstance(window.show_page("stocktakes"), StocktakeView)
    assert window.page_title.text() == "Stocktakes"
