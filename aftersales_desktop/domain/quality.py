"""Quality problems (质量问题) and returns or exchanges (退换货): their kinds and their status as a
fold of steps (domain.workflow).

A quality case is opened from a job or on its own with a severity. A minor one is solved by
remote technical support (远程技术支持): a step records the guidance and whether it worked. A
serious one (or a minor one the guidance did not solve) is escalated into a return case.

A return case is requested (the clerk has seen the policy check), accepted or declined, then the
product is received and inspected (退货检验), a decision is taken (exchange, refund, repair or
reject, with compensation for quality problems), a manager approves it where the policy requires,
and completing it books the stock effects. Customer contacts are steps that change no status.
Statuses are never stored; every site folds the same steps into the same status. Nothing here
touches Qt or the database.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from aftersales_desktop.domain.enums import N_
from aftersales_desktop.domain.workflow import Folded, Step, fold

QUALITY_DOC = "quality_case"
RETURN_DOC = "return_case"


class Severity(StrEnum):
    """How serious a quality problem is."""

    MINOR = "minor"
    SERIOUS = "serious"

    @property
    def label(self) -> str:
        return {Severity.MINOR: N_("Minor"), Severity.SERIOUS: N_("Serious")}[self]


class RequestType(StrEnum):
    """What the customer asks for."""

    RETURN = "return"
    EXCHANGE = "exchange"

    @property
    def label(self) -> str:
        return {RequestType.RETURN: N_("Return"), RequestType.EXCHANGE: N_("Exchange")}[self]


class Verdict(StrEnum):
    """What the receiving inspection found."""

    DEFECT_CONFIRMED = "defect_confirmed"
    NOT_CONFIRMED = "not_confirmed"
    CUSTOMER_DAMAGE = "customer_damage"

    @property
    def label(self) -> str:
        return _VERDICT_LABELS[self]


_VERDICT_LABELS = {
    Verdict.DEFECT_CONFIRMED: N_("Defect confirmed"),
    Verdict.NOT_CONFIRMED: N_("Defect not confirmed"),
    Verdict.CUSTOMER_DAMAGE: N_("Damaged by the customer"),
}


class Outcome(StrEnum):
    """What is done for the customer after the inspection."""

    EXCHANGE = "exchange"
    REFUND = "refund"
    REPAIR = "repair"
    REJECT = "reject"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    Outcome.EXCHANGE: N_("Exchange"),
    Outcome.REFUND: N_("Refund"),
    Outcome.REPAIR: N_("Repair"),
    Outcome.REJECT: N_("Reject the claim"),
}


class FreightPayer(StrEnum):
    """Who pays the freight (物流费用): the company for quality problems, else the customer."""

    COMPANY = "company"
    CUSTOMER = "customer"

    @property
    def label(self) -> str:
        return {FreightPayer.COMPANY: N_("Company pays"), FreightPayer.CUSTOMER: N_("Customer pays")}[self]


# ---- quality cases ------------------------------------------------------------------------------


class QualityStatus(StrEnum):
    """Where a quality case stands."""

    OPEN = "open"
    RESOLVED = "resolved"  # remote support solved it
    ESCALATED = "escalated"  # a return or exchange case took over
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _QUALITY_LABELS[self]


_QUALITY_LABELS = {
    QualityStatus.OPEN: N_("Open"),
    QualityStatus.RESOLVED: N_("Solved remotely"),
    QualityStatus.ESCALATED: N_("Passed to a return or exchange"),
    QualityStatus.CLOSED: N_("Closed"),
}


class QualityStep(StrEnum):
    """What a step of a quality case did."""

    OPEN = "open"
    SUPPORT = "support"  # remote guidance given, not (yet) solved: data {"guidance", "result"}
    SOLVED = "solved"  # remote guidance that solved it: data {"guidance", "result"}
    ESCALATE = "escalate"  # data {"return_case_id"}
    CONTACT = "contact"  # the customer was contacted: note says how and what
    CLOSE = "close"

    @property
    def label(self) -> str:
        return _QUALITY_STEP_LABELS[self]


_QUALITY_STEP_LABELS = {
    QualityStep.OPEN: N_("Case opened"),
    QualityStep.SUPPORT: N_("Remote support given"),
    QualityStep.SOLVED: N_("Solved by remote support"),
    QualityStep.ESCALATE: N_("Escalated to a return or exchange"),
    QualityStep.CONTACT: N_("Customer contacted"),
    QualityStep.CLOSE: N_("Case closed"),
}

_Q, _QS = QualityStatus, QualityStep
QUALITY_TRANSITIONS: dict[tuple[QualityStatus | None, str], QualityStatus] = {
    (None, _QS.OPEN): _Q.OPEN,
    (_Q.OPEN, _QS.SUPPORT): _Q.OPEN,
    (_Q.OPEN, _QS.SOLVED): _Q.RESOLVED,
    (_Q.OPEN, _QS.ESCALATE): _Q.ESCALATED,
    (_Q.RESOLVED, _QS.ESCALATE): _Q.ESCALATED,  # the problem came back
    (_Q.OPEN, _QS.CLOSE): _Q.CLOSED,
    (_Q.RESOLVED, _QS.CLOSE): _Q.CLOSED,
    (_Q.ESCALATED, _QS.CLOSE): _Q.CLOSED,
    **{(status, _QS.CONTACT): status for status in QualityStatus},
}


def fold_quality_case(steps: Iterable[Step]) -> Folded[QualityStatus | None]:
    """A quality case's status from its steps, in any arrival order."""
    return fold(steps, QUALITY_TRANSITIONS, None)


# ---- return cases -------------------------------------------------------------------------------


class ReturnStatus(StrEnum):
    """Where a return or exchange case stands."""

    REQUESTED = "requested"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    INSPECTED = "inspected"
    DECIDED = "decided"
    APPROVED = "approved"
    COMPLETED = "completed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _RETURN_LABELS[self]

    @property
    def is_open(self) -> bool:
        return self not in (ReturnStatus.DECLINED, ReturnStatus.COMPLETED, ReturnStatus.CANCELLED)


_RETURN_LABELS = {
    ReturnStatus.REQUESTED: N_("Request received"),
    ReturnStatus.ACCEPTED: N_("Accepted, awaiting the product"),
    ReturnStatus.DECLINED: N_("Declined"),
    ReturnStatus.INSPECTED: N_("Inspected"),
    ReturnStatus.DECIDED: N_("Decided, awaiting approval"),
    ReturnStatus.APPROVED: N_("Approved, to be completed"),
    ReturnStatus.COMPLETED: N_("Completed"),
    ReturnStatus.CANCELLED: N_("Cancelled"),
}


class ReturnStep(StrEnum):
    """What a step of a return case did."""

    REQUEST = "request"  # data: the policy check as the clerk saw it
    ACCEPT = "accept"  # data {"override_reason"} when accepted against the policy
    DECLINE = "decline"
    INSPECT = "inspect"  # data {"inspection_id"}
    DECIDE = "decide"  # data {"outcome", "refund_fen", "compensation_fen", "compensation_reason",
    #                          "freight_payer", "freight_fen", "needs_approval"}
    APPROVE = "approve"
    SEND_BACK = "send_back"  # the manager does not approve: decide again
    COMPLETE = "complete"  # data: the stock movements it booked
    CONTACT = "contact"
    CANCEL = "cancel"

    @property
    def label(self) -> str:
        return _RETURN_STEP_LABELS[self]


_RETURN_STEP_LABELS = {
    ReturnStep.REQUEST: N_("Return requested"),
    ReturnStep.ACCEPT: N_("Return accepted"),
    ReturnStep.DECLINE: N_("Declined"),
    ReturnStep.INSPECT: N_("Received and inspected"),
    ReturnStep.DECIDE: N_("Decision taken"),
    ReturnStep.APPROVE: N_("Decision approved"),
    ReturnStep.SEND_BACK: N_("Decision sent back"),
    ReturnStep.COMPLETE: N_("Completed"),
    ReturnStep.CONTACT: N_("Customer contacted"),
    ReturnStep.CANCEL: N_("Cancelled"),
}

_R, _RS = ReturnStatus, ReturnStep
RETURN_TRANSITIONS: dict[tuple[ReturnStatus | None, str], ReturnStatus] = {
    (None, _RS.REQUEST): _R.REQUESTED,
    (_R.REQUESTED, _RS.ACCEPT): _R.ACCEPTED,
    (_R.REQUESTED, _RS.DECLINE): _R.DECLINED,
    (_R.REQUESTED, _RS.CANCEL): _R.CANCELLED,
    (_R.ACCEPTED, _RS.CANCEL): _R.CANCELLED,
    (_R.ACCEPTED, _RS.INSPECT): _R.INSPECTED,
    # A product that arrived and was inspected is a physical fact: it wins over a cancel it crossed.
    (_R.CANCELLED, _RS.INSPECT): _R.INSPECTED,
    (_R.INSPECTED, _RS.DECIDE): _R.DECIDED,
    (_R.DECIDED, _RS.APPROVE): _R.APPROVED,
    (_R.DECIDED, _RS.SEND_BACK): _R.INSPECTED,
    # A decision that needs no approval is completed straight away (the service checks which).
    (_R.DECIDED, _RS.COMPLETE): _R.COMPLETED,
    (_R.APPROVED, _RS.COMPLETE): _R.COMPLETED,
    **{(status, _RS.CONTACT): status for status in ReturnStatus},
}


def fold_return_case(steps: Iterable[Step]) -> Folded[ReturnStatus | None]:
    """A return case's status from its steps, in any arrival order.

    Two decisions taken while apart: the first (in time order) stands and the other is ignored; the
    steps that acted on the ignored one (its approval, send-back or completion name it in
    ``decision_id``) are ignored too, so only the winner's effects count (sync reverses the loser's).
    """
    steps = list(steps)
    folded = fold(steps, RETURN_TRANSITIONS, None)
    lost = {step.id for step in folded.ignored if step.kind == ReturnStep.DECIDE}
    if not lost:
        return folded
    under_lost = [step for step in steps if step.data.get("decision_id") in lost]
    kept = fold([step for step in steps if step.data.get("decision_id") not in lost], RETURN_TRANSITIONS, None)
    ignored = sorted((*kept.ignored, *under_lost), key=lambda s: (s.at, s.id))
    return Folded(kept.status, kept.applied, tuple(ignored))
