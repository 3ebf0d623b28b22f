"""A return case's status when two decisions were taken apart: the first stands, steps on the other are ignored."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from aftersales_desktop.domain.quality import ReturnStatus, fold_return_case
from aftersales_desktop.domain.workflow import Step

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


def step(step_id: str, kind: str, minute: int, **data) -> Step:
    return Step(step_id, kind, T0 + timedelta(minutes=minute), "u", "", data)


BEFORE = [step("01", "request", 0), step("02", "accept", 1), step("03", "inspect", 2)]


def test_the_completion_of_the_losing_decision_is_ignored_and_the_winner_waits_for_its_own():
    refund = step("10", "decide", 10, outcome="refund", needs_approval=True)
    exchange = step("11", "decide", 11, outcome="exchange")
    handed_over = step("12", "complete", 12, decision_id="11", movements=["m1"])
    folded = fold_return_case([*BEFORE, refund, exchange, handed_over])
    assert folded.status is ReturnStatus.DECIDED
    assert folded.last("decide") == refund
    assert [s.id for s in folded.ignored] == ["11", "12"]


def test_the_winners_approval_and_completion_stand_whatever_the_order():
    exchange = step("10", "decide", 10, outcome="exchange")
    refund = step("11", "decide", 11, outcome="refund", needs_approval=True)
    approved = step("12", "approve", 12, decision_id="11")
    refunded = step("13", "complete", 13, decision_id="11", movements=[])
    handed_over = step("14", "complete", 14, decision_id="10", movements=["m1"])
    made = [*BEFORE, exchange, refund, approved, refunded, handed_over]
    for steps in (made, list(reversed(made))):
        folded = fold_return_case(steps)
        assert folded.status is ReturnStatus.COMPLETED
        assert [s.id for s in folded.applied][-2:] == ["10", "14"]
        assert [s.id for s in folded.ignored] == ["11", "12", "13"]


def test_without_a_concurrent_decision_nothing_changes():
    decided = step("10", "decide", 10, outcome="exchange")
    sent_back = step("11", "send_back", 11, decision_id="10")
    again = step("12", "decide", 12, outcome="repair")
    folded = fold_return_case([*BEFORE, decided, sent_back, again])
    assert folded.status is ReturnStatus.DECIDED and not folded.ignored
