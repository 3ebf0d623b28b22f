"""Documents whose status is a history of steps (requisitions, stocktakes, return cases).

A step is an immutable workflow event. Steps made on different computers meet through sync in any
order, so the status is a fold over the steps sorted by time (then id): a step that the status
reached so far does not allow is ignored and reported, never applied, and every site derives the
same status from the same steps. Nothing here touches Qt or the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Generic, TypeVar

S = TypeVar("S")


@dataclass(frozen=True)
class Step:
    """One recorded step of a document: what was done, when, by whom, why, with its details."""

    id: str
    kind: str
    at: datetime
    user_id: str
    note: str = ""
    data: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Folded(Generic[S]):
    """The status the steps lead to, the steps that took effect and the ones that were ignored."""

    status: S
    applied: tuple[Step, ...]
    ignored: tuple[Step, ...]

    def last(self, *kinds: str) -> Step | None:
        """The latest applied step of one of ``kinds`` (None when there is none)."""
        for step in reversed(self.applied):
            if step.kind in kinds:
                return step
        return None


def fold(steps: Iterable[Step], transitions: Mapping[tuple[S, str], S], initial: S) -> Folded[S]:
    """Apply ``steps`` in (time, id) order through ``transitions`` ((status, kind) -> new status)."""
    status = initial
    applied: list[Step] = []
    ignored: list[Step] = []
    for step in sorted(steps, key=lambda s: (s.at, s.id)):
        target = transitions.get((status, step.kind))
        if target is None:
            ignored.append(step)
            continue
        status = target
        applied.append(step)
    return Folded(status, tuple(applied), tuple(ignored))
