"""First-run set-up, login, outlet policies (reply hours by priority)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from aftersales_desktop.domain.enums import DEFAULT_REPLY_HOURS, Priority, Role
from aftersales_desktop.domain.errors import Collector, ValidationError
from aftersales_desktop.domain.ids import uuid7
from aftersales_desktop.domain.numbering import OUTLET_CODE
from aftersales_desktop.domain.permissions import Action
from aftersales_desktop.domain.validation import is_valid_phone, normalise_phone
from aftersales_desktop.services.context import AppContext, CurrentUser
from aftersales_desktop.services.passwords import hash_password, verify_password
from aftersales_desktop.storage.database import OUTLET_KEY, Database
from aftersales_desktop.storage.models import LocalState, Outlet, OutletSetting, User

#: LocalState key the demo seeder sets to its manager's user name; only demo folders have it.
DEMO_USER_KEY = "demo_user"
MIN_PASSWORD = 6


@dataclass(frozen=True)
class OutletInfo:
    """The outlet this installation belongs to."""

    id: str
    code: str
    name: str
    address: str
    phone: str


@dataclass
class OutletDraft:
    """What the set-up wizard asks about the outlet."""

    code: str
    name: str
    address: str = ""
    phone: str = ""


@dataclass
class AccountDraft:
    """A new staff account."""

    username: str
    display_name: str
    password: str
    role: Role = Role.MANAGER
    phone: str = ""


def validate_outlet(draft: OutletDraft, errors: Collector) -> None:
    """Field checks of an outlet's details."""
    code = draft.code.strip().upper()
    errors.check(bool(code), "code", "Enter the outlet code, such as SH01.")
    if code:
        errors.check(OUTLET_CODE.match(code) is not None, "code",
                     "Use 2-8 capital letters and digits, starting with a letter (e.g. SH01).")
    errors.check(bool(draft.name.strip()), "name", "Enter the outlet name.")
    if draft.phone.strip():
        errors.check(is_valid_phone(draft.phone), "phone", "This is not a valid phone number.")


def validate_account(draft: AccountDraft, errors: Collector, *, password_required: bool = True) -> None:
    """Field checks of a staff account."""
    username = draft.username.strip()
    errors.check(bool(username), "username", "Enter a user name.")
    if username:
        errors.check(username.isascii() and " " not in username and len(username) <= 60, "username",
                     "User names use letters, digits and . _ - without spaces.")
    errors.check(bool(draft.display_name.strip()), "display_name", "Enter the person's name.")
    if password_required or draft.password:
        errors.check(len(draft.password) >= MIN_PASSWORD, "password",
                     "The password needs at least {min} characters.", min=MIN_PASSWORD)
    if draft.phone.strip():
        errors.check(is_valid_phone(draft.phone), "phone", "This is not a valid phone number.")


def is_set_up(db: Database) -> bool:
    """True once the set-up wizard has created this installation's outlet."""
    return db.local_value(OUTLET_KEY) is not None


def set_up_outlet(db: Database, outlet: OutletDraft, manager: AccountDraft) -> CurrentUser:
    """Create the site identity, the outlet, its default policies and the first manager account."""
    errors = Collector()
    validate_outlet(outlet, errors)
    validate_account(manager, errors)
    errors.raise_if_any()
    if is_set_up(db):
        raise ValidationError.single("code", "This installation already has an outlet.")
    with db.transaction() as session:
        db.create_identity(session, uuid7())
        row = Outlet(code=outlet.code.strip().upper(), name=outlet.name.strip(),
                     address=outlet.address.strip(), phone=normalise_phone(outlet.phone))
        session.add(row)
        session.flush()
        session.add(LocalState(key=OUTLET_KEY, value=row.id))
        for priority, hours in DEFAULT_REPLY_HOURS.items():
            session.add(OutletSetting(outlet_id=row.id, key=reply_hours_key(priority), value=str(hours)))
        user = User(outlet_id=row.id, username=manager.username.strip(),
                    display_name=manager.display_name.strip(), role=Role.MANAGER.value,
                    password_hash=hash_password(manager.password), phone=normalise_phone(manager.phone))
        session.add(user)
        session.flush()
        return CurrentUser(user.id, user.username, user.display_name, Role.MANAGER, row.id)


def update_outlet(ctx: AppContext, name: str, address: str, phone: str) -> OutletInfo:
    """Change the name, address and phone of the user's outlet (its code is fixed: numbers carry it)."""
    user = ctx.require(Action.EDIT_SETTINGS)
    with ctx.db.reader() as session:
        code = session.get(Outlet, user.outlet_id).code
    draft = OutletDraft(code, name, address, phone)
    errors = Collector()
    validate_outlet(draft, errors)
    errors.raise_if_any()
    with ctx.transaction() as session:
        row = session.get(Outlet, user.outlet_id)
        for field, value in (("name", name.strip()), ("address", address.strip()),
                             ("phone", normalise_phone(phone) if phone.strip() else "")):
            if getattr(row, field) != value:
                setattr(row, field, value)
        session.flush()
        return OutletInfo(row.id, row.code, row.name, row.address, row.phone)


def list_outlets(ctx: AppContext) -> list[OutletInfo]:
    """Every outlet known here (this one and those that arrived by sync), by code."""
    ctx.require(Action.VIEW_JOBS)
    with ctx.db.reader() as session:
        return [OutletInfo(r.id, r.code, r.name, r.address, r.phone) for r in session.scalars(
            select(Outlet).where(Outlet.deleted.is_(False)).order_by(Outlet.code))]


def current_outlet(db: Database) -> OutletInfo:
    """This installation's outlet."""
    outlet_id = db.local_value(OUTLET_KEY)
    with db.reader() as session:
        row = session.get(Outlet, outlet_id)
        if row is None:
            raise RuntimeError("outlet not set up")
        return OutletInfo(row.id, row.code, row.name, row.address, row.phone)


def log_in(db: Database, username: str, password: str) -> CurrentUser:
    """The user whose name and password match; ValidationError otherwise."""
    errors = Collector()
    errors.check(bool(username.strip()), "username", "Enter your user name.")
    errors.check(bool(password), "password", "Enter your password.")
    errors.raise_if_any()
    with db.reader() as session:
        # After sync a database holds every outlet's staff: the name is taken at this installation's
        # outlet first (the same user name may exist at another outlet).
        local_outlet = db.local_value(OUTLET_KEY)
        row = session.scalars(select(User).where(User.username == username.strip(), User.deleted.is_(False))
                              .order_by((User.outlet_id != local_outlet), User.id)).first()
        if row is None or not verify_password(password, row.password_hash):
            raise ValidationError.single("password", "Wrong user name or password.")
        if not row.active:
            raise ValidationError.single("username", "This account is disabled; ask your manager.")
        return CurrentUser(row.id, row.username, row.display_name, Role(row.role), row.outlet_id)


def user_by_username(db: Database, username: str) -> CurrentUser | None:
    """An active user by name (for the demo's automatic login)."""
    with db.reader() as session:
        row = session.scalars(select(User).where(User.username == username, User.active.is_(True),
                                                 User.deleted.is_(False))
                              .order_by((User.outlet_id != db.local_value(OUTLET_KEY)), User.id)).first()
        if row is None:
            return None
        return CurrentUser(row.id, row.username, row.display_name, Role(row.role), row.outlet_id)


def reply_hours_key(priority: Priority) -> str:
    """The setting key of a priority's reply hours."""
    return f"reply_hours.{priority.value}"


def _setting_rows(session: Session, outlet_id: str) -> dict[str, OutletSetting]:
    rows = session.scalars(select(OutletSetting).where(OutletSetting.outlet_id == outlet_id,
                                                       OutletSetting.deleted.is_(False)))
    return {r.key: r for r in rows}


def reply_hours(session: Session, outlet_id: str) -> dict[Priority, int]:
    """Hours from intake to the promised reply, per priority, for an outlet."""
    rows = _setting_rows(session, outlet_id)
    hours = dict(DEFAULT_REPLY_HOURS)
    for priority in Priority:
        row = rows.get(reply_hours_key(priority))
        if row is not None and row.value.isdigit():
            hours[priority] = int(row.value)
    return hours


def get_reply_hours(ctx: AppContext) -> dict[Priority, int]:
    """The logged-in user's outlet's reply hours."""
    user = ctx.require(Action.VIEW_JOBS)
    with ctx.db.reader() as session:
        return reply_hours(session, user.outlet_id)


def set_reply_hours(ctx: AppContext, hours: dict[Priority, int]) -> None:
    """Change the reply hours per priority (managers only)."""
    user = ctx.require(Action.EDIT_SETTINGS)
    errors = Collector()
    for priority, value in hours.items():
        errors.check(1 <= value <= 24 * 30, f"reply_hours.{priority.value}",
                     "Between 1 and 720 hours.")
    errors.raise_if_any()
    with ctx.transaction() as session:
        rows = _setting_rows(session, user.outlet_id)
        for priority, value in hours.items():
            key = reply_hours_key(priority)
            if key in rows:
                if rows[key].value != str(value):
                    rows[key].value = str(value)
            else:
                session.add(OutletSetting(outlet_id=user.outlet_id, key=key, value=str(value)))
