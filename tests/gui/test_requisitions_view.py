"""The requisitions page (备件申领): request, approve, issue, ship and receive, each role on the real page."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate

from aftersales_desktop.domain.requisitions import RequisitionStatus, StepKind
from aftersales_desktop.gui import requisitions_view
from aftersales_desktop.gui.main_window import MainWindow
from aftersales_desktop.gui.requisitions_view import (ApproveDialog, IssueDialog, NewRequisitionDialog, ReasonDialog,
                                                      RequisitionsView, ReturnDialog, ShipDialog)
from aftersales_desktop.services import requisitions as rq, stock
from aftersales_desktop.services.catalog import list_products
from tests.gui.support import column_texts, drive


def page(qtbot, ctx) -> RequisitionsView:
    view = RequisitionsView(ctx)
    qtbot.addWidget(view)
    return view


def test_request_approve_issue_ship_and_receive(qtbot, outlet, keeper, monkeypatch, boxes):
    stock.receive(keeper, outlet.product_id, 2, location="B-02", batch="OLD", unit_cost_fen=100,
                  expires_on=outlet.manager.now().date() + timedelta(days=40), reference="DN-1")
    stock.receive(keeper, outlet.product_id, 5, location="A-01", batch="NEW", unit_cost_fen=100, reference="DN-2")

    # The technician asks for 4 toners, needed in two days.
    tech_view = page(qtbot, outlet.technician)
    assert tech_view.new_button.isVisibleTo(tech_view) and not tech_view.buttons["approve"].isVisibleTo(tech_view)
    assert tech_view.tabs.indexOf(tech_view.my_parts_box) == 1
    messages = []
    tech_view.status_message.connect(messages.append)

    def request(dialog: NewRequisitionDialog):
        line = dialog.lines[0]
        line.product.setCurrentIndex(0)
        line.quantity.setValue(4)
        line.has_date.setChecked(True)
        line.needed_by.setDate(QDate.currentDate().addDays(2))
        dialog.note.setText("明天上门")
    drive(tech_view, monkeypatch, request)
    tech_view.new_button.click()
    assert messages[-1].startswith("Requisition SH01-Q") and messages[-1].endswith("submitted for approval")
    assert column_texts(tech_view.table, 1) == ["王师傅"]
    assert column_texts(tech_view.table, 2) == ["Waiting for approval"]
    assert tech_view.buttons["cancel"].isEnabled() and not tech_view.buttons["receive"].isEnabled()
    number = tech_view.detail.number

    # The manager approves 3 of the 4: an approval in part.
    manager_view = page(qtbot, outlet.manager)
    assert not manager_view.new_button.isHidden() and manager_view.buttons["approve"].isEnabled()
    assert not manager_view.buttons["issue"].isVisibleTo(manager_view)  # only storekeepers issue

    def approve(dialog: ApproveDialog):
        [spin] = dialog.spins.values()
        assert spin.value() == 4 and spin.maximum() == 4
        spin.setValue(3)
        dialog.note.setText("先给三个")
    drive(manager_view, monkeypatch, approve)
    manager_view.buttons["approve"].click()
    assert manager_view.detail.status == RequisitionStatus.PARTLY_APPROVED
    assert column_texts(manager_view.lines_table, 3) == ["3"]

    # The storekeeper issues: the batch that expires first is picked first, then ships.
    keeper_view = page(qtbot, keeper)
    assert not keeper_view.new_button.isVisibleTo(keeper_view)
    assert keeper_view.buttons["issue"].isEnabled() and not keeper_view.buttons["approve"].isVisibleTo(keeper_view)

    def issue(dialog: IssueDialog):
        assert [dialog.table.item(r, dialog.BATCH).text() for r in range(dialog.table.rowCount())] == ["OLD", "NEW"]
        assert [dialog.table.cellWidget(r, dialog.QUANTITY).value() for r in range(dialog.table.rowCount())] == [2, 1]
    drive(keeper_view, monkeypatch, issue)
    keeper_view.buttons["issue"].click()
    assert keeper_view.detail.status == RequisitionStatus.ISSUED
    assert sum(line.quantity for line in stock.on_hand(keeper)) == 4

    def ship(dialog: ShipDialog):
        dialog.carrier.setCurrentText("顺丰速运")
        dialog.tracking.setText("SF1234567890")
    drive(keeper_view, monkeypatch, ship)
    keeper_view.buttons["ship"].click()
    assert "SF1234567890" in keeper_view.info.text()
    assert column_texts(keeper_view.table, 2) == ["Shipped"]

    # The technician confirms receipt and sees the parts they now hold.
    tech_view.refresh()
    assert tech_view.buttons["receive"].isEnabled()
    tech_view.buttons["receive"].click()
    assert boxes[-1][0] == "question" and number in boxes[-1][1]
    assert tech_view.detail.status == RequisitionStatus.RECEIVED
    assert column_texts(tech_view.history_table, 1) == [
        "Request submitted", "Approved in part", "Parts issued", "Shipped", "Receipt confirmed"]
    assert column_texts(tech_view.history_table, 2) == ["王师傅", "李经理", "赵库管", "赵库管", "王师傅"]
    assert column_texts(tech_view.my_parts, 4) == ["3"]

    # One comes back unused.
    keeper_view.refresh()

    def give_back(dialog: ReturnDialog):
        [(spin, location, batch)] = dialog.rows.values()
        assert spin.maximum() == 3 and location.text() == "A-01"
        spin.setValue(1)
    drive(keeper_view, monkeypatch, give_back)
    keeper_view.buttons["return"].click()
    assert column_texts(keeper_view.lines_table, 5) == ["1"]
    tech_view.refresh()
    assert column_texts(tech_view.my_parts, 4) == ["2"]

    # Printouts go to the document dialog.
    offered = []
    monkeypatch.setattr(requisitions_view, "offer_document", lambda parent, pdf, name, title: offered.append((pdf, name)))
    keeper_view.buttons["print"].click()
    keeper_view.buttons["pick_list"].click()
    assert [name for _pdf, name in offered] == [f"{number}.pdf", f"{number}-pick.pdf"]
    assert all(pdf.startswith(b"%PDF") for pdf, _name in offered)


def test_bad_lines_show_under_each_line_and_nothing_is_written(qtbot, outlet):
    view = page(qtbot, outlet.technician)
    dialog = NewRequisitionDialog(outlet.technician, list_products(outlet.technician), view)
    qtbot.addWidget(dialog)
    first = dialog.lines[0]
    first.quantity.setValue(0)
    second = dialog.add_line()
    second.product.setCurrentIndex(0)
    second.job_number.setText("SH01-J209901-9999")
    dialog.accept()
    assert not dialog.result()
    assert "Enter a whole number of at least 1." not in first.error.text()  # unknown job numbers are checked first
    assert second.error.text() == "No job has this number."
    second.job_number.clear()
    dialog.accept()
    assert first.error.text() == "Choose a part from the catalog.\nEnter a whole number of at least 1."
    assert second.error.isHidden()
    dialog.remove_line(first)
    dialog.remove_line(second)
    dialog.accept()
    assert dialog.errors.text("lines") == "Add at least one part."
    assert rq.list_requisitions(outlet.technician) == []


def test_a_manager_cannot_approve_their_own_request_and_reasons_are_required(qtbot, outlet, monkeypatch):
    made = rq.create_requisition(outlet.manager, rq.RequisitionDraft("", [rq.LineDraft(outlet.product_id, 1)]))
    view = page(qtbot, outlet.manager)
    assert not view.buttons["approve"].isEnabled() and not view.buttons["reject"].isEnabled()
    dialog = ApproveDialog(outlet.manager, view.detail, view)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.form_error.text() == "Nobody approves their own request."
    cancel = ReasonDialog(outlet.manager, view.detail, StepKind.CANCEL, view)
    qtbot.addWidget(cancel)
    cancel.accept()
    assert cancel.errors.text("reason") == "Enter the reason."
    cancel.reason.setText("重复申请")
    cancel.accept()
    assert cancel.result()
    assert rq.get_requisition(outlet.manager, made.id).status == RequisitionStatus.CANCELLED


def test_issuing_short_of_stock_is_refused_in_the_dialog(qtbot, outlet, keeper):
    stock.receive(keeper, outlet.product_id, 1, location="A-01", batch="L1", unit_cost_fen=100)
    made = rq.create_requisition(outlet.technician, rq.RequisitionDraft("", [rq.LineDraft(outlet.product_id, 2)]))
    rq.approve_requisition(outlet.manager, made.id, {made.lines[0].id: 2})
    view = page(qtbot, keeper)
    dialog = IssueDialog(keeper, view.detail, view)
    qtbot.addWidget(dialog)
    assert "1 not on hand" in dialog.shortfall.text()
    dialog.table.cellWidget(0, dialog.QUANTITY).setValue(2)
    dialog.accept()
    assert not dialog.result()
    assert dialog.form_error.text() == "Pick 1: Only 1 on hand at location 'A-01', batch 'L1'."
    ship = ShipDialog(keeper, view.detail, view)
    qtbot.addWidget(ship)
    ship.accept()
    assert ship.errors.text("carrier") == "Enter the carrier, or choose hand-over in person."
    assert sum(line.quantity for line in stock.on_hand(keeper)) == 1


def test_the_page_is_in_the_main_window_for_the_right_roles(qtbot, outlet, keeper):
    window = MainWindow(outlet.technician)
    qtbot.addWidget(window)
    assert "requisitions" in window.page_keys()
    assert isinstance(window.show_page("requisitions"), RequisitionsView)
    assert window.page_title.text() == "Spare-part requisitions"
    clerk = MainWindow(outlet.clerk)
    qtbot.addWidget(clerk)
    assert "requisitions" not in clerk.page_keys()
