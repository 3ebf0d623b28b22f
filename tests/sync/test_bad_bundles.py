"""Bad bundles on a real share: rejected or quarantined with a log line, never applied; others go on.

Every test runs HQ and two outlets on one share folder. SH01's newest bundle is damaged in some
way while BJ01 publishes a change; HQ's next cycle must keep SH01's bundle out (quarantine row,
copy under ``quarantine/``, a line in the sync log) and still apply BJ01's change in that cycle.
"""

from __future__ import annotations

import shutil

import pytest

from aftersales_desktop.sync import bundle as bundles
from aftersales_desktop.sync import keys, membership
from aftersales_desktop.sync.engine import CycleReport, SyncError, load_config
from aftersales_desktop.sync.share import Share
from tests.sync.sites import World, bundle_files, copy_world, world_env


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    yield made
    made.close()


def _header_json(data: bytes) -> dict:
    header = bundles.read_header(data)
    return header.to_json()


def _body(data: bytes) -> bytes:
    start = len(bundles.MAGIC) + 4 + int.from_bytes(data[len(bundles.MAGIC):len(bundles.MAGIC) + 4], "big")
    return data[start:len(data) - keys.SIGNATURE_LENGTH]


def _flip(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1:]


def _flip_index(data: bytes, where: str) -> int:
    if where == "header":
        # A digit of the creation time: the header stays readable JSON, only the signature breaks.
        return data.index(b'"created_at":"') + len(b'"created_at":"') + 3
    if where == "body":
        return len(data) - keys.SIGNATURE_LENGTH - 5
    return len(data) - 10  # the signature


def _resign(world: World, data: bytes, site, *, private: bytes | None = None, **changes) -> tuple[str, bytes]:
    """The bundle with header fields changed, signed again (by the site's own key unless given)."""
    header = _header_json(data) | changes
    key = private if private is not None else keys.load_private_key(site.site_id)
    return bundles._assemble(header, _body(data), key, header["seq"])


def _publish_one(site, name: str = "王芳") -> tuple[str, str]:
    """A new job at ``site``, published: (job id, the new bundle's file name)."""
    job_id = site.job(name)
    before = {p.name for p in Share(load_config(site.db).share_path).site_dir(site.site_id).iterdir()}
    report = site.sync()
    assert report.bundles_published == 1
    after = {p.name for p in Share(load_config(site.db).share_path).site_dir(site.site_id).iterdir()}
    (name_,) = after - before
    return job_id, name_


def _warned_about(site, name: str) -> bool:
    return any(params.get("name") == name for _lv, _m, params in site.log("warning"))


# -- damaged in place: the cloud client has not finished, or the disk flipped a bit ---------------

@pytest.mark.parametrize("damage, reason", [
    ("truncated", "hash"), ("zero", "empty"), ("flip-header", "hash"), ("flip-body", "hash"),
    ("flip-signature", "hash"),
])
def test_a_damaged_bundle_is_quarantined_and_the_good_one_applied_when_it_arrives(world, damage, reason):
    hq, (sh, bj) = world.hq, world.outlets
    sh_job, name = _publish_one(sh)
    later_job, _later = _publish_one(sh, "赵六")  # waits behind the damaged one: a chain skips no link
    bj_job, _ = _publish_one(bj, "李娜")
    path = world.site_dir(sh) / name
    good = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(good[:len(good) // 2])
    elif damage == "zero":
        path.write_bytes(b"")
    else:
        path.write_bytes(_flip(good, _flip_index(good, damage.split("-")[1])))

    report = hq.sync()
    assert report.quarantined == 1
    assert hq.has_job(bj_job), "the other outlet's change arrives in the same cycle"
    assert not hq.has_job(sh_job) and not hq.has_job(later_job)
    assert hq.quarantined() == {(sh.site_id, name): reason}
    assert _warned_about(hq, name)
    kept = hq.folder / "quarantine" / sh.site_id / name
    if damage != "zero":
        assert kept.read_bytes() == path.read_bytes()
    before = hq.digest()
    assert hq.sync().applied == 0 and hq.digest() == before, "still kept out on the next cycle"

    path.write_bytes(good)  # the cloud client finishes writing the file
    report = hq.sync()
    assert report.bundles_applied == 2 and report.quarantined == 0
    assert hq.has_job(sh_job) and hq.has_job(later_job)
    assert hq.quarantined() == {}
    world.converge()
    assert len({site.digest() for site in world.sites}) == 1


@pytest.mark.parametrize("where, reason", [("header", "signature"), ("body", "signature"),
                                           ("signature", "signature")])
def test_a_flipped_bit_renamed_to_its_new_hash_fails_the_signature(world, where, reason):
    hq, (sh, bj) = world.hq, world.outlets
    sh_job, name = _publish_one(sh)
    bj_job, _ = _publish_one(bj, "李娜")
    path = world.site_dir(sh) / name
    good = path.read_bytes()
    damaged = _flip(good, _flip_index(good, where))
    bad_name = bundles.bundle_name(bundles.parse_name(name)[0], damaged)
    path.unlink()
    (path.parent / bad_name).write_bytes(damaged)

    report = hq.sync()
    assert hq.has_job(bj_job) and not hq.has_job(sh_job)
    assert hq.quarantined() == {(sh.site_id, bad_name): reason} and report.quarantined == 1
    assert _warned_about(hq, bad_name)
    assert (hq.folder / "quarantine" / sh.site_id / bad_name).read_bytes() == damaged

    path.write_bytes(good)  # the real bundle turns up next to the damaged one
    hq.sync()
    assert hq.has_job(sh_job)
    world.converge()
    assert len({site.digest() for site in world.sites}) == 1


def test_a_forged_signature_is_quarantined(world):
    hq, (sh, bj) = world.hq, world.outlets
    sh_job, name = _publish_one(sh)
    bj_job, _ = _publish_one(bj, "李娜")
    path = world.site_dir(sh) / name
    forger, _public = keys.generate_keypair()
    forged_name, forged = _resign(world, path.read_bytes(), sh, private=forger)
    path.unlink()
    (path.parent / forged_name).write_bytes(forged)

    hq.sync()
    assert hq.has_job(bj_job) and not hq.has_job(sh_job)
    assert hq.quarantined() == {(sh.site_id, forged_name): "signature"}
    assert _warned_about(hq, forged_name)


def test_an_unknown_format_version_correctly_signed_is_quarantined(world):
    hq, (sh, bj) = world.hq, world.outlets
    sh_job, name = _publish_one(sh)
    bj_job, _ = _publish_one(bj, "李娜")
    path = world.site_dir(sh) / name
    newer_name, newer = _resign(world, path.read_bytes(), sh, format=2)
    path.unlink()
    (path.parent / newer_name).write_bytes(newer)

    hq.sync()
    assert hq.has_job(bj_job) and not hq.has_job(sh_job)
    assert hq.quarantined() == {(sh.site_id, newer_name): "format"}
    assert _warned_about(hq, newer_name)


# -- replays ---------------------------------------------------------------------------------------

def test_an_old_bundle_copied_again_is_never_applied_twice(world):
    hq, sh = world.hq, world.outlets[0]
    _sh_job, name = _publish_one(sh)
    hq.sync()
    before = hq.digest()
    path = world.site_dir(sh) / name
    data = path.read_bytes()
    path.unlink()
    path.write_bytes(data)  # re-uploaded under its own name
    stem = name[:-len(".bundle")]
    (path.parent / f"{stem} (conflicted copy 2026-11-27).bundle").write_bytes(data)
    report = hq.sync()
    assert report.bundles_applied == 0 and report.applied == 0 and report.quarantined == 0
    assert hq.digest() == before and hq.quarantined() == {}


def test_an_old_seq_sent_again_with_other_content_is_skipped_or_reported_never_applied(world):
    hq, (sh, bj) = world.hq, world.outlets
    _job, name = _publish_one(sh)
    hq.sync()
    before = hq.digest()
    files = bundle_files(world, sh)
    first, last = files[0], files[-1]
    assert last.name == name and len(files) >= 2
    # Validly signed by SH01 (a replay built with its key): its first and its newest bundle again,
    # each carrying one extra record that must never reach HQ.
    extra = {"t": "outlet_settings", "id": "0190f3a2-0000-7000-8000-00000000dead", "op": "insert",
             "f": {"outlet_id": sh.outlet_id, "key": "replayed", "value": "1", "deleted": False},
             "b": {}, "h": "000000000000001-000000-" + sh.site_id, "o": sh.site_id, "a": ""}
    private = keys.load_private_key(sh.site_id)
    share_id = load_config(sh.db).share_id
    for original in (first, last):
        item = bundles.decode_bundle(original.name, original.read_bytes(), site_id=sh.site_id,
                                     share_id=share_id, public_key=keys.public_key_of(private))
        replay_name, replay = bundles.encode_bundle(
            schema=item.header.schema, share_id=share_id, site_id=sh.site_id, seq=item.seq,
            prev_hash=item.header.prev_hash, records=[*item.records, extra], created_at="2020-01-01T00:00:00Z",
            private_key=private)
        assert replay_name != original.name
        (original.parent / replay_name).write_bytes(replay)
    bj_job, _ = _publish_one(bj, "李娜")

    report = hq.sync()
    assert hq.has_job(bj_job)
    with hq.db.raw_transaction() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM outlet_settings WHERE key = 'replayed'"
                                          ).scalar_one() == 0
    assert report.problems, "two bundles for SH01's newest seq: a fork, reported"
    assert any(params.get("site") == sh.site_id for _lv, _m, params in hq.log("error"))
    assert hq.sync().problems and hq.digest() != before, "reported again; BJ01's job is all that came in"
    # SH01 finds bundles signed with its key that it never made in its folder: it stops publishing.
    sh.job("赵六")
    with pytest.raises(SyncError) as refused:
        sh.sync()
    assert refused.value.code == "forked"


# -- wrong place, wrong key ------------------------------------------------------------------------

def test_a_valid_bundle_in_another_sites_folder_is_quarantined_and_does_not_block_that_site(world):
    hq, (sh, bj) = world.hq, world.outlets
    assert len(bundle_files(world, bj)) == 1
    sh_job, name = _publish_one(sh)
    assert bundles.parse_name(name)[0] == 2
    stray = world.site_dir(bj) / name  # BJ01's next seq, written by SH01
    shutil.copyfile(world.site_dir(sh) / name, stray)

    hq.sync()
    assert hq.has_job(sh_job)
    assert hq.quarantined() == {(bj.site_id, name): "site"}
    assert _warned_about(hq, name)
    # BJ01 itself goes on publishing: the stray file is not a bundle of its own.
    bj_job, _ = _publish_one(bj, "李娜")
    hq.sync()
    assert hq.has_job(bj_job)
    world.converge()
    assert len({site.digest() for site in world.sites}) == 1


def test_a_revoked_site_is_refused_and_its_later_bundles_not_applied(world):
    hq, (sh, bj) = world.hq, world.outlets
    membership.revoke(hq.db, sh.site_id)
    sh_job = sh.job("王芳")
    with pytest.raises(SyncError) as refused:
        sh.sync()
    assert refused.value.code == "revoked"
    # A laptop with an old version (or a thief) publishes anyway with the revoked key.
    engine = sh.engine()
    config = load_config(sh.db)
    engine.publish(Share(config.share_path), config, keys.load_private_key(sh.site_id), CycleReport())
    assert len(bundle_files(world, sh)) == 2
    bj_job, _ = _publish_one(bj, "李娜")

    report = hq.sync()
    assert hq.has_job(bj_job) and not hq.has_job(sh_job)
    assert report.quarantined == 1 and set(hq.quarantined().values()) == {"revoked"}
    assert any(params.get("site") == sh.site_id for _lv, _m, params in hq.log("warning"))
    bj.sync()
    assert not bj.has_job(sh_job)
    assert hq.sync().quarantined == 0, "logged once, not every cycle"


# -- what is not a bundle --------------------------------------------------------------------------

def test_temporary_files_and_conflict_copies_are_ignored(world):
    hq, sh = world.hq, world.outlets[0]
    _job, name = _publish_one(sh)
    path = world.site_dir(sh) / name
    data = path.read_bytes()
    path.unlink()
    stem = name[:-len(".bundle")]
    junk = {f".tmp-{'0' * 16}.partial": data[:100], f"{name}.part": data[:100],
            f"{stem} (conflicted copy 2026-11-27).bundle": data,
            f"{stem}.sync-conflict-20261127-123456-ABCD.bundle": data}
    for junk_name, content in junk.items():
        (path.parent / junk_name).write_bytes(content)
    before = hq.digest()
    report = hq.sync()
    assert report.bundles_applied == 0 and report.quarantined == 0
    assert hq.quarantined() == {} and hq.digest() == before
    path.write_bytes(data)
    assert hq.sync().bundles_applied == 1
    assert all((path.parent / junk_name).exists() for junk_name in junk), "other people's files are left alone"


# -- the share itself ------------------------------------------------------------------------------

def _refusal(site) -> str:
    with pytest.raises(SyncError) as refused:
        site.sync()
    return refused.value.code


def test_an_empty_missing_or_different_share_is_refused(world, tmp_path):
    hq, sh = world.hq, world.outlets[0]
    sh.job("王芳")
    moved = tmp_path / "moved"
    world.share.rename(moved)
    assert _refusal(sh) == "unreachable"
    world.share.mkdir()
    assert _refusal(sh) == "empty"
    # Another share initialised at the same path (a drive letter mapped to another office's NAS).
    Share.initialise(world.share, hq_site_id=hq.site_id, hq_name="别家", now="2026-11-27T10:00:00Z",
                     hq_private_key=keys.generate_keypair()[0])
    assert _refusal(sh) == "different"
    assert _refusal(hq) == "different"
    assert sh.engine().waiting() > 0, "the changes wait here"
    shutil.rmtree(world.share)
    moved.rename(world.share)
    assert sh.sync().published > 0


def test_deleted_bundle_files_never_delete_data(world):
    hq, (sh, bj) = world.hq, world.outlets
    sh_job, _ = _publish_one(sh)
    world.converge()
    digests = {site.code: site.digest() for site in world.sites}
    for path in bundle_files(world, sh):
        path.unlink()
    world.converge()
    assert {site.code: site.digest() for site in world.sites} == digests
    assert hq.has_job(sh_job) and bj.has_job(sh_job)
    # SH01 goes on after the files are gone: its next bundle still links to the last one applied.
    later_job, _ = _publish_one(sh, "赵六")
    world.converge()
    assert hq.has_job(later_job) and bj.has_job(later_job)
    assert len({site.digest() for site in world.sites}) == 1


def test_a_revoked_sites_history_up_to_its_revocation_stands_everywhere_and_nothing_after(world):
    """HQ records how far it had applied the site; a site that had not got that far yet catches up to there."""
    hq, (sh, bj) = world.hq, world.outlets
    before_job = sh.job("王芳")
    sh.sync()
    hq.sync()  # HQ has SH01's bundle with the job; BJ01 has not synced since
    membership.revoke(hq.db, sh.site_id)
    after_job = sh.job("李娜")
    config = load_config(sh.db)
    sh.engine().publish(Share(config.share_path), config, keys.load_private_key(sh.site_id), CycleReport())
    hq.sync()
    report = bj.sync()
    assert bj.has_job(before_job) and not bj.has_job(after_job)
    assert report.quarantined == 1 and set(bj.quarantined().values()) == {"revoked"}
    assert not hq.has_job(after_job)
    hq.sync()
    bj.sync()
    assert hq.digest() == bj.digest()
