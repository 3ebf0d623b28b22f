"""Supplier evaluation (供应商评估和考核): evaluation periods, the figures of a period and the scores.

The rules, fixed here so every site computes the same score from the same facts:

- A period is a month ("2026-10") or a quarter ("2026-Q4"); its bounds are inclusive dates.
- A delivery is on time when it was received on or before the promised date. A delivery without
  a promised date counts as on time: nothing was promised, so no promise was broken (and the
  receiving form asks for the date, so a missing one is a deliberate choice).
- on_time_score = 100 * on-time deliveries / deliveries.
- quality_score = 100 - 10 points per percent of the received quantity found defective (at
  goods-in, in an inspection or in a customer return), floor 0: 2 % defective scores 80, 10 % or
  more scores 0.
- price_index = 100 * what the supplier charged for the parts it delivered / what the same
  quantities would have cost at the period's average unit cost paid to all suppliers for each
  part. Comparing part by part keeps a supplier of costly drums from looking dear next to one of
  cheap ink. With no other supplier of the same parts the index is 100.
- price_score = 100 at or below the average (index <= 100), 2.5 points less per index point above,
  floor 0 (40 % dearer than the average scores 0). Paying the going price is not penalised.
- score = 40 % on-time + 40 % quality + 20 % price, of the rounded part scores, rounded half up.
- A supplier whose latest score is below the pass mark (threshold, default 70) is flagged for
  replacement (待更换).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction
from typing import Iterable

from aftersales_desktop.domain.enums import N_
from aftersales_desktop.domain.errors import ValidationError

DEFAULT_THRESHOLD = 70
WEIGHT_ON_TIME, WEIGHT_QUALITY, WEIGHT_PRICE = 40, 40, 20
QUALITY_POINTS_PER_PERCENT = 10
PRICE_POINTS_PER_INDEX_POINT = Fraction(5, 2)
PRICE_INDEX_FREE = 100

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)


class DefectSource(StrEnum):
    """Where defective units of a supplier were found."""

    GOODS_IN = "goods_in"
    INSPECTION = "inspection"
    RETURN = "return"

    @property
    def label(self) -> str:
        return _SOURCE_LABELS[self]


_SOURCE_LABELS = {
    DefectSource.GOODS_IN: N_("Rejected at goods-in"),
    DefectSource.INSPECTION: N_("Found in an inspection"),
    DefectSource.RETURN: N_("Customer return"),
}


@dataclass(frozen=True)
class Period:
    """An evaluation period: its label ("2026-10" or "2026-Q4") and inclusive first and last day."""

    label: str
    first: date
    last: date

    def contains(self, day: date) -> bool:
        """True when ``day`` falls in the period."""
        return self.first <= day <= self.last


def parse_period(text: str) -> Period:
    """The month ("2026-10") or quarter ("2026-Q4") ``text`` names; ValidationError under "period"."""
    cleaned = text.strip().upper().replace(" ", "")
    month = _MONTH.match(cleaned)
    quarter = _QUARTER.match(cleaned)
    if month and 1 <= int(month.group(2)) <= 12 and int(month.group(1)) >= 2000:
        year, number = int(month.group(1)), int(month.group(2))
        last = calendar.monthrange(year, number)[1]
        return Period(f"{year}-{number:02d}", date(year, number, 1), date(year, number, last))
    if quarter and int(quarter.group(1)) >= 2000:
        year, number = int(quarter.group(1)), int(quarter.group(2))
        first_month = 3 * number - 2
        last_day = calendar.monthrange(year, first_month + 2)[1]
        return Period(f"{year}-Q{number}", date(year, first_month, 1), date(year, first_month + 2, last_day))
    raise ValidationError.single("period", "Enter a month such as 2026-10 or a quarter such as 2026-Q4.")


def period_bounds(text: str) -> tuple[date, date]:
    """The first and last day (inclusive) of a month or quarter."""
    period = parse_period(text)
    return period.first, period.last


def previous_month(today: date) -> str:
    """The month before ``today``'s, as a period label (the usual one to evaluate)."""
    year, month = (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    return f"{year}-{month:02d}"


def is_on_time(promised_on: date | None, received_on: date) -> bool:
    """Received on or before the promised day; without a promise a delivery is on time."""
    return promised_on is None or received_on <= promised_on


@dataclass(frozen=True)
class PricedQuantity:
    """Units of a part received at a unit cost (one receipt)."""

    product_id: str
    quantity: int
    unit_cost_fen: int


@dataclass(frozen=True)
class SupplierFigures:
    """What happened with a supplier in a period: the facts its scores come from."""

    deliveries: int
    on_time_deliveries: int
    received_quantity: int
    defective_quantity: int
    price_index: int


@dataclass(frozen=True)
class Scores:
    """The part scores and the weighted score, each 0-100."""

    on_time_score: int
    quality_score: int
    price_score: int
    score: int


def round_half_up(value: Fraction) -> int:
    """Round an exact fraction to the nearest whole number, halves up (no float drift)."""
    return int((value + Fraction(1, 2)).__floor__())


def price_index(own: Iterable[PricedQuantity], market: Iterable[PricedQuantity]) -> int:
    """100 * what the supplier charged / the same quantities at the average paid for each part.

    ``market`` holds every supplier's receipts of the period (the supplier's own included); parts
    nobody else supplied compare with the supplier's own average, which adds 100 for them.
    """
    market_quantity: dict[str, int] = {}
    market_cost: dict[str, int] = {}
    for line in market:
        market_quantity[line.product_id] = market_quantity.get(line.product_id, 0) + line.quantity
        market_cost[line.product_id] = market_cost.get(line.product_id, 0) + line.quantity * line.unit_cost_fen
    charged = Fraction(0)
    at_average = Fraction(0)
    for line in own:
        quantity = market_quantity.get(line.product_id, 0)
        average = (Fraction(market_cost[line.product_id], quantity) if quantity
                   else Fraction(line.unit_cost_fen))
        charged += line.quantity * line.unit_cost_fen
        at_average += line.quantity * average
    if at_average == 0:
        return 100
    return round_half_up(100 * charged / at_average)


def on_time_score(on_time: int, deliveries: int) -> int:
    """100 * share of deliveries that came on time."""
    if deliveries <= 0:
        raise ValueError("no deliveries to score")
    return round_half_up(Fraction(100 * on_time, deliveries))


def quality_score(defective: int, received: int) -> int:
    """100 minus 10 points per percent defective, floor 0 (no units received: 100 unless defects)."""
    if received <= 0:
        return 100 if defective <= 0 else 0
    percent = Fraction(100 * defective, received)
    return max(0, round_half_up(100 - QUALITY_POINTS_PER_PERCENT * percent))


def price_score(index: int) -> int:
    """100 at or below the average price (index 100), 2.5 points less per point above, floor 0."""
    above = max(0, index - PRICE_INDEX_FREE)
    return max(0, round_half_up(100 - PRICE_POINTS_PER_INDEX_POINT * above))


def weighted_score(on_time: int, quality: int, price: int) -> int:
    """40 % on-time + 40 % quality + 20 % price, rounded half up."""
    total = WEIGHT_ON_TIME * on_time + WEIGHT_QUALITY * quality + WEIGHT_PRICE * price
    return round_half_up(Fraction(total, WEIGHT_ON_TIME + WEIGHT_QUALITY + WEIGHT_PRICE))


def score(figures: SupplierFigures) -> Scores:
    """The scores of a period's figures (at least one delivery)."""
    on_time = on_time_score(figures.on_time_deliveries, figures.deliveries)
    quality = quality_score(figures.defective_quantity, figures.received_quantity)
    price = price_score(figures.price_index)
    return Scores(on_time, quality, price, weighted_score(on_time, quality, price))


def is_flagged(score_value: int, threshold: int) -> bool:
    """True when a score is below the pass mark: the supplier is flagged for replacement (待更换)."""
    return score_value < threshold
