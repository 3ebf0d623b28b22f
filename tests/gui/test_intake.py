"""The intake dialog: a clerk takes in a job by typing, and refusals show next to the fields."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority
from aftersales_desktop.domain.jobs import JobStatus
from aftersales_desktop.gui.formatting import local_time
from aftersales_desktop.gui.intake_dialog import NEW_TAB, IntakeDialog
from aftersales_desktop.gui.jobs_view import JobsView
from aftersales_desktop.services import jobs
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.storage.models import OutboxEntry
from tests.gui.keyboard import type_text


def outbox_rows(outlet) -> int:
    with outlet.db.reader() as session:
        return session.scalar(select(func.count()).select_from(OutboxEntry))


def all_jobs(ctx) -> int:
    return jobs.count_jobs(ctx, jobs.JobQuery())


def count_text(view) -> str:
    """The count label once the background count is in."""
    view.wait_for_count()
    return view.count_label.text()


@pytest.fixture
def view(qtbot, outlet):
    widget = JobsView(outlet.clerk)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    return widget


def open_intake(view) -> IntakeDialog:
    view.new_job()
    dialog = view.current_dialog
    assert isinstance(dialog, IntakeDialog) and dialog.isVisible()
    return dialog


def choose_new_customer_tab(qtbot, dialog: IntakeDialog) -> None:
    bar = dialog.customer_tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(NEW_TAB).center())
    assert dialog.customer_tabs.currentIndex() == NEW_TAB


def type_new_job(qtbot, dialog: IntakeDialog, *, name="王芳", phone="13812345678",
                 model="CF283A", description="打印有条纹，第三页开始变淡") -> None:
    choose_new_customer_tab(qtbot, dialog)
    if name:
        type_text(qtbot, dialog.customer_name, name)
    if phone:
        type_text(qtbot, dialog.customer_phone, phone)
    type_text(qtbot, dialog.customer_address, "上海市浦东新区张江路1号")
    if model:
        type_text(qtbot, dialog.product.lineEdit(), model)
    type_text(qtbot, dialog.serial_number, "B2026-11")
    type_text(qtbot, dialog.description, description)


def test_a_typed_job_is_saved_listed_and_selected(qtbot, view, outlet):
    dialog = open_intake(view)
    type_new_job(qtbot, dialog)

    with qtbot.waitSignal(view.status_message) as message:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    number = dialog.created.number
    assert message.args == [f"Job {number} created"]
    job_id = jobs.find_job_by_number(outlet.clerk, number)
    detail = jobs.get_job(outlet.clerk, job_id)
    assert (detail.customer_name, detail.customer_phone, detail.product) == ("王芳", "13812345678",
                                                                              "HP CF283A")
    assert detail.serial_number == "B2026-11"
    assert detail.description == "打印有条纹，第三页开始变淡"
    assert detail.priority == Priority.NORMAL and detail.channel == Channel.HOTLINE
    assert detail.status == JobStatus.NEW
    # The list shows it first (newest first) and it is the selected, shown job.
    assert view.model.job_at(0).id == job_id
    assert view.table.currentIndex().row() == 0
    assert view.detail.detail.id == job_id
    assert view.detail.number_label.text() == number
    assert count_text(view) == "1 jobs"


def test_missing_phone_is_refused_next_to_the_field_and_nothing_is_saved(qtbot, view, outlet):
    before_jobs, before_outbox = all_jobs(outlet.clerk), outbox_rows(outlet)
    dialog = open_intake(view)
    type_new_job(qtbot, dialog, phone="")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.errors.text("customer.phone") == "Enter a phone number."
    assert dialog.findChild(type(dialog.form_error), "error_customer.phone").isVisibleTo(dialog)
    assert dialog.errors.text("product") == ""
    assert all_jobs(outlet.clerk) == before_jobs
    assert outbox_rows(outlet) == before_outbox
    dialog.reject()


def test_a_bad_phone_and_an_unknown_model_are_both_reported(qtbot, view, outlet):
    before_jobs, before_outbox = all_jobs(outlet.clerk), outbox_rows(outlet)
    dialog = open_intake(view)
    type_new_job(qtbot, dialog, phone="12345", model="XYZ999")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.errors.text("customer.phone").startswith("This is not a valid phone number")
    assert dialog.errors.text("product") == "Unknown model 'XYZ999': choose one from the catalog."
    assert all_jobs(outlet.clerk) == before_jobs
    assert outbox_rows(outlet) == before_outbox

    # Correcting both fields saves on the next try.
    dialog.customer_phone.clear()
    type_text(qtbot, dialog.customer_phone, "021-62345678")
    dialog.product.lineEdit().clear()
    type_text(qtbot, dialog.product.lineEdit(), "cf283a")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert all_jobs(outlet.clerk) == before_jobs + 1


def test_an_empty_form_names_every_missing_piece(qtbot, view, outlet):
    dialog = open_intake(view)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("customer") == "Find the customer or enter a new one."
    assert dialog.errors.text("product") == "Choose the product model from the catalog."
    assert dialog.errors.text("description") == "Describe the fault."
    assert all_jobs(outlet.clerk) == 0
    dialog.reject()


def test_an_existing_customer_is_found_and_reused(qtbot, view, outlet):
    first = jobs.create_job(outlet.clerk, jobs.JobDraft(
        Channel.HOTLINE, FaultCategory.LEAK, Priority.HIGH, "漏粉",
        new_customer=CustomerDraft("王芳", "13812345678", "上海某某科技有限公司"),
        product_id=outlet.product_id))
    customer_id = jobs.get_job(outlet.clerk, first.id).customer_id
    dialog = open_intake(view)
    type_text(qtbot, dialog.customer_search, "芳")
    # The search runs by itself after a pause; Enter runs it at once and moves to the results.
    qtbot.keyClick(dialog.customer_search, Qt.Key.Key_Return)
    assert dialog.customer_results.count() == 1
    assert "13812345678" in dialog.customer_results.item(0).text()
    assert dialog.pick_customer(customer_id)
    assert "王芳" in dialog.customer_picked_label.text()
    type_text(qtbot, dialog.product.lineEdit(), "CF283A")
    type_text(qtbot, dialog.description, "又漏粉了")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert jobs.get_job(outlet.clerk, dialog.created.id).customer_id == customer_id


def test_the_promised_reply_follows_the_priority(qtbot, view, outlet):
    dialog = open_intake(view)
    assert dialog.priority.currentData() == Priority.NORMAL
    dialog.priority.setCurrentIndex(dialog.priority.findData(Priority.URGENT))
    due = outlet.clerk.now() + timedelta(hours=2)
    assert dialog.reply_line.text() in {f"Reply promised by {local_time(due + timedelta(minutes=m))}"
                                        for m in (-1, 0)}
    dialog.reject()


def test_assigning_at_intake_is_offered_to_clerks_not_technicians(qtbot, outlet):
    clerk_dialog = IntakeDialog(outlet.clerk)
    tech_dialog = IntakeDialog(outlet.technician)
    qtbot.addWidget(clerk_dialog)
    qtbot.addWidget(tech_dialog)
    assert clerk_dialog.may_assign and clerk_dialog.assign_to.findData(outlet.technician_id) > 0
    assert not tech_dialog.may_assign

    choose_new_customer_tab(qtbot, clerk_dialog)
    type_text(qtbot, clerk_dialog.customer_name, "张伟")
    type_text(qtbot, clerk_dialog.customer_phone, "13900001111")
    type_text(qtbot, clerk_dialog.product.lineEdit(), "CF283A")
    type_text(qtbot, clerk_dialog.description, "不识别硒鼓")
    clerk_dialog.assign_to.setCurrentIndex(clerk_dialog.assign_to.findData(outlet.technician_id))
    qtbot.mouseClick(clerk_dialog.save_button, Qt.MouseButton.LeftButton)
    detail = jobs.get_job(outlet.clerk, clerk_dialog.created.id)
    assert detail.status == JobStatus.ASSIGNED and detail.assigned_to == outlet.technician_id


def test_the_customer_search_runs_by_itself_after_a_pause(qtbot, view, outlet):
    jobs.create_job(outlet.clerk, jobs.JobDraft(
        Channel.HOTLINE, FaultCategory.LEAK, Priority.HIGH, "漏粉",
        new_customer=CustomerDraft("王芳", "13812345678"), product_id=outlet.product_id))
    dialog = open_intake(view)
    type_text(qtbot, dialog.customer_search, "1381")
    assert dialog.customer_results.count() == 0  # not on every key stroke
    qtbot.waitUntil(lambda: dialog.customer_results.count() == 1)
    dialog.reject()
