"""Stocktakes (库存盘点): start a count, print the sheet, enter counts, review the differences, approve.

Flow: a storekeeper or manager starts a stocktake of the outlet (all parts or one category); it
lists every part, location and batch the ledger holds there, plus an empty line for each part of
the category that has a safety-stock entry but no stock, so stock the book does not know is looked
for. Counts are entered line by line (found stock gets a line of its own), the stocktake is
submitted, and a manager approves it: one ``adjustment`` movement per line whose count differs
from the book, in the same transaction as the approval step. A manager may send it back for a
recount, or cancel it with a reason.

How movements that arrive by sync during a count are handled
------------------------------------------------------------
Counting takes time, the outlet keeps working, and some of its movements were made on another
computer (a storekeeper's second PC, a manager's laptop that was offline) and only arrive when that
computer syncs. So the difference is never taken against the book as it stood when the count
started, nor as it stands at approval. It is taken against the ledger **at the moment each line was
counted** (``counted_at``), recomputed from the ledger as it is when the differences are shown and
approved:

    book at count = sum of the outlet's movements of that part, location and batch made at or
                    before counted_at (excluding the adjustments this stocktake posted)
    adjustment    = counted - book at count

- A movement made *before* the count on another computer, arriving by sync later, is part of the
  book at count once it has arrived: the shelf already reflected it when it was counted, so it
  causes no false difference. Syncing before approving therefore matters, and the review shows
  each line whose book changed since the count started as "moved during the count".
- A movement made *after* the count (parts issued while the count was waiting for approval) is not
  in the book at count, so the adjustment leaves it standing:
  on-hand after approval = counted + movements after the count time.
- Every site computes the same adjustment from the same movements, and the adjustments are ledger
  movements like any other (insert-only, union by id), so every site ends with the same figures.

Limits: ``at`` is the clock of the computer that wrote the movement; a computer whose clock is wrong
by more than the time between a movement and the count can put that movement on the wrong side of
the count (sync's hybrid clock orders changes, but the business time is the wall clock). Count a
shelf when no one is issuing from it, and keep the computers' clocks set. A movement made on a
computer that has not synced by the time of approval is not in the book at count: it stands after
the adjustment and the count of that line is off by its quantity, so sync every computer of the
outlet before approving. Two managers approving the same stocktake on two offline computers each
post adjustments; after sync the status fold keeps the first approval, ``StocktakeDetail`` reports
the second as ``ignored_steps``, and every site reverses the second's adjustments (the approval
step lists them) and lists a decision conflict for the managers (sync.decisions).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from aftersales_desktop.domain.enums import ProductType
from aftersales_desktop.domain.errors import Collector, NotFound, PermissionDenied, ValidationError
from aftersales_desktop.domain.numbering import NumberKind
from aftersales_desktop.domain.permissions import Action, is_allowed
from aftersales_desktop.domain.stock import MovementKind
from aftersales_desktop.domain.stocktakes import (DOC_TYPE, StocktakeStatus, StocktakeStep, allows, book_at,
                                                  derive_status, difference, is_valid_count, overlaps)
from aftersales_desktop.domain.workflow import Step
from aftersales_desktop.services.context import AppContext, CurrentUser
from aftersales_desktop.services.jobs import next_number
from aftersales_desktop.services.staff import names_in
from aftersales_desktop.services.stock import require_product, write_movement
from aftersales_desktop.services.workflow import record_step, steps_of
from aftersales_desktop.storage.models import (Outlet, Product, StockLevel, StockMovement, Stocktake,
                                               StocktakeLine)

COUNT_MESSAGE = "Enter the counted quantity: a whole number, 0 or more."
#: Empty rows at the end of a count sheet, to write down found stock.
FOUND_STOCK_ROWS = 5


@dataclass(frozen=True)
class StocktakeInfo:
    """A stocktake as the list shows it; ``differences`` counts lines whose count differs from the book."""

    id: str
    number: str
    outlet_id: str
    product_type: ProductType | None
    status: StocktakeStatus
    started_at: datetime
    started_by: str
    started_by_name: str
    note: str
    lines_total: int
    lines_counted: int
    differences: int


@dataclass(frozen=True)
class StocktakeLineInfo:
    """One line to count: part, location, batch, book quantity at the start, and the count.

    ``unit_cost_fen`` values differences: the catalog's standard cost, else the newest receipt's here.
    """

    id: str
    product_id: str
    part_title: str
    specification: str
    unit: str
    location: str
    batch: str
    book_quantity: int
    counted: int | None
    counted_at: datetime | None
    counted_by: str | None
    counted_by_name: str
    note: str
    unit_cost_fen: int


@dataclass(frozen=True)
class StepInfo:
    """One step of a stocktake's history, with the name of who took it."""

    id: str
    kind: StocktakeStep
    at: datetime
    user_id: str
    user_name: str
    note: str


@dataclass(frozen=True)
class StocktakeDetail:
    """A stocktake with its lines (by location, then part) and its history."""

    stocktake: StocktakeInfo
    lines: list[StocktakeLineInfo]
    history: list[StepInfo]
    ignored_steps: list[StepInfo]  # steps made concurrently elsewhere that the status fold ignored


@dataclass(frozen=True)
class LineDifference:
    """A line's book quantity at its count time, the count, and the difference with its value.

    ``moved_during_count``: the book at count differs from the book when the stocktake started
    (movements, maybe arrived by sync, happened between start and count). ``moved_after_count``:
    the net of the movements made after the count, which stand after the adjustment.
    """

    line: StocktakeLineInfo
    book_at_start: int
    book_at_count: int
    counted: int | None
    difference: int | None
    value_fen: int | None
    moved_during_count: bool
    moved_after_count: int


@dataclass(frozen=True)
class Differences:
    """The differences of a stocktake and their totals."""

    stocktake: StocktakeInfo
    lines: list[LineDifference]

    @property
    def changed(self) -> list[LineDifference]:
        """Lines whose count differs from the book at count."""
        return [d for d in self.lines if d.difference]

    @property
    def total_value_fen(self) -> int:
        """Net value of every difference (gains minus losses), in fen."""
        return sum(d.value_fen or 0 for d in self.lines)

    @property
    def moved_lines(self) -> int:
        """How many lines moved during the count."""
        return sum(1 for d in self.lines if d.moved_during_count)


# ---- reading helpers ----------------------------------------------------------------------------


def _require_stocktake(session: Session, user: CurrentUser, stocktake_id: str) -> Stocktake:
    row = session.get(Stocktake, stocktake_id)
    if row is None or row.deleted or row.outlet_id != user.outlet_id:
        raise NotFound("No such stocktake at this outlet.")
    return row


def _status(session: Session, stocktake_id: str) -> StocktakeStatus:
    return derive_status(steps_of(session, DOC_TYPE, [stocktake_id]).get(stocktake_id, [])).status


def _require_status(session: Session, row: Stocktake, step: StocktakeStep, message: str) -> StocktakeStatus:
    status = _status(session, row.id)
    if not allows(status, step):
        raise ValidationError.single("status", message, number=row.number, status=status.label)
    return status


def _lines(session: Session, stocktake_id: str) -> list[StocktakeLine]:
    return list(session.scalars(select(StocktakeLine).where(
        StocktakeLine.deleted.is_(False), StocktakeLine.stocktake_id == stocktake_id)))


def _unit_costs(session: Session, outlet_id: str, products: dict[str, Product]) -> dict[str, int]:
    """Each part's standard cost; a part without one in the catalog is valued at its newest receipt here."""
    costs = {pid: p.unit_cost_fen for pid, p in products.items()}
    missing = [pid for pid, cost in costs.items() if not cost]
    if missing:
        for product_id, cost in session.execute(
                select(StockMovement.product_id, StockMovement.unit_cost_fen)
                .where(StockMovement.deleted.is_(False), StockMovement.outlet_id == outlet_id,
                       StockMovement.kind == MovementKind.RECEIPT.value, StockMovement.product_id.in_(missing))
                .order_by(StockMovement.at, StockMovement.id)):
            costs[product_id] = cost  # in time order: the newest receipt wins
    return costs


def _line_infos(session: Session, lines: list[StocktakeLine], names: dict[str, str],
                outlet_id: str) -> list[StocktakeLineInfo]:
    ids = {line.product_id for line in lines}
    products = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(ids)))} if ids else {}
    costs = _unit_costs(session, outlet_id, products)
    infos = []
    for line in lines:
        product = products.get(line.product_id)
        infos.append(StocktakeLineInfo(
            line.id, line.product_id, f"{product.brand} {product.model}" if product else "?",
            product.specification if product else "", product.unit if product else "",
            line.location, line.batch, line.book_quantity, line.counted, line.counted_at, line.counted_by,
            names.get(line.counted_by or "", ""), line.note, costs.get(line.product_id, 0)))
    infos.sort(key=lambda i: (i.location, i.part_title, i.batch, i.id))  # the order of the shelves
    return infos


def _movements_by_key(session: Session, row: Stocktake,
                      lines: list[StocktakeLine]) -> dict[tuple[str, str, str], list[tuple[datetime, int]]]:
    """(product, location, batch) -> [(at, quantity)] of the outlet, without this stocktake's adjustments."""
    products = {line.product_id for line in lines}
    if not products:
        return {}
    own = [line.id for line in lines]
    query = (select(StockMovement.product_id, StockMovement.location, StockMovement.batch,
                    StockMovement.at, StockMovement.quantity)
             .where(StockMovement.deleted.is_(False), StockMovement.outlet_id == row.outlet_id,
                    StockMovement.product_id.in_(products))
             .where((StockMovement.stocktake_line_id.is_(None)) | (StockMovement.stocktake_line_id.not_in(own))))
    found: dict[tuple[str, str, str], list[tuple[datetime, int]]] = defaultdict(list)
    for product_id, location, batch, at, quantity in session.execute(query):
        found[(product_id, location, batch)].append((at, quantity))
    return found


def _differences(session: Session, row: Stocktake, lines: list[StocktakeLine],
                 infos: list[StocktakeLineInfo]) -> list[LineDifference]:
    movements = _movements_by_key(session, row, lines)
    result = []
    for info in infos:
        key_movements = movements.get((info.product_id, info.location, info.batch), [])
        now_total = sum(quantity for _at, quantity in key_movements)
        if info.counted is None or info.counted_at is None:
            result.append(LineDifference(info, info.book_quantity, now_total, None, None, None,
                                         now_total != info.book_quantity, 0))
            continue
        at_count = book_at(key_movements, info.counted_at)
        change = difference(info.counted, at_count)
        result.append(LineDifference(info, info.book_quantity, at_count, info.counted, change,
                                     change * info.unit_cost_fen, at_count != info.book_quantity,
                                     now_total - at_count))
    return result


def _info(session: Session, row: Stocktake, status: StocktakeStatus, lines: list[StocktakeLine],
          names: dict[str, str], steps: list[Step]) -> StocktakeInfo:
    counted = sum(1 for line in lines if line.counted is not None)
    if status == StocktakeStatus.APPROVED:
        approval = derive_status(steps).last(StocktakeStep.APPROVE.value)
        changed = int(approval.data.get("adjustments", 0)) if approval else 0
    elif status == StocktakeStatus.CANCELLED:
        changed = 0
    else:
        infos = _line_infos(session, lines, names, row.outlet_id)
        changed = sum(1 for d in _differences(session, row, lines, infos) if d.difference)
    return StocktakeInfo(row.id, row.number, row.outlet_id,
                         ProductType(row.product_type) if row.product_type else None, status,
                         row.started_at, row.started_by, names.get(row.started_by, ""), row.note,
                         len(lines), counted, changed)


def _step_info(step: Step, names: dict[str, str]) -> StepInfo:
    return StepInfo(step.id, StocktakeStep(step.kind), step.at, step.user_id, names.get(step.user_id, ""),
                    step.note)


# ---- writes -------------------------------------------------------------------------------------


def start_stocktake(ctx: AppContext, product_type: ProductType | None, note: str = "") -> StocktakeInfo:
    """Start counting the outlet's stock of one category (None: every part); the lines are the book now."""
    user = ctx.require(Action.ADJUST_STOCK)
    category = product_type.value if product_type is not None else ""
    now = ctx.now()
    with ctx.transaction() as session:
        open_ones = session.scalars(select(Stocktake).where(
            Stocktake.deleted.is_(False), Stocktake.outlet_id == user.outlet_id)).all()
        statuses = steps_of(session, DOC_TYPE, [r.id for r in open_ones])
        for other in open_ones:
            if overlaps(other.product_type, category) and derive_status(statuses.get(other.id, [])).status.is_open:
                raise ValidationError.single(
                    "product_type", "Stocktake {number} of this outlet is still open and counts the same parts: "
                    "finish or cancel it first.", number=other.number)
        outlet = session.get(Outlet, user.outlet_id)
        row = Stocktake(number=next_number(session, outlet.code, NumberKind.STOCKTAKE, now),
                        outlet_id=user.outlet_id, product_type=category, started_at=now, started_by=user.id,
                        note=note.strip())
        session.add(row)
        session.flush()
        products = select(Product.id).where(Product.deleted.is_(False))
        if category:
            products = products.where(Product.product_type == category)
        total = func.sum(StockMovement.quantity)
        held = session.execute(
            select(StockMovement.product_id, StockMovement.location, StockMovement.batch, total)
            .where(StockMovement.deleted.is_(False), StockMovement.outlet_id == user.outlet_id,
                   StockMovement.product_id.in_(products))
            .group_by(StockMovement.product_id, StockMovement.location, StockMovement.batch)
            .having(total != 0)).all()
        for product_id, location, batch, quantity in held:
            session.add(StocktakeLine(stocktake_id=row.id, product_id=product_id, location=location,
                                      batch=batch, book_quantity=quantity))
        # Parts the outlet keeps (a safety-stock entry) but has none of: an empty line to look for them.
        stocked = {product_id for product_id, *_rest in held}
        levels: dict[str, StockLevel] = {}
        for level in session.scalars(select(StockLevel).where(
                StockLevel.deleted.is_(False), StockLevel.outlet_id == user.outlet_id,
                StockLevel.product_id.in_(products.where(Product.active.is_(True))))
                .order_by(StockLevel.id)):
            levels[level.product_id] = level  # ascending ids: the newest wins
        for product_id, level in levels.items():
            if product_id not in stocked:
                session.add(StocktakeLine(stocktake_id=row.id, product_id=product_id, location=level.location,
                                          batch="", book_quantity=0))
        step = record_step(session, user, now, DOC_TYPE, row.id, StocktakeStep.START.value, note.strip())
        session.flush()
        return _info(session, row, StocktakeStatus.COUNTING, _lines(session, row.id), names_in(session), [step])


def record_count(ctx: AppContext, line_id: str, counted: int, note: str = "") -> StocktakeLineInfo:
    """Enter what was counted on one line (a whole number, 0 or more), while the stocktake is counting."""
    user = ctx.require(Action.ADJUST_STOCK)
    errors = Collector()
    errors.check(is_valid_count(counted), "counted", COUNT_MESSAGE)
    errors.raise_if_any()
    with ctx.transaction() as session:
        line = session.get(StocktakeLine, line_id)
        if line is None or line.deleted:
            raise NotFound("No such stocktake line.")
        row = _require_stocktake(session, user, line.stocktake_id)
        _require_counting(session, row)
        line.counted = counted
        line.counted_at = ctx.now()
        line.counted_by = user.id
        if note.strip() or line.note:
            line.note = note.strip()
        session.flush()
        return _line_infos(session, [line], names_in(session), row.outlet_id)[0]


def _require_counting(session: Session, row: Stocktake) -> None:
    _require_status(session, row, StocktakeStep.SUBMIT,
                    "Stocktake {number} is '{status}': counts can only be entered while it is being counted.")


def add_count_line(ctx: AppContext, stocktake_id: str, product_id: str, location: str, batch: str,
                   counted: int, note: str = "") -> StocktakeLineInfo:
    """Add a line for stock found that the book did not list (its book quantity at the start was 0)."""
    user = ctx.require(Action.ADJUST_STOCK)
    errors = Collector()
    errors.check(is_valid_count(counted), "counted", COUNT_MESSAGE)
    errors.raise_if_any()
    location, batch = location.strip(), batch.strip()
    with ctx.transaction() as session:
        row = _require_stocktake(session, user, stocktake_id)
        _require_counting(session, row)
        product = require_product(session, product_id)
        if row.product_type and product.product_type != row.product_type:
            raise ValidationError.single("product", "This stocktake counts only {category}.",
                                         category=ProductType(row.product_type).label)
        for line in _lines(session, row.id):
            if (line.product_id, line.location, line.batch) == (product_id, location, batch):
                raise ValidationError.single(
                    "location", "This part, location and batch already has a line: enter the count there.")
        line = StocktakeLine(stocktake_id=row.id, product_id=product_id, location=location, batch=batch,
                             book_quantity=0, counted=counted, counted_at=ctx.now(), counted_by=user.id,
                             note=note.strip())
        session.add(line)
        session.flush()
        return _line_infos(session, [line], names_in(session), row.outlet_id)[0]


def submit_stocktake(ctx: AppContext, stocktake_id: str, note: str = "") -> StocktakeInfo:
    """Hand the counts to the manager; every line must have been counted."""
    user = ctx.require(Action.ADJUST_STOCK)
    with ctx.transaction() as session:
        row = _require_stocktake(session, user, stocktake_id)
        _require_status(session, row, StocktakeStep.SUBMIT,
                        "Stocktake {number} is '{status}' and cannot be submitted.")
        lines = _lines(session, row.id)
        missing = sum(1 for line in lines if line.counted is None)
        if missing:
            raise ValidationError.single("counted", "{missing} of {total} lines are not counted yet.",
                                         missing=missing, total=len(lines))
        record_step(session, user, ctx.now(), DOC_TYPE, row.id, StocktakeStep.SUBMIT.value, note.strip())
        return _after_step(session, row)


def _after_step(session: Session, row: Stocktake) -> StocktakeInfo:
    steps = steps_of(session, DOC_TYPE, [row.id]).get(row.id, [])
    return _info(session, row, derive_status(steps).status, _lines(session, row.id), names_in(session), steps)


def approve_stocktake(ctx: AppContext, stocktake_id: str, note: str = "") -> StocktakeInfo:
    """A manager approves: an adjustment per line whose count differs from the book at its count time."""
    user = ctx.require(Action.APPROVE_STOCK)
    now = ctx.now()
    with ctx.transaction() as session:
        row = _require_stocktake(session, user, stocktake_id)
        _require_status(session, row, StocktakeStep.APPROVE,
                        "Stocktake {number} is '{status}': only a submitted stocktake can be approved.")
        lines = _lines(session, row.id)
        infos = _line_infos(session, lines, names_in(session), row.outlet_id)
        posted = []
        value = 0
        for found in _differences(session, row, lines, infos):
            if not found.difference:
                continue
            moved = write_movement(session, ctx, user, found.line.product_id, MovementKind.ADJUSTMENT, found.difference,
                           location=found.line.location, batch=found.line.batch,
                           unit_cost_fen=found.line.unit_cost_fen, reference=row.number,
                           note=f"盘点 {row.number}" + (f" / {note.strip()}" if note.strip() else ""),
                           stocktake_line_id=found.line.id)
            posted.append(moved.id)
            value += found.value_fen or 0
        # The movements' ids let sync reverse exactly these if a concurrent decision elsewhere wins.
        record_step(session, user, now, DOC_TYPE, row.id, StocktakeStep.APPROVE.value, note.strip(),
                    {"adjustments": len(posted), "value_fen": value, "movements": posted})
        return _after_step(session, row)


def reopen_stocktake(ctx: AppContext, stocktake_id: str, reason: str) -> StocktakeInfo:
    """A manager sends a submitted stocktake back for recounting, saying why."""
    user = ctx.require(Action.APPROVE_STOCK)
    errors = Collector()
    errors.check(bool(reason.strip()), "reason", "Enter the reason.")
    errors.raise_if_any()
    with ctx.transaction() as session:
        row = _require_stocktake(session, user, stocktake_id)
        _require_status(session, row, StocktakeStep.REOPEN,
                        "Stocktake {number} is '{status}': only a submitted stocktake can be sent back.")
        record_step(session, user, ctx.now(), DOC_TYPE, row.id, StocktakeStep.REOPEN.value, reason.strip())
        return _after_step(session, row)


def cancel_stocktake(ctx: AppContext, stocktake_id: str, reason: str) -> StocktakeInfo:
    """Cancel an open stocktake with a reason; nothing is adjusted. A submitted one only a manager cancels."""
    user = ctx.require(Action.ADJUST_STOCK)
    errors = Collector()
    errors.check(bool(reason.strip()), "reason", "Enter the reason.")
    errors.raise_if_any()
    with ctx.transaction() as session:
        row = _require_stocktake(session, user, stocktake_id)
        status = _require_status(session, row, StocktakeStep.CANCEL,
                                 "Stocktake {number} is '{status}' and cannot be cancelled.")
        if status == StocktakeStatus.SUBMITTED and not is_allowed(user.role, Action.APPROVE_STOCK):
            raise PermissionDenied("Only a manager can cancel a stocktake waiting for approval.")
        record_step(session, user, ctx.now(), DOC_TYPE, row.id, StocktakeStep.CANCEL.value, reason.strip())
        return _after_step(session, row)


# ---- reads --------------------------------------------------------------------------------------


def list_stocktakes(ctx: AppContext) -> list[StocktakeInfo]:
    """The outlet's stocktakes, newest first."""
    user = ctx.require(Action.VIEW_STOCK)
    with ctx.db.reader() as session:
        rows = session.scalars(select(Stocktake).where(
            Stocktake.deleted.is_(False), Stocktake.outlet_id == user.outlet_id)
            .order_by(Stocktake.started_at.desc(), Stocktake.id.desc())).all()
        steps = steps_of(session, DOC_TYPE, [r.id for r in rows])
        names = names_in(session)
        found = []
        for row in rows:
            own = steps.get(row.id, [])
            found.append(_info(session, row, derive_status(own).status, _lines(session, row.id), names, own))
        return found


def get_stocktake(ctx: AppContext, stocktake_id: str) -> StocktakeDetail:
    """A stocktake with its lines (by location, then part) and the history of its steps."""
    user = ctx.require(Action.VIEW_STOCK)
    with ctx.db.reader() as session:
        row = _require_stocktake(session, user, stocktake_id)
        steps = steps_of(session, DOC_TYPE, [row.id]).get(row.id, [])
        folded = derive_status(steps)
        names = names_in(session)
        lines = _lines(session, row.id)
        return StocktakeDetail(_info(session, row, folded.status, lines, names, steps),
                               _line_infos(session, lines, names, row.outlet_id),
                               [_step_info(s, names) for s in folded.applied],
                               [_step_info(s, names) for s in folded.ignored])


def differences(ctx: AppContext, stocktake_id: str) -> Differences:
    """Per line: book at its count time (from the ledger as it is now), counted, difference and value."""
    user = ctx.require(Action.VIEW_STOCK)
    with ctx.db.reader() as session:
        row = _require_stocktake(session, user, stocktake_id)
        steps = steps_of(session, DOC_TYPE, [row.id]).get(row.id, [])
        names = names_in(session)
        lines = _lines(session, row.id)
        infos = _line_infos(session, lines, names, row.outlet_id)
        return Differences(_info(session, row, derive_status(steps).status, lines, names, steps),
                           _differences(session, row, lines, infos))


def count_sheet(ctx: AppContext, stocktake_id: str, language: str = "zh_CN", *, show_book: bool = True) -> bytes:
    """The printable A4 count sheet (PDF): lines by location then part, blank columns to write counts in.

    ``show_book`` False prints a blind sheet without book quantities, so the counter cannot copy them.
    """
    ctx.require(Action.VIEW_STOCK)
    from aftersales_desktop.i18n import translator
    from aftersales_desktop.slips.documents import Column, TableDocument, render_document

    detail = get_stocktake(ctx, stocktake_id)
    t = translator(language)
    with ctx.db.reader() as session:
        outlet = session.get(Outlet, detail.stocktake.outlet_id)
        organisation = outlet.name if outlet else ""
    info = detail.stocktake
    category = t(info.product_type.label) if info.product_type else t("All parts")
    columns = [Column(t("Part"), 4), Column(t("Location"), 1.4), Column(t("Batch"), 1.4), Column(t("Unit"), 0.8)]
    if show_book:
        columns.append(Column(t("Book qty"), 1.1, "right"))
    columns += [Column(t("Counted"), 1.1, "right"), Column(t("Note"), 2)]
    rows = []
    for line in detail.lines:
        part = line.part_title + (f" {line.specification}" if line.specification else "")
        cells = [part, line.location, line.batch, line.unit]
        if show_book:
            cells.append(str(line.book_quantity))
        cells += ["", ""]
        rows.append(cells)
    # Blank rows for stock found on the shelves that the book does not list.
    rows += [[""] * len(columns) for _blank in range(FOUND_STOCK_ROWS)]
    started = info.started_at.astimezone()
    now = ctx.now().astimezone()
    document = TableDocument(
        title=t("Stocktake count sheet"), number=info.number, organisation=organisation,
        fields=[(t("Category"), category), (t("Started"), started.strftime("%Y-%m-%d %H:%M")),
                (t("Started by"), info.started_by_name), (t("Lines"), str(len(detail.lines)))],
        columns=columns, rows=rows,
        notes=[t("Count every location in order; write found stock not on this sheet in the blank rows "
                 "with its location and batch.")],
        signatures=[t("Counted by"), t("Checked by"), t("Approved by")],
        footer=t("Printed {time}", time=now.strftime("%Y-%m-%d %H:%M")))
    return render_document(document, language=language).pdf
