"""Demo data: a demo outlet with staff, a catalog, thousands of customers and any number of jobs.

The outlet, staff and catalog go through the services (the ORM's change capture records them).
Customers and jobs are many, so they take the bulk path: rows are built in Python and inserted
with SQLAlchemy Core ``executemany`` in batches, one transaction per batch, with the HLC stamps,
origin and outbox entries the change capture would have written (same JSON shape: replicated
columns only, sorted keys, op "insert"). No query per row.
"""

from __future__ import annotations

import json
import math
import os
import queue
import random
import threading
import time
from bisect import bisect
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate
from operator import itemgetter
from pathlib import Path
from typing import Callable

from sqlalchemy import func, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority, RepairOutcome, Role
from aftersales_desktop.domain.ids import uuid7
from aftersales_desktop.domain.jobs import JobStatus
from aftersales_desktop.domain.money import fen_to_yuan_text, yuan_to_fen
from aftersales_desktop.domain.numbering import NumberKind, format_number
from aftersales_desktop.domain.signatures import Point, SignatureInput, Strokes
from aftersales_desktop.domain.slips import SlipFormat
from aftersales_desktop.domain.text_index import index_text
from aftersales_desktop.services.demo_stock import seed_stock
from aftersales_desktop.services import catalog, demo_catalog as data, staff
from aftersales_desktop.services.context import AppContext, CurrentUser, utc_now
from aftersales_desktop.services.jobs import DONE_STATUSES, SEARCH_SLOTS, EventKind
from aftersales_desktop.services.outlet import (DEMO_USER_KEY, OUTLET_KEY, AccountDraft, OutletDraft, is_set_up,
                                                reply_hours, set_up_outlet)
from aftersales_desktop.storage.database import CLOCK_KEY, Database, open_database, replicated_columns
from aftersales_desktop.storage.models import (Customer, Job, JobEvent, LocalState, NumberSequence,
                                               Outlet, Product, RepairPart, RepairRecord, Signature, Slip,
                                               User, Visit)

#: Jobs written per transaction; each job brings ~6 more rows and as many outbox entries.
BATCH_JOBS = 2500
#: Rows per executemany call.
CHUNK_ROWS = 5000
#: Page cache while seeding: the jobs table has nine indexes to keep warm.
CACHE_KIB = 262144
SEED_JOURNAL_MODE = "TRUNCATE"
HISTORY_DAYS = 548
RECENT_DAYS = 10
MAX_CUSTOMERS = 8000

_S = JobStatus
#: How likely each final status is, by the job's age: young jobs are still open, old ones closed.
_STATUS_BY_AGE = (
    (2, {_S.NEW: 25, _S.ASSIGNED: 25, _S.SCHEDULED: 20, _S.IN_PROGRESS: 8, _S.ESCALATED: 4,
         _S.RESOLVED: 8, _S.RETURN_PENDING: 2, _S.CLOSED: 3, _S.CANCELLED: 5}),
    (RECENT_DAYS, {_S.NEW: 3, _S.ASSIGNED: 8, _S.SCHEDULED: 12, _S.IN_PROGRESS: 8, _S.ESCALATED: 5,
                   _S.RESOLVED: 15, _S.RETURN_PENDING: 5, _S.CLOSED: 38, _S.CANCELLED: 6}),
    (None, {_S.NEW: 0.2, _S.ASSIGNED: 0.5, _S.SCHEDULED: 0.5, _S.IN_PROGRESS: 0.8, _S.ESCALATED: 0.5,
            _S.RESOLVED: 1.0, _S.RETURN_PENDING: 1.5, _S.CLOSED: 88, _S.CANCELLED: 7}),
)
_CHANNELS = {Channel.HOTLINE: 50, Channel.ONLINE: 25, Channel.WALK_IN: 15, Channel.EMAIL: 10}
_PRIORITIES = {Priority.URGENT: 5, Priority.HIGH: 20, Priority.NORMAL: 60, Priority.LOW: 15}
_SATISFACTION = {5: 55, 4: 30, 3: 9, 2: 4, 1: 2}


def demo_username(db: Database) -> str | None:
    """The user a demo folder logs in as automatically (None for a real outlet)."""
    return db.local_value(DEMO_USER_KEY)


def seed_demo(data_dir: Path, jobs: int, seed: int = 2026,
              progress: Callable[[int, int], None] | None = None, *, outlet_code: str | None = None,
              outlet_name: str | None = None) -> str:
    """Seed ``jobs`` demo jobs into ``data_dir`` (setting up the demo outlet first if it has none).

    Deterministic for a given seed on a fresh folder; a second call adds jobs after the existing
    ones, numbered on from them. Returns a one-line report.
    """
    started = time.perf_counter()
    db = open_database(data_dir)
    try:
        if not is_set_up(db):
            _set_up_demo_outlet(db, outlet_code or data.OUTLET_CODE,
                                outlet_name or (data.OUTLET_NAME if outlet_code is None else f"{outlet_code} 售后维修网点"))
        world = _World.load(db)
        rng = random.Random(seed if world.job_count == 0 else f"{seed}/{world.job_count}")
        with _BulkWriter(db, world.outlet_code) as writer:
            _top_up_customers(world, writer, rng, target=min(MAX_CUSTOMERS, max(200, jobs // 25)))
            _write_jobs(world, writer, rng, jobs, progress)
        _sign_demo_slips(db, rng)
        seed_stock(db, random.Random(seed))
        code = world.outlet_code
    finally:
        db.dispose()
    elapsed = time.perf_counter() - started
    return f"Seeded {jobs} jobs into {data_dir} (outlet {code}) in {elapsed:.1f} s"


# ---- the one-off rows, through the services ------------------------------------------------------


def _set_up_demo_outlet(db: Database, code: str, name: str) -> None:
    username, display_name, phone = data.MANAGER
    manager = set_up_outlet(db, OutletDraft(code, name, data.OUTLET_ADDRESS, data.OUTLET_PHONE),
                            AccountDraft(username, display_name, data.DEMO_PASSWORD, Role.MANAGER, phone))
    with db.transaction() as session:
        session.add(LocalState(key=DEMO_USER_KEY, value=username))
    ctx = AppContext(db, manager)
    for user_name, name, role, user_phone in data.STAFF:
        staff.create_staff(ctx, AccountDraft(user_name, name, data.DEMO_PASSWORD, role, user_phone))
    for kind, brand, model, name, printers, price in data.PRODUCTS:
        cost = yuan_to_fen(price) * data.COST_SHARE_PERCENT // 100
        catalog.create_product(ctx, catalog.ProductDraft(
            kind, brand, model, name, printers, price, specification=data.SPECIFICATIONS.get(model, ""),
            unit=data.UNITS[kind], unit_cost=fen_to_yuan_text(cost)))


# ---- what the bulk path reads once ---------------------------------------------------------------


@dataclass
class _CustomerText:
    id: str
    address: str
    index_parts: list[str]


@dataclass
class _World:
    """The rows jobs refer to, read once: outlet, staff by role, catalog, customers, sequences."""

    outlet_id: str
    outlet_code: str
    reply_hours: dict[Priority, int]
    staff: dict[Role, list[str]]
    products: list[tuple[str, str, int, str]]  # id, brand, price, indexed "brand model name"
    customers: list[_CustomerText] = field(default_factory=list)
    sequences: dict[str, int] = field(default_factory=dict)
    job_count: int = 0
    search_rowids: set[int] = field(default_factory=set)

    @classmethod
    def load(cls, db: Database) -> "_World":
        outlet_id = db.local_value(OUTLET_KEY)
        with db.reader() as session:
            outlet = session.get(Outlet, outlet_id)
            outlet_code = outlet.code
            hours = reply_hours(session, outlet_id)
            by_role: dict[Role, list[str]] = {r: [] for r in Role}
            for user_id, role in session.execute(
                    select(User.id, User.role).where(User.outlet_id == outlet_id, User.active.is_(True),
                                                     User.deleted.is_(False)).order_by(User.username)):
                by_role[Role(role)].append(user_id)
            products = [(p.id, p.brand, p.unit_price_fen, index_text(f"{p.brand} {p.model} {p.name}"))
                        for p in session.scalars(select(Product).where(Product.deleted.is_(False),
                                                                       Product.active.is_(True))
                                                 .order_by(Product.brand, Product.model))]
            customers = [_CustomerText(cid, address, _customer_index_parts(name, phone, company, address))
                         for cid, name, phone, company, address in session.execute(
                             select(Customer.id, Customer.name, Customer.phone, Customer.company,
                                    Customer.address).where(Customer.deleted.is_(False))
                             .order_by(Customer.id))]
            sequences = dict(session.execute(
                select(NumberSequence.period, NumberSequence.last_seq)
                .where(NumberSequence.outlet_code == outlet_code,
                       NumberSequence.kind == NumberKind.JOB.value)).all())
            job_count = session.scalar(select(func.count()).select_from(Job))
            search_rowids = set(session.scalars(text("SELECT rowid FROM job_search")))
        if not by_role[Role.TECHNICIAN] or not products:
            raise RuntimeError("the outlet needs at least one technician and one catalog product "
                               "before demo jobs can be seeded")
        # Managers stand in for missing clerks: someone has to take the calls.
        by_role[Role.CUSTOMER_SERVICE] = by_role[Role.CUSTOMER_SERVICE] or by_role[Role.MANAGER]
        return cls(outlet_id, outlet_code, hours, by_role, products, customers, sequences, job_count,
                   search_rowids)


def _customer_index_parts(name: str, phone: str, company: str, address: str) -> list[str]:
    # index_text joins its non-empty parts with spaces and spaces out CJK characters one by one,
    # so indexing the parts apart and joining them later gives the very same text.
    return [index_text(p) for p in (name, phone, company, address) if p]


# ---- the bulk writer -----------------------------------------------------------------------------


class _Insert:
    """An INSERT of every column of one table, run with executemany over tuples of stored values."""

    def __init__(self, name: str, columns: list[str]) -> None:
        self.values = itemgetter(*columns)
        self.sql = (f"INSERT INTO {name} ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})")

    def run_tuples(self, connection: Connection, rows: list[tuple]) -> None:
        """Insert rows given as tuples in column order."""
        for start in range(0, len(rows), CHUNK_ROWS):
            connection.exec_driver_sql(self.sql, rows[start:start + CHUNK_ROWS])

    def run(self, connection: Connection, rows: list[dict]) -> None:
        """Insert ``rows`` in chunks; values are already in their stored form (UTC text, 0/1)."""
        # Core's per-row parameter processing costs more than SQLite's insert itself here, and the
        # values need no type conversion, so they go to the driver's executemany as plain tuples.
        values = self.values
        for start in range(0, len(rows), CHUNK_ROWS):
            connection.exec_driver_sql(self.sql, list(map(values, rows[start:start + CHUNK_ROWS])))


@dataclass
class _Batch:
    """Rows made for one transaction, handed from the generating thread to the writing one."""

    rows: dict
    outbox: list[tuple]
    search: list[dict]
    sequences: dict[str, int]
    clock: str


class _BulkWriter:
    """Stamps rows and queues them with their outbox entries; a writer thread commits each batch.

    Building rows is Python work that holds the GIL; SQLite releases it while it inserts, so a
    second thread writing batch n while batch n+1 is built keeps both cores of a small laptop busy.
    The writer thread owns the only connection (sqlite3 connections stay in their thread).
    """

    ORDER = (Customer, Job, JobEvent, Visit, RepairRecord, RepairPart)

    def __init__(self, db: Database, outlet_code: str) -> None:
        self.db = db
        self.site = db.site_id
        self.outlet_code = outlet_code
        self.tables = {m: _Insert(m.__tablename__, [c.name for c in m.__table__.columns])
                       for m in self.ORDER}
        # Names in sorted order, so the dicts come out sorted without the encoder sorting each one.
        self.fields = {m: (sorted(replicated_columns(m.__mapper__)),
                           itemgetter(*sorted(replicated_columns(m.__mapper__))))
                       for m in self.ORDER}
        self.outbox_insert = _Insert("outbox", ["table_name", "row_id", "op", "fields", "hlc", "origin",
                                                "published"])
        self.search_insert = _Insert("job_search", ["rowid", "job_id", "body"])
        # The ORM hook writes json.dumps(fields, ensure_ascii=False, sort_keys=True); the names
        # are presorted, which gives the same text.
        self.encode = json.JSONEncoder(ensure_ascii=False).encode
        self._new_batch()
        self._queue: queue.Queue[_Batch | None] = queue.Queue(maxsize=1)
        self._failure: BaseException | None = None
        self._thread = threading.Thread(target=self._write_all, name="demo-writer", daemon=True)

    def _new_batch(self) -> None:
        self.rows: dict = {m: [] for m in self.ORDER}
        self.outbox: list[tuple] = []
        self.search: list[dict] = []
        self.sequences: dict[str, int] = {}

    def add(self, model, row: dict) -> None:  # noqa: ANN001
        """Stamp ``row`` with the site's clock and origin and queue it with its outbox entry."""
        stamp = self.db.clock.now().encode()
        row["hlc"] = stamp
        row["origin"] = self.site
        # The fields are encoded at commit: a job row still changes while its history is played.
        self.outbox.append((model, row))
        self.rows[model].append(row)

    def commit(self) -> None:
        """Hand the rows queued so far to the writer thread as one transaction."""
        batch = _Batch(self.rows, self.outbox, self.search, self.sequences, self.db.clock.last.encode())
        self._new_batch()
        while True:
            if self._failure is not None or not self._thread.is_alive():
                raise RuntimeError("writing demo data failed") from self._failure
            try:
                self._queue.put(batch, timeout=0.5)
                return
            except queue.Full:
                continue

    def __enter__(self) -> "_BulkWriter":
        # The writer's connection must be the only one: SQLite leaves WAL mode only then.
        self.db.engine.dispose()
        self._thread.start()
        return self

    def __exit__(self, exc_type, exc, traceback) -> None:  # noqa: ANN001
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        if exc_type is None and self._failure is not None:
            raise RuntimeError("writing demo data failed") from self._failure

    # -- the writer thread ------------------------------------------------------------------------
    def _write_all(self) -> None:
        try:
            with self.db.engine.connect() as connection:
                run = connection.exec_driver_sql
                run(f"PRAGMA cache_size = -{CACHE_KIB}")
                # While seeding, a rollback journal instead of the write-ahead log: most pages
                # written are new pages appended to the file, which a rollback journal does not
                # copy, whereas the WAL writes every page twice (log, then checkpoint).
                mode = run(f"PRAGMA journal_mode = {SEED_JOURNAL_MODE}").scalar()
                # No fsync per batch: a crash still rolls a batch back whole (the journal is
                # written before the database), only a power cut mid-seed could lose the folder,
                # which is demo data. The file is synced once at the end.
                run("PRAGMA synchronous = OFF")
                connection.commit()
                try:
                    while (batch := self._queue.get()) is not None:
                        with connection.begin():
                            self._write(connection, batch)
                finally:
                    if connection.in_transaction():
                        connection.rollback()
                    if str(mode).lower() != "wal":
                        run("PRAGMA journal_mode = WAL")
                    run("PRAGMA synchronous = NORMAL")
                    connection.commit()
            with open(self.db.path, "rb+") as database_file:
                os.fsync(database_file.fileno())
        except BaseException as error:  # noqa: BLE001 - handed to the generating thread
            self._failure = error

    def _write(self, connection: Connection, batch: _Batch) -> None:
        for model in self.ORDER:
            self.tables[model].run(connection, batch.rows[model])
        encode, site, fields = self.encode, self.site, self.fields
        entries = []
        for model, row in batch.outbox:
            names, values = fields[model]
            entries.append((model.__tablename__, row["id"], "insert",
                            encode(dict(zip(names, values(row)))), row["hlc"], site, False))
        self.outbox_insert.run_tuples(connection, entries)
        self.search_insert.run(connection, batch.search)
        # The clock is stored with the stamps it issued, as the ORM hook does.
        connection.execute(sqlite_insert(LocalState.__table__)
                           .values(key=CLOCK_KEY, value=batch.clock)
                           .on_conflict_do_update(index_elements=["key"], set_={"value": batch.clock}))
        if batch.sequences:
            statement = sqlite_insert(NumberSequence.__table__)
            connection.execute(statement.on_conflict_do_update(
                index_elements=["outlet_code", "kind", "period"],
                set_={"last_seq": func.max(NumberSequence.__table__.c.last_seq,
                                           statement.excluded.last_seq)}),
                [{"outlet_code": self.outlet_code, "kind": NumberKind.JOB.value, "period": p,
                  "last_seq": s} for p, s in sorted(batch.sequences.items())])


# ---- customers -----------------------------------------------------------------------------------


def _weighted(options: dict):  # noqa: ANN202
    """A chooser drawing keys of ``options`` by weight (cumulative weights, one bisect per draw)."""
    keys = list(options)
    cumulative = list(accumulate(options.values()))
    total = cumulative[-1]

    def choose(rng: random.Random):  # noqa: ANN202
        return keys[bisect(cumulative, rng.random() * total)]
    return choose


def _person_name(rng: random.Random) -> str:
    surname = (rng.choice(data.COMPOUND_SURNAMES) if rng.random() < 0.01
               else rng.choices(data.SURNAMES, data.SURNAME_WEIGHTS)[0])
    chars = data.GIVEN_CHARS_MALE if rng.random() < 0.5 else data.GIVEN_CHARS_FEMALE
    given = rng.choice(chars) + (rng.choice(chars) if rng.random() < 0.7 else "")
    return surname + given


def _mobile(rng: random.Random) -> str:
    return rng.choice(data.MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def _landline(rng: random.Random) -> str:
    return f"{rng.choice(data.LANDLINE_AREAS)}-{rng.randrange(2, 10)}{rng.randrange(10**7):07d}"


def _address(rng: random.Random) -> str:
    # Most customers are near the Pudong outlet; the rest are companies' branches further away.
    weights = (55, 25, 6, 7, 4, 3)
    city, districts, roads = rng.choices(data.ADDRESS_AREAS, weights)[0]
    text = f"{city}{rng.choice(districts)}{rng.choice(roads)}{rng.randrange(1, 2000)}{rng.choice(data.BUILDING_SUFFIXES)}"
    if rng.random() < 0.6:
        text += f"{rng.randrange(1, 32)}{rng.randrange(1, 20):02d}室"
    return text


def _customer_row(rng: random.Random) -> dict:
    kind = rng.random()
    company = ""
    email = ""
    if kind < 0.68:
        name, phone = _person_name(rng), _mobile(rng)
    elif kind < 0.74:
        name, phone = rng.choice(data.ENGLISH_NAMES), _mobile(rng)
        email = name.lower().replace(" ", ".").replace("'", "") + "@" + rng.choice(data.EMAIL_DOMAINS)
    else:
        company = rng.choice(data.COMPANIES)
        name = rng.choice(data.ENGLISH_NAMES) if company.isascii() else _person_name(rng)
        phone = _landline(rng) if rng.random() < 0.5 else _mobile(rng)
    if not email and rng.random() < 0.15:
        email = f"{phone.replace('-', '')[-8:]}@{rng.choice(data.EMAIL_DOMAINS)}"
    return {"id": uuid7(), "name": name, "phone": phone, "company": company, "address": _address(rng),
            "email": email, "note": "", "deleted": False}


def _top_up_customers(world: _World, writer: _BulkWriter, rng: random.Random, target: int) -> None:
    missing = target - len(world.customers)
    for _ in range(missing):
        row = _customer_row(rng)
        writer.add(Customer, row)
        world.customers.append(_CustomerText(row["id"], row["address"], _customer_index_parts(
            row["name"], row["phone"], row["company"], row["address"])))
    if missing > 0:
        writer.commit()


# ---- jobs ----------------------------------------------------------------------------------------

_DAY_PREFIX: dict[int, str] = {}
_CLOCK_TEXT = [f"T{h:02d}:{m:02d}:{sec:02d}.000000Z" for h in range(24) for m in range(60) for sec in range(60)]


def _utc_text(ts: int) -> str:
    """Epoch seconds as the stored UTC text (same format as storage.types.to_utc_text)."""
    day, seconds = divmod(ts, 86400)
    prefix = _DAY_PREFIX.get(day)
    if prefix is None:
        prefix = _DAY_PREFIX[day] = (date(1970, 1, 1) + timedelta(days=day)).isoformat()
    return prefix + _CLOCK_TEXT[seconds]


def _local_period(ts: int) -> str:
    """The local ``yyyymm`` a job taken at ``ts`` is numbered in (as services.jobs.next_number)."""
    local = time.localtime(ts)
    return f"{local.tm_year:04d}{local.tm_mon:02d}"


def _creation_times(rng: random.Random, count: int, now: int) -> list[int]:
    """When each job came in, oldest first: over ~18 months, busier lately, a share in the last days."""
    recent = min(count, max(12, count // 40))
    times = []
    for index in range(count):
        if index < recent:
            # Some only minutes or hours old, so their reply time is still ahead.
            age = rng.uniform(600, 2 * 86400) if index % 3 == 0 else rng.uniform(600, RECENT_DAYS * 86400)
        else:
            # A triangular draw leaning to the present: the business grew over the period.
            age = rng.triangular(RECENT_DAYS * 86400, HISTORY_DAYS * 86400, RECENT_DAYS * 86400)
        times.append(now - int(age))
    times.sort()
    return times


class _JobBuilder:
    """Builds one job's rows (job, timeline, visits, repairs, parts, search text) from its final status."""

    def __init__(self, world: _World, writer: _BulkWriter, rng: random.Random, now: int) -> None:
        self.world, self.writer, self.rng, self.now = world, writer, rng, now
        self.channel = _weighted(_CHANNELS)
        self.priority = _weighted(_PRIORITIES)
        self.fault = _weighted(data.FAULT_WEIGHTS)
        self.satisfaction = _weighted(_SATISFACTION)
        self.status_by_age = [(limit, _weighted(weights)) for limit, weights in _STATUS_BY_AGE]
        self.products_by_brand: dict[str, list] = {}
        for product in world.products:
            self.products_by_brand.setdefault(product[1], []).append(product)
        self.index_cache: dict[str, str] = {}
        self.clerks = world.staff[Role.CUSTOMER_SERVICE]
        self.managers = world.staff[Role.MANAGER] or self.clerks
        self.technicians = world.staff[Role.TECHNICIAN]
        # Every status at least once, even in a small demo: the first young jobs take them in turn.
        self.forced = list(JobStatus)

    def _indexed(self, text: str) -> str:
        value = self.index_cache.get(text)
        if value is None:
            value = self.index_cache[text] = index_text(text)
        return value

    def _status_for(self, created: int) -> JobStatus:
        age_days = (self.now - created) / 86400
        if age_days < RECENT_DAYS and self.forced:
            return self.forced.pop()
        for limit, choose in self.status_by_age:
            if limit is None or age_days < limit:
                return choose(self.rng)
        raise AssertionError("unreachable")

    def _after(self, moment: int, typical_minutes: float) -> int:
        """A time after ``moment``, about ``typical_minutes`` later but never in the future."""
        step = int(typical_minutes * 60 * self.rng.uniform(0.3, 1.7)) + 60
        if moment + step >= self.now - 60:
            step = max(1, int((self.now - moment) * self.rng.uniform(0.05, 0.4)))
        return moment + step

    def build(self, created: int, number: str) -> None:
        rng, world = self.rng, self.world
        final = self._status_for(created)
        customer = rng.choice(world.customers)
        product = rng.choice(world.products)
        channel = self.channel(rng)
        priority = self.priority(rng)
        fault = self.fault(rng)
        description = rng.choice(data.DESCRIPTIONS[fault])
        serial = "" if rng.random() < 0.2 else f"{product[1][:2].upper()}{rng.randrange(10**9):09d}"
        purchase = (None if rng.random() < 0.15
                    else (date.fromtimestamp(created) - timedelta(days=rng.randrange(5, 400))).isoformat())
        clerk = rng.choice(self.clerks)
        job_id = uuid7()
        job = {"id": job_id, "number": number, "outlet_id": world.outlet_id, "channel": channel.value,
               "customer_id": customer.id, "product_id": product[0], "serial_number": serial,
               "purchase_date": purchase, "fault_category": fault.value, "description": description,
               "priority": priority.value, "priority_rank": priority.rank,
               "reply_due_at": _utc_text(created + world.reply_hours[priority] * 3600),
               "created_at": _utc_text(created), "created_by": clerk, "assigned_to": None,
               "satisfaction": None, "status": JobStatus.NEW.value, "done_at": None, "deleted": False}
        self.writer.add(Job, job)
        timeline = _Timeline(self, job, created)
        timeline.event(clerk, created, EventKind.CREATED, note=description)
        timeline.play(final, customer.address, product, fault)
        # The search row's rowid follows creation time, as services.jobs.reindex_job makes it.
        rowid = created * 1_000_000 * SEARCH_SLOTS
        while rowid in world.search_rowids:
            rowid += 1
        world.search_rowids.add(rowid)
        self.writer.search.append({"rowid": rowid, "job_id": job_id, "body": " ".join(
            [number, *customer.index_parts, *([serial] if serial else []), product[3],
             self._indexed(description)])})


class _Timeline:
    """Plays a plausible history for one job up to its final status, writing each step's rows."""

    def __init__(self, builder: _JobBuilder, job: dict, created: int) -> None:
        self.b, self.job, self.t = builder, job, created
        self.status = JobStatus.NEW
        self.planned_visit: dict | None = None

    def event(self, user: str, at: int, kind: EventKind, *, to: JobStatus | None = None,
              note: str = "", assignee: str | None = None) -> None:
        """One timeline entry; a status change updates the job's derived status and done time."""
        self.b.writer.add(JobEvent, {
            "id": uuid7(), "job_id": self.job["id"], "at": _utc_text(at), "user_id": user,
            "kind": kind.value, "from_status": self.status.value if to else None,
            "to_status": to.value if to else None, "assignee_id": assignee, "note": note,
            "deleted": False})
        if to is not None and to != self.status:
            self.status = to
            self.job["status"] = to.value
            self.job["done_at"] = _utc_text(at) if to in DONE_STATUSES else None

    # -- steps --------------------------------------------------------------------------------------
    def assign(self, by_manager: bool = False) -> None:
        b = self.b
        self.t = b._after(self.t, 40)
        technician = b.rng.choice(b.technicians)
        self.job["assigned_to"] = technician
        user = b.rng.choice(b.managers if by_manager else b.clerks)
        target = JobStatus.ASSIGNED if self.status in (JobStatus.NEW, JobStatus.ESCALATED) else self.status
        self.event(user, self.t, EventKind.ASSIGNED, to=target, assignee=technician)

    def schedule(self, address: str, visit_in_past: bool = True) -> None:
        b = self.b
        self.t = b._after(self.t, 90)
        technician = self.job["assigned_to"]
        if visit_in_past:
            starts = b._after(self.t, 24 * 60)
        else:
            # Upcoming visits fill the technicians' agendas from today on, so a newcomer opening
            # "Agenda" sees real work (older scheduled jobs count as rescheduled).
            hours_ahead = b.rng.uniform(1, 9) if b.rng.random() < 0.4 else b.rng.uniform(9, 6 * 24)
            starts = max(self.t + int(b.rng.uniform(2, 72) * 3600), b.now + int(hours_ahead * 3600))
        starts -= starts % 1800  # visits are booked on the half hour
        starts = max(starts, self.t)
        ends = starts + b.rng.choice((1, 2, 2, 3, 4)) * 3600
        if visit_in_past and ends > b.now - 60:
            ends = starts + max(60, (b.now - starts) // 2)
        tools = b.rng.choice(data.TOOLS)
        visit = {"id": uuid7(), "job_id": self.job["id"], "technician_id": technician,
                 "starts_at": _utc_text(starts), "ends_at": _utc_text(ends), "address": address,
                 "tools": tools, "parts_to_bring": "", "note": "", "status": "planned", "deleted": False,
                 "_ends": ends}
        user = technician if b.rng.random() < 0.3 else b.rng.choice(b.clerks)
        note = f"{time.strftime('%Y-%m-%d %H:%M', time.localtime(starts))} {address}"
        self.event(user, self.t, EventKind.VISIT_SCHEDULED, to=JobStatus.SCHEDULED,
                   assignee=technician, note=note)
        self.planned_visit = visit

    def repair(self, outcome: RepairOutcome, product: tuple, fault: FaultCategory) -> None:
        b, rng = self.b, self.b.rng
        technician = self.job["assigned_to"]
        visit = self.planned_visit
        if visit is not None:
            visit["status"] = "done"
            self.t = max(self.t + 60, visit.pop("_ends"))
            self._write_visit(visit)
            self.planned_visit = None
        else:
            self.t = b._after(self.t, 180)  # a bench repair at the outlet
        symptom, diagnosis, work = rng.choice(data.REPAIR_WORDS[fault])
        passed = outcome == RepairOutcome.FIXED or rng.random() < 0.3
        record = {"id": uuid7(), "job_id": self.job["id"], "visit_id": visit["id"] if visit else None,
                  "technician_id": technician, "recorded_at": _utc_text(self.t),
                  "fault_confirmed": outcome != RepairOutcome.FIXED or rng.random() < 0.9,
                  "symptom": symptom, "diagnosis": diagnosis, "work_done": work,
                  "labour_minutes": rng.randrange(15, 181, 5), "test_performed": rng.choice(data.TESTS),
                  "test_passed": passed, "outcome": outcome.value, "deleted": False}
        b.writer.add(RepairRecord, record)
        if outcome != RepairOutcome.NOT_FIXED or rng.random() < 0.4:
            parts = [product]
            if rng.random() < 0.25:
                parts.append(rng.choice(b.products_by_brand[product[1]]))
            for part in dict.fromkeys(parts):
                b.writer.add(RepairPart, {"id": uuid7(), "repair_id": record["id"], "product_id": part[0],
                                          "quantity": 1 if rng.random() < 0.85 else 2,
                                          "unit_price_fen": part[2], "deleted": False})
        target = {RepairOutcome.FIXED: JobStatus.RESOLVED, RepairOutcome.NOT_FIXED: JobStatus.IN_PROGRESS,
                  RepairOutcome.NEEDS_RETURN: JobStatus.RETURN_PENDING}[outcome]
        self.event(technician, self.t, EventKind.REPAIR_RECORDED, to=target, note=outcome.label)

    def escalate(self) -> None:
        b = self.b
        self.t = b._after(self.t, 120)
        user = self.job["assigned_to"] or b.rng.choice(b.clerks)
        self.event(user, self.t, EventKind.ESCALATED, to=JobStatus.ESCALATED,
                   note=b.rng.choice(data.ESCALATION_REASONS))

    def reopen(self) -> None:
        b = self.b
        self.t = b._after(self.t, 24 * 60)
        self.event(b.rng.choice(b.clerks), self.t, EventKind.REOPENED, to=JobStatus.ASSIGNED,
                   note=b.rng.choice(data.REOPEN_REASONS))

    def close(self) -> None:
        b = self.b
        self.t = b._after(self.t, 24 * 60)
        score = b.satisfaction(b.rng)
        self.job["satisfaction"] = score
        note = b.rng.choice(data.LOW_SATISFACTION_NOTES if score <= 2 else data.CLOSE_NOTES)
        self.event(b.rng.choice(b.clerks), self.t, EventKind.CLOSED, to=JobStatus.CLOSED, note=note)

    def cancel(self) -> None:
        b = self.b
        self.t = b._after(self.t, 6 * 60)
        if self.planned_visit is not None:
            self.planned_visit["status"] = "cancelled"
            self.planned_visit.pop("_ends")
            self._write_visit(self.planned_visit)
            self.planned_visit = None
        self.event(b.rng.choice(b.managers + b.clerks), self.t, EventKind.CANCELLED, to=JobStatus.CANCELLED,
                   note=b.rng.choice(data.CANCEL_REASONS))

    def _write_visit(self, visit: dict) -> None:
        self.b.writer.add(Visit, visit)

    def finish(self) -> None:
        """Write a visit still planned (the job is waiting for it)."""
        if self.planned_visit is not None:
            self.planned_visit.pop("_ends")
            self._write_visit(self.planned_visit)
            self.planned_visit = None

    # -- whole histories ---------------------------------------------------------------------------
    def play(self, final: JobStatus, address: str, product: tuple, fault: FaultCategory) -> None:
        """Walk the job from 'new' to ``final`` along a path that fits it."""
        rng = self.b.rng
        S = JobStatus
        if final == S.NEW:
            pass
        elif final == S.ASSIGNED:
            if rng.random() < 0.1:
                self.escalate()
                self.assign(by_manager=True)
            else:
                self.assign()
        elif final == S.SCHEDULED:
            self.assign()
            self.schedule(address, visit_in_past=False)
        elif final == S.IN_PROGRESS:
            self.assign()
            if rng.random() < 0.7:
                self.schedule(address)
            self.repair(RepairOutcome.NOT_FIXED, product, fault)
        elif final == S.ESCALATED:
            self.assign()
            if rng.random() < 0.5:
                self.schedule(address)
                self.repair(RepairOutcome.NOT_FIXED, product, fault)
            self.escalate()
        elif final in (S.RESOLVED, S.RETURN_PENDING, S.CLOSED):
            self._work_to_done(final, address, product, fault)
        elif final == S.CANCELLED:
            if rng.random() < 0.6:
                self.assign()
                if rng.random() < 0.3:
                    self.schedule(address, visit_in_past=False)
            self.cancel()
        self.finish()

    def _work_to_done(self, final: JobStatus, address: str, product: tuple, fault: FaultCategory) -> None:
        rng = self.b.rng
        S = JobStatus
        self.assign()
        if rng.random() < 0.04:
            self.escalate()
            self.assign(by_manager=True)
        on_site = rng.random() < 0.8
        if on_site:
            self.schedule(address)
        if rng.random() < 0.12:
            self.repair(RepairOutcome.NOT_FIXED, product, fault)
            if on_site:
                self.schedule(address)
        if final == S.RETURN_PENDING or (final == S.CLOSED and rng.random() < 0.08):
            self.repair(RepairOutcome.NEEDS_RETURN, product, fault)
        else:
            self.repair(RepairOutcome.FIXED, product, fault)
            if final == S.CLOSED and rng.random() < 0.05:
                # Unhappy at the follow-up call: another visit until satisfied.
                self.reopen()
                self.schedule(address)
                self.repair(RepairOutcome.FIXED, product, fault)
        if final == S.CLOSED:
            self.close()


def _write_jobs(world: _World, writer: _BulkWriter, rng: random.Random, count: int,
                progress: Callable[[int, int], None] | None) -> None:
    if count <= 0:
        return
    now = int(utc_now().timestamp())
    builder = _JobBuilder(world, writer, rng, now)
    sequences = dict(world.sequences)
    done = 0
    for created in _creation_times(rng, count, now):
        period = _local_period(created)
        sequences[period] = sequences.get(period, 0) + 1
        writer.sequences[period] = sequences[period]
        builder.build(created, format_number(world.outlet_code, NumberKind.JOB, period, sequences[period]))
        done += 1
        if done % BATCH_JOBS == 0 or done == count:
            writer.commit()
            if progress is not None:
                progress(done, count)
    world.sequences = sequences
    world.job_count += count


# ---- signed slips --------------------------------------------------------------------------------

#: Closed jobs whose latest repair gets a signed slip, so a newcomer can open and reprint one.
DEMO_SLIPS = 12


def synthetic_signature(rng: random.Random, letters: int = 5) -> Strokes:
    """A plausible handwritten signature: slanted cursive loops of varying size, then an underline."""
    strokes = []
    x, t = rng.uniform(0.05, 0.1), 0
    slant = rng.uniform(0.15, 0.35)
    for _word in range(rng.randint(1, 2)):
        points = []
        loops = max(2, letters + rng.randint(-1, 1))
        steps = 14 * loops
        step_x = rng.uniform(0.045, 0.07)
        for i in range(steps + 1):
            u = i / steps * loops * 2 * math.pi
            height = 0.12 + 0.1 * abs(math.sin(u / 2.3 + rng.random() * 0.2))
            rise = height * (1 - math.cos(u)) / 2  # 0 on the baseline, ``height`` at the top of a letter
            px = x + step_x * u / (2 * math.pi) - 0.03 * math.sin(u) + slant * rise
            py = 0.62 - rise
            points.append(Point(px, py, t, 0.3 + 0.5 * (1 - rise / 0.22)))
            t += rng.randint(6, 14)
        strokes.append(tuple(points))
        x = points[-1].x + rng.uniform(0.04, 0.08)
        t += rng.randint(150, 400)
    end = min(0.95, x)
    underline = tuple(Point(0.06 + (end - 0.06) * i / 20, 0.72 + 0.02 * math.sin(i / 3) - 0.002 * i,
                            t + 9 * i, 0.6 - 0.02 * i) for i in range(21))
    strokes.append(underline)
    return Strokes(tuple(strokes), aspect=3.0).normalised()


def _sign_demo_slips(db: Database, rng: random.Random) -> None:
    """Have the customers of the latest closed, fixed jobs sign slips, through the slip service."""
    from aftersales_desktop.services import slips

    with db.reader() as session:
        rows = session.execute(
            select(RepairRecord.id, RepairRecord.recorded_at, User.id, User.username, User.display_name,
                   User.outlet_id, Customer.name)
            .join(Job, Job.id == RepairRecord.job_id).join(Customer, Customer.id == Job.customer_id)
            .join(User, User.id == RepairRecord.technician_id)
            .where(Job.status == JobStatus.CLOSED.value, RepairRecord.outcome == RepairOutcome.FIXED.value,
                   RepairRecord.id.not_in(select(Slip.repair_id)))
            .order_by(RepairRecord.recorded_at.desc()).limit(DEMO_SLIPS)).all()
        saved = set(session.scalars(select(Signature.user_id).where(Signature.specimen.is_(True))))
    for repair_id, recorded_at, user_id, username, name, outlet_id, customer in reversed(rows):
        signed = recorded_at + timedelta(minutes=rng.randint(3, 20))
        ctx = AppContext(db, CurrentUser(user_id, username, name, Role.TECHNICIAN, outlet_id),
                         now=lambda moment=signed: moment)
        if user_id not in saved:
            slips.save_signature_specimen(ctx, synthetic_signature(rng, 3))
            saved.add(user_id)
        customer_signs = SignatureInput(customer, strokes=synthetic_signature(rng, len(customer) + 2))
        summary = slips.issue_slip(ctx, repair_id, customer_signs)
        slips.record_output(ctx, summary.id, SlipFormat.ROLL_80, "printer", 0)


__all__ = ["seed_demo", "demo_username", "DEMO_USER_KEY"]
