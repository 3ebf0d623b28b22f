"""Stocktakes: start, count, submit, review differences against the ledger at count time, approve."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import update

from aftersales_desktop.domain.enums import ProductType, Role
from aftersales_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from aftersales_desktop.domain.stock import MovementKind
from aftersales_desktop.domain.stocktakes import StocktakeStatus, StocktakeStep
from aftersales_desktop.services import catalog, stock, stocktakes
from aftersales_desktop.services.context import AppContext, CurrentUser
from aftersales_desktop.storage.models import (OutboxEntry, Outlet as OutletRow, Product, StockMovement,
                                               StocktakeLine, User, WorkflowEvent)
from tests.services.support import Clock, count, staff_context
from tests.services.support import _outlet_template, fast_passwords, outlet_copy  # noqa: F401  (fixtures)

NOW = datetime(2026, 3, 16, 2, 0, tzinfo=timezone.utc)


class Store:
    """The outlet with a storekeeper and a manager on one clock, a toner (cost ¥150) and an ink."""

    def __init__(self, outlet) -> None:
        self.db = outlet.db
        self.clock = Clock(NOW)
        self.toner = outlet.product_id
        self.manager = AppContext(self.db, outlet.manager.user, now=self.clock)
        self.technician = AppContext(self.db, outlet.technician.user, now=self.clock)
        self.keeper = staff_context(self.manager, "store", "仓管张", Role.STOREKEEPER, self.clock)
        self.ink = catalog.create_product(self.manager, catalog.ProductDraft(
            ProductType.INK, "Canon", "PG-845", "黑色墨盒")).id
        with self.db.transaction() as session:
            session.execute(update(Product).where(Product.id == self.toner).values(
                unit_cost_fen=15000, unit="个", specification="1500页"))
            session.execute(update(Product).where(Product.id == self.ink).values(unit_cost_fen=6000))

    def later(self, minutes: int) -> None:
        self.clock.moment += timedelta(minutes=minutes)

    def receive(self, quantity, product=None, location="A-01", batch="L1", reference=None):
        return stock.receive(self.keeper, product or self.toner, quantity, location=location, batch=batch,
                             unit_cost_fen=100, reference=reference or f"DN-{location}-{batch}-{quantity}")

    def writes(self) -> tuple[int, int, int, int]:
        return (count(self.db, OutboxEntry), count(self.db, StockMovement), count(self.db, WorkflowEvent),
                count(self.db, StocktakeLine))

    def on_hand(self, product=None) -> dict:
        return {(s.location, s.batch): s.quantity
                for s in stock.on_hand(self.keeper, product_id=product or self.toner)}


@pytest.fixture
def store(outlet) -> Store:
    return Store(outlet)


def refused(store: Store, call, error=ValidationError):
    before = store.writes()
    with pytest.raises(error) as caught:
        call()
    assert store.writes() == before, "something was written before the refusal"
    return caught.value


def lines_by_key(detail) -> dict:
    return {(line.product_id, line.location, line.batch): line for line in detail.lines}


def count_all(store: Store, stocktake_id: str, counts: dict) -> None:
    """Count each line; ``counts`` maps (product, location, batch) to the count (default: the book)."""
    for line in stocktakes.get_stocktake(store.keeper, stocktake_id).lines:
        key = (line.product_id, line.location, line.batch)
        stocktakes.record_count(store.keeper, line.id, counts.get(key, line.book_quantity))


# ---- starting -----------------------------------------------------------------------------------


def test_start_lists_every_stocked_key_and_an_empty_line_for_a_kept_part_without_stock(store):
    store.receive(10, location="A-01", batch="L1")
    store.receive(4, location="B-02", batch="L2")
    stock.issue(store.keeper, store.toner, 4, location="B-02", batch="L2")  # back to 0: not listed
    store.receive(2, location="A-03", batch="L3")
    stock.set_stock_level(store.keeper, store.ink, 5, "C-01")  # kept here, none on hand
    retired = catalog.create_product(store.manager, catalog.ProductDraft(ProductType.INK, "Canon", "PG-1")).id
    stock.set_stock_level(store.keeper, retired, 2, "C-09")
    with store.db.transaction() as session:
        session.execute(update(Product).where(Product.id == retired).values(active=False))

    started = stocktakes.start_stocktake(store.keeper, None, "月度盘点")
    assert started.number == "SH01-P202603-0001"
    assert started.status is StocktakeStatus.COUNTING and started.product_type is None
    assert (started.lines_total, started.lines_counted, started.started_by_name) == (3, 0, "仓管张")
    detail = stocktakes.get_stocktake(store.keeper, started.id)
    assert {key: line.book_quantity for key, line in lines_by_key(detail).items()} == {
        (store.toner, "A-01", "L1"): 10, (store.toner, "A-03", "L3"): 2, (store.ink, "C-01", ""): 0}
    assert [line.location for line in detail.lines] == ["A-01", "A-03", "C-01"]  # the order of the shelves
    toner = detail.lines[0]
    assert (toner.part_title, toner.specification, toner.unit, toner.unit_cost_fen) == (
        "HP CF283A", "1500页", "个", 15000)
    assert [(s.kind, s.user_name, s.note) for s in detail.history] == [(StocktakeStep.START, "仓管张", "月度盘点")]


def test_a_category_stocktake_counts_only_that_category(store):
    store.receive(3)
    store.receive(6, product=store.ink, location="C-01", batch="I1")
    started = stocktakes.start_stocktake(store.keeper, ProductType.INK)
    assert started.product_type is ProductType.INK
    lines = stocktakes.get_stocktake(store.keeper, started.id).lines
    assert [(line.product_id, line.book_quantity) for line in lines] == [(store.ink, 6)]


def test_a_second_overlapping_stocktake_is_refused_until_the_first_is_closed(store):
    store.receive(3)
    toner = stocktakes.start_stocktake(store.keeper, ProductType.TONER)
    error = refused(store, lambda: stocktakes.start_stocktake(store.keeper, None))
    assert error.errors["product_type"].startswith("Stocktake {number} of this outlet is still open")
    assert error.params["number"] == toner.number
    refused(store, lambda: stocktakes.start_stocktake(store.manager, ProductType.TONER))
    ink = stocktakes.start_stocktake(store.keeper, ProductType.INK)  # no overlap with toner
    assert ink.number.endswith("-0002")
    stocktakes.cancel_stocktake(store.keeper, toner.id, "开错了")
    refused(store, lambda: stocktakes.start_stocktake(store.keeper, None))  # the ink one is still open
    stocktakes.cancel_stocktake(store.keeper, ink.id, "开错了")
    assert stocktakes.start_stocktake(store.keeper, None).number.endswith("-0003")


# ---- counting -----------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [-1, 2.5, 3.0, "3", True, None, 1_000_000])
def test_a_count_must_be_a_whole_number_of_zero_or_more(store, bad):
    store.receive(3)
    started = stocktakes.start_stocktake(store.keeper, None)
    line = stocktakes.get_stocktake(store.keeper, started.id).lines[0]
    error = refused(store, lambda: stocktakes.record_count(store.keeper, line.id, bad))
    assert error.errors == {"counted": "Enter the counted quantity: a whole number, 0 or more."}
    refused(store, lambda: stocktakes.add_count_line(store.keeper, started.id, store.toner, "Z-9", "", bad))


def test_record_count_keeps_who_and_when_and_a_recount_replaces_it(store):
    store.receive(3)
    started = stocktakes.start_stocktake(store.keeper, None)
    line = stocktakes.get_stocktake(store.keeper, started.id).lines[0]
    store.later(5)
    first = stocktakes.record_count(store.keeper, line.id, 2, "破损一个")
    assert (first.counted, first.counted_at, first.counted_by_name, first.note) == (2, store.clock.moment, "仓管张",
                                                                                   "破损一个")
    store.later(5)
    again = stocktakes.record_count(store.manager, line.id, 3)
    assert (again.counted, again.counted_at, again.counted_by_name, again.note) == (3, store.clock.moment, "李经理", "")
    assert stocktakes.list_stocktakes(store.keeper)[0].lines_counted == 1


def test_found_stock_gets_its_own_line_once_and_only_in_the_category(store):
    store.receive(3)
    started = stocktakes.start_stocktake(store.keeper, ProductType.TONER)
    added = stocktakes.add_count_line(store.keeper, started.id, store.toner, " B-07 ", "L9", 2, "架子后面")
    assert (added.location, added.batch, added.book_quantity, added.counted, added.note) == ("B-07", "L9", 0, 2,
                                                                                           "架子后面")
    error = refused(store, lambda: stocktakes.add_count_line(store.keeper, started.id, store.toner, "B-07", "L9", 1))
    assert "already has a line" in error.errors["location"]
    error = refused(store, lambda: stocktakes.add_count_line(store.keeper, started.id, store.ink, "C-1", "", 1))
    assert error.errors == {"product": "This stocktake counts only {category}."}
    assert error.params == {"category": "Toner"}
    refused(store, lambda: stocktakes.add_count_line(store.keeper, started.id, "nope", "C-1", "", 1), NotFound)


def test_submit_needs_every_line_counted(store):
    store.receive(3)
    store.receive(2, location="A-02")
    started = stocktakes.start_stocktake(store.keeper, None)
    first = stocktakes.get_stocktake(store.keeper, started.id).lines[0]
    stocktakes.record_count(store.keeper, first.id, 3)
    error = refused(store, lambda: stocktakes.submit_stocktake(store.keeper, started.id))
    assert error.errors == {"counted": "{missing} of {total} lines are not counted yet."}
    assert error.params == {"missing": 1, "total": 2}
    count_all(store, started.id, {})
    assert stocktakes.submit_stocktake(store.keeper, started.id).status is StocktakeStatus.SUBMITTED


def test_a_submitted_stocktake_takes_no_counts_until_it_is_sent_back(store):
    store.receive(3)
    started = stocktakes.start_stocktake(store.keeper, None)
    count_all(store, started.id, {})
    stocktakes.submit_stocktake(store.keeper, started.id)
    line = stocktakes.get_stocktake(store.keeper, started.id).lines[0]
    error = refused(store, lambda: stocktakes.record_count(store.keeper, line.id, 1))
    assert error.params == {"number": started.number, "status": "Submitted"}
    refused(store, lambda: stocktakes.add_count_line(store.keeper, started.id, store.toner, "Z", "", 1))
    refused(store, lambda: stocktakes.submit_stocktake(store.keeper, started.id))
    refused(store, lambda: stocktakes.reopen_stocktake(store.keeper, started.id, "重数"), PermissionDenied)
    error = refused(store, lambda: stocktakes.reopen_stocktake(store.manager, started.id, "  "))
    assert error.errors == {"reason": "Enter the reason."}
    reopened = stocktakes.reopen_stocktake(store.manager, started.id, "A-01 重数")
    assert reopened.status is StocktakeStatus.COUNTING
    stocktakes.record_count(store.keeper, line.id, 1)
    history = stocktakes.get_stocktake(store.keeper, started.id).history
    assert [(s.kind, s.user_name) for s in history] == [
        (StocktakeStep.START, "仓管张"), (StocktakeStep.SUBMIT, "仓管张"), (StocktakeStep.REOPEN, "李经理")]
    assert history[-1].note == "A-01 重数"


def test_cancelling_needs_a_reason_and_a_manager_once_submitted(store):
    store.receive(3)
    started = stocktakes.start_stocktake(store.keeper, None)
    count_all(store, started.id, {})
    stocktakes.submit_stocktake(store.keeper, started.id)
    assert refused(store, lambda: stocktakes.cancel_stocktake(store.manager, started.id, "")).errors == {
        "reason": "Enter the reason."}
    refused(store, lambda: stocktakes.cancel_stocktake(store.keeper, started.id, "不用了"), PermissionDenied)
    assert stocktakes.cancel_stocktake(store.manager, started.id, "不用了").status is StocktakeStatus.CANCELLED
    refused(store, lambda: stocktakes.cancel_stocktake(store.manager, started.id, "again"))
    refused(store, lambda: stocktakes.approve_stocktake(store.manager, started.id))
    assert store.on_hand() == {("A-01", "L1"): 3}


# ---- differences and approval -------------------------------------------------------------------


def test_differences_are_taken_at_each_lines_count_time_and_approval_posts_them(store):
    store.receive(10, location="A-01", batch="L1")
    store.receive(5, location="A-02", batch="L2")
    stock.set_stock_level(store.keeper, store.ink, 3, "C-01")
    store.later(1)
    started = stocktakes.start_stocktake(store.keeper, None)
    lines = lines_by_key(stocktakes.get_stocktake(store.keeper, started.id))
    a01, a02, c01 = (lines[(store.toner, "A-01", "L1")], lines[(store.toner, "A-02", "L2")],
                     lines[(store.ink, "C-01", "")])
    store.later(10)
    stock.issue(store.keeper, store.toner, 2, location="A-01", batch="L1")  # before A-01 is counted
    store.later(10)
    stocktakes.record_count(store.keeper, a01.id, 7)  # book at count 8: one missing
    stocktakes.record_count(store.keeper, a02.id, 5)  # matches
    stocktakes.record_count(store.keeper, c01.id, 0)
    found = stocktakes.add_count_line(store.keeper, started.id, store.ink, "C-02", "I7", 2)  # not in the book
    store.later(10)
    stock.issue(store.keeper, store.toner, 1, location="A-02", batch="L2")  # after the count: stands
    stocktakes.submit_stocktake(store.keeper, started.id)

    diffs = stocktakes.differences(store.manager, started.id)
    by_line = {d.line.id: d for d in diffs.lines}
    assert [(by_line[i].book_at_start, by_line[i].book_at_count, by_line[i].counted, by_line[i].difference,
             by_line[i].value_fen, by_line[i].moved_during_count, by_line[i].moved_after_count)
            for i in (a01.id, a02.id, c01.id, found.id)] == [
        (10, 8, 7, -1, -15000, True, 0),
        (5, 5, 5, 0, 0, False, -1),
        (0, 0, 0, 0, 0, False, 0),
        (0, 0, 2, 2, 12000, False, 0)]
    assert diffs.total_value_fen == -3000 and diffs.moved_lines == 1
    assert [d.line.id for d in diffs.changed] == [a01.id, found.id]
    assert stocktakes.list_stocktakes(store.keeper)[0].differences == 2

    store.later(30)
    approved = stocktakes.approve_stocktake(store.manager, started.id, "差异已核实")
    assert approved.status is StocktakeStatus.APPROVED and approved.differences == 2
    assert store.on_hand() == {("A-01", "L1"): 7, ("A-02", "L2"): 4}  # counted + the issue after the count
    assert store.on_hand(store.ink) == {("C-02", "I7"): 2}
    adjustments = [entry.movement for entry in stock.ledger(store.keeper, store.toner)
                   if entry.movement.kind is MovementKind.ADJUSTMENT]
    assert [(m.quantity, m.location, m.reference, m.note, m.stocktake_line_id, m.created_by, m.at)
            for m in adjustments] == [(-1, "A-01", started.number, f"盘点 {started.number} / 差异已核实", a01.id,
                                       store.manager.user.id, store.clock.moment)]
    # After approval the adjustments do not count against the stocktake's own book.
    after = stocktakes.differences(store.manager, started.id)
    assert [d.difference for d in after.lines] == [d.difference for d in diffs.lines]
    history = stocktakes.get_stocktake(store.keeper, started.id).history
    assert history[-1].kind is StocktakeStep.APPROVE and history[-1].user_name == "李经理"


def test_a_part_without_a_catalog_cost_is_valued_at_its_newest_receipt(store):
    store.receive(3, product=store.ink, location="C-01", batch="I1")  # 100 fen each
    stock.receive(store.keeper, store.ink, 1, location="C-01", batch="I1", unit_cost_fen=250, reference="DN-X")
    with store.db.transaction() as session:
        session.execute(update(Product).where(Product.id == store.ink).values(unit_cost_fen=0))
    started = stocktakes.start_stocktake(store.keeper, ProductType.INK)
    count_all(store, started.id, {(store.ink, "C-01", "I1"): 1})
    found = stocktakes.differences(store.keeper, started.id).lines[0]
    assert (found.difference, found.line.unit_cost_fen, found.value_fen) == (-3, 250, -750)


def test_approving_is_for_a_manager_once_and_only_after_submission(store):
    store.receive(4)
    started = stocktakes.start_stocktake(store.manager, None)  # a manager may start
    count_all(store, started.id, {(store.toner, "A-01", "L1"): 3})
    refused(store, lambda: stocktakes.approve_stocktake(store.manager, started.id))  # still counting
    stocktakes.submit_stocktake(store.manager, started.id)
    refused(store, lambda: stocktakes.approve_stocktake(store.keeper, started.id), PermissionDenied)
    stocktakes.approve_stocktake(store.manager, started.id)  # approving one's own stocktake is fine
    assert store.on_hand() == {("A-01", "L1"): 3}
    error = refused(store, lambda: stocktakes.approve_stocktake(store.manager, started.id))
    assert error.params["status"] == "Approved and posted"
    refused(store, lambda: stocktakes.reopen_stocktake(store.manager, started.id, "晚了"))
    assert store.on_hand() == {("A-01", "L1"): 3}


def test_a_stocktake_of_another_outlet_is_not_found(store):
    store.receive(2)
    started = stocktakes.start_stocktake(store.keeper, None)
    with store.db.transaction() as session:
        other = OutletRow(code="BJ01", name="北京网点")
        session.add(other)
        session.flush()
        user = User(outlet_id=other.id, username="bjm", display_name="北京经理", role=Role.MANAGER.value,
                    password_hash="x")
        session.add(user)
        session.flush()
        beijing = AppContext(store.db, CurrentUser(user.id, "bjm", "北京经理", Role.MANAGER, other.id),
                             now=store.clock)
    line = stocktakes.get_stocktake(store.keeper, started.id).lines[0]
    for call in (lambda: stocktakes.get_stocktake(beijing, started.id),
                 lambda: stocktakes.record_count(beijing, line.id, 1),
                 lambda: stocktakes.approve_stocktake(beijing, started.id)):
        refused(store, call, NotFound)
    assert stocktakes.list_stocktakes(beijing) == []
    # Beijing's own stocktake does not overlap Shanghai's.
    assert stocktakes.start_stocktake(beijing, None).number.startswith("BJ01-P")


def test_technicians_see_stocktakes_but_cannot_count(store):
    store.receive(2)
    started = stocktakes.start_stocktake(store.keeper, None)
    assert [s.id for s in stocktakes.list_stocktakes(store.technician)] == [started.id]
    line = stocktakes.get_stocktake(store.technician, started.id).lines[0]
    refused(store, lambda: stocktakes.record_count(store.technician, line.id, 2), PermissionDenied)
    refused(store, lambda: stocktakes.start_stocktake(store.technician, ProductType.INK), PermissionDenied)


# ---- the count sheet ----------------------------------------------------------------------------


def pdf_text(pdf: bytes, tmp_path) -> str:
    import subprocess

    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_count_sheet_lists_the_lines_by_shelf_with_or_without_the_book(store, tmp_path):
    store.receive(10, location="B-02", batch="L1")
    store.receive(7, location="A-01", batch="L5")
    stock.set_stock_level(store.keeper, store.ink, 3, "C-01")
    started = stocktakes.start_stocktake(store.keeper, None)
    text = pdf_text(stocktakes.count_sheet(store.keeper, started.id, "en"), tmp_path)
    assert started.number in text and "Stocktake count sheet" in text and "上海浦东网点" in text
    for word in ("Book qty", "Counted", "Counted by", "Checked by", "Approved by", "All parts", "仓管张"):
        assert word in text, word
    rows = [line for line in text.splitlines() if "CF283A" in line or "PG-845" in line]
    assert len(rows) == 3
    assert "A-01" in rows[0] and "L5" in rows[0] and rows[0].rstrip().endswith("7")
    assert "B-02" in rows[1] and rows[1].rstrip().endswith("10")
    assert "C-01" in rows[2] and "1500页" in rows[0]
    blind = pdf_text(stocktakes.count_sheet(store.keeper, started.id, "en", show_book=False), tmp_path)
    assert "Book qty" not in blind
    assert not [line for line in blind.splitlines() if "CF283A" in line and line.rstrip().endswith(("7", "10"))]
    chinese = pdf_text(stocktakes.count_sheet(store.keeper, started.id), tmp_path)
    assert started.number in chinese and "HP CF283A" in chinese
