"""Two computers of one outlet decide the same document while apart; every site keeps the same winner.

HQ, outlet SH01's PC, a second SH01 computer and outlet BJ01 on one real share folder. For each kind
of document both computers decide while they cannot see each other, then they sync in either
order: every site shows the same status and winner, the ledger holds the winner's effect only
(the loser's movements are reversed by rows every site derives alike), digests agree, and the
managers find a decision conflict naming both decisions.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from aftersales_desktop.domain.enums import Role
from aftersales_desktop.domain.quality import Outcome, RequestType, ReturnStatus, Verdict
from aftersales_desktop.domain.requisitions import RequisitionStatus
from aftersales_desktop.domain.signatures import Point, SignatureInput, Strokes
from aftersales_desktop.domain.stocktakes import StocktakeStatus
from aftersales_desktop.i18n import translator
from aftersales_desktop.services import conflicts, inspections, jobs, passwords, quality, requisitions as rq
from aftersales_desktop.services import staff, stock, stocktakes
from aftersales_desktop.services.context import AppContext, utc_now
from aftersales_desktop.services.outlet import AccountDraft, user_by_username
from aftersales_desktop.services.quality import DecisionDraft, ReturnDraft
from aftersales_desktop.sync.decisions import REVERSAL_NOTE, reversal_id
from tests.services.support import Clock
from tests.sync.sites import copy_world, world_env
from tests.sync.test_stocktake_sync import SecondComputer

#: (which computer decides first, which computer syncs first)
ORDERS = [("pc", "pc"), ("pc", "laptop"), ("laptop", "pc"), ("laptop", "laptop")]


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    monkeypatch.setattr(passwords, "_N", 2**4)


class Outlet:
    """SH01 on two computers, each with its own clock, and the other sites of the world."""

    def __init__(self, world, laptop: SecondComputer, start) -> None:
        self.world = world
        self.hq, (self.pc, self.bj) = world.hq, world.outlets
        self.laptop = laptop
        self.clocks = {"pc": Clock(start), "laptop": Clock(start)}

    def at(self, where: str, username: str) -> AppContext:
        """``username`` working on the PC or on the second computer, on that computer's clock."""
        db = self.pc.db if where == "pc" else self.laptop.db
        return AppContext(db, user_by_username(db, username), now=self.clocks[where])

    def apart(self, first: str) -> None:
        """From now on the computer deciding ``first`` is a minute ahead of the other's decisions."""
        for where, clock in self.clocks.items():
            clock.moment += timedelta(minutes=1 if where == first else 2)

    def meet(self, first: str) -> None:
        """The two computers sync again, ``first`` before the other, then everyone converges."""
        computers = [self.pc, self.laptop] if first == "pc" else [self.laptop, self.pc]
        for _round in range(3):
            for site in (*computers, self.hq, self.bj):
                site.sync()

    def sites(self):
        return [("pc", self.pc.db), ("laptop", self.laptop.db), ("hq", self.hq.db), ("bj", self.bj.db)]

    def digests(self) -> set[str]:
        return {self.pc.digest(), self.hq.digest(), self.bj.digest(), _digest(self.laptop)}

    def readers(self) -> dict[str, AppContext]:
        """A manager on each SH01 computer and HQ's analyst (who reads every outlet's documents)."""
        return {"pc": self.at("pc", "mSH01"), "laptop": self.at("laptop", "m2"),
                "hq": AppContext(self.hq.db, user_by_username(self.hq.db, "analyst"))}

    def viewers(self) -> dict[str, AppContext]:
        """A manager on each SH01 computer and HQ's own manager (who see sync conflicts)."""
        return {"pc": self.at("pc", "mSH01"), "laptop": self.at("laptop", "m2"),
                "hq": AppContext(self.hq.db, self.hq.ctx.user)}


def _digest(computer: SecondComputer) -> str:
    from aftersales_desktop.sync.digest import digest

    with computer.db.raw_transaction() as connection:
        return digest(connection)[0]


@pytest.fixture
def outlet(tmp_path, monkeypatch):
    world = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    sh = world.outlets[0]
    staff.create_staff(sh.ctx, AccountDraft("m2", "李经理", "secret1", Role.MANAGER))
    staff.create_staff(world.hq.ctx, AccountDraft("analyst", "总部分析", "secret1", Role.HQ_ANALYST))
    stock.receive(sh.keeper, sh.product_id, 10, location="A-01", batch="B1", unit_cost_fen=9000, reference="DN-1")
    world.converge()
    laptop = SecondComputer(tmp_path / "laptop", world, sh.outlet_id)
    for _round in range(2):
        for site in (world.hq, sh, laptop):
            site.sync()
    laptop.adopt_outlet()
    made = Outlet(world, laptop, utc_now().replace(microsecond=0) + timedelta(minutes=1))
    yield made
    laptop.close()
    world.close()


def ledger(outlet: Outlet) -> dict[str, dict[tuple[str, str], int]]:
    """Per site: SH01's on-hand of the part by (location, batch), summed from the ledger."""
    found = {}
    for name, db in outlet.sites():
        with db.raw_transaction() as connection:
            found[name] = {(location, batch): total for location, batch, total in connection.exec_driver_sql(
                "SELECT location, batch, sum(quantity) FROM stock_movements WHERE outlet_id = ? AND product_id = ? "
                "AND deleted = 0 GROUP BY location, batch HAVING sum(quantity) != 0",
                (outlet.pc.outlet_id, outlet.pc.product_id))}
    return found


def reversals(outlet: Outlet) -> dict[str, list[tuple[str, int]]]:
    """Per site: the reversal movements (id, quantity) it holds."""
    found = {}
    for name, db in outlet.sites():
        with db.raw_transaction() as connection:
            found[name] = sorted(connection.exec_driver_sql(
                "SELECT id, quantity FROM stock_movements WHERE note = ?", (REVERSAL_NOTE,)).all())
    return found


def decision_conflicts(outlet: Outlet, doc_id: str) -> dict[str, list[conflicts.ConflictInfo]]:
    return {name: [c for c in conflicts.list_conflicts(ctx) if c.kind == "decision" and c.row_id == doc_id]
            for name, ctx in outlet.viewers().items()}


def check_notice(outlet: Outlet, doc_id: str, winner_step: str, loser_step: str, winner_name: str,
                 loser_name: str) -> None:
    """Every manager sees one decision conflict: the winner kept, the loser lost, both named."""
    english = translator("en")
    for name, found in decision_conflicts(outlet, doc_id).items():
        assert len(found) == 1, name
        notice = found[0]
        assert (notice.kept_value["step"], notice.lost_value["step"]) == (winner_step, loser_step), name
        assert (notice.kept_value["user_name"], notice.lost_value["user_name"]) == (winner_name, loser_name)
        text = conflicts.decision_notice(notice, english)
        kept, lost = text.split("Set aside")
        assert f"by {winner_name} at" in kept and f"by {loser_name} at" in lost, text
    with pytest.raises(Exception):
        conflicts.resolve_conflict(outlet.viewers()["pc"], found[0].id, restore_lost=True)


def step_ids(outlet: Outlet, doc_id: str, kind: str) -> dict[str, str]:
    """The document's steps of ``kind`` at HQ, by the site that made them."""
    with outlet.hq.db.raw_transaction() as connection:
        return dict(connection.exec_driver_sql(
            "SELECT origin, id FROM workflow_events WHERE doc_id = ? AND kind = ?", (doc_id, kind)).all())


def names(where_first: str) -> tuple[str, str]:
    """(winner's name, loser's name): 经理 decides on the PC, 李经理 on the second computer."""
    return ("经理", "李经理") if where_first == "pc" else ("李经理", "经理")


# ---- a stocktake approved twice -----------------------------------------------------------------


def submitted_stocktake(outlet: Outlet):
    """A stocktake counted on the PC (A-01 holds 7 of the book's 10), submitted and synced to both computers."""
    keeper = outlet.at("pc", "sSH01")
    started = stocktakes.start_stocktake(keeper, None)
    line = next(l for l in stocktakes.get_stocktake(keeper, started.id).lines if l.location == "A-01")
    stocktakes.record_count(keeper, line.id, 7)
    stocktakes.submit_stocktake(keeper, started.id)
    outlet.meet("pc")
    return started


@pytest.mark.parametrize("decides_first, syncs_first", ORDERS)
def test_a_stocktake_approved_on_both_computers_adjusts_once(outlet, decides_first, syncs_first):
    started = submitted_stocktake(outlet)

    outlet.apart(decides_first)
    stocktakes.approve_stocktake(outlet.at("pc", "mSH01"), started.id, "PC 审核")
    stocktakes.approve_stocktake(outlet.at("laptop", "m2"), started.id, "笔记本审核")
    # Apart, each computer has posted its own adjustment of -3.
    assert ledger(outlet)["pc"] == ledger(outlet)["laptop"] == {("A-01", "B1"): 7}
    outlet.meet(syncs_first)

    assert {name: found for name, found in ledger(outlet).items()} == {
        name: {("A-01", "B1"): 7} for name, _db in outlet.sites()}
    winners = set()
    for name, ctx in outlet.viewers().items():
        if name == "hq":
            continue  # stocktakes are read at the outlet
        detail = stocktakes.get_stocktake(ctx, started.id)
        assert detail.stocktake.status is StocktakeStatus.APPROVED
        winners.add((detail.history[-1].id, detail.ignored_steps[0].id))
    assert len(winners) == 1
    winner, loser = winners.pop()
    assert len(set(map(tuple, reversals(outlet).values()))) == 1 and len(reversals(outlet)["hq"]) == 1
    assert len(outlet.digests()) == 1
    check_notice(outlet, started.id, winner, loser, *names(decides_first))


# ---- a requisition approved on one computer and rejected on the other ---------------------------


@pytest.mark.parametrize("decides_first, syncs_first", ORDERS)
def test_a_requisition_approved_and_issued_here_but_rejected_there(outlet, decides_first, syncs_first):
    tech = outlet.at("pc", "tSH01")
    made = rq.create_requisition(tech, rq.RequisitionDraft("上门用", [rq.LineDraft(outlet.pc.product_id, 2)]))
    outlet.meet("pc")

    outlet.apart(decides_first)
    rq.approve_requisition(outlet.at("pc", "mSH01"), made.id, {made.lines[0].id: 2})
    rq.issue_requisition(outlet.at("pc", "sSH01"), made.id, [rq.Pick(made.lines[0].id, "A-01", "B1", 2)])
    rq.reject_requisition(outlet.at("laptop", "m2"), made.id, "库存紧张")
    outlet.meet(syncs_first)

    approved_wins = decides_first == "pc"
    expected = {("A-01", "B1"): 8 if approved_wins else 10}
    assert ledger(outlet) == {name: expected for name, _db in outlet.sites()}
    statuses = set()
    for name, ctx in outlet.readers().items():
        detail = rq.get_requisition(ctx, made.id)
        statuses.add(detail.status)
        assert [line.issued for line in detail.lines] == [2 if approved_wins else 0], name
    assert statuses == {RequisitionStatus.ISSUED if approved_wins else RequisitionStatus.REJECTED}
    assert {len(found) for found in reversals(outlet).values()} == {0 if approved_wins else 1}
    assert len(outlet.digests()) == 1
    approve = step_ids(outlet, made.id, "approve")[outlet.pc.site_id]
    reject = step_ids(outlet, made.id, "reject")[outlet.laptop.db.site_id]
    winner, loser = (approve, reject) if approved_wins else (reject, approve)
    check_notice(outlet, made.id, winner, loser, *names(decides_first))
    if not approved_wins:
        # The rejection stands: nothing more can be issued, and the parts are back in the store.
        with pytest.raises(Exception):
            rq.issue_requisition(outlet.at("pc", "sSH01"), made.id, [rq.Pick(made.lines[0].id, "A-01", "B1", 2)])


# ---- a return decided twice: a refund on the PC, an exchange on the second computer -------------


def _inspected_return(outlet: Outlet) -> str:
    clerk = outlet.at("pc", "mSH01")
    job_id = outlet.pc.job("王芳")
    customer_id = jobs.get_job(clerk, job_id).customer_id
    today = outlet.clocks["pc"].moment.astimezone().date()
    case = quality.request_return(clerk, ReturnDraft(
        customer_id=customer_id, product_id=outlet.pc.product_id, batch="B1", quantity=1,
        request_type=RequestType.EXCHANGE, quality_problem=True, reason="漏粉",
        purchase_date=today - timedelta(days=20),
        proof_number="FP-1", price_paid="268.00", unused=False, packaging_intact=False))
    quality.accept_return(clerk, case.id, "" if case.policy.acceptable else "经理同意")
    strokes = Strokes(((*(Point(i / 20, 0.5, i * 10) for i in range(20)),),))
    inspections.inspect_return(outlet.at("pc", "tSH01"), case.id, inspections.InspectionDraft(
        received_on=today, packaging_intact=True, seal_intact=True, signs_of_use=False, leaks=False, chip_ok=True,
        physical_damage=False, test_result="有黑条", batch="B1", supplier_id=None, verdict=Verdict.DEFECT_CONFIRMED,
        note="", signature=SignatureInput("师傅", strokes=strokes)))
    return case.id


@pytest.mark.parametrize("decides_first, syncs_first", ORDERS)
def test_a_return_refunded_here_and_exchanged_there(outlet, decides_first, syncs_first):
    case_id = _inspected_return(outlet)
    outlet.meet("pc")
    before = ledger(outlet)["hq"]

    outlet.apart(decides_first)
    quality.decide_return(outlet.at("pc", "mSH01"), case_id, DecisionDraft(Outcome.REFUND, refund="268.00"))
    quality.approve_decision(outlet.at("pc", "m2"), case_id, "同意退款")
    quality.complete_return(outlet.at("pc", "mSH01"), case_id)
    quality.decide_return(outlet.at("laptop", "m2"), case_id, DecisionDraft(Outcome.EXCHANGE))
    quality.hand_over_replacement(outlet.at("laptop", "sSH01"), case_id, "A-01", "B1")
    outlet.meet(syncs_first)

    refund_wins = decides_first == "pc"
    expected = dict(before)
    if not refund_wins:
        expected[("A-01", "B1")] -= 1  # the replacement left the store
    assert ledger(outlet) == {name: expected for name, _db in outlet.sites()}
    seen = set()
    for name, ctx in outlet.readers().items():
        detail = quality.get_return_case(ctx, case_id)
        seen.add((detail.status, detail.decision.outcome))
    assert seen == {(ReturnStatus.COMPLETED, Outcome.REFUND if refund_wins else Outcome.EXCHANGE)}
    assert {len(found) for found in reversals(outlet).values()} == {1 if refund_wins else 0}
    if refund_wins:
        movement_id = next(iter(reversals(outlet)["bj"]))[0]
        with outlet.hq.db.raw_transaction() as connection:
            issued = connection.exec_driver_sql(
                "SELECT id FROM stock_movements WHERE return_case_id = ? AND kind = 'issue' AND quantity < 0",
                (case_id,)).scalars().all()
        assert [reversal_id(m) for m in issued] == [movement_id]
    assert len(outlet.digests()) == 1
    decides = step_ids(outlet, case_id, "decide")
    pc_step, laptop_step = decides[outlet.pc.site_id], decides[outlet.laptop.db.site_id]
    winner, loser = (pc_step, laptop_step) if refund_wins else (laptop_step, pc_step)
    winner_name, loser_name = names(decides_first)
    check_notice(outlet, case_id, winner, loser, winner_name, loser_name)


# ---- a computer that starts from head office's snapshot ------------------------------------------


def test_a_computer_bootstrapped_from_a_snapshot_between_the_decisions_derives_the_same(outlet, tmp_path):
    from aftersales_desktop.sync import membership

    started = submitted_stocktake(outlet)
    outlet.apart("laptop")
    stocktakes.approve_stocktake(outlet.at("pc", "mSH01"), started.id)
    stocktakes.approve_stocktake(outlet.at("laptop", "m2"), started.id)  # earlier: it wins
    outlet.pc.sync()
    outlet.hq.sync()
    # Head office's image holds the PC's approval and its adjustment, not the laptop's yet.
    membership.publish_snapshot(outlet.hq.db, outlet.hq.folder)
    third = SecondComputer(tmp_path / "third", outlet.world, outlet.pc.outlet_id)
    try:
        third.sync()
        with third.db.raw_transaction() as connection:
            log = connection.exec_driver_sql("SELECT message FROM sync_log").scalars().all()
        assert any("snapshot" in message for message in log), log
        outlet.meet("laptop")
        for _round in range(2):
            third.sync()
            outlet.meet("pc")
        with third.db.raw_transaction() as connection:
            on_hand = connection.exec_driver_sql(
                "SELECT sum(quantity) FROM stock_movements WHERE product_id = ? AND location = 'A-01'",
                (outlet.pc.product_id,)).scalar_one()
            kinds = connection.exec_driver_sql(
                "SELECT kind FROM conflicts WHERE row_id = ?", (started.id,)).scalars().all()
        assert on_hand == 7 and kinds == ["decision"]
        assert {_digest(third)} == outlet.digests()
        third.adopt_outlet()
        viewer = third.ctx("m2", outlet.clocks["laptop"])
        [notice] = [c for c in conflicts.list_conflicts(viewer) if c.kind == "decision"]
        assert notice.kept_value["user_name"] == "李经理" and notice.lost_value["user_name"] == "经理"
    finally:
        third.close()


def test_a_losing_step_that_lists_another_documents_movement_reverses_nothing(outlet):
    from aftersales_desktop.services.workflow import record_step

    started = submitted_stocktake(outlet)
    with outlet.pc.db.raw_transaction() as connection:
        receipt = connection.exec_driver_sql("SELECT id FROM stock_movements WHERE kind = 'receipt'").scalar_one()
    outlet.apart("pc")
    stocktakes.approve_stocktake(outlet.at("pc", "mSH01"), started.id)
    # A faulty (or hostile) second computer records an approval that names the outlet's receipt.
    away = outlet.at("laptop", "m2")
    with away.transaction() as session:
        record_step(session, away.user, away.now(), "stocktake", started.id, "approve", "",
                    {"movements": [receipt]})
    outlet.meet("laptop")
    assert ledger(outlet) == {name: {("A-01", "B1"): 7} for name, _db in outlet.sites()}
    assert reversals(outlet) == {name: [] for name, _db in outlet.sites()}
    assert len(outlet.digests()) == 1
    assert {len(found) for found in decision_conflicts(outlet, started.id).values()} == {1}
