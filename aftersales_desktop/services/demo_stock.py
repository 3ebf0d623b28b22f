"""Spare parts of the demo outlet, through the real services: opening stock, parts issued to the
technicians for the repairs they recorded, safety stock, three suppliers with a quarter of
deliveries and their evaluations, requisitions in every step of their flow, and a stocktake
being counted.

Every write goes through the services with a clock set to when it happened, so the ledger,
the requisition histories and the supplier figures read as a real outlet's would.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select

from aftersales_desktop.domain.enums import ProductType, Role
from aftersales_desktop.domain.suppliers import previous_month
from aftersales_desktop.services import catalog, requisitions, stock, stocktakes, suppliers
from aftersales_desktop.services.catalog import ProductInfo
from aftersales_desktop.services.context import AppContext, CurrentUser
from aftersales_desktop.storage.database import Database
from aftersales_desktop.storage.models import RepairPart, RepairRecord, StockMovement, User

#: (name, contact, phone, e-mail, address, days late at most (always late when > 0), share of units
#: rejected at goods-in): a good, a fair and a poor supplier, so the evaluation flags the poor one.
SUPPLIERS = [
    ("珠海天威耗材有限公司", "何敏", "0756-8632100", "sales@tianwei-demo.cn", "广东省珠海市香洲区前山工业区", 0, 0.0),
    ("上海佳印办公用品有限公司", "沈国平", "021-64738291", "order@jiayin-demo.cn", "上海市徐汇区漕宝路1200号", 0, 0.02),
    ("深圳速印科技有限公司", "黄志伟", "0755-26718830", "kf@suyin-demo.cn", "广东省深圳市宝安区西乡街道", 6, 0.12),
]
SHELVES = ("A-01", "A-02", "A-03", "B-01", "B-02", "B-03", "C-01", "C-02")
CARRIERS = ("顺丰速运", "京东物流", "中通快递")


class _Clock:
    """A settable ``now`` shared by the demo's contexts."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def seed_stock(db: Database, rng: random.Random, now: datetime | None = None) -> None:
    """Fill the demo outlet's spare-parts pages (once: an outlet with a ledger is left alone)."""
    now = now or datetime.now(timezone.utc)
    with db.reader() as session:
        if session.scalar(select(func.count()).select_from(StockMovement)):
            return
        users = {u.username: CurrentUser(u.id, u.username, u.display_name, Role(u.role), u.outlet_id)
                 for u in session.scalars(select(User).where(User.deleted.is_(False)))}
        used = defaultdict(int)
        for technician_id, product_id, quantity in session.execute(
                select(RepairRecord.technician_id, RepairPart.product_id, RepairPart.quantity)
                .join(RepairRecord, RepairRecord.id == RepairPart.repair_id)):
            used[(technician_id, product_id)] += quantity
        first_repair = session.scalar(select(func.min(RepairRecord.recorded_at)))
    clock = _Clock(now)
    as_user = {name: AppContext(db, user, now=clock) for name, user in users.items()}
    keeper = as_user["store.sun"]
    manager = as_user["manager"]
    products = catalog.list_products(manager)
    technicians = [user for user in users.values() if user.role == Role.TECHNICIAN]
    shelf = {p.id: SHELVES[i % len(SHELVES)] for i, p in enumerate(products)}

    # Opening stock and what the technicians were issued for the repairs they recorded since.
    clock.moment = (first_repair or now - timedelta(days=365)) - timedelta(days=2)
    for product in products:
        issued = {t.id: used[(t.id, product.id)] + rng.randint(0, 2) for t in technicians}
        stock.receive(keeper, product.id, sum(issued.values()) + rng.randint(6, 24), location=shelf[product.id],
                      batch="期初", unit_cost_fen=product.unit_cost_fen, reference=f"期初-{product.model}",
                      note="期初库存")
        clock.moment += timedelta(minutes=3)
        for technician_id, quantity in issued.items():
            if quantity:
                stock.issue(keeper, product.id, quantity, location=shelf[product.id], batch="期初",
                            to_technician=technician_id, note="期初领用")
    clock.moment = now - timedelta(days=100)
    for index, product in enumerate(products):
        # Two fast movers are kept high: the Stock page opens with them below their safety stock.
        safety = 80 if index in (1, 9) else 4 + index % 5 * 2
        stock.set_stock_level(keeper, product.id, safety, shelf[product.id])

    supplier_ids = _suppliers(manager, keeper, products, rng, clock, now, shelf)
    _requisitions(as_user, products, rng, clock, now)
    _stocktake(keeper, rng, clock, now)
    clock.moment = now - timedelta(hours=2)
    for supplier_id in supplier_ids:
        suppliers.evaluate_supplier(manager, supplier_id, previous_month(now.date()), "月度评估")
    _quality_cases(as_user["cs.liu"], clock, now)


def _suppliers(manager: AppContext, keeper: AppContext, products: list[ProductInfo], rng: random.Random,
               clock: _Clock, now: datetime, shelf: dict[str, str]) -> list[str]:
    """Three suppliers, the parts each supplies, and about a quarter of deliveries."""
    clock.moment = now - timedelta(days=110)
    made = []
    for index, (name, contact, phone, email, address, late_days, reject_share) in enumerate(SUPPLIERS):
        supplier = suppliers.create_supplier(manager, suppliers.SupplierDraft(name, contact, phone, email, address))
        own = [p for i, p in enumerate(products) if i % len(SUPPLIERS) == index or i % 7 == index]
        markup = (100, 104, 112)[index]
        for product in own:
            suppliers.set_supplier_part(keeper, supplier.id, product.id,
                                        product.unit_cost_fen * markup // 100, 3 + index * 2)
        made.append((supplier.id, own, markup, late_days, reject_share))
    day = (now - timedelta(days=95)).date()
    serial = 0
    while day < now.date() - timedelta(days=1):
        supplier_id, own, markup, late_days, reject_share = made[serial % len(made)]
        serial += 1
        lines = []
        for product in rng.sample(own, k=min(len(own), rng.randint(1, 3))):
            quantity = rng.randint(6, 20)
            rejected = sum(rng.random() < reject_share for _ in range(quantity))
            if reject_share >= 0.1:
                rejected = max(rejected, 1)
            expires = day + timedelta(days=540) if product.product_type == ProductType.INK else None
            lines.append(suppliers.DeliveryLine(
                product.id, quantity, shelf[product.id], f"B{day:%y%m%d}-{serial:02d}",
                product.unit_cost_fen * markup // 100, expires, min(rejected, quantity - 1)))
        if serial == 1:  # an old ink batch about to expire: the Stock page shows it under "expiring"
            ink = next(p for p in products if p.product_type == ProductType.INK)
            lines.append(suppliers.DeliveryLine(ink.id, 12, shelf[ink.id], f"B{day:%y%m%d}-00",
                                                ink.unit_cost_fen, now.date() + timedelta(days=20)))
        promised = day - timedelta(days=rng.randint(2, late_days)) if late_days else day
        clock.moment = datetime.combine(day, datetime.min.time(), timezone.utc) + timedelta(hours=2)
        suppliers.receive_delivery(keeper, suppliers.DeliveryDraft(
            supplier_id, f"DN{day:%y%m%d}{serial:02d}", day, promised_on=promised, lines=lines))
        day += timedelta(days=rng.randint(4, 8))
    return [entry[0] for entry in made]


def _requisitions(as_user: dict[str, AppContext], products: list[ProductInfo], rng: random.Random,
                  clock: _Clock, now: datetime) -> None:
    """Requisitions at every step: received, shipped, issued, approved in part, rejected, waiting."""
    manager, keeper = as_user["manager"], as_user["store.sun"]
    plans = [("tech.zhao", 9, "received"), ("tech.chen", 6, "shipped"), ("tech.li", 4, "issued"),
             ("tech.wang", 3, "partly"), ("tech.li", 2, "rejected"), ("tech.wang", 0, "submitted"),
             ("tech.chen", 0, "submitted")]
    for username, days_ago, stage in plans:
        technician = as_user[username]
        clock.moment = now - timedelta(days=days_ago, hours=rng.randint(1, 5))
        wanted = rng.sample(products, k=rng.randint(1, 3))
        detail = requisitions.create_requisition(technician, requisitions.RequisitionDraft(
            "上门维修备件" if stage != "rejected" else "备用", [
                requisitions.LineDraft(p.id, rng.randint(1, 3), needed_by=(clock.moment + timedelta(days=3)).date())
                for p in wanted]))
        if stage == "submitted":
            continue
        clock.moment += timedelta(hours=1)
        if stage == "rejected":
            requisitions.reject_requisition(manager, detail.id, "库存充足，请先使用已领备件")
            continue
        approved = {line.id: line.requested for line in detail.lines}
        if stage == "partly":
            first = detail.lines[0]
            approved[first.id] = max(0, first.requested - 1) or first.requested
        requisitions.approve_requisition(manager, detail.id, approved)
        if stage == "partly":
            continue
        clock.moment += timedelta(hours=1)
        plan = requisitions.suggest_picks(keeper, detail.id)
        requisitions.issue_requisition(keeper, detail.id, [
            requisitions.Pick(p.line_id, p.location, p.batch, p.quantity) for p in plan.picks])
        if stage == "issued":
            continue
        clock.moment += timedelta(hours=2)
        requisitions.ship_requisition(keeper, detail.id, rng.choice(CARRIERS), f"SF{rng.randint(10**11, 10**12 - 1)}")
        if stage == "received":
            clock.moment += timedelta(days=1)
            requisitions.confirm_receipt(technician, detail.id)


def _quality_cases(clerk: AppContext, clock: _Clock, now: datetime) -> None:
    """The Quality page's first look: a problem solved by phone, a faulty drum coming back for an
    exchange, and a return declined outside the window."""
    from aftersales_desktop.domain.quality import RequestType, Severity
    from aftersales_desktop.services import jobs, quality

    recent = jobs.list_jobs(clerk, jobs.JobQuery(), limit=6).rows
    if len(recent) < 3:
        return
    clock.moment = now - timedelta(days=2, hours=3)
    minor = quality.open_quality_case(clerk, quality.QualityCaseDraft(
        None, None, severity=Severity.MINOR, description="打印浅淡，有灰底", job_id=recent[0].id))
    clock.moment += timedelta(minutes=20)
    quality.record_support(clerk, minor.id, "电话指导客户摇匀硒鼓并调整打印浓度", True, "客户确认打印正常")
    clock.moment = now - timedelta(days=1, hours=5)
    serious = quality.open_quality_case(clerk, quality.QualityCaseDraft(
        None, None, batch="B2609-07", severity=Severity.SERIOUS, description="新硒鼓漏粉，纸面有黑条",
        job_id=recent[1].id))
    clock.moment += timedelta(minutes=30)
    detail = quality.get_quality_case(clerk, serious.id)
    escalated = quality.escalate_to_return(clerk, serious.id, quality.ReturnDraft(
        detail.customer_id, detail.product_id, batch="B2609-07", request_type=RequestType.EXCHANGE,
        quality_problem=True, reason="新硒鼓漏粉", purchase_date=(now - timedelta(days=20)).date(),
        proof_number="FP-20261107-0315", price_paid="268.00", job_id=recent[1].id))
    quality.accept_return(clerk, escalated.id)
    clock.moment = now - timedelta(hours=6)
    late = quality.request_return(clerk, quality.ReturnDraft(
        detail.customer_id, detail.product_id, request_type=RequestType.RETURN, reason="买错型号",
        purchase_date=(now - timedelta(days=25)).date(), proof_number="FP-20261102-0088",
        price_paid="268.00", unused=True, packaging_intact=True, job_id=recent[2].id))
    clock.moment += timedelta(minutes=10)
    quality.decline_return(clerk, late.id, "已超过 7 天无理由退货期限")


def _stocktake(keeper: AppContext, rng: random.Random, clock: _Clock, now: datetime) -> None:
    """A count of the ink shelf under way: most lines counted, one short."""
    clock.moment = now - timedelta(hours=5)
    started = stocktakes.start_stocktake(keeper, ProductType.INK, "月度盘点")
    lines = stocktakes.get_stocktake(keeper, started.id).lines
    for index, line in enumerate(lines[: max(1, len(lines) - 2)]):
        clock.moment += timedelta(minutes=4)
        counted = line.book_quantity - (1 if index == 1 else 0)
        stocktakes.record_count(keeper, line.id, max(counted, 0))
