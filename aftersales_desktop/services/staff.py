"""Staff accounts: list, create, change role or name, disable, reset password (managers only)."""

from __future__ import annotations

from dataclasses import dataclass

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from aftersales_desktop.domain.enums import Role
from aftersales_desktop.domain.errors import Collector, NotFound, ValidationError
from aftersales_desktop.domain.permissions import Action
from aftersales_desktop.domain.validation import normalise_phone
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.outlet import AccountDraft, validate_account
from aftersales_desktop.services.passwords import hash_password
from aftersales_desktop.storage.models import User


@dataclass(frozen=True)
class StaffMember:
    """A staff account as lists and pickers show it."""

    id: str
    username: str
    display_name: str
    role: Role
    phone: str
    active: bool


def _member(row: User) -> StaffMember:
    return StaffMember(row.id, row.username, row.display_name, Role(row.role), row.phone, row.active)


def names_in(session: Session, user_ids: Iterable[str] | None = None) -> dict[str, str]:
    """Display names by user id, of any outlet (records name people of other outlets after a sync)."""
    query = select(User.id, User.display_name)
    if user_ids is not None:
        ids = sorted({i for i in user_ids if i})
        if not ids:
            return {}
        query = query.where(User.id.in_(ids))
    return dict(session.execute(query).all())


def display_names(ctx: AppContext) -> dict[str, str]:
    """Display names of every staff account known here, by id (for showing who did what)."""
    ctx.require(Action.VIEW_JOBS)
    with ctx.db.reader() as session:
        return names_in(session)


def list_staff(ctx: AppContext, *, role: Role | None = None, active_only: bool = False) -> list[StaffMember]:
    """Staff of the user's outlet, by name."""
    user = ctx.require(Action.VIEW_JOBS)
    query = select(User).where(User.outlet_id == user.outlet_id, User.deleted.is_(False))
    if role is not None:
        query = query.where(User.role == role.value)
    if active_only:
        query = query.where(User.active.is_(True))
    with ctx.db.reader() as session:
        return [_member(r) for r in session.scalars(query.order_by(User.display_name))]


def create_staff(ctx: AppContext, draft: AccountDraft) -> StaffMember:
    """Add an account with a role."""
    manager = ctx.require(Action.MANAGE_STAFF)
    errors = Collector()
    validate_account(draft, errors)
    errors.raise_if_any()
    with ctx.transaction() as session:
        taken = session.scalar(select(User.id).where(User.username == draft.username.strip(),
                                                     User.deleted.is_(False)))
        if taken:
            raise ValidationError.single("username", "This user name is taken.")
        row = User(outlet_id=manager.outlet_id, username=draft.username.strip(),
                   display_name=draft.display_name.strip(), role=Role(draft.role).value,
                   password_hash=hash_password(draft.password), phone=normalise_phone(draft.phone))
        session.add(row)
        session.flush()
        return _member(row)


def update_staff(ctx: AppContext, user_id: str, *, display_name: str, role: Role, phone: str = "",
                 active: bool = True, new_password: str = "") -> StaffMember:
    """Change an account's name, role, phone or active flag, and optionally its password."""
    manager = ctx.require(Action.MANAGE_STAFF)
    errors = Collector()
    validate_account(AccountDraft("x", display_name, new_password, role, phone), errors,
                     password_required=False)
    if user_id == manager.id:
        errors.check(active, "active", "You cannot disable your own account.")
        errors.check(role == Role.MANAGER, "role", "You cannot take away your own manager role.")
    errors.raise_if_any()
    with ctx.transaction() as session:
        row = session.get(User, user_id)
        if row is None or row.deleted:
            raise NotFound("No such staff account.")
        row.display_name = display_name.strip()
        row.role = Role(role).value
        row.phone = normalise_phone(phone)
        row.active = active
        if new_password:
            row.password_hash = hash_password(new_password)
        return _member(row)
