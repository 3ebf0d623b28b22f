"""The stock page (库存) and its movement dialogs, on a real outlet database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from aftersales_desktop.gui.formatting import local_date
from aftersales_desktop.gui.main_window import MainWindow
from aftersales_desktop.gui.stock_view import (CountDialog, IssueDialog, ReceiveDialog,
                                               ReceiveTransferDialog, ReturnDialog, SafetyStockDialog,
                                               StockView, TransferDialog)
from aftersales_desktop.services import stock
from aftersales_desktop.services.context import AppContext
from tests.gui.support import column_texts, drive
from tests.services.support import second_outlet_storekeeper


@pytest.fixture
def beijing(outlet) -> AppContext:
    """A storekeeper of a second outlet BJ01 in the same database, as after a sync."""
    return second_outlet_storekeeper(outlet.db)


def receive(view, monkeypatch, qtbot, quantity=10, batch="L1", reference="DN-1", expires=None):
    def fill(dialog: ReceiveDialog):
        dialog.product.setCurrentIndex(0)
        dialog.quantity.setValue(quantity)
        dialog.location.setText("A-01")
        dialog.batch.setText(batch)
        dialog.unit_cost.setText("150.00")
        if expires is not None:
            dialog.has_expiry.setChecked(True)
            dialog.expiry.setDate(expires)
        dialog.reference.setText(reference)
    drive(view, monkeypatch, fill)
    view.buttons["receive"].click()


def test_receive_shows_on_hand_and_running_balance(qtbot, outlet, keeper, monkeypatch):
    view = StockView(keeper)
    qtbot.addWidget(view)
    assert view.on_hand_table.rowCount() == 0 and not view.empty.isHidden()
    messages = []
    view.status_message.connect(messages.append)
    receive(view, monkeypatch, qtbot, 10, reference="DN-1")
    receive(view, monkeypatch, qtbot, 5, reference="DN-2")
    assert column_texts(view.on_hand_table, 3) == ["15"]
    assert column_texts(view.on_hand_table, 1) == ["A-01"]
    assert "CF283A" in view.on_hand_table.item(0, 0).text()
    assert messages[-1].startswith("Received 5")
    # Newest first: the balance runs 10 then 15.
    assert column_texts(view.ledger_table, 2) == ["+5", "+10"]
    assert column_texts(view.ledger_table, 3) == ["15", "10"]
    assert column_texts(view.ledger_table, 1) == ["Receipt", "Receipt"]
    assert column_texts(view.ledger_table, 6) == ["赵库管", "赵库管"]
    assert column_texts(view.ledger_table, 4) == ["A-01 · L1", "A-01 · L1"]
    assert "DN-2" in view.ledger_table.item(0, 5).text()


def test_receive_refuses_repeated_delivery_note(qtbot, outlet, keeper):
    stock.receive(keeper, outlet.product_id, 3, location="A-01", batch="L1", unit_cost_fen=100, reference="DN-1")
    view = StockView(keeper)
    qtbot.addWidget(view)
    dialog = ReceiveDialog(keeper, view.products, None)
    qtbot.addWidget(dialog)
    dialog.product.setCurrentIndex(0)
    dialog.quantity.setValue(2)
    dialog.reference.setText("DN-1")
    dialog.unit_cost.setText("abc")
    dialog.accept()
    assert dialog.errors.text("unit_cost") == "Enter an amount in yuan, e.g. 12.50."
    dialog.unit_cost.setText("1.00")
    dialog.accept()
    assert "already received" in dialog.errors.text("reference")
    assert not dialog.result()
    assert sum(line.quantity for line in stock.on_hand(keeper)) == 3


def test_issue_more_than_on_hand_is_refused_under_quantity(qtbot, outlet, keeper):
    stock.receive(keeper, outlet.product_id, 2, location="A-01", batch="L1", unit_cost_fen=100)
    view = StockView(keeper)
    qtbot.addWidget(view)
    dialog = IssueDialog(keeper, view.products, view.current_line(), view)
    assert dialog.location.text() == "A-01" and dialog.batch.text() == "L1"
    dialog.quantity.setValue(5)
    dialog.accept()
    assert dialog.errors.text("quantity") == "Only 2 on hand at location 'A-01', batch 'L1'."
    assert len(stock.ledger(keeper, outlet.product_id)) == 1


def test_issue_to_a_technician_and_the_unused_part_comes_back(qtbot, outlet, keeper):
    stock.receive(keeper, outlet.product_id, 2, location="A-01", batch="L1", unit_cost_fen=100)
    view = StockView(keeper)
    qtbot.addWidget(view)
    dialog = IssueDialog(keeper, view.products, view.current_line(), view)
    dialog.technician.setCurrentIndex(dialog.technician.findData(outlet.technician_id))
    dialog.job_number.setText("SH01-J209901-9999")
    dialog.accept()
    assert dialog.errors.text("job") == "No job has the number SH01-J209901-9999."
    dialog.job_number.clear()
    dialog.accept()
    assert dialog.result()
    view.refresh()
    back = ReturnDialog(keeper, view.products, view.current_line(), view)
    back.technician.setCurrentIndex(back.technician.findData(outlet.technician_id))
    back.quantity.setValue(1)
    back.note.setText("not needed after all")
    back.accept()
    assert back.result() and back.message.startswith("Returned 1 ×")
    view.refresh()
    assert column_texts(view.on_hand_table, 3) == ["2"]
    assert column_texts(view.ledger_table, 1)[:2] == ["Return of unused parts", "Issue"]
    assert stock.ledger(keeper, outlet.product_id)[-1].movement.technician_id == outlet.technician_id


def test_transfer_to_second_outlet_and_receive_there(qtbot, outlet, keeper, beijing):
    stock.receive(keeper, outlet.product_id, 6, location="A-01", batch="L1", unit_cost_fen=100)
    view = StockView(keeper)
    qtbot.addWidget(view)
    dialog = TransferDialog(keeper, view.products, view.current_line(), view)
    assert [dialog.to_outlet.itemText(i) for i in range(dialog.to_outlet.count())] == ["BJ01 · 北京网点"]
    dialog.quantity.setValue(4)
    dialog.accept()
    assert dialog.result()
    view.refresh()
    assert column_texts(view.on_hand_table, 3) == ["2"]
    assert "To BJ01 · 北京网点" in view.ledger_table.item(0, 5).text()

    there = StockView(beijing)
    qtbot.addWidget(there)
    incoming = ReceiveTransferDialog(beijing, there.products, there)
    assert incoming.transfer.count() == 1 and incoming.location.text() == "A-01"
    incoming.location.setText("B-02")
    incoming.accept()
    assert incoming.result()
    there.refresh()
    assert column_texts(there.on_hand_table, 1) == ["B-02"]
    assert column_texts(there.on_hand_table, 3) == ["4"]
    assert "From SH01" in there.ledger_table.item(0, 5).text()
    again = ReceiveTransferDialog(beijing, there.products, there)
    assert again.transfer.count() == 0 and not again.ok_button.isEnabled()


def test_count_and_safety_stock_raise_alerts(qtbot, outlet, keeper, monkeypatch):
    soon = date.today() + timedelta(days=10)
    stock.receive(keeper, outlet.product_id, 5, location="A-01", batch="L1", unit_cost_fen=100,
                  expires_on=soon)
    view = StockView(keeper)
    qtbot.addWidget(view)
    assert view.below_alert.isHidden() and not view.expiry_alert.isHidden()
    assert local_date(soon) in view.expiry_alert.text()  # e.g. '7 Dec 2026' in English
    assert view.on_hand_table.item(0, 4).text() == local_date(soon)

    count = CountDialog(outlet.manager, view.products, view.current_line(), view)
    count.counted.setValue(4)
    count.accept()
    assert count.errors.text("reason") == "Enter the reason."
    count.reason.setText("Monthly stocktake")
    count.accept()
    assert count.result()

    level = SafetyStockDialog(keeper, view.products, outlet.product_id, view)
    level.safety_stock.setValue(8)
    level.location.setText("A-01")
    level.accept()
    assert level.result()
    view.refresh()
    assert not view.below_alert.isHidden() and "4 of 8" in view.below_alert.text()
    assert view.on_hand_table.item(0, 0).background().color().name() == "#fff3e0"
    assert "Safety stock: 8" in view.level_label.text()
    assert column_texts(view.ledger_table, 1)[0] == "Stocktake adjustment"


def test_buttons_follow_the_role(qtbot, outlet, keeper):
    tech_view = StockView(outlet.technician)
    qtbot.addWidget(tech_view)
    assert not any(b.isVisibleTo(tech_view) for b in tech_view.buttons.values())
    keeper_view = StockView(keeper)
    qtbot.addWidget(keeper_view)
    assert not keeper_view.buttons["dispose"].isVisibleTo(keeper_view)
    assert keeper_view.buttons["issue"].isVisibleTo(keeper_view)
    assert not keeper_view.buttons["count"].isVisibleTo(keeper_view)  # routine counts: stocktakes
    manager_view = StockView(outlet.manager)
    qtbot.addWidget(manager_view)
    assert [k for k, b in manager_view.buttons.items() if not b.isVisibleTo(manager_view)] == [
        "issue", "transfer"]  # only storekeepers issue


def test_search_filters_on_hand(qtbot, outlet, keeper):
    stock.receive(keeper, outlet.product_id, 1, location="A-01", batch="", unit_cost_fen=0)
    view = StockView(keeper)
    qtbot.addWidget(view)
    view.search.setText("cf283")
    assert view.on_hand_table.rowCount() == 1
    view.search.setText("nothing like it")
    assert view.on_hand_table.rowCount() == 0


def test_enter_accepts_and_escape_cancels(qtbot, outlet, keeper):
    view = StockView(keeper)
    qtbot.addWidget(view)
    dialog = SafetyStockDialog(keeper, view.products, outlet.product_id, view)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.safety_stock.setValue(3)
    qtbot.keyClick(dialog.location, Qt.Key.Key_Return)
    assert dialog.result() and stock.stock_level(keeper, outlet.product_id).safety_stock == 3
    other = SafetyStockDialog(keeper, view.products, outlet.product_id, view)
    qtbot.addWidget(other)
    other.show()
    qtbot.keyClick(other.location, Qt.Key.Key_Escape)
    assert not other.isVisible() and not other.result()


def test_stock_page_in_main_window(qtbot, outlet, keeper):
    window = MainWindow(keeper)
    qtbot.addWidget(window)
    assert "stock" in window.page_keys()
    page = window.show_page("stock")
    assert isinstance(page, StockView)
    assert window.page_title.text() == "Spare-parts stock"
    clerk_window = MainWindow(outlet.clerk)
    qtbot.addWidget(clerk_window)
    assert "stock" not in clerk_window.page_keys()
