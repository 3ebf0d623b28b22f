"""The stock ledger services: receipts, issues, returns, transfers, disposals, counts, alerts."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from aftersales_desktop.domain.enums import Role
from aftersales_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from aftersales_desktop.domain.stock import MovementKind
from aftersales_desktop.services import stock
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.storage.models import OutboxEntry, StockLevel, StockMovement
from tests.services.support import Clock, count, second_outlet_storekeeper, staff_context
from tests.services.support import _outlet_template, fast_passwords, outlet_copy  # noqa: F401  (fixtures)

NOW = datetime(2026, 3, 16, 2, 0, tzinfo=timezone.utc)


class Store:
    """The outlet with a storekeeper, a manager and a technician on one clock."""

    def __init__(self, outlet) -> None:
        self.db = outlet.db
        self.clock = Clock(NOW)
        self.product_id = outlet.product_id
        self.tech_id = outlet.technician_id
        self.manager = AppContext(self.db, outlet.manager.user, now=self.clock)
        self.technician = AppContext(self.db, outlet.technician.user, now=self.clock)
        self.keeper = staff_context(self.manager, "store", "仓管张", Role.STOREKEEPER, self.clock)

    def outbox(self) -> int:
        return count(self.db, OutboxEntry)

    def receive(self, quantity=10, **changes):
        values = dict(location="A-01", batch="L1", unit_cost_fen=15000, reference="DN-1")
        values.update(changes)
        return stock.receive(self.keeper, self.product_id, quantity, **values)

    def other_outlet(self) -> AppContext:
        """A storekeeper of a second outlet (BJ01) in the same database, as after a sync."""
        return second_outlet_storekeeper(self.db, self.clock)


@pytest.fixture
def store(outlet) -> Store:
    return Store(outlet)


def quantities(store: Store, ctx: AppContext | None = None) -> dict:
    return {(s.location, s.batch): s.quantity for s in stock.on_hand(ctx or store.keeper, product_id=store.product_id)}


def refused_without_writing(store: Store, call, error=ValidationError):
    before = store.outbox(), count(store.db, StockMovement)
    with pytest.raises(error) as caught:
        call()
    assert (store.outbox(), count(store.db, StockMovement)) == before
    return caught.value


def test_receive_issue_return_and_the_ledger(store):
    received = store.receive(10, expires_on=date(2027, 1, 1))
    assert received.kind is MovementKind.RECEIPT and received.quantity == 10
    issued = stock.issue(store.keeper, store.product_id, 3, location="A-01", batch="L1",
                         to_technician=store.tech_id)
    assert issued.quantity == -3 and issued.technician_id == store.tech_id and not issued.negative_allowed
    stock.return_unused(store.keeper, store.product_id, 1, location="A-01", batch="L1",
                        from_technician=store.tech_id)
    assert quantities(store) == {("A-01", "L1"): 8}
    lines = stock.ledger(store.technician, store.product_id)
    assert [(line.movement.kind, line.balance) for line in lines] == [
        (MovementKind.RECEIPT, 10), (MovementKind.ISSUE, 7), (MovementKind.RETURN, 8)]


def test_on_hand_is_kept_by_location_and_batch(store):
    store.receive(5, reference="DN-1")
    store.receive(4, batch="L2", reference="DN-2")
    store.receive(2, location="B-02", reference="DN-3")
    assert quantities(store) == {("A-01", "L1"): 5, ("A-01", "L2"): 4, ("B-02", "L1"): 2}


@pytest.mark.parametrize("quantity", [0, -2, 1.5, True])
def test_zero_negative_or_fractional_quantities_are_refused(store, quantity):
    error = refused_without_writing(store, lambda: store.receive(quantity))
    assert error.errors == {"quantity": "Enter a whole number of at least 1."}
    store.receive(5)
    for call in (lambda: stock.issue(store.keeper, store.product_id, quantity, location="A-01", batch="L1"),
                 lambda: stock.return_unused(store.keeper, store.product_id, quantity, location="A-01"),
                 lambda: stock.dispose(store.manager, store.product_id, quantity, location="A-01",
                                       batch="L1", reason="破损")):
        assert "quantity" in refused_without_writing(store, call).errors


def test_receiving_the_same_delivery_note_twice_is_refused(store):
    store.receive(10, reference="DN-7")
    error = refused_without_writing(store, lambda: store.receive(10, reference="DN-7"))
    assert error.errors == {"reference": "Delivery note {reference} was already received for this part."}
    assert error.params == {"reference": "DN-7"}
    assert quantities(store) == {("A-01", "L1"): 10}


def test_issuing_more_than_on_hand_is_refused_with_what_is_on_hand(store):
    store.receive(2)
    error = refused_without_writing(store, lambda: stock.issue(
        store.keeper, store.product_id, 3, location="A-01", batch="L1"))
    assert "quantity" in error.errors and error.params["on_hand"] == 2


def test_only_storekeepers_issue_and_never_below_zero_at_the_desk(store):
    """Negative stock needs a manager's allowance given when approving a requisition (services.requisitions)."""
    store.receive(2)
    refused_without_writing(store, lambda: stock.issue(
        store.manager, store.product_id, 1, location="A-01", batch="L1"), PermissionDenied)
    with pytest.raises(TypeError):
        stock.issue(store.keeper, store.product_id, 3, location="A-01", batch="L1",  # type: ignore[call-arg]
                    allow_negative_reason="急修")
    assert not stock.issue(store.keeper, store.product_id, 2, location="A-01", batch="L1").negative_allowed
    assert quantities(store) == {}


def test_issue_to_a_missing_job_or_part_is_refused_without_writing(store):
    store.receive(5)
    refused_without_writing(store, lambda: stock.issue(store.keeper, store.product_id, 1, location="A-01",
                                                       batch="L1", job_id="nope"), NotFound)
    refused_without_writing(store, lambda: stock.issue(store.keeper, "nope", 1, location="A-01"), NotFound)


def test_a_transfer_is_in_transit_until_the_other_outlet_receives_it(store):
    store.receive(10, expires_on=date(2026, 12, 31))
    beijing = store.other_outlet()
    out = stock.transfer(store.keeper, store.product_id, 4, beijing.user.outlet_id, location="A-01", batch="L1")
    assert out.kind is MovementKind.TRANSFER_OUT and out.quantity == -4
    assert quantities(store) == {("A-01", "L1"): 6}
    assert quantities(store, beijing) == {}
    assert [m.id for m in stock.in_transit(store.keeper)] == [out.id]
    assert [m.id for m in stock.in_transit(beijing)] == [out.id]
    refused_without_writing(store, lambda: stock.receive_transfer(store.keeper, out.id), NotFound)
    arrived = stock.receive_transfer(beijing, out.id, location="BJ-1")
    assert (arrived.kind, arrived.quantity, arrived.batch, arrived.reference) == (
        MovementKind.TRANSFER_IN, 4, "L1", out.id)
    assert arrived.expires_on == date(2026, 12, 31)
    assert quantities(store, beijing) == {("BJ-1", "L1"): 4}
    assert stock.in_transit(store.keeper) == [] and stock.in_transit(beijing) == []
    refused_without_writing(store, lambda: stock.receive_transfer(beijing, out.id))


def test_a_transfer_needs_another_outlet_and_enough_stock(store):
    store.receive(2)
    own = store.keeper.user.outlet_id
    assert "to_outlet" in refused_without_writing(store, lambda: stock.transfer(
        store.keeper, store.product_id, 1, own, location="A-01", batch="L1")).errors
    refused_without_writing(store, lambda: stock.transfer(
        store.keeper, store.product_id, 1, "nope", location="A-01", batch="L1"), NotFound)
    beijing = store.other_outlet()
    refused_without_writing(store, lambda: stock.transfer(
        store.keeper, store.product_id, 3, beijing.user.outlet_id, location="A-01", batch="L1"))


def test_disposal_needs_a_manager_and_a_reason(store):
    store.receive(5)
    refused_without_writing(store, lambda: stock.dispose(store.keeper, store.product_id, 1, location="A-01",
                                                         batch="L1", reason="过期"), PermissionDenied)
    assert "reason" in refused_without_writing(store, lambda: stock.dispose(
        store.manager, store.product_id, 1, location="A-01", batch="L1", reason=" ")).errors
    refused_without_writing(store, lambda: stock.dispose(store.manager, store.product_id, 6, location="A-01",
                                                         batch="L1", reason="过期"))
    disposed = stock.dispose(store.manager, store.product_id, 2, location="A-01", batch="L1", reason="包装破损")
    assert disposed.kind is MovementKind.DISPOSAL and disposed.note == "包装破损"
    assert quantities(store) == {("A-01", "L1"): 3}


def test_a_managers_correction_posts_the_difference_as_an_adjustment(store):
    """Routine counts go through stocktakes; a direct correction is a manager's alone."""
    store.receive(10)
    refused_without_writing(store, lambda: stock.adjust(
        store.keeper, store.product_id, location="A-01", batch="L1", counted=7, reason="盘点"), PermissionDenied)
    down = stock.adjust(store.manager, store.product_id, location="A-01", batch="L1", counted=7, reason="盘点")
    assert down.kind is MovementKind.ADJUSTMENT and down.quantity == -3
    up = stock.adjust(store.manager, store.product_id, location="A-01", batch="L1", counted=9, reason="盘点")
    assert up.quantity == 2
    before = store.outbox()
    assert stock.adjust(store.manager, store.product_id, location="A-01", batch="L1", counted=9,
                        reason="盘点") is None
    assert store.outbox() == before
    assert quantities(store) == {("A-01", "L1"): 9}
    assert set(refused_without_writing(store, lambda: stock.adjust(
        store.manager, store.product_id, location="A-01", counted=-1, reason="")).errors) == {"counted", "reason"}


def test_alerts_below_safety_stock_and_batches_near_expiry(store):
    assert stock.alerts(store.keeper) == []
    stock.set_stock_level(store.keeper, store.product_id, 5, "A-01")
    store.receive(3, batch="L1", reference="DN-1", expires_on=date(2026, 4, 1))
    store.receive(1, batch="L2", reference="DN-2", expires_on=date(2027, 4, 1))
    found = stock.alerts(store.keeper)
    assert [(a.kind, a.quantity) for a in found] == [("below_safety", 4), ("expiring", 3)]
    assert found[0].safety_stock == 5 and found[0].product_title == "HP CF283A"
    assert (found[1].batch, found[1].expires_on) == ("L1", date(2026, 4, 1))
    assert [a.kind for a in stock.alerts(store.keeper, within_days=5)] == ["below_safety"]
    stock.issue(store.keeper, store.product_id, 3, location="A-01", batch="L1")  # the old batch is used up
    store.receive(10, batch="L3", reference="DN-3")
    assert stock.alerts(store.keeper) == []


def test_stock_level_is_updated_in_place_and_the_newest_of_two_rows_wins(store):
    first = stock.set_stock_level(store.keeper, store.product_id, 5, "A-01")
    again = stock.set_stock_level(store.keeper, store.product_id, 8, "A-02")
    assert again.id == first.id and count(store.db, StockLevel) == 1
    with store.db.transaction() as session:  # another site made its own row for the same part
        session.add(StockLevel(outlet_id=store.keeper.user.outlet_id, product_id=store.product_id,
                               safety_stock=2, location="C-03"))
    level = stock.stock_level(store.keeper, store.product_id)
    assert (level.safety_stock, level.location) == (2, "C-03")
    assert "safety_stock" in refused_without_writing(store, lambda: stock.set_stock_level(
        store.keeper, store.product_id, -1)).errors


def test_every_write_is_captured_for_sync(store):
    before = store.outbox()
    store.receive(5)
    assert store.outbox() == before + 1


def test_levels_and_expiries_of_a_whole_outlet_in_one_read(store):
    store.receive(3, batch="L1", expires_on=date(2027, 1, 31))
    store.receive(2, batch="L1", reference="DN-2", expires_on=date(2026, 12, 31))
    store.receive(1, batch="L2", reference="DN-3")
    stock.set_stock_level(store.keeper, store.product_id, 4, "A-01")
    assert stock.batch_expiries(store.keeper) == {(store.product_id, "L1"): date(2026, 12, 31)}
    levels = stock.stock_levels(store.keeper)
    assert list(levels) == [store.product_id] and levels[store.product_id].safety_stock == 4
    assert stock.stock_levels(store.keeper, outlet_id=store.other_outlet().user.outlet_id) == {}
