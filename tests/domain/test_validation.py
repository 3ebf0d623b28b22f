"""Phone and e-mail checks on what clerks type."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aftersales_desktop.domain.validation import is_valid_email, is_valid_phone, normalise_phone


@pytest.mark.parametrize("phone", [
    "13812345678", "+8613812345678", "021-62345678", "0512-6666888", "400-820-8820",
    "800-820-8820", "4008208820", "02162345678", "021-62345678-123", "138 1234 5678",
    "(021) 62345678", "（021）62345678", "+85291234567", "19912345678",
])
def test_valid_phones(phone):
    assert is_valid_phone(phone)


@pytest.mark.parametrize("phone", [
    "12345", "1381234567", "abc", "", "   ", "138123456789", "12812345678", "10086",
    "021-123", "+86", "1381234567a", "62345678",
])
def test_invalid_phones(phone):
    assert not is_valid_phone(phone)


def test_normalise_phone_drops_spacing_and_the_china_prefix_of_a_mobile():
    assert normalise_phone(" 138 1234 5678 ") == "13812345678"
    assert normalise_phone("+86 138 1234 5678") == "13812345678"
    assert normalise_phone("(021) 6234-5678") == "0216234-5678"
    assert normalise_phone("+85291234567") == "+85291234567"


@given(st.from_regex(r"1[3-9]\d{9}", fullmatch=True))
def test_every_mainland_mobile_is_valid_with_or_without_prefix(mobile):
    assert is_valid_phone(mobile)
    assert is_valid_phone("+86" + mobile)
    assert normalise_phone("+86" + mobile) == mobile


@given(st.text(alphabet="0123456789", max_size=10))
def test_ten_digits_or_fewer_never_make_a_mobile(digits):
    if digits.startswith("1"):
        assert not is_valid_phone(digits)


@pytest.mark.parametrize(("email", "ok"), [("wang.fang@example.com", True), ("a@b.cn", True),
                                           ("wang", False), ("wang@", False), ("@x.com", False),
                                           ("a b@x.com", False), ("a@x", False)])
def test_email(email, ok):
    assert is_valid_email(email) is ok
