"""One sync cycle: publish this site's outbox as bundles, then apply every other site's new bundles.

Publishing is crash-safe in three steps: the bundle is built and written to ``outgoing/`` in the
data folder while, in the same database transaction, its outbox entries are marked published and
the bundle is recorded as "pending"; then it is copied to the share without replacing anything;
then it is marked "shared". A crash at any point leaves either nothing done or a pending bundle
that the next cycle copies again: nothing lost, nothing published twice.

Applying is exactly-once: for each other site the cursor (last seq applied and that bundle's hash)
moves in the same transaction as the bundle's changes. Bundles that fail a check are copied to
``quarantine/`` with a log line and retried next cycle (a cloud client may still be writing them);
that site's stream waits there, since a hash chain cannot skip a link. Other sites go on.
"""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy import event, exc, select

from aftersales_desktop.domain.errors import Problem
from aftersales_desktop.domain.hlc import ClockDriftError, MAX_FUTURE_DRIFT_MS, Timestamp
from aftersales_desktop.fileio import write_atomically
from aftersales_desktop.i18n import N_
from aftersales_desktop.storage.database import Database
from aftersales_desktop.storage.migrate import HEAD_REVISION
from aftersales_desktop.storage.models import (PublishedBundle, QuarantinedBundle, SyncCursor,
                                               SyncLogEntry)
from aftersales_desktop.storage.types import to_utc_text
from aftersales_desktop.sync import bundle as bundles
from aftersales_desktop.sync import keys, records
from aftersales_desktop.sync.apply import Applier, index_pending
from aftersales_desktop.sync.changes import records_from_outbox
from aftersales_desktop.sync.lock import Busy, cycle_lock
from aftersales_desktop.sync.state import (HQ_KEY_KEY, LAST_SUCCESS_KEY, LOG_LINES_KEPT, PUBLIC_KEY_KEY,
                                           ROLE_KEY, ROSTER_VERSION_KEY, SHARE_ID_KEY, SHARE_PATH_KEY,
                                           SITE_NAME_KEY, set_local, waiting)
from aftersales_desktop.sync.share import Roster, Share, ShareError

#: Changes per bundle: big enough to amortise a file, small enough to apply in one short transaction.
BUNDLE_CHANGES = 10000
#: Bytes of a bundle's body, estimated from the outbox, at which publishing starts the next bundle:
#: well under the cap receivers enforce (bundle.MAX_BODY_BYTES), whatever the estimate misses.
BUNDLE_BYTES = bundles.MAX_BODY_BYTES // 2
#: Seconds a cycle waits for a database another program holds before it gives up (and retries later).
DB_BUSY_SECONDS = 15.0
#: SQLite result codes (the low byte of extended codes) that are the environment's fault, not a bundle's.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_IOERR, _SQLITE_FULL = 5, 6, 10, 13



def utc_now() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(timezone.utc)


class SyncError(Problem):
    """A cycle that could not run (not configured, share refused, this site revoked or forked, the
    database busy, full or failing)."""


def database_trouble(error: BaseException) -> SyncError | None:
    """The SyncError for an SQLite error of the environment (busy, disk full, I/O), else None."""
    original = getattr(error, "orig", error)
    if not isinstance(original, sqlite3.OperationalError):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    text = str(original).lower()
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return SyncError("db_busy", N_("The database is busy (another program is using it); sync will retry."))
    if primary == _SQLITE_FULL or "disk is full" in text:
        return SyncError("disk_full", N_("The disk holding the database is full: free some space; sync will "
                                         "retry."))
    if primary == _SQLITE_IOERR or "disk i/o error" in text:
        return SyncError("disk_io", N_("The database could not be read or written (disk I/O error): check the "
                                       "disk; sync will retry."))
    return None


@dataclass(frozen=True)
class SyncConfig:
    """How this site takes part in a share (kept in local_state: it belongs to this installation)."""

    share_path: str
    share_id: str
    hq_public_key: bytes
    public_key: bytes
    role: str  # "hq" or "outlet"
    site_name: str

    @property
    def is_hq(self) -> bool:
        return self.role == "hq"


@dataclass
class CycleReport:
    """What one cycle did; ``summary()`` is the one line ``aftersales sync`` prints."""

    published: int = 0
    bundles_published: int = 0
    applied: int = 0
    bundles_applied: int = 0
    skipped: int = 0
    quarantined: int = 0
    conflicts: int = 0
    waiting: int = 0
    problems: list[str] = field(default_factory=list)
    #: (site, seq, reason) of each bundle this cycle kept out because of what it holds.
    quarantined_bundles: list[tuple[str, int, str]] = field(default_factory=list)

    def summary(self) -> str:
        """published N, applied N, skipped N, quarantined N, conflicts N (English, for logs and scripts)."""
        return (f"published {self.published} changes in {self.bundles_published} bundles, "
                f"applied {self.applied} changes from {self.bundles_applied} bundles, "
                f"skipped {self.skipped}, quarantined {self.quarantined}, conflicts {self.conflicts}, "
                f"waiting {self.waiting}")


@dataclass(frozen=True)
class _Published:
    seq: int
    file_hash: str
    last_outbox: int


# ---- configuration ------------------------------------------------------------------------------




def load_config(db: Database) -> SyncConfig | None:
    """This site's share membership, or None when it has not joined one."""
    path = db.local_value(SHARE_PATH_KEY)
    if not path:
        return None
    return SyncConfig(path, db.local_value(SHARE_ID_KEY) or "", keys.decode_key(db.local_value(HQ_KEY_KEY)),
                      keys.decode_key(db.local_value(PUBLIC_KEY_KEY)), db.local_value(ROLE_KEY) or "outlet",
                      db.local_value(SITE_NAME_KEY) or "")


def save_config(db: Database, config: SyncConfig) -> None:
    """Remember this site's share membership."""
    set_local(db, {SHARE_PATH_KEY: config.share_path, SHARE_ID_KEY: config.share_id,
                    HQ_KEY_KEY: keys.encode_key(config.hq_public_key),
                    PUBLIC_KEY_KEY: keys.encode_key(config.public_key), ROLE_KEY: config.role,
                    SITE_NAME_KEY: config.site_name})


def set_share_path(db: Database, path: str) -> None:
    """Point this site at the share somewhere else (a new drive letter, a remounted NAS)."""
    set_local(db, {SHARE_PATH_KEY: path})


# ---- the cycle ----------------------------------------------------------------------------------


class SyncEngine:
    """Runs sync cycles for one site's database and data folder."""

    def __init__(self, db: Database, data_dir: Path, *, now: Callable[[], datetime] = utc_now,
                 bundle_changes: int = BUNDLE_CHANGES, bundle_bytes: int = BUNDLE_BYTES,
                 busy_seconds: float = DB_BUSY_SECONDS) -> None:
        """``busy_seconds``: how long a cycle waits for a database another program holds."""
        self.db = db
        self.data_dir = Path(data_dir)
        self.now = now
        self.bundle_changes = min(bundle_changes, bundles.MAX_RECORDS)
        self.bundle_bytes = min(bundle_bytes, bundles.MAX_BODY_BYTES // 2)
        self.busy_seconds = busy_seconds

    # -- logging ----------------------------------------------------------------------------------

    def log(self, level: str, message: str, **params: object) -> None:
        """Add a line to the sync log (English source message, translated where shown)."""
        with self.db.transaction() as session:
            session.add(SyncLogEntry(at=self.now(), level=level, message=message,
                                     params=json.dumps(params, ensure_ascii=False, default=str)))

    # -- entry point ------------------------------------------------------------------------------

    def run_cycle(self) -> CycleReport:
        """Publish, then apply; raises SyncError when the cycle cannot run at all."""
        try:
            with cycle_lock(self.data_dir), self._busy_timeout():
                return self._run_cycle()
        except Busy as error:
            raise SyncError("busy", N_("Another sync of this installation is running (a scheduled task or "
                                       "the application); this one was skipped.")) from error
        except (exc.OperationalError, sqlite3.OperationalError) as error:
            # Another program holds the database, or the disk is full or failing: not a bundle's
            # fault (nothing is quarantined); the next cycle tries again.
            trouble = database_trouble(error)
            if trouble is None:
                raise
            raise trouble from error

    @contextmanager
    def _busy_timeout(self) -> Iterator[None]:
        """Every connection the cycle takes waits at most ``busy_seconds`` for a lock, then fails."""
        milliseconds = max(0, int(self.busy_seconds * 1000))

        def on_checkout(dbapi_connection, _record, _proxy) -> None:  # noqa: ANN001
            dbapi_connection.execute(f"PRAGMA busy_timeout = {milliseconds}")

        def on_checkin(dbapi_connection, _record) -> None:  # noqa: ANN001
            if dbapi_connection is not None:
                try:  # back to the engine's own wait for whoever takes the connection next
                    dbapi_connection.execute(f"PRAGMA busy_timeout = {int(DB_BUSY_SECONDS * 1000)}")
                except sqlite3.Error:
                    pass

        event.listen(self.db.engine, "checkout", on_checkout)
        event.listen(self.db.engine, "checkin", on_checkin)
        try:
            yield
        finally:
            event.remove(self.db.engine, "checkout", on_checkout)
            event.remove(self.db.engine, "checkin", on_checkin)

    def _run_cycle(self) -> CycleReport:
        report = CycleReport()
        config = load_config(self.db)
        if config is None:
            raise SyncError("not_configured", N_("This installation has not joined a share yet."))
        share = Share(config.share_path)
        if not share.reachable():
            raise SyncError("unreachable", N_("The share {path} is not reachable: working offline, "
                                              "changes wait here."), path=config.share_path)
        try:
            share.check(config.share_id, config.hq_public_key)
            roster = share.roster(config.hq_public_key, min_version=int(self.db.local_value(ROSTER_VERSION_KEY) or 0))
        except ShareError as error:
            self.log("error", error.message, **error.params)
            raise SyncError(error.code, error.message, **error.params) from error
        set_local(self.db, {ROSTER_VERSION_KEY: str(roster.version)})
        if roster.is_revoked(self.db.site_id):
            raise SyncError("revoked", N_("Head office has revoked this installation's access to the share."))
        if not config.is_hq and self.db.site_id not in roster.sites:
            self.log("info", N_("Waiting for head office to approve this installation."))
        private = keys.load_private_key(self.db.site_id)
        self.index_search()  # a previous cycle cut short after applying
        self.bootstrap_if_new(share, config, roster, report)
        self._clean_leftovers(share)
        refused: SyncError | None = None
        try:
            self.publish(share, config, private, report)
        except SyncError as error:
            if error.code != "forked":
                raise
            refused = error  # a restored backup must not publish, but it may still receive
        for site_id in roster.active_sites():
            if site_id != self.db.site_id:
                self.apply_site(share, config, roster, site_id, report)
        for site_id in sorted(set(roster.revoked) & set(roster.sites) - {self.db.site_id}):
            self._refuse_revoked(share, roster, site_id, report)
        self.index_search()
        report.waiting = self.waiting()
        if refused is not None:
            raise refused
        set_local(self.db, {LAST_SUCCESS_KEY: to_utc_text(self.now())})
        self.log("info", N_("Sync finished: published {published} changes, applied {applied}, skipped "
                            "{skipped}, quarantined {quarantined}, conflicts {conflicts}, {waiting} waiting."),
                 published=report.published, applied=report.applied, skipped=report.skipped,
                 quarantined=report.quarantined, conflicts=report.conflicts, waiting=report.waiting)
        self.prune_log()
        return report

    def prune_log(self, keep: int = LOG_LINES_KEPT) -> None:
        """Forget all but the newest ``keep`` log lines (a line per cycle adds up over the years)."""
        with self.db.raw_transaction() as connection:
            connection.exec_driver_sql("DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM sync_log) - ?",
                                       (keep,))

    def index_search(self) -> int:
        """Refresh the search entries of the jobs received (queued by apply); returns how many."""
        done = 0
        while True:
            with self.db.raw_transaction() as connection:
                batch = index_pending(connection)
            if not batch:
                return done
            done += batch

    def _clean_leftovers(self, share: Share) -> None:
        """Remove what crashes left behind: our temp files on the share, orphans in outgoing/."""
        share.clean_temporary(share.site_dir(self.db.site_id))
        with self.db.reader() as session:
            pending = set(session.scalars(select(PublishedBundle.name).where(PublishedBundle.state == "pending")))
        for path in self._outgoing().iterdir():
            # A bundle written before its transaction was killed is not recorded: it will be made again.
            if path.name not in pending and path.stat().st_mtime < self.now().timestamp() - 60:
                path.unlink(missing_ok=True)

    def waiting(self) -> int:
        """Local changes not yet in a bundle on the share."""
        return waiting(self.db)

    # -- publishing -------------------------------------------------------------------------------

    def _outgoing(self) -> Path:
        folder = self.data_dir / "outgoing"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _last_published(self) -> _Published | None:
        with self.db.reader() as session:
            row = session.execute(select(PublishedBundle.seq, PublishedBundle.file_hash, PublishedBundle.last_outbox)
                                  .order_by(PublishedBundle.seq.desc()).limit(1)).first()
            return _Published(*row) if row is not None else None

    def publish(self, share: Share, config: SyncConfig, private: bytes, report: CycleReport) -> None:
        """Copy pending bundles to the share, then turn the rest of the outbox into bundles."""
        self._check_own_chain(share, config)
        with self.db.reader() as session:
            pending = session.execute(select(PublishedBundle.seq, PublishedBundle.name, PublishedBundle.count)
                                      .where(PublishedBundle.state == "pending").order_by(PublishedBundle.seq)).all()
        for seq, name, count in pending:
            self._share_bundle(share, seq, name, count, report)
        while True:
            last = self._last_published()
            seq = (last.seq if last else 0) + 1
            with self.db.raw_transaction() as connection:
                batch = records_from_outbox(connection, last.last_outbox if last else 0, self.bundle_changes,
                                            self.bundle_bytes)
                if not batch:
                    return
                name, data = bundles.encode_bundle(
                    schema=HEAD_REVISION, share_id=config.share_id, site_id=self.db.site_id, seq=seq,
                    prev_hash=last.file_hash if last else "", records=[r for _s, r in batch],
                    created_at=to_utc_text(self.now()), private_key=private)
                write_atomically(self._outgoing() / name, data)
                first, final = batch[0][0], batch[-1][0]
                connection.exec_driver_sql("UPDATE outbox SET published = 1 WHERE seq BETWEEN ? AND ?",
                                           (first, final))
                connection.exec_driver_sql(
                    "INSERT INTO sync_published (seq, name, file_hash, first_outbox, last_outbox, count, state, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)",
                    (seq, name, bundles.file_hash(data), first, final, len(batch), to_utc_text(self.now())))
            self._share_bundle(share, seq, name, len(batch), report)

    def _share_bundle(self, share: Share, seq: int, name: str, count: int, report: CycleReport) -> None:
        data = (self._outgoing() / name).read_bytes()
        share.publish_bundle(self.db.site_id, name, data)
        with self.db.raw_transaction() as connection:
            connection.exec_driver_sql("UPDATE sync_published SET state = 'shared' WHERE seq = ?", (seq,))
        (self._outgoing() / name).unlink(missing_ok=True)
        report.published += count
        report.bundles_published += 1

    def _check_own_chain(self, share: Share, config: SyncConfig) -> None:
        """Refuse to publish when the share holds later bundles of ours than we know: a restored backup."""
        last = self._last_published()
        known = last.seq if last else 0
        on_share = share.list_bundles(self.db.site_id)
        with self.db.reader() as session:
            ours = dict(session.execute(select(PublishedBundle.seq, PublishedBundle.name)).all())
        # Only bundles this site signed count: a stray or forged file in our folder (receivers
        # quarantine it) must not stop this site from publishing for good. A signed bundle of ours
        # that the database does not know, at a seq it did publish, is a fork too (the restored
        # copy published while the later bundles were out of its sight).
        ahead = [seq for seq, name in on_share
                 if (seq > known or ours.get(seq) != name) and self._is_own_bundle(share, config, name)]
        if ahead:
            self.log("error", N_("The share holds bundles {first} to {last} of this installation that its "
                                 "database does not know: it was restored from an old backup. Publishing is "
                                 "stopped so history does not fork; ask head office to re-join this "
                                 "installation as a new site."), first=min(ahead), last=max(ahead))
            raise SyncError("forked", N_("This installation was restored from an old backup: its bundles on "
                                         "the share go further than its database. Publishing is stopped."))

    def _is_own_bundle(self, share: Share, config: SyncConfig, name: str) -> bool:
        """Whether the file ``name`` in this site's folder is a complete bundle signed by this site."""
        try:
            bundles.decode_bundle(name, share.read(share.site_dir(self.db.site_id) / name),
                                  site_id=self.db.site_id, share_id=config.share_id, public_key=config.public_key)
        except (bundles.BundleRejected, ShareError):
            return False
        return True

    # -- applying ---------------------------------------------------------------------------------

    def _cursor(self, site_id: str) -> tuple[int, str]:
        with self.db.reader() as session:
            cursor = session.get(SyncCursor, site_id)
            return (cursor.last_seq, cursor.last_hash) if cursor else (0, "")

    def apply_site(self, share: Share, config: SyncConfig, roster: Roster, site_id: str,
                   report: CycleReport) -> None:
        """Apply the next bundles of one site, in order, until a gap, a bad bundle or the end."""
        public_keys = roster.public_keys(site_id)
        last_seq, last_hash = self._cursor(site_id)
        by_seq: dict[int, list[str]] = {}
        for seq, name in share.list_bundles(site_id):
            by_seq.setdefault(seq, []).append(name)
        for seq in sorted(by_seq):
            names = by_seq[seq]
            if seq < last_seq:
                continue  # applied in an earlier cycle
            if seq == last_seq:
                if any(not last_hash.startswith(bundles.parse_name(n)[1]) for n in names):
                    if self._valid_other(share, config, site_id, names, last_hash, public_keys):
                        self._fork(site_id, seq, report)
                        return
                continue  # the bundle applied last time (or a stray copy of another name)
            if seq != last_seq + 1:
                return  # a gap: the missing bundle has not arrived yet
            valid = []
            for name in names:
                checked = self._check(share, config, site_id, name, public_keys, report)
                if checked is not None:
                    valid.append(checked)
            if not valid:
                return  # quarantined (or unreadable): this stream waits at this link
            if len({b.file_hash for b in valid}) > 1:
                self._fork(site_id, seq, report)
                return
            item = valid[0]
            if item.header.prev_hash != last_hash:
                self._fork(site_id, seq, report)
                return
            if item.header.schema > HEAD_REVISION:
                self.log("warning", N_("Site {site} writes a newer data format ({schema}): update this "
                                       "installation to receive its changes."), site=site_id, schema=item.header.schema)
                return
            if not self._apply_bundle(share, site_id, item, report):
                return
            last_seq, last_hash = item.seq, item.file_hash

    def _refuse_revoked(self, share: Share, roster: Roster, site_id: str, report: CycleReport) -> None:
        """A revoked site's bundles past the cursor are not read: one quarantine row and log line each."""
        last_seq, _hash = self._cursor(site_id)
        with self.db.reader() as session:
            known = set(session.scalars(select(QuarantinedBundle.name).where(QuarantinedBundle.site_id == site_id)))
        for seq, name in share.list_bundles(site_id):
            if seq > last_seq and name not in known:
                self._quarantine(site_id, name, b"", "revoked", N_("Site {site} was revoked on {revoked_at}: its new "
                                                                   "changes are refused."),
                                 {"site": site_id, "revoked_at": roster.revoked[site_id], "name": name}, report)

    def _valid_other(self, share: Share, config: SyncConfig, site_id: str, names: list[str], last_hash: str,
                     public_keys: list[bytes]) -> bool:
        """Whether a validly signed bundle other than the applied one exists for the same seq."""
        for name in names:
            if last_hash.startswith(bundles.parse_name(name)[1]):
                continue
            try:
                bundles.decode_bundle(name, share.read(share.site_dir(site_id) / name), site_id=site_id,
                                      share_id=config.share_id, public_key=public_keys)
                return True
            except (bundles.BundleRejected, ShareError):
                continue
        return False

    def _check(self, share: Share, config: SyncConfig, site_id: str, name: str, public_keys: list[bytes],
               report: CycleReport) -> bundles.Bundle | None:
        path = share.site_dir(site_id) / name
        seq = bundles.parse_name(name)[0]
        try:
            size = os.stat(path).st_size
        except OSError:
            size = 0  # gone or unreadable: share.read says why
        if size > bundles.MAX_FILE_BYTES:  # never read a file bigger than any bundle may be
            self._keep_out(site_id, name, seq, b"", bundles.BundleRejected(
                "size", N_("The bundle {name} is larger than a bundle may be: it is not read."),
                name=name, size=size, limit=bundles.MAX_FILE_BYTES), report)
            return None
        try:
            data = share.read(path)
        except ShareError as error:
            self.log("warning", error.message, **error.params)
            return None
        try:
            item = bundles.decode_bundle(name, data, site_id=site_id, share_id=config.share_id,
                                         public_key=public_keys, check=records.checker_for)
            ahead_ms = self._ahead_ms(item)
        except bundles.BundleRejected as error:
            self._keep_out(site_id, name, seq, data, error, report)
            return None
        except Exception as error:  # noqa: BLE001 - a check missed something odd: still only this bundle
            # is kept out (decoding touches no database, so this is never the environment's fault).
            self._keep_out(site_id, name, seq, data, bundles.BundleRejected(
                "body", N_("The contents of the bundle {name} are damaged."), name=name,
                detail=f"{type(error).__name__}: {str(error)[:200]}"), report)
            return None
        if ahead_ms > MAX_FUTURE_DRIFT_MS:
            self._keep_out(site_id, name, seq, data, bundles.BundleRejected(
                "clock", N_("The bundle {name} holds changes stamped {hours} hours in the future: the "
                            "clock of site {site} is wrong. It is kept out until that is fixed."),
                name=name, hours=ahead_ms // 3_600_000, site=site_id), report)
            return None
        if not self._kept_out_by_apply(site_id, name):  # that one is released once it applies
            self._release(site_id, name)
        return item

    def _kept_out_by_apply(self, site_id: str, name: str) -> bool:
        with self.db.reader() as session:
            row = session.get(QuarantinedBundle, (site_id, name))
            return row is not None and row.reason == "apply"

    def _ahead_ms(self, item: bundles.Bundle) -> int:
        """How far the bundle's newest stamp is ahead of this clock (its records', whatever its header says)."""
        if not item.records:
            return 0
        newest = max(record["h"] for record in item.records)  # checked HLC text: sorts like the stamps
        return Timestamp.decode(newest).wall_ms - int(self.now().timestamp() * 1000)

    def _keep_out(self, site_id: str, name: str, seq: int, data: bytes, error: bundles.BundleRejected,
                  report: CycleReport) -> None:
        """Quarantine one bundle for what it holds; the log line names the site, seq and reason."""
        params = {**error.params, "name": name, "site": site_id, "seq": seq, "reason": error.reason}
        self._quarantine(site_id, name, data, error.reason, error.message, params, report)
        report.quarantined_bundles.append((site_id, seq, error.reason))

    def _apply_bundle(self, share: Share, site_id: str, item: bundles.Bundle, report: CycleReport) -> bool:
        records = item.records
        try:
            with self.db.raw_transaction(foreign_keys=False) as connection:
                stats = Applier(connection, self.db.site_id, self.db.clock).apply(records)
                connection.exec_driver_sql(
                    "INSERT INTO sync_cursors (site_id, last_seq, last_hash, applied_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(site_id) DO UPDATE SET last_seq = excluded.last_seq, "
                    "last_hash = excluded.last_hash, applied_at = excluded.applied_at",
                    (site_id, item.seq, item.file_hash, to_utc_text(self.now())))
        except ClockDriftError:
            self._keep_out(site_id, item.name, item.seq, b"", bundles.BundleRejected(
                "clock", N_("The bundle {name} holds changes stamped more than a day in the future."),
                name=item.name), report)
            return False
        except Exception as error:  # noqa: BLE001 - whatever a bundle makes the applier raise stops only it
            if database_trouble(error) is not None:
                raise  # a busy, full or failing database: the cycle stops, the bundle is not to blame
            # The transaction rolled back: nothing of this bundle is here, the cursor did not move.
            self._keep_out(site_id, item.name, item.seq, b"", bundles.BundleRejected(
                "apply", N_("The bundle {seq} of site {site} could not be applied ({detail}): it is kept "
                            "out, the other sites go on."),
                name=item.name, site=site_id, seq=item.seq,
                detail=f"{type(error).__name__}: {str(error).splitlines()[0][:200] if str(error) else ''}"),
                report)
            return False
        self._release(site_id, item.name)
        report.bundles_applied += 1
        report.applied += stats.applied
        report.skipped += stats.skipped
        report.conflicts += stats.conflicts
        return True

    def _fork(self, site_id: str, seq: int, report: CycleReport) -> None:
        message = N_("Site {site} has two different histories from bundle {seq} on (it was probably "
                     "restored from an old backup). Its changes are no longer applied here until head "
                     "office sorts it out.")
        self.log("error", message, site=site_id, seq=seq)
        report.problems.append(message.format(site=site_id, seq=seq))

    # -- quarantine -------------------------------------------------------------------------------

    def _quarantine(self, site_id: str, name: str, data: bytes, reason: str, message: str, params: dict,
                    report: CycleReport) -> None:
        now = self.now()
        with self.db.transaction() as session:
            row = session.get(QuarantinedBundle, (site_id, name))
            fresh = row is None or row.reason != reason
            if row is None:
                session.add(QuarantinedBundle(site_id=site_id, name=name, reason=reason,
                                              detail=message.format(**params), first_seen=now, last_seen=now))
            else:
                row.reason, row.last_seen = reason, now
        if data:
            folder = self.data_dir / "quarantine" / site_id
            folder.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
        if fresh:
            self.log("warning", message, **params)
        report.quarantined += 1

    def _release(self, site_id: str, name: str) -> None:
        with self.db.reader() as session:  # the usual case: nothing to release, no write transaction
            if session.get(QuarantinedBundle, (site_id, name)) is None:
                return
        with self.db.transaction() as session:
            row = session.get(QuarantinedBundle, (site_id, name))
            if row is not None:
                session.delete(row)

    # -- bootstrap --------------------------------------------------------------------------------

    def bootstrap_if_new(self, share: Share, config: SyncConfig, roster: Roster, report: CycleReport) -> None:
        """A site that has applied nothing yet starts from HQ's newest snapshot, when there is one."""
        if config.is_hq:
            return
        with self.db.reader() as session:
            if session.scalar(select(SyncCursor.site_id).limit(1)) is not None:
                return
        from aftersales_desktop.sync.snapshot import load_snapshot, newest_snapshot

        found = newest_snapshot(share, config)
        if found is None:
            return
        name, document = found
        applied = load_snapshot(self.db, document)
        self.log("info", N_("Started from head office's snapshot {name}: {rows} rows."), name=name, rows=applied)
        report.applied += applied

