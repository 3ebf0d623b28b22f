"""Display formats: local times, reply-deadline countdowns, money (no Qt)."""

from __future__ import annotations

from datetime import datetime

from aftersales_desktop.i18n import tr


def local_time(moment: datetime | None) -> str:
    """'2026-11-27 10:05' in the machine's time zone."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def countdown(due: datetime, now: datetime, done_at: datetime | None = None) -> tuple[str, bool]:
    """Text for the time left to the promised reply, and whether it is overdue."""
    if done_at is not None:
        late = done_at > due
        return (tr("Replied late") if late else tr("Replied in time")), False
    seconds = int((due - now).total_seconds())
    overdue = seconds < 0
    minutes = abs(seconds) // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        span = tr("{d} d {h} h", d=days, h=hours)
    elif hours:
        span = tr("{h} h {m} min", h=hours, m=mins)
    else:
        span = tr("{m} min", m=mins)
    return (tr("Overdue {span}", span=span) if overdue else tr("{span} left", span=span)), overdue
