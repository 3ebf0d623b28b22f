"""The status of a document is the same fold of its steps whatever order they arrived in."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from aftersales_desktop.domain.workflow import Step, fold

T0 = datetime(2026, 11, 1, tzinfo=timezone.utc)
DOOR = {("closed", "open"): "open", ("open", "close"): "closed", ("open", "lock"): "locked",
        ("locked", "unlock"): "closed"}


def step(n: int, kind: str, minutes: int | None = None) -> Step:
    return Step(f"{n:04d}", kind, T0 + timedelta(minutes=n if minutes is None else minutes), "u")


def test_steps_apply_in_time_order_and_a_step_not_allowed_is_ignored_and_reported():
    steps = [step(3, "lock"), step(1, "open"), step(2, "open"), step(4, "unlock")]
    folded = fold(steps, DOOR, "closed")
    assert folded.status == "closed"
    assert [s.id for s in folded.applied] == ["0001", "0003", "0004"]
    assert [s.id for s in folded.ignored] == ["0002"]
    assert folded.last("lock").id == "0003"
    assert folded.last("close") is None


def test_equal_times_are_ordered_by_id():
    folded = fold([step(2, "close", minutes=5), step(1, "open", minutes=5)], DOOR, "closed")
    assert folded.status == "closed" and len(folded.applied) == 2


@given(st.permutations([step(i, k) for i, k in enumerate(["open", "close", "open", "lock", "unlock", "open"])]))
def test_arrival_order_does_not_change_the_status(steps):
    assert fold(steps, DOOR, "closed") == fold(sorted(steps, key=lambda s: s.id), DOOR, "closed")
