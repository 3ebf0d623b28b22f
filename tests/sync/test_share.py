"""The shared folder, with real folders: marker, roster versions, join requests, publishing files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from aftersales_desktop.sync import bundle, keys
from aftersales_desktop.sync.share import (
    Share, ShareError, encode_signed_document, is_conflict_copy, is_temporary, read_request_file,
    write_request_file,
)

HQ = "0190f3a2-0000-7000-8000-00000000a000"
OUTLET = "0190f3a2-0000-7000-8000-00000000b001"
OTHER = "0190f3a2-0000-7000-8000-00000000b002"
NOW = "2026-11-27T10:00:00Z"


@pytest.fixture
def hq_keys() -> tuple[bytes, bytes]:
    """HQ's key pair."""
    return keys.generate_keypair()


@pytest.fixture
def share(tmp_path: Path, hq_keys) -> Share:
    """A share initialised by HQ in a fresh folder."""
    root = tmp_path / "share"
    root.mkdir()
    return Share.initialise(root, hq_site_id=HQ, hq_name="总部", hq_private_key=hq_keys[0], now=NOW)


def code_of(action) -> str:
    """The ShareError code ``action`` raises (fails the test if it raises nothing)."""
    with pytest.raises(ShareError) as caught:
        action()
    assert caught.value.message
    return caught.value.code


def join(share: Share, hq_private: bytes, site: str = OUTLET, name: str = "上海浦东网点"):
    """A site asks to join through the share and HQ approves; returns (site private key, roster)."""
    private, public = keys.generate_keypair()
    share.request_join(site_id=site, name=name, public_key=public, private_key=private, now=NOW)
    [request] = [r for r in share.join_requests() if r.site_id == site]
    return private, share.approve(request, hq_private, NOW)


# -- marker ----------------------------------------------------------------------------------------

def test_initialise_lays_out_the_share_with_hq_on_roster_one(share, hq_keys):
    base = share.base
    assert base == share.root / "aftersales" / "v1"
    for name in ("share.json", "roster", "requests", "sites", "snapshots"):
        assert (base / name).exists()
    assert (base / "roster" / "0000000001.roster").is_file()
    marker = share.marker()
    assert marker.hq_site_id == HQ and marker.hq_public_key == hq_keys[1] and marker.created_at == NOW
    roster = share.roster(hq_keys[1])
    assert roster.version == 1 and roster.share_id == marker.share_id
    assert roster.sites[HQ].role == "hq" and roster.public_key(HQ) == hq_keys[1]
    assert share.check(marker.share_id, hq_keys[1]) == marker
    assert not [p for p in base.rglob("*") if p.name.startswith(".tmp-")]


def test_second_initialise_is_refused(share, hq_keys):
    assert code_of(lambda: Share.initialise(share.root, hq_site_id=HQ, hq_name="x",
                                            hq_private_key=hq_keys[0], now=NOW)) == "exists"


def test_initialise_refuses_leftover_share_files_without_marker(share, hq_keys):
    share.marker_path.unlink()
    assert code_of(lambda: Share.initialise(share.root, hq_site_id=HQ, hq_name="x",
                                            hq_private_key=hq_keys[0], now=NOW)) == "exists"


def test_empty_folder_is_refused_not_inferred(tmp_path):
    empty = Share(tmp_path)
    assert empty.reachable()
    assert code_of(empty.marker) == "empty"
    assert code_of(lambda: empty.check("any", b"\x00" * 32)) == "empty"


def test_missing_root_is_unreachable(tmp_path, hq_keys):
    gone = Share(tmp_path / "not-mounted")
    assert not gone.reachable()
    assert code_of(gone.marker) == "unreachable"
    assert code_of(lambda: Share.initialise(gone.root, hq_site_id=HQ, hq_name="x",
                                            hq_private_key=hq_keys[0], now=NOW)) == "unreachable"
    a_file = tmp_path / "file"
    a_file.write_text("x")
    assert code_of(Share(a_file).marker) == "unreachable"


def test_another_share_is_different(share, hq_keys, tmp_path):
    marker = share.marker()
    assert code_of(lambda: share.check("some-other-share", hq_keys[1])) == "different"
    assert code_of(lambda: share.check(marker.share_id, keys.generate_keypair()[1])) == "different"
    other_root = tmp_path / "other"
    other_root.mkdir()
    other = Share.initialise(other_root, hq_site_id=HQ, hq_name="x", hq_private_key=hq_keys[0], now=NOW)
    assert code_of(lambda: other.check(marker.share_id, hq_keys[1])) == "different"


def test_damaged_marker_is_corrupt(share):
    share.marker_path.write_bytes(share.marker_path.read_bytes()[:40])
    assert code_of(share.marker) == "corrupt"


def test_marker_with_a_bad_signature_is_corrupt(share, hq_keys):
    text = share.marker_path.read_text(encoding="utf-8").replace(NOW, "2026-11-28T10:00:00Z")
    share.marker_path.write_text(text, encoding="utf-8")
    assert code_of(share.marker) == "corrupt"


# -- roster ----------------------------------------------------------------------------------------

def test_approve_adds_a_site_in_a_new_roster_version(share, hq_keys):
    private, roster = join(share, hq_keys[0])
    assert roster.version == 2
    assert roster.public_key(OUTLET) == keys.public_key_of(private)
    assert roster.sites[OUTLET].role == "outlet" and roster.sites[OUTLET].name == "上海浦东网点"
    assert share.roster(hq_keys[1]) == roster
    assert share.join_requests() == []  # approved requests are no longer pending
    assert (share.base / "roster" / "0000000002.roster").is_file()


def test_approving_twice_publishes_nothing_new(share, hq_keys):
    private, roster = join(share, hq_keys[0])
    request = read_request_file(share.base / "requests" / f"{OUTLET}.join")
    assert share.approve(request, hq_keys[0], NOW).version == roster.version


def test_revoke_marks_the_site_revoked_and_keeps_it_listed(share, hq_keys):
    join(share, hq_keys[0])
    roster = share.revoke(OUTLET, hq_keys[0], "2026-12-01T08:00:00Z")
    assert roster.version == 3
    assert roster.is_revoked(OUTLET) and OUTLET in roster.sites
    assert roster.public_key(OUTLET) is None and roster.public_keys(OUTLET) == []
    assert roster.revoked[OUTLET] == "2026-12-01T08:00:00Z"
    assert share.roster(hq_keys[1]).is_revoked(OUTLET)
    assert share.revoke(OUTLET, hq_keys[0], NOW).version == 3  # already revoked: nothing new


def test_require_public_keys_names_unknown_and_revoked_sites(share, hq_keys):
    private, roster = join(share, hq_keys[0])
    assert roster.require_public_keys(OUTLET) == [keys.public_key_of(private)]
    assert code_of(lambda: roster.require_public_keys(OTHER)) == "not_on_roster"
    roster = share.revoke(OUTLET, hq_keys[0], NOW)
    assert code_of(lambda: roster.require_public_keys(OUTLET)) == "revoked"


def test_revoked_site_cannot_rejoin_and_hq_cannot_be_revoked(share, hq_keys):
    join(share, hq_keys[0])
    share.revoke(OUTLET, hq_keys[0], NOW)
    private, public = keys.generate_keypair()
    path = write_request_file(share.root.parent / "again.join", site_id=OUTLET, name="x", public_key=public,
                              private_key=private, now=NOW)
    assert code_of(lambda: share.approve(read_request_file(path), hq_keys[0], NOW)) == "revoked"
    assert code_of(lambda: share.revoke(HQ, hq_keys[0], NOW)) == "hq_site"
    assert code_of(lambda: share.revoke(OTHER, hq_keys[0], NOW)) == "not_on_roster"


def test_only_hq_changes_the_roster(share, hq_keys):
    outlet_private, _ = join(share, hq_keys[0])
    assert code_of(lambda: share.revoke(OUTLET, outlet_private, NOW)) == "not_hq"


def test_rejoining_with_a_new_key_keeps_the_old_key_for_old_bundles(share, hq_keys):
    old_private, _ = join(share, hq_keys[0])
    new_private, new_public = keys.generate_keypair()
    share.request_join(site_id=OUTLET, name="上海浦东网点", public_key=new_public, private_key=new_private,
                       now="2026-12-01T00:00:00Z")
    [request] = share.join_requests()
    roster = share.approve(request, hq_keys[0], NOW)
    assert roster.public_key(OUTLET) == new_public
    assert roster.public_keys(OUTLET) == [new_public, keys.public_key_of(old_private)]


def test_roster_signed_by_another_key_is_ignored(share, hq_keys):
    forger_private, forger_public = keys.generate_keypair()
    good = share.roster(hq_keys[1])
    forged = good.to_document() | {"version": 2}
    forged["sites"][OTHER] = {"name": "冒充", "public_key": keys.encode_key(forger_public), "role": "outlet",
                              "added_at": NOW, "former_keys": []}
    (share.base / "roster" / "0000000002.roster").write_bytes(encode_signed_document(forged, forger_private))
    roster = share.roster(hq_keys[1])
    assert roster.version == 1 and OTHER not in roster.sites
    assert any("0000000002.roster" in problem for problem in roster.problems)


def test_conflict_copy_of_a_roster_is_ignored(share, hq_keys):
    join(share, hq_keys[0])
    folder = share.base / "roster"
    data = (folder / "0000000002.roster").read_bytes()
    (folder / "0000000002 (conflicted copy 2026-11-27).roster").write_bytes(data)
    (folder / "0000000003.sync-conflict-20261127-101500-ABCDEFG.roster").write_bytes(data)
    roster = share.roster(hq_keys[1])
    assert roster.version == 2
    assert len(roster.problems) == 2


def test_truncated_newest_roster_falls_back_to_the_previous_valid_one(share, hq_keys):
    join(share, hq_keys[0])
    newest = share.base / "roster" / "0000000002.roster"
    newest.write_bytes(newest.read_bytes()[:-30])
    roster = share.roster(hq_keys[1])
    assert roster.version == 1 and OUTLET not in roster.sites
    # Publishing again goes past the damaged file instead of colliding with it.
    private, public = keys.generate_keypair()
    share.request_join(site_id=OTHER, name="x", public_key=public, private_key=private, now=NOW)
    assert share.approve(share.join_requests()[-1], hq_keys[0], NOW).version == 3


def test_old_roster_renamed_to_a_newer_version_is_ignored(share, hq_keys):
    join(share, hq_keys[0])
    share.revoke(OUTLET, hq_keys[0], NOW)
    folder = share.base / "roster"
    (folder / "0000000004.roster").write_bytes((folder / "0000000002.roster").read_bytes())
    roster = share.roster(hq_keys[1])
    assert roster.version == 3 and roster.is_revoked(OUTLET)


def test_deleted_newer_rosters_are_a_rollback(share, hq_keys):
    join(share, hq_keys[0])
    (share.base / "roster" / "0000000002.roster").unlink()
    assert share.roster(hq_keys[1]).version == 1
    assert code_of(lambda: share.roster(hq_keys[1], min_version=2)) == "rollback"


def test_no_valid_roster_at_all_is_corrupt(share, hq_keys):
    (share.base / "roster" / "0000000001.roster").write_bytes(b"")
    assert code_of(lambda: share.roster(hq_keys[1])) == "corrupt"


# -- join requests ---------------------------------------------------------------------------------

def test_join_request_through_the_share(share, hq_keys):
    private, public = keys.generate_keypair()
    path = share.request_join(site_id=OUTLET, name="杭州网点", public_key=public, private_key=private, now=NOW)
    assert path == share.base / "requests" / f"{OUTLET}.join"
    [request] = share.join_requests()
    assert (request.site_id, request.name, request.public_key) == (OUTLET, "杭州网点", public)
    assert request.share_id == share.marker().share_id and request.verify()
    assert request.fingerprint == keys.fingerprint(public)
    # Asking again replaces the site's own request file (one writer), no conflict copy.
    share.request_join(site_id=OUTLET, name="杭州网点二", public_key=public, private_key=private, now=NOW)
    assert [r.name for r in share.join_requests()] == ["杭州网点二"]
    assert sorted(p.name for p in (share.base / "requests").iterdir()) == [f"{OUTLET}.join"]


def test_join_request_by_file_on_a_usb_stick(share, hq_keys, tmp_path):
    private, public = keys.generate_keypair()
    path = write_request_file(tmp_path / "outlet.join",
                              site_id=OUTLET, name="苏州网点", public_key=public, private_key=private, now=NOW)
    request = read_request_file(path)
    assert request.share_id == "" and request.public_key == public
    roster = share.approve(request, hq_keys[0], NOW)
    assert roster.public_key(OUTLET) == public


def test_forged_join_request_is_refused(share, hq_keys, tmp_path):
    private, public = keys.generate_keypair()
    other_private, _ = keys.generate_keypair()
    path = write_request_file(tmp_path / "outlet.join", site_id=OUTLET, name="x", public_key=public,
                              private_key=private, now=NOW)
    # Re-sign the same document with a key that does not match the one it presents.
    from aftersales_desktop.sync.share import decode_signed_document

    document, _ = decode_signed_document(path.read_bytes())
    forged = tmp_path / "forged.join"
    forged.write_bytes(encode_signed_document(document, other_private))
    assert code_of(lambda: read_request_file(forged)) == "invalid"
    (share.base / "requests" / f"{OUTLET}.join").write_bytes(forged.read_bytes())
    assert share.join_requests() == []
    request = read_request_file(path)
    tampered = type(request)(request.share_id, request.site_id, "改过的名字", request.public_key,
                             request.requested_at, request.signature)
    assert code_of(lambda: share.approve(tampered, hq_keys[0], NOW)) == "invalid"


def test_unreadable_request_file_is_invalid(tmp_path):
    path = tmp_path / "x.join"
    path.write_bytes(b"\x00garbage")
    assert code_of(lambda: read_request_file(path)) == "invalid"
    assert code_of(lambda: read_request_file(tmp_path / "missing.join")) == "invalid"


# -- publishing files ------------------------------------------------------------------------------

def test_write_new_file_never_replaces_and_is_idempotent(share):
    folder = share.site_dir(OUTLET)
    path = share.write_new_file(folder, "a.bin", b"first")
    assert path.read_bytes() == b"first"
    assert share.write_new_file(folder, "a.bin", b"first") == path  # a retry after a crash
    with pytest.raises(FileExistsError):
        share.write_new_file(folder, "a.bin", b"second")
    assert path.read_bytes() == b"first"
    assert sorted(os.listdir(folder)) == ["a.bin"]  # no temp left behind


def test_write_new_file_without_hard_links_still_never_replaces(share, monkeypatch):
    def no_links(*args, **kwargs):
        raise OSError(1, "Operation not permitted")
    monkeypatch.setattr(os, "link", no_links)
    folder = share.site_dir(OUTLET)
    share.write_new_file(folder, "a.bin", b"first")
    share.write_new_file(folder, "a.bin", b"first")
    with pytest.raises(FileExistsError):
        share.write_new_file(folder, "a.bin", b"second")
    assert (folder / "a.bin").read_bytes() == b"first"
    assert sorted(os.listdir(folder)) == ["a.bin"]


def test_write_new_file_does_not_build_a_tree_in_an_unmounted_root(tmp_path):
    gone = Share(tmp_path / "not-mounted")
    with pytest.raises(ShareError):
        gone.write_new_file(gone.site_dir(OUTLET), "a.bin", b"x")
    assert not (tmp_path / "not-mounted").exists()


def test_temp_names_are_refused_as_final_names(share):
    with pytest.raises(ValueError):
        share.write_new_file(share.site_dir(OUTLET), ".tmp-0123456789abcdef.partial", b"x")


def test_list_bundles_sees_only_strict_names(share):
    private, _ = keys.generate_keypair()
    assert share.list_bundles(OUTLET) == []  # no folder yet: nothing, not an error
    published = []
    for seq in (2, 1, 10):
        name, data = bundle.encode_bundle(schema="0005", share_id="s", site_id=OUTLET, seq=seq,
                                          prev_hash="" if seq == 1 else "ab" * 32, records=[],
                                          created_at=NOW, private_key=private)
        share.publish_bundle(OUTLET, name, data)
        published.append((seq, name))
    folder = share.site_dir(OUTLET)
    first = sorted(published)[0][1]
    stem = first[:-len(".bundle")]
    for junk in (f".tmp-{'0' * 16}.partial", f"{first}.partial", f"{stem} (conflicted copy 2026-11-27).bundle",
                 f"{stem}.sync-conflict-20261127-101500-ABCDEFG.bundle", f"~${first}", first.upper(),
                 f"{stem} (1).bundle", "notes.txt"):
        (folder / junk).write_bytes(b"junk")
    assert share.list_bundles(OUTLET) == sorted(published)
    assert f".tmp-{'0' * 16}.partial" not in share.ignored_files(OUTLET)
    assert f"{stem} (1).bundle" in share.ignored_files(OUTLET)
    assert share.read(folder / first)[:4] == bundle.MAGIC


def test_clean_temporary_removes_only_our_old_temp_files(share):
    folder = share.site_dir(OUTLET)
    folder.mkdir()
    ours, theirs = folder / f".tmp-{'a' * 16}.partial", folder / "upload.partial"
    ours.write_bytes(b"x")
    theirs.write_bytes(b"x")
    os.utime(ours, (0, 0))
    assert share.clean_temporary(folder) == 1
    assert not ours.exists() and theirs.exists()


def test_list_sites(share, hq_keys):
    join(share, hq_keys[0])
    share.publish_bundle(OUTLET, *bundle.encode_bundle(
        schema="0005", share_id="s", site_id=OUTLET, seq=1, prev_hash="", records=[], created_at=NOW,
        private_key=keys.generate_keypair()[0]))
    assert share.list_sites() == sorted([HQ, OUTLET])


def test_snapshots(share):
    name = f"{'0' * 15}1-{'ab' * 8}.snapshot"
    share.write_snapshot(name, b"snapshot bytes")
    (share.base / "snapshots" / f"{name}.partial").write_bytes(b"x")
    (share.base / "snapshots" / f"{name[:-9]} (1).snapshot").write_bytes(b"x")
    assert share.list_snapshots() == [name]
    assert share.read_snapshot(name) == b"snapshot bytes"
    with pytest.raises(ValueError):
        share.write_snapshot("snapshot.bin", b"x")


def test_read_of_a_missing_file_is_a_share_error(share):
    assert code_of(lambda: share.read(share.base / "nope")) == "io"


@pytest.mark.parametrize("name", [
    "x (conflicted copy 2026-11-27).bundle", "x (Jane's conflicted copy).bundle",
    "x.sync-conflict-20261127-101500-ABCDEFG.bundle", "x (1).bundle", "x 2.bundle", "x - Copy.bundle",
    "x (SFConflict jane 2026-11-27).bundle",
])
def test_conflict_copies_are_recognised(name):
    assert is_conflict_copy(name)


@pytest.mark.parametrize("name", [
    ".tmp-0123456789abcdef.partial", "x.bundle.partial", "x.part", "~$x.bundle", "x.bundle.tmp",
    "x.bundle.!sync", "x.crdownload", ".syncthing.x.bundle.tmp",
])
def test_temporary_names_are_recognised(name):
    assert is_temporary(name)


def test_real_names_are_neither_conflict_nor_temporary():
    for name in ("0000000000000001-0123456789abcdef.bundle", "0000000001.roster", "share.json"):
        assert not is_conflict_copy(name) and not is_temporary(name)
