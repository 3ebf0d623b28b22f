"""Signing and printing a repair slip with the real dialogs: draw, confirm, print, save, verify, correct."""

from __future__ import annotations

import sqlite3
import subprocess

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority, RepairOutcome
from aftersales_desktop.domain.slips import SlipFormat, qr_payload
from aftersales_desktop.gui.sign_slip_dialog import SignSlipDialog
from aftersales_desktop.gui.slip_dialog import SlipDialog
from aftersales_desktop.services import jobs, slips
from aftersales_desktop.services.customers import CustomerDraft
from tests.gui.keyboard import type_text
from tests.gui.test_repair_flow import make_view, press
from tests.gui.test_signature_pad import drag, wave


@pytest.fixture
def job_id(outlet):
    """A job whose repair has just been recorded (the customer is still there to sign)."""
    job = jobs.create_job(outlet.clerk, jobs.JobDraft(
        Channel.HOTLINE, FaultCategory.LEAK, Priority.HIGH, "漏粉",
        new_customer=CustomerDraft("欧阳娜娜", "13812345678", address="上海市浦东新区张江高科技园区碧波路690号"),
        product_id=outlet.product_id, serial_number="CN0042", assign_to=outlet.technician_id))
    jobs.record_repair(outlet.technician, job.id, jobs.RepairDraft(
        fault_confirmed=True, symptom="漏粉", diagnosis="密封条老化", work_done="更换密封条",
        labour_minutes=30, test_performed="打印 5 页", test_passed=True, outcome=RepairOutcome.FIXED,
        parts=[jobs.PartLine(outlet.product_id, 1)]))
    return job.id


def sign(qtbot, box) -> None:
    """Draw two strokes on a signer's pad with the mouse."""
    pad = box.signature.pad
    qtbot.waitExposed(pad)
    drag(qtbot, pad, wave(20, pad.width() // 2, pad.height() // 2))
    drag(qtbot, pad, [QPoint(x, pad.height() // 3) for x in range(pad.width() // 2, pad.width() - 20, 15)])


def issue(qtbot, view, dialog: SignSlipDialog) -> SlipDialog:
    """Click "Sign and issue"; the slip dialog opens for printing."""
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.errors
    slip_dialog = view.current_dialog
    assert isinstance(slip_dialog, SlipDialog)
    assert slip_dialog.wait_for_render()
    return slip_dialog


def test_a_technician_draws_both_signatures_and_the_slip_is_stored(qtbot, outlet, job_id, tmp_path, monkeypatch):
    view = make_view(qtbot, outlet.technician, job_id)
    dialog = press(qtbot, view, "sign", SignSlipDialog)
    # Confirming an empty pad is refused next to the pad, and nothing is stored.
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.text("customer").startswith("The signature pad is empty")
    assert slips.slips_for_job(outlet.clerk, job_id) == []
    sign(qtbot, dialog.customer)
    sign(qtbot, dialog.technician)
    dialog.technician.save_box.setChecked(True)
    slip_dialog = issue(qtbot, view, dialog)

    (stored,) = slips.slips_for_job(outlet.clerk, job_id)
    document = slips.get_slip(outlet.clerk, stored.id)
    assert document.content["signatures"]["customer"]["name"] == "欧阳娜娜"
    assert document.signatures["customer"].point_count >= 10 and len(document.signatures["customer"].strokes) == 2
    assert slips.verify_slip(outlet.clerk, stored.number).status == slips.VerifyStatus.VALID
    assert slips.saved_signature(outlet.technician) is not None
    assert "matches the record" in slip_dialog.status_label.text()
    assert "original" in slip_dialog.facts_label.text()
    assert not view.detail.buttons["sign"].isEnabled() and view.detail.buttons["slip"].isEnabled()

    # Save as PDF: the file is the slip, and the next output is marked as a copy.
    target = tmp_path / "slip.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(slip_dialog.save_button, Qt.MouseButton.LeftButton)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "欧阳娜娜" in text and stored.number in text.replace(" ", "")
    assert slip_dialog.document.prints == 1
    assert "COPY 1" in slip_dialog.facts_label.text()
    assert slip_dialog.wait_for_render()


def test_a_changed_byte_in_the_stored_slip_fails_verification_and_blocks_printing(qtbot, outlet, job_id):
    view = make_view(qtbot, outlet.technician, job_id)
    dialog = press(qtbot, view, "sign", SignSlipDialog)
    sign(qtbot, dialog.customer)
    sign(qtbot, dialog.technician)
    issue(qtbot, view, dialog).reject()
    (stored,) = slips.slips_for_job(outlet.clerk, job_id)
    connection = sqlite3.connect(outlet.db.path)
    connection.execute("DROP TRIGGER slips_frozen")
    connection.execute("UPDATE slips SET content = replace(content, '欧阳娜娜', '欧阳拿拿')")
    connection.commit()
    connection.close()
    assert slips.verify_slip(outlet.clerk, stored.number).status == slips.VerifyStatus.TAMPERED
    tampered = SlipDialog(outlet.clerk, stored.id)
    qtbot.addWidget(tampered)
    assert "altered" in tampered.status_label.text()
    assert not tampered.print_button.isEnabled() and not tampered.save_button.isEnabled()


def test_a_customer_who_cannot_draw_types_the_name_and_the_technician_uses_the_saved_signature(
        qtbot, outlet, job_id):
    from tests.services.test_slips import drawn

    slips.save_signature_specimen(outlet.technician, drawn("王师傅").strokes)
    view = make_view(qtbot, outlet.technician, job_id)
    dialog = press(qtbot, view, "sign", SignSlipDialog)
    assert dialog.technician.uses_saved()
    dialog.customer.typed_choice.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("customer_confirmed").startswith("Tick the confirmation")
    dialog.customer.confirmed.setChecked(True)
    issue(qtbot, view, dialog)
    (stored,) = slips.slips_for_job(outlet.clerk, job_id)
    content = slips.get_slip(outlet.clerk, stored.id).content
    assert content["signatures"]["customer"]["method"] == "typed"
    assert content["signatures"]["technician"]["name"] == "王师傅"


def _printer_answering(path) -> callable:
    def exec_(dialog) -> int:
        printer: QPrinter = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return QDialog.DialogCode.Accepted
    return exec_


def _width_pt(path) -> float:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return float(next(line for line in info.splitlines() if line.startswith("Page size:")).split()[2])


@pytest.mark.qt_log_ignore("QPainter::begin")  # Qt's own note that the vanished printer refused
def test_printing_on_a_roll_counts_and_a_printer_that_went_away_does_not(qtbot, outlet, job_id, tmp_path,
                                                                         monkeypatch, boxes):
    from tests.services.test_slips import drawn

    repair_id = jobs.get_job(outlet.clerk, job_id).repairs[0].id
    summary = slips.issue_slip(outlet.technician, repair_id, drawn(), drawn("王师傅"))
    dialog = SlipDialog(outlet.clerk, summary.id)
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(SlipFormat.ROLL_80.value))
    assert dialog.wait_for_render()
    gone = tmp_path / "unplugged" / "printer.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", _printer_answering(gone))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert boxes and boxes[-1][0] == "warning" and "could not be written" in boxes[-1][1]
    assert slips.get_slip(outlet.clerk, summary.id).prints == 0 and not gone.exists()

    printed = tmp_path / "thermal.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", _printer_answering(printed))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert abs(_width_pt(printed) - 226.77) < 1.0
    assert slips.get_slip(outlet.clerk, summary.id).prints == 1
    assert "COPY 1" in dialog.facts_label.text()


def test_a_scanned_qr_code_in_the_search_box_verifies_the_slip(qtbot, outlet, job_id, boxes):
    from tests.services.test_slips import drawn

    repair_id = jobs.get_job(outlet.clerk, job_id).repairs[0].id
    summary = slips.issue_slip(outlet.technician, repair_id, drawn(), drawn("王师傅"))
    view = make_view(qtbot, outlet.clerk, job_id)
    view.open_job(job_id)
    type_text(qtbot, view.search_edit, qr_payload(summary.number, 1, summary.content_hash))
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.last_verification.status == slips.VerifyStatus.VALID
    assert boxes[-1][0] == "information" and "matches the record" in boxes[-1][1]
    type_text(qtbot, view.search_edit, qr_payload(summary.number, 1, "f" * 64))
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.last_verification.status == slips.VerifyStatus.MISMATCH
    assert boxes[-1][0] == "warning" and "does NOT match" in boxes[-1][1]


def test_a_correction_from_the_slip_dialog_issues_revision_two(qtbot, outlet, job_id):
    from tests.services.test_slips import drawn

    repair_id = jobs.get_job(outlet.clerk, job_id).repairs[0].id
    slips.issue_slip(outlet.technician, repair_id, drawn(), drawn("王师傅"))
    view = make_view(qtbot, outlet.technician, job_id)
    slip_dialog = press(qtbot, view, "slip", SlipDialog)
    qtbot.mouseClick(slip_dialog.correct_button, Qt.MouseButton.LeftButton)
    dialog = view.current_dialog
    assert isinstance(dialog, SignSlipDialog) and dialog.correcting is not None
    type_text(qtbot, dialog.reason, "序列号抄错")
    dialog.fields["serial"].setText("CN0043")
    sign(qtbot, dialog.customer)
    sign(qtbot, dialog.technician)
    issue(qtbot, view, dialog)
    revisions = slips.slips_for_job(outlet.clerk, job_id)
    assert [(s.revision, s.superseded) for s in revisions] == [(1, True), (2, False)]
    assert slips.get_slip(outlet.clerk, revisions[1].id).content["product"]["serial"] == "CN0043"
    assert view.detail.slip_tree.topLevelItemCount() == 2
