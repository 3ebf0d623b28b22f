"""The job list: lazy keyset paging, server-side search (Chinese substrings too), filters, sorting."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority
from aftersales_desktop.domain.jobs import JobStatus
from aftersales_desktop.gui.job_model import OVERDUE_ROLE, OVERDUE_BACKGROUND, PAGE_SIZE, Column
from aftersales_desktop.gui.jobs_view import JobsView
from aftersales_desktop.services import jobs
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.services.jobs import JobSort
from tests.gui.keyboard import type_text

PEOPLE = [("张伟", "13900001111", "北京市海淀区中关村大街5号"),
          ("李娜", "021-62345678", "广州市天河区体育西路3号"),
          ("刘洋", "13700002222", "成都市武侯区人民南路9号")]


def make_job(ctx, name, phone, address, *, priority=Priority.NORMAL, description="打印有条纹",
             product_id=None) -> str:
    return jobs.create_job(ctx, jobs.JobDraft(
        Channel.HOTLINE, FaultCategory.PRINT_QUALITY, priority, description,
        new_customer=CustomerDraft(name, phone, address=address), product_id=product_id)).id


def count_text(view) -> str:
    """The count label once the background count is in."""
    view.wait_for_count()
    return view.count_label.text()


@pytest.fixture
def many_jobs(outlet):
    """250 jobs: two with the names and addresses searched for, the rest from PEOPLE."""
    ids = [make_job(outlet.clerk, "王芳", "13812345678", "上海市浦东新区张江路1号",
                    product_id=outlet.product_id, priority=Priority.URGENT),
           make_job(outlet.clerk, "赵芳芳", "13811112222", "上海市浦东新区世纪大道100号",
                    product_id=outlet.product_id)]
    for n in range(248):
        name, phone, address = PEOPLE[n % len(PEOPLE)]
        ids.append(make_job(outlet.clerk, name, phone, address, product_id=outlet.product_id,
                            priority=list(Priority)[n % 4]))
    return ids


@pytest.fixture
def few_jobs(outlet):
    """Five jobs, two of them in 浦东."""
    return [make_job(outlet.clerk, "王芳", "13812345678", "上海市浦东新区张江路1号",
                     product_id=outlet.product_id),
            make_job(outlet.clerk, "赵芳芳", "13811112222", "上海市浦东新区世纪大道100号",
                     product_id=outlet.product_id),
            *[make_job(outlet.clerk, *person, product_id=outlet.product_id) for person in PEOPLE]]


@pytest.fixture
def make_view(qtbot):
    def make(ctx):
        view = JobsView(ctx)
        qtbot.addWidget(view)
        view.resize(1300, 760)
        view.show()
        qtbot.waitExposed(view)
        return view
    return make


def search(qtbot, view, text) -> None:
    """Type ``text`` in the search box and press Enter (which searches without waiting)."""
    view.search_edit.clear()
    type_text(qtbot, view.search_edit, text)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)


def test_the_list_loads_a_page_at_a_time(outlet, many_jobs, make_view):
    view = make_view(outlet.clerk)
    model = view.model
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    assert count_text(view) == "250 jobs"
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore()
    assert model.rowCount() == 250
    assert not model.canFetchMore()
    # Newest first, no job twice, all of them in the end.
    shown = [model.job_at(row).id for row in range(model.rowCount())]
    assert shown == list(reversed(many_jobs))


def test_scrolling_to_the_end_fetches_the_next_page(qtbot, outlet, many_jobs, make_view):
    view = make_view(outlet.clerk)
    assert view.model.rowCount() == PAGE_SIZE
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 * PAGE_SIZE)


def test_chinese_substrings_narrow_the_list(qtbot, outlet, many_jobs, make_view):
    view = make_view(outlet.clerk)
    search(qtbot, view, "芳")
    names = {view.model.job_at(row).customer_name for row in range(view.model.rowCount())}
    assert names == {"王芳", "赵芳芳"}
    assert count_text(view) == "2 jobs"

    search(qtbot, view, "浦东")
    assert view.model.rowCount() == 2

    search(qtbot, view, "王芳")
    assert [view.model.job_at(0).customer_name] == ["王芳"] and view.model.rowCount() == 1

    search(qtbot, view, "1381")  # phone prefix
    assert view.model.rowCount() == 2

    search(qtbot, view, "")
    assert view.model.rowCount() == PAGE_SIZE


def test_the_search_runs_by_itself_shortly_after_typing(qtbot, outlet, few_jobs, make_view):
    view = make_view(outlet.clerk)
    type_text(qtbot, view.search_edit, "浦东")
    assert view.model.rowCount() == 5  # not on every key stroke
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert count_text(view) == "2 jobs"


def test_typing_a_whole_job_number_opens_that_job(qtbot, outlet, few_jobs, make_view):
    view = make_view(outlet.clerk)
    number = jobs.get_job(outlet.clerk, few_jobs[3]).number
    search(qtbot, view, number.lower())
    assert view.detail.detail.id == few_jobs[3]
    assert view.model.job_at(view.table.currentIndex().row()).number == number


def test_enter_in_search_moves_to_the_list_and_enter_there_opens_the_job(qtbot, outlet, few_jobs,
                                                                        make_view):
    view = make_view(outlet.clerk)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.focus_search()
    type_text(qtbot, view.search_edit, "浦东")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.model.rowCount() == 2
    assert QApplication.focusWidget() is view.table
    assert view.table.currentIndex().row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.detail.detail.id == view.model.job_at(1).id
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() in view.detail.buttons.values()


def test_header_clicks_sort_on_the_server(qtbot, outlet, many_jobs, make_view):
    view = make_view(outlet.clerk)
    header = view.table.horizontalHeader()

    def click(column):
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    click(Column.PRIORITY)
    assert view.model.query.sort == JobSort.PRIORITY
    # 63 urgent jobs: the oldest urgent one (王芳) comes first, and the first page is all urgent.
    assert view.model.job_at(0).id == many_jobs[0]
    assert {view.model.job_at(r).priority for r in range(63)} == {Priority.URGENT}

    click(Column.CUSTOMER)  # not an indexed order: nothing changes
    assert view.model.query.sort == JobSort.PRIORITY
    assert header.sortIndicatorSection() == Column.PRIORITY

    click(Column.CREATED)
    first = view.model.query.sort
    click(Column.CREATED)  # a second click turns the order round
    assert {first, view.model.query.sort} == {JobSort.NEWEST, JobSort.OLDEST}
    oldest_first = view.model.query.sort == JobSort.OLDEST
    assert view.model.job_at(0).id == (many_jobs[0] if oldest_first else many_jobs[-1])


def test_filters_status_priority_technician(qtbot, outlet, make_view):
    first = make_job(outlet.clerk, "王芳", "13812345678", "上海", product_id=outlet.product_id)
    second = make_job(outlet.clerk, "张伟", "13900001111", "北京", product_id=outlet.product_id,
                      priority=Priority.URGENT)
    third = make_job(outlet.clerk, "李娜", "13700002222", "广州", product_id=outlet.product_id)
    jobs.assign_job(outlet.manager, first, outlet.technician_id)
    jobs.cancel_job(outlet.manager, third, "客户撤回")
    view = make_view(outlet.clerk)
    listed = lambda: {view.model.job_at(r).id for r in range(view.model.rowCount())}  # noqa: E731
    assert listed() == {first, second}  # "All open" hides the cancelled job

    view.status_filter.setCurrentIndex(view.status_filter.findText("All statuses"))
    assert listed() == {first, second, third}
    view.status_filter.setCurrentIndex(view.status_filter.findText("Cancelled"))
    assert listed() == {third}
    view.status_filter.setCurrentIndex(0)

    view.priority_filter.setCurrentIndex(view.priority_filter.findText("Urgent"))
    assert listed() == {second}
    view.priority_filter.setCurrentIndex(0)

    view.technician_filter.setCurrentIndex(view.technician_filter.findData(outlet.technician_id))
    assert listed() == {first}
    assert count_text(view) == "1 jobs"


def test_overdue_rows_stand_out_and_can_be_listed_alone(qtbot, outlet, make_view):
    urgent = make_job(outlet.clerk, "王芳", "13812345678", "上海", priority=Priority.URGENT,
                      product_id=outlet.product_id)
    make_job(outlet.clerk, "张伟", "13900001111", "北京", priority=Priority.LOW,
             product_id=outlet.product_id)
    # Three hours later the urgent job (2 h) is overdue, the low one (48 h) is not.
    later = AppContext(outlet.db, outlet.clerk.user,
                       now=lambda: outlet.clerk.now() + timedelta(hours=3))
    view = make_view(later)
    model = view.model
    row = model.row_of(urgent)
    other = 1 - row
    assert model.index(row, Column.DUE).data(OVERDUE_ROLE) is True
    assert model.index(row, Column.DUE).data().startswith("Overdue")
    tint = model.index(row, Column.CUSTOMER).data(Qt.ItemDataRole.BackgroundRole)
    assert tint.color() == OVERDUE_BACKGROUND
    assert model.index(row, Column.DUE).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(other, Column.DUE).data(OVERDUE_ROLE) is False
    assert model.index(other, Column.DUE).data().endswith("left")
    assert model.index(other, Column.CUSTOMER).data(Qt.ItemDataRole.BackgroundRole) is None

    view.overdue_only.setChecked(True)
    assert model.rowCount() == 1 and model.job_at(0).id == urgent


def test_countdowns_repaint_on_the_timer_without_reloading(qtbot, outlet, make_view):
    make_job(outlet.clerk, "王芳", "13812345678", "上海", product_id=outlet.product_id)
    view = make_view(outlet.clerk)
    with qtbot.waitSignal(view.model.dataChanged) as changed:
        view.tick()
    assert changed.args[0].row() == 0 and changed.args[1].column() == Column.DUE


def test_created_date_range(qtbot, outlet, make_view):
    make_job(outlet.clerk, "王芳", "13812345678", "上海", product_id=outlet.product_id)
    view = make_view(outlet.clerk)
    assert view.model.rowCount() == 1
    view.date_range.setChecked(True)
    assert view.model.rowCount() == 1  # the last 30 days include today
    view.date_from.setDate(view.date_to.date().addDays(1))
    view.date_to.setDate(view.date_to.date().addDays(5))
    assert view.model.rowCount() == 0
    view.date_range.setChecked(False)
    assert view.model.rowCount() == 1


def test_status_texts_are_translated_labels(outlet, make_view):
    job = make_job(outlet.clerk, "王芳", "13812345678", "上海", product_id=outlet.product_id)
    view = make_view(outlet.clerk)
    assert view.model.index(0, Column.STATUS).data() == JobStatus.NEW.label
    assert view.model.index(0, Column.PRODUCT).data() == "HP CF283A"
    assert view.model.index(0, Column.NUMBER).data() == jobs.get_job(outlet.clerk, job).number
