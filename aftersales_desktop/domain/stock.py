"""The spare-parts ledger (备件库存台账): movement kinds and the arithmetic of on-hand and balances.

Stock is never a stored number: every receipt, issue, return, transfer, disposal and stocktake
adjustment is an immutable movement with a signed quantity, and on-hand is their sum (design.md,
"Data rules"). Nothing here touches Qt or the database.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum
from typing import Iterable, Protocol, TypeVar

from aftersales_desktop.domain.enums import N_


class MovementKind(StrEnum):
    """What a ledger movement records."""

    RECEIPT = "receipt"
    ISSUE = "issue"
    RETURN = "return"
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"
    DISPOSAL = "disposal"
    ADJUSTMENT = "adjustment"
    CUSTOMER_RETURN = "customer_return"  # a returned product booked in, into quarantine

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @property
    def sign(self) -> int:
        """+1 when the kind adds stock, -1 when it takes stock away, 0 when either (adjustments)."""
        return _KIND_SIGNS[self]

    def allows(self, quantity: int) -> bool:
        """True when a signed ``quantity`` is non-zero and has the sign this kind must have."""
        if quantity == 0:
            return False
        return self.sign == 0 or (quantity > 0) == (self.sign > 0)


_KIND_LABELS = {
    MovementKind.RECEIPT: N_("Receipt"),
    MovementKind.ISSUE: N_("Issue"),
    MovementKind.RETURN: N_("Return of unused parts"),
    MovementKind.TRANSFER_OUT: N_("Transfer out"),
    MovementKind.TRANSFER_IN: N_("Transfer in"),
    MovementKind.DISPOSAL: N_("Disposal"),
    MovementKind.ADJUSTMENT: N_("Stocktake adjustment"),
    MovementKind.CUSTOMER_RETURN: N_("Customer return"),
}

_KIND_SIGNS = {
    MovementKind.RECEIPT: 1,
    MovementKind.ISSUE: -1,
    MovementKind.RETURN: 1,
    MovementKind.TRANSFER_OUT: -1,
    MovementKind.TRANSFER_IN: 1,
    MovementKind.DISPOSAL: -1,
    MovementKind.ADJUSTMENT: 0,
    MovementKind.CUSTOMER_RETURN: 1,
}


class MovementLike(Protocol):
    """Anything with the fields the ledger arithmetic needs (a model row or a Movement)."""

    product_id: str
    location: str
    batch: str
    quantity: int


@dataclass(frozen=True)
class Movement:
    """A plain ledger movement, for callers and tests without a database row."""

    product_id: str
    location: str
    batch: str
    quantity: int
    kind: MovementKind = MovementKind.ADJUSTMENT


StockKey = tuple[str, str, str]  # (product_id, location, batch)
M = TypeVar("M", bound=MovementLike)


def signed_quantity(kind: MovementKind, quantity: int) -> int:
    """The signed quantity of a movement of ``kind`` for a positive ``quantity`` (not adjustments)."""
    if kind.sign == 0:
        raise ValueError("an adjustment carries its own sign")
    return kind.sign * abs(quantity)


def on_hand(movements: Iterable[MovementLike]) -> dict[StockKey, int]:
    """On-hand per (product, location, batch): the sum of the movements. Keys summing to 0 are left out."""
    totals: dict[StockKey, int] = defaultdict(int)
    for movement in movements:
        totals[(movement.product_id, movement.location, movement.batch)] += movement.quantity
    return {key: total for key, total in totals.items() if total != 0}


def running_balance(movements: Iterable[M]) -> list[tuple[M, int]]:
    """Each movement, in the order given, with the balance after it (over all of ``movements``)."""
    balance = 0
    lines = []
    for movement in movements:
        balance += movement.quantity
        lines.append((movement, balance))
    return lines
