"""kill -9 of a real process at every step of publishing and applying: nothing lost, nothing twice.

A driver script opens a site's database in a child process, patches one step of the cycle to
SIGKILL its own process just before or after it (at the second time the step runs, so one bundle
is already through), and runs a cycle. Then ``aftersales sync`` must complete, every change of the
outbox must sit in exactly one bundle on the share, and every site must end with the same digest.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from aftersales_desktop.services import customers, jobs
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.storage.models import OutboxEntry, PublishedBundle, StockMovement
from aftersales_desktop.sync import bundle as bundles
from aftersales_desktop.sync.engine import load_config
from aftersales_desktop.sync.share import Share
from tests.sync.sites import Installation, World, copy_world, world_env

REPO = Path(__file__).resolve().parents[2]

DRIVER = r'''
import os, signal, sys
from pathlib import Path

from aftersales_desktop.storage.database import open_database
from aftersales_desktop.sync import apply, engine, share

data_dir, step, at = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
calls = {"n": 0}


def die_now():
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def patch(owner, name, when, static=False):
    original = getattr(owner, name)

    def wrapper(*args, **kwargs):
        calls["n"] += 1
        last = calls["n"] == at
        if last and when == "before":
            die_now()
        result = original(*args, **kwargs)
        if last and when == "after":
            die_now()
        return result

    setattr(owner, name, staticmethod(wrapper) if static else wrapper)


STEPS = {
    # publishing
    "outgoing-written": (engine, "write_atomically", "after", False),     # in the DB transaction, not committed
    "publish-committed": (engine.SyncEngine, "_share_bundle", "before", False),  # pending, not on the share
    "share-temp-written": (share.Share, "_write_temp", "after", True),  # temp file on the share, not linked
    "share-copied": (share.Share, "publish_bundle", "after", False),    # on the share, not marked shared
    # applying
    "apply-merged": (apply.Applier, "apply", "after", False),           # merged, cursor not committed
    "apply-committed": (engine.SyncEngine, "_apply_bundle", "after", False),
}
owner, name, when, static = STEPS[step]
patch(owner, name, when, static)
db = open_database(data_dir)
engine.SyncEngine(db, data_dir, bundle_changes=3).run_cycle()
print("the cycle ended without reaching the step")
sys.exit(3)
'''

PUBLISH_STEPS = ["outgoing-written", "publish-committed", "share-temp-written", "share-copied"]
APPLY_STEPS = ["apply-merged", "apply-committed"]


def _run(world: World, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
               AFTERSALES_KEY_DIR=str(world.keys))
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=60,
                          cwd=world.root)


def _movements(site: Installation, quantities: list[int]) -> None:
    with site.db.transaction() as session:
        for quantity in quantities:
            session.add(StockMovement(outlet_id=site.outlet_id, product_id=site.product_id, quantity=quantity,
                                      kind="adjustment", at=site.ctx.now()))


def _stock(site: Installation, outlet_id: str) -> int:
    with site.db.reader() as session:
        return session.scalar(select(func.coalesce(func.sum(StockMovement.quantity), 0))
                              .where(StockMovement.outlet_id == outlet_id))


def _published_exactly_once(world: World, site: Installation) -> None:
    """Every outbox entry of ``site`` is in exactly one bundle on the share; bundles share no record."""
    share = Share(world.share)
    config = load_config(site.db)
    stamps: Counter[str] = Counter()
    names = []
    for _seq, name in share.list_bundles(site.site_id):
        item = bundles.decode_bundle(name, share.read(share.site_dir(site.site_id) / name), site_id=site.site_id,
                                     share_id=config.share_id, public_key=config.public_key)
        stamps.update(record["h"] for record in item.records)
        names.append(name)
    with site.db.reader() as session:
        outbox = list(session.scalars(select(OutboxEntry.hlc).order_by(OutboxEntry.seq)))
        unpublished = session.scalar(select(func.count()).where(OutboxEntry.published.is_(False)))
        published = session.execute(select(PublishedBundle.name, PublishedBundle.state, PublishedBundle.first_outbox,
                                           PublishedBundle.last_outbox).order_by(PublishedBundle.seq)).all()
    assert unpublished == 0
    assert len(set(outbox)) == len(outbox), "one stamp per change"
    assert stamps == Counter(outbox), "each change in exactly one bundle, none lost, none twice"
    assert [row.name for row in published] == names, "the share holds exactly the bundles the site recorded"
    assert {row.state for row in published} == {"shared"}
    expected_first = 1
    for row in published:
        assert row.first_outbox == expected_first and row.last_outbox >= row.first_outbox
        expected_first = row.last_outbox + 1


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    yield made
    made.close()


@pytest.mark.parametrize("step", PUBLISH_STEPS + APPLY_STEPS)
def test_kill_9_at_a_step_loses_and_duplicates_nothing(world, step):
    hq, (sh, bj) = world.hq, world.outlets
    shared_job = sh.job("王芳")
    world.converge()
    customer_id = jobs.get_job(sh.ctx, shared_job).customer_id
    # Work for several bundles at SH01, an edit at HQ that conflicts with SH01's, a job at BJ01.
    customers.update_customer(sh.ctx, customer_id, CustomerDraft("王芳", "13900000001"))
    customers.update_customer(hq.ctx, customer_id, CustomerDraft("王芳", "13900000002"))
    sh_jobs = [sh.job(f"客户{index}") for index in range(3)]
    _movements(sh, [5, -2, 7, -1])
    bj.job("李娜")
    bj.sync()

    victim = sh if step in PUBLISH_STEPS else hq
    if victim is hq:
        sh.engine(bundle_changes=3).run_cycle()
    victim.close()  # the child process is the only one using the victim's database now
    killed = _run(world, "-c", DRIVER, str(victim.folder), step, "2")
    assert killed.returncode == -signal.SIGKILL, (killed.returncode, killed.stdout, killed.stderr)

    recovered = _run(world, "-m", "aftersales_desktop", "sync", "--data-dir", str(victim.folder))
    assert recovered.returncode == 0, recovered.stderr
    assert "published" in recovered.stdout
    index = world.sites.index(victim)
    victim = Installation(victim.folder)
    if index == 0:
        world.hq = hq = victim
    else:
        world.outlets[index - 1] = victim
        sh = victim

    world.converge()
    for site in world.sites:
        _published_exactly_once(world, site)
        assert site.quarantined() == {}
        assert all(site.has_job(job_id) for job_id in sh_jobs)
        assert _stock(site, sh.outlet_id) == 9
    digests = {site.code: site.digest() for site in world.sites}
    assert len(set(digests.values())) == 1, digests
    if step in ("share-copied", "apply-merged"):  # the same digest as the command prints (a second each)
        cli_digest = _run(world, "-m", "aftersales_desktop", "sync", "--digest", "--data-dir", str(victim.folder))
        assert cli_digest.returncode == 0 and cli_digest.stdout.split()[0] == digests[victim.code]
    with hq.db.reader() as session:
        conflicts = session.execute(select(OutboxEntry.row_id).where(OutboxEntry.table_name == "conflicts")).all()
    assert len(conflicts) == len(set(conflicts)), "a conflict is recorded once"
    if step == "share-temp-written":
        leftovers = [p.name for p in world.site_dir(sh).iterdir() if p.name.startswith(".tmp-")]
        assert leftovers, "the crash left its temp file, which every reader ignored"
