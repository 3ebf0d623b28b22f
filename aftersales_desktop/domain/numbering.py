"""Human document numbers, unique per outlet without coordination: ``SH01-J202611-0042``."""

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
NUMBER = re.compile(r"^(?P<outlet>[A-Z][A-Z0-9]{1,7})-(?P<kind>[A-Z])(?P<period>\d{6})-(?P<seq>\d{4,})$")


def period_of(moment: datetime) -> str:
    """The ``yyyymm`` period a document made at ``moment`` is numbered in."""
    return f"{moment.year:04d}{moment.month:02d}"


def format_number(outlet_code: str, kind: NumberKind, period: str, seq: int) -> str:
    """Build a document number; the sequence has at least four digits."""
    return f"{outlet_code}-{kind.value}{period}-{seq:04d}"


def is_document_number(text: str) -> bool:
    """True when ``text`` has the shape of a document number."""
    return NUMBER.match(text.strip().upper()) is not None
