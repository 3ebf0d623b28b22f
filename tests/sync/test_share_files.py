"""Only regular files are read from the share: a FIFO, a folder, a device or a symlink is never read.

Anyone who can write to the share can plant an entry named like a bundle, a roster or the marker.
Opening a FIFO blocks forever, a symlink copies whatever it points to (quarantine/ would then hold
someone's private file). Every case runs with the POSIX way of opening (O_NOFOLLOW | O_NONBLOCK)
and with the check-before-open fallback Windows uses (``share.POSIX_OPEN`` switched off).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from aftersales_desktop.sync import membership
from aftersales_desktop.sync import share as share_module
from aftersales_desktop.sync.engine import SyncError
from aftersales_desktop.sync.share import MAX_BUNDLE_BYTES, Share, ShareError, read_request_file
from aftersales_desktop.sync.snapshot import newest_snapshot
from aftersales_desktop.sync.engine import load_config
from tests.sync.sites import bundle_files, copy_world, world_env

SECRET = b"PRIVATE: the accountant's salary list, never to leave this machine\n"
KINDS = ["fifo", "folder", "symlink", "dangling", "device-link", "device"]
pytestmark = pytest.mark.timeout(60)


@pytest.fixture(params=["posix", "lstat-first"])
def opening(request, monkeypatch):
    """Both ways of opening a file: the POSIX flags, and the Windows way (lstat, then open)."""
    if request.param == "posix" and not share_module.POSIX_OPEN:
        pytest.skip("O_NOFOLLOW / O_NONBLOCK are not available here")
    monkeypatch.setattr(share_module, "POSIX_OPEN", request.param == "posix")
    return request.param


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    yield made
    made.close()


def _plant(path: Path, kind: str, secret: Path) -> None:
    """Put an entry of ``kind`` at ``path``: never a regular file."""
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
        (path / "inside.bin").write_bytes(SECRET)
    elif kind == "symlink":
        path.symlink_to(secret)
    elif kind == "dangling":
        path.symlink_to(secret.parent / "gone-away")
    elif kind == "device-link":
        path.symlink_to("/dev/zero")  # a read that would never end
    elif kind == "device":
        try:
            os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 5))  # /dev/zero
        except (PermissionError, AttributeError):
            pytest.skip("cannot make a device node here")


def _secret(tmp_path: Path) -> Path:
    secret = tmp_path / "outside-the-share.txt"
    secret.write_bytes(SECRET)
    return secret


def _tree_holds(folder: Path, data: bytes) -> bool:
    """Whether any file under ``folder`` (links not followed) contains ``data``."""
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink() and data in path.read_bytes():
            return True
    return False


# -- one cycle with a planted entry in SH01's folder -------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_an_entry_named_like_the_next_bundle_is_ignored_once_and_the_cycle_goes_on(world, tmp_path, kind,
                                                                                   opening):
    hq, (sh, bj) = world.hq, world.outlets
    bj_job = bj.job("李娜")
    bj.sync()
    next_seq = len(bundle_files(world, sh)) + 1
    name = f"{next_seq:016x}-{'ab' * 8}.bundle"
    _plant(world.site_dir(sh) / name, kind, _secret(tmp_path))

    report = hq.sync()
    assert hq.has_job(bj_job), "BJ01's change is applied in the same cycle"
    assert hq.quarantined() == {(sh.site_id, name): "not_a_file"}
    assert report.quarantined == 1
    said = [params for _lv, _m, params in hq.log("warning") if params.get("name") == name]
    assert len(said) == 1
    assert not _tree_holds(hq.folder, SECRET), "nothing of what a link points to is copied"
    assert not (hq.folder / "quarantine" / sh.site_id / name).exists()

    hq.sync()
    assert len([p for _lv, _m, p in hq.log("warning") if p.get("name") == name]) == 1, "one line, not one a cycle"

    # SH01 goes on publishing next to the planted entry, and HQ applies its real next bundle.
    sh_job = sh.job("王芳")
    assert sh.sync().bundles_published == 1
    hq.sync()
    assert hq.has_job(sh_job) and hq.cursor(sh.site_id) == next_seq
    assert not _tree_holds(hq.folder, SECRET)
    path = world.site_dir(sh) / name
    if kind == "folder":
        (path / "inside.bin").unlink()
        path.rmdir()
    else:
        path.unlink()
    hq.sync()
    assert hq.quarantined() == {}, "the row goes with the entry"


@pytest.mark.parametrize("kind", KINDS)
def test_an_outlet_ignores_a_planted_entry_in_another_outlets_folder(world, tmp_path, kind, opening):
    _hq, (sh, bj) = world.hq, world.outlets
    sh_job = sh.job("王芳")
    sh.sync()
    name = f"{len(bundle_files(world, bj)) + 1:016x}-{'cd' * 8}.bundle"
    _plant(world.site_dir(bj) / name, kind, _secret(tmp_path))
    bj_job = bj.job("李娜")
    bj.sync()  # BJ01 itself publishes next to it
    sh.sync()
    assert sh.has_job(bj_job)
    assert bj.has_job(sh_job)
    assert sh.quarantined() == {} or set(sh.quarantined().values()) == {"not_a_file"}
    assert not _tree_holds(sh.folder, SECRET) and not _tree_holds(bj.folder, SECRET)


# -- reading one file --------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_read_refuses_what_is_not_a_regular_file(tmp_path, kind, opening):
    share = Share(tmp_path)
    path = tmp_path / f"{1:016x}-{'ef' * 8}.bundle"
    _plant(path, kind, _secret(tmp_path))
    with pytest.raises(ShareError) as refused:
        share.read(path)
    assert refused.value.code == "not_a_file"
    assert refused.value.message


def test_read_gives_a_regular_file_and_refuses_one_past_the_limit(tmp_path, opening):
    share = Share(tmp_path)
    path = tmp_path / "file.bin"
    path.write_bytes(b"x" * 100)
    assert share.read(path) == b"x" * 100
    assert share.read(path, limit=100) == b"x" * 100
    with pytest.raises(ShareError) as refused:
        share.read(path, limit=99)
    assert refused.value.code == "too_large"
    assert MAX_BUNDLE_BYTES == 64 * 1024 * 1024
    with pytest.raises(ShareError) as missing:
        share.read(tmp_path / "nope")
    assert missing.value.code == "io"


@pytest.mark.parametrize("kind", KINDS)
def test_listing_leaves_out_and_reports_entries_that_are_not_files(tmp_path, kind, opening):
    share = Share(tmp_path)
    site = "0190f3a2-0000-7000-8000-00000000b001"
    folder = share.site_dir(site)
    folder.mkdir(parents=True)
    good = f"{1:016x}-{'01' * 8}.bundle"
    (folder / good).write_bytes(b"bundle bytes")
    planted = f"{2:016x}-{'02' * 8}.bundle"
    _plant(folder / planted, kind, _secret(tmp_path))
    listing = share.scan_bundles(site)
    assert listing.bundles == [(1, good)] == share.list_bundles(site)
    assert listing.not_files == [(2, planted)]
    assert planted in share.ignored_files(site)


# -- marker, roster, requests and snapshots ---------------------------------------------------------

@pytest.mark.parametrize("kind", ["fifo", "symlink", "device-link"])
def test_a_marker_that_is_not_a_file_stops_the_cycle_without_hanging(world, tmp_path, kind, opening):
    hq = world.hq
    marker = Share(world.share).marker_path
    marker.rename(tmp_path / "share.json")
    _plant(marker, kind, tmp_path / "share.json")
    with pytest.raises(SyncError) as refused:
        hq.sync()
    assert refused.value.code == "corrupt"


@pytest.mark.parametrize("kind", ["fifo", "symlink", "folder"])
def test_a_newest_roster_that_is_not_a_file_is_damaged_and_hq_keeps_its_copy(world, tmp_path, kind, opening):
    hq, (sh, bj) = world.hq, world.outlets
    membership.revoke(hq.db, bj.site_id)
    folder = Share(world.share).base / "roster"
    newest = sorted(folder.iterdir())[-1]
    newest.rename(tmp_path / newest.name)
    _plant(newest, kind, tmp_path / newest.name)  # a link to the real file is no roster either
    report = hq.sync()
    assert any("damaged" in problem for problem in report.problems)
    assert any(site.site_id == bj.site_id and site.revoked for site in membership.roster_sites(hq.db))
    # BJ01 never saw version 4, so it cannot know; its new changes are still refused at HQ.
    bj_job = bj.job("李娜")
    bj.sync()
    hq.sync()
    assert not hq.has_job(bj_job)


@pytest.mark.parametrize("kind", ["fifo", "symlink", "device-link", "folder"])
def test_a_join_request_that_is_not_a_file_is_skipped(world, tmp_path, kind, opening):
    hq = world.hq
    requests = Share(world.share).base / "requests"
    _plant(requests / "0190f3a2-0000-7000-8000-00000000c001.join", kind, _secret(tmp_path))
    assert membership.pending_requests(hq.db) == []
    with pytest.raises(ShareError) as refused:
        read_request_file(requests / "0190f3a2-0000-7000-8000-00000000c001.join")
    assert refused.value.code == "invalid"


@pytest.mark.parametrize("kind", ["fifo", "symlink", "device-link"])
def test_a_snapshot_that_is_not_a_file_is_skipped(world, tmp_path, kind, opening):
    hq = world.hq
    share = Share(world.share)
    name = membership.publish_snapshot(hq.db, hq.folder)
    real = share.base / "snapshots" / name
    later = f"{0xffff:016x}-{'9' * 16}.snapshot"
    _plant(share.base / "snapshots" / later, kind, real)
    assert share.list_snapshots() == [name]
    found = newest_snapshot(share, load_config(hq.db))
    assert found is not None and found[0] == name
    with pytest.raises(ShareError) as refused:
        share.read_snapshot(later)
    assert refused.value.code == "not_a_file"


# -- writing where something was planted -----------------------------------------------------------

@pytest.mark.parametrize("kind", ["fifo", "symlink", "device-link"])
def test_publishing_under_a_planted_name_fails_without_reading_it(tmp_path, kind, opening):
    share = Share(tmp_path)
    folder = tmp_path / "folder"
    folder.mkdir()
    _plant(folder / "0000000001-0123456789abcdef.bundle", kind, _secret(tmp_path))
    with pytest.raises(FileExistsError):
        share.write_new_file(folder, "0000000001-0123456789abcdef.bundle", b"bundle bytes")
    assert (folder / "0000000001-0123456789abcdef.bundle").is_symlink() or kind == "fifo"
    assert _secret(tmp_path).read_bytes() == SECRET, "the link's target is untouched"


@pytest.mark.parametrize("kind", ["fifo", "symlink"])
def test_a_join_request_is_written_over_a_planted_entry(world, tmp_path, kind, opening, monkeypatch):
    from aftersales_desktop.sync import keys

    share = Share(world.share)
    site = "0190f3a2-0000-7000-8000-00000000c002"
    path = share.base / "requests" / f"{site}.join"
    _plant(path, kind, _secret(tmp_path))
    private, public = keys.generate_keypair()
    share.request_join(site_id=site, name="广州网点", public_key=public, private_key=private,
                       now="2026-12-02T06:00:00Z")
    assert path.is_file() and not path.is_symlink()
    from aftersales_desktop.sync.membership import box_private_key

    # The request is sealed for head office (docs/share-encryption.md): HQ's box key reads it.
    assert read_request_file(path, box_private_key(world.hq.db)).site_id == site
    assert _secret(tmp_path).read_bytes() == SECRET


@pytest.mark.parametrize("kind", ["fifo", "symlink"])
def test_hq_numbers_the_next_roster_past_a_planted_entry(world, tmp_path, kind, opening):
    hq, (_sh, bj) = world.hq, world.outlets
    folder = Share(world.share).base / "roster"
    _plant(folder / "0000000004.roster", kind, folder / "0000000003.roster")
    membership.revoke(hq.db, bj.site_id)
    newest = Share(world.share).roster(load_config(hq.db).hq_public_key)
    assert newest.version == 5 and newest.is_revoked(bj.site_id)


def test_a_site_folder_replaced_by_a_link_lists_nothing(world, tmp_path):
    hq, (sh, bj) = world.hq, world.outlets
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    folder = world.site_dir(sh)
    next_seq = len(bundle_files(world, sh)) + 1
    (elsewhere / f"{next_seq:016x}-{'ab' * 8}.bundle").write_bytes(SECRET)
    for path in folder.iterdir():
        path.rename(elsewhere / path.name)
    folder.rmdir()
    folder.symlink_to(elsewhere, target_is_directory=True)
    assert Share(world.share).list_bundles(sh.site_id) == []
    bj_job = bj.job("李娜")
    bj.sync()
    hq.sync()
    assert hq.has_job(bj_job)
    assert not _tree_holds(hq.folder, SECRET)
