"""Spare-part requisitions (备件申领): request, approval, issue, shipment, receipt and returns.

A technician (or a manager) requests parts; another manager approves (in full or in part) or
rejects; the storekeeper issues against the approval (ledger movements naming the requisition
line) and ships; the requester confirms receipt; unused parts come back. Each step is a workflow
event and the status is folded from them (domain.requisitions), so steps made offline on a
laptop and at the outlet merge through sync. Every write is one transaction: a refusal anywhere
(a pick short of stock, say) leaves nothing written.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from aftersales_desktop.domain.errors import Collector, NotFound, PermissionDenied, ValidationError
from aftersales_desktop.domain.numbering import NumberKind
from aftersales_desktop.domain.permissions import Action
from aftersales_desktop.domain.requisitions import (DOC_TYPE, LineQuantities, RequisitionStatus, StepKind,
                                                    StockBatch, allows, approval_errors, approval_kind,
                                                    approved_quantities, fold_requisition, line_quantities,
                                                    negative_allowance, plan_picks)
from aftersales_desktop.domain.stock import MovementKind
from aftersales_desktop.domain.workflow import Folded, Step
from aftersales_desktop.domain.enums import Role
from aftersales_desktop.services.catalog import part_title
from aftersales_desktop.services.context import AppContext, CurrentUser
from aftersales_desktop.services.jobs import next_number
from aftersales_desktop.services.staff import names_in
from aftersales_desktop.services.stock import NEGATIVE_FLAG, check_quantity, take_stock, write_movement
from aftersales_desktop.services.workflow import record_step, steps_of
from aftersales_desktop.storage.models import (Job, Outlet, Product, RepairPart, RepairRecord, Requisition,
                                               RequisitionLine, StockLevel, StockMovement)

NO_OWN_APPROVAL = "Nobody approves their own request."


# ---- inputs -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LineDraft:
    """One line of a new requisition: a part, how many, for which job (optional), needed by (optional)."""

    product_id: str | None
    quantity: int
    job_id: str | None = None
    needed_by: date | None = None
    note: str = ""


@dataclass(frozen=True)
class RequisitionDraft:
    """A new requisition as the form fills it in."""

    note: str = ""
    lines: list[LineDraft] = field(default_factory=list)


@dataclass(frozen=True)
class Pick:
    """Take ``quantity`` of a line's part from ``location`` and ``batch`` (the storekeeper's pick)."""

    line_id: str
    location: str
    batch: str
    quantity: int


@dataclass(frozen=True)
class ReturnLine:
    """Unused parts of a line booked back into ``location`` and ``batch``."""

    line_id: str
    quantity: int
    location: str
    batch: str


# ---- results ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequisitionLineInfo:
    """A line as views and printouts show it, with its quantities so far."""

    id: str
    product_id: str
    part: str
    specification: str
    unit: str
    requested: int
    approved: int | None
    issued: int
    returned: int
    job_id: str | None
    job_number: str
    needed_by: date | None
    note: str
    on_hand: int  # at the requisition's outlet, all locations and batches

    @property
    def to_issue(self) -> int:
        """Approved and not yet issued."""
        return LineQuantities(self.requested, self.approved, self.issued, self.returned).to_issue

    @property
    def returnable(self) -> int:
        """Issued and not yet returned."""
        return self.issued - self.returned


@dataclass(frozen=True)
class HistoryEntry:
    """One step of the history: what, who, when, why; ``ignored`` when a concurrent step made it moot."""

    kind: StepKind
    by: str
    at: datetime
    note: str
    ignored: bool = False


@dataclass(frozen=True)
class RequisitionMovement:
    """An issue or return movement booked for a line."""

    line_id: str
    kind: MovementKind
    location: str
    batch: str
    quantity: int  # signed, as in the ledger
    at: datetime
    negative_allowed: bool


@dataclass(frozen=True)
class RequisitionDetail:
    """A requisition with its lines, shipment, history and movements."""

    id: str
    number: str
    outlet_id: str
    outlet_name: str
    requested_by: str
    requester_name: str
    requested_at: datetime
    note: str
    status: RequisitionStatus
    lines: tuple[RequisitionLineInfo, ...]
    approver_name: str
    approved_at: datetime | None
    allow_negative_reason: str
    carrier: str
    tracking_number: str
    in_person: bool
    shipped_at: datetime | None
    history: tuple[HistoryEntry, ...]
    ignored: tuple[HistoryEntry, ...]
    movements: tuple[RequisitionMovement, ...]


@dataclass(frozen=True)
class RequisitionRow:
    """A requisition in the list."""

    id: str
    number: str
    requested_by: str
    requester_name: str
    status: RequisitionStatus
    line_count: int
    parts: str
    needed_by: date | None  # the earliest date of its lines
    requested_at: datetime


@dataclass(frozen=True)
class SuggestedPick:
    """A pick the storekeeper may take as it is or edit; ``short`` when stock does not cover it."""

    line_id: str
    product_id: str
    part: str
    location: str
    batch: str
    expires_on: date | None
    quantity: int
    short: bool = False


@dataclass(frozen=True)
class Shortfall:
    """A line whose approved quantity is not all on hand."""

    line_id: str
    part: str
    missing: int


@dataclass(frozen=True)
class PickPlan:
    """Suggested picks (FEFO, then oldest batch), the shortfalls, and whether negative stock is allowed."""

    picks: tuple[SuggestedPick, ...]
    shortfalls: tuple[Shortfall, ...]
    allow_negative_reason: str


@dataclass(frozen=True)
class TechnicianPart:
    """A part a technician holds: issued to them, returned, used in their repairs, and still held."""

    product_id: str
    part: str
    specification: str
    unit: str
    issued: int
    returned: int
    used: int

    @property
    def held(self) -> int:
        return self.issued - self.returned - self.used


# ---- helpers ------------------------------------------------------------------------------------


def _load(session: Session, user: CurrentUser, requisition_id: str) -> Requisition:
    """The requisition if this user may see it: technicians only their own, outlets their own."""
    row = session.get(Requisition, requisition_id)
    if row is None or row.deleted or not _visible(user, row):
        raise NotFound("No such requisition.")
    return row


def _visible(user: CurrentUser, row: Requisition) -> bool:
    if user.role == Role.TECHNICIAN:
        return row.requested_by == user.id
    return user.role == Role.HQ_ANALYST or row.outlet_id == user.outlet_id


def _lines(session: Session, requisition_id: str) -> list[RequisitionLine]:
    return list(session.scalars(select(RequisitionLine).where(
        RequisitionLine.deleted.is_(False), RequisitionLine.requisition_id == requisition_id)
        .order_by(RequisitionLine.id)))


def _folded(session: Session, requisition_id: str) -> Folded[RequisitionStatus | None]:
    return fold_requisition(steps_of(session, DOC_TYPE, [requisition_id]).get(requisition_id, []))


def _movements(session: Session, line_ids: list[str]) -> list[StockMovement]:
    if not line_ids:
        return []
    return list(session.scalars(select(StockMovement).where(
        StockMovement.deleted.is_(False), StockMovement.requisition_line_id.in_(line_ids))
        .order_by(StockMovement.at, StockMovement.id)))


def _quantities(session: Session, lines: list[RequisitionLine],
                folded: Folded[RequisitionStatus | None]) -> dict[str, LineQuantities]:
    moves = _movements(session, [line.id for line in lines])
    return line_quantities({line.id: line.quantity for line in lines}, approved_quantities(folded),
                           [(m.requisition_line_id, m.kind, m.quantity) for m in moves])


_WRONG_STATUS = {
    StepKind.APPROVE: "Only a requisition waiting for approval can be approved or rejected.",
    StepKind.REJECT: "Only a requisition waiting for approval can be approved or rejected.",
    StepKind.CANCEL: "A requisition can be cancelled only before its parts are issued.",
    StepKind.ISSUE: "Only an approved requisition can be issued, and only once.",
    StepKind.SHIP: "Only issued parts can be shipped, and only once.",
    StepKind.RECEIVE: "Receipt can be confirmed once the parts were shipped, and only once.",
    StepKind.RETURN: "Parts can come back only after they were issued.",
}


def _refuse_status(status: RequisitionStatus | None, kind: StepKind) -> None:
    if not allows(status, kind):
        raise ValidationError.single("status", _WRONG_STATUS[kind])


def _number(session: Session, user: CurrentUser, moment: datetime) -> str:
    """The next requisition number of the user's outlet.

    Sequences are local to each computer, so a technician's laptop and the outlet's desktop could
    both take the same number; numbers already known (through sync) are skipped to make that rarer.
    """
    outlet = session.get(Outlet, user.outlet_id)
    code = outlet.code if outlet is not None else "X"
    while True:
        number = next_number(session, code, NumberKind.REQUISITION, moment)
        if session.scalar(select(Requisition.id).where(Requisition.number == number)) is None:
            return number


def _today(ctx: AppContext) -> date:
    return ctx.now().astimezone().date()


# ---- writes -------------------------------------------------------------------------------------


def create_requisition(ctx: AppContext, draft: RequisitionDraft) -> RequisitionDetail:
    """Request parts (备件申领): numbered, submitted for approval in the same transaction."""
    user = ctx.require(Action.REQUEST_PARTS)
    errors = Collector()
    errors.check(bool(draft.lines), "lines", "Add at least one part.")
    today = _today(ctx)
    for index, line in enumerate(draft.lines):
        errors.check(bool(line.product_id), f"lines.{index}.product", "Choose a part from the catalog.")
        check_quantity(errors, line.quantity, f"lines.{index}.quantity")
        errors.check(line.needed_by is None or line.needed_by >= today, f"lines.{index}.needed_by",
                     "The date cannot be in the past.")
    errors.raise_if_any()
    now = ctx.now()
    with ctx.transaction() as session:
        for index, line in enumerate(draft.lines):
            product = session.get(Product, line.product_id)
            errors.check(product is not None and not product.deleted, f"lines.{index}.product",
                         "Choose a part from the catalog.")
            if line.job_id is not None:
                job = session.get(Job, line.job_id)
                errors.check(job is not None and not job.deleted, f"lines.{index}.job", "No such service job.")
        errors.raise_if_any()
        row = Requisition(number=_number(session, user, now), outlet_id=user.outlet_id, requested_by=user.id,
                          requested_at=now, note=draft.note.strip())
        session.add(row)
        session.flush()
        for line in draft.lines:
            session.add(RequisitionLine(requisition_id=row.id, product_id=line.product_id, quantity=line.quantity,
                                        job_id=line.job_id, needed_by=line.needed_by, note=line.note.strip()))
        session.flush()
        record_step(session, user, now, DOC_TYPE, row.id, StepKind.SUBMIT, draft.note.strip())
        return _detail(session, row)


def approve_requisition(ctx: AppContext, requisition_id: str, approved: dict[str, int], note: str = "",
                        allow_negative_reason: str = "") -> RequisitionDetail:
    """A manager approves (审核): per line 0 to what was asked; anything less than asked is an approval in part.

    ``allow_negative_reason`` lets the storekeeper issue this requisition beyond what is on hand;
    those issues are flagged in the ledger.
    """
    user = ctx.require(Action.APPROVE_REQUISITION)
    with ctx.transaction() as session:
        row = _load(session, user, requisition_id)
        if row.requested_by == user.id:
            raise PermissionDenied(NO_OWN_APPROVAL)
        _refuse_status(_folded(session, row.id).status, StepKind.APPROVE)
        requested = {line.id: line.quantity for line in _lines(session, row.id)}
        found = approval_errors(requested, approved)
        if found:
            raise ValidationError(found)
        kind = approval_kind(requested, approved)
        data = {"approved": {line_id: int(approved.get(line_id, 0)) for line_id in requested},
                "allow_negative": allow_negative_reason.strip()}
        record_step(session, user, ctx.now(), DOC_TYPE, row.id, kind, note.strip(), data)
        return _detail(session, row)


def reject_requisition(ctx: AppContext, requisition_id: str, reason: str) -> RequisitionDetail:
    """A manager rejects the requisition, saying why."""
    user = ctx.require(Action.APPROVE_REQUISITION)
    errors = Collector()
    errors.check(bool(reason.strip()), "reason", "Enter the reason.")
    with ctx.transaction() as session:
        row = _load(session, user, requisition_id)
        if row.requested_by == user.id:
            raise PermissionDenied(NO_OWN_APPROVAL)
        errors.raise_if_any()
        _refuse_status(_folded(session, row.id).status, StepKind.REJECT)
        record_step(session, user, ctx.now(), DOC_TYPE, row.id, StepKind.REJECT, reason.strip())
        return _detail(session, row)


def cancel_requisition(ctx: AppContext, requisition_id: str, reason: str) -> RequisitionDetail:
    """The requester (or a manager) withdraws the requisition before anything is issued."""
    user = ctx.require(Action.REQUEST_PARTS)
    errors = Collector()
    errors.check(bool(reason.strip()), "reason", "Enter the reason.")
    with ctx.transaction() as session:
        row = _load(session, user, requisition_id)
        if row.requested_by != user.id and user.role != Role.MANAGER:
            raise PermissionDenied("Only the requester or a manager may cancel a requisition.")
        errors.raise_if_any()
        _refuse_status(_folded(session, row.id).status, StepKind.CANCEL)
        record_step(session, user, ctx.now(), DOC_TYPE, row.id, StepKind.CANCEL, reason.strip())
        return _detail(session, row)


def issue_requisition(ctx: AppContext, requisition_id: str, picks: list[Pick], note: str = "") -> RequisitionDetail:
    """The storekeeper issues (出库) what was approved: one ledger movement per pick, all or nothing.

    The picks of each line must add up to its approved quantity. Taking stock below what is on
    hand needs the manager's allowance given at approval; such movements are flagged.
    """
    user = ctx.require(Action.ISSUE_STOCK)
    errors = Collector()
    for index, pick in enumerate(picks):
        check_quantity(errors, pick.quantity, f"picks.{index}.quantity")
    errors.raise_if_any()
    with ctx.transaction() as session:
        row = _load(session, user, requisition_id)
        folded = _folded(session, row.id)
        _refuse_status(folded.status, StepKind.ISSUE)
        lines = {line.id: line for line in _lines(session, row.id)}
        approved = approved_quantities(folded) or {}
        picked: dict[str, int] = defaultdict(int)
        for index, pick in enumerate(picks):
            if pick.line_id not in lines:
                raise ValidationError.single(f"picks.{index}", "The pick names a line that is not on this requisition.")
            picked[pick.line_id] += pick.quantity
        for line_id, line in lines.items():
            if picked.get(line_id, 0) != approved.get(line_id, 0):
                product = session.get(Product, line.product_id)
                raise ValidationError.single(
                    f"lines.{line_id}", "Pick {approved} of {part} in all; the picks add up to {picked}.",
                    approved=approved.get(line_id, 0), part=part_title(product), picked=picked.get(line_id, 0))
        reason = negative_allowance(folded)
        booked = []
        for index, pick in enumerate(picks):
            line = lines[pick.line_id]
            try:
                moved = take_stock(session, ctx, user, MovementKind.ISSUE, line.product_id, pick.quantity,
                           location=pick.location.strip(), batch=pick.batch.strip(), negative_reason=reason,
                           note=note.strip(), technician_id=row.requested_by, job_id=line.job_id,
                           requisition_line_id=line.id, reference=row.number)
                booked.append(moved.id)
            except ValidationError as error:
                # Say which pick is short; the transaction rolls back every pick taken so far.
                raise ValidationError({f"picks.{index}.{name}": message
                                       for name, message in error.errors.items()}, error.params) from None
        record_step(session, user, ctx.now(), DOC_TYPE, row.id, StepKind.ISSUE, note.strip(),
                    {"picked": dict(picked), "movements": booked})
        return _detail(session, row)


IN_PERSON = "in_person"


def ship_requisition(ctx: AppContext, requisition_id: str, carrier: str = "", tracking_number: str = "", *,
                     in_person: bool = False) -> RequisitionDetail:
    """The storekeeper sends the issued parts (物流跟踪): carrier and tracking number, or a hand-over in person."""
    user = ctx.require(Action.ISSUE_STOCK)
    carrier, tracking_number = carrier.strip(), tracking_number.strip()
    errors = Collector()
    if not in_person:
        errors.check(bool(carrier), "carrier", "Enter the carrier, or choose hand-over in person.")
        errors.check(bool(tracking_number), "tracking_number", "Enter the tracking number.")
    errors.raise_if_any()
    with ctx.transaction() as session:
        row = _load(session, user, requisition_id)
        _refuse_status(_folded(session, row.id).status, StepKind.SHIP)
        data = {"carrier": "" if in_person else carrier, "tracking_number": "" if in_person else tracking_number,
                IN_PERSON: in_person}
        record_step(session, user, ctx.now(), DOC_TYPE, row.id, StepKind.SHIP, "", data)
        return _detail(session, row)


def confirm_receipt(ctx: AppContext, requisition_id: str, note: str = "") -> RequisitionDetail:
    """The requester confirms the parts reached them."""
    user = ctx.require(Action.REQUEST_PARTS)
    with ctx.transaction() as session:
        row = _load(session, user, requisition_id)
        if row.requested_by != user.id:
            raise PermissionDenied("Only the requester confirms receipt.")
        _refuse_status(_folded(session, row.id).status, StepKind.RECEIVE)
        record_step(session, user, ctx.now(), DOC_TYPE, row.id, StepKind.RECEIVE, note.strip())
        return _detail(session, row)


def return_unused(ctx: AppContext, requisition_id: str, returns: list[ReturnLine], note: str = "") -> RequisitionDetail:
    """Book back unused parts the technician brings (退回): no more per line than was issued and not yet returned."""
    user = ctx.require(Action.RECEIVE_STOCK)
    errors = Collector()
    errors.check(bool(returns), "returns", "Enter at least one quantity to return.")
    for index, back in enumerate(returns):
        check_quantity(errors, back.quantity, f"returns.{index}.quantity")
    errors.raise_if_any()
    with ctx.transaction() as session:
        row = _load(session, user, requisition_id)
        folded = _folded(session, row.id)
        _refuse_status(folded.status, StepKind.RETURN)
        lines = {line.id: line for line in _lines(session, row.id)}
        quantities = _quantities(session, list(lines.values()), folded)
        coming: dict[str, int] = defaultdict(int)
        for index, back in enumerate(returns):
            if back.line_id not in lines:
                raise ValidationError.single(f"returns.{index}", "The return names a line that is not on this requisition.")
            coming[back.line_id] += back.quantity
        for line_id, quantity in coming.items():
            most = quantities[line_id].returnable
            if quantity > most:
                raise ValidationError.single(f"lines.{line_id}", "At most {most} of {part} can come back.",
                                             most=most, part=part_title(session.get(Product, lines[line_id].product_id)))
        booked = []
        for back in returns:
            line = lines[back.line_id]
            moved = write_movement(session, ctx, user, line.product_id, MovementKind.RETURN, back.quantity,
                           location=back.location.strip(), batch=back.batch.strip(), note=note.strip(),
                           technician_id=row.requested_by, job_id=line.job_id, requisition_line_id=line.id,
                           reference=row.number)
            booked.append(moved.id)
        record_step(session, user, ctx.now(), DOC_TYPE, row.id, StepKind.RETURN, note.strip(),
                    {"returned": dict(coming), "movements": booked})
        return _detail(session, row)


# ---- reads --------------------------------------------------------------------------------------


def get_requisition(ctx: AppContext, requisition_id: str) -> RequisitionDetail:
    """A requisition with lines, shipment and history (technicians: only their own)."""
    user = ctx.require(Action.VIEW_REQUISITIONS)
    with ctx.db.reader() as session:
        return _detail(session, _load(session, user, requisition_id))


def list_requisitions(ctx: AppContext, status: RequisitionStatus | None = None, text: str = "") -> list[RequisitionRow]:
    """Requisitions newest first, by status and text (number, requester, part); technicians see their own."""
    user = ctx.require(Action.VIEW_REQUISITIONS)
    query = select(Requisition).where(Requisition.deleted.is_(False))
    if user.role == Role.TECHNICIAN:
        query = query.where(Requisition.requested_by == user.id)
    elif user.role != Role.HQ_ANALYST:
        query = query.where(Requisition.outlet_id == user.outlet_id)
    needle = text.strip().casefold()
    with ctx.db.reader() as session:
        rows = list(session.scalars(query.order_by(Requisition.requested_at.desc(), Requisition.id.desc())))
        ids = [r.id for r in rows]
        steps = steps_of(session, DOC_TYPE, ids)
        names = names_in(session)
        lines: dict[str, list[tuple[RequisitionLine, Product]]] = defaultdict(list)
        if ids:
            for line, product in session.execute(
                    select(RequisitionLine, Product).join(Product, Product.id == RequisitionLine.product_id)
                    .where(RequisitionLine.deleted.is_(False), RequisitionLine.requisition_id.in_(ids))
                    .order_by(RequisitionLine.id)):
                lines[line.requisition_id].append((line, product))
        found = []
        for row in rows:
            current = fold_requisition(steps.get(row.id, [])).status or RequisitionStatus.SUBMITTED
            if status is not None and current != status:
                continue
            own = lines.get(row.id, [])
            parts = ", ".join(f"{p.model} × {line.quantity}" for line, p in own)
            requester = names.get(row.requested_by, "")
            if needle and not any(needle in value.casefold() for value in (
                    row.number, requester, parts, *(part_title(p) for _line, p in own))):
                continue
            dates = [line.needed_by for line, _p in own if line.needed_by is not None]
            found.append(RequisitionRow(row.id, row.number, row.requested_by, requester, current, len(own), parts,
                                        min(dates) if dates else None, row.requested_at))
        return found


def suggest_picks(ctx: AppContext, requisition_id: str) -> PickPlan:
    """Picks for what is approved and not yet issued: earliest expiry first (FEFO), then the oldest batch."""
    user = ctx.require(Action.VIEW_REQUISITIONS)
    with ctx.db.reader() as session:
        row = _load(session, user, requisition_id)
        folded = _folded(session, row.id)
        lines = _lines(session, row.id)
        quantities = _quantities(session, lines, folded)
        wanted = [(line.id, line.product_id, quantities[line.id].to_issue) for line in lines
                  if quantities[line.id].to_issue > 0]
        product_ids = sorted({product_id for _l, product_id, _q in wanted})
        batches = _stock_batches(session, row.outlet_id, product_ids)
        fallback = {}
        for level in session.scalars(select(StockLevel).where(
                StockLevel.deleted.is_(False), StockLevel.outlet_id == row.outlet_id,
                StockLevel.product_id.in_(product_ids)).order_by(StockLevel.id)):
            fallback[level.product_id] = level.location
        reason = negative_allowance(folded)
        planned, short = plan_picks(wanted, batches, fallback, allow_short=bool(reason))
        titles = {p.id: part_title(p) for p in session.scalars(select(Product).where(Product.id.in_(product_ids)))}
        by_line = {line.id: line for line in lines}
        picks = tuple(SuggestedPick(p.line_id, p.product_id, titles.get(p.product_id, "?"), p.location, p.batch,
                                    p.expires_on, p.quantity, p.short) for p in planned)
        shortfalls = tuple(Shortfall(line_id, titles.get(by_line[line_id].product_id, "?"), missing)
                           for line_id, missing in short.items())
        return PickPlan(picks, shortfalls, reason)


def technician_stock(ctx: AppContext, technician_id: str | None = None) -> list[TechnicianPart]:
    """Parts a technician holds: issued to them, less returned, less used in repairs they recorded.

    This is how parts used in a repair record draw down the technician's issued stock.
    Technicians see only their own.
    """
    user = ctx.require(Action.VIEW_STOCK)
    technician_id = technician_id or user.id
    if user.role == Role.TECHNICIAN and technician_id != user.id:
        raise PermissionDenied("Technicians see only the parts they hold themselves.")
    with ctx.db.reader() as session:
        moved = dict(((p, k), q) for p, k, q in session.execute(
            select(StockMovement.product_id, StockMovement.kind, func.sum(StockMovement.quantity))
            .where(StockMovement.deleted.is_(False), StockMovement.technician_id == technician_id,
                   StockMovement.kind.in_([MovementKind.ISSUE.value, MovementKind.RETURN.value]))
            .group_by(StockMovement.product_id, StockMovement.kind)))
        used = dict(session.execute(
            select(RepairPart.product_id, func.sum(RepairPart.quantity))
            .join(RepairRecord, RepairRecord.id == RepairPart.repair_id)
            .where(RepairPart.deleted.is_(False), RepairRecord.deleted.is_(False),
                   RepairRecord.technician_id == technician_id)
            .group_by(RepairPart.product_id)).all())
        product_ids = sorted({p for p, _k in moved} | set(used))
        products = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(product_ids)))}
        found = []
        for product_id in product_ids:
            product = products.get(product_id)
            found.append(TechnicianPart(
                product_id, part_title(product), product.specification if product else "",
                product.unit if product else "", -(moved.get((product_id, MovementKind.ISSUE.value)) or 0),
                moved.get((product_id, MovementKind.RETURN.value)) or 0, used.get(product_id) or 0))
        return sorted(found, key=lambda item: item.part)


def _stock_batches(session: Session, outlet_id: str, product_ids: list[str]) -> list[StockBatch]:
    """On-hand by part, location and batch at an outlet, with each batch's expiry and first receipt."""
    if not product_ids:
        return []
    held = session.execute(
        select(StockMovement.product_id, StockMovement.location, StockMovement.batch,
               func.sum(StockMovement.quantity), func.min(StockMovement.at))
        .where(StockMovement.deleted.is_(False), StockMovement.outlet_id == outlet_id,
               StockMovement.product_id.in_(product_ids))
        .group_by(StockMovement.product_id, StockMovement.location, StockMovement.batch)).all()
    expiry = _expiry(session, outlet_id, product_ids)
    return [StockBatch(p, loc, b, q, expiry.get((p, b)), first if isinstance(first, datetime) else None)
            for p, loc, b, q, first in held if q > 0]


def _expiry(session: Session, outlet_id: str, product_ids: list[str]) -> dict[tuple[str, str], date]:
    return {(p, b): e for p, b, e in session.execute(
        select(StockMovement.product_id, StockMovement.batch, func.min(StockMovement.expires_on))
        .where(StockMovement.deleted.is_(False), StockMovement.outlet_id == outlet_id,
               StockMovement.product_id.in_(product_ids), StockMovement.expires_on.is_not(None))
        .group_by(StockMovement.product_id, StockMovement.batch)) if e is not None}


def _entry(step: Step, names: dict[str, str], ignored: bool = False) -> HistoryEntry:
    return HistoryEntry(StepKind(step.kind), names.get(step.user_id, ""), step.at, step.note, ignored)


def _detail(session: Session, row: Requisition) -> RequisitionDetail:
    folded = _folded(session, row.id)
    lines = _lines(session, row.id)
    quantities = _quantities(session, lines, folded)
    names = names_in(session)
    product_ids = sorted({line.product_id for line in lines})
    products = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(product_ids)))}
    job_ids = [line.job_id for line in lines if line.job_id]
    jobs = dict(session.execute(select(Job.id, Job.number).where(Job.id.in_(job_ids))).all()) if job_ids else {}
    held = dict(session.execute(
        select(StockMovement.product_id, func.sum(StockMovement.quantity))
        .where(StockMovement.deleted.is_(False), StockMovement.outlet_id == row.outlet_id,
               StockMovement.product_id.in_(product_ids))
        .group_by(StockMovement.product_id)).all())
    infos = []
    for line in lines:
        product = products.get(line.product_id)
        amounts = quantities[line.id]
        infos.append(RequisitionLineInfo(
            line.id, line.product_id, part_title(product), product.specification if product else "",
            product.unit if product else "", line.quantity, amounts.approved, amounts.issued, amounts.returned,
            line.job_id, jobs.get(line.job_id, "") if line.job_id else "", line.needed_by, line.note,
            held.get(line.product_id) or 0))
    approval = folded.last(StepKind.APPROVE, StepKind.APPROVE_IN_PART, StepKind.REJECT)
    shipped = folded.last(StepKind.SHIP)
    outlet = session.get(Outlet, row.outlet_id)
    moves = tuple(RequisitionMovement(m.requisition_line_id, MovementKind(m.kind), m.location, m.batch, m.quantity,
                                      m.at, m.note.startswith(NEGATIVE_FLAG))
                  for m in _movements(session, [line.id for line in lines]))
    ignored_ids = {s.id for s in folded.ignored}
    every = sorted([*folded.applied, *folded.ignored], key=lambda s: (s.at, s.id))
    return RequisitionDetail(
        row.id, row.number, row.outlet_id, outlet.name if outlet else "", row.requested_by,
        names.get(row.requested_by, ""), row.requested_at, row.note,
        folded.status or RequisitionStatus.SUBMITTED, tuple(infos),
        names.get(approval.user_id, "") if approval else "", approval.at if approval else None,
        negative_allowance(folded),
        str(shipped.data.get("carrier", "")) if shipped else "",
        str(shipped.data.get("tracking_number", "")) if shipped else "",
        bool(shipped.data.get(IN_PERSON, False)) if shipped else False,
        shipped.at if shipped else None,
        tuple(_entry(s, names, s.id in ignored_ids) for s in every),
        tuple(_entry(s, names, True) for s in folded.ignored), moves)



# ---- printouts ----------------------------------------------------------------------------------


def requisition_document(ctx: AppContext, requisition_id: str, language: str = "zh_CN") -> bytes:
    """The printable requisition form (备件申领单) as A4 PDF bytes, in ``language``."""
    ctx.require(Action.VIEW_REQUISITIONS)
    from aftersales_desktop.i18n import translator
    from aftersales_desktop.slips.documents import Column, TableDocument, render_document

    t = translator(language)
    detail = get_requisition(ctx, requisition_id)
    rows = [[str(index), line.part, line.specification, line.unit, str(line.requested),
             "" if line.approved is None else str(line.approved), line.job_number,
             line.needed_by.isoformat() if line.needed_by else ""]
            for index, line in enumerate(detail.lines, start=1)]
    notes = []
    if detail.note:
        notes.append(t("Note: {note}", note=detail.note))
    if detail.allow_negative_reason:
        notes.append(t("Negative stock allowed by the manager: {reason}", reason=detail.allow_negative_reason))
    if detail.shipped_at is not None:
        notes.append(t("Handed over in person.") if detail.in_person else
                     t("Shipped by {carrier}, tracking number {tracking}.", carrier=detail.carrier,
                       tracking=detail.tracking_number))
    doc = TableDocument(
        title=t("Spare-part requisition"), number=detail.number, organisation=detail.outlet_name,
        fields=[(t("Requester"), detail.requester_name), (t("Date"), _local_day(detail.requested_at)),
                (t("Status"), t(detail.status.label)), (t("Approved by"), detail.approver_name or "—")],
        columns=[Column(t("No."), 0.5, "right"), Column(t("Part"), 2.7), Column(t("Specification"), 1.4),
                 Column(t("Unit"), 0.6), Column(t("Qty requested"), 1.6, "right"), Column(t("Qty approved"), 1.5, "right"),
                 Column(t("Job"), 2.0), Column(t("Needed by"), 1.3)],
        rows=rows, notes=notes, signatures=[t("Requester"), t("Approval"), t("Storekeeper")],
        footer=t("Printed {time}", time=_local_minute(ctx.now())))
    return render_document(doc, language=language).pdf


def pick_list(ctx: AppContext, requisition_id: str, language: str = "zh_CN") -> bytes:
    """The pick list (拣货单) as A4 PDF bytes: picks sorted by location, with a column to tick.

    Before the issue it lists the suggested picks (FEFO); afterwards what was really issued.
    """
    ctx.require(Action.VIEW_REQUISITIONS)
    from aftersales_desktop.i18n import translator
    from aftersales_desktop.slips.documents import Column, TableDocument, render_document

    t = translator(language)
    detail = get_requisition(ctx, requisition_id)
    lines = {line.id: line for line in detail.lines}
    notes = []
    if detail.status.has_issued:
        with ctx.db.reader() as session:
            expiry = _expiry(session, detail.outlet_id, sorted({line.product_id for line in detail.lines}))
        picks = [(m.location, lines[m.line_id].part, m.batch, expiry.get((lines[m.line_id].product_id, m.batch)),
                  -m.quantity, lines[m.line_id].job_number, m.negative_allowed)
                 for m in detail.movements if m.kind == MovementKind.ISSUE]
    else:
        plan = suggest_picks(ctx, requisition_id)
        picks = [(p.location, p.part, p.batch, p.expires_on, p.quantity, lines[p.line_id].job_number, p.short)
                 for p in plan.picks]
        notes = [t("Not on hand: {part}, {missing} missing.", part=s.part, missing=s.missing)
                 for s in plan.shortfalls]
    if detail.allow_negative_reason:
        notes.append(t("Negative stock allowed by the manager: {reason}", reason=detail.allow_negative_reason))
    rows = [["", location or "—", part, batch or "—", expires.isoformat() if expires else "",
             str(quantity) + (" *" if short else ""), job]
            for location, part, batch, expires, quantity, job, short in sorted(picks, key=lambda p: (p[0], p[1], p[2]))]
    if any(p[6] for p in picks):
        notes.append(t("* beyond what was on hand (negative stock)."))
    doc = TableDocument(
        title=t("Pick list"), number=detail.number, organisation=detail.outlet_name,
        fields=[(t("Requester"), detail.requester_name), (t("Date"), _local_day(detail.requested_at)),
                (t("Status"), t(detail.status.label))],
        columns=[Column("✓", 0.5, "center"), Column(t("Location"), 1.2), Column(t("Part"), 3.4),
                 Column(t("Batch"), 1.2), Column(t("Expires"), 1.2), Column(t("Quantity"), 0.9, "right"),
                 Column(t("Job"), 2.0)],
        rows=rows, notes=notes, signatures=[t("Picked by")],
        footer=t("Printed {time}", time=_local_minute(ctx.now())))
    return render_document(doc, language=language).pdf


def _local_day(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d")


def _local_minute(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
