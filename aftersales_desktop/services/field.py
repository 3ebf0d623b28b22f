"""Prepare for the field (外出准备): what a technician's laptop carries for today and tomorrow.

The visits of the two days with the customer, address, phone, product and the customer's earlier
jobs on that product; the parts the technician holds (issued less returned less used, from the
stock ledger); and what must be ready before leaving: the slip font, the share and unsynced changes.
A printer can only be checked where Qt runs: the page adds that check itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from aftersales_desktop.domain.enums import Role, VisitStatus
from aftersales_desktop.domain.jobs import JobStatus
from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.domain.permissions import Action, is_allowed
from aftersales_desktop.i18n import N_
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.requisitions import TechnicianPart, technician_stock
from aftersales_desktop.services.slips import font_path
from aftersales_desktop.storage.models import Customer, Job, Product, User, Visit

#: A day with more visits than this is not a field day but a data problem: the sheet stays printable.
MAX_VISITS = 200
#: Earlier jobs shown per visit: enough to see a repeat fault, short enough for a roll slip.
HISTORY_JOBS = 3


@dataclass(frozen=True)
class PastJob:
    """An earlier job of the same customer and product: number, when, fault and status."""

    number: str
    created_at: datetime
    description: str
    status: JobStatus


@dataclass(frozen=True)
class FieldVisit:
    """A visit to make, with what the technician needs on site."""

    visit_id: str
    job_id: str
    job_number: str
    starts_at: datetime
    ends_at: datetime
    customer_name: str
    customer_phone: str
    address: str
    product: str
    serial_number: str
    description: str
    tools: str
    parts_to_bring: str
    note: str
    status: VisitStatus
    history: tuple[PastJob, ...]


@dataclass(frozen=True)
class Readiness:
    """One check before leaving: whether it passed and a sentence saying why (translated source)."""

    key: str
    ok: bool
    message: str
    params: dict


@dataclass(frozen=True)
class FieldDay:
    """What this laptop carries for one technician: visits of ``day`` and the next day, parts, checks."""

    technician_id: str
    technician_name: str
    day: date
    today: tuple[FieldVisit, ...]
    tomorrow: tuple[FieldVisit, ...]
    parts: tuple[TechnicianPart, ...]
    checks: tuple[Readiness, ...]
    truncated: bool = False

    @property
    def ready(self) -> bool:
        """Whether every check passed."""
        return all(check.ok for check in self.checks)


def field_day(ctx: AppContext, technician_id: str | None = None, day: date | None = None) -> FieldDay:
    """What the laptop carries for ``technician_id`` (default: the logged-in user) on ``day`` (local) and the next."""
    user = ctx.require(Action.VIEW_JOBS)
    technician_id = technician_id or user.id
    if user.role == Role.TECHNICIAN and technician_id != user.id:
        raise PermissionDenied("Technicians see only their own field day.")
    local_now = ctx.now().astimezone()
    day = day or local_now.date()
    midnight = datetime.combine(day, time(0), tzinfo=local_now.tzinfo)
    with ctx.db.reader() as session:
        technician_name = session.scalar(select(User.display_name).where(User.id == technician_id))
        if technician_name is None:
            raise ValidationError.single("technician", N_("This technician does not exist."))
        today, cut_today = _visits(session, technician_id, midnight, midnight + timedelta(days=1))
        tomorrow, cut_tomorrow = _visits(session, technician_id, midnight + timedelta(days=1),
                                         midnight + timedelta(days=2))
    parts: tuple[TechnicianPart, ...] = ()
    if is_allowed(user.role, Action.VIEW_STOCK):
        parts = tuple(part for part in technician_stock(ctx, technician_id) if part.held > 0)
    return FieldDay(technician_id, technician_name, day, today, tomorrow, parts,
                    readiness(ctx), cut_today or cut_tomorrow)


def readiness(ctx: AppContext) -> tuple[Readiness, ...]:
    """The checks a service can make: slip font, share reachable and last sync, changes waiting."""
    return (_font_check(ctx), *_sync_checks(ctx))


def _visits(session, technician_id: str, start: datetime, end: datetime) -> tuple[tuple[FieldVisit, ...], bool]:  # noqa: ANN001
    rows = session.execute(
        select(Visit, Job, Customer, Product)
        .join(Job, Job.id == Visit.job_id).join(Customer, Customer.id == Job.customer_id)
        .outerjoin(Product, Product.id == Job.product_id)
        .where(Visit.technician_id == technician_id, Visit.deleted.is_(False),
               Visit.starts_at >= start, Visit.starts_at < end,
               Visit.status != VisitStatus.CANCELLED.value)
        .order_by(Visit.starts_at, Visit.id).limit(MAX_VISITS + 1)).all()
    visits = []
    for visit, job, customer, product in rows[:MAX_VISITS]:
        visits.append(FieldVisit(
            visit.id, job.id, job.number, visit.starts_at, visit.ends_at, customer.name, customer.phone,
            visit.address or customer.address, f"{product.brand} {product.model}" if product else "",
            job.serial_number, job.description, visit.tools, visit.parts_to_bring, visit.note,
            VisitStatus(visit.status), _history(session, job)))
    return tuple(visits), len(rows) > MAX_VISITS


def _history(session, job: Job) -> tuple[PastJob, ...]:  # noqa: ANN001
    """The customer's earlier jobs on the same product (any product when the job names none)."""
    statement = (select(Job.number, Job.created_at, Job.description, Job.status)
                 .where(Job.customer_id == job.customer_id, Job.id != job.id, Job.deleted.is_(False),
                        Job.created_at <= job.created_at)
                 .order_by(Job.created_at.desc(), Job.id).limit(HISTORY_JOBS))
    if job.product_id:
        statement = statement.where(Job.product_id == job.product_id)
    return tuple(PastJob(number, created, description, JobStatus(status))
                 for number, created, description, status in session.execute(statement))


def _font_check(ctx: AppContext) -> Readiness:
    from aftersales_desktop.slips.fonts import find_font

    try:
        font = find_font(font_path(ctx.db))
    except ValidationError as error:
        message = error.errors.get("font") or N_("No Chinese TrueType slip font was found.")
        return Readiness("font", False, str(message), dict(error.params))
    return Readiness("font", True, N_("Slip font {family} found."), {"family": font.family})


def _sync_checks(ctx: AppContext) -> tuple[Readiness, ...]:
    from aftersales_desktop.services import sync_status

    status = sync_status.read_status(ctx.db, sync_status.data_dir_of(ctx.db))
    if not status.joined:
        # Changes "waiting" for a share that does not exist are no reason to stay at the outlet.
        return (Readiness("share", False, N_("This laptop has not joined a share: nothing syncs."), {}),)
    if status.last_success is None:
        share = Readiness("share", False, N_("Never synced with the share."), {})
    else:
        when = status.last_success.astimezone().strftime("%Y-%m-%d %H:%M")
        share = Readiness("share", True, N_("Last synced {when}."), {"when": when})
    if status.waiting > 0:
        waiting = Readiness("waiting", False, N_("{count} changes on this laptop are not on the share yet."),
                            {"count": status.waiting})
    else:
        waiting = Readiness("waiting", True, N_("Every change of this laptop is on the share."), {})
    return share, waiting


def visit_sheet(ctx: AppContext, fmt: str, technician_id: str | None = None, day: date | None = None,
                language: str = "zh_CN"):  # noqa: ANN201 - a slips.render.RenderedSlip
    """The day's visit sheet (外出工作单) of ``technician_id`` on ``fmt`` paper (A4, 80 mm or 58 mm roll)."""
    from aftersales_desktop.i18n import translator
    from aftersales_desktop.services.outlet import current_outlet
    from aftersales_desktop.slips.visit_sheet import SheetVisit, VisitSheet, render_visit_sheet

    carried = field_day(ctx, technician_id, day)
    tr = translator(language)

    def local(moment: datetime, pattern: str) -> str:
        return moment.astimezone().strftime(pattern)

    visits = [SheetVisit(
        f"{local(v.starts_at, '%H:%M')}–{local(v.ends_at, '%H:%M')}", v.job_number, v.customer_name,
        v.customer_phone, v.address, " ".join(filter(None, (v.product, v.serial_number))), v.description,
        v.tools, v.parts_to_bring, v.note,
        tuple(f"{p.number} {local(p.created_at, '%Y-%m-%d')} {p.description} ({tr(p.status.label)})"
              for p in v.history)) for v in carried.today]
    parts = [(" ".join(filter(None, (p.part, p.specification))), f"{p.held} {p.unit}".strip())
             for p in carried.parts]
    sheet = VisitSheet(current_outlet(ctx.db).name, carried.technician_name, carried.day.isoformat(),
                       local(ctx.now(), "%Y-%m-%d %H:%M"), visits, parts)
    return render_visit_sheet(sheet, fmt, language=language, font_path=font_path(ctx.db))


#: The kinds a technician recognises in "what went out, what came in": the table whose rows are counted
#: (documents, not changes), and the tables of their parts, counted with nothing (a slip's signatures
#: and prints are that slip).
_KINDS = (
    ("jobs", N_("Jobs"), "jobs", ("job_events",)),
    ("customers", N_("Customers"), "customers", ()),
    ("visits", N_("Visits"), "visits", ()),
    ("repairs", N_("Repair records"), "repair_records", ("repair_parts",)),
    ("slips", N_("Signed slips"), "slips", ("signatures", "slip_prints")),
    ("requisitions", N_("Requisitions"), "requisitions", ("requisition_lines",)),
    ("stock", N_("Stock movements"), "stock_movements", ("stock_levels",)),
)


@dataclass(frozen=True)
class ExchangeLine:
    """Changes of one kind a sync cycle sent to the share and received from it."""

    key: str
    label: str
    sent: int
    received: int


def exchange_summary(report: object) -> tuple[ExchangeLine, ...]:
    """Documents a CycleReport sent and received, by kind (other tables' changes as "Other changes"); kinds
    with none left out."""
    sent = dict(getattr(report, "sent_by_table", {}) or {})
    received = dict(getattr(report, "received_by_table", {}) or {})
    lines = []
    for key, label, table, parts in _KINDS:
        lines.append(ExchangeLine(key, label, sent.pop(table, 0), received.pop(table, 0)))
        for part in parts:
            sent.pop(part, None), received.pop(part, None)
    lines.append(ExchangeLine("other", N_("Other changes"), sum(sent.values()), sum(received.values())))
    return tuple(line for line in lines if line.sent or line.received)
