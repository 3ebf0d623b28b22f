"""The return conditions (退换货条件) and the decision rules after the inspection, table by table."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from aftersales_desktop.domain.quality import FreightPayer, Outcome, Verdict
from aftersales_desktop.domain.return_policy import (Decision, InspectionFacts, PolicyCheck, PolicySettings,
                                                     allowed_outcomes, check_decision, check_return,
                                                     decision_freight_payer, needs_approval)

TODAY = date(2026, 11, 27)
SETTINGS = PolicySettings(return_window_days=7, quality_window_days=365)


def days_ago(days: int) -> date:
    return TODAY - timedelta(days=days)


# (quality problem, days since purchase (None: no date), unused, packaging intact, proof,
#  expected {rule: passed}, acceptable, freight payer)
POLICY_TABLE = [
    # Without a quality problem: within 7 days, unused, packaging intact, with proof.
    (False, 0, True, True, "R-1", {"window": True, "unused": True, "packaging": True, "proof": True}, True,
     FreightPayer.CUSTOMER),
    (False, 7, True, True, "R-1", {"window": True, "unused": True, "packaging": True, "proof": True}, True,
     FreightPayer.CUSTOMER),
    (False, 8, True, True, "R-1", {"window": False, "unused": True, "packaging": True, "proof": True}, False,
     FreightPayer.CUSTOMER),
    (False, 3, False, True, "R-1", {"window": True, "unused": False, "packaging": True, "proof": True}, False,
     FreightPayer.CUSTOMER),
    (False, 3, True, False, "R-1", {"window": True, "unused": True, "packaging": False, "proof": True}, False,
     FreightPayer.CUSTOMER),
    (False, 3, True, True, "  ", {"window": True, "unused": True, "packaging": True, "proof": False}, False,
     FreightPayer.CUSTOMER),
    (False, None, True, True, "R-1", {"window": False, "unused": True, "packaging": True, "proof": True}, False,
     FreightPayer.CUSTOMER),
    (False, -1, True, True, "R-1", {"window": False, "unused": True, "packaging": True, "proof": True}, False,
     FreightPayer.CUSTOMER),
    # A quality problem: the quality window; used and opened is fine; the company pays the freight.
    (True, 200, False, False, "R-1", {"window": True, "proof": True}, True, FreightPayer.COMPANY),
    (True, 365, False, False, "R-1", {"window": True, "proof": True}, True, FreightPayer.COMPANY),
    (True, 366, False, False, "R-1", {"window": False, "proof": True}, False, FreightPayer.COMPANY),
    (True, 30, True, True, "", {"window": True, "proof": False}, False, FreightPayer.COMPANY),
]


@pytest.mark.parametrize("quality, days, unused, intact, proof, rules, acceptable, payer", POLICY_TABLE)
def test_the_return_conditions_rule_by_rule(quality, days, unused, intact, proof, rules, acceptable, payer):
    check = check_return(quality, None if days is None else days_ago(days), TODAY, unused, intact, proof, SETTINGS)
    assert {rule.rule: rule.passed for rule in check.rules} == rules
    assert [rule.rule for rule in check.rules] == list(rules)  # the order the clerk reads them
    assert check.acceptable is acceptable
    assert check.freight_payer is payer
    assert check.window_days == (365 if quality else 7)


def test_the_window_message_says_the_days_against_the_window():
    within = check_return(False, days_ago(5), TODAY, True, True, "R-1", SETTINGS).rules[0]
    assert within.params == {"days": 5, "window": 7}
    assert within.message.format(**within.params) == (
        "5 days since purchase: within the 7 days for returns without a quality problem.")
    beyond = check_return(True, days_ago(400), TODAY, True, True, "R-1", SETTINGS).rules[0]
    assert beyond.message.format(**beyond.params) == "400 days since purchase: beyond the 365 days for quality problems."
    proof = check_return(True, days_ago(1), TODAY, True, True, " FP-88 ", SETTINGS).rules[-1]
    assert proof.message.format(**proof.params) == "Proof of purchase: FP-88."


def test_the_windows_come_from_the_settings():
    longer = PolicySettings(return_window_days=15, quality_window_days=30)
    assert check_return(False, days_ago(15), TODAY, True, True, "R", longer).acceptable
    assert not check_return(True, days_ago(31), TODAY, True, True, "R", longer).acceptable


def test_a_check_survives_being_stored_in_a_step():
    check = check_return(False, days_ago(9), TODAY, False, True, "R-1", SETTINGS)
    again = PolicyCheck.from_data(check.to_data())
    assert again == check
    assert [r.rule for r in again.failed] == ["window", "unused"]


DEFECT = InspectionFacts(Verdict.DEFECT_CONFIRMED, signs_of_use=True, packaging_intact=False)
NOT_CONFIRMED_AS_NEW = InspectionFacts(Verdict.NOT_CONFIRMED)
NOT_CONFIRMED_USED = InspectionFacts(Verdict.NOT_CONFIRMED, signs_of_use=True)
NOT_CONFIRMED_OPENED = InspectionFacts(Verdict.NOT_CONFIRMED, packaging_intact=False)
CUSTOMER_DAMAGE = InspectionFacts(Verdict.CUSTOMER_DAMAGE, physical_damage=True)
E, F, P, J = Outcome.EXCHANGE, Outcome.REFUND, Outcome.REPAIR, Outcome.REJECT

# The decision table of domain.return_policy: (quality claim, inspection) -> outcomes, freight payer.
DECISION_TABLE = [
    (True, DEFECT, {E, F, P}, FreightPayer.COMPANY),
    (False, DEFECT, {E, F, P}, FreightPayer.COMPANY),
    (True, NOT_CONFIRMED_AS_NEW, {P, J}, FreightPayer.CUSTOMER),
    (False, NOT_CONFIRMED_AS_NEW, {E, F, P, J}, FreightPayer.CUSTOMER),
    (False, NOT_CONFIRMED_USED, {P, J}, FreightPayer.CUSTOMER),
    (False, NOT_CONFIRMED_OPENED, {P, J}, FreightPayer.CUSTOMER),
    (True, CUSTOMER_DAMAGE, {P, J}, FreightPayer.CUSTOMER),
    (False, CUSTOMER_DAMAGE, {P, J}, FreightPayer.CUSTOMER),
]


@pytest.mark.parametrize("quality, facts, outcomes, payer", DECISION_TABLE)
def test_the_outcomes_the_inspection_allows(quality, facts, outcomes, payer):
    assert allowed_outcomes(quality, facts) == outcomes
    assert decision_freight_payer(facts) is payer
    for outcome in Outcome:
        decision = Decision(outcome, refund_fen=100 if outcome == F else 0, note="不符合退货条件")
        fields = {p.field for p in check_decision(decision, quality, facts, price_paid_fen=26800)}
        assert ("outcome" not in fields) is (outcome in outcomes), outcome


# (decision, quality claim, inspection, price paid in fen) -> the fields it is refused on
DECISION_CHECKS = [
    (Decision(F, refund_fen=26800), True, DEFECT, 26800, set()),
    (Decision(F, refund_fen=26801), True, DEFECT, 26800, {"refund"}),
    (Decision(F), True, DEFECT, 26800, {"refund"}),
    (Decision(E, refund_fen=500), True, DEFECT, 26800, {"refund"}),
    (Decision(E, compensation_fen=5000, compensation_reason="耽误使用"), True, DEFECT, 26800, set()),
    (Decision(E, compensation_fen=5000), True, DEFECT, 26800, {"compensation_reason"}),
    (Decision(F, refund_fen=100, compensation_fen=100, compensation_reason="补偿"), False, NOT_CONFIRMED_AS_NEW,
     26800, {"compensation"}),
    (Decision(P, compensation_fen=100, compensation_reason="补偿"), True, CUSTOMER_DAMAGE, 26800,
     {"compensation"}),
    (Decision(J), True, CUSTOMER_DAMAGE, 26800, {"note"}),
    (Decision(J, note="人为损坏"), True, CUSTOMER_DAMAGE, 26800, set()),
    (Decision(J, note="x"), True, DEFECT, 26800, {"outcome"}),
    (Decision(E), False, NOT_CONFIRMED_USED, 26800, {"outcome"}),
    (Decision(P, freight_fen=-1), True, DEFECT, 26800, {"freight"}),
]


@pytest.mark.parametrize("decision, quality, facts, price, fields", DECISION_CHECKS)
def test_the_decision_checks(decision, quality, facts, price, fields):
    assert {p.field for p in check_decision(decision, quality, facts, price)} == fields


def test_a_refund_above_the_price_paid_names_the_price():
    [problem] = check_decision(Decision(F, refund_fen=30000), True, DEFECT, 26800)
    assert problem.message.format(**problem.params) == "The refund cannot be more than the price paid (¥268.00)."


# (decision, accepted against the policy) -> a manager must approve
APPROVALS = [
    (Decision(E), False, False),
    (Decision(P), False, False),
    (Decision(J, note="x"), False, False),
    (Decision(F, refund_fen=100), False, True),
    (Decision(E, compensation_fen=1, compensation_reason="r"), False, True),
    (Decision(P, compensation_fen=1, compensation_reason="r"), False, True),
    (Decision(E), True, True),
    (Decision(P), True, True),
]


@pytest.mark.parametrize("decision, override, expected", APPROVALS)
def test_who_needs_a_managers_approval(decision, override, expected):
    assert needs_approval(decision, override) is expected
