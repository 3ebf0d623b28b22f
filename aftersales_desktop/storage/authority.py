"""Write authority: which outlet owns each replicated row, and which sites may write it (design.md).

Every replicated model declares ``__authority__``, one of:

- ``owned_by_column("outlet_id")``: the row names its outlet (jobs, stock movements, staff ...);
- ``owned_by_row_itself()``: the outlet row is its own owner;
- ``owned_by_creator()``: shared master data (customers, products, suppliers): the outlet of the
  site that inserted the row; anyone may add rows, only their creator's outlet changes them;
- ``owned_through("job_id", "jobs")``: a child has its parent's owner (events, repairs, slips);
- ``owned_through_document("doc_type", "doc_id", {...})``: a step or attachment of a document;
- ``owned_through_named_row("table_name", "row_id", open_inserts=True)``: a conflict about any row;
  every site that sees two concurrent writes records the same conflict row, and which sites see
  it depends on delivery order, so any site may add one (a manager's decision on it is the owner's).

and who of the owning outlet may write: ``OUTLET`` (any site of it), ``ADMIN`` (its administration
devices only: staff accounts, roles, passwords, the outlet's identity). Head office's sites may
write everything. A site's outlet and admin flag come from the HQ-signed roster (``Directory``).

The rules are functions of the roster and the stored data only, so every site that applies the
same bundles refuses the same changes and digests agree. ``OwnerResolver`` answers "who owns these
rows" in one query per table and level, for sync apply (thousands of rows) and for the change
capture of this site's own writes (the same rule, so a site never keeps a write others refuse).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

OUTLET, ADMIN = "outlet", "admin"
#: local_state key of the roster's sites and rights as this site last verified them (sync writes it).
RIGHTS_KEY = "sync.site_rights"
#: local_state key of the roster's site names, for showing who sent a refused change.
SITE_NAMES_KEY = "sync.site_names"
#: Owner value of a row whose owner cannot be found yet: its parent has not arrived here.
MISSING = object()
_CHUNK = 500


@dataclass(frozen=True)
class Authority:
    """How a table's rows find their owning outlet, and which sites of that outlet may write them."""

    kind: str  # "column", "self", "creator", "parent", "document", "row"
    column: str = ""  # column: the outlet column; parent/document/row: the column holding the parent id
    parent: str = ""  # parent: the parent table
    type_column: str = ""  # document: the document-type column; row: the table-name column
    documents: Mapping[str, str] = field(default_factory=dict)  # document type -> table
    writers: str = OUTLET
    # Any site may add rows (derived records every site may detect for itself); changes need the owner.
    open_inserts: bool = False

    @property
    def owner_fields(self) -> tuple[str, ...]:
        """The columns whose values decide the owner: changing them moves the row."""
        return tuple(c for c in (self.column, self.type_column) if c)


def owned_by_column(column: str, writers: str = OUTLET) -> Authority:
    """Rows that name their outlet in ``column``."""
    return Authority("column", column=column, writers=writers)


def owned_by_row_itself(writers: str = ADMIN) -> Authority:
    """The outlets table: each row is its own outlet."""
    return Authority("self", writers=writers)


def owned_by_creator(writers: str = OUTLET) -> Authority:
    """Shared master data: owned by the outlet of the site that inserted the row."""
    return Authority("creator", writers=writers)


def owned_through(column: str, parent: str, writers: str = OUTLET) -> Authority:
    """Child rows: owned by the owner of the ``parent`` row that ``column`` refers to."""
    return Authority("parent", column=column, parent=parent, writers=writers)


def owned_through_document(type_column: str, id_column: str, documents: Mapping[str, str]) -> Authority:
    """Rows of a document of several kinds: ``type_column`` names the kind, ``documents`` its table."""
    return Authority("document", column=id_column, type_column=type_column,
                     documents=MappingProxyType(dict(documents)))


def owned_through_named_row(table_column: str, id_column: str, *, open_inserts: bool = False) -> Authority:
    """Rows about any replicated row: ``table_column`` names its table, ``id_column`` its id."""
    return Authority("row", column=id_column, type_column=table_column, open_inserts=open_inserts)


# ---- who the writer is ------------------------------------------------------------------------


@dataclass(frozen=True)
class SiteRights:
    """What the roster says of one site: its outlet, whether it administers it, whether it is HQ's."""

    site_id: str
    outlet_id: str
    admin: bool = False
    hq: bool = False

    def to_json(self) -> list:
        """Compact form kept in local_state."""
        return [self.outlet_id, self.admin, self.hq]


class Directory:
    """Every site of the roster with its rights (revoked sites included: their rows stay theirs)."""

    def __init__(self, sites: Iterable[SiteRights] = ()) -> None:
        self.sites = {site.site_id: site for site in sites}

    def rights(self, site_id: str) -> SiteRights | None:
        """The rights of ``site_id``; None when it is not on the roster."""
        return self.sites.get(site_id)

    def outlet_of(self, site_id: str) -> str | None:
        """The outlet ``site_id`` belongs to; None when unknown or not bound to one."""
        site = self.sites.get(site_id)
        return site.outlet_id or None if site is not None else None

    def to_json(self) -> str:
        """The directory as stored in local_state."""
        return json.dumps({s: r.to_json() for s, r in sorted(self.sites.items())}, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | None) -> "Directory":
        """A directory read back from ``to_json`` (empty on anything unreadable)."""
        try:
            items = json.loads(text or "{}")
            return cls(SiteRights(site, str(o), bool(a), bool(h)) for site, (o, a, h) in items.items())
        except (ValueError, TypeError, AttributeError):
            return cls()


def refusal(rule: Authority, writer: SiteRights, owner: object) -> str | None:
    """Why ``writer`` may not write a row of ``rule`` owned by ``owner``; None when it may.

    Reasons: ``no_owner`` (the row belongs to no known outlet: HQ only), ``not_owner`` (another
    outlet's row), ``admin_only`` (staff or outlet identity, and the writer is not an
    administration device of that outlet).
    """
    if writer.hq:
        return None
    if not isinstance(owner, str) or not owner:
        return "no_owner"
    if owner != writer.outlet_id:
        return "not_owner"
    if rule.writers == ADMIN and not writer.admin:
        return "admin_only"
    return None


# ---- finding owners ---------------------------------------------------------------------------


class OwnerResolver:
    """The owning outlet of stored rows, batched: one query per table and level, cached per use.

    ``connection`` is a SQLAlchemy Connection (apply) or anything with ``exec_driver_sql``.
    ``rules`` maps table names to their Authority.
    """

    def __init__(self, connection, rules: Mapping[str, Authority], directory: Directory) -> None:  # noqa: ANN001
        self.connection = connection
        self.rules = rules
        self.directory = directory
        self.cache: dict[tuple[str, str], object] = {}

    def forget(self) -> None:
        """Drop cached owners (after a change that moved rows to another owner)."""
        self.cache.clear()

    def note(self, table: str, row_id: str, owner: object) -> None:
        """Remember the owner of a row written in this batch (it may not be in the database yet)."""
        self.cache[(table, row_id)] = owner

    def stored(self, table: str, ids: Iterable[str]) -> dict[str, object]:
        """Owner of each stored row of ``table`` among ``ids``: an outlet id, None, or MISSING."""
        ids = list(dict.fromkeys(i for i in ids if isinstance(i, str)))
        found = {i: self.cache[(table, i)] for i in ids if (table, i) in self.cache}
        wanted = [i for i in ids if i not in found]
        rule = self.rules.get(table)
        if wanted and rule is None:
            found.update({i: None for i in wanted})
        elif wanted:
            owners = self._load(table, rule, wanted)
            for row_id in wanted:
                owner = owners.get(row_id, MISSING)
                found[row_id] = owner
                if owner is not MISSING:
                    self.cache[(table, row_id)] = owner
        return found

    def of_values(self, table: str, rows: list[dict], writer_outlet: str | None) -> list[object]:
        """Owner of each new row (``id`` plus column values) of ``table``, as inserted by ``writer_outlet``."""
        rule = self.rules.get(table)
        if rule is None:
            return [None] * len(rows)
        if rule.kind == "column":
            return [row.get(rule.column) for row in rows]
        if rule.kind == "self":
            return [row.get("id") for row in rows]
        if rule.kind == "creator":
            return [writer_outlet] * len(rows)
        targets = [self._target(rule, row) for row in rows]
        by_table: dict[str, list[str]] = {}
        for target in targets:
            if target is not None:
                by_table.setdefault(target[0], []).append(target[1])
        owners = {name: self.stored(name, ids) for name, ids in by_table.items()}
        return [None if t is None else owners[t[0]].get(t[1], MISSING) for t in targets]

    def target(self, table: str, row: dict) -> tuple[str, str] | None:
        """(table, id) of the row that decides ``row``'s owner, for parent-style rules; else None."""
        rule = self.rules.get(table)
        return self._target(rule, row) if rule is not None and rule.kind in ("parent", "document", "row") else None

    def _target(self, rule: Authority, row: dict) -> tuple[str, str] | None:
        parent_id = row.get(rule.column)
        if not isinstance(parent_id, str):
            return None
        if rule.kind == "parent":
            return rule.parent, parent_id
        kind = row.get(rule.type_column)
        name = rule.documents.get(kind) if rule.kind == "document" else kind
        if not isinstance(name, str) or name not in self.rules:
            return None
        return name, parent_id

    def _load(self, table: str, rule: Authority, ids: list[str]) -> dict[str, object]:
        columns = {"column": [rule.column], "self": [], "creator": ["origin"], "parent": [rule.column],
                   "document": [rule.type_column, rule.column], "row": [rule.type_column, rule.column]}[rule.kind]
        select = ", ".join(["id", *columns])
        rows: list[tuple] = []
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            rows.extend(self.connection.exec_driver_sql(
                f"SELECT {select} FROM {table} WHERE id IN ({', '.join('?' * len(chunk))})", tuple(chunk)).all())
        if rule.kind == "column":
            return {row[0]: row[1] for row in rows}
        if rule.kind == "self":
            return {row[0]: row[0] for row in rows}
        if rule.kind == "creator":
            return {row[0]: self.directory.outlet_of(row[1]) for row in rows}
        values = [dict(zip(["id", *columns], row)) for row in rows]
        owners = self.of_values(table, values, None)
        return {value["id"]: owner for value, owner in zip(values, owners)}


# ---- this site's own writes -------------------------------------------------------------------


def check_own_changes(connection, rules: Mapping[str, Authority], directory: Directory,  # noqa: ANN001
                      writer: SiteRights, changes: list[tuple[str, str, dict, bool]]) -> None:
    """Refuse (PermissionDenied) a local write that the other sites would refuse when it arrives.

    ``changes``: (table, row id, values of the owner columns as they will be, is_insert), inserts
    in parent-first order. A row whose parent is not here is let through: receivers park it and
    judge it by the same rule when the parent arrives.
    """
    from aftersales_desktop.domain.errors import PermissionDenied
    from aftersales_desktop.i18n import N_

    if writer.hq:
        return
    resolver = OwnerResolver(connection, rules, directory)
    for table, row_id, values, is_insert in changes:
        rule = rules.get(table)
        if rule is None:
            continue
        owners = []
        if is_insert and rule.open_inserts:
            continue
        if not is_insert:
            owners.append(resolver.stored(table, [row_id]).get(row_id, MISSING))
        if is_insert or any(f in values for f in rule.owner_fields):
            owners.append(resolver.of_values(table, [dict(values, id=row_id)], writer.outlet_id)[0])
        for owner in owners:
            reason = None if owner is MISSING else refusal(rule, writer, owner)
            if reason == "admin_only":
                raise PermissionDenied(N_("Only head office or an administration computer of this outlet can "
                                          "change staff accounts and the outlet's details."))
            if reason == "not_owner":
                code = connection.exec_driver_sql("SELECT code FROM outlets WHERE id = ?", (owner,)).scalar()
                raise PermissionDenied(N_("This record belongs to outlet {outlet}: only that outlet or head "
                                          "office can change it."), outlet=code or str(owner)[:8])
            if reason is not None:
                raise PermissionDenied(N_("Only head office can change this record."))
        if is_insert:
            resolver.note(table, row_id, owners[-1])
