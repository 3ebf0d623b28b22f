"""Apply other sites' change records to this database with the merge rules of design.md.

- Insert-only tables (events, ledgers, signatures, slips, conflicts): union by id.
- Mutable tables: last writer wins per field by HLC (the site id inside the HLC breaks ties).
  Each record carries, per field, the version it overwrote (its base); when neither of two writes
  to a field built on the other they were concurrent, and the loser is kept in a ``conflicts`` row
  whose id is derived from the two writes (every site that sees the pair makes the same row).
- Tombstones are the ``deleted`` field; an edit the deleter had not seen is flagged as a conflict.
- A change to a row this site does not have yet is parked until the row's insert arrives.
- Derived local columns (job status and done time, the search index) are recomputed afterwards.
- Decisions two computers took apart on one document (sync/decisions.py): after each bundle the
  documents it touched are derived again; the loser's movements get reversals and both managers a
  ``decision`` conflict, written by every site alike and never put in the outbox.
- Write authority (storage/authority.py): every change is checked against the owner of the row it
  writes and the rights of the site that signed it, as the roster says; a refused change is not
  applied, is kept in ``sync_refused`` and counted, and the rest of the bundle goes on. A child row
  whose parent has not arrived yet (so its owner is unknown) waits in ``sync_parked`` for it.

All of it runs on one connection inside the caller's transaction, with SQLAlchemy Core and
``executemany``: no ORM objects, and nothing goes to the local outbox except conflict rows.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from operator import itemgetter
from dataclasses import dataclass, field
from types import SimpleNamespace

from sqlalchemy import Boolean, Table
from sqlalchemy.engine import Connection

from aftersales_desktop.domain.hlc import HybridLogicalClock, Timestamp
from aftersales_desktop.domain.jobs import JobStatus, StatusEvent, derive_status
from aftersales_desktop.storage.authority import ADMIN, MISSING, Directory, OwnerResolver, refusal
from aftersales_desktop.storage.database import replicated_tables_sorted
from aftersales_desktop.storage.models import INSERT_ONLY, write_authority
from aftersales_desktop.sync import decisions

#: Namespace of conflict ids: uuid5 of the table, row, field and the two writes.
CONFLICT_NAMESPACE = uuid.UUID("6f1d9a52-3b0e-4c7e-9a55-2f8e1c0b7d41")
#: Local (derived) columns a received row starts with before they are derived.
DERIVED_DEFAULTS = {"jobs": {"status": JobStatus.NEW.value, "done_at": None}}
_CHUNK = 500
_DONE = frozenset({JobStatus.RESOLVED, JobStatus.RETURN_PENDING, JobStatus.CLOSED, JobStatus.CANCELLED})


@dataclass
class ApplyStats:
    """What applying some records did."""

    applied: int = 0
    skipped: int = 0  # duplicates and writes that lost to newer ones
    parked: int = 0
    conflicts: int = 0
    refused: int = 0  # changes write authority kept out (listed in sync_refused)
    reversals: int = 0  # movements of losing decisions reversed (sync.decisions)
    touched_jobs: set[str] = field(default_factory=set)
    new_jobs: set[str] = field(default_factory=set)  # inserted by this apply: nothing to unindex


def _tables() -> dict[str, Table]:
    return {table.name: table for table in replicated_tables_sorted()}


def _order() -> dict[str, int]:
    return {table.name: index for index, table in enumerate(replicated_tables_sorted())}


def _chunks(items: list, size: int = _CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _conflict_id(table: str, row_id: str, name: str, first: str, second: str) -> str:
    low, high = sorted((first, second))
    return str(uuid.uuid5(CONFLICT_NAMESPACE, f"{table}|{row_id}|{name}|{low}|{high}"))


class Applier:
    """Applies records received from other sites, one bundle at a time, on one connection.

    With a ``directory`` (the roster's sites and rights) every change passes write authority;
    without one (tests of the merge rules alone) every change is trusted.
    """

    def __init__(self, connection: Connection, site_id: str, clock: HybridLogicalClock, *,
                 directory: Directory | None = None) -> None:
        self.connection = connection
        self.site_id = site_id
        self.clock = clock
        self.tables = _tables()
        self.rules = write_authority()
        # Steps and attachments of documents name their document without a foreign key: apply them
        # after every table, so their document is here and they need not wait for it.
        order = _order()
        self.order = {name: (self.rules[name].kind in ("document", "row"), index) for name, index in order.items()}
        self.conflict_rows: list[dict] = []
        self._default_rows: dict[str, dict] = {}
        self.directory = directory
        self.resolver = OwnerResolver(connection, self.rules, directory) if directory is not None else None
        #: Refused changes of this apply: (table, row id, field, reason, detail).
        self.refused: list[tuple[str, str, str, str, str]] = []
        self._released: list[dict] = []
        self._parked_any = True
        self._writers: dict[str, object] = {}  # origin site -> its SiteRights (or None)

    # ---- entry point --------------------------------------------------------------------------

    def apply(self, records: list[dict], *, signer: str | None = None, bundle: str = "",
              at: str = "") -> ApplyStats:
        """Merge ``records`` (one bundle's, in the sender's order) into the database.

        ``signer`` is the site whose signature the bundle carries: a record claiming another
        origin is refused. Refused changes are written to ``sync_refused`` with ``bundle`` and ``at``.
        """
        stats = ApplyStats()
        if records:
            # Later local writes must sort after everything received (raises ClockDriftError for a
            # stamp more than a day ahead: the caller quarantines such a bundle).
            self.clock.observe(Timestamp.decode(max(r["h"] for r in records)))
        self._parked_any = self.connection.exec_driver_sql("SELECT 1 FROM sync_parked LIMIT 1").first() is not None
        if signer is not None and self.directory is not None:
            forged = [r for r in records if r.get("o") != signer]
            for record in forged:
                self._refuse(record, "", "origin", f"claims origin {record.get('o')!r}")
            records = [r for r in records if r.get("o") == signer] if forged else records
        batch = records
        seen = list(records)
        while batch:
            self._apply_groups(batch, stats)
            batch, self._released = self._released, []  # children whose parent this batch brought
            seen.extend(batch)
        # Decisions two computers took apart on one document: the same winner and reversals everywhere.
        documents = decisions.documents_touched(self.connection, seen)
        if documents:
            decided = decisions.derive(self.connection, documents)
            stats.conflicts += decided.conflicts
            stats.reversals += decided.reversals
        if stats.touched_jobs:
            for job_id, closed, cancelled in derive_jobs(self.connection, sorted(stats.touched_jobs),
                                                         new=stats.new_jobs):
                # Completed at one site, cancelled at another: the earlier event stands (derive_status)
                # and a manager decides.
                kept, lost = sorted((closed, cancelled))
                self._conflict("jobs", job_id, "status", "status",
                               JobStatus.CLOSED.value if kept == closed else JobStatus.CANCELLED.value, kept,
                               JobStatus.CANCELLED.value if kept == closed else JobStatus.CLOSED.value, lost)
        self._write_conflicts(stats)
        stats.refused = len(self.refused)
        if self.refused:
            self.connection.exec_driver_sql(
                "INSERT INTO sync_refused (at, site_id, bundle, table_name, row_id, field, reason, detail) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(at, signer or "", bundle, *item) for item in self.refused])
        return stats

    def _apply_groups(self, records: list[dict], stats: ApplyStats) -> None:
        """Merge records table by table, parents before children."""
        by_table: dict[str, list[dict]] = defaultdict(list)
        for record in records:
            if record["t"] in self.tables:
                by_table[record["t"]].append(record)
            else:
                stats.skipped += 1  # a table this version does not know (refused earlier by schema)
        for name in sorted(by_table, key=self.order.__getitem__):
            group = by_table[name]
            if name in INSERT_ONLY:
                self._union(name, group, stats)
            else:
                self._merge(name, group, stats)

    # ---- write authority ----------------------------------------------------------------------

    def _refuse(self, record: dict, column: str, reason: str, detail: str = "") -> None:
        self.refused.append((str(record.get("t", ""))[:60], str(record.get("id", ""))[:36], column, reason,
                             detail[:500]))

    def _writer(self, record: dict):  # noqa: ANN202 - SiteRights | None
        if self.directory is None:
            return None
        site = record["o"]
        if site not in self._writers:
            self._writers[site] = self.directory.rights(site)
        return self._writers[site]

    def _screen_inserts(self, name: str, records: list[dict], stats: ApplyStats) -> list[dict]:
        """The inserts whose writer may create that row; the others refused, or parked for their parent."""
        if self.resolver is None or not records:
            return records
        rule = self.rules[name]
        writers = {record["o"] for record in records}
        if len(writers) == 1:  # the usual case: one bundle, one signer
            writer = self._writer(records[0])
            if writer is not None and (writer.hq or rule.open_inserts):
                return records
            checked = [(record, writer) for record in records] if writer is not None else []
            allowed = []
            if writer is None:
                for record in records:
                    self._refuse(record, "", "unknown_site")
        else:
            allowed, checked = [], []
            for record in records:
                writer = self._writer(record)
                if writer is None:
                    self._refuse(record, "", "unknown_site")
                elif rule.open_inserts or writer.hq:
                    allowed.append(record)
                else:
                    checked.append((record, writer))
        if not checked:
            return allowed
        waiting = []
        if rule.kind in ("column", "self", "creator"):
            # The owner is in the record itself: no lookup (most of a bundle: jobs, movements, customers).
            for record, writer in checked:
                owner = (record["f"].get(rule.column) if rule.kind == "column" else
                         record["id"] if rule.kind == "self" else writer.outlet_id)
                if owner == writer.outlet_id and owner and (rule.writers != ADMIN or writer.admin):
                    allowed.append(record)
                else:
                    self._refuse(record, rule.column, refusal(rule, writer, owner) or "not_owner",
                                 f"owner {owner}, writer's outlet {writer.outlet_id}")
        else:
            if rule.kind == "parent":
                targets = [(rule.parent, parent) if isinstance(parent := record["f"].get(rule.column), str)
                           else None for record, _w in checked]
            else:
                targets = [self.resolver.target(name, record["f"]) for record, _w in checked]
            by_table: dict[str, list[str]] = defaultdict(list)
            for target in targets:
                if target is not None:
                    by_table[target[0]].append(target[1])
            owners = {table: self.resolver.stored(table, ids) for table, ids in by_table.items()}
            for (record, writer), target in zip(checked, targets):
                owner = None if target is None else owners[target[0]].get(target[1], MISSING)
                if owner is MISSING:
                    waiting.append((target, record))
                    continue
                reason = refusal(rule, writer, owner)
                if reason is None:
                    allowed.append(record)
                else:
                    self._refuse(record, rule.column, reason, f"owner {owner}, writer's outlet {writer.outlet_id}")
        if waiting:
            self.connection.exec_driver_sql(
                "INSERT INTO sync_parked (table_name, row_id, record) VALUES (?, ?, ?)",
                [(table, row_id, json.dumps(r, ensure_ascii=False)) for (table, row_id), r in waiting])
            self._parked_any = True
            stats.parked += len(waiting)
        return allowed

    def _screen_updates(self, name: str, records: list[dict], rows: dict[str, dict]) -> list[dict]:
        """The updates whose writer owns the stored row (and still owns it after the change)."""
        if self.resolver is None:
            return records
        rule = self.rules[name]
        allowed, checked = [], []
        for record in records:
            writer = self._writer(record)
            moves = any(f in record["f"] for f in rule.owner_fields)
            if writer is None:
                self._refuse(record, "", "unknown_site")
            elif writer.hq:
                allowed.append(record)
                if moves:
                    self.resolver.forget()  # head office moved a row: cached owners may be stale
            else:
                checked.append((record, writer, moves))
        if not checked:
            return allowed
        owners = self.resolver.stored(name, [record["id"] for record, _w, _m in checked])
        for record, writer, moves in checked:
            owner = owners.get(record["id"], MISSING)
            reason = refusal(rule, writer, None if owner is MISSING else owner)
            column = ""
            if reason is None and moves:
                after = self.resolver.of_values(name, [dict(rows[record["id"]], **record["f"])], writer.outlet_id)[0]
                reason = refusal(rule, writer, None if after is MISSING else after)
                column = next(f for f in rule.owner_fields if f in record["f"])
            if reason is None:
                allowed.append(record)
                if moves:
                    self.resolver.forget()
            else:
                # Name what the change tried to write when no owner field was the cause.
                column = column or ", ".join(sorted(record["f"]))[:60]
                self._refuse(record, column, reason, f"owner {None if owner is MISSING else owner}, "
                                                     f"writer's outlet {writer.outlet_id}")
        return allowed

    # ---- insert-only tables -------------------------------------------------------------------

    def _defaults(self, table: Table) -> dict:
        """A row of ``table`` with every column at its default (computed once per table)."""
        found = self._default_rows.get(table.name)
        if found is None:
            found = {c.name: c.default.arg if c.default is not None and c.default.is_scalar else None
                     for c in table.columns}
            found.update(DERIVED_DEFAULTS.get(table.name, {}))
            self._default_rows[table.name] = found
        return found

    def _row_values(self, table: Table, record: dict) -> dict:
        values = dict(self._defaults(table))
        values.update(record["f"])  # names the table lacks are dropped when the row is written
        values["id"], values["origin"], values["hlc"] = record["id"], record["o"], record["h"]
        return values

    def _insert(self, table: Table, rows: list[dict], *, ignore: bool) -> int:
        """Insert ``rows``; returns how many were new."""
        if not rows:
            return 0
        columns = [c.name for c in table.columns]
        verb = "INSERT OR IGNORE" if ignore else "INSERT"
        sql = (f"{verb} INTO {table.name} ({', '.join(columns)}) "
               f"VALUES ({', '.join('?' * len(columns))})")
        values = itemgetter(*columns)
        added = 0
        for chunk in _chunks(rows, 5000):
            added += self.connection.exec_driver_sql(sql, list(map(values, chunk))).rowcount
        return added

    def _union(self, name: str, records: list[dict], stats: ApplyStats) -> None:
        table = self.tables[name]
        if self.resolver is not None:
            for record in records:
                if record["op"] != "insert":
                    self._refuse(record, "", "insert_only")
        inserts = self._screen_inserts(name, [r for r in records if r["op"] == "insert"], stats)
        rows = [self._row_values(table, r) for r in inserts]
        added = self._insert(table, rows, ignore=True)
        stats.applied += added
        stats.skipped += len(inserts) - added
        if rows:
            self._released.extend(self._parked_for(name, [row["id"] for row in rows]))
        if name == "job_events":
            stats.touched_jobs.update(row["job_id"] for row in rows)

    # ---- mutable tables -----------------------------------------------------------------------

    def _existing(self, name: str, ids: list[str]) -> dict[str, dict]:
        # Booleans come back from SQLite as 0/1; records carry JSON true/false. Conflict rows hold
        # either, so both must read the same or two sites would write different conflict content.
        flags = [c.name for c in self.tables[name].columns if isinstance(c.type, Boolean)]
        found = {}
        for chunk in _chunks(ids):
            result = self.connection.exec_driver_sql(
                f"SELECT * FROM {name} WHERE id IN ({', '.join('?' * len(chunk))})", tuple(chunk))
            for row in result.mappings():
                values = dict(row)
                for flag in flags:
                    if values[flag] is not None:
                        values[flag] = bool(values[flag])
                found[row["id"]] = values
        return found

    def _versions(self, name: str, ids: list[str]) -> dict[tuple[str, str], list[str]]:
        found = {}
        for chunk in _chunks(ids):
            result = self.connection.exec_driver_sql(
                "SELECT row_id, field, hlc, base FROM field_versions WHERE table_name = ? AND row_id IN "
                f"({', '.join('?' * len(chunk))})", (name, *chunk))
            for row_id, name_, hlc, base in result:
                found[(row_id, name_)] = [hlc, base]
        return found

    def _parked_for(self, name: str, ids: list[str]) -> list[dict]:
        """Parked records waiting for these rows of ``name``: changes to them, and children of them."""
        records = []
        if not self._parked_any:
            return records
        for chunk in _chunks(ids):
            result = self.connection.exec_driver_sql(
                "SELECT id, record FROM sync_parked WHERE table_name = ? AND row_id IN "
                f"({', '.join('?' * len(chunk))}) ORDER BY id", (name, *chunk))
            rows = result.all()
            if rows:
                self.connection.exec_driver_sql(
                    f"DELETE FROM sync_parked WHERE id IN ({', '.join('?' * len(rows))})",
                    tuple(r[0] for r in rows))
                records.extend(json.loads(r[1]) for r in rows)
        return records

    def _merge(self, name: str, records: list[dict], stats: ApplyStats) -> None:
        table = self.tables[name]
        ids = list(dict.fromkeys(r["id"] for r in records))
        # Most received rows are new: look up which exist by id alone, and read whole rows only
        # for the ones a change must be merged into.
        present_ids = set()
        for chunk in _chunks(ids):
            present_ids.update(self.connection.exec_driver_sql(
                f"SELECT id FROM {name} WHERE id IN ({', '.join('?' * len(chunk))})", tuple(chunk)).scalars())
        to_merge = [i for i in dict.fromkeys(r["id"] for r in records
                                             if r["op"] != "insert" or r["id"] in present_ids) if i in present_ids]
        existing = self._existing(name, to_merge) if to_merge else {}
        inserts: list[dict] = []
        later: list[dict] = []
        new = [r for r in records if r["op"] == "insert" and r["id"] not in existing]
        screened = {id(r) for r in self._screen_inserts(name, new, stats)} if new else set()
        for record in records:
            if record["op"] == "insert" and record["id"] not in existing:
                if id(record) not in screened:
                    continue  # refused or parked for its parent
                row = self._row_values(table, record)
                inserts.append(row)
                existing[record["id"]] = row
            elif record["op"] not in ("insert", "update"):
                if self.resolver is not None:
                    self._refuse(record, "", "operation")
            else:
                later.append(record)
        self._insert(table, inserts, ignore=False)
        stats.applied += len(inserts)
        if inserts:
            for released in self._parked_for(name, [row["id"] for row in inserts]):
                (later if released["t"] == name else self._released).append(released)
            if name == "jobs":
                stats.touched_jobs.update(row["id"] for row in inserts)
                stats.new_jobs.update(row["id"] for row in inserts)
        present = [r for r in later if r["id"] in existing]
        missing = [r for r in later if r["id"] not in existing]
        if missing:
            self.connection.exec_driver_sql(
                "INSERT INTO sync_parked (table_name, row_id, record) VALUES (?, ?, ?)",
                [(name, r["id"], json.dumps(r, ensure_ascii=False)) for r in missing])
            stats.parked += len(missing)
        if present:
            present = self._screen_updates(name, present, existing)
        if present:
            self._merge_fields(table, present, existing, stats)

    def _merge_fields(self, table: Table, records: list[dict], rows: dict[str, dict], stats: ApplyStats) -> None:
        name = table.name
        versions = self._versions(name, list(dict.fromkeys(r["id"] for r in records)))
        changed: dict[str, dict] = defaultdict(dict)
        touched_versions: dict[tuple[str, str], list[str]] = {}
        for record in records:
            row = rows[record["id"]]
            row_id, incoming, bases = record["id"], record["h"], record.get("b") or {}
            if record["op"] == "insert":
                # The row is here already: this is its insert again. Every update was made after
                # the insert, so the insert never overrides a field and never conflicts.
                stats.skipped += 1
                continue
            won_any = False
            for column, value in record["f"].items():
                if column not in table.c:
                    continue
                version = versions.get((row_id, column))
                base = bases.get(column, "")
                if version is None:
                    # The field still has the value it was inserted with, which every writer saw.
                    wins, concurrent = True, False
                else:
                    current, current_base = version
                    if incoming == current:
                        continue  # this very write, delivered twice
                    wins = incoming > current
                    concurrent = base != current and current_base != incoming
                if concurrent and row[column] != value:
                    kept, lost = (value, row[column]) if wins else (row[column], value)
                    kept_h, lost_h = (incoming, version[0]) if wins else (version[0], incoming)
                    self._conflict(name, row_id, column, "field", kept, kept_h, lost, lost_h)
                if wins:
                    won_any = True
                    row[column] = value
                    changed[row_id][column] = value
                    versions[(row_id, column)] = touched_versions[(row_id, column)] = [incoming, base]
            self._check_delete(name, row, record, versions)
            if won_any or incoming > (row.get("hlc") or ""):
                row["hlc"] = max(row.get("hlc") or "", incoming)
                changed[row_id]["hlc"] = row["hlc"]
                stats.applied += 1
            else:
                stats.skipped += 1
        self._write_changes(name, changed)
        if touched_versions:
            self.connection.exec_driver_sql(
                "INSERT OR REPLACE INTO field_versions (table_name, row_id, field, hlc, base) VALUES (?, ?, ?, ?, ?)",
                [(name, row_id, column, hlc, base) for (row_id, column), (hlc, base) in touched_versions.items()])
        if name == "jobs":
            stats.touched_jobs.update(changed)
        elif name in ("customers", "products") and changed:
            column = "customer_id" if name == "customers" else "product_id"
            ids = list(changed)
            for chunk in _chunks(ids):
                stats.touched_jobs.update(self.connection.exec_driver_sql(
                    f"SELECT id FROM jobs WHERE {column} IN ({', '.join('?' * len(chunk))})",
                    tuple(chunk)).scalars())

    def _check_delete(self, name: str, row: dict, record: dict, versions: dict) -> None:
        """Flag an edit and a delete that did not see each other (the row stays as LWW leaves it)."""
        fields, bases = record["f"], record.get("b") or {}
        seen = bases.get("_row", "")
        if fields.get("deleted") is True and record["op"] == "update":
            edits = [v[0] for (row_id, column), v in versions.items()
                     if row_id == row["id"] and column != "deleted" and v[0] > seen and v[0] != record["h"]]
            if edits:
                latest = max(edits)
                self._conflict(name, row["id"], "deleted", "delete", True, record["h"], False, latest)
        elif "deleted" not in fields and row.get("deleted"):
            deleted_at = versions.get((row["id"], "deleted"))
            if deleted_at is not None and seen < deleted_at[0]:
                self._conflict(name, row["id"], "deleted", "delete", True, deleted_at[0], False, record["h"])

    def _write_changes(self, name: str, changed: dict[str, dict]) -> None:
        by_columns: dict[tuple[str, ...], list[tuple]] = defaultdict(list)
        for row_id, values in changed.items():
            columns = tuple(sorted(values))
            by_columns[columns].append((*(values[c] for c in columns), row_id))
        for columns, params in by_columns.items():
            assignments = ", ".join(f"{c} = ?" for c in columns)
            self.connection.exec_driver_sql(f"UPDATE {name} SET {assignments} WHERE id = ?", params)

    # ---- conflicts ----------------------------------------------------------------------------

    def _conflict(self, table: str, row_id: str, column: str, kind: str, kept: object, kept_hlc: str,
                  lost: object, lost_hlc: str) -> None:
        self.conflict_rows.append({
            "id": _conflict_id(table, row_id, column, kept_hlc, lost_hlc), "table_name": table, "row_id": row_id,
            "field": column, "kind": kind, "kept_value": json.dumps(kept, ensure_ascii=False),
            "kept_hlc": kept_hlc, "lost_value": json.dumps(lost, ensure_ascii=False), "lost_hlc": lost_hlc,
            "deleted": False})

    def _write_conflicts(self, stats: ApplyStats) -> None:
        """Insert the conflicts found (new ones only) and record them in the outbox: they replicate."""
        if not self.conflict_rows:
            return
        rows = list({row["id"]: row for row in self.conflict_rows}.values())
        self.conflict_rows = []
        known = set()
        for chunk in _chunks([row["id"] for row in rows]):
            known.update(self.connection.exec_driver_sql(
                f"SELECT id FROM conflicts WHERE id IN ({', '.join('?' * len(chunk))})", tuple(chunk)).scalars())
        fresh = [row for row in rows if row["id"] not in known]
        if not fresh:
            return
        table = self.tables["conflicts"]
        names = sorted(c.name for c in table.columns if c.info.get("replicated", True) and c.name != "id")
        outbox = []
        for row in fresh:
            stamp = self.clock.now().encode()
            row.update(origin=self.site_id, hlc=stamp)
            fields = {name: row[name] for name in names}
            outbox.append(("conflicts", row["id"], "insert", json.dumps(fields, ensure_ascii=False, sort_keys=True),
                           stamp, self.site_id, "", ""))
        self._insert(table, fresh, ignore=True)
        self.connection.exec_driver_sql(
            "INSERT INTO outbox (table_name, row_id, op, fields, hlc, origin, actor, bases, published) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)", outbox)
        stats.conflicts += len(fresh)


# ---- derived columns ----------------------------------------------------------------------------


def derive_jobs(connection: Connection, job_ids: list[str], new: set[str] = frozenset()) -> list[tuple[str, str, str]]:
    """Recompute the status and done time of jobs from their merged events; queue their search entries.

    Returns the jobs closed at one site and cancelled at another: (job id, closing event's HLC,
    cancelling event's HLC).
    """
    events: dict[str, list] = defaultdict(list)
    for chunk in _chunks(job_ids):
        marks = ", ".join("?" * len(chunk))
        for job_id, hlc, event_id, to_status, at in connection.exec_driver_sql(
                f"SELECT job_id, hlc, id, to_status, at FROM job_events WHERE job_id IN ({marks}) "
                "AND to_status IS NOT NULL AND deleted = 0", tuple(chunk)):
            events[job_id].append((hlc, event_id, to_status, at))
    updates = []
    incompatible = []
    for job_id in job_ids:
        history = sorted(events.get(job_id, []))
        ends = {s: h for h, _i, s, _a in history if s in (JobStatus.CLOSED.value, JobStatus.CANCELLED.value)}
        if len(ends) == 2:
            incompatible.append((job_id, ends[JobStatus.CLOSED.value], ends[JobStatus.CANCELLED.value]))
        status = derive_status(StatusEvent(h, i, JobStatus(s)) for h, i, s, _ in history)
        done_at = None
        current = JobStatus.NEW
        for _h, _i, to_status, at in history:
            if current.is_terminal:
                break
            current = JobStatus(to_status)
            done_at = at if current in _DONE else None
        updates.append((status.value, done_at, job_id))
    connection.exec_driver_sql("UPDATE jobs SET status = ?, done_at = ? WHERE id = ?", updates)
    # The search entries are refreshed after the apply commits (index_pending): tokenising
    # thousands of jobs would double the apply transaction. The queue row commits with the data.
    connection.exec_driver_sql("INSERT INTO search_pending (job_id, fresh) VALUES (?, ?) "
                               "ON CONFLICT(job_id) DO UPDATE SET fresh = fresh AND excluded.fresh",
                               [(job_id, job_id in new) for job_id in job_ids])
    return incompatible



INDEX_BATCH = 5000


def index_pending(connection: Connection, limit: int = INDEX_BATCH) -> int:
    """Refresh the search entries of up to ``limit`` queued jobs; returns how many were done."""
    from aftersales_desktop.services.jobs import SEARCH_SLOTS, search_body, search_rowid_base
    from aftersales_desktop.storage.types import from_utc_text

    queued = connection.exec_driver_sql("SELECT job_id, fresh FROM search_pending LIMIT ?", (limit,)).all()
    if not queued:
        return 0
    new = {job_id for job_id, fresh in queued if fresh}
    job_ids = [job_id for job_id, _fresh in queued]
    # The search index: one query for the jobs with their customer and product, then the old
    # entries out and the new in with executemany (rowid ranges: job_id is not indexed in FTS5).
    for chunk in _chunks(job_ids):
        marks = ", ".join("?" * len(chunk))
        rows = connection.exec_driver_sql(
            "SELECT j.id, j.number, j.serial_number, j.description, j.created_at, c.name, c.phone, c.company, "
            "c.address, p.brand, p.model, p.name FROM jobs j JOIN customers c ON c.id = j.customer_id "
            f"LEFT JOIN products p ON p.id = j.product_id WHERE j.id IN ({marks})", tuple(chunk)).all()
        entries = []
        for (job_id, number, serial, description, created, c_name, c_phone, c_company, c_address,
             brand, model, p_name) in rows:
            job = SimpleNamespace(number=number, serial_number=serial, description=description)
            customer = SimpleNamespace(name=c_name, phone=c_phone, company=c_company, address=c_address)
            product = SimpleNamespace(brand=brand, model=model, name=p_name) if brand is not None else None
            entries.append((search_rowid_base(from_utc_text(created)), job_id, search_body(job, customer, product)))
        if not entries:
            continue
        stale = [(base, base + SEARCH_SLOTS - 1, job_id) for base, job_id, _b in entries if job_id not in new]
        if stale:
            connection.exec_driver_sql("DELETE FROM job_search WHERE rowid BETWEEN ? AND ? AND job_id = ?", stale)
        bases = sorted({base for base, _j, _b in entries})
        taken = set()
        for part in _chunks(bases):
            taken.update(connection.exec_driver_sql(
                f"SELECT rowid FROM job_search WHERE rowid IN ({', '.join('?' * len(part))})", tuple(part)).scalars())
        fresh, crowded = [], []
        for base, job_id, body in entries:
            (crowded if base in taken else fresh).append((base, job_id, body))
            taken.add(base)
        if fresh:
            connection.exec_driver_sql("INSERT INTO job_search (rowid, job_id, body) VALUES (?, ?, ?)", fresh)
        for base, job_id, body in crowded:  # jobs taken in the same microsecond: the next free slot
            used = set(connection.exec_driver_sql("SELECT rowid FROM job_search WHERE rowid BETWEEN ? AND ?",
                                                  (base, base + SEARCH_SLOTS - 1)).scalars())
            rowid = next(r for r in range(base, base + SEARCH_SLOTS) if r not in used)
            connection.exec_driver_sql("INSERT INTO job_search (rowid, job_id, body) VALUES (?, ?, ?)",
                                       (rowid, job_id, body))
    connection.exec_driver_sql("DELETE FROM search_pending WHERE job_id = ?", [(job_id,) for job_id in job_ids])
    return len(job_ids)
