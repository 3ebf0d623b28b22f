"""Service jobs: intake, routing, visits, repair records, follow-up and closure; lists and search.

Every status change is a JobEvent (who, when, from, to, note); the job's ``status`` column is the
status derived from those events, kept beside the row so lists can filter on an index.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from enum import StrEnum

from sqlalchemy import and_, column, func, literal_column, select, table, text, tuple_
from sqlalchemy.orm import Session, aliased

from aftersales_desktop.domain.enums import (Channel, FaultCategory, Priority, RepairOutcome, Role,
                                             VisitStatus)
from aftersales_desktop.domain.errors import Collector, NotFound, PermissionDenied, ValidationError
from aftersales_desktop.domain.enums import N_
from aftersales_desktop.domain.jobs import JobStatus, can_move
from aftersales_desktop.domain.numbering import DEVICE_STATE_KEY, NumberKind, format_number, period_of
from aftersales_desktop.domain.permissions import Action
from aftersales_desktop.domain.text_index import index_text, match_query
from aftersales_desktop.services.context import AppContext, CurrentUser
from aftersales_desktop.services.customers import CustomerDraft, new_customer_row, validate_customer
from aftersales_desktop.services.outlet import reply_hours
from aftersales_desktop.storage.models import (Customer, Job, JobEvent, LocalState, NumberSequence, Outlet,
                                               Product, RepairPart, RepairRecord, Slip, User, Visit)

MAX_LABOUR_MINUTES = 24 * 60
#: A visit may start a little in the past: the clerk types while on the phone.
VISIT_PAST_GRACE = timedelta(minutes=10)
DONE_STATUSES = frozenset({JobStatus.RESOLVED, JobStatus.RETURN_PENDING, JobStatus.CLOSED,
                           JobStatus.CANCELLED})


class EventKind(StrEnum):
    """What a timeline entry records."""

    CREATED = "created"
    ASSIGNED = "assigned"
    ESCALATED = "escalated"
    VISIT_SCHEDULED = "visit_scheduled"
    REPAIR_RECORDED = "repair_recorded"
    CLOSED = "closed"
    REOPENED = "reopened"
    CANCELLED = "cancelled"
    NOTE = "note"


# ---- drafts (what forms send) -------------------------------------------------------------------


@dataclass
class JobDraft:
    """A new service job as the intake form fills it in."""

    channel: Channel
    fault_category: FaultCategory
    priority: Priority
    description: str
    customer_id: str | None = None
    new_customer: CustomerDraft | None = None
    product_id: str | None = None
    product_model: str = ""
    serial_number: str = ""
    purchase_date: date | None = None
    assign_to: str | None = None


@dataclass
class VisitDraft:
    """An on-site visit agreed with the customer."""

    technician_id: str
    starts_at: datetime
    ends_at: datetime
    address: str
    tools: str = ""
    parts_to_bring: str = ""
    note: str = ""


@dataclass
class PartLine:
    """A part replaced in a repair."""

    product_id: str
    quantity: int


@dataclass
class RepairDraft:
    """A repair record as the repair form fills it in."""

    fault_confirmed: bool
    symptom: str
    diagnosis: str
    work_done: str
    labour_minutes: int
    test_performed: str
    test_passed: bool
    outcome: RepairOutcome
    parts: list[PartLine] = field(default_factory=list)
    visit_id: str | None = None
    technician_id: str | None = None


# ---- results (what views show) ------------------------------------------------------------------


@dataclass(frozen=True)
class JobRow:
    """One line of the job list."""

    id: str
    number: str
    status: JobStatus
    priority: Priority
    customer_name: str
    customer_phone: str
    product: str
    serial_number: str
    technician: str
    created_at: datetime
    reply_due_at: datetime
    done_at: datetime | None

    def is_overdue(self, now: datetime) -> bool:
        """Past the promised reply time with the work still open."""
        return self.done_at is None and self.reply_due_at < now


@dataclass(frozen=True)
class EventInfo:
    """A timeline entry."""

    id: str
    at: datetime
    user: str
    kind: EventKind
    from_status: JobStatus | None
    to_status: JobStatus | None
    assignee: str
    note: str


@dataclass(frozen=True)
class VisitInfo:
    """A scheduled visit."""

    id: str
    technician_id: str
    technician: str
    starts_at: datetime
    ends_at: datetime
    address: str
    tools: str
    parts_to_bring: str
    note: str
    status: VisitStatus


@dataclass(frozen=True)
class PartInfo:
    """A part line of a repair record."""

    product_id: str
    product: str
    quantity: int
    unit_price_fen: int


@dataclass(frozen=True)
class RepairInfo:
    """A repair record with its parts."""

    id: str
    technician: str
    recorded_at: datetime
    visit_id: str | None
    fault_confirmed: bool
    symptom: str
    diagnosis: str
    work_done: str
    labour_minutes: int
    test_performed: str
    test_passed: bool
    outcome: RepairOutcome
    parts: tuple[PartInfo, ...]


@dataclass(frozen=True)
class JobDetail:
    """Everything about one job, for the detail view."""

    id: str
    number: str
    status: JobStatus
    channel: Channel
    priority: Priority
    fault_category: FaultCategory
    description: str
    customer_id: str
    customer_name: str
    customer_phone: str
    customer_company: str
    customer_address: str
    product_id: str | None
    product: str
    serial_number: str
    purchase_date: date | None
    created_at: datetime
    created_by: str
    reply_due_at: datetime
    done_at: datetime | None
    assigned_to: str | None
    technician: str
    satisfaction: int | None
    events: tuple[EventInfo, ...]
    visits: tuple[VisitInfo, ...]
    repairs: tuple[RepairInfo, ...]


class JobSort(StrEnum):
    """Orders the job list can be sorted in (each backed by an index for keyset paging)."""

    NEWEST = "newest"
    OLDEST = "oldest"
    DUE = "due"
    PRIORITY = "priority"
    NUMBER = "number"


@dataclass
class JobQuery:
    """Filters and order of the job list."""

    text: str = ""
    statuses: frozenset[JobStatus] = frozenset()
    priority: Priority | None = None
    technician_id: str | None = None
    overdue_only: bool = False
    created_from: date | None = None
    created_to: date | None = None
    sort: JobSort = JobSort.NEWEST


@dataclass(frozen=True)
class JobPage:
    """A page of the job list and the cursor to fetch the next one (None at the end)."""

    rows: list[JobRow]
    next_cursor: tuple | None


@dataclass(frozen=True)
class AgendaItem:
    """A visit in a technician's agenda."""

    visit_id: str
    job_id: str
    job_number: str
    customer_name: str
    customer_phone: str
    starts_at: datetime
    ends_at: datetime
    address: str
    tools: str
    parts_to_bring: str
    status: VisitStatus


# ---- helpers ------------------------------------------------------------------------------------


def next_number(session: Session, outlet_code: str, kind: NumberKind, moment: datetime) -> str:
    """Take the next document number of this outlet, kind and local month, in the caller's transaction.

    Each computer counts on its own, behind the device letter head office gave it (domain/numbering.py):
    its sequences are kept under the kind followed by that letter.
    """
    period = period_of(moment.astimezone())
    state = session.get(LocalState, DEVICE_STATE_KEY)
    device = state.value if state is not None else ""
    row = session.get(NumberSequence, (outlet_code, kind.value + device, period))
    if row is None:
        row = NumberSequence(outlet_code=outlet_code, kind=kind.value + device, period=period, last_seq=0)
        session.add(row)
    row.last_seq += 1
    return format_number(outlet_code, kind, period, row.last_seq, device)


def _load_job(session: Session, job_id: str) -> Job:
    job = session.get(Job, job_id)
    if job is None or job.deleted:
        raise NotFound("No such service job.")
    return job


def _event(session: Session, job: Job, user: CurrentUser, now: datetime, kind: EventKind, *,
           to: JobStatus | None = None, note: str = "", assignee: str | None = None) -> None:
    """Append a timeline entry; when ``to`` is given it is a status change and must be allowed."""
    current = JobStatus(job.status)
    # A finished job takes no status event at all, not even one that keeps its status.
    if to is not None and (to != current or current.is_terminal) and not can_move(current, to):
        raise ValidationError.single("status", "A job that is '{current}' cannot become '{target}'.",
                                     current=current.label, target=to.label)
    session.add(JobEvent(job_id=job.id, at=now, user_id=user.id, kind=kind.value,
                         from_status=current.value if to else None, to_status=to.value if to else None,
                         assignee_id=assignee, note=note.strip()))
    if to is not None and to != current:
        job.status = to.value
        job.done_at = now if to in DONE_STATUSES else None


def _active_technician(session: Session, user_id: str | None, field_name: str, errors: Collector) -> User | None:
    if not user_id:
        errors.add(field_name, "Choose a technician.")
        return None
    row = session.get(User, user_id)
    if row is None or row.deleted or not row.active or row.role not in (Role.TECHNICIAN.value,
                                                                        Role.MANAGER.value):
        errors.add(field_name, "Choose an active technician.")
        return None
    return row


def search_body(job: Job, customer: Customer, product: Product | None) -> str:
    """The text a job is found by."""
    product_text = f"{product.brand} {product.model} {product.name}" if product else ""
    return index_text(job.number, customer.name, customer.phone, customer.company, customer.address,
                      job.serial_number, product_text, job.description)


#: job_search rowids are the job's creation time in microseconds times this, plus a slot that
#: tells apart jobs taken in the same microsecond. Rowid order is then newest-first order, so a
#: search for a common word (浦东 in half the jobs) reads the newest matches and stops at the page
#: size instead of collecting every match and sorting them.
SEARCH_SLOTS = 1024
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def search_rowid_base(created_at: datetime) -> int:
    """The lowest job_search rowid of a job taken at ``created_at`` (its slot 0)."""
    return (created_at - _EPOCH) // timedelta(microseconds=1) * SEARCH_SLOTS


def reindex_job(session: Session, job: Job) -> None:
    """Refresh the job's full-text entry."""
    customer = session.get(Customer, job.customer_id)
    product = session.get(Product, job.product_id) if job.product_id else None
    base = search_rowid_base(job.created_at)
    bounds = {"lo": base, "hi": base + SEARCH_SLOTS - 1, "id": job.id}
    # A rowid range is a direct seek in FTS5; job_id alone (an unindexed column) would scan it all.
    session.execute(text("DELETE FROM job_search WHERE rowid BETWEEN :lo AND :hi AND job_id = :id"), bounds)
    taken = set(session.scalars(text("SELECT rowid FROM job_search WHERE rowid BETWEEN :lo AND :hi"),
                                bounds))
    rowid = next(r for r in range(base, base + SEARCH_SLOTS) if r not in taken)
    session.execute(text("INSERT INTO job_search(rowid, job_id, body) VALUES (:rowid, :id, :body)"),
                    {"rowid": rowid, "id": job.id, "body": search_body(job, customer, product)})


def reindex_jobs_of_customer(session: Session, customer_id: str) -> None:
    """Refresh the full-text entries of a customer's jobs (after their details changed)."""
    for job in session.scalars(select(Job).where(Job.customer_id == customer_id)):
        reindex_job(session, job)


# ---- use cases ----------------------------------------------------------------------------------


def create_job(ctx: AppContext, draft: JobDraft) -> JobRow:
    """Take in a service job: validate everything, then write job, customer, event and index at once."""
    user = ctx.require(Action.CREATE_JOB)
    now = ctx.now()
    errors = Collector()
    if draft.customer_id is None:
        if draft.new_customer is None:
            errors.add("customer", "Find the customer or enter a new one.")
        else:
            validate_customer(draft.new_customer, errors, prefix="customer.")
    errors.check(bool(draft.description.strip()), "description", "Describe the fault.")
    if draft.purchase_date is not None:
        errors.check(draft.purchase_date <= now.astimezone().date(), "purchase_date",
                     "The purchase date cannot be in the future.")
    if draft.assign_to is not None and user.role not in (Role.MANAGER, Role.CUSTOMER_SERVICE):
        errors.add("assign_to", "Only a manager or customer service may assign a job.")
    with ctx.transaction() as session:
        customer = None
        if draft.customer_id is not None:
            customer = session.get(Customer, draft.customer_id)
            if customer is None or customer.deleted:
                errors.add("customer", "This customer no longer exists; search again.")
        product = None
        if draft.product_id:
            product = session.get(Product, draft.product_id)
            if product is None or product.deleted or not product.active:
                errors.add("product", "Unknown model: choose one from the catalog.")
        elif draft.product_model.strip():
            product = session.scalars(select(Product).where(
                Product.deleted.is_(False), Product.active.is_(True),
                Product.model.ilike(draft.product_model.strip()))).first()
            errors.check(product is not None, "product",
                         "Unknown model '{model}': choose one from the catalog.",
                         model=draft.product_model.strip())
        else:
            errors.add("product", "Choose the product model from the catalog.")
        technician = None
        if draft.assign_to is not None:
            technician = _active_technician(session, draft.assign_to, "assign_to", errors)
        errors.raise_if_any()
        if customer is None:
            customer = new_customer_row(draft.new_customer)  # type: ignore[arg-type]
            session.add(customer)
            session.flush()
        outlet = session.get(Outlet, user.outlet_id)
        hours = reply_hours(session, user.outlet_id)[draft.priority]
        job = Job(number=next_number(session, outlet.code, NumberKind.JOB, now), outlet_id=outlet.id,
                  channel=draft.channel.value, customer_id=customer.id,
                  product_id=product.id if product else None,
                  serial_number=draft.serial_number.strip(), purchase_date=draft.purchase_date,
                  fault_category=draft.fault_category.value, description=draft.description.strip(),
                  priority=draft.priority.value, priority_rank=draft.priority.rank,
                  reply_due_at=now + timedelta(hours=hours), created_at=now, created_by=user.id,
                  status=JobStatus.NEW.value)
        session.add(job)
        session.flush()
        _event(session, job, user, now, EventKind.CREATED, note=draft.description)
        if technician is not None:
            job.assigned_to = technician.id
            _event(session, job, user, now, EventKind.ASSIGNED, to=JobStatus.ASSIGNED,
                   assignee=technician.id)
        reindex_job(session, job)
        session.flush()
        return _row_for(session, job.id)


def assign_job(ctx: AppContext, job_id: str, technician_id: str, note: str = "") -> None:
    """Assign or reassign the job to a technician."""
    user = ctx.require(Action.ASSIGN_JOB)
    now = ctx.now()
    with ctx.transaction() as session:
        job = _load_job(session, job_id)
        errors = Collector()
        technician = _active_technician(session, technician_id, "technician", errors)
        if technician is not None and technician.id == job.assigned_to:
            errors.add("technician", "The job is assigned to {name} already.", name=technician.display_name)
        errors.raise_if_any()
        job.assigned_to = technician.id
        current = JobStatus(job.status)
        # Reassigning keeps a scheduled or running job where it is; a new or escalated one moves on.
        target = JobStatus.ASSIGNED if current in (JobStatus.NEW, JobStatus.ESCALATED) else current
        _event(session, job, user, now, EventKind.ASSIGNED, to=target, note=note, assignee=technician.id)


def _move_with_reason(ctx: AppContext, user: CurrentUser, job_id: str, kind: EventKind,
                      target: JobStatus, reason: str, missing_reason: str) -> None:
    """A status change that needs a reason (escalate, cancel): check it, then one event."""
    if not reason.strip():
        raise ValidationError.single("reason", missing_reason)
    with ctx.transaction() as session:
        _event(session, _load_job(session, job_id), user, ctx.now(), kind, to=target, note=reason)


def escalate_job(ctx: AppContext, job_id: str, reason: str) -> None:
    """Report a complex fault to the manager (复杂故障上报) with a reason."""
    user = ctx.require(Action.ESCALATE_JOB)
    _move_with_reason(ctx, user, job_id, EventKind.ESCALATED, JobStatus.ESCALATED, reason,
                      N_("Say why the fault needs the manager."))


def schedule_visit(ctx: AppContext, job_id: str, draft: VisitDraft) -> VisitInfo:
    """Book an on-site visit agreed with the customer; the job moves to 'visit scheduled'."""
    user = ctx.require(Action.SCHEDULE_VISIT)
    now = ctx.now()
    errors = Collector()
    errors.check(draft.starts_at >= now - VISIT_PAST_GRACE, "starts_at", "The visit cannot start in the past.")
    errors.check(draft.ends_at > draft.starts_at, "ends_at", "The visit must end after it starts.")
    errors.check(draft.ends_at - draft.starts_at <= timedelta(hours=12), "ends_at",
                 "A visit window is at most 12 hours.")
    errors.check(bool(draft.address.strip()), "address", "Enter the address of the visit.")
    with ctx.transaction() as session:
        job = _load_job(session, job_id)
        technician = _active_technician(session, draft.technician_id, "technician", errors)
        if user.role == Role.TECHNICIAN and draft.technician_id != user.id:
            errors.add("technician", "Technicians schedule their own visits.")
        errors.raise_if_any()
        visit = Visit(job_id=job.id, technician_id=technician.id, starts_at=draft.starts_at,
                      ends_at=draft.ends_at, address=draft.address.strip(), tools=draft.tools.strip(),
                      parts_to_bring=draft.parts_to_bring.strip(), note=draft.note.strip(),
                      status=VisitStatus.PLANNED.value)
        session.add(visit)
        if job.assigned_to != technician.id:
            job.assigned_to = technician.id
        local = draft.starts_at.astimezone()
        _event(session, job, user, now, EventKind.VISIT_SCHEDULED, to=JobStatus.SCHEDULED,
               assignee=technician.id, note=f"{local:%Y-%m-%d %H:%M} {draft.address.strip()}")
        session.flush()
        return _visit_info(visit, technician.display_name)


def record_repair(ctx: AppContext, job_id: str, draft: RepairDraft) -> RepairInfo:
    """Record what was found, done and tested; the outcome moves the job on."""
    user = ctx.require(Action.RECORD_REPAIR)
    now = ctx.now()
    errors = Collector()
    errors.check(bool(draft.diagnosis.strip()), "diagnosis", "Enter the diagnosis.")
    errors.check(bool(draft.work_done.strip()), "work_done", "Describe the work done.")
    errors.check(draft.labour_minutes >= 0, "labour_minutes", "Labour minutes cannot be negative.")
    errors.check(draft.labour_minutes <= MAX_LABOUR_MINUTES, "labour_minutes",
                 "More than 24 hours of labour in one record: split it over visits.")
    errors.check(bool(draft.test_performed.strip()), "test_performed", "Describe the post-repair test.")
    if draft.outcome == RepairOutcome.FIXED:
        errors.check(draft.test_passed, "test_passed", "A repair marked fixed needs a passed test.")
    for index, line in enumerate(draft.parts):
        errors.check(line.quantity >= 1, f"parts.{index}", "Quantities are whole numbers from 1.")
    with ctx.transaction() as session:
        job = _load_job(session, job_id)
        technician_id = draft.technician_id or (job.assigned_to if user.role != Role.TECHNICIAN else user.id)
        if user.role == Role.TECHNICIAN:
            technician_id = user.id
        technician = _active_technician(session, technician_id, "technician", errors)
        if JobStatus(job.status).is_terminal or JobStatus(job.status) == JobStatus.RESOLVED:
            errors.add("status", "This job is '{status}': reopen it before recording another repair.",
                       status=JobStatus(job.status).label)
        visit = None
        if draft.visit_id:
            visit = session.get(Visit, draft.visit_id)
            errors.check(visit is not None and visit.job_id == job.id, "visit_id",
                         "This visit belongs to another job.")
        products = {}
        for index, line in enumerate(draft.parts):
            product = session.get(Product, line.product_id)
            if product is None or product.deleted or not product.active:
                errors.add(f"parts.{index}", "Unknown part: choose one from the catalog.")
            else:
                products[line.product_id] = product
        errors.raise_if_any()
        record = RepairRecord(job_id=job.id, visit_id=visit.id if visit else None,
                              technician_id=technician.id, recorded_at=now,
                              fault_confirmed=draft.fault_confirmed, symptom=draft.symptom.strip(),
                              diagnosis=draft.diagnosis.strip(), work_done=draft.work_done.strip(),
                              labour_minutes=draft.labour_minutes,
                              test_performed=draft.test_performed.strip(),
                              test_passed=draft.test_passed, outcome=draft.outcome.value)
        session.add(record)
        session.flush()
        for line in draft.parts:
            session.add(RepairPart(repair_id=record.id, product_id=line.product_id,
                                   quantity=line.quantity,
                                   unit_price_fen=products[line.product_id].unit_price_fen))
        if visit is not None and visit.status == VisitStatus.PLANNED.value:
            visit.status = VisitStatus.DONE.value
        target = {RepairOutcome.FIXED: JobStatus.RESOLVED,
                  RepairOutcome.NOT_FIXED: JobStatus.IN_PROGRESS,
                  RepairOutcome.NEEDS_RETURN: JobStatus.RETURN_PENDING}[draft.outcome]
        if job.assigned_to is None:
            job.assigned_to = technician.id
        _event(session, job, user, now, EventKind.REPAIR_RECORDED, to=target,
               note=draft.outcome.label)
        session.flush()
        return _repair_info(session, record)


def close_job(ctx: AppContext, job_id: str, satisfaction: int, note: str = "") -> None:
    """Close after the follow-up call (回访), recording the customer's satisfaction 1-5."""
    user = ctx.require(Action.CLOSE_JOB)
    errors = Collector()
    errors.check(1 <= satisfaction <= 5, "satisfaction", "Rate the customer's satisfaction from 1 to 5.")
    if satisfaction <= 2:
        errors.check(bool(note.strip()), "note",
                     "The customer is not satisfied: note why (or reopen the job for another visit).")
    with ctx.transaction() as session:
        job = _load_job(session, job_id)
        if JobStatus(job.status) not in (JobStatus.RESOLVED, JobStatus.RETURN_PENDING):
            errors.add("status", "Only a repaired job (or one awaiting return) can be closed.")
        errors.raise_if_any()
        job.satisfaction = satisfaction
        _event(session, job, user, ctx.now(), EventKind.CLOSED, to=JobStatus.CLOSED, note=note)


def reopen_job(ctx: AppContext, job_id: str, reason: str) -> None:
    """Send a repaired job back for another visit (再次上门维修, 直至客户满意)."""
    user = ctx.require(Action.ASSIGN_JOB)
    if not reason.strip():
        raise ValidationError.single("reason", "Say why the job is reopened.")
    with ctx.transaction() as session:
        job = _load_job(session, job_id)
        if JobStatus(job.status) != JobStatus.RESOLVED:
            raise ValidationError.single("status", "Only a repaired job awaiting follow-up can be reopened.")
        _event(session, job, user, ctx.now(), EventKind.REOPENED, to=JobStatus.ASSIGNED, note=reason)


def cancel_job(ctx: AppContext, job_id: str, reason: str) -> None:
    """Cancel a job the customer withdrew, with a reason."""
    user = ctx.require(Action.CANCEL_JOB)
    _move_with_reason(ctx, user, job_id, EventKind.CANCELLED, JobStatus.CANCELLED, reason,
                      N_("Say why the job is cancelled."))


def add_note(ctx: AppContext, job_id: str, note: str) -> None:
    """Add a note to the job's timeline."""
    user = ctx.require(Action.ADD_NOTE)
    if not note.strip():
        raise ValidationError.single("note", "The note is empty.")
    with ctx.transaction() as session:
        _event(session, _load_job(session, job_id), user, ctx.now(), EventKind.NOTE, note=note)


# ---- reading ------------------------------------------------------------------------------------

_Tech = aliased(User)


def _row_columns():
    return (Job.id, Job.number, Job.status, Job.priority, Customer.name, Customer.phone,
            func.coalesce(Product.brand + " " + Product.model, ""), Job.serial_number,
            func.coalesce(_Tech.display_name, ""), Job.created_at, Job.reply_due_at, Job.done_at)


def _base_select():
    return (select(*_row_columns())
            .select_from(Job)
            .join(Customer, Customer.id == Job.customer_id)
            .outerjoin(Product, Product.id == Job.product_id)
            .outerjoin(_Tech, _Tech.id == Job.assigned_to))


def _to_row(r) -> JobRow:  # noqa: ANN001
    return JobRow(r[0], r[1], JobStatus(r[2]), Priority(r[3]), r[4], r[5], r[6], r[7], r[8], r[9],
                  r[10], r[11])


def _row_for(session: Session, job_id: str) -> JobRow:
    return _to_row(session.execute(_base_select().where(Job.id == job_id)).one())


_SORTS = {
    JobSort.NEWEST: ((Job.created_at, True), (Job.id, True)),
    JobSort.OLDEST: ((Job.created_at, False), (Job.id, False)),
    JobSort.DUE: ((Job.reply_due_at, False), (Job.id, False)),
    JobSort.PRIORITY: ((Job.priority_rank, False), (Job.created_at, False), (Job.id, False)),
    JobSort.NUMBER: ((Job.number, True), (Job.id, True)),
}


def _cursor_of(row: JobRow, sort: JobSort, rank: int) -> tuple:
    from aftersales_desktop.storage.types import to_utc_text

    if sort in (JobSort.NEWEST, JobSort.OLDEST):
        return (to_utc_text(row.created_at), row.id)
    if sort == JobSort.DUE:
        return (to_utc_text(row.reply_due_at), row.id)
    if sort == JobSort.PRIORITY:
        return (rank, to_utc_text(row.created_at), row.id)
    return (row.number, row.id)


def _filters(ctx: AppContext, query: JobQuery, *, search_subquery: bool = True,
             counting: bool = False) -> tuple[list, str | None]:
    conditions = [Job.deleted.is_(False)]
    if len(query.statuses) > 1 and not counting:
        # Several statuses ("all open"): SQLite would read them through the status index and
        # sort every match (40 ms at 200,000 jobs). Unary + hides that index, so it walks the
        # sort order's index and stops after a page; open jobs are the recent ones (0.1 ms).
        conditions.append(literal_column("+jobs.status").in_(sorted(s.value for s in query.statuses)))
    elif query.statuses:
        conditions.append(Job.status.in_(sorted(s.value for s in query.statuses)))
    if query.priority is not None:
        conditions.append(Job.priority == query.priority.value)
    if query.technician_id:
        conditions.append(Job.assigned_to == query.technician_id)
    if query.overdue_only:
        conditions += [Job.done_at.is_(None), Job.reply_due_at < ctx.now()]
    if query.created_from is not None:
        conditions.append(Job.created_at >= _local_midnight(query.created_from))
    if query.created_to is not None:
        conditions.append(Job.created_at < _local_midnight(query.created_to + timedelta(days=1)))
    expression = match_query(query.text) if query.text else None
    if expression and search_subquery:
        conditions.append(Job.id.in_(select(text("job_id")).select_from(text("job_search"))
                                     .where(text("job_search MATCH :match"))))
    return conditions, expression


def _local_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day).astimezone()


def list_jobs(ctx: AppContext, query: JobQuery, after: tuple | None = None, limit: int = 100) -> JobPage:
    """A page of jobs matching ``query`` in its order, after the keyset cursor ``after``."""
    ctx.require(Action.VIEW_JOBS)
    if query.text and query.sort in (JobSort.NEWEST, JobSort.OLDEST):
        conditions, expression = _filters(ctx, query, search_subquery=False)
        if expression:
            return _search_in_time_order(ctx, conditions, expression, query.sort, after, limit)
    conditions, expression = _filters(ctx, query)
    order = _SORTS[query.sort]
    if after is not None:
        columns = tuple(col for col, _ in order)
        descending = order[0][1]
        key = tuple_(*columns)
        conditions.append(key < tuple_(*after) if descending else key > tuple_(*after))
    statement = (_base_select().add_columns(Job.priority_rank).where(and_(*conditions))
                 .order_by(*[col.desc() if desc else col.asc() for col, desc in order])
                 .limit(limit + 1))
    params = {"match": expression} if expression else {}
    with ctx.db.reader() as session:
        raw = session.execute(statement, params).all()
    rows = [_to_row(r) for r in raw[:limit]]
    cursor = None
    if len(raw) > limit:
        last = raw[limit - 1]
        cursor = _cursor_of(rows[-1], query.sort, last[-1])
    return JobPage(rows, cursor)


_SEARCH = table("job_search", column("rowid"), column("job_id"))


def _search_in_time_order(ctx: AppContext, conditions: list, expression: str, sort: JobSort,
                          after: tuple | None, limit: int) -> JobPage:
    """A page of a text search, newest (or oldest) first, read from the index in rowid order.

    job_search rowids follow creation time (see ``search_rowid_base``), so FTS5 hands matches
    over in page order and the query stops after ``limit`` rows, however many jobs match. Jobs
    taken in the same microsecond come in slot order rather than id order. The cursor is the rowid.
    """
    newest = sort == JobSort.NEWEST
    rowid = _SEARCH.c.rowid
    statement = (select(*_row_columns(), Job.priority_rank, rowid)
                 .select_from(_SEARCH)
                 .join(Job, Job.id == _SEARCH.c.job_id)
                 .join(Customer, Customer.id == Job.customer_id)
                 .outerjoin(Product, Product.id == Job.product_id)
                 .outerjoin(_Tech, _Tech.id == Job.assigned_to)
                 .where(text("job_search MATCH :match"), *conditions))
    if after is not None:
        statement = statement.where(rowid < after[0] if newest else rowid > after[0])
    statement = statement.order_by(rowid.desc() if newest else rowid.asc()).limit(limit + 1)
    with ctx.db.reader() as session:
        raw = session.execute(statement, {"match": expression}).all()
    rows = [_to_row(r) for r in raw[:limit]]
    cursor = (raw[limit - 1][-1],) if len(raw) > limit else None
    return JobPage(rows, cursor)


def count_jobs(ctx: AppContext, query: JobQuery) -> int:
    """How many jobs match ``query``."""
    ctx.require(Action.VIEW_JOBS)
    conditions, expression = _filters(ctx, query, counting=True)
    with ctx.db.reader() as session:
        return session.scalar(select(func.count()).select_from(Job).where(and_(*conditions)),
                              {"match": expression} if expression else {})


def _visit_info(visit: Visit, technician_name: str) -> VisitInfo:
    return VisitInfo(visit.id, visit.technician_id, technician_name, visit.starts_at, visit.ends_at,
                     visit.address, visit.tools, visit.parts_to_bring, visit.note,
                     VisitStatus(visit.status))


def _repair_info(session: Session, record: RepairRecord) -> RepairInfo:
    parts = session.execute(select(RepairPart, Product).join(Product, Product.id == RepairPart.product_id)
                            .where(RepairPart.repair_id == record.id, RepairPart.deleted.is_(False))
                            .order_by(RepairPart.id)).all()
    technician = session.get(User, record.technician_id)
    return RepairInfo(record.id, technician.display_name if technician else "", record.recorded_at,
                      record.visit_id, record.fault_confirmed, record.symptom, record.diagnosis,
                      record.work_done, record.labour_minutes, record.test_performed,
                      record.test_passed, RepairOutcome(record.outcome),
                      tuple(PartInfo(p.product_id, f"{prod.brand} {prod.model}", p.quantity,
                                     p.unit_price_fen) for p, prod in parts))


def get_job(ctx: AppContext, job_id: str) -> JobDetail:
    """The job with its customer, product, timeline, visits and repairs."""
    ctx.require(Action.VIEW_JOBS)
    with ctx.db.reader() as session:
        job = _load_job(session, job_id)
        customer = session.get(Customer, job.customer_id)
        product = session.get(Product, job.product_id) if job.product_id else None
        names = dict(session.execute(select(User.id, User.display_name)).all())
        events = session.scalars(select(JobEvent).where(JobEvent.job_id == job.id,
                                                        JobEvent.deleted.is_(False))
                                 .order_by(JobEvent.hlc, JobEvent.id))
        visits = session.scalars(select(Visit).where(Visit.job_id == job.id, Visit.deleted.is_(False))
                                 .order_by(Visit.starts_at))
        repairs = session.scalars(select(RepairRecord).where(RepairRecord.job_id == job.id,
                                                             RepairRecord.deleted.is_(False))
                                  .order_by(RepairRecord.recorded_at, RepairRecord.id))
        return JobDetail(
            id=job.id, number=job.number, status=JobStatus(job.status), channel=Channel(job.channel),
            priority=Priority(job.priority), fault_category=FaultCategory(job.fault_category),
            description=job.description, customer_id=customer.id, customer_name=customer.name,
            customer_phone=customer.phone, customer_company=customer.company,
            customer_address=customer.address, product_id=job.product_id,
            product=f"{product.brand} {product.model}" if product else "",
            serial_number=job.serial_number, purchase_date=job.purchase_date,
            created_at=job.created_at, created_by=names.get(job.created_by, ""),
            reply_due_at=job.reply_due_at, done_at=job.done_at, assigned_to=job.assigned_to,
            technician=names.get(job.assigned_to, "") if job.assigned_to else "",
            satisfaction=job.satisfaction,
            events=tuple(EventInfo(e.id, e.at, names.get(e.user_id, ""), EventKind(e.kind),
                                   JobStatus(e.from_status) if e.from_status else None,
                                   JobStatus(e.to_status) if e.to_status else None,
                                   names.get(e.assignee_id, "") if e.assignee_id else "", e.note)
                         for e in events),
            visits=tuple(_visit_info(v, names.get(v.technician_id, "")) for v in visits),
            repairs=tuple(_repair_info(session, r) for r in repairs))


def agenda(ctx: AppContext, technician_id: str, start: datetime, end: datetime) -> list[AgendaItem]:
    """A technician's visits between ``start`` and ``end``, in time order."""
    user = ctx.require(Action.VIEW_JOBS)
    if user.role == Role.TECHNICIAN and technician_id != user.id:
        raise PermissionDenied("Technicians see their own agenda.")
    statement = (select(Visit, Job.number, Customer.name, Customer.phone)
                 .join(Job, Job.id == Visit.job_id).join(Customer, Customer.id == Job.customer_id)
                 .where(Visit.technician_id == technician_id, Visit.deleted.is_(False),
                        Visit.starts_at >= start, Visit.starts_at < end,
                        Visit.status != VisitStatus.CANCELLED.value)
                 .order_by(Visit.starts_at))
    with ctx.db.reader() as session:
        return [AgendaItem(v.id, v.job_id, number, name, phone, v.starts_at, v.ends_at, v.address,
                           v.tools, v.parts_to_bring, VisitStatus(v.status))
                for v, number, name, phone in session.execute(statement)]


def get_job_row(ctx: AppContext, job_id: str) -> JobRow:
    """One job as a line of the job list (to refresh that line after an action)."""
    ctx.require(Action.VIEW_JOBS)
    with ctx.db.reader() as session:
        _load_job(session, job_id)
        return _row_for(session, job_id)


def find_job_by_number(ctx: AppContext, number: str) -> str | None:
    """The id of the job with this exact number, or of the job a slip with this number belongs to."""
    ctx.require(Action.VIEW_JOBS)
    number = number.strip().upper()
    with ctx.db.reader() as session:
        return (session.scalar(select(Job.id).where(Job.number == number))
                or session.scalar(select(Slip.job_id).where(Slip.number == number).limit(1)))

