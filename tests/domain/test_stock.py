"""Ledger arithmetic: on-hand is the sum of movements; running balances end at on-hand."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, strategies as st

from aftersales_desktop.domain.stock import (Movement, MovementKind, on_hand, running_balance,
                                             signed_quantity)

movements = st.lists(st.builds(
    Movement, product_id=st.sampled_from(["p1", "p2", "p3"]), location=st.sampled_from(["", "A-01", "B-02"]),
    batch=st.sampled_from(["", "L1", "L2"]), quantity=st.integers(-50, 50).filter(bool),
    kind=st.sampled_from(list(MovementKind))), max_size=60)


@given(movements)
def test_on_hand_is_the_sum_of_movements_per_product_location_and_batch(moves):
    expected: Counter = Counter()
    for m in moves:
        expected[(m.product_id, m.location, m.batch)] += m.quantity
    assert on_hand(moves) == {k: v for k, v in expected.items() if v != 0}
    assert sum(on_hand(moves).values()) == sum(m.quantity for m in moves)


@given(movements, st.randoms())
def test_on_hand_does_not_depend_on_the_order_movements_arrive_in(moves, random):
    shuffled = list(moves)
    random.shuffle(shuffled)
    assert on_hand(shuffled) == on_hand(moves)


@given(movements)
def test_running_balance_ends_at_on_hand(moves):
    for product in {m.product_id for m in moves}:
        own = [m for m in moves if m.product_id == product]
        lines = running_balance(own)
        assert [m for m, _ in lines] == own
        assert lines[-1][1] == sum(v for (p, _, _), v in on_hand(moves).items() if p == product)
        previous = 0
        for movement, balance in lines:
            assert balance - previous == movement.quantity
            previous = balance
    assert running_balance([]) == []


def test_each_kind_has_its_sign_and_a_label():
    assert {k for k in MovementKind if k.sign > 0} == {MovementKind.RECEIPT, MovementKind.RETURN,
                                                        MovementKind.TRANSFER_IN, MovementKind.CUSTOMER_RETURN}
    assert {k for k in MovementKind if k.sign < 0} == {MovementKind.ISSUE, MovementKind.TRANSFER_OUT,
                                                        MovementKind.DISPOSAL}
    assert MovementKind.ADJUSTMENT.sign == 0
    assert all(k.label for k in MovementKind)


@given(st.sampled_from(list(MovementKind)), st.integers(-100, 100))
def test_a_kind_allows_only_non_zero_quantities_of_its_sign(kind, quantity):
    allowed = kind.allows(quantity)
    if quantity == 0:
        assert not allowed
    elif kind.sign == 0:
        assert allowed
    else:
        assert allowed == ((quantity > 0) == (kind.sign > 0))
        assert kind.allows(signed_quantity(kind, abs(quantity)))


def test_an_adjustment_has_no_default_sign():
    with pytest.raises(ValueError):
        signed_quantity(MovementKind.ADJUSTMENT, 3)
