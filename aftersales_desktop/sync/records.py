"""The strict schema of a change record: what a bundle may hold before any of it reaches SQLite.

A record, as ``changes.records_from_outbox`` makes it, has exactly the keys ``t`` (table), ``id``,
``op`` ("insert" or "update"), ``f`` (column -> value), ``b`` (column or "_row" -> the HLC the
write overwrote, or ""), ``h`` (the write's HLC), ``o`` (origin site) and ``a`` (actor user id or
""). Every check here is cheap on purpose: it runs on every record of every bundle received.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from operator import itemgetter, le
from typing import Any, Callable

from sqlalchemy import Boolean, Date, Integer, String, Text

from aftersales_desktop.i18n import N_
from aftersales_desktop.storage.database import replicated_tables_sorted
from aftersales_desktop.storage.migrate import HEAD_REVISION
from aftersales_desktop.storage.models import INSERT_ONLY
from aftersales_desktop.storage.types import UTCDateTime
from aftersales_desktop.sync.bundle import BundleHeader, BundleRejected

RECORD_KEYS = frozenset({"t", "id", "op", "f", "b", "h", "o", "a"})
OPERATIONS = frozenset({"insert", "update"})
#: Row ids are UUID text (36 characters); actors are user ids.
MAX_ID_LENGTH = 36
#: A Text column holds at most this many characters unless TEXT_LIMITS says otherwise (the
#: services cap few texts, so this is generous: a pasted note must not stop a site's stream).
MAX_TEXT = 256 * 1024
#: Columns that legitimately hold more: photos and scanned proofs as base64 (services/inspections.py
#: and services/quality.py allow 5 MiB, 6.7 MiB once encoded), signature strokes (20,000 points),
#: printed slips, the slip logo setting (512 KiB as base64) and conflicts that copy such a value.
TEXT_LIMITS = {
    ("attachments", "data"): 8 * 1024 * 1024,
    ("signatures", "strokes"): 2 * 1024 * 1024,
    ("slips", "content"): 2 * 1024 * 1024,
    ("outlet_settings", "value"): 1024 * 1024,
    ("conflicts", "kept_value"): 2 * 1024 * 1024,
    ("conflicts", "lost_value"): 2 * 1024 * 1024,
}
INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1


def string_limit(length: int | None) -> int:
    """Characters a String(n) column may carry in a record.

    Ids (String(36)) are exact. Other lengths are what the forms aim at, but not every service
    cuts typed text to them, and SQLite stores any length: one over-long name typed at a site
    must not get that site's whole stream quarantined, so the check allows four times the
    length (at least 256 characters) and still refuses the megabytes a hostile site could send.
    """
    if not length:
        return MAX_TEXT
    return length if length == MAX_ID_LENGTH else max(4 * length, 256)
#: Columns a change never carries: the row's key and its sync bookkeeping.
_NOT_CARRIED = frozenset({"id", "origin", "hlc"})
_HLC = re.compile(r"[0-9]{15}-[0-9]{6}-[0-9A-Za-z_-]{1,64}")
_HLC_HEAD = re.compile(r"[0-9]{15}-[0-9]{6}-")  # Timestamp.encode: wall ms, counter, then the site
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _is_date(text: str) -> bool:
    if not _DATE.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _is_utc_text(text: str) -> bool:
    # The separators pin the one form to_utc_text writes; fromisoformat then wants digits between
    # them and real dates and times (no 2026-13-45).
    if len(text) != 27 or text[26] != "Z" or text[19] != "." or text[10] != "T" or text[4] != "-":
        return False
    try:
        _from_iso(text)
    except ValueError:
        return False
    return text.isascii()


_from_iso = datetime.fromisoformat


@dataclass(frozen=True)
class TableSchema:
    """What a change to one replicated table may carry.

    ``kinds`` maps each carried column to the Python type of its JSON value (bool, int or str),
    ``limits`` a str column to its most characters, ``formats`` a date column to its format check.
    ``optional`` are the columns an insert from an older schema revision may lack.
    """

    name: str
    kinds: dict[str, type]
    limits: dict[str, int]
    formats: dict[str, Callable[[str], bool]]
    nullable: frozenset[str]
    optional: frozenset[str]
    insert_only: bool
    #: (column names, value types) of fields already found acceptable -> what is left to check of
    #: such fields (most records of a table look alike, so most checks are one dict lookup).
    shapes: dict[tuple, "_Shape"] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class _Shape:
    """What remains to check of fields with known column names and acceptable value types."""

    texts: Callable[[dict], tuple]  # the str values, in the order of ``limits``
    limits: tuple[int, ...]
    dates: tuple[tuple[str, Callable[[str], bool]], ...]
    integers: Callable[[dict], tuple]
    complete: bool  # every carried column is there (what an insert needs)
    complete_if_older: bool  # what is missing has a default or allows NULL


def _table_schema(table) -> TableSchema:  # noqa: ANN001
    kinds: dict[str, type] = {}
    limits: dict[str, int] = {}
    formats: dict[str, Callable[[str], bool]] = {}
    nullable, optional = set(), set()
    for column in table.columns:
        if column.name in _NOT_CARRIED or not column.info.get("replicated", True):
            continue
        kind = column.type
        if isinstance(kind, Boolean):
            kinds[column.name] = bool
        elif isinstance(kind, Integer):
            kinds[column.name] = int
        elif isinstance(kind, UTCDateTime):
            kinds[column.name], limits[column.name], formats[column.name] = str, 27, _is_utc_text
        elif isinstance(kind, Date):
            kinds[column.name], limits[column.name], formats[column.name] = str, 10, _is_date
        elif isinstance(kind, Text):
            kinds[column.name] = str
            limits[column.name] = TEXT_LIMITS.get((table.name, column.name), MAX_TEXT)
        elif isinstance(kind, String):
            kinds[column.name] = str
            limits[column.name] = string_limit(kind.length)
        else:  # a column type this schema does not know how to check: refuse its values
            raise TypeError(f"{table.name}.{column.name}: no record check for {kind!r}")
        if column.nullable:
            nullable.add(column.name)
        if column.nullable or column.default is not None or column.server_default is not None:
            optional.add(column.name)
    return TableSchema(table.name, kinds, limits, formats, frozenset(nullable), frozenset(optional),
                       table.name in INSERT_ONLY)


@lru_cache(maxsize=1)
def schemas() -> dict[str, TableSchema]:
    """The record schema of every replicated table of this version, by table name."""
    return {table.name: _table_schema(table) for table in replicated_tables_sorted()}


_RECORD_VALUES = itemgetter("t", "id", "op", "f", "b", "h", "o", "a")


def _envelope_problem(record: dict, site: str) -> str:
    """What is wrong with a record's keys other than its fields (for the log)."""
    table, row_id, op, fields, bases, stamp, origin, actor = _RECORD_VALUES(record)
    if type(table) is not str:
        return "t is not a table name"
    if type(row_id) is not str or not 0 < len(row_id) <= MAX_ID_LENGTH:
        return "id is not a short text"
    if type(op) is not str or op not in OPERATIONS:
        return f"unknown operation {str(op)[:40]!r}"
    if type(fields) is not dict or type(bases) is not dict:
        return "f and b must be objects"
    if origin != site:
        return "origin is not the site that signed the bundle"
    if type(stamp) is not str or stamp[23:] != site or not _HLC_HEAD.match(stamp):
        return "h is not an HLC of the site that signed the bundle"
    return "a is not a short text"


def _refuse(name: str, index: int, detail: str) -> BundleRejected:
    return BundleRejected("schema", N_("The bundle {name} holds a change this version cannot accept "
                                       "(change {index}): it is not applied."),
                          name=name, index=index, detail=detail)


class RecordChecker:
    """Checks each record of one bundle, as it is decoded, against this version's schema.

    ``header`` is the bundle's verified header: its site signed the bundle, so every record's
    origin and HLC must be that site's. A bundle of an older schema revision may leave out, on
    insert, columns added since (they have a default or allow NULL); a bundle of a newer revision
    is only checked for the record's form, since apply does not take it until this site updates.
    """

    def __init__(self, header: BundleHeader, name: str = "", *, head_revision: str = HEAD_REVISION) -> None:
        self.name = name
        self.site = header.site_id
        self.older = header.schema < head_revision
        self.newer = header.schema > head_revision
        self.tables = schemas()

    def __call__(self, record: Any, index: int) -> None:
        """Raise BundleRejected "schema" unless ``record`` (the ``index``-th, from 0) is acceptable."""
        if type(record) is not dict or record.keys() != RECORD_KEYS:
            keys = sorted(map(str, record))[:20] if isinstance(record, dict) else type(record).__name__
            raise _refuse(self.name, index, f"record keys {keys}")
        table, row_id, op, fields, bases, stamp, origin, actor = _RECORD_VALUES(record)
        site = self.site
        # One condition for the usual case; _envelope_problem says what is wrong otherwise.
        if not (type(table) is str and type(row_id) is str and 0 < len(row_id) <= MAX_ID_LENGTH
                and (op == "insert" or op == "update") and type(fields) is dict and type(bases) is dict
                and origin == site and type(stamp) is str and stamp[23:] == site and _HLC_HEAD.match(stamp)
                and type(actor) is str and len(actor) <= MAX_ID_LENGTH):
            raise _refuse(self.name, index, _envelope_problem(record, site))
        schema = self.tables.get(table)
        if schema is None:
            if self.newer and len(table) <= 64:
                return  # a table of a later version: this bundle waits for an update, never applied
            raise _refuse(self.name, index, f"unknown table {table[:64]!r}")
        self._check_fields(schema, op, fields, index)
        if bases:
            for key, value in bases.items():
                if key != "_row" and key not in schema.kinds and not self.newer:
                    raise _refuse(self.name, index, f"b names unknown column {key[:64]!r}")
                if type(value) is not str or (value and not _HLC.fullmatch(value)):
                    raise _refuse(self.name, index, f"b[{key[:64]!r}] is not an HLC")

    def _check_fields(self, schema: TableSchema, op: str, fields: dict, index: int) -> None:
        shape = schema.shapes.get((tuple(fields), tuple(map(type, fields.values()))))
        if shape is None or self.newer:
            self._check_each_field(schema, op, fields, index)
            if not self.newer and len(schema.shapes) < _SHAPES_KEPT:
                schema.shapes[(tuple(fields), tuple(map(type, fields.values())))] = _shape_of(schema, fields)
            return
        # The fast path: C loops over the values, in the order the shape was made from.
        if not all(map(le, map(len, shape.texts(fields)), shape.limits)):
            self._check_each_field(schema, op, fields, index)
        integers = shape.integers(fields)
        if integers and (min(integers) < INT64_MIN or max(integers) > INT64_MAX):
            self._check_each_field(schema, op, fields, index)
        for column, check in shape.dates:
            if not check(fields[column]):
                self._check_each_field(schema, op, fields, index)
        if op == "insert":
            if not (shape.complete or (self.older and shape.complete_if_older)):
                self._check_each_field(schema, op, fields, index)
        elif schema.insert_only:
            raise _refuse(self.name, index, f"{schema.name} rows are never updated")

    def _check_each_field(self, schema: TableSchema, op: str, fields: dict, index: int) -> None:
        """Check every field on its own, raising for the first one that is wrong."""
        kinds, limits = schema.kinds, schema.limits
        for column, value in fields.items():
            kind = kinds.get(column)
            if type(value) is not kind:
                if value is None and column in schema.nullable:
                    continue
                if kind is None:
                    if self.newer and type(value) in (str, int, bool, type(None)):
                        continue
                    raise _refuse(self.name, index, f"unknown column {schema.name}.{column[:64]}")
                raise _refuse(self.name, index, f"{schema.name}.{column} must be {kind.__name__}, "
                                                f"not {type(value).__name__}")
            if kind is str:
                if len(value) > limits[column]:
                    raise _refuse(self.name, index, f"{schema.name}.{column} longer than {limits[column]}")
                check = schema.formats.get(column)
                if check is not None and not check(value):
                    raise _refuse(self.name, index, f"{schema.name}.{column} is not a stored date")
            elif kind is int and not INT64_MIN <= value <= INT64_MAX:
                raise _refuse(self.name, index, f"{schema.name}.{column} out of range")
        if op == "insert":
            if len(fields) != len(kinds):
                missing = kinds.keys() - fields.keys()
                if missing and (not self.older or not missing <= schema.optional):
                    raise _refuse(self.name, index, f"insert lacks {sorted(missing)[:5]}")
        elif schema.insert_only:
            raise _refuse(self.name, index, f"{schema.name} rows are never updated")


#: Shapes remembered per table: a bundle made to have many cannot make the cache grow without end.
_SHAPES_KEPT = 256


def _getter(columns: list[str]) -> Callable[[dict], tuple]:
    if not columns:
        return lambda _fields: ()
    if len(columns) == 1:
        column = columns[0]
        return lambda fields: (fields[column],)
    return itemgetter(*columns)


def _shape_of(schema: TableSchema, fields: dict) -> _Shape:
    """The shape of fields that passed every check (so their names and types are acceptable)."""
    texts = [c for c, v in fields.items() if type(v) is str]
    missing = schema.kinds.keys() - fields.keys()
    return _Shape(texts=_getter(texts), limits=tuple(schema.limits[c] for c in texts),
                  dates=tuple((c, schema.formats[c]) for c in texts if c in schema.formats),
                  integers=_getter([c for c, v in fields.items() if type(v) is int]),
                  complete=not missing, complete_if_older=missing <= schema.optional)


def checker_for(name: str, header: BundleHeader) -> RecordChecker:
    """The record check for the bundle ``name`` with this verified header (for ``decode_bundle``)."""
    return RecordChecker(header, name)


def check_records(records: list, header: BundleHeader, name: str = "") -> None:
    """Check a whole list of records at once (tests, benchmarks, snapshots)."""
    check = RecordChecker(header, name)
    for index, record in enumerate(records):
        check(record, index)
