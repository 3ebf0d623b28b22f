"""Sync for the GUI: the state a status bar shows, the sync log, and the share steps with their permission checks.

Roles are checked here, not only by hiding buttons: looking needs VIEW_SYNC, changing how this
installation takes part in a share needs EDIT_SETTINGS (an outlet manager). Functions that read
the share (``run_cycle``, ``read_share_state`` and the share steps) can wait on a slow network
drive: callers run them off the GUI thread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from aftersales_desktop.domain.errors import PermissionDenied, ValidationError, user_message
from aftersales_desktop.domain.permissions import Action
from aftersales_desktop.i18n import tr
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.storage.database import Database
from aftersales_desktop.storage.models import StreamProblem, SyncLogEntry

LOG_LINES = 500


def data_dir_of(db: Database) -> Path:
    """The data folder of an installation (its database file lives there)."""
    return Path(db.path).parent


def is_joined(db: Database) -> bool:
    """Whether this installation takes part in a share (one local read: fine on the GUI thread)."""
    from aftersales_desktop.sync.state import is_joined as joined

    return joined(db)


def sync_errors() -> tuple[type[Exception], ...]:
    """The errors a sync step reports as a message to the user rather than as a bug."""
    from aftersales_desktop.sync.bundle import BundleRejected
    from aftersales_desktop.sync.engine import SyncError
    from aftersales_desktop.sync.keys import KeyStoreError
    from aftersales_desktop.sync.share import ShareError

    return (SyncError, ShareError, KeyStoreError, BundleRejected, ValidationError, PermissionDenied)


def error_text(error: Exception) -> str:
    """The translated message of an error a sync step raised."""
    message = getattr(error, "message", None)
    if isinstance(message, str):
        try:
            return tr(message, **getattr(error, "params", {}))
        except (KeyError, IndexError, ValueError):
            return str(error)
    return user_message(error)


def error_code(error: Exception) -> str:
    """A short code for an error a sync step raised ("unreachable", "key_store", ...)."""
    from aftersales_desktop.sync.keys import KeyStoreError

    if isinstance(error, KeyStoreError):
        return "key_store"
    if isinstance(error, (ValidationError, PermissionDenied)):
        return "refused"
    return getattr(error, "code", "") or "error"


# ---- status and cycles --------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows: membership, last success, changes waiting, and the last cycle's outcome.

    ``report`` is the CycleReport of a cycle that completed; ``error_code`` and ``error_text`` say
    why one did not ("" when it did, or when no cycle ran yet).
    """

    joined: bool
    last_success: datetime | None
    waiting: int
    report: object | None = None
    error_code: str = ""
    error_text: str = ""


def read_status(db: Database, data_dir: Path) -> SyncStatus:
    """Membership, last success and changes waiting, without touching the share."""
    from aftersales_desktop.sync.state import last_success, waiting

    return SyncStatus(is_joined(db), last_success(db), waiting(db))


def run_cycle(db: Database, data_dir: Path) -> SyncStatus:
    """One sync cycle; a cycle that cannot run is reported in the result, not raised."""
    from aftersales_desktop.sync.engine import SyncEngine
    from aftersales_desktop.sync.state import last_success

    engine = SyncEngine(db, data_dir)
    try:
        report = engine.run_cycle()
    except sync_errors() as error:
        return SyncStatus(is_joined(db), last_success(db), engine.waiting(), None, error_code(error),
                          error_text(error))
    return SyncStatus(True, last_success(db), report.waiting, report)


# ---- the sync log -------------------------------------------------------------------------------


def translated(message: str, params: dict) -> str:
    """``message`` with ``params`` in the interface's language; raw when they do not fit it.

    A line written by another version may name values this message does not.
    """
    try:
        return tr(message, **params)
    except (KeyError, IndexError, ValueError):
        return message


@dataclass(frozen=True)
class LogLine:
    """One line of the sync log: when, "info"/"warning"/"error", and the English message with its values."""

    at: datetime
    level: str
    message: str
    params: dict = field(default_factory=dict)

    def text(self) -> str:
        """The message in the interface's language."""
        return translated(self.message, self.params)


def sync_log(ctx: AppContext, limit: int = LOG_LINES) -> list[LogLine]:
    """The newest lines of the sync log, newest first."""
    ctx.require(Action.VIEW_SYNC)
    with ctx.db.reader() as session:
        rows = session.execute(select(SyncLogEntry.at, SyncLogEntry.level, SyncLogEntry.message,
                                      SyncLogEntry.params)
                               .order_by(SyncLogEntry.id.desc()).limit(limit)).all()
    lines = []
    for at, level, message, params in rows:
        try:
            values = json.loads(params or "{}")
        except ValueError:
            values = {}
        lines.append(LogLine(at, level, message, values if isinstance(values, dict) else {}))
    return lines


# ---- streams that stopped ------------------------------------------------------------------------

@dataclass(frozen=True)
class StreamProblemInfo:
    """Why another site's changes stopped arriving here, as the Problems tab lists it.

    ``kind`` is "waiting" (bundle ``seq`` is missing while a later one is on the share),
    "equivocation" (two different validly signed bundles numbered ``seq``; ``detail["hashes"]``
    holds both file hashes) or "forked" (bundle ``seq`` does not follow the one applied here;
    ``detail`` has its hash, its previous hash and the applied one's). ``since``: when it started,
    in UTC. ``site_name``: from this site's copy of the roster; "" when the roster does not list it.
    """

    site_id: str
    site_name: str
    kind: str
    seq: int
    since: datetime
    detail: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The English source sentence (pass ``params`` to ``tr``), the one the sync log uses."""
        from aftersales_desktop.sync.state import STREAM_MESSAGES

        return STREAM_MESSAGES.get(self.kind, STREAM_MESSAGES["forked"])

    @property
    def params(self) -> dict:
        """The values of ``message``."""
        hashes = [str(h) for h in self.detail.get("hashes") or []] + ["", ""]
        since = self.since.astimezone().strftime("%Y-%m-%d %H:%M") if self.since else ""
        return {"site": self.site_name or self.site_id[:8], "seq": self.seq, "since": since,
                "first": hashes[0][:16], "second": hashes[1][:16]}

    def text(self) -> str:
        """The problem in the interface's language."""
        return tr(self.message, **self.params)


def stream_problems(ctx: AppContext) -> list[StreamProblemInfo]:
    """Other sites whose bundles stopped applying here (waiting for a gap, equivocation, fork), oldest first.

    Local reads only (the roster names come from this site's kept copy): fine on the GUI thread.
    """
    from aftersales_desktop.sync.state import kept_roster_document

    ctx.require(Action.VIEW_SYNC)
    with ctx.db.reader() as session:
        rows = session.execute(select(StreamProblem.site_id, StreamProblem.kind, StreamProblem.seq,
                                      StreamProblem.since, StreamProblem.detail)
                               .order_by(StreamProblem.since, StreamProblem.site_id)).all()
    roster = kept_roster_document(ctx.db) or {}
    sites = roster.get("sites") if isinstance(roster.get("sites"), dict) else {}
    problems = []
    for site_id, kind, seq, since, detail in rows:
        try:
            values = json.loads(detail or "{}")
        except ValueError:
            values = {}
        entry = sites.get(site_id)
        name = str(entry.get("name") or "") if isinstance(entry, dict) else ""
        problems.append(StreamProblemInfo(site_id, name, kind, seq, since, values if isinstance(values, dict) else {}))
    return problems


@dataclass(frozen=True)
class RosterProblem:
    """What is wrong with the share's rosters while this site goes on with its own copy (version ``kept``).

    ``code``: "rollback" (the share offers only older versions: files removed or restored from an
    old copy), "roster_damaged" (the newest file is empty, unreadable or not signed by head office)
    or "roster_missing" (no roster file at all). ``found``: the newest valid version on the share
    (0 when none). Head office repairs it with ``republish_roster``.
    """

    code: str
    found: int
    kept: int
    message: str
    params: dict = field(default_factory=dict)

    def text(self) -> str:
        """The problem in the interface's language."""
        return translated(self.message, self.params)


def roster_problem(ctx: AppContext) -> RosterProblem | None:
    """What the last cycle found wrong with the share's rosters, or None (a local read: fine on the GUI thread)."""
    from aftersales_desktop.sync.state import roster_problem as stored

    ctx.require(Action.VIEW_SYNC)
    problem = stored(ctx.db)
    if problem is None:
        return None
    params = problem.get("params") if isinstance(problem.get("params"), dict) else {}
    return RosterProblem(str(problem.get("code", "")), int(problem.get("found") or 0), int(problem.get("kept") or 0),
                         str(problem.get("message", "")), params)


# ---- membership ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Membership:
    """How this installation takes part in its share, as the Share tab shows it."""

    share_path: str
    role: str  # "hq" or "outlet"
    site_name: str
    site_id: str
    fingerprint: str  # of this site's public key: read out to head office on the phone
    interval_minutes: int
    key_store: str

    @property
    def is_hq(self) -> bool:
        return self.role == "hq"


def membership(ctx: AppContext) -> Membership | None:
    """This installation's share membership, or None before it joined one (local reads only)."""
    from aftersales_desktop.sync import keys
    from aftersales_desktop.sync.engine import load_config
    from aftersales_desktop.sync.state import interval_minutes

    ctx.require(Action.VIEW_SYNC)
    config = load_config(ctx.db)
    if config is None:
        return None
    return Membership(config.share_path, config.role, config.site_name, ctx.db.site_id,
                      keys.fingerprint(config.public_key), interval_minutes(ctx.db), keys.key_store_description())


def sync_interval(db: Database) -> int:
    """Minutes between automatic cycles."""
    from aftersales_desktop.sync.state import interval_minutes

    return interval_minutes(db)


@dataclass(frozen=True)
class ShareState:
    """The share's roster, the join requests waiting (head office only), and whether this site is approved."""

    sites: list
    requests: list
    approved: bool
    # A membership.RekeyState: this installation is behind its own bundles (restored from an old
    # backup) or waits for its re-key's approval; None when neither, or when it could not be read.
    rekey: object | None = None
    # Outlet id -> "code name" of the outlets this installation knows, for the Sites tab's groups.
    outlet_labels: dict = field(default_factory=dict)


def read_share_state(ctx: AppContext) -> ShareState:
    """The roster and, for head office, the join requests waiting (reads the share)."""
    from aftersales_desktop.sync import membership as members

    ctx.require(Action.VIEW_SYNC)
    info = membership(ctx)
    if info is None:
        return ShareState([], [], False)
    sites = members.roster_overview(ctx.db)
    requests = members.pending_requests(ctx.db) if info.is_hq else []
    approved = any(site.is_self and site.status == "active" for site in sites)
    rekey = members.rekey_state(ctx.db)
    return ShareState(sites, requests, approved, rekey if rekey and (rekey.behind or rekey.rekey_of) else None,
                      outlet_labels(ctx.db))


def outlet_labels(db: Database) -> dict[str, str]:
    """Outlet id -> 'SH01 上海浦东网点' (the code and name) of every outlet this installation holds."""
    from aftersales_desktop.storage.models import Outlet

    with db.reader() as session:
        rows = session.execute(select(Outlet.id, Outlet.code, Outlet.name)).all()
    return {outlet_id: name if name.startswith(code) else f"{code} {name}" for outlet_id, code, name in rows}


def set_up_share(ctx: AppContext, folder: Path | str) -> None:
    """Head office: make ``folder`` a new share with this installation as head office."""
    from aftersales_desktop.sync import membership as members

    ctx.require(Action.EDIT_SETTINGS)
    members.initialise_share(ctx.db, folder)


def join_share(ctx: AppContext, folder: Path | str, request_file: Path | None = None) -> None:
    """An outlet: join the share in ``folder``; the request goes to the share, or to ``request_file``."""
    from aftersales_desktop.sync import membership as members

    ctx.require(Action.EDIT_SETTINGS)
    members.join_share(ctx.db, folder, request_file=request_file)


_JOIN_FIELDS = {"outlet_code": "code", "device_name": "device", "unreachable": "folder", "not_share": "folder",
                "different": "folder", "has_outlet": "code", "joined": "folder"}


def join_outlet(db: Database, folder: Path | str, outlet_code: str, device_name: str,
                request_file: Path | None = None) -> None:
    """First start of a new computer of an existing outlet: ask to join it (no one is logged in yet).

    Problems come back as a ValidationError on the wizard's field they belong to.
    """
    from aftersales_desktop.sync import membership as members
    from aftersales_desktop.sync.engine import SyncError
    from aftersales_desktop.sync.share import ShareError

    if not str(folder).strip():
        raise ValidationError.single("folder", "Choose the shared folder head office set up.")
    try:
        members.join_outlet(db, Path(str(folder).strip()), outlet_code, device_name, request_file=request_file)
    except (SyncError, ShareError) as error:
        raise ValidationError.single(_JOIN_FIELDS.get(error.code, "folder"), error.message,
                                     **error.params) from error


def join_progress(db: Database, *, read_share: bool = True):  # noqa: ANN201 - a membership.JoinProgress or None
    """How far this computer's join of an outlet got (None: it never asked); ``read_share``: look for the approval."""
    from aftersales_desktop.sync import membership as members

    return members.join_progress(db, read_share=read_share)


def receive_outlet(db: Database, progress=None):  # noqa: ANN001, ANN201 - a CycleReport
    """Run one sync cycle for a computer that was just admitted: it brings the outlet's data."""
    from aftersales_desktop.sync.engine import SyncEngine

    engine = SyncEngine(db, data_dir_of(db))
    if progress is not None and hasattr(engine, "bootstrap_progress"):
        engine.bootstrap_progress = progress
    return engine.run_cycle()


def approve_site(ctx: AppContext, site_or_file: str) -> str:
    """Head office: admit a site by its request on the share (site id) or a request file; its name."""
    from aftersales_desktop.sync import membership as members

    ctx.require(Action.EDIT_SETTINGS)
    return members.approve(ctx.db, site_or_file).name


def revoke_site(ctx: AppContext, site_id: str) -> None:
    """Head office: refuse a site's changes from now on (a lost laptop)."""
    from aftersales_desktop.sync import membership as members

    ctx.require(Action.EDIT_SETTINGS)
    members.revoke(ctx.db, site_id)


def rekey_site(ctx: AppContext) -> str:
    """Give this installation, restored from an old backup, a new site identity keeping its data; the new id.

    Head office then approves the new key as usual; the work the old identity published after the
    backup comes back with the next cycles.
    """
    from aftersales_desktop.sync import membership as members

    ctx.require(Action.EDIT_SETTINGS)
    members.rekey(ctx.db)
    return ctx.db.site_id


def move_share(ctx: AppContext, folder: Path | str) -> None:
    """Find the share at ``folder`` from now on (a new drive letter); refused unless it is the same share."""
    from aftersales_desktop.sync.engine import load_config, set_share_path
    from aftersales_desktop.sync.share import Share

    ctx.require(Action.EDIT_SETTINGS)
    config = load_config(ctx.db)
    if config is None:
        raise ValidationError.single("share", "This installation has not joined a share yet.")
    # Pointing at a different or empty folder would only make every later cycle refuse: check now.
    Share(Path(folder)).check(config.share_id, config.hq_public_key)
    set_share_path(ctx.db, str(Path(folder)))


def change_interval(ctx: AppContext, minutes: int) -> int:
    """Set the minutes between automatic cycles (1 to 1440); returns what was stored."""
    from aftersales_desktop.sync.state import interval_minutes, set_interval_minutes

    ctx.require(Action.EDIT_SETTINGS)
    set_interval_minutes(ctx.db, minutes)
    return interval_minutes(ctx.db)


def republish_roster(ctx: AppContext) -> int:
    """Head office: publish its own copy of the newest roster again as a new version; returns that version."""
    from aftersales_desktop.sync import membership as members

    ctx.require(Action.EDIT_SETTINGS)
    return members.republish_roster(ctx.db).version


def publish_snapshot(ctx: AppContext) -> str:
    """Head office: publish a signed snapshot of everything, so new sites start from it; its file name."""
    from aftersales_desktop.sync import membership as members

    ctx.require(Action.EDIT_SETTINGS)
    return members.publish_snapshot(ctx.db, data_dir_of(ctx.db))
