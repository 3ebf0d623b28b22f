"""The job list over 250 jobs: keyset paging in every order, filters, Chinese search, counts."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority, RepairOutcome, Role
from aftersales_desktop.domain.jobs import JobStatus
from aftersales_desktop.services import jobs, staff
from aftersales_desktop.services.context import AppContext, CurrentUser
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.services.jobs import JobQuery, JobSort, RepairDraft
from aftersales_desktop.services.outlet import AccountDraft
from aftersales_desktop.storage.database import open_database
from aftersales_desktop.storage.models import Customer, Job
from tests.services.support import Clock, _outlet_template  # noqa: F401  (fixture)

BASE = datetime(2026, 2, 20, 1, 0, tzinfo=timezone.utc)
JOBS = 250
CUSTOMERS = [
    ("王芳", "13812345678", "上海市浦东新区张江路88号"),
    ("王小芳", "13912345678", "上海市徐汇区漕河泾开发区"),
    ("李娜", "13700001111", "北京市朝阳区建国路1号"),
    ("张伟", "13600002222", "江苏省苏州市工业园区星湖街"),
    ("陈静", "13500003333", "杭州市西湖区文三路"),
]


@dataclass
class Listing:
    ctx: AppContext
    tech_id: str
    tech2_id: str
    jobs: list[SimpleNamespace]  # the stored job rows
    customer_of: dict[str, str]  # job id -> customer name


def fixed_repair() -> RepairDraft:
    return RepairDraft(True, "条纹", "感光鼓划伤", "更换硒鼓", 30, "测试页", True, RepairOutcome.FIXED)


@pytest.fixture(scope="module")
def listing(_outlet_template, tmp_path_factory) -> Listing:
    template, (manager, clerk, _tech), tech_id, _product_id = _outlet_template
    data_dir = tmp_path_factory.mktemp("listing") / "outlet"
    shutil.copytree(template, data_dir)
    db = open_database(data_dir)
    clock = Clock(BASE)
    mctx, cctx = AppContext(db, manager, now=clock), AppContext(db, clerk, now=clock)
    member = staff.create_staff(mctx, AccountDraft("tech2", "赵师傅", "secret1", Role.TECHNICIAN))
    customer_ids: list[str] = []
    for i in range(JOBS):
        # 125 distinct times, each used twice, in scrambled order: ties must be broken by id.
        clock.moment = BASE + timedelta(hours=7 * ((i * 97) % 125))
        name, phone, address = CUSTOMERS[i % len(CUSTOMERS)]
        known = len(customer_ids) > i % len(CUSTOMERS)
        draft = jobs.JobDraft(Channel.HOTLINE, FaultCategory.PRINT_QUALITY, list(Priority)[i % 4],
                              f"第{i}单 打印有条纹",
                              customer_id=customer_ids[i % len(CUSTOMERS)] if known else None,
                              new_customer=None if known else CustomerDraft(name, phone, address=address),
                              product_model="CF283A",
                              assign_to={0: tech_id, 1: member.id}.get(i % 3))
        row = jobs.create_job(cctx, draft)
        if not known:
            customer_ids.append(jobs.get_job(cctx, row.id).customer_id)
        if i % 10 in (0, 5):
            clock.moment += timedelta(hours=1)
            jobs.record_repair(mctx, row.id, RepairDraft(**{**fixed_repair().__dict__, "technician_id": tech_id}))
            if i % 10 == 0:
                clock.moment += timedelta(hours=1)
                jobs.close_job(cctx, row.id, 5)
        elif i % 15 == 7:
            jobs.cancel_job(cctx, row.id, "客户撤回")
    with db.reader() as session:
        stored = [SimpleNamespace(**{c.key: getattr(j, c.key) for c in Job.__mapper__.column_attrs})
                  for j in session.scalars(select(Job))]
        names = dict(session.execute(select(Job.id, Customer.name).join(Customer,
                                                                         Customer.id == Job.customer_id)).all())
    yield Listing(AppContext(db, clerk), tech_id, member.id, stored, names)
    db.dispose()


def page_through(ctx: AppContext, query: JobQuery, limit: int) -> list[str]:
    ids, cursor, pages = [], None, 0
    while True:
        page = jobs.list_jobs(ctx, query, after=cursor, limit=limit)
        assert len(page.rows) <= limit
        ids += [r.id for r in page.rows]
        pages += 1
        assert pages <= JOBS + 1, "paging does not end"
        if page.next_cursor is None:
            return ids
        assert len(page.rows) == limit
        cursor = page.next_cursor


ORDER = {
    JobSort.NEWEST: (lambda j: (j.created_at, j.id), True),
    JobSort.OLDEST: (lambda j: (j.created_at, j.id), False),
    JobSort.DUE: (lambda j: (j.reply_due_at, j.id), False),
    JobSort.PRIORITY: (lambda j: (j.priority_rank, j.created_at, j.id), False),
    JobSort.NUMBER: (lambda j: (j.number, j.id), True),
}


def expected_ids(listing: Listing, keep=lambda j: True, sort: JobSort = JobSort.NEWEST) -> list[str]:
    key, descending = ORDER[sort]
    return [j.id for j in sorted((j for j in listing.jobs if keep(j)), key=key, reverse=descending)]


def test_the_data_set_is_what_the_tests_assume(listing):
    assert len(listing.jobs) == JOBS
    statuses = {j.status for j in listing.jobs}
    assert {"closed", "cancelled", "resolved", "assigned", "new"} <= statuses
    assert len({j.created_at for j in listing.jobs}) == JOBS // 2  # ties to break
    assert len({j.number[:12] for j in listing.jobs}) == 2  # February and March numbers


@pytest.mark.parametrize("limit", [37, 125])
@pytest.mark.parametrize("sort", list(JobSort))
def test_paging_returns_every_job_exactly_once_in_order(listing, sort, limit):
    ids = page_through(listing.ctx, JobQuery(sort=sort), limit)
    assert ids == expected_ids(listing, sort=sort)
    assert jobs.count_jobs(listing.ctx, JobQuery(sort=sort)) == JOBS


@pytest.mark.parametrize("sort", list(JobSort))
def test_paging_a_filtered_list(listing, sort):
    query = JobQuery(sort=sort, statuses=frozenset({JobStatus.ASSIGNED, JobStatus.NEW}))
    ids = page_through(listing.ctx, query, 11)
    assert ids == expected_ids(listing, lambda j: j.status in ("assigned", "new"), sort)
    assert jobs.count_jobs(listing.ctx, query) == len(ids)


def local_day(moment: datetime) -> date:
    return moment.astimezone().date()


OVERDUE_AT = BASE + timedelta(days=12)

FILTERS = {
    "closed": (JobQuery(statuses=frozenset({JobStatus.CLOSED})), lambda j, l: j.status == "closed"),
    "open work": (JobQuery(statuses=frozenset({JobStatus.NEW, JobStatus.ASSIGNED})),
                  lambda j, l: j.status in ("new", "assigned")),
    "urgent": (JobQuery(priority=Priority.URGENT), lambda j, l: j.priority == "urgent"),
    "technician": (JobQuery(technician_id="TECH2"), lambda j, l: j.assigned_to == l.tech2_id),
    "overdue": (JobQuery(overdue_only=True),
                lambda j, l: j.done_at is None and j.reply_due_at < OVERDUE_AT),
    "first week of March": (JobQuery(created_from=date(2026, 3, 1), created_to=date(2026, 3, 7)),
                            lambda j, l: date(2026, 3, 1) <= local_day(j.created_at) <= date(2026, 3, 7)),
    "from a day on": (JobQuery(created_from=date(2026, 3, 20)),
                      lambda j, l: local_day(j.created_at) >= date(2026, 3, 20)),
    "urgent for tech, overdue": (JobQuery(priority=Priority.URGENT, technician_id="TECH",
                                          overdue_only=True),
                                 lambda j, l: j.priority == "urgent" and j.assigned_to == l.tech_id
                                 and j.done_at is None and j.reply_due_at < OVERDUE_AT),
}


@pytest.mark.parametrize("name", list(FILTERS))
def test_filters_return_exactly_the_matching_jobs_and_count_agrees(listing, name):
    query, keep = FILTERS[name]
    if query.technician_id:
        query = JobQuery(**{**query.__dict__,
                            "technician_id": {"TECH": listing.tech_id, "TECH2": listing.tech2_id}[
                                query.technician_id]})
    ctx = AppContext(listing.ctx.db, listing.ctx.user, now=lambda: OVERDUE_AT)
    page = jobs.list_jobs(ctx, query, limit=1000)
    expected = expected_ids(listing, lambda j: keep(j, listing))
    assert expected, f"filter '{name}' selects nothing in the data set: the test would prove nothing"
    assert len(expected) < JOBS
    assert [r.id for r in page.rows] == expected
    assert jobs.count_jobs(ctx, query) == len(expected)
    if query.overdue_only:
        assert all(r.is_overdue(OVERDUE_AT) for r in page.rows)


SEARCHES = {
    "芳": {"王芳", "王小芳"},
    "王芳": {"王芳"},
    "小芳": {"王小芳"},
    "浦东": {"王芳"},
    "浦东新区": {"王芳"},
    "上海": {"王芳", "王小芳"},
    "朝阳": {"李娜"},
    "苏州 星湖": {"张伟"},
    "1381": {"王芳"},
    "13912345678": {"王小芳"},
    "cf283": {name for name, _, _ in CUSTOMERS},
}


@pytest.mark.parametrize("typed", list(SEARCHES))
def test_chinese_and_phone_search_finds_the_customers_jobs(listing, typed):
    query = JobQuery(text=typed)
    found = page_through(listing.ctx, query, 40)
    assert found == expected_ids(listing, lambda j: listing.customer_of[j.id] in SEARCHES[typed])
    assert jobs.count_jobs(listing.ctx, query) == len(found)


def test_search_by_number_prefix_and_exact_number(listing):
    march = [j for j in listing.jobs if j.number.startswith("SH01-J202603")]
    found = page_through(listing.ctx, JobQuery(text="SH01-J202603", sort=JobSort.NUMBER), 25)
    assert found == [j.id for j in sorted(march, key=lambda j: (j.number, j.id), reverse=True)]
    one = march[0]
    assert [r.id for r in jobs.list_jobs(listing.ctx, JobQuery(text=one.number)).rows] == [one.id]


def test_search_combines_with_filters(listing):
    query = JobQuery(text="芳", statuses=frozenset({JobStatus.CLOSED}), sort=JobSort.OLDEST)
    expected = expected_ids(listing, lambda j: j.status == "closed"
                            and listing.customer_of[j.id] in {"王芳", "王小芳"}, JobSort.OLDEST)
    assert expected
    assert page_through(listing.ctx, query, 3) == expected
    assert jobs.count_jobs(listing.ctx, query) == len(expected)


def test_searching_for_nobody_finds_nothing(listing):
    for typed in ("赵", "周杰", "SH02", "13000000000"):
        assert jobs.list_jobs(listing.ctx, JobQuery(text=typed)).rows == []
        assert jobs.count_jobs(listing.ctx, JobQuery(text=typed)) == 0


def test_punctuation_only_search_lists_everything(listing):
    assert jobs.count_jobs(listing.ctx, JobQuery(text=" -，。 ")) == JOBS


def test_rows_show_customer_product_and_technician(listing):
    rows = {r.id: r for r in page_through_rows(listing.ctx)}
    for job in listing.jobs:
        row = rows[job.id]
        assert row.customer_name == listing.customer_of[job.id]
        assert row.product == "HP CF283A"
        assert row.number == job.number and row.status == JobStatus(job.status)
        assert row.technician == {listing.tech_id: "王师傅", listing.tech2_id: "赵师傅", None: ""}[
            job.assigned_to]


def page_through_rows(ctx: AppContext):
    return jobs.list_jobs(ctx, JobQuery(), limit=JOBS).rows
