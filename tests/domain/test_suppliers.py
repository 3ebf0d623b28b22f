"""Supplier evaluation rules: periods, on-time, price index, part scores and the weighted score."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.suppliers import (PricedQuantity, SupplierFigures, is_flagged, is_on_time,
                                                 on_time_score, parse_period, period_bounds, previous_month,
                                                 price_index, price_score, quality_score, score,
                                                 weighted_score)


@pytest.mark.parametrize("text, label, first, last", [
    ("2026-10", "2026-10", date(2026, 10, 1), date(2026, 10, 31)),
    ("2026-2", "2026-02", date(2026, 2, 1), date(2026, 2, 28)),
    ("2028-02", "2028-02", date(2028, 2, 1), date(2028, 2, 29)),  # leap year
    (" 2026-12 ", "2026-12", date(2026, 12, 1), date(2026, 12, 31)),
    ("2026-Q1", "2026-Q1", date(2026, 1, 1), date(2026, 3, 31)),
    ("2026-q2", "2026-Q2", date(2026, 4, 1), date(2026, 6, 30)),
    ("2026Q3", "2026-Q3", date(2026, 7, 1), date(2026, 9, 30)),
    ("2026-Q4", "2026-Q4", date(2026, 10, 1), date(2026, 12, 31)),
])
def test_months_and_quarters_parse_to_inclusive_bounds(text, label, first, last):
    period = parse_period(text)
    assert (period.label, period.first, period.last) == (label, first, last)
    assert period_bounds(text) == (first, last)
    assert period.contains(first) and period.contains(last)


@pytest.mark.parametrize("text", ["", "2026", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "26-10",
                                  "October 2026", "2026-10-01", "1999-05", "abc"])
def test_anything_else_is_refused_under_the_period_field(text):
    with pytest.raises(ValidationError) as caught:
        parse_period(text)
    assert set(caught.value.errors) == {"period"}


@pytest.mark.parametrize("today, expected", [
    (date(2026, 11, 27), "2026-10"), (date(2026, 1, 5), "2025-12"), (date(2026, 12, 31), "2026-11")])
def test_previous_month(today, expected):
    assert previous_month(today) == expected


@pytest.mark.parametrize("promised, received, on_time", [
    (date(2026, 10, 10), date(2026, 10, 9), True),
    (date(2026, 10, 10), date(2026, 10, 10), True),
    (date(2026, 10, 10), date(2026, 10, 11), False),
    (None, date(2026, 10, 11), True),  # nothing promised, no promise broken
])
def test_on_time_is_received_on_or_before_the_promised_day(promised, received, on_time):
    assert is_on_time(promised, received) is on_time


@pytest.mark.parametrize("on_time, deliveries, expected", [
    (4, 4, 100), (3, 4, 75), (0, 3, 0), (2, 3, 67), (1, 3, 33), (1, 8, 13)])
def test_on_time_score(on_time, deliveries, expected):
    assert on_time_score(on_time, deliveries) == expected


@pytest.mark.parametrize("defective, received, expected", [
    (0, 100, 100), (1, 100, 90), (2, 100, 80), (5, 200, 75), (10, 100, 0), (30, 100, 0),
    (1, 40, 75), (1, 3, 0), (0, 0, 100), (1, 0, 0)])
def test_quality_score_loses_ten_points_per_percent_defective(defective, received, expected):
    assert quality_score(defective, received) == expected


@pytest.mark.parametrize("index, expected", [
    (80, 100), (100, 100), (101, 98), (104, 90), (110, 75), (120, 50), (139, 3), (140, 0), (200, 0)])
def test_price_score_falls_two_and_a_half_points_per_index_point_above_average(index, expected):
    assert price_score(index) == expected


@pytest.mark.parametrize("on_time, quality, price, expected", [
    (100, 100, 100, 100), (0, 0, 0, 0), (50, 100, 100, 80), (100, 80, 75, 87), (67, 67, 100, 74),
    (75, 75, 75, 75), (33, 100, 50, 63)])
def test_weighted_score_is_forty_forty_twenty(on_time, quality, price, expected):
    assert weighted_score(on_time, quality, price) == expected


def test_price_index_compares_part_by_part_with_the_average_paid():
    own = [PricedQuantity("drum", 10, 110_00)]
    market = own + [PricedQuantity("drum", 10, 90_00)]
    # The average drum cost 100 yuan; this supplier charged 110.
    assert price_index(own, market) == 110
    cheap = [PricedQuantity("drum", 10, 90_00)]
    assert price_index(cheap, market) == 90


def test_price_index_does_not_punish_selling_costlier_parts():
    # Supplier A sells only drums (dear), at the going price; the index stays 100.
    drums = [PricedQuantity("drum", 5, 300_00)]
    ink = [PricedQuantity("ink", 50, 20_00)]
    assert price_index(drums, drums + ink) == 100


def test_price_index_weighs_by_quantity_across_parts():
    own = [PricedQuantity("drum", 1, 120_00), PricedQuantity("ink", 10, 20_00)]
    market = own + [PricedQuantity("drum", 1, 80_00), PricedQuantity("ink", 10, 20_00)]
    # charged 120 + 200 = 320; at the averages 100 + 200 = 300 -> 106.67
    assert price_index(own, market) == 107


@pytest.mark.parametrize("own", [[], [PricedQuantity("drum", 3, 0)]])
def test_price_index_without_anything_to_compare_is_100(own):
    assert price_index(own, own) == 100


def test_price_index_without_competitors_is_100():
    own = [PricedQuantity("drum", 3, 150_00), PricedQuantity("drum", 1, 170_00)]
    assert price_index(own, own) == 100


@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.integers(1, 50), st.integers(0, 100_000)),
                min_size=1, max_size=12))
def test_a_sole_supplier_always_has_index_100(lines):
    own = [PricedQuantity(*line) for line in lines]
    assert price_index(own, own) == 100


@pytest.mark.parametrize("figures, expected", [
    # deliveries, on time, received, defective, price index -> on-time, quality, price, score
    (SupplierFigures(4, 4, 100, 0, 100), (100, 100, 100, 100)),
    (SupplierFigures(4, 3, 100, 2, 110), (75, 80, 75, 77)),
    (SupplierFigures(2, 1, 50, 5, 95), (50, 0, 100, 40)),
    (SupplierFigures(3, 0, 30, 0, 140), (0, 100, 0, 40)),
])
def test_score_of_period_figures(figures, expected):
    result = score(figures)
    assert (result.on_time_score, result.quality_score, result.price_score, result.score) == expected


@pytest.mark.parametrize("value, threshold, flagged", [(69, 70, True), (70, 70, False), (0, 0, False),
                                                       (99, 100, True)])
def test_flagged_below_the_threshold(value, threshold, flagged):
    assert is_flagged(value, threshold) is flagged
