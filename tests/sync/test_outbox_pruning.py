"""Published changes leave the outbox once their bundle is verified on the share and old enough.

Real sites on a real share folder: pruning never loses data (every site still converges and
digests agree), keeps what is not yet published, keeps everything of a bundle the share does not
hold as it was made, and an interrupted prune leaves whole bundles pruned or not.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from aftersales_desktop.sync.engine import utc_now
from aftersales_desktop.sync.state import outbox_retention_days, set_outbox_retention_days
from tests.sync.sites import Installation, bundle_files, copy_world, world_env


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    yield made
    made.close()


def outbox(site: Installation) -> tuple[int, int]:
    """(published, unpublished) outbox rows."""
    with site.db.raw_transaction() as connection:
        return tuple(connection.exec_driver_sql(
            "SELECT coalesce(sum(published), 0), coalesce(sum(1 - published), 0) FROM outbox").one())


def test_published_changes_stay_for_the_retention_and_then_go(world):
    hq, (sh, _bj) = world.hq, world.outlets
    assert outbox_retention_days(sh.db) == 7
    job_id = sh.job("王芳")
    sh.sync()
    assert outbox(sh)[0] > 0, "kept for a week by default"
    report = sh.engine(now=lambda: utc_now() + timedelta(days=8)).run_cycle()
    assert report.pruned > 0 and outbox(sh) == (1, 0)  # the newest row stays: its seq is never reused
    hq.sync()
    assert hq.has_job(job_id)


def test_pruning_keeps_what_is_not_published_and_loses_no_data(world):
    hq, (sh, bj) = world.hq, world.outlets
    set_outbox_retention_days(sh.db, 0)
    first = sh.job("王芳")
    sh.sync()
    assert outbox(sh) == (1, 0)
    second = sh.job("李娜")
    assert outbox(sh)[1] > 0
    world.converge()
    assert outbox(sh) == (1, 0)
    assert all(site.has_job(first) and site.has_job(second) for site in world.sites)
    assert hq.digest() == sh.digest() == bj.digest()


def test_a_bundle_the_share_does_not_hold_as_made_keeps_its_changes(world):
    hq, (sh, _bj) = world.hq, world.outlets
    set_outbox_retention_days(sh.db, 0)
    sh.job("王芳")
    engine = sh.engine()
    engine.prune_outbox = lambda share, report: 0  # publish now, prune on a later cycle
    engine.run_cycle()
    newest = bundle_files(world, sh)[-1]
    data = newest.read_bytes()
    newest.unlink()
    sh.sync()  # the older bundles are verified and pruned; the missing one keeps its changes
    with sh.db.raw_transaction() as connection:
        kept = connection.exec_driver_sql("SELECT count FROM sync_published ORDER BY seq DESC LIMIT 1").scalar()
    assert outbox(sh)[0] == kept > 1
    assert any("could not be read back" in message for _lv, message, _p in sh.log("warning"))
    newest.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    sh.sync()
    assert outbox(sh)[0] == kept
    newest.write_bytes(data)
    sh.sync()
    assert outbox(sh)[0] == 1


def test_an_interrupted_prune_leaves_whole_bundles_and_the_next_cycle_finishes(world, monkeypatch):
    _hq, (sh, _bj) = world.hq, world.outlets
    set_outbox_retention_days(sh.db, 0)
    engine = sh.engine(bundle_changes=3)
    engine.prune_outbox = lambda share, report: 0
    for index in range(3):
        sh.job(f"客户{index}")
    engine.run_cycle()
    with sh.db.raw_transaction() as connection:
        bundles = connection.exec_driver_sql("SELECT count(*) FROM sync_published WHERE state = 'shared'").scalar()
    assert bundles >= 3
    real = type(sh.db).raw_transaction
    calls = {"n": 0}

    def dying(self, **options):  # the second bundle's prune transaction dies before it commits
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(self, **options)

    monkeypatch.setattr(type(sh.db), "raw_transaction", dying)
    with pytest.raises(KeyboardInterrupt):
        sh.engine().prune_outbox(__import__("aftersales_desktop.sync.share", fromlist=["Share"]).Share(
            world.share), __import__("aftersales_desktop.sync.engine", fromlist=["CycleReport"]).CycleReport())
    monkeypatch.setattr(type(sh.db), "raw_transaction", real)
    with sh.db.raw_transaction() as connection:
        states = [s for (s,) in connection.exec_driver_sql("SELECT state FROM sync_published ORDER BY seq")]
        for seq, first, last, state in connection.exec_driver_sql(
                "SELECT seq, first_outbox, last_outbox, state FROM sync_published"):
            left = connection.exec_driver_sql("SELECT count(*) FROM outbox WHERE seq BETWEEN ? AND ?",
                                              (first, last)).scalar()
            assert (left == 0) == (state == "pruned"), (seq, state, left)
    assert states.count("pruned") == 1
    sh.sync()
    assert outbox(sh) == (1, 0)
