"""Stocktakes (库存盘点): their status machine and the arithmetic of book quantities and differences.

A stocktake's status is folded from its steps (domain.workflow): start, submit, approve, reopen,
cancel. The book quantity of a counted line is the ledger balance at the moment it was counted,
and its difference is counted minus that book (services.stocktakes explains why the moment of the
count, not the moment of approval). Nothing here touches Qt or the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from enum import StrEnum

from aftersales_desktop.domain.enums import N_
from aftersales_desktop.domain.workflow import Folded, Step, fold

#: doc_type of a stocktake's workflow events.
DOC_TYPE = "stocktake"
#: The largest count a line accepts (a typo guard, far above any shelf).
COUNT_MAX = 999_999


class StocktakeStatus(StrEnum):
    """Where a stocktake is: being counted, waiting for the manager, approved or cancelled."""

    COUNTING = "counting"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        """True while the stocktake can still change (counting or waiting for approval)."""
        return self in (StocktakeStatus.COUNTING, StocktakeStatus.SUBMITTED)


_STATUS_LABELS = {
    StocktakeStatus.COUNTING: N_("Counting"),
    StocktakeStatus.SUBMITTED: N_("Submitted"),
    StocktakeStatus.APPROVED: N_("Approved and posted"),
    StocktakeStatus.CANCELLED: N_("Cancelled"),
}


class StocktakeStep(StrEnum):
    """The kinds of step in a stocktake's history."""

    START = "start"
    SUBMIT = "submit"
    APPROVE = "approve"
    REOPEN = "reopen"
    CANCEL = "cancel"

    @property
    def label(self) -> str:
        return _STEP_LABELS[self]


_STEP_LABELS = {
    StocktakeStep.START: N_("Started"),
    StocktakeStep.SUBMIT: N_("Submitted for approval"),
    StocktakeStep.APPROVE: N_("Approved and posted"),
    StocktakeStep.REOPEN: N_("Sent back for recounting"),
    StocktakeStep.CANCEL: N_("Cancelled"),
}

_C, _S, _A, _X = (StocktakeStatus.COUNTING, StocktakeStatus.SUBMITTED, StocktakeStatus.APPROVED,
                  StocktakeStatus.CANCELLED)

#: (status, step) -> the status after it. Approved and cancelled absorb: no step leaves them.
TRANSITIONS: Mapping[tuple[StocktakeStatus, str], StocktakeStatus] = {
    (_C, StocktakeStep.START.value): _C,
    (_C, StocktakeStep.SUBMIT.value): _S,
    (_S, StocktakeStep.APPROVE.value): _A,
    (_S, StocktakeStep.REOPEN.value): _C,
    (_C, StocktakeStep.CANCEL.value): _X,
    (_S, StocktakeStep.CANCEL.value): _X,
}


def derive_status(steps: Iterable[Step]) -> Folded[StocktakeStatus]:
    """The status a stocktake's steps lead to (steps in any order; disallowed ones are ignored)."""
    return fold(steps, TRANSITIONS, StocktakeStatus.COUNTING)


def allows(status: StocktakeStatus, step: StocktakeStep) -> bool:
    """True when ``step`` may be taken from ``status``."""
    return (status, step.value) in TRANSITIONS


def overlaps(category_a: str, category_b: str) -> bool:
    """Two stocktakes of one outlet overlap when they count the same category or either counts all ("")."""
    return not category_a or not category_b or category_a == category_b


def is_valid_count(value: object) -> bool:
    """A count is a whole number from 0 to COUNT_MAX (never a bool, never a fraction)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= COUNT_MAX


def book_at(movements: Iterable[tuple[datetime, int]], moment: datetime) -> int:
    """The balance of (time, signed quantity) movements made at or before ``moment``."""
    return sum(quantity for at, quantity in movements if at <= moment)


def difference(counted: int, book: int) -> int:
    """Counted minus book: positive when more was found than the ledger says (a gain)."""
    return counted - book


def difference_value_fen(counted: int, book: int, unit_cost_fen: int) -> int:
    """The value of the difference at the part's unit cost, in fen (negative for a loss)."""
    return difference(counted, book) * unit_cost_fen
