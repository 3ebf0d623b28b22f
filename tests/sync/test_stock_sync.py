"""Stock figures stay right when outlets move parts between them offline and meet through the share."""

from __future__ import annotations

import pytest

from aftersales_desktop.services import stock
from tests.sync.sites import copy_world, world_env


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    yield made
    made.close()


def quantities(site, outlet_id, product_id) -> int:
    return sum(line.quantity for line in stock.on_hand(site.ctx, outlet_id=outlet_id, product_id=product_id))


def test_a_transfer_travels_through_sync_and_every_site_agrees_on_every_figure(world):
    hq, (sh, bj) = world.hq, world.outlets
    part = sh.product_id
    stock.receive(sh.ctx, part, 10, location="A-01", batch="B1", unit_cost_fen=9000, reference="DN-1")
    sent = stock.transfer(sh.keeper, part, 4, bj.outlet_id, location="A-01", batch="B1")
    world.converge()
    assert [m.id for m in stock.in_transit(bj.ctx)] == [sent.id]
    stock.receive_transfer(bj.ctx, sent.id, location="C-02")
    # Offline on both sides: Shanghai issues 5 of its 6, Beijing issues 1 of its 4.
    stock.issue(sh.keeper, part, 5, location="A-01", batch="B1")
    stock.issue(bj.keeper, part, 1, location="C-02", batch="B1")
    world.converge()
    for site in (hq, sh, bj):
        assert quantities(site, sh.outlet_id, part) == 1, site
        assert quantities(site, bj.outlet_id, part) == 3, site
        assert stock.in_transit(site.ctx, outlet_id=bj.outlet_id) == []
    assert hq.digest() == sh.digest() == bj.digest()


def test_a_transfer_is_booked_in_once_and_head_office_sees_the_receiving_outlets_stock(world):
    sh, bj = world.outlets
    part = sh.product_id
    stock.receive(sh.ctx, part, 3, location="A-01", batch="B1", unit_cost_fen=9000, reference="DN-2")
    sent = stock.transfer(sh.keeper, part, 3, bj.outlet_id, location="A-01", batch="B1")
    world.converge()
    stock.receive_transfer(bj.ctx, sent.id, location="C-02")
    world.converge()
    with pytest.raises(Exception):
        stock.receive_transfer(bj.ctx, sent.id, location="C-02")  # known now: refused
    assert quantities(world.hq, bj.outlet_id, part) == 3
