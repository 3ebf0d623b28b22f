"""Change capture: every replicated write lands in the outbox in the same transaction, or nothing does."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority, ProductType
from aftersales_desktop.domain.hlc import Timestamp
from aftersales_desktop.services import catalog, jobs
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.storage.database import CLOCK_KEY, HardDeleteRefused, open_database
from aftersales_desktop.storage.models import (Customer, Job, JobEvent, NumberSequence, OutboxEntry,
                                               Product)
from tests.services.support import _outlet_template, fast_passwords, outlet_copy  # noqa: F401  (fixtures)

NOW = datetime(2026, 3, 16, 2, 0, tzinfo=timezone.utc)


def outbox(db, after: int = 0) -> list[dict]:
    with db.reader() as session:
        rows = session.scalars(select(OutboxEntry).where(OutboxEntry.seq > after).order_by(OutboxEntry.seq))
        return [dict(seq=r.seq, table=r.table_name, row_id=r.row_id, op=r.op, fields=json.loads(r.fields),
                     hlc=r.hlc, origin=r.origin) for r in rows]


def last_seq(db) -> int:
    with db.reader() as session:
        return session.scalar(select(func.coalesce(func.max(OutboxEntry.seq), 0)))


def rows(db, model) -> int:
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(model))


def job_draft(**changes) -> jobs.JobDraft:
    values = dict(channel=Channel.HOTLINE, fault_category=FaultCategory.PRINT_QUALITY,
                  priority=Priority.NORMAL, description="打印有黑色条纹",
                  new_customer=CustomerDraft("王芳", "13812345678", address="上海市浦东新区张江路88号"),
                  product_model="CF283A")
    values.update(changes)
    return jobs.JobDraft(**values)


def test_an_insert_writes_one_outbox_entry_with_the_replicated_columns(outlet):
    db = outlet.db
    before = last_seq(db)
    with db.transaction() as session:
        customer = Customer(name="王芳", phone="13812345678")
        session.add(customer)
    entries = outbox(db, before)
    assert len(entries) == 1
    entry = entries[0]
    assert (entry["table"], entry["row_id"], entry["op"], entry["origin"]) == (
        "customers", customer.id, "insert", db.site_id)
    assert set(entry["fields"]) == {"name", "phone", "company", "address", "email", "note", "deleted"}
    assert entry["fields"]["name"] == "王芳" and entry["fields"]["deleted"] is False
    with db.reader() as session:
        stored = session.get(Customer, customer.id)
        assert stored.hlc == entry["hlc"] and stored.origin == db.site_id


def test_a_job_travels_without_its_locally_derived_columns(outlet):
    before = last_seq(outlet.db)
    job = jobs.create_job(AppContext(outlet.db, outlet.clerk.user, now=lambda: NOW), job_draft())
    entry = next(e for e in outbox(outlet.db, before) if e["table"] == "jobs")
    assert entry["row_id"] == job.id and entry["op"] == "insert"
    assert not {"status", "done_at", "hlc", "origin", "id"} & set(entry["fields"])
    assert entry["fields"]["created_at"] == "2026-03-16T02:00:00.000000Z"
    assert entry["fields"]["number"] == job.number


def test_outbox_clock_increases_with_every_write_and_is_persisted(outlet):
    db = outlet.db
    ctx = AppContext(db, outlet.clerk.user, now=lambda: NOW)
    for n in range(3):
        jobs.create_job(ctx, job_draft(description=f"第{n}次"))
    entries = outbox(db)
    stamps = [e["hlc"] for e in entries]
    assert len(stamps) > 10
    assert all(a < b for a, b in zip(stamps, stamps[1:]))
    assert db.local_value(CLOCK_KEY) == stamps[-1]


def test_an_update_records_only_the_changed_field(outlet):
    db = outlet.db
    with db.transaction() as session:
        customer = Customer(name="王芳", phone="13812345678")
        session.add(customer)
    before = last_seq(db)
    with db.transaction() as session:
        session.get(Customer, customer.id).phone = "13900000000"
    entries = outbox(db, before)
    assert [(e["op"], e["row_id"], e["fields"]) for e in entries] == [
        ("update", customer.id, {"phone": "13900000000"})]
    with db.reader() as session:
        assert session.get(Customer, customer.id).hlc == entries[0]["hlc"]


def test_assigning_an_unchanged_value_records_nothing(outlet):
    db = outlet.db
    before = last_seq(db)
    with db.transaction() as session:
        product = session.get(Product, outlet.product_id)
        product.model = product.model
        product.unit_price_fen = 26800
    assert outbox(db, before) == []


def test_a_status_change_travels_as_an_event_not_as_a_job_update(outlet):
    ctx = AppContext(outlet.db, outlet.clerk.user, now=lambda: NOW)
    job = jobs.create_job(ctx, job_draft())
    before = last_seq(outlet.db)
    jobs.escalate_job(ctx, job.id, "客户要求经理处理")
    entries = outbox(outlet.db, before)
    assert [(e["table"], e["op"]) for e in entries] == [("job_events", "insert")]
    assert entries[0]["fields"]["to_status"] == "escalated"


def test_a_hard_delete_of_a_replicated_row_is_refused_and_nothing_changes(outlet):
    db = outlet.db
    before = last_seq(db)
    with pytest.raises(HardDeleteRefused):
        with db.transaction() as session:
            session.delete(session.get(Product, outlet.product_id))
    assert rows(db, Product) == 1
    assert outbox(db, before) == []


# ---- failure part-way: all or nothing ----------------------------------------------------------


def test_a_transaction_that_fails_after_a_flush_leaves_no_row_and_no_outbox_entry(outlet):
    db = outlet.db
    before, clock_before, customers_before = last_seq(db), db.local_value(CLOCK_KEY), rows(db, Customer)
    with pytest.raises(RuntimeError, match="power cut"):
        with db.transaction() as session:
            session.add(Customer(name="王芳", phone="13812345678"))
            session.flush()
            # Inside the transaction the row and its change record exist...
            assert session.scalar(select(func.count()).select_from(OutboxEntry)
                                  .where(OutboxEntry.seq > before)) == 1
            raise RuntimeError("power cut")
    # ...after the failure neither does, and the stored clock did not move.
    assert rows(db, Customer) == customers_before
    assert outbox(db, before) == []
    assert db.local_value(CLOCK_KEY) == clock_before


def test_create_job_failing_after_customer_and_job_were_flushed_writes_nothing(outlet):
    """The timeline write fails (a trigger stands in for a full disk) after the customer and
    the job were flushed: no customer, no job, no outbox entry, no number used up."""
    db = outlet.db
    ctx = AppContext(db, outlet.clerk.user, now=lambda: NOW)
    before = last_seq(db)
    counts = {m: rows(db, m) for m in (Customer, Job, JobEvent, NumberSequence)}
    with db.engine.begin() as connection:
        connection.execute(text("CREATE TRIGGER fail_events BEFORE INSERT ON job_events "
                                "BEGIN SELECT RAISE(ABORT, 'disk full'); END"))
    with pytest.raises(DBAPIError, match="disk full"):
        jobs.create_job(ctx, job_draft())
    assert {m: rows(db, m) for m in counts} == counts
    assert outbox(db, before) == []
    with db.reader() as session:
        assert session.execute(text("SELECT count(*) FROM job_search")).scalar() == 0

    with db.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER fail_events"))
    job = jobs.create_job(ctx, job_draft())
    assert job.number.endswith("-0001")  # the failed attempt did not take a number
    assert [e["table"] for e in outbox(db, before)] == ["customers", "jobs", "job_events"]


def test_when_the_outbox_write_fails_the_row_is_not_written(outlet):
    db = outlet.db
    with db.engine.begin() as connection:
        connection.execute(text("CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox "
                                "BEGIN SELECT RAISE(ABORT, 'outbox unavailable'); END"))
    with pytest.raises(IntegrityError, match="outbox unavailable"):
        catalog.create_product(outlet.manager, catalog.ProductDraft(ProductType.INK, "Canon", "PG-845"))
    assert rows(db, Product) == 1
    with db.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER fail_outbox"))
    catalog.create_product(outlet.manager, catalog.ProductDraft(ProductType.INK, "Canon", "PG-845"))
    assert rows(db, Product) == 2


# ---- the persisted clock -----------------------------------------------------------------------


def test_the_clock_never_goes_back_across_restarts(outlet):
    stamp_before = outlet.db.local_value(CLOCK_KEY)
    outlet.db.dispose()
    reopened = open_database(outlet.data_dir)
    try:
        before = last_seq(reopened)
        with reopened.transaction() as session:
            session.add(Customer(name="李娜", phone="13987654321"))
        entries = outbox(reopened, before)
        assert len(entries) == 1 and entries[0]["hlc"] > stamp_before
        assert reopened.local_value(CLOCK_KEY) == entries[0]["hlc"]
    finally:
        reopened.dispose()


def test_a_stored_clock_ahead_of_the_wall_clock_is_honoured_after_restart(outlet):
    """The computer's clock was put back an hour while the app was closed: new changes must
    still sort after the ones already published."""
    site = outlet.db.site_id
    ahead = Timestamp(int(datetime.now(timezone.utc).timestamp() * 1000) + 3_600_000, 5, site)
    with outlet.db.engine.begin() as connection:
        connection.execute(text("UPDATE local_state SET value = :v WHERE key = :k"),
                           {"v": ahead.encode(), "k": CLOCK_KEY})
    outlet.db.dispose()
    reopened = open_database(outlet.data_dir)
    try:
        before = last_seq(reopened)
        with reopened.transaction() as session:
            session.add(Customer(name="李娜", phone="13987654321"))
        stamp = Timestamp.decode(outbox(reopened, before)[0]["hlc"])
        assert (stamp.wall_ms, stamp.counter) == (ahead.wall_ms, ahead.counter + 1)
        assert stamp.site == site
    finally:
        reopened.dispose()


def test_every_change_names_the_logged_in_user_who_made_it(outlet):
    """The outbox entry of a service write carries the acting user's id (who did it travels with sync)."""
    import sqlite3
    from contextlib import closing

    from aftersales_desktop.services import jobs as job_service
    from aftersales_desktop.services.customers import CustomerDraft
    from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority

    with closing(sqlite3.connect(outlet.db.path)) as raw:
        before = raw.execute("SELECT max(seq) FROM outbox").fetchone()[0]
    job_service.create_job(outlet.clerk, job_service.JobDraft(
        Channel.HOTLINE, FaultCategory.LEAK, Priority.NORMAL, "漏粉", product_id=outlet.product_id,
        new_customer=CustomerDraft("王芳", "13812345678")))
    with closing(sqlite3.connect(outlet.db.path)) as raw:
        actors = {row[0] for row in raw.execute("SELECT actor FROM outbox WHERE seq > ?", (before,))}
    assert actors == {outlet.clerk.user.id}
