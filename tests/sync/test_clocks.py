"""Wrong wall clocks: a site a year ahead is kept out; a clock that goes back still orders history."""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from aftersales_desktop.domain.hlc import HybridLogicalClock, Timestamp
from aftersales_desktop.services import customers, jobs
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.storage.database import CLOCK_KEY
from aftersales_desktop.storage.models import Conflict, Customer, FieldVersion
from aftersales_desktop.sync import bundle as bundles
from aftersales_desktop.sync import keys
from tests.sync.sites import Installation, bundle_files, copy_world, world_env

YEAR = timedelta(days=365)
MINUTE_MS = 60_000


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


def _set_wall(site: Installation, offset: timedelta) -> None:
    """Give the site a wall clock ``offset`` away from the real one (its HLC keeps what it issued)."""
    shift = int(offset.total_seconds() * 1000)
    site.db._changes.clock = HybridLogicalClock(site.site_id, site.db.clock.last,
                                                wall_clock=lambda: _wall_ms() + shift)


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    yield made
    made.close()


def _customer_of(site: Installation, job_id: str) -> str:
    return jobs.get_job(site.ctx, job_id).customer_id


def _phone(site: Installation, customer_id: str) -> str:
    with site.db.reader() as session:
        return session.get(Customer, customer_id).phone


def _version(site: Installation, customer_id: str, field: str) -> str:
    with site.db.reader() as session:
        return session.get(FieldVersion, ("customers", customer_id, field)).hlc


def _stored_clock(site: Installation) -> Timestamp:
    return Timestamp.decode(site.db.local_value(CLOCK_KEY))


def test_a_site_a_year_ahead_is_quarantined_and_drags_no_clock_forward(world):
    hq, (sh, bj) = world.hq, world.outlets
    shared_job = sh.job("王芳")
    world.converge()
    customer_id = _customer_of(sh, shared_job)

    _set_wall(sh, YEAR)
    ahead = datetime.now(timezone.utc) + YEAR
    customers.update_customer(sh.ctx, customer_id, CustomerDraft("王芳", "13900000009"))
    sh_job = sh.job("赵六")
    assert sh.engine(now=lambda: ahead).run_cycle().bundles_published == 1
    bj_job = bj.job("李娜")
    bj.sync()

    for receiver in (hq, bj):
        report = receiver.sync()
        assert report.quarantined == 1
        assert set(receiver.quarantined().values()) == {"clock"}
        ((site_id, name),) = receiver.quarantined()
        assert site_id == sh.site_id
        assert (receiver.folder / "quarantine" / sh.site_id / name).is_file()
        assert any(params.get("name") == name and params.get("hours", 0) >= 24 * 364
                   for _lv, _m, params in receiver.log("warning"))
        assert not receiver.has_job(sh_job) and _phone(receiver, customer_id) == "13812345678"
    assert hq.has_job(bj_job)

    # Nobody adopted the stamp: the receivers' clocks and their next stamps stay near real time.
    for receiver in (hq, bj):
        assert receiver.db.clock.last.wall_ms < _wall_ms() + MINUTE_MS
        assert _stored_clock(receiver).wall_ms < _wall_ms() + MINUTE_MS
    customers.update_customer(hq.ctx, customer_id, CustomerDraft("王芳", "13900000001"))
    assert abs(Timestamp.decode(_version(hq, customer_id, "phone")).wall_ms - _wall_ms()) < MINUTE_MS
    world.converge()  # SH01 is still a year ahead: it stays quarantined, the others converge
    assert hq.digest() == bj.digest()
    assert _phone(bj, customer_id) == "13900000001"


def test_a_bundle_whose_header_hides_future_stamps_is_quarantined_by_the_apply(world):
    """A signed header that understates its stamps: the clock refuses them inside the apply."""
    hq, sh = world.hq, world.outlets[0]
    _set_wall(sh, YEAR)
    sh_job = sh.job("赵六")
    sh.sync()
    path = bundle_files(world, sh)[-1]
    data = path.read_bytes()
    header = bundles.read_header(data).to_json() | {"hlc_max": "", "hlc_min": ""}
    start = len(bundles.MAGIC) + 4 + int.from_bytes(data[4:8], "big")
    name, lying = bundles._assemble(header, data[start:-keys.SIGNATURE_LENGTH], keys.load_private_key(sh.site_id),
                                    header["seq"])
    path.unlink()
    (path.parent / name).write_bytes(lying)
    before = hq.digest()
    clock_before = hq.db.clock.last
    report = hq.sync()
    assert report.quarantined == 1 and hq.quarantined() == {(sh.site_id, name): "clock"}
    assert not hq.has_job(sh_job) and hq.digest() == before
    assert hq.cursor(sh.site_id) == int(name[:16], 16) - 1, "the cursor did not move"
    assert hq.db.clock.last.wall_ms <= max(clock_before.wall_ms, _wall_ms())


def test_a_clock_that_goes_back_still_stamps_later_changes_later(world):
    hq, (sh, bj) = world.hq, world.outlets
    shared_job = sh.job("王芳")
    world.converge()
    customer_id = _customer_of(sh, shared_job)

    customers.update_customer(sh.ctx, customer_id, CustomerDraft("王芳", "13900000001"))
    first = _version(sh, customer_id, "phone")
    sh.sync()
    # SH01 restarts with its clock set two hours back (a dead CMOS battery, a bad NTP server).
    sh.close()
    sh = world.outlets[0] = Installation(sh.folder)
    assert sh.db.clock.last == _stored_clock(sh) and sh.db.clock.last.encode() >= first
    _set_wall(sh, -timedelta(hours=2))
    customers.update_customer(sh.ctx, customer_id, CustomerDraft("王芳", "13900000002"))
    second = _version(sh, customer_id, "phone")
    assert second > first
    world.converge()
    for site in world.sites:
        assert _phone(site, customer_id) == "13900000002", site

    # HQ (right clock) edits after seeing that; SH01 (two hours behind) edits after seeing HQ's
    # edit: its stamp still sorts after HQ's, so its value wins everywhere and nothing conflicts.
    customers.update_customer(hq.ctx, customer_id, CustomerDraft("王芳", "13900000003"))
    hq.sync()
    sh.sync()
    customers.update_customer(sh.ctx, customer_id, CustomerDraft("王芳", "13900000004"))
    assert _version(sh, customer_id, "phone") > _version(hq, customer_id, "phone")
    world.converge()
    assert {_phone(site, customer_id) for site in world.sites} == {"13900000004"}
    assert len({site.digest() for site in world.sites}) == 1
    with hq.db.reader() as session:
        conflicts = [(c.field, json.loads(c.kept_value)) for c in session.scalars(select(Conflict))]
    assert conflicts == []
