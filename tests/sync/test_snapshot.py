"""Snapshots as database images: a newcomer verifies and opens one; anything not HQ's image is refused."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from datetime import datetime, timezone

import pytest

from aftersales_desktop.services import passwords
from aftersales_desktop.storage.migrate import HEAD_REVISION
from aftersales_desktop.sync import keys, membership, snapshot
from aftersales_desktop.sync.engine import load_config
from aftersales_desktop.sync.share import Share
from tests.sync.sites import Installation, copy_world, world_env

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    """Cheap scrypt for the accounts a late outlet makes."""
    monkeypatch.setattr(passwords, "_N", 2**4)


@pytest.fixture
def world(tmp_path, monkeypatch):
    """HQ with a share, and two outlets that joined, were approved and hold a few jobs."""
    made = world_env(monkeypatch, copy_world(tmp_path / "world"))
    for index in range(4):
        made.outlets[0].job(f"客户{index}")
    made.outlets[1].job("王芳")
    made.converge()
    yield made
    made.close()


def _newcomer(world, folder, progress=None) -> Installation:
    late = Installation(folder, "GZ01")
    membership.join_share(late.db, world.share)
    membership.approve(world.hq.db, late.db.site_id)
    engine = late.engine()
    engine.bootstrap_progress = progress
    engine.run_cycle()
    return late


def _converge(world, late: Installation) -> None:
    """Every site, the newcomer too, syncs twice: its own set-up rows reach the others."""
    for _round in range(2):
        for site in (*world.sites, late):
            site.sync()


def _jobs(site: Installation) -> list[tuple[str, str]]:
    """(id, status) of every job: status is derived, so it shows the newcomer derived it as HQ did."""
    with site.db.raw_transaction() as connection:
        return list(map(tuple, connection.exec_driver_sql("SELECT id, status FROM jobs ORDER BY id")))


def _image_objects(data: bytes, tmp_path) -> set[str]:
    start = 8 + int.from_bytes(data[4:8], "big") + keys.SIGNATURE_LENGTH
    path = tmp_path / "image.sqlite3"
    path.write_bytes(zlib.decompress(data[start:]))
    connection = sqlite3.connect(path)
    try:
        return {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()


@pytest.mark.parametrize("encrypted", [False, True])
def test_a_newcomer_opens_the_image_and_then_follows_the_bundles(world, tmp_path, encrypted):
    if encrypted:
        membership.encrypt_share(world.hq.db)
        world.converge()
    name = membership.publish_snapshot(world.hq.db, world.hq.folder)
    data = (Share(world.share).base / "snapshots" / name).read_bytes()
    assert data[:4] == (snapshot.CHUNKED_MAGIC if encrypted else snapshot.MAGIC2)
    if not encrypted:  # only what a newcomer needs: never HQ's identity, outbox or sync state
        tables = _image_objects(data, tmp_path)
        assert tables == set(snapshot.image_tables())
        assert not tables & {"outbox", "local_state", "sync_published", "sync_cursors", "sync_log", "job_search"}
    calls = []
    late = _newcomer(world, tmp_path / "GZ01", lambda done, total: calls.append((done, total)))
    try:
        assert _jobs(late) == _jobs(world.hq) != [], "every job, with its derived status, from the image"
        _converge(world, late)
        assert late.digest() == world.hq.digest()
        assert any("snapshot" in message for _lv, message, _p in late.log("info"))
        assert calls and calls[-1][0] == calls[-1][1] > 0
        assert [d for d, _t in calls] == sorted(d for d, _t in calls), "progress only moves forward"
        assert late.site_id != world.hq.site_id and late.cursor(world.hq.site_id) > 0
        later = world.outlets[0].job("李伟")
        world.converge()
        late.sync()
        assert late.has_job(later)
        _converge(world, late)
        assert late.digest() == world.hq.digest() == world.outlets[0].digest()
    finally:
        late.db.dispose()


def _header_for(world, body: bytes, image_bytes: int, **changes) -> dict:
    header = {"kind": "snapshot", "format": 2, "share": load_config(world.hq.db).share_id,
              "site": world.hq.site_id, "schema": HEAD_REVISION, "created_at": "2026-12-01T09:00:00Z",
              "cursors": {}, "rows": {}, "image_bytes": image_bytes, "body_bytes": len(body),
              "body_sha256": hashlib.sha256(body).hexdigest()}
    header.update(changes)
    return header


def _signed(header: dict, body: bytes, private: bytes) -> bytes:
    head = json.dumps(header).encode("utf-8")
    signed = snapshot.MAGIC2 + len(head).to_bytes(4, "big") + head
    return signed + keys.sign(private, signed) + body


def _found(world, data: bytes) -> dict | None:
    config = load_config(world.hq.db)
    header = snapshot.read_header(data, share_id=config.share_id, hq_public_key=config.hq_public_key)
    if header is not None:
        header["_plain"] = data
    return header


def _load(world, folder, data: bytes):
    """Load ``data`` into a fresh joined installation; returns (installation, result or exception)."""
    late = Installation(folder, "GZ01")
    found = _found(world, data)
    if found is None:
        return late, None
    try:
        return late, snapshot.load_snapshot(late.db, found)
    except snapshot.SnapshotRefused as error:
        return late, error


def test_what_head_office_did_not_sign_is_never_opened(world, tmp_path):
    config = load_config(world.hq.db)
    hq_private = keys.load_private_key(world.hq.site_id)
    _name, data = snapshot.build_snapshot(world.hq.db, share_id=config.share_id, now=NOW, private_key=hq_private)
    assert _found(world, data) is not None
    header_end = 8 + int.from_bytes(data[4:8], "big")
    flipped_header = bytearray(data)
    flipped_header[20] ^= 1
    assert _found(world, bytes(flipped_header)) is None
    assert _found(world, data[:-10]) is None, "cut short"
    outlet_private = keys.load_private_key(world.outlets[0].site_id)
    body = data[header_end + keys.SIGNATURE_LENGTH:]
    head = json.loads(data[8:header_end])
    assert _found(world, _signed(head, body, outlet_private)) is None, "signed by an outlet, not HQ"
    assert _found(world, _signed({**head, "share": "another-share"}, body, hq_private)) is None
    flipped_body = bytearray(data)
    flipped_body[-100] ^= 1
    late, result = _load(world, tmp_path / "flip", bytes(flipped_body))
    try:
        assert isinstance(result, snapshot.SnapshotRefused)
        assert _jobs(late) == []
    finally:
        late.db.dispose()


def _hostile_image(world, tmp_path, extra_sql: str) -> bytes:
    """HQ's real image plus ``extra_sql``, signed with HQ's key (as if HQ's key signed anything)."""
    config = load_config(world.hq.db)
    path = tmp_path / "hostile.sqlite3"
    snapshot.build_image(world.hq.db, path)
    connection = sqlite3.connect(path)
    connection.executescript(extra_sql)
    connection.close()
    image = path.read_bytes()
    body = zlib.compress(image)
    return _signed(_header_for(world, body, len(image), share=config.share_id), body,
                   keys.load_private_key(world.hq.site_id))


@pytest.mark.parametrize("extra_sql", [
    "CREATE TABLE evil (x); INSERT INTO evil VALUES (1);",
    "CREATE TRIGGER boom AFTER INSERT ON customers BEGIN DELETE FROM customers; END;",
    "CREATE VIEW sneaky AS SELECT * FROM customers;",
    "ALTER TABLE jobs RENAME TO jobs_real; CREATE VIEW jobs AS SELECT * FROM jobs_real;",
    "CREATE VIRTUAL TABLE job_search_x USING fts5(body);",
])
def test_an_image_with_anything_unexpected_is_refused(world, tmp_path, extra_sql):
    late, result = _load(world, tmp_path / "late", _hostile_image(world, tmp_path, extra_sql))
    try:
        assert isinstance(result, snapshot.SnapshotRefused)
        names = {n for (n,) in sqlite3.connect(late.db.path).execute("SELECT name FROM sqlite_master")}
        assert "evil" not in names and "boom" not in names
    finally:
        late.db.dispose()


def test_content_that_is_not_a_database_is_refused(world, tmp_path):
    garbage = b"not a database at all " * 1000
    body = zlib.compress(garbage)
    data = _signed(_header_for(world, body, len(garbage)), body, keys.load_private_key(world.hq.site_id))
    late, result = _load(world, tmp_path / "late", data)
    try:
        assert isinstance(result, snapshot.SnapshotRefused)
    finally:
        late.db.dispose()
    short = zlib.compress(b"x" * 100)
    data = _signed(_header_for(world, short, 50), short, keys.load_private_key(world.hq.site_id))
    late, result = _load(world, tmp_path / "late2", data)
    try:
        assert isinstance(result, snapshot.SnapshotRefused), "inflates beyond the size it states"
    finally:
        late.db.dispose()


def test_a_format_1_snapshot_on_the_share_still_bootstraps(world, tmp_path):
    config = load_config(world.hq.db)
    name, data = snapshot.build_snapshot_json(world.hq.db, share_id=config.share_id, now=NOW,
                                              private_key=keys.load_private_key(world.hq.site_id))
    Share(world.share).write_snapshot(name, data)
    found = snapshot.newest_snapshot(Share(world.share), config)
    assert found is not None and found[1]["cursors"] and "format" not in found[1]
    late = _newcomer(world, tmp_path / "GZ01")
    try:
        assert _jobs(late) == _jobs(world.hq) != []
        _converge(world, late)
        assert late.digest() == world.hq.digest()
    finally:
        late.db.dispose()


def test_a_second_computer_of_an_outlet_takes_the_image_as_its_database(world, tmp_path):
    """A computer that holds nothing but its key opens the image itself: no row copied, nothing of its own lost."""
    from aftersales_desktop.services.jobs import JobQuery, list_jobs
    from aftersales_desktop.services.outlet import log_in
    from aftersales_desktop.storage.database import open_database
    from aftersales_desktop.sync.engine import SyncEngine

    sh = world.outlets[0]
    membership.publish_snapshot(world.hq.db, world.hq.folder)
    folder = tmp_path / "laptop"
    db = open_database(folder)
    try:
        membership.join_outlet(db, world.share, "SH01", "李伟的笔记本")
        membership.approve(world.hq.db, db.site_id)
        site_id, fingerprint = db.site_id, membership.own_fingerprint(db)
        before = (folder / "aftersales.sqlite3").stat().st_ino
        SyncEngine(db, folder).run_cycle()
        assert (folder / "aftersales.sqlite3").stat().st_ino != before, "the image became the database file"
        assert db.site_id == site_id and membership.own_fingerprint(db) == fingerprint
        assert membership.join_progress(db).ready
        with sqlite3.connect(folder / "aftersales.sqlite3") as connection:
            assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            triggers = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            assert "stock_movements_no_delete" in triggers, "ledgers stay insert-only"
            with pytest.raises(sqlite3.DatabaseError):
                connection.execute("DELETE FROM job_events")
        technician = log_in(db, "tSH01", "secret1")
        ctx = sh.ctx.__class__(db, technician)
        assert list_jobs(ctx, JobQuery(text="客户0")).rows, "the search index is built for the received jobs"

        from tests.sync.sites import Installation  # noqa: PLC0415 - the laptop, seen as a site of the world

        laptop = Installation.__new__(Installation)
        laptop.folder, laptop.db = folder, db
        laptop.ctx = sh.ctx.__class__(db, log_in(db, "mSH01", "secret1"))
        laptop.product_id = sh.product_id
        made = laptop.job("现场客户")
        laptop.sync()
        world.converge()
        laptop.sync()
        assert sh.has_job(made) and world.hq.has_job(made)
        assert laptop.digest() == sh.digest() == world.hq.digest()
    finally:
        db.dispose()


def _segmented(world, tmp_path, segments_of) -> bytes:
    """HQ's real image compressed in segments described by ``segments_of(raw sizes, packed sizes)``, HQ-signed."""
    path = tmp_path / "segmented.sqlite3"
    snapshot.build_image(world.hq.db, path)
    image = path.read_bytes()
    size = 64 * 1024
    blocks = [image[i:i + size] for i in range(0, len(image), size)]
    packed = [zlib.compress(block) for block in blocks]
    body = b"".join(packed)
    header = _header_for(world, body, len(image), segments=segments_of([len(b) for b in blocks],
                                                                        [len(p) for p in packed]))
    return _signed(header, body, keys.load_private_key(world.hq.site_id))


@pytest.mark.parametrize("lie", ["honest", "raw too small", "raw too large", "swapped", "not adding up", "garbage"])
def test_each_segment_must_inflate_to_the_size_head_office_stated(world, tmp_path, lie):
    def segments_of(raws, packs):
        pairs = [[r, p] for r, p in zip(raws, packs)]
        if lie == "raw too small":
            pairs[0][0] -= 1
            pairs[-1][0] += 1
        elif lie == "raw too large":
            pairs[0][0] += 1
            pairs[-1][0] -= 1
        elif lie == "swapped":
            pairs[0][1], pairs[1][1] = pairs[1][1], pairs[0][1]
        elif lie == "not adding up":
            pairs = pairs[:-1]
        elif lie == "garbage":
            pairs = [["x", None]]
        return pairs

    late, result = _load(world, tmp_path / "late", _segmented(world, tmp_path, segments_of))
    try:
        if lie == "honest":
            assert isinstance(result, int) and result > 0
            assert _jobs(late) == _jobs(world.hq)
        else:
            assert isinstance(result, snapshot.SnapshotRefused), lie
    finally:
        late.db.dispose()


def test_a_computer_that_holds_nothing_refuses_a_hostile_image_too(world, tmp_path):
    from aftersales_desktop.storage.database import open_database

    db = open_database(tmp_path / "empty")
    try:
        membership.join_outlet(db, world.share, "SH01", "笔记本")
        found = _found(world, _hostile_image(world, tmp_path, "CREATE TRIGGER boom AFTER INSERT ON customers "
                                                               "BEGIN DELETE FROM customers; END;"))
        with pytest.raises(snapshot.SnapshotRefused):
            snapshot.load_snapshot(db, found)
        names = {n for (n,) in sqlite3.connect(db.path).execute("SELECT name FROM sqlite_master")}
        assert "boom" not in names and "local_state" in names
        assert db.site_id and membership.join_progress(db, read_share=False).outlet_code == "SH01"
    finally:
        db.dispose()


def test_a_second_snapshot_at_the_same_seq_of_head_office_replaces_the_first(world):
    """Two snapshots with nothing of HQ's own published between share the seq part of their name."""
    first = membership.publish_snapshot(world.hq.db, world.hq.folder, now=NOW)
    second = membership.publish_snapshot(world.hq.db, world.hq.folder, now=NOW.replace(hour=10))
    assert first != second and first.split("-")[0] == second.split("-")[0]
    assert Share(world.share).list_snapshots() == [second]
    assert snapshot.newest_snapshot(Share(world.share), load_config(world.hq.db))[0] == second
