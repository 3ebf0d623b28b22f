"""Prepare for the field: the visits, history, parts held and readiness a technician's laptop carries."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority, Role
from aftersales_desktop.domain.errors import PermissionDenied
from aftersales_desktop.services import field, jobs, staff, stock
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.services.jobs import JobDraft, VisitDraft
from aftersales_desktop.services.outlet import AccountDraft
from tests.services.support import Clock, staff_context
from tests.services.support import _outlet_template, fast_passwords, outlet_copy  # noqa: F401  (fixtures)

NOW = datetime(2026, 3, 16, 1, 0, tzinfo=timezone.utc)


@pytest.fixture
def desk(outlet):
    clock = Clock(NOW)
    ctx = {name: AppContext(outlet.db, getattr(outlet, name).user, now=clock)
           for name in ("manager", "clerk", "technician")}
    return outlet, clock, ctx


def book(ctx, clock, start_in: timedelta, description: str = "打印有黑色条纹", customer_id: str | None = None):
    job = jobs.create_job(ctx["clerk"], JobDraft(
        channel=Channel.HOTLINE, fault_category=FaultCategory.PRINT_QUALITY, priority=Priority.NORMAL,
        description=description, customer_id=customer_id,
        new_customer=None if customer_id else CustomerDraft("王芳", "13812345678", address="上海市浦东新区张江路88号"),
        product_model="CF283A"))
    start = clock() + start_in
    jobs.schedule_visit(ctx["clerk"], job.id, VisitDraft(ctx["technician"].user.id, start, start + timedelta(hours=2),
                                                         "上海市浦东新区张江路88号", tools="万用表",
                                                         parts_to_bring="CF283A 硒鼓"))
    return job


def test_today_and_tomorrow_with_customer_product_and_history(desk):
    outlet, clock, ctx = desk
    earlier = book(ctx, clock, timedelta(hours=1), description="卡纸")
    clock.moment += timedelta(minutes=10)
    customer_id = jobs.get_job(ctx["clerk"], earlier.id).customer_id
    today = book(ctx, clock, timedelta(hours=3), customer_id=customer_id)
    book(ctx, clock, timedelta(days=1, hours=1), description="漏粉")
    book(ctx, clock, timedelta(days=3), description="太远")

    day = field.field_day(ctx["technician"])

    assert [v.job_number for v in day.today] == [earlier.number, today.number]
    assert [v.description for v in day.tomorrow] == ["漏粉"]
    visit = day.today[1]
    assert (visit.customer_name, visit.customer_phone, visit.address, visit.product) == (
        "王芳", "13812345678", "上海市浦东新区张江路88号", "HP CF283A")
    assert [past.number for past in visit.history] == [earlier.number]
    assert day.today[0].history == ()
    assert day.technician_name == "王师傅"


def test_parts_held_come_from_the_stock_ledger(desk):
    outlet, clock, ctx = desk
    keeper = staff_context(ctx["manager"], "keeper", "赵库管", Role.STOREKEEPER, now=clock)
    stock.receive(keeper, outlet.product_id, 5, location="A-01", batch="L1", unit_cost_fen=10000)
    stock.issue(keeper, outlet.product_id, 2, location="A-01", batch="L1",
                to_technician=ctx["technician"].user.id)

    [part] = field.field_day(ctx["technician"]).parts
    assert (part.part.endswith("CF283A") or "CF283A" in part.part, part.held) == (True, 2)
    # The clerk may see visits but not stock: no parts rather than a refusal.
    assert field.field_day(ctx["clerk"], ctx["technician"].user.id).parts == ()


def test_a_technician_sees_only_their_own_day(desk):
    outlet, clock, ctx = desk
    other = staff.create_staff(ctx["manager"], AccountDraft("tech2", "赵师傅", "secret1", Role.TECHNICIAN))
    with pytest.raises(PermissionDenied):
        field.field_day(ctx["technician"], other.id)
    assert field.field_day(ctx["manager"], other.id).today == ()


def test_readiness_says_why_not_ready_on_an_outlet_that_never_synced(desk):
    outlet, clock, ctx = desk
    checks = {check.key: check for check in field.field_day(ctx["technician"]).checks}
    assert set(checks) == {"font", "share"}  # no "waiting" without a share to wait for
    assert not checks["share"].ok and "not joined" in checks["share"].message
    assert checks["font"].ok, checks["font"].message  # the test machine has a Chinese TrueType font
    assert checks["font"].params["family"]


def test_a_broken_font_setting_is_reported_not_raised(desk, tmp_path):
    outlet, clock, ctx = desk
    from aftersales_desktop.services.slips import set_font_path

    set_font_path(outlet.db, str(tmp_path / "missing.ttf"))
    check = next(c for c in field.field_day(ctx["technician"]).checks if c.key == "font")
    assert not check.ok and check.params["path"].endswith("missing.ttf")


def test_the_visit_sheet_of_the_day_prints_the_visits_and_parts(desk, tmp_path):
    import subprocess

    outlet, clock, ctx = desk
    job = book(ctx, clock, timedelta(hours=2))
    rendered = field.visit_sheet(ctx["technician"], "80mm")
    path = tmp_path / "sheet.pdf"
    path.write_bytes(rendered.pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert job.number in text and "王芳" in text and "上海浦东网点" in text
