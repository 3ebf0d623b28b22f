"""Why another site's stream stopped is said once and listed: waiting for a gap, equivocation, a fork.

SH01's bundles reach HQ out of order (a cloud client delivers bundle N+2 before N+1), or SH01 signs
two different bundles with one number (a copy of its data folder put back and run). HQ keeps a row
in ``sync_streams`` with one log line when the problem starts, removes it when the stream moves on,
and the Sync page reads the rows through ``sync_status.stream_problems``.
"""

from __future__ import annotations

import shutil

import pytest

from aftersales_desktop.domain.errors import PermissionDenied
from aftersales_desktop.services import sync_status
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.outlet import user_by_username
from aftersales_desktop.sync import bundle as bundles
from aftersales_desktop.sync import keys
from aftersales_desktop.sync.engine import CycleReport, load_config
from aftersales_desktop.sync.share import Share
from tests.sync.sites import Installation, bundle_files, copy_world, world_env

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    yield made
    made.close()


def _problems(site: Installation) -> list[sync_status.StreamProblemInfo]:
    return sync_status.stream_problems(site.ctx)


def _lines(site: Installation, words: str) -> list[dict]:
    return [params for _lv, message, params in site.log() if words in message]


def _publish_anyway(site: Installation) -> None:
    """What an old version without the own-chain check would do: publish the outbox as the next bundles."""
    config = load_config(site.db)
    site.engine().publish(Share(config.share_path), config, keys.load_private_key(site.site_id), CycleReport())


def _restored(world, site: Installation, backup) -> Installation:
    """``site`` with its data folder put back from ``backup``."""
    index = world.outlets.index(site)
    site.close()
    shutil.rmtree(site.folder)
    shutil.copytree(backup, site.folder)
    world.outlets[index] = Installation(site.folder)
    return world.outlets[index]


def _hash(path) -> str:
    return bundles.file_hash(path.read_bytes())


# -- waiting for a missing bundle --------------------------------------------------------------------

def test_a_gap_is_said_once_listed_and_cleared_when_the_missing_bundle_arrives(world, tmp_path):
    hq, (sh, bj) = world.hq, world.outlets
    first_job = sh.job("王芳")
    sh.sync()
    second_job = sh.job("李娜")
    sh.sync()
    files = bundle_files(world, sh)
    missing, later = files[-2], files[-1]
    waited = bundles.parse_name(missing.name)[0]
    held = tmp_path / missing.name
    missing.rename(held)  # the cloud client has delivered the later bundle first
    bj_job = bj.job("赵六")
    bj.sync()

    hq.sync()
    assert hq.has_job(bj_job) and not hq.has_job(second_job) and not hq.has_job(first_job)
    [problem] = _problems(hq)
    assert (problem.site_id, problem.kind, problem.seq) == (sh.site_id, "waiting", waited)
    assert problem.site_name == "SH01 网点"
    assert problem.detail == {"next_on_share": bundles.parse_name(later.name)[0]}
    assert problem.since is not None
    assert "SH01 网点" in problem.text() and str(waited) in problem.text()
    assert len(_lines(hq, "Waiting for bundle")) == 1
    hq.sync()
    hq.sync()
    assert len(_lines(hq, "Waiting for bundle")) == 1, "one line, not one per cycle"
    assert [p.since for p in _problems(hq)] == [problem.since]

    held.rename(missing)
    report = hq.sync()
    assert report.bundles_applied == 2
    assert hq.has_job(first_job) and hq.has_job(second_job)
    assert _problems(hq) == []


def test_the_end_of_a_stream_is_not_a_gap(world):
    hq, sh = world.hq, world.outlets[0]
    sh.job("王芳")
    sh.sync()
    hq.sync()
    assert _problems(hq) == [] and _lines(hq, "Waiting for bundle") == []


def test_a_revoked_site_is_not_waited_for(world, tmp_path):
    from aftersales_desktop.sync import membership

    hq, (sh, _bj) = world.hq, world.outlets
    for name in ("王芳", "李娜"):
        sh.job(name)
        sh.sync()
    missing = bundle_files(world, sh)[-2]
    missing.rename(tmp_path / missing.name)
    hq.sync()
    assert [p.kind for p in _problems(hq)] == ["waiting"]
    membership.revoke(hq.db, sh.site_id)
    hq.sync()
    assert _problems(hq) == []


# -- two bundles with one seq ------------------------------------------------------------------------

def _equivocate(world, tmp_path) -> tuple[Installation, list]:
    """SH01 publishes bundle N, then a copy of its folder from before publishes another bundle N."""
    sh = world.outlets[0]
    backup = tmp_path / "backup"
    shutil.copytree(sh.folder, backup)
    before = {p.name for p in bundle_files(world, sh)}
    sh.job("王芳")
    sh.sync()
    [first] = [p for p in bundle_files(world, sh) if p.name not in before]
    held = tmp_path / first.name
    first.rename(held)  # out of the restored copy's sight while it publishes
    sh = _restored(world, sh, backup)
    sh.job("孙七")
    _publish_anyway(sh)
    held.rename(first)
    two = [p for p in bundle_files(world, sh) if p.name not in before]
    assert len(two) == 2 and bundles.parse_name(two[0].name)[0] == bundles.parse_name(two[1].name)[0]
    return sh, two


def test_two_bundles_with_one_seq_are_equivocation_with_both_hashes(world, tmp_path):
    hq, bj = world.hq, world.outlets[1]
    sh, two = _equivocate(world, tmp_path)
    bj_job = bj.job("李娜")
    bj.sync()
    report = hq.sync()
    assert hq.has_job(bj_job), "the other outlet goes on"
    [problem] = _problems(hq)
    assert (problem.site_id, problem.kind) == (sh.site_id, "equivocation")
    assert problem.seq == bundles.parse_name(two[0].name)[0]
    assert sorted(problem.detail["hashes"]) == sorted(_hash(p) for p in two)
    assert report.problems and all("backup" not in text for text in report.problems), \
        "a receiver cannot know why: it says what it sees"
    said = [(lv, m, p) for lv, m, p in hq.log("error") if p.get("site") == sh.site_id]
    assert len(said) == 1 and "two different bundles" in said[0][1] and "backup" not in said[0][1]
    assert {said[0][2]["first"], said[0][2]["second"]} == {_hash(p)[:16] for p in two}
    assert hq.sync().problems, "still reported by every cycle's report"
    assert len([1 for _lv, _m, p in hq.log("error") if p.get("site") == sh.site_id]) == 1


def test_a_second_bundle_for_a_seq_already_applied_is_equivocation(world, tmp_path):
    hq = world.hq
    sh, two = _equivocate(world, tmp_path)
    held = tmp_path / two[1].name
    two[1].rename(held)
    hq.sync()
    assert hq.cursor(sh.site_id) == bundles.parse_name(two[0].name)[0]
    assert _problems(hq) == []
    held.rename(two[1])
    hq.sync()
    [problem] = _problems(hq)
    assert problem.kind == "equivocation" and problem.seq == hq.cursor(sh.site_id)
    assert sorted(problem.detail["hashes"]) == sorted(_hash(p) for p in two)
    assert "two different bundles" in problem.text()


def test_a_bundle_that_does_not_follow_the_one_applied_is_a_fork(world, tmp_path):
    hq = world.hq
    sh = world.outlets[0]
    backup = tmp_path / "backup"
    shutil.copytree(sh.folder, backup)
    sh.job("王芳")
    sh.sync()
    hq.sync()
    applied = hq.cursor(sh.site_id)
    original = {p.name for p in bundle_files(world, sh)}
    # The restored copy publishes N' and N+1' while bundle N is out of its sight.
    hidden = tmp_path / "hidden"
    hidden.mkdir()
    newest = bundle_files(world, sh)[-1]
    newest.rename(hidden / newest.name)
    sh = _restored(world, sh, backup)
    for name in ("赵六", "孙七"):
        sh.job(name)
        _publish_anyway(sh)
    (hidden / newest.name).rename(newest)
    forked = sorted(p for p in bundle_files(world, sh) if p.name not in original)
    forked[0].rename(hidden / forked[0].name)  # HQ sees N+1' only: it does not follow N
    report = hq.sync()
    [problem] = _problems(hq)
    assert (problem.kind, problem.seq) == ("forked", applied + 1)
    assert problem.detail["hash"] == _hash(forked[1])
    assert problem.detail["applied_hash"] != problem.detail["prev_hash"]
    assert report.problems and all("backup" not in text for text in report.problems)
    assert hq.cursor(sh.site_id) == applied


def test_reading_stream_problems_needs_the_sync_permission(world):
    hq = world.hq
    technician = AppContext(hq.db, user_by_username(hq.db, "tHQ"))
    with pytest.raises(PermissionDenied):
        sync_status.stream_problems(technician)
    assert sync_status.stream_problems(hq.ctx) == []
