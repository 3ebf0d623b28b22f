"""Taking part in a share: HQ sets it up and admits sites; an outlet asks to join; HQ can revoke.

Each step is one function used by both the command line (``aftersales share ...``) and the GUI.
The site's private keys (Ed25519 for signing, X25519 "box" key for the share's data keys) go to
the OS key store (sync.keys); only public keys reach the share. HQ encrypts a share with
``encrypt_share`` (docs/share-encryption.md). HQ builds every new roster version on its own copy
of the newest roster it published or verified (local_state), never on whatever the share holds
now: a roster file deleted, zeroed or restored on the share cannot make HQ publish a roster that
takes a revocation back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from aftersales_desktop.domain.ids import uuid7
from aftersales_desktop.domain.numbering import OUTLET_CODE
from aftersales_desktop.i18n import N_
from aftersales_desktop.storage.database import OUTLET_KEY, SITE_KEY, Database
from aftersales_desktop.storage.models import Outlet
from aftersales_desktop.sync import confidential, keys
from aftersales_desktop.sync.engine import (SyncConfig, SyncEngine, SyncError, load_config, save_config,
                                            utc_now)
from aftersales_desktop.sync.share import (JoinRequest, Roster, Share, ShareError, read_request_file,
                                           roster_from_kept, write_request_file)
from aftersales_desktop.sync.state import (JOINING_OUTLET_KEY, ROSTER_PROBLEM_KEY, keep_roster_document, kept_roster_document,
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


def _own_outlet(db: Database) -> tuple[str, str, str]:
    """(id, code, name) of this installation's outlet; code and name "" before set-up or sync brings it."""
    outlet_id = db.local_value(OUTLET_KEY) or ""
    with db.reader() as session:
        row = session.get(Outlet, outlet_id) if outlet_id else None
        return (outlet_id, row.code, row.name) if row is not None else (outlet_id, "", "")


def site_name(db: Database) -> str:
    """'SH01 上海浦东网点' for an outlet's installation (its outlet code and name)."""
    _id, code, name = _own_outlet(db)
    if not code:
        return db.site_id[:8]
    return name if name.startswith(code) else f"{code} {name}"


def _new_key(db: Database) -> tuple[bytes, bytes]:
    private, public = keys.generate_keypair()
    keys.store_private_key(db.site_id, private)
    return private, public


def _new_box_key(db: Database) -> bytes:
    """A new X25519 key pair for this site, the private part in the key store; returns the public key."""
    private, public = confidential.generate_box_keypair()
    keys.store_box_key(db.site_id, private)
    return public


def box_private_key(db: Database) -> bytes | None:
    """This site's X25519 private key, or None when it has none yet (joined with an older version)."""
    return keys.find_box_key(db.site_id)


def _require_unjoined(db: Database) -> None:
    config = load_config(db)
    if config is not None:
        raise SyncError("joined", N_("This installation already takes part in the share at {path}."),
                        path=config.share_path)


def initialise_share(db: Database, path: Path | str, *, name: str | None = None,
                     now: datetime | None = None, encrypted: bool = False) -> SyncConfig:
    """HQ: make ``path`` a new share with this installation as head office (``encrypted``: from the start)."""
    _require_unjoined(db)
    private, public = _new_key(db)
    box_public = _new_box_key(db)
    label = name or site_name(db)
    outlet_id, outlet_code, _name = _own_outlet(db)
    share = Share.initialise(Path(path), hq_site_id=db.site_id, hq_name=label, hq_private_key=private,
                             now=now or utc_now(), hq_outlet_id=outlet_id, hq_outlet_code=outlet_code,
                             hq_box_key=box_public)
    marker = share.marker()
    config = SyncConfig(str(Path(path)), marker.share_id, public, public, "hq", label)
    save_config(db, config)
    _keep(db, share.roster(public))
    if encrypted:
        _keep(db, share.enable_encryption(private, keys.load_box_key(db.site_id)))
    return config


def join_share(db: Database, path: Path | str, *, name: str | None = None, request_file: Path | None = None,
               now: datetime | None = None, outlet_id: str | None = None, outlet_code: str | None = None
               ) -> SyncConfig:
    """An outlet: remember the share and ask HQ to admit this installation.

    The request goes into the share's requests folder, or to ``request_file`` (a USB stick) when
    HQ should receive it by hand.
    """
    _require_unjoined(db)
    share = Share(Path(path))
    marker = share.marker()
    private, public = _new_key(db)
    box_public = _new_box_key(db)
    label = name or site_name(db)
    moment = now or utc_now()
    claimed_id, claimed_code, _name = _own_outlet(db)
    if outlet_code is not None:  # a new computer of an existing outlet: head office knows its id
        outlet_id = outlet_id or ""
    elif outlet_id is None:
        outlet_id, outlet_code = claimed_id, claimed_code
    else:
        outlet_code = claimed_code if outlet_id == claimed_id else ""
    if request_file is not None:
        write_request_file(request_file, site_id=db.site_id, name=label, public_key=public, private_key=private,
                           now=moment, share_id=marker.share_id, outlet_id=outlet_id, outlet_code=outlet_code,
                           box_key=box_public, hq_box_key=share.hq_box_key())
    else:
        share.request_join(site_id=db.site_id, name=label, public_key=public, private_key=private, now=moment,
                           outlet_id=outlet_id, outlet_code=outlet_code, box_key=box_public)
    config = SyncConfig(str(Path(path)), marker.share_id, marker.hq_public_key, public, "outlet", label)
    save_config(db, config)
    return config


def join_outlet(db: Database, path: Path | str, outlet_code: str, device_name: str, *,
                request_file: Path | None = None, now: datetime | None = None) -> SyncConfig:
    """A new computer of an existing outlet (a technician's laptop, a second PC) asks to join it.

    Makes the site identity on first use, remembers which outlet it asked for, and leaves the
    request on the share (or in ``request_file``). Head office binds it to that outlet when it
    approves; the next cycles bring the outlet's data and staff accounts (sync/engine.py adopts
    the outlet once its row has arrived).
    """
    code = outlet_code.strip().upper()
    if not OUTLET_CODE.match(code):
        raise SyncError("outlet_code", N_("Enter the outlet code, such as SH01."))
    device = device_name.strip()
    if not device:
        raise SyncError("device_name", N_("Give this computer a name, such as 李伟的笔记本."))
    if db.local_value(OUTLET_KEY):
        raise SyncError("has_outlet", N_("This installation already belongs to an outlet."))
    if not Share(Path(path)).reachable():
        raise SyncError("unreachable", N_("The share {path} is not reachable."), path=str(path))
    if db.local_value(SITE_KEY) is None:
        with db.transaction() as session:
            db.create_identity(session, uuid7())
    set_local(db, {JOINING_OUTLET_KEY: code})
    return join_share(db, path, name=f"{code} {device}", request_file=request_file, now=now, outlet_code=code)


@dataclass(frozen=True)
class JoinProgress:
    """Where a computer joining an outlet stands: asked, approved, or ready to log in."""

    outlet_code: str
    share_path: str
    fingerprint: str
    approved: bool
    revoked: bool
    ready: bool


def join_progress(db: Database, *, read_share: bool = True) -> JoinProgress | None:
    """The join under way on this computer (None when it never asked to join an outlet).

    ``read_share``: look at the share's roster for the approval (else only what this computer knows).
    """
    code = db.local_value(JOINING_OUTLET_KEY)
    config = load_config(db)
    if not code or config is None:
        return None
    approved = revoked = False
    if read_share:
        try:
            roster, _distrust = current_roster(db, Share(config.share_path), config)
        except (ShareError, OSError):
            roster = None
        if roster is not None:
            approved = db.site_id in roster.sites and not roster.is_revoked(db.site_id)
            revoked = roster.is_revoked(db.site_id)
    ready = bool(db.local_value(OUTLET_KEY))
    return JoinProgress(code, config.share_path, keys.fingerprint(config.public_key), approved or ready, revoked,
                        ready)


def own_fingerprint(db: Database) -> str:
    """This installation's key fingerprint, to read out to head office ("" before it joined)."""
    config = load_config(db)
    return keys.fingerprint(config.public_key) if config is not None else ""


def _outlet_by_code(db: Database, code: str) -> str:
    """The id of this installation's known outlet with ``code`` ("" when there is none)."""
    with db.reader() as session:
        return session.scalar(select(Outlet.id).where(Outlet.code == code, Outlet.deleted.is_(False))) or ""


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
    return share.join_requests(config.hq_public_key, box_private_key(db), roster=current_roster(db, share, config)[0])


def approve(db: Database, site_or_file: str, *, now: datetime | None = None) -> JoinRequest:
    """HQ: admit the site whose request is on the share (by site id or its first characters) or in a file."""
    config, share, private = _hq(db)
    box_private = box_private_key(db)
    roster, _distrust = current_roster(db, share, config)
    candidate = Path(site_or_file)
    if candidate.is_file():
        request = read_request_file(candidate, box_private)
    else:
        matches = [r for r in share.join_requests(config.hq_public_key, box_private, roster=roster)
                   if r.site_id.startswith(site_or_file)]
        if len(matches) != 1:
            raise SyncError("no_request", N_("No single join request matches {site}."), site=site_or_file)
        request = matches[0]
    outlet_id = ""
    if not request.outlet_id and request.outlet_code:
        # A new computer of an existing outlet names it by code: head office knows which outlet that is.
        outlet_id = _outlet_by_code(db, request.outlet_code)
        if not outlet_id:
            raise SyncError("no_outlet", N_("No outlet has the code {outlet}: check the code the computer asked for."),
                            outlet=request.outlet_code)
    _keep(db, share.approve(request, private, now or utc_now(), hq_box_private=box_private, base=roster,
                            outlet_id=outlet_id))
    return request


def encrypt_share(db: Database) -> Roster:
    """HQ: encrypt the share from now on (data key 1 for every site with a box key); returns the roster.

    Sites of this version seal what they publish from their next cycle; sites that joined with an
    older version make a box key at their next cycle and announce it, and HQ's next cycle gives
    them the data keys. Bundles and snapshots already on the share stay as they are (plain).
    """
    _config, share, private = _hq(db)
    box_private = box_private_key(db)
    if box_private is None:
        roster = current_roster(db, share, _config)[0]
        if roster.sites[db.site_id].box_key:
            raise ShareError("key", N_("Head office's encryption key is missing from this computer's key store: "
                                       "restore it before encrypting the share."))
        _new_box_key(db)
        box_private = keys.load_box_key(db.site_id)
    roster, _distrust = current_roster(db, share, _config)
    enabled = share.enable_encryption(private, box_private, base=roster)
    _keep(db, enabled)
    return enabled


def revoke(db: Database, site_id: str, *, now: datetime | None = None) -> None:
    """HQ: refuse a site's bundles from now on (a lost laptop)."""
    config, share, private = _hq(db)
    roster, _distrust = current_roster(db, share, config)
    matches = [s for s in roster.sites if s.startswith(site_id)]
    if len(matches) != 1:
        raise SyncError("no_site", N_("No single site of the roster matches {site}."), site=site_id)
    # HQ's own record is raised at once: the revocation holds here even if the file is deleted.
    from aftersales_desktop.storage.models import SyncCursor

    with db.reader() as session:  # what HQ applied of it stands everywhere; nothing after it does
        cursor = session.get(SyncCursor, matches[0])
        last_seq = cursor.last_seq if cursor is not None else 0
    _keep(db, share.revoke(matches[0], private, now or utc_now(), base=roster, last_seq=last_seq))


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


@dataclass(frozen=True)
class EncryptionState:
    """Whether the share is encrypted, its newest data key, and whether this installation holds it."""

    encrypted: bool
    newest_key: int
    holds_newest: bool


def encryption_state(db: Database) -> EncryptionState | None:
    """The share's encryption as this installation can read it now; None before it joined a share."""
    config = load_config(db)
    if config is None:
        return None
    share = Share(config.share_path)
    ring = current_roster(db, share, config)[0].share_keys(db.site_id, box_private_key(db))
    return EncryptionState(ring.encryption, ring.newest_id, ring.can_seal)


def publish_snapshot(db: Database, data_dir: Path, *, now: datetime | None = None) -> str:
    """HQ: publish pending changes, then a signed snapshot of everything; returns its file name."""
    from aftersales_desktop.sync.engine import CycleReport
    from aftersales_desktop.sync.snapshot import build_snapshot

    from aftersales_desktop.sync.snapshot import seal_snapshot

    config, share, private = _hq(db)
    moment = now or utc_now()
    engine = SyncEngine(db, data_dir, now=lambda: moment)
    engine.publish(share, config, private, CycleReport())
    name, data = build_snapshot(db, share_id=config.share_id, now=moment, private_key=private)
    roster, _distrust = current_roster(db, share, config)
    if roster.encryption:
        data = seal_snapshot(name, data, roster.share_keys(db.site_id, box_private_key(db)))
    share.write_snapshot(name, data)
    engine.log("info", N_("Published the snapshot {name}."), name=name)
    return name
