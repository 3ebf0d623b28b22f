"""Encryption of what goes on the share: data keys wrapped per site, sealed files, and a site's keyring.

A share has data keys (32 random bytes each, ids 1, 2, ...; the newest seals). The roster carries
each data key wrapped for every site's X25519 "box" public key: ephemeral X25519, HKDF-SHA256,
AES-256-GCM, with share, site and key id bound as associated data. A sealed file is

    ``ASE1`` | key id (4 bytes, big-endian) | nonce (12 bytes) | AES-256-GCM(plain file bytes)

with the envelope, the kind of file ("bundle", "snapshot"), the share, the folder's site and the
file name as associated data: a sealed file renamed, moved to another site's folder or passed off
as another kind fails its tag. A file for one recipient (a join request for head office) is

    ``ASX1`` | ephemeral X25519 public key (32 bytes) | AES-256-GCM(plain bytes), nonce zero

(safe because every ephemeral key derives a fresh AES key). See docs/share-encryption.md.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from aftersales_desktop.domain.errors import Problem
from aftersales_desktop.i18n import N_

SEALED_MAGIC = b"ASE1"
BOXED_MAGIC = b"ASX1"
KEY_LENGTH = 32
NONCE_LENGTH = 12
TAG_LENGTH = 16
_ENVELOPE_LENGTH = len(SEALED_MAGIC) + 4 + NONCE_LENGTH
_WRAPPED_LENGTH = KEY_LENGTH + KEY_LENGTH + TAG_LENGTH
_ZERO_NONCE = bytes(NONCE_LENGTH)
KINDS = ("bundle", "snapshot", "join")


class SealError(Problem):
    """A sealed file this site cannot open; ``code`` is "sealed" (damaged, forged, renamed) or "key".

    "key": the file is sealed with a data key this site does not hold (unknown id, or not wrapped
    for it: a revoked site, or one head office has not given the key to yet).
    """


# -- box keys (X25519) -------------------------------------------------------------------------

def generate_box_keypair() -> tuple[bytes, bytes]:
    """A new X25519 key pair as (raw 32-byte private key, raw 32-byte public key)."""
    private = X25519PrivateKey.generate()
    return (private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                  serialization.NoEncryption()),
            _raw_public(private.public_key()))


def box_public_key_of(private: bytes) -> bytes:
    """The raw X25519 public key of a raw private key."""
    return _raw_public(X25519PrivateKey.from_private_bytes(bytes(private)).public_key())


def new_data_key() -> bytes:
    """32 random bytes: a data key."""
    return os.urandom(KEY_LENGTH)


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _derive(shared: bytes, ephemeral_public: bytes, recipient_public: bytes, purpose: bytes) -> bytes:
    """The AES key of one ephemeral exchange, bound to both public keys and to its purpose."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_LENGTH, salt=None,
                info=b"aftersales-desktop/v1/" + purpose + ephemeral_public + recipient_public).derive(shared)


def _to_box(recipient_public: bytes, plain: bytes, purpose: bytes, associated: bytes) -> bytes:
    """ephemeral public key | AES-GCM ciphertext, readable only with ``recipient_public``'s private key."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(bytes(recipient_public)))
    key = _derive(shared, ephemeral_public, bytes(recipient_public), purpose)
    return ephemeral_public + AESGCM(key).encrypt(_ZERO_NONCE, plain, associated)


def _from_box(private: bytes, data: bytes, purpose: bytes, associated: bytes) -> bytes:
    """The plain bytes of ``_to_box``; InvalidTag or ValueError when they are not for this key."""
    ephemeral_public, ciphertext = data[:KEY_LENGTH], data[KEY_LENGTH:]
    box = X25519PrivateKey.from_private_bytes(bytes(private))
    shared = box.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    key = _derive(shared, ephemeral_public, _raw_public(box.public_key()), purpose)
    return AESGCM(key).decrypt(_ZERO_NONCE, ciphertext, associated)


def _wrap_context(share_id: str, site_id: str, key_id: int) -> bytes:
    return "\0".join(("wrap", share_id, site_id, str(key_id))).encode("utf-8")


def wrap_key(data_key: bytes, box_public: bytes, *, share_id: str, site_id: str, key_id: int) -> bytes:
    """Data key ``key_id`` wrapped for one site's box key (80 bytes)."""
    return _to_box(box_public, data_key, b"wrap", _wrap_context(share_id, site_id, key_id))


def unwrap_key(wrapped: bytes, box_private: bytes, *, share_id: str, site_id: str, key_id: int) -> bytes:
    """The data key of ``wrap_key``; SealError "key" when it is not wrapped for this box key."""
    try:
        if len(wrapped) != _WRAPPED_LENGTH:
            raise ValueError("wrong length")
        return _from_box(box_private, wrapped, b"wrap", _wrap_context(share_id, site_id, key_id))
    except (InvalidTag, ValueError) as error:
        raise SealError("key", N_("Data key {key_id} of the share cannot be unwrapped with this "
                                  "installation's encryption key."), key_id=key_id, detail=str(error)) from None


def box_seal(data: bytes, recipient_public: bytes, *, kind: str) -> bytes:
    """``data`` (a join request) sealed for one recipient: head office's box key."""
    return BOXED_MAGIC + _to_box(recipient_public, data, kind.encode("ascii"), BOXED_MAGIC + kind.encode("ascii"))


def box_open(data: bytes, private: bytes, *, kind: str) -> bytes:
    """The plain bytes of ``box_seal``; SealError "sealed" when they are not for this key or damaged."""
    if not is_boxed(data) or len(data) < len(BOXED_MAGIC) + KEY_LENGTH + TAG_LENGTH:
        raise SealError("sealed", N_("The file is not sealed for head office."))
    try:
        return _from_box(private, data[len(BOXED_MAGIC):], kind.encode("ascii"),
                         BOXED_MAGIC + kind.encode("ascii"))
    except (InvalidTag, ValueError) as error:
        raise SealError("sealed", N_("The file is not sealed for head office, or it is damaged."),
                        detail=str(error)) from None


def is_boxed(data: bytes) -> bool:
    """Whether ``data`` starts like a file sealed for one recipient."""
    return data[:len(BOXED_MAGIC)] == BOXED_MAGIC


# -- data keys on the roster --------------------------------------------------------------------

@dataclass(frozen=True)
class DataKey:
    """One data key of the share as the roster holds it: its id and its wrapped copies, by site id."""

    key_id: int
    wrapped: dict[str, bytes] = field(default_factory=dict)


def is_sealed(data: bytes) -> bool:
    """Whether ``data`` starts like a file sealed with a data key."""
    return data[:len(SEALED_MAGIC)] == SEALED_MAGIC


def _associated(envelope: bytes, kind: str, share_id: str, site_id: str, name: str) -> bytes:
    return envelope + "\0".join((kind, share_id, site_id, name)).encode("utf-8")


def seal(plain: bytes, data_key: bytes, key_id: int, *, kind: str, share_id: str, site_id: str,
         name: str) -> bytes:
    """``plain`` sealed with data key ``key_id`` for the file ``name`` of ``site_id``'s ``kind``."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    envelope = SEALED_MAGIC + int(key_id).to_bytes(4, "big") + os.urandom(NONCE_LENGTH)
    return envelope + AESGCM(data_key).encrypt(envelope[-NONCE_LENGTH:], plain,
                                               _associated(envelope, kind, share_id, site_id, name))


def sealed_key_id(data: bytes) -> int:
    """The data key id a sealed file names (its envelope is plain text)."""
    return int.from_bytes(data[len(SEALED_MAGIC):len(SEALED_MAGIC) + 4], "big")


def open_sealed(data: bytes, data_keys: dict[int, bytes], *, kind: str, share_id: str, site_id: str,
                name: str) -> bytes:
    """The plain bytes of a sealed file; SealError "key" (no such key here) or "sealed" (bad tag)."""
    if not is_sealed(data) or len(data) < _ENVELOPE_LENGTH + TAG_LENGTH:
        raise SealError("sealed", N_("The file {name} is not a complete sealed file."), name=name)
    key_id = sealed_key_id(data)
    data_key = data_keys.get(key_id)
    if data_key is None:
        raise SealError("key", N_("The file {name} is sealed with data key {key_id}, which this installation "
                                  "does not hold."), name=name, key_id=key_id)
    envelope = data[:_ENVELOPE_LENGTH]
    try:
        return AESGCM(data_key).decrypt(envelope[-NONCE_LENGTH:], data[_ENVELOPE_LENGTH:],
                                        _associated(envelope, kind, share_id, site_id, name))
    except InvalidTag:
        raise SealError("sealed", N_("The sealed file {name} does not decrypt: it is incomplete, damaged, "
                                     "renamed or forged."), name=name) from None


# -- what one site holds ------------------------------------------------------------------------

@dataclass(frozen=True)
class ShareKeys:
    """The data keys one site could unwrap from the roster, and what the roster says about sealing.

    ``encryption``: head office turned encryption on (sites seal what they publish).
    ``newest_id``: the newest data key of the roster (0 when none); a site seals only with it, so a
    site revoked (and left out of the newest key) cannot read what is written after.
    ``sealing_sites``: sites with a box key on the roster (their plain bundles are refused once
    they sealed one).
    """

    share_id: str
    site_id: str
    encryption: bool = False
    newest_id: int = 0
    data_keys: dict[int, bytes] = field(default_factory=dict)
    sealing_sites: frozenset[str] = frozenset()

    @classmethod
    def unwrap(cls, *, share_id: str, site_id: str, encryption: bool, data_keys: tuple[DataKey, ...],
               box_private: bytes | None, sealing_sites: frozenset[str] = frozenset()) -> "ShareKeys":
        """The keys of ``site_id``: every data key wrapped for it that its box private key opens."""
        opened: dict[int, bytes] = {}
        if box_private is not None:
            for data_key in data_keys:
                wrapped = data_key.wrapped.get(site_id)
                if wrapped is None:
                    continue
                try:
                    opened[data_key.key_id] = unwrap_key(wrapped, box_private, share_id=share_id,
                                                         site_id=site_id, key_id=data_key.key_id)
                except SealError:
                    continue  # wrapped for an earlier box key of this site (it re-joined)
        newest = max((k.key_id for k in data_keys), default=0)
        return cls(share_id, site_id, encryption, newest, opened, sealing_sites)

    @property
    def can_seal(self) -> bool:
        """Whether this site holds the newest data key (and encryption is on)."""
        return self.encryption and self.newest_id in self.data_keys

    def seal(self, plain: bytes, *, kind: str, site_id: str, name: str) -> bytes:
        """``plain`` sealed with the newest data key; SealError "key" when this site lacks it."""
        if not self.can_seal:
            raise SealError("key", N_("This installation does not hold the share's newest data key yet: "
                                      "waiting for head office."), key_id=self.newest_id)
        return seal(plain, self.data_keys[self.newest_id], self.newest_id, kind=kind, share_id=self.share_id,
                    site_id=site_id, name=name)

    def open(self, data: bytes, *, kind: str, site_id: str, name: str) -> bytes:
        """The plain bytes of a sealed file (see ``open_sealed``)."""
        return open_sealed(data, self.data_keys, kind=kind, share_id=self.share_id, site_id=site_id, name=name)
