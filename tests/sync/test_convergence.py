"""Convergence, property-based: whatever the sites do and in whatever order they sync, they end equal.

HQ and three outlets on a real share do random work through the services (jobs, concurrent edits
of the same customers, assignments and escalations, tombstones, stock movements), interleaved
with cycles of random sites and delivery anomalies (a bundle duplicated as a sync client's
conflict copy, a site syncing twice in a row). When everyone has synced until quiet:

- every digest is equal, nothing is parked, quarantined or left unpublished;
- on-hand per outlet and product is the sum of every movement any site inserted;
- every pair of concurrent writes of different values to one field (neither writer had applied
  the other's write, judged from the writer's cursors and the bundles on the share) left a
  conflict row for that field, unless one of the two was later overwritten by a writer who had
  seen it (see ``test_a_write_overwritten_by_someone_who_saw_it_is_not_a_lost_write``); an edit
  concurrent with a tombstone left one for ``deleted``.

``AFTERSALES_SYNC_EXAMPLES=200`` runs a longer, random (not derandomised) search.

A second, deterministic test gives every site its own replica of the share and plays a cloud
client that copies files between replicas out of order, partial temp files first: gaps wait,
half-written bundles are quarantined and released, and everything converges.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis.errors import InvalidArgument
from hypothesis import strategies as st
from sqlalchemy import func, select

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority, Role
from aftersales_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from aftersales_desktop.services import customers, jobs
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.storage.models import (Conflict, Customer, Job, OutboxEntry, ParkedChange, Product,
                                               StockMovement, SyncCursor, User)
from aftersales_desktop.sync import bundle as bundles
from aftersales_desktop.sync.engine import load_config, set_share_path
from aftersales_desktop.sync.share import Share
from tests.sync.sites import Installation, World, copy_world, key_dir, world_env

CODES = ("SH01", "BJ01", "GZ01")
LONG = int(os.environ.get("AFTERSALES_SYNC_EXAMPLES", "0") or 0)

VALUES = {
    "name": ["王芳", "李娜", "张伟", "刘洋"],
    "phone": ["13900000001", "13900000002", "13900000003", "13900000004"],
    "address": ["上海市浦东新区", "北京市朝阳区", "广州市天河区", "深圳市南山区"],
    "company": ["", "甲公司", "乙公司", "丙公司"],
    "email": ["", "a@example.com", "b@example.com", "c@example.com"],
}


# ---- what happened, for the oracles -------------------------------------------------------------

@dataclass(frozen=True)
class Write:
    """One write of one field at one site, and how far the writer had applied each other site."""

    site: str
    table: str
    row_id: str
    field: str
    value: object
    hlc: str
    knowledge: tuple[tuple[str, int], ...]

    def saw(self, other: "Write", bundle_of: dict[str, int]) -> bool:
        """Whether this write's site had applied ``other`` when it wrote."""
        if other.site == self.site:
            return other.hlc < self.hlc
        return dict(self.knowledge).get(other.site, 0) >= bundle_of[other.hlc]


class Journal:
    """The writes and stock movements the sites made."""

    def __init__(self) -> None:
        self.writes: list[Write] = []
        self.stock: dict[tuple[str, str], int] = defaultdict(int)

    def record(self, site: Installation, action) -> None:  # noqa: ANN001
        """Run ``action`` at ``site`` and remember the field writes it made (domain refusals are fine).

        Write authority refuses a site's edit of another outlet's row in the service already
        (PermissionDenied), so only head office and the row's own outlet race on a field.
        """
        with site.db.reader() as session:
            last = session.scalar(select(func.coalesce(func.max(OutboxEntry.seq), 0)))
            knowledge = tuple(sorted(session.execute(select(SyncCursor.site_id, SyncCursor.last_seq)).all()))
        try:
            action()
        except (ValidationError, NotFound, PermissionDenied):
            return  # refused at the source: another outlet's row is not this site's to change
        with site.db.reader() as session:
            entries = session.execute(select(OutboxEntry.table_name, OutboxEntry.row_id, OutboxEntry.fields,
                                             OutboxEntry.hlc).where(OutboxEntry.seq > last,
                                                                    OutboxEntry.op == "update")).all()
        for table, row_id, fields, hlc in entries:
            for name, value in json.loads(fields).items():
                self.writes.append(Write(site.site_id, table, row_id, name, value, hlc, knowledge))


def _bundle_of(world: World) -> dict[str, int]:
    """The seq of the bundle that carries each change stamp, over every site's bundles on the share."""
    share = Share(world.share)
    config = load_config(world.hq.db)
    found = {}
    for site in world.sites:
        for seq, name in share.list_bundles(site.site_id):
            item = bundles.decode_bundle(name, share.read(share.site_dir(site.site_id) / name), site_id=site.site_id,
                                         share_id=config.share_id,
                                         public_key=Share(world.share).roster(config.hq_public_key).public_keys(
                                             site.site_id))
            for record in item.records:
                found[record["h"]] = seq
    return found


def _missing_conflicts(world: World, journal: Journal) -> list[str]:
    bundle_of = _bundle_of(world)
    with world.hq.db.reader() as session:
        recorded = set(session.execute(select(Conflict.table_name, Conflict.row_id, Conflict.field)).all())
    by_field: dict[tuple[str, str, str], list[Write]] = defaultdict(list)
    by_row: dict[tuple[str, str], list[Write]] = defaultdict(list)
    for write in journal.writes:
        by_field[(write.table, write.row_id, write.field)].append(write)
        by_row[(write.table, write.row_id)].append(write)
    missing = []
    pairs = against_deletes = 0
    for (table, row_id, name), writes in by_field.items():
        # Only the heads can conflict: a write that a later writer had seen and overwrote was not
        # lost unseen (someone looked at it and chose another value), whatever else it raced.
        heads = [w for w in writes if not any(other is not w and other.saw(w, bundle_of) for other in writes)]
        for index, first in enumerate(heads):
            for second in heads[index + 1:]:
                concurrent = not first.saw(second, bundle_of) and not second.saw(first, bundle_of)
                if concurrent and first.value != second.value:
                    pairs += 1
                    if (table, row_id, name) not in recorded:
                        missing.append(f"{table}.{name} of {row_id}: {first} / {second}")
    for (table, row_id), writes in by_row.items():
        deletes = [w for w in writes if w.field == "deleted" and w.value is True]
        edits = [w for w in writes if w.field != "deleted"]
        for delete in deletes:
            for edit in edits:
                if not delete.saw(edit, bundle_of) and not edit.saw(delete, bundle_of):
                    against_deletes += 1
                    if (table, row_id, "deleted") not in recorded:
                        missing.append(f"delete of {table} {row_id} against {edit}")
    _event(f"concurrent writes of different values: {min(pairs, 5)}{'+' if pairs >= 5 else ''}")
    _event(f"edits concurrent with a tombstone: {min(against_deletes, 3)}{'+' if against_deletes >= 3 else ''}")
    _event(f"conflict rows: {min(len(recorded), 5)}{'+' if len(recorded) >= 5 else ''}")
    return missing


def _event(text: str) -> None:
    """A line of ``--hypothesis-show-statistics`` (only inside a property)."""
    try:
        event(text)
    except InvalidArgument:
        pass


# ---- the sites' work ----------------------------------------------------------------------------

def _ids(site: Installation, model, *conditions) -> list[str]:  # noqa: ANN001
    with site.db.reader() as session:
        return list(session.scalars(select(model.id).where(model.deleted.is_(False), *conditions).order_by(model.id)))


def _pick(items: list[str], index: int) -> str | None:
    return items[index % len(items)] if items else None


def _new_job(site: Installation, pick: int, name: str) -> None:
    product_id = _pick(_ids(site, Product, Product.active.is_(True)), pick)
    if product_id is not None:
        jobs.create_job(site.ctx, jobs.JobDraft(Channel.HOTLINE, FaultCategory.LEAK, Priority.HIGH, "漏粉",
                                                new_customer=CustomerDraft(name, "13812345678"),
                                                product_id=product_id))


def _edit(site: Installation, pick: int, name: str, choice: int) -> None:
    customer_id = _pick(_ids(site, Customer), pick)
    if customer_id is None:
        return
    current = customers.get_customer(site.ctx, customer_id)
    draft = CustomerDraft(current.name, current.phone, current.company, current.address, current.email)
    setattr(draft, name, VALUES[name][choice])
    customers.update_customer(site.ctx, customer_id, draft)


def _assign(site: Installation, job_pick: int, tech_pick: int) -> None:
    job_id = _pick(_ids(site, Job), job_pick)
    tech_id = _pick(_ids(site, User, User.role == Role.TECHNICIAN.value, User.active.is_(True)), tech_pick)
    if job_id is not None and tech_id is not None:
        jobs.assign_job(site.ctx, job_id, tech_id)


def _escalate(site: Installation, job_pick: int) -> None:
    job_id = _pick(_ids(site, Job), job_pick)
    if job_id is not None:
        jobs.escalate_job(site.ctx, job_id, "需要经理处理")


def _tombstone(site: Installation, model, pick: int) -> None:  # noqa: ANN001
    row_id = _pick(_ids(site, model), pick)
    if row_id is not None:
        with site.db.transaction(actor=site.ctx.user.id) as session:
            session.get(model, row_id).deleted = True


def _movement(site: Installation, journal: Journal, pick: int, quantity: int) -> None:
    with site.db.reader() as session:
        products = list(session.scalars(select(Product.id).order_by(Product.id)))
    product_id = products[pick % len(products)]
    with site.db.transaction(actor=site.ctx.user.id) as session:
        session.add(StockMovement(outlet_id=site.outlet_id, product_id=product_id, quantity=quantity,
                                  kind="adjustment", at=site.ctx.now(), created_by=site.ctx.user.id))
    journal.stock[(site.outlet_id, product_id)] += quantity


def _duplicate_newest(world: World, site: Installation, serial: int) -> None:
    """A sync client's conflict copy of the site's newest bundle, next to it."""
    share = Share(world.share)
    found = share.list_bundles(site.site_id)
    if found:
        folder = share.site_dir(site.site_id)
        name = found[-1][1]
        copy = (f"{name[:-7]} (conflicted copy 2026-11-27 {serial}).bundle" if serial % 2
                else f"{name[:-7]}.sync-conflict-20261127-1234{serial:02d}-ABCD.bundle")
        shutil.copyfile(folder / name, folder / copy)


def sync_until_quiet(world: World, limit: int = 6) -> None:
    """Full rounds until one round publishes and applies nothing."""
    for _round in range(limit):
        reports = [site.sync() for site in world.sites]
        if not any(r.published or r.bundles_applied for r in reports):
            return
    raise AssertionError(f"still not quiet after {limit} rounds")


def _check_converged(world: World, journal: Journal) -> None:
    digests = {site.code: site.digest() for site in world.sites}
    assert len(set(digests.values())) == 1, digests
    for site in world.sites:
        with site.db.reader() as session:
            assert session.scalar(select(func.count()).select_from(ParkedChange)) == 0, site
            assert session.scalar(select(func.count()).where(OutboxEntry.published.is_(False))) == 0, site
            stock = dict(((outlet, product), total) for outlet, product, total in session.execute(
                select(StockMovement.outlet_id, StockMovement.product_id, func.sum(StockMovement.quantity))
                .group_by(StockMovement.outlet_id, StockMovement.product_id)))
        assert site.quarantined() == {}, site
        assert stock == {key: total for key, total in journal.stock.items() if key in stock}
        assert set(journal.stock) <= set(stock)
    missing = _missing_conflicts(world, journal)
    assert not missing, "\n".join(missing[:10])


# ---- the property -------------------------------------------------------------------------------

site_index = st.integers(0, 3)
pick = st.integers(0, 30)
field_name = st.sampled_from(sorted(VALUES))
edit = st.tuples(st.just("edit"), site_index, st.integers(0, 3), field_name, st.integers(0, 3))
operation = st.one_of(
    edit,
    st.tuples(st.just("sync"), site_index),
    st.tuples(st.just("race"), st.lists(site_index, min_size=2, max_size=4, unique=True), st.integers(0, 3),
              field_name),
    st.tuples(st.just("job"), site_index, pick),
    edit,
    st.tuples(st.just("sync"), site_index),
    st.tuples(st.just("assign"), site_index, pick, pick),
    st.tuples(st.just("escalate"), site_index, pick),
    st.tuples(st.just("delete"), site_index, st.sampled_from(["customers", "products"]), pick),
    st.tuples(st.just("delete race"), site_index, site_index, st.integers(0, 3), field_name),
    st.tuples(st.just("stock"), site_index, pick, st.sampled_from([-7, -3, -1, 1, 2, 5, 12])),
    st.tuples(st.just("sync twice"), site_index),
    st.tuples(st.just("duplicate"), site_index),
)


def _play(world: World, journal: Journal, operations: list[tuple]) -> None:
    sites = world.sites
    for serial, (kind, index, *args) in enumerate(operations):
        if kind == "race":  # several sites edit one field of one customer, none having seen the others
            for choice, racer in enumerate(index):
                journal.record(sites[racer], lambda: _edit(sites[racer], args[0], args[1], choice))
            continue
        site = sites[index]
        if kind == "delete race":  # one site edits a customer while another tombstones it
            other = sites[args[0]]
            journal.record(site, lambda: _edit(site, args[1], args[2], serial % 4))
            if other is not site:
                journal.record(other, lambda: _tombstone(other, Customer, args[1]))
        elif kind == "sync":
            site.sync()
        elif kind == "sync twice":
            site.sync()
            site.sync()
        elif kind == "duplicate":
            _duplicate_newest(world, site, serial)
        elif kind == "job":
            journal.record(site, lambda: _new_job(site, args[0], f"客户{serial}"))
        elif kind == "edit":
            journal.record(site, lambda: _edit(site, *args))
        elif kind == "assign":
            journal.record(site, lambda: _assign(site, *args))
        elif kind == "escalate":
            journal.record(site, lambda: _escalate(site, *args))
        elif kind == "delete":
            model = Customer if args[0] == "customers" else Product
            journal.record(site, lambda: _tombstone(site, model, args[1]))
        elif kind == "stock":
            journal.record(site, lambda: _movement(site, journal, *args))


@pytest.mark.timeout(120 + 10 * LONG)
@settings(max_examples=LONG or 8, deadline=None, derandomize=not LONG, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(operations=st.lists(operation, min_size=8, max_size=40))
def test_any_work_in_any_sync_order_converges(operations):
    with tempfile.TemporaryDirectory() as folder:
        world = copy_world(Path(folder) / "world", CODES, synced=True)
        try:
            with key_dir(world.keys):
                journal = Journal()
                # Two customers every site knows, so edits at several sites meet on them.
                for site in world.sites[:2]:
                    journal.record(site, lambda: _new_job(site, 0, f"{site.code} 的客户"))
                world.converge()
                _play(world, journal, operations)
                sync_until_quiet(world)
                _check_converged(world, journal)
        finally:
            world.close()


def test_head_office_and_the_outlet_editing_one_field_at_once_record_a_conflict(tmp_path, monkeypatch):
    """The example the property is built around, spelled out: the other outlets may not join in."""
    world = world_env(monkeypatch, copy_world(tmp_path / "world", CODES, synced=True))
    try:
        journal = Journal()
        owner = world.outlets[0]
        journal.record(owner, lambda: _new_job(owner, 0, "王芳"))
        world.converge()
        for choice, site in enumerate([world.hq, *world.outlets]):
            journal.record(site, lambda: _edit(site, 0, "phone", choice))
        sync_until_quiet(world)
        _check_converged(world, journal)
        with world.hq.db.reader() as session:
            assert session.scalar(select(func.count()).select_from(Conflict)) >= 1
        customer_id = _ids(world.hq, Customer)[0]
        # HQ's value (choice 0) or SH01's (choice 1) is in force; BJ01's and GZ01's were refused at home.
        assert {customers.get_customer(site.ctx, customer_id).phone for site in world.sites} <= set(VALUES["phone"][:2])
    finally:
        world.close()


@pytest.mark.parametrize("order", ["SH01 HQ SH01", "HQ SH01 HQ"])
def test_a_write_overwritten_by_someone_who_saw_it_is_not_a_lost_write(tmp_path, monkeypatch, order):
    """A sets X; B sets Y not knowing X; C, having seen X, sets Y too. Y stays everywhere.

    A and B raced, but X was not lost unseen: C read it and chose Y. Whether some site also
    records A against B depends on the order bundles reach it (a site that gets C's write before
    A's sees C's write built on A's, and B's equal to C's); only the heads of the field's history
    are owed a conflict row, and they agree.
    """
    world = world_env(monkeypatch, copy_world(tmp_path / "world", CODES, synced=True))
    try:
        by_code = {site.code: site for site in world.sites}
        a, b, c = (by_code[code] for code in order.split())
        journal = Journal()
        journal.record(by_code["SH01"], lambda: _new_job(by_code["SH01"], 0, "王芳"))
        world.converge()
        journal.record(a, lambda: _edit(a, 0, "phone", 0))
        a.sync()
        journal.record(b, lambda: _edit(b, 0, "phone", 1))
        c.sync()
        journal.record(c, lambda: _edit(c, 0, "phone", 1))
        c.sync()
        b.sync()
        sync_until_quiet(world)
        _check_converged(world, journal)
        customer_id = _ids(world.hq, Customer)[0]
        assert {customers.get_customer(site.ctx, customer_id).phone for site in world.sites} == {VALUES["phone"][1]}
    finally:
        world.close()


# ---- a cloud-synced folder: files arrive out of order ---------------------------------------------

class Cloud:
    """Each site works on its own replica of the share; ``deliver`` copies files between replicas."""

    def __init__(self, world: World, rng: random.Random) -> None:
        self.world = world
        self.rng = rng
        self.replicas = {}
        for site in world.sites:
            replica = world.root / f"replica-{site.code}"
            shutil.copytree(world.share, replica)
            set_share_path(site.db, str(replica))
            self.replicas[site.site_id] = replica

    def folder(self, replica_of: str, origin: str) -> Path:
        return Share(self.replicas[replica_of]).site_dir(origin)

    def pending(self) -> list[tuple[str, str, str]]:
        """(origin site, file name, receiving replica) for every bundle one replica lacks."""
        missing = []
        for origin in self.replicas:
            source = self.folder(origin, origin)
            names = sorted(p.name for p in source.iterdir() if bundles.parse_name(p.name)) if source.is_dir() else []
            for receiver in self.replicas:
                if receiver == origin:
                    continue
                target = self.folder(receiver, origin)
                for name in names:
                    have = target / name
                    if not have.exists() or have.stat().st_size != (source / name).stat().st_size:
                        missing.append((origin, name, receiver))
        return missing

    def deliver(self, origin: str, name: str, receiver: str) -> None:
        """Copy one file the way a cloud client might: sometimes a temp file first, sometimes half of it."""
        data = (self.folder(origin, origin) / name).read_bytes()
        target = self.folder(receiver, origin)
        target.mkdir(exist_ok=True)
        style = self.rng.choice(["whole", "temp first", "half first", "part file"])
        final = target / name
        if style == "temp first":
            (target / f".tmp-{self.rng.getrandbits(64):016x}.partial").write_bytes(data[:len(data) // 3])
            return  # the rest arrives on a later delivery
        if style == "part file":
            (target / f"{name}.part").write_bytes(data[:len(data) // 2])
            return
        if style == "half first" and not final.exists():
            final.write_bytes(data[:len(data) // 2])  # a client writing in place: the hash will not match
            return
        final.write_bytes(data)
        for leftover in target.iterdir():
            if leftover.name.endswith(".part") or leftover.name.startswith(".tmp-"):
                leftover.unlink()

    def gaps(self, site: Installation) -> int:
        """Other sites whose next bundle is missing or incomplete in ``site``'s replica while a later one is whole."""
        count = 0
        for origin in self.replicas:
            if origin == site.site_id:
                continue
            source, target = self.folder(origin, origin), self.folder(site.site_id, origin)
            whole = {bundles.parse_name(p.name)[0] for p in target.iterdir() if bundles.parse_name(p.name)
                     and p.stat().st_size == (source / p.name).stat().st_size} if target.is_dir() else set()
            following = site.cursor(origin) + 1
            count += following not in whole and any(seq > following for seq in whole)
        return count

    def deliver_all(self) -> None:
        while True:
            pending = self.pending()
            if not pending:
                return
            for origin, name, receiver in pending:
                data = (self.folder(origin, origin) / name).read_bytes()
                (self.folder(receiver, origin)).mkdir(exist_ok=True)
                (self.folder(receiver, origin) / name).write_bytes(data)


def test_a_gap_waits_for_the_missing_bundle(tmp_path, monkeypatch):
    world = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    try:
        cloud = Cloud(world, random.Random(0))
        hq, sh = world.hq, world.outlets[0]
        made = []
        for name in ("王芳", "李娜"):
            made.append(sh.job(name))
            sh.sync()
        names = sorted(p.name for p in cloud.folder(sh.site_id, sh.site_id).iterdir())
        second, third = names[-2], names[-1]
        start = hq.cursor(sh.site_id)
        target = cloud.folder(hq.site_id, sh.site_id)
        shutil.copyfile(cloud.folder(sh.site_id, sh.site_id) / third, target / third)
        report = hq.sync()
        assert report.bundles_applied == 0 and report.quarantined == 0
        assert report.problems == [] and hq.log("error") == [], "a gap is no fork: it waits"
        assert hq.cursor(sh.site_id) == start and not hq.has_job(made[1])
        shutil.copyfile(cloud.folder(sh.site_id, sh.site_id) / second, target / second)
        assert hq.sync().bundles_applied == 2
        assert hq.has_job(made[0]) and hq.has_job(made[1])
    finally:
        world.close()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_files_arriving_out_of_order_in_a_cloud_folder_still_converge(tmp_path, monkeypatch, seed):
    world = world_env(monkeypatch, copy_world(tmp_path / "world", CODES, synced=True))
    rng = random.Random(seed)
    try:
        cloud = Cloud(world, rng)
        journal = Journal()
        gaps = quarantined = 0
        for step in range(60):
            site = rng.choice(world.sites)
            action = rng.random()
            if action < 0.2:
                journal.record(site, lambda: _new_job(site, rng.randrange(30), f"客户{step}"))
            elif action < 0.4:
                journal.record(site, lambda: _edit(site, rng.randrange(30), rng.choice(sorted(VALUES)),
                                                   rng.randrange(4)))
            elif action < 0.5:
                journal.record(site, lambda: _movement(site, journal, rng.randrange(30), rng.randint(-9, 9) or 1))
            elif action < 0.8:
                gaps += cloud.gaps(site)
                report = site.sync()
                quarantined += report.quarantined
                assert not report.problems, report.problems
            else:
                pending = cloud.pending()
                rng.shuffle(pending)
                if rng.random() < 0.5:  # newest first: the client picked up the small recent files first
                    pending.sort(key=lambda item: item[1], reverse=True)
                for item in pending[:rng.randint(1, 3)]:
                    cloud.deliver(*item)
        assert gaps and quarantined, "the run met gaps and half-written bundles"
        for _round in range(8):
            cloud.deliver_all()
            reports = [site.sync() for site in world.sites]
            if not cloud.pending() and not any(r.published or r.bundles_applied for r in reports):
                break
        else:
            raise AssertionError("not quiet after 8 rounds")
        digests = {site.code: site.digest() for site in world.sites}
        assert len(set(digests.values())) == 1, digests
        for site in world.sites:
            assert site.quarantined() == {}, "half-written bundles were released once complete"
            assert site.log("error") == []
        world.share = cloud.replicas[world.hq.site_id]  # the oracle reads the bundles from HQ's replica
        missing = _missing_conflicts(world, journal)
        assert not missing, "\n".join(missing[:10])
    finally:
        world.close()
