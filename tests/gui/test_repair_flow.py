"""A job through its life with the real dialogs: assign, schedule a visit, record a repair, close."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QTime, Qt

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority, RepairOutcome, VisitStatus
from aftersales_desktop.domain.jobs import JobStatus
from aftersales_desktop.gui.job_dialogs import (AssignDialog, CancelJobDialog, CloseJobDialog,
                                                NoteDialog, RecordRepairDialog, ScheduleVisitDialog)
from aftersales_desktop.gui.jobs_view import JobsView
from aftersales_desktop.services import jobs
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.services.jobs import EventKind
from tests.gui.keyboard import type_text


@pytest.fixture
def job_id(outlet):
    return jobs.create_job(outlet.clerk, jobs.JobDraft(
        Channel.HOTLINE, FaultCategory.PRINT_QUALITY, Priority.HIGH, "打印有条纹",
        new_customer=CustomerDraft("王芳", "13812345678", "上海某某科技有限公司",
                                   "上海市浦东新区张江路1号"),
        product_id=outlet.product_id)).id


def make_view(qtbot, ctx, job_id):
    view = JobsView(ctx)
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.show()
    view.open_job(job_id)
    assert view.detail.detail.id == job_id
    return view


def press(qtbot, view, action, dialog_class):
    """Click an action button of the detail panel and return the dialog it opened."""
    button = view.detail.buttons[action]
    assert button.isEnabled(), action
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = view.current_dialog
    assert isinstance(dialog, dialog_class) and dialog.isVisible()
    return dialog


def ok(qtbot, view, dialog, message=None):
    """Click OK and expect the dialog to close with ``message`` in the status bar."""
    with qtbot.waitSignal(view.status_message) as shown:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    if message is not None:
        assert shown.args == [message]


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)


def tomorrow_at(dialog: ScheduleVisitDialog, start: int, end: int) -> None:
    dialog.date.setDate(QDate.currentDate().addDays(1))
    dialog.start_time.setTime(QTime(start, 0))
    dialog.end_time.setTime(QTime(end, 0))


def test_assign_schedule_repair_close_with_the_real_dialogs(qtbot, outlet, job_id):
    view = make_view(qtbot, outlet.manager, job_id)
    number = view.detail.detail.number
    assert not view.detail.buttons["close"].isEnabled()

    assign = press(qtbot, view, "assign", AssignDialog)
    choose(assign.technician, outlet.technician_id)
    type_text(qtbot, assign.note, "熟悉HP机型")
    ok(qtbot, view, assign, f"Job {number} assigned to 王师傅")
    assert view.detail.detail.status == JobStatus.ASSIGNED
    assert view.model.job_at(view.model.row_of(job_id)).technician == "王师傅"

    schedule = press(qtbot, view, "schedule", ScheduleVisitDialog)
    assert schedule.address.text() == "上海市浦东新区张江路1号"
    assert schedule.technician.currentData() == outlet.technician_id
    tomorrow_at(schedule, 14, 16)
    type_text(qtbot, schedule.tools, "吸尘器")
    type_text(qtbot, schedule.parts_to_bring, "CF283A x1")
    ok(qtbot, view, schedule)
    detail = view.detail.detail
    assert detail.status == JobStatus.SCHEDULED
    assert len(detail.visits) == 1 and detail.visits[0].starts_at.astimezone().hour == 14
    assert view.detail.visits.topLevelItemCount() == 1

    repair = press(qtbot, view, "repair", RecordRepairDialog)
    assert repair.visit.currentData() == detail.visits[0].id
    repair.fault_confirmed.setChecked(True)
    type_text(qtbot, repair.diagnosis, "鼓芯划伤")
    type_text(qtbot, repair.work_done, "更换硒鼓，清洁定影组件")
    qtbot.mouseClick(repair.add_part_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, repair.parts.cellWidget(0, 0).lineEdit(), "CF283A")
    repair.parts.cellWidget(0, 1).setValue(2)
    repair.labour_minutes.setValue(45)
    type_text(qtbot, repair.test_performed, "打印20页测试页")
    repair.test_passed.setChecked(True)
    choose(repair.outcome, RepairOutcome.FIXED)
    ok(qtbot, view, repair, f"Repair recorded for job {number}: Fixed")
    detail = view.detail.detail
    assert detail.status == JobStatus.RESOLVED
    assert detail.visits[0].status == VisitStatus.DONE
    (record,) = detail.repairs
    assert (record.labour_minutes, record.fault_confirmed, record.test_passed) == (45, True, True)
    assert [(p.product, p.quantity) for p in record.parts] == [("HP CF283A", 2)]
    assert view.detail.buttons["close"].isEnabled() and view.detail.buttons["reopen"].isEnabled()

    close = press(qtbot, view, "close", CloseJobDialog)
    choose(close.satisfaction, 5)
    type_text(qtbot, close.note, "客户很满意")
    ok(qtbot, view, close, f"Job {number} closed")

    final = jobs.get_job(outlet.manager, job_id)
    assert final.status == JobStatus.CLOSED and final.satisfaction == 5
    assert [e.kind for e in final.events] == [EventKind.CREATED, EventKind.ASSIGNED,
                                              EventKind.VISIT_SCHEDULED, EventKind.REPAIR_RECORDED,
                                              EventKind.CLOSED]
    assert [e.to_status for e in final.events][1:] == [JobStatus.ASSIGNED, JobStatus.SCHEDULED,
                                                       JobStatus.RESOLVED, JobStatus.CLOSED]
    # What the user sees: the timeline lists every step, the list line says Closed, only notes remain.
    assert view.detail.timeline.topLevelItemCount() == 5
    assert view.detail.timeline.topLevelItem(4).text(2).startswith("Closed after follow-up")
    assert view.model.job_at(view.model.row_of(job_id)).status == JobStatus.CLOSED
    enabled = {key for key, button in view.detail.buttons.items() if button.isEnabled()}
    assert enabled == {"note", "sign"}  # the customer can still sign the slip of the repair


def test_a_visit_in_the_past_is_refused_next_to_the_date(qtbot, outlet, job_id):
    jobs.assign_job(outlet.manager, job_id, outlet.technician_id)
    view = make_view(qtbot, outlet.manager, job_id)
    schedule = press(qtbot, view, "schedule", ScheduleVisitDialog)
    schedule.date.setDate(QDate.currentDate().addDays(-1))
    qtbot.mouseClick(schedule.ok_button, Qt.MouseButton.LeftButton)

    assert schedule.isVisible()
    assert schedule.errors.text("starts_at") == "The visit cannot start in the past."
    date_error = schedule.findChild(type(schedule.form_error), "error_starts_at")
    # The message sits right under the date field.
    assert date_error.parentWidget() is schedule.date.parentWidget()
    assert jobs.get_job(outlet.manager, job_id).visits == ()

    tomorrow_at(schedule, 16, 15)
    qtbot.mouseClick(schedule.ok_button, Qt.MouseButton.LeftButton)
    assert schedule.errors.text("starts_at") == ""
    assert schedule.errors.text("ends_at") == "The visit must end after it starts."
    schedule.reject()


def test_an_incomplete_repair_keeps_the_dialog_open_with_messages(qtbot, outlet, job_id):
    jobs.assign_job(outlet.manager, job_id, outlet.technician_id)
    view = make_view(qtbot, outlet.technician, job_id)
    assert not view.detail.buttons["assign"].isEnabled()  # technicians do not route jobs
    repair = press(qtbot, view, "repair", RecordRepairDialog)
    assert repair.technician is None  # a technician records their own repairs
    qtbot.mouseClick(repair.add_part_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, repair.parts.cellWidget(0, 0).lineEdit(), "NOPE-1")
    repair.labour_minutes.setValue(3000)
    qtbot.mouseClick(repair.ok_button, Qt.MouseButton.LeftButton)

    assert repair.isVisible()
    assert repair.errors.text("diagnosis") == "Enter the diagnosis."
    assert repair.errors.text("work_done") == "Describe the work done."
    assert repair.errors.text("test_performed") == "Describe the post-repair test."
    assert repair.errors.text("test_passed") == "A repair marked fixed needs a passed test."
    assert repair.errors.text("labour_minutes").startswith("More than 24 hours")
    assert repair.errors.text("parts") == "Unknown part: choose one from the catalog."
    assert jobs.get_job(outlet.manager, job_id).repairs == ()

    qtbot.mouseClick(repair.remove_part_button, Qt.MouseButton.LeftButton)
    assert repair.parts.rowCount() == 0
    repair.reject()


def test_closing_an_unhappy_customer_needs_a_note(qtbot, outlet, job_id):
    jobs.assign_job(outlet.manager, job_id, outlet.technician_id)
    jobs.record_repair(outlet.technician, job_id, jobs.RepairDraft(
        True, "条纹", "鼓芯划伤", "更换硒鼓", 30, "打印测试页", True, RepairOutcome.FIXED))
    view = make_view(qtbot, outlet.clerk, job_id)
    close = press(qtbot, view, "close", CloseJobDialog)
    qtbot.mouseClick(close.ok_button, Qt.MouseButton.LeftButton)
    assert close.errors.text("satisfaction") == "Rate the customer's satisfaction from 1 to 5."
    choose(close.satisfaction, 2)
    qtbot.mouseClick(close.ok_button, Qt.MouseButton.LeftButton)
    assert close.errors.text("note").startswith("The customer is not satisfied")
    assert jobs.get_job(outlet.clerk, job_id).status == JobStatus.RESOLVED
    close.reject()


def test_cancel_and_note_dialogs(qtbot, outlet, job_id):
    view = make_view(qtbot, outlet.clerk, job_id)
    note = press(qtbot, view, "note", NoteDialog)
    qtbot.mouseClick(note.ok_button, Qt.MouseButton.LeftButton)
    assert note.errors.text("note") == "The note is empty."
    type_text(qtbot, note.text_edit, "客户下午三点后方便")
    ok(qtbot, view, note)
    assert view.detail.timeline.topLevelItem(1).text(3) == "客户下午三点后方便"

    cancel = press(qtbot, view, "cancel", CancelJobDialog)
    type_text(qtbot, cancel.text_edit, "客户自行更换")
    ok(qtbot, view, cancel)
    assert jobs.get_job(outlet.clerk, job_id).status == JobStatus.CANCELLED
    assert not view.detail.buttons["cancel"].isEnabled()


def test_escape_cancels_a_dialog_without_saving(qtbot, outlet, job_id):
    view = make_view(qtbot, outlet.manager, job_id)
    assign = press(qtbot, view, "assign", AssignDialog)
    choose(assign.technician, outlet.technician_id)
    qtbot.keyClick(assign, Qt.Key.Key_Escape)
    assert not assign.isVisible()
    assert jobs.get_job(outlet.manager, job_id).status == JobStatus.NEW


def test_the_repair_dialog_shows_what_the_technician_holds_and_using_it_draws_it_down(qtbot, outlet, job_id):
    from aftersales_desktop.domain.enums import Role
    from aftersales_desktop.services import requisitions, staff, stock
    from aftersales_desktop.services.outlet import AccountDraft, log_in

    staff.create_staff(outlet.manager, AccountDraft("store", "赵库管", "secret1", Role.STOREKEEPER))
    keeper = outlet.as_user(log_in(outlet.db, "store", "secret1"))
    stock.receive(keeper, outlet.product_id, 5, location="A-01", batch="L1", unit_cost_fen=100)
    stock.issue(keeper, outlet.product_id, 2, location="A-01", batch="L1", to_technician=outlet.technician_id)
    jobs.assign_job(outlet.clerk, job_id, outlet.technician_id)

    view = make_view(qtbot, outlet.technician, job_id)
    dialog = press(qtbot, view, "repair", RecordRepairDialog)
    assert "HP CF283A" in dialog.held_label.text() and "2, 2 after this repair" in dialog.held_label.text()
    dialog.add_part(outlet.product_id, 3)
    assert "2, -1 after this repair" in dialog.held_label.text()
    assert "More than held: HP CF283A" in dialog.held_label.text()
    dialog.parts.cellWidget(0, 1).setValue(1)
    assert "2, 1 after this repair" in dialog.held_label.text() and "More than held" not in dialog.held_label.text()
    dialog.fault_confirmed.setChecked(True)
    dialog.diagnosis.setPlainText("硒鼓老化")
    dialog.work_done.setPlainText("更换硒鼓")
    dialog.labour_minutes.setValue(30)
    dialog.test_performed.setText("打印 10 页")
    dialog.test_passed.setChecked(True)
    dialog.sign_now.setChecked(False)
    ok(qtbot, view, dialog)
    held = {p.product_id: p.held for p in requisitions.technician_stock(outlet.technician)}
    assert held == {outlet.product_id: 1}
