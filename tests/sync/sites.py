"""Sites for sync tests: installations with their own data folder, joined to one real share folder.

A world (HQ plus outlets, every outlet approved, no cycle run yet) is built once per process and
per set of outlet codes, then copied for each test: building one costs ~0.2 s a site, copying it
a few milliseconds. Tests point AFTERSALES_KEY_DIR at the copy's ``keys`` folder (``world_env``).
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority, ProductType, Role
from aftersales_desktop.services import catalog, jobs, passwords, staff
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.services.outlet import AccountDraft, OutletDraft, current_outlet, set_up_outlet, user_by_username
from aftersales_desktop.storage.database import open_database
from aftersales_desktop.storage.models import QuarantinedBundle, SyncCursor, SyncLogEntry
from aftersales_desktop.sync import membership
from aftersales_desktop.sync.digest import digest
from aftersales_desktop.sync.engine import SyncEngine, set_share_path
from aftersales_desktop.sync.share import Share

KEY_DIR_ENV = "AFTERSALES_KEY_DIR"


class Installation:
    """One site: a data folder with its database, set up as an outlet (HQ is the outlet 'HQ')."""

    def __init__(self, folder, code: str | None = None) -> None:
        """Set up a new outlet ``code`` in ``folder``, or (code None) open the one already there."""
        self.folder = Path(folder)
        self.db = open_database(self.folder)
        if code is not None:
            manager = set_up_outlet(self.db, OutletDraft(code, f"{code} 网点"),
                                    AccountDraft(f"m{code}", "经理", "secret1"))
            self.ctx = AppContext(self.db, manager)
            self.product_id = catalog.create_product(self.ctx, catalog.ProductDraft(
                ProductType.TONER, "HP", f"CF{code}", "硒鼓", "", "100.00")).id
            self.technician_id = staff.create_staff(self.ctx, AccountDraft(
                f"t{code}", f"{code} 师傅", "secret1", Role.TECHNICIAN)).id
            staff.create_staff(self.ctx, AccountDraft(f"s{code}", f"{code} 库管", "secret1", Role.STOREKEEPER))
        else:
            code = current_outlet(self.db).code
            self.ctx = AppContext(self.db, user_by_username(self.db, f"m{code}"))
            self.product_id = catalog.find_product_by_model(self.ctx, f"CF{code}").id
            self.technician_id = user_by_username(self.db, f"t{code}").id
        #: The outlet's storekeeper (库存管理人员): only storekeepers issue and transfer stock.
        self.keeper = AppContext(self.db, user_by_username(self.db, f"s{code}"))
        self.code = code

    def __repr__(self) -> str:
        return f"Installation({self.code})"

    @property
    def site_id(self) -> str:
        return self.db.site_id

    @property
    def outlet_id(self) -> str:
        return self.ctx.user.outlet_id

    def engine(self, **options) -> SyncEngine:
        return SyncEngine(self.db, self.folder, **options)

    def sync(self):
        return self.engine().run_cycle()

    def digest(self) -> str:
        with self.db.raw_transaction() as connection:
            return digest(connection)[0]

    def job(self, name: str, phone: str = "13812345678") -> str:
        return jobs.create_job(self.ctx, jobs.JobDraft(
            Channel.HOTLINE, FaultCategory.LEAK, Priority.HIGH, "漏粉",
            new_customer=CustomerDraft(name, phone), product_id=self.product_id)).id

    def has_job(self, job_id: str) -> bool:
        with self.db.raw_transaction() as connection:
            return connection.exec_driver_sql("SELECT 1 FROM jobs WHERE id = ?", (job_id,)).first() is not None

    def cursor(self, site_id: str) -> int:
        with self.db.reader() as session:
            row = session.get(SyncCursor, site_id)
            return row.last_seq if row else 0

    def log(self, level: str | None = None) -> list[tuple[str, str, dict]]:
        """The sync log as (level, message, params), oldest first."""
        with self.db.reader() as session:
            rows = session.execute(select(SyncLogEntry.level, SyncLogEntry.message, SyncLogEntry.params)
                                   .order_by(SyncLogEntry.id)).all()
        return [(lv, message, json.loads(params)) for lv, message, params in rows if level in (None, lv)]

    def quarantined(self) -> dict[tuple[str, str], str]:
        """(site id, bundle name) -> reason of the quarantine rows."""
        with self.db.reader() as session:
            return {(row.site_id, row.name): row.reason for row in session.scalars(select(QuarantinedBundle))}

    def close(self) -> None:
        self.db.dispose()


@dataclass
class World:
    """HQ and outlets on one share folder, each in its own data folder under ``root``."""

    root: Path
    share: Path
    hq: Installation
    outlets: list[Installation]

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def sites(self) -> list[Installation]:
        return [self.hq, *self.outlets]

    def site_dir(self, site: Installation) -> Path:
        """The site's bundle folder on the share."""
        return Share(self.share).site_dir(site.site_id)

    def converge(self, rounds: int = 2) -> None:
        for _round in range(rounds):
            for site in self.sites:
                site.sync()

    def close(self) -> None:
        for site in self.sites:
            site.close()


def build_world(root: Path, codes: tuple[str, ...] = ("SH01", "BJ01")) -> World:
    """Set up HQ and the outlets from nothing (AFTERSALES_KEY_DIR must name ``root/keys``)."""
    share = root / "share"
    share.mkdir(parents=True)
    hq = Installation(root / "HQ", "HQ")
    membership.initialise_share(hq.db, share)
    outlets = [Installation(root / code, code) for code in codes]
    for outlet in outlets:
        membership.join_share(outlet.db, share)
    for request in membership.pending_requests(hq.db):
        membership.approve(hq.db, request.site_id)
    return World(root, share, hq, outlets)


def open_world(root: Path, codes: tuple[str, ...]) -> World:
    """The world whose folders are in ``root`` (copied there), its sites pointed at its share copy."""
    share = root / "share"
    sites = []
    for code in ("HQ", *codes):
        site = Installation(root / code)
        set_share_path(site.db, str(share))
        sites.append(site)
    return World(root, share, sites[0], sites[1:])


_templates: dict[tuple[tuple[str, ...], bool], Path] = {}


@contextmanager
def key_dir(folder: Path):
    """AFTERSALES_KEY_DIR set to ``folder`` inside the block (for code outside a test's monkeypatch)."""
    saved = os.environ.get(KEY_DIR_ENV)
    os.environ[KEY_DIR_ENV] = str(folder)
    try:
        yield folder
    finally:
        if saved is None:
            os.environ.pop(KEY_DIR_ENV, None)
        else:
            os.environ[KEY_DIR_ENV] = saved


def _template(codes: tuple[str, ...], synced: bool) -> Path:
    if (codes, synced) not in _templates:
        root = Path(tempfile.mkdtemp(prefix="aftersales-world-")) / "world"
        atexit.register(shutil.rmtree, root.parent, True)
        saved_cost = passwords._N
        passwords._N = 2**4
        try:
            with key_dir(root / "keys"):
                world = build_world(root, codes)
                if synced:
                    world.converge()
                world.close()
        finally:
            passwords._N = saved_cost
        _templates[(codes, synced)] = root
    return _templates[(codes, synced)]


def copy_world(root: Path, codes: tuple[str, ...] = ("SH01", "BJ01"), *, synced: bool = False) -> World:
    """A fresh copy of the world with these outlets in ``root`` (which must not exist yet).

    ``synced``: every site has run two cycles, so each knows every outlet, user and product.
    Set AFTERSALES_KEY_DIR to ``world.keys`` before syncing (``world_env`` or ``key_dir`` do).
    """
    shutil.copytree(_template(tuple(codes), synced), root)
    return open_world(root, tuple(codes))


def world_env(monkeypatch, world: World) -> World:
    """Point the key store at the world's keys for the rest of the test."""
    monkeypatch.setenv(KEY_DIR_ENV, str(world.keys))
    return world


def bundle_files(world: World, site: Installation) -> list[Path]:
    """The site's bundle files on the share, by seq."""
    share = Share(world.share)
    return [share.site_dir(site.site_id) / name for _seq, name in share.list_bundles(site.site_id)]
