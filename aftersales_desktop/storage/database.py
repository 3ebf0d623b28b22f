"""The local SQLite database: engine with WAL and foreign keys, sessions that capture changes.

Every flush stamps changed replicated rows with the site's hybrid logical clock and appends
one outbox entry per row change in the same transaction, so a write and its record of change
commit or roll back together. Hard deletes of replicated rows are refused: use the tombstone.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import create_engine, event, inspect, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from aftersales_desktop.domain.ids import uuid7
from aftersales_desktop.domain.hlc import HybridLogicalClock, Timestamp
from aftersales_desktop.storage.authority import RIGHTS_KEY, Directory, SiteRights, check_own_changes
from aftersales_desktop.storage.models import (INSERT_ONLY, Base, FieldVersion, LocalState, OutboxEntry,
                                               Replicated, write_authority)
from aftersales_desktop.storage.types import to_utc_text

CLOCK_KEY = "hlc_last"
SITE_KEY = "site_id"
#: local_state key of this installation's outlet (set up by services.outlet, read by sync too).
OUTLET_KEY = "outlet_id"


def replicated_tables_sorted() -> list:
    """Replicated tables, parents before children."""
    return [t for t in Base.metadata.sorted_tables if "origin" in t.c and "deleted" in t.c]


class HardDeleteRefused(RuntimeError):
    """A replicated row was deleted outright; it must be tombstoned instead."""


class InsertOnlyViolation(RuntimeError):
    """A row of an insert-only table (events, ledgers, signatures) was changed."""


def make_engine(path: Path) -> Engine:
    """An engine on the SQLite file at ``path`` with WAL, foreign keys and a busy timeout."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 15})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return engine


def encode_value(value: Any) -> Any:
    """A column value as JSON: datetimes as stored UTC text, dates ISO, Decimals as text."""
    if isinstance(value, datetime):
        return to_utc_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def replicated_columns(mapper) -> list[str]:  # noqa: ANN001
    """Names of the columns of a replicated table that travel in change records."""
    return [c.key for c in mapper.column_attrs
            if c.columns[0].info.get("replicated", True) and c.key != "id"]


@dataclass
class ChangeContext:
    """What the change capture needs: this site's id and its clock."""

    site_id: str
    clock: HybridLogicalClock


class Database:
    """One outlet's local database: engine, session factory, site identity and clock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        self._changes: ChangeContext | None = None
        # Write authority of this site's own writes, once the roster bound it to an outlet (load_rights).
        self._rights: tuple[Directory, SiteRights] | None = None
        event.listen(self._factory, "before_flush", self._capture_changes)

    # -- identity and clock ---------------------------------------------------------------------
    def load_identity(self) -> bool:
        """Read the site id and clock from local_state; False when the database is not set up."""
        with self._factory() as session:
            rows = dict(session.execute(select(LocalState.key, LocalState.value)).all())
        if SITE_KEY not in rows:
            return False
        site = rows[SITE_KEY]
        last = Timestamp.decode(rows[CLOCK_KEY]) if CLOCK_KEY in rows else None
        self._changes = ChangeContext(site, HybridLogicalClock(site, last))
        self._rights = _own_rights(site, rows.get(RIGHTS_KEY))
        return True

    def load_rights(self) -> None:
        """Read again the roster's rights that this site's own writes are checked against."""
        if self._changes is not None:
            self._rights = _own_rights(self._changes.site_id, self.local_value(RIGHTS_KEY))

    def create_identity(self, session: Session, site_id: str) -> None:
        """Record this installation's site id (first run) inside the caller's transaction."""
        session.add(LocalState(key=SITE_KEY, value=site_id))
        self._changes = ChangeContext(site_id, HybridLogicalClock(site_id))

    def adopt_identity(self, site_id: str) -> None:
        """Stamp changes as ``site_id`` from now on (a re-key, stored in local_state by the caller); the clock goes on."""
        last = self.clock.last
        self._changes = ChangeContext(site_id, HybridLogicalClock(site_id, Timestamp(last.wall_ms, last.counter,
                                                                                     site_id)))
        self.load_rights()

    @property
    def site_id(self) -> str:
        """This installation's site id (a UUIDv7 made at set-up)."""
        if self._changes is None:
            raise RuntimeError("database identity not loaded")
        return self._changes.site_id

    @property
    def clock(self) -> HybridLogicalClock:
        """This site's hybrid logical clock."""
        if self._changes is None:
            raise RuntimeError("database identity not loaded")
        return self._changes.clock

    def local_value(self, key: str) -> str | None:
        """A value from local_state."""
        with self._factory() as session:
            row = session.get(LocalState, key)
            return row.value if row else None

    # -- sessions -------------------------------------------------------------------------------
    @contextmanager
    def transaction(self, actor: str = "") -> Iterator[Session]:
        """A session in one transaction: committed at the end, rolled back on any error.

        ``actor`` (a user id) is written on every outbox entry the transaction records.
        """
        # A rolled-back transaction leaves the in-memory clock ahead of the stored one; harmless,
        # since the clock only has to stay monotonic and the next commit stores it.
        session = self._factory()
        session.info["actor"] = actor
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for reading only."""
        session = self._factory()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def raw_transaction(self, *, foreign_keys: bool = True) -> Iterator[Connection]:
        """A Core connection in one transaction, outside the change capture (for sync apply).

        With ``foreign_keys=False`` rows may refer to rows another site's bundle brings later.
        """
        with self.engine.connect() as connection:
            if not foreign_keys:
                connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
                connection.commit()  # the PRAGMA opened SQLAlchemy's transaction; it only works outside one
            try:
                with connection.begin():
                    yield connection
                    if self._changes is not None:
                        connection.exec_driver_sql(
                            "INSERT INTO local_state (key, value) VALUES (?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                            (CLOCK_KEY, self._changes.clock.last.encode()))
            finally:
                if not foreign_keys:
                    if connection.in_transaction():
                        connection.rollback()
                    connection.exec_driver_sql("PRAGMA foreign_keys = ON")
                    connection.commit()

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    # -- change capture -------------------------------------------------------------------------
    def _check_authority(self, session: Session, pending: list) -> None:
        """Refuse a write the other sites would refuse (another outlet's row, staff from a non-admin device)."""
        directory, writer = self._rights
        rules = write_authority()
        changes = []
        for obj, op in pending:
            mapper = inspect(obj).mapper
            table = mapper.local_table.name
            rule = rules[table]
            state = inspect(obj)
            names = [f for f in rule.owner_fields if op == "insert" or state.attrs[f].history.has_changes()]
            changes.append((table, obj.id, {f: getattr(obj, f) for f in names}, op == "insert"))
        with session.no_autoflush:
            check_own_changes(session.connection(), rules, directory, writer, changes)

    @staticmethod
    def _advance_field_versions(session: Session, table: str, row_id: str, fields: dict, stamp: str,
                                previous_row_hlc: str) -> dict[str, str]:
        """Move the changed fields' versions to ``stamp``; return what each overwrote (its base)."""
        current = _field_versions_of(session, table, row_id, fields)
        bases = {"_row": previous_row_hlc}
        for name in fields:
            version = current.get(name)
            bases[name] = version.hlc if version is not None else ""
            if version is None:
                session.add(FieldVersion(table_name=table, row_id=row_id, field=name, hlc=stamp, base=""))
            else:
                version.base, version.hlc = version.hlc, stamp
        return bases

    def _capture_changes(self, session: Session, _flush_context, _instances) -> None:  # noqa: ANN001
        for obj in session.deleted:
            if isinstance(obj, Replicated):
                raise HardDeleteRefused(f"{type(obj).__name__} rows are tombstoned, never deleted")
        # Inserts in table-dependency order (parents first), then by time-ordered id, so a receiver
        # replaying the outbox meets a row before the rows that refer to it.
        order = {table.name: i for i, table in enumerate(replicated_tables_sorted())}
        inserts = [o for o in session.new if isinstance(o, Replicated)]
        for obj in inserts:
            if obj.id is None:
                obj.id = uuid7()
        inserts.sort(key=lambda o: (order[inspect(o).mapper.local_table.name], o.id))
        pending = [(o, "insert") for o in inserts]
        pending += [(o, "update") for o in session.dirty
                    if isinstance(o, Replicated) and session.is_modified(o, include_collections=False)]
        if not pending:
            return
        if self._changes is None:
            raise RuntimeError("database identity not loaded: cannot record changes")
        site, clock = self._changes.site_id, self._changes.clock
        if self._rights is not None:
            self._check_authority(session, pending)
        for obj, op in pending:
            state = inspect(obj)
            mapper = state.mapper
            table = mapper.local_table.name
            bases = ""
            if op == "insert":
                names = replicated_columns(mapper)
                fields = {}
                for name in names:
                    value = getattr(obj, name)
                    if value is None and mapper.columns[name].default is not None:
                        default = mapper.columns[name].default
                        value = default.arg if default.is_scalar else None
                        if value is not None:
                            setattr(obj, name, value)
                    fields[name] = encode_value(value)
            else:
                if table in INSERT_ONLY:
                    raise InsertOnlyViolation(f"{table} rows are never changed once written")
                fields = {name: encode_value(getattr(obj, name)) for name in replicated_columns(mapper)
                          if state.attrs[name].history.has_changes()}
                if not fields:
                    continue
            previous_row_hlc = obj.hlc or ""
            stamp = clock.now().encode()
            if op == "update":
                bases = json.dumps(self._advance_field_versions(session, table, obj.id, fields, stamp,
                                                                previous_row_hlc), sort_keys=True)
            obj.hlc = stamp
            obj.origin = obj.origin or site
            session.add(OutboxEntry(table_name=table, row_id=obj.id, op=op,
                                    fields=json.dumps(fields, ensure_ascii=False, sort_keys=True),
                                    hlc=stamp, origin=site, actor=session.info.get("actor", ""), bases=bases))
        # The clock is persisted in the same transaction as the stamps it issued.
        with session.no_autoflush:
            clock_row = session.get(LocalState, CLOCK_KEY)
        if clock_row is None:
            session.add(LocalState(key=CLOCK_KEY, value=clock.last.encode()))
        else:
            clock_row.value = clock.last.encode()


def _own_rights(site_id: str, text: str | None) -> tuple[Directory, SiteRights] | None:
    """(directory, this site's rights) when the roster binds this site to an outlet; None: no checks.

    Head office writes everything; a site not yet on the roster (or not joined) has only its own
    outlet's rows, and receivers check what it sent once HQ has bound it.
    """
    if not text:
        return None
    directory = Directory.from_json(text)
    own = directory.rights(site_id)
    if own is None or own.hq or not own.outlet_id:
        return None
    return directory, own


def _field_versions_of(session: Session, table: str, row_id: str, names) -> dict[str, FieldVersion]:  # noqa: ANN001
    with session.no_autoflush:
        rows = session.scalars(select(FieldVersion).where(FieldVersion.table_name == table,
                                                          FieldVersion.row_id == row_id,
                                                          FieldVersion.field.in_(list(names))))
        return {row.field: row for row in rows}


def open_database(data_dir: Path) -> Database:
    """Open (creating if needed) the outlet database in ``data_dir``, migrated to the newest schema.

    A database that needs a migration is copied to ``backups/`` first.
    """
    from aftersales_desktop.paths import backups_dir, database_path
    from aftersales_desktop.storage.migrate import upgrade

    path = database_path(data_dir)
    db = Database(path)
    upgrade(db.engine, path, backups_dir(data_dir))
    db.load_identity()
    return db
