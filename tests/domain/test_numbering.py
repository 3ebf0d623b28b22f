"""Human document numbers: SH01-J202611-0042."""

from __future__ import annotations

from datetime import datetime

import pytest

from aftersales_desktop.domain.numbering import NumberKind, format_number, is_document_number, period_of


def test_format_pads_the_sequence_to_four_digits():
    assert format_number("SH01", NumberKind.JOB, "202611", 42) == "SH01-J202611-0042"
    assert format_number("BJ2", NumberKind.REPAIR_SLIP, "202601", 1) == "BJ2-R202601-0001"
    assert format_number("SH01", NumberKind.COMPLAINT, "202612", 12345) == "SH01-C202612-12345"


def test_period_is_year_and_month():
    assert period_of(datetime(2026, 3, 9, 23, 59)) == "202603"
    assert period_of(datetime(2027, 12, 1)) == "202712"


@pytest.mark.parametrize("kind", list(NumberKind))
def test_every_formatted_number_is_recognised(kind):
    assert is_document_number(format_number("GZ07", kind, "202611", 7))


@pytest.mark.parametrize("text", ["SH01-J202611-0042", "sh01-j202611-0042", "  SH01-J202611-0042 ",
                                  "SH01-Q202611-12345"])
def test_document_numbers_are_recognised(text):
    assert is_document_number(text)


@pytest.mark.parametrize("text", ["", "SH01", "王芳", "13812345678", "SH01-J2026-0042",
                                  "SH01J202611-0042", "SH01-J202611-042", "S-J202611-0042",
                                  "1SH-J202611-0042", "SH01-202611-0042", "SH01-J202611-0042x"])
def test_other_text_is_not_a_document_number(text):
    assert not is_document_number(text)


def test_a_slip_made_on_a_laptop_has_a_qr_code_that_reads_back():
    from aftersales_desktop.domain.slips import parse_qr_payload, qr_payload

    scanned = parse_qr_payload(qr_payload("SH01-R202612-B0007", 2, "a" * 64))
    assert scanned is not None and scanned.number == "SH01-R202612-B0007" and scanned.revision == 2
    assert parse_qr_payload(qr_payload("SH01-R202612-0007", 1, "a" * 64)).number == "SH01-R202612-0007"
