"""Re-key after a restore: an outlet's database put back from an old copy gets a new site identity.

SH01's data folder is copied after its first bundle; SH01 goes on (bundles 2 and 3, head office
applies only 2), then the old copy is put back and gets a new job. Sync refuses to publish. The
manager re-keys: the installation asks to join again under a new site id, applies its old
identity's bundles 2 and 3 back as another site's (its lost work returns) and publishes the job
made after the restore under the new id from seq 1. Head office approves and retires the old id
after its last bundle on the share. Every site ends with the same data, each change once.
"""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import func, select

from aftersales_desktop.storage.models import Customer
from aftersales_desktop.sync import membership
from aftersales_desktop.sync.engine import SyncError
from aftersales_desktop.sync.share import Share
from tests.sync.sites import Installation, bundle_files, copy_world, world_env


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    yield made
    made.close()


def _customers_named(site: Installation, name: str) -> int:
    with site.db.reader() as session:
        return session.scalar(select(func.count()).select_from(Customer).where(Customer.name == name))


def _restore(world, site: Installation, backup) -> Installation:
    """Put the copied data folder back, as restoring a backup does, and reopen it."""
    index = world.outlets.index(site)
    site.close()
    shutil.rmtree(site.folder)
    shutil.copytree(backup, site.folder)
    world.outlets[index] = Installation(site.folder)
    return world.outlets[index]


def test_a_restored_site_rekeys_and_gets_its_lost_work_back(world, tmp_path):
    hq, (sh, bj) = world.hq, world.outlets
    old_id = sh.site_id
    backup = tmp_path / "backup"
    shutil.copytree(sh.folder, backup)
    lost_first = sh.job("王芳")
    sh.sync()
    hq.sync()  # head office applies bundle 2 ...
    lost_second = sh.job("李娜")
    sh.sync()  # ... but not bundle 3 before the laptop's disk dies
    assert len(bundle_files(world, sh)) == 3

    sh = _restore(world, sh, backup)
    after_restore = sh.job("赵六")
    with pytest.raises(SyncError) as refused:
        sh.sync()
    assert refused.value.code == "forked"
    state = membership.rekey_state(sh.db)
    assert state.behind == (2, 3) and state.rekey_of == ""

    membership.rekey(sh.db)
    new_id = sh.site_id
    assert new_id != old_id
    assert membership.rekey_state(sh.db) == membership.RekeyState((), old_id, False)
    assert not sh.has_job(lost_first)
    sh.sync()  # the old identity is another site now: its bundles come back before any approval
    assert sh.has_job(lost_first) and sh.has_job(lost_second)
    assert sh.cursor(old_id) == 3

    requests = membership.pending_requests(hq.db)
    assert [(r.site_id, r.rekey_of) for r in requests] == [(new_id, old_id)]
    assert requests[0].name == load_name(sh)
    membership.approve(hq.db, new_id)
    roster = Share(world.share).roster(load_hq_key(hq))
    assert roster.is_revoked(old_id) and roster.revoked_after[old_id] == 3
    assert not roster.is_revoked(new_id)
    assert roster.sites[new_id].outlet_id == roster.sites[old_id].outlet_id

    after_approval = sh.job("孙七")
    world.converge(3)
    assert membership.rekey_state(sh.db) == membership.RekeyState((), "", True)
    for site in world.sites:
        for job in (lost_first, lost_second, after_restore, after_approval):
            assert site.has_job(job), (site, job)
        for name in ("王芳", "李娜", "赵六", "孙七"):
            assert _customers_named(site, name) == 1, (site, name)
        assert site.cursor(old_id) == 3
        with site.db.raw_transaction() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM sync_refused").scalar_one() == 0
        assert not site.quarantined()
    assert len({site.digest() for site in world.sites}) == 1
    # The new identity publishes from seq 1; the old one's folder holds only what it had.
    assert [seq for seq, _n in Share(world.share).list_bundles(new_id)][0] == 1
    assert [seq for seq, _n in Share(world.share).list_bundles(old_id)] == [1, 2, 3]


def test_rekey_is_refused_when_nothing_is_behind(world):
    sh = world.outlets[0]
    with pytest.raises(SyncError) as refused:
        membership.rekey(sh.db)
    assert refused.value.code == "not_behind"
    with pytest.raises(SyncError) as refused:
        membership.rekey(world.hq.db)
    assert refused.value.code == "hq_rekey"


def load_name(site: Installation) -> str:
    from aftersales_desktop.sync.engine import load_config

    return load_config(site.db).site_name


def load_hq_key(hq: Installation) -> bytes:
    from aftersales_desktop.sync.engine import load_config

    return load_config(hq.db).hq_public_key


def test_rekey_from_the_command_line_in_an_encrypted_share(world, tmp_path, capsys):
    from aftersales_desktop.cli import main

    hq, (sh, bj) = world.hq, world.outlets
    membership.encrypt_share(hq.db)
    world.converge()
    old_id = sh.site_id
    backup = tmp_path / "backup"
    shutil.copytree(sh.folder, backup)
    lost = sh.job("王芳")
    sh.sync()
    sh = _restore(world, sh, backup)
    after_restore = sh.job("赵六")
    with pytest.raises(SyncError):
        sh.sync()

    sh.close()
    capsys.readouterr()
    assert main(["share", "status", "--data-dir", str(sh.folder)]) == 0
    assert "bundles 2 to 2 of this site on the share are unknown" in capsys.readouterr().out
    assert main(["share", "rekey", "--data-dir", str(sh.folder)]) == 0
    assert "re-key of " + old_id in capsys.readouterr().out
    assert main(["share", "status", "--data-dir", str(sh.folder)]) == 0
    assert f"re-key of {old_id}: waiting" in capsys.readouterr().out
    sh = world.outlets[0] = Installation(sh.folder)
    new_id = sh.site_id
    assert new_id != old_id
    assert main(["share", "requests", "--data-dir", str(hq.folder)]) == 0
    assert f"re-key of {old_id}" in capsys.readouterr().out
    assert main(["share", "approve", new_id[:13], "--data-dir", str(hq.folder)]) == 0
    assert main(["share", "rekey", "--data-dir", str(bj.folder)]) == 1  # nothing behind there
    after_approval = sh.job("孙七")
    world.converge(3)
    for site in world.sites:
        for job in (lost, after_restore, after_approval):
            assert site.has_job(job), (site, job)
    assert len({site.digest() for site in world.sites}) == 1


def test_the_old_identity_cannot_publish_after_the_rekey_is_approved(world, tmp_path):
    from aftersales_desktop.sync import keys
    from aftersales_desktop.sync.engine import CycleReport, load_config

    hq, (sh, bj) = world.hq, world.outlets
    old_id = sh.site_id
    backup, original = tmp_path / "backup", tmp_path / "original"
    shutil.copytree(sh.folder, backup)
    sh.job("王芳")
    sh.sync()
    sh.close()
    shutil.copytree(sh.folder, original)  # the "lost" disk, found again later
    sh = _restore(world, sh, backup)
    membership.rekey(sh.db)
    membership.approve(hq.db, sh.site_id)
    world.converge()

    found = Installation(original)
    try:
        assert found.site_id == old_id
        stale_job = found.job("钱八")
        with pytest.raises(SyncError) as refused:
            found.sync()
        assert refused.value.code == "revoked"
        # An old version without that check publishes anyway: every receiver refuses it.
        config = load_config(found.db)
        found.engine().publish(Share(config.share_path), config, keys.load_private_key(old_id), CycleReport())
        assert [seq for seq, _n in Share(world.share).list_bundles(old_id)] == [1, 2, 3]
        world.converge()
        for site in world.sites:
            assert not site.has_job(stale_job)
            assert site.quarantined().get((old_id, bundle_files_name(world, old_id, 3))) == "revoked"
        assert len({site.digest() for site in world.sites}) == 1
    finally:
        found.close()


def bundle_files_name(world, site_id: str, seq: int) -> str:
    return next(name for s, name in Share(world.share).list_bundles(site_id) if s == seq)


def test_a_rekey_not_signed_by_the_old_key_is_refused(world):
    from aftersales_desktop.domain.ids import uuid7
    from aftersales_desktop.sync import keys
    from aftersales_desktop.sync.share import ShareError

    hq, (sh, bj) = world.hq, world.outlets
    intruder = uuid7()
    private, public = keys.generate_keypair()
    other_private, _other_public = keys.generate_keypair()
    share = Share(world.share)
    share.request_join(site_id=intruder, name="BJ01 网点", public_key=public, private_key=private,
                       now="2026-12-02T10:00:00+00:00", rekey_of=bj.site_id, rekey_private_key=other_private)
    request = next(r for r in membership.pending_requests(hq.db) if r.site_id == intruder)
    assert request.rekey_of == bj.site_id and not request.proves_rekey([load_public(bj)])
    with pytest.raises(ShareError) as refused:
        membership.approve(hq.db, intruder)
    assert refused.value.code == "invalid"
    roster = Share(world.share).roster(load_hq_key(hq))
    assert not roster.is_revoked(bj.site_id) and intruder not in roster.sites


def load_public(site: Installation) -> bytes:
    from aftersales_desktop.sync.engine import load_config

    return load_config(site.db).public_key

