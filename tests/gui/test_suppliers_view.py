"""The suppliers page (供应商) and its dialogs, on a real outlet database."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from aftersales_desktop.domain.enums import Role
from aftersales_desktop.gui.main_window import MainWindow
from aftersales_desktop.gui.suppliers_view import (DeliveryDialog, EvaluateDialog, SupplierDialog,
                                                   SupplierPartDialog, SuppliersView, ThresholdDialog)
from aftersales_desktop.services import staff, stock, suppliers
from aftersales_desktop.services.outlet import AccountDraft, log_in
from tests.gui.support import column_texts, drive


def test_create_supplier_receive_with_a_reject_evaluate_and_see_the_flag(qtbot, outlet, keeper, monkeypatch):
    view = SuppliersView(keeper)
    qtbot.addWidget(view)
    messages = []
    view.status_message.connect(messages.append)
    assert view.table.rowCount() == 0 and not view.empty.isHidden()

    # New supplier: a bad phone is refused under the field, then it saves.
    def new_supplier(dialog: SupplierDialog):
        dialog.name.setText("广州华彩耗材")
        dialog.contact_person.setText("刘经理")
        dialog.phone.setText("12345")
        dialog.accept()
        assert dialog.errors.text("phone").startswith("This is not a valid phone number")
        dialog.phone.setText("13912345678")
    drive(view, monkeypatch, new_supplier)
    view.buttons["new"].click()
    assert column_texts(view.table, 0) == ["广州华彩耗材"]
    assert view.title.text() == "广州华彩耗材" and messages[-1] == "Supplier 广州华彩耗材 added"

    def add_part(dialog: SupplierPartDialog):
        dialog.product.setCurrentIndex(0)
        dialog.price.setText("150.00")
    drive(view, monkeypatch, add_part)
    view.add_part_button.click()
    assert column_texts(view.parts_table, 1) == ["¥150.00"]

    # Receive a delivery, late, 2 delivered and 1 rejected; a bad cell is shown next to the cell first.
    today = date.today()

    def receive(dialog: DeliveryDialog):
        assert dialog.cells[0].unit_cost.text() == "150.00"  # the agreed price
        dialog.reference.setText("HC-001")
        dialog.has_promise.setChecked(True)
        dialog.promised_on.setDate(today - timedelta(days=2))
        second = dialog.add_line()
        second.quantity.setValue(0)
        dialog.accept()
        assert "at least 1" in dialog.line_error(1, "quantity")
        assert "Line 2, Delivered" in dialog.lines_error.text()
        assert not dialog.result()
        dialog.lines_table.setCurrentCell(1, 0)
        dialog.remove_line()
        line = dialog.cells[0]
        line.quantity.setValue(2)
        line.rejected.setValue(1)
        line.location.setText("A-01")
        line.batch.setText("L1")
        line.expires_on.setText("2028-13-01")
        line.unit_cost.setText("abc")
        line.rejected.setValue(3)
        dialog.accept()
        # The cells the dialog cannot read and the service's refusals show together.
        assert dialog.line_error(0, "expires_on").startswith("Enter a date")
        assert dialog.line_error(0, "unit_cost") == "Enter an amount in yuan, e.g. 12.50."
        assert dialog.line_error(0, "rejected") == "More units rejected than delivered."
        assert dialog.line_error(0, "quantity") == ""
        line.rejected.setValue(1)
        line.unit_cost.setText("150.00")
        line.expires_on.setText("2028-12-31")
    drive(view, monkeypatch, receive)
    view.buttons["receive"].click()
    assert messages[-1] == "Delivery HC-001 received: 1 into stock, 1 rejected"
    assert [(s.quantity, s.batch) for s in stock.on_hand(keeper)] == [(1, "L1")]
    assert column_texts(view.deliveries_table, 4) == ["Late"]
    assert column_texts(view.deliveries_table, 6) == ["1"]
    assert column_texts(view.defects_table, 4) == ["Rejected at goods-in"]

    # Receiving the same note again: a clear message under the delivery note, nothing written.
    dialog = DeliveryDialog(keeper, view.detail, view._products(), view)
    qtbot.addWidget(dialog)
    dialog.reference.setText("HC-001")
    dialog.accept()
    assert dialog.errors.text("reference") == (
        f"Delivery note HC-001 from this supplier was already received on {today.isoformat()}.")
    assert len(stock.on_hand(keeper)) == 1 and len(suppliers.get_supplier(keeper, view.selected_id).deliveries) == 1

    # A storekeeper previews an evaluation but cannot save it.
    preview = EvaluateDialog(keeper, view.detail, view)
    qtbot.addWidget(preview)
    assert not preview.ok_button.isVisibleTo(preview)
    preview.period.setText(today.strftime("%Y-%m"))
    preview.calculate()
    assert preview.values["score"].text() == "20"  # late (0), 50 % defective (0), price 100
    assert preview.values["result"].text() == "Below the pass mark 70: To be replaced"

    # The manager saves it: the list and the detail show the flag in red.
    manager_view = SuppliersView(outlet.manager)
    qtbot.addWidget(manager_view)

    def evaluate(dialog: EvaluateDialog):
        dialog.period.setText("2020-01")
        dialog.calculate()
        assert dialog.errors.text("period").startswith("No deliveries from this supplier were received in 2020-01")
        assert not dialog.ok_button.isEnabled()
        dialog.period.setText(today.strftime("%Y-%m"))
        dialog.calculate()
        dialog.note.setText("交货延迟, 次品率高")
    drive(manager_view, monkeypatch, evaluate)
    manager_view.buttons["evaluate"].click()
    assert column_texts(manager_view.table, 1) == [f"20 ({today.strftime('%Y-%m')})"]
    assert column_texts(manager_view.table, 2) == ["To be replaced"]
    assert manager_view.table.item(0, 2).foreground().color() == QColor("#c62828")
    assert not manager_view.flag.isHidden() and "To be replaced" in manager_view.flag.text()
    assert column_texts(manager_view.evaluations_table, 1) == ["20"]
    assert column_texts(manager_view.evaluations_table, 13) == ["交货延迟, 次品率高"]

    # A lower pass mark changes evaluations saved later, not the one saved.
    def threshold(dialog: ThresholdDialog):
        assert dialog.threshold.value() == 70
        dialog.threshold.setValue(15)
    drive(manager_view, monkeypatch, threshold)
    manager_view.buttons["threshold"].click()
    assert column_texts(manager_view.table, 2) == ["To be replaced"]
    drive(manager_view, monkeypatch, lambda d: d.period.setText(today.strftime("%Y-%m")) or d.calculate())
    manager_view.buttons["evaluate"].click()
    assert column_texts(manager_view.table, 2) == ["Passes"]
    assert manager_view.flag.isHidden()
    assert column_texts(manager_view.evaluations_table, 10) == ["15", "70"]  # newest first


def test_enter_in_the_evaluation_recalculates_without_saving(qtbot, outlet, keeper):
    supplier = suppliers.create_supplier(keeper, suppliers.SupplierDraft("精工配件"))
    suppliers.receive_delivery(keeper, suppliers.DeliveryDraft(supplier.id, "JG-1", date.today(), lines=[
        suppliers.DeliveryLine(outlet.product_id, 3, "A-01", "J1", 120_00)]))
    dialog = EvaluateDialog(outlet.manager, suppliers.get_supplier(keeper, supplier.id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.errors.text("period")  # last month: nothing delivered
    dialog.period.setText(date.today().strftime("%Y-%m"))
    qtbot.keyClick(dialog.period, Qt.Key.Key_Return)
    assert dialog.values["score"].text() == "100" and dialog.isVisible()
    assert suppliers.score_history(keeper, supplier.id) == []
    dialog.ok_button.click()
    assert [e.score for e in suppliers.score_history(keeper, supplier.id)] == [100]


def test_buttons_follow_the_role(qtbot, outlet, keeper):
    suppliers.create_supplier(outlet.manager, suppliers.SupplierDraft("精工配件"))
    keeper_view = SuppliersView(keeper)
    qtbot.addWidget(keeper_view)
    visible = [k for k, b in keeper_view.buttons.items() if b.isVisibleTo(keeper_view)]
    assert visible == ["new", "edit", "active", "receive", "defect", "evaluate"]
    manager_view = SuppliersView(outlet.manager)
    qtbot.addWidget(manager_view)
    assert all(b.isVisibleTo(manager_view) for b in manager_view.buttons.values())
    hq = staff.create_staff(outlet.manager, AccountDraft("hq", "总部", "secret1", Role.HQ_ANALYST))
    hq_view = SuppliersView(outlet.as_user(log_in(outlet.db, hq.username, "secret1")))
    qtbot.addWidget(hq_view)
    assert [k for k, b in hq_view.buttons.items() if b.isVisibleTo(hq_view)] == ["evaluate"]
    assert not hq_view.add_part_button.isVisibleTo(hq_view)
    assert column_texts(hq_view.table, 0) == ["精工配件"]


def test_search_and_inactive_suppliers(qtbot, outlet, keeper):
    first = suppliers.create_supplier(outlet.manager, suppliers.SupplierDraft("精工配件", "陈工"))
    suppliers.create_supplier(outlet.manager, suppliers.SupplierDraft("华彩耗材", "刘经理"))
    view = SuppliersView(keeper)
    qtbot.addWidget(view)
    view.search.setText("陈")
    assert column_texts(view.table, 0) == ["精工配件"]
    view.search.setText("")
    view.table.selectRow(column_texts(view.table, 0).index("精工配件"))
    assert view.selected_id == first.id
    view.buttons["active"].click()
    assert view.show_inactive.isChecked() and view.buttons["active"].text() == "Reactivate"
    assert view.title.text() == "精工配件 (inactive)" and not view.buttons["receive"].isEnabled()
    view.show_inactive.setChecked(False)
    assert column_texts(view.table, 0) == ["华彩耗材"]


def test_suppliers_page_in_main_window(qtbot, outlet, keeper):
    window = MainWindow(keeper)
    qtbot.addWidget(window)
    assert "suppliers" in window.page_keys()
    assert isinstance(window.show_page("suppliers"), SuppliersView)
    for ctx in (outlet.clerk, outlet.technician):
        other = MainWindow(ctx)
        qtbot.addWidget(other)
        assert "suppliers" not in other.page_keys()
