"""The bundle file: round trip, determinism, and every rejection made from a real bundle."""

from __future__ import annotations

import hashlib
import zlib

import pytest

from aftersales_desktop.sync import bundle, keys
from aftersales_desktop.sync.bundle import BundleRejected

SHARE = "0190f3a2-0000-7000-8000-000000000001"
SITE = "0190f3a2-0000-7000-8000-0000000000a1"
CREATED = "2026-11-27T10:00:00Z"
PRIVATE, PUBLIC = keys.generate_keypair()


def records(n: int = 3) -> list[dict]:
    """Change records shaped like the outbox's."""
    return [{"t": "jobs", "id": f"job-{i}", "op": "update", "f": {"status": "open", "note": f"卡纸 {i}"},
             "b": {"status": f"{1000 + i:015d}-000000-{SITE}"}, "h": f"{2000 + i:015d}-000000-{SITE}",
             "o": SITE, "a": "user-1"} for i in range(n)]


def make(seq: int = 1, prev: str = "", items: list | None = None, private: bytes = PRIVATE,
         site: str = SITE, share: str = SHARE) -> tuple[str, bytes]:
    """A signed bundle."""
    return bundle.encode_bundle(schema="0005", share_id=share, site_id=site, seq=seq, prev_hash=prev,
                                records=records() if items is None else items, created_at=CREATED,
                                private_key=private)


def decode(name: str, data: bytes, **overrides) -> bundle.Bundle:
    """Decode as the reader of SITE's folder would (the records here are not of the real schema)."""
    options = dict(site_id=SITE, share_id=SHARE, public_key=PUBLIC, check=None) | overrides
    return bundle.decode_bundle(name, data, **options)


def rejected(name: str, data: bytes, **overrides) -> str:
    """The reason a bundle is rejected (fails the test if it is accepted)."""
    with pytest.raises(BundleRejected) as caught:
        decode(name, data, **overrides)
    assert caught.value.message and "{name}" in caught.value.message
    return caught.value.reason


def renamed(seq: int, data: bytes) -> str:
    """The name a (tampered) file would get if someone renamed it to match its new hash."""
    return bundle.bundle_name(seq, data)


def test_round_trip_keeps_records_and_header():
    items = records(5)
    name, data = make(items=items)
    assert bundle.parse_name(name) == (1, hashlib.sha256(data).hexdigest()[:16])
    assert data.startswith(bundle.MAGIC)
    result = decode(name, data)
    assert result.records == items
    assert result.file_hash == bundle.file_hash(data)
    header = result.header
    assert (header.format, header.schema, header.share_id, header.site_id, header.seq) == (1, "0005", SHARE,
                                                                                          SITE, 1)
    assert header.prev_hash == "" and header.count == 5 and header.compression == "zlib"
    assert header.hlc_min == items[0]["h"] and header.hlc_max == items[-1]["h"]
    assert header.created_at == CREATED


def test_chain_links_to_the_previous_file_hash():
    first_name, first = make()
    name, data = make(seq=2, prev=bundle.file_hash(first))
    assert decode(name, data).header.prev_hash == bundle.file_hash(first)
    with pytest.raises(ValueError):
        make(seq=2, prev="")
    with pytest.raises(ValueError):
        make(seq=1, prev=bundle.file_hash(first))


def test_empty_bundle_has_empty_hlc_range():
    name, data = make(items=[])
    result = decode(name, data)
    assert result.records == [] and result.header.hlc_min == "" and result.header.hlc_max == ""


def test_equal_inputs_give_equal_bytes():
    assert make() == make()
    assert make()[1] != make(items=records(4))[1]


def test_header_is_canonical_json():
    _, data = make()
    length = int.from_bytes(data[4:8], "big")
    header = data[8:8 + length]
    assert b" " not in header
    assert header == bundle.canonical_json(bundle.read_header(data).to_json())


def test_zero_bytes():
    name, _ = make()
    assert rejected(name, b"") == "empty"


@pytest.mark.parametrize("name", [
    "0000000000000001-0123456789abcdef.bundle.tmp-1234",
    ".tmp-0123456789abcdef.partial",
    "0000000000000001-0123456789abcdef.bundle.partial",
    "0000000000000001-0123456789abcdef (conflicted copy 2026-11-27).bundle",
    "0000000000000001-0123456789abcdef.sync-conflict-20261127-101500-ABCDEFG.bundle",
    "~$000000000001-0123456789abcdef.bundle",
    "0000000000000001-0123456789ABCDEF.bundle",
    "000000000000000A-0123456789abcdef.bundle",
    "0000000000000001-0123456789abcdef (1).bundle",
    "0000000000000001-0123456789abcdef.bundle\n",
    "000000000000001-0123456789abcdef.bundle",
    "0000000000000000-0123456789abcdef.bundle",
    "",
])
def test_temp_and_conflict_names_are_not_bundles(name):
    assert bundle.parse_name(name) is None
    _, data = make()
    assert rejected(name, data) in ("name", "empty")


def test_truncated_file_fails_the_hash():
    name, data = make()
    assert rejected(name, data[:-10]) == "hash"
    assert rejected(name, data[: len(data) // 2]) == "hash"


@pytest.mark.parametrize("where", ["magic", "header", "body", "signature"])
def test_one_flipped_bit_anywhere_fails_the_hash(where):
    name, data = make()
    length = int.from_bytes(data[4:8], "big")
    index = {"magic": 1, "header": 8 + length // 2, "body": 8 + length + 3, "signature": len(data) - 5}[where]
    flipped = bytearray(data)
    flipped[index] ^= 0x10
    assert rejected(name, bytes(flipped)) == "hash"


@pytest.mark.parametrize("where", ["header", "body", "signature"])
def test_a_flipped_bit_renamed_to_its_new_hash_fails_the_signature(where):
    name, data = make()
    length = int.from_bytes(data[4:8], "big")
    header = data[8:8 + length]
    # Flip inside the header's created_at text so the header still parses and names the right site.
    index = {"header": 8 + header.index(b"2026") + 3, "body": 8 + length + 3,
             "signature": len(data) - 5}[where]
    flipped = bytearray(data)
    flipped[index] ^= 0x01
    assert rejected(renamed(1, bytes(flipped)), bytes(flipped)) == "signature"


def test_forged_bundle_signed_by_another_key_fails_the_signature():
    forger_private, _ = keys.generate_keypair()
    name, data = make(private=forger_private)
    assert rejected(name, data) == "signature"


def test_former_keys_of_a_site_still_verify_its_old_bundles():
    new_private, new_public = keys.generate_keypair()
    name, data = make()
    assert decode(name, data, public_key=[new_public, PUBLIC]).seq == 1
    assert rejected(name, data, public_key=[new_public]) == "signature"
    assert rejected(name, data, public_key=[]) == "signature"


def test_bundle_in_the_wrong_site_folder():
    other_site = "0190f3a2-0000-7000-8000-0000000000b2"
    name, data = make(site=other_site)
    assert rejected(name, data) == "site"


def test_bundle_of_another_share():
    name, data = make(share="0190f3a2-0000-7000-8000-0000000000ff")
    assert rejected(name, data) == "share"


def test_unknown_newer_format_properly_signed():
    name, data = make()
    header = bundle.read_header(data).to_json() | {"format": 2}
    length = int.from_bytes(data[4:8], "big")
    body = data[8 + length:-64]
    name2, data2 = bundle._assemble(header, body, PRIVATE, 1)
    assert rejected(name2, data2) == "format"
    assert decode(name2, data2, known_format=2).records == records()


def test_newer_magic_is_an_unknown_format_not_garbage():
    name, data = make()
    header = bundle.read_header(data).to_json()
    length = int.from_bytes(data[4:8], "big")
    name2, data2 = bundle._assemble(header, data[8 + length:-64], PRIVATE, 1, magic=b"ASB2")
    assert rejected(name2, data2) == "format"


def test_not_a_bundle_at_all():
    data = b"PK\x03\x04 a zip file, not ours" + bytes(80)
    assert rejected(renamed(1, data), data) == "magic"


def test_unparsable_header():
    header = b"{not json"
    signed = bundle.MAGIC + len(header).to_bytes(4, "big") + header + b"body"
    data = signed + keys.sign(PRIVATE, signed)
    assert rejected(renamed(1, data), data) == "header"
    oversized = bundle.MAGIC + (10 ** 6).to_bytes(4, "big") + bytes(100)
    assert rejected(renamed(1, oversized), oversized) == "header"


def test_header_missing_a_field():
    name, data = make()
    header = bundle.read_header(data).to_json()
    del header["count"]
    length = int.from_bytes(data[4:8], "big")
    name2, data2 = bundle._assemble(header, data[8 + length:-64], PRIVATE, 1)
    assert rejected(name2, data2) == "header"


def test_sequence_in_name_and_header_must_agree():
    _, data = make(seq=3, prev="ab" * 32)
    assert rejected(renamed(4, data), data) == "seq"


def _resigned(body: bytes, count: int = 3, **changes) -> tuple[str, bytes]:
    """A properly signed bundle around a hand-made body (what a buggy or hostile writer could make)."""
    name, data = make()
    header = bundle.read_header(data).to_json() | {
        "body_sha256": hashlib.sha256(body).hexdigest(), "body_length": len(body), "count": count} | changes
    if "inflated" not in changes:
        del header["inflated"]  # as the previous version wrote them
    return bundle._assemble(header, body, PRIVATE, 1)


def test_body_that_is_not_zlib():
    assert rejected(*_resigned(b"plain text, not deflate")) == "body"


def test_body_that_is_not_a_list_of_records():
    assert rejected(*_resigned(zlib.compress(b'{"t": "jobs"}'))) == "body"
    assert rejected(*_resigned(zlib.compress(b"[1, 2, 3]"))) == "body"
    assert rejected(*_resigned(zlib.compress(b"[{]"))) == "body"


def test_body_hash_or_length_differ_from_the_header():
    body = zlib.compress(b"[{},{},{}]")
    assert rejected(*_resigned(body, body_sha256="0" * 64)) == "body"
    assert rejected(*_resigned(body, body_length=len(body) + 1)) == "body"


def test_truncated_compressed_body_is_refused():
    body = zlib.compress(b"[" + b",".join([b"{}"] * 1000) + b"]")
    assert rejected(*_resigned(body[:-6])) == "body"


def test_zip_bomb_is_not_inflated_past_the_cap(monkeypatch):
    monkeypatch.setattr(bundle, "MAX_BODY_BYTES", 1000)
    body = zlib.compress(b"[" + b"{}," * 10_000 + b"{}]")
    assert rejected(*_resigned(body, count=10_001)) == "size"


def test_count_must_match_the_records():
    body = zlib.compress(b'[{"t":1},{"t":2}]')
    assert rejected(*_resigned(body, count=3)) == "count"
    assert rejected(*_resigned(body, count=1)) == "count"
    assert decode(*_resigned(body, count=2)).records == [{"t": 1}, {"t": 2}]


def test_records_must_be_dicts_to_encode():
    with pytest.raises(ValueError):
        make(items=[["not", "a", "dict"]])


def test_rejection_messages_name_the_file():
    name, data = make()
    with pytest.raises(BundleRejected) as caught:
        decode(name, data[:-10])
    assert name in str(caught.value)
    assert caught.value.params["name"] == name


def test_the_most_records_a_bundle_may_hold_encode_and_decode_quickly():
    import time

    items = [{"t": "jobs", "id": f"0190f3a2-{i:04x}-7000-8000-{i:012x}", "op": "update",
              "f": {"status": "in_progress", "note": f"客户反馈打印有条纹 {i}"},
              "b": {"status": f"{1_700_000_000_000 + i:015d}-000000-{SITE}"},
              "h": f"{1_700_000_000_000 + i:015d}-000001-{SITE}", "o": SITE, "a": "user-1"}
             for i in range(bundle.MAX_RECORDS)]
    start = time.perf_counter()
    name, data = make(items=items)
    middle = time.perf_counter()
    result = decode(name, data)
    end = time.perf_counter()
    assert result.header.count == bundle.MAX_RECORDS
    # Generous bounds for a loaded CI machine; typically ~0.1 s each way.
    assert middle - start < 1 and end - middle < 1
