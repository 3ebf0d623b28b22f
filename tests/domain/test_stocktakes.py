"""The stocktake status machine and the arithmetic of book quantities and differences."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aftersales_desktop.domain.stocktakes import (COUNT_MAX, StocktakeStatus, StocktakeStep, allows, book_at,
                                                  derive_status, difference, difference_value_fen,
                                                  is_valid_count, overlaps)
from aftersales_desktop.domain.workflow import Step

T0 = datetime(2026, 11, 2, 1, 0, tzinfo=timezone.utc)
C, S, A, X = (StocktakeStatus.COUNTING, StocktakeStatus.SUBMITTED, StocktakeStatus.APPROVED,
              StocktakeStatus.CANCELLED)


def steps(*kinds: str) -> list[Step]:
    return [Step(f"{n:04d}", kind, T0 + timedelta(minutes=n), "u") for n, kind in enumerate(kinds)]


@pytest.mark.parametrize("kinds, status, ignored", [
    (("start",), C, 0),
    (("start", "submit"), S, 0),
    (("start", "submit", "approve"), A, 0),
    (("start", "submit", "reopen"), C, 0),
    (("start", "submit", "reopen", "submit", "approve"), A, 0),
    (("start", "cancel"), X, 0),
    (("start", "submit", "cancel"), X, 0),
    (("start", "approve"), C, 1),  # approving what was not submitted does nothing
    (("start", "submit", "approve", "approve"), A, 1),  # two managers approved offline: one counts
    (("start", "submit", "approve", "reopen"), A, 1),  # approved absorbs
    (("start", "cancel", "submit"), X, 1),  # cancelled absorbs
    (("start", "submit", "submit"), S, 1),
    (("start", "reopen"), C, 1),
])
def test_status_from_steps(kinds, status, ignored):
    folded = derive_status(steps(*kinds))
    assert folded.status is status
    assert len(folded.ignored) == ignored


def test_allowed_steps_per_status():
    table = {status: {step for step in StocktakeStep if allows(status, step)} for status in StocktakeStatus}
    assert table == {
        C: {StocktakeStep.START, StocktakeStep.SUBMIT, StocktakeStep.CANCEL},
        S: {StocktakeStep.APPROVE, StocktakeStep.REOPEN, StocktakeStep.CANCEL},
        A: set(), X: set()}
    assert [s for s in StocktakeStatus if s.is_open] == [C, S]
    assert C.label == "Counting" and S.label == "Submitted"


@given(st.permutations(steps("start", "submit", "reopen", "submit", "approve", "cancel")))
def test_arrival_order_does_not_change_the_status(shuffled):
    assert derive_status(shuffled).status is A


@pytest.mark.parametrize("a, b, overlapping", [
    ("", "", True), ("", "toner", True), ("ink", "", True), ("toner", "toner", True), ("toner", "ink", False)])
def test_categories_overlap(a, b, overlapping):
    assert overlaps(a, b) is overlapping


@pytest.mark.parametrize("value, valid", [
    (0, True), (7, True), (COUNT_MAX, True), (COUNT_MAX + 1, False), (-1, False), (2.5, False), (3.0, False),
    ("3", False), (True, False), (None, False)])
def test_counts_are_whole_numbers_of_zero_or_more(value, valid):
    assert is_valid_count(value) is valid


MOVES = [(T0, 10), (T0 + timedelta(hours=1), -3), (T0 + timedelta(hours=2), 5), (T0 + timedelta(hours=3), -1)]


@pytest.mark.parametrize("moment, book", [
    (T0 - timedelta(seconds=1), 0), (T0, 10), (T0 + timedelta(minutes=90), 7), (T0 + timedelta(hours=2), 12),
    (T0 + timedelta(days=1), 11)])
def test_book_at_a_moment_counts_movements_made_up_to_and_at_it(moment, book):
    assert book_at(MOVES, moment) == book
    assert book_at(reversed(MOVES), moment) == book  # arrival order (sync) does not matter


@pytest.mark.parametrize("counted, book, cost, diff, value", [
    (10, 10, 15000, 0, 0), (8, 10, 15000, -2, -30000), (12, 10, 100, 2, 200), (0, 3, 999, -3, -2997),
    (4, -2, 50, 6, 300), (5, 0, 0, 5, 0)])
def test_difference_and_its_value(counted, book, cost, diff, value):
    assert difference(counted, book) == diff
    assert difference_value_fen(counted, book, cost) == value


@given(st.lists(st.tuples(st.integers(0, 100), st.integers(-50, 50)), max_size=30), st.integers(0, 100),
       st.integers(0, 500))
def test_after_the_adjustment_on_hand_is_the_count_plus_what_moved_after_it(raw, count_minute, counted):
    movements = [(T0 + timedelta(minutes=m), q) for m, q in raw]
    counted_at = T0 + timedelta(minutes=count_minute)
    adjustment = difference(counted, book_at(movements, counted_at))
    after = sum(q for at, q in movements if at > counted_at)
    assert sum(q for _at, q in movements) + adjustment == counted + after
