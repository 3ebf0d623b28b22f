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
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy import event, exc, select

from aftersales_desktop.domain.errors import Problem
from aftersales_desktop.domain.hlc import ClockDriftError, MAX_FUTURE_DRIFT_MS, Timestamp
from aftersales_desktop.fileio import write_atomically
from aftersales_desktop.domain.numbering import DEVICE_STATE_KEY
from aftersales_desktop.i18n import N_
from aftersales_desktop.storage.database import OUTLET_KEY, Database
from aftersales_desktop.storage.migrate import HEAD_REVISION
from aftersales_desktop.storage.models import (LocalState, Outlet, PublishedBundle, QuarantinedBundle,
                                               StreamProblem, SyncCursor, SyncLogEntry)
from aftersales_desktop.storage.types import to_utc_text
from aftersales_desktop.sync import bundle as bundles
from aftersales_desktop.sync import confidential, keys, records
from aftersales_desktop.sync.apply import Applier, index_pending
from aftersales_desktop.sync.changes import records_from_outbox
from aftersales_desktop.sync.lock import Busy, cycle_lock
from aftersales_desktop.sync.state import (HQ_KEY_KEY, LAST_SUCCESS_KEY, LOG_LINES_KEPT, PUBLIC_KEY_KEY,
                                           ROLE_KEY, ROSTER_PROBLEM_KEY, SHARE_ID_KEY, SHARE_PATH_KEY,
                                           SITE_NAME_KEY, STREAM_MESSAGES, keep_roster_document, kept_roster_document,
                                           outbox_retention_days, roster_problem, roster_version_seen, set_local,
                                           waiting)
from aftersales_desktop.storage.authority import RIGHTS_KEY, SITE_NAMES_KEY, Directory, SiteRights
from aftersales_desktop.sync.share import Roster, Share, ShareError, roster_from_kept

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
    refused: int = 0
    pruned: int = 0  # published changes removed from the outbox (their bundle verified on the share)
    bundles_pruned: int = 0  # head office: bundle files removed from the share (sync/pruning.py)
    problems: list[str] = field(default_factory=list)
    #: (site, seq, reason) of each bundle this cycle kept out because of what it holds.
    quarantined_bundles: list[tuple[str, int, str]] = field(default_factory=list)
    #: Changes by table this cycle put on the share (bundles written this cycle) and took in from
    #: bundles it applied (duplicates included): what "what went out, what came in" counts.
    sent_by_table: dict[str, int] = field(default_factory=dict)
    received_by_table: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        """published N, applied N, skipped N, quarantined N, conflicts N (English, for logs and scripts)."""
        return (f"published {self.published} changes in {self.bundles_published} bundles, "
                f"applied {self.applied} changes from {self.bundles_applied} bundles, "
                f"skipped {self.skipped}, quarantined {self.quarantined}, conflicts {self.conflicts}, "
                f"refused {self.refused}, waiting {self.waiting}")


@dataclass(frozen=True)
class _Published:
    seq: int
    file_hash: str
    last_outbox: int


# ---- configuration ------------------------------------------------------------------------------


def directory_of(roster: Roster) -> Directory:
    """Every site of the roster with the outlet it belongs to and its rights there."""
    return Directory(SiteRights(site_id, entry.outlet_id, entry.admin or entry.role == "hq", entry.role == "hq")
                     for site_id, entry in roster.sites.items())


def remember_rights(db: Database, directory: Directory, roster: Roster) -> None:
    """Keep the roster's rights where this site's own writes are checked against them (storage),
    and the sites' names for the Problems tab."""
    values = {RIGHTS_KEY: directory.to_json(),
              SITE_NAMES_KEY: json.dumps({s: e.name for s, e in sorted(roster.sites.items())}, ensure_ascii=False)}
    changed = {key: value for key, value in values.items() if db.local_value(key) != value}
    if changed:
        set_local(db, changed)
    db.load_rights()




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
        self._share_keys_read: confidential.ShareKeys | None = None  # this cycle's data keys (see _share_keys)
        self._roster_in_force: Roster | None = None  # the roster this cycle trusts (share's or kept copy)

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
                self._share_keys_read = None  # the roster may have changed since the last cycle
                self._roster_in_force = None
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
            # The share's roster, or this site's copy of the newest it verified when files on the
            # share were removed, zeroed or restored: that never takes a revocation back.
            roster, distrust = share.trusted_roster(config.hq_public_key,
                                                    roster_from_kept(kept_roster_document(self.db)),
                                                    min_version=roster_version_seen(self.db))
        except ShareError as error:
            self.log("error", error.message, **error.params)
            raise SyncError(error.code, error.message, **error.params) from error
        keep_roster_document(self.db, roster.version, roster.to_document())
        self._roster_in_force = roster
        before = roster_problem(self.db)
        if distrust is not None:
            report.problems.append(distrust.message.format(**distrust.params))
            now_wrong = {"code": distrust.code, "found": distrust.params.get("found", 0), "kept": roster.version,
                         "message": distrust.message, "params": distrust.params}
            if before is None or (before.get("code"), before.get("found")) != (distrust.code, now_wrong["found"]):
                self.log("error", distrust.message, **distrust.params)  # one line, not one per cycle
                set_local(self.db, {ROSTER_PROBLEM_KEY: json.dumps(now_wrong, ensure_ascii=False, default=str)})
        elif before is not None:
            set_local(self.db, {ROSTER_PROBLEM_KEY: ""})
        directory = directory_of(roster)
        remember_rights(self.db, directory, roster)
        if config.is_hq:
            self._bind_unbound_sites(share, roster)
        if roster.is_revoked(self.db.site_id):
            raise SyncError("revoked", N_("Head office has revoked this installation's access to the share."))
        if not config.is_hq and self.db.site_id not in roster.sites:
            self.log("info", N_("Waiting for head office to approve this installation."))
        private = keys.load_private_key(self.db.site_id)
        self._keep_box_keys(share, config, roster, private)
        self.index_search()  # a previous cycle cut short after applying
        self.bootstrap_if_new(share, config, roster, report)
        self.catch_up_if_pruned(share, config, roster, report)
        self._clean_leftovers(share)
        refused: SyncError | None = None
        try:
            self.publish(share, config, private, report)
        except SyncError as error:
            if error.code != "forked":
                raise
            refused = error  # a restored backup must not publish, but it may still receive
        for site_id in roster.active_sites():
            if site_id == self.db.site_id:
                continue
            if not directory.outlet_of(site_id) and not roster.sites[site_id].role == "hq":
                self._unbound(site_id)  # nobody could tell which rows it may write: its stream waits
                continue
            self.apply_site(share, config, roster, site_id, report, directory=directory)
        for site_id in sorted(set(roster.revoked) & set(roster.sites) - {self.db.site_id}):
            if site_id in roster.revoked_after and directory.outlet_of(site_id):
                # Its history up to what head office had applied when it revoked the site stands.
                self.apply_site(share, config, roster, site_id, report, directory=directory,
                                until=roster.revoked_after[site_id])
            self._refuse_revoked(share, roster, site_id, report)
        self._adopt_device(roster)
        self._adopt_outlet(roster)
        self.index_search()
        report.waiting = self.waiting()
        if refused is not None:
            raise refused
        set_local(self.db, {LAST_SUCCESS_KEY: to_utc_text(self.now())})
        self.log("info", N_("Sync finished: published {published} changes, applied {applied}, skipped "
                            "{skipped}, quarantined {quarantined}, conflicts {conflicts}, refused {refused}, "
                            "{waiting} waiting."),
                 published=report.published, applied=report.applied, skipped=report.skipped,
                 quarantined=report.quarantined, conflicts=report.conflicts, refused=report.refused,
                 waiting=report.waiting)
        self.prune_log()
        self.prune_outbox(share, report)
        self.acknowledge_and_prune(share, config, private, report)
        return report

    def _adopt_device(self, roster: Roster) -> None:
        """Keep the device letter head office gave this computer: its document numbers carry it."""
        entry = roster.sites.get(self.db.site_id)
        if entry is None or entry.device is None or self.db.local_value(DEVICE_STATE_KEY) == entry.device:
            return
        with self.db.transaction() as session:
            row = session.get(LocalState, DEVICE_STATE_KEY)
            if row is None:
                session.add(LocalState(key=DEVICE_STATE_KEY, value=entry.device))
            else:
                row.value = entry.device
        if entry.device:
            self.log("info", N_("This computer's document numbers carry the letter {letter}."), letter=entry.device)

    def catch_up_if_pruned(self, share: Share, config: SyncConfig, roster: Roster, report: CycleReport) -> None:
        """A site back after the bundles it needs were pruned merges the newest snapshot (sync/pruning.py)."""
        from aftersales_desktop.sync.pruning import catch_up_from_snapshot

        caught = catch_up_from_snapshot(self.db, share, config, roster, self._share_keys(share))
        if caught is not None:
            self.log("info", N_("Caught up from head office's snapshot {name} ({rows} rows added or changed): "
                                "bundles this installation needed were pruned from the share."),
                     name=caught[0], rows=caught[1])
            report.applied += caught[1]

    def acknowledge_and_prune(self, share: Share, config: SyncConfig, private: bytes, report: CycleReport) -> None:
        """Publish what this site applied; head office then prunes the bundles every site holds."""
        from aftersales_desktop.sync.pruning import prune_share, publish_acknowledgement

        publish_acknowledgement(self.db, share, config.share_id, private, self.now())
        if config.is_hq and self._roster_in_force is not None:
            removed = prune_share(self.db, share, config, self._roster_in_force, self.now(),
                                  share_keys=self._share_keys(share))
            if removed:
                self.log("info", N_("Pruned {count} bundles from the share that every site holds and a snapshot "
                                    "covers."), count=len(removed))
            report.bundles_pruned += len(removed)

    def _adopt_outlet(self, roster: Roster) -> None:
        """A computer that joined an outlet becomes that outlet's once head office bound it and its row arrived.

        Until then the installation has no outlet and the application keeps showing the join
        progress; afterwards its first login is one of the outlet's staff accounts.
        """
        if self.db.local_value(OUTLET_KEY):
            return
        entry = roster.sites.get(self.db.site_id)
        if entry is None or not entry.outlet_id:
            return
        with self.db.transaction() as session:
            if session.get(Outlet, entry.outlet_id) is None:
                return  # bound, but the outlet's own rows have not come yet
            session.add(LocalState(key=OUTLET_KEY, value=entry.outlet_id))
        self.log("info", N_("This computer now belongs to outlet {code}."), code=entry.outlet_code)

    def prune_outbox(self, share: Share, report: CycleReport) -> int:
        """Remove published changes whose bundle is verified on the share and older than the retention.

        A bundle is verified by reading it back from this site's folder and comparing the hash of
        its plain bytes with the one recorded when it was made; one that cannot be read or differs
        stops pruning there (its changes stay and the log says why), since they are what a re-publish
        would need. Each bundle's rows go in one transaction with its state "pruned": a kill at any
        point leaves whole bundles pruned or not. Returns how many changes were removed.
        """
        cutoff = self.now() - timedelta(days=outbox_retention_days(self.db))
        with self.db.reader() as session:
            due = session.execute(select(PublishedBundle.seq, PublishedBundle.name, PublishedBundle.file_hash,
                                         PublishedBundle.first_outbox, PublishedBundle.last_outbox)
                                  .where(PublishedBundle.state == "shared", PublishedBundle.created_at <= cutoff)
                                  .order_by(PublishedBundle.seq)).all()
        removed = 0
        for seq, name, digest, first, last in due:
            try:
                data = self._opened(share, self.db.site_id, name, share.read(share.site_dir(self.db.site_id) / name))
            except (ShareError, bundles.BundleRejected) as error:
                self.log("warning", N_("Bundle {seq} of this installation could not be read back from the share "
                                       "({detail}): its changes stay in the outbox."),
                         seq=seq, detail=str(getattr(error, "params", {}).get("detail", error.code)))
                break
            if bundles.file_hash(data) != digest:
                self.log("error", N_("Bundle {seq} of this installation on the share is not the one it made: "
                                     "its changes stay in the outbox."), seq=seq)
                break
            with self.db.raw_transaction() as connection:
                # Bundles are pruned in order, so every published change up to ``last`` is in a verified
                # bundle. The newest outbox row stays: SQLite would hand its seq out again, and
                # publishing reads the outbox after the last seq it published.
                removed += connection.exec_driver_sql(
                    "DELETE FROM outbox WHERE seq <= ? AND published = 1 AND seq < (SELECT max(seq) FROM outbox)",
                    (last,)).rowcount
                connection.exec_driver_sql("UPDATE sync_published SET state = 'pruned' WHERE seq = ?", (seq,))
        report.pruned += removed
        return removed

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
        if not self._may_publish(share):
            return
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
            _count_tables(report.sent_by_table, (record for _seq, record in batch))

    def _share_bundle(self, share: Share, seq: int, name: str, count: int, report: CycleReport) -> None:
        data = self._sealed_for_share(share, name, (self._outgoing() / name).read_bytes())
        share.publish_bundle(self.db.site_id, name, data)
        with self.db.raw_transaction() as connection:
            connection.exec_driver_sql("UPDATE sync_published SET state = 'shared' WHERE seq = ?", (seq,))
        (self._outgoing() / name).unlink(missing_ok=True)
        report.published += count
        report.bundles_published += 1

    def _check_own_chain(self, share: Share, config: SyncConfig) -> None:
        """Refuse to publish when the share holds later bundles of ours than we know: a restored backup."""
        ahead = self.own_bundles_unknown(share, config)
        if ahead:
            self.log("error", N_("The share holds bundles {first} to {last} of this installation that its "
                                 "database does not know: it was restored from an old backup. Publishing is "
                                 "stopped so history does not fork; a manager re-keys this installation "
                                 "(Sync page, or aftersales share rekey) and head office approves it."), first=min(ahead), last=max(ahead))
            raise SyncError("forked", N_("This installation was restored from an old backup: its bundles on "
                                         "the share go further than its database. Publishing is stopped until it is "
                                         "re-keyed."))

    def own_bundles_unknown(self, share: Share, config: SyncConfig) -> list[int]:
        """Seqs of bundles this site signed that are on the share but not in its database (restored from a backup)."""
        last = self._last_published()
        known = last.seq if last else 0
        on_share = share.list_bundles(self.db.site_id)
        with self.db.reader() as session:
            ours = dict(session.execute(select(PublishedBundle.seq, PublishedBundle.name)).all())
        # Only bundles this site signed count: a stray or forged file in our folder (receivers
        # quarantine it) must not stop this site from publishing for good. A signed bundle of ours
        # that the database does not know, at a seq it did publish, is a fork too (the restored
        # copy published while the later bundles were out of its sight).
        return [seq for seq, name in on_share
                if (seq > known or ours.get(seq) != name) and self._is_own_bundle(share, config, name)]

    def bundle_header(self, share: Share, site_id: str, name: str) -> bundles.BundleHeader | None:
        """The header of bundle ``name`` in ``site_id``'s folder, unchecked (for display); None when unreadable."""
        try:
            data = self._opened(share, site_id, name, share.read(share.site_dir(site_id) / name))
            header = bundles.read_header(data)
        except (ShareError, bundles.BundleRejected, ValueError):
            return None
        return header if header.site_id == site_id else None

    def _is_own_bundle(self, share: Share, config: SyncConfig, name: str) -> bool:
        """Whether the file ``name`` in this site's folder is a complete bundle signed by this site."""
        try:
            bundles.decode_bundle(name, self._opened(share, self.db.site_id, name,
                                                     share.read(share.site_dir(self.db.site_id) / name)),
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
                   report: CycleReport, directory: Directory | None = None, until: int | None = None) -> None:
        """Apply the next bundles of one site, in order, until a gap, a bad bundle, a fork or the end.

        Why the stream stopped is kept in ``sync_streams`` (one log line when it starts, the row
        removed when the stream moves on): "waiting" for a missing bundle while a later one is
        there, "equivocation" for two validly signed bundles with one seq, "forked" for a bundle
        that does not follow the one applied here. Entries named like bundles that are not regular
        files (links, FIFOs, devices, folders) are never read: one quarantine row and log line each.
        """
        public_keys = roster.public_keys(site_id) if until is None else roster.history_keys(site_id)
        last_seq, last_hash = self._cursor(site_id)
        if until is not None and last_seq >= until:
            return  # a revoked site's history is all here
        listing = share.scan_bundles(site_id)
        self._ignore_not_files(site_id, listing.not_files, report)
        by_seq: dict[int, list[str]] = {}
        for seq, name in listing.bundles:
            by_seq.setdefault(seq, []).append(name)
        problem: tuple[str, int, dict] | None = None  # (kind, seq, detail) of sync_streams
        for seq in sorted(by_seq):
            names = by_seq[seq]
            if until is not None and seq > until:
                break  # after its revocation: refused (_refuse_revoked)
            if seq < last_seq:
                continue  # applied in an earlier cycle
            if seq == last_seq:
                if any(not last_hash.startswith(bundles.parse_name(n)[1]) for n in names):
                    other = self._valid_other(share, config, site_id, names, last_hash, public_keys)
                    if other is not None:
                        problem = ("equivocation", seq, {"hashes": sorted([last_hash, other])})
                        break
                continue  # the bundle applied last time (or a stray copy of another name)
            if seq != last_seq + 1:
                problem = ("waiting", last_seq + 1, {"next_on_share": seq})
                break  # a gap: the missing bundle has not arrived yet
            valid = []
            for name in names:
                checked = self._check(share, config, site_id, name, public_keys, report)
                if checked is not None:
                    valid.append(checked)
            if not valid:
                break  # quarantined (or unreadable): this stream waits at this link
            if len({b.file_hash for b in valid}) > 1:
                problem = ("equivocation", seq, {"hashes": sorted({b.file_hash for b in valid})})
                break
            item = valid[0]
            if item.header.prev_hash != last_hash:
                problem = ("forked", seq, {"hash": item.file_hash, "prev_hash": item.header.prev_hash,
                                           "applied_hash": last_hash})
                break
            if item.header.schema > HEAD_REVISION:
                self.log("warning", N_("Site {site} writes a newer data format ({schema}): update this "
                                       "installation to receive its changes."), site=site_id, schema=item.header.schema)
                break
            if not self._apply_bundle(share, site_id, item, report,
                                      directory if directory is not None else directory_of(roster)):
                break
            last_seq, last_hash = item.seq, item.file_hash
        self._note_stream(site_id, problem, report)

    def _refuse_revoked(self, share: Share, roster: Roster, site_id: str, report: CycleReport) -> None:
        """A revoked site's bundles past the cursor are not read: one quarantine row and log line each.

        With ``revoked_after`` its history up to there is applied first (``apply_site``); only a
        bundle after that, or one still missing below it, is refused here.
        """
        last_seq, _hash = self._cursor(site_id)
        last_seq = max(last_seq, roster.revoked_after.get(site_id, 0))
        with self.db.reader() as session:
            known = set(session.scalars(select(QuarantinedBundle.name).where(QuarantinedBundle.site_id == site_id)))
        for seq, name in share.list_bundles(site_id):
            if seq > last_seq and name not in known:
                self._quarantine(site_id, name, b"", "revoked", N_("Site {site} was revoked on {revoked_at}: its new "
                                                                   "changes are refused."),
                                 {"site": site_id, "revoked_at": roster.revoked[site_id], "name": name}, report)
        self._note_stream(site_id, None, report)  # its stream ends here: nothing is waited for any more

    def _ignore_not_files(self, site_id: str, not_files: list[tuple[int, str]], report: CycleReport) -> None:
        """Record entries named like bundles that are not regular files once (row and log line), never read them."""
        with self.db.reader() as session:
            known = set(session.scalars(select(QuarantinedBundle.name).where(
                QuarantinedBundle.site_id == site_id, QuarantinedBundle.reason == "not_a_file")))
        current = {name for _seq, name in not_files}
        for name in sorted(current - known):
            self._quarantine(site_id, name, b"", "not_a_file",
                             N_("{name} in the folder of site {site} on the share is not a regular file (a link, "
                                "a folder, a FIFO or a device): it is ignored and never read."),
                             {"name": name, "site": site_id}, report)
        for name in sorted(known - current):  # gone, or a regular file now (checked as a bundle from now on)
            self._release(site_id, name)

    def _note_stream(self, site_id: str, problem: tuple[str, int, dict] | None, report: CycleReport) -> None:
        """Keep ``sync_streams`` in step with why ``site_id``'s stream stopped; log a problem when it starts."""
        with self.db.reader() as session:
            row = session.get(StreamProblem, site_id)
            said, said_since = ((row.kind, row.seq), row.since) if row is not None else (None, None)
        if problem is None:
            if row is not None:
                with self.db.transaction() as session:
                    stale = session.get(StreamProblem, site_id)
                    if stale is not None:
                        session.delete(stale)
            return
        kind, seq, detail = problem
        now = self.now()
        level, message, params = self._fork(site_id, kind, seq, detail,
                                            said_since if said == (kind, seq) else now)
        if kind != "waiting":
            report.problems.append(message.format(**params))
        if said == (kind, seq):
            return  # told already: one line when it starts, not one per cycle
        with self.db.transaction() as session:
            stale = session.get(StreamProblem, site_id)
            if stale is not None:
                session.delete(stale)
                session.flush()
            session.add(StreamProblem(site_id=site_id, kind=kind, seq=seq, since=now,
                                      detail=json.dumps(detail, sort_keys=True)))
        self.log(level, message, **params)

    def _valid_other(self, share: Share, config: SyncConfig, site_id: str, names: list[str], last_hash: str,
                     public_keys: list[bytes]) -> str | None:
        """The file hash of a validly signed bundle other than the applied one for the same seq, if any."""
        for name in names:
            if last_hash.startswith(bundles.parse_name(name)[1]):
                continue
            try:
                other = bundles.decode_bundle(name, self._opened(share, site_id, name,
                                                                 share.read(share.site_dir(site_id) / name)),
                                              site_id=site_id, share_id=config.share_id, public_key=public_keys)
            except (bundles.BundleRejected, ShareError):
                continue
            if other.file_hash != last_hash:
                return other.file_hash
        return None

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
            item = bundles.decode_bundle(name, self._opened(share, site_id, name, data), site_id=site_id,
                                         share_id=config.share_id, public_key=public_keys, check=records.checker_for)
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

    def _apply_bundle(self, share: Share, site_id: str, item: bundles.Bundle, report: CycleReport,
                      directory: Directory) -> bool:
        records = item.records
        try:
            with self.db.raw_transaction(foreign_keys=False) as connection:
                stats = Applier(connection, self.db.site_id, self.db.clock, directory=directory).apply(
                    records, signer=site_id, bundle=item.name, at=to_utc_text(self.now()))
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
        _count_tables(report.received_by_table, records)
        report.applied += stats.applied
        report.skipped += stats.skipped
        report.conflicts += stats.conflicts
        report.refused += stats.refused
        if stats.refused:
            self.log("warning", N_("Refused {count} changes of site {site} in bundle {seq}: that site may not "
                                   "write those records (see Problems)."),
                     count=stats.refused, site=site_id, seq=item.seq)
        return True

    # -- write authority --------------------------------------------------------------------------

    def _unbound(self, site_id: str) -> None:
        """Say once that a site's changes wait until head office assigns it to an outlet."""
        message = N_("The changes of site {site} wait until head office assigns it to an outlet.")
        with self.db.reader() as session:
            said = session.scalar(select(SyncLogEntry.id).where(SyncLogEntry.message == message,
                                                                SyncLogEntry.params.contains(site_id)).limit(1))
        if said is None:
            self.log("warning", message, site=site_id)

    def _bind_unbound_sites(self, share: Share, roster: Roster) -> None:
        """HQ: give sites of an older roster their outlet, from the outlet rows they created."""
        unbound = [s for s, e in roster.sites.items() if not e.outlet_id and s not in roster.revoked]
        if not unbound:
            return
        bindings = {}
        with self.db.raw_transaction() as connection:
            for site_id in unbound:
                entry = roster.sites[site_id]
                if entry.role == "hq":
                    outlet_id = self.db.local_value(OUTLET_KEY) or ""
                    row = connection.exec_driver_sql("SELECT id, code FROM outlets WHERE id = ?", (outlet_id,)).first()
                else:
                    row = connection.exec_driver_sql("SELECT id, code FROM outlets WHERE origin = ? ORDER BY id LIMIT 1",
                                                     (site_id,)).first()
                if row is not None:
                    bindings[site_id] = (row[0], row[1], True)  # the site that created an outlet runs it
        if bindings:
            bound = share.bind_sites(bindings, keys.load_private_key(self.db.site_id), base=roster)
            keep_roster_document(self.db, bound.version, bound.to_document())
            self.log("info", N_("Assigned {count} sites of the roster to their outlets."), count=len(bindings))

    @staticmethod
    def _fork(site_id: str, kind: str, seq: int, detail: dict, since: datetime) -> tuple[str, str, dict]:
        """(level, message, params) telling why another site's stream stopped.

        Only a site's own check (``_check_own_chain``) can tell it was restored from an old backup;
        here two bundles with one seq, or a bundle that does not follow, are said as what they are.
        """
        hashes = [str(h) for h in detail.get("hashes") or []] + ["", ""]
        params = {"site": site_id, "seq": seq, "since": since.strftime("%Y-%m-%d %H:%M UTC"),
                  "first": hashes[0][:16], "second": hashes[1][:16]}
        return ("warning" if kind == "waiting" else "error"), STREAM_MESSAGES[kind], params

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
        # Only bytes read from a regular file get here (Share.read follows no link); a strict name
        # keeps the copy inside quarantine/, and write_atomically replaces a link there, never its target.
        if data and bundles.parse_name(name) is not None and keys.SITE_ID_PATTERN.fullmatch(site_id):
            folder = self.data_dir / "quarantine" / site_id
            folder.mkdir(parents=True, exist_ok=True)
            write_atomically(folder / name, data)
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

    #: Called as a bootstrap from the snapshot goes, ``(done, total)``: a progress bar with an estimate.
    bootstrap_progress: Callable[[int, int], None] | None = None

    def bootstrap_if_new(self, share: Share, config: SyncConfig, roster: Roster, report: CycleReport) -> None:
        """A site that has applied nothing yet starts from HQ's newest snapshot, when there is one."""
        if config.is_hq:
            return
        with self.db.reader() as session:
            if session.scalar(select(SyncCursor.site_id).limit(1)) is not None:
                return
        from aftersales_desktop.sync.snapshot import load_snapshot, newest_snapshot

        found = newest_snapshot(share, config, self._share_keys(share))
        if found is None:
            return
        name, document = found
        applied = load_snapshot(self.db, document, self.bootstrap_progress)
        self.log("info", N_("Started from head office's snapshot {name}: {rows} rows."), name=name, rows=applied)
        report.applied += applied

    # -- encryption of the share (docs/share-encryption.md) ---------------------------------------

    def _share_keys(self, share: Share) -> confidential.ShareKeys:
        """The data keys this site can unwrap from the roster in force, read once per cycle."""
        if self._share_keys_read is None:
            roster = self._roster_in_force
            if roster is None:  # outside a cycle (publishing a snapshot): the roster this site trusts
                config = load_config(self.db)
                roster = share.trusted_roster(config.hq_public_key, roster_from_kept(kept_roster_document(self.db)),
                                              min_version=roster_version_seen(self.db))[0]
            self._share_keys_read = roster.share_keys(self.db.site_id, keys.find_box_key(self.db.site_id))
        return self._share_keys_read

    def _keep_box_keys(self, share: Share, config: SyncConfig, roster: Roster, private: bytes) -> None:
        """HQ: give announced box keys the data keys. A site of an older version: make and announce one."""
        if not roster.encryption:
            return
        box_private = keys.find_box_key(self.db.site_id)
        if config.is_hq:
            adopted = share.box_key_announcements(roster)
            if adopted and box_private is not None:
                kept = share.adopt_box_keys(private, box_private, base=roster)
                keep_roster_document(self.db, kept.version, kept.to_document())
                self._roster_in_force = kept
                self._share_keys_read = None
                self.log("info", N_("Gave the share's data keys to {count} sites that announced their "
                                    "encryption key."), count=len(adopted))
            return
        entry = roster.sites.get(self.db.site_id)
        if entry is None or entry.box_key:
            return  # not admitted yet (its join request carries its box key), or head office has it
        if box_private is None:
            box_private, _public = confidential.generate_box_keypair()
            keys.store_box_key(self.db.site_id, box_private)
        if share.announce_box_key(site_id=self.db.site_id, box_key=confidential.box_public_key_of(box_private),
                                  private_key=private, now=self.now()):
            self.log("info", N_("Announced this installation's encryption key to head office."))

    def _may_publish(self, share: Share) -> bool:
        """Whether bundles may go to the share now: in an encrypted share only sealed, never plain."""
        ring = self._share_keys(share)
        if not ring.encryption or ring.can_seal:
            return True
        # Waiting beats leaking: head office wraps the newest key for this site at its next cycle.
        self.log("info", N_("The share is encrypted and head office has not given this installation its "
                            "data key yet: changes wait here until it does."))
        return False

    def _sealed_for_share(self, share: Share, name: str, data: bytes) -> bytes:
        """The bundle as it goes on the share: sealed when the share is encrypted.

        The sealed bytes replace the plain file in outgoing/, so a retry after a crash publishes
        exactly the same file (a fresh nonce would make a different file under the same name).
        """
        ring = self._share_keys(share)
        if not ring.can_seal or confidential.is_sealed(data):
            return data
        sealed = ring.seal(data, kind="bundle", site_id=self.db.site_id, name=name)
        write_atomically(self._outgoing() / name, sealed)
        return sealed

    def _opened(self, share: Share, site_id: str, name: str, data: bytes) -> bytes:
        """The plain bundle of a file read from ``site_id``'s folder; BundleRejected "sealed", "key", "plain".

        A plain bundle is accepted from a site without a box key on the roster (an older version),
        and from any site before its first sealed bundle (published before encryption reached it);
        after a sealed one, plain is refused: sealing is one-way for a site.
        """
        ring = self._share_keys(share)
        if confidential.is_sealed(data):
            try:
                plain = ring.open(data, kind="bundle", site_id=site_id, name=name)
            except confidential.SealError as error:
                raise bundles.BundleRejected(error.code, error.message, **error.params) from None
            self._remember_sealed(site_id, name)
            return plain
        if ring.encryption and site_id in ring.sealing_sites and (self._sealed_before(site_id, name)
                                                                  or self._previous_sealed(share, site_id, name)):
            raise bundles.BundleRejected("plain", N_("The bundle {name} of site {site} is not encrypted although "
                                                     "that site already encrypts its bundles: it is refused."),
                                         name=name, site=site_id)
        return data

    def _remember_sealed(self, site_id: str, name: str) -> None:
        """Keep the lowest seq of a sealed bundle seen from ``site_id``: the share may prune it later."""
        parsed = bundles.parse_name(name)
        if parsed is None:
            return
        key = SEALED_SINCE_PREFIX + site_id
        known = self.db.local_value(key)
        if known is not None and int(known) <= parsed[0]:
            return
        with self.db.transaction() as session:
            row = session.get(LocalState, key)
            if row is None:
                session.add(LocalState(key=key, value=str(parsed[0])))
            else:
                row.value = str(parsed[0])

    def _sealed_before(self, site_id: str, name: str) -> bool:
        """Whether this site already saw a sealed bundle of ``site_id`` older than ``name`` (sealing is one-way)."""
        parsed = bundles.parse_name(name)
        known = self.db.local_value(SEALED_SINCE_PREFIX + site_id)
        return parsed is not None and known is not None and int(known) < parsed[0]

    def _previous_sealed(self, share: Share, site_id: str, name: str) -> bool:
        """Whether the site's bundle before ``name`` on the share is sealed."""
        parsed = bundles.parse_name(name)
        if parsed is None:
            return False
        for seq, other in share.list_bundles(site_id):
            if seq == parsed[0] - 1:
                try:
                    if confidential.is_sealed(share.read(share.site_dir(site_id) / other)):
                        return True
                except ShareError:
                    continue
        return False


#: local_state key prefix: the lowest seq of a sealed bundle seen from a site (+ its id: 48 characters).
SEALED_SINCE_PREFIX = "sync.sealed_since."


def _count_tables(counts: dict[str, int], records) -> None:  # noqa: ANN001 - an iterable of record dicts
    """Add each record to its table's count (records name their table in "t")."""
    for record in records:
        table = record.get("t", "")
        counts[table] = counts.get(table, 0) + 1
