"""Money in integer fen: what a clerk types becomes fen exactly, or is refused."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aftersales_desktop.domain.money import fen_to_yuan_text, format_fen, yuan_to_fen


@pytest.mark.parametrize(("typed", "fen"), [
    ("268.00", 26800), ("12.5", 1250), ("0.01", 1), ("0", 0), ("7", 700), (" 12.50 ", 1250),
    ("1,234.56", 123456), ("¥8", 800), ("12.340", 1234), (Decimal("1.10"), 110), (3, 300),
    ("-5.20", -520),
])
def test_yuan_text_becomes_fen(typed, fen):
    assert yuan_to_fen(typed) == fen


@pytest.mark.parametrize("typed", ["12.345", "0.001", "1.005", "abc", "", " ", "12..5", "Infinity",
                                   "-inf", "NaN", "sNaN"])
def test_unusable_amounts_are_refused_with_value_error(typed):
    with pytest.raises(ValueError):
        yuan_to_fen(typed)


@pytest.mark.parametrize(("fen", "text"), [(0, "¥0.00"), (1, "¥0.01"), (26800, "¥268.00"),
                                           (123450, "¥1,234.50"), (-520, "-¥5.20"),
                                           (100_000_000, "¥1,000,000.00")])
def test_format_fen(fen, text):
    assert format_fen(fen) == text


@given(st.integers(-10**12, 10**12))
def test_formatted_amount_reads_back_to_the_same_fen(fen):
    assert yuan_to_fen(format_fen(fen)) == fen


@given(st.text(max_size=20))
def test_any_typed_text_gives_fen_or_value_error(typed):
    try:
        result = yuan_to_fen(typed)
    except ValueError:
        return
    assert isinstance(result, int)


@pytest.mark.parametrize("fen", [0, 5, 100, 26800, 123450, -250])
def test_yuan_text_reads_back_to_the_same_fen(fen):
    assert yuan_to_fen(fen_to_yuan_text(fen)) == fen
