"""Hybrid logical clock: causal order survives wrong and backward-running wall clocks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aftersales_desktop.domain.hlc import (MAX_FUTURE_DRIFT_MS, ClockDriftError, HybridLogicalClock,
                                           Timestamp)

DAY_MS = 24 * 3600 * 1000
START = 1_790_000_000_000  # late 2026, in milliseconds

sites = st.text(alphabet="0123456789abcdef-", min_size=1, max_size=36)
timestamps = st.builds(Timestamp, st.integers(0, 10**15 - 1), st.integers(0, 10**6 - 1), sites)


class FakeWall:
    """A wall clock a test moves by hand."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


@given(st.lists(st.integers(-DAY_MS, DAY_MS), min_size=1, max_size=60))
def test_now_is_strictly_increasing_whatever_the_wall_clock_does(steps):
    wall = FakeWall(START)
    clock = HybridLogicalClock("site-a", wall_clock=wall)
    previous = clock.now()
    for step in steps:
        wall.ms += step
        stamp = clock.now()
        assert stamp > previous
        assert stamp.encode() > previous.encode()
        previous = stamp


def test_wall_clock_going_back_an_hour_does_not_reorder_events():
    wall = FakeWall(START)
    clock = HybridLogicalClock("s", wall_clock=wall)
    first = clock.now()
    wall.ms -= 3600 * 1000
    second = clock.now()
    assert second > first
    assert second.wall_ms == first.wall_ms and second.counter == first.counter + 1


@given(ahead=st.integers(0, MAX_FUTURE_DRIFT_MS), counter=st.integers(0, 1000),
       local_steps=st.integers(0, 50))
def test_observing_a_remote_ahead_puts_later_local_events_after_it(ahead, counter, local_steps):
    wall = FakeWall(START)
    clock = HybridLogicalClock("local", wall_clock=wall)
    for _ in range(local_steps):
        clock.now()
    remote = Timestamp(START + ahead, counter, "remote")
    merged = clock.observe(remote)
    assert (merged.wall_ms, merged.counter) > (remote.wall_ms, remote.counter)
    later = clock.now()
    assert (later.wall_ms, later.counter) > (remote.wall_ms, remote.counter)
    assert later.site == "local"


def test_observing_a_remote_behind_keeps_the_local_clock_moving_forward():
    wall = FakeWall(START)
    clock = HybridLogicalClock("local", wall_clock=wall)
    before = clock.now()
    merged = clock.observe(Timestamp(START - 60_000, 7, "old-remote"))
    assert merged > before


def test_a_remote_more_than_a_day_ahead_is_refused_and_leaves_the_clock_alone():
    wall = FakeWall(START)
    clock = HybridLogicalClock("local", wall_clock=wall)
    before = clock.now()
    with pytest.raises(ClockDriftError):
        clock.observe(Timestamp(START + DAY_MS + 1, 0, "broken-remote"))
    assert clock.last == before
    # Exactly 24 h ahead is still accepted.
    assert clock.observe(Timestamp(START + DAY_MS, 0, "remote")).wall_ms == START + DAY_MS


@given(timestamps)
def test_encode_decode_round_trip(stamp):
    assert Timestamp.decode(stamp.encode()) == stamp


@given(timestamps, timestamps)
def test_text_order_is_timestamp_order(a, b):
    assert (a.encode() < b.encode()) == (a < b)
    assert (a.encode() == b.encode()) == (a == b)


@given(st.lists(st.one_of(st.tuples(st.just("tick"), st.integers(-DAY_MS, DAY_MS)),
                          st.tuples(st.just("remote"), st.integers(-DAY_MS, DAY_MS))),
                min_size=1, max_size=40))
def test_interleaved_local_and_remote_events_keep_a_total_increasing_order(operations):
    wall = FakeWall(START)
    clock = HybridLogicalClock("local", wall_clock=wall)
    seen = [clock.now()]
    for kind, offset in operations:
        if kind == "tick":
            wall.ms += offset
            seen.append(clock.now())
        else:
            remote = Timestamp(wall.ms + offset, 3, "remote")
            merged = clock.observe(remote)
            assert (merged.wall_ms, merged.counter) > (remote.wall_ms, remote.counter)
            seen.append(merged)
    assert all(x < y for x, y in zip(seen, seen[1:]))
