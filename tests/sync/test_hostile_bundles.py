"""Hostile bundles, validly signed by a site's own key: each is kept out, and nothing else stops.

Every test plants one bundle in SH01's folder as its next seq, signed with SH01's key (a site whose
key was stolen, or whose software is buggy), while BJ01 publishes an honest change. HQ's next cycle
must return normally, quarantine SH01's bundle with a log line naming site, seq and reason, keep
everything of it out of HQ's database, and still apply BJ01's change in that same cycle.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aftersales_desktop.storage.migrate import HEAD_REVISION
from aftersales_desktop.sync import bundle as bundles
from aftersales_desktop.sync import keys, records
from aftersales_desktop.sync.changes import records_from_outbox
from aftersales_desktop.sync.engine import SyncError
from tests.sync.sites import Installation, World, bundle_files, copy_world, world_env

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    yield made
    made.close()


# ---- planting a bundle -------------------------------------------------------------------------

def _honest_records(site: Installation, name: str = "王芳") -> list[dict]:
    """The records a new job at ``site`` makes (not published by the site itself)."""
    site.job(name)
    with site.db.raw_transaction() as connection:
        return [record for _seq, record in records_from_outbox(connection, 0, 1000)]


def _compact(items) -> bytes:
    return json.dumps(items, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _plant(world: World, site: Installation, *, items: list | None = None, raw: bytes | None = None,
           body: bytes | None = None, count: int | None = None, inflated: int | None | bool = True,
           **header_changes) -> tuple[str, int]:
    """Sign a bundle with ``site``'s own key as its next seq and put it in its folder: (name, seq)."""
    last = bundle_files(world, site)[-1].read_bytes()
    previous = bundles.read_header(last)
    if raw is None and items is not None:
        raw = _compact(items)
    if body is None:
        body = zlib.compress(raw, 6)
    stamps = [r["h"] for r in items or () if isinstance(r, dict) and isinstance(r.get("h"), str)]
    header = previous.to_json() | {
        "seq": previous.seq + 1, "prev": bundles.file_hash(last),
        "count": count if count is not None else len(items or ()),
        "body_sha256": hashlib.sha256(body).hexdigest(), "body_length": len(body),
        "hlc_min": min(stamps, default=previous.hlc_max), "hlc_max": max(stamps, default=previous.hlc_max),
    } | header_changes
    header.pop("inflated", None)
    if inflated is True:
        header["inflated"] = len(raw)
    elif inflated not in (None, False):
        header["inflated"] = inflated
    name, data = bundles._assemble(header, body, keys.load_private_key(site.site_id), header["seq"])
    (world.site_dir(site) / name).write_bytes(data)
    return name, header["seq"]


def _honest_change_at(site: Installation) -> str:
    job_id = site.job("李娜")
    assert site.sync().bundles_published == 1
    return job_id


def _assert_kept_out(world: World, name: str, seq: int, reason: str | set[str], planted: list[dict] = ()) -> None:
    hq, (sh, bj) = world.hq, world.outlets
    bj_job = _honest_change_at(bj)
    before_cursor = hq.cursor(sh.site_id)
    report = hq.sync()  # returns normally: nothing a bundle holds stops the cycle
    reasons = {reason} if isinstance(reason, str) else reason
    assert hq.has_job(bj_job), "the other outlet's change is applied in the same cycle"
    assert report.quarantined == 1 and report.bundles_applied == 1
    ((key, found),) = hq.quarantined().items()
    assert key == (sh.site_id, name) and found in reasons
    assert report.quarantined_bundles == [(sh.site_id, seq, found)]
    lines = [params for _lv, _m, params in hq.log("warning")
             if params.get("site") == sh.site_id and params.get("seq") == seq and params.get("reason") == found]
    assert lines, "a log line names the site, the seq and the reason"
    assert hq.cursor(sh.site_id) == before_cursor == seq - 1
    with hq.db.raw_transaction() as connection:
        for record in planted:
            if isinstance(record, dict) and isinstance(record.get("t"), str) and record["t"].isidentifier():
                try:
                    row = connection.exec_driver_sql(f"SELECT 1 FROM {record['t']} WHERE id = ?",
                                                     (str(record.get("id")),)).first()
                except Exception:  # noqa: BLE001 - a table that does not exist holds nothing
                    row = None
                assert row is None, f"{record['t']} {record.get('id')} of the hostile bundle reached HQ"
        assert connection.exec_driver_sql("SELECT count(*) FROM sync_parked").scalar_one() == 0


def _hostile(world: World, change) -> tuple[str, int, list[dict]]:
    """SH01's honest records with ``change`` applied to them, planted as its next bundle."""
    sh = world.outlets[0]
    items = _honest_records(sh)
    change(items)
    name, seq = _plant(world, sh, items=items)
    return name, seq, items


def _record_of(items: list[dict], table: str) -> dict:
    return next(r for r in items if r["t"] == table)


# ---- the record's form --------------------------------------------------------------------------

def test_the_honest_records_pass_the_check(world):
    """The control: the same bundle, unchanged, is applied."""
    hq, sh = world.hq, world.outlets[0]
    items = _honest_records(sh)
    _name, seq = _plant(world, sh, items=items)
    assert hq.sync().bundles_applied >= 1 and hq.cursor(sh.site_id) == seq
    assert hq.has_job(_record_of(items, "jobs")["id"])


def test_every_record_an_honest_world_makes_passes_the_check(world):
    for site in world.sites:
        site.job("王芳")
        with site.db.raw_transaction() as connection:
            made = [record for _seq, record in records_from_outbox(connection, 0, 100_000)]
            connection.exec_driver_sql("UPDATE outbox SET published = 0")
            every = [record for _seq, record in records_from_outbox(connection, 0, 100_000)]
        assert made and len(every) > len(made)
        header = bundles.BundleHeader(1, HEAD_REVISION, "share", site.site_id, 1, "", len(every), "", "", "",
                                      0, "", "zlib")
        records.check_records(every, header)


def test_a_record_missing_a_key(world):
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs").pop("a"))
    _assert_kept_out(world, name, seq, "schema", items)


def test_a_record_with_an_extra_key(world):
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs").update(x=1))
    _assert_kept_out(world, name, seq, "schema", items)


def test_fields_given_as_a_list(world):
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs").update(f=[["number", "1"]]))
    _assert_kept_out(world, name, seq, "schema", items)


def test_an_integer_column_given_text(world):
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs")["f"].update(priority_rank="1"))
    _assert_kept_out(world, name, seq, "schema", items)


def test_a_boolean_column_given_one(world):
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs")["f"].update(deleted=1))
    _assert_kept_out(world, name, seq, "schema", items)


def test_a_text_column_given_a_number(world):
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs")["f"].update(number=7))
    _assert_kept_out(world, name, seq, "schema", items)


def test_a_string_far_longer_than_its_column(world):
    """String(30) allows 4 x 30 characters (records.string_limit: a typed value a service did not cut)."""
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs")["f"].update(number="9" * 257))
    _assert_kept_out(world, name, seq, "schema", items)


def test_an_id_longer_than_an_id(world):
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs")["f"].update(customer_id="9" * 37))
    _assert_kept_out(world, name, seq, "schema", items)


def test_a_date_that_is_not_in_the_stored_form(world):
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs")["f"].update(
        created_at="yesterday, roughly"))
    _assert_kept_out(world, name, seq, "schema", items)


def test_null_in_a_column_that_allows_none(world):
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs")["f"].update(customer_id=None))
    _assert_kept_out(world, name, seq, "schema", items)


def test_an_insert_lacking_a_column(world):
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs")["f"].pop("customer_id"))
    _assert_kept_out(world, name, seq, "schema", items)


def test_an_unknown_operation(world):
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs").update(op="delete"))
    _assert_kept_out(world, name, seq, "schema", items)


def test_an_unknown_table(world):
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs").update(t="sqlite_master"))
    _assert_kept_out(world, name, seq, "schema", items)


def test_an_unknown_column(world):
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs")["f"].update(
        {"status = 'closed', number": "x"}))
    _assert_kept_out(world, name, seq, "schema", items)


def test_a_column_that_never_travels(world):
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs")["f"].update(origin="x"))
    _assert_kept_out(world, name, seq, "schema", items)


def test_an_update_of_an_insert_only_table(world):
    def change(items):
        event = _record_of(items, "job_events")
        event["op"] = "update"
    name, seq, items = _hostile(world, change)
    _assert_kept_out(world, name, seq, "schema", items)


def test_a_forged_origin(world):
    bj = world.outlets[1]
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs").update(o=bj.site_id))
    _assert_kept_out(world, name, seq, "schema", items)


def test_an_hlc_of_another_site(world):
    bj = world.outlets[1]

    def change(items):
        record = _record_of(items, "jobs")
        record["h"] = record["h"][:23] + bj.site_id
    name, seq, items = _hostile(world, change)
    _assert_kept_out(world, name, seq, "schema", items)


def test_an_hlc_that_is_not_one(world):
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs").update(h="soon"))
    _assert_kept_out(world, name, seq, "schema", items)


def test_a_base_that_is_not_an_hlc(world):
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs").update(b={"_row": 5}))
    _assert_kept_out(world, name, seq, "schema", items)


def test_an_id_that_is_not_a_short_text(world):
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs").update(id="x" * 37))
    _assert_kept_out(world, name, seq, "schema", items)


def test_an_integer_beyond_64_bits(world):
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs")["f"].update(
        priority_rank=2 ** 64))
    _assert_kept_out(world, name, seq, {"schema", "body"}, items)


# ---- size and shape -------------------------------------------------------------------------------

def test_nesting_two_hundred_thousand_deep(world):
    sh = world.outlets[0]
    items = _honest_records(sh)
    deep = b"[" * 200_000 + b"]" * 200_000
    raw = _compact(items).replace(b'"address":""', b'"address":' + deep, 1)
    assert deep in raw
    name, seq = _plant(world, sh, items=items, raw=raw)
    _assert_kept_out(world, name, seq, "schema", items)


def test_nesting_deep_in_a_short_record(world):
    sh = world.outlets[0]
    items = _honest_records(sh)
    raw = _compact(items)[:-1] + b',{"t":' + b"[" * 1500 + b"]" * 1500 + b"}]"
    name, seq = _plant(world, sh, items=items, raw=raw, count=len(items) + 1)
    _assert_kept_out(world, name, seq, "schema", items)


def test_a_fifty_megabyte_field(world):
    sh = world.outlets[0]
    items = _honest_records(sh)
    _record_of(items, "jobs")["f"]["description"] = "漏" * 50_000_000
    name, seq = _plant(world, sh, items=items)
    _assert_kept_out(world, name, seq, "size", items)


def test_a_fifty_megabyte_field_in_a_bundle_of_the_previous_version(world):
    """Without the inflated length in its header the body is inflated up to the hard cap only."""
    sh = world.outlets[0]
    items = _honest_records(sh)
    _record_of(items, "jobs")["f"]["description"] = "x" * 50_000_000
    name, seq = _plant(world, sh, items=items, inflated=None)
    _assert_kept_out(world, name, seq, "size", items)


def test_a_field_over_its_column_cap_within_the_body_cap(world):
    sh = world.outlets[0]
    items = _honest_records(sh)
    _record_of(items, "jobs")["f"]["description"] = "x" * (records.MAX_TEXT + 1)
    name, seq = _plant(world, sh, items=items)
    _assert_kept_out(world, name, seq, "schema", items)


def _zeros_compressed(total: int) -> bytes:
    squeezer = zlib.compressobj(9)
    chunk = bytes(1024 * 1024)
    parts = [squeezer.compress(chunk) for _ in range(total // len(chunk))]
    return b"".join(parts) + squeezer.flush()


@pytest.fixture(scope="module")
def gigabyte_of_zeros() -> bytes:
    return _zeros_compressed(1024 * 1024 * 1024)


def test_a_compression_bomb(world, gigabyte_of_zeros):
    sh = world.outlets[0]
    name, seq = _plant(world, sh, body=gigabyte_of_zeros, count=1, inflated=None)
    _assert_kept_out(world, name, seq, "size")


def test_a_compression_bomb_whose_header_says_it_is_small(world, gigabyte_of_zeros):
    sh = world.outlets[0]
    name, seq = _plant(world, sh, body=gigabyte_of_zeros, count=1, inflated=1000)
    _assert_kept_out(world, name, seq, "body")


def test_a_header_claiming_a_body_over_the_cap(world):
    sh = world.outlets[0]
    items = _honest_records(sh)
    name, seq = _plant(world, sh, items=items, inflated=bundles.MAX_BODY_BYTES + 1)
    _assert_kept_out(world, name, seq, "size", items)


def test_more_records_than_the_header_count(world):
    sh = world.outlets[0]
    items = _honest_records(sh)
    name, seq = _plant(world, sh, items=items, count=len(items) - 1)
    _assert_kept_out(world, name, seq, "count", items)


def test_a_million_tiny_records_under_a_small_count(world):
    sh = world.outlets[0]
    items = _honest_records(sh)
    raw = _compact(items)[:-1] + b"".join([b',{"t":0}'] * 1_000_000) + b"]"
    name, seq = _plant(world, sh, items=items, raw=raw, count=len(items))
    _assert_kept_out(world, name, seq, "count", items)


def test_a_count_over_the_most_records_a_bundle_may_hold(world):
    sh = world.outlets[0]
    items = _honest_records(sh)
    name, seq = _plant(world, sh, items=items, count=bundles.MAX_RECORDS + 1)
    _assert_kept_out(world, name, seq, "size", items)


def test_a_record_of_a_million_tiny_values(world):
    sh = world.outlets[0]
    items = _honest_records(sh)
    many = b",".join(b'"c%d":0' % i for i in range(1_000_000))
    raw = _compact(items).replace(b'"address":""', b'"address":"",' + many, 1)
    name, seq = _plant(world, sh, items=items, raw=raw)
    _assert_kept_out(world, name, seq, "schema", items)


def test_undecodable_utf8(world):
    sh = world.outlets[0]
    items = _honest_records(sh)
    raw = _compact(items).replace("漏粉".encode(), b"\xff\xfe\xfd", 1)
    assert b"\xff\xfe\xfd" in raw
    name, seq = _plant(world, sh, items=items, raw=raw)
    _assert_kept_out(world, name, seq, "body", items)


def test_a_body_that_is_not_json(world):
    sh = world.outlets[0]
    items = _honest_records(sh)
    raw = _compact(items).replace(b'"op":"insert"', b'"op":insert', 1)
    name, seq = _plant(world, sh, items=items, raw=raw)
    _assert_kept_out(world, name, seq, "body", items)


def test_a_file_bigger_than_any_bundle_is_not_read(world):
    sh = world.outlets[0]
    last = bundle_files(world, sh)[-1].read_bytes()
    seq = bundles.read_header(last).seq + 1
    junk = os.urandom(1024) * ((bundles.MAX_FILE_BYTES // 1024) + 1)
    name = bundles.bundle_name(seq, junk)
    (world.site_dir(sh) / name).write_bytes(junk)
    _assert_kept_out(world, name, seq, "size")
    assert not (world.hq.folder / "quarantine" / sh.site_id / name).exists(), "not copied either"


# ---- the applier ------------------------------------------------------------------------------------

def test_text_sqlite_cannot_store(world):
    """A lone surrogate passes JSON and the schema but SQLite cannot take it: the applier raises."""
    sh = world.outlets[0]
    items = _honest_records(sh)
    raw = _compact(items).replace(b'"address":""', b'"address":"\\ud800"', 1)
    name, seq = _plant(world, sh, items=items, raw=raw)
    _assert_kept_out(world, name, seq, "apply", items)


def test_an_applier_error_rolls_back_that_bundle_only(world, monkeypatch):
    """A value violating NOT NULL that a (hypothetically) looser check let through: IntegrityError."""
    monkeypatch.setattr(records.RecordChecker, "_check_fields", lambda *args: None)
    name, seq, items = _hostile(world, lambda items: _record_of(items, "jobs")["f"].update(customer_id=None))
    _assert_kept_out(world, name, seq, "apply", items)
    hq = world.hq
    assert hq.sync().quarantined == 1, "kept out on the next cycle too"
    assert [reason for (_site, _n), reason in hq.quarantined().items()] == ["apply"]
    warned = [p for _lv, _m, p in hq.log("warning") if p.get("reason") == "apply"]
    assert len(warned) == 1, "one log line, not one per cycle"


def test_an_older_schema_may_leave_out_columns_with_a_default(world):
    sh = world.outlets[0]
    items = _honest_records(sh)
    _record_of(items, "jobs")["f"].pop("serial_number")
    _name, seq = _plant(world, sh, items=items, schema="0009")
    assert world.hq.sync().quarantined == 0 and world.hq.cursor(sh.site_id) == seq
    assert world.hq.has_job(_record_of(items, "jobs")["id"])


def test_a_newer_schema_waits_and_is_not_quarantined(world):
    sh = world.outlets[0]
    items = _honest_records(sh)
    _record_of(items, "jobs")["f"]["colour"] = "red"
    _name, seq = _plant(world, sh, items=items, schema=HEAD_REVISION + "9")
    report = world.hq.sync()
    assert report.quarantined == 0 and world.hq.cursor(sh.site_id) == seq - 1


# ---- publishing ----------------------------------------------------------------------------------

def test_publish_splits_by_bytes(world):
    hq, sh = world.hq, world.outlets[0]
    made = [sh.job(f"客户{i}") for i in range(6)]
    report = sh.engine(bundle_bytes=4000).run_cycle()
    assert report.bundles_published >= 3
    for path in bundle_files(world, sh)[-report.bundles_published:]:
        header = bundles.read_header(path.read_bytes())
        assert header.inflated is not None and header.inflated <= 4000 + 2 * 1024
    hq.sync()
    assert all(hq.has_job(job_id) for job_id in made)


# ---- memory --------------------------------------------------------------------------------------

_MEMORY_SCRIPT = textwrap.dedent("""
    import json, os, resource, shutil, sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from tests.sync.sites import open_world
    root, planted = Path(sys.argv[2]), json.loads(sys.argv[3])
    world = open_world(root, ("SH01", "BJ01"))
    sh = world.outlets[0]
    folder = world.site_dir(sh)
    def peak_kib():
        # ru_maxrss keeps the peak of the process this one was forked from (Linux copies the
        # high-water mark into the child and carries it across exec): VmHWM is this program's own.
        try:
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        except OSError:
            pass
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    reasons, peaks = [], []
    world.hq.sync()  # warm: what any cycle costs
    start = peak_kib()
    for path in planted:
        target = folder / Path(path).name
        shutil.copyfile(path, target)
        report = world.hq.sync()
        reasons.append([q[2] for q in report.quarantined_bundles])
        peaks.append(peak_kib())
        target.unlink()
    print(json.dumps({"peak_kib": peaks[-1], "peaks_kib": peaks, "start_kib": start, "reasons": reasons}))
""")


def test_a_cycle_facing_the_worst_bundles_stays_under_200_mb(world, tmp_path, gigabyte_of_zeros):
    sh = world.outlets[0]
    items = _honest_records(sh)
    stock = tmp_path / "hostile"
    stock.mkdir()
    folder = world.site_dir(sh)

    def keep(name: str) -> str:
        (folder / name).rename(stock / name)
        return str(stock / name)

    planted = []
    planted.append(keep(_plant(world, sh, body=gigabyte_of_zeros, count=1, inflated=None)[0]))
    big = [dict(r) for r in items]
    _record_of(big, "jobs")["f"] = dict(_record_of(big, "jobs")["f"], description="x" * 50_000_000)
    planted.append(keep(_plant(world, sh, items=big, inflated=None)[0]))
    # Just under the cap, all tiny values: what costs most once turned into Python objects.
    tiny = b",".join(b'"%x":0' % i for i in range(3_000_000))
    raw = _compact(items).replace(b'"address":""', b'"address":"",' + tiny, 1)
    planted.append(keep(_plant(world, sh, items=items, raw=raw, inflated=None)[0]))
    raw = b"[" + b",".join([b'{"t":"' + b"%x" % i + b'"}' for i in range(3_000_000)]) + b"]"
    planted.append(keep(_plant(world, sh, raw=raw, count=bundles.MAX_RECORDS)[0]))
    deep = b"[" * 10_000_000 + b"]" * 10_000_000
    planted.append(keep(_plant(world, sh, items=items, raw=b"[" + deep + b"]", count=1)[0]))
    # Last, since it is applied: as many valid records as a bundle may hold, near the size cap.
    customer = _record_of(items, "customers")
    valid = [dict(customer, id=f"{i:08x}-0000-7000-8000-000000000000", f=dict(customer["f"], note="备" * 300))
             for i in range(bundles.MAX_RECORDS)]
    assert len(_compact(valid)) > bundles.MAX_BODY_BYTES // 2
    planted.append(keep(_plant(world, sh, items=valid)[0]))
    world.close()
    env = dict(os.environ)
    result = subprocess.run([sys.executable, "-c", _MEMORY_SCRIPT, str(ROOT), str(world.root), json.dumps(planted)],
                            capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert all(len(r) == 1 for r in outcome["reasons"][:-1]), outcome["reasons"]
    assert outcome["reasons"][-1] == [], "the valid bundle is applied"
    print(f"peak RSS {outcome['peak_kib'] / 1024:.0f} MB (after a plain cycle {outcome['start_kib'] / 1024:.0f} MB; "
          f"after each bundle {[p // 1024 for p in outcome['peaks_kib']]}); reasons {outcome['reasons']}")
    assert outcome["peak_kib"] < 200 * 1024


# ---- a busy, full database ---------------------------------------------------------------------

def _hold_exclusive(path: Path, held: threading.Event, release: threading.Event) -> None:
    connection = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        connection.execute("BEGIN EXCLUSIVE")
        held.set()
        release.wait(30)
        connection.execute("ROLLBACK")
    finally:
        connection.close()


def test_a_database_held_by_another_program_is_a_clear_error(world):
    hq, bj = world.hq, world.outlets[1]
    bj_job = _honest_change_at(bj)
    held, release = threading.Event(), threading.Event()
    holder = threading.Thread(target=_hold_exclusive, args=(hq.db.path, held, release))
    holder.start()
    try:
        assert held.wait(10)
        started = time.monotonic()
        with pytest.raises(SyncError) as raised:
            hq.engine(busy_seconds=1).run_cycle()
        elapsed = time.monotonic() - started
    finally:
        release.set()
        holder.join()
    assert raised.value.code == "db_busy"
    assert raised.value.message == "The database is busy (another program is using it); sync will retry."
    assert elapsed < 10
    assert hq.quarantined() == {}
    report = hq.sync()  # the other program is done: the next cycle runs as usual
    assert report.quarantined == 0 and hq.has_job(bj_job)


def test_a_full_disk_is_a_clear_error_not_a_quarantine(world):
    from sqlalchemy import event

    hq, bj = world.hq, world.outlets[1]
    for i in range(30):
        bj.job(f"客户{i}", phone=f"1380000{i:04d}")
    bj.sync()

    def no_room(dbapi_connection, _record, _proxy):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(hq.db.engine, "checkout", no_room)
    try:
        with pytest.raises(SyncError) as raised:
            hq.sync()
    finally:
        event.remove(hq.db.engine, "checkout", no_room)
        hq.db.dispose()  # connections forget their page limit
    assert raised.value.code == "disk_full"
    assert hq.quarantined() == {}
    assert hq.sync().quarantined == 0 and hq.cursor(bj.site_id) >= 1


# ---- anything at all -----------------------------------------------------------------------------

_SITE = "01a23553-c58a-702a-a0ec-48b7ad3642fc"
_HEADER = bundles.BundleHeader(1, HEAD_REVISION, "share", _SITE, 1, "", 1, "", "", "", 0, "", "zlib")
_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=40),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                                  max_size=4), max_leaves=12)
_VALID = {"t": "job_events", "id": "01a2355b-7376-7396-b6e0-0155b2330225", "op": "insert",
          "f": {"assignee_id": None, "at": "2025-06-19T20:44:54.000000Z", "deleted": False, "from_status": None,
                "job_id": "01a2355b-7376-7396-b6e0-0155b2330226", "kind": "created", "note": "打印出来底灰很重",
                "to_status": None, "user_id": "01a2355b-71ba-7f8c-9349-cd1fa26c8622"},
          "b": {}, "h": f"001750366294000-000000-{_SITE}", "o": _SITE, "a": ""}


def test_the_fuzzed_records_start_from_a_valid_one():
    records.RecordChecker(_HEADER)(json.loads(json.dumps(_VALID)), 0)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=st.sampled_from(sorted(_VALID) + ["f.at", "f.deleted", "f.note", "f.kind", "b._row", "x"]),
       value=_JSON)
def test_any_value_anywhere_in_a_record_is_refused_or_of_the_right_kind(key, value):
    """Whatever a record holds, the check raises BundleRejected or the value fits its column."""
    record = json.loads(json.dumps(_VALID))
    where, _, column = key.partition(".")
    if column:
        record[where][column] = value
    else:
        record[key] = value
    try:
        records.RecordChecker(_HEADER)(record, 0)
    except bundles.BundleRejected as error:
        assert error.reason == "schema"
        return
    kinds = {"f.at": str, "f.deleted": bool, "f.note": str, "f.kind": str, "b._row": str, "a": str, "b": dict,
             "f": dict, "id": str, "t": str, "op": str, "h": str, "o": str}
    assert key in kinds and type(value) is kinds[key], (key, value)


@settings(max_examples=300, deadline=None)
@given(body=st.binary(max_size=300) | _JSON.map(lambda v: json.dumps(v).encode()), count=st.integers(0, 5))
def test_any_body_is_refused_with_a_reason_or_read(body, count):
    """Whatever bytes a signed body inflates to, reading it raises BundleRejected or yields checked records."""
    check = records.checker_for("x", _HEADER)
    try:
        found = bundles._parse_records("x", body, count, check, lambda d: bundles.BundleRejected(
            "body", "The contents of the bundle {name} are damaged.", name="x", detail=d))
    except bundles.BundleRejected as error:
        assert error.reason in {"body", "count", "schema"}
        return
    assert len(found) == count
