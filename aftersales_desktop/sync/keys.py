"""Site keys: Ed25519 key pairs, signatures, fingerprints, and where the private key is kept."""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import os
import re
import secrets
import stat
import sys
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from aftersales_desktop.domain.errors import Problem
from aftersales_desktop.fileio import fsync_directory
from aftersales_desktop.i18n import N_

KEYRING_SERVICE = "AfterSalesDesktop"
KEY_DIR_ENV = "AFTERSALES_KEY_DIR"
KEY_LENGTH = 32
SIGNATURE_LENGTH = 64
# Site ids become file names (<dir>/<site_id>.key) and share folder names: no separators, no dots.
SITE_ID_PATTERN = re.compile(r"[0-9A-Za-z][0-9A-Za-z_-]{0,63}")

_log = logging.getLogger("aftersales.sync")

# Display names of the keyring backends people meet; anything else shows keyring's own name.
_FRIENDLY_BACKENDS = {
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.SecretService.Keyring": "Secret Service (GNOME Keyring, KeePassXC)",
    "keyring.backends.kwallet.DBusKeyring": "KDE Wallet",
    "keyring.backends.libsecret.Keyring": "libsecret (GNOME Keyring)",
}


class KeyStoreError(Problem):
    """A problem with the private-key store; ``message`` is an English source string with ``params``."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__("key_store", message, **params)


class KeyStoreUnavailable(KeyStoreError):
    """No secure place to keep the site key: no keyring backend and no key folder configured."""


class KeyMissing(KeyStoreError):
    """The key store works but holds no usable key for this site."""


def generate_keypair() -> tuple[bytes, bytes]:
    """A new key pair as (raw 32-byte private key, raw 32-byte public key)."""
    private = Ed25519PrivateKey.generate()
    return _raw_private(private), _raw_public(private.public_key())


def public_key_of(private: bytes) -> bytes:
    """The raw public key that belongs to a raw private key."""
    return _raw_public(_load_private(private).public_key())


def sign(private: bytes, data: bytes) -> bytes:
    """The 64-byte Ed25519 signature of ``data``."""
    return _load_private(private).sign(data)


def verify(public: bytes, data: bytes, signature: bytes) -> bool:
    """Whether ``signature`` is ``public``'s signature of ``data``; any malformed input is simply False."""
    try:
        Ed25519PublicKey.from_public_bytes(bytes(public)).verify(bytes(signature), bytes(data))
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def fingerprint(public: bytes) -> str:
    """A short form of a public key to read out on the phone, e.g. ``3F2A-91BC-04DE-77A1``."""
    digest = hashlib.sha256(bytes(public)).hexdigest()[:16].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 16, 4))


def encode_key(raw: bytes) -> str:
    """Base64 text of a raw key (how keys travel in JSON documents and the keyring)."""
    return base64.b64encode(raw).decode("ascii")


def decode_key(text: str) -> bytes:
    """The raw 32 bytes of a base64 key; ValueError when it is not one."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, AttributeError, TypeError) as error:
        raise ValueError(f"not a base64 key: {error}") from None
    if len(raw) != KEY_LENGTH:
        raise ValueError(f"a key has {KEY_LENGTH} bytes, not {len(raw)}")
    return raw


def encode_bytes(raw: bytes) -> str:
    """Base64 text of any short binary value (a wrapped data key)."""
    return base64.b64encode(bytes(raw)).decode("ascii")


def decode_bytes(text: str) -> bytes:
    """The bytes of base64 text; ValueError when it is not base64."""
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, AttributeError, TypeError) as error:
        raise ValueError(f"not base64: {error}") from None


def check_site_id(site_id: str) -> str:
    """``site_id`` if it is safe as a file and folder name; ValueError otherwise."""
    if not isinstance(site_id, str) or not SITE_ID_PATTERN.fullmatch(site_id):
        raise ValueError(f"not a valid site id: {site_id!r}")
    return site_id


# -- where the private key lives ---------------------------------------------------------------

def key_dir() -> Path | None:
    """The folder chosen with AFTERSALES_KEY_DIR, or None when keys go to the OS keyring."""
    value = os.environ.get(KEY_DIR_ENV, "").strip()
    return Path(value).expanduser() if value else None


def key_store_description() -> str:
    """Where site keys live, for settings and error messages (show it through ``tr``).

    A keyring product name or a folder path passes through ``tr`` unchanged; the one sentence
    returned when nothing is available is marked for translation.
    """
    folder = key_dir()
    if folder is not None:
        return str(folder)
    backend = _usable_keyring()
    if backend is None:
        return N_("no secure key store")
    kind = type(backend)
    return _FRIENDLY_BACKENDS.get(f"{kind.__module__}.{kind.__name__}", kind.name)


def store_private_key(site_id: str, private: bytes) -> None:
    """Keep this site's private key (replacing an earlier one) in the keyring or the key folder."""
    check_site_id(site_id)
    _load_private(private)  # refuse to store something that is not a key
    _store_secret(site_id, _SIGNING, encode_key(bytes(private)))


def load_private_key(site_id: str) -> bytes:
    """This site's private key; KeyMissing when none is stored, KeyStoreUnavailable without a store."""
    text, where = _load_secret(site_id, _SIGNING)
    try:
        private = decode_key(text)
        _load_private(private)
    except ValueError as error:
        raise KeyMissing(N_("The site key in {where} cannot be read ({detail}): re-join the share."),
                         where=where, detail=str(error)) from None
    return private


def store_box_key(site_id: str, private: bytes) -> None:
    """Keep this site's X25519 private key (it unwraps the share's data keys) next to its signing key."""
    check_site_id(site_id)
    if not isinstance(private, (bytes, bytearray)) or len(private) != KEY_LENGTH:
        raise ValueError(f"a private key has {KEY_LENGTH} bytes")
    _store_secret(site_id, _BOX, encode_key(bytes(private)))


def load_box_key(site_id: str) -> bytes:
    """This site's X25519 private key; KeyMissing when none is stored, KeyStoreUnavailable without a store."""
    text, where = _load_secret(site_id, _BOX)
    try:
        return decode_key(text)
    except ValueError as error:
        raise KeyMissing(N_("The encryption key in {where} cannot be read ({detail}): re-join the share."),
                         where=where, detail=str(error)) from None


def find_box_key(site_id: str) -> bytes | None:
    """This site's X25519 private key, or None when none was made yet (a site of an older version).

    A key store that cannot be used raises KeyStoreUnavailable: never taken as "no key".
    """
    try:
        return load_box_key(site_id)
    except KeyStoreUnavailable:
        raise
    except KeyMissing:
        return None


# What is kept per site: (key file suffix, keyring user prefix). Both are short: Windows caps secrets.
_SIGNING = (".key", "site-key")
_BOX = (".box", "box-key")


def _store_secret(site_id: str, kind: tuple[str, str], text: str) -> None:
    """Keep ``text`` as the site's secret of ``kind`` in the key folder or the keyring."""
    folder = key_dir()
    if folder is not None:
        _write_key_file(folder, site_id, text, kind[0])
        return
    backend = _require_keyring()
    try:
        backend.set_password(KEYRING_SERVICE, _keyring_user(site_id, kind), text)
    except Exception as error:  # keyring backends raise KeyringError and their own OS errors
        raise _unavailable(error) from error


def _load_secret(site_id: str, kind: tuple[str, str]) -> tuple[str, str]:
    """(text, where it was found) of the site's secret of ``kind``; KeyMissing / KeyStoreUnavailable."""
    check_site_id(site_id)
    folder = key_dir()
    if folder is not None:
        path = folder / f"{site_id}{kind[0]}"
        try:
            return path.read_text(encoding="ascii"), str(path)
        except FileNotFoundError:
            raise _missing(str(path)) from None
        except (OSError, UnicodeDecodeError) as error:
            raise KeyMissing(N_("The site key in {where} cannot be read ({detail}): re-join the share."),
                             where=str(path), detail=str(error)) from error
    backend = _require_keyring()
    try:
        text = backend.get_password(KEYRING_SERVICE, _keyring_user(site_id, kind))
    except Exception as error:  # a locked or broken keyring is as good as none
        raise _unavailable(error) from error
    if text is None:
        raise _missing(key_store_description())
    return text, key_store_description()


def delete_private_key(site_id: str) -> None:
    """Forget this site's private keys (signing and box); nothing happens when there are none."""
    check_site_id(site_id)
    for kind in (_SIGNING, _BOX):
        _delete_secret(site_id, kind)


def _delete_secret(site_id: str, kind: tuple[str, str]) -> None:
    """Forget one secret of the site; nothing happens when there is none."""
    folder = key_dir()
    if folder is not None:
        try:
            (folder / f"{site_id}{kind[0]}").unlink()
        except FileNotFoundError:
            pass
        return
    from keyring.errors import PasswordDeleteError

    backend = _require_keyring()
    try:
        backend.delete_password(KEYRING_SERVICE, _keyring_user(site_id, kind))
    except PasswordDeleteError:
        pass  # nothing stored: already deleted
    except Exception as error:
        raise _unavailable(error) from error


def _keyring_user(site_id: str, kind: tuple[str, str] = _SIGNING) -> str:
    """The keyring user name under which a site's secret of ``kind`` is kept."""
    return f"{kind[1]}:{site_id}"


def _usable_keyring():  # noqa: ANN202 - a keyring backend or None
    """The active keyring backend, or None when it cannot keep secrets safely.

    The fail backend (no keyring on a headless Linux), the null backend (drops everything) and a
    plaintext file backend (keyrings.alt, craft.md trap 6) are all refused: never a silent
    plaintext fallback.
    """
    import keyring
    from keyring.errors import KeyringError

    try:
        backend = keyring.get_keyring()
    except KeyringError:
        return None
    kind = type(backend)
    if kind.__module__ in ("keyring.backends.fail", "keyring.backends.null"):
        return None
    if "plaintext" in kind.__name__.lower():
        return None
    chained = getattr(backend, "backends", None)  # the chainer backend with nothing behind it
    if chained is not None and not list(chained):
        return None
    return backend


def _require_keyring():  # noqa: ANN202 - a keyring backend
    """The active keyring backend, or KeyStoreUnavailable."""
    backend = _usable_keyring()
    if backend is None:
        raise _unavailable(None)
    return backend


def _unavailable(error: BaseException | None) -> KeyStoreUnavailable:
    """The error saying there is no secure key store and naming the documented alternative."""
    if error is not None:
        _log.warning("keyring failed: %s: %s", type(error).__name__, error)
    return KeyStoreUnavailable(
        N_("No secure key store is available on this computer (no system keyring). Set the "
           "environment variable {variable} to a folder only this user can read; the site key will "
           "then be kept there as a file."),
        variable=KEY_DIR_ENV, detail=str(error or ""))


def _missing(where: str) -> KeyMissing:
    """The error saying this installation's site key is gone."""
    return KeyMissing(N_("The site key of this installation is missing from {where}: re-join the share."),
                      where=where)


def _write_key_file(folder: Path, site_id: str, text: str, suffix: str = ".key") -> None:
    """Write ``<folder>/<site_id><suffix>`` readable by this user only, replacing it atomically."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise KeyStoreUnavailable(
            N_("The key folder {folder} named by {variable} cannot be used: {detail}"),
            folder=str(folder), variable=KEY_DIR_ENV, detail=str(error)) from error
    if os.name == "posix" and folder.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        # The file itself is 0600; say so in the log rather than refuse a folder the user chose.
        _log.warning("key folder %s is open to other users; the key file is private (0600)", folder)
    final = folder / f"{site_id}{suffix}"
    temp = folder / f".{site_id}.{secrets.token_hex(6)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(temp, flags, 0o600)
        try:
            os.write(fd, (text + "\n").encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        if os.name == "posix":
            os.chmod(temp, 0o600)  # a umask can only remove bits, but be explicit
        os.replace(temp, final)
    except OSError as error:
        try:
            temp.unlink()
        except OSError:
            pass
        raise KeyStoreUnavailable(
            N_("The key folder {folder} named by {variable} cannot be used: {detail}"),
            folder=str(folder), variable=KEY_DIR_ENV, detail=str(error)) from error
    if sys.platform != "win32":
        fsync_directory(folder)


def _load_private(private: bytes) -> Ed25519PrivateKey:
    """The key object of raw private-key bytes; ValueError when they are not 32 bytes."""
    if not isinstance(private, (bytes, bytearray)) or len(private) != KEY_LENGTH:
        raise ValueError(f"a private key has {KEY_LENGTH} bytes")
    return Ed25519PrivateKey.from_private_bytes(bytes(private))


def _raw_private(key: Ed25519PrivateKey) -> bytes:
    """Raw 32 bytes of a private key."""
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def _raw_public(key: Ed25519PublicKey) -> bytes:
    """Raw 32 bytes of a public key."""
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
