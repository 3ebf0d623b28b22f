"""Display formats by interface language: local dates and times, reply-deadline countdowns (no Qt).

Chinese shows dates as 2026-11-27 (what Chinese business forms use); English as 27 Nov 2026, so
neither reader meets an ambiguous 11/12. Money is yuan everywhere (domain.money.format_fen).
"""

from __future__ import annotations

from datetime import date, datetime

from aftersales_desktop import i18n
from aftersales_desktop.i18n import tr

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def local_date(day: date | None) -> str:
    """'2026-11-27' in Chinese, '27 Nov 2026' in English ('' for None)."""
    if day is None:
        return ""
    if i18n.language() == "en":
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return day.isoformat()


def local_time(moment: datetime | None) -> str:
    """A moment in the machine's time zone: '2026-11-27 10:05' / '27 Nov 2026 10:05'."""
    if moment is None:
        return ""
    local = moment.astimezone()
    return f"{local_date(local.date())} {local:%H:%M}"


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
