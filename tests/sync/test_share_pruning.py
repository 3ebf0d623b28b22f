"""Pruning of the share: sites acknowledge what they applied, head office removes what every site holds.

HQ and two outlets on a real share folder. Bundles are made old by setting their files' times back
(the retention counts from when a bundle reached the share); acknowledgements carry the time of
the cycle that wrote them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from aftersales_desktop.services import passwords
from aftersales_desktop.sync import keys, membership, pruning
from aftersales_desktop.sync.engine import load_config, utc_now
from aftersales_desktop.sync.share import Share, encode_signed_document
from aftersales_desktop.sync.state import (bundle_retention_days, set_bundle_retention_days,
                                           set_outbox_retention_days)
from tests.sync.sites import Installation, World, copy_world, world_env

REPO = Path(__file__).resolve().parents[2]
OLD = 40  # days: past the default retention of 30


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    """Cheap scrypt for the accounts a newcomer makes."""
    monkeypatch.setattr(passwords, "_N", 2**4)


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    for site in made.sites:
        set_outbox_retention_days(site.db, 0)  # each site verifies its bundles at once (what HQ waits for)
    yield made
    made.close()


def all_bundles(world: World) -> dict[str, list[int]]:
    """Per site id, the seqs of its bundle files on the share."""
    share = Share(world.share)
    return {site.site_id: [seq for seq, _name in share.list_bundles(site.site_id)] for site in world.sites}


def age_bundles(world: World, days: int = OLD) -> None:
    """Set every bundle file's time back ``days`` days, as if it reached the share that long ago."""
    moment = time.time() - days * 86400
    for path in Path(world.share).rglob("*.bundle"):
        os.utime(path, (moment, moment))


def work(world: World, rounds: int = 3) -> list[str]:
    """Each outlet makes a job and every site syncs, ``rounds`` times; returns the job ids."""
    made = []
    for index in range(rounds):
        for outlet in world.outlets:
            made.append(outlet.job(f"{outlet.code}客户{index}"))
        world.converge(1)
    world.converge()
    return made


def hq_prune(world: World, now=None) -> list[pruning.PrunedBundle]:
    return pruning.prune_now(world.hq.db, now=now)


def digests(world: World) -> list[str]:
    return [site.digest() for site in world.sites]


def newcomer(world: World, folder: Path) -> Installation:
    late = Installation(folder, "GZ01")
    membership.join_share(late.db, world.share)
    membership.approve(world.hq.db, late.db.site_id)
    late.sync()
    return late


def test_every_site_publishes_a_signed_acknowledgement_under_its_own_name(world):
    work(world, 1)
    roster = membership.current_roster(world.hq.db, Share(world.share), load_config(world.hq.db))[0]
    acks = pruning.read_acknowledgements(Share(world.share), roster)
    assert set(acks) == {site.site_id for site in world.sites}
    sh, bj = world.outlets
    assert acks[sh.site_id].applied[bj.site_id] == sh.cursor(bj.site_id) > 0
    assert acks[bj.site_id].applied[world.hq.site_id] == bj.cursor(world.hq.site_id)
    assert acks[sh.site_id].applied[sh.site_id] == max(all_bundles(world)[sh.site_id]), "its own, verified"
    assert pruning.ack_path(Share(world.share), sh.site_id).is_file()
    assert not list(pruning.ack_path(Share(world.share), sh.site_id).parent.glob(".tmp-*")), "temp, then renamed"
    assert all(p.suffix == ".bundle" for p in world.site_dir(sh).iterdir()), "site folders hold only bundles"


def test_only_what_every_site_acknowledged_and_a_snapshot_covers_is_pruned(world, tmp_path):
    assert bundle_retention_days(world.hq.db) == 30
    jobs = work(world)
    age_bundles(world)
    assert hq_prune(world) == [], "no snapshot: nothing is covered"
    membership.publish_snapshot(world.hq.db, world.hq.folder)
    covered = {site: seqs[-1] for site, seqs in all_bundles(world).items()}
    sh, bj = world.outlets
    later = sh.job("快照之后")  # after the snapshot: on the share, not covered
    sh.sync()
    sh.job("最新的")
    sh.sync()  # so the uncovered one is not sh's newest
    age_bundles(world)
    before = digests(world)
    removed = hq_prune(world)
    assert removed and all(item.seq <= covered[item.site_id] for item in removed)
    left = all_bundles(world)
    for site_id, seqs in left.items():
        assert seqs, "each site's newest bundle stays"
        assert seqs == sorted(seqs) and seqs == list(range(seqs[0], seqs[-1] + 1)), "a prefix went, no holes"
    assert max(left[sh.site_id]) > covered[sh.site_id]
    assert digests(world) == before, "pruning removes files, never data"
    reports = [site.sync() for _round in range(2) for site in world.sites]
    assert all(report.problems == [] for report in reports)
    assert not any("Waiting for bundle" in m for site in world.sites for _lv, m, _p in site.log()), \
        "a removed bundle a site already applied is no gap"
    assert len(set(digests(world))) == 1 and world.hq.has_job(later) and bj.has_job(later)
    assert hq_prune(world) == [], "nothing more until a newer snapshot"
    late = newcomer(world, tmp_path / "GZ01")
    try:
        for _round in range(2):
            for site in (*world.sites, late):
                site.sync()
        assert all(late.has_job(job) for job in [*jobs, later])
        assert late.digest() == world.hq.digest()
    finally:
        late.close()


def test_young_bundles_and_unacknowledged_ones_stay(world):
    work(world)
    membership.publish_snapshot(world.hq.db, world.hq.folder)
    assert hq_prune(world) == [], "younger than the retention"
    set_bundle_retention_days(world.hq.db, 60)
    age_bundles(world)
    assert hq_prune(world) == [], "younger than a longer retention"
    set_bundle_retention_days(world.hq.db, 30)
    sh, bj = world.outlets
    sh.job("北京还没收到")
    sh.sync()
    world.hq.sync()
    world.hq.job("总部")  # snapshots are named by head office's own seq: this one sorts after the first
    membership.publish_snapshot(world.hq.db, world.hq.folder)  # covers sh's newest; bj has not applied it
    sh.job("再来一个")
    sh.sync()  # so the unacknowledged one is not sh's newest
    age_bundles(world)
    unacknowledged = max(all_bundles(world)[sh.site_id]) - 1
    hq_prune(world)
    assert unacknowledged in all_bundles(world)[sh.site_id]
    bj.sync()
    age_bundles(world)
    world.hq.sync()  # the regular cycle prunes too
    assert unacknowledged not in all_bundles(world)[sh.site_id]


def test_a_revoked_site_does_not_hold_bundles_back(world):
    sh, bj = world.outlets
    work(world, 1)
    for index in range(3):
        sh.job(f"客户{index}")
        sh.sync()
    world.hq.sync()
    membership.publish_snapshot(world.hq.db, world.hq.folder)
    age_bundles(world)
    assert not any(item.site_id == sh.site_id and item.seq > bj.cursor(sh.site_id) for item in hq_prune(world))
    membership.revoke(world.hq.db, bj.site_id)
    removed = hq_prune(world)
    assert any(item.site_id == sh.site_id and item.seq > bj.cursor(sh.site_id) for item in removed)
    sh.sync()
    assert sh.digest() == world.hq.digest()


@pytest.mark.parametrize("forgery", ["other_site", "bad_signature", "not_on_roster"])
def test_a_hostile_acknowledgement_is_ignored(world, forgery):
    sh, bj = world.outlets
    work(world, 1)
    hq_prune(world)  # head office reads sh's genuine acknowledgement once
    for index in range(3):
        bj.job(f"客户{index}")
        bj.sync()
    world.hq.sync()
    membership.publish_snapshot(world.hq.db, world.hq.folder)
    age_bundles(world)
    share = Share(world.share)
    claim = {site.site_id: 10**6 for site in world.sites}
    document = {"kind": pruning.KIND_ACK, "share": load_config(sh.db).share_id, "site": sh.site_id,
                "applied": claim, "at": utc_now().isoformat()}
    if forgery == "other_site":  # bj writes, with its own key, under sh's name
        data = encode_signed_document(document, keys.load_private_key(bj.site_id))
    elif forgery == "bad_signature":
        genuine = encode_signed_document({**document, "applied": {}}, keys.load_private_key(sh.site_id))
        data = genuine.replace(b'"applied": {}', ('"applied": ' + str(claim).replace("'", '"')).encode())
        assert data != genuine
    else:  # a key nobody admitted
        private, _public = keys.generate_keypair()
        data = encode_signed_document(document, private)
    pruning.ack_path(share, sh.site_id).write_bytes(data)
    roster = membership.current_roster(world.hq.db, share, load_config(world.hq.db))[0]
    assert pruning.read_acknowledgement(share, roster, sh.site_id) is None
    needed_by_sh = sh.cursor(bj.site_id) + 1
    hq_prune(world)
    assert needed_by_sh in all_bundles(world)[bj.site_id], "what sh still needs stays"
    sh.sync()
    assert sh.cursor(bj.site_id) == max(all_bundles(world)[bj.site_id])
    assert pruning.read_acknowledgement(share, roster, sh.site_id) is not None, "sh writes its own again"


def test_a_kill_during_pruning_loses_nothing_and_the_next_cycle_finishes(world, tmp_path):
    sh, bj = world.outlets
    for _round in range(3):
        work(world, 1)
    membership.publish_snapshot(world.hq.db, world.hq.folder)
    world.converge()
    age_bundles(world)
    before = digests(world)
    due = pruning.prunable(world.hq.db, Share(world.share), load_config(world.hq.db),
                           membership.current_roster(world.hq.db, Share(world.share), load_config(world.hq.db))[0],
                           utc_now())
    assert len(due) >= 4
    count = sum(len(seqs) for seqs in all_bundles(world).values())
    world.hq.db.dispose()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
               AFTERSALES_KEY_DIR=str(world.keys), **{pruning.PAUSE_ENV: "0.4"})
    process = subprocess.Popen([sys.executable, "-m", "aftersales_desktop.cli", "share", "prune", "--data-dir",
                                str(world.hq.folder)], env=env, cwd=world.root, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while sum(len(s) for s in all_bundles(world).values()) > count - 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
    left = sum(len(s) for s in all_bundles(world).values())
    assert count - len(due) < left <= count - 2, "killed half-way"
    report = world.hq.sync()
    assert report.bundles_pruned == left - (count - len(due))
    assert sum(len(s) for s in all_bundles(world).values()) == count - len(due)
    world.converge()
    assert digests(world) == before
    late = newcomer(world, tmp_path / "GZ01")
    try:
        for _round in range(2):
            for site in (*world.sites, late):
                site.sync()
        assert late.digest() == world.hq.digest() == sh.digest() == bj.digest()
    finally:
        late.close()


def test_the_command_prints_what_it_removed(world):
    work(world)
    membership.publish_snapshot(world.hq.db, world.hq.folder)
    age_bundles(world)
    world.hq.db.dispose()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
               AFTERSALES_KEY_DIR=str(world.keys))
    command = [sys.executable, "-m", "aftersales_desktop.cli", "share", "prune", "--data-dir"]
    done = subprocess.run([*command, str(world.hq.folder)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == f"Pruned {len(lines) - 1} bundles from the share." and len(lines) > 1
    assert all(line.startswith("removed ") and line.endswith(".bundle") for line in lines[:-1])
    outlet = subprocess.run([*command, str(world.outlets[0].folder)], env=env, capture_output=True, text=True,
                            timeout=60)
    assert outlet.returncode == 1 and "head office" in outlet.stderr


@pytest.mark.parametrize("encrypted", [False, True])
def test_a_site_away_past_the_retention_catches_up_from_the_snapshot_and_keeps_its_work(world, encrypted):
    hq, (sh, bj) = world.hq, world.outlets
    if encrypted:
        membership.encrypt_share(hq.db)
        world.converge()
    work(world, 1)
    set_outbox_retention_days(bj.db, 7)
    for name in ("已发未核一", "已发未核二"):  # on the share, not yet verified by bj when it goes away
        bj.job(name)
        bj.sync()
    hq.sync()
    sh.sync()
    unverified = max(all_bundles(world)[bj.site_id]) - 1
    unpublished = bj.job("离线时开的单")  # bj goes away with this still in its outbox
    later = utc_now() + timedelta(days=OLD)

    def cycle(site: Installation):
        return site.engine(now=lambda: later).run_cycle()

    sh_jobs = []
    for index in range(3):
        sh_jobs.append(sh.job(f"上海{index}"))
        cycle(sh)
        cycle(hq)
    membership.publish_snapshot(hq.db, hq.folder, now=later)
    needed = bj.cursor(sh.site_id) + 1
    cycle(sh)
    report = cycle(hq)  # bj said nothing for longer than the retention: it holds nothing back
    assert report.bundles_pruned > 0 and needed not in all_bundles(world)[sh.site_id]
    assert unverified not in all_bundles(world)[bj.site_id]
    cycle(bj)
    assert all(bj.has_job(job) for job in sh_jobs), "caught up from the snapshot"
    assert any("Caught up" in message for _lv, message, _p in bj.log("info"))
    assert bj.cursor(sh.site_id) == max(all_bundles(world)[sh.site_id])
    for _round in range(2):
        for site in world.sites:
            cycle(site)
    assert hq.has_job(unpublished) and sh.has_job(unpublished), "its own work went out"
    assert len(set(digests(world))) == 1
    assert not any("could not be read back" in message for _lv, message, _p in bj.log("warning"))
