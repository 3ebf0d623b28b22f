"""A confidential share: what is on the share is sealed for the roster's sites, and sync still converges."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

import pytest

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority
from aftersales_desktop.services import jobs, passwords
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.sync import bundle as bundles
from aftersales_desktop.sync import confidential, keys, membership, snapshot
from aftersales_desktop.sync.confidential import SealError
from aftersales_desktop.sync.share import JoinRequest, Roster, Share
from aftersales_desktop.sync.snapshot import newest_snapshot
from tests.sync.sites import Installation, World, bundle_files, copy_world, world_env

# Customers whose details must never be readable on the share once it is encrypted.
CUSTOMERS = [("王芳", "13917765432", "上海市浦东新区张杨路1500号"),
             ("Zhang Wei", "13800001111", "88 Jianguo Road, Chaoyang District"),
             ("欧阳娜娜", "13511112222", "北京市朝阳区建国路88号")]


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    yield made
    made.close()


def _job(site: Installation, name: str, phone: str, address: str) -> str:
    return jobs.create_job(site.ctx, jobs.JobDraft(
        Channel.HOTLINE, FaultCategory.LEAK, Priority.HIGH, "漏粉",
        new_customer=CustomerDraft(name, phone, address=address), product_id=site.product_id)).id


def _files(root: Path) -> list[Path]:
    return [Path(folder) / name for folder, _dirs, names in os.walk(root) for name in names]


def _readable(data: bytes) -> bytes:
    """A file's raw bytes, plus the inflated body when it is a plain bundle or snapshot (zlib hides text)."""
    try:
        if data[:4] == bundles.MAGIC:
            start = 8 + int.from_bytes(data[4:8], "big")
            return data + zlib.decompress(data[start:-keys.SIGNATURE_LENGTH])
        if data[:4] == snapshot.MAGIC:
            return data + zlib.decompress(data[4 + keys.SIGNATURE_LENGTH:])
        if data[:4] == snapshot.MAGIC2:
            start = 8 + int.from_bytes(data[4:8], "big") + keys.SIGNATURE_LENGTH
            return data + zlib.decompress(data[start:])
    except zlib.error:
        pass
    return data


def _leaks(root: Path, secrets: list[str]) -> list[tuple[str, str]]:
    """(file, secret) for every secret whose UTF-8 bytes can be read in a file under ``root``."""
    found = []
    for path in _files(root):
        data = _readable(path.read_bytes())
        found += [(str(path.relative_to(root)), s) for s in secrets if s.encode("utf-8") in data]
    return found


def _roster(world: World) -> Roster:
    return Share(world.share).roster(keys.public_key_of(keys.load_private_key(world.hq.site_id)))


def _ring(world: World, site: Installation) -> confidential.ShareKeys:
    """The data keys ``site`` can unwrap from the newest roster with its own box key."""
    return _roster(world).share_keys(site.site_id, keys.load_box_key(site.site_id))


def _newest_bundle(world: World, site: Installation) -> Path:
    return bundle_files(world, site)[-1]


def _open(ring: confidential.ShareKeys, path: Path, site: Installation) -> bytes:
    return ring.open(path.read_bytes(), kind="bundle", site_id=site.site_id, name=path.name)


def _newcomer(world: World, code: str, monkeypatch) -> Installation:
    """A new outlet installation that asks to join through the share, approved by HQ."""
    monkeypatch.setattr(passwords, "_N", 2**4)
    site = Installation(world.root / code, code)
    membership.join_share(site.db, world.share)
    membership.approve(world.hq.db, site.site_id)
    return site


def _converged(sites: list[Installation]) -> bool:
    return len({site.digest() for site in sites}) == 1


# -- the building blocks ------------------------------------------------------------------------

def test_seal_and_open_bind_the_file_kind_site_and_name():
    key = confidential.new_data_key()
    where = dict(kind="bundle", share_id="share-1", site_id="site-a", name="0000000000000001-aa.bundle")
    sealed = confidential.seal(b"plain bundle bytes", key, 3, **where)
    assert confidential.is_sealed(sealed) and confidential.sealed_key_id(sealed) == 3
    assert b"plain" not in sealed
    assert confidential.open_sealed(sealed, {3: key}, **where) == b"plain bundle bytes"
    for changed in (dict(kind="snapshot"), dict(site_id="site-b"), dict(name="0000000000000002-aa.bundle"),
                    dict(share_id="share-2")):
        with pytest.raises(SealError) as caught:
            confidential.open_sealed(sealed, {3: key}, **(where | changed))
        assert caught.value.code == "sealed"
    with pytest.raises(SealError) as caught:
        confidential.open_sealed(sealed, {2: key}, **where)
    assert caught.value.code == "key"
    with pytest.raises(SealError) as caught:
        confidential.open_sealed(sealed[:-1], {3: key}, **where)
    assert caught.value.code == "sealed"


def test_a_wrapped_key_opens_only_for_its_site_box_key_and_key_id():
    private, public = confidential.generate_box_keypair()
    other_private, _other = confidential.generate_box_keypair()
    data_key = confidential.new_data_key()
    wrapped = confidential.wrap_key(data_key, public, share_id="s", site_id="a", key_id=1)
    assert confidential.unwrap_key(wrapped, private, share_id="s", site_id="a", key_id=1) == data_key
    for private_key, site, key_id in ((other_private, "a", 1), (private, "b", 1), (private, "a", 2)):
        with pytest.raises(SealError) as caught:
            confidential.unwrap_key(wrapped, private_key, share_id="s", site_id=site, key_id=key_id)
        assert caught.value.code == "key"


def test_older_rosters_and_join_requests_still_read_and_verify():
    private, public = keys.generate_keypair()
    request = JoinRequest("s", "site-a", "上海", public, "2026-11-27T10:00:00Z", outlet_id="o", outlet_code="SH01")
    assert "box_key" not in request.to_document()  # what an older version signed, byte for byte
    roster = Roster("s", 1, {}, {})
    assert "data_keys" not in roster.to_document() and "encryption" not in roster.to_document()
    assert Roster.from_document(roster.to_document()) == roster


# -- (a) nothing of a customer is readable on the share -------------------------------------------

def test_an_encrypted_share_holds_no_customer_name_phone_or_address_and_sites_converge(world):
    roster = membership.encrypt_share(world.hq.db)
    assert roster.encryption and [k.key_id for k in roster.data_keys] == [1]
    assert set(roster.data_keys[0].wrapped) == {site.site_id for site in world.sites}
    world.converge()
    for site, (name, phone, address) in zip([*world.outlets, world.hq], CUSTOMERS):
        _job(site, name, phone, address)
    world.outlets[0].job("李雷", "13600002222")
    world.converge()
    membership.publish_snapshot(world.hq.db, world.hq.folder)
    assert _converged(world.sites)
    secrets = [value for customer in CUSTOMERS for value in customer] + ["李雷", "13600002222"]
    assert _leaks(world.share, secrets) == []
    assert all(confidential.is_sealed(_newest_bundle(world, site).read_bytes()) for site in world.sites)
    # The check can fail: the same details are in the sites' own (local, unshared) databases.
    assert _leaks(world.root / world.outlets[0].code, ["王芳"])


# -- (b) a revoked site cannot read what is written after ----------------------------------------

def test_a_revoked_site_cannot_open_bundles_written_after_its_revocation(world):
    membership.encrypt_share(world.hq.db)
    world.converge()
    shanghai, beijing = world.outlets
    _job(shanghai, *CUSTOMERS[0])
    shanghai.sync()
    before = _newest_bundle(world, shanghai)
    membership.revoke(world.hq.db, beijing.site_id)
    roster = _roster(world)
    assert [k.key_id for k in roster.data_keys] == [1, 2]
    assert beijing.site_id not in roster.data_keys[-1].wrapped
    _job(shanghai, *CUSTOMERS[1])
    shanghai.sync()
    after = _newest_bundle(world, shanghai)
    assert confidential.sealed_key_id(after.read_bytes()) == 2
    revoked_ring = _ring(world, beijing)
    assert _open(revoked_ring, before, shanghai)  # what it could read before stays readable to it
    with pytest.raises(SealError) as caught:
        _open(revoked_ring, after, shanghai)
    assert caught.value.code == "key"
    assert _open(_ring(world, world.hq), after, shanghai)
    world.hq.sync()
    assert world.hq.digest() == shanghai.digest()


# -- (c) a site approved after a rotation reads old and new history -------------------------------

def test_a_site_approved_after_rotation_reads_old_and_new_bundles(world, monkeypatch):
    membership.encrypt_share(world.hq.db)
    world.converge()
    shanghai, beijing = world.outlets
    old_job = _job(shanghai, *CUSTOMERS[0])
    world.converge()
    membership.revoke(world.hq.db, beijing.site_id)
    new_job = _job(shanghai, *CUSTOMERS[1])
    shanghai.sync()
    newcomer = _newcomer(world, "GZ01", monkeypatch)
    assert {1, 2} <= set(_ring(world, newcomer).data_keys)
    for _round in range(2):
        for site in (world.hq, shanghai, newcomer):
            site.sync()
    assert newcomer.has_job(old_job) and newcomer.has_job(new_job)
    # Beijing's own bundles are refused as revoked (the engine's rule), never for want of a key.
    assert set(newcomer.quarantined().values()) <= {"revoked"}
    assert not [line for line in newcomer.log("warning") if "data key" in line[1]]
    newcomer.close()


def test_a_newcomer_starts_from_a_sealed_snapshot(world, monkeypatch):
    membership.encrypt_share(world.hq.db)
    world.converge()
    job = _job(world.outlets[0], *CUSTOMERS[0])
    world.converge()
    name = membership.publish_snapshot(world.hq.db, world.hq.folder)
    data = (Share(world.share).base / "snapshots" / name).read_bytes()
    assert snapshot.is_sealed_snapshot(data) and "王芳".encode() not in _readable(data)
    config = membership.load_config(world.hq.db)
    assert newest_snapshot(Share(world.share), config) is None  # without the data keys: unreadable
    newcomer = _newcomer(world, "GZ01", monkeypatch)
    newcomer.sync()
    assert newcomer.has_job(job)
    assert any("snapshot" in message for _lv, message, _p in newcomer.log("info"))
    newcomer.close()


# -- (d) a tampered sealed file ------------------------------------------------------------------

def test_a_tampered_sealed_bundle_is_quarantined_and_other_sites_still_apply(world):
    membership.encrypt_share(world.hq.db)
    world.converge()
    shanghai, beijing = world.outlets
    shanghai_job = _job(shanghai, *CUSTOMERS[0])
    shanghai.sync()
    beijing_job = _job(beijing, *CUSTOMERS[1])
    beijing.sync()
    path = _newest_bundle(world, shanghai)
    good = path.read_bytes()
    assert confidential.is_sealed(good)
    path.write_bytes(good[:-20] + bytes([good[-20] ^ 1]) + good[-19:])
    world.hq.sync()
    assert world.hq.quarantined() == {(shanghai.site_id, path.name): "sealed"}
    assert world.hq.has_job(beijing_job) and not world.hq.has_job(shanghai_job)
    path.write_bytes(good)  # the cloud client delivers the real file
    world.hq.sync()
    assert world.hq.has_job(shanghai_job) and world.hq.quarantined() == {}


def test_a_sealed_bundle_renamed_or_with_an_unknown_key_is_quarantined(world):
    membership.encrypt_share(world.hq.db)
    world.converge()
    shanghai = world.outlets[0]
    _job(shanghai, *CUSTOMERS[0])
    shanghai.sync()
    path = _newest_bundle(world, shanghai)
    data = bytearray(path.read_bytes())
    data[4:8] = (99).to_bytes(4, "big")  # a data key id nobody holds
    path.write_bytes(bytes(data))
    world.hq.sync()
    assert world.hq.quarantined() == {(shanghai.site_id, path.name): "key"}


# -- (e) migrating a plain share with history -----------------------------------------------------

def test_migrating_a_plain_share_keeps_converging_and_a_newcomer_reads_the_plain_history(world, monkeypatch):
    shanghai, beijing = world.outlets
    plain_job = _job(shanghai, *CUSTOMERS[0])
    world.converge()
    plain_bundle = _newest_bundle(world, shanghai)
    assert _leaks(plain_bundle.parent, ["王芳"])  # before: readable by anyone (the check can fail)
    # Beijing joined with an older version: no box key on the roster, none in its key store.
    hq_private = keys.load_private_key(world.hq.site_id)
    share = Share(world.share)
    roster = share.roster(keys.public_key_of(hq_private))
    share.publish_roster(Roster(roster.share_id, roster.version, {
        **roster.sites, beijing.site_id: type(roster.sites[beijing.site_id])(
            **{**roster.sites[beijing.site_id].__dict__, "box_key": b""})}, roster.revoked), hq_private)
    (world.keys / f"{beijing.site_id}.box").unlink()
    beijing_plain_job = _job(beijing, *CUSTOMERS[2])
    beijing.sync()  # published before encryption: plain, and accepted afterwards
    membership.encrypt_share(world.hq.db)
    assert beijing.site_id not in _roster(world).data_keys[0].wrapped
    sealed_job = _job(shanghai, *CUSTOMERS[1])
    shanghai.sync()
    assert confidential.is_sealed(_newest_bundle(world, shanghai).read_bytes())
    waiting_job = _job(beijing, "赵敏", "13712345678", "")
    beijing.sync()  # makes and announces a box key; publishes nothing until it holds the data key
    assert (share.base / "requests" / f"{beijing.site_id}.boxkey").is_file()
    assert beijing.engine().waiting() > 0
    assert any("data key" in message for _lv, message, _p in beijing.log("info"))
    world.converge(3)
    assert beijing.site_id in _roster(world).data_keys[0].wrapped
    assert confidential.is_sealed(_newest_bundle(world, beijing).read_bytes()) and beijing.engine().waiting() == 0
    assert _converged(world.sites)
    newcomer = _newcomer(world, "GZ01", monkeypatch)
    for _round in range(2):
        for site in (*world.sites, newcomer):
            site.sync()
    for job in (plain_job, beijing_plain_job, sealed_job, waiting_job):
        assert newcomer.has_job(job)
    assert _converged([*world.sites, newcomer]) and newcomer.quarantined() == {}
    assert _leaks(world.share / "aftersales" / "v1" / "sites" / beijing.site_id, ["赵敏", "13712345678"]) == []
    newcomer.close()


@pytest.mark.parametrize("sealed_pruned", [False, True])
def test_a_plain_bundle_after_a_sealed_one_of_the_same_site_is_refused(world, sealed_pruned):
    membership.encrypt_share(world.hq.db)
    world.converge()
    shanghai = world.outlets[0]
    _job(shanghai, *CUSTOMERS[0])
    shanghai.sync()
    sealed = _newest_bundle(world, shanghai)
    ring = _ring(world, shanghai)
    plain = _open(ring, sealed, shanghai)
    header = bundles.read_header(plain)
    config = membership.load_config(shanghai.db)
    name, data = bundles.encode_bundle(
        schema=header.schema, share_id=config.share_id, site_id=shanghai.site_id, seq=header.seq + 1,
        prev_hash=bundles.file_hash(plain), records=[], created_at=header.created_at,
        private_key=keys.load_private_key(shanghai.site_id))
    if sealed_pruned:  # head office saw the sealed one; then the share was pruned
        world.hq.sync()
        sealed.unlink()
    (sealed.parent / name).write_bytes(data)  # validly signed by the site, but not sealed
    world.hq.sync()
    assert world.hq.quarantined() == {(shanghai.site_id, name): "plain"}


# -- (f) join requests ----------------------------------------------------------------------------

def test_join_requests_on_the_share_and_on_a_stick_do_not_show_the_site_name(world, monkeypatch, tmp_path):
    monkeypatch.setattr(passwords, "_N", 2**4)
    name = "广州天河售后网点"
    through_share = Installation(world.root / "GZ01", "GZ01")
    membership.join_share(through_share.db, world.share, name=name)
    by_stick = Installation(world.root / "SZ01", "SZ01")
    stick = tmp_path / "stick" / "request.join"
    stick.parent.mkdir()
    membership.join_share(by_stick.db, world.share, name="深圳南山售后网点", request_file=stick)
    share_request = Share(world.share).base / "requests" / f"{through_share.site_id}.join"
    for path, secret, site in ((share_request, name, through_share), (stick, "深圳南山售后网点", by_stick)):
        data = path.read_bytes()
        assert confidential.is_boxed(data)
        assert secret.encode("utf-8") not in data and site.site_id.encode() not in data
        assert b"GZ01" not in data and b"SZ01" not in data
    assert [r.name for r in membership.pending_requests(world.hq.db)] == [name]
    assert Share(world.share).join_requests() == []  # without head office's box key: nothing readable
    membership.approve(world.hq.db, through_share.site_id)
    assert membership.approve(world.hq.db, str(stick)).name == "深圳南山售后网点"
    roster = _roster(world)
    assert roster.sites[through_share.site_id].box_key and roster.sites[by_stick.site_id].box_key
    through_share.close()
    by_stick.close()


def test_share_encrypt_on_the_command_line(world, capsys):
    from aftersales_desktop.cli import main

    assert main(["share", "status", "--data-dir", str(world.hq.folder)]) == 0
    assert "not encrypted" in capsys.readouterr().out
    assert main(["share", "encrypt", "--data-dir", str(world.hq.folder)]) == 0
    assert "encrypted" in capsys.readouterr().out
    assert main(["share", "status", "--data-dir", str(world.outlets[0].folder)]) == 0
    assert "encrypted: data key 1\n" in capsys.readouterr().out
    assert _roster(world).encryption
    assert main(["share", "encrypt", "--data-dir", str(world.outlets[0].folder)]) == 1  # head office only
    assert capsys.readouterr().err.strip()
    for site in world.outlets:
        site.job("王芳", "13917765432")
    world.converge()
    assert all(confidential.is_sealed(_newest_bundle(world, site).read_bytes()) for site in world.outlets)


# -- where the box key is kept ---------------------------------------------------------------------

def test_the_box_key_is_kept_short_beside_the_site_key_in_the_keyring(monkeypatch):
    import keyring

    from tests.sync.memory_keyring import MemoryKeyring

    monkeypatch.delenv("AFTERSALES_KEY_DIR", raising=False)
    previous, backend = keyring.get_keyring(), MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        site = "0190f3a2-0000-7000-8000-00000000b001"
        assert keys.find_box_key(site) is None
        private, _public = confidential.generate_box_keypair()
        keys.store_box_key(site, private)
        keys.store_private_key(site, keys.generate_keypair()[0])
        assert keys.find_box_key(site) == private
        assert {user for _service, user in backend.secrets} == {f"box-key:{site}", f"site-key:{site}"}
        assert all(len(secret) < 100 for secret in backend.secrets.values())  # Windows caps at ~1280
        keys.delete_private_key(site)
        assert keys.find_box_key(site) is None and backend.secrets == {}
    finally:
        keyring.set_keyring(previous)


def test_no_key_store_is_an_error_never_no_box_key(monkeypatch):
    import keyring
    from keyring.backends import fail

    monkeypatch.delenv("AFTERSALES_KEY_DIR", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(keys.KeyStoreUnavailable):
            keys.find_box_key("0190f3a2-0000-7000-8000-00000000b001")
    finally:
        keyring.set_keyring(previous)


def test_a_site_that_rejoins_with_a_new_box_key_gets_every_data_key_again(world, monkeypatch):
    membership.encrypt_share(world.hq.db)
    membership.revoke(world.hq.db, world.outlets[1].site_id)  # data key 2
    shanghai = world.outlets[0]
    share = Share(world.share)
    private, public = keys.generate_keypair()
    box_private, box_public = confidential.generate_box_keypair()
    share.request_join(site_id=shanghai.site_id, name="SH01 新电脑", public_key=public, private_key=private,
                       now="2026-12-01T09:00:00Z", box_key=box_public)
    membership.approve(world.hq.db, shanghai.site_id)
    roster = _roster(world)
    assert roster.sites[shanghai.site_id].box_key == box_public
    assert set(roster.share_keys(shanghai.site_id, box_private).data_keys) == {1, 2}
    assert roster.share_keys(shanghai.site_id, keys.load_box_key(shanghai.site_id)).data_keys == {}
