"""A requisition made offline on a technician's laptop travels to the outlet and back through the share."""

from __future__ import annotations

import pytest

from aftersales_desktop.domain.enums import Role
from aftersales_desktop.domain.ids import uuid7
from aftersales_desktop.domain.requisitions import RequisitionStatus, StepKind
from aftersales_desktop.services import passwords, requisitions as rq, staff, stock
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.outlet import OUTLET_KEY, AccountDraft, log_in
from aftersales_desktop.storage.database import open_database
from aftersales_desktop.storage.models import LocalState
from aftersales_desktop.sync import membership
from aftersales_desktop.sync.digest import digest
from aftersales_desktop.sync.engine import SyncEngine
from tests.sync.sites import copy_world, world_env


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    monkeypatch.setattr(passwords, "_N", 2**4)


class Laptop:
    """A technician's laptop: its own site (own database, key and bundle folder) working for an outlet."""

    def __init__(self, folder, outlet_id: str, share) -> None:
        self.folder = folder
        self.db = open_database(folder)
        with self.db.transaction() as session:
            self.db.create_identity(session, uuid7())
            session.add(LocalState(key=OUTLET_KEY, value=outlet_id))
        membership.join_share(self.db, share, name="SH01 笔记本")

    def sync(self):
        return SyncEngine(self.db, self.folder).run_cycle()

    def digest(self) -> str:
        with self.db.raw_transaction() as connection:
            return digest(connection)[0]

    def log_in(self, username: str) -> AppContext:
        return AppContext(self.db, log_in(self.db, username, "secret1"))


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    sh = made.outlets[0]
    staff.create_staff(sh.ctx, AccountDraft("store", "赵库管", "secret1", Role.STOREKEEPER))
    sh.keeper = AppContext(sh.db, log_in(sh.db, "store", "secret1"))
    staff.create_staff(made.hq.ctx, AccountDraft("analyst", "总部分析", "secret1", Role.HQ_ANALYST))
    made.hq.analyst = AppContext(made.hq.db, log_in(made.hq.db, "analyst", "secret1"))
    stock.receive(sh.keeper, sh.product_id, 5, location="A-01", batch="B1", unit_cost_fen=9000, reference="DN-1")
    made.converge()
    laptop = Laptop(tmp_path / "laptop", sh.outlet_id, made.share)
    membership.approve(made.hq.db, laptop.db.site_id)
    for _round in range(2):
        for site in (made.hq, sh, laptop):
            site.sync()
    made.laptop = laptop
    yield made
    laptop.db.dispose()
    made.close()


def everyone(world):
    return [*world.sites, world.laptop]


def on_hand(ctx, outlet_id, product_id) -> int:
    return sum(line.quantity for line in stock.on_hand(ctx, outlet_id=outlet_id, product_id=product_id))


def test_a_laptop_requisition_is_approved_and_issued_at_the_outlet_and_the_laptop_learns_it(world):
    hq, (sh, bj), laptop = world.hq, world.outlets, world.laptop
    tech = laptop.log_in(f"t{sh.code}")
    assert tech.user.outlet_id == sh.outlet_id
    made = rq.create_requisition(tech, rq.RequisitionDraft("明天上门", [rq.LineDraft(sh.product_id, 3)]))
    assert made.number.startswith("SH01-Q")
    laptop.sync()
    sh.sync()
    at_outlet = rq.get_requisition(sh.ctx, made.id)
    assert at_outlet.status == RequisitionStatus.SUBMITTED and at_outlet.requester_name == "SH01 师傅"
    rq.approve_requisition(sh.ctx, made.id, {made.lines[0].id: 2}, note="先给两个")
    rq.issue_requisition(sh.keeper, made.id, [rq.Pick(made.lines[0].id, "A-01", "B1", 2)])
    rq.ship_requisition(sh.keeper, made.id, "顺丰速运", "SF2026112700")
    sh.sync()
    laptop.sync()
    seen = rq.get_requisition(tech, made.id)
    assert seen.status == RequisitionStatus.SHIPPED and seen.tracking_number == "SF2026112700"
    assert [(line.approved, line.issued) for line in seen.lines] == [(2, 2)]
    rq.confirm_receipt(tech, made.id)
    for _round in range(2):
        for site in everyone(world):
            site.sync()
    for site in everyone(world):
        ctx = site.ctx if hasattr(site, "ctx") else tech
        assert on_hand(ctx, sh.outlet_id, sh.product_id) == 3, site
    assert rq.get_requisition(sh.ctx, made.id).status == RequisitionStatus.RECEIVED
    assert rq.get_requisition(hq.analyst, made.id).status == RequisitionStatus.RECEIVED
    assert [p.held for p in rq.technician_stock(tech)] == [2]
    assert hq.digest() == sh.digest() == bj.digest() == laptop.digest()


def test_a_cancel_on_the_laptop_crossing_the_issue_at_the_outlet_leaves_it_issued_everywhere(world):
    sh, laptop = world.outlets[0], world.laptop
    tech = laptop.log_in(f"t{sh.code}")
    made = rq.create_requisition(tech, rq.RequisitionDraft("", [rq.LineDraft(sh.product_id, 1)]))
    laptop.sync()
    sh.sync()
    rq.approve_requisition(sh.ctx, made.id, {made.lines[0].id: 1})
    sh.sync()
    laptop.sync()
    # Offline on both sides: the technician withdraws it while the storekeeper hands the part out.
    rq.cancel_requisition(tech, made.id, "客户自己买了")
    rq.issue_requisition(sh.keeper, made.id, [rq.Pick(made.lines[0].id, "A-01", "B1", 1)])
    for _round in range(2):
        for site in everyone(world):
            site.sync()
    for ctx in (tech, sh.ctx, world.hq.analyst):
        detail = rq.get_requisition(ctx, made.id)
        assert detail.status == RequisitionStatus.ISSUED, ctx.user.username
        assert [entry.kind for entry in detail.history][-2:] == [StepKind.CANCEL, StepKind.ISSUE]
        assert on_hand(ctx, sh.outlet_id, sh.product_id) == 4
    # The part is out, so it can only come back as a return.
    rq.return_unused(sh.keeper, made.id, [rq.ReturnLine(made.lines[0].id, 1, "A-01", "B1")])
    assert on_hand(sh.keeper, sh.outlet_id, sh.product_id) == 5
