"""Write authority on a real share: a site writes only what its outlet owns; the rest is refused and listed.

The attacker is BJ01's own installation with its real key: changes are written straight into its
outbox (a tampered laptop database), and its own engine signs and publishes them. HQ and SH01 must
refuse exactly the changes BJ01 may not make, keep its honest changes, list every refusal, and
end with equal digests.
"""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from aftersales_desktop.domain.enums import Role
from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.domain.ids import uuid7
from aftersales_desktop.services import customers, jobs, passwords, staff
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.services.outlet import AccountDraft, log_in, update_outlet, user_by_username
from aftersales_desktop.storage.models import Outlet, OutletSetting, RefusedChange, StockMovement, User
from tests.sync.sites import Installation, copy_world, world_env


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    monkeypatch.setattr(passwords, "_N", 2**4)


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    hq = made.hq
    staff.create_staff(hq.ctx, AccountDraft("analyst", "总部分析", "secret1", Role.HQ_ANALYST))
    made.converge()
    yield made
    made.close()


def forge(site: Installation, table: str, row_id: str, op: str, fields: dict) -> None:
    """Put a change into ``site``'s outbox as if its services had made it; its engine signs it."""
    stamp = site.db.clock.now().encode()
    with site.db.raw_transaction() as connection:
        connection.exec_driver_sql(
            "INSERT INTO outbox (table_name, row_id, op, fields, hlc, origin, actor, bases, published) "
            "VALUES (?, ?, ?, ?, ?, ?, '', ?, 0)",
            (table, row_id, op, json.dumps(fields, ensure_ascii=False, sort_keys=True), stamp, site.db.site_id,
             json.dumps({name: "" for name in fields} | {"_row": ""}) if op == "update" else ""))


def user_row(site: Installation, username: str, outlet_id: str) -> SimpleNamespace:
    with site.db.reader() as session:
        row = session.scalars(select(User).where(User.username == username, User.outlet_id == outlet_id)).one()
        return SimpleNamespace(id=row.id, role=row.role)


def refused(site: Installation) -> list[tuple[str, str, str]]:
    with site.db.reader() as session:
        return sorted((r.table_name, r.row_id, r.reason) for r in session.scalars(select(RefusedChange)))


def new_user_fields(outlet_id: str, username: str, role: str) -> dict:
    return {"outlet_id": outlet_id, "username": username, "display_name": "黑客", "role": role,
            "password_hash": passwords.hash_password("hacked1"), "phone": "", "active": True, "deleted": False}


def test_an_outlet_cannot_touch_head_office_staff_or_another_outlet_and_every_refusal_is_listed(world):
    hq, (sh, bj) = world.hq, world.outlets
    hq_outlet, sh_outlet = hq.outlet_id, sh.outlet_id
    manager = user_row(hq, "mHQ", hq_outlet)
    analyst = user_row(hq, "analyst", hq_outlet)
    technician = user_row(hq, "tSH01", sh_outlet)
    with hq.db.reader() as session:
        row = session.scalars(select(OutletSetting).where(OutletSetting.outlet_id == sh_outlet)).first()
        setting = SimpleNamespace(id=row.id, value=row.value)
    intruder_hq, intruder_sh = uuid7(), uuid7()
    forged_movement = uuid7()
    forge(bj, "users", manager.id, "update", {"password_hash": passwords.hash_password("hacked1")})
    forge(bj, "users", analyst.id, "update", {"role": Role.MANAGER.value})
    forge(bj, "users", intruder_hq, "insert", new_user_fields(hq_outlet, "mHQ", Role.MANAGER.value))
    forge(bj, "users", intruder_sh, "insert", new_user_fields(sh_outlet, "boss", Role.MANAGER.value))
    forge(bj, "users", technician.id, "update", {"active": False})
    forge(bj, "outlets", hq_outlet, "update", {"name": "被黑的总部"})
    forge(bj, "outlet_settings", setting.id, "update", {"value": "999"})
    forge(bj, "stock_movements", forged_movement, "insert", {
        "outlet_id": sh_outlet, "product_id": sh.product_id, "location": "", "batch": "", "quantity": -50,
        "unit_cost_fen": 0, "kind": "adjustment", "at": "2026-12-01T08:00:00.000000Z", "reference": "",
        "note": "", "created_by": None, "expires_on": None, "counterpart_outlet_id": None, "job_id": None,
        "technician_id": None, "delivery_id": None, "requisition_line_id": None, "stocktake_line_id": None,
        "return_case_id": None, "deleted": False})
    honest_job = bj.job("李娜")  # BJ01's own work in the same bundle
    bj.sync()

    for site in (hq, sh):
        report = site.sync()
        assert report.refused == 8, site
        assert report.quarantined == 0 and site.has_job(honest_job)
        assert refused(site) == sorted([
            ("users", manager.id, "not_owner"), ("users", analyst.id, "not_owner"),
            ("users", intruder_hq, "not_owner"), ("users", intruder_sh, "not_owner"),
            ("users", technician.id, "not_owner"), ("outlets", hq_outlet, "not_owner"),
            ("outlet_settings", setting.id, "not_owner"), ("stock_movements", forged_movement, "not_owner")])
        assert any(params.get("count") == 8 and params.get("site") == bj.site_id
                   for _lv, _m, params in site.log("warning"))
        assert log_in(site.db, "mHQ", "secret1").outlet_id == hq_outlet
        with pytest.raises(ValidationError):
            log_in(site.db, "mHQ", "hacked1")
        with site.db.reader() as session:
            assert session.get(User, analyst.id).role == Role.HQ_ANALYST.value
            assert session.get(User, technician.id).active
            assert session.get(User, intruder_hq) is None and session.get(User, intruder_sh) is None
            assert session.get(Outlet, hq_outlet).name == "HQ 网点"
            assert session.get(OutletSetting, setting.id).value == setting.value
            assert session.get(StockMovement, forged_movement) is None
    world.converge()
    assert hq.digest() == sh.digest()
    assert len(refused(hq)) == 8  # listed once: later cycles do not refuse the same bundle again


@pytest.fixture
def laptop(world, tmp_path):
    """A second computer of SH01, joined, synced twice, with SH01 as its outlet."""
    from tests.sync.test_stocktake_sync import SecondComputer

    sh = world.outlets[0]
    computer = SecondComputer(tmp_path / "laptop", world, sh.outlet_id)
    for _round in range(2):
        computer.sync()
        sh.sync()
    computer.adopt_outlet()
    yield computer
    computer.close()


def test_a_site_that_is_not_its_outlets_administration_device_cannot_change_staff(world, laptop):
    """A second computer of SH01 (a technician's laptop) writes SH01's jobs but not its accounts."""
    hq, (sh, _bj) = world.hq, world.outlets
    technician = user_row(sh, "tSH01", sh.outlet_id)
    forge(laptop, "users", technician.id, "update", {"role": Role.MANAGER.value})
    laptop.sync()
    for site in (hq, sh):
        site.sync()
        assert refused(site) == [("users", technician.id, "admin_only")]
        with site.db.reader() as session:
            assert session.get(User, technician.id).role == Role.TECHNICIAN.value
    # Its own service says so before anything is written.
    laptop.db.load_rights()
    manager = AppContext(laptop.db, sh.ctx.user)
    with pytest.raises(PermissionDenied):
        staff.create_staff(manager, AccountDraft("someone", "某人", "secret1", Role.TECHNICIAN))


def test_a_sites_own_service_refuses_another_outlets_rows_before_writing(world):
    hq, (sh, bj) = world.hq, world.outlets
    job_id = sh.job("王芳")
    world.converge()
    customer_id = jobs.get_job(bj.ctx, job_id).customer_id
    before = bj.engine().waiting()
    with pytest.raises(PermissionDenied) as refused_error:
        customers.update_customer(bj.ctx, customer_id, CustomerDraft("王芳", "13900000001"))
    assert refused_error.value.params["outlet"] == "SH01"
    assert bj.engine().waiting() == before  # nothing recorded
    with pytest.raises(PermissionDenied):  # even a session that believes it is SH01's
        update_outlet(_as_outlet(bj, sh.outlet_id), "改名", "", "")
    # Head office may correct any outlet's customer; the owner outlet too.
    customers.update_customer(hq.ctx, customer_id, CustomerDraft("王芳", "13900000002"))
    customers.update_customer(sh.ctx, customer_id, CustomerDraft("王芳", "13900000003"))
    world.converge()
    assert hq.digest() == sh.digest() == bj.digest()


def _digest(computer) -> str:  # noqa: ANN001 - a SecondComputer
    from aftersales_desktop.sync.digest import digest

    with computer.db.raw_transaction() as connection:
        return digest(connection)[0]


def _as_outlet(site: Installation, outlet_id: str) -> AppContext:
    from dataclasses import replace

    return AppContext(site.db, replace(site.ctx.user, outlet_id=outlet_id))


def test_a_child_row_waits_for_its_parent_and_is_then_judged_by_its_owner(world, laptop):
    """An event of SH01's job that arrives before the job (from SH01's laptop) waits, then applies."""
    hq, (sh, bj) = world.hq, world.outlets
    job_id = sh.job("王芳")
    sh.sync()
    laptop.sync()  # the laptop has the job, BJ01 and HQ not yet: SH01's bundle is held back below
    jobs.add_note(AppContext(laptop.db, user_by_username(laptop.db, "mSH01")), job_id, "在客户现场")
    laptop.sync()
    sh_folder = world.site_dir(sh)
    newest = sorted(sh_folder.iterdir())[-1]
    held = newest.read_bytes()
    newest.unlink()
    report = bj.sync()
    assert report.refused == 0 and not bj.has_job(job_id)
    with bj.db.raw_transaction() as connection:  # the laptop's note waits for SH01's job
        assert connection.exec_driver_sql("SELECT count(*) FROM sync_parked WHERE table_name = 'jobs' "
                                          "AND row_id = ?", (job_id,)).scalar_one() >= 1
    newest.write_bytes(held)
    bj.sync()
    assert bj.has_job(job_id)
    world.converge()
    laptop.sync()
    assert refused(bj) == [] and bj.digest() == sh.digest() == hq.digest() == _digest(laptop)
