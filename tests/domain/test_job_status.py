"""The job status machine and the status derived from a merged, unordered event history."""

from __future__ import annotations

from collections import deque

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aftersales_desktop.domain.jobs import (TERMINAL, TRANSITIONS, JobStatus, StatusEvent, can_move,
                                            derive_status)

NON_TERMINAL = [s for s in JobStatus if not s.is_terminal]


def reachable(start: JobStatus) -> set[JobStatus]:
    seen, queue = {start}, deque([start])
    while queue:
        for nxt in TRANSITIONS[queue.popleft()]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def test_every_status_has_a_transition_entry():
    assert set(TRANSITIONS) == set(JobStatus)
    assert TERMINAL == {JobStatus.CLOSED, JobStatus.CANCELLED}


@pytest.mark.parametrize("terminal", sorted(TERMINAL))
def test_terminal_states_absorb(terminal):
    assert all(not can_move(terminal, target) for target in JobStatus)


@pytest.mark.parametrize("status", NON_TERMINAL)
def test_every_open_status_can_still_be_closed_and_cancelled(status):
    ends = reachable(status)
    assert JobStatus.CLOSED in ends
    assert JobStatus.CANCELLED in ends


def test_only_a_repaired_or_return_pending_job_closes_directly():
    closers = {s for s in JobStatus if can_move(s, JobStatus.CLOSED)}
    assert closers == {JobStatus.RESOLVED, JobStatus.RETURN_PENDING}


def test_a_new_job_cannot_be_closed_without_repair():
    assert not can_move(JobStatus.NEW, JobStatus.CLOSED)


def test_a_new_job_may_be_booked_or_repaired_directly():
    # schedule_visit and record_repair name the technician themselves.
    for target in (JobStatus.SCHEDULED, JobStatus.IN_PROGRESS, JobStatus.RESOLVED):
        assert can_move(JobStatus.NEW, target)


# ---- derive_status -----------------------------------------------------------------------------

hlcs = st.builds(lambda w, c, s: f"{w:015d}-{c:06d}-{s}", st.integers(0, 10**6), st.integers(0, 5),
                 st.sampled_from(["site-a", "site-b", "site-c"]))
events = st.lists(st.builds(StatusEvent, hlcs, st.uuids().map(str), st.sampled_from(list(JobStatus))),
                  max_size=12)


@given(events, st.data())
def test_derived_status_does_not_depend_on_the_order_events_arrive_in(history, data):
    shuffled = data.draw(st.permutations(history))
    assert derive_status(shuffled) == derive_status(history)


@given(events)
def test_the_first_terminal_event_in_clock_order_decides_and_later_events_are_ignored(history):
    ordered = sorted(history, key=lambda e: (e.hlc, e.event_id))
    terminal = [e for e in ordered if e.to_status.is_terminal]
    derived = derive_status(history)
    if terminal:
        assert derived == terminal[0].to_status
    elif ordered:
        assert derived == ordered[-1].to_status
    else:
        assert derived == JobStatus.NEW


@given(st.lists(st.integers(0, 100), max_size=30))
def test_a_walk_through_allowed_transitions_derives_to_where_it_ended(choices):
    status = JobStatus.NEW
    history = []
    for n, choice in enumerate(choices):
        options = sorted(TRANSITIONS[status])
        if not options:
            break
        status = options[choice % len(options)]
        history.append(StatusEvent(f"{n:015d}-000000-site", f"e{n:04d}", status))
    assert derive_status(reversed(history)) == status


def test_an_event_after_closure_does_not_reopen_the_job():
    history = [StatusEvent("000000000000001-000000-a", "1", JobStatus.RESOLVED),
               StatusEvent("000000000000002-000000-a", "2", JobStatus.CLOSED),
               StatusEvent("000000000000003-000000-b", "3", JobStatus.ASSIGNED)]
    assert derive_status(history) == JobStatus.CLOSED
