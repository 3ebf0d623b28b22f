"""The shared folder: identity marker, HQ-signed roster, join requests, site bundle folders, snapshots.

Everything written to the share is a new immutable file published atomically without replacing
(``Share.write_new_file``); cloud-sync clients make conflict copies of files that change, so state
that evolves (the roster) is a series of numbered files and the highest valid one wins. Names that
do not match a strict pattern (partial files, temp files, conflict copies) are never read as data.
"""

from __future__ import annotations

import base64
import binascii
import errno
import json
import logging
import os
import re
import secrets
import stat
import time
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from aftersales_desktop.domain.ids import uuid7
from aftersales_desktop.domain.numbering import DEVICE, next_device_code
from aftersales_desktop.domain.errors import Problem
from aftersales_desktop.fileio import fsync_directory
from aftersales_desktop.i18n import N_
from aftersales_desktop.sync import bundle, confidential, keys
from aftersales_desktop.sync.confidential import DataKey, SealError, ShareKeys

LAYOUT = ("aftersales", "v1")
MARKER_NAME = "share.json"
ROSTER_DIR, REQUESTS_DIR, SITES_DIR, SNAPSHOTS_DIR = "roster", "requests", "sites", "snapshots"
ROSTER_PATTERN = re.compile(r"^(\d{10})\.roster$")
SNAPSHOT_PATTERN = re.compile(r"^([0-9a-f]{16})-([0-9a-f]{16})\.snapshot$")
JOIN_SUFFIX = ".join"
BOX_KEY_SUFFIX = ".boxkey"
ROLES = ("hq", "outlet")
# The "kind" inside every signed document: a signature made for one kind never passes for another.
KIND_MARKER, KIND_ROSTER, KIND_JOIN = "aftersales.share", "aftersales.roster", "aftersales.join"
KIND_BOX_KEY = "aftersales.boxkey"
# Our own temporary names: never match a data pattern, and are recognisable for clean-up.
_TEMP_PATTERN = re.compile(r"^\.tmp-[0-9a-f]{16}\.partial$")
_MAX_DOCUMENT_BYTES = 16 * 1024 * 1024
#: The largest bundle file read from the share (a full bundle of 10,000 changes is a few MiB).
MAX_BUNDLE_BYTES = 64 * 1024 * 1024
#: Error codes of ``Share.roster`` for a newest roster this site cannot trust (see ``Share.roster``).
ROSTER_UNTRUSTED = ("rollback", "roster_missing", "roster_damaged")

_log = logging.getLogger("aftersales.sync")


class ShareError(Problem):
    """The share cannot be used as asked; ``code`` says why, ``message`` is an English source string.

    Codes: unreachable, empty, different, corrupt, exists, not_on_roster, revoked, not_hq, hq_site,
    invalid, rollback, roster_missing, roster_damaged, not_a_file, too_large, io, key (head office's
    encryption key is needed and missing or wrong).
    """


@dataclass(frozen=True)
class ShareMarker:
    """The identity of a share, written once when HQ sets it up."""

    share_id: str
    created_at: str
    hq_site_id: str
    hq_public_key: bytes


@dataclass(frozen=True)
class RosterEntry:
    """A site HQ admitted: its current key, and keys it held before re-joining (to check old bundles)."""

    site_id: str
    name: str
    public_key: bytes
    role: str
    added_at: str
    former_keys: tuple[bytes, ...] = ()
    # The outlet this site belongs to (write authority: storage/authority.py); "" until HQ binds it.
    outlet_id: str = ""
    outlet_code: str = ""
    # An administration device of its outlet: may write the outlet's staff accounts and identity.
    admin: bool = False
    # X25519 public key the share's data keys are wrapped for; b"" for sites of older versions.
    box_key: bytes = b""
    # The letter in this computer's document numbers (domain/numbering.py): "" for an outlet's first
    # computer, B, C ... for later ones; None until head office gave it one (rosters of older versions).
    device: str | None = None

    @property
    def fingerprint(self) -> str:
        """The key's fingerprint to compare by phone."""
        return keys.fingerprint(self.public_key)


def _device(value: object) -> str | None:
    """A roster entry's device letter as signed; ValueError when it is not one."""
    if value is None:
        return None
    if not isinstance(value, str) or not DEVICE.match(value):
        raise ValueError(f"bad device letter {value!r}")
    return value


def with_devices(roster: "Roster") -> "Roster":
    """``roster`` with a device letter for every bound site that has none yet (head office, when publishing).

    Oldest first within an outlet: on a roster of an older version the outlet's first computer keeps
    numbering as it always did (""), the later ones get B, C ...; a letter once given never changes
    and is never given again in that outlet, revoked sites included.
    """
    sites = dict(roster.sites)
    for outlet_id in sorted({e.outlet_id for e in sites.values() if e.outlet_id}):
        members = sorted((e for e in sites.values() if e.outlet_id == outlet_id), key=lambda e: (e.added_at, e.site_id))
        used = {e.device for e in members if e.device is not None}
        for entry in members:
            if entry.device is None:
                letter = next_device_code(used)
                used.add(letter)
                sites[entry.site_id] = replace(entry, device=letter)
    return roster if sites == roster.sites else replace(roster, sites=sites)


@dataclass
class Roster:
    """One version of the HQ-signed list of sites; a revoked site stays listed so its history stays attributable."""

    share_id: str
    version: int
    sites: dict[str, RosterEntry]
    revoked: dict[str, str]
    problems: list[str] = field(default_factory=list, compare=False)
    # The share's data keys, oldest first, each wrapped per site (docs/share-encryption.md).
    data_keys: tuple[DataKey, ...] = ()
    # Head office turned encryption on: sites seal what they publish.
    encryption: bool = False
    # Per revoked site, the last of its bundles head office had applied when it revoked it: every
    # site applies that site's history up to there and nothing after, so all end with the same data.
    revoked_after: dict[str, int] = field(default_factory=dict)

    def public_key(self, site_id: str) -> bytes | None:
        """The key to check ``site_id``'s bundles with; None when the site is unknown or revoked."""
        entry = self.sites.get(site_id)
        return None if entry is None or site_id in self.revoked else entry.public_key

    def public_keys(self, site_id: str) -> list[bytes]:
        """Every key ``site_id`` signed with (current first); empty when unknown or revoked."""
        entry = self.sites.get(site_id)
        if entry is None or site_id in self.revoked:
            return []
        return [entry.public_key, *entry.former_keys]

    def require_public_keys(self, site_id: str) -> list[bytes]:
        """``public_keys`` of a site allowed to publish; ShareError "not_on_roster" or "revoked" otherwise."""
        entry = self.sites.get(site_id)
        if entry is None:
            raise ShareError("not_on_roster", N_("Site {site} is not on the roster of this share."),
                             site=site_id)
        if site_id in self.revoked:
            raise ShareError("revoked", N_("Site {site} was revoked on {revoked_at}: its new changes are "
                                           "refused."), site=entry.name or site_id,
                             revoked_at=self.revoked[site_id])
        return [entry.public_key, *entry.former_keys]

    def history_keys(self, site_id: str) -> list[bytes]:
        """Every key ``site_id`` signed with, revoked or not (to read a revoked site's history up to its end)."""
        entry = self.sites.get(site_id)
        return [entry.public_key, *entry.former_keys] if entry is not None else []

    def is_revoked(self, site_id: str) -> bool:
        """Whether HQ revoked ``site_id``."""
        return site_id in self.revoked

    def active_sites(self) -> list[str]:
        """Site ids on the roster and not revoked."""
        return sorted(site for site in self.sites if site not in self.revoked)

    def share_keys(self, site_id: str, box_private: bytes | None) -> ShareKeys:
        """The data keys ``site_id`` can unwrap with its box private key (None: it has none)."""
        return ShareKeys.unwrap(share_id=self.share_id, site_id=site_id, encryption=self.encryption,
                                data_keys=self.data_keys, box_private=box_private,
                                sealing_sites=frozenset(s for s, e in self.sites.items() if e.box_key))

    def to_document(self) -> dict[str, Any]:
        """The roster as the JSON document HQ signs."""
        document = {"kind": KIND_ROSTER, "share": self.share_id, "version": self.version,
                    "sites": {site: {"name": e.name, "public_key": keys.encode_key(e.public_key),
                                     "role": e.role, "added_at": e.added_at,
                                     "former_keys": [keys.encode_key(k) for k in e.former_keys],
                                     "outlet": e.outlet_id, "outlet_code": e.outlet_code, "admin": e.admin,
                                     **({"box_key": keys.encode_key(e.box_key)} if e.box_key else {}),
                                     **({"device": e.device} if e.device is not None else {})}
                              for site, e in self.sites.items()},
                    "revoked": dict(self.revoked)}
        if self.revoked_after:  # rosters without it keep the earlier layout
            document["revoked_after"] = dict(sorted(self.revoked_after.items()))
        if self.data_keys or self.encryption:  # a plain share's roster keeps the earlier layout
            document["encryption"] = self.encryption
            document["data_keys"] = [{"id": k.key_id, "wrapped": {site: keys.encode_bytes(w)
                                                                  for site, w in sorted(k.wrapped.items())}}
                                     for k in self.data_keys]
        return document

    @classmethod
    def from_document(cls, document: dict[str, Any]) -> "Roster":
        """Parse a signed roster document; ValueError when it is malformed."""
        if document.get("kind") != KIND_ROSTER:
            raise ValueError("not a roster")
        version = document.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise ValueError("bad version")
        sites: dict[str, RosterEntry] = {}
        for site_id, item in dict(document.get("sites") or {}).items():
            keys.check_site_id(site_id)
            role = item["role"]
            if role not in ROLES:
                raise ValueError(f"unknown role {role!r}")
            sites[site_id] = RosterEntry(
                site_id=site_id, name=str(item["name"]), public_key=keys.decode_key(item["public_key"]),
                role=role, added_at=str(item["added_at"]),
                former_keys=tuple(keys.decode_key(k) for k in item.get("former_keys") or ()),
                outlet_id=str(item.get("outlet") or ""), outlet_code=str(item.get("outlet_code") or ""),
                admin=item.get("admin") is True,
                box_key=keys.decode_key(item["box_key"]) if item.get("box_key") else b"",
                device=_device(item.get("device")))
        revoked = {str(site): str(at) for site, at in dict(document.get("revoked") or {}).items()}
        data_keys: list[DataKey] = []
        for item in document.get("data_keys") or ():
            key_id = item["id"]
            if not isinstance(key_id, int) or isinstance(key_id, bool) or key_id <= (
                    data_keys[-1].key_id if data_keys else 0):
                raise ValueError("data key ids must grow")
            data_keys.append(DataKey(key_id, {keys.check_site_id(site): keys.decode_bytes(wrapped)
                                              for site, wrapped in dict(item["wrapped"]).items()}))
        revoked_after = {}
        for site, seq in dict(document.get("revoked_after") or {}).items():
            if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0 or site not in revoked:
                raise ValueError("bad revoked_after")
            revoked_after[str(site)] = seq
        return cls(share_id=str(document["share"]), version=version, sites=sites, revoked=revoked,
                   data_keys=tuple(data_keys), encryption=document.get("encryption") is True,
                   revoked_after=revoked_after)


@dataclass(frozen=True)
class JoinRequest:
    """A site asking to join, signed by the key it presents (proof it holds that key)."""

    share_id: str  # "" when the site could not see the share yet (a request carried on a USB stick)
    site_id: str
    name: str
    public_key: bytes
    requested_at: str
    signature: bytes = b""
    # The outlet the site says it belongs to (HQ checks it before approving); "" from older versions.
    outlet_id: str = ""
    outlet_code: str = ""
    # The X25519 key the share's data keys will be wrapped for; b"" from older versions.
    box_key: bytes = b""
    # The site id this installation had before a re-key (restored from an old backup); "" otherwise.
    rekey_of: str = ""
    # The old identity's signature over the request without it: proof the re-key comes from that installation.
    rekey_proof: bytes = b""

    @property
    def fingerprint(self) -> str:
        """The presented key's fingerprint, for HQ to compare by phone before approving."""
        return keys.fingerprint(self.public_key)

    def to_document(self, *, with_proof: bool = True) -> dict[str, Any]:
        """The request as the JSON document the site signs (``with_proof`` False: what the old identity signs)."""
        document = {"kind": KIND_JOIN, "share": self.share_id, "site": self.site_id, "name": self.name,
                    "public_key": keys.encode_key(self.public_key), "requested_at": self.requested_at}
        if self.outlet_id:  # requests of the previous version carry no outlet and must still verify
            document.update(outlet=self.outlet_id, outlet_code=self.outlet_code)
        elif self.outlet_code:  # a new computer of an existing outlet knows only its code
            document.update(outlet_code=self.outlet_code)
        if self.box_key:  # likewise: only requests that carry a box key sign one
            document.update(box_key=keys.encode_key(self.box_key))
        if self.rekey_of:  # only a re-key's request names the identity it replaces
            document.update(rekey_of=self.rekey_of)
            if with_proof:
                document.update(rekey_proof=keys.encode_bytes(self.rekey_proof))
        return document

    def proves_rekey(self, old_keys: list[bytes]) -> bool:
        """Whether the re-key is signed by one of ``old_keys`` (the keys of the site it replaces)."""
        claim = bundle.canonical_json(self.to_document(with_proof=False))
        return bool(self.rekey_of and self.rekey_proof) and any(
            keys.verify(key, claim, self.rekey_proof) for key in old_keys)

    def verify(self) -> bool:
        """Whether the request is signed by the key it carries."""
        return keys.verify(self.public_key, bundle.canonical_json(self.to_document()), self.signature)


# -- signed JSON documents -----------------------------------------------------------------------

def encode_signed_document(document: dict[str, Any], private_key: bytes) -> bytes:
    """File bytes of ``document`` with a detached signature over its canonical JSON."""
    signature = keys.sign(private_key, bundle.canonical_json(document))
    wrapper = {"document": document, "signature": base64.b64encode(signature).decode("ascii")}
    # Indented so support staff can read a roster or request; the signature covers the canonical form.
    return (json.dumps(wrapper, sort_keys=True, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def decode_signed_document(data: bytes) -> tuple[dict[str, Any], bytes]:
    """(document, signature) of a signed file, without verifying; ValueError when malformed."""
    try:
        wrapper = json.loads(data)
        document, signature = wrapper["document"], base64.b64decode(wrapper["signature"], validate=True)
    except (ValueError, KeyError, TypeError, binascii.Error) as error:
        raise ValueError(f"not a signed document: {error}") from None
    if not isinstance(document, dict):
        raise ValueError("not a signed document: the document is not an object")
    return document, signature


def verify_signed_document(data: bytes, public_key: bytes, kind: str) -> dict[str, Any]:
    """The document of a signed file of ``kind`` whose signature ``public_key`` made; ValueError otherwise."""
    document, signature = decode_signed_document(data)
    if document.get("kind") != kind:
        raise ValueError(f"not a {kind} document")
    if not keys.verify(public_key, bundle.canonical_json(document), signature):
        raise ValueError("signature does not verify")
    return document


# -- reading files that anyone with write access to the share may have planted --------------------

#: Open with O_NOFOLLOW | O_NONBLOCK and check the open file (POSIX). False: check ``os.lstat`` before
#: opening (Windows has neither flag; tests switch this off to exercise that path on Linux too).
POSIX_OPEN = os.name != "nt" and hasattr(os, "O_NOFOLLOW") and hasattr(os, "O_NONBLOCK")


class NotRegularFile(OSError):
    """A name that is a symlink, junction, FIFO, device or folder where a regular file must be."""


class FileTooLarge(OSError):
    """A file bigger than the most its kind may hold."""


class _OlderRoster(ValueError):
    """A validly signed roster under a newer version's file name: an old copy put back."""


def _not_regular(path: Path | str, what: str) -> NotRegularFile:
    return NotRegularFile(errno.EINVAL, f"not a regular file ({what})", str(path))


def _kind_of(mode: int) -> str:
    """What a file mode says the entry is, for a log line."""
    for test, kind in ((stat.S_ISLNK, "symlink"), (stat.S_ISDIR, "folder"), (stat.S_ISFIFO, "FIFO"),
                       (stat.S_ISCHR, "device"), (stat.S_ISBLK, "device"), (stat.S_ISSOCK, "socket")):
        if test(mode):
            return kind
    return "special file"


def _open_regular(path: Path | str) -> int:
    """A read-only descriptor of ``path``, provided it is a regular file; never follows a link or blocks."""
    if POSIX_OPEN:
        flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | getattr(os, "O_BINARY", 0)
        try:
            # O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer.
            return os.open(path, flags)
        except OSError as error:
            # O_NOFOLLOW refuses a symlink with ELOOP (Linux, macOS) or EMLINK (FreeBSD).
            if error.errno in (errno.ELOOP, errno.EMLINK, getattr(errno, "EFTYPE", errno.ELOOP)):
                raise _not_regular(path, "symlink") from None
            raise
    info = os.lstat(path)
    reparse = getattr(info, "st_file_attributes", 0) & stat.FILE_ATTRIBUTE_REPARSE_POINT
    if not stat.S_ISREG(info.st_mode) or reparse:
        raise _not_regular(path, "junction" if reparse and not stat.S_ISLNK(info.st_mode)
                           else _kind_of(info.st_mode))
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    opened = os.fstat(fd)
    # Swapped for something else between the check and the open: refuse what was opened.
    if (opened.st_ino and info.st_ino and (opened.st_ino, opened.st_dev) != (info.st_ino, info.st_dev)):
        os.close(fd)
        raise _not_regular(path, "replaced while opened")
    return fd


def read_regular_file(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    NotRegularFile for a symlink, junction, FIFO, device or folder (never read, never followed,
    never waited on); FileTooLarge past ``limit``; other OSErrors as the system raises them.
    """
    fd = _open_regular(path)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(path, _kind_of(info.st_mode))
        if info.st_size > limit:
            raise FileTooLarge(errno.EFBIG, f"larger than {limit} bytes", str(path))
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1024 * 1024, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # grew while being read
            raise FileTooLarge(errno.EFBIG, f"larger than {limit} bytes", str(path))
        return b"".join(chunks)
    finally:
        os.close(fd)


# -- file names ------------------------------------------------------------------------------------

_CONFLICT_MARKS = re.compile(
    r"conflict"            # Dropbox/Nextcloud "conflicted copy", Syncthing ".sync-conflict-", Seafile "SFConflict"
    r"|\(\d+\)"            # Windows, Google Drive, OneDrive "name (1).ext"
    r"|\s\d+\.[^.]+$"      # iCloud Drive "name 2.ext"
    r"|\bcopy\b",          # "name - Copy.ext", "name copy.ext"
    re.IGNORECASE)
_TEMP_PREFIXES = ("~$", ".~", "~", ".tmp-", ".syncthing.", ".goutputstream")
_TEMP_SUFFIXES = (".tmp", ".temp", ".partial", ".part", ".!sync", ".crdownload", ".download", ".swp",
                  ".~tmp", ".icloud")


def is_conflict_copy(name: str) -> bool:
    """Whether a file name looks like a sync client's conflict copy (worth a line in the sync log)."""
    return bool(_CONFLICT_MARKS.search(name))


def is_temporary(name: str) -> bool:
    """Whether a file name looks like a file still being written (ours or a sync client's)."""
    lowered = name.lower()
    return lowered.startswith(_TEMP_PREFIXES) or lowered.endswith(_TEMP_SUFFIXES) or ".tmp" in lowered


def _iso(now: datetime | str) -> str:
    """ISO-8601 UTC text of a moment given as a datetime or already as text."""
    if isinstance(now, datetime):
        moment = now if now.tzinfo else now.replace(tzinfo=timezone.utc)
        return moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
    return str(now)


_reported_irregular: set[str] = set()


def _report_irregular(path: Path) -> None:
    """Say once per process that an entry of the share is not a regular file and is ignored."""
    if str(path) not in _reported_irregular:
        _reported_irregular.add(str(path))
        _log.warning("ignored %s: not a regular file (a link, a folder, a FIFO or a device)", path)


@dataclass(frozen=True)
class BundleListing:
    """A site folder's bundles (regular files, by seq) and the entries named like bundles that are not files."""

    bundles: list[tuple[int, str]]
    not_files: list[tuple[int, str]]


def roster_from_kept(document: dict | None) -> Roster | None:
    """The roster of a site's kept copy (``state.kept_roster_document``); None when none or unreadable."""
    if not document:
        return None
    try:
        return Roster.from_document(document)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


# -- the share -----------------------------------------------------------------------------------

class Share:
    """A shared folder as seen by one site: read anything, write only new files."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)

    def __repr__(self) -> str:
        return f"Share({str(self.root)!r})"

    @property
    def base(self) -> Path:
        """``<root>/aftersales/v1``: everything of ours lives below it."""
        return self.root.joinpath(*LAYOUT)

    @property
    def marker_path(self) -> Path:
        """The identity marker file."""
        return self.base / MARKER_NAME

    # -- identity --------------------------------------------------------------------------------

    def reachable(self) -> bool:
        """Whether the root is a directory this user can list (False when offline or unmounted)."""
        try:
            with os.scandir(self.root) as entries:
                next(entries, None)
        except OSError:
            return False
        return True

    def marker(self) -> ShareMarker:
        """The share's identity; ShareError unreachable / empty / corrupt."""
        if not self.reachable():
            raise ShareError("unreachable", N_("The shared folder {path} cannot be reached."),
                             path=str(self.root))
        try:
            data = self._read_small(self.marker_path)
        except FileNotFoundError:
            raise ShareError("empty", N_("The folder {path} holds no after-sales share (no share marker): "
                                         "it is empty, not mounted, or the wrong folder."),
                             path=str(self.root)) from None
        except OSError as error:
            raise ShareError("corrupt", N_("The share marker in {path} cannot be read."),
                             path=str(self.root), detail=str(error)) from error
        try:
            document, _ = decode_signed_document(data)
            marker = ShareMarker(share_id=str(document["share"]), created_at=str(document["created_at"]),
                                 hq_site_id=keys.check_site_id(document["hq_site"]),
                                 hq_public_key=keys.decode_key(document["hq_public_key"]))
            # The marker is signed by the HQ key it names: that proves only that it is intact;
            # check() compares the key with the one this site joined under.
            verify_signed_document(data, marker.hq_public_key, KIND_MARKER)
        except (ValueError, KeyError, TypeError) as error:
            raise ShareError("corrupt", N_("The share marker in {path} cannot be read."),
                             path=str(self.root), detail=str(error)) from None
        return marker

    def check(self, share_id: str, hq_public_key: bytes) -> ShareMarker:
        """The marker, provided it is the share this site joined; ShareError "different" otherwise."""
        marker = self.marker()
        if marker.share_id != share_id or marker.hq_public_key != bytes(hq_public_key):
            raise ShareError("different", N_("The folder {path} holds a different after-sales share than "
                                             "the one this site joined."),
                             path=str(self.root), found=marker.share_id, expected=share_id)
        return marker

    @classmethod
    def initialise(cls, root: Path | str, *, hq_site_id: str, hq_name: str, hq_private_key: bytes,
                   now: datetime | str, hq_outlet_id: str = "", hq_outlet_code: str = "",
                   hq_box_key: bytes = b"") -> "Share":
        """Set up a new share in an existing folder: layout, roster version 1 listing HQ, then the marker.

        ``hq_box_key`` (HQ's X25519 public key) lets sites seal their join requests for HQ.

        The marker is written last, so a set-up cut short leaves no share that looks valid.
        """
        share = cls(root)
        keys.check_site_id(hq_site_id)
        if not share.reachable():
            raise ShareError("unreachable", N_("The shared folder {path} cannot be reached."),
                             path=str(share.root))
        if share.marker_path.exists():
            raise ShareError("exists", N_("The folder {path} already holds an after-sales share."),
                             path=str(share.root))
        if share.base.is_dir() and any(p.is_file() for p in share.base.rglob("*")):
            raise ShareError("exists", N_("The folder {path} already holds after-sales share files but no "
                                          "share marker: choose an empty folder."), path=str(share.root))
        created_at = _iso(now)
        hq_public_key = keys.public_key_of(hq_private_key)
        share_id = uuid7()
        try:
            share.base.mkdir(parents=True, exist_ok=True)
            for name in (ROSTER_DIR, REQUESTS_DIR, SITES_DIR, SNAPSHOTS_DIR):
                (share.base / name).mkdir(exist_ok=True)
        except OSError as error:
            raise share._io_error(share.base, error) from error
        roster = Roster(share_id=share_id, version=1, sites={hq_site_id: RosterEntry(
            site_id=hq_site_id, name=hq_name, public_key=hq_public_key, role="hq", added_at=created_at,
            outlet_id=hq_outlet_id, outlet_code=hq_outlet_code, admin=True, box_key=bytes(hq_box_key))},
            revoked={})
        roster = with_devices(roster)
        share._write_roster(roster, hq_private_key)
        try:
            share.site_dir(hq_site_id).mkdir(exist_ok=True)
        except OSError as error:
            raise share._io_error(share.site_dir(hq_site_id), error) from error
        marker = {"kind": KIND_MARKER, "share": share_id, "created_at": created_at, "hq_site": hq_site_id,
                  "hq_public_key": keys.encode_key(hq_public_key), "layout": "/".join(LAYOUT)}
        share.write_new_file(share.base, MARKER_NAME, encode_signed_document(marker, hq_private_key))
        return share

    # -- roster ----------------------------------------------------------------------------------

    def roster(self, hq_public_key: bytes, *, min_version: int = 0) -> Roster:
        """The highest roster version signed by HQ for this share; files that fail a check are skipped.

        ``min_version`` is the highest version this site has verified before. When the share offers
        nothing that new, ShareError says why (the codes of ``ROSTER_UNTRUSTED``):
        "rollback" when every file from that version on is gone, or holds an older roster (files
        removed, or restored from an old copy); "roster_damaged" when such a file is there but fails
        its checks (empty, unreadable, not signed by HQ); "roster_missing" when the share holds no
        roster file at all. "corrupt" when a site that has seen no roster finds none valid.
        Skipped files are listed in ``Roster.problems`` and logged.
        """
        marker = self.marker()
        if marker.hq_public_key != bytes(hq_public_key):
            raise ShareError("different", N_("The folder {path} holds a different after-sales share than "
                                             "the one this site joined."),
                             path=str(self.root), found=marker.share_id, expected="")
        problems: list[str] = []
        versions: list[tuple[int, str]] = []
        regular, irregular = self._scan(self.base / ROSTER_DIR)
        for name in regular + irregular:
            match = ROSTER_PATTERN.fullmatch(name)
            if match:
                versions.append((int(match.group(1)), name))
            elif not is_temporary(name):
                problems.append(f"{ROSTER_DIR}/{name}: not a roster name"
                                + (" (conflict copy)" if is_conflict_copy(name) else ""))
        found: Roster | None = None
        damaged: list[str] = []   # names at or past min_version that fail their checks
        restored: list[str] = []  # names at or past min_version holding an older, validly signed roster
        for version, name in sorted(versions, reverse=True):
            try:
                found = self._read_roster_file(marker, version, name)
                break
            except _OlderRoster as error:
                problems.append(f"{ROSTER_DIR}/{name}: {error}")
                if version >= min_version:
                    restored.append(name)
            except (ValueError, KeyError, TypeError, AttributeError, OSError) as error:
                problems.append(f"{ROSTER_DIR}/{name}: {error}")
                if version >= min_version:
                    damaged.append(name)
        for problem in problems:
            _log.warning("roster: ignored %s", problem)
        if found is not None and found.version >= min_version:
            found.problems = problems
            return found
        if not versions:
            raise ShareError("roster_missing", N_("The shared folder {path} holds no roster of sites: the roster "
                                                  "files were removed. Head office must republish the roster."),
                             path=str(self.root), expected=min_version)
        if min_version <= 0:
            raise ShareError("corrupt", N_("The shared folder {path} holds no valid roster of sites."),
                             path=str(self.root), problems=problems)
        if damaged and not restored:
            raise ShareError("roster_damaged", N_("The newest roster file on the share ({name}) is damaged (empty, "
                                                  "unreadable or not signed by head office) and this site has "
                                                  "already seen version {expected}: head office must republish "
                                                  "the roster."),
                             name=damaged[0], expected=min_version, found=found.version if found else 0,
                             problems=problems)
        raise ShareError("rollback", N_("The share offers roster version {found} but this site has already "
                                        "seen version {expected}: roster files were removed or restored from "
                                        "an old copy. Head office must republish the roster."),
                         found=found.version if found else 0, expected=min_version, problems=problems)

    def _read_roster_file(self, marker: ShareMarker, version: int, name: str) -> Roster:
        """The roster in ``roster/<name>``, checked; ValueError (``_OlderRoster`` for an old copy) otherwise."""
        data = self._read_small(self.base / ROSTER_DIR / name)
        roster = Roster.from_document(verify_signed_document(data, marker.hq_public_key, KIND_ROSTER))
        if roster.share_id != marker.share_id:
            raise ValueError("roster of another share")
        if roster.version < version:
            raise _OlderRoster(f"file name says version {version}, document says {roster.version}")
        if roster.version != version:
            raise ValueError(f"file name says version {version}, document says {roster.version}")
        hq = roster.sites.get(marker.hq_site_id)
        if hq is None or hq.role != "hq" or hq.public_key != marker.hq_public_key:
            raise ValueError("head office missing from the roster")
        return roster

    def trusted_roster(self, hq_public_key: bytes, kept: Roster | None, *,
                       min_version: int = 0) -> tuple[Roster, ShareError | None]:
        """The share's roster, or ``kept`` when the share offers nothing as new as what this site verified.

        ``kept`` is this site's own copy of the newest roster it verified or (HQ) published. Returns
        (roster, None), or (kept, the ShareError saying what is wrong with the share's rosters) when
        the share's newest was removed, damaged or rolled back: a file deleted or restored on the
        share never undoes a revocation this site has seen. Raises when there is no copy to fall
        back on, or when the share itself is unusable.
        """
        floor = max(min_version, kept.version if kept is not None else 0)
        try:
            return self.roster(hq_public_key, min_version=floor), None
        except ShareError as error:
            if (error.code in ROSTER_UNTRUSTED and kept is not None and kept.version >= floor
                    and kept.share_id == self.marker().share_id):
                return kept, error
            raise

    def publish_roster(self, roster: Roster, hq_private_key: bytes) -> Roster:
        """Publish ``roster``'s sites and revocations as the next version (a new file); returns it.

        The next version is past both ``roster`` (HQ's own copy, which a deleted file cannot lower)
        and every roster file name on the share.
        """
        marker = self._require_hq(hq_private_key)
        if roster.share_id != marker.share_id:
            raise ShareError("different", N_("The folder {path} holds a different after-sales share than "
                                             "the one this site joined."),
                             path=str(self.root), found=marker.share_id, expected=roster.share_id)
        taken = [int(m.group(1)) for m in map(ROSTER_PATTERN.fullmatch, sum(self._scan(self.base / ROSTER_DIR), []))
                 if m]
        # Past every existing file name, valid or not: an unreadable newest file still owns its number.
        published = with_devices(replace(roster, version=max([roster.version, *taken]) + 1, problems=[]))
        self._write_roster(published, hq_private_key)
        return published

    def _write_roster(self, roster: Roster, hq_private_key: bytes) -> None:
        """Write one roster version as a new signed file (never over an existing one)."""
        self.write_new_file(self.base / ROSTER_DIR, f"{roster.version:010d}.roster",
                            encode_signed_document(roster.to_document(), hq_private_key))

    def _require_hq(self, hq_private_key: bytes) -> ShareMarker:
        """The marker, provided ``hq_private_key`` is the HQ key it names; ShareError "not_hq" otherwise."""
        marker = self.marker()
        if keys.public_key_of(hq_private_key) != marker.hq_public_key:
            raise ShareError("not_hq", N_("Only head office can change the roster of this share."))
        return marker

    # -- joining ---------------------------------------------------------------------------------

    def request_join(self, *, site_id: str, name: str, public_key: bytes, private_key: bytes,
                     now: datetime | str, outlet_id: str = "", outlet_code: str = "",
                     box_key: bytes = b"", rekey_of: str = "", rekey_private_key: bytes = b"") -> Path:
        """Ask HQ to admit this site: writes ``requests/<site_id>.join`` signed by the site's own key.

        Sealed for head office's box key when the roster names one, so an observer of the share
        does not read the site's name and outlet.
        """
        marker = self.marker()
        data = _encode_request(marker.share_id, site_id, name, public_key, private_key, now, outlet_id, outlet_code,
                               box_key=box_key, hq_box_key=self.hq_box_key(), rekey_of=rekey_of,
                               rekey_private_key=rekey_private_key)
        return self._write_own_file(self.base / REQUESTS_DIR, f"{keys.check_site_id(site_id)}{JOIN_SUFFIX}",
                                    data)

    def hq_box_key(self) -> bytes:
        """Head office's box public key from the roster (b"" when it has none: an older share)."""
        marker = self.marker()
        entry = self.roster(marker.hq_public_key).sites.get(marker.hq_site_id)
        return entry.box_key if entry is not None else b""

    def join_requests(self, hq_public_key: bytes | None = None, hq_box_private: bytes | None = None, *,
                      roster: Roster | None = None) -> list[JoinRequest]:
        """Pending requests: self-signed, for this share, from sites not on the roster with that key.

        Requests from revoked sites are left out (they cannot be approved). Sealed requests are
        read with ``hq_box_private`` (head office's box key); without it they are skipped.
        ``roster``: the one to judge them by (HQ's own copy); the share's newest when None.
        """
        marker = self.marker()
        if roster is None:
            roster = self.roster(hq_public_key if hq_public_key is not None else marker.hq_public_key)
        pending: list[JoinRequest] = []
        for file_name in self._names(self.base / REQUESTS_DIR):
            if not file_name.endswith(JOIN_SUFFIX) or not keys.SITE_ID_PATTERN.fullmatch(
                    file_name[:-len(JOIN_SUFFIX)]):
                continue
            try:
                request = read_request_file(self.base / REQUESTS_DIR / file_name, hq_box_private)
            except ShareError as error:
                _log.warning("join request %s ignored: %s", file_name, error.params.get("detail", error))
                continue
            if request.site_id != file_name[:-len(JOIN_SUFFIX)] or request.share_id not in ("", marker.share_id):
                _log.warning("join request %s ignored: wrong site or share", file_name)
                continue
            entry = roster.sites.get(request.site_id)
            if roster.is_revoked(request.site_id) or (entry and entry.public_key == request.public_key):
                continue
            pending.append(request)
        return sorted(pending, key=lambda r: (r.requested_at, r.site_id))

    def approve(self, request: JoinRequest, hq_private_key: bytes, now: datetime | str, *,
                admin: bool | None = None, hq_box_private: bytes | None = None,
                base: Roster | None = None, outlet_id: str = "") -> Roster:
        """Admit a site (HQ only): publishes a roster version with its key; returns the new roster.

        A site already on the roster with another key re-joined after losing its key: the new key
        replaces it and the old one is kept in ``former_keys`` so its earlier bundles still verify.
        The site is bound to the outlet its request names (a binding never changes afterwards);
        ``admin`` None makes the first site of an outlet its administration device, later ones not.
        ``outlet_id``: the outlet head office found for a request that names only its code.
        In an encrypted share every data key is wrapped for the request's box key, so the site reads
        history and snapshots; that needs ``hq_box_private``. ``base``: the roster to build on
        (HQ's own copy); the share's newest when None.
        """
        marker = self._require_hq(hq_private_key)
        if not request.verify():
            raise ShareError("invalid", N_("The join request of {site} is not signed by the key it "
                                           "presents: refuse it."), site=request.name or request.site_id)
        if request.share_id not in ("", marker.share_id):
            raise ShareError("different", N_("The join request of {site} is for another share."),
                             site=request.name or request.site_id)
        if request.site_id == marker.hq_site_id:
            raise ShareError("hq_site", N_("Head office's own entry on the roster cannot be changed."))
        roster = base if base is not None else self.roster(marker.hq_public_key)
        if roster.is_revoked(request.site_id):
            raise ShareError("revoked", N_("Site {site} was revoked and cannot join again."),
                             site=request.name or request.site_id)
        current = roster.sites.get(request.site_id)
        outlet_id, outlet_code = request.outlet_id or outlet_id, request.outlet_code
        if current is not None and current.outlet_id:
            outlet_id, outlet_code = current.outlet_id, current.outlet_code
        if admin is None:
            admin = current.admin if current is not None else not any(
                e.outlet_id == outlet_id for site, e in roster.sites.items()
                if site not in roster.revoked and outlet_id)
        box_key = request.box_key or (current.box_key if current and current.public_key == request.public_key
                                      else b"")
        if (current is not None and current.public_key == request.public_key and current.name == request.name
                and (current.outlet_id, current.admin) == (outlet_id, admin) and current.box_key == box_key):
            return roster  # approved already
        former: tuple[bytes, ...] = ()
        if current is not None and current.public_key != request.public_key:
            former = (current.public_key, *current.former_keys)
        elif current is not None:
            former = current.former_keys
        entry = RosterEntry(site_id=request.site_id, name=request.name, public_key=request.public_key,
                            role="outlet", added_at=current.added_at if current else _iso(now),
                            former_keys=former, outlet_id=outlet_id, outlet_code=outlet_code,
                            admin=bool(admin and outlet_id), box_key=box_key)
        admitted = replace(roster, sites={**roster.sites, request.site_id: entry})
        if current is not None and current.box_key != box_key:
            # Copies wrapped for the box key the site lost are of no use to it any more.
            admitted = replace(admitted, data_keys=tuple(
                DataKey(k.key_id, {s: w for s, w in k.wrapped.items() if s != request.site_id})
                for k in admitted.data_keys))
        if box_key and roster.data_keys:
            admitted = self._wrap_for(admitted, [request.site_id], hq_box_private)
        return self.publish_roster(admitted, hq_private_key)

    def bind_sites(self, bindings: dict[str, tuple[str, str, bool]], hq_private_key: bytes, *,
                   base: Roster | None = None) -> Roster:
        """Bind roster sites that have no outlet yet to (outlet id, code, admin) (HQ only, for older shares).

        Sites already bound keep their outlet: a binding never changes, or a site could move its
        history into another outlet. Returns the roster in force (a new version when anything changed).
        """
        marker = self._require_hq(hq_private_key)
        roster = base if base is not None else self.roster(marker.hq_public_key)
        sites = dict(roster.sites)
        for site_id, (outlet_id, outlet_code, admin) in bindings.items():
            entry = sites.get(site_id)
            if entry is None or entry.outlet_id or not outlet_id:
                continue
            sites[site_id] = replace(entry, outlet_id=outlet_id, outlet_code=outlet_code,
                                     admin=admin or entry.role == "hq")
        if sites == roster.sites:
            return roster
        return self.publish_roster(replace(roster, sites=sites), hq_private_key)

    def revoke(self, site_id: str, hq_private_key: bytes, now: datetime | str, *,
               base: Roster | None = None, last_seq: int | None = None) -> Roster:
        """Revoke a site (HQ only): its bundles are refused from now on; it stays listed for history.

        ``base``: the roster to build on (HQ's own copy); the share's newest when None.
        """
        marker = self._require_hq(hq_private_key)
        if site_id == marker.hq_site_id:
            raise ShareError("hq_site", N_("Head office cannot revoke its own site."))
        roster = base if base is not None else self.roster(marker.hq_public_key)
        if site_id not in roster.sites:
            raise ShareError("not_on_roster", N_("Site {site} is not on the roster of this share."),
                             site=site_id)
        if roster.is_revoked(site_id):
            return roster
        revoked = replace(roster, revoked={**roster.revoked, site_id: _iso(now)},
                          revoked_after={**roster.revoked_after,
                                         **({site_id: last_seq} if last_seq is not None else {})})
        if revoked.encryption:
            # A new data key for the sites still active: what is written from now on, the revoked
            # site cannot read (it keeps the older keys it had, and what they sealed).
            revoked = _with_new_data_key(revoked)
        return self.publish_roster(revoked, hq_private_key)

    # -- encryption ------------------------------------------------------------------------------

    def enable_encryption(self, hq_private_key: bytes, hq_box_private: bytes, *,
                          base: Roster | None = None) -> Roster:
        """Turn encryption on (HQ only): HQ's box key on the roster, data key 1 wrapped for every site.

        Idempotent: a share already encrypted gets its missing wraps only. Returns the roster in force.
        """
        marker = self._require_hq(hq_private_key)
        roster = base if base is not None else self.roster(marker.hq_public_key)
        hq = roster.sites[marker.hq_site_id]
        box_public = confidential.box_public_key_of(hq_box_private)
        if hq.box_key and hq.box_key != box_public:
            raise ShareError("key", N_("Head office's encryption key on this computer is not the one on the "
                                       "roster: restore head office's keys before encrypting the share."))
        updated = replace(roster, sites={**roster.sites, marker.hq_site_id: replace(hq, box_key=box_public)},
                          encryption=True)
        if not updated.data_keys:
            updated = _with_new_data_key(updated)
        updated = self._wrap_for(updated, updated.active_sites(), hq_box_private)
        if updated == roster and updated.data_keys == roster.data_keys and roster.encryption:
            return roster
        return self.publish_roster(updated, hq_private_key)

    def _wrap_for(self, roster: Roster, site_ids: list[str], hq_box_private: bytes | None) -> Roster:
        """``roster`` with every data key wrapped for these sites' box keys (HQ unwraps them first)."""
        marker = self.marker()
        if hq_box_private is None:
            raise ShareError("key", N_("Head office's encryption key is needed to give a site the share's "
                                       "data keys."))
        plain = roster.share_keys(marker.hq_site_id, hq_box_private).data_keys
        data_keys = []
        for data_key in roster.data_keys:
            wrapped = dict(data_key.wrapped)
            for site_id in site_ids:
                entry = roster.sites.get(site_id)
                if entry is None or not entry.box_key or site_id in roster.revoked:
                    continue
                if site_id in wrapped:
                    continue  # approve drops the copies of a box key that changed
                if data_key.key_id not in plain:
                    raise ShareError("key", N_("Head office cannot unwrap data key {key_id} of the share with "
                                               "its encryption key."), key_id=data_key.key_id)
                wrapped[site_id] = confidential.wrap_key(plain[data_key.key_id], entry.box_key,
                                                         share_id=roster.share_id, site_id=site_id,
                                                         key_id=data_key.key_id)
            data_keys.append(DataKey(data_key.key_id, wrapped))
        return replace(roster, data_keys=tuple(data_keys))

    def announce_box_key(self, *, site_id: str, box_key: bytes, private_key: bytes,
                         now: datetime | str) -> Path | None:
        """A site of an older version tells HQ its new box key: ``requests/<site>.boxkey``, signed by its key.

        Returns the file written, or None when the share already holds this announcement.
        """
        marker = self.marker()
        path = self.base / REQUESTS_DIR / f"{keys.check_site_id(site_id)}{BOX_KEY_SUFFIX}"
        try:
            if verify_signed_document(self._read_small(path), keys.public_key_of(private_key),
                                      KIND_BOX_KEY).get("box_key") == keys.encode_key(box_key):
                return None
        except (OSError, ValueError):
            pass  # none yet, or unreadable: write it (again)
        document = {"kind": KIND_BOX_KEY, "share": marker.share_id, "site": keys.check_site_id(site_id),
                    "box_key": keys.encode_key(box_key), "announced_at": _iso(now)}
        return self._write_own_file(self.base / REQUESTS_DIR, f"{site_id}{BOX_KEY_SUFFIX}",
                                    encode_signed_document(document, private_key))

    def box_key_announcements(self, roster: Roster) -> dict[str, bytes]:
        """Box keys announced by active roster sites that have none yet, each signed by the site's key."""
        found: dict[str, bytes] = {}
        for site_id in roster.active_sites():
            entry = roster.sites[site_id]
            path = self.base / REQUESTS_DIR / f"{site_id}{BOX_KEY_SUFFIX}"
            if entry.box_key or not path.is_file():
                continue
            try:
                document = verify_signed_document(self._read_small(path), entry.public_key, KIND_BOX_KEY)
                if document.get("site") != site_id or document.get("share") != roster.share_id:
                    raise ValueError("announcement of another site or share")
                found[site_id] = keys.decode_key(document["box_key"])
            except (ValueError, KeyError, TypeError, OSError) as error:
                _log.warning("box key announcement %s ignored: %s", path.name, error)
        return found

    def adopt_box_keys(self, hq_private_key: bytes, hq_box_private: bytes | None, *,
                       base: Roster | None = None) -> Roster:
        """HQ: put announced box keys on the roster and wrap the data keys for them; the roster in force."""
        marker = self._require_hq(hq_private_key)
        roster = base if base is not None else self.roster(marker.hq_public_key)
        announced = self.box_key_announcements(roster)
        if not announced:
            return roster
        sites = {**roster.sites, **{s: replace(roster.sites[s], box_key=k) for s, k in announced.items()}}
        updated = replace(roster, sites=sites)
        if updated.data_keys:
            updated = self._wrap_for(updated, sorted(announced), hq_box_private)
        return self.publish_roster(updated, hq_private_key)

    # -- site folders and bundles ----------------------------------------------------------------

    def site_dir(self, site_id: str) -> Path:
        """``sites/<site_id>``: the folder only that site writes bundles into."""
        return self.base / SITES_DIR / keys.check_site_id(site_id)

    def list_sites(self) -> list[str]:
        """Site ids that have a folder on the share (whether or not they are on the roster)."""
        folder = self.base / SITES_DIR
        try:
            with os.scandir(folder) as entries:
                return sorted(e.name for e in entries
                              if keys.SITE_ID_PATTERN.fullmatch(e.name) and e.is_dir())
        except (FileNotFoundError, NotADirectoryError):
            return []
        except OSError as error:
            raise self._io_error(folder, error) from error

    def list_bundles(self, site_id: str) -> list[tuple[int, str]]:
        """(seq, file name) of the complete-looking bundles of a site, by seq; [] when it has no folder.

        Only regular files count: a symlink, FIFO, device or folder named like a bundle is left out
        (``scan_bundles`` lists those too).
        """
        return self.scan_bundles(site_id).bundles

    def scan_bundles(self, site_id: str) -> "BundleListing":
        """The bundles of a site's folder, and the entries named like bundles that are not regular files."""
        regular, irregular = self._scan(self.site_dir(site_id))
        found = []
        for name in regular:
            parsed = bundle.parse_name(name)
            if parsed is not None:
                found.append((parsed[0], name))
        return BundleListing(sorted(found), sorted((bundle.parse_name(name)[0], name) for name in irregular
                                                   if bundle.parse_name(name) is not None))

    def ignored_files(self, site_id: str) -> list[str]:
        """Names in a site folder that are neither bundles nor our own temp files (for the sync log).

        Entries that are not regular files (symlinks, FIFOs, devices, folders) are listed whatever
        their name.
        """
        regular, irregular = self._scan(self.site_dir(site_id))
        return sorted([name for name in regular
                       if bundle.parse_name(name) is None and not _TEMP_PATTERN.fullmatch(name)] + irregular)

    def publish_bundle(self, site_id: str, name: str, data: bytes) -> Path:
        """Publish one of this site's bundles in its folder (created on first use)."""
        if bundle.parse_name(name) is None:
            raise ValueError(f"not a bundle name: {name!r}")
        return self.write_new_file(self.site_dir(site_id), name, data)

    def read(self, path: Path, limit: int = MAX_BUNDLE_BYTES) -> bytes:
        """The bytes of a regular file on the share, at most ``limit``.

        ShareError "not_a_file" for a symlink, FIFO, device or folder (never followed, never waited
        on), "too_large" past ``limit``, "io" when it cannot be read.
        """
        try:
            return read_regular_file(path, limit)
        except NotRegularFile as error:
            raise ShareError("not_a_file", N_("{path} on the shared folder is not a regular file (a link, a "
                                              "folder, a FIFO or a device): it is ignored."),
                             path=str(path), detail=error.strerror or str(error)) from None
        except FileTooLarge as error:
            raise ShareError("too_large", N_("{path} on the shared folder is larger than {limit} bytes: it is "
                                             "ignored."), path=str(path), limit=limit) from error
        except OSError as error:
            raise self._io_error(Path(path), error) from error

    # -- snapshots -------------------------------------------------------------------------------

    def write_snapshot(self, name: str, data: bytes) -> Path:
        """Publish an HQ snapshot under a strict name (``<16 hex>-<16 hex>.snapshot``)."""
        if not SNAPSHOT_PATTERN.fullmatch(name):
            raise ValueError(f"not a snapshot name: {name!r}")
        return self.write_new_file(self.base / SNAPSHOTS_DIR, name, data)

    def remove_snapshot(self, name: str) -> None:
        """Remove a snapshot head office superseded (HQ only writes here); gone already is fine."""
        if not SNAPSHOT_PATTERN.fullmatch(name):
            raise ValueError(f"not a snapshot name: {name!r}")
        try:
            (self.base / SNAPSHOTS_DIR / name).unlink(missing_ok=True)
        except OSError as error:
            raise self._io_error(self.base / SNAPSHOTS_DIR / name, error) from error

    def list_snapshots(self) -> list[str]:
        """Snapshot file names with the strict pattern, sorted."""
        return sorted(n for n in self._names(self.base / SNAPSHOTS_DIR) if SNAPSHOT_PATTERN.fullmatch(n))

    def read_snapshot(self, name: str, limit: int = 2 * 1024 * 1024 * 1024) -> bytes:
        """The bytes of a snapshot file (a regular file of at most ``limit`` bytes; see ``read``)."""
        if not SNAPSHOT_PATTERN.fullmatch(name):
            raise ValueError(f"not a snapshot name: {name!r}")
        return self.read(self.base / SNAPSHOTS_DIR / name, limit)

    # -- writing ---------------------------------------------------------------------------------

    def write_new_file(self, directory: Path, name: str, data: bytes) -> Path:
        """Publish ``data`` as ``directory/name`` atomically and never over an existing file.

        Written under a temp name, fsynced, then hard-linked to the final name (a link fails when
        the name exists); file systems without hard links get an existence check and a rename.
        An existing file with the same bytes is success (a retry after a crash); with other bytes
        FileExistsError. ``directory`` is created if missing, but not its parents: a share that is
        not mounted never gets a fresh folder tree written into the empty mount point.
        """
        directory = Path(directory)
        if "/" in name or "\\" in name or is_temporary(name):
            raise ValueError(f"not a publishable file name: {name!r}")
        final = directory / name
        try:
            directory.mkdir(exist_ok=True)
            temp = self._write_temp(directory, data)
        except OSError as error:
            raise self._io_error(final, error) from error
        try:
            try:
                os.link(temp, final)
            except FileExistsError:
                self._same_or_raise(final, data)
            except OSError:
                # No hard links here (FAT, some SMB/NAS): one writer per folder makes check-then-rename
                # safe enough; Windows' rename refuses an existing target anyway.
                if final.exists():
                    self._same_or_raise(final, data)
                else:
                    try:
                        os.rename(temp, final)
                    except FileExistsError:
                        self._same_or_raise(final, data)
        except OSError as error:
            if isinstance(error, FileExistsError):
                raise
            raise self._io_error(final, error) from error
        finally:
            try:
                temp.unlink()
            except FileNotFoundError:
                pass  # renamed into place
            except OSError as error:
                _log.warning("could not remove temp file %s: %s", temp, error)
        fsync_directory(directory)
        return final

    def _write_own_file(self, directory: Path, name: str, data: bytes) -> Path:
        """Write a file only this site ever writes, replacing its earlier version atomically."""
        final = directory / name
        try:
            if self._holds(final, data):
                return final
            temp = self._write_temp(directory, data)
            os.replace(temp, final)
        except OSError as error:
            raise self._io_error(final, error) from error
        fsync_directory(directory)
        return final

    @staticmethod
    def _write_temp(directory: Path, data: bytes) -> Path:
        """Write and fsync ``data`` under a fresh temp name in ``directory``."""
        temp = directory / f".tmp-{secrets.token_hex(8)}.partial"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            temp.unlink(missing_ok=True)
            raise
        os.close(fd)
        return temp

    @classmethod
    def _same_or_raise(cls, final: Path, data: bytes) -> None:
        """Accept an existing file holding exactly ``data``; FileExistsError otherwise."""
        if not cls._holds(final, data):
            raise FileExistsError(errno.EEXIST, "a different file already has this name", str(final))

    @staticmethod
    def _holds(path: Path, data: bytes) -> bool:
        """Whether ``path`` is a regular file holding exactly ``data`` (a FIFO or a link planted there is not)."""
        try:
            return read_regular_file(path, len(data)) == data
        except OSError:
            return False

    def clean_temporary(self, directory: Path, *, older_than_seconds: float = 3600.0) -> int:
        """Remove our own temp files left by a crash (only ``.tmp-<hex>.partial``); returns how many."""
        removed = 0
        cutoff = time.time() - older_than_seconds
        for name in self._names(Path(directory)):
            if not _TEMP_PATTERN.fullmatch(name):
                continue
            path = Path(directory) / name
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except OSError:
                pass  # another process finished or removed it
        return removed

    # -- helpers ---------------------------------------------------------------------------------

    def _names(self, directory: Path) -> list[str]:
        """Names of the regular files in ``directory``; [] when it does not exist."""
        return self._scan(directory)[0]

    def _scan(self, directory: Path) -> tuple[list[str], list[str]]:
        """(regular files, other entries) of ``directory``; the others are logged once per process.

        Nothing at all when ``directory`` itself is a symlink or junction.
        """
        regular: list[str] = []
        irregular: list[str] = []
        # A folder of ours replaced by a link would make files elsewhere look like the share's.
        if os.path.islink(directory) or getattr(os.path, "isjunction", lambda _path: False)(directory):
            _report_irregular(Path(directory))
            return [], []
        try:
            with os.scandir(directory) as entries:
                for entry in entries:
                    try:
                        # The entry itself, never what a link points to; a junction is not a file.
                        plain = entry.is_file(follow_symlinks=False) and not entry.is_symlink()
                    except OSError:
                        plain = False
                    (regular if plain else irregular).append(entry.name)
        except (FileNotFoundError, NotADirectoryError):
            return [], []
        except OSError as error:
            raise self._io_error(directory, error) from error
        for name in irregular:
            _report_irregular(Path(directory) / name)
        return regular, irregular

    def _read_small(self, path: Path, limit: int = _MAX_DOCUMENT_BYTES) -> bytes:
        """A document file (a regular file, never followed or waited on), refusing anything past ``limit``."""
        return read_regular_file(path, limit)

    def _io_error(self, path: Path, error: OSError) -> ShareError:
        """The error for a file the share would not let us read or write."""
        return ShareError("io", N_("The shared folder could not be read or written ({path}): {detail}"),
                          path=str(path), detail=error.strerror or str(error))


# -- data keys -------------------------------------------------------------------------------------

def _with_new_data_key(roster: Roster) -> Roster:
    """``roster`` with a fresh data key, the newest, wrapped for every active site that has a box key."""
    key_id = max((k.key_id for k in roster.data_keys), default=0) + 1
    data_key = confidential.new_data_key()
    wrapped = {site: confidential.wrap_key(data_key, roster.sites[site].box_key, share_id=roster.share_id,
                                           site_id=site, key_id=key_id)
               for site in roster.active_sites() if roster.sites[site].box_key}
    return replace(roster, data_keys=(*roster.data_keys, DataKey(key_id, wrapped)))


# -- join requests as files (the USB-stick way) ---------------------------------------------------

def _encode_request(share_id: str, site_id: str, name: str, public_key: bytes, private_key: bytes,
                    now: datetime | str, outlet_id: str = "", outlet_code: str = "", *, box_key: bytes = b"",
                    hq_box_key: bytes = b"", rekey_of: str = "", rekey_private_key: bytes = b"") -> bytes:
    """A join request document signed by the requesting site's key, sealed for HQ when ``hq_box_key``."""
    keys.check_site_id(site_id)
    if keys.public_key_of(private_key) != bytes(public_key):
        raise ValueError("the private key does not belong to the public key")
    request = JoinRequest(share_id=share_id, site_id=site_id, name=name, public_key=bytes(public_key),
                          requested_at=_iso(now), outlet_id=outlet_id, outlet_code=outlet_code,
                          box_key=bytes(box_key), rekey_of=keys.check_site_id(rekey_of) if rekey_of else "")
    if rekey_of:  # the old identity signs the request first: only that installation can retire it
        request = replace(request, rekey_proof=keys.sign(rekey_private_key, bundle.canonical_json(
            request.to_document(with_proof=False))))
    data = encode_signed_document(request.to_document(), private_key)
    return confidential.box_seal(data, hq_box_key, kind="join") if hq_box_key else data


def write_request_file(path: Path | str, *, site_id: str, name: str, public_key: bytes,
                       private_key: bytes, now: datetime | str, share_id: str = "", outlet_id: str = "",
                       outlet_code: str = "", box_key: bytes = b"", hq_box_key: bytes = b"") -> Path:
    """Write a join request to any file (a USB stick), for HQ to read with ``read_request_file``.

    Sealed for head office's box key ``hq_box_key`` when given: only head office reads it.
    """
    path = Path(path)
    path.write_bytes(_encode_request(share_id, site_id, name, public_key, private_key, now, outlet_id, outlet_code,
                                     box_key=box_key, hq_box_key=hq_box_key))
    return path


def read_request_file(path: Path | str, hq_box_private: bytes | None = None) -> JoinRequest:
    """A join request read from a file, self-signature checked; ShareError "invalid" otherwise.

    A sealed request needs head office's box private key ``hq_box_private``.
    """
    path = Path(path)
    try:
        data = read_regular_file(path, _MAX_DOCUMENT_BYTES)
        if confidential.is_boxed(data):
            if hq_box_private is None:
                raise ValueError("sealed for head office, and head office's encryption key was not given")
            data = confidential.box_open(data, hq_box_private, kind="join")
        document, signature = decode_signed_document(data)
        if document.get("kind") != KIND_JOIN:
            raise ValueError("not a join request")
        request = JoinRequest(share_id=str(document["share"]), site_id=keys.check_site_id(document["site"]),
                              name=str(document["name"]), public_key=keys.decode_key(document["public_key"]),
                              requested_at=str(document["requested_at"]), signature=signature,
                              outlet_id=str(document.get("outlet") or ""),
                              outlet_code=str(document.get("outlet_code") or ""),
                              box_key=keys.decode_key(document["box_key"]) if document.get("box_key") else b"",
                              rekey_of=keys.check_site_id(document["rekey_of"]) if document.get("rekey_of") else "",
                              rekey_proof=keys.decode_bytes(document["rekey_proof"]) if document.get("rekey_of")
                              else b"")
    except (OSError, ValueError, KeyError, TypeError, SealError) as error:
        raise ShareError("invalid", N_("The file {path} is not a readable join request."),
                         path=str(path), detail=str(error)) from None
    if not request.verify():
        raise ShareError("invalid", N_("The join request of {site} is not signed by the key it presents: "
                                       "refuse it."), site=request.name or request.site_id,
                         detail="self-signature does not verify")
    return request
