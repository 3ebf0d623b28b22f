"""Site keys: signatures, fingerprints, and the key stores (an in-memory keyring, never the real one)."""

from __future__ import annotations

import os
import stat

import keyring
import pytest
from keyring.backends import fail

from aftersales_desktop.sync import keys
from aftersales_desktop.sync.keys import KeyMissing, KeyStoreUnavailable
from tests.sync.memory_keyring import MemoryKeyring

SITE = "0190f3a2-7c41-7d2e-9a10-5be2c4d3e6f7"


@pytest.fixture
def memory_keyring(monkeypatch):
    """The in-memory keyring as the active backend, and no key folder; restores the previous backend."""
    monkeypatch.delenv(keys.KEY_DIR_ENV, raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(monkeypatch):
    """keyring's fail backend (a headless Linux without a keyring daemon)."""
    monkeypatch.delenv(keys.KEY_DIR_ENV, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_keypair_is_raw_32_bytes_and_public_key_derives_from_private():
    private, public = keys.generate_keypair()
    assert len(private) == 32 and len(public) == 32
    assert keys.public_key_of(private) == public
    assert keys.generate_keypair()[0] != private


def test_signature_verifies_and_tampering_fails():
    private, public = keys.generate_keypair()
    signature = keys.sign(private, b"bundle bytes")
    assert len(signature) == 64
    assert keys.verify(public, b"bundle bytes", signature)
    assert not keys.verify(public, b"bundle bytez", signature)
    flipped = bytes([signature[0] ^ 1]) + signature[1:]
    assert not keys.verify(public, b"bundle bytes", flipped)
    other_public = keys.generate_keypair()[1]
    assert not keys.verify(other_public, b"bundle bytes", signature)


@pytest.mark.parametrize("public, signature", [
    (b"short", None), (b"", b""), (None, None), ("text key", "text sig"), (b"\x00" * 32, b"\x00" * 64),
    (b"\xff" * 32, b"\x01" * 63),
])
def test_verify_never_raises_on_garbage(public, signature):
    real = keys.sign(keys.generate_keypair()[0], b"data")
    assert keys.verify(public, b"data", signature if signature is not None else real) is False


def test_fingerprint_is_short_grouped_upper_hex():
    public = keys.generate_keypair()[1]
    text = keys.fingerprint(public)
    assert len(text) == 19 and text.count("-") == 3
    assert all(len(group) == 4 and group == group.upper() for group in text.split("-"))
    assert keys.fingerprint(public) == text
    assert keys.fingerprint(keys.generate_keypair()[1]) != text


def test_keyring_round_trip_stores_short_base64(memory_keyring):
    private, _ = keys.generate_keypair()
    keys.store_private_key(SITE, private)
    stored = memory_keyring.secrets[(keys.KEYRING_SERVICE, f"site-key:{SITE}")]
    assert len(stored) == 44  # far below Windows Credential Manager's ~1280 characters (trap 7)
    assert keys.load_private_key(SITE) == private
    keys.delete_private_key(SITE)
    with pytest.raises(KeyMissing):
        keys.load_private_key(SITE)
    keys.delete_private_key(SITE)  # deleting twice is fine


def test_missing_key_says_re_join(memory_keyring):
    with pytest.raises(KeyMissing) as caught:
        keys.load_private_key(SITE)
    assert "re-join the share" in str(caught.value)
    assert caught.value.message.startswith("The site key of this installation is missing")


def test_damaged_keyring_entry_is_a_missing_key(memory_keyring):
    memory_keyring.set_password(keys.KEYRING_SERVICE, f"site-key:{SITE}", "not base64!")
    with pytest.raises(KeyMissing):
        keys.load_private_key(SITE)


def test_no_keyring_backend_names_the_alternative(no_keyring):
    private, _ = keys.generate_keypair()
    for action in (lambda: keys.store_private_key(SITE, private), lambda: keys.load_private_key(SITE),
                   lambda: keys.delete_private_key(SITE)):
        with pytest.raises(KeyStoreUnavailable) as caught:
            action()
        assert "No secure key store is available" in str(caught.value)
        assert "AFTERSALES_KEY_DIR" in str(caught.value)
        assert "{variable}" in caught.value.message  # the translatable source keeps the placeholder
    assert keys.key_store_description() == "no secure key store"


def test_a_keyring_that_raises_is_unavailable(memory_keyring, monkeypatch):
    from keyring.errors import KeyringLocked

    def locked(*args):
        raise KeyringLocked("the user dismissed the unlock prompt")
    monkeypatch.setattr(memory_keyring, "get_password", locked)
    with pytest.raises(KeyStoreUnavailable):
        keys.load_private_key(SITE)


def test_key_folder_round_trip_is_private_and_preferred_over_keyring(memory_keyring, tmp_path, monkeypatch):
    folder = tmp_path / "keys"
    monkeypatch.setenv(keys.KEY_DIR_ENV, str(folder))
    private, _ = keys.generate_keypair()
    keys.store_private_key(SITE, private)
    path = folder / f"{SITE}.key"
    assert path.is_file()
    assert memory_keyring.secrets == {}  # explicit opt-in: the keyring is not used at all
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keys.load_private_key(SITE) == private
    assert keys.key_store_description() == str(folder)
    assert [p.name for p in folder.iterdir()] == [path.name]  # no temp left behind
    replacement, _ = keys.generate_keypair()
    keys.store_private_key(SITE, replacement)
    assert keys.load_private_key(SITE) == replacement
    keys.delete_private_key(SITE)
    assert not path.exists()
    with pytest.raises(KeyMissing) as caught:
        keys.load_private_key(SITE)
    assert str(path) in str(caught.value)


def test_key_folder_works_without_any_keyring(no_keyring, tmp_path, monkeypatch):
    monkeypatch.setenv(keys.KEY_DIR_ENV, str(tmp_path))
    private, _ = keys.generate_keypair()
    keys.store_private_key(SITE, private)
    assert keys.load_private_key(SITE) == private


def test_site_ids_that_would_escape_the_folder_are_refused(memory_keyring):
    private, _ = keys.generate_keypair()
    for bad in ("../evil", "a/b", "", ".hidden", "a b"):
        with pytest.raises(ValueError):
            keys.store_private_key(bad, private)


def test_only_a_real_key_can_be_stored(memory_keyring):
    with pytest.raises(ValueError):
        keys.store_private_key(SITE, b"too short")
