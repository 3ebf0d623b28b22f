"""Every Action-guarded service function, called by every role, obeys domain.permissions.ALLOWED.

The guarded functions are found in the source (``ctx.require(Action.X)``), so a new one that is
not exercised here fails the suite instead of going untested.
"""

from __future__ import annotations

import ast
import itertools
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from aftersales_desktop.domain.enums import (Channel, FaultCategory, Priority, ProductType, RepairOutcome,
                                             Role)
from aftersales_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from aftersales_desktop.domain.permissions import ALLOWED, Action
from aftersales_desktop.domain.signatures import Point, SignatureInput, Strokes
from aftersales_desktop.domain.slips import SlipFormat
from aftersales_desktop.services import (catalog, conflicts, customers, jobs, outlet as outlet_service, slips, staff,
                                         stock, sync_status)
from aftersales_desktop.services.context import AppContext, CurrentUser
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.services.outlet import AccountDraft
from aftersales_desktop.storage.models import OutboxEntry
from tests.services.support import Clock
from tests.services.support import _outlet_template, fast_passwords, outlet_copy  # noqa: F401  (fixtures)

SERVICES_DIR = Path(__file__).resolve().parents[2] / "aftersales_desktop" / "services"
NOW = datetime(2026, 3, 16, 2, 0, tzinfo=timezone.utc)
_unique = itertools.count()


def guarded_functions() -> dict[str, Action]:
    """'module.function' -> the Action it requires, read from the services' source."""
    found = {}
    for path in sorted(SERVICES_DIR.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.FunctionDef):
                continue
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "require" and call.args
                        and isinstance(call.args[0], ast.Attribute)
                        and isinstance(call.args[0].value, ast.Name) and call.args[0].value.id == "Action"):
                    found[f"{path.stem}.{node.name}"] = Action[call.args[0].attr]
    return found


GUARDED = guarded_functions()


class Env:
    """The outlet with one person per role and helpers that prepare a job in a given state."""

    def __init__(self, outlet) -> None:
        self.db = outlet.db
        self.clock = Clock(NOW)
        self.manager = AppContext(self.db, outlet.manager.user, now=self.clock)
        self.tech_id = outlet.technician_id
        self.product_id = outlet.product_id
        self.users = {Role.MANAGER: outlet.manager.user, Role.CUSTOMER_SERVICE: outlet.clerk.user,
                      Role.TECHNICIAN: outlet.technician.user}
        for role, username in ((Role.STOREKEEPER, "store"), (Role.HQ_ANALYST, "hq")):
            member = staff.create_staff(self.manager, AccountDraft(username, username, "secret1", role))
            self.users[role] = CurrentUser(member.id, member.username, member.display_name, role,
                                           outlet.manager.user.outlet_id)
        tech2 = staff.create_staff(self.manager, AccountDraft("tech2", "赵师傅", "secret1", Role.TECHNICIAN))
        self.tech2_id = tech2.id

    def ctx(self, user: CurrentUser | None) -> AppContext:
        return AppContext(self.db, user, now=self.clock)

    def job(self, assigned: bool = True) -> str:
        draft = jobs.JobDraft(Channel.HOTLINE, FaultCategory.LEAK, Priority.HIGH, "漏粉",
                              new_customer=CustomerDraft("王芳", "13812345678", address="上海市浦东新区"),
                              product_id=self.product_id, assign_to=self.tech_id if assigned else None)
        return jobs.create_job(self.manager, draft).id

    def resolved_job(self) -> str:
        job_id = self.job()
        jobs.record_repair(self.manager, job_id, repair())
        return job_id

    def repair(self) -> str:
        job_id = self.job()
        return jobs.record_repair(self.manager, job_id, repair()).id

    def slip(self) -> str:
        return slips.issue_slip(self.manager, self.repair(), signature(), signature("王师傅")).id

    def folder(self) -> str:
        import tempfile

        return tempfile.mkdtemp(prefix="share-")

    def conflict(self) -> str:
        from aftersales_desktop.storage.models import Conflict

        customer_id = jobs.get_job(self.manager, self.job()).customer_id
        with self.db.transaction() as session:
            row = Conflict(table_name="customers", row_id=customer_id, field="phone", kind="field",
                           kept_value='"13900000002"', kept_hlc="000000000000002-000000-b",
                           lost_value='"13900000001"', lost_hlc="000000000000001-000000-a")
            session.add(row)
            session.flush()
            return row.id

    def stocked(self, quantity: int = 5) -> None:
        """Put ``quantity`` of the product on hand at location A-01, batch L1."""
        stock.receive(self.manager, self.product_id, quantity, location="A-01", batch="L1",
                      unit_cost_fen=100, reference=f"DN-{next(_unique)}")

    def other_outlet(self) -> str:
        from aftersales_desktop.storage.models import Outlet

        with self.db.transaction() as session:
            row = Outlet(code=f"O{next(_unique)}", name="其他网点")
            session.add(row)
            session.flush()
            return row.id

    def transfer_here(self) -> str:
        """A transfer_out from another outlet to this one, not yet received."""
        from aftersales_desktop.storage.models import StockMovement

        sender = self.other_outlet()
        with self.db.transaction() as session:
            row = StockMovement(outlet_id=sender, product_id=self.product_id, location="X",
                                batch="L1", quantity=-1, kind="transfer_out", at=NOW,
                                counterpart_outlet_id=self.manager.user.outlet_id)
            session.add(row)
            session.flush()
            return row.id

    def outbox(self) -> int:
        with self.db.reader() as session:
            return session.scalar(select(func.count()).select_from(OutboxEntry))


def repair(**changes) -> jobs.RepairDraft:
    values = dict(fault_confirmed=True, symptom="漏粉", diagnosis="密封条老化", work_done="更换硒鼓",
                  labour_minutes=20, test_performed="打印十页", test_passed=True,
                  outcome=RepairOutcome.FIXED)
    values.update(changes)
    return jobs.RepairDraft(**values)


@pytest.fixture(autouse=True)
def site_keys(tmp_path, monkeypatch):
    """Share set-up makes a site key: keep it in a folder of the test's own."""
    monkeypatch.setenv("AFTERSALES_KEY_DIR", str(tmp_path / "keys"))


def quietly(function, *arguments):
    """Call a share step for the permission check only: what the share says afterwards is not tested here."""
    try:
        return function(*arguments)
    except PermissionDenied:
        raise
    except sync_status.sync_errors():
        return None


def signature(name: str = "王芳") -> SignatureInput:
    return SignatureInput(name, strokes=Strokes(((*(Point(i / 20, 0.5, i * 10) for i in range(20)),),)))


def job_draft() -> jobs.JobDraft:
    return jobs.JobDraft(Channel.WALK_IN, FaultCategory.PAPER_JAM, Priority.NORMAL, "卡纸",
                         new_customer=CustomerDraft("李娜", "13700001111"), product_model="CF283A")


# name -> (prepare(env) -> arguments made as the manager, call(ctx, env, arguments))
CALLS = {
    "jobs.create_job": (lambda e: None, lambda c, e, a: jobs.create_job(c, job_draft())),
    "jobs.assign_job": (lambda e: e.job(assigned=False),
                        lambda c, e, a: jobs.assign_job(c, a, e.tech2_id)),
    "jobs.escalate_job": (lambda e: e.job(), lambda c, e, a: jobs.escalate_job(c, a, "复杂故障")),
    "jobs.schedule_visit": (lambda e: e.job(), lambda c, e, a: jobs.schedule_visit(c, a, jobs.VisitDraft(
        e.tech_id, NOW + timedelta(days=1), NOW + timedelta(days=1, hours=2), "上海市浦东新区"))),
    "jobs.record_repair": (lambda e: e.job(), lambda c, e, a: jobs.record_repair(
        c, a, repair(technician_id=e.tech_id))),
    "jobs.close_job": (lambda e: e.resolved_job(), lambda c, e, a: jobs.close_job(c, a, 5)),
    "jobs.reopen_job": (lambda e: e.resolved_job(), lambda c, e, a: jobs.reopen_job(c, a, "仍漏粉")),
    "jobs.cancel_job": (lambda e: e.job(), lambda c, e, a: jobs.cancel_job(c, a, "客户撤回")),
    "jobs.add_note": (lambda e: e.job(), lambda c, e, a: jobs.add_note(c, a, "已电话联系")),
    "jobs.list_jobs": (lambda e: None, lambda c, e, a: jobs.list_jobs(c, jobs.JobQuery(text="芳"))),
    "jobs.count_jobs": (lambda e: None, lambda c, e, a: jobs.count_jobs(c, jobs.JobQuery())),
    "jobs.get_job": (lambda e: e.job(), lambda c, e, a: jobs.get_job(c, a)),
    "jobs.get_job_row": (lambda e: e.job(), lambda c, e, a: jobs.get_job_row(c, a)),
    "jobs.agenda": (lambda e: None, lambda c, e, a: jobs.agenda(
        c, c.user.id if c.user else e.tech_id, NOW, NOW + timedelta(days=7))),  # one's own agenda
    "jobs.find_job_by_number": (lambda e: None,
                                lambda c, e, a: jobs.find_job_by_number(c, "SH01-J202603-0001")),
    "staff.list_staff": (lambda e: None, lambda c, e, a: staff.list_staff(c)),
    "staff.create_staff": (lambda e: None, lambda c, e, a: staff.create_staff(
        c, AccountDraft(f"new{next(_unique)}", "新人", "secret1", Role.TECHNICIAN))),
    "staff.update_staff": (lambda e: e.tech2_id, lambda c, e, a: staff.update_staff(
        c, a, display_name="赵大师傅", role=Role.TECHNICIAN)),
    "outlet.get_reply_hours": (lambda e: None, lambda c, e, a: outlet_service.get_reply_hours(c)),
    "outlet.set_reply_hours": (lambda e: None, lambda c, e, a: outlet_service.set_reply_hours(
        c, {Priority.HIGH: 3 + next(_unique) % 5})),
    "catalog.list_products": (lambda e: None, lambda c, e, a: catalog.list_products(c, "CF")),
    "catalog.find_product_by_model": (lambda e: None,
                                      lambda c, e, a: catalog.find_product_by_model(c, "CF283A")),
    "catalog.create_product": (lambda e: None, lambda c, e, a: catalog.create_product(
        c, catalog.ProductDraft(ProductType.INK, "Canon", f"PG-{next(_unique)}", unit_price="89.90"))),
    "customers.find_customers": (lambda e: None, lambda c, e, a: customers.find_customers(c, "王")),
    "customers.get_customer": (lambda e: jobs.get_job(e.manager, e.job()).customer_id,
                               lambda c, e, a: customers.get_customer(c, a)),
    "customers.update_customer": (lambda e: jobs.get_job(e.manager, e.job()).customer_id,
                                  lambda c, e, a: customers.update_customer(
                                      c, a, CustomerDraft("王芳", "13812345678", address="北京市朝阳区"))),
    "slips.get_slip_settings": (lambda e: None, lambda c, e, a: slips.get_slip_settings(c)),
    "slips.set_slip_settings": (lambda e: None, lambda c, e, a: slips.set_slip_settings(
        c, slips.SlipSettings(labour_rate_fen=1000 + next(_unique)))),
    "slips.issue_slip": (lambda e: e.repair(), lambda c, e, a: slips.issue_slip(
        c, a, signature(), signature("王师傅"))),
    "slips.save_signature_specimen": (lambda e: None, lambda c, e, a: slips.save_signature_specimen(
        c, signature().strokes)),
    "slips.saved_signature": (lambda e: None, lambda c, e, a: slips.saved_signature(c)),
    "slips.correct_slip": (lambda e: e.slip(), lambda c, e, a: slips.correct_slip(
        c, a, slips.SlipCorrection("笔误", serial=f"SN{next(_unique)}"), signature(), signature("王师傅"))),
    "slips.get_slip": (lambda e: e.slip(), lambda c, e, a: slips.get_slip(c, a)),
    "slips.find_slip": (lambda e: None, lambda c, e, a: slips.find_slip(c, "SH01-R202603-0001")),
    "slips.draft_slip": (lambda e: e.repair(), lambda c, e, a: slips.draft_slip(c, a)),
    "slips.preview_correction": (lambda e: e.slip(), lambda c, e, a: slips.preview_correction(
        c, a, slips.SlipCorrection("笔误", serial="SN1"))),
    "slips.slips_for_job": (lambda e: e.job(), lambda c, e, a: slips.slips_for_job(c, a)),
    "slips.record_output": (lambda e: e.slip(), lambda c, e, a: slips.record_output(
        c, a, SlipFormat.A4, "pdf", 0)),
    "slips.verify_slip": (lambda e: None, lambda c, e, a: slips.verify_slip(c, "SH01-R202603-0001")),
    "conflicts.list_conflicts": (lambda e: None, lambda c, e, a: conflicts.list_conflicts(c)),
    "sync_status.sync_log": (lambda e: None, lambda c, e, a: sync_status.sync_log(c)),
    "sync_status.membership": (lambda e: None, lambda c, e, a: sync_status.membership(c)),
    "sync_status.read_share_state": (lambda e: None, lambda c, e, a: sync_status.read_share_state(c)),
    "sync_status.set_up_share": (lambda e: e.folder(), lambda c, e, a: quietly(sync_status.set_up_share, c, a)),
    "sync_status.join_share": (lambda e: e.folder(), lambda c, e, a: quietly(sync_status.join_share, c, a)),
    "sync_status.approve_site": (lambda e: None, lambda c, e, a: quietly(sync_status.approve_site, c, "01ab")),
    "sync_status.revoke_site": (lambda e: None, lambda c, e, a: quietly(sync_status.revoke_site, c, "01ab")),
    "sync_status.move_share": (lambda e: e.folder(), lambda c, e, a: sync_status.move_share(c, a)),
    "sync_status.change_interval": (lambda e: None, lambda c, e, a: sync_status.change_interval(c, 7)),
    "sync_status.publish_snapshot": (lambda e: None, lambda c, e, a: quietly(sync_status.publish_snapshot, c)),
    "conflicts.resolve_conflict": (lambda e: e.conflict(), lambda c, e, a: conflicts.resolve_conflict(
        c, a, restore_lost=True)),
    "stock.receive": (lambda e: None, lambda c, e, a: stock.receive(
        c, e.product_id, 3, location="A-01", batch="L1", unit_cost_fen=100, reference=f"DN-{next(_unique)}")),
    "stock.issue": (lambda e: e.stocked(), lambda c, e, a: stock.issue(
        c, e.product_id, 1, location="A-01", batch="L1", to_technician=e.tech_id)),
    "stock.return_unused": (lambda e: None, lambda c, e, a: stock.return_unused(
        c, e.product_id, 1, location="A-01", batch="L1", from_technician=e.tech_id)),
    "stock.transfer": (lambda e: (e.stocked(), e.other_outlet())[1], lambda c, e, a: stock.transfer(
        c, e.product_id, 1, a, location="A-01", batch="L1")),
    "stock.receive_transfer": (lambda e: e.transfer_here(),
                               lambda c, e, a: stock.receive_transfer(c, a, location="A-01")),
    "stock.dispose": (lambda e: e.stocked(), lambda c, e, a: stock.dispose(
        c, e.product_id, 1, location="A-01", batch="L1", reason="过期")),
    "stock.adjust": (lambda e: e.stocked(), lambda c, e, a: stock.adjust(
        c, e.product_id, location="A-01", batch="L1", counted=next(_unique) % 7, reason="盘点")),
    "stock.set_stock_level": (lambda e: None, lambda c, e, a: stock.set_stock_level(
        c, e.product_id, next(_unique) % 9, "A-01")),
    "stock.on_hand": (lambda e: e.stocked(), lambda c, e, a: stock.on_hand(c)),
    "stock.ledger": (lambda e: None, lambda c, e, a: stock.ledger(c, e.product_id)),
    "stock.in_transit": (lambda e: None, lambda c, e, a: stock.in_transit(c)),
    "stock.stock_level": (lambda e: None, lambda c, e, a: stock.stock_level(c, e.product_id)),
    "stock.alerts": (lambda e: None, lambda c, e, a: stock.alerts(c)),
}


#: The action each writing function must require (everything else only reads: VIEW_JOBS).
WRITES = {
    "jobs.create_job": Action.CREATE_JOB, "jobs.assign_job": Action.ASSIGN_JOB,
    "jobs.reopen_job": Action.ASSIGN_JOB, "jobs.escalate_job": Action.ESCALATE_JOB,
    "jobs.schedule_visit": Action.SCHEDULE_VISIT, "jobs.record_repair": Action.RECORD_REPAIR,
    "jobs.close_job": Action.CLOSE_JOB, "jobs.cancel_job": Action.CANCEL_JOB,
    "jobs.add_note": Action.ADD_NOTE, "staff.create_staff": Action.MANAGE_STAFF,
    "staff.update_staff": Action.MANAGE_STAFF, "outlet.set_reply_hours": Action.EDIT_SETTINGS,
    "catalog.create_product": Action.EDIT_CATALOG, "customers.update_customer": Action.EDIT_CUSTOMER,
    "slips.set_slip_settings": Action.EDIT_SETTINGS, "slips.issue_slip": Action.SIGN_SLIP,
    "slips.save_signature_specimen": Action.SIGN_SLIP, "slips.saved_signature": Action.SIGN_SLIP,
    "slips.correct_slip": Action.CORRECT_SLIP, "slips.record_output": Action.PRINT_SLIP,
    "conflicts.list_conflicts": Action.VIEW_SYNC, "conflicts.resolve_conflict": Action.RESOLVE_CONFLICTS,
    "sync_status.sync_log": Action.VIEW_SYNC, "sync_status.membership": Action.VIEW_SYNC,
    "sync_status.read_share_state": Action.VIEW_SYNC,
    **{f"sync_status.{name}": Action.EDIT_SETTINGS for name in (
        "set_up_share", "join_share", "approve_site", "revoke_site", "move_share", "change_interval",
        "publish_snapshot")},
    "stock.receive": Action.RECEIVE_STOCK, "stock.return_unused": Action.RECEIVE_STOCK,
    "stock.receive_transfer": Action.RECEIVE_STOCK, "stock.issue": Action.ISSUE_STOCK,
    "stock.transfer": Action.ISSUE_STOCK, "stock.dispose": Action.APPROVE_STOCK,
    "stock.adjust": Action.ADJUST_STOCK, "stock.set_stock_level": Action.ADJUST_STOCK,
    # reads, but with their own action rather than VIEW_JOBS
    **{f"stock.{name}": Action.VIEW_STOCK for name in (
        "on_hand", "ledger", "in_transit", "stock_level", "alerts")},
}


def test_no_service_function_lost_its_guard_or_changed_its_action():
    import importlib

    for name in CALLS:
        module, function = name.split(".")
        if not hasattr(importlib.import_module(f"aftersales_desktop.services.{module}"), function):
            continue  # removed since this matrix was written
        assert name in GUARDED, f"{name} no longer checks a permission"
        assert GUARDED[name] == WRITES.get(name, Action.VIEW_JOBS), name


def test_every_guarded_service_function_is_in_the_matrix():
    missing = sorted(set(GUARDED) - set(CALLS))
    assert not missing, f"add these Action-guarded functions to CALLS: {missing}"
    assert len(GUARDED) >= 25  # the source scan really found the services


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_each_role_is_allowed_or_denied_exactly_as_the_matrix_says(outlet, name):
    env = Env(outlet)
    prepare, call = CALLS[name]
    action = GUARDED[name]
    for role in Role:
        arguments = prepare(env)
        writes = env.outbox()
        ctx = env.ctx(env.users[role])
        if role in ALLOWED[action]:
            try:
                call(ctx, env, arguments)
            except (ValidationError, NotFound):
                pass  # got past the permission check; the input was refused on its merits
            except PermissionDenied as exc:  # pragma: no cover - the failure being tested for
                pytest.fail(f"{role} may {action} but {name} refused: {exc}")
        else:
            with pytest.raises(PermissionDenied):
                call(ctx, env, arguments)
            assert env.outbox() == writes, f"{name} wrote something for {role} before refusing"


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_nobody_logged_in_is_refused(outlet, name):
    env = Env(outlet)
    prepare, call = CALLS[name]
    arguments = prepare(env)
    with pytest.raises(PermissionDenied):
        call(env.ctx(None), env, arguments)


def test_allowed_calls_really_happen(outlet):
    """The matrix test would pass vacuously if every allowed call failed validation: spot-check."""
    env = Env(outlet)
    clerk = env.ctx(env.users[Role.CUSTOMER_SERVICE])
    job_id = CALLS["jobs.assign_job"][0](env)
    CALLS["jobs.assign_job"][1](clerk, env, job_id)
    assert jobs.get_job(clerk, job_id).assigned_to == env.tech2_id
    tech = env.ctx(env.users[Role.TECHNICIAN])
    job_id = CALLS["jobs.record_repair"][0](env)
    CALLS["jobs.record_repair"][1](tech, env, job_id)
    assert jobs.get_job(clerk, job_id).status.value == "resolved"
    keeper = env.ctx(env.users[Role.STOREKEEPER])
    before = len(catalog.list_products(keeper))
    CALLS["catalog.create_product"][1](keeper, env, None)
    assert len(catalog.list_products(keeper)) == before + 1
    CALLS["stock.receive"][1](keeper, env, None)
    CALLS["stock.issue"][1](keeper, env, None)
    assert [(s.location, s.batch, s.quantity) for s in stock.on_hand(keeper)] == [("A-01", "L1", 2)]
