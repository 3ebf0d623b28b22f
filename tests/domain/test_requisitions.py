"""The requisition state machine and its quantity rules (no database)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aftersales_desktop.domain.requisitions import (RequisitionStatus as S, StepKind as K, StockBatch, allows,
                                                    approval_errors, approval_kind, approved_quantities,
                                                    fold_requisition, line_quantities, negative_allowance,
                                                    plan_picks)
from aftersales_desktop.domain.workflow import Step

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=timezone.utc)


def steps(*kinds: str, data: dict | None = None) -> list[Step]:
    return [Step(f"{n:04d}", kind, T0 + timedelta(minutes=n), "u", "", data or {})
            for n, kind in enumerate(kinds)]


@pytest.mark.parametrize("kinds, status", [
    ((), None),
    (("submit",), S.SUBMITTED),
    (("submit", "approve"), S.APPROVED),
    (("submit", "approve_part"), S.PARTLY_APPROVED),
    (("submit", "reject"), S.REJECTED),
    (("submit", "cancel"), S.CANCELLED),
    (("submit", "approve", "cancel"), S.CANCELLED),
    (("submit", "approve_part", "cancel"), S.CANCELLED),
    (("submit", "approve", "issue"), S.ISSUED),
    (("submit", "approve_part", "issue"), S.ISSUED),
    (("submit", "approve", "issue", "ship"), S.SHIPPED),
    (("submit", "approve", "issue", "ship", "receive"), S.RECEIVED),
    (("submit", "approve", "issue", "return"), S.ISSUED),
    (("submit", "approve", "issue", "ship", "return"), S.SHIPPED),
    (("submit", "approve", "issue", "ship", "receive", "return", "return"), S.RECEIVED),
    # Steps the status does not allow are ignored.
    (("submit", "issue"), S.SUBMITTED),
    (("submit", "ship"), S.SUBMITTED),
    (("submit", "approve", "approve_part"), S.APPROVED),
    (("submit", "reject", "approve"), S.REJECTED),
    (("submit", "cancel", "approve"), S.CANCELLED),
    (("submit", "approve", "issue", "cancel"), S.ISSUED),
    (("submit", "approve", "issue", "receive"), S.ISSUED),
    (("submit", "approve", "return"), S.APPROVED),
    (("submit", "approve", "issue", "ship", "ship"), S.SHIPPED),
    (("approve", "submit"), S.SUBMITTED),
    # An issue that crossed a cancel made elsewhere: the parts did leave the store.
    (("submit", "approve", "cancel", "issue"), S.ISSUED),
    # A rejection decided first: the approval taken elsewhere lost, its issue is ignored (and reversed).
    (("submit", "reject", "approve", "issue"), S.REJECTED),
])
def test_the_status_folds_from_the_steps(kinds, status):
    assert fold_requisition(steps(*kinds)).status == status


def test_ignored_steps_are_reported():
    folded = fold_requisition(steps("submit", "approve", "reject", "issue", "cancel"))
    assert [s.kind for s in folded.ignored] == ["reject", "cancel"]
    assert folded.status == S.ISSUED


def test_the_services_may_not_issue_a_cancelled_or_rejected_requisition():
    assert allows(S.APPROVED, K.ISSUE) and allows(S.PARTLY_APPROVED, K.ISSUE)
    for status in (S.CANCELLED, S.REJECTED, S.SUBMITTED, S.ISSUED, None):
        assert not allows(status, K.ISSUE), status
    assert allows(None, K.SUBMIT) and not allows(S.SUBMITTED, K.SUBMIT)
    assert allows(S.APPROVED, K.CANCEL) and not allows(S.ISSUED, K.CANCEL)
    assert allows(S.SHIPPED, K.RECEIVE) and not allows(S.ISSUED, K.RECEIVE)


# Steps two computers may make concurrently on one approved requisition (the outlet issues, the
# laptop cancels; two managers decide), stamped at random times and delivered in any order.
CONCURRENT = st.lists(st.tuples(st.sampled_from(["approve", "approve_part", "reject", "cancel", "issue", "ship",
                                                 "receive", "return"]), st.integers(1, 50)), max_size=8)


@given(CONCURRENT, st.randoms())
def test_any_arrival_order_gives_one_status(later, random):
    made = [Step("0000", "submit", T0, "u")]
    made += [Step(f"{n + 1:04d}", kind, T0 + timedelta(minutes=minute), "u") for n, (kind, minute) in enumerate(later)]
    shuffled = list(made)
    random.shuffle(shuffled)
    first, second = fold_requisition(made), fold_requisition(shuffled)
    assert first == second
    assert len(first.applied) + len(first.ignored) == len(made)
    assert first.status is not None


@given(CONCURRENT)
def test_once_issued_a_requisition_never_goes_back(later):
    made = [Step("0000", "submit", T0, "u")]
    made += [Step(f"{n + 1:04d}", kind, T0 + timedelta(minutes=minute), "u") for n, (kind, minute) in enumerate(later)]
    folded = fold_requisition(made)
    seen_issue = False
    status = None
    for step in folded.applied:
        status = fold_requisition([s for s in folded.applied if (s.at, s.id) <= (step.at, step.id)]).status
        if step.kind == "issue":
            seen_issue = True
        if seen_issue:
            assert status.has_issued


def test_approval_kind_and_errors():
    requested = {"a": 3, "b": 1}
    assert approval_kind(requested, {"a": 3, "b": 1}) == K.APPROVE
    assert approval_kind(requested, {"a": 2, "b": 1}) == K.APPROVE_IN_PART
    assert approval_kind(requested, {"a": 3}) == K.APPROVE_IN_PART
    assert approval_errors(requested, {"a": 3, "b": 0}) == {}
    assert set(approval_errors(requested, {"a": 4, "b": 1})) == {"approved.a"}
    assert set(approval_errors(requested, {"a": True, "b": 1})) == {"approved.a"}
    assert set(approval_errors(requested, {"a": "2", "b": 1})) == {"approved.a"}
    assert approval_errors(requested, {"a": 0, "b": 0}) == {
        "approved": "Approve at least one part, or reject the requisition."}
    assert set(approval_errors(requested, {"a": 1, "c": 1})) == {"approved"}


def test_approved_quantities_and_the_negative_allowance_come_from_the_approval_in_force():
    approval = {"approved": {"a": 2, "b": 0}, "allow_negative": "急用"}
    folded = fold_requisition(steps("submit", "approve_part", data=approval))
    assert approved_quantities(folded) == {"a": 2, "b": 0}
    assert negative_allowance(folded) == "急用"
    assert approved_quantities(fold_requisition(steps("submit"))) is None
    assert negative_allowance(fold_requisition(steps("submit"))) == ""
    # Rejected first elsewhere, approved and issued here: the issue went by the crossed approval.
    crossed = fold_requisition([Step("1", "submit", T0, "u"), Step("2", "reject", T0 + timedelta(minutes=1), "m1"),
                                Step("3", "approve", T0 + timedelta(minutes=2), "m2", "", approval)])
    assert approved_quantities(crossed) == {"a": 2, "b": 0}


def test_line_quantities_sum_the_movements():
    amounts = line_quantities({"a": 3, "b": 2}, {"a": 3, "b": 1},
                              [("a", "issue", -2), ("a", "issue", -1), ("a", "return", 1), ("b", "issue", -1)])
    assert (amounts["a"].issued, amounts["a"].returned, amounts["a"].returnable, amounts["a"].to_issue) == (3, 1, 2, 0)
    assert (amounts["b"].approved, amounts["b"].to_issue) == (1, 0)
    before = line_quantities({"a": 3}, None, [])
    assert before["a"].approved is None and before["a"].to_issue == 0


def test_picks_go_by_earliest_expiry_then_oldest_batch_and_mark_shortfalls():
    soon, late = date(2026, 12, 1), date(2027, 6, 1)
    stock = [StockBatch("p", "B", "NEW", 5, late, T0), StockBatch("p", "C", "SOON", 1, soon, T0 + timedelta(days=9)),
             StockBatch("p", "A", "OLD", 2, None, T0), StockBatch("p", "D", "YOUNG", 2, None, T0 + timedelta(days=1)),
             StockBatch("p", "E", "EMPTY", 0, soon, T0), StockBatch("q", "Z", "Q1", 1)]
    picks, short = plan_picks([("l1", "p", 7), ("l2", "p", 4), ("l3", "q", 3)], stock)
    assert [(p.line_id, p.batch, p.quantity) for p in picks] == [
        ("l1", "SOON", 1), ("l1", "NEW", 5), ("l1", "OLD", 1), ("l2", "OLD", 1), ("l2", "YOUNG", 2), ("l3", "Q1", 1)]
    assert short == {"l2": 1, "l3": 2}
    allowed, _short = plan_picks([("l3", "q", 3)], stock, {"q": "Z"}, allow_short=True)
    assert [(p.location, p.batch, p.quantity, p.short) for p in allowed] == [("Z", "Q1", 1, False), ("Z", "", 2, True)]
