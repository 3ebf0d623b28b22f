"""Taking part in a share: HQ sets it up and admits sites; an outlet asks to join; HQ can revoke.

Each step is one function used by both the command line (``aftersales share ...``) and the GUI.
The site's private key goes to the OS key store (sync.keys); only public keys reach the share.
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
from aftersales_desktop.sync.share import JoinRequest, Roster, Share, read_request_file, write_request_file


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


def _outlet_claim(db: Database) -> tuple[str, str]:
    """(outlet id, code) of this installation's outlet, ("", "") before set-up."""
    from aftersales_desktop.services.outlet import OUTLET_KEY
    from aftersales_desktop.storage.models import Outlet

    outlet_id = db.local_value(OUTLET_KEY) or ""
    with db.reader() as session:
        row = session.get(Outlet, outlet_id) if outlet_id else None
        return outlet_id, row.code if row is not None else ""


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
    outlet_id, outlet_code = _outlet_claim(db)
    share = Share.initialise(Path(path), hq_site_id=db.site_id, hq_name=label, hq_private_key=private,
                             now=now or utc_now(), hq_outlet_id=outlet_id, hq_outlet_code=outlet_code)
    marker = share.marker()
    config = SyncConfig(str(Path(path)), marker.share_id, public, public, "hq", label)
    save_config(db, config)
    return config


def join_share(db: Database, path: Path | str, *, name: str | None = None, request_file: Path | None = None,
               now: datetime | None = None, outlet_id: str | None = None) -> SyncConfig:
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
    claimed_id, outlet_code = _outlet_claim(db)
    if outlet_id is None:
        outlet_id = claimed_id
    elif outlet_id != claimed_id:
        outlet_code = ""
    if request_file is not None:
        write_request_file(request_file, site_id=db.site_id, name=label, public_key=public, private_key=private,
                           now=moment, share_id=marker.share_id, outlet_id=outlet_id, outlet_code=outlet_code)
    else:
        share.request_join(site_id=db.site_id, name=label, public_key=public, private_key=private, now=moment,
                           outlet_id=outlet_id, outlet_code=outlet_code)
    config = SyncConfig(str(Path(path)), marker.share_id, marker.hq_public_key, public, "outlet", label)
    save_config(db, config)
    return config


def _hq(db: Database) -> tuple[SyncConfig, Share, bytes]:
    config = load_config(db)
    if config is None or not config.is_hq:
        raise SyncError("not_hq", N_("Only head office's installation can approve or revoke sites."))
    return config, Share(config.share_path), keys.load_private_key(db.site_id)


def pending_requests(db: Database) -> list[JoinRequest]:
    """Join requests waiting on the share (HQ)."""
    config, share, _private = _hq(db)
    return share.join_requests(config.hq_public_key)


def approve(db: Database, site_or_file: str, *, now: datetime | None = None) -> JoinRequest:
    """HQ: admit the site whose request is on the share (by site id or its first characters) or in a file."""
    config, share, private = _hq(db)
    candidate = Path(site_or_file)
    if candidate.is_file():
        request = read_request_file(candidate)
    else:
        matches = [r for r in share.join_requests(config.hq_public_key) if r.site_id.startswith(site_or_file)]
        if len(matches) != 1:
            raise SyncError("no_request", N_("No single join request matches {site}."), site=site_or_file)
        request = matches[0]
    share.approve(request, private, now or utc_now())
    return request


def revoke(db: Database, site_id: str, *, now: datetime | None = None) -> None:
    """HQ: refuse a site's bundles from now on (a lost laptop)."""
    config, share, private = _hq(db)
    roster = share.roster(config.hq_public_key)
    matches = [s for s in roster.sites if s.startswith(site_id)]
    if len(matches) != 1:
        raise SyncError("no_site", N_("No single site of the roster matches {site}."), site=site_id)
    share.revoke(matches[0], private, now or utc_now())


def roster_sites(db: Database) -> list[SiteInfo]:
    """The sites of the share as this installation last could read them."""
    config = load_config(db)
    if config is None:
        return []
    roster: Roster = Share(config.share_path).roster(config.hq_public_key)
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
