"""Shared fixtures: a real outlet database in a temporary folder, with staff and a catalog."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import pytest

from aftersales_desktop import logs
from aftersales_desktop.domain.enums import ProductType, Role
from aftersales_desktop.services import catalog, staff
from aftersales_desktop.services.context import AppContext, CurrentUser
from aftersales_desktop.services.outlet import AccountDraft, OutletDraft, set_up_outlet
from aftersales_desktop.storage.database import Database, open_database


@dataclass
class Outlet:
    """A set-up outlet for tests: contexts for a manager, a clerk and a technician, and a product."""

    data_dir: Path
    db: Database
    manager: AppContext
    clerk: AppContext
    technician: AppContext
    technician_id: str
    product_id: str

    def as_user(self, user: CurrentUser) -> AppContext:
        """A context for another user on the same database."""
        return AppContext(self.db, user)


@pytest.fixture
def logging_restored():
    """Leave the process's logging as it was: levels, handlers, warnings capture."""
    root, ours = logging.getLogger(), logging.getLogger(logs.LOGGER_NAME)
    levels = (root.level, ours.level)
    # An earlier test that started the application may have left warnings captured, and a capture
    # already on is not redone, so this test's warnings would not reach its log file.
    logging.captureWarnings(False)
    yield
    logs.stop_logging()
    logging.captureWarnings(False)
    root.setLevel(levels[0])
    ours.setLevel(levels[1])


@pytest.fixture
def db(tmp_path: Path) -> Database:
    """An empty, migrated database (no outlet yet)."""
    database = open_database(tmp_path / "outlet")
    yield database
    database.dispose()


@pytest.fixture
def outlet(tmp_path: Path) -> Outlet:
    """Outlet SH01 with manager 'admin', clerk 'clerk', technician 'tech' (password 'secret1') and one toner."""
    from aftersales_desktop.services.outlet import log_in

    data_dir = tmp_path / "outlet"
    database = open_database(data_dir)
    manager = set_up_outlet(database, OutletDraft("SH01", "上海浦东网点", "上海市浦东新区张江路88号", "021-58881234"),
                            AccountDraft("admin", "李经理", "secret1"))
    mctx = AppContext(database, manager)
    staff.create_staff(mctx, AccountDraft("clerk", "陈客服", "secret1", Role.CUSTOMER_SERVICE))
    tech = staff.create_staff(mctx, AccountDraft("tech", "王师傅", "secret1", Role.TECHNICIAN))
    product = catalog.create_product(mctx, catalog.ProductDraft(
        ProductType.TONER, "HP", "CF283A", "83A 黑色硒鼓", "LaserJet Pro M125, M127, M201", "268.00"))
    yield Outlet(data_dir, database, mctx, AppContext(database, log_in(database, "clerk", "secret1")),
                 AppContext(database, log_in(database, "tech", "secret1")), tech.id, product.id)
    database.dispose()
