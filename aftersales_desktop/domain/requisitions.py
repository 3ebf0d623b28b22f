"""Spare-part requisitions (备件申领单): their status as a fold of steps, and the quantity rules.

A requisition's status is never stored: it is folded (domain.workflow.fold) from its steps, which
sync may deliver from several computers in any order. Steps have kinds, not free data, so the fold
stays a plain table: a full approval and an approval in part are two kinds of step.

Concurrent steps: the fold applies them in time order and ignores what the status reached so far
does not allow (a second approval, a cancel after the parts were issued). One exception is made
on purpose: an issue is a physical fact (parts left the store, ledger movements exist), so an
issue that crossed a cancel made offline elsewhere still makes the requisition "issued"; the
crossed step stays in the history for everyone to see. A rejection is a manager's decision: when
it comes first, an approval taken elsewhere while apart loses, the issue made under that approval
is ignored, and sync reverses its movements (sync.decisions) and tells both managers. Nothing here
touches Qt or the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from aftersales_desktop.domain.enums import N_
from aftersales_desktop.domain.workflow import Folded, Step, fold

DOC_TYPE = "requisition"


class RequisitionStatus(StrEnum):
    """Where a requisition stands."""

    SUBMITTED = "submitted"
    APPROVED = "approved"
    PARTLY_APPROVED = "partly_approved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    ISSUED = "issued"
    SHIPPED = "shipped"
    RECEIVED = "received"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def is_approved(self) -> bool:
        """Approved (fully or in part) and waiting for the storekeeper to issue."""
        return self in (RequisitionStatus.APPROVED, RequisitionStatus.PARTLY_APPROVED)

    @property
    def has_issued(self) -> bool:
        """The parts left the store (issued, shipped or received)."""
        return self in (RequisitionStatus.ISSUED, RequisitionStatus.SHIPPED, RequisitionStatus.RECEIVED)


_STATUS_LABELS = {
    RequisitionStatus.SUBMITTED: N_("Waiting for approval"),
    RequisitionStatus.APPROVED: N_("Approved"),
    RequisitionStatus.PARTLY_APPROVED: N_("Partly approved"),
    RequisitionStatus.REJECTED: N_("Rejected"),
    RequisitionStatus.CANCELLED: N_("Cancelled"),
    RequisitionStatus.ISSUED: N_("Parts issued"),
    RequisitionStatus.SHIPPED: N_("Shipped"),
    RequisitionStatus.RECEIVED: N_("Received"),
}


class StepKind(StrEnum):
    """What a step of a requisition did."""

    SUBMIT = "submit"
    APPROVE = "approve"
    APPROVE_IN_PART = "approve_part"
    REJECT = "reject"
    CANCEL = "cancel"
    ISSUE = "issue"
    SHIP = "ship"
    RECEIVE = "receive"
    RETURN = "return"

    @property
    def label(self) -> str:
        return _STEP_LABELS[self]


_STEP_LABELS = {
    StepKind.SUBMIT: N_("Request submitted"),
    StepKind.APPROVE: N_("Approved"),
    StepKind.APPROVE_IN_PART: N_("Approved in part"),
    StepKind.REJECT: N_("Rejected"),
    StepKind.CANCEL: N_("Cancelled"),
    StepKind.ISSUE: N_("Parts issued"),
    StepKind.SHIP: N_("Shipped"),
    StepKind.RECEIVE: N_("Receipt confirmed"),
    StepKind.RETURN: N_("Unused parts returned"),
}

_S = RequisitionStatus
_K = StepKind

#: (status so far or None before the first step, step kind) -> the status after the step.
TRANSITIONS: dict[tuple[RequisitionStatus | None, str], RequisitionStatus] = {
    (None, _K.SUBMIT): _S.SUBMITTED,
    (_S.SUBMITTED, _K.APPROVE): _S.APPROVED,
    (_S.SUBMITTED, _K.APPROVE_IN_PART): _S.PARTLY_APPROVED,
    (_S.SUBMITTED, _K.REJECT): _S.REJECTED,
    (_S.SUBMITTED, _K.CANCEL): _S.CANCELLED,
    (_S.APPROVED, _K.CANCEL): _S.CANCELLED,
    (_S.PARTLY_APPROVED, _K.CANCEL): _S.CANCELLED,
    (_S.APPROVED, _K.ISSUE): _S.ISSUED,
    (_S.PARTLY_APPROVED, _K.ISSUE): _S.ISSUED,
    # An issue that crossed a cancel made offline elsewhere: the parts did leave. (One that crossed
    # a rejection is ignored: the rejection decided first and sync reverses the issue.)
    (_S.CANCELLED, _K.ISSUE): _S.ISSUED,
    (_S.ISSUED, _K.SHIP): _S.SHIPPED,
    (_S.SHIPPED, _K.RECEIVE): _S.RECEIVED,
    # Unused parts come back at any time after the issue; the status stays.
    (_S.ISSUED, _K.RETURN): _S.ISSUED,
    (_S.SHIPPED, _K.RETURN): _S.SHIPPED,
    (_S.RECEIVED, _K.RETURN): _S.RECEIVED,
}


def fold_requisition(steps: Iterable[Step]) -> Folded[RequisitionStatus | None]:
    """The status a requisition's steps lead to (None when not even submitted), applied and ignored steps."""
    return fold(steps, TRANSITIONS, None)


def allows(status: RequisitionStatus | None, kind: StepKind) -> bool:
    """True when a step of ``kind`` is taken in ``status`` (what the services check before writing)."""
    if kind == StepKind.ISSUE:
        return status is not None and status.is_approved  # the crossing rule is for sync only
    return (status, kind) in TRANSITIONS


def approval_kind(requested: Mapping[str, int], approved: Mapping[str, int]) -> StepKind:
    """APPROVE when every line gets what it asked for, else APPROVE_IN_PART."""
    full = all(approved.get(line_id, 0) >= quantity for line_id, quantity in requested.items())
    return StepKind.APPROVE if full else StepKind.APPROVE_IN_PART


def approval_errors(requested: Mapping[str, int], approved: Mapping[str, object]) -> dict[str, str]:
    """Field errors of an approval: each line 0 to what it asked for; not every line 0 (that is a rejection)."""
    errors: dict[str, str] = {}
    for line_id in approved:
        if line_id not in requested:
            errors["approved"] = N_("The approval names a line that is not on this requisition.")
    for line_id, asked in requested.items():
        value = approved.get(line_id, 0)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= asked:
            errors[f"approved.{line_id}"] = N_("Approve a whole number from 0 to the quantity requested.")
    if not errors and not any(approved.get(line_id, 0) for line_id in requested):
        errors["approved"] = N_("Approve at least one part, or reject the requisition.")
    return errors


def approved_quantities(folded: Folded[RequisitionStatus | None]) -> dict[str, int] | None:
    """Line id -> approved quantity from the approval in force (None before any approval).

    An approval crossed by a cancel or rejection is still the one the storekeeper issued against,
    so when no approval took effect the latest ignored one is used.
    """
    step = folded.last(StepKind.APPROVE, StepKind.APPROVE_IN_PART)
    if step is None:
        crossed = [s for s in folded.ignored if s.kind in (StepKind.APPROVE, StepKind.APPROVE_IN_PART)]
        step = crossed[-1] if crossed else None
    if step is None:
        return None
    return {str(k): int(v) for k, v in dict(step.data.get("approved", {})).items()}


def negative_allowance(folded: Folded[RequisitionStatus | None]) -> str:
    """The manager's reason for letting this requisition take stock below zero ("" when not allowed)."""
    step = folded.last(StepKind.APPROVE, StepKind.APPROVE_IN_PART)
    return str(step.data.get("allow_negative", "")) if step is not None else ""


@dataclass(frozen=True)
class LineQuantities:
    """How much of one line was requested, approved, issued and returned."""

    requested: int
    approved: int | None
    issued: int = 0
    returned: int = 0

    @property
    def to_issue(self) -> int:
        """Approved but not yet issued."""
        return max((self.approved or 0) - self.issued, 0)

    @property
    def returnable(self) -> int:
        """Issued and not yet returned: the most that may still come back."""
        return self.issued - self.returned


def line_quantities(requested: Mapping[str, int], approved: Mapping[str, int] | None,
                    movements: Iterable[tuple[str, str, int]]) -> dict[str, LineQuantities]:
    """Per line: requested, approved, and issued/returned summed from (line id, movement kind, signed quantity)."""
    issued: dict[str, int] = {}
    returned: dict[str, int] = {}
    for line_id, kind, quantity in movements:
        if kind == "issue":
            issued[line_id] = issued.get(line_id, 0) - quantity  # issues are negative movements
        elif kind == "return":
            returned[line_id] = returned.get(line_id, 0) + quantity
    return {line_id: LineQuantities(asked, None if approved is None else approved.get(line_id, 0),
                                    issued.get(line_id, 0), returned.get(line_id, 0))
            for line_id, asked in requested.items()}


@dataclass(frozen=True)
class StockBatch:
    """Stock of one part on hand at one location and batch, with what picking order needs."""

    product_id: str
    location: str
    batch: str
    quantity: int
    expires_on: date | None = None
    first_received: datetime | None = None


@dataclass(frozen=True)
class PlannedPick:
    """Take ``quantity`` of a line's part from one location and batch; ``short`` when not on hand."""

    line_id: str
    product_id: str
    location: str
    batch: str
    quantity: int
    expires_on: date | None = None
    short: bool = False


def plan_picks(lines: Iterable[tuple[str, str, int]], stock: Iterable[StockBatch],
               fallback_location: Mapping[str, str] | None = None,
               allow_short: bool = False) -> tuple[list[PlannedPick], dict[str, int]]:
    """Picks for (line id, product id, quantity) lines: earliest expiry first (FEFO), then oldest batch.

    Returns the picks and, per line, how many could not be picked from stock. With
    ``allow_short`` (a manager allowed negative stock) the missing quantity becomes a ``short``
    pick at the part's usual location so the storekeeper can issue it anyway.
    """
    far = date.max
    remaining: dict[tuple[str, str, str], int] = {}
    order: dict[str, list[StockBatch]] = {}
    for entry in stock:
        if entry.quantity > 0:
            remaining[(entry.product_id, entry.location, entry.batch)] = entry.quantity
            order.setdefault(entry.product_id, []).append(entry)
    for entries in order.values():
        entries.sort(key=lambda e: (e.expires_on or far, e.first_received is None,
                                    e.first_received.timestamp() if e.first_received else 0.0,
                                    e.batch, e.location))
    picks: list[PlannedPick] = []
    shortfalls: dict[str, int] = {}
    for line_id, product_id, quantity in lines:
        wanted = quantity
        for entry in order.get(product_id, []):
            if wanted <= 0:
                break
            key = (entry.product_id, entry.location, entry.batch)
            take = min(wanted, remaining[key])
            if take <= 0:
                continue
            remaining[key] -= take
            wanted -= take
            picks.append(PlannedPick(line_id, product_id, entry.location, entry.batch, take, entry.expires_on))
        if wanted > 0:
            shortfalls[line_id] = wanted
            if allow_short:
                # Where the part is usually kept, else where its last batch lies.
                known = order.get(product_id, [])
                location = (fallback_location or {}).get(product_id) or (known[-1].location if known else "")
                picks.append(PlannedPick(line_id, product_id, location, "", wanted, None, short=True))
    return picks, shortfalls
