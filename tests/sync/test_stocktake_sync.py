"""A stocktake stays right when the outlet's other computer syncs movements made before the count late.

Two installations of outlet SH01 (the storekeeper's PC and a second computer that was offline)
share one ledger through the share. The difference is taken against the ledger at each line's
count time, so a movement made before the count but synced late is part of the book, and movements
made after the count survive the adjustment (services.stocktakes explains the rule).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from aftersales_desktop.domain.enums import Role
from aftersales_desktop.domain.stocktakes import StocktakeStatus
from aftersales_desktop.services import staff, stock, stocktakes
from aftersales_desktop.services.context import AppContext, utc_now
from aftersales_desktop.domain.ids import uuid7
from aftersales_desktop.services.outlet import OUTLET_KEY, AccountDraft, user_by_username
from aftersales_desktop.storage.database import open_database
from aftersales_desktop.storage.models import LocalState
from aftersales_desktop.sync import membership
from aftersales_desktop.sync.digest import digest
from aftersales_desktop.sync.engine import SyncEngine
from tests.services.support import Clock
from tests.sync.sites import copy_world, world_env


class SecondComputer:
    """Another installation of an existing outlet: joined to the share, it receives the outlet's data.

    The set-up wizard only creates new outlets, so this makes the site identity itself and, once
    the first sync brought the outlet, records it as this installation's outlet.
    """

    def __init__(self, folder, world, outlet_id: str) -> None:
        self.folder = folder
        self.outlet_id = outlet_id
        self.db = open_database(folder)
        with self.db.transaction() as session:
            self.db.create_identity(session, uuid7())
        membership.join_share(self.db, world.share, outlet_id=outlet_id)
        membership.approve(world.hq.db, self.db.site_id)

    def adopt_outlet(self) -> None:
        if self.db.local_value(OUTLET_KEY):  # the cycle adopts it once the outlet's rows arrived
            return
        with self.db.transaction() as session:
            session.add(LocalState(key=OUTLET_KEY, value=self.outlet_id))

    def sync(self):
        return SyncEngine(self.db, self.folder).run_cycle()

    def ctx(self, username: str, clock) -> AppContext:
        return AppContext(self.db, user_by_username(self.db, username), now=clock)

    def close(self) -> None:
        self.db.dispose()


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    yield made
    made.close()


def on_hand(ctx: AppContext, outlet_id: str, product_id: str) -> dict:
    return {(line.location, line.batch): line.quantity
            for line in stock.on_hand(ctx, outlet_id=outlet_id, product_id=product_id)}


def test_a_movement_made_before_the_count_and_synced_late_is_in_the_book_and_later_ones_survive(world, tmp_path):
    hq, pc = world.hq, world.outlets[0]
    part = pc.product_id
    clock = Clock(utc_now().replace(microsecond=0) - timedelta(hours=2))
    staff.create_staff(pc.ctx, AccountDraft("store", "仓管张", "secret1", Role.STOREKEEPER))
    keeper = AppContext(pc.db, user_by_username(pc.db, "store"), now=clock)
    manager = AppContext(pc.db, pc.ctx.user, now=clock)
    stock.receive(keeper, part, 10, location="A-01", batch="L1", unit_cost_fen=9000, reference="DN-1")
    stock.receive(keeper, part, 5, location="B-02", batch="L2", unit_cost_fen=9000, reference="DN-2")
    pc.sync()
    laptop = SecondComputer(tmp_path / "laptop", world, pc.outlet_id)
    try:
        for _round in range(2):
            laptop.sync()
            pc.sync()
        laptop.adopt_outlet()
        away = laptop.ctx("store", clock)
        assert on_hand(away, pc.outlet_id, part) == {("A-01", "L1"): 10, ("B-02", "L2"): 5}

        # 08:00 the count starts on the PC; the laptop is offline from now on.
        clock.moment += timedelta(minutes=1)
        started = stocktakes.start_stocktake(keeper, None)
        lines = {line.location: line for line in stocktakes.get_stocktake(keeper, started.id).lines}
        assert {k: v.book_quantity for k, v in lines.items()} == {"A-01": 10, "B-02": 5}
        # 08:10 on the offline laptop, 3 are issued from A-01 before anyone counts that shelf.
        clock.moment += timedelta(minutes=10)
        stock.issue(away, part, 3, location="A-01", batch="L1")
        # 08:20 the PC counts: A-01 holds 7 (the issue already left the shelf), B-02 holds 4 (one lost).
        clock.moment += timedelta(minutes=10)
        stocktakes.record_count(keeper, lines["A-01"].id, 7)
        stocktakes.record_count(keeper, lines["B-02"].id, 4)
        # 08:30 after the count: the PC issues 2 from A-01, the laptop 1 from B-02.
        clock.moment += timedelta(minutes=10)
        stock.issue(keeper, part, 2, location="A-01", batch="L1")
        stock.issue(away, part, 1, location="B-02", batch="L2")
        stocktakes.submit_stocktake(keeper, started.id)

        # Before the laptop syncs, the PC's book does not know the issue: A-01 looks 3 short.
        before = {d.line.location: d for d in stocktakes.differences(manager, started.id).lines}
        assert (before["A-01"].book_at_count, before["A-01"].difference) == (10, -3)

        laptop.sync()
        pc.sync()
        after = {d.line.location: d for d in stocktakes.differences(manager, started.id).lines}
        assert [(d.book_at_start, d.book_at_count, d.counted, d.difference, d.moved_during_count,
                 d.moved_after_count) for d in (after["A-01"], after["B-02"])] == [
            (10, 7, 7, 0, True, -2), (5, 5, 4, -1, False, -1)]

        clock.moment += timedelta(minutes=10)
        approved = stocktakes.approve_stocktake(manager, started.id, "已同步后审核")
        assert approved.differences == 1
        world.converge()
        laptop.sync()
        world.converge()

        # On-hand = counted + what moved after the count, the same on every computer.
        expected = {("A-01", "L1"): 5, ("B-02", "L2"): 3}
        for ctx in (keeper, away, hq.ctx):
            assert on_hand(ctx, pc.outlet_id, part) == expected
        assert stocktakes.get_stocktake(away, started.id).stocktake.status is StocktakeStatus.APPROVED
        adjustments = [e.movement.quantity for e in stock.ledger(away, part, outlet_id=pc.outlet_id)
                       if e.movement.stocktake_line_id is not None]
        assert adjustments == [-1]
        assert pc.digest() == hq.digest()
        with laptop.db.raw_transaction() as connection:
            assert digest(connection)[0] == pc.digest()
    finally:
        laptop.close()
