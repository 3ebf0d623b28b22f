"""Validators for input typed by users: phones, names, e-mail, codes."""

from __future__ import annotations

import re

# Mainland mobile (11 digits starting 1), landline with area code (0xx-xxxxxxx[-ext]),
# 400/800 service numbers, or an international number starting with +.
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")
_SERVICE = re.compile(r"^[48]00-?\d{3}-?\d{4}$")
_INTERNATIONAL = re.compile(r"^\+\d{6,15}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalise_phone(text: str) -> str:
    """Strip spaces and brackets a clerk types around a number; keep digits, '+' and '-'."""
    cleaned = re.sub(r"[\s()（）]", "", text.strip())
    if cleaned.startswith("+86") and _MOBILE.match(cleaned[3:]):
        return cleaned[3:]
    return cleaned


def is_valid_phone(text: str) -> bool:
    """True for a mainland mobile or landline, a 400/800 number, or an international number."""
    phone = normalise_phone(text)
    return any(p.match(phone) for p in (_MOBILE, _LANDLINE, _SERVICE, _INTERNATIONAL))


def is_valid_email(text: str) -> bool:
    """A light check: something@domain.tld."""
    return _EMAIL.match(text.strip()) is not None
