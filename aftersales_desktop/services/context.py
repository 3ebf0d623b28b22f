"""What every service call needs: the database, the logged-in user, and the time."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

from aftersales_desktop.domain.enums import Role
from aftersales_desktop.domain.errors import PermissionDenied
from aftersales_desktop.domain.permissions import Action, is_allowed
from aftersales_desktop.storage.database import Database


def utc_now() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class CurrentUser:
    """The logged-in staff member."""

    id: str
    username: str
    display_name: str
    role: Role
    outlet_id: str


@dataclass
class AppContext:
    """The database, who is logged in, and a clock (replaceable in tests)."""

    db: Database
    user: CurrentUser | None = None
    now: Callable[[], datetime] = field(default=utc_now)

    def transaction(self):  # noqa: ANN201 - a context manager yielding a Session
        """A database transaction whose recorded changes name the logged-in user."""
        return self.db.transaction(actor=self.user.id if self.user else "")

    def require(self, action: Action) -> CurrentUser:
        """The current user, if their role may do ``action``; else PermissionDenied."""
        if self.user is None:
            raise PermissionDenied("Please log in first.")
        if not is_allowed(self.user.role, action):
            raise PermissionDenied("Your role ({role}) may not do this.", role=self.user.role.label)
        return self.user
