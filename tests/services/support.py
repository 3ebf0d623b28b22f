"""Helpers shared by the service and storage tests (import the fixtures you use by name)."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from aftersales_desktop.services import passwords


@pytest.fixture(autouse=True)
def fast_passwords(monkeypatch):
    """Cheap scrypt for accounts made in tests (test_passwords checks the real cost separately)."""
    monkeypatch.setattr(passwords, "_N", 2**4)


def count(db, model) -> int:
    """Rows in a model's table (tombstoned ones included)."""
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(model))


def staff_context(manager, username: str, name: str, role, now=None):
    """A context for a new account of the manager's outlet (made through the staff service), on
    the clock ``now`` when given; the password is 'secret1'."""
    from aftersales_desktop.services import staff
    from aftersales_desktop.services.context import AppContext, CurrentUser, utc_now
    from aftersales_desktop.services.outlet import AccountDraft

    member = staff.create_staff(manager, AccountDraft(username, name, "secret1", role))
    return AppContext(manager.db, CurrentUser(member.id, member.username, member.display_name, role,
                                              manager.user.outlet_id), now=now or utc_now)


def second_outlet_storekeeper(db, now=None, username: str = "bjstore"):
    """A storekeeper (北京仓管) of a second outlet BJ01 in the same database, as after a sync."""
    from aftersales_desktop.domain.enums import Role
    from aftersales_desktop.services.context import AppContext, CurrentUser, utc_now
    from aftersales_desktop.storage.models import Outlet, User

    with db.transaction() as session:
        outlet = Outlet(code="BJ01", name="北京网点")
        session.add(outlet)
        session.flush()
        user = User(outlet_id=outlet.id, username=username, display_name="北京仓管",
                    role=Role.STOREKEEPER.value, password_hash="x")
        session.add(user)
        session.flush()
        return AppContext(db, CurrentUser(user.id, username, "北京仓管", Role.STOREKEEPER, outlet.id),
                          now=now or utc_now)


class Clock:
    """A settable ``now`` for AppContext."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture(scope="session")
def _outlet_template(tmp_path_factory):
    """Outlet SH01 built once per run exactly like conftest's ``outlet``; tests get a copy."""
    from aftersales_desktop.domain.enums import ProductType, Role
    from aftersales_desktop.services import catalog, staff
    from aftersales_desktop.services.context import AppContext
    from aftersales_desktop.services.outlet import AccountDraft, OutletDraft, log_in, set_up_outlet
    from aftersales_desktop.storage.database import open_database

    data_dir = tmp_path_factory.mktemp("template") / "outlet"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(passwords, "_N", 2**4)
        database = open_database(data_dir)
        manager = set_up_outlet(database, OutletDraft("SH01", "上海浦东网点", "上海市浦东新区张江路88号",
                                                      "021-58881234"), AccountDraft("admin", "李经理", "secret1"))
        mctx = AppContext(database, manager)
        staff.create_staff(mctx, AccountDraft("clerk", "陈客服", "secret1", Role.CUSTOMER_SERVICE))
        tech = staff.create_staff(mctx, AccountDraft("tech", "王师傅", "secret1", Role.TECHNICIAN))
        product = catalog.create_product(mctx, catalog.ProductDraft(
            ProductType.TONER, "HP", "CF283A", "83A 黑色硒鼓", "LaserJet Pro M125, M127, M201", "268.00"))
        users = (manager, log_in(database, "clerk", "secret1"), log_in(database, "tech", "secret1"))
        database.dispose()  # the last connection closing checkpoints the WAL into the file
    return data_dir, users, tech.id, product.id


@pytest.fixture(name="outlet")
def outlet_copy(_outlet_template, tmp_path):
    """The same outlet as conftest's ``outlet`` fixture, copied from a template (much faster)."""
    import shutil

    from aftersales_desktop.services.context import AppContext
    from aftersales_desktop.storage.database import open_database
    from tests.conftest import Outlet

    template, (manager, clerk, tech), tech_id, product_id = _outlet_template
    data_dir = tmp_path / "outlet"
    shutil.copytree(template, data_dir)
    database = open_database(data_dir)
    yield Outlet(data_dir, database, AppContext(database, manager), AppContext(database, clerk),
                 AppContext(database, tech), tech_id, product_id)
    database.dispose()
