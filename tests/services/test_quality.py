"""Quality cases and return or exchange cases: the policy, each refusal (nothing half-written),
numbering, the timeline, approvals and the stock effects of the decision."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority, Role
from aftersales_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from aftersales_desktop.domain.quality import (QUALITY_DOC, RETURN_DOC, FreightPayer, Outcome, QualityStatus,
                                               RequestType, ReturnStatus, ReturnStep, Severity, Verdict)
from aftersales_desktop.domain.return_policy import QUARANTINE_LOCATION, PolicySettings
from aftersales_desktop.domain.signatures import Point, SignatureInput, Strokes
from aftersales_desktop.domain.stock import MovementKind
from aftersales_desktop.services import inspections, jobs, quality, staff, stock
from aftersales_desktop.services.context import AppContext, CurrentUser
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.services.outlet import AccountDraft
from aftersales_desktop.services.quality import DecisionDraft, QualityCaseDraft, ReturnDraft
from aftersales_desktop.services.workflow import record_step
from aftersales_desktop.storage.models import (Attachment, OutboxEntry, QualityCase, ReturnCase, StockMovement,
                                               WorkflowEvent)
from tests.services.support import Clock, count
from tests.services.support import _outlet_template, fast_passwords, outlet_copy  # noqa: F401  (fixtures)

NOW = datetime(2026, 3, 16, 2, 0, tzinfo=timezone.utc)
TODAY = NOW.astimezone().date()


class Shop:
    """The outlet with a clerk, a technician, a storekeeper and two managers on one clock, and a customer's job."""

    def __init__(self, outlet) -> None:
        self.db = outlet.db
        self.clock = Clock(NOW)
        self.product_id = outlet.product_id
        self.manager = AppContext(self.db, outlet.manager.user, now=self.clock)
        self.clerk = AppContext(self.db, outlet.clerk.user, now=self.clock)
        self.tech = AppContext(self.db, outlet.technician.user, now=self.clock)
        self.keeper = self._member("store", "仓管张", Role.STOREKEEPER)
        self.manager2 = self._member("boss2", "周经理", Role.MANAGER)
        self.hq = self._member("hq", "总部分析", Role.HQ_ANALYST)
        self.job_id = jobs.create_job(self.manager, jobs.JobDraft(
            Channel.HOTLINE, FaultCategory.LEAK, Priority.HIGH, "新硒鼓漏粉",
            new_customer=CustomerDraft("王芳", "13812345678", address="上海市浦东新区"), product_id=self.product_id,
            serial_number="L1", purchase_date=TODAY - timedelta(days=20))).id
        self.customer_id = jobs.get_job(self.manager, self.job_id).customer_id

    def _member(self, username: str, name: str, role: Role) -> AppContext:
        member = staff.create_staff(self.manager, AccountDraft(username, name, "secret1", role))
        return AppContext(self.db, CurrentUser(member.id, member.username, member.display_name, role,
                                               self.manager.user.outlet_id), now=self.clock)

    def writes(self) -> tuple[int, ...]:
        return tuple(count(self.db, model) for model in (OutboxEntry, WorkflowEvent, ReturnCase, QualityCase,
                                                         StockMovement, Attachment))

    def draft(self, **changes) -> ReturnDraft:
        values = dict(customer_id=self.customer_id, product_id=self.product_id, batch="L1", quantity=1,
                      request_type=RequestType.EXCHANGE, quality_problem=True, reason="漏粉, 打印有黑条",
                      purchase_date=TODAY - timedelta(days=20), proof_number="FP-2026-001", price_paid="268.00",
                      unused=False, packaging_intact=False)
        values.update(changes)
        return ReturnDraft(**values)

    def accepted(self, **changes) -> str:
        case = quality.request_return(self.clerk, self.draft(**changes))
        quality.accept_return(self.clerk, case.id, "" if case.policy.acceptable else "老客户, 经理同意")
        return case.id

    def inspected(self, verdict: Verdict = Verdict.DEFECT_CONFIRMED, **changes) -> str:
        case_id = self.accepted(**changes)
        inspect(self, case_id, verdict)
        return case_id

    def stocked(self, quantity: int = 3, location: str = "A-01", batch: str = "L2") -> None:
        stock.receive(self.keeper, self.product_id, quantity, location=location, batch=batch, unit_cost_fen=15000,
                      reference=f"DN-{location}-{batch}")

    def on_hand(self) -> dict[tuple[str, str], int]:
        return {(s.location, s.batch): s.quantity for s in stock.on_hand(self.keeper, product_id=self.product_id)}


def signature(name: str = "王师傅") -> SignatureInput:
    return SignatureInput(name, strokes=Strokes(((*(Point(i / 20, 0.5, i * 10) for i in range(20)),),)))


def inspect(shop: Shop, case_id: str, verdict: Verdict = Verdict.DEFECT_CONFIRMED, **changes):
    values = dict(received_on=TODAY, packaging_intact=True, seal_intact=True, signs_of_use=False, leaks=False,
                  chip_ok=True, physical_damage=False, test_result="打印20页, 左侧有黑条", batch="L1", supplier_id=None,
                  verdict=verdict, note="", signature=signature())
    values.update(changes)
    return inspections.inspect_return(shop.tech, case_id, inspections.InspectionDraft(**values))


@pytest.fixture
def shop(outlet) -> Shop:
    return Shop(outlet)


def refused(shop: Shop, call, error=ValidationError):
    """Run ``call``, expect ``error``, and check that nothing at all was written."""
    before = shop.writes()
    with pytest.raises(error) as caught:
        call()
    assert shop.writes() == before
    return caught.value


def message(error: ValidationError, name: str) -> str:
    return error.errors[name].format(**error.params)


# ---- the policy check ---------------------------------------------------------------------------


def test_the_clerk_sees_the_policy_before_accepting_and_nothing_is_written(shop):
    before = shop.writes()
    late = quality.preview_policy(shop.clerk, shop.draft(quality_problem=False, unused=True, packaging_intact=True,
                                                         purchase_date=TODAY - timedelta(days=10)))
    assert shop.writes() == before
    assert not late.check.acceptable and late.check.freight_payer is FreightPayer.CUSTOMER
    assert [r.rule for r in late.check.failed] == ["window"]
    assert late.return_address == "上海市浦东新区张江路88号"  # the outlet's address by default
    claim = quality.preview_policy(shop.clerk, shop.draft())
    assert claim.check.acceptable and claim.check.freight_payer is FreightPayer.COMPANY
    # From a job: the purchase date comes from the job (20 days: beyond 7 without a quality problem).
    from_job = quality.preview_policy(shop.clerk, ReturnDraft(job_id=shop.job_id, quality_problem=False, unused=True,
                                                              packaging_intact=True, proof_number="R"))
    assert from_job.check.days_since_purchase == 20 and not from_job.check.acceptable


def test_a_request_is_numbered_keeps_its_policy_check_and_its_scanned_proof(shop):
    first = quality.request_return(shop.clerk, shop.draft(proof_image=("小票.png", b"\x89PNG\r\n\x1a\nscan")))
    second = quality.request_return(shop.clerk, shop.draft())
    assert first.number == "SH01-T202603-0001" and second.number == "SH01-T202603-0002"
    assert first.status is ReturnStatus.REQUESTED and first.requested_by == "陈客服"
    assert first.return_address == "上海市浦东新区张江路88号" and first.price_paid_fen == 26800
    assert first.policy.acceptable and first.policy.freight_payer is FreightPayer.COMPANY
    assert first.proof_files == ("小票.png",) and second.proof_files == ()
    [step] = first.timeline
    assert (step.kind, step.by, step.note) == (ReturnStep.REQUEST, "陈客服", "漏粉, 打印有黑条")
    assert step.data["acceptable"] is True
    # The request from a job takes the job's customer and product.
    from_job = quality.request_return(shop.clerk, ReturnDraft(job_id=shop.job_id, quantity=2, reason="不想要了",
                                                              price_paid="536", proof_number="R-9", unused=True,
                                                              packaging_intact=True))
    assert (from_job.customer_name, from_job.batch, from_job.job_id) == ("王芳", "L1", shop.job_id)
    assert from_job.product.startswith("HP CF283A")


@pytest.mark.parametrize("changes, field", [
    (dict(customer_id=None), "customer"),
    (dict(product_id=None), "product"),
    (dict(reason=" "), "reason"),
    (dict(quantity=0), "quantity"),
    (dict(price_paid="12.345"), "price_paid"),
    (dict(price_paid="-5"), "price_paid"),
    (dict(request_type=RequestType.RETURN, price_paid=""), "price_paid"),
    (dict(proof_image=("scan.png", b"")), "proof_image"),
])
def test_a_request_with_bad_input_is_refused_and_writes_nothing(shop, changes, field):
    error = refused(shop, lambda: quality.request_return(shop.clerk, shop.draft(**changes)))
    assert field in error.errors


def test_accepting_outside_the_window_needs_an_override_reason(shop):
    case = quality.request_return(shop.clerk, shop.draft(quality_problem=False, request_type=RequestType.RETURN,
                                                         unused=True, packaging_intact=True))
    assert not case.policy.acceptable  # 20 days, beyond 7
    error = refused(shop, lambda: quality.accept_return(shop.clerk, case.id))
    assert message(error, "override_reason").startswith("The request does not meet the return conditions")
    accepted = quality.accept_return(shop.clerk, case.id, "老客户, 经理口头同意")
    assert accepted.status is ReturnStatus.ACCEPTED
    assert accepted.accepted_with_override and accepted.override_reason == "老客户, 经理口头同意"
    refused(shop, lambda: quality.accept_return(shop.clerk, case.id, "again"))  # accepted already


def test_decline_and_cancel_need_a_reason_and_the_right_status(shop):
    case = quality.request_return(shop.clerk, shop.draft())
    refused(shop, lambda: quality.decline_return(shop.clerk, case.id, " "))
    assert quality.decline_return(shop.clerk, case.id, "非本店售出").status is ReturnStatus.DECLINED
    refused(shop, lambda: quality.cancel_return(shop.clerk, case.id, "客户撤回"))
    other_id = shop.accepted()
    assert quality.cancel_return(shop.clerk, other_id, "客户撤回").status is ReturnStatus.CANCELLED


def test_a_technician_may_not_handle_returns_and_nobody_sees_other_outlets_cases(shop):
    case = quality.request_return(shop.clerk, shop.draft())
    refused(shop, lambda: quality.accept_return(shop.tech, case.id), PermissionDenied)
    assert quality.get_return_case(shop.tech, case.id).number == case.number  # but sees it, to inspect
    assert quality.get_return_case(shop.hq, case.id).number == case.number
    with pytest.raises(NotFound):
        quality.get_return_case(shop.clerk, "no-such-id")


# ---- quality cases ------------------------------------------------------------------------------


def test_a_quality_case_from_a_job_solved_by_remote_support(shop):
    case = quality.open_quality_case(shop.tech, QualityCaseDraft(None, None, severity=Severity.MINOR,
                                                                 description="打印浅淡", job_id=shop.job_id))
    assert case.number == "SH01-Z202603-0001" and case.status is QualityStatus.OPEN
    assert (case.customer_name, case.product_id, case.batch) == ("王芳", shop.product_id, "L1")
    assert case.job_number.startswith("SH01-J")
    refused(shop, lambda: quality.record_support(shop.tech, case.id, "", False))
    refused(shop, lambda: quality.record_support(shop.tech, case.id, "摇匀硒鼓", True, ""))
    tried = quality.record_support(shop.tech, case.id, "取出硒鼓左右摇匀", False, "略有改善")
    assert tried.status is QualityStatus.OPEN
    solved = quality.record_support(shop.tech, case.id, "清洁转印辊", True, "打印正常")
    assert solved.status is QualityStatus.RESOLVED
    assert [(s.guidance, s.solved, s.by) for s in solved.support] == [("取出硒鼓左右摇匀", False, "王师傅"),
                                                                       ("清洁转印辊", True, "王师傅")]
    refused(shop, lambda: quality.record_support(shop.tech, solved.id, "再试", False))  # no longer open
    contacted = quality.record_contact(shop.clerk, QUALITY_DOC, case.id, "电话", "确认已恢复正常")
    assert contacted.timeline[-1].label == "Customer contacted" and contacted.timeline[-1].data["how"] == "电话"
    closed = quality.close_quality_case(shop.clerk, case.id, "客户满意")
    assert closed.status is QualityStatus.CLOSED
    assert [e.by for e in closed.timeline] == ["王师傅", "王师傅", "王师傅", "陈客服", "陈客服"]


def test_opening_a_quality_case_needs_a_customer_and_a_description(shop):
    error = refused(shop, lambda: quality.open_quality_case(shop.clerk, QualityCaseDraft(None, None, description="")))
    assert set(error.errors) == {"customer", "description"}
    refused(shop, lambda: quality.open_quality_case(shop.keeper, QualityCaseDraft(
        shop.customer_id, None, description="x")), PermissionDenied)


def test_a_serious_case_escalated_to_an_exchange_and_carried_out(shop):
    case = quality.open_quality_case(shop.clerk, QualityCaseDraft(shop.customer_id, shop.product_id, "L1",
                                                                  Severity.SERIOUS, "整盒漏粉"))
    refused(shop, lambda: quality.escalate_to_return(shop.clerk, case.id, shop.draft(reason="")))
    made = quality.escalate_to_return(shop.clerk, case.id, shop.draft(quality_problem=False, customer_id=None))
    assert made.quality_problem and made.quality_case_number == case.number  # a quality problem, always
    assert made.customer_name == "王芳" and made.policy.freight_payer is FreightPayer.COMPANY
    linked = quality.get_quality_case(shop.clerk, case.id)
    assert linked.status is QualityStatus.ESCALATED and [r.number for r in linked.return_cases] == [made.number]
    error = refused(shop, lambda: quality.close_quality_case(shop.clerk, case.id))
    assert message(error, "status") == f"The return case {made.number} is still open."

    quality.accept_return(shop.clerk, made.id)
    inspect(shop, made.id)
    assert shop.on_hand() == {(QUARANTINE_LOCATION, "L1"): 1}
    # No good stock: the quarantined unit does not count as a replacement.
    error = refused(shop, lambda: quality.decide_return(shop.clerk, made.id, DecisionDraft(Outcome.EXCHANGE)))
    assert message(error, "outcome") == ("No replacement in good stock: 0 of HP CF283A (83A 黑色硒鼓) on hand "
                                         "outside quarantine, 1 needed.")
    shop.stocked(2, "A-01", "L2")
    decided = quality.decide_return(shop.clerk, made.id, DecisionDraft(Outcome.EXCHANGE, freight="12.00",
                                                                       note="换新"))
    assert decided.status is ReturnStatus.DECIDED and decided.ready_to_complete
    assert decided.decision.freight_payer is FreightPayer.COMPANY and decided.decision.freight_fen == 1200
    assert not decided.decision.needs_approval  # a plain exchange of a confirmed defect
    # The clerk does not issue stock; the storekeeper hands the replacement over.
    refused(shop, lambda: quality.complete_return(shop.clerk, made.id))
    refused(shop, lambda: quality.hand_over_replacement(shop.clerk, made.id), PermissionDenied)
    refused(shop, lambda: quality.hand_over_replacement(shop.keeper, made.id, QUARANTINE_LOCATION, "L1"))
    done = quality.hand_over_replacement(shop.keeper, made.id)
    assert done.status is ReturnStatus.COMPLETED
    assert shop.on_hand() == {(QUARANTINE_LOCATION, "L1"): 1, ("A-01", "L2"): 1}
    assert [(m.kind, m.location, m.batch, m.quantity) for m in done.movements] == [
        (MovementKind.CUSTOMER_RETURN, QUARANTINE_LOCATION, "L1", 1), (MovementKind.ISSUE, "A-01", "L2", -1)]
    assert [e.kind for e in done.timeline] == ["request", "accept", "inspect", "decide", "complete"]
    assert [e.by for e in done.timeline] == ["陈客服", "陈客服", "王师傅", "陈客服", "仓管张"]
    assert quality.close_quality_case(shop.clerk, case.id).status is QualityStatus.CLOSED


def test_the_replacement_is_taken_earliest_expiry_first(shop):
    case_id = shop.inspected(quantity=2)
    stock.receive(shop.keeper, shop.product_id, 1, location="B-01", batch="LATE", unit_cost_fen=1,
                  expires_on=TODAY + timedelta(days=300), reference="DN-1")
    stock.receive(shop.keeper, shop.product_id, 1, location="B-02", batch="SOON", unit_cost_fen=1,
                  expires_on=TODAY + timedelta(days=30), reference="DN-2")
    stock.receive(shop.keeper, shop.product_id, 5, location="B-03", batch="NONE", unit_cost_fen=1, reference="DN-3")
    quality.decide_return(shop.clerk, case_id, DecisionDraft(Outcome.EXCHANGE))
    done = quality.hand_over_replacement(shop.keeper, case_id)
    assert [(m.location, m.batch, m.quantity) for m in done.movements if m.kind is MovementKind.ISSUE] == [
        ("B-02", "SOON", -1), ("B-01", "LATE", -1)]


def test_an_exchange_short_of_stock_at_hand_over_writes_nothing(shop):
    case_id = shop.inspected()
    shop.stocked(1, "A-01", "L2")
    quality.decide_return(shop.clerk, case_id, DecisionDraft(Outcome.EXCHANGE))
    stock.issue(shop.keeper, shop.product_id, 1, location="A-01", batch="L2", to_technician=shop.tech.user.id)
    error = refused(shop, lambda: quality.hand_over_replacement(shop.keeper, case_id))
    assert "0 of HP CF283A" in message(error, "quantity")


def test_a_refund_above_the_price_paid_is_refused(shop):
    case_id = shop.inspected()
    error = refused(shop, lambda: quality.decide_return(shop.clerk, case_id, DecisionDraft(Outcome.REFUND,
                                                                                          refund="300")))
    assert message(error, "refund") == "The refund cannot be more than the price paid (¥268.00)."
    refused(shop, lambda: quality.decide_return(shop.clerk, case_id, DecisionDraft(Outcome.REFUND, refund="abc")))
    refused(shop, lambda: quality.decide_return(shop.clerk, case_id, DecisionDraft(None)))


def test_a_refund_with_compensation_waits_for_another_manager(shop):
    case_id = shop.inspected()
    decided = quality.decide_return(shop.manager, case_id, DecisionDraft(
        Outcome.REFUND, refund="268.00", compensation="30", compensation_reason="耽误客户使用一周"))
    assert decided.awaiting_approval and not decided.ready_to_complete
    assert decided.decision.compensation_fen == 3000 and decided.decision.decided_by == "李经理"
    error = refused(shop, lambda: quality.complete_return(shop.clerk, case_id))
    assert message(error, "status") == "A manager must approve this decision before it is carried out."
    refused(shop, lambda: quality.approve_decision(shop.clerk, case_id), PermissionDenied)
    error = refused(shop, lambda: quality.approve_decision(shop.manager, case_id), PermissionDenied)
    assert error.message == "Nobody approves a decision they took themselves."
    approved = quality.approve_decision(shop.manager2, case_id, "同意")
    assert approved.status is ReturnStatus.APPROVED and approved.approved_by == "周经理"
    done = quality.complete_return(shop.clerk, case_id, "已退款至原支付账户")
    assert done.status is ReturnStatus.COMPLETED
    assert shop.on_hand() == {(QUARANTINE_LOCATION, "L1"): 1}  # the refunded unit stays in quarantine


def test_a_manager_sends_a_decision_back_and_it_is_taken_again(shop):
    case_id = shop.inspected()
    quality.decide_return(shop.clerk, case_id, DecisionDraft(Outcome.REFUND, refund="268"))
    refused(shop, lambda: quality.send_back_decision(shop.manager, case_id, ""))
    back = quality.send_back_decision(shop.manager, case_id, "先换货")
    assert back.status is ReturnStatus.INSPECTED and back.decision is None and back.sent_back_reason == "先换货"
    shop.stocked()
    again = quality.decide_return(shop.clerk, case_id, DecisionDraft(Outcome.REPAIR))
    assert again.ready_to_complete and again.approved_by == ""


def test_accepted_against_the_policy_the_plain_exchange_needs_approval_too(shop):
    case_id = shop.inspected(quality_problem=False, purchase_date=TODAY - timedelta(days=30),
                             unused=True, packaging_intact=True)
    shop.stocked()
    decided = quality.decide_return(shop.clerk, case_id, DecisionDraft(Outcome.EXCHANGE))
    assert decided.accepted_with_override and decided.awaiting_approval
    refused(shop, lambda: quality.hand_over_replacement(shop.keeper, case_id))
    quality.approve_decision(shop.manager, case_id)
    assert quality.hand_over_replacement(shop.keeper, case_id).status is ReturnStatus.COMPLETED


def test_customer_damage_is_rejected_and_the_product_goes_back(shop):
    case_id = shop.inspected(Verdict.CUSTOMER_DAMAGE)
    refused(shop, lambda: quality.decide_return(shop.clerk, case_id, DecisionDraft(Outcome.EXCHANGE)))
    refused(shop, lambda: quality.decide_return(shop.clerk, case_id, DecisionDraft(
        Outcome.REPAIR, compensation="10", compensation_reason="安抚")))
    error = refused(shop, lambda: quality.decide_return(shop.clerk, case_id, DecisionDraft(Outcome.REJECT)))
    assert "note" in error.errors
    decided = quality.decide_return(shop.clerk, case_id, DecisionDraft(Outcome.REJECT, freight="15",
                                                                       note="硒鼓外壳摔裂, 属人为损坏"))
    assert decided.decision.freight_payer is FreightPayer.CUSTOMER and not decided.decision.needs_approval
    refused(shop, lambda: quality.approve_decision(shop.manager, case_id))  # nothing to approve
    done = quality.complete_return(shop.clerk, case_id)
    assert done.status is ReturnStatus.COMPLETED
    assert shop.on_hand().get((QUARANTINE_LOCATION, "L1"), 0) == 0
    assert [(m.kind, m.quantity, m.note) for m in done.movements][-1] == (MovementKind.ISSUE, -1,
                                                                          quality.BACK_TO_CUSTOMER)


def test_deciding_before_the_inspection_is_refused(shop):
    case_id = shop.accepted()
    error = refused(shop, lambda: quality.decide_return(shop.clerk, case_id, DecisionDraft(Outcome.REPAIR)))
    assert message(error, "status").startswith("Only an inspected return can be decided")


def test_a_concurrent_step_is_ignored_and_shown(shop):
    case = quality.request_return(shop.clerk, shop.draft())
    quality.accept_return(shop.clerk, case.id)
    # A manager on a laptop declined the same request at the same time; it arrives by sync later.
    with shop.db.transaction() as session:
        record_step(session, shop.manager.user, NOW + timedelta(seconds=1), RETURN_DOC, case.id,
                    ReturnStep.DECLINE, "不符合条件")
    detail = quality.get_return_case(shop.clerk, case.id)
    assert detail.status is ReturnStatus.ACCEPTED
    assert [(e.kind, e.by, e.ignored) for e in detail.ignored] == [("decline", "李经理", True)]
    assert [e.ignored for e in detail.timeline] == [False, False, True]


def test_contacts_are_recorded_on_return_cases_without_changing_the_status(shop):
    case_id = shop.accepted()
    refused(shop, lambda: quality.record_contact(shop.clerk, RETURN_DOC, case_id, "电话", " "))
    detail = quality.record_contact(shop.clerk, RETURN_DOC, case_id, "微信", "已告知退货地址和运费由公司承担")
    assert detail.status is ReturnStatus.ACCEPTED
    last = detail.timeline[-1]
    assert (last.kind, last.note, last.data["how"]) == ("contact", "已告知退货地址和运费由公司承担", "微信")
    refused(shop, lambda: quality.record_contact(shop.tech, RETURN_DOC, case_id, "电话", "x"), PermissionDenied)


def test_lists_filter_by_status_and_text(shop):
    first = quality.request_return(shop.clerk, shop.draft())
    second_id = shop.accepted(proof_number="INV-777")
    rows = quality.list_return_cases(shop.clerk)
    assert {r.id for r in rows} == {first.id, second_id}
    assert [r.id for r in quality.list_return_cases(shop.clerk, ReturnStatus.ACCEPTED)] == [second_id]
    assert [r.id for r in quality.list_return_cases(shop.clerk, text="inv-777")] == [second_id]
    assert len(quality.list_return_cases(shop.clerk, text="王芳")) == 2
    assert quality.list_return_cases(shop.clerk, text="李娜") == []
    case = quality.open_quality_case(shop.clerk, QualityCaseDraft(shop.customer_id, shop.product_id,
                                                                  description="偏色"))
    assert [r.id for r in quality.list_quality_cases(shop.clerk, text="偏色")] == [case.id]
    assert quality.list_quality_cases(shop.clerk, QualityStatus.CLOSED) == []


def test_return_settings_default_change_and_refuse(shop):
    settings = quality.get_return_settings(shop.clerk)
    assert settings == PolicySettings(7, 365, "上海市浦东新区张江路88号", QUARANTINE_LOCATION)
    changed = quality.set_return_settings(shop.manager, PolicySettings(15, 180, "上海市浦东新区退货仓1号", "隔离区"))
    assert changed.return_window_days == 15 and changed.return_address == "上海市浦东新区退货仓1号"
    error = refused(shop, lambda: quality.set_return_settings(shop.manager, PolicySettings(0, 180, " ", "Q")))
    assert set(error.errors) == {"return_window_days", "return_address"}
    refused(shop, lambda: quality.set_return_settings(shop.clerk, changed), PermissionDenied)
    # A new request gives the customer the new address and uses the new window.
    made = quality.request_return(shop.clerk, shop.draft(quality_problem=False, unused=True, packaging_intact=True,
                                                         purchase_date=TODAY - timedelta(days=12)))
    assert made.return_address == "上海市浦东新区退货仓1号" and made.policy.acceptable


def test_a_decided_case_cannot_be_cancelled_and_a_completed_one_not_decided_again(shop):
    case_id = shop.inspected()
    refused(shop, lambda: quality.cancel_return(shop.clerk, case_id, "客户撤回"))
    quality.decide_return(shop.clerk, case_id, DecisionDraft(Outcome.REPAIR))
    quality.complete_return(shop.clerk, case_id)
    refused(shop, lambda: quality.decide_return(shop.clerk, case_id, DecisionDraft(Outcome.REPAIR)))
    refused(shop, lambda: quality.complete_return(shop.clerk, case_id))

