"""Suppliers (供应商): contacts, parts supplied, deliveries received, defects, and evaluation per period.

A delivery (到货) is received in one transaction: a SupplierDelivery, one receipt movement in the
stock ledger per line for the accepted units (naming the delivery), and a goods-in defect for
units rejected on arrival. A supplier's delivery note is received once per outlet.

Evaluations read every outlet's deliveries and defects (they reach head office by sync) and are
scored by domain.suppliers. Each evaluation is a new insert-only row carrying the pass mark in
force: re-evaluating a period adds a newer row, and the newest row of a period is the one that
counts. A supplier whose latest evaluation (the most recent period, newest row) scored below its
pass mark is flagged for replacement (待更换).

Goods-in rejects are tied to their delivery by supplier and delivery note (SupplierDefect has no
delivery column): they count as received units and as defects of the delivery's period. Defects
found in inspections and returns count in the period of the (local) day they were found.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from aftersales_desktop.domain import suppliers as rules
from aftersales_desktop.domain.errors import Collector, NotFound, ValidationError
from aftersales_desktop.domain.money import yuan_to_fen
from aftersales_desktop.domain.permissions import Action
from aftersales_desktop.domain.stock import MovementKind
from aftersales_desktop.domain.suppliers import DefectSource, Period, PricedQuantity, SupplierFigures
from aftersales_desktop.domain.validation import is_valid_email, is_valid_phone, normalise_phone
from aftersales_desktop.services.catalog import part_title
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.staff import names_in
from aftersales_desktop.services.stock import write_movement
from aftersales_desktop.storage.models import (Outlet, OutletSetting, Product, StockMovement, Supplier,
                                               SupplierDefect, SupplierDelivery, SupplierEvaluation,
                                               SupplierPart)

THRESHOLD_KEY = "supplier_score_threshold"
MAX_LEAD_DAYS = 365
MAX_QUANTITY = 999_999


# ---- what the services return -------------------------------------------------------------------


@dataclass
class SupplierDraft:
    """A supplier's details typed in a form."""

    name: str
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    note: str = ""


@dataclass(frozen=True)
class SupplierInfo:
    """A supplier's contact details."""

    id: str
    name: str
    contact_person: str
    phone: str
    email: str
    address: str
    note: str
    active: bool


@dataclass(frozen=True)
class SupplierPartInfo:
    """A part a supplier supplies, at an agreed price (fen) and lead time (days)."""

    id: str
    supplier_id: str
    product_id: str
    product_title: str
    agreed_price_fen: int
    lead_days: int


@dataclass(frozen=True)
class ReceivedLine:
    """One receipt of a delivery: accepted units put into stock."""

    product_id: str
    product_title: str
    quantity: int
    location: str
    batch: str
    unit_cost_fen: int
    expires_on: date | None


@dataclass(frozen=True)
class DeliveryInfo:
    """A delivery received from a supplier, with its receipts and the units rejected at goods-in."""

    id: str
    supplier_id: str
    outlet_id: str
    outlet_code: str
    reference: str
    promised_on: date | None
    received_on: date
    received_at: datetime
    received_by: str  # display name
    note: str
    lines: tuple[ReceivedLine, ...]
    rejected_quantity: int

    @property
    def on_time(self) -> bool:
        """Received on or before the promised day (or nothing was promised)."""
        return rules.is_on_time(self.promised_on, self.received_on)

    @property
    def accepted_quantity(self) -> int:
        """Units put into stock."""
        return sum(line.quantity for line in self.lines)

    @property
    def value_fen(self) -> int:
        """What the accepted units cost."""
        return sum(line.quantity * line.unit_cost_fen for line in self.lines)


@dataclass(frozen=True)
class DefectInfo:
    """Defective units attributed to a supplier."""

    id: str
    supplier_id: str
    product_id: str
    product_title: str
    batch: str
    quantity: int
    found_at: datetime
    source: DefectSource
    reference: str
    note: str
    recorded_by: str  # display name


@dataclass(frozen=True)
class EvaluationInfo:
    """A supplier's figures and scores for a period; ``id`` is None for a preview not yet saved.

    ``current`` is False for an evaluation a newer one of the same period superseded.
    """

    id: str | None
    supplier_id: str
    period: str
    period_start: date
    period_end: date
    deliveries: int
    on_time_deliveries: int
    received_quantity: int
    defective_quantity: int
    price_index: int
    on_time_score: int
    quality_score: int
    price_score: int
    score: int
    threshold: int
    evaluated_at: datetime | None = None
    evaluated_by: str = ""  # display name
    note: str = ""
    current: bool = True

    @property
    def flagged(self) -> bool:
        """Below the pass mark in force when evaluated: flagged for replacement (待更换)."""
        return rules.is_flagged(self.score, self.threshold)


@dataclass(frozen=True)
class SupplierSummary:
    """A supplier as the list shows it: contact, parts, latest score and whether it is flagged."""

    id: str
    name: str
    contact_person: str
    phone: str
    active: bool
    part_titles: tuple[str, ...]
    latest: EvaluationInfo | None

    @property
    def flagged(self) -> bool:
        """The latest evaluation scored below its pass mark."""
        return self.latest is not None and self.latest.flagged


@dataclass(frozen=True)
class SupplierDetail:
    """Everything about one supplier: contacts, parts, deliveries, defects, evaluations (newest first)."""

    supplier: SupplierInfo
    parts: tuple[SupplierPartInfo, ...]
    deliveries: tuple[DeliveryInfo, ...]
    defects: tuple[DefectInfo, ...]
    evaluations: tuple[EvaluationInfo, ...]

    @property
    def latest(self) -> EvaluationInfo | None:
        """The evaluation that counts now: the most recent period's newest."""
        return _latest(self.evaluations)

    @property
    def flagged(self) -> bool:
        """Flagged for replacement (待更换)."""
        latest = self.latest
        return latest is not None and latest.flagged


@dataclass
class DeliveryLine:
    """One line of a delivery: ``quantity`` units delivered, of which ``rejected`` refused at goods-in."""

    product_id: str
    quantity: int
    location: str = ""
    batch: str = ""
    unit_cost_fen: int = 0
    expires_on: date | None = None
    rejected: int = 0


@dataclass
class DeliveryDraft:
    """A delivery being received: the supplier's delivery note, the dates, and the lines."""

    supplier_id: str
    reference: str
    received_on: date
    promised_on: date | None = None
    note: str = ""
    lines: list[DeliveryLine] = field(default_factory=list)


# ---- row conversion -----------------------------------------------------------------------------


def _info(row: Supplier) -> SupplierInfo:
    return SupplierInfo(row.id, row.name, row.contact_person, row.phone, row.email, row.address, row.note,
                        row.active)


def _product_titles(session: Session, product_ids: set[str]) -> dict[str, str]:
    if not product_ids:
        return {}
    rows = session.scalars(select(Product).where(Product.id.in_(product_ids)))
    return {p.id: part_title(p) for p in rows}


def _evaluation(row: SupplierEvaluation, names: dict[str, str], current: bool = True) -> EvaluationInfo:
    return EvaluationInfo(row.id, row.supplier_id, row.period, row.period_start, row.period_end, row.deliveries,
                          row.on_time_deliveries, row.received_quantity, row.defective_quantity,
                          row.price_index, row.on_time_score, row.quality_score, row.price_score, row.score,
                          row.threshold, row.evaluated_at, names.get(row.evaluated_by, ""), row.note, current)


def _latest(evaluations: tuple[EvaluationInfo, ...] | list[EvaluationInfo]) -> EvaluationInfo | None:
    counted = [e for e in evaluations if e.current]
    # The most recent period counts; for periods ending the same day (December and Q4) the newer
    # evaluation does. Ids are time-ordered, so they break ties between rows of one period.
    return max(counted, key=lambda e: (e.period_end, e.evaluated_at.timestamp() if e.evaluated_at else 0.0,
                                       e.id or ""), default=None)


def _evaluations(session: Session, supplier_ids: list[str]) -> dict[str, list[EvaluationInfo]]:
    """Each supplier's evaluations, newest first, with superseded ones marked not current."""
    if not supplier_ids:
        return {}
    rows = list(session.scalars(select(SupplierEvaluation).where(
        SupplierEvaluation.supplier_id.in_(supplier_ids), SupplierEvaluation.deleted.is_(False))
        .order_by(SupplierEvaluation.evaluated_at.desc(), SupplierEvaluation.id.desc())))
    names = names_in(session, {r.evaluated_by for r in rows})
    found: dict[str, list[EvaluationInfo]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for row in rows:
        key = (row.supplier_id, row.period)
        found[row.supplier_id].append(_evaluation(row, names, current=key not in seen))
        seen.add(key)
    return found


# ---- checks -------------------------------------------------------------------------------------


def validate_supplier(draft: SupplierDraft, errors: Collector) -> None:
    """Field checks of a supplier's details."""
    errors.check(bool(draft.name.strip()), "name", "Enter the supplier's name.")
    errors.check(len(draft.name.strip()) <= 200, "name", "At most 200 characters.")
    if draft.phone.strip():
        errors.check(is_valid_phone(draft.phone), "phone",
                     "This is not a valid phone number (e.g. 13812345678 or 021-62345678).")
    if draft.email.strip():
        errors.check(is_valid_email(draft.email), "email", "This is not a valid e-mail address.")


def _require_supplier(session: Session, supplier_id: str) -> Supplier:
    row = session.get(Supplier, supplier_id)
    if row is None or row.deleted:
        raise NotFound("No such supplier.")
    return row


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _name_taken(session: Session, name: str, other_than: str | None = None) -> bool:
    rows = session.scalars(select(Supplier).where(Supplier.deleted.is_(False)))
    wanted = name.strip().casefold()
    return any(r.name.strip().casefold() == wanted and r.id != other_than for r in rows)


# ---- suppliers ----------------------------------------------------------------------------------


def create_supplier(ctx: AppContext, draft: SupplierDraft) -> SupplierInfo:
    """Add a supplier."""
    ctx.require(Action.MANAGE_SUPPLIERS)
    errors = Collector()
    validate_supplier(draft, errors)
    errors.raise_if_any()
    with ctx.transaction() as session:
        if _name_taken(session, draft.name):
            raise ValidationError.single("name", "A supplier with this name exists already.")
        row = Supplier(name=draft.name.strip(), contact_person=draft.contact_person.strip(),
                       phone=normalise_phone(draft.phone), email=draft.email.strip(),
                       address=draft.address.strip(), note=draft.note.strip(), active=True)
        session.add(row)
        session.flush()
        return _info(row)


def update_supplier(ctx: AppContext, supplier_id: str, draft: SupplierDraft) -> SupplierInfo:
    """Change a supplier's details (only the fields that changed are recorded, for sync)."""
    ctx.require(Action.MANAGE_SUPPLIERS)
    errors = Collector()
    validate_supplier(draft, errors)
    errors.raise_if_any()
    with ctx.transaction() as session:
        row = _require_supplier(session, supplier_id)
        if _name_taken(session, draft.name, other_than=supplier_id):
            raise ValidationError.single("name", "A supplier with this name exists already.")
        for name, value in (("name", draft.name.strip()), ("contact_person", draft.contact_person.strip()),
                            ("phone", normalise_phone(draft.phone)), ("email", draft.email.strip()),
                            ("address", draft.address.strip()), ("note", draft.note.strip())):
            if getattr(row, name) != value:
                setattr(row, name, value)
        session.flush()
        return _info(row)


def set_supplier_active(ctx: AppContext, supplier_id: str, active: bool) -> SupplierInfo:
    """Stop (or resume) buying from a supplier; its history stays."""
    ctx.require(Action.MANAGE_SUPPLIERS)
    with ctx.transaction() as session:
        row = _require_supplier(session, supplier_id)
        if row.active != active:
            row.active = active
        session.flush()
        return _info(row)


def list_suppliers(ctx: AppContext, text: str = "", include_inactive: bool = False) -> list[SupplierSummary]:
    """Suppliers whose name, contact, phone or parts contain ``text``, by name, with their latest score."""
    ctx.require(Action.VIEW_SUPPLIERS)
    needle = text.strip().casefold()
    digits = normalise_phone(text) if text.strip() else ""
    with ctx.db.reader() as session:
        query = select(Supplier).where(Supplier.deleted.is_(False))
        if not include_inactive:
            query = query.where(Supplier.active.is_(True))
        suppliers = list(session.scalars(query.order_by(Supplier.name)))
        ids = [s.id for s in suppliers]
        parts = _parts(session, ids)
        evaluations = _evaluations(session, ids)
        found = []
        for row in suppliers:
            titles = tuple(p.product_title for p in parts.get(row.id, []))
            if needle and not (any(needle in value.casefold() for value in (row.name, row.contact_person, *titles))
                               or (digits and digits in row.phone)):
                continue
            found.append(SupplierSummary(row.id, row.name, row.contact_person, row.phone, row.active, titles,
                                         _latest(evaluations.get(row.id, []))))
        return found


def get_supplier(ctx: AppContext, supplier_id: str) -> SupplierDetail:
    """One supplier with its parts, deliveries (all outlets), defects and evaluations, newest first."""
    ctx.require(Action.VIEW_SUPPLIERS)
    with ctx.db.reader() as session:
        row = _require_supplier(session, supplier_id)
        return SupplierDetail(_info(row), tuple(_parts(session, [supplier_id]).get(supplier_id, [])),
                              tuple(_deliveries(session, supplier_id)), tuple(_defects(session, supplier_id)),
                              tuple(_evaluations(session, [supplier_id]).get(supplier_id, [])))


# ---- parts supplied -----------------------------------------------------------------------------


def _part_rows(session: Session, supplier_ids: list[str]) -> list[SupplierPart]:
    if not supplier_ids:
        return []
    return list(session.scalars(select(SupplierPart).where(SupplierPart.supplier_id.in_(supplier_ids),
                                                           SupplierPart.deleted.is_(False))
                                .order_by(SupplierPart.id.desc())))


def _parts(session: Session, supplier_ids: list[str]) -> dict[str, list[SupplierPartInfo]]:
    """Each supplier's parts, one per product (the newest row if two sites added the same pair)."""
    rows = _part_rows(session, supplier_ids)
    titles = _product_titles(session, {r.product_id for r in rows})
    found: dict[str, list[SupplierPartInfo]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for row in rows:
        if (row.supplier_id, row.product_id) in seen:
            continue
        seen.add((row.supplier_id, row.product_id))
        found[row.supplier_id].append(SupplierPartInfo(row.id, row.supplier_id, row.product_id,
                                                       titles.get(row.product_id, "?"), row.agreed_price_fen,
                                                       row.lead_days))
    for parts in found.values():
        parts.sort(key=lambda p: p.product_title.casefold())
    return found


def set_supplier_part(ctx: AppContext, supplier_id: str, product_id: str, agreed_price: str | int,
                      lead_days: int) -> SupplierPartInfo:
    """Record that a supplier supplies a part at an agreed price (yuan text or fen) and lead time.

    The pair's existing row is updated; a removed one is brought back; else a row is added.
    """
    ctx.require(Action.MANAGE_SUPPLIERS)
    errors = Collector()
    price = 0
    if isinstance(agreed_price, str):
        try:
            price = yuan_to_fen(agreed_price.strip() or "0")
        except ValueError:
            errors.add("agreed_price", "Enter a price in yuan, such as 268.00.")
    elif _is_count(agreed_price):
        price = agreed_price
    else:
        errors.add("agreed_price", "Enter a price in yuan, such as 268.00.")
    errors.check(price >= 0, "agreed_price", "The price cannot be negative.")
    errors.check(_is_count(lead_days) and 0 <= lead_days <= MAX_LEAD_DAYS, "lead_days",
                 "Enter a whole number of days from 0 to 365.")
    errors.raise_if_any()
    with ctx.transaction() as session:
        _require_supplier(session, supplier_id)
        product = session.get(Product, product_id)
        if product is None or product.deleted:
            raise ValidationError.single("product", "Choose a part from the catalog.")
        rows = list(session.scalars(select(SupplierPart).where(SupplierPart.supplier_id == supplier_id,
                                                               SupplierPart.product_id == product_id)
                                    .order_by(SupplierPart.deleted, SupplierPart.id.desc())))
        row = rows[0] if rows else None
        if row is None:
            row = SupplierPart(supplier_id=supplier_id, product_id=product_id, agreed_price_fen=price,
                               lead_days=lead_days)
            session.add(row)
        else:
            for name, value in (("deleted", False), ("agreed_price_fen", price), ("lead_days", lead_days)):
                if getattr(row, name) != value:
                    setattr(row, name, value)
        session.flush()
        title = _product_titles(session, {product_id})[product_id]
        return SupplierPartInfo(row.id, supplier_id, product_id, title, row.agreed_price_fen, row.lead_days)


def remove_supplier_part(ctx: AppContext, supplier_part_id: str) -> None:
    """The supplier no longer supplies this part (a tombstone: deliveries already received stay)."""
    ctx.require(Action.MANAGE_SUPPLIERS)
    with ctx.transaction() as session:
        row = session.get(SupplierPart, supplier_part_id)
        if row is None or row.deleted:
            raise NotFound("This part is not on the supplier's list.")
        # Two sites may each have added the pair: remove every live row of it.
        for other in session.scalars(select(SupplierPart).where(
                SupplierPart.supplier_id == row.supplier_id, SupplierPart.product_id == row.product_id,
                SupplierPart.deleted.is_(False))):
            other.deleted = True


# ---- deliveries ---------------------------------------------------------------------------------


def _check_lines(session: Session, lines: list[DeliveryLine], errors: Collector) -> None:
    """Per-line field checks; messages go to "lines.<index>.<field>" for the dialog's cells."""
    errors.check(bool(lines), "lines", "Add at least one line to the delivery.")
    for index, line in enumerate(lines):
        prefix = f"lines.{index}."
        product = session.get(Product, line.product_id) if line.product_id else None
        errors.check(product is not None and not product.deleted, prefix + "product",
                     "Choose a part from the catalog.")
        if errors.check(_is_count(line.quantity) and 1 <= line.quantity <= MAX_QUANTITY, prefix + "quantity",
                        "Enter a whole number of at least 1."):
            if errors.check(_is_count(line.rejected) and line.rejected >= 0, prefix + "rejected",
                            "Enter a whole number, 0 or more."):
                errors.check(line.rejected <= line.quantity, prefix + "rejected",
                             "More units rejected than delivered.")
        errors.check(_is_count(line.unit_cost_fen) and line.unit_cost_fen >= 0, prefix + "unit_cost",
                     "The cost cannot be negative.")


def _refuse_bad_delivery(session: Session, ctx: AppContext, outlet_id: str, draft: DeliveryDraft) -> Supplier:
    """Every refusal of a delivery at once (header, lines, a note received before); else its supplier."""
    reference = draft.reference.strip()
    errors = Collector()
    errors.check(bool(reference), "reference", "Enter the supplier's delivery note number.")
    errors.check(len(reference) <= 60, "reference", "At most 60 characters.")
    if errors.check(isinstance(draft.received_on, date), "received_on", "Enter the day the goods arrived."):
        errors.check(draft.received_on <= ctx.now().astimezone().date(), "received_on",
                     "The day received cannot be in the future.")
    supplier = _require_supplier(session, draft.supplier_id)
    errors.check(supplier.active, "supplier", "This supplier is inactive: reactivate it first.")
    _check_lines(session, draft.lines, errors)
    earlier = session.scalars(select(SupplierDelivery).where(
        SupplierDelivery.deleted.is_(False), SupplierDelivery.outlet_id == outlet_id,
        SupplierDelivery.supplier_id == supplier.id, SupplierDelivery.reference == reference)
        .order_by(SupplierDelivery.received_at)).first()
    if earlier is not None:
        errors.add("reference", "Delivery note {reference} from this supplier was already received on {date}.",
                   reference=reference, date=earlier.received_on.isoformat())
    errors.raise_if_any()
    return supplier


def check_delivery(ctx: AppContext, draft: DeliveryDraft) -> None:
    """Raise what receive_delivery would refuse, writing nothing (a form shows every problem at once)."""
    user = ctx.require(Action.RECEIVE_STOCK)
    with ctx.db.reader() as session:
        _refuse_bad_delivery(session, ctx, user.outlet_id, draft)


def receive_delivery(ctx: AppContext, draft: DeliveryDraft) -> DeliveryInfo:
    """Receive a supplier's delivery (到货入库) at the user's outlet, all or nothing.

    Accepted units (delivered minus rejected) become receipt movements naming the delivery; units
    rejected at goods-in become a defect of the supplier. A delivery note this outlet already
    received from the supplier is refused, saying when it was received.
    """
    user = ctx.require(Action.RECEIVE_STOCK)
    reference = draft.reference.strip()
    with ctx.transaction() as session:
        supplier = _refuse_bad_delivery(session, ctx, user.outlet_id, draft)
        delivery = SupplierDelivery(outlet_id=user.outlet_id, supplier_id=supplier.id, reference=reference,
                                    promised_on=draft.promised_on, received_on=draft.received_on,
                                    received_at=ctx.now(), received_by=user.id, note=draft.note.strip())
        session.add(delivery)
        session.flush()
        for line in draft.lines:
            accepted = line.quantity - line.rejected
            batch = line.batch.strip()
            if accepted:
                write_movement(session, ctx, user, line.product_id, MovementKind.RECEIPT, accepted,
                               location=line.location.strip(), batch=batch, unit_cost_fen=line.unit_cost_fen,
                               expires_on=line.expires_on, reference=reference, delivery_id=delivery.id)
            if line.rejected:
                session.add(SupplierDefect(supplier_id=supplier.id, product_id=line.product_id, batch=batch,
                                           quantity=line.rejected, found_at=ctx.now(),
                                           source=DefectSource.GOODS_IN.value, reference=reference,
                                           note=draft.note.strip(), recorded_by=user.id))
        session.flush()
        return next(d for d in _deliveries(session, supplier.id) if d.id == delivery.id)


def _deliveries(session: Session, supplier_id: str) -> list[DeliveryInfo]:
    """A supplier's deliveries at every outlet, newest first, with their receipts and rejects."""
    rows = list(session.scalars(select(SupplierDelivery).where(
        SupplierDelivery.supplier_id == supplier_id, SupplierDelivery.deleted.is_(False))
        .order_by(SupplierDelivery.received_on.desc(), SupplierDelivery.received_at.desc())))
    if not rows:
        return []
    receipts = list(session.scalars(select(StockMovement).where(
        StockMovement.delivery_id.in_([r.id for r in rows]), StockMovement.deleted.is_(False),
        StockMovement.kind == MovementKind.RECEIPT.value).order_by(StockMovement.id)))
    rejected = _goods_in_rejects(session, supplier_id)
    titles = _product_titles(session, {m.product_id for m in receipts})
    names = names_in(session, {r.received_by for r in rows})
    codes = {o.id: o.code for o in session.scalars(select(Outlet))}
    lines: dict[str, list[ReceivedLine]] = defaultdict(list)
    for m in receipts:
        lines[m.delivery_id].append(ReceivedLine(m.product_id, titles.get(m.product_id, "?"), m.quantity,
                                                 m.location, m.batch, m.unit_cost_fen, m.expires_on))
    return [DeliveryInfo(r.id, r.supplier_id, r.outlet_id, codes.get(r.outlet_id, ""), r.reference, r.promised_on,
                         r.received_on, r.received_at, names.get(r.received_by, ""), r.note,
                         tuple(lines.get(r.id, [])), rejected.get(r.reference, 0)) for r in rows]


def _goods_in_rejects(session: Session, supplier_id: str) -> dict[str, int]:
    """Units of a supplier rejected at goods-in, by delivery note."""
    found: dict[str, int] = defaultdict(int)
    for row in session.scalars(select(SupplierDefect).where(
            SupplierDefect.supplier_id == supplier_id, SupplierDefect.deleted.is_(False),
            SupplierDefect.source == DefectSource.GOODS_IN.value)):
        found[row.reference] += row.quantity
    return found


def supplier_of_batch(session: Session, product_id: str, batch: str) -> str | None:
    """The supplier whose delivery brought this batch of a part (the newest such receipt), if known."""
    return session.scalar(
        select(SupplierDelivery.supplier_id)
        .join(StockMovement, StockMovement.delivery_id == SupplierDelivery.id)
        .where(StockMovement.deleted.is_(False), StockMovement.kind == MovementKind.RECEIPT.value,
               StockMovement.product_id == product_id, StockMovement.batch == batch.strip())
        .order_by(StockMovement.at.desc(), StockMovement.id.desc()).limit(1))


# ---- defects ------------------------------------------------------------------------------------


def record_defect(ctx: AppContext, supplier_id: str, product_id: str, batch: str, quantity: int,
                  source: DefectSource | str, reference: str = "", note: str = "") -> DefectInfo:
    """Attribute defective units to a supplier: found in an inspection, a customer return or at goods-in."""
    user = ctx.require(Action.MANAGE_SUPPLIERS)
    errors = Collector()
    errors.check(_is_count(quantity) and 1 <= quantity <= MAX_QUANTITY, "quantity",
                 "Enter a whole number of at least 1.")
    try:
        kind = DefectSource(source)
    except ValueError:
        kind = None
        errors.add("source", "Choose where the defect was found.")
    errors.check(len(reference.strip()) <= 60, "reference", "At most 60 characters.")
    with ctx.transaction() as session:
        _require_supplier(session, supplier_id)
        product = session.get(Product, product_id) if product_id else None
        errors.check(product is not None and not product.deleted, "product", "Choose a part from the catalog.")
        errors.raise_if_any()
        row = SupplierDefect(supplier_id=supplier_id, product_id=product_id, batch=batch.strip(),
                             quantity=quantity, found_at=ctx.now(), source=kind.value,
                             reference=reference.strip(), note=note.strip(), recorded_by=user.id)
        session.add(row)
        session.flush()
        return DefectInfo(row.id, supplier_id, product_id, _product_titles(session, {product_id})[product_id],
                          row.batch, row.quantity, row.found_at, kind, row.reference, row.note,
                          user.display_name)


def _defects(session: Session, supplier_id: str) -> list[DefectInfo]:
    rows = list(session.scalars(select(SupplierDefect).where(
        SupplierDefect.supplier_id == supplier_id, SupplierDefect.deleted.is_(False))
        .order_by(SupplierDefect.found_at.desc(), SupplierDefect.id.desc())))
    titles = _product_titles(session, {r.product_id for r in rows})
    names = names_in(session, {r.recorded_by for r in rows})
    return [DefectInfo(r.id, r.supplier_id, r.product_id, titles.get(r.product_id, "?"), r.batch, r.quantity,
                       r.found_at, DefectSource(r.source), r.reference, r.note, names.get(r.recorded_by, ""))
            for r in rows]


# ---- evaluation ---------------------------------------------------------------------------------


def _local_day(moment: datetime) -> date:
    """The day at this site's clock (found_at is stored in UTC)."""
    return moment.astimezone().date()


def period_figures(session: Session, supplier_id: str, period: Period) -> SupplierFigures | None:
    """A supplier's figures for a period from every outlet's data; None without deliveries in it."""
    all_deliveries = list(session.scalars(select(SupplierDelivery).where(
        SupplierDelivery.supplier_id == supplier_id, SupplierDelivery.deleted.is_(False))))
    deliveries = [d for d in all_deliveries if period.contains(d.received_on)]
    if not deliveries:
        return None
    # A goods-in reject belongs to the period its delivery was received in.
    delivered_in = {d.reference: d.received_on for d in all_deliveries}
    in_period_refs = {d.reference for d in deliveries}
    rejected_at_goods_in = 0
    defective = 0
    for row in session.scalars(select(SupplierDefect).where(SupplierDefect.supplier_id == supplier_id,
                                                            SupplierDefect.deleted.is_(False))):
        if row.source == DefectSource.GOODS_IN.value and row.reference in delivered_in:
            if row.reference in in_period_refs:
                rejected_at_goods_in += row.quantity
                defective += row.quantity
        elif period.contains(_local_day(row.found_at)):
            defective += row.quantity
    own = [PricedQuantity(m.product_id, m.quantity, m.unit_cost_fen) for m in session.scalars(
        select(StockMovement).where(StockMovement.delivery_id.in_([d.id for d in deliveries]),
                                    StockMovement.deleted.is_(False),
                                    StockMovement.kind == MovementKind.RECEIPT.value))]
    market = [PricedQuantity(m.product_id, m.quantity, m.unit_cost_fen) for m in session.scalars(
        select(StockMovement).join(SupplierDelivery, StockMovement.delivery_id == SupplierDelivery.id)
        .where(StockMovement.deleted.is_(False), StockMovement.kind == MovementKind.RECEIPT.value,
               SupplierDelivery.deleted.is_(False), SupplierDelivery.received_on >= period.first,
               SupplierDelivery.received_on <= period.last,
               StockMovement.product_id.in_(sorted({line.product_id for line in own}))))]
    on_time = sum(1 for d in deliveries if rules.is_on_time(d.promised_on, d.received_on))
    return SupplierFigures(len(deliveries), on_time, sum(line.quantity for line in own) + rejected_at_goods_in,
                           defective, rules.price_index(own, market))


def _compute(session: Session, ctx: AppContext, outlet_id: str, supplier_id: str,
             period_text: str) -> EvaluationInfo:
    period = rules.parse_period(period_text)
    if period.first > ctx.now().astimezone().date():
        raise ValidationError.single("period", "The period {period} has not begun yet.", period=period.label)
    _require_supplier(session, supplier_id)
    figures = period_figures(session, supplier_id, period)
    if figures is None:
        raise ValidationError.single(
            "period", "No deliveries from this supplier were received in {period}: there is nothing to evaluate.",
            period=period.label)
    scores = rules.score(figures)
    return EvaluationInfo(None, supplier_id, period.label, period.first, period.last, figures.deliveries,
                          figures.on_time_deliveries, figures.received_quantity, figures.defective_quantity,
                          figures.price_index, scores.on_time_score, scores.quality_score, scores.price_score,
                          scores.score, _threshold(session, outlet_id))


def preview_evaluation(ctx: AppContext, supplier_id: str, period: str) -> EvaluationInfo:
    """A supplier's figures and scores for a month or quarter, computed but not saved."""
    user = ctx.require(Action.VIEW_SUPPLIERS)
    with ctx.db.reader() as session:
        return _compute(session, ctx, user.outlet_id, supplier_id, period)


def evaluate_supplier(ctx: AppContext, supplier_id: str, period: str, note: str = "") -> EvaluationInfo:
    """Save a supplier's evaluation for a period with the pass mark in force (a newer one supersedes)."""
    user = ctx.require(Action.EVALUATE_SUPPLIERS)
    with ctx.transaction() as session:
        figures = _compute(session, ctx, user.outlet_id, supplier_id, period)
        row = SupplierEvaluation(
            supplier_id=supplier_id, period=figures.period, period_start=figures.period_start,
            period_end=figures.period_end, deliveries=figures.deliveries,
            on_time_deliveries=figures.on_time_deliveries, received_quantity=figures.received_quantity,
            defective_quantity=figures.defective_quantity, price_index=figures.price_index,
            on_time_score=figures.on_time_score, quality_score=figures.quality_score,
            price_score=figures.price_score, score=figures.score, threshold=figures.threshold,
            evaluated_at=ctx.now(), evaluated_by=user.id, note=note.strip())
        session.add(row)
        session.flush()
        return _evaluation(row, {user.id: user.display_name})


def score_history(ctx: AppContext, supplier_id: str) -> list[EvaluationInfo]:
    """A supplier's evaluations, newest first; ``current`` marks the one that counts for each period."""
    ctx.require(Action.VIEW_SUPPLIERS)
    with ctx.db.reader() as session:
        _require_supplier(session, supplier_id)
        return _evaluations(session, [supplier_id]).get(supplier_id, [])


# ---- pass mark ----------------------------------------------------------------------------------


def _threshold_rows(session: Session, outlet_id: str) -> list[OutletSetting]:
    return list(session.scalars(select(OutletSetting).where(
        OutletSetting.outlet_id == outlet_id, OutletSetting.key == THRESHOLD_KEY,
        OutletSetting.deleted.is_(False)).order_by(OutletSetting.id.desc())))


def _threshold(session: Session, outlet_id: str) -> int:
    rows = _threshold_rows(session, outlet_id)
    if rows and rows[0].value.isdigit() and 0 <= int(rows[0].value) <= 100:
        return int(rows[0].value)
    return rules.DEFAULT_THRESHOLD


def get_supplier_threshold(ctx: AppContext) -> int:
    """The pass mark (0-100) of supplier scores at the user's outlet; below it a supplier is flagged."""
    user = ctx.require(Action.VIEW_SUPPLIERS)
    with ctx.db.reader() as session:
        return _threshold(session, user.outlet_id)


def set_supplier_threshold(ctx: AppContext, threshold: int) -> int:
    """Change the pass mark; it applies to evaluations saved from now on."""
    user = ctx.require(Action.EVALUATE_SUPPLIERS)
    errors = Collector()
    errors.check(_is_count(threshold) and 0 <= threshold <= 100, "threshold",
                 "Enter a whole number from 0 to 100.")
    errors.raise_if_any()
    with ctx.transaction() as session:
        rows = _threshold_rows(session, user.outlet_id)
        if rows:
            if rows[0].value != str(threshold):
                rows[0].value = str(threshold)
        else:
            session.add(OutletSetting(outlet_id=user.outlet_id, key=THRESHOLD_KEY, value=str(threshold)))
        return threshold
