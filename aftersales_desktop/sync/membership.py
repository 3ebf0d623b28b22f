"""Taking part in a share: HQ sets it up and admits sites; an outlet asks to join; HQ can revoke.

Each step is one function used by both the command line (``aftersales share ...``) and the GUI.
The site's private key goes to the OS key store (sync.keys); only public keys reach the share.
HQ builds every new roster version on its own copy of the newest roster it published or verified
(local_state), never on whatever the share holds now: a roster file deleted, zeroed or restored on
the share cannot make HQ publish a roster that takes a revocation back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from aftersales_desktop.i18n import N_
from aftersales_desktop.storage.database import Database
from aftersales_desktop.sync import keys
from aftersales_desktop.sync.engine import (SyncConfig, SyncEngine, SyncError, load_config, save_config,
                                            utc_now)
from aftersales_desktop.sync.share import (JoinRequest, Roster, Share, ShareError, read_request_file,
                                           roster_from_kept, write_request_file)
from aftersales_desktop.sync.state import (ROSTER_PROBLEM_KEY, keep_roster_document, kept_roster_document,
                                           roster_version_seen, set_local)


@dataclass(frozen=True)
class SiteInfo:
    """A site of the roster as a list shows it."""

    site_id: str
    name: str
    role: str
    fingerprint: str
    revoked: bool
    is_self: bool


def site_name(db: Database) -> str:
    """'SH01 上海浦东网点' for an outlet's installation (its outlet code and name)."""
    from aftersales_desktop.services.outlet import current_outlet, is_set_up

    if not is_set_up(db):
        return db.site_id[:8]
    outlet = current_outlet(db)
    return outlet.name if outlet.name.startswith(outlet.code) else f"{outlet.code} {outlet.name}"


def _new_key(db: Database) -> tuple[bytes, bytes]:
    private, public = keys.generate_keypair()
    keys.store_private_key(db.site_id, private)
    return private, public


def _require_unjoined(db: Database) -> None:
    config = load_config(db)
    if config is not None:
        raise SyncError("joined", N_("This installation already takes part in the share at {path}."),
                        path=config.share_path)


def initialise_share(db: Database, path: Path | str, *, name: str | None = None,
                     now: datetime | None = None) -> SyncConfig:
    """HQ: make ``path`` a new share with this installation as head office."""
    _require_unjoined(db)
    private, public = _new_key(db)
    label = name or site_name(db)
    share = Share.initialise(Path(path), hq_site_id=db.site_id, hq_name=label, hq_private_key=private,
                             now=now or utc_now())
    marker = share.marker()
    config = SyncConfig(str(Path(path)), marker.share_id, public, public, "hq", label)
    save_config(db, config)
    _keep(db, share.roster(public))
    return config


def join_share(db: Database, path: Path | str, *, name: str | None = None, request_file: Path | None = None,
               now: datetime | None = None) -> SyncConfig:
    """An outlet: remember the share and ask HQ to admit this installation.

    The request goes into the share's requests folder, or to ``request_file`` (a USB stick) when
    HQ should receive it by hand.
    """
    _require_unjoined(db)
    share = Share(Path(path))
    marker = share.marker()
    private, public = _new_key(db)
    label = name or site_name(db)
    moment = now or utc_now()
    if request_file is not None:
        write_request_file(request_file, site_id=db.site_id, name=label, public_key=public, private_key=private,
                           now=moment, share_id=marker.share_id)
    else:
        share.request_join(site_id=db.site_id, name=label, public_key=public, private_key=private, now=moment)
    config = SyncConfig(str(Path(path)), marker.share_id, marker.hq_public_key, public, "outlet", label)
    save_config(db, config)
    return config


def _hq(db: Database) -> tuple[SyncConfig, Share, bytes]:
    config = load_config(db)
    if config is None or not config.is_hq:
        raise SyncError("not_hq", N_("Only head office's installation can approve or revoke sites."))
    return config, Share(config.share_path), keys.load_private_key(db.site_id)


def _keep(db: Database, roster: Roster) -> None:
    keep_roster_document(db, roster.version, roster.to_document())


def current_roster(db: Database, share: Share, config: SyncConfig) -> tuple[Roster, ShareError | None]:
    """The newest roster this site can trust, and what is wrong with the share's rosters (None when nothing).

    The share's newest when it is at least as new as this site's kept copy; the kept copy when
    the share's newest was removed, damaged or rolled back (the error says which). Remembered
    as the kept copy either way.
    """
    roster, distrust = share.trusted_roster(config.hq_public_key, roster_from_kept(kept_roster_document(db)),
                                            min_version=roster_version_seen(db))
    _keep(db, roster)
    return roster, distrust


def pending_requests(db: Database) -> list[JoinRequest]:
    """Join requests waiting on the share (HQ); a revoked site's request never shows, whatever the share holds."""
    config, share, _private = _hq(db)
    return share.join_requests(config.hq_public_key, roster=current_roster(db, share, config)[0])


def approve(db: Database, site_or_file: str, *, now: datetime | None = None) -> JoinRequest:
    """HQ: admit the site whose request is on the share (by site id or its first characters) or in a file."""
    config, share, private = _hq(db)
    roster, _distrust = current_roster(db, share, config)
    candidate = Path(site_or_file)
    if candidate.is_file():
        request = read_request_file(candidate)
    else:
        matches = [r for r in share.join_requests(config.hq_public_key, roster=roster)
                   if r.site_id.startswith(site_or_file)]
        if len(matches) != 1:
            raise SyncError("no_request", N_("No single join request matches {site}."), site=site_or_file)
        request = matches[0]
    _keep(db, share.approve(request, private, now or utc_now(), base=roster))
    return request


def revoke(db: Database, site_id: str, *, now: datetime | None = None) -> None:
    """HQ: refuse a site's bundles from now on (a lost laptop)."""
    config, share, private = _hq(db)
    roster, _distrust = current_roster(db, share, config)
    matches = [s for s in roster.sites if s.startswith(site_id)]
    if len(matches) != 1:
        raise SyncError("no_site", N_("No single site of the roster matches {site}."), site=site_id)
    # HQ's own record is raised at once: the revocation holds here even if the file is deleted.
    _keep(db, share.revoke(matches[0], private, now or utc_now(), base=roster))


def republish_roster(db: Database, *, now: datetime | None = None) -> Roster:
    """HQ: publish its own copy of the newest roster again as a new version; returns it.

    The repair after roster files were removed, zeroed or restored from an old copy on the share:
    every site then finds a roster at least as new as the one it has seen.
    """
    config, share, private = _hq(db)
    roster, distrust = current_roster(db, share, config)
    published = share.publish_roster(roster, private)
    _keep(db, published)
    set_local(db, {ROSTER_PROBLEM_KEY: ""})  # repaired: the share holds the newest version again
    SyncEngine(db, Path(db.path).parent, now=lambda: now or utc_now()).log(
        "info", N_("Head office published its roster again as version {version} (built on version {base})."),
        version=published.version, base=roster.version, problem=distrust.code if distrust else "")
    return published


def roster_sites(db: Database) -> list[SiteInfo]:
    """The sites of the share as this installation last could read them."""
    config = load_config(db)
    if config is None:
        return []
    roster, _distrust = current_roster(db, Share(config.share_path), config)
    return [SiteInfo(site, entry.name, entry.role, keys.fingerprint(entry.public_key), roster.is_revoked(site),
                     site == db.site_id) for site, entry in sorted(roster.sites.items(), key=lambda i: i[1].name)]


def publish_snapshot(db: Database, data_dir: Path, *, now: datetime | None = None) -> str:
    """HQ: publish pending changes, then a signed snapshot of everything; returns its file name."""
    from aftersales_desktop.sync.engine import CycleReport
    from aftersales_desktop.sync.snapshot import build_snapshot

    config, share, private = _hq(db)
    moment = now or utc_now()
    engine = SyncEngine(db, data_dir, now=lambda: moment)
    engine.publish(share, config, private, CycleReport())
    name, data = build_snapshot(db, share_id=config.share_id, now=moment, private_key=private)
    share.write_snapshot(name, data)
    engine.log("info", N_("Published the snapshot {name}."), name=name)
    return name
