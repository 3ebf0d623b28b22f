"""A site restored from an old backup: it refuses to publish, and a fork on the share is reported.

SH01's data folder is copied after its first bundle; SH01 goes on (bundles 2 and 3), then the old
copy is put back and gets new changes. It must not publish them over its own history. When a
forked history reaches the share anyway (an old version, a cloud folder that had not downloaded
bundles 2 and 3 yet), receivers report it and stop applying SH01 instead of merging blindly,
while HQ and BJ01 keep converging with each other.
"""

from __future__ import annotations

import shutil

import pytest

from aftersales_desktop.sync.engine import CycleReport, SyncError, load_config
from aftersales_desktop.sync import keys
from aftersales_desktop.sync.share import Share
from tests.sync.sites import Installation, bundle_files, copy_world, world_env


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    yield made
    made.close()


def _publish_anyway(site: Installation) -> None:
    """What an old version without the check would do: publish the outbox as the next bundles."""
    config = load_config(site.db)
    site.engine().publish(Share(config.share_path), config, keys.load_private_key(site.site_id), CycleReport())


def _forks_reported(site: Installation, report: CycleReport, forked: Installation) -> bool:
    return bool(report.problems) and any(params.get("site") == forked.site_id for _lv, _m, params in site.log("error"))


def test_a_site_restored_from_an_old_backup_refuses_to_publish(world, tmp_path):
    hq, (sh, bj) = world.hq, world.outlets
    backup = tmp_path / "backup"
    shutil.copytree(sh.folder, backup)  # a copy of the data folder after SH01's first bundle
    sh.job("王芳")
    sh.sync()
    sh.job("李娜")
    sh.sync()
    assert len(bundle_files(world, sh)) == 3

    sh.close()
    shutil.rmtree(sh.folder)
    shutil.copytree(backup, sh.folder)
    sh = world.outlets[0] = Installation(sh.folder)
    restored_job = sh.job("赵六")
    with pytest.raises(SyncError) as refused:
        sh.sync()
    assert refused.value.code == "forked"
    assert any(params.get("first") == 2 and params.get("last") == 3 for _lv, _m, params in sh.log("error"))
    assert len(bundle_files(world, sh)) == 3, "nothing published over its own history"
    assert sh.engine().waiting() > 0
    hq.sync()
    assert not hq.has_job(restored_job)
    # The others go on converging.
    bj_job = bj.job("孙七")
    bj.sync()
    hq.sync()
    assert hq.has_job(bj_job)


def test_receivers_report_a_fork_and_stop_applying_that_site(world, tmp_path):
    hq, (sh, bj) = world.hq, world.outlets
    backup = tmp_path / "backup"
    shutil.copytree(sh.folder, backup)
    first_job = sh.job("王芳")
    sh.sync()
    second_job = sh.job("李娜")
    sh.sync()
    hq.sync()  # HQ applies SH01's bundles 2 and 3; BJ01 has only bundle 1
    assert hq.has_job(first_job) and hq.has_job(second_job) and not bj.has_job(first_job)
    original = {path.name for path in bundle_files(world, sh)}

    # The restored copy publishes bundles 2', 3', 4' while bundles 2 and 3 are out of its sight.
    sh.close()
    shutil.rmtree(sh.folder)
    shutil.copytree(backup, sh.folder)
    sh = world.outlets[0] = Installation(sh.folder)
    hidden = tmp_path / "hidden"
    hidden.mkdir()
    folder = world.site_dir(sh)
    for path in bundle_files(world, sh)[1:]:
        path.rename(hidden / path.name)
    forked_jobs = []
    for name in ("赵六", "孙七", "周八"):
        forked_jobs.append(sh.job(name))
        _publish_anyway(sh)
    forked = {path.name for path in bundle_files(world, sh)} - original
    assert len(forked) == 3
    for path in hidden.iterdir():
        path.rename(folder / path.name)
    assert len(bundle_files(world, sh)) == 6

    # HQ applied bundle 3; a cloud client has not delivered 3' to it yet: 4' does not link to 3.
    (three_prime,) = [name for name in forked if name.startswith("0000000000000003")]
    (folder / three_prime).rename(hidden / three_prime)
    report = hq.sync()
    assert _forks_reported(hq, report, sh)
    (hidden / three_prime).rename(folder / three_prime)
    # Now HQ sees two bundles 3; BJ01 (at bundle 1) sees two bundles 2.
    assert _forks_reported(hq, hq.sync(), sh)
    bj_job = bj.job("吴九")
    report = bj.sync()
    assert _forks_reported(bj, report, sh)
    for receiver in (hq, bj):
        assert not any(receiver.has_job(job_id) for job_id in forked_jobs), "not merged blindly"
    assert not bj.has_job(first_job) and not bj.has_job(second_job), "BJ01 stopped at SH01's fork"

    # HQ and BJ01 still exchange their own changes.
    hq_job = hq.job("郑十")
    for _round in range(2):
        hq.sync()
        bj.sync()
    assert hq.has_job(bj_job) and bj.has_job(hq_job)
    assert hq.cursor(sh.site_id) == 3 and bj.cursor(sh.site_id) == 1
    # The restored SH01 itself now sees its own history ahead of it and stops publishing.
    sh.job("冯十一")
    with pytest.raises(SyncError) as refused:
        sh.sync()
    assert refused.value.code == "forked"
