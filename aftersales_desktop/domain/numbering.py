"""Human document numbers, unique per outlet without coordination: ``SH01-J202611-0042``.

Each computer of an outlet numbers on its own: the outlet's first computer as ``SH01-J202611-0042``
(the numbers it always gave), each further one with the device letter head office gave it on the
roster, ``SH01-J202611-B0042``. A letter is never given twice in an outlet, not even after a revoke,
so two computers working apart cannot make the same number. (Blocks of sequence numbers handed out
by head office would need refilling while offline; a letter never runs out and says which computer
made the document.)
"""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum


class NumberKind(StrEnum):
    """Kinds of numbered documents and their one-letter code."""

    JOB = "J"
    REPAIR_SLIP = "R"
    REQUISITION = "Q"
    RETURN = "T"
    COMPLAINT = "C"
    STOCKTAKE = "P"  # 盘点
    QUALITY_CASE = "Z"  # 质量问题


OUTLET_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
NUMBER = re.compile(r"^(?P<outlet>[A-Z][A-Z0-9]{1,7})-(?P<kind>[A-Z])(?P<period>\d{6})-(?P<device>[A-Z]{0,2})"
                    r"(?P<seq>\d{4,})$")
DEVICE = re.compile(r"^[A-Z]{0,2}$")
#: local_state key of this computer's device letter ("" or absent: the outlet's first computer).
DEVICE_STATE_KEY = "numbering.device"


def period_of(moment: datetime) -> str:
    """The ``yyyymm`` period a document made at ``moment`` is numbered in."""
    return f"{moment.year:04d}{moment.month:02d}"


def format_number(outlet_code: str, kind: NumberKind, period: str, seq: int, device: str = "") -> str:
    """Build a document number; the sequence has at least four digits, after the device letter if any."""
    return f"{outlet_code}-{kind.value}{period}-{device}{seq:04d}"


def device_code(index: int) -> str:
    """The device letter of an outlet's ``index``-th computer (0: the first, no letter): "", B ... Z, AA ...

    A is left out so a letter cannot be read as the outlet's first computer's "nothing" on the phone.
    """
    if index < 0:
        raise ValueError("index must not be negative")
    if index == 0:
        return ""
    if index <= 25:
        return chr(ord("A") + index)  # 1 -> B ... 25 -> Z
    index -= 26
    if index >= 26 * 26:
        raise ValueError("an outlet has at most 701 computers")
    return chr(ord("A") + index // 26) + chr(ord("A") + index % 26)


def next_device_code(used: set[str]) -> str:
    """The first device letter not in ``used`` (letters of every site of the outlet, revoked ones too)."""
    index = 0
    while device_code(index) in used:
        index += 1
    return device_code(index)


def is_document_number(text: str) -> bool:
    """True when ``text`` has the shape of a document number."""
    return NUMBER.match(text.strip().upper()) is not None
