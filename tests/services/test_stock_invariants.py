"""Ledger invariants under random sequences of stock services (hypothesis).

Whatever receipts, issues, returns, transfers, disposals and corrections a storekeeper and a manager
try, in any order: on-hand is exactly what a simple model of the shelves says, never below zero
(nobody allowed negative stock), every refused call writes nothing, every accepted call writes one
movement and one outbox entry, running balances end at on-hand, and transfers are in transit
until received.
"""

from __future__ import annotations

import itertools
import shutil
from collections import Counter
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aftersales_desktop.domain.enums import ProductType, Role
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services import catalog, stock
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.storage.database import open_database
from aftersales_desktop.storage.models import OutboxEntry, StockMovement
from tests.services.support import Clock, count, second_outlet_storekeeper, staff_context
from tests.services.support import _outlet_template, fast_passwords  # noqa: F401  (fixtures)

NOW = datetime(2026, 11, 2, 1, 0, tzinfo=timezone.utc)
LOCATIONS = ("A-01", "B-02")
BATCHES = ("L1", "L2")
_runs = itertools.count()

part = st.integers(0, 1)
place = st.tuples(part, st.sampled_from(LOCATIONS), st.sampled_from(BATCHES))
quantity = st.integers(-1, 6)  # 0 and -1: refused with a message
operations = st.lists(st.one_of(
    st.tuples(st.just("receive"), place, quantity),
    st.tuples(st.just("issue"), place, quantity),
    st.tuples(st.just("return"), place, quantity),
    st.tuples(st.just("transfer"), place, quantity),
    st.tuples(st.just("receive_transfer"), st.integers(0, 5), st.sampled_from(LOCATIONS)),
    st.tuples(st.just("dispose"), place, quantity),
    st.tuples(st.just("correct"), place, st.integers(-1, 8)),
), min_size=1, max_size=25)


class Shelves:
    """Two outlets in one database (as after a sync): SH01's storekeeper and manager, BJ01's storekeeper."""

    def __init__(self, template, folder) -> None:
        data_dir, (manager, _clerk, tech), _tech_id, product_id = template
        shutil.copytree(data_dir, folder)
        self.db = open_database(folder)
        clock = Clock(NOW)
        self.manager = AppContext(self.db, manager, now=clock)
        self.keeper = staff_context(self.manager, "store", "仓管", Role.STOREKEEPER, clock)
        second = catalog.create_product(self.manager, catalog.ProductDraft(ProductType.DRUM, "Brother", "DR-2350"))
        self.parts = (product_id, second.id)
        self.beijing = second_outlet_storekeeper(self.db, clock, username="bj")

    def writes(self) -> tuple[int, int]:
        return count(self.db, OutboxEntry), count(self.db, StockMovement)


@pytest.fixture(scope="module")
def template(_outlet_template):
    return _outlet_template


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=operations)
def test_on_hand_follows_the_model_and_refusals_write_nothing(template, tmp_path_factory, steps):
    shelves = Shelves(template, tmp_path_factory.mktemp("shelves") / f"run{next(_runs)}")
    try:
        _run(shelves, steps)
    finally:
        shelves.db.dispose()


def _run(shelves: Shelves, steps) -> None:
    here, there = shelves.keeper.user.outlet_id, shelves.beijing.user.outlet_id
    model: Counter = Counter()  # (outlet, part, location, batch) -> on hand
    pending: list[tuple[str, str, str, int]] = []  # transfer id, part, batch, quantity
    for step in steps:
        before = shelves.writes()
        accepted = _apply(shelves, step, model, pending, here, there)
        after = shelves.writes()
        assert after == ((before[0] + 1, before[1] + 1) if accepted else before), step
        assert all(value >= 0 for value in model.values())

    for ctx in (shelves.keeper, shelves.beijing):
        outlet_id = ctx.user.outlet_id
        seen = {(outlet_id, line.product_id, line.location, line.batch): line.quantity
                for line in stock.on_hand(ctx)}
        assert seen == {k: v for k, v in model.items() if k[0] == outlet_id and v != 0}
        for product_id in shelves.parts:
            lines = stock.ledger(ctx, product_id)
            total = sum(v for (o, p, _, _), v in model.items() if o == outlet_id and p == product_id)
            assert (lines[-1].balance if lines else 0) == total
    assert sorted(m.id for m in stock.in_transit(shelves.keeper)) == sorted(t[0] for t in pending)


def _apply(shelves: Shelves, step, model: Counter, pending: list, here: str, there: str) -> bool:
    """Make the call; check the service accepts exactly what the model allows. True when it wrote."""
    kind = step[0]
    if kind == "receive_transfer":
        if not pending:
            return False
        transfer_id, product_id, batch, qty = pending.pop(step[1] % len(pending))
        stock.receive_transfer(shelves.beijing, transfer_id, location=step[2])
        model[(there, product_id, step[2], batch)] += qty
        return True
    (index, location, batch), qty = step[1], step[2]
    product_id = shelves.parts[index]
    key = (here, product_id, location, batch)
    if kind == "correct":
        valid = qty >= 0
        call = lambda: stock.adjust(shelves.manager, product_id, location=location, batch=batch,  # noqa: E731
                                    counted=qty, reason="复核")
        if not valid:
            with pytest.raises(ValidationError):
                call()
            return False
        moved = call()
        if moved is None:
            assert model[key] == qty
            return False
        model[key] = qty
        return True
    adds = kind in ("receive", "return")
    valid = qty >= 1 and (adds or qty <= model[key])
    if kind == "receive":
        call = lambda: stock.receive(shelves.keeper, product_id, qty, location=location, batch=batch,  # noqa: E731
                                     unit_cost_fen=100)
    elif kind == "return":
        call = lambda: stock.return_unused(shelves.keeper, product_id, qty, location=location,  # noqa: E731
                                           batch=batch)
    elif kind == "issue":
        call = lambda: stock.issue(shelves.keeper, product_id, qty, location=location, batch=batch)  # noqa: E731
    elif kind == "transfer":
        call = lambda: stock.transfer(shelves.keeper, product_id, qty, there, location=location,  # noqa: E731
                                      batch=batch)
    else:
        call = lambda: stock.dispose(shelves.manager, product_id, qty, location=location, batch=batch,  # noqa: E731
                                     reason="过期")
    if not valid:
        with pytest.raises(ValidationError):
            call()
        return False
    moved = call()
    model[key] += qty if adds else -qty
    if kind == "transfer":
        pending.append((moved.id, product_id, batch, qty))
    return True
