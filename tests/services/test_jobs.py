"""A service job from intake to closure: numbers, deadlines, checks, status history, agenda."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from aftersales_desktop.domain.enums import (Channel, FaultCategory, Priority, ProductType, RepairOutcome,
                                             Role, VisitStatus)
from aftersales_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from aftersales_desktop.domain.jobs import JobStatus
from aftersales_desktop.services import catalog, jobs, staff
from aftersales_desktop.services.context import AppContext, CurrentUser
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.services.jobs import EventKind, JobDraft, PartLine, RepairDraft, VisitDraft
from aftersales_desktop.services.outlet import AccountDraft, set_reply_hours
from aftersales_desktop.storage.models import (Customer, Job, JobEvent, NumberSequence, OutboxEntry,
                                               RepairPart, RepairRecord, Visit)
from tests.services.support import Clock, count
from tests.services.support import _outlet_template, fast_passwords, outlet_copy  # noqa: F401  (fixtures)

NOW = datetime(2026, 3, 16, 2, 0, tzinfo=timezone.utc)  # a Monday, 10:00 in Shanghai
PERIOD = f"{NOW.astimezone():%Y%m}"


@dataclass
class Desk:
    """An outlet with a settable clock and contexts for each person."""

    db: object
    clock: Clock
    manager: AppContext
    clerk: AppContext
    tech: AppContext
    tech2: AppContext
    product_id: str

    def ctx(self, user: CurrentUser) -> AppContext:
        return AppContext(self.db, user, now=self.clock)


@pytest.fixture
def desk(outlet) -> Desk:
    clock = Clock(NOW)
    member = staff.create_staff(outlet.manager, AccountDraft("tech2", "赵师傅", "secret1", Role.TECHNICIAN))
    tech2 = CurrentUser(member.id, member.username, member.display_name, member.role,
                        outlet.manager.user.outlet_id)
    return Desk(outlet.db, clock, AppContext(outlet.db, outlet.manager.user, now=clock),
                AppContext(outlet.db, outlet.clerk.user, now=clock),
                AppContext(outlet.db, outlet.technician.user, now=clock),
                AppContext(outlet.db, tech2, now=clock), outlet.product_id)


def draft(**changes) -> JobDraft:
    values = dict(channel=Channel.HOTLINE, fault_category=FaultCategory.PRINT_QUALITY,
                  priority=Priority.NORMAL, description="打印有黑色条纹",
                  new_customer=CustomerDraft("王芳", "13812345678", address="上海市浦东新区张江路88号"),
                  product_model="CF283A")
    values.update(changes)
    return JobDraft(**values)


def visit(desk: Desk, technician_id: str | None = None, start_in: timedelta = timedelta(days=1),
          hours: int = 2) -> VisitDraft:
    start = desk.clock() + start_in
    return VisitDraft(technician_id or desk.tech.user.id, start, start + timedelta(hours=hours),
                      "上海市浦东新区张江路88号", tools="万用表", parts_to_bring="CF283A 硒鼓")


def repair(outcome: RepairOutcome = RepairOutcome.FIXED, **changes) -> RepairDraft:
    values = dict(fault_confirmed=True, symptom="黑色条纹", diagnosis="感光鼓划伤", work_done="更换硒鼓",
                  labour_minutes=45, test_performed="打印测试页", test_passed=True, outcome=outcome)
    values.update(changes)
    return RepairDraft(**values)


def footprint(db) -> dict:
    """Everything a failed write must leave as it was."""
    with db.reader() as session:
        search_rows = session.execute(text("SELECT count(*) FROM job_search")).scalar()
        last_seq = session.execute(text("SELECT coalesce(max(last_seq), 0) FROM number_sequences")).scalar()
    return {m.__tablename__: count(db, m) for m in (Customer, Job, JobEvent, Visit, RepairRecord, RepairPart,
                                                    NumberSequence, OutboxEntry)} | {
        "job_search": search_rows, "last_seq": last_seq}


def status_events(desk: Desk, job_id: str):
    return [e for e in jobs.get_job(desk.manager, job_id).events if e.to_status is not None]


# ---- intake -------------------------------------------------------------------------------------


def test_jobs_are_numbered_per_outlet_and_month(desk):
    first = jobs.create_job(desk.clerk, draft())
    second = jobs.create_job(desk.clerk, draft(priority=Priority.URGENT))
    assert first.number == f"SH01-J{PERIOD}-0001"
    assert second.number == f"SH01-J{PERIOD}-0002"
    desk.clock.moment = NOW + timedelta(days=31)
    next_month = jobs.create_job(desk.clerk, draft())
    assert next_month.number == f"SH01-J{desk.clock().astimezone():%Y%m}-0001"
    assert jobs.find_job_by_number(desk.clerk, next_month.number.lower()) == next_month.id


@pytest.mark.parametrize(("priority", "hours"), [(Priority.URGENT, 2), (Priority.HIGH, 4),
                                                 (Priority.NORMAL, 24), (Priority.LOW, 48)])
def test_reply_is_due_the_priority_hours_after_intake(desk, priority, hours):
    row = jobs.create_job(desk.clerk, draft(priority=priority))
    assert row.created_at == NOW
    assert row.reply_due_at == NOW + timedelta(hours=hours)
    assert row.status == JobStatus.NEW and row.done_at is None


def test_changing_reply_hours_changes_the_next_jobs_deadline_only(desk):
    before = jobs.create_job(desk.clerk, draft())
    set_reply_hours(desk.manager, {Priority.NORMAL: 8})
    after = jobs.create_job(desk.clerk, draft())
    assert after.reply_due_at == NOW + timedelta(hours=8)
    assert jobs.get_job(desk.clerk, before.id).reply_due_at == NOW + timedelta(hours=24)


def test_a_new_job_has_its_customer_product_and_a_created_entry(desk):
    row = jobs.create_job(desk.clerk, draft(serial_number=" SN-001 ", purchase_date=date(2025, 12, 1)))
    detail = jobs.get_job(desk.clerk, row.id)
    assert (detail.customer_name, detail.customer_phone, detail.customer_address) == (
        "王芳", "13812345678", "上海市浦东新区张江路88号")
    assert detail.product == "HP CF283A" and detail.serial_number == "SN-001"
    assert detail.purchase_date == date(2025, 12, 1)
    assert [(e.kind, e.user, e.to_status) for e in detail.events] == [(EventKind.CREATED, "陈客服", None)]


def test_an_existing_customer_is_reused(desk):
    first = jobs.get_job(desk.clerk, jobs.create_job(desk.clerk, draft()).id)
    jobs.create_job(desk.clerk, draft(new_customer=None, customer_id=first.customer_id))
    assert count(desk.db, Customer) == 1


def test_bad_intake_reports_every_problem_and_writes_nothing(desk):
    before = footprint(desk.db)
    bad = draft(description="  ", product_model="XX-999",
                new_customer=CustomerDraft("王芳", "12345"),
                purchase_date=NOW.astimezone().date() + timedelta(days=1))
    with pytest.raises(ValidationError) as caught:
        jobs.create_job(desk.clerk, bad)
    assert caught.value.errors == {
        "customer.phone": "This is not a valid phone number (e.g. 13812345678 or 021-62345678).",
        "description": "Describe the fault.",
        "purchase_date": "The purchase date cannot be in the future.",
        "product": "Unknown model '{model}': choose one from the catalog.",
    }
    assert caught.value.params["model"] == "XX-999"
    assert footprint(desk.db) == before


@pytest.mark.parametrize(("changes", "field"), [
    (dict(new_customer=None), "customer"),
    (dict(new_customer=None, customer_id="no-such-customer"), "customer"),
    (dict(new_customer=CustomerDraft("", "13812345678")), "customer.name"),
    (dict(product_model=""), "product"),
    (dict(product_model="", product_id="no-such-product"), "product"),
])
def test_intake_needs_a_customer_and_a_catalog_product(desk, changes, field):
    before = footprint(desk.db)
    with pytest.raises(ValidationError) as caught:
        jobs.create_job(desk.clerk, draft(**changes))
    assert set(caught.value.errors) == {field}
    assert footprint(desk.db) == before


def test_an_inactive_product_cannot_be_chosen(desk):
    with desk.db.transaction() as session:
        from aftersales_desktop.storage.models import Product

        session.get(Product, desk.product_id).active = False
    with pytest.raises(ValidationError) as caught:
        jobs.create_job(desk.clerk, draft(product_model="", product_id=desk.product_id))
    assert set(caught.value.errors) == {"product"}


def test_assigning_a_non_technician_at_intake_is_refused_before_anything_is_written(desk):
    before = footprint(desk.db)
    with pytest.raises(ValidationError) as caught:
        jobs.create_job(desk.clerk, draft(assign_to=desk.clerk.user.id))
    assert caught.value.errors == {"assign_to": "Choose an active technician."}
    assert footprint(desk.db) == before


def test_a_technician_taking_a_job_may_not_assign_it(desk):
    before = footprint(desk.db)
    with pytest.raises(ValidationError) as caught:
        jobs.create_job(desk.tech, draft(assign_to=desk.tech2.user.id))
    assert set(caught.value.errors) == {"assign_to"}
    assert footprint(desk.db) == before
    assert jobs.create_job(desk.tech, draft()).status == JobStatus.NEW


def test_assigning_at_intake_records_created_then_assigned(desk):
    row = jobs.create_job(desk.clerk, draft(assign_to=desk.tech.user.id))
    assert row.status == JobStatus.ASSIGNED and row.technician == "王师傅"
    events = jobs.get_job(desk.clerk, row.id).events
    assert [(e.kind, e.from_status, e.to_status, e.assignee) for e in events] == [
        (EventKind.CREATED, None, None, ""),
        (EventKind.ASSIGNED, JobStatus.NEW, JobStatus.ASSIGNED, "王师傅")]


# ---- routing ------------------------------------------------------------------------------------


def test_assign_and_reassign(desk):
    job = jobs.create_job(desk.clerk, draft())
    jobs.assign_job(desk.clerk, job.id, desk.tech.user.id, "熟悉惠普")
    detail = jobs.get_job(desk.clerk, job.id)
    assert detail.status == JobStatus.ASSIGNED and detail.assigned_to == desk.tech.user.id
    last = detail.events[-1]
    assert (last.kind, last.user, last.from_status, last.to_status, last.assignee, last.note) == (
        EventKind.ASSIGNED, "陈客服", JobStatus.NEW, JobStatus.ASSIGNED, "王师傅", "熟悉惠普")

    with pytest.raises(ValidationError) as caught:
        jobs.assign_job(desk.clerk, job.id, desk.tech.user.id)
    assert set(caught.value.errors) == {"technician"}
    with pytest.raises(ValidationError) as caught:
        jobs.assign_job(desk.clerk, job.id, desk.clerk.user.id)
    assert caught.value.errors == {"technician": "Choose an active technician."}

    jobs.schedule_visit(desk.clerk, job.id, visit(desk))
    jobs.assign_job(desk.manager, job.id, desk.tech2.user.id)
    detail = jobs.get_job(desk.clerk, job.id)
    assert detail.status == JobStatus.SCHEDULED  # a booked visit stays booked
    assert detail.technician == "赵师傅"


def test_a_disabled_technician_cannot_be_assigned(desk):
    staff.update_staff(desk.manager, desk.tech2.user.id, display_name="赵师傅", role=Role.TECHNICIAN,
                       active=False)
    job = jobs.create_job(desk.clerk, draft())
    with pytest.raises(ValidationError):
        jobs.assign_job(desk.clerk, job.id, desk.tech2.user.id)
    assert jobs.get_job(desk.clerk, job.id).status == JobStatus.NEW


def test_escalate_needs_a_reason_and_a_manager_routes_it_on(desk):
    job = jobs.create_job(desk.clerk, draft(assign_to=desk.tech.user.id))
    with pytest.raises(ValidationError) as caught:
        jobs.escalate_job(desk.tech, job.id, "  ")
    assert set(caught.value.errors) == {"reason"}
    jobs.escalate_job(desk.tech, job.id, "芯片无法识别，需厂家支持")
    assert jobs.get_job(desk.manager, job.id).status == JobStatus.ESCALATED
    jobs.assign_job(desk.manager, job.id, desk.tech2.user.id)
    assert jobs.get_job(desk.manager, job.id).status == JobStatus.ASSIGNED


def test_an_unknown_job_is_not_found(desk):
    with pytest.raises(NotFound):
        jobs.get_job(desk.clerk, "no-such-job")
    with pytest.raises(NotFound):
        jobs.escalate_job(desk.clerk, "no-such-job", "reason")


# ---- visits -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("start_in", "hours", "field"), [
    (timedelta(hours=-1), 2, "starts_at"),
    (timedelta(minutes=-11), 2, "starts_at"),
    (timedelta(days=1), 0, "ends_at"),
    (timedelta(days=1), -1, "ends_at"),
    (timedelta(days=1), 13, "ends_at"),
])
def test_visit_times_are_checked(desk, start_in, hours, field):
    job = jobs.create_job(desk.clerk, draft())
    before = footprint(desk.db)
    with pytest.raises(ValidationError) as caught:
        jobs.schedule_visit(desk.clerk, job.id, visit(desk, start_in=start_in, hours=hours))
    assert set(caught.value.errors) == {field}
    assert footprint(desk.db) == before


def test_a_visit_booked_while_on_the_phone_may_start_minutes_ago(desk):
    job = jobs.create_job(desk.clerk, draft())
    jobs.schedule_visit(desk.clerk, job.id, visit(desk, start_in=timedelta(minutes=-5)))
    assert jobs.get_job(desk.clerk, job.id).status == JobStatus.SCHEDULED


def test_a_visit_needs_an_address(desk):
    job = jobs.create_job(desk.clerk, draft())
    plan = visit(desk)
    plan.address = " "
    with pytest.raises(ValidationError) as caught:
        jobs.schedule_visit(desk.clerk, job.id, plan)
    assert set(caught.value.errors) == {"address"}


def test_technicians_schedule_only_their_own_visits(desk):
    job = jobs.create_job(desk.clerk, draft(assign_to=desk.tech.user.id))
    with pytest.raises(ValidationError) as caught:
        jobs.schedule_visit(desk.tech, job.id, visit(desk, technician_id=desk.tech2.user.id))
    assert set(caught.value.errors) == {"technician"}
    jobs.schedule_visit(desk.tech, job.id, visit(desk))
    assert jobs.get_job(desk.tech, job.id).status == JobStatus.SCHEDULED


def test_scheduling_books_the_visit_and_assigns_its_technician(desk):
    job = jobs.create_job(desk.clerk, draft())
    info = jobs.schedule_visit(desk.clerk, job.id, visit(desk, technician_id=desk.tech2.user.id))
    detail = jobs.get_job(desk.clerk, job.id)
    assert detail.status == JobStatus.SCHEDULED and detail.assigned_to == desk.tech2.user.id
    assert [v.id for v in detail.visits] == [info.id]
    assert (info.technician, info.status, info.tools) == ("赵师傅", VisitStatus.PLANNED, "万用表")
    last = detail.events[-1]
    assert (last.kind, last.from_status, last.to_status) == (EventKind.VISIT_SCHEDULED, JobStatus.NEW,
                                                             JobStatus.SCHEDULED)


# ---- repairs ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("changes", "field"), [
    (dict(labour_minutes=-1), "labour_minutes"),
    (dict(labour_minutes=24 * 60 + 1), "labour_minutes"),
    (dict(test_passed=False), "test_passed"),
    (dict(diagnosis=" "), "diagnosis"),
    (dict(work_done=""), "work_done"),
    (dict(test_performed=""), "test_performed"),
    (dict(parts=[PartLine("PRODUCT", 0)]), "parts.0"),
    (dict(parts=[PartLine("PRODUCT", 1), PartLine("PRODUCT", -2)]), "parts.1"),
    (dict(parts=[PartLine("no-such-product", 1)]), "parts.0"),
])
def test_bad_repair_records_are_refused_and_nothing_is_written(desk, changes, field):
    if "parts" in changes:
        changes["parts"] = [PartLine(desk.product_id if p.product_id == "PRODUCT" else p.product_id,
                                     p.quantity) for p in changes["parts"]]
    job = jobs.create_job(desk.clerk, draft(assign_to=desk.tech.user.id))
    before = footprint(desk.db)
    with pytest.raises(ValidationError) as caught:
        jobs.record_repair(desk.tech, job.id, repair(**changes))
    assert set(caught.value.errors) == {field}
    assert footprint(desk.db) == before
    assert jobs.get_job(desk.tech, job.id).status == JobStatus.ASSIGNED


def test_a_fault_not_fixed_may_be_recorded_with_a_failed_test(desk):
    job = jobs.create_job(desk.clerk, draft(assign_to=desk.tech.user.id))
    jobs.record_repair(desk.tech, job.id, repair(RepairOutcome.NOT_FIXED, test_passed=False))
    assert jobs.get_job(desk.tech, job.id).status == JobStatus.IN_PROGRESS


def test_a_fixed_repair_resolves_the_job_prices_parts_and_completes_the_visit(desk):
    job = jobs.create_job(desk.clerk, draft())
    planned = jobs.schedule_visit(desk.clerk, job.id, visit(desk))
    desk.clock.moment = NOW + timedelta(days=1, hours=1)
    info = jobs.record_repair(desk.tech, job.id, repair(parts=[PartLine(desk.product_id, 2)],
                                                        visit_id=planned.id))
    assert [(p.product, p.quantity, p.unit_price_fen) for p in info.parts] == [("HP CF283A", 2, 26800)]
    assert info.technician == "王师傅" and info.labour_minutes == 45
    detail = jobs.get_job(desk.clerk, job.id)
    assert detail.status == JobStatus.RESOLVED
    assert detail.done_at == desk.clock()
    assert detail.visits[0].status == VisitStatus.DONE
    assert [r.id for r in detail.repairs] == [info.id]


def test_a_technicians_own_walk_in_job_can_be_repaired_on_the_bench(desk):
    """A technician may take a job but not assign it: the repair record names them instead."""
    job = jobs.create_job(desk.tech, draft(channel=Channel.WALK_IN))
    jobs.record_repair(desk.tech, job.id, repair())
    detail = jobs.get_job(desk.tech, job.id)
    assert (detail.status, detail.assigned_to) == (JobStatus.RESOLVED, desk.tech.user.id)
    assert (detail.events[-1].from_status, detail.events[-1].to_status) == (JobStatus.NEW,
                                                                            JobStatus.RESOLVED)


def test_a_later_price_change_does_not_change_a_recorded_part(desk):
    job = jobs.create_job(desk.clerk, draft(assign_to=desk.tech.user.id))
    jobs.record_repair(desk.tech, job.id, repair(parts=[PartLine(desk.product_id, 1)]))
    with desk.db.transaction() as session:
        from aftersales_desktop.storage.models import Product

        session.get(Product, desk.product_id).unit_price_fen = 29900
    assert jobs.get_job(desk.clerk, job.id).repairs[0].parts[0].unit_price_fen == 26800


def test_a_visit_of_another_job_cannot_be_cited(desk):
    other = jobs.create_job(desk.clerk, draft())
    foreign = jobs.schedule_visit(desk.clerk, other.id, visit(desk))
    job = jobs.create_job(desk.clerk, draft(assign_to=desk.tech.user.id))
    with pytest.raises(ValidationError) as caught:
        jobs.record_repair(desk.tech, job.id, repair(visit_id=foreign.id))
    assert set(caught.value.errors) == {"visit_id"}


def test_needs_return_waits_for_the_exchange_then_closes(desk):
    job = jobs.create_job(desk.clerk, draft(assign_to=desk.tech.user.id))
    jobs.record_repair(desk.tech, job.id, repair(RepairOutcome.NEEDS_RETURN, test_passed=False))
    assert jobs.get_job(desk.clerk, job.id).status == JobStatus.RETURN_PENDING
    jobs.close_job(desk.clerk, job.id, 4)
    assert jobs.get_job(desk.clerk, job.id).status == JobStatus.CLOSED


# ---- follow-up, closure, reopening, cancelling --------------------------------------------------


def resolved_job(desk: Desk) -> str:
    job = jobs.create_job(desk.clerk, draft(assign_to=desk.tech.user.id))
    jobs.record_repair(desk.tech, job.id, repair())
    return job.id


@pytest.mark.parametrize(("satisfaction", "note", "fields"), [
    (0, "", {"satisfaction", "note"}),
    (0, "客户不满意", {"satisfaction"}),
    (6, "", {"satisfaction"}),
    (2, "", {"note"}),
    (1, "   ", {"note"}),
])
def test_closing_checks_the_satisfaction_score(desk, satisfaction, note, fields):
    job_id = resolved_job(desk)
    with pytest.raises(ValidationError) as caught:
        jobs.close_job(desk.clerk, job_id, satisfaction, note)
    assert set(caught.value.errors) == fields
    assert jobs.get_job(desk.clerk, job_id).status == JobStatus.RESOLVED


def test_closing_records_satisfaction(desk):
    job_id = resolved_job(desk)
    desk.clock.moment = NOW + timedelta(days=2)
    jobs.close_job(desk.clerk, job_id, 2, "等待时间太长")
    detail = jobs.get_job(desk.clerk, job_id)
    assert (detail.status, detail.satisfaction, detail.done_at) == (JobStatus.CLOSED, 2, desk.clock())
    assert detail.events[-1].note == "等待时间太长"


def test_only_a_repaired_job_can_be_closed(desk):
    job = jobs.create_job(desk.clerk, draft(assign_to=desk.tech.user.id))
    with pytest.raises(ValidationError) as caught:
        jobs.close_job(desk.clerk, job.id, 5)
    assert set(caught.value.errors) == {"status"}


def test_reopening_sends_the_job_back_and_its_deadline_counts_again(desk):
    job_id = resolved_job(desk)
    with pytest.raises(ValidationError):
        jobs.reopen_job(desk.clerk, job_id, " ")
    jobs.reopen_job(desk.clerk, job_id, "客户反馈仍有条纹")
    detail = jobs.get_job(desk.clerk, job_id)
    assert detail.status == JobStatus.ASSIGNED and detail.done_at is None
    with pytest.raises(ValidationError) as caught:
        jobs.reopen_job(desk.clerk, job_id, "again")
    assert set(caught.value.errors) == {"status"}


def test_cancelling_needs_a_reason(desk):
    job = jobs.create_job(desk.clerk, draft())
    with pytest.raises(ValidationError):
        jobs.cancel_job(desk.clerk, job.id, "")
    jobs.cancel_job(desk.clerk, job.id, "客户撤回")
    detail = jobs.get_job(desk.clerk, job.id)
    assert detail.status == JobStatus.CANCELLED and detail.done_at == NOW


def closed_job(desk: Desk) -> str:
    job_id = resolved_job(desk)
    jobs.close_job(desk.clerk, job_id, 5)
    return job_id


def cancelled_job(desk: Desk) -> str:
    job = jobs.create_job(desk.clerk, draft(assign_to=desk.tech.user.id))
    jobs.cancel_job(desk.clerk, job.id, "客户撤回")
    return job.id


STATUS_CHANGES = {
    "assign": lambda d, j: jobs.assign_job(d.manager, j, d.tech2.user.id),
    "escalate": lambda d, j: jobs.escalate_job(d.manager, j, "复杂故障"),
    "schedule": lambda d, j: jobs.schedule_visit(d.manager, j, visit(d)),
    "repair": lambda d, j: jobs.record_repair(d.manager, j, repair(technician_id=d.tech.user.id)),
    "close": lambda d, j: jobs.close_job(d.manager, j, 5),
    "reopen": lambda d, j: jobs.reopen_job(d.manager, j, "再次上门"),
    "cancel": lambda d, j: jobs.cancel_job(d.manager, j, "撤回"),
}


@pytest.mark.parametrize("make", [closed_job, cancelled_job], ids=["closed", "cancelled"])
@pytest.mark.parametrize("change", sorted(STATUS_CHANGES))
def test_a_finished_job_refuses_every_status_change(desk, make, change):
    job_id = make(desk)
    before_detail = jobs.get_job(desk.manager, job_id)
    before = footprint(desk.db)
    with pytest.raises(ValidationError):
        STATUS_CHANGES[change](desk, job_id)
    assert footprint(desk.db) == before
    after = jobs.get_job(desk.manager, job_id)
    assert (after.status, after.assigned_to, after.done_at) == (before_detail.status,
                                                                before_detail.assigned_to,
                                                                before_detail.done_at)


def test_a_note_may_still_be_added_to_a_closed_job(desk):
    job_id = closed_job(desk)
    jobs.add_note(desk.clerk, job_id, "客户来电致谢")
    detail = jobs.get_job(desk.clerk, job_id)
    assert detail.status == JobStatus.CLOSED
    assert (detail.events[-1].kind, detail.events[-1].note, detail.events[-1].to_status) == (
        EventKind.NOTE, "客户来电致谢", None)
    with pytest.raises(ValidationError):
        jobs.add_note(desk.clerk, job_id, " ")


def test_each_status_change_adds_exactly_one_event_with_who_from_and_to(desk):
    job = jobs.create_job(desk.clerk, draft())
    steps = [
        (desk.clerk, lambda: jobs.assign_job(desk.clerk, job.id, desk.tech.user.id), JobStatus.ASSIGNED),
        (desk.tech, lambda: jobs.escalate_job(desk.tech, job.id, "需要经理"), JobStatus.ESCALATED),
        (desk.manager, lambda: jobs.schedule_visit(desk.manager, job.id, visit(desk)), JobStatus.SCHEDULED),
        (desk.tech, lambda: jobs.record_repair(desk.tech, job.id, repair(RepairOutcome.NOT_FIXED)),
         JobStatus.IN_PROGRESS),
        (desk.tech, lambda: jobs.record_repair(desk.tech, job.id, repair()), JobStatus.RESOLVED),
        (desk.clerk, lambda: jobs.reopen_job(desk.clerk, job.id, "仍有条纹"), JobStatus.ASSIGNED),
        (desk.tech, lambda: jobs.record_repair(desk.tech, job.id, repair()), JobStatus.RESOLVED),
        (desk.clerk, lambda: jobs.close_job(desk.clerk, job.id, 5), JobStatus.CLOSED),
    ]
    previous = JobStatus.NEW
    for n, (ctx, step, expected) in enumerate(steps):
        desk.clock.moment = NOW + timedelta(hours=n)
        before = status_events(desk, job.id)
        step()
        after = status_events(desk, job.id)
        assert len(after) == len(before) + 1
        event = after[-1]
        assert (event.user, event.from_status, event.to_status, event.at) == (
            ctx.user.display_name, previous, expected, desk.clock())
        assert jobs.get_job(desk.clerk, job.id).status == expected
        previous = expected


# ---- agenda -------------------------------------------------------------------------------------


def test_agenda_lists_a_technicians_visits_in_the_window_in_time_order(desk):
    booked = []
    for days, tech in ((3, desk.tech), (1, desk.tech), (2, desk.tech2), (9, desk.tech)):
        job = jobs.create_job(desk.clerk, draft())
        booked.append((days, tech.user.id, jobs.schedule_visit(
            desk.clerk, job.id, visit(desk, technician_id=tech.user.id, start_in=timedelta(days=days))).id))
    start, end = NOW, NOW + timedelta(days=7)
    items = jobs.agenda(desk.tech, desk.tech.user.id, start, end)
    mine = [v for d, t, v in sorted(booked) if t == desk.tech.user.id and d < 7]
    assert [i.visit_id for i in items] == mine
    assert all(start <= i.starts_at < end for i in items)
    assert items[0].customer_name == "王芳" and items[0].job_number.startswith("SH01-J")
    # A manager or a clerk may look at any technician's agenda.
    assert [i.visit_id for i in jobs.agenda(desk.clerk, desk.tech2.user.id, start, end)] == [
        v for d, t, v in booked if t == desk.tech2.user.id]


def test_a_technician_may_not_read_another_technicians_agenda(desk):
    with pytest.raises(PermissionDenied):
        jobs.agenda(desk.tech, desk.tech2.user.id, NOW, NOW + timedelta(days=7))


def test_a_finished_visit_stays_in_the_agenda_as_done(desk):
    job = jobs.create_job(desk.clerk, draft())
    planned = jobs.schedule_visit(desk.clerk, job.id, visit(desk))
    jobs.record_repair(desk.tech, job.id, repair(visit_id=planned.id))
    items = jobs.agenda(desk.tech, desk.tech.user.id, NOW, NOW + timedelta(days=7))
    assert [(i.visit_id, i.status) for i in items] == [(planned.id, VisitStatus.DONE)]


def test_customer_edits_reach_the_job_search(desk):
    from aftersales_desktop.services.customers import update_customer

    job = jobs.create_job(desk.clerk, draft())
    detail = jobs.get_job(desk.clerk, job.id)
    update_customer(desk.clerk, detail.customer_id, CustomerDraft("王芳", "13812345678",
                                                                  address="北京市朝阳区建国路1号"))
    found = {r.id for r in jobs.list_jobs(desk.clerk, jobs.JobQuery(text="朝阳")).rows}
    assert found == {job.id}
    assert jobs.list_jobs(desk.clerk, jobs.JobQuery(text="浦东")).rows == []


def test_a_second_outlet_product_type_is_not_needed_for_parts(desk):
    ink = catalog.create_product(desk.manager, catalog.ProductDraft(ProductType.INK, "Canon", "PG-845",
                                                                    unit_price="89.90"))
    job = jobs.create_job(desk.clerk, draft(assign_to=desk.tech.user.id))
    info = jobs.record_repair(desk.tech, job.id, repair(parts=[PartLine(ink.id, 3),
                                                               PartLine(desk.product_id, 1)]))
    assert sorted((p.product, p.quantity, p.unit_price_fen) for p in info.parts) == [
        ("Canon PG-845", 3, 8990), ("HP CF283A", 1, 26800)]
