"""The Quality page (质量与退换货): a whole return from request to exchange, each role on the real page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority, Role
from aftersales_desktop.domain.quality import Outcome, QualityStatus, ReturnStatus, Verdict
from aftersales_desktop.domain.signatures import Point, Strokes
from aftersales_desktop.domain.stock import MovementKind
from aftersales_desktop.gui import quality_view
from aftersales_desktop.gui.job_detail import JobDetailPanel
from aftersales_desktop.gui.quality_view import (CompleteDialog, DecideDialog, NewQualityCaseDialog, QualityView,
                                                 ReasonDialog, ReturnRequestDialog, SupportDialog)
from aftersales_desktop.services import inspections, jobs, quality, staff, stock
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.services.outlet import AccountDraft, log_in
from aftersales_desktop.storage.models import OutboxEntry, ReturnCase
from tests.gui.support import column_texts, drive
from tests.services.support import count
from tests.services.test_quality import signature


@pytest.fixture
def job_id(outlet) -> str:
    """A leaking toner bought 20 days ago by 王芳 (the job the quality problem comes from)."""
    today = outlet.manager.now().astimezone().date()
    return jobs.create_job(outlet.manager, jobs.JobDraft(
        Channel.HOTLINE, FaultCategory.LEAK, Priority.HIGH, "新硒鼓漏粉, 打印有黑条",
        new_customer=CustomerDraft("王芳", "13812345678", address="上海市浦东新区"), product_id=outlet.product_id,
        serial_number="B2026-03", purchase_date=today - timedelta(days=20))).id


@pytest.fixture
def keeper(outlet):
    staff.create_staff(outlet.manager, AccountDraft("store", "赵库管", "secret1", Role.STOREKEEPER))
    return outlet.as_user(log_in(outlet.db, "store", "secret1"))


def page(qtbot, ctx) -> QualityView:
    view = QualityView(ctx)
    qtbot.addWidget(view)
    return view


def drive_both(view: QualityView, monkeypatch, fill) -> list:
    """Drive the dialogs of both tabs (each tab opens its own)."""
    opened = drive(view.quality_tab, monkeypatch, fill)
    opened += drive(view.returns_tab, monkeypatch, fill)
    return opened


def pick_customer(dialog, text: str = "王芳") -> None:
    dialog.customer.search.setText(text)
    dialog.customer.search_now()
    dialog.customer.results.setCurrentRow(0)


def signed(dialog) -> None:
    dialog.signature.set_strokes(Strokes(((*(Point(i / 20, 0.5 + (i % 2) / 10, i * 10) for i in range(20)),),)))


def test_a_return_from_request_to_exchange_by_clerk_inspector_manager_and_storekeeper(
        qtbot, outlet, job_id, keeper, monkeypatch, boxes):
    today = outlet.manager.now().astimezone().date()
    stock.receive(keeper, outlet.product_id, 3, location="A-01", batch="B2026-05", unit_cost_fen=15000,
                  reference="DN-1")

    # The clerk takes the request. First as a return without a quality problem, 20 days after
    # purchase: the policy panel says so, and accepting without a reason writes nothing.
    clerk_view = page(qtbot, outlet.clerk)
    returns = clerk_view.returns_tab
    assert returns.new_button.isVisibleTo(returns) and not returns.buttons["approve"].isVisibleTo(returns)
    assert not returns.buttons["inspect"].isVisibleTo(returns)  # customer service does not inspect
    dialog = ReturnRequestDialog(outlet.clerk, returns)
    qtbot.addWidget(dialog)
    pick_customer(dialog)
    dialog.product.setCurrentIndex(0)
    dialog.batch.setText("B2026-03")
    dialog.reason.setPlainText("漏粉, 打印有黑条")
    dialog.purchase_date.setDate(QDate(today.year, today.month, today.day).addDays(-20))
    dialog.proof_number.setText("FP-2026-0311")
    dialog.price_paid.setText("268.00")
    assert "beyond the 7 days" in dialog.policy.text() and dialog.policy_title.text() == "Return conditions: not met"
    assert dialog.freight.text() == "Freight: the customer pays."
    assert dialog.address.text() == "Send the product to: 上海市浦东新区张江路88号"
    assert dialog.override.isEnabled()
    before = count(outlet.db, OutboxEntry), count(outlet.db, ReturnCase)
    dialog.accept()
    assert dialog.errors.text("override_reason").startswith("The request does not meet the return conditions")
    assert (count(outlet.db, OutboxEntry), count(outlet.db, ReturnCase)) == before
    # It is a quality problem after all: within the 365 days, the company pays the freight.
    dialog.quality_problem.setChecked(True)
    assert "within the 365 days" in dialog.policy.text() and not dialog.override.isEnabled()
    assert dialog.freight.text() == "Freight: the company pays (quality problem)."
    messages = []
    returns.status_message.connect(messages.append)
    drive(returns, monkeypatch, lambda opened: None)
    monkeypatch.setattr(quality_view, "ReturnRequestDialog", lambda ctx, parent: dialog)
    returns.new_button.click()
    assert messages[-1].startswith("Return case SH01-T") and messages[-1].endswith("Accepted, awaiting the product")
    case_id = returns.detail.id
    assert column_texts(returns.table, 5) == ["Accepted, awaiting the product"]
    assert returns.buttons["cancel"].isEnabled() and not returns.buttons["decide"].isEnabled()
    assert "✔ 20 days since purchase" in returns.info.text()

    # The technician receives and inspects it in the inspection dialog: defect confirmed.
    tech_view = page(qtbot, outlet.technician)
    tech_returns = tech_view.returns_tab
    tech_returns.select(case_id)
    assert tech_returns.buttons["inspect"].isEnabled() and not tech_returns.buttons["decide"].isVisibleTo(tech_returns)

    def inspect(dialog):
        dialog.offer_report = lambda: None  # the report is printed below, from the page
        dialog.checks["packaging_intact"].setChecked(True)
        dialog.checks["leaks"].setChecked(True)
        dialog.checks["chip_ok"].setChecked(True)
        dialog.test_result.setPlainText("打印20页, 左侧有黑条")
        dialog.verdicts[Verdict.DEFECT_CONFIRMED].setChecked(True)
        signed(dialog)
    drive(tech_returns, monkeypatch, inspect)
    tech_returns.buttons["inspect"].click()
    assert tech_returns.detail.status is ReturnStatus.INSPECTED
    assert tech_returns.detail.inspection.verdict is Verdict.DEFECT_CONFIRMED
    assert "Inspection: Defect confirmed" in tech_returns.info.text()

    # The clerk decides: an exchange with a compensation for the lost week, so a manager approves.
    returns.refresh()
    assert returns.buttons["decide"].isEnabled()

    def decide(dialog: DecideDialog):
        assert dialog.outcome.currentData() == Outcome.EXCHANGE  # what the customer asked for
        assert dialog.approval.text() == "No approval needed: it can be carried out at once."
        dialog.compensation.setText("30")
        assert dialog.approval.text() == "A manager must approve this decision before it is carried out."
        dialog.compensation_reason.setText("耽误使用一周")
        dialog.freight.setText("12.00")
    drive(returns, monkeypatch, decide)
    returns.buttons["decide"].click()
    assert returns.detail.awaiting_approval
    assert column_texts(returns.table, 5) == ["Decided, awaiting approval"]
    assert not returns.buttons["complete"].isEnabled()

    # The manager approves (the decision is not his own).
    manager_view = page(qtbot, outlet.manager)
    manager_returns = manager_view.returns_tab
    manager_returns.select(case_id)
    assert manager_returns.buttons["approve"].isEnabled() and manager_returns.buttons["send_back"].isEnabled()
    drive(manager_returns, monkeypatch, lambda dialog: dialog.reason.setText("同意换货并补偿"))
    manager_returns.buttons["approve"].click()
    assert manager_returns.detail.status is ReturnStatus.APPROVED and manager_returns.detail.approved_by == "李经理"
    # Only the storekeeper hands over the replacement.
    assert not manager_returns.buttons["complete"].isEnabled()
    assert manager_returns.buttons["complete"].text() == "Hand over replacement…"

    keeper_view = page(qtbot, keeper)
    keeper_returns = keeper_view.returns_tab
    assert not keeper_returns.new_button.isVisibleTo(keeper_returns)
    keeper_returns.select(case_id)
    assert keeper_returns.buttons["complete"].isEnabled()

    def hand_over(dialog: CompleteDialog):
        assert dialog.exchange and dialog.ok_button.text() == "Hand over"
        dialog.note.setText("客户到店自取")
    drive(keeper_returns, monkeypatch, hand_over)
    keeper_returns.buttons["complete"].click()
    done = keeper_returns.detail
    assert done.status is ReturnStatus.COMPLETED
    assert [(m.kind, m.location, m.quantity) for m in done.movements] == [
        (MovementKind.CUSTOMER_RETURN, "隔离区", 1), (MovementKind.ISSUE, "A-01", -1)]
    assert [row.quantity for row in stock.on_hand(keeper, product_id=outlet.product_id)
            if row.location == "A-01"] == [2]
    assert column_texts(keeper_returns.timeline, 2) == ["陈客服", "陈客服", "王师傅", "陈客服", "李经理", "赵库管"]

    # The inspection report prints from the page.
    offered = []
    monkeypatch.setattr(quality_view, "offer_document", lambda parent, pdf, name, title: offered.append((pdf, name)))
    keeper_returns.buttons["report"].click()
    assert offered and offered[0][0].startswith(b"%PDF") and offered[0][1].endswith("-inspection.pdf")


def test_a_minor_case_solved_remotely_then_escalated_and_the_job_entry_point(qtbot, outlet, job_id, monkeypatch):
    # From the job: the technician opens a quality case with the job's customer and product.
    panel = JobDetailPanel(outlet.technician)
    qtbot.addWidget(panel)
    panel.show_job(jobs.get_job(outlet.technician, job_id))
    assert panel.quality_button.isEnabled()
    made = []

    def run(dialog: NewQualityCaseDialog):
        made.append(dialog)
        assert "王芳" in dialog.customer.picked.text() and dialog.batch.text() == "B2026-03"
        dialog.accept()
        return dialog.message if dialog.result() else None
    monkeypatch.setattr(panel, "open_quality_dialog", run)
    opened = []
    panel.quality_case_opened.connect(opened.append)
    panel.quality_button.click()
    assert opened and opened[0].startswith("Quality case SH01-Z")

    view = page(qtbot, outlet.technician)
    cases = view.quality_tab
    assert column_texts(cases.table, 1) == ["王芳"] and column_texts(cases.table, 4) == ["Open"]
    assert not cases.buttons["escalate"].isVisibleTo(cases)  # returns are customer service's

    def support(dialog: SupportDialog):
        dialog.guidance.setPlainText("取出硒鼓左右摇匀")
        dialog.outcome_text.setText("打印正常")
        dialog.solved.setChecked(True)
    drive(cases, monkeypatch, support)
    cases.buttons["support"].click()
    assert cases.detail.status is QualityStatus.RESOLVED
    assert "Guidance: 取出硒鼓左右摇匀" in column_texts(cases.timeline, 3)[-1]

    # The problem came back: the clerk escalates it to an exchange.
    clerk_view = page(qtbot, outlet.clerk)
    clerk_cases = clerk_view.quality_tab
    assert clerk_cases.buttons["escalate"].isEnabled()

    def escalate(dialog: ReturnRequestDialog):
        assert not dialog.quality_problem.isEnabled() and dialog.quality_problem.isChecked()
        dialog.proof_number.setText("FP-1")
        dialog.price_paid.setText("268")
        dialog.purchase_date.setDate(dialog.purchase_date.date().addDays(-20))
    drive_both(clerk_view, monkeypatch, escalate)
    clerk_cases.buttons["escalate"].click()
    assert clerk_view.tabs.currentWidget() is clerk_view.returns_tab
    shown = clerk_view.returns_tab.detail
    assert shown.quality_case_number == cases.detail.number and shown.status is ReturnStatus.ACCEPTED
    clerk_cases.refresh()
    assert clerk_cases.detail.status is QualityStatus.ESCALATED
    assert not clerk_cases.buttons["close"].isEnabled()  # its return is still open


def test_a_refused_decision_keeps_the_dialog_open_and_managers_send_back(qtbot, outlet, job_id, monkeypatch):
    customer_id = jobs.get_job(outlet.manager, job_id).customer_id
    today = outlet.manager.now().astimezone().date()
    case = quality.request_return(outlet.clerk, quality.ReturnDraft(
        customer_id, outlet.product_id, "B2026-03", 1, "return", True, "漏粉", today - timedelta(days=5), "FP-9",
        "268.00"))
    quality.accept_return(outlet.clerk, case.id)
    inspections.inspect_return(outlet.technician, case.id, inspections.InspectionDraft(
        today, True, True, False, True, True, False, "打印10页有黑条", "B2026-03", None, Verdict.DEFECT_CONFIRMED, "",
        signature()))
    view = page(qtbot, outlet.clerk)
    returns = view.returns_tab
    returns.select(case.id)

    def refund_too_much(dialog: DecideDialog):
        assert dialog.outcome.currentData() == Outcome.REFUND and dialog.refund.text() == "268.00"
        dialog.refund.setText("300")
    opened = drive(returns, monkeypatch, refund_too_much)
    returns.buttons["decide"].click()
    assert opened[0].errors.text("refund") == "The refund cannot be more than the price paid (¥268.00)."
    assert returns.detail.status is ReturnStatus.INSPECTED

    drive(returns, monkeypatch, lambda dialog: None)
    returns.buttons["decide"].click()  # the full price: a refund, which a manager approves
    assert returns.detail.awaiting_approval

    manager = page(qtbot, outlet.manager).returns_tab
    manager.select(case.id)

    def send_back(dialog: ReasonDialog):
        dialog.reason.setText("先换货")
    drive(manager, monkeypatch, send_back)
    manager.buttons["send_back"].click()
    assert manager.detail.status is ReturnStatus.INSPECTED and manager.detail.sent_back_reason == "先换货"
    assert "Decision sent back: 先换货" in manager.info.text()


def test_every_role_sees_the_page_with_the_defects_tab(qtbot, outlet, keeper):
    for ctx in (outlet.manager, outlet.clerk, outlet.technician, keeper):
        view = page(qtbot, ctx)
        assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
            "Quality cases", "Returns and exchanges", "Defects by batch"]
    assert not view.quality_tab.new_button.isVisibleTo(view.quality_tab)  # storekeepers open no cases
    manager_returns = page(qtbot, outlet.manager).returns_tab
    clerk_returns = page(qtbot, outlet.clerk).returns_tab
    assert manager_returns.settings_button.isVisibleTo(manager_returns)
    assert not clerk_returns.settings_button.isVisibleTo(clerk_returns)
