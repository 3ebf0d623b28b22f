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

import json
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
from aftersales_desktop.storage.types import to_utc_text
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
    outlet_id: str = ""
    outlet_code: str = ""
    admin: bool = False
    # Filled by roster_overview only: when its newest bundle on the share was made (None: none yet),
    # and the changes this installation still has to apply from it (its own outbox for itself).
    last_seen: datetime | None = None
    waiting: int = 0
    waiting_more: bool = False  # more bundles wait than roster_overview read: ``waiting`` is a lower bound
    approved: bool = True  # False: this installation asked to join and head office has not approved it yet
    letter: str = ""  # the letter in its document numbers (domain/numbering.py): "" for an outlet's first

    @property
    def status(self) -> str:
        """"revoked", "waiting" (for approval) or "active"."""
        return "revoked" if self.revoked else "active" if self.approved else "waiting"

    @property
    def device(self) -> str:
        """The device part of the name ('李伟的笔记本' of 'SH01 李伟的笔记本')."""
        code = self.outlet_code
        return self.name[len(code):].strip() if code and self.name.startswith(code + " ") else self.name


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
    if request.rekey_of:
        return _approve_rekey(db, share, private, box_private, roster, request, now or utc_now())
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
                     site == db.site_id, entry.outlet_id, entry.outlet_code, entry.admin or entry.role == "hq",
                     letter=entry.device or "")
            for site, entry in sorted(roster.sites.items(), key=lambda i: i[1].name)]


#: Bundles per site whose headers roster_overview reads to count the changes waiting.
OVERVIEW_HEADERS = 200


def roster_overview(db: Database) -> list[SiteInfo]:
    """``roster_sites`` with when each site last published and what is still to apply from it (reads the share).

    This installation is listed even before head office approved it (``approved`` False).
    """
    from dataclasses import replace

    from aftersales_desktop.storage.models import PublishedBundle, SyncCursor
    from aftersales_desktop.storage.types import from_utc_text
    from aftersales_desktop.sync.state import waiting

    config = load_config(db)
    if config is None:
        return []
    share = Share(config.share_path)
    roster = current_roster(db, share, config)[0]
    engine = SyncEngine(db, Path(db.path).parent)
    with db.reader() as session:
        cursors = dict(session.execute(select(SyncCursor.site_id, SyncCursor.last_seq)).all())
        own_last = session.scalar(select(PublishedBundle.created_at).where(PublishedBundle.state != "pending")
                                  .order_by(PublishedBundle.seq.desc()).limit(1))
    sites = roster_sites(db)
    if not any(site.is_self for site in sites):
        outlet_id, outlet_code, _name = _own_outlet(db)
        sites.append(SiteInfo(db.site_id, config.site_name, config.role, keys.fingerprint(config.public_key), False,
                              True, outlet_id, outlet_code or db.local_value(JOINING_OUTLET_KEY) or "",
                              approved=False))
    overview = []
    for site in sites:
        if site.is_self:
            overview.append(replace(site, last_seen=own_last, waiting=waiting(db)))
            continue
        listing = share.list_bundles(site.site_id)
        applied = cursors.get(site.site_id, 0)
        last_seen, still, read, more = None, 0, 0, False
        until = roster.revoked_after.get(site.site_id, 0) if site.revoked else None
        for index, (seq, name) in enumerate(listing):
            newest = index == len(listing) - 1
            due = seq > applied and (until is None or seq <= until)
            if due and read >= OVERVIEW_HEADERS:  # a long backlog: the list stays quick to read
                more, due = True, False
            if not (newest or due):
                continue
            read += due
            header = engine.bundle_header(share, site.site_id, name)
            if header is None:
                continue
            if newest:
                last_seen = from_utc_text(header.created_at)
            if due:
                still += header.count
        overview.append(replace(site, last_seen=last_seen, waiting=still, waiting_more=more))
    return overview


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
    # An earlier snapshot at the same seq of head office (nothing of its own published between) sorts
    # by its hash, so a newcomer could take it: the new one covers at least as much, the other goes.
    prefix = name.split("-", 1)[0]
    for other in share.list_snapshots():
        if other != name and other.startswith(prefix + "-"):
            share.remove_snapshot(other)
    engine.log("info", N_("Published the snapshot {name}."), name=name)
    return name


# ---- re-key after a restore ----------------------------------------------------------------------


@dataclass(frozen=True)
class RekeyState:
    """Whether this installation is behind its own bundles on the share, or waits for its re-key's approval.

    ``behind``: seqs of its own bundles on the share its database does not know (a restored backup);
    ``rekey_of``: the site id it had before a re-key still waiting for head office ("" when none);
    ``approved``: head office approved this installation's re-key.
    """

    behind: tuple[int, ...]
    rekey_of: str
    approved: bool


def rekey_state(db: Database) -> RekeyState | None:
    """What the share says about this installation's own stream (None before it joined; reads the share)."""
    from aftersales_desktop.sync.state import REKEY_OF_KEY

    config = load_config(db)
    if config is None:
        return None
    share = Share(config.share_path)
    share.check(config.share_id, config.hq_public_key)
    old = db.local_value(REKEY_OF_KEY) or ""
    approved = False
    if old:
        roster, _distrust = current_roster(db, share, config)
        approved = db.site_id in roster.sites and not roster.is_revoked(db.site_id)
    behind = () if config.is_hq else tuple(SyncEngine(db, Path(db.path).parent).own_bundles_unknown(share, config))
    return RekeyState(behind, old if not approved else "", approved)


def _applied_own_chain(db: Database, share: Share) -> tuple[int, str]:
    """(seq, hash) of the last bundle of this database's unbroken chain that the share agrees with.

    A bundle pruned from the share still counts (every site applied it); one the share holds under
    another name at the same seq is where a restored copy forked, and the chain ends before it.
    """
    from aftersales_desktop.storage.models import PublishedBundle

    on_share: dict[int, set[str]] = {}
    for seq, name in share.list_bundles(db.site_id):
        on_share.setdefault(seq, set()).add(name)
    with db.reader() as session:
        ours = session.execute(select(PublishedBundle.seq, PublishedBundle.name, PublishedBundle.file_hash,
                                      PublishedBundle.state).order_by(PublishedBundle.seq)).all()
    last_seq, last_hash = 0, ""
    for seq, name, file_hash, state in ours:
        if state == "pending" or seq != last_seq + 1 or name not in on_share.get(seq, {name}):
            break
        last_seq, last_hash = seq, file_hash
    return last_seq, last_hash


def rekey(db: Database, *, now: datetime | None = None) -> SyncConfig:
    """Give an installation restored from an old backup a new site identity, keeping its data.

    Makes a new signing key (and box key) under a new site id and asks head office to admit it as
    a re-key of the old id. The old id becomes another site to this installation: the bundles it
    published after the backup are applied back here, from the last one its database knows. The
    changes it never published go out under the new id, from seq 1. Head office retires the old
    id when it approves, after the last of its bundles on the share. Asking again while the re-key
    waits only writes the request again.
    """
    from aftersales_desktop.sync.state import PUBLIC_KEY_KEY, REKEY_OF_KEY

    config = load_config(db)
    if config is None:
        raise SyncError("not_configured", N_("This installation has not joined a share yet."))
    if config.is_hq:
        raise SyncError("hq_rekey", N_("Head office's installation cannot be re-keyed: restore its newest backup "
                                       "instead."))
    share = Share(config.share_path)
    if not share.reachable():
        raise SyncError("unreachable", N_("The share {path} is not reachable."), path=config.share_path)
    share.check(config.share_id, config.hq_public_key)
    moment = now or utc_now()
    outlet_id, outlet_code, _name = _own_outlet(db)
    entry = current_roster(db, share, config)[0].sites.get(db.site_id)
    if entry is not None and entry.outlet_id:
        outlet_id, outlet_code = entry.outlet_id, entry.outlet_code
    old_id = db.local_value(REKEY_OF_KEY) or ""
    if old_id and entry is None:  # re-keyed already, not approved yet: ask again
        box = keys.find_box_key(db.site_id)
        share.request_join(site_id=db.site_id, name=config.site_name, public_key=config.public_key,
                           private_key=keys.load_private_key(db.site_id), now=moment, outlet_id=outlet_id,
                           outlet_code=outlet_code, box_key=confidential.box_public_key_of(box) if box else b"",
                           rekey_of=old_id, rekey_private_key=keys.load_private_key(old_id))
        return config
    engine = SyncEngine(db, Path(db.path).parent, now=lambda: moment)
    old_private = keys.load_private_key(db.site_id)  # signs the re-key: a key store without it cannot re-key
    if not engine.own_bundles_unknown(share, config):
        raise SyncError("not_behind", N_("The share holds no bundles of this installation that its database does "
                                         "not know: it needs no re-key."))
    old_id = db.site_id
    cursor_seq, cursor_hash = _applied_own_chain(db, share)
    new_id = uuid7()
    private, public = keys.generate_keypair()
    keys.store_private_key(new_id, private)
    box_private, box_public = confidential.generate_box_keypair()
    keys.store_box_key(new_id, box_private)
    outgoing = Path(db.path).parent / "outgoing"
    with db.raw_transaction() as connection:
        # What the old identity published past the chain the share holds goes out again under the new one.
        for first, last in connection.exec_driver_sql(
                "SELECT first_outbox, last_outbox FROM sync_published WHERE seq > ? OR state = 'pending'",
                (cursor_seq,)).all():
            connection.exec_driver_sql("UPDATE outbox SET published = 0 WHERE seq BETWEEN ? AND ?", (first, last))
        names = [row[0] for row in connection.exec_driver_sql("SELECT name FROM sync_published").all()]
        connection.exec_driver_sql("DELETE FROM sync_published")  # the new identity's stream starts at seq 1
        # Published changes are in the old identity's bundles on the share; the newest row stays so
        # SQLite does not hand its seq out again.
        connection.exec_driver_sql("DELETE FROM outbox WHERE published = 1 AND seq < (SELECT max(seq) FROM outbox)")
        _restamp_unpublished(connection, old_id, new_id)
        connection.exec_driver_sql(
            "INSERT INTO sync_cursors (site_id, last_seq, last_hash, applied_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(site_id) DO UPDATE SET last_seq = excluded.last_seq, last_hash = excluded.last_hash",
            (old_id, cursor_seq, cursor_hash, to_utc_text(moment)))
        connection.exec_driver_sql("DELETE FROM sync_streams WHERE site_id = ?", (old_id,))
        connection.exec_driver_sql("UPDATE local_state SET value = ? WHERE key = ?", (new_id, SITE_KEY))
        for key, value in ((REKEY_OF_KEY, old_id), (PUBLIC_KEY_KEY, keys.encode_key(public))):
            connection.exec_driver_sql("INSERT INTO local_state (key, value) VALUES (?, ?) "
                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
    db.adopt_identity(new_id)
    for name in names:
        (outgoing / name).unlink(missing_ok=True)
    config = load_config(db)
    share.request_join(site_id=new_id, name=config.site_name, public_key=public, private_key=private, now=moment,
                       outlet_id=outlet_id, outlet_code=outlet_code, box_key=box_public, rekey_of=old_id,
                       rekey_private_key=old_private)
    engine.log("warning", N_("This installation was re-keyed: it is site {site} now, replacing {old}, whose bundles "
                             "after seq {seq} it applies back. Head office must approve the new key."),
               site=new_id, old=old_id, seq=cursor_seq)
    return config


def _restamp_unpublished(connection, old_id: str, new_id: str) -> None:  # noqa: ANN001 - a Connection
    """Make the unpublished changes the new identity's: origin and HLC site (receivers check both against the signer).

    The same stamp is renamed wherever this database keeps it (rows, field versions, the bases of
    later changes), so per-field last-writer-wins decides here as it will on every receiver.
    """
    from aftersales_desktop.storage.database import replicated_tables_sorted

    own = f"%-{old_id}"
    renamed = {stamp: stamp[:-len(old_id)] + new_id for (stamp,) in connection.exec_driver_sql(
        "SELECT hlc FROM outbox WHERE published = 0 AND hlc LIKE ?", (own,)).all()}
    if renamed:
        connection.exec_driver_sql("CREATE TEMP TABLE rekey_stamps (old TEXT PRIMARY KEY, new TEXT)")
        connection.exec_driver_sql("INSERT INTO rekey_stamps (old, new) VALUES (?, ?)", list(renamed.items()))
        for table in [*(t.name for t in replicated_tables_sorted() if "hlc" in t.columns), "field_versions"]:
            connection.exec_driver_sql(f"UPDATE {table} SET hlc = (SELECT new FROM rekey_stamps WHERE old = hlc) "
                                       "WHERE hlc IN (SELECT old FROM rekey_stamps)")
        connection.exec_driver_sql("DROP TABLE rekey_stamps")
    for seq, stamp, bases in connection.exec_driver_sql(
            "SELECT seq, hlc, bases FROM outbox WHERE published = 0").all():
        if bases:
            values = json.loads(bases)
            bases = json.dumps({field: renamed.get(value, value) if isinstance(value, str) else value
                                for field, value in values.items()}, ensure_ascii=False)
        connection.exec_driver_sql("UPDATE outbox SET origin = ?, hlc = ?, bases = ? WHERE seq = ?",
                                   (new_id, renamed.get(stamp, stamp), bases, seq))


def _last_of_stream(db: Database, share: Share, site_id: str) -> int:
    """The last seq of ``site_id``'s unbroken run of bundles on the share after what this site applied of it.

    One file per seq: where two differ (a fork) the run ends, so no site applies either.
    """
    from aftersales_desktop.storage.models import SyncCursor

    by_seq: dict[int, int] = {}
    for seq, _name in share.list_bundles(site_id):
        by_seq[seq] = by_seq.get(seq, 0) + 1
    with db.reader() as session:
        cursor = session.get(SyncCursor, site_id)
        last = cursor.last_seq if cursor is not None else 0
    while by_seq.get(last + 1) == 1:
        last += 1
    return last


def _approve_rekey(db: Database, share: Share, private: bytes, box_private: bytes | None, roster: Roster,
                   request: JoinRequest, now: datetime) -> JoinRequest:
    """HQ: admit a re-keyed installation in its old identity's outlet and role, then retire the old identity.

    The old identity is revoked after the last of its bundles on the share, so all of them stay
    valid everywhere (the re-keyed installation applies them back) and nothing after can follow.
    """
    old = roster.sites.get(request.rekey_of)
    if old is None or old.role == "hq":
        raise SyncError("no_site", N_("No single site of the roster matches {site}."), site=request.rekey_of)
    if roster.is_revoked(request.rekey_of):
        raise SyncError("rekey_revoked", N_("Site {site} was revoked: it cannot be re-keyed."), site=old.name)
    if not request.proves_rekey(roster.history_keys(request.rekey_of)):
        raise ShareError("invalid", N_("The re-key request of {site} is not signed by the key of the site it "
                                       "replaces: refuse it."), site=request.name or request.site_id)
    if old.outlet_id and request.outlet_id not in ("", old.outlet_id):
        raise SyncError("rekey_outlet", N_("The re-key of {site} names another outlet: refuse it."), site=old.name)
    admitted = share.approve(request, private, now, hq_box_private=box_private, base=roster,
                             outlet_id=old.outlet_id, admin=old.admin)
    _keep(db, admitted)
    _keep(db, share.revoke(request.rekey_of, private, now, base=admitted,
                           last_seq=_last_of_stream(db, share, request.rekey_of)))
    SyncEngine(db, Path(db.path).parent, now=lambda: now).log(
        "info", N_("Head office approved {site} as the re-key of {old}; the old key is retired."),
        site=request.site_id, old=request.rekey_of)
    return request
