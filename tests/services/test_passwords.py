"""Password hashing at the production cost."""

from __future__ import annotations

from aftersales_desktop.services.passwords import hash_password, verify_password


def test_hash_uses_scrypt_at_full_cost_and_verifies():
    stored = hash_password("secret1")
    scheme, n, r, p, _salt, _digest = stored.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**14, 8, 1)
    assert verify_password("secret1", stored)
    assert not verify_password("secret2", stored)


def test_same_password_gets_a_different_salt():
    assert hash_password("secret1") != hash_password("secret1")


def test_a_malformed_stored_hash_never_verifies():
    assert not verify_password("secret1", "")
    assert not verify_password("secret1", "md5$abc")
    assert not verify_password("secret1", "bcrypt$1$2$3$c2FsdA==$ZGlnZXN0")
