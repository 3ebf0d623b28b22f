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
                                         stock, stocktakes, sync_problems, sync_status)
from aftersales_desktop.services import suppliers
from aftersales_desktop.services import requisitions
from aftersales_desktop.services import quality
from aftersales_desktop.services import inspections
from aftersales_desktop.services import field
from aftersales_desktop.services.context import AppContext, CurrentUser
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.services.outlet import AccountDraft
from aftersales_desktop.storage.models import OutboxEntry
from tests.services.support import Clock
from tests.services.test_inspections import draft as inspection_draft
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

    def stocktake(self, *, counted: bool = False, submitted: bool = False) -> str:
        """A fresh stocktake of all parts (earlier open ones cancelled), counted and submitted if asked."""
        self.no_open_stocktake()
        self.stocked()
        started = stocktakes.start_stocktake(self.manager, None)
        if counted or submitted:
            for line in stocktakes.get_stocktake(self.manager, started.id).lines:
                stocktakes.record_count(self.manager, line.id, 1)
        if submitted:
            stocktakes.submit_stocktake(self.manager, started.id)
        return started.id

    def no_open_stocktake(self) -> None:
        for found in stocktakes.list_stocktakes(self.manager):
            if found.status.is_open:
                stocktakes.cancel_stocktake(self.manager, found.id, "重来")

    def supplier(self) -> str:
        """A new supplier (made by the manager)."""
        return suppliers.create_supplier(self.manager, suppliers.SupplierDraft(f"供应商{next(_unique)}")).id

    def supplier_part(self) -> str:
        return suppliers.set_supplier_part(self.manager, self.supplier(), self.product_id, "150.00", 7).id

    def delivered_supplier(self) -> str:
        """A supplier with one delivery received this month (March 2026), so it can be evaluated."""
        supplier_id = self.supplier()
        suppliers.receive_delivery(self.manager, supplier_delivery(supplier_id, self.product_id))
        return supplier_id

    def requisition(self, stage: str = "submitted", requester: CurrentUser | None = None) -> str:
        """A requisition of one part (the technician's unless ``requester``), taken as far as ``stage``."""
        who = requester or self.users[Role.TECHNICIAN]
        made = requisitions.create_requisition(self.ctx(who), requisitions.RequisitionDraft(
            "", [requisitions.LineDraft(self.product_id, 1)]))
        if stage == "submitted":
            return made.id
        self.stocked()
        approver = self.manager if who.id != self.manager.user.id else self.ctx(self.second_manager())
        requisitions.approve_requisition(approver, made.id, {made.lines[0].id: 1})
        if stage == "approved":
            return made.id
        keeper = self.ctx(self.users[Role.STOREKEEPER])
        requisitions.issue_requisition(keeper, made.id, [requisitions.Pick(made.lines[0].id, "A-01", "L1", 1)])
        if stage == "issued":
            return made.id
        requisitions.ship_requisition(keeper, made.id, in_person=True)
        return made.id

    def second_manager(self) -> CurrentUser:
        """Another manager, to approve the first manager's own requisitions."""
        if not hasattr(self, "_second_manager"):
            member = staff.create_staff(self.manager, AccountDraft("boss2", "周经理", "secret1", Role.MANAGER))
            self._second_manager = CurrentUser(member.id, member.username, member.display_name, Role.MANAGER,
                                               self.manager.user.outlet_id)
        return self._second_manager

    def requisition_line(self, requisition_id: str) -> str:
        return requisitions.get_requisition(self.manager, requisition_id).lines[0].id

    def customer(self) -> str:
        return jobs.get_job(self.manager, self.job()).customer_id

    def quality_case(self) -> str:
        """An open quality case of a new job's customer (opened by the manager)."""
        return quality.open_quality_case(self.manager, quality.QualityCaseDraft(
            self.customer(), self.product_id, "L1", "serious", "漏粉")).id

    def return_case(self, stage: str = "requested", outcome: str = "repair") -> str:
        """A return case (a quality problem, requested by the manager) taken as far as ``stage``:
        requested, accepted, inspected or decided (by the clerk, with ``outcome``)."""
        from aftersales_desktop.services import inspections

        made = quality.request_return(self.manager, return_draft(self.customer(), self.product_id))
        if stage == "requested":
            return made.id
        quality.accept_return(self.manager, made.id)
        if stage == "accepted":
            return made.id
        inspections.inspect_return(self.manager, made.id, inspections.InspectionDraft(
            NOW.date(), True, True, False, True, True, False, "打印10页有黑条", "L1", None, "defect_confirmed", "",
            signature("李经理")))
        if stage == "inspected":
            return made.id
        if outcome == "exchange":
            self.stocked()
        quality.decide_return(self.ctx(self.users[Role.CUSTOMER_SERVICE]), made.id, quality.DecisionDraft(
            outcome, refund="100" if outcome == "refund" else ""))
        return made.id

    def inspection(self) -> str:
        """A signed inspection, with one photo, of an accepted return case."""
        return inspections.inspect_return(self.manager, self.return_case("accepted"), inspection_draft()).id

    def inspection_photo(self) -> str:
        return inspections.get_inspection(self.manager, self.inspection()).attachments[0].id

    def outbox(self) -> int:
        with self.db.reader() as session:
            return session.scalar(select(func.count()).select_from(OutboxEntry))


def supplier_delivery(supplier_id: str, product_id: str) -> suppliers.DeliveryDraft:
    """A delivery of 4 units (1 rejected at goods-in) received today, with a fresh delivery note."""
    return suppliers.DeliveryDraft(supplier_id, f"DN-{next(_unique)}", NOW.date(), NOW.date(), lines=[
        suppliers.DeliveryLine(product_id, 4, "A-01", "L1", 150_00, rejected=1)])


def return_draft(customer_id: str | None, product_id: str) -> quality.ReturnDraft:
    """An exchange request for a quality problem, bought 10 days ago, with its receipt number."""
    return quality.ReturnDraft(customer_id, product_id, "L1", 1, "exchange", True, "漏粉",
                               (NOW - timedelta(days=10)).date(), "FP-1", "268.00")


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
    "staff.display_names": (lambda e: None, lambda c, e, a: staff.display_names(c)),
    "outlet.list_outlets": (lambda e: None, lambda c, e, a: outlet_service.list_outlets(c)),
    "outlet.update_outlet": (lambda e: None, lambda c, e, a: outlet_service.update_outlet(
        c, "上海浦东网点", f"上海市浦东新区张江路{next(_unique)}号", "021-58881234")),
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
    "catalog.update_product": (lambda e: e.product_id, lambda c, e, a: catalog.update_product(
        c, a, catalog.ProductDraft(ProductType.TONER, "HP", "CF283A", unit_cost=f"{next(_unique)}.00"))),
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
    "sync_problems.refused_changes": (lambda e: None, lambda c, e, a: sync_problems.refused_changes(c)),
    "sync_problems.refused_summary": (lambda e: None, lambda c, e, a: sync_problems.refused_summary(c)),
    "sync_status.membership": (lambda e: None, lambda c, e, a: sync_status.membership(c)),
    "sync_status.read_share_state": (lambda e: None, lambda c, e, a: sync_status.read_share_state(c)),
    "sync_status.set_up_share": (lambda e: e.folder(), lambda c, e, a: quietly(sync_status.set_up_share, c, a)),
    "sync_status.join_share": (lambda e: e.folder(), lambda c, e, a: quietly(sync_status.join_share, c, a)),
    "sync_status.approve_site": (lambda e: None, lambda c, e, a: quietly(sync_status.approve_site, c, "01ab")),
    "sync_status.revoke_site": (lambda e: None, lambda c, e, a: quietly(sync_status.revoke_site, c, "01ab")),
    "sync_status.rekey_site": (lambda e: None, lambda c, e, a: quietly(sync_status.rekey_site, c)),
    "sync_status.move_share": (lambda e: e.folder(), lambda c, e, a: sync_status.move_share(c, a)),
    "sync_status.change_interval": (lambda e: None, lambda c, e, a: sync_status.change_interval(c, 7)),
    "sync_status.publish_snapshot": (lambda e: None, lambda c, e, a: quietly(sync_status.publish_snapshot, c)),
    "sync_status.republish_roster": (lambda e: None, lambda c, e, a: quietly(sync_status.republish_roster, c)),
    "sync_status.stream_problems": (lambda e: None, lambda c, e, a: sync_status.stream_problems(c)),
    "sync_status.roster_problem": (lambda e: None, lambda c, e, a: sync_status.roster_problem(c)),
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
    "stock.stock_levels": (lambda e: None, lambda c, e, a: stock.stock_levels(c)),
    "stock.batch_expiries": (lambda e: None, lambda c, e, a: stock.batch_expiries(c)),
    "stocktakes.start_stocktake": (lambda e: e.no_open_stocktake(),
                                   lambda c, e, a: stocktakes.start_stocktake(c, None)),
    "stocktakes.record_count": (lambda e: stocktakes.get_stocktake(e.manager, e.stocktake()).lines[0].id,
                                lambda c, e, a: stocktakes.record_count(c, a, 3)),
    "stocktakes.add_count_line": (lambda e: e.stocktake(), lambda c, e, a: stocktakes.add_count_line(
        c, a, e.product_id, "Z-01", f"F{next(_unique)}", 1)),
    "stocktakes.submit_stocktake": (lambda e: e.stocktake(counted=True),
                                    lambda c, e, a: stocktakes.submit_stocktake(c, a)),
    "stocktakes.approve_stocktake": (lambda e: e.stocktake(submitted=True),
                                     lambda c, e, a: stocktakes.approve_stocktake(c, a)),
    "stocktakes.reopen_stocktake": (lambda e: e.stocktake(submitted=True),
                                    lambda c, e, a: stocktakes.reopen_stocktake(c, a, "重数")),
    "stocktakes.cancel_stocktake": (lambda e: e.stocktake(), lambda c, e, a: stocktakes.cancel_stocktake(
        c, a, "开错了")),
    "stocktakes.list_stocktakes": (lambda e: None, lambda c, e, a: stocktakes.list_stocktakes(c)),
    "stocktakes.get_stocktake": (lambda e: e.stocktake(), lambda c, e, a: stocktakes.get_stocktake(c, a)),
    "stocktakes.differences": (lambda e: e.stocktake(counted=True),
                               lambda c, e, a: stocktakes.differences(c, a)),
    "stocktakes.count_sheet": (lambda e: e.stocktake(), lambda c, e, a: stocktakes.count_sheet(c, a, "en")),
    "suppliers.create_supplier": (lambda e: None, lambda c, e, a: suppliers.create_supplier(
        c, suppliers.SupplierDraft(f"供应商{next(_unique)}", phone="13912345678"))),
    "suppliers.update_supplier": (lambda e: e.supplier(), lambda c, e, a: suppliers.update_supplier(
        c, a, suppliers.SupplierDraft(f"供应商{next(_unique)}", contact_person="刘经理"))),
    "suppliers.set_supplier_active": (lambda e: e.supplier(),
                                      lambda c, e, a: suppliers.set_supplier_active(c, a, False)),
    "suppliers.list_suppliers": (lambda e: e.supplier(), lambda c, e, a: suppliers.list_suppliers(c)),
    "suppliers.get_supplier": (lambda e: e.delivered_supplier(), lambda c, e, a: suppliers.get_supplier(c, a)),
    "suppliers.set_supplier_part": (lambda e: e.supplier(), lambda c, e, a: suppliers.set_supplier_part(
        c, a, e.product_id, f"{next(_unique)}.00", 5)),
    "suppliers.remove_supplier_part": (lambda e: e.supplier_part(),
                                       lambda c, e, a: suppliers.remove_supplier_part(c, a)),
    "suppliers.receive_delivery": (lambda e: e.supplier(), lambda c, e, a: suppliers.receive_delivery(
        c, supplier_delivery(a, e.product_id))),
    "suppliers.check_delivery": (lambda e: e.supplier(), lambda c, e, a: suppliers.check_delivery(
        c, supplier_delivery(a, e.product_id))),
    "suppliers.record_defect": (lambda e: e.delivered_supplier(), lambda c, e, a: suppliers.record_defect(
        c, a, e.product_id, "L1", 1, "inspection", "SH01-T202603-0001")),
    "suppliers.preview_evaluation": (lambda e: e.delivered_supplier(),
                                     lambda c, e, a: suppliers.preview_evaluation(c, a, "2026-03")),
    "suppliers.evaluate_supplier": (lambda e: e.delivered_supplier(),
                                    lambda c, e, a: suppliers.evaluate_supplier(c, a, "2026-03")),
    "suppliers.score_history": (lambda e: e.delivered_supplier(), lambda c, e, a: suppliers.score_history(c, a)),
    "suppliers.get_supplier_threshold": (lambda e: None, lambda c, e, a: suppliers.get_supplier_threshold(c)),
    "suppliers.set_supplier_threshold": (lambda e: None, lambda c, e, a: suppliers.set_supplier_threshold(
        c, 50 + next(_unique) % 40)),
    "requisitions.create_requisition": (lambda e: None, lambda c, e, a: requisitions.create_requisition(
        c, requisitions.RequisitionDraft("", [requisitions.LineDraft(e.product_id, 2)]))),
    "requisitions.approve_requisition": (lambda e: e.requisition(), lambda c, e, a: requisitions.approve_requisition(
        c, a, {e.requisition_line(a): 1})),
    "requisitions.reject_requisition": (lambda e: e.requisition(),
                                        lambda c, e, a: requisitions.reject_requisition(c, a, "不需要")),
    "requisitions.cancel_requisition": (lambda e: e.requisition(),
                                        lambda c, e, a: requisitions.cancel_requisition(c, a, "不要了")),
    "requisitions.issue_requisition": (lambda e: e.requisition("approved"),
                                       lambda c, e, a: requisitions.issue_requisition(
                                           c, a, [requisitions.Pick(e.requisition_line(a), "A-01", "L1", 1)])),
    "requisitions.ship_requisition": (lambda e: e.requisition("issued"),
                                      lambda c, e, a: requisitions.ship_requisition(c, a, "顺丰速运", "SF100")),
    # Only the requester confirms: a manager confirms a requisition of their own.
    "requisitions.confirm_receipt": (lambda e: e.requisition("shipped"), lambda c, e, a: requisitions.confirm_receipt(
        c, e.requisition("shipped", c.user) if c.user and c.user.role == Role.MANAGER else a)),
    "requisitions.return_unused": (lambda e: e.requisition("issued"), lambda c, e, a: requisitions.return_unused(
        c, a, [requisitions.ReturnLine(e.requisition_line(a), 1, "A-01", "L1")])),
    "requisitions.list_requisitions": (lambda e: e.requisition(),
                                       lambda c, e, a: requisitions.list_requisitions(c, text="CF283A")),
    "requisitions.get_requisition": (lambda e: e.requisition(), lambda c, e, a: requisitions.get_requisition(c, a)),
    "requisitions.suggest_picks": (lambda e: e.requisition("approved"),
                                   lambda c, e, a: requisitions.suggest_picks(c, a)),
    "requisitions.requisition_document": (lambda e: e.requisition(),
                                          lambda c, e, a: requisitions.requisition_document(c, a, "en")),
    "requisitions.pick_list": (lambda e: e.requisition("approved"),
                               lambda c, e, a: requisitions.pick_list(c, a, "en")),
    "requisitions.technician_stock": (lambda e: None, lambda c, e, a: requisitions.technician_stock(c)),
    "quality.get_return_settings": (lambda e: None, lambda c, e, a: quality.get_return_settings(c)),
    "quality.set_return_settings": (lambda e: None, lambda c, e, a: quality.set_return_settings(
        c, quality.PolicySettings(7 + next(_unique) % 5, 365, "上海市浦东新区张江路88号", "隔离区"))),
    "quality.open_quality_case": (lambda e: e.customer(), lambda c, e, a: quality.open_quality_case(
        c, quality.QualityCaseDraft(a, e.product_id, "L1", "minor", "打印浅淡"))),
    "quality.record_support": (lambda e: e.quality_case(), lambda c, e, a: quality.record_support(
        c, a, "摇匀硒鼓", False, "略有改善")),
    "quality.escalate_to_return": (lambda e: e.quality_case(), lambda c, e, a: quality.escalate_to_return(
        c, a, return_draft(None, e.product_id))),  # the customer is the case's
    "quality.close_quality_case": (lambda e: e.quality_case(), lambda c, e, a: quality.close_quality_case(c, a)),
    "quality.record_quality_contact": (lambda e: e.quality_case(), lambda c, e, a: quality.record_quality_contact(
        c, a, "电话", "已回访")),
    "quality.record_return_contact": (lambda e: e.return_case(), lambda c, e, a: quality.record_return_contact(
        c, a, "电话", "已告知退货地址")),
    "quality.request_return": (lambda e: e.customer(), lambda c, e, a: quality.request_return(
        c, return_draft(a, e.product_id))),
    "quality.accept_return": (lambda e: e.return_case(), lambda c, e, a: quality.accept_return(c, a)),
    "quality.decline_return": (lambda e: e.return_case(), lambda c, e, a: quality.decline_return(c, a, "非本店售出")),
    "quality.cancel_return": (lambda e: e.return_case(), lambda c, e, a: quality.cancel_return(c, a, "客户撤回")),
    "quality.decide_return": (lambda e: e.return_case("inspected"), lambda c, e, a: quality.decide_return(
        c, a, quality.DecisionDraft("repair"))),
    "quality.approve_decision": (lambda e: e.return_case("decided", "refund"),
                                 lambda c, e, a: quality.approve_decision(c, a)),
    "quality.send_back_decision": (lambda e: e.return_case("decided", "refund"),
                                   lambda c, e, a: quality.send_back_decision(c, a, "先换货")),
    "quality.complete_return": (lambda e: e.return_case("decided"), lambda c, e, a: quality.complete_return(c, a)),
    "quality.hand_over_replacement": (lambda e: e.return_case("decided", "exchange"),
                                      lambda c, e, a: quality.hand_over_replacement(c, a)),
    "quality.preview_policy": (lambda e: e.customer(), lambda c, e, a: quality.preview_policy(
        c, return_draft(a, e.product_id))),
    "quality.list_quality_cases": (lambda e: e.quality_case(), lambda c, e, a: quality.list_quality_cases(c, text="漏")),
    "quality.get_quality_case": (lambda e: e.quality_case(), lambda c, e, a: quality.get_quality_case(c, a)),
    "quality.list_return_cases": (lambda e: e.return_case(), lambda c, e, a: quality.list_return_cases(c, text="王")),
    "quality.get_return_case": (lambda e: e.return_case(), lambda c, e, a: quality.get_return_case(c, a)),
    "inspections.inspect_return": (lambda e: e.return_case("accepted"), lambda c, e, a: inspections.inspect_return(
        c, a, inspection_draft(photos=[]))),
    "inspections.case_for_inspection": (lambda e: e.return_case("accepted"),
                                        lambda c, e, a: inspections.case_for_inspection(c, a)),
    "inspections.inspection_for_case": (lambda e: e.return_case("inspected"),
                                        lambda c, e, a: inspections.inspection_for_case(c, a)),
    "inspections.get_inspection": (lambda e: e.inspection(), lambda c, e, a: inspections.get_inspection(c, a)),
    "inspections.attachments_of": (lambda e: e.inspection(),
                                   lambda c, e, a: inspections.attachments_of(c, "inspection", a)),
    "inspections.attachment_data": (lambda e: e.inspection_photo(),
                                    lambda c, e, a: inspections.attachment_data(c, a)),
    "inspections.verify_inspection": (lambda e: e.inspection(), lambda c, e, a: inspections.verify_inspection(c, a)),
    "inspections.verify_scanned_inspection": (lambda e: None, lambda c, e, a: inspections.verify_scanned_inspection(
        c, "AINSP1|SH01-T202603-0001|" + "0" * 64)),
    "inspections.inspection_report": (lambda e: e.inspection(),
                                      lambda c, e, a: inspections.inspection_report(c, a, "en")),
    "inspections.defects_by_batch": (lambda e: None, lambda c, e, a: inspections.defects_by_batch(c)),
    "field.field_day": (lambda e: None, lambda c, e, a: field.field_day(c)),
}


#: The action each writing function must require (everything else only reads: VIEW_JOBS).
WRITES = {
    "jobs.create_job": Action.CREATE_JOB, "jobs.assign_job": Action.ASSIGN_JOB,
    "jobs.reopen_job": Action.ASSIGN_JOB, "jobs.escalate_job": Action.ESCALATE_JOB,
    "jobs.schedule_visit": Action.SCHEDULE_VISIT, "jobs.record_repair": Action.RECORD_REPAIR,
    "jobs.close_job": Action.CLOSE_JOB, "jobs.cancel_job": Action.CANCEL_JOB,
    "jobs.add_note": Action.ADD_NOTE, "staff.create_staff": Action.MANAGE_STAFF,
    "staff.update_staff": Action.MANAGE_STAFF, "outlet.set_reply_hours": Action.EDIT_SETTINGS,
    "outlet.update_outlet": Action.EDIT_SETTINGS,
    "catalog.create_product": Action.EDIT_CATALOG, "catalog.update_product": Action.EDIT_CATALOG, "customers.update_customer": Action.EDIT_CUSTOMER,
    "slips.set_slip_settings": Action.EDIT_SETTINGS, "slips.issue_slip": Action.SIGN_SLIP,
    "slips.save_signature_specimen": Action.SIGN_SLIP, "slips.saved_signature": Action.SIGN_SLIP,
    "slips.correct_slip": Action.CORRECT_SLIP, "slips.record_output": Action.PRINT_SLIP,
    "conflicts.list_conflicts": Action.VIEW_SYNC, "conflicts.resolve_conflict": Action.RESOLVE_CONFLICTS,
    "sync_status.sync_log": Action.VIEW_SYNC, "sync_status.membership": Action.VIEW_SYNC,
    "sync_status.read_share_state": Action.VIEW_SYNC, "sync_status.stream_problems": Action.VIEW_SYNC,
    "sync_status.roster_problem": Action.VIEW_SYNC,
    "sync_problems.refused_changes": Action.VIEW_SYNC, "sync_problems.refused_summary": Action.VIEW_SYNC,
    **{f"sync_status.{name}": Action.EDIT_SETTINGS for name in (
        "set_up_share", "join_share", "approve_site", "revoke_site", "move_share", "change_interval",
        "publish_snapshot", "republish_roster", "rekey_site")},
    "stock.receive": Action.RECEIVE_STOCK, "stock.return_unused": Action.RECEIVE_STOCK,
    "stock.receive_transfer": Action.RECEIVE_STOCK, "stock.issue": Action.ISSUE_STOCK,
    "stock.transfer": Action.ISSUE_STOCK, "stock.dispose": Action.APPROVE_STOCK,
    "stock.adjust": Action.APPROVE_STOCK, "stock.set_stock_level": Action.ADJUST_STOCK,
    # reads, but with their own action rather than VIEW_JOBS
    **{f"stock.{name}": Action.VIEW_STOCK for name in (
        "on_hand", "ledger", "in_transit", "stock_level", "alerts", "stock_levels", "batch_expiries")},
    **{f"stocktakes.{name}": Action.ADJUST_STOCK for name in (
        "start_stocktake", "record_count", "add_count_line", "submit_stocktake", "cancel_stocktake")},
    "stocktakes.approve_stocktake": Action.APPROVE_STOCK, "stocktakes.reopen_stocktake": Action.APPROVE_STOCK,
    **{f"stocktakes.{name}": Action.VIEW_STOCK for name in (
        "list_stocktakes", "get_stocktake", "differences", "count_sheet")},
    **{f"suppliers.{name}": Action.MANAGE_SUPPLIERS for name in (
        "create_supplier", "update_supplier", "set_supplier_active", "set_supplier_part", "remove_supplier_part",
        "record_defect")},
    "suppliers.receive_delivery": Action.RECEIVE_STOCK, "suppliers.check_delivery": Action.RECEIVE_STOCK,
    "suppliers.evaluate_supplier": Action.EVALUATE_SUPPLIERS,
    "suppliers.set_supplier_threshold": Action.EVALUATE_SUPPLIERS,
    **{f"suppliers.{name}": Action.VIEW_SUPPLIERS for name in (
        "list_suppliers", "get_supplier", "preview_evaluation", "score_history", "get_supplier_threshold")},
    **{f"requisitions.{name}": Action.REQUEST_PARTS for name in (
        "create_requisition", "cancel_requisition", "confirm_receipt")},
    "requisitions.approve_requisition": Action.APPROVE_REQUISITION,
    "requisitions.reject_requisition": Action.APPROVE_REQUISITION,
    "requisitions.issue_requisition": Action.ISSUE_STOCK, "requisitions.ship_requisition": Action.ISSUE_STOCK,
    "requisitions.return_unused": Action.RECEIVE_STOCK, "requisitions.technician_stock": Action.VIEW_STOCK,
    **{f"requisitions.{name}": Action.VIEW_REQUISITIONS for name in (
        "list_requisitions", "get_requisition", "suggest_picks", "requisition_document", "pick_list")},
    "quality.set_return_settings": Action.EDIT_SETTINGS,
    **{f"quality.{name}": Action.OPEN_QUALITY_CASE for name in (
        "open_quality_case", "record_support", "close_quality_case", "record_quality_contact")},
    **{f"quality.{name}": Action.HANDLE_RETURN for name in (
        "escalate_to_return", "record_return_contact", "request_return", "accept_return", "decline_return",
        "cancel_return", "decide_return", "complete_return")},
    "quality.approve_decision": Action.APPROVE_RETURN, "quality.send_back_decision": Action.APPROVE_RETURN,
    "quality.hand_over_replacement": Action.ISSUE_STOCK,
    **{f"quality.{name}": Action.VIEW_QUALITY for name in (
        "get_return_settings", "preview_policy", "list_quality_cases", "get_quality_case", "list_return_cases",
        "get_return_case")},
    "inspections.inspect_return": Action.INSPECT_RETURN,
    **{f"inspections.{name}": Action.VIEW_QUALITY for name in (
        "case_for_inspection", "inspection_for_case", "get_inspection", "attachments_of", "attachment_data",
        "verify_inspection", "verify_scanned_inspection", "inspection_report", "defects_by_batch")},
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
