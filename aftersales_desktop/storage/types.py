"""Column types: UTC datetimes stored as sortable text."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import String
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as ISO text in UTC ('2026-11-27T02:03:04.123456Z'); sorts as text."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> str | None:  # noqa: ANN001
        if value is None:
            return None
        return to_utc_text(value)

    def process_result_value(self, value: str | None, dialect) -> datetime | None:  # noqa: ANN001
        if value is None:
            return None
        return from_utc_text(value)


def to_utc_text(value: datetime) -> str:
    """The stored text form of an aware datetime."""
    if value.tzinfo is None:
        raise ValueError("naive datetime: times must carry a time zone")
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_utc_text(value: str) -> datetime:
    """Parse the stored text form back into an aware UTC datetime."""
    # fromisoformat reads the fixed form (with its Z) ten times faster than strptime; both agree.
    return datetime.fromisoformat(value)
