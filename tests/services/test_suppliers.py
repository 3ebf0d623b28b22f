"""Supplier services: contacts, parts, receiving deliveries, defects, evaluation and flagging."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from aftersales_desktop.domain.enums import ProductType, Role
from aftersales_desktop.domain.errors import NotFound, ValidationError
from aftersales_desktop.domain.stock import MovementKind
from aftersales_desktop.domain.suppliers import DefectSource
from aftersales_desktop.services import catalog, stock, suppliers
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.suppliers import DeliveryDraft, DeliveryLine, SupplierDraft
from aftersales_desktop.storage.models import (OutboxEntry, StockMovement, SupplierDefect, SupplierDelivery,
                                               SupplierEvaluation)
from tests.services.support import Clock, count, second_outlet_storekeeper, staff_context
from tests.services.support import _outlet_template, fast_passwords, outlet_copy  # noqa: F401  (fixtures)

NOW = datetime(2026, 11, 5, 2, 0, tzinfo=timezone.utc)


class Purchasing:
    """The outlet with a storekeeper, a manager and an HQ analyst on one clock, and a second part."""

    def __init__(self, outlet) -> None:
        self.db = outlet.db
        self.clock = Clock(NOW)
        self.toner = outlet.product_id
        self.manager = AppContext(self.db, outlet.manager.user, now=self.clock)
        self.keeper = staff_context(self.manager, "store", "仓管张", Role.STOREKEEPER, self.clock)
        self.hq = staff_context(self.manager, "hq", "总部分析", Role.HQ_ANALYST, self.clock)
        self.drum = catalog.create_product(self.manager, catalog.ProductDraft(
            ProductType.DRUM, "Brother", "DR-2350", "感光鼓", unit_price="399.00")).id

    def supplier(self, name="华彩耗材", **changes) -> str:
        values = dict(contact_person="刘经理", phone="13912345678", email="sales@huacai.cn",
                      address="广州市天河区")
        values.update(changes)
        return suppliers.create_supplier(self.keeper, SupplierDraft(name, **values)).id

    def deliver(self, supplier_id, reference, received_on, promised_on=None, *lines, ctx=None):
        draft = DeliveryDraft(supplier_id, reference, received_on, promised_on,
                              lines=list(lines) or [DeliveryLine(self.toner, 10, "A-01", "L1", 150_00)])
        return suppliers.receive_delivery(ctx or self.keeper, draft)

    def written(self) -> tuple[int, ...]:
        return tuple(count(self.db, model) for model in (OutboxEntry, SupplierDelivery, StockMovement,
                                                         SupplierDefect, SupplierEvaluation))

    def other_outlet(self) -> AppContext:
        """A storekeeper of a second outlet (BJ01) in the same database, as after a sync."""
        return second_outlet_storekeeper(self.db, self.clock)


@pytest.fixture
def shop(outlet) -> Purchasing:
    return Purchasing(outlet)


def refused(shop: Purchasing, call, error=ValidationError):
    """Call, expect ``error``, and check nothing at all was written."""
    before = shop.written()
    with pytest.raises(error) as caught:
        call()
    assert shop.written() == before
    return caught.value


# ---- suppliers and parts ------------------------------------------------------------------------


def test_create_edit_deactivate_and_search(shop):
    huacai = shop.supplier()
    shop.supplier("精工配件", contact_person="陈工", phone="021-62345678", email="")
    assert [s.name for s in suppliers.list_suppliers(shop.hq)] == ["华彩耗材", "精工配件"]
    assert [s.name for s in suppliers.list_suppliers(shop.keeper, "刘")] == ["华彩耗材"]  # contact
    assert [s.name for s in suppliers.list_suppliers(shop.keeper, "6234 5678")] == ["精工配件"]  # phone digits
    assert [s.name for s in suppliers.list_suppliers(shop.keeper, "精工")] == ["精工配件"]
    updated = suppliers.update_supplier(shop.keeper, huacai, SupplierDraft(
        "华彩耗材有限公司", "刘经理", "+86 139 1234 5678", "sales@huacai.cn", "广州市天河区体育西路"))
    assert updated.phone == "13912345678" and updated.address.endswith("体育西路")
    suppliers.set_supplier_active(shop.manager, huacai, False)
    assert [s.name for s in suppliers.list_suppliers(shop.keeper)] == ["精工配件"]
    listed = suppliers.list_suppliers(shop.keeper, include_inactive=True)
    assert [(s.name, s.active) for s in listed] == [("华彩耗材有限公司", False), ("精工配件", True)]
    assert suppliers.get_supplier(shop.hq, huacai).supplier.name == "华彩耗材有限公司"


@pytest.mark.parametrize("draft, field", [
    (SupplierDraft("  "), "name"),
    (SupplierDraft("某公司", phone="12345"), "phone"),
    (SupplierDraft("某公司", email="sales@"), "email"),
    (SupplierDraft("华彩耗材"), "name"),  # taken, whatever the case or spaces
    (SupplierDraft(" 华彩耗材 "), "name"),
])
def test_bad_supplier_details_are_refused_next_to_the_field(shop, draft, field):
    shop.supplier()
    error = refused(shop, lambda: suppliers.create_supplier(shop.keeper, draft))
    assert field in error.errors


def test_editing_an_unknown_supplier_is_not_found(shop):
    refused(shop, lambda: suppliers.update_supplier(shop.keeper, "nope", SupplierDraft("X")), NotFound)


def test_parts_supplied_are_updated_per_pair_removed_and_brought_back(shop):
    huacai = shop.supplier()
    first = suppliers.set_supplier_part(shop.keeper, huacai, shop.toner, "150.00", 7)
    again = suppliers.set_supplier_part(shop.keeper, huacai, shop.toner, 14_500, 5)
    assert again.id == first.id and (again.agreed_price_fen, again.lead_days) == (14_500, 5)
    suppliers.set_supplier_part(shop.keeper, huacai, shop.drum, "380", 10)
    parts = suppliers.get_supplier(shop.keeper, huacai).parts
    assert [(p.product_title, p.agreed_price_fen) for p in parts] == [
        ("Brother DR-2350 (感光鼓)", 38_000), ("HP CF283A (83A 黑色硒鼓)", 14_500)]
    suppliers.remove_supplier_part(shop.manager, first.id)
    summary = suppliers.list_suppliers(shop.keeper)[0]
    assert summary.part_titles == ("Brother DR-2350 (感光鼓)",)
    back = suppliers.set_supplier_part(shop.keeper, huacai, shop.toner, "151.00", 7)
    assert back.id == first.id and back.agreed_price_fen == 15_100
    assert len(suppliers.get_supplier(shop.keeper, huacai).parts) == 2
    refused(shop, lambda: suppliers.remove_supplier_part(shop.keeper, "nope"), NotFound)


@pytest.mark.parametrize("price, lead_days, field", [
    ("abc", 3, "agreed_price"), ("-1.00", 3, "agreed_price"), ("1.234", 3, "agreed_price"),
    (-100, 3, "agreed_price"), ("10.00", -1, "lead_days"), ("10.00", 400, "lead_days"),
    ("10.00", 2.5, "lead_days")])
def test_bad_part_terms_are_refused(shop, price, lead_days, field):
    huacai = shop.supplier()
    error = refused(shop, lambda: suppliers.set_supplier_part(shop.keeper, huacai, shop.toner, price, lead_days))
    assert field in error.errors


def test_a_part_not_in_the_catalog_is_refused(shop):
    huacai = shop.supplier()
    error = refused(shop, lambda: suppliers.set_supplier_part(shop.keeper, huacai, "nope", "1.00", 1))
    assert "product" in error.errors


# ---- receiving ----------------------------------------------------------------------------------


def test_receiving_a_delivery_books_receipts_and_goods_in_rejects_at_once(shop):
    huacai = shop.supplier()
    delivery = shop.deliver(huacai, "HC-20261102-01", date(2026, 11, 2), date(2026, 11, 3),
                            DeliveryLine(shop.toner, 12, "A-01", "L7", 150_00, date(2028, 1, 31), rejected=2),
                            DeliveryLine(shop.drum, 3, "B-02", "D1", 380_00, rejected=3))
    assert delivery.on_time and delivery.accepted_quantity == 10 and delivery.rejected_quantity == 5
    assert delivery.value_fen == 10 * 150_00 and delivery.outlet_code == "SH01"
    assert delivery.received_by == "仓管张"
    # The fully rejected drum line puts nothing into stock.
    [line] = delivery.lines
    assert (line.quantity, line.batch, line.unit_cost_fen, line.expires_on) == (10, "L7", 150_00, date(2028, 1, 31))
    [receipt] = stock.ledger(shop.keeper, shop.toner)
    movement = receipt.movement
    assert (movement.kind, movement.quantity, movement.reference, movement.delivery_id) == (
        MovementKind.RECEIPT, 10, "HC-20261102-01", delivery.id)
    assert stock.ledger(shop.keeper, shop.drum) == []
    defects = suppliers.get_supplier(shop.keeper, huacai).defects
    assert sorted((d.product_title.split()[1], d.batch, d.quantity, d.source) for d in defects) == [
        ("CF283A", "L7", 2, DefectSource.GOODS_IN), ("DR-2350", "D1", 3, DefectSource.GOODS_IN)]
    assert all(d.reference == "HC-20261102-01" for d in defects)
    with shop.db.reader() as session:
        assert suppliers.supplier_of_batch(session, shop.toner, "L7") == huacai
        assert suppliers.supplier_of_batch(session, shop.toner, "L8") is None


def test_receiving_the_same_delivery_note_twice_says_when_and_writes_nothing(shop):
    huacai = shop.supplier()
    shop.deliver(huacai, "HC-001", date(2026, 11, 2))
    shop.clock.moment = datetime(2026, 11, 6, 3, 0, tzinfo=timezone.utc)
    error = refused(shop, lambda: shop.deliver(huacai, " HC-001 ", date(2026, 11, 6)))
    assert error.errors == {"reference": "Delivery note {reference} from this supplier was already received on {date}."}
    assert error.params == {"reference": "HC-001", "date": "2026-11-02"}
    # Another supplier may use the same numbers; another outlet receives its own deliveries.
    jinggong = shop.supplier("精工配件")
    shop.deliver(jinggong, "HC-001", date(2026, 11, 6))
    shop.deliver(huacai, "HC-001", date(2026, 11, 6), ctx=shop.other_outlet())
    assert sum(line.quantity for line in stock.on_hand(shop.keeper)) == 20


@pytest.mark.parametrize("line, field", [
    (DeliveryLine("nope", 1), "lines.0.product"),
    (DeliveryLine("", 1), "lines.0.product"),
    (DeliveryLine("TONER", 0), "lines.0.quantity"),
    (DeliveryLine("TONER", -3), "lines.0.quantity"),
    (DeliveryLine("TONER", 1.5), "lines.0.quantity"),  # type: ignore[arg-type]
    (DeliveryLine("TONER", True), "lines.0.quantity"),  # type: ignore[arg-type]
    (DeliveryLine("TONER", 2, rejected=3), "lines.0.rejected"),
    (DeliveryLine("TONER", 2, rejected=-1), "lines.0.rejected"),
    (DeliveryLine("TONER", 2, unit_cost_fen=-1), "lines.0.unit_cost"),
])
def test_bad_lines_are_refused_per_cell(shop, line, field):
    huacai = shop.supplier()
    if line.product_id == "TONER":
        line.product_id = shop.toner
    error = refused(shop, lambda: shop.deliver(huacai, "HC-9", date(2026, 11, 2), None, line))
    assert list(error.errors) == [field]


def test_one_bad_line_keeps_the_good_ones_out_too(shop):
    huacai = shop.supplier()
    good = DeliveryLine(shop.toner, 5, "A-01", "L1", 150_00)
    bad = DeliveryLine(shop.drum, 2, "B-01", "D1", 380_00, rejected=4)
    error = refused(shop, lambda: shop.deliver(huacai, "HC-10", date(2026, 11, 2), None, good, good, bad))
    assert list(error.errors) == ["lines.2.rejected"]
    assert error.errors["lines.2.rejected"] == "More units rejected than delivered."
    assert stock.on_hand(shop.keeper) == []


@pytest.mark.parametrize("changes, field", [
    (dict(reference="  "), "reference"),
    (dict(reference="X" * 61), "reference"),
    (dict(received_on=date(2026, 11, 6)), "received_on"),  # tomorrow
    (dict(received_on=None), "received_on"),
    (dict(lines=[]), "lines"),
])
def test_bad_delivery_headers_are_refused(shop, changes, field):
    huacai = shop.supplier()
    values = dict(supplier_id=huacai, reference="HC-1", received_on=date(2026, 11, 5),
                  lines=[DeliveryLine(shop.toner, 1)])
    values.update(changes)
    error = refused(shop, lambda: suppliers.receive_delivery(shop.keeper, DeliveryDraft(**values)))
    assert field in error.errors


def test_check_delivery_reports_every_problem_at_once_and_writes_nothing(shop):
    huacai = shop.supplier()
    shop.deliver(huacai, "HC-1", date(2026, 11, 2))
    draft = DeliveryDraft(huacai, "HC-1", date(2026, 11, 9), lines=[
        DeliveryLine(shop.toner, 2, rejected=3), DeliveryLine("nope", 0)])
    error = refused(shop, lambda: suppliers.check_delivery(shop.keeper, draft))
    assert sorted(error.errors) == ["lines.0.rejected", "lines.1.product", "lines.1.quantity", "received_on",
                                    "reference"]
    assert error.params["date"] == "2026-11-02"
    good = DeliveryDraft(huacai, "HC-2", date(2026, 11, 5), lines=[DeliveryLine(shop.toner, 2)])
    before = shop.written()
    assert suppliers.check_delivery(shop.keeper, good) is None
    assert shop.written() == before


def test_receiving_from_an_unknown_or_inactive_supplier_is_refused(shop):
    refused(shop, lambda: shop.deliver("nope", "X-1", date(2026, 11, 2)), NotFound)
    huacai = shop.supplier()
    suppliers.set_supplier_active(shop.manager, huacai, False)
    error = refused(shop, lambda: shop.deliver(huacai, "X-1", date(2026, 11, 2)))
    assert "supplier" in error.errors


def test_record_defect_from_inspection_and_its_bad_input(shop):
    huacai = shop.supplier()
    defect = suppliers.record_defect(shop.keeper, huacai, shop.toner, " L1 ", 2, "inspection", "SH01-T202611-0001",
                                     "漏粉")
    assert (defect.source, defect.batch, defect.quantity, defect.recorded_by) == (
        DefectSource.INSPECTION, "L1", 2, "仓管张")
    for args, field in (((shop.toner, "L1", 0, "return"), "quantity"),
                        ((shop.toner, "L1", 1, "lost"), "source"),
                        (("nope", "L1", 1, "return"), "product")):
        error = refused(shop, lambda: suppliers.record_defect(shop.keeper, huacai, *args))
        assert field in error.errors
    refused(shop, lambda: suppliers.record_defect(shop.keeper, "nope", shop.toner, "", 1, "return"), NotFound)


# ---- evaluation ---------------------------------------------------------------------------------


def at(day: int, month: int = 10) -> datetime:
    return datetime(2026, month, day, 3, 0, tzinfo=timezone.utc)


@pytest.fixture
def october(shop):
    """Two suppliers' deliveries around October 2026, with late ones and defects.

    华彩 (A): 1 Sept delivery (5 units, 1 rejected at goods-in, booked in October);
    October: on time 50 units (1 rejected), late 50 units; 2 units failed an inspection in October,
    1 came back in a customer return in November. All toner at 150 yuan.
    精工 (B): October, no promised date, 30 units at 120 yuan.
    """
    a = shop.supplier()
    b = shop.supplier("精工配件")
    shop.clock.moment = at(15)
    shop.deliver(a, "A-0", date(2026, 9, 28), None, DeliveryLine(shop.toner, 5, "A-01", "S1", 150_00, rejected=1))
    shop.deliver(a, "A-1", date(2026, 10, 5), date(2026, 10, 5),
                 DeliveryLine(shop.toner, 50, "A-01", "L1", 150_00, rejected=1))
    shop.deliver(b, "B-1", date(2026, 10, 8), None, DeliveryLine(shop.toner, 30, "A-01", "J1", 120_00))
    shop.clock.moment = at(20)
    shop.deliver(a, "A-2", date(2026, 10, 14), date(2026, 10, 10), DeliveryLine(shop.toner, 50, "A-01", "L2", 150_00))
    suppliers.record_defect(shop.keeper, a, shop.toner, "L1", 2, DefectSource.INSPECTION)
    shop.clock.moment = NOW
    suppliers.record_defect(shop.keeper, a, shop.toner, "L2", 1, DefectSource.RETURN)
    return a, b


def figures(evaluation) -> tuple:
    return (evaluation.deliveries, evaluation.on_time_deliveries, evaluation.received_quantity,
            evaluation.defective_quantity, evaluation.price_index, evaluation.on_time_score,
            evaluation.quality_score, evaluation.price_score, evaluation.score)


def test_evaluation_figures_of_two_suppliers(shop, october):
    a, b = october
    # A: 2 deliveries, 1 on time; received 49 + 50 + 1 rejected = 100; defective 1 + 2 = 3 (3 %);
    # charged 99 x 150 against an average of (99 x 150 + 30 x 120) / 129 = 143.02 -> index 105.
    # Scores: 50, 70, 100 - 2.5 x 5 = 87.5 -> 88; 0.4 x 50 + 0.4 x 70 + 0.2 x 88 = 65.6 -> 66.
    preview = suppliers.preview_evaluation(shop.keeper, a, "2026-10")
    assert figures(preview) == (2, 1, 100, 3, 105, 50, 70, 88, 66)
    assert preview.id is None and preview.threshold == 70 and preview.flagged
    # B: cheaper than average (84), on time (no promise), no defects.
    assert figures(suppliers.preview_evaluation(shop.hq, b, "2026-10")) == (1, 1, 30, 0, 84, 100, 100, 100, 100)
    # September: the goods-in reject booked in October belongs to its September delivery.
    assert figures(suppliers.preview_evaluation(shop.keeper, a, "2026-09")) == (1, 1, 5, 1, 100, 100, 0, 100, 60)
    # The quarter holds October only (plus the November return).
    assert figures(suppliers.preview_evaluation(shop.keeper, a, "2026-Q4")) == (2, 1, 100, 4, 105, 50, 60, 88, 62)
    assert shop.written()[-1] == 0  # previews save nothing


def test_evaluating_flags_a_supplier_below_the_threshold_and_keeps_history(shop, october):
    a, b = october
    saved = suppliers.evaluate_supplier(shop.manager, a, "2026-10", "两次延迟")
    assert saved.id and saved.score == 66 and saved.flagged and saved.evaluated_by == "李经理"
    suppliers.evaluate_supplier(shop.manager, b, "2026-10")
    listed = {s.name: s for s in suppliers.list_suppliers(shop.keeper)}
    assert listed["华彩耗材"].flagged and listed["华彩耗材"].latest.score == 66
    assert not listed["精工配件"].flagged and listed["精工配件"].latest.score == 100
    # A lower pass mark applies to evaluations saved from now on; re-evaluating adds a newer row.
    suppliers.set_supplier_threshold(shop.manager, 60)
    assert suppliers.get_supplier_threshold(shop.hq) == 60
    assert suppliers.get_supplier(shop.keeper, a).flagged  # the saved one kept its pass mark
    shop.clock.moment = datetime(2026, 11, 6, 2, 0, tzinfo=timezone.utc)
    suppliers.evaluate_supplier(shop.manager, a, "2026-10")
    history = suppliers.score_history(shop.hq, a)
    assert [(e.period, e.score, e.threshold, e.current) for e in history] == [
        ("2026-10", 66, 60, True), ("2026-10", 66, 70, False)]
    assert history[1].note == "两次延迟"
    assert not suppliers.get_supplier(shop.keeper, a).flagged
    # The most recent period counts, even when an older one is evaluated later.
    suppliers.evaluate_supplier(shop.manager, a, "2026-09")
    detail = suppliers.get_supplier(shop.keeper, a)
    assert detail.latest.period == "2026-10" and len(detail.evaluations) == 3


@pytest.mark.parametrize("period, message", [
    ("2026-08", "No deliveries from this supplier were received in {period}: there is nothing to evaluate."),
    ("2026-12", "The period {period} has not begun yet."),
    ("2026-13", "Enter a month such as 2026-10 or a quarter such as 2026-Q4."),
])
def test_no_evaluation_without_deliveries_or_for_a_bad_period(shop, october, period, message):
    a, _b = october
    error = refused(shop, lambda: suppliers.evaluate_supplier(shop.manager, a, period))
    assert error.errors == {"period": message}
    with pytest.raises(ValidationError):
        suppliers.preview_evaluation(shop.keeper, a, period)


@pytest.mark.parametrize("value", [-1, 101, 7.5, "70"])
def test_bad_threshold_is_refused(shop, value):
    error = refused(shop, lambda: suppliers.set_supplier_threshold(shop.manager, value))
    assert "threshold" in error.errors
    assert suppliers.get_supplier_threshold(shop.manager) == 70


def test_threshold_is_set_once_then_changed(shop):
    suppliers.set_supplier_threshold(shop.manager, 80)
    suppliers.set_supplier_threshold(shop.manager, 75)
    assert suppliers.get_supplier_threshold(shop.keeper) == 75
    from aftersales_desktop.storage.models import OutletSetting
    from sqlalchemy import select
    with shop.db.reader() as session:
        rows = session.scalars(select(OutletSetting).where(OutletSetting.key == suppliers.THRESHOLD_KEY)).all()
        assert [r.value for r in rows] == ["75"]
