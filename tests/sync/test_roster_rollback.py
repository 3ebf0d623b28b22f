"""Roster files deleted, zeroed or restored on the share never take a revocation back.

HQ revokes BJ01 (roster version 4) and HQ and SH01 see it. Then someone with write access to the
share removes, empties or replaces the newest roster file. Each site keeps its own copy of the
newest roster it verified (HQ: published): the cycle goes on with that copy and says what is wrong
with the share (one log line), HQ builds every new version on its copy, BJ01 stays revoked, and
after HQ republishes its copy every site accepts the new version.
"""

from __future__ import annotations

import pytest

from aftersales_desktop import cli
from aftersales_desktop.services import passwords, sync_status
from aftersales_desktop.sync import keys, membership
from aftersales_desktop.sync.engine import CycleReport, SyncError, load_config
from aftersales_desktop.sync.share import Share, ShareError
from aftersales_desktop.sync.state import roster_version_seen
from tests.sync.sites import Installation, copy_world, world_env

pytestmark = pytest.mark.timeout(120)

CODES = {"deleted": "rollback", "zeroed": "roster_damaged", "older": "rollback", "emptied": "roster_missing",
         "garbage": "roster_damaged", "forged": "roster_damaged"}


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    hq, (sh, bj) = made.hq, made.outlets
    membership.revoke(hq.db, bj.site_id)
    hq.sync()
    sh.sync()
    assert roster_version_seen(hq.db) == roster_version_seen(sh.db) == 4
    yield made
    made.close()


def _rosters(world):
    return Share(world.share).base / "roster"


def _damage(world, how: str) -> None:
    """Do ``how`` to the newest roster file (version 4, the one revoking BJ01)."""
    folder = _rosters(world)
    newest, older = folder / "0000000004.roster", folder / "0000000003.roster"
    if how == "deleted":
        newest.unlink()
    elif how == "zeroed":
        newest.write_bytes(b"")
    elif how == "garbage":
        newest.write_bytes(b'{"document": {"kind": "aftersales.roster"')
    elif how == "forged":
        data = newest.read_bytes().replace(b'"revoked": {', b'"revoked_": {')
        newest.write_bytes(data)  # readable JSON whose signature no longer verifies
    elif how == "older":
        newest.write_bytes(older.read_bytes())  # restored from an old copy under the newest name
    elif how == "emptied":
        for path in folder.iterdir():
            path.unlink()


def _hostile_bundle(bj: Installation) -> str:
    """BJ01 (revoked, but holding its key) publishes a change anyway, as an old version would."""
    job_id = bj.job("冒名")
    config = load_config(bj.db)
    bj.engine().publish(Share(config.share_path), config, keys.load_private_key(bj.site_id), CycleReport())
    return job_id


def _revoked_at(site: Installation, revoked: Installation) -> bool:
    return any(s.site_id == revoked.site_id and s.revoked for s in membership.roster_sites(site.db))


def _roster_errors(site: Installation, code_message: str) -> list:
    return [params for _lv, message, params in site.log("error") if code_message in message]


# -- what the share says --------------------------------------------------------------------------

@pytest.mark.parametrize("how", sorted(CODES))
def test_the_share_says_which_problem_its_rosters_have(world, how):
    _damage(world, how)
    share = Share(world.share)
    with pytest.raises(ShareError) as caught:
        share.roster(load_config(world.hq.db).hq_public_key, min_version=4)
    assert caught.value.code == CODES[how]
    assert caught.value.message


def test_damaged_is_not_rollback_in_the_words_either(world):
    hq_key = load_config(world.hq.db).hq_public_key
    messages = {}
    for how in ("zeroed", "older"):
        _damage(world, how)
        with pytest.raises(ShareError) as caught:
            Share(world.share).roster(hq_key, min_version=4)
        messages[how] = caught.value.message
    assert "damaged" in messages["zeroed"] and "damaged" not in messages["older"]
    assert "removed or restored" in messages["older"]


# -- at head office -------------------------------------------------------------------------------

def _hq_keeps_the_revocation(world, how: str) -> None:
    hq, (sh, bj) = world.hq, world.outlets
    hostile = _hostile_bundle(bj)
    _damage(world, how)
    report = hq.sync()
    assert report.problems, "the cycle says what is wrong with the share"
    assert not hq.has_job(hostile), "BJ01 stays revoked"
    assert _revoked_at(hq, bj)
    assert bj.site_id not in {r.site_id for r in membership.pending_requests(hq.db)}
    errors = [p for _lv, _m, p in hq.log("error") if p.get("expected") == 4]
    hq.sync()
    assert len([p for _lv, _m, p in hq.log("error") if p.get("expected") == 4]) == len(errors) == 1, \
        "one line, not one per cycle"
    problem = sync_status.roster_problem(hq.ctx)
    assert (problem.code, problem.kept) == (CODES[how], 4)
    assert problem.found == {"deleted": 3, "zeroed": 3, "older": 3, "emptied": 0, "forged": 3}[how]
    assert problem.text() and "republish" in problem.text()
    # The next roster HQ publishes is built on its own copy: BJ01 is still revoked in it.
    membership.revoke(hq.db, sh.site_id)
    newest = Share(world.share).roster(load_config(hq.db).hq_public_key)
    assert newest.version == 5
    assert newest.is_revoked(bj.site_id) and newest.is_revoked(sh.site_id)


def test_hq_keeps_the_revocation_when_the_newest_roster_is_deleted(world):
    _hq_keeps_the_revocation(world, "deleted")


def test_hq_keeps_the_revocation_when_the_newest_roster_is_zeroed(world):
    _hq_keeps_the_revocation(world, "zeroed")


def test_hq_keeps_the_revocation_when_an_older_roster_is_put_back(world):
    _hq_keeps_the_revocation(world, "older")


def test_hq_keeps_the_revocation_when_every_roster_is_removed(world):
    _hq_keeps_the_revocation(world, "emptied")


def test_hq_keeps_the_revocation_when_the_newest_roster_is_forged(world):
    _hq_keeps_the_revocation(world, "forged")


def test_hq_approving_a_site_after_the_newest_roster_was_deleted_does_not_unrevoke(world, monkeypatch):
    hq, (_sh, bj) = world.hq, world.outlets
    _damage(world, "deleted")
    monkeypatch.setattr(passwords, "_N", 2**4)
    newcomer = Installation(world.root / "GZ01", "GZ01")
    try:
        membership.join_share(newcomer.db, world.share)
        membership.approve(hq.db, newcomer.site_id)
    finally:
        newcomer.close()
    newest = Share(world.share).roster(load_config(hq.db).hq_public_key)
    assert newest.version == 5 and newcomer.db.site_id in newest.sites
    assert newest.is_revoked(bj.site_id), "the approval did not build on roster 3"


# -- at an outlet ---------------------------------------------------------------------------------

def _outlet_keeps_the_revocation(world, how: str) -> None:
    _hq, (sh, bj) = world.hq, world.outlets
    hostile = _hostile_bundle(bj)
    _damage(world, how)
    report = sh.sync()
    assert report.problems
    assert not sh.has_job(hostile), "BJ01 stays revoked at SH01"
    assert _revoked_at(sh, bj)
    assert len([p for _lv, _m, p in sh.log("error") if p.get("expected") == 4]) == 1
    sh.sync()
    assert len([p for _lv, _m, p in sh.log("error") if p.get("expected") == 4]) == 1
    assert roster_version_seen(sh.db) == 4


def test_an_outlet_keeps_the_revocation_when_the_newest_roster_is_deleted(world):
    _outlet_keeps_the_revocation(world, "deleted")


def test_an_outlet_keeps_the_revocation_when_the_newest_roster_is_zeroed(world):
    _outlet_keeps_the_revocation(world, "zeroed")


def test_an_outlet_keeps_the_revocation_when_an_older_roster_is_put_back(world):
    _outlet_keeps_the_revocation(world, "older")


def test_an_outlet_keeps_the_revocation_when_every_roster_is_removed(world):
    _outlet_keeps_the_revocation(world, "emptied")


def test_the_revoked_outlet_stays_revoked_itself(world):
    bj = world.outlets[1]
    with pytest.raises(SyncError) as refused:
        bj.sync()  # BJ01 sees its revocation
    assert refused.value.code == "revoked"
    _damage(world, "deleted")
    with pytest.raises(SyncError) as refused:
        bj.sync()
    assert refused.value.code == "revoked", "roster 3 on the share does not give BJ01 its access back"


def test_a_site_without_a_kept_copy_refuses_a_rollback(world):
    """An installation upgraded from a version that kept only the number still refuses."""
    sh = world.outlets[0]
    with sh.db.transaction() as session:
        from aftersales_desktop.storage.models import LocalState
        session.delete(session.get(LocalState, "sync.roster_document"))
    _damage(world, "deleted")
    with pytest.raises(SyncError) as refused:
        sh.sync()
    assert refused.value.code == "rollback"


# -- republishing ---------------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["deleted", "zeroed", "older", "emptied"])
def test_hq_republishes_its_copy_and_every_site_accepts_it(world, how):
    hq, (sh, bj) = world.hq, world.outlets
    _damage(world, how)
    sh.sync()
    hq.sync()
    assert sync_status.roster_problem(hq.ctx).code == CODES[how]
    published = membership.republish_roster(hq.db)
    assert published.version == 5
    assert sync_status.roster_problem(hq.ctx) is None
    assert published.is_revoked(bj.site_id)
    for site in (hq, sh):
        report = site.sync()
        assert report.problems == [], site
        assert roster_version_seen(site.db) == 5
        assert sync_status.roster_problem(site.ctx) is None
        assert _revoked_at(site, bj)
    assert any("published its roster again" in m for _lv, m, _p in hq.log("info"))


def test_republish_roster_on_the_command_line(world, capsys):
    hq, (sh, bj) = world.hq, world.outlets
    _damage(world, "deleted")
    assert cli.main(["share", "republish-roster", "--data-dir", str(hq.folder)]) == 0
    assert "version 5" in capsys.readouterr().out
    assert sh.sync().problems == []
    assert _revoked_at(sh, bj)


def test_only_hq_republishes(world, capsys):
    sh = world.outlets[0]
    with pytest.raises(SyncError) as refused:
        membership.republish_roster(sh.db)
    assert refused.value.code == "not_hq"
    assert cli.main(["share", "republish-roster", "--data-dir", str(sh.folder)]) == 1
