"""The spare-parts stock ledger (备件库存) of the logged-in user's outlet.

Every write appends immutable StockMovement rows in one ``ctx.transaction()`` (the change capture
records them in the same transaction); on-hand is the sum of movements by product, location and
batch (domain.stock). Checks against on-hand read the ledger inside the writing transaction.

Transfers: ``transfer`` writes a ``transfer_out`` at the sending outlet naming the receiver in
``counterpart_outlet_id``; the parts are in transit until the receiving outlet books the arrival
with ``receive_transfer``, a ``transfer_in`` whose ``reference`` is the transfer_out's id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from aftersales_desktop.domain.errors import Collector, NotFound, ValidationError
from aftersales_desktop.domain.permissions import Action
from aftersales_desktop.domain.stock import MovementKind, running_balance
from aftersales_desktop.services.context import AppContext, CurrentUser
from aftersales_desktop.storage.models import Job, Outlet, Product, StockLevel, StockMovement, User

#: Prefix of the note of an issue a manager allowed beyond what was on hand.
NEGATIVE_FLAG = "[negative stock]"
EXPIRY_WARNING_DAYS = 30


@dataclass(frozen=True)
class MovementInfo:
    """One ledger movement as views show it."""

    id: str
    outlet_id: str
    product_id: str
    location: str
    batch: str
    quantity: int
    unit_cost_fen: int
    kind: MovementKind
    at: datetime
    reference: str
    note: str
    created_by: str | None
    expires_on: date | None
    counterpart_outlet_id: str | None
    job_id: str | None
    technician_id: str | None
    delivery_id: str | None = None
    requisition_line_id: str | None = None
    stocktake_line_id: str | None = None

    @property
    def negative_allowed(self) -> bool:
        """True for an issue a manager allowed beyond what was on hand."""
        return self.note.startswith(NEGATIVE_FLAG)


@dataclass(frozen=True)
class StockLine:
    """On-hand of one part at one location and batch of an outlet."""

    outlet_id: str
    product_id: str
    location: str
    batch: str
    quantity: int


@dataclass(frozen=True)
class LedgerLine:
    """A movement with the part's balance at the outlet after it."""

    movement: MovementInfo
    balance: int


@dataclass(frozen=True)
class StockLevelInfo:
    """Safety stock and storage location of a part at an outlet."""

    id: str
    outlet_id: str
    product_id: str
    safety_stock: int
    location: str


@dataclass(frozen=True)
class StockAlert:
    """A part below its safety stock (``kind`` "below_safety") or a batch near expiry ("expiring")."""

    kind: str
    product_id: str
    product_title: str
    quantity: int
    safety_stock: int = 0
    location: str = ""
    batch: str = ""
    expires_on: date | None = None


def _info(row: StockMovement) -> MovementInfo:
    return MovementInfo(row.id, row.outlet_id, row.product_id, row.location, row.batch, row.quantity,
                        row.unit_cost_fen, MovementKind(row.kind), row.at, row.reference, row.note,
                        row.created_by, row.expires_on, row.counterpart_outlet_id, row.job_id,
                        row.technician_id, row.delivery_id, row.requisition_line_id,
                        row.stocktake_line_id)


# ---- checks -------------------------------------------------------------------------------------


def check_quantity(errors: Collector, quantity: object, field: str = "quantity") -> None:
    """Collect an error unless ``quantity`` is a whole number of at least 1."""
    errors.check(isinstance(quantity, int) and not isinstance(quantity, bool) and quantity >= 1,
                 field, "Enter a whole number of at least 1.")


def require_product(session: Session, product_id: str) -> Product:
    """The catalog part, or NotFound."""
    row = session.get(Product, product_id)
    if row is None or row.deleted:
        raise NotFound("No such part in the catalog.")
    return row


def balance(session: Session, outlet_id: str, product_id: str, location: str, batch: str) -> int:
    """On-hand of one part at one location and batch of an outlet, read in the caller's session."""
    return session.scalar(select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
        StockMovement.deleted.is_(False), StockMovement.outlet_id == outlet_id,
        StockMovement.product_id == product_id, StockMovement.location == location,
        StockMovement.batch == batch)) or 0


def write_movement(session: Session, ctx: AppContext, user: CurrentUser, product_id: str, kind: MovementKind,
                   quantity: int, **fields: object) -> MovementInfo:
    """Append one movement (signed ``quantity``) at the user's outlet in the caller's transaction."""
    assert kind.allows(quantity), (kind, quantity)
    row = StockMovement(outlet_id=user.outlet_id, product_id=product_id, kind=kind.value,
                        quantity=quantity, at=ctx.now(), created_by=user.id, **fields)
    session.add(row)
    session.flush()
    return _info(row)


def take_stock(session: Session, ctx: AppContext, user: CurrentUser, kind: MovementKind, product_id: str,
               quantity: int, *, location: str, batch: str, note: str = "", negative_reason: str = "",
               **fields: object) -> MovementInfo:
    """Write, in the caller's transaction, a movement that takes stock away.

    Going below what is on hand is refused unless ``negative_reason`` says why a manager allowed
    it; the movement's note is then flagged with NEGATIVE_FLAG.
    """
    require_product(session, product_id)
    _check_job_and_technician(session, fields.get("job_id"), fields.get("technician_id"))
    available = balance(session, user.outlet_id, product_id, location, batch)
    if quantity > available:
        if not negative_reason:
            raise ValidationError.single(
                "quantity", "Only {on_hand} on hand at location '{location}', batch '{batch}'.",
                on_hand=available, location=location, batch=batch)
        note = f"{NEGATIVE_FLAG} {negative_reason}" + (f" / {note}" if note else "")
    return write_movement(session, ctx, user, product_id, kind, -quantity, location=location,
                          batch=batch, note=note, **fields)


def _take(ctx: AppContext, user: CurrentUser, kind: MovementKind, product_id: str, quantity: int, *,
          location: str, batch: str, note: str = "", **fields: object) -> MovementInfo:
    with ctx.transaction() as session:
        return take_stock(session, ctx, user, kind, product_id, quantity, location=location, batch=batch,
                          note=note, **fields)


# ---- writes -------------------------------------------------------------------------------------


def receive(ctx: AppContext, product_id: str, quantity: int, *, location: str, batch: str,
            unit_cost_fen: int, expires_on: date | None = None, reference: str = "",
            note: str = "") -> MovementInfo:
    """Book a receipt (入库) from a supplier; ``reference`` is the supplier's delivery note."""
    user = ctx.require(Action.RECEIVE_STOCK)
    errors = Collector()
    check_quantity(errors, quantity)
    errors.check(isinstance(unit_cost_fen, int) and unit_cost_fen >= 0, "unit_cost",
                 "The cost cannot be negative.")
    errors.raise_if_any()
    reference = reference.strip()
    with ctx.transaction() as session:
        require_product(session, product_id)
        if reference and session.scalar(select(StockMovement.id).where(
                StockMovement.deleted.is_(False), StockMovement.outlet_id == user.outlet_id,
                StockMovement.kind == MovementKind.RECEIPT.value,
                StockMovement.product_id == product_id, StockMovement.reference == reference)):
            raise ValidationError.single(
                "reference", "Delivery note {reference} was already received for this part.",
                reference=reference)
        return write_movement(session, ctx, user, product_id, MovementKind.RECEIPT, quantity,
                         location=location.strip(), batch=batch.strip(), unit_cost_fen=unit_cost_fen,
                         expires_on=expires_on, reference=reference, note=note.strip())


def _check_job_and_technician(session: Session, job_id: str | None, technician_id: str | None) -> None:
    if job_id is not None:
        job = session.get(Job, job_id)
        if job is None or job.deleted:
            raise NotFound("No such service job.")
    if technician_id is not None:
        tech = session.get(User, technician_id)
        if tech is None or tech.deleted:
            raise NotFound("No such staff member.")


def issue(ctx: AppContext, product_id: str, quantity: int, *, location: str, batch: str = "",
          job_id: str | None = None, to_technician: str | None = None, note: str = "") -> MovementInfo:
    """Issue parts (出库) to a technician or a job.

    Issuing more than is on hand is refused. Negative stock needs a manager's allowance, which is
    given when approving a requisition (services.requisitions), never at the storekeeper's desk.
    """
    user = ctx.require(Action.ISSUE_STOCK)
    errors = Collector()
    check_quantity(errors, quantity)
    errors.raise_if_any()
    return _take(ctx, user, MovementKind.ISSUE, product_id, quantity, location=location.strip(),
                 batch=batch.strip(), note=note.strip(), job_id=job_id, technician_id=to_technician)


def return_unused(ctx: AppContext, product_id: str, quantity: int, *, location: str, batch: str = "",
                  job_id: str | None = None, from_technician: str | None = None,
                  note: str = "") -> MovementInfo:
    """Take back unused parts (退回) a technician had been issued."""
    user = ctx.require(Action.RECEIVE_STOCK)
    errors = Collector()
    check_quantity(errors, quantity)
    errors.raise_if_any()
    with ctx.transaction() as session:
        require_product(session, product_id)
        _check_job_and_technician(session, job_id, from_technician)
        return write_movement(session, ctx, user, product_id, MovementKind.RETURN, quantity,
                         location=location.strip(), batch=batch.strip(), note=note.strip(),
                         job_id=job_id, technician_id=from_technician)


def transfer(ctx: AppContext, product_id: str, quantity: int, to_outlet_id: str, *, location: str,
             batch: str = "", note: str = "") -> MovementInfo:
    """Send parts to another outlet (调拨): a transfer_out, in transit until it is received there."""
    user = ctx.require(Action.ISSUE_STOCK)
    errors = Collector()
    check_quantity(errors, quantity)
    errors.check(to_outlet_id != user.outlet_id, "to_outlet", "Choose another outlet to transfer to.")
    errors.raise_if_any()
    batch = batch.strip()
    with ctx.transaction() as session:
        target = session.get(Outlet, to_outlet_id)
        if target is None or target.deleted:
            raise NotFound("No such outlet.")
        expires_on = session.scalar(select(func.min(StockMovement.expires_on)).where(
            StockMovement.deleted.is_(False), StockMovement.outlet_id == user.outlet_id,
            StockMovement.product_id == product_id, StockMovement.batch == batch))
    return _take(ctx, user, MovementKind.TRANSFER_OUT, product_id, quantity, location=location.strip(),
                 batch=batch, note=note.strip(), counterpart_outlet_id=to_outlet_id,
                 expires_on=expires_on)


def receive_transfer(ctx: AppContext, transfer_movement_id: str, *, location: str | None = None,
                     note: str = "") -> MovementInfo:
    """Book the arrival of a transfer sent to this outlet (a transfer_in; the batch is kept)."""
    user = ctx.require(Action.RECEIVE_STOCK)
    with ctx.transaction() as session:
        out = session.get(StockMovement, transfer_movement_id)
        if (out is None or out.deleted or out.kind != MovementKind.TRANSFER_OUT.value
                or out.counterpart_outlet_id != user.outlet_id):
            raise NotFound("No such transfer to this outlet.")
        if session.scalar(select(StockMovement.id).where(
                StockMovement.deleted.is_(False), StockMovement.kind == MovementKind.TRANSFER_IN.value,
                StockMovement.reference == out.id)):
            raise ValidationError.single("transfer", "This transfer was already received.")
        return write_movement(session, ctx, user, out.product_id, MovementKind.TRANSFER_IN, -out.quantity,
                         location=out.location if location is None else location.strip(),
                         batch=out.batch, unit_cost_fen=out.unit_cost_fen, expires_on=out.expires_on,
                         reference=out.id, counterpart_outlet_id=out.outlet_id, note=note.strip())


def dispose(ctx: AppContext, product_id: str, quantity: int, *, location: str, batch: str = "",
            reason: str) -> MovementInfo:
    """Dispose of expired, damaged or excess stock (报废): a manager's decision, with a reason."""
    user = ctx.require(Action.APPROVE_STOCK)
    errors = Collector()
    check_quantity(errors, quantity)
    errors.check(bool(reason.strip()), "reason", "Enter the reason.")
    errors.raise_if_any()
    return _take(ctx, user, MovementKind.DISPOSAL, product_id, quantity, location=location.strip(),
                 batch=batch.strip(), note=reason.strip())


def adjust(ctx: AppContext, product_id: str, *, location: str, batch: str = "", counted: int,
           reason: str) -> MovementInfo | None:
    """A manager's correction to a counted quantity outside a stocktake: the difference becomes an adjustment.

    Returns None when the count equals the ledger. Routine counts go through services.stocktakes.
    """
    user = ctx.require(Action.APPROVE_STOCK)
    errors = Collector()
    errors.check(isinstance(counted, int) and not isinstance(counted, bool) and counted >= 0,
                 "counted", "Enter the counted quantity: a whole number, 0 or more.")
    errors.check(bool(reason.strip()), "reason", "Enter the reason.")
    errors.raise_if_any()
    location, batch = location.strip(), batch.strip()
    with ctx.transaction() as session:
        require_product(session, product_id)
        difference = counted - balance(session, user.outlet_id, product_id, location, batch)
        if difference == 0:
            return None
        return write_movement(session, ctx, user, product_id, MovementKind.ADJUSTMENT, difference,
                         location=location, batch=batch, note=reason.strip())


def _newest_level(session: Session, outlet_id: str, product_id: str) -> StockLevel | None:
    return session.scalars(select(StockLevel).where(
        StockLevel.deleted.is_(False), StockLevel.outlet_id == outlet_id,
        StockLevel.product_id == product_id).order_by(StockLevel.id.desc()).limit(1)).first()


def set_stock_level(ctx: AppContext, product_id: str, safety_stock: int, location: str = "") -> StockLevelInfo:
    """Set a part's safety stock (安全库存) and storage location (存放位置) at this outlet."""
    user = ctx.require(Action.ADJUST_STOCK)
    errors = Collector()
    errors.check(isinstance(safety_stock, int) and not isinstance(safety_stock, bool) and safety_stock >= 0,
                 "safety_stock", "Enter the safety stock: a whole number, 0 or more.")
    errors.raise_if_any()
    with ctx.transaction() as session:
        require_product(session, product_id)
        row = _newest_level(session, user.outlet_id, product_id)
        if row is None:
            row = StockLevel(outlet_id=user.outlet_id, product_id=product_id)
            session.add(row)
        row.safety_stock = safety_stock
        row.location = location.strip()
        session.flush()
        return StockLevelInfo(row.id, row.outlet_id, row.product_id, row.safety_stock, row.location)


# ---- reads --------------------------------------------------------------------------------------


def on_hand(ctx: AppContext, outlet_id: str | None = None,
            product_id: str | None = None) -> list[StockLine]:
    """Non-zero on-hand by product, location and batch at an outlet (the user's own by default)."""
    user = ctx.require(Action.VIEW_STOCK)
    outlet_id = outlet_id or user.outlet_id
    total = func.sum(StockMovement.quantity)
    query = (select(StockMovement.product_id, StockMovement.location, StockMovement.batch, total)
             .where(StockMovement.deleted.is_(False), StockMovement.outlet_id == outlet_id)
             .group_by(StockMovement.product_id, StockMovement.location, StockMovement.batch)
             .having(total != 0)
             .order_by(StockMovement.product_id, StockMovement.location, StockMovement.batch))
    if product_id is not None:
        query = query.where(StockMovement.product_id == product_id)
    with ctx.db.reader() as session:
        return [StockLine(outlet_id, p, loc, b, q) for p, loc, b, q in session.execute(query)]


def ledger(ctx: AppContext, product_id: str, outlet_id: str | None = None) -> list[LedgerLine]:
    """A part's movements at an outlet in time order, each with the running balance after it."""
    user = ctx.require(Action.VIEW_STOCK)
    outlet_id = outlet_id or user.outlet_id
    with ctx.db.reader() as session:
        rows = session.scalars(select(StockMovement).where(
            StockMovement.deleted.is_(False), StockMovement.outlet_id == outlet_id,
            StockMovement.product_id == product_id).order_by(StockMovement.at, StockMovement.id))
        return [LedgerLine(m, b) for m, b in running_balance([_info(r) for r in rows])]


def in_transit(ctx: AppContext, outlet_id: str | None = None) -> list[MovementInfo]:
    """Transfers sent from or to an outlet (the user's own by default) not yet received."""
    user = ctx.require(Action.VIEW_STOCK)
    outlet_id = outlet_id or user.outlet_id
    with ctx.db.reader() as session:
        received = select(StockMovement.reference).where(
            StockMovement.deleted.is_(False), StockMovement.kind == MovementKind.TRANSFER_IN.value)
        rows = session.scalars(select(StockMovement).where(
            StockMovement.deleted.is_(False), StockMovement.kind == MovementKind.TRANSFER_OUT.value,
            (StockMovement.outlet_id == outlet_id) | (StockMovement.counterpart_outlet_id == outlet_id),
            StockMovement.id.not_in(received)).order_by(StockMovement.at, StockMovement.id))
        return [_info(r) for r in rows]


def stock_level(ctx: AppContext, product_id: str, outlet_id: str | None = None) -> StockLevelInfo | None:
    """A part's safety stock and location at an outlet (the newest row if sites made two)."""
    user = ctx.require(Action.VIEW_STOCK)
    with ctx.db.reader() as session:
        row = _newest_level(session, outlet_id or user.outlet_id, product_id)
        return None if row is None else StockLevelInfo(row.id, row.outlet_id, row.product_id,
                                                       row.safety_stock, row.location)


def _levels_in(session: Session, outlet_id: str) -> dict[str, StockLevel]:
    newest: dict[str, StockLevel] = {}
    for level in session.scalars(select(StockLevel).where(
            StockLevel.deleted.is_(False), StockLevel.outlet_id == outlet_id).order_by(StockLevel.id)):
        newest[level.product_id] = level  # ascending ids: the newest wins
    return newest


def _expiries_in(session: Session, outlet_id: str) -> dict[tuple[str, str], date]:
    return {(p, b): e for p, b, e in session.execute(
        select(StockMovement.product_id, StockMovement.batch, func.min(StockMovement.expires_on))
        .where(StockMovement.deleted.is_(False), StockMovement.outlet_id == outlet_id,
               StockMovement.expires_on.is_not(None))
        .group_by(StockMovement.product_id, StockMovement.batch))}


def stock_levels(ctx: AppContext, outlet_id: str | None = None) -> dict[str, StockLevelInfo]:
    """Safety stock and location of every part that has them at an outlet, by part id."""
    user = ctx.require(Action.VIEW_STOCK)
    with ctx.db.reader() as session:
        return {p: StockLevelInfo(r.id, r.outlet_id, r.product_id, r.safety_stock, r.location)
                for p, r in _levels_in(session, outlet_id or user.outlet_id).items()}


def batch_expiries(ctx: AppContext, outlet_id: str | None = None) -> dict[tuple[str, str], date]:
    """The expiry date of each (part, batch) received at an outlet (the earliest, if receipts differ)."""
    user = ctx.require(Action.VIEW_STOCK)
    with ctx.db.reader() as session:
        return _expiries_in(session, outlet_id or user.outlet_id)


def alerts(ctx: AppContext, within_days: int = EXPIRY_WARNING_DAYS) -> list[StockAlert]:
    """Parts of this outlet below their safety stock, and batches on hand expiring within ``within_days``."""
    user = ctx.require(Action.VIEW_STOCK)
    today = ctx.now().date()
    found: list[StockAlert] = []
    with ctx.db.reader() as session:
        titles = {p.id: f"{p.brand} {p.model}" for p in session.scalars(select(Product))}
        totals = dict(session.execute(
            select(StockMovement.product_id, func.sum(StockMovement.quantity))
            .where(StockMovement.deleted.is_(False), StockMovement.outlet_id == user.outlet_id)
            .group_by(StockMovement.product_id)).all())
        newest = _levels_in(session, user.outlet_id)
        for product_id, level in sorted(newest.items(), key=lambda item: titles.get(item[0], "")):
            quantity = totals.get(product_id, 0)
            if level.safety_stock > 0 and quantity < level.safety_stock:
                found.append(StockAlert("below_safety", product_id, titles.get(product_id, ""),
                                        quantity, level.safety_stock, level.location))
        expiry = _expiries_in(session, user.outlet_id)
        limit = today + timedelta(days=within_days)
        held = session.execute(
            select(StockMovement.product_id, StockMovement.location, StockMovement.batch,
                   func.sum(StockMovement.quantity))
            .where(StockMovement.deleted.is_(False), StockMovement.outlet_id == user.outlet_id)
            .group_by(StockMovement.product_id, StockMovement.location, StockMovement.batch)).all()
        for product_id, location, batch, quantity in sorted(held, key=lambda r: (r[0], r[1], r[2])):
            expires = expiry.get((product_id, batch))
            if quantity > 0 and expires is not None and expires <= limit:
                found.append(StockAlert("expiring", product_id, titles.get(product_id, ""), quantity,
                                        location=location, batch=batch, expires_on=expires))
    return found
