"""This installation's sync state in local_state: cheap reads for the status bar at start-up.

Nothing here imports the crypto, bundle or share modules, so the main window can show "synced
3 min ago" without loading them; the first cycle does, a few seconds after start.
"""

from __future__ import annotations

import json
from datetime import datetime

from aftersales_desktop.i18n import N_
from aftersales_desktop.storage.database import Database
from aftersales_desktop.storage.models import LocalState

DEFAULT_INTERVAL_MINUTES = 5
LOG_LINES_KEPT = 5000

SHARE_PATH_KEY = "sync.share_path"
SHARE_ID_KEY = "sync.share_id"
HQ_KEY_KEY = "sync.hq_public_key"
PUBLIC_KEY_KEY = "sync.public_key"
ROLE_KEY = "sync.role"
SITE_NAME_KEY = "sync.site_name"
INTERVAL_KEY = "sync.interval_minutes"
#: Days a published change stays in the outbox after its bundle is verified on the share.
OUTBOX_RETENTION_KEY = "sync.outbox_retention_days"
DEFAULT_OUTBOX_RETENTION_DAYS = 7
LAST_SUCCESS_KEY = "sync.last_success"
ROSTER_VERSION_KEY = "sync.roster_version"
#: The newest roster document this site verified (or, HQ, published): what a file removed, zeroed or
#: restored on the share cannot take back. JSON of ``Roster.to_document()``.
ROSTER_DOCUMENT_KEY = "sync.roster_document"
#: What the last cycle found wrong with the share's rosters while this site went on with its kept
#: copy: JSON {code, found, kept, message, params}; "" when nothing.
ROSTER_PROBLEM_KEY = "sync.roster_problem"
# The outlet code a new computer asked to join (the wizard's "Join an outlet"); it stays as a record.
JOINING_OUTLET_KEY = "sync.joining_outlet"
# The site id this installation had before it was re-keyed (restored from an old backup); "" or absent otherwise.
REKEY_OF_KEY = "sync.rekey_of"


#: Why another site's stream stopped (``sync_streams.kind``), as the sync log and the Sync page say it.
#: Params: site, seq, since; first and second (hash prefixes) for an equivocation.
STREAM_MESSAGES = {
    "waiting": N_("Waiting for bundle {seq} of site {site} since {since}: a later bundle is on the share, "
                  "this one is not yet."),
    "equivocation": N_("Site {site} signed two different bundles numbered {seq} ({first} and {second}): its "
                       "changes are no longer applied here until head office sorts it out."),
    "forked": N_("Bundle {seq} of site {site} does not follow the bundle applied here: the site's history has "
                 "split. Its changes are no longer applied here until head office sorts it out."),
}


def set_local(db: Database, values: dict[str, str]) -> None:
    """Store ``values`` under their keys in local_state (this installation's own settings)."""
    with db.transaction() as session:
        for key, value in values.items():
            row = session.get(LocalState, key)
            if row is None:
                session.add(LocalState(key=key, value=value))
            else:
                row.value = value


def roster_version_seen(db: Database) -> int:
    """The highest roster version this site has verified (0 before its first cycle)."""
    value = db.local_value(ROSTER_VERSION_KEY) or ""
    return int(value) if value.isdigit() else 0


def kept_roster_document(db: Database) -> dict | None:
    """This site's copy of the newest roster document it verified or published; None when it has none."""
    value = db.local_value(ROSTER_DOCUMENT_KEY)
    if not value:
        return None
    try:
        document = json.loads(value)
    except ValueError:
        return None
    return document if isinstance(document, dict) else None


def keep_roster_document(db: Database, version: int, document: dict) -> None:
    """Remember a verified roster (its version and document), unless a newer one is kept already."""
    seen, kept = roster_version_seen(db), kept_roster_document(db)
    if kept is not None and (version < seen or (version == seen and kept == document)):
        return  # nothing newer: no write transaction in every cycle
    set_local(db, {ROSTER_VERSION_KEY: str(max(version, roster_version_seen(db))),
                   ROSTER_DOCUMENT_KEY: json.dumps(document, ensure_ascii=False, sort_keys=True)})


def roster_problem(db: Database) -> dict | None:
    """What the last cycle found wrong with the share's rosters ({code, found, kept, message, params}), or None."""
    value = db.local_value(ROSTER_PROBLEM_KEY)
    if not value:
        return None
    try:
        problem = json.loads(value)
    except ValueError:
        return None
    return problem if isinstance(problem, dict) else None


def interval_minutes(db: Database) -> int:
    """Minutes between automatic cycles in the GUI."""
    value = db.local_value(INTERVAL_KEY) or ""
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_INTERVAL_MINUTES


def set_interval_minutes(db: Database, minutes: int) -> None:
    """Change the automatic sync interval (1 to 1440 minutes)."""
    set_local(db, {INTERVAL_KEY: str(max(1, min(1440, minutes)))})


def last_success(db: Database) -> datetime | None:
    """When the last cycle completed."""
    from aftersales_desktop.storage.types import from_utc_text

    value = db.local_value(LAST_SUCCESS_KEY)
    return from_utc_text(value) if value else None


def is_joined(db: Database) -> bool:
    """Whether this installation takes part in a share (one local read)."""
    return bool(db.local_value(SHARE_PATH_KEY))


def waiting(db: Database) -> int:
    """Local changes not yet in a bundle on the share."""
    with db.raw_transaction() as connection:
        pending = connection.exec_driver_sql(
            "SELECT coalesce(sum(count), 0) FROM sync_published WHERE state = 'pending'").scalar_one()
        unpublished = connection.exec_driver_sql("SELECT count(*) FROM outbox WHERE published = 0").scalar_one()
        return unpublished + pending


def outbox_retention_days(db: Database) -> int:
    """Days published changes are kept in the outbox (0: removed as soon as their bundle is verified)."""
    value = (db.local_value(OUTBOX_RETENTION_KEY) or "").strip()
    return int(value) if value.isdigit() else DEFAULT_OUTBOX_RETENTION_DAYS


def set_outbox_retention_days(db: Database, days: int) -> None:
    """Keep published changes ``days`` days (0 to 3650) before pruning them."""
    set_local(db, {OUTBOX_RETENTION_KEY: str(max(0, min(3650, days)))})


#: Days a bundle stays on the share at least, even when every site acknowledged it and a snapshot covers
#: it; a site silent longer than this no longer holds bundles back (it catches up from the snapshot).
BUNDLE_RETENTION_KEY = "sync.bundle_retention_days"
DEFAULT_BUNDLE_RETENTION_DAYS = 30


def bundle_retention_days(db: Database) -> int:
    """Days head office keeps acknowledged bundles on the share before pruning them (docs/share-pruning.md)."""
    value = (db.local_value(BUNDLE_RETENTION_KEY) or "").strip()
    return int(value) if value.isdigit() else DEFAULT_BUNDLE_RETENTION_DAYS


def set_bundle_retention_days(db: Database, days: int) -> None:
    """Keep acknowledged bundles ``days`` days (0 to 3650) on the share before pruning them."""
    set_local(db, {BUNDLE_RETENTION_KEY: str(max(0, min(3650, days)))})
