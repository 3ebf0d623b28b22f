"""Requisitions (备件申领) through the services: every rule and refusal, on a real outlet database."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timedelta, timezone

import pytest

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority, RepairOutcome, Role
from aftersales_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from aftersales_desktop.domain.requisitions import RequisitionStatus, StepKind
from aftersales_desktop.services import jobs, requisitions as rq, staff, stock
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.services.outlet import AccountDraft, log_in
from aftersales_desktop.services.requisitions import LineDraft, Pick, RequisitionDraft, ReturnLine
from aftersales_desktop.storage.models import Requisition, RequisitionLine, StockMovement, WorkflowEvent
from tests.services.support import Clock, count
from tests.services.support import _outlet_template, fast_passwords, outlet_copy  # noqa: F401  (fixtures)

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=timezone.utc)
TODAY = NOW.astimezone().date()


class People:
    """The outlet's manager, a second manager, a storekeeper, two technicians and an HQ analyst, on one clock."""

    def __init__(self, outlet) -> None:
        self.outlet = outlet
        self.clock = Clock(NOW)
        self.db = outlet.db
        self.part = outlet.product_id
        self.manager = self.ctx(outlet.manager)
        for username, name, role in (("boss2", "周经理", Role.MANAGER), ("store", "赵库管", Role.STOREKEEPER),
                                     ("tech2", "钱师傅", Role.TECHNICIAN), ("hq", "总部", Role.HQ_ANALYST)):
            staff.create_staff(self.manager, AccountDraft(username, name, "secret1", role))
        self.manager2 = self.login("boss2")
        self.keeper = self.login("store")
        self.tech = self.ctx(outlet.technician)
        self.tech2 = self.login("tech2")
        self.hq = self.login("hq")
        self.clerk = self.ctx(outlet.clerk)

    def ctx(self, context: AppContext) -> AppContext:
        return AppContext(self.db, context.user, now=self.clock)

    def login(self, username: str) -> AppContext:
        return AppContext(self.db, log_in(self.db, username, "secret1"), now=self.clock)

    def receive(self, quantity: int, *, location: str = "A-01", batch: str = "L1", expires: date | None = None,
                reference: str = "") -> None:
        stock.receive(self.keeper, self.part, quantity, location=location, batch=batch, unit_cost_fen=100,
                      expires_on=expires, reference=reference)

    def request(self, *quantities: int, who: AppContext | None = None, job_id: str | None = None) -> rq.RequisitionDetail:
        lines = [LineDraft(self.part, q, job_id=job_id, needed_by=TODAY + timedelta(days=2)) for q in quantities]
        return rq.create_requisition(who or self.tech, RequisitionDraft("上门维修用", lines))

    def job(self) -> str:
        return jobs.create_job(self.manager, jobs.JobDraft(
            Channel.HOTLINE, FaultCategory.LEAK, Priority.HIGH, "漏粉",
            new_customer=CustomerDraft("王芳", "13812345678"), product_id=self.part,
            assign_to=self.tech.user.id)).id

    def on_hand(self) -> int:
        return sum(line.quantity for line in stock.on_hand(self.keeper, product_id=self.part))

    def writes(self) -> tuple[int, int, int, int]:
        return (count(self.db, Requisition), count(self.db, RequisitionLine), count(self.db, WorkflowEvent),
                count(self.db, StockMovement))


@pytest.fixture
def people(outlet) -> People:
    return People(outlet)


def full_approval(detail: rq.RequisitionDetail) -> dict[str, int]:
    return {line.id: line.requested for line in detail.lines}


# ---- the whole flow -----------------------------------------------------------------------------


def test_request_approve_issue_ship_receive_and_return(people):
    people.receive(10)
    job_id = people.job()
    made = people.request(3, job_id=job_id)
    assert made.number.startswith("SH01-Q202611-") and made.status == RequisitionStatus.SUBMITTED
    assert made.requester_name == "王师傅" and made.lines[0].job_number.startswith("SH01-J")
    assert made.lines[0].on_hand == 10 and made.lines[0].approved is None
    line = made.lines[0].id
    people.clock.moment += timedelta(minutes=5)
    approved = rq.approve_requisition(people.manager, made.id, {line: 3}, note="同意")
    assert approved.status == RequisitionStatus.APPROVED and approved.approver_name == "李经理"
    plan = rq.suggest_picks(people.keeper, made.id)
    assert [(p.location, p.batch, p.quantity, p.short) for p in plan.picks] == [("A-01", "L1", 3, False)]
    assert plan.shortfalls == ()
    people.clock.moment += timedelta(minutes=5)
    issued = rq.issue_requisition(people.keeper, made.id, [Pick(line, "A-01", "L1", 3)])
    assert issued.status == RequisitionStatus.ISSUED and issued.lines[0].issued == 3
    assert people.on_hand() == 7
    movement = stock.ledger(people.keeper, people.part)[-1].movement
    assert (movement.technician_id, movement.job_id, movement.requisition_line_id, movement.reference) == (
        people.tech.user.id, job_id, line, made.number)
    assert not movement.negative_allowed
    people.clock.moment += timedelta(minutes=5)
    shipped = rq.ship_requisition(people.keeper, made.id, "顺丰速运", "SF1234567890")
    assert (shipped.status, shipped.carrier, shipped.tracking_number) == (RequisitionStatus.SHIPPED, "顺丰速运",
                                                                          "SF1234567890")
    people.clock.moment += timedelta(hours=3)
    received = rq.confirm_receipt(people.tech, made.id)
    assert received.status == RequisitionStatus.RECEIVED
    people.clock.moment += timedelta(days=1)
    back = rq.return_unused(people.keeper, made.id, [ReturnLine(line, 1, "A-01", "L1")], "用剩一个")
    assert back.status == RequisitionStatus.RECEIVED and back.lines[0].returned == 1
    assert people.on_hand() == 8
    assert [(h.kind, h.by) for h in back.history] == [
        (StepKind.SUBMIT, "王师傅"), (StepKind.APPROVE, "李经理"), (StepKind.ISSUE, "赵库管"),
        (StepKind.SHIP, "赵库管"), (StepKind.RECEIVE, "王师傅"), (StepKind.RETURN, "赵库管")]
    assert back.history[1].note == "同意" and back.history[1].at == NOW + timedelta(minutes=5)
    assert back.ignored == ()
    held = rq.technician_stock(people.tech)
    assert [(p.issued, p.returned, p.used, p.held) for p in held] == [(3, 1, 0, 2)]


def test_parts_used_in_a_repair_draw_down_the_technicians_stock(people):
    people.receive(5)
    made = people.request(3)
    rq.approve_requisition(people.manager, made.id, full_approval(made))
    rq.issue_requisition(people.keeper, made.id, [Pick(made.lines[0].id, "A-01", "L1", 3)])
    jobs.record_repair(people.tech, people.job(), jobs.RepairDraft(
        True, "漏粉", "密封条老化", "更换硒鼓", 20, "打印十页", True, RepairOutcome.FIXED,
        parts=[jobs.PartLine(people.part, 2)]))
    [held] = rq.technician_stock(people.tech)
    assert (held.issued, held.used, held.held) == (3, 2, 1)
    assert rq.technician_stock(people.manager, people.tech.user.id)[0].held == 1
    assert rq.technician_stock(people.tech2) == []
    with pytest.raises(PermissionDenied):
        rq.technician_stock(people.tech2, people.tech.user.id)


# ---- creating -----------------------------------------------------------------------------------


def test_bad_lines_are_refused_per_line_and_nothing_is_written(people):
    before = people.writes()
    with pytest.raises(ValidationError) as error:
        rq.create_requisition(people.tech, RequisitionDraft("", [
            LineDraft(people.part, 0), LineDraft(people.part, -2, needed_by=TODAY - timedelta(days=1)),
            LineDraft(None, 1)]))
    assert error.value.errors == {
        "lines.0.quantity": "Enter a whole number of at least 1.",
        "lines.1.quantity": "Enter a whole number of at least 1.",
        "lines.1.needed_by": "The date cannot be in the past.",
        "lines.2.product": "Choose a part from the catalog."}
    with pytest.raises(ValidationError) as error:
        rq.create_requisition(people.tech, RequisitionDraft("", []))
    assert error.value.errors == {"lines": "Add at least one part."}
    with pytest.raises(ValidationError) as error:
        rq.create_requisition(people.tech, RequisitionDraft("", [LineDraft(people.part, 1, job_id="nope"),
                                                                 LineDraft("no-such-part", 1)]))
    assert error.value.errors == {"lines.0.job": "No such service job.",
                                  "lines.1.product": "Choose a part from the catalog."}
    assert people.writes() == before


def test_numbers_run_on_and_needed_by_today_is_fine(people):
    first = people.request(1)
    second = rq.create_requisition(people.tech, RequisitionDraft("", [LineDraft(people.part, 1, needed_by=TODAY)]))
    assert first.number == "SH01-Q202611-0001" and second.number == "SH01-Q202611-0002"


def test_a_number_known_through_sync_is_not_taken_again(people):
    with people.db.transaction() as session:
        session.add(Requisition(number="SH01-Q202611-0001", outlet_id=people.tech.user.outlet_id,
                                requested_by=people.tech2.user.id, requested_at=NOW))
    assert people.request(1).number == "SH01-Q202611-0002"


# ---- approval -----------------------------------------------------------------------------------


def test_approval_in_part_and_its_limits(people):
    made = people.request(4, 2)
    first, second = (line.id for line in made.lines)
    before = people.writes()
    for approved, field in (({first: 5, second: 2}, f"approved.{first}"), ({first: -1, second: 2}, f"approved.{first}"),
                            ({first: 0, second: 0}, "approved"), ({first: 1, "other": 1}, "approved")):
        with pytest.raises(ValidationError) as error:
            rq.approve_requisition(people.manager, made.id, approved)
        assert field in error.value.errors, approved
    assert people.writes() == before
    detail = rq.approve_requisition(people.manager, made.id, {first: 2})  # a missing line gets 0
    assert detail.status == RequisitionStatus.PARTLY_APPROVED
    assert [(line.requested, line.approved) for line in detail.lines] == [(4, 2), (2, 0)]
    assert detail.history[-1].kind == StepKind.APPROVE_IN_PART
    with pytest.raises(ValidationError) as error:
        rq.approve_requisition(people.manager2, made.id, full_approval(made))
    assert error.value.errors == {"status": "Only a requisition waiting for approval can be approved or rejected."}


def test_nobody_approves_or_rejects_their_own_request(people):
    made = people.request(1, who=people.manager)
    before = people.writes()
    with pytest.raises(PermissionDenied) as error:
        rq.approve_requisition(people.manager, made.id, full_approval(made))
    assert str(error.value) == "Nobody approves their own request."
    with pytest.raises(PermissionDenied):
        rq.reject_requisition(people.manager, made.id, "算了")
    assert people.writes() == before
    assert rq.approve_requisition(people.manager2, made.id, full_approval(made)).status == RequisitionStatus.APPROVED


def test_only_managers_approve_and_only_storekeepers_issue(people):
    people.receive(5)
    made = people.request(1)
    for ctx in (people.keeper, people.tech, people.tech2, people.hq, people.clerk):
        with pytest.raises(PermissionDenied):
            rq.approve_requisition(ctx, made.id, full_approval(made))
    rq.approve_requisition(people.manager, made.id, full_approval(made))
    picks = [Pick(made.lines[0].id, "A-01", "L1", 1)]
    for ctx in (people.manager, people.manager2, people.tech, people.hq):
        with pytest.raises(PermissionDenied):
            rq.issue_requisition(ctx, made.id, picks)
    assert rq.issue_requisition(people.keeper, made.id, picks).status == RequisitionStatus.ISSUED


def test_rejection_needs_a_reason_and_ends_the_requisition(people):
    made = people.request(1)
    with pytest.raises(ValidationError) as error:
        rq.reject_requisition(people.manager, made.id, "  ")
    assert error.value.errors == {"reason": "Enter the reason."}
    detail = rq.reject_requisition(people.manager, made.id, "库存紧张，下周再申请")
    assert detail.status == RequisitionStatus.REJECTED and detail.history[-1].note == "库存紧张，下周再申请"
    with pytest.raises(ValidationError):
        rq.cancel_requisition(people.tech, made.id, "不要了")


# ---- cancelling ---------------------------------------------------------------------------------


def test_the_requester_or_a_manager_cancels_before_the_issue(people):
    people.receive(5)
    mine = people.request(1)
    with pytest.raises(NotFound):
        rq.cancel_requisition(people.tech2, mine.id, "不要了")  # not even visible to another technician
    with pytest.raises(ValidationError):
        rq.cancel_requisition(people.tech, mine.id, "")
    assert rq.cancel_requisition(people.tech, mine.id, "客户自己买了").status == RequisitionStatus.CANCELLED
    other = people.request(1)
    rq.approve_requisition(people.manager, other.id, full_approval(other))
    assert rq.cancel_requisition(people.manager2, other.id, "重复申请").status == RequisitionStatus.CANCELLED
    with pytest.raises(ValidationError):
        rq.issue_requisition(people.keeper, other.id, [Pick(other.lines[0].id, "A-01", "L1", 1)])
    late = people.request(1)
    rq.approve_requisition(people.manager, late.id, full_approval(late))
    rq.issue_requisition(people.keeper, late.id, [Pick(late.lines[0].id, "A-01", "L1", 1)])
    with pytest.raises(ValidationError) as error:
        rq.cancel_requisition(people.tech, late.id, "不要了")
    assert error.value.errors == {"status": "A requisition can be cancelled only before its parts are issued."}


# ---- issuing ------------------------------------------------------------------------------------


def test_issuing_more_than_on_hand_is_refused_and_nothing_is_half_written(people):
    people.receive(2, location="A-01", batch="L1")
    people.receive(1, location="B-02", batch="L2")
    made = people.request(3, 1)
    first, second = (line.id for line in made.lines)
    rq.approve_requisition(people.manager, made.id, full_approval(made))
    before = people.writes()
    picks = [Pick(second, "A-01", "L1", 1), Pick(first, "A-01", "L1", 2), Pick(first, "B-02", "L2", 1)]
    with pytest.raises(ValidationError) as error:
        rq.issue_requisition(people.keeper, made.id, picks)
    # The first pick took one of the two at A-01 / L1, so the second pick finds only one left.
    assert error.value.errors == {"picks.1.quantity": "Only {on_hand} on hand at location '{location}', batch '{batch}'."}
    assert error.value.params == {"on_hand": 1, "location": "A-01", "batch": "L1"}
    assert people.writes() == before and people.on_hand() == 3
    assert rq.get_requisition(people.keeper, made.id).status == RequisitionStatus.APPROVED


def test_picks_must_add_up_to_the_approved_quantity(people):
    people.receive(5)
    made = people.request(3)
    line = made.lines[0].id
    rq.approve_requisition(people.manager, made.id, {line: 2})
    before = people.writes()
    with pytest.raises(ValidationError) as error:
        rq.issue_requisition(people.keeper, made.id, [Pick(line, "A-01", "L1", 3)])
    assert error.value.errors == {f"lines.{line}": "Pick {approved} of {part} in all; the picks add up to {picked}."}
    assert error.value.params["approved"] == 2 and error.value.params["picked"] == 3
    for bad in ([Pick(line, "A-01", "L1", 0)], [Pick("elsewhere", "A-01", "L1", 2)]):
        with pytest.raises(ValidationError):
            rq.issue_requisition(people.keeper, made.id, bad)
    assert people.writes() == before
    rq.issue_requisition(people.keeper, made.id, [Pick(line, "A-01", "L1", 1), Pick(line, "A-01", "L1", 1)])
    assert people.on_hand() == 3
    with pytest.raises(ValidationError):  # issued once only
        rq.issue_requisition(people.keeper, made.id, [Pick(line, "A-01", "L1", 2)])


def test_negative_stock_only_with_the_managers_allowance_and_it_is_flagged(people):
    people.receive(1)
    refused = people.request(3)
    rq.approve_requisition(people.manager, refused.id, full_approval(refused))
    plan = rq.suggest_picks(people.keeper, refused.id)
    assert [(s.missing, s.part) for s in plan.shortfalls] == [(2, "HP CF283A (83A 黑色硒鼓)")]
    assert [p.quantity for p in plan.picks] == [1]
    with pytest.raises(ValidationError):
        rq.issue_requisition(people.keeper, refused.id, [Pick(refused.lines[0].id, "A-01", "L1", 3)])
    allowed = people.request(3)
    rq.approve_requisition(people.manager, allowed.id, full_approval(allowed),
                           allow_negative_reason="客户停机，明天到货")
    stock.set_stock_level(people.keeper, people.part, 2, "A-01")
    plan = rq.suggest_picks(people.keeper, allowed.id)
    assert plan.allow_negative_reason == "客户停机，明天到货"
    assert [(p.location, p.quantity, p.short) for p in plan.picks] == [("A-01", 1, False), ("A-01", 2, True)]
    detail = rq.issue_requisition(people.keeper, allowed.id,
                                  [Pick(allowed.lines[0].id, "A-01", "L1", 3)])
    assert people.on_hand() == -2
    assert [m.negative_allowed for m in detail.movements] == [True]
    assert stock.ledger(people.keeper, people.part)[-1].movement.note.startswith(stock.NEGATIVE_FLAG)


def test_suggested_picks_take_the_earliest_expiry_first_then_the_oldest_batch(people):
    people.receive(2, location="B-02", batch="NEW", expires=TODAY + timedelta(days=300))
    people.receive(2, location="C-03", batch="SOON", expires=TODAY + timedelta(days=30))
    people.receive(2, location="A-01", batch="NOEXP")
    people.clock.moment += timedelta(days=1)
    people.receive(2, location="A-02", batch="LATER")
    made = people.request(7)
    rq.approve_requisition(people.manager, made.id, full_approval(made))
    plan = rq.suggest_picks(people.keeper, made.id)
    assert [(p.batch, p.quantity) for p in plan.picks] == [("SOON", 2), ("NEW", 2), ("NOEXP", 2), ("LATER", 1)]
    assert plan.picks[0].expires_on == TODAY + timedelta(days=30)


# ---- shipping, receipt, returns -----------------------------------------------------------------


def issued(people, quantity: int = 2) -> rq.RequisitionDetail:
    people.receive(quantity)
    made = people.request(quantity)
    rq.approve_requisition(people.manager, made.id, full_approval(made))
    return rq.issue_requisition(people.keeper, made.id, [Pick(made.lines[0].id, "A-01", "L1", quantity)])


def test_shipping_needs_carrier_and_tracking_unless_handed_over(people):
    made = people.request(1)
    with pytest.raises(ValidationError):
        rq.ship_requisition(people.keeper, made.id, in_person=True)  # not issued yet
    made = issued(people)
    with pytest.raises(ValidationError) as error:
        rq.ship_requisition(people.keeper, made.id, " ", "")
    assert set(error.value.errors) == {"carrier", "tracking_number"}
    with pytest.raises(PermissionDenied):
        rq.ship_requisition(people.manager, made.id, "顺丰", "SF1")
    with pytest.raises(PermissionDenied):
        rq.confirm_receipt(people.manager, made.id)  # the parts were not shipped to the manager
    detail = rq.ship_requisition(people.keeper, made.id, in_person=True)
    assert detail.in_person and detail.carrier == "" and detail.status == RequisitionStatus.SHIPPED
    with pytest.raises(ValidationError):
        rq.ship_requisition(people.keeper, made.id, "顺丰", "SF1")


def test_only_the_requester_confirms_receipt_and_only_once_shipped(people):
    made = issued(people)
    with pytest.raises(ValidationError):
        rq.confirm_receipt(people.tech, made.id)
    rq.ship_requisition(people.keeper, made.id, "顺丰", "SF1")
    with pytest.raises(NotFound):
        rq.confirm_receipt(people.tech2, made.id)
    with pytest.raises(PermissionDenied):
        rq.confirm_receipt(people.keeper, made.id)
    assert rq.confirm_receipt(people.tech, made.id).status == RequisitionStatus.RECEIVED
    with pytest.raises(ValidationError):
        rq.confirm_receipt(people.tech, made.id)


def test_no_more_comes_back_than_was_issued(people):
    made = issued(people, 2)
    line = made.lines[0].id
    before = people.writes()
    with pytest.raises(ValidationError) as error:
        rq.return_unused(people.keeper, made.id, [ReturnLine(line, 2, "A-01", "L1"), ReturnLine(line, 1, "A-01", "L1")])
    assert error.value.errors == {f"lines.{line}": "At most {most} of {part} can come back."}
    with pytest.raises(ValidationError):
        rq.return_unused(people.keeper, made.id, [ReturnLine(line, 0, "A-01", "L1")])
    with pytest.raises(ValidationError):
        rq.return_unused(people.keeper, made.id, [])
    assert people.writes() == before
    rq.return_unused(people.keeper, made.id, [ReturnLine(line, 1, "A-01", "L1")])
    detail = rq.return_unused(people.manager, made.id, [ReturnLine(line, 1, "B-09", "L1")])
    assert detail.lines[0].returnable == 0
    with pytest.raises(ValidationError):
        rq.return_unused(people.keeper, made.id, [ReturnLine(line, 1, "A-01", "L1")])
    returns = [m for m in detail.movements if m.kind.value == "return"]
    assert [(m.location, m.quantity) for m in returns] == [("A-01", 1), ("B-09", 1)]
    with pytest.raises(PermissionDenied):
        rq.return_unused(people.tech, made.id, [ReturnLine(line, 1, "A-01", "L1")])


# ---- who sees what ------------------------------------------------------------------------------


def test_technicians_see_only_their_own_requisitions(people):
    mine = people.request(1)
    theirs = people.request(2, who=people.tech2)
    assert [r.number for r in rq.list_requisitions(people.tech)] == [mine.number]
    assert [r.number for r in rq.list_requisitions(people.tech2)] == [theirs.number]
    with pytest.raises(NotFound):
        rq.get_requisition(people.tech, theirs.id)
    with pytest.raises(NotFound):
        rq.suggest_picks(people.tech, theirs.id)
    for ctx in (people.manager, people.keeper, people.hq):
        assert {r.id for r in rq.list_requisitions(ctx)} == {mine.id, theirs.id}
    with pytest.raises(PermissionDenied):
        rq.list_requisitions(people.clerk)


def test_the_list_filters_by_status_and_text(people):
    first = people.request(1)
    people.clock.moment += timedelta(minutes=1)
    second = people.request(2, who=people.tech2)
    rq.reject_requisition(people.manager, second.id, "不需要")
    rows = rq.list_requisitions(people.manager)
    assert [r.number for r in rows] == [second.number, first.number]  # newest first
    assert rows[0].requester_name == "钱师傅" and rows[0].parts == "CF283A × 2" and rows[0].line_count == 1
    assert rows[1].needed_by == TODAY + timedelta(days=2)
    assert [r.id for r in rq.list_requisitions(people.manager, RequisitionStatus.REJECTED)] == [second.id]
    assert [r.id for r in rq.list_requisitions(people.manager, text="钱")] == [second.id]
    assert [r.id for r in rq.list_requisitions(people.manager, text=first.number.lower())] == [first.id]
    assert {r.id for r in rq.list_requisitions(people.manager, text="cf283")} == {first.id, second.id}
    assert rq.list_requisitions(people.manager, text="nothing like it") == []


# ---- printouts ----------------------------------------------------------------------------------


def pdf_text(tmp_path, pdf: bytes) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_requisition_and_pick_list_print(people, tmp_path):
    people.receive(1, location="B-02", batch="L9", expires=TODAY + timedelta(days=20))
    people.receive(5, location="A-01", batch="L1")
    made = people.request(3, job_id=people.job())
    rq.approve_requisition(people.manager, made.id, full_approval(made), note="同意")
    form = pdf_text(tmp_path, rq.requisition_document(people.keeper, made.id, language="en"))
    for expected in ("Spare-part requisition", made.number, "王师傅", "李经理", "HP CF283A", "Requester",
                     "Approval", "Storekeeper", made.lines[0].job_number, "上海浦东网点"):
        assert expected in form, expected
    picks = pdf_text(tmp_path, rq.pick_list(people.keeper, made.id, language="en"))
    assert "Pick list" in picks and "Picked by" in picks
    # Sorted by location: A-01 before B-02, though the B-02 batch is picked first (it expires first).
    assert picks.index("A-01") < picks.index("B-02")
    assert "L9" in picks and (TODAY + timedelta(days=20)).isoformat() in picks
    chinese = pdf_text(tmp_path, rq.pick_list(people.keeper, made.id))
    assert made.number in chinese and "王师傅" in chinese


def test_a_step_made_elsewhere_at_the_same_time_is_shown_as_not_applied(people):
    from aftersales_desktop.domain.requisitions import DOC_TYPE
    from aftersales_desktop.services.workflow import record_step

    made = people.request(1)
    rq.approve_requisition(people.manager, made.id, full_approval(made))
    # A second manager rejected it offline a minute later; sync delivers the step now.
    with people.db.transaction() as session:
        record_step(session, people.manager2.user, NOW + timedelta(minutes=1), DOC_TYPE, made.id, StepKind.REJECT,
                    "库存不足")
    detail = rq.get_requisition(people.keeper, made.id)
    assert detail.status == RequisitionStatus.APPROVED
    assert [(e.kind, e.by, e.note) for e in detail.ignored] == [(StepKind.REJECT, "周经理", "库存不足")]
    assert [e.ignored for e in detail.history] == [False, False, True]
    assert detail.approver_name == "李经理"
