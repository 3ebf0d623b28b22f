"""The demo outlet: a living outlet whose bulk-written rows obey the same data rules as service writes."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, text

from aftersales_desktop.domain.jobs import JobStatus, StatusEvent, can_move, derive_status
from aftersales_desktop.domain.numbering import NUMBER
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.demo import demo_username, seed_demo
from aftersales_desktop.services.jobs import (DONE_STATUSES, JobQuery, JobSort, count_jobs, list_jobs,
                                              search_body)
from aftersales_desktop.services.outlet import log_in
from aftersales_desktop.storage.database import (CLOCK_KEY, encode_value, open_database,
                                                 replicated_columns)
from aftersales_desktop.storage.models import (REPLICATED_TABLES, Base, Customer, Job, JobEvent,
                                               NumberSequence, Product)

SEEDED_JOBS = 300
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,3}$")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """A folder seeded once with the demo outlet and 300 jobs (shared: seeding is the slow part)."""
    folder = tmp_path_factory.mktemp("demo")
    report = seed_demo(folder, jobs=SEEDED_JOBS, seed=7)
    assert report.startswith(f"Seeded {SEEDED_JOBS} jobs into {folder} (outlet SH01) in ")
    return folder


@pytest.fixture
def db(seeded: Path):
    database = open_database(seeded)
    yield database
    database.dispose()


def _manager(db) -> AppContext:
    return AppContext(db, log_in(db, "manager", "demo123"))


def test_demo_manager_logs_in_with_the_demo_password(db):
    assert demo_username(db) == "manager"
    user = log_in(db, "manager", "demo123")
    assert user.role == "manager" and user.display_name == "张建国"
    assert log_in(db, "tech.wang", "demo123").role == "technician"


def test_every_status_is_present_and_some_open_jobs_are_overdue_or_due_soon(db):
    now = datetime.now(timezone.utc)
    with db.reader() as session:
        jobs = session.scalars(select(Job)).all()
        session.expunge_all()
    assert {JobStatus(j.status) for j in jobs} == set(JobStatus)
    open_jobs = [j for j in jobs if j.done_at is None]
    assert all(JobStatus(j.status) not in DONE_STATUSES for j in open_jobs)
    assert any(j.reply_due_at < now for j in open_jobs), "no overdue job"
    assert any(now <= j.reply_due_at < now + timedelta(hours=48) for j in open_jobs), "nothing due soon"
    assert all(j.created_at > now - timedelta(days=560) and j.created_at <= now for j in jobs)
    assert all(j.satisfaction is not None for j in jobs if j.status == JobStatus.CLOSED)


def test_status_and_done_time_follow_from_each_jobs_events(db):
    with db.reader() as session:
        events = defaultdict(list)
        for event in session.scalars(select(JobEvent)):
            events[event.job_id].append(event)
        jobs = session.scalars(select(Job)).all()
        session.expunge_all()
    for job in jobs:
        history = sorted(events[job.id], key=lambda e: (e.hlc, e.id))
        assert history[0].kind == "created"
        changes = [StatusEvent(e.hlc, e.id, JobStatus(e.to_status)) for e in history if e.to_status]
        assert derive_status(changes) == JobStatus(job.status), job.number
        current = JobStatus.NEW
        for event in history:
            assert event.at >= job.created_at
            if event.to_status:
                assert event.from_status == current.value
                assert current == JobStatus(event.to_status) or can_move(current, JobStatus(event.to_status))
                current = JobStatus(event.to_status)
        last_change = [e for e in history if e.to_status and e.to_status != e.from_status][-1:] or [None]
        if JobStatus(job.status) in DONE_STATUSES:
            assert job.done_at == last_change[0].at
        else:
            assert job.done_at is None


def test_every_replicated_row_is_stamped_and_has_an_outbox_entry_like_the_orm_hook_writes(db):
    with db.engine.connect() as connection:
        site = db.site_id
        outbox = defaultdict(dict)
        latest = {}  # (table, row id) -> the HLC of its last change
        for table_name, row_id, op, fields, hlc, origin in connection.execute(text(
                "SELECT table_name, row_id, op, fields, hlc, origin FROM outbox ORDER BY seq")):
            assert origin == site
            latest[(table_name, row_id)] = hlc
            if op == "update":  # the services' own later changes (a count entered, a level set)
                assert row_id in outbox[table_name], "an update before its row's insert"
                continue
            assert op == "insert"
            assert row_id not in outbox[table_name], "two entries for one inserted row"
            outbox[table_name][row_id] = (json.loads(fields), hlc, fields)
        stamps = []
        for replicated in REPLICATED_TABLES:
            rows = connection.execute(select(replicated.c.id, replicated.c.hlc, replicated.c.origin)).all()
            assert len(rows) == len(outbox[replicated.name]), replicated.name
            for row_id, hlc, origin in rows:
                assert origin == site and latest[(replicated.name, row_id)] == hlc
                stamps.append(hlc)
        assert len(set(stamps)) == len(stamps), "HLC stamps must be unique on one site"
        stored_clock = connection.scalar(text("SELECT value FROM local_state WHERE key = :k"), {"k": CLOCK_KEY})
        assert stored_clock == max(stamps)
    mappers = {m.local_table.name: m for m in Base.registry.mappers}
    with db.reader() as session:
        for model in (Job, Customer, JobEvent):
            row = session.scalars(select(model).limit(1)).one()
            names = replicated_columns(mappers[model.__tablename__])
            expected = {n: encode_value(getattr(row, n)) for n in names}
            fields, _hlc, raw = outbox[model.__tablename__][row.id]
            assert fields == expected
            assert raw == json.dumps(expected, ensure_ascii=False, sort_keys=True)


def test_search_text_is_what_the_service_would_index(db):
    with db.reader() as session:
        bodies = dict(session.execute(text("SELECT job_id, body FROM job_search")).all())
        jobs = session.scalars(select(Job).order_by(Job.number).limit(40)).all()
        assert len(bodies) == SEEDED_JOBS
        for job in jobs:
            customer = session.get(Customer, job.customer_id)
            product = session.get(Product, job.product_id)
            assert bodies[job.id] == search_body(job, customer, product)


def test_a_chinese_customer_is_found_by_one_and_two_characters_of_the_name(db):
    ctx = _manager(db)
    with db.reader() as session:
        name, customer_id = next(
            (n, i) for n, i in session.execute(
                select(Customer.name, Customer.id).join(Job, Job.customer_id == Customer.id)
                .order_by(Job.number)) if _CJK_NAME.match(n))
        customer_jobs = set(session.scalars(select(Job.id).where(Job.customer_id == customer_id)))
    for needle in (name[-1], name[:2]):
        # A long page: a one-character name is shared by many jobs.
        found = {r.id for r in list_jobs(ctx, JobQuery(text=needle), limit=SEEDED_JOBS).rows}
        assert customer_jobs <= found, needle
    assert {r.id for r in list_jobs(ctx, JobQuery(text="浦东"), limit=5).rows}


def test_the_same_seed_gives_the_same_customers(tmp_path):
    def names(folder: Path, seed: int) -> list[str]:
        seed_demo(folder, jobs=5, seed=seed)
        database = open_database(folder)
        try:
            with database.reader() as session:
                return list(session.scalars(select(Customer.name).order_by(Customer.name, Customer.phone)))
        finally:
            database.dispose()

    first = names(tmp_path / "a", 11)
    assert first == names(tmp_path / "b", 11)
    assert first != names(tmp_path / "c", 12)
    assert any(_CJK_NAME.match(n) for n in first) and any(n.isascii() for n in first)


def test_a_second_call_adds_jobs_numbered_on_without_collisions(tmp_path):
    folder = tmp_path / "again"
    seed_demo(folder, jobs=120, seed=3)
    report = seed_demo(folder, jobs=80, seed=3)
    assert report.startswith("Seeded 80 jobs")
    database = open_database(folder)
    try:
        with database.reader() as session:
            numbers = list(session.scalars(select(Job.number)))
            outlets = session.scalar(text("SELECT count(*) FROM outlets"))
            sequences = {s.period: s.last_seq for s in session.scalars(select(NumberSequence))
                         if s.kind == "J"}
            slips = list(session.scalars(text("SELECT number FROM slips")))
        assert len(numbers) == 200 and len(set(numbers)) == 200 and outlets == 1
        highest = defaultdict(int)
        for number in numbers:
            match = NUMBER.match(number)
            assert match and match["outlet"] == "SH01" and match["kind"] == "J"
            highest[match["period"]] = max(highest[match["period"]], int(match["seq"]))
        assert sequences == dict(highest)
        assert len(slips) == len(set(slips)) > 12  # each call signs slips for more closed jobs
    finally:
        database.dispose()


def test_a_broad_search_pages_newest_first_through_every_match(db):
    ctx = _manager(db)
    query = JobQuery(text="浦东")
    seen, after = [], None
    while True:
        page = list_jobs(ctx, query, after=after, limit=40)
        seen += page.rows
        if page.next_cursor is None:
            break
        after = page.next_cursor
    assert len(seen) == len({r.id for r in seen}) == count_jobs(ctx, query) > 40
    assert [r.created_at for r in seen] == sorted((r.created_at for r in seen), reverse=True)
    oldest = list_jobs(ctx, JobQuery(text="浦东", sort=JobSort.OLDEST), limit=5).rows
    assert [r.id for r in oldest] == [r.id for r in reversed(seen)][:5]


def test_the_demo_outlet_has_parts_suppliers_requisitions_and_a_count_under_way(db):
    from aftersales_desktop.domain.requisitions import RequisitionStatus
    from aftersales_desktop.domain.stocktakes import StocktakeStatus
    from aftersales_desktop.services import requisitions, stock, stocktakes, suppliers

    manager = AppContext(db, log_in(db, "manager", "demo123"))
    assert stock.on_hand(manager)
    assert {a.kind for a in stock.alerts(manager)} == {"below_safety", "expiring"}
    listed = suppliers.list_suppliers(manager)
    assert len(listed) == 3 and [s.name for s in listed if s.flagged] == ["深圳速印科技有限公司"]
    statuses = {r.status for r in requisitions.list_requisitions(manager)}
    assert statuses == {RequisitionStatus.SUBMITTED, RequisitionStatus.PARTLY_APPROVED, RequisitionStatus.REJECTED,
                        RequisitionStatus.ISSUED, RequisitionStatus.SHIPPED, RequisitionStatus.RECEIVED}
    assert [t.status for t in stocktakes.list_stocktakes(manager)] == [StocktakeStatus.COUNTING]
    from aftersales_desktop.domain.quality import QualityStatus, ReturnStatus
    from aftersales_desktop.services import quality

    assert {c.status for c in quality.list_quality_cases(manager)} == {QualityStatus.RESOLVED, QualityStatus.ESCALATED}
    assert {c.status for c in quality.list_return_cases(manager)} == {ReturnStatus.ACCEPTED, ReturnStatus.DECLINED}
    for username in ("tech.wang", "tech.li", "tech.chen", "tech.zhao"):
        held = requisitions.technician_stock(AppContext(db, log_in(db, username, "demo123")))
        assert held and min(p.held for p in held) >= 0, username  # issues cover every recorded repair
