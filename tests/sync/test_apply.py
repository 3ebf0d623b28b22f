"""Merging other sites' changes: union of histories, per-field last writer wins, conflicts kept."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority, ProductType, Role
from aftersales_desktop.domain.jobs import JobStatus
from aftersales_desktop.services import catalog, customers, jobs, staff
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.services.outlet import AccountDraft, OutletDraft, set_up_outlet
from aftersales_desktop.storage.database import open_database
from aftersales_desktop.storage.models import Conflict, Customer, Job
from aftersales_desktop.sync.apply import Applier, index_pending
from aftersales_desktop.sync.changes import records_from_outbox
from aftersales_desktop.sync.digest import digest


class Site:
    """An installation with its own database and outlet, exchanging records by hand."""

    def __init__(self, folder, code: str) -> None:
        self.db = open_database(folder)
        manager = set_up_outlet(self.db, OutletDraft(code, f"{code} 网点"), AccountDraft(f"m{code}", "经理", "secret1"))
        self.ctx = AppContext(self.db, manager)
        self.product_id = catalog.create_product(self.ctx, catalog.ProductDraft(
            ProductType.TONER, "HP", f"CF{code}", "硒鼓", "", "100.00")).id

    def records(self) -> list[dict]:
        with self.db.raw_transaction() as connection:
            return [r for _seq, r in records_from_outbox(connection, 0, 10**9)]

    def receive(self, records: list[dict]):
        foreign = [r for r in records if r["o"] != self.db.site_id]
        with self.db.raw_transaction(foreign_keys=False) as connection:
            stats = Applier(connection, self.db.site_id, self.db.clock).apply(foreign)
        with self.db.raw_transaction() as connection:
            while index_pending(connection):
                pass
        return stats

    def digest(self) -> str:
        with self.db.raw_transaction() as connection:
            return digest(connection)[0]


@pytest.fixture
def sites(tmp_path):
    made = [Site(tmp_path / "a", "SH01"), Site(tmp_path / "b", "BJ01")]
    yield made
    for site in made:
        site.db.dispose()


def exchange(*sites: Site) -> None:
    """Everyone receives everyone's whole outbox (again: duplicates are harmless)."""
    for _round in range(2):
        for receiver in sites:
            for sender in sites:
                if sender is not receiver:
                    receiver.receive(sender.records())


def _job(site: Site, name: str = "王芳") -> str:
    return jobs.create_job(site.ctx, jobs.JobDraft(
        Channel.HOTLINE, FaultCategory.LEAK, Priority.HIGH, "漏粉",
        new_customer=CustomerDraft(name, "13812345678", address="上海市浦东新区"), product_id=site.product_id)).id


def test_two_sites_converge_on_each_others_jobs(sites):
    a, b = sites
    job_id = _job(a)
    _job(b, "李娜")
    exchange(a, b)
    assert a.digest() == b.digest()
    detail = jobs.get_job(AppContext(b.db, b.ctx.user), job_id)
    assert detail.customer_name == "王芳" and detail.status == JobStatus.NEW
    # The search index of the receiving site finds the received job by a piece of the name.
    assert [r.id for r in jobs.list_jobs(b.ctx, jobs.JobQuery(text="芳")).rows] == [job_id]


def test_status_is_derived_from_the_merged_events(sites):
    a, b = sites
    job_id = _job(a)
    tech = staff.create_staff(a.ctx, AccountDraft("tech", "王师傅", "secret1", Role.TECHNICIAN))
    exchange(a, b)
    jobs.assign_job(b.ctx, job_id, tech.id)
    exchange(a, b)
    assert jobs.get_job(a.ctx, job_id).status == JobStatus.ASSIGNED
    assert a.digest() == b.digest()


def test_concurrent_edits_of_one_field_keep_the_later_and_record_the_other(sites):
    a, b = sites
    job_id = _job(a)
    exchange(a, b)
    customer_id = jobs.get_job(a.ctx, job_id).customer_id
    customers.update_customer(a.ctx, customer_id, CustomerDraft("王芳", "13900000001"))
    customers.update_customer(b.ctx, customer_id, CustomerDraft("王芳", "13900000002"))
    exchange(a, b)
    assert a.digest() == b.digest()
    with a.db.reader() as session:
        phone = session.get(Customer, customer_id).phone
        conflicts = [(c.field, json.loads(c.kept_value), json.loads(c.lost_value))
                     for c in session.scalars(select(Conflict))]
    assert phone == "13900000002"  # b wrote later
    assert conflicts == [("phone", "13900000002", "13900000001")]


def test_a_deliberate_overwrite_is_not_a_conflict(sites):
    a, b = sites
    job_id = _job(a)
    exchange(a, b)
    customer_id = jobs.get_job(a.ctx, job_id).customer_id
    customers.update_customer(a.ctx, customer_id, CustomerDraft("王芳", "13900000001"))
    exchange(a, b)
    customers.update_customer(b.ctx, customer_id, CustomerDraft("王芳", "13900000002"))
    exchange(a, b)
    with a.db.reader() as session:
        assert session.get(Customer, customer_id).phone == "13900000002"
        assert session.scalars(select(Conflict)).all() == []


def test_an_update_that_arrives_before_its_insert_waits_for_it(tmp_path, sites):
    a, b = sites
    c = Site(tmp_path / "c", "GZ01")
    try:
        job_id = _job(a)
        b.receive(a.records())
        customer_id = jobs.get_job(b.ctx, job_id).customer_id
        customers.update_customer(b.ctx, customer_id, CustomerDraft("王芳", "13900000009"))
        stats = c.receive(b.records())  # b's edit before a's insert of the customer
        assert stats.parked >= 1
        c.receive(a.records())
        with c.db.reader() as session:
            assert session.get(Customer, customer_id).phone == "13900000009"
            assert session.get(Job, job_id) is not None
        exchange(a, b, c)
        assert a.digest() == b.digest() == c.digest()
    finally:
        c.db.dispose()


def test_a_manager_restores_the_lost_value_and_the_choice_replicates(sites):
    from aftersales_desktop.services import conflicts

    a, b = sites
    job_id = _job(a)
    exchange(a, b)
    customer_id = jobs.get_job(a.ctx, job_id).customer_id
    customers.update_customer(a.ctx, customer_id, CustomerDraft("王芳", "13900000001"))
    customers.update_customer(b.ctx, customer_id, CustomerDraft("王芳", "13900000002"))
    exchange(a, b)
    (open_conflict,) = [c for c in conflicts.list_conflicts(a.ctx) if c.field == "phone"]
    assert (open_conflict.kept_value, open_conflict.lost_value, open_conflict.record) == (
        "13900000002", "13900000001", "王芳")
    conflicts.resolve_conflict(a.ctx, open_conflict.id, restore_lost=True, note="客户确认 001 结尾")
    exchange(a, b)
    assert jobs.get_job(b.ctx, job_id).customer_phone == "13900000001"
    assert [c.id for c in conflicts.list_conflicts(b.ctx)] == []
    (decided,) = [c for c in conflicts.list_conflicts(b.ctx, include_resolved=True) if c.field == "phone"]
    assert decided.resolution == "restored" and decided.resolved_by == "经理"
    assert a.digest() == b.digest()
    with pytest.raises(Exception):
        conflicts.resolve_conflict(b.ctx, open_conflict.id, restore_lost=False)
