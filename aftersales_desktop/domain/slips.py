"""The content of a repair slip as canonical JSON, its hash, and the QR payload that carries both.

A slip's content is a snapshot taken when it is signed: everything printed on it except layout,
logo and language. Its canonical JSON (sorted keys, no spaces, UTF-8) is hashed; the hash and the
slip number go into the QR code, so a printed copy can be checked against the record.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from enum import StrEnum

from aftersales_desktop.domain.enums import N_

CONTENT_SCHEMA = 1
QR_PREFIX = "ASLIP1"
_QR_PATTERN = re.compile(r"^ASLIP1\|(?P<number>[A-Z0-9]{2,8}-R\d{6}-[A-Z]{0,2}\d{4,})\|(?P<revision>\d{1,3})\|"
                         r"(?P<hash>[0-9a-f]{64})$")


class SlipFormat(StrEnum):
    """Paper a slip is laid out for: sheets for laser printers, rolls for thermal receipt printers."""

    A4 = "a4"
    A5 = "a5"
    ROLL_80 = "80mm"
    ROLL_58 = "58mm"

    @property
    def is_roll(self) -> bool:
        return self in (SlipFormat.ROLL_80, SlipFormat.ROLL_58)

    @property
    def width_mm(self) -> float:
        return {SlipFormat.A4: 210.0, SlipFormat.A5: 148.0, SlipFormat.ROLL_80: 80.0,
                SlipFormat.ROLL_58: 58.0}[self]

    @property
    def label(self) -> str:
        return {SlipFormat.A4: N_("A4 sheet"), SlipFormat.A5: N_("A5 sheet"),
                SlipFormat.ROLL_80: N_("80 mm roll"), SlipFormat.ROLL_58: N_("58 mm roll")}[self]


def canonical_json(content: dict) -> str:
    """The one serialisation that is hashed: sorted keys, no spaces, non-ASCII kept as UTF-8."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(content_json: str) -> str:
    """Hex SHA-256 of the canonical JSON's UTF-8 bytes."""
    return hashlib.sha256(content_json.encode("utf-8")).hexdigest()


def qr_payload(number: str, revision: int, digest: str) -> str:
    """Text the slip's QR code holds: 'ASLIP1|SH01-R202611-0001|1|<sha256 hex>'."""
    return f"{QR_PREFIX}|{number}|{revision}|{digest}"


@dataclass(frozen=True)
class ScannedSlip:
    """A slip reference read from a QR code (or typed): number, revision and hash."""

    number: str
    revision: int
    digest: str


def parse_qr_payload(text: str) -> ScannedSlip | None:
    """The slip a scanned QR text refers to, or None when the text is not a slip code."""
    match = _QR_PATTERN.match(text.strip())
    if match is None:
        return None
    return ScannedSlip(match["number"], int(match["revision"]), match["hash"])
