"""The bundle file: one site's batch of change records, compressed, hash-chained and signed.

Layout: ``MAGIC`` (4 bytes), header length (4 bytes, big-endian), header (canonical JSON), body
(zlib-compressed JSON array of records), Ed25519 signature (64 bytes) over everything before it.
A file is named ``<seq:016x>-<first 16 hex of the sha256 of the whole file>.bundle`` so a reader
can tell a complete file from a partial or damaged one before reading its header.

Nothing in a bundle is trusted for size: a file over ``MAX_FILE_BYTES`` is not read, a body never
inflates past the signed header's ``inflated`` length (``MAX_BODY_BYTES`` when a bundle of the
previous version lacks it), the header's count is at most ``MAX_RECORDS`` and reading stops at the
first record past it, and each record is checked (``records.py``) before the next is parsed.
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from aftersales_desktop.domain.errors import Problem
from aftersales_desktop.i18n import N_
from aftersales_desktop.sync import keys

FORMAT_VERSION = 1
MAGIC = b"ASB1"
NAME_PATTERN = re.compile(r"^([0-9a-f]{16})-([0-9a-f]{16})\.bundle$")
COMPRESSION = "zlib"
COMPRESSION_LEVEL = 6
#: A body never inflates past this, whatever its header says: refuses zip bombs even from a site
#: whose key signed them. ``encode_bundle`` refuses to write more; the engine splits by bytes.
MAX_BODY_BYTES = 32 * 1024 * 1024
MAX_HEADER_BYTES = 64 * 1024
#: The most bytes of a bundle file read (an incompressible body grows a little when compressed).
MAX_FILE_BYTES = MAX_BODY_BYTES + MAX_BODY_BYTES // 64 + MAX_HEADER_BYTES + 4096
#: The most change records one bundle may hold (the engine writes 10,000).
MAX_RECORDS = 20_000
_PREFIX_LENGTH = len(MAGIC) + 4
_HEX64 = re.compile(r"[0-9a-f]{64}")
#: "inflated" (bytes of the body once inflated) is optional: bundles of the previous version lack it.
_HEADER_FIELDS = ("format", "schema", "share", "site", "seq", "prev", "count", "hlc_min", "hlc_max",
                  "body_sha256", "body_length", "created_at", "compression")


class BundleRejected(Problem):
    """A bundle file that must not be applied; ``reason`` says which check failed.

    Reasons: empty, name, hash, magic, format, header, site, share, seq, signature, body, count,
    size (the file, its body or its count is over a limit), schema (a record this version cannot
    accept: see ``records.py``).
    ``message`` is an English source string shown as ``tr(message, **params)``.
    """

    def __init__(self, reason: str, message: str, **params: object) -> None:
        super().__init__(reason, message, **params)
        self.reason = reason


@dataclass(frozen=True)
class BundleHeader:
    """The signed header of a bundle (field names as in the file, except ``share_id``/``site_id``/``prev_hash``)."""

    format: int
    schema: str
    share_id: str
    site_id: str
    seq: int
    prev_hash: str
    count: int
    hlc_min: str
    hlc_max: str
    body_sha256: str
    body_length: int  # bytes of the compressed body as stored in the file
    created_at: str
    compression: str
    inflated: int | None = None  # bytes of the body once inflated; None in bundles of the previous version

    def to_json(self) -> dict[str, Any]:
        """The header as stored in the file."""
        fields = asdict(self)
        fields["share"] = fields.pop("share_id")
        fields["site"] = fields.pop("site_id")
        fields["prev"] = fields.pop("prev_hash")
        if fields["inflated"] is None:
            del fields["inflated"]
        return fields


@dataclass(frozen=True)
class Bundle:
    """A verified bundle: its header, its change records in order, and the sha256 of the whole file."""

    name: str
    header: BundleHeader
    records: list[dict[str, Any]]
    file_hash: str

    @property
    def seq(self) -> int:
        """The bundle's sequence number in its site's stream."""
        return self.header.seq


def file_hash(data: bytes) -> str:
    """Hex sha256 of a whole bundle file (what the next bundle's ``prev`` and the name refer to)."""
    return hashlib.sha256(data).hexdigest()


def bundle_name(seq: int, data: bytes) -> str:
    """The file name of bundle ``seq`` with these bytes."""
    return f"{seq:016x}-{file_hash(data)[:16]}.bundle"


def parse_name(name: str) -> tuple[int, str] | None:
    """(seq, hash prefix) of a strict bundle name; None for anything else (temp files, conflict copies)."""
    match = NAME_PATTERN.fullmatch(name) if isinstance(name, str) else None
    if match is None:
        return None
    seq = int(match.group(1), 16)
    return (seq, match.group(2)) if seq >= 1 else None


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the one byte form a signature is made over."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def encode_bundle(*, schema: str, share_id: str, site_id: str, seq: int, prev_hash: str,
                  records: Sequence[dict[str, Any]], created_at: str,
                  private_key: bytes, compression_level: int = COMPRESSION_LEVEL) -> tuple[str, bytes]:
    """(file name, file bytes) of a signed bundle; equal inputs give equal bytes."""
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        raise ValueError(f"seq must be a positive integer, not {seq!r}")
    if seq == 1 and prev_hash:
        raise ValueError("the first bundle of a site has no previous bundle")
    if seq > 1 and not _HEX64.fullmatch(prev_hash or ""):
        raise ValueError("prev_hash must be the hex sha256 of the previous bundle file")
    if not all(isinstance(record, dict) for record in records):
        raise ValueError("records must be dicts")
    # Records arrive from the outbox in a fixed form: no sort_keys here, it costs a third of the time.
    body_json = json.dumps(list(records), separators=(",", ":"), ensure_ascii=False,
                           allow_nan=False).encode("utf-8")
    if len(body_json) > MAX_BODY_BYTES or len(records) > MAX_RECORDS:
        raise ValueError("too many changes for one bundle: split them")
    body = zlib.compress(body_json, compression_level)
    hlcs = [record["h"] for record in records if isinstance(record.get("h"), str)]
    header = BundleHeader(
        format=FORMAT_VERSION, schema=str(schema), share_id=share_id, site_id=site_id, seq=seq,
        prev_hash=prev_hash or "", count=len(records), hlc_min=min(hlcs, default=""),
        hlc_max=max(hlcs, default=""), body_sha256=hashlib.sha256(body).hexdigest(),
        body_length=len(body), created_at=created_at, compression=COMPRESSION, inflated=len(body_json))
    return _assemble(header.to_json(), body, private_key, seq)


def _assemble(header: dict[str, Any], body: bytes, private_key: bytes, seq: int,
              magic: bytes = MAGIC) -> tuple[str, bytes]:
    """Lay out and sign a bundle from a header dict (tests build odd headers through this)."""
    header_bytes = canonical_json(header)
    signed = b"".join((magic, len(header_bytes).to_bytes(4, "big"), header_bytes, body))
    data = signed + keys.sign(private_key, signed)
    return bundle_name(seq, data), data


#: Makes the check of each record of a bundle from its name and verified header (``records.checker_for``).
RecordCheck = Callable[[str, "BundleHeader"], Callable[[dict, int], None]]


def schema_check(name: str, header: "BundleHeader") -> Callable[[dict, int], None]:
    """This version's record schema for the bundle ``name`` (``records.checker_for``): decode's default."""
    from aftersales_desktop.sync import records  # records imports this module

    return records.checker_for(name, header)


def decode_bundle(name: str, data: bytes, *, site_id: str, share_id: str,
                  public_key: bytes | Sequence[bytes], known_format: int = FORMAT_VERSION,
                  check: RecordCheck | None = schema_check) -> Bundle:
    """Check a bundle file read from ``site_id``'s folder and return its records, or raise BundleRejected.

    ``public_key`` is the site's key from the roster, or a list of keys the site has held (a site
    that re-joined after losing its key). The signature is checked before the body is inflated.
    ``check`` (by default this version's record schema, ``records.checker_for``) checks each record
    as it is decoded, before the next one; None leaves records unchecked (tests of the file format).
    """
    if not data:
        raise BundleRejected("empty", N_("The bundle {name} is empty."), name=name)
    if len(data) > MAX_FILE_BYTES:
        raise BundleRejected("size", N_("The bundle {name} is larger than a bundle may be: it is not read."),
                             name=name, size=len(data), limit=MAX_FILE_BYTES)
    parsed = parse_name(name)
    if parsed is None:
        raise BundleRejected("name", N_("The file {name} is not named like a bundle."), name=name)
    name_seq, hash_prefix = parsed
    whole_hash = file_hash(data)
    if not whole_hash.startswith(hash_prefix):
        raise BundleRejected("hash", N_("The bundle {name} does not match the hash in its name: it is "
                                        "incomplete or damaged."), name=name, size=len(data))
    if data[:len(MAGIC)] != MAGIC:
        if data[:3] == MAGIC[:3]:  # "ASB" + another digit: a later file layout
            raise BundleRejected("format", N_("The bundle {name} uses format {format}, which this "
                                              "version cannot read: update the application."),
                                 name=name, format=data[3:4].decode("ascii", "replace"))
        raise BundleRejected("magic", N_("The file {name} is not a sync bundle."), name=name)
    header = _read_header(name, data, known_format)
    if header.site_id != site_id:
        raise BundleRejected("site", N_("The bundle {name} belongs to site {found}, not to the folder of "
                                        "site {expected}."),
                             name=name, found=header.site_id, expected=site_id)
    if header.share_id != share_id:
        raise BundleRejected("share", N_("The bundle {name} belongs to another share."),
                             name=name, found=header.share_id, expected=share_id)
    if header.seq != name_seq:
        raise BundleRejected("seq", N_("The bundle {name} carries sequence number {found} but its name "
                                       "says {expected}."), name=name, found=header.seq, expected=name_seq)
    signed, signature = data[:-keys.SIGNATURE_LENGTH], data[-keys.SIGNATURE_LENGTH:]
    candidates = [public_key] if isinstance(public_key, (bytes, bytearray)) else list(public_key or ())
    if not any(keys.verify(candidate, signed, signature) for candidate in candidates):
        raise BundleRejected("signature", N_("The signature of the bundle {name} does not match the key "
                                             "of site {site}: it was not written by that site."),
                             name=name, site=site_id)
    records = _read_body(name, data, header, check(name, header) if check is not None else None)
    return Bundle(name=name, header=header, records=records, file_hash=whole_hash)


def read_header(data: bytes) -> BundleHeader:
    """The header of a bundle WITHOUT checking name, hash or signature: for logs and diagnostics only."""
    return _read_header("", data, FORMAT_VERSION)


def _read_header(name: str, data: bytes, known_format: int) -> BundleHeader:
    """Parse and sanity-check the header; the format version is checked before any other field."""
    def bad(detail: str) -> BundleRejected:
        return BundleRejected("header", N_("The header of the bundle {name} is unreadable."),
                              name=name, detail=detail)

    if len(data) < _PREFIX_LENGTH + keys.SIGNATURE_LENGTH:
        raise bad("file too short")
    length = int.from_bytes(data[len(MAGIC):_PREFIX_LENGTH], "big")
    if length > MAX_HEADER_BYTES or _PREFIX_LENGTH + length > len(data) - keys.SIGNATURE_LENGTH:
        raise bad(f"header length {length} does not fit the file")
    try:
        fields = json.loads(data[_PREFIX_LENGTH:_PREFIX_LENGTH + length].decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise bad(str(error)) from None
    if not isinstance(fields, dict):
        raise bad("header is not an object")
    version = fields.get("format")
    if version != known_format:
        raise BundleRejected("format", N_("The bundle {name} uses format {format}, which this version "
                                          "cannot read: update the application."),
                             name=name, format=str(version))
    missing = [field for field in _HEADER_FIELDS if field not in fields]
    if missing:
        raise bad(f"missing fields: {', '.join(missing)}")
    texts = ("schema", "share", "site", "prev", "hlc_min", "hlc_max", "body_sha256", "created_at",
             "compression")
    numbers = ("seq", "count", "body_length")
    if not all(isinstance(fields[f], str) for f in texts) or not all(
            isinstance(fields[f], int) and not isinstance(fields[f], bool) and fields[f] >= 0
            for f in numbers):
        raise bad("a field has the wrong type")
    if fields["compression"] != COMPRESSION:
        raise bad(f"unknown compression {fields['compression']!r}")
    inflated = fields.get("inflated")
    if inflated is not None and (not isinstance(inflated, int) or isinstance(inflated, bool) or inflated < 0):
        raise bad("a field has the wrong type")
    return BundleHeader(
        format=version, schema=fields["schema"], share_id=fields["share"], site_id=fields["site"],
        seq=fields["seq"], prev_hash=fields["prev"], count=fields["count"], hlc_min=fields["hlc_min"],
        hlc_max=fields["hlc_max"], body_sha256=fields["body_sha256"], body_length=fields["body_length"],
        created_at=fields["created_at"], compression=fields["compression"], inflated=inflated)


def _count_mismatch(name: str, found: int, expected: int) -> BundleRejected:
    return BundleRejected("count", N_("The bundle {name} holds {found} changes but its header says "
                                      "{expected}."), name=name, found=found, expected=expected)


def _too_big(name: str, detail: str, limit: int) -> BundleRejected:
    return BundleRejected("size", N_("The bundle {name} is larger than a bundle may be: it is not read."),
                          name=name, detail=detail, limit=limit)


def _read_body(name: str, data: bytes, header: BundleHeader,
               check: Callable[[dict, int], None] | None = None) -> list[dict[str, Any]]:
    """Inflate (capped) and parse the body of a bundle whose signature has been checked.

    The body is read record by record: each record must have the flat form the format allows
    (``_RECORD``: an object of scalars and objects of scalars, no whitespace) before it is turned
    into Python objects, so deep nesting, huge objects or millions of tiny values cost nothing, and
    reading stops at the first record past the header's count.
    """
    def bad(detail: str) -> BundleRejected:
        return BundleRejected("body", N_("The contents of the bundle {name} are damaged."),
                              name=name, detail=detail)

    if header.count > MAX_RECORDS:
        raise _too_big(name, f"{header.count} changes", MAX_RECORDS)
    limit = MAX_BODY_BYTES
    if header.inflated is not None:
        if header.inflated > MAX_BODY_BYTES:
            raise _too_big(name, f"body inflates to {header.inflated} bytes", MAX_BODY_BYTES)
        limit = header.inflated
    start = _PREFIX_LENGTH + int.from_bytes(data[len(MAGIC):_PREFIX_LENGTH], "big")
    body = memoryview(data)[start:len(data) - keys.SIGNATURE_LENGTH]
    if len(body) != header.body_length:
        raise bad(f"body has {len(body)} bytes, header says {header.body_length}")
    if hashlib.sha256(body).hexdigest() != header.body_sha256:
        raise bad("body hash differs from the header")
    inflater = zlib.decompressobj()
    try:
        raw = inflater.decompress(body, limit + 1)  # one byte more tells a longer body from an exact one
    except zlib.error as error:
        raise bad(f"zlib: {error}") from None
    del body
    if len(raw) > limit or inflater.unconsumed_tail:
        if header.inflated is None:
            raise _too_big(name, f"body inflates past {MAX_BODY_BYTES} bytes", MAX_BODY_BYTES)
        raise bad(f"body inflates past the {header.inflated} bytes its header says")
    if not inflater.eof or inflater.unused_data:
        raise bad("compressed body is incomplete or followed by stray bytes")
    if header.inflated is not None and len(raw) != header.inflated:
        raise bad(f"body inflates to {len(raw)} bytes, header says {header.inflated}")
    return _parse_records(name, raw, header.count, check, bad)


def _parse_records(name: str, raw: bytes, count: int, check: Callable[[dict, int], None] | None,
                   bad: Callable[[str], BundleRejected]) -> list[dict[str, Any]]:
    """The records of an inflated body, parsed a few at a time and each checked before the next ones.

    Records are cut at '},{"t":' (a quote inside a JSON string is always escaped, so that never
    occurs inside an honest record). Short records are parsed in runs of about ``_CHUNK_BYTES``
    (one ``json.loads`` shares the key strings, as a whole-body parse would); a long one (a photo,
    a signature) is first matched against the flat form a record has. Whatever a run holds, it
    cannot cost much memory; reading stops at the first record past the header's count.
    """
    if raw == b"[]":
        if count:
            raise _count_mismatch(name, 0, count)
        return []
    if raw[:1] != b"[" or raw[-1:] != b"]":
        raise bad("body is not a list of records")
    records: list[dict[str, Any]] = []
    end = len(raw) - 1  # the closing bracket

    def take(first: int, stop: int, flat_checked: bool) -> None:
        """Parse raw[first:stop] (one or more records) and check each."""
        try:
            text = raw[first:stop].decode("utf-8")
            parsed = json.loads(text) if flat_checked else json.loads(f"[{text}]")
        except (UnicodeDecodeError, ValueError) as error:
            raise bad(f"change {len(records)}: {error}") from None
        except RecursionError:
            raise _not_flat(name, len(records)) from None
        for record in [parsed] if flat_checked else parsed:
            index = len(records)
            if index >= count:
                raise _count_mismatch(name, index + 1, count)
            if check is not None:
                check(record, index)
            elif type(record) is not dict:
                raise bad("body is not a list of records")
            records.append(record)

    find, match_record = raw.find, _RECORD.fullmatch
    position = run = 1
    pending = 0  # records cut but not parsed yet
    while position < end:
        stop = find(_NEXT_RECORD, position, end)
        stop = end if stop < 0 else stop + 1  # just past the record's closing brace
        if stop - position > _SMALL_RECORD:
            if run < position:
                take(run, position - 1, False)
            if match_record(raw, position, stop) is None:
                raise _not_flat(name, len(records))
            take(position, stop, True)
            run, pending = stop + 1, 0
        else:
            pending += 1
            if len(records) + pending > count:
                raise _count_mismatch(name, len(records) + pending, count)
            if stop - run >= _CHUNK_BYTES:
                take(run, stop, False)
                run, pending = stop + 1, 0
        position = stop + 1
    if position != end + 1:
        raise bad("body is not a list of records")
    if run < end:
        take(run, end, False)
    if len(records) != count:
        raise _count_mismatch(name, len(records), count)
    return records


def _not_flat(name: str, index: int) -> BundleRejected:
    return BundleRejected("schema", N_("The bundle {name} holds a change this version cannot accept "
                                       "(change {index}): it is not applied."),
                          name=name, index=index,
                          detail="not a flat record of scalars (nested too deep, too many values or not JSON)")


_NEXT_RECORD = b'},{"t":'
#: Records up to this size are parsed without the form check: whatever they hold, they cost little.
_SMALL_RECORD = 4096
#: Short records are parsed in runs of about this many bytes.
_CHUNK_BYTES = 64 * 1024
# The byte form of a record as ``encode_bundle`` writes it (compact JSON, no floats): atomic groups
# and possessive quantifiers keep matching linear; the bounded repetitions cap the values per record.
_STRING = rb'"[^"\\]*+(?:\\.[^"\\]*+)*+"'
_SCALAR = rb"(?>" + _STRING + rb"|-?(?:0|[1-9][0-9]{0,18})(?![0-9.eE])|true|false|null)"
_FLAT = rb"\{(?:" + _STRING + rb":" + _SCALAR + rb"(?:," + _STRING + rb":" + _SCALAR + rb"){0,255})?\}"
_FIELD = _STRING + rb":(?>" + _SCALAR + rb"|" + _FLAT + rb")"
_RECORD = re.compile(rb"\{(?:" + _FIELD + rb"(?:," + _FIELD + rb"){0,15})?\}", re.DOTALL)
