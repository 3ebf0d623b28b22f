"""Pruning of the share: sites acknowledge what they applied, head office removes bundles all hold.

Each site keeps one signed file, ``acks/<site>.ack`` (only it writes that name): per origin site the
highest seq it applied, and for itself the highest of its own bundles it verified on the share (its
outbox was pruned past it). Head office removes a bundle file when every active site that spoke
within the retention acknowledged it, the newest snapshot covers it, it is older than the retention,
and it is not its origin's newest bundle (a missing next bundle then always shows as a gap). Only
files go, never data. A site that comes back after its next bundle was removed catches up from the
snapshot (``catch_up_from_snapshot``); its own unpublished changes stay in its outbox and go out.
See docs/share-pruning.md.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from aftersales_desktop.i18n import N_
from aftersales_desktop.storage.database import Database
from aftersales_desktop.storage.models import INSERT_ONLY
from aftersales_desktop.storage.types import from_utc_text, to_utc_text
from aftersales_desktop.sync import keys
from aftersales_desktop.sync.share import (Roster, Share, ShareError, encode_signed_document,
                                           verify_signed_document)
from aftersales_desktop.sync.state import bundle_retention_days, set_local

_log = logging.getLogger("aftersales.sync")

ACKS_DIR = "acks"
ACK_SUFFIX = ".ack"
KIND_ACK = "aftersales.ack"
ACK_MAX_BYTES = 1024 * 1024
#: What this site last put in its acknowledgement (JSON of the applied map): unchanged, nothing is written.
ACK_PUBLISHED_KEY = "sync.ack_published"
#: The snapshot a catch-up last looked at without finding what it needed (not read again each cycle).
CATCH_UP_CHECKED_KEY = "sync.catch_up_checked"
#: Head office: the newest snapshot's name and cursors, so a prune need not read the whole image again.
SNAPSHOT_CURSORS_KEY = "sync.snapshot_cursors"
#: Head office: the newest valid acknowledgement of each site (JSON {site: {applied, at}}).
ACKS_SEEN_KEY = "sync.acks_seen"
#: Seconds to sleep between two deletions (tests kill a prune half-way with it).
PAUSE_ENV = "AFTERSALES_PRUNE_PAUSE"


@dataclass(frozen=True)
class Acknowledgement:
    """What one site says it holds: per origin site the highest seq applied (itself: verified), and when."""

    site_id: str
    applied: dict[str, int]
    at: datetime


# ---- acknowledgements ---------------------------------------------------------------------------


def ack_path(share: Share, site_id: str) -> Path:
    """``acks/<site id>.ack``: the one file ``site_id`` writes there (the site id is checked, never a path)."""
    return share.base / ACKS_DIR / f"{keys.check_site_id(site_id)}{ACK_SUFFIX}"


def applied_here(db: Database) -> dict[str, int]:
    """Per origin site the highest seq this site applied; for itself the newest of its bundles verified."""
    with db.raw_transaction() as connection:
        applied = {site: int(seq) for site, seq in connection.exec_driver_sql(
            "SELECT site_id, last_seq FROM sync_cursors WHERE last_seq > 0")}
        own = connection.exec_driver_sql(
            "SELECT max(seq) FROM sync_published WHERE state = 'pruned'").scalar()
    if own:
        applied[db.site_id] = int(own)
    return applied


def publish_acknowledgement(db: Database, share: Share, share_id: str, private_key: bytes, now: datetime) -> bool:
    """Write this site's acknowledgement as acks/<site>.ack when it changed; True when written."""
    applied = applied_here(db)
    text = json.dumps(applied, sort_keys=True)
    path = ack_path(share, db.site_id)
    try:
        kept = json.loads(db.local_value(ACK_PUBLISHED_KEY) or "{}")
    except ValueError:
        kept = {}
    if isinstance(kept, dict) and kept.get("applied") == text:
        try:  # the file must still be the one this site wrote: anyone may overwrite a file on the share
            if hashlib.sha256(share.read(path, ACK_MAX_BYTES)).hexdigest() == kept.get("sha256"):
                return False
        except ShareError:
            pass
    document = {"kind": KIND_ACK, "share": share_id, "site": db.site_id, "applied": applied,
                "at": to_utc_text(now)}
    data = encode_signed_document(document, private_key)
    if not path.parent.is_dir():
        path.parent.mkdir()  # beside the share marker: a share that is not mounted fails here, never grows a tree
    share._write_own_file(path.parent, path.name, data)  # noqa: SLF001 - temp file, fsync, rename over the old one
    set_local(db, {ACK_PUBLISHED_KEY: json.dumps({"applied": text, "sha256": hashlib.sha256(data).hexdigest()})})
    return True


def read_acknowledgement(share: Share, roster: Roster, site_id: str) -> Acknowledgement | None:
    """The acknowledgement named for ``site_id`` when that active site signed it for this share; else None."""
    public_keys = roster.public_keys(site_id)
    if not public_keys:
        return None  # not on the roster, or revoked: what it says counts for nothing
    path = ack_path(share, site_id)
    try:
        data = share.read(path, ACK_MAX_BYTES)
    except ShareError:
        return None
    for public_key in public_keys:
        try:
            document = verify_signed_document(data, public_key, KIND_ACK)
        except ValueError:
            continue
        # Signed by the site the file is named for, about itself, for this share: another site's is refused.
        if document.get("site") != site_id or document.get("share") != roster.share_id:
            break
        applied = document.get("applied")
        if not isinstance(applied, dict) or not all(
                isinstance(k, str) and keys.SITE_ID_PATTERN.fullmatch(k) and isinstance(v, int) and v >= 0
                for k, v in applied.items()):
            break
        try:
            at = from_utc_text(str(document.get("at", "")))
        except ValueError:
            break
        return Acknowledgement(site_id, dict(applied), at)
    _log.warning("acknowledgement %s ignored: not signed by site %s for this share", path, site_id)
    return None


def read_acknowledgements(share: Share, roster: Roster) -> dict[str, Acknowledgement]:
    """The valid acknowledgements of the active sites of the roster."""
    found = {}
    for site_id in roster.active_sites():
        ack = read_acknowledgement(share, roster, site_id)
        if ack is not None:
            found[site_id] = ack
    return found


# ---- pruning (head office) ----------------------------------------------------------------------


@dataclass(frozen=True)
class PrunedBundle:
    """A bundle file removed from the share."""

    site_id: str
    seq: int
    name: str


def snapshot_cursors(db: Database, share: Share, config, share_keys=None) -> dict[str, int]:  # noqa: ANN001
    """Per site the last seq the newest valid snapshot on the share includes ({} without one)."""
    from aftersales_desktop.sync.snapshot import newest_snapshot

    names = share.list_snapshots()
    if not names:
        return {}
    kept = db.local_value(SNAPSHOT_CURSORS_KEY) or ""
    try:
        remembered = json.loads(kept) if kept else {}
    except ValueError:
        remembered = {}
    if remembered.get("name") == names[-1] and isinstance(remembered.get("cursors"), dict):
        return {site: int(seq) for site, seq in remembered["cursors"].items()}
    found = newest_snapshot(share, config, share_keys)
    if found is None:
        return {}
    name, document = found
    cursors = {site: int(value[0]) for site, value in document["cursors"].items()}
    if name == names[-1]:
        set_local(db, {SNAPSHOT_CURSORS_KEY: json.dumps({"name": name, "cursors": cursors}, sort_keys=True)})
    return cursors


def holders(db: Database, share: Share, roster: Roster, cutoff: datetime) -> dict[str, dict[str, int]]:
    """The sites whose acknowledgement holds bundles back, with what they hold (head office's from its database).

    Head office remembers the newest valid acknowledgement of each site, so a file removed or
    overwritten on the share never makes a site look further along, or away. An active site whose
    newest acknowledgement is older than the cutoff (or that never gave one and joined before it)
    is away: it no longer holds bundles back and catches up from the snapshot when it comes back.
    """
    seen = remembered_acknowledgements(db)
    fresh = {site: ack for site, ack in read_acknowledgements(share, roster).items()
             if site not in seen or ack.at >= seen[site].at}
    if fresh:
        seen.update(fresh)
        set_local(db, {ACKS_SEEN_KEY: json.dumps({site: {"applied": ack.applied, "at": to_utc_text(ack.at)}
                                                  for site, ack in sorted(seen.items())}, sort_keys=True)})
    result = {db.site_id: applied_here(db)}
    for site_id in roster.active_sites():
        if site_id == db.site_id:
            continue
        ack = seen.get(site_id)
        if ack is not None:
            if ack.at >= cutoff:
                result[site_id] = ack.applied
            continue
        try:
            joined = from_utc_text(roster.sites[site_id].added_at)
        except ValueError:
            joined = cutoff
        if joined >= cutoff:
            result[site_id] = {}  # new and silent: it holds everything back until it speaks
    return result


def remembered_acknowledgements(db: Database) -> dict[str, Acknowledgement]:
    """Head office: the newest valid acknowledgement it has read of each site."""
    try:
        kept = json.loads(db.local_value(ACKS_SEEN_KEY) or "{}")
        return {site: Acknowledgement(site, {k: int(v) for k, v in value["applied"].items()},
                                      from_utc_text(value["at"])) for site, value in kept.items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        return {}


def prunable(db: Database, share: Share, config, roster: Roster, now: datetime,  # noqa: ANN001
             retention_days: int | None = None, share_keys=None) -> list[PrunedBundle]:  # noqa: ANN001
    """The bundle files head office may remove now, oldest first per site (see the module docstring)."""
    days = bundle_retention_days(db) if retention_days is None else retention_days
    cutoff = now - timedelta(days=days)
    covered = snapshot_cursors(db, share, config, share_keys)
    if not covered:
        return []
    holding = holders(db, share, roster, cutoff)
    due: list[PrunedBundle] = []
    for origin in sorted(set(roster.sites) | set(share.list_sites())):
        listing = share.list_bundles(origin)
        for seq, name in listing[:-1]:  # the newest stays: a missing next bundle shows as a gap
            if seq > covered.get(origin, 0):
                break
            if any(applied.get(origin, 0) < seq for site, applied in holding.items()):
                break
            try:
                made = os.stat(share.site_dir(origin) / name).st_mtime
            except OSError:
                break
            if made > cutoff.timestamp():
                break
            due.append(PrunedBundle(origin, seq, name))
    return due


def prune_share(db: Database, share: Share, config, roster: Roster, now: datetime,  # noqa: ANN001
                retention_days: int | None = None, share_keys=None) -> list[PrunedBundle]:  # noqa: ANN001
    """Head office: remove the bundle files ``prunable`` names, oldest first; returns those removed.

    Only files are removed, one at a time and in seq order: a kill leaves a prefix removed and the
    next run goes on from there.
    """
    if not config.is_hq:
        from aftersales_desktop.sync.engine import SyncError

        raise SyncError("not_hq", N_("Only head office's installation prunes the share."))
    pause = float(os.environ.get(PAUSE_ENV, "0") or 0)
    removed = []
    for item in prunable(db, share, config, roster, now, retention_days, share_keys):
        try:
            (share.site_dir(item.site_id) / item.name).unlink()
        except FileNotFoundError:
            continue  # removed by an earlier, interrupted prune
        except OSError as error:
            _log.warning("could not remove %s of site %s: %s", item.name, item.site_id, error)
            break
        removed.append(item)
        if pause:
            time.sleep(pause)
    return removed


# ---- catching up after bundles were pruned ------------------------------------------------------


def missing_streams(db: Database, share: Share, roster: Roster) -> dict[str, int]:
    """Per origin site, the next seq this site needs when it is gone while a later bundle is there."""
    with db.raw_transaction() as connection:
        cursors = dict(connection.exec_driver_sql("SELECT site_id, last_seq FROM sync_cursors").all())
    needed = {}
    for origin in roster.sites:
        if origin == db.site_id:
            continue
        last = int(cursors.get(origin, 0))
        if origin in roster.revoked and last >= roster.revoked_after.get(origin, 0):
            continue
        seqs = {seq for seq, _name in share.list_bundles(origin)}
        if last + 1 not in seqs and any(seq > last + 1 for seq in seqs):
            needed[origin] = last + 1
    return needed


def own_missing(db: Database, share: Share) -> list[tuple[int, int]]:
    """(seq, last outbox seq) of this site's shared bundles that are no longer in its folder."""
    on_share = {seq for seq, _name in share.list_bundles(db.site_id)}
    with db.raw_transaction() as connection:
        rows = connection.exec_driver_sql(
            "SELECT seq, last_outbox FROM sync_published WHERE state = 'shared' ORDER BY seq").all()
    return [(seq, last) for seq, last in rows if seq not in on_share]


def catch_up_from_snapshot(db: Database, share: Share, config, roster: Roster,  # noqa: ANN001
                           share_keys=None) -> tuple[str, int] | None:  # noqa: ANN001
    """A site whose next bundle of some origin was pruned merges the newest snapshot that covers it.

    Rows it lacks are added, fields the snapshot wrote later (by HLC) take the snapshot's value,
    cursors only move forward. Its own shared bundles that were pruned and that the snapshot holds
    count as verified (their outbox rows go); unpublished outbox rows are untouched and go out as
    usual. Returns (snapshot name, rows added or changed), or None when nothing was needed or possible.
    """
    if config.is_hq or not _has_cursors(db):
        return None  # head office holds everything; a new site bootstraps instead
    needed = missing_streams(db, share, roster)
    own = own_missing(db, share)
    if not needed and not own:
        return None
    names = share.list_snapshots()
    if not names or db.local_value(CATCH_UP_CHECKED_KEY) == names[-1]:
        return None
    from aftersales_desktop.sync.snapshot import newest_snapshot

    found = newest_snapshot(share, config, share_keys)
    if found is None:
        return None
    name, document = found
    cursors = {site: int(value[0]) for site, value in document["cursors"].items()}
    if not any(cursors.get(origin, 0) >= seq for origin, seq in needed.items()) and not any(
            cursors.get(db.site_id, 0) >= seq for seq, _last in own):
        set_local(db, {CATCH_UP_CHECKED_KEY: name})  # it does not help: wait for a newer one
        return None
    changed = merge_snapshot(db, document) if needed else 0
    _settle_own(db, [(seq, last) for seq, last in own if cursors.get(db.site_id, 0) >= seq])
    set_local(db, {CATCH_UP_CHECKED_KEY: ""})
    return name, changed


def _has_cursors(db: Database) -> bool:
    with db.raw_transaction() as connection:
        return connection.exec_driver_sql("SELECT 1 FROM sync_cursors LIMIT 1").first() is not None


def _settle_own(db: Database, gone: list[tuple[int, int]]) -> None:
    """Own bundles pruned from the share that head office's snapshot holds: verified, their outbox rows go."""
    for seq, last in gone:
        with db.raw_transaction() as connection:
            connection.exec_driver_sql(
                "DELETE FROM outbox WHERE seq <= ? AND published = 1 AND seq < (SELECT max(seq) FROM outbox)",
                (last,))
            connection.exec_driver_sql("UPDATE sync_published SET state = 'pruned' WHERE seq = ?", (seq,))


def merge_snapshot(db: Database, found: dict) -> int:
    """Merge a format-2 snapshot into a database that already holds data; returns rows added or changed.

    Insert-only tables are a union by id; in mutable tables a field whose snapshot version is newer
    than this site's (by HLC) takes the snapshot's value. This site's own cursor is never touched;
    the others only move forward. SnapshotRefused when the image is not what head office signed.
    """
    import tempfile

    from aftersales_desktop.sync import decisions
    from aftersales_desktop.sync.apply import derive_jobs
    from aftersales_desktop.sync.snapshot import (_connect, _inflate, check_image, image_attached, image_tables,
                                                  load_snapshot)

    if found.get("format") != 2:
        return load_snapshot(db, found)  # format 1 (older shares): rows added, never overwritten
    changed = 0
    with tempfile.TemporaryDirectory(dir=Path(db.path).parent, prefix="snapshot-") as work:
        image = Path(work) / "image.sqlite3"
        _inflate(found, image, None, 0)
        main = _connect(Path(db.path))
        try:
            check_image(image, main)
            with image_attached(main, image):
                for name in image_tables()[:-1]:
                    ours = [row[1] for row in main.execute(f"PRAGMA main.table_info({name})")]
                    theirs = [row[1] for row in main.execute(f"PRAGMA snap.table_info({name})")]
                    columns = ", ".join(theirs)
                    changed += main.execute(f"INSERT OR IGNORE INTO main.{name} ({columns}) "
                                            f"SELECT {columns} FROM snap.{name}").rowcount
                    if name in INSERT_ONLY:
                        continue
                    shared_columns = set(ours) & set(theirs)
                    newer = main.execute(
                        "SELECT s.row_id, s.field, s.hlc, s.base FROM snap.field_versions s "
                        "LEFT JOIN main.field_versions m ON m.table_name = s.table_name AND m.row_id = s.row_id "
                        "AND m.field = s.field WHERE s.table_name = ? AND (m.hlc IS NULL OR s.hlc > m.hlc)",
                        (name,)).fetchall()
                    for row_id, field_name, hlc, base in newer:
                        if field_name not in shared_columns:
                            continue  # only a column both schemas have is ever named in SQL
                        changed += main.execute(
                            f'UPDATE main.{name} SET "{field_name}" = (SELECT "{field_name}" FROM snap.{name} '
                            f"WHERE id = ?) WHERE id = ? AND EXISTS (SELECT 1 FROM snap.{name} WHERE id = ?)",
                            (row_id, row_id, row_id)).rowcount
                        main.execute("INSERT OR REPLACE INTO main.field_versions (table_name, row_id, field, hlc, "
                                     "base) VALUES (?, ?, ?, ?, ?)", (name, row_id, field_name, hlc, base))
                for site, (seq, digest) in found["cursors"].items():
                    if site == db.site_id:
                        continue
                    main.execute("INSERT INTO sync_cursors (site_id, last_seq, last_hash) VALUES (?, ?, ?) "
                                 "ON CONFLICT(site_id) DO UPDATE SET last_seq = excluded.last_seq, "
                                 "last_hash = excluded.last_hash WHERE excluded.last_seq > sync_cursors.last_seq",
                                 (site, int(seq), str(digest)))
        finally:
            main.close()
    with db.raw_transaction(foreign_keys=False) as connection:
        job_ids = list(connection.exec_driver_sql("SELECT id FROM jobs").scalars())
        if job_ids:
            derive_jobs(connection, job_ids)
        # This site's own steps (made while away) and the snapshot's may hold decisions that never met.
        decisions.derive(connection, decisions.contested_documents(connection))
    return changed


def prune_now(db: Database, *, now: datetime | None = None) -> list[PrunedBundle]:
    """Head office, from the command line: prune the share now; returns the bundle files removed."""
    from aftersales_desktop.sync.engine import SyncEngine, SyncError, load_config, utc_now
    from aftersales_desktop.sync.membership import box_private_key, current_roster

    config = load_config(db)
    if config is None or not config.is_hq:
        raise SyncError("not_hq", N_("Only head office's installation prunes the share."))
    share = Share(config.share_path)
    share.check(config.share_id, config.hq_public_key)
    roster, _distrust = current_roster(db, share, config)
    moment = now or utc_now()
    removed = prune_share(db, share, config, roster, moment,
                          share_keys=roster.share_keys(db.site_id, box_private_key(db)))
    if removed:
        SyncEngine(db, Path(db.path).parent, now=lambda: moment).log(
            "info", N_("Pruned {count} bundles from the share that every site holds and a snapshot covers."),
            count=len(removed))
    return removed
