"""UUIDv7 primary keys: well-formed, unique, and sorted in the order they were made."""

from __future__ import annotations

import time
import uuid

from aftersales_desktop.domain import ids
from aftersales_desktop.domain.ids import uuid7


def test_uuid7_has_version_7_and_rfc_variant():
    value = uuid.UUID(uuid7())
    assert value.version == 7
    assert value.variant == uuid.RFC_4122


def test_ten_thousand_ids_are_unique_and_sort_in_creation_order():
    made = [uuid7() for _ in range(10_000)]
    assert len(set(made)) == len(made)
    assert sorted(made) == made  # text order, as SQLite sorts the primary key


def test_first_48_bits_are_the_creation_time_in_milliseconds():
    before = time.time_ns() // 1_000_000
    value = uuid.UUID(uuid7())
    after = time.time_ns() // 1_000_000
    stamp = value.int >> 80
    # The generator may borrow a millisecond from an earlier id made in the same instant.
    assert before - 5 <= stamp <= after


def test_ids_keep_creation_order_when_the_wall_clock_steps_back(monkeypatch):
    class SteppingClock:
        def __init__(self, readings):
            self.readings = iter(readings)

        def time_ns(self):
            return next(self.readings) * 1_000_000

    base = time.time_ns() // 1_000_000 + 20  # just ahead of every id made so far in this process
    monkeypatch.setattr(ids, "time", SteppingClock([base, base + 5, base - 3_000, base - 3_000, base + 6]))
    made = [uuid7() for _ in range(5)]
    assert sorted(made) == made
    assert len(set(made)) == 5
    for value in made:
        parsed = uuid.UUID(value)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
