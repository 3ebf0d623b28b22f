"""The 'Prepare for the field' page: offline it still shows what the laptop carries; it prints the sheet."""

from __future__ import annotations

from datetime import timedelta

import pytest

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority
from aftersales_desktop.gui import field_view
from aftersales_desktop.gui.field_view import FieldView, VisitColumn
from aftersales_desktop.gui.main_window import MainWindow
from aftersales_desktop.gui.sync_worker import SyncRunner
from aftersales_desktop.services import jobs
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.services.jobs import JobDraft, VisitDraft


def book(outlet, hours_from_now: float):
    job = jobs.create_job(outlet.clerk, JobDraft(
        channel=Channel.HOTLINE, fault_category=FaultCategory.PRINT_QUALITY, priority=Priority.NORMAL,
        description="打印有黑色条纹", new_customer=CustomerDraft("王芳", "13812345678", address="上海市浦东新区张江路88号"),
        product_model="CF283A"))
    start = outlet.clerk.now().replace(hour=23, minute=0, second=0, microsecond=0).astimezone() + timedelta(
        hours=hours_from_now)
    jobs.schedule_visit(outlet.clerk, job.id, VisitDraft(outlet.technician_id, start, start + timedelta(hours=1),
                                                         "上海市浦东新区张江路88号", tools="万用表"))
    return job


@pytest.fixture
def view(qtbot, outlet):
    runner = SyncRunner(outlet.db)
    made = FieldView(outlet.technician, runner)
    qtbot.addWidget(made)
    made.resize(1366 - 220, 700)
    made.show()
    yield made
    runner.wait()


def test_a_laptop_that_never_joined_says_so_and_still_shows_what_it_carries(qtbot, outlet, view):
    job = book(outlet, 2)  # tomorrow, whatever the hour now
    view.sync_button.click()
    assert "not joined" in view.sync_label.text()
    model = view.visit_model
    assert model.rowCount() == 1
    assert model.index(0, VisitColumn.JOB).data() == job.number
    assert model.index(0, VisitColumn.DAY).data() == "Tomorrow"
    assert model.index(0, VisitColumn.CUSTOMER).data() == "王芳"
    checks = view.checks_label.text()
    assert "✗ This laptop has not joined a share" in checks
    assert "✓ Slip font" in checks
    assert "printer" in checks.lower()


def test_the_sync_summary_counts_what_went_out_and_came_in(view):
    class Report:
        published, applied, conflicts, quarantined = 3, 2, 0, 0
        sent_by_table = {"jobs": 1, "job_events": 1, "repair_records": 1, "slips": 1, "signatures": 2}
        received_by_table = {"visits": 2}

    view._waiting_for_cycle = True
    view.runner.finished.emit(Report())
    text = view.summary_label.text()
    assert view.summary_label.isVisible()
    # Documents, not changes: a job's events and a slip's signatures are that job and that slip.
    assert "Jobs 1 / 0" in text and "Repair records 1 / 0" in text and "Visits 0 / 2" in text
    assert "Signed slips 1 / 0" in text and "Other" not in text
    assert view.sync_button.isEnabled()


def test_an_unreachable_share_is_said_plainly(view):
    view._waiting_for_cycle = True
    view.runner.failed.emit("unreachable", "The share folder cannot be reached.")
    assert "not reachable" in view.sync_label.text()
    assert view.heading.text()  # the laptop's own data is still shown


@pytest.mark.parametrize("paper", ["a4", "80mm"])
def test_print_visit_sheet_offers_the_pdf_on_the_chosen_paper(monkeypatch, outlet, view, paper):
    offered = []
    monkeypatch.setattr(field_view, "offer_document",
                        lambda parent, pdf, name, title, fmt: offered.append((pdf, name, fmt)))
    view.paper.setCurrentIndex(view.paper.findData(paper))
    view.print_visit_sheet()
    [(pdf, name, fmt)] = offered
    assert pdf.startswith(b"%PDF") and name.endswith(f"-{paper}.pdf") and fmt.value == paper


def test_technicians_reach_the_page_from_the_navigation(qtbot, outlet):
    for ctx, expected in ((outlet.technician, True), (outlet.manager, False), (outlet.clerk, False)):
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert ("field" in window.page_keys()) is expected
        if expected:
            assert isinstance(window.show_page("field"), FieldView)
        window.sync_runner.stop()
