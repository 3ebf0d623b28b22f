"""The return conditions (退换货条件) and the decision rules after the receiving inspection.

The regulations: a quality problem (质量问题) is the company's: it pays the freight (物流费用) and a
fair compensation (合理补偿). A return without a quality problem is accepted only within the set
time, unused and with its packaging intact, and the customer pays the freight. Every claim needs
a proof of purchase (购买凭证).

``check_return`` is what the clerk sees before accepting: each rule passed or failed with an
English message and its parameters (translated by whoever shows it). After the inspection the
decision must fit the verdict (DECISION TABLE below), and ``needs_approval`` says when a manager
approves it. Nothing here touches Qt or the database.

DECISION TABLE (what may be done after the inspection):

============================  =========================  ==========================  =============  ========
claim                         inspection found           outcomes allowed            compensation   freight
============================  =========================  ==========================  =============  ========
quality problem or not        defect confirmed           exchange, refund, repair    allowed        company
quality problem               defect not confirmed       repair, reject              no             customer
no quality problem            not confirmed, unused and  exchange, refund, repair,   no             customer
                              packaging intact           reject
no quality problem            not confirmed, signs of    repair, reject              no             customer
                              use or packaging opened
either                        damaged by the customer    repair, reject              no             customer
============================  =========================  ==========================  =============  ========

"Repair" of a product the company is not at fault for is at the customer's cost. A rejected
claim always says why. A confirmed defect is never rejected: the company owes the customer an
exchange, a refund or a repair.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from aftersales_desktop.domain.enums import N_
from aftersales_desktop.domain.money import format_fen
from aftersales_desktop.domain.quality import FreightPayer, Outcome, Verdict

DEFAULT_RETURN_WINDOW_DAYS = 7
DEFAULT_QUALITY_WINDOW_DAYS = 365
QUARANTINE_LOCATION = "隔离区"
MAX_WINDOW_DAYS = 3650

# Rule names, in the order the clerk reads them.
RULE_WINDOW = "window"
RULE_UNUSED = "unused"
RULE_PACKAGING = "packaging"
RULE_PROOF = "proof"


@dataclass(frozen=True)
class PolicySettings:
    """An outlet's return conditions: the windows (days from purchase), the address returns are sent
    to, and the stock location returned products are booked into."""

    return_window_days: int = DEFAULT_RETURN_WINDOW_DAYS  # returns without a quality problem
    quality_window_days: int = DEFAULT_QUALITY_WINDOW_DAYS  # claims of a quality problem
    return_address: str = ""
    quarantine_location: str = QUARANTINE_LOCATION


@dataclass(frozen=True)
class RuleResult:
    """One condition of the policy: passed or not, said in an English message with its parameters."""

    rule: str
    passed: bool
    message: str
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class PolicyCheck:
    """Every rule of the return conditions for one request, whether all passed, and who pays the freight."""

    quality_problem: bool
    rules: tuple[RuleResult, ...]
    freight_payer: FreightPayer
    window_days: int
    days_since_purchase: int | None

    @property
    def acceptable(self) -> bool:
        """True when every rule passed."""
        return all(rule.passed for rule in self.rules)

    @property
    def failed(self) -> tuple[RuleResult, ...]:
        """The rules that did not pass."""
        return tuple(rule for rule in self.rules if not rule.passed)

    def to_data(self) -> dict[str, object]:
        """The check as JSON-able data (stored in the request step)."""
        return {"quality_problem": self.quality_problem, "acceptable": self.acceptable,
                "freight_payer": self.freight_payer.value, "window_days": self.window_days,
                "days_since_purchase": self.days_since_purchase,
                "rules": [{"rule": r.rule, "passed": r.passed, "message": r.message, "params": dict(r.params)}
                          for r in self.rules]}

    @classmethod
    def from_data(cls, data: Mapping[str, object]) -> "PolicyCheck":
        """The check as ``to_data`` stored it."""
        rules = tuple(RuleResult(str(r["rule"]), bool(r["passed"]), str(r["message"]), dict(r.get("params") or {}))
                      for r in data.get("rules", []))  # type: ignore[union-attr]
        days = data.get("days_since_purchase")
        return cls(bool(data.get("quality_problem")), rules, FreightPayer(str(data.get("freight_payer", "customer"))),
                   int(data.get("window_days", 0)), None if days is None else int(days))  # type: ignore[arg-type]


def freight_payer(quality_problem: bool) -> FreightPayer:
    """Who pays the freight of a claim: the company for a quality problem, else the customer."""
    return FreightPayer.COMPANY if quality_problem else FreightPayer.CUSTOMER


def check_return(quality_problem: bool, purchase_date: date | None, today: date, unused: bool,
                 packaging_intact: bool, proof_number: str, settings: PolicySettings) -> PolicyCheck:
    """The return conditions for a request made ``today``, rule by rule."""
    window = settings.quality_window_days if quality_problem else settings.return_window_days
    rules = [_window_rule(quality_problem, purchase_date, today, window)]
    if not quality_problem:
        if unused:
            rules.append(RuleResult(RULE_UNUSED, True, N_("The product is unused.")))
        else:
            rules.append(RuleResult(RULE_UNUSED, False, N_(
                "The product was used: a return without a quality problem must be unused.")))
        if packaging_intact:
            rules.append(RuleResult(RULE_PACKAGING, True, N_("The packaging is intact.")))
        else:
            rules.append(RuleResult(RULE_PACKAGING, False, N_(
                "The packaging is not intact: a return without a quality problem needs it intact.")))
    proof = proof_number.strip()
    rules.append(RuleResult(RULE_PROOF, True, N_("Proof of purchase: {proof}."), {"proof": proof}) if proof else
                 RuleResult(RULE_PROOF, False, N_("No proof of purchase: enter the receipt or invoice number.")))
    days = (today - purchase_date).days if purchase_date is not None else None
    return PolicyCheck(quality_problem, tuple(rules), freight_payer(quality_problem), window, days)


def _window_rule(quality_problem: bool, purchase_date: date | None, today: date, window: int) -> RuleResult:
    if purchase_date is None:
        return RuleResult(RULE_WINDOW, False, N_("Enter the purchase date: the time window counts from it."))
    days = (today - purchase_date).days
    params = {"days": days, "window": window}
    if days < 0:
        return RuleResult(RULE_WINDOW, False, N_("The purchase date is in the future."), params)
    if quality_problem:
        if days <= window:
            return RuleResult(RULE_WINDOW, True,
                              N_("{days} days since purchase: within the {window} days for quality problems."), params)
        return RuleResult(RULE_WINDOW, False,
                          N_("{days} days since purchase: beyond the {window} days for quality problems."), params)
    if days <= window:
        return RuleResult(RULE_WINDOW, True,
                          N_("{days} days since purchase: within the {window} days for returns without a quality "
                          "problem."), params)
    return RuleResult(RULE_WINDOW, False,
                      N_("{days} days since purchase: beyond the {window} days for returns without a quality problem."),
                      params)


# ---- after the inspection -----------------------------------------------------------------------


@dataclass(frozen=True)
class InspectionFacts:
    """What the decision rules need from the receiving inspection."""

    verdict: Verdict
    signs_of_use: bool = False
    packaging_intact: bool = True
    physical_damage: bool = False


@dataclass(frozen=True)
class Decision:
    """What is done for the customer (amounts in fen): the outcome, money, freight, a note (the reason of a reject)."""

    outcome: Outcome
    refund_fen: int = 0
    compensation_fen: int = 0
    compensation_reason: str = ""
    freight_fen: int = 0
    note: str = ""


@dataclass(frozen=True)
class DecisionProblem:
    """A rule the decision breaks: the field it is about and an English message with its parameters."""

    field: str
    message: str
    params: Mapping[str, object] = field(default_factory=dict)


def product_at_fault(facts: InspectionFacts) -> bool:
    """True when the inspection confirmed the defect: then it is a quality problem, whatever the claim said."""
    return facts.verdict == Verdict.DEFECT_CONFIRMED


def returnable_as_new(quality_problem: bool, facts: InspectionFacts) -> bool:
    """A return without a quality problem the inspection found unused, unopened and undamaged."""
    return (not quality_problem and facts.verdict == Verdict.NOT_CONFIRMED and not facts.signs_of_use
            and facts.packaging_intact and not facts.physical_damage)


def allowed_outcomes(quality_problem: bool, facts: InspectionFacts) -> frozenset[Outcome]:
    """The outcomes the decision table allows after this inspection."""
    if product_at_fault(facts):
        return frozenset({Outcome.EXCHANGE, Outcome.REFUND, Outcome.REPAIR})
    if returnable_as_new(quality_problem, facts):
        return frozenset(Outcome)
    return frozenset({Outcome.REPAIR, Outcome.REJECT})


def decision_freight_payer(facts: InspectionFacts) -> FreightPayer:
    """Who bears the freight once the inspection has spoken: the company only when its product is at fault."""
    return FreightPayer.COMPANY if product_at_fault(facts) else FreightPayer.CUSTOMER


def check_decision(decision: Decision, quality_problem: bool, facts: InspectionFacts,
                   price_paid_fen: int) -> list[DecisionProblem]:
    """Every rule ``decision`` breaks (empty when it may be taken)."""
    problems: list[DecisionProblem] = []
    outcome = decision.outcome
    if outcome not in allowed_outcomes(quality_problem, facts):
        if outcome == Outcome.REJECT:
            problems.append(DecisionProblem(
                "outcome", N_("The defect was confirmed: the claim cannot be rejected; exchange, refund or repair.")))
        else:
            problems.append(DecisionProblem(
                "outcome", N_("An exchange or refund needs a confirmed defect, or a return without a quality problem "
                           "found unused with its packaging intact; repair at the customer's cost or reject.")))
    for name, amount in (("refund", decision.refund_fen), ("compensation", decision.compensation_fen),
                         ("freight", decision.freight_fen)):
        if amount < 0:
            problems.append(DecisionProblem(name, N_("The amount cannot be negative.")))
    if outcome == Outcome.REFUND:
        if decision.refund_fen <= 0:
            problems.append(DecisionProblem("refund", N_("Enter the amount to refund.")))
        elif decision.refund_fen > price_paid_fen:
            problems.append(DecisionProblem("refund", N_("The refund cannot be more than the price paid ({price})."),
                                            {"price": format_fen(price_paid_fen)}))
    elif decision.refund_fen > 0:
        problems.append(DecisionProblem("refund", N_("Only a refund pays money back; choose the outcome Refund.")))
    if decision.compensation_fen > 0:
        if not product_at_fault(facts):
            problems.append(DecisionProblem(
                "compensation", N_("Compensation is paid only for a quality problem the inspection confirmed.")))
        if not decision.compensation_reason.strip():
            problems.append(DecisionProblem("compensation_reason", N_("Say why the customer is compensated.")))
    if outcome == Outcome.REJECT and not decision.note.strip():
        problems.append(DecisionProblem("note", N_("Say why the claim is rejected.")))
    return problems


def needs_approval(decision: Decision, accepted_with_override: bool) -> bool:
    """True when a manager must approve: any refund, any compensation, any case accepted against the policy.

    A plain exchange or repair (or a reject) of a case accepted within the policy needs none.
    """
    return (decision.outcome == Outcome.REFUND or decision.refund_fen > 0 or decision.compensation_fen > 0
            or accepted_with_override)
