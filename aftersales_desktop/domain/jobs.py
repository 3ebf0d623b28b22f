"""The service job's life: statuses, allowed transitions, and the status derived from its events."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Iterable

from aftersales_desktop.domain.enums import N_


class JobStatus(StrEnum):
    """Where a service job stands."""

    NEW = "new"
    ASSIGNED = "assigned"
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    ESCALATED = "escalated"
    RESOLVED = "resolved"
    RETURN_PENDING = "return_pending"
    CLOSED = "closed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def is_terminal(self) -> bool:
        return self in TERMINAL

    @property
    def is_open(self) -> bool:
        return self not in TERMINAL


_STATUS_LABELS = {
    JobStatus.NEW: N_("New, awaiting assignment"),
    JobStatus.ASSIGNED: N_("Assigned"),
    JobStatus.SCHEDULED: N_("Visit scheduled"),
    JobStatus.IN_PROGRESS: N_("In repair"),
    JobStatus.ESCALATED: N_("Escalated"),
    JobStatus.RESOLVED: N_("Repaired, awaiting follow-up"),
    JobStatus.RETURN_PENDING: N_("Awaiting return or exchange"),
    JobStatus.CLOSED: N_("Closed"),
    JobStatus.CANCELLED: N_("Cancelled"),
}

TERMINAL = frozenset({JobStatus.CLOSED, JobStatus.CANCELLED})

_OPEN_WORK = {JobStatus.NEW, JobStatus.ASSIGNED, JobStatus.SCHEDULED, JobStatus.IN_PROGRESS,
              JobStatus.ESCALATED}

#: Which status may follow which. Terminal states absorb.
TRANSITIONS: dict[JobStatus, frozenset[JobStatus]] = {
    # Booking a visit or recording a bench repair names the technician, so a new job may go
    # straight there (a technician's own walk-in job has no one to assign it first).
    JobStatus.NEW: frozenset({JobStatus.ASSIGNED, JobStatus.ESCALATED, JobStatus.CANCELLED,
                              JobStatus.SCHEDULED, JobStatus.IN_PROGRESS, JobStatus.RESOLVED,
                              JobStatus.RETURN_PENDING}),
    JobStatus.ASSIGNED: frozenset({JobStatus.ASSIGNED, JobStatus.SCHEDULED, JobStatus.IN_PROGRESS,
                                   JobStatus.ESCALATED, JobStatus.RESOLVED, JobStatus.RETURN_PENDING,
                                   JobStatus.CANCELLED}),
    JobStatus.SCHEDULED: frozenset({JobStatus.ASSIGNED, JobStatus.SCHEDULED, JobStatus.IN_PROGRESS,
                                    JobStatus.ESCALATED, JobStatus.RESOLVED,
                                    JobStatus.RETURN_PENDING, JobStatus.CANCELLED}),
    JobStatus.IN_PROGRESS: frozenset({JobStatus.ASSIGNED, JobStatus.SCHEDULED, JobStatus.IN_PROGRESS,
                                      JobStatus.ESCALATED, JobStatus.RESOLVED,
                                      JobStatus.RETURN_PENDING, JobStatus.CANCELLED}),
    JobStatus.ESCALATED: frozenset({JobStatus.ASSIGNED, JobStatus.SCHEDULED, JobStatus.IN_PROGRESS,
                                    JobStatus.RESOLVED, JobStatus.RETURN_PENDING,
                                    JobStatus.CANCELLED}),
    # A customer unhappy at the follow-up call re-opens the job: another visit until satisfied.
    JobStatus.RESOLVED: frozenset({JobStatus.CLOSED, JobStatus.ASSIGNED, JobStatus.SCHEDULED,
                                   JobStatus.IN_PROGRESS, JobStatus.RETURN_PENDING}),
    JobStatus.RETURN_PENDING: frozenset({JobStatus.CLOSED, JobStatus.ASSIGNED, JobStatus.CANCELLED}),
    JobStatus.CLOSED: frozenset(),
    JobStatus.CANCELLED: frozenset(),
}


def can_move(current: JobStatus, target: JobStatus) -> bool:
    """True when ``target`` may follow ``current``."""
    return target in TRANSITIONS[current]


def is_open_work(status: JobStatus) -> bool:
    """True for statuses where work is still owed (counts towards the reply deadline)."""
    return status in _OPEN_WORK


@dataclass(frozen=True)
class StatusEvent:
    """One status change as the event history records it."""

    hlc: str
    event_id: str
    to_status: JobStatus


def derive_status(events: Iterable[StatusEvent]) -> JobStatus:
    """The current status from a (possibly merged, unordered) event history.

    Events are taken in HLC order (id breaks ties) so every site derives the same status. A
    terminal state absorbs whatever sorts after it; when both terminal states are present the
    earlier one wins here and the sync layer records a conflict for a manager.
    """
    status = JobStatus.NEW
    for event in sorted(events, key=lambda e: (e.hlc, e.event_id)):
        if status.is_terminal:
            break
        status = event.to_status
    return status
