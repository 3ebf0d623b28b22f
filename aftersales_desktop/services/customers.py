"""Customers: find by name, phone or company; create and edit."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select

from aftersales_desktop.domain.errors import Collector, NotFound
from aftersales_desktop.domain.permissions import Action
from aftersales_desktop.domain.validation import is_valid_email, is_valid_phone, normalise_phone
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.storage.models import Customer


@dataclass(frozen=True)
class CustomerInfo:
    """A customer as forms show it."""

    id: str
    name: str
    phone: str
    company: str
    address: str
    email: str


@dataclass
class CustomerDraft:
    """Customer details typed in a form."""

    name: str
    phone: str
    company: str = ""
    address: str = ""
    email: str = ""


def _info(row: Customer) -> CustomerInfo:
    return CustomerInfo(row.id, row.name, row.phone, row.company, row.address, row.email)


def validate_customer(draft: CustomerDraft, errors: Collector, prefix: str = "") -> None:
    """Field checks of a customer; ``prefix`` names the fields inside a larger form."""
    errors.check(bool(draft.name.strip()), f"{prefix}name", "Enter the customer's name.")
    errors.check(bool(draft.phone.strip()), f"{prefix}phone", "Enter a phone number.")
    if draft.phone.strip():
        errors.check(is_valid_phone(draft.phone), f"{prefix}phone",
                     "This is not a valid phone number (e.g. 13812345678 or 021-62345678).")
    if draft.email.strip():
        errors.check(is_valid_email(draft.email), f"{prefix}email", "This is not a valid e-mail address.")


def new_customer_row(draft: CustomerDraft) -> Customer:
    """A Customer row from a validated draft."""
    return Customer(name=draft.name.strip(), phone=normalise_phone(draft.phone),
                    company=draft.company.strip(), address=draft.address.strip(),
                    email=draft.email.strip())


def find_customers(ctx: AppContext, text: str, limit: int = 20) -> list[CustomerInfo]:
    """Customers whose name, phone or company contains ``text`` (phone also by its digits)."""
    ctx.require(Action.VIEW_JOBS)
    needle = text.strip()
    if not needle:
        return []
    like = f"%{needle}%"
    query = (select(Customer)
             .where(Customer.deleted.is_(False),
                    or_(Customer.name.like(like), Customer.phone.like(f"%{normalise_phone(needle)}%"),
                        Customer.company.like(like)))
             .order_by(Customer.name).limit(limit))
    with ctx.db.reader() as session:
        return [_info(r) for r in session.scalars(query)]


def get_customer(ctx: AppContext, customer_id: str) -> CustomerInfo:
    """One customer by id."""
    ctx.require(Action.VIEW_JOBS)
    with ctx.db.reader() as session:
        row = session.get(Customer, customer_id)
        if row is None or row.deleted:
            raise NotFound("No such customer.")
        return _info(row)


def update_customer(ctx: AppContext, customer_id: str, draft: CustomerDraft) -> CustomerInfo:
    """Change a customer's details; their jobs' search text follows."""
    from aftersales_desktop.services.jobs import reindex_jobs_of_customer

    ctx.require(Action.EDIT_CUSTOMER)
    errors = Collector()
    validate_customer(draft, errors)
    errors.raise_if_any()
    with ctx.transaction() as session:
        row = session.get(Customer, customer_id)
        if row is None or row.deleted:
            raise NotFound("No such customer.")
        for name, value in (("name", draft.name.strip()), ("phone", normalise_phone(draft.phone)),
                            ("company", draft.company.strip()), ("address", draft.address.strip()),
                            ("email", draft.email.strip())):
            if getattr(row, name) != value:
                setattr(row, name, value)
        session.flush()
        reindex_jobs_of_customer(session, customer_id)
        return _info(row)


__all__ = ["CustomerDraft", "CustomerInfo", "find_customers", "get_customer", "update_customer",
           "validate_customer", "new_customer_row"]
