"""Backups of the outlet database: daily, on demand, before migrations and restores; checks and restore.

A backup is one self-contained SQLite file made with SQLite's online backup API, so it is
consistent even while the application writes. Its name carries the time (UTC) and the reason:
``aftersales-20261127T062049Z-daily.sqlite3``. Automatic backups (daily, pre-migration,
pre-restore) are pruned to the newest N of each reason; manual backups are never deleted by the
application: someone made them on purpose, and they delete them themselves.

The folder and N belong to this machine: they live in the database's ``local_state`` table,
which does not replicate, so the command line and the GUI read the same settings.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from aftersales_desktop.domain.errors import Problem
from aftersales_desktop.i18n import N_
from aftersales_desktop.paths import backups_dir, database_path

DAILY = "daily"
MANUAL = "manual"
PRE_MIGRATION = "pre-migration"
PRE_RESTORE = "pre-restore"
#: Reasons whose backups the application prunes; manual backups are kept until someone deletes them.
AUTOMATIC = (DAILY, PRE_MIGRATION, PRE_RESTORE)
DEFAULT_KEEP = 14
MIN_KEEP, MAX_KEEP = 1, 365

FOLDER_KEY = "backup.folder"
KEEP_KEY = "backup.keep"
SUFFIX = ".sqlite3"
_log = logging.getLogger("aftersales.backup")
_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
# stem - stamp [collision counter] - reason .sqlite3; "before-0009" is how older versions named
# their pre-migration copies.
_NAME = re.compile(r"^(?P<stem>.+?)-(?P<stamp>\d{8}T\d{6}Z)(?P<counter>\d*)-(?P<reason>[a-z][a-z0-9-]*)"
                   + re.escape(SUFFIX) + "$")
_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class BackupSettings:
    """Where this machine keeps backups and how many automatic ones of each reason it keeps."""

    folder: Path
    keep: int
    custom_folder: bool  # False: the default <data dir>/backups


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in a folder."""

    path: Path
    taken_at: datetime  # aware UTC, from the name
    reason: str
    size: int

    @property
    def automatic(self) -> bool:
        """Whether the application made it by itself (and may prune it)."""
        return self.reason in AUTOMATIC


@dataclass(frozen=True)
class BackupCheck:
    """What check_backup found: ``problem`` (an English source message with ``params``) or the contents."""

    path: Path
    problem: str | None = None
    params: dict | None = None
    revision: str = ""
    outlet_code: str = ""
    outlet_name: str = ""
    jobs: int = 0

    @property
    def ok(self) -> bool:
        """Whether the file can be restored."""
        return self.problem is None

    @property
    def outlet(self) -> str:
        """The outlet the backup belongs to, as "SH01 上海浦东网点"."""
        return outlet_label(self.outlet_code, self.outlet_name)

    def error(self) -> Problem:
        """The problem as an exception (for callers that refuse)."""
        return Problem("bad-backup", self.problem or "", **(self.params or {}))


@dataclass(frozen=True)
class RestoreResult:
    """What restore_backup did."""

    restored_from: Path
    pre_restore_backup: Path | None  # None when the data folder held no database
    revision_before_migration: str
    migrated: bool
    outlet_code: str
    outlet_name: str


# ---- settings ------------------------------------------------------------------------------------

def _local_state(data_dir: Path) -> dict[str, str]:
    path = database_path(data_dir)
    if not path.is_file():
        return {}
    with closing(sqlite3.connect(path, timeout=15)) as connection:
        try:
            rows = connection.execute("SELECT key, value FROM local_state WHERE key IN (?, ?)",
                                      (FOLDER_KEY, KEEP_KEY)).fetchall()
        except sqlite3.OperationalError:  # an empty database: no tables yet
            return {}
    return dict(rows)


def get_backup_settings(data_dir: Path) -> BackupSettings:
    """This machine's backup folder and retention (defaults: <data dir>/backups, 14)."""
    values = _local_state(data_dir)
    folder = values.get(FOLDER_KEY, "").strip()
    keep = values.get(KEEP_KEY, "")
    keep_number = int(keep) if keep.isdigit() else DEFAULT_KEEP
    return BackupSettings(Path(folder).expanduser() if folder else backups_dir(data_dir),
                          max(MIN_KEEP, min(MAX_KEEP, keep_number)), bool(folder))


def set_backup_settings(data_dir: Path, folder: Path | None, keep: int) -> BackupSettings:
    """Store this machine's backup folder (None: the default) and retention (1 to 365); returns them."""
    if not MIN_KEEP <= keep <= MAX_KEEP:
        raise Problem("bad-keep", N_("Keep between {min} and {max} automatic backups."),
                      min=MIN_KEEP, max=MAX_KEEP)
    path = database_path(data_dir)
    if not path.is_file():
        raise Problem("no-database", N_("There is no outlet database in {folder}."), folder=str(data_dir))
    # The default folder is stored as "" so that it follows the data folder if that moves.
    chosen = Path(folder).expanduser().absolute() if folder is not None else None
    value = "" if chosen is None or chosen == backups_dir(data_dir).absolute() else str(chosen)
    with closing(sqlite3.connect(path, timeout=15)) as connection, connection:
        for key, text in ((FOLDER_KEY, value), (KEEP_KEY, str(keep))):
            connection.execute("INSERT INTO local_state (key, value) VALUES (?, ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, text))
    return get_backup_settings(data_dir)


# ---- taking backups ------------------------------------------------------------------------------

def backup_database(source: Path, folder: Path, reason: str, now: datetime | None = None) -> Path:
    """Copy the database with SQLite's online backup API into ``folder``; return the copy's path.

    The copy is written under a temporary name and renamed when complete, so a half-written
    file (a full disk, a crash) is never taken for a backup. It is one file (rollback journal
    mode), readable without its -wal.
    """
    if not Path(source).is_file():
        raise Problem("no-database", N_("There is no database at {path} to back up."), path=str(source))
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime(_STAMP_FORMAT)
    stem = Path(source).stem
    counter = 1
    target = folder / f"{stem}-{stamp}-{reason}{SUFFIX}"
    while target.exists():  # two backups in the same second keep both
        counter += 1
        target = folder / f"{stem}-{stamp}{counter}-{reason}{SUFFIX}"
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(source, timeout=15)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)  # one step: a consistent snapshot even while others write
            dst.execute("PRAGMA journal_mode=DELETE")
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        _log.exception("%s backup of %s into %s failed", reason, source, folder)
        raise
    _log.info("%s backup written: %s", reason, target)
    return target


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (files named as backups are; others are ignored)."""
    found = []
    try:
        entries = list(Path(folder).iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        reason = match["reason"]
        if reason.startswith("before-"):  # older versions' pre-migration copies
            reason = PRE_MIGRATION
        taken = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=timezone.utc)
        found.append((taken, int(match["counter"] or 1), BackupInfo(path, taken, reason, path.stat().st_size)))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _taken, _counter, info in found]


def prune_backups(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups of each reason; manual ones stay. Returns the deleted."""
    deleted = []
    seen: dict[str, int] = {}
    for info in list_backups(folder):
        if not info.automatic:
            continue
        seen[info.reason] = seen.get(info.reason, 0) + 1
        if seen[info.reason] > keep:
            info.path.unlink(missing_ok=True)
            deleted.append(info.path)
            _log.info("old %s backup deleted (keeping %d): %s", info.reason, keep, info.path)
    return deleted


def backup_now(data_dir: Path, reason: str = MANUAL, *, folder: Path | None = None,
               now: datetime | None = None) -> Path:
    """Back up the outlet database in ``data_dir`` (into ``folder`` or the configured one); the copy's path.

    Automatic reasons are pruned to the configured number afterwards.
    """
    settings = get_backup_settings(data_dir)
    target_folder = Path(folder).expanduser() if folder is not None else settings.folder
    path = backup_database(database_path(data_dir), target_folder, reason, now)
    if reason in AUTOMATIC:
        prune_backups(target_folder, settings.keep)
    return path


def backup_before_migration(db_path: Path, default_folder: Path) -> Path:
    """The "pre-migration" copy a schema upgrade takes first: into this machine's folder, pruned."""
    data_dir = Path(db_path).parent
    settings = get_backup_settings(data_dir) if database_path(data_dir) == Path(db_path) else None
    folder = settings.folder if settings is not None and settings.custom_folder else Path(default_folder)
    path = backup_database(Path(db_path), folder, PRE_MIGRATION)
    prune_backups(folder, settings.keep if settings is not None else DEFAULT_KEEP)
    return path


def daily_backup_if_due(data_dir: Path, now: datetime) -> Path | None:
    """Take today's daily backup unless the backup folder already has one from this local calendar day."""
    if not database_path(data_dir).is_file():
        return None
    settings = get_backup_settings(data_dir)
    today = now.astimezone().date()
    for info in list_backups(settings.folder):
        if info.reason == DAILY and info.taken_at.astimezone().date() == today:
            return None
    return backup_now(data_dir, DAILY, now=now)


# ---- checking and restoring ----------------------------------------------------------------------

def _read_only(path: Path) -> sqlite3.Connection:
    # immutable: no -wal/-shm files are made beside the chosen file, nothing in it can change.
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro&immutable=1", uri=True)


def check_backup(path: Path) -> BackupCheck:
    """Open ``path`` read-only and tell whether it is a sound outlet database this version can restore."""
    from aftersales_desktop.storage.migrate import HEAD_REVISION

    path = Path(path)
    name = path.name
    try:
        with open(path, "rb") as file:
            header = file.read(len(_SQLITE_HEADER))
    except OSError as error:
        return BackupCheck(path, N_("The file {name} cannot be read: {error}"),
                           {"name": name, "error": error.strerror or str(error)})
    if header != _SQLITE_HEADER:
        return BackupCheck(path, N_("{name} is not a database backup (it is not a SQLite file)."), {"name": name})
    try:
        with closing(_read_only(path)) as connection:
            results = [row[0] for row in connection.execute("PRAGMA integrity_check(20)")]
            if results != ["ok"]:
                return BackupCheck(path, N_("{name} is damaged: {detail}"),
                                   {"name": name, "detail": "; ".join(results[:3])})
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables or "outlets" not in tables or "local_state" not in tables:
                return BackupCheck(path, N_("{name} is a SQLite file but not an after-sales database."),
                                   {"name": name})
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = revision[0] if revision else ""
            if not revision or revision > HEAD_REVISION:
                return BackupCheck(path, N_("{name} was made by a newer version of the application (schema "
                                            "{revision}); install that version to restore it."),
                                   {"name": name, "revision": revision or "?"}, revision)
            outlet_id = connection.execute("SELECT value FROM local_state WHERE key = 'outlet_id'").fetchone()
            outlet = connection.execute("SELECT code, name FROM outlets WHERE id = ?",
                                        (outlet_id[0] if outlet_id else "",)).fetchone()
            if outlet is None:
                return BackupCheck(path, N_("{name} holds no outlet: it was made before the outlet was set up."),
                                   {"name": name}, revision)
            jobs = connection.execute("SELECT count(*) FROM jobs").fetchone()[0] if "jobs" in tables else 0
    except sqlite3.DatabaseError as error:
        return BackupCheck(path, N_("{name} is damaged: {detail}"), {"name": name, "detail": str(error)})
    return BackupCheck(path, None, None, revision, outlet[0], outlet[1], jobs)


def outlet_label(code: str, name: str) -> str:
    """"SH01 上海浦东网点" (the name alone when it already starts with the code)."""
    return name if name.startswith(code) else f"{code} {name}".strip()


def current_outlet_of(data_dir: Path) -> tuple[str, str] | None:
    """(code, name) of the outlet whose database is in ``data_dir``, or None when there is none."""
    path = database_path(data_dir)
    if not path.is_file():
        return None
    try:
        with closing(sqlite3.connect(path, timeout=15)) as connection:
            return connection.execute(
                "SELECT code, name FROM outlets WHERE id = (SELECT value FROM local_state WHERE key = 'outlet_id')"
            ).fetchone()
    except sqlite3.DatabaseError:
        return None


def _save_current(data_dir: Path, folder: Path) -> Path | None:
    """The pre-restore copy of the current database; a damaged one is copied byte for byte instead."""
    source = database_path(data_dir)
    if not source.is_file():
        return None
    try:
        return backup_database(source, folder, PRE_RESTORE)
    except sqlite3.DatabaseError:
        # The database being replaced may be the broken one: keep its bytes for whoever repairs it.
        stamp = datetime.now(timezone.utc).strftime(_STAMP_FORMAT)
        target = folder / f"{source.stem}-{stamp}-{PRE_RESTORE}-damaged{SUFFIX}"
        shutil.copyfile(source, target)
        for extra in ("-wal", "-shm"):
            if Path(str(source) + extra).is_file():
                shutil.copyfile(Path(str(source) + extra), Path(str(target) + extra))
        return target


def restore_backup(path: Path, data_dir: Path, *, confirmed: bool) -> RestoreResult:
    """Replace the database in ``data_dir`` with the backup at ``path``; Problem when refused.

    Refuses without ``confirmed`` and refuses a file that fails check_backup. The current database
    is first backed up ("pre-restore"). Every connection to the database must be closed first (the
    GUI disposes its engine); stale -wal/-shm files are removed so they cannot be replayed into the
    restored file. A backup at an older schema is migrated.
    """
    from aftersales_desktop.storage.database import open_database

    if not confirmed:
        raise Problem("not-confirmed", N_("Restoring replaces the outlet database: it needs a confirmation."))
    check = check_backup(path)
    if not check.ok:
        _log.warning("restore of %s refused: %s", path, check.error())
        raise check.error()
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    target = database_path(data_dir)
    settings = get_backup_settings(data_dir)
    saved = _save_current(data_dir, settings.folder)
    if saved is not None:
        prune_backups(settings.folder, settings.keep)
    incoming = data_dir / f".restore-{os.getpid()}{SUFFIX}"
    incoming.unlink(missing_ok=True)
    try:
        with closing(_read_only(Path(path))) as src, closing(sqlite3.connect(incoming)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            if dst.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise Problem("bad-backup", N_("{name} is damaged: {detail}"), name=Path(path).name,
                              detail="copy failed its integrity check")
        # A -wal left beside the old file would be replayed into the restored one: remove both.
        for extra in ("-wal", "-shm", "-journal"):
            Path(str(target) + extra).unlink(missing_ok=True)
        os.replace(incoming, target)
    finally:
        incoming.unlink(missing_ok=True)
    migrated = check.revision != _head()
    db = open_database(data_dir)  # migrates an older schema (taking its own pre-migration copy)
    db.dispose()
    _log.info("restored %s (outlet %s, schema %s%s) into %s; the replaced database was saved as %s", path,
              check.outlet_code, check.revision, ", migrated" if migrated else "", target, saved)
    return RestoreResult(Path(path), saved, check.revision, migrated, check.outlet_code, check.outlet_name)


def _head() -> str:
    from aftersales_desktop.storage.migrate import HEAD_REVISION

    return HEAD_REVISION
