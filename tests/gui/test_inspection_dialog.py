"""The receiving inspection form and the quality feedback table, driven like an inspector would."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import select

from aftersales_desktop.domain.quality import Verdict
from aftersales_desktop.gui.inspection_dialog import PHOTO_MAX_PIXELS, InspectionDialog
from aftersales_desktop.gui.quality_feedback import DefectsByBatchView
from aftersales_desktop.services import inspections, slips, suppliers
from aftersales_desktop.storage.models import StockMovement
from tests.gui.keyboard import type_text
from tests.gui.test_signature_pad import drag, wave
from tests.services.test_inspections import accepted_return_case, drawn


@pytest.fixture
def supplier_id(outlet) -> str:
    """广州华彩, whose delivery of 50 units brought batch L7 of the outlet's toner."""
    made = suppliers.create_supplier(outlet.manager, suppliers.SupplierDraft("广州华彩耗材有限公司")).id
    today = outlet.manager.now().astimezone().date()
    suppliers.receive_delivery(outlet.manager, suppliers.DeliveryDraft(
        made, "DN-0301", today - timedelta(days=10), today - timedelta(days=10),
        lines=[suppliers.DeliveryLine(outlet.product_id, 50, "A-01", "L7", 150_00)]))
    return made


@pytest.fixture
def case_id(outlet, supplier_id) -> str:
    return accepted_return_case(outlet.manager, outlet.product_id)


def open_dialog(qtbot, ctx, case_id: str) -> tuple[InspectionDialog, list[str]]:
    """The dialog shown as the active window; its report step records the inspection instead of offering it."""
    dialog = InspectionDialog(ctx, case_id)
    qtbot.addWidget(dialog)
    offered: list[str] = []
    dialog.offer_report = lambda: offered.append(dialog.inspection.id)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog, offered


def ctrl_enter(dialog: QDialog) -> None:
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def sign(qtbot, dialog: InspectionDialog) -> None:
    pad = dialog.signature.pad
    qtbot.waitExposed(pad)
    drag(qtbot, pad, wave(20, pad.width() - 20, pad.height() // 2))


def photo_file(folder, name: str = "漏粉.png", size: tuple[int, int] = (2400, 1800)):
    """A PNG picture larger than what is sent, made with QImage."""
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#b03a2e"))
    path = folder / name
    assert image.save(str(path), "PNG")
    return path


def test_an_inspector_checks_tests_photographs_signs_and_saves_with_ctrl_enter(
        qtbot, outlet, case_id, supplier_id, tmp_path, monkeypatch):
    dialog, offered = open_dialog(qtbot, outlet.technician, case_id)
    # The case, the batch and the batch's supplier are there already; no verdict is preselected.
    assert "欧阳娜娜" in dialog.findChild(type(dialog.form_error), "inspectionSummary").text()
    assert dialog.batch.text() == "L7" and dialog.supplier.currentData() == supplier_id
    assert not any(button.isChecked() for button in dialog.verdicts.values())

    ctrl_enter(dialog)  # nothing filled in: refused next to the fields, nothing saved
    assert dialog.isVisible() and dialog.inspection is None
    assert dialog.errors.text("verdict") == "Choose the verdict of the inspection."
    assert dialog.errors.text("test_result").startswith("Describe the test")
    assert dialog.errors.text("signature") == "The signature pad is empty: please sign before confirming."

    for name in ("packaging_intact", "leaks", "chip_ok"):  # on the box itself, left of the stretched label
        box = dialog.checks[name]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    type_text(qtbot, dialog.test_result, "打印 20 张测试页：左侧有竖条纹")
    qtbot.mouseClick(dialog.verdicts[Verdict.DEFECT_CONFIRMED], Qt.MouseButton.LeftButton)
    picture = photo_file(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(picture)], ""))
    qtbot.mouseClick(dialog.add_photo_button, Qt.MouseButton.LeftButton)
    assert dialog.photo_list.count() == 1
    name, data = dialog.photos[0]
    sent = QImage.fromData(data)
    assert name == "漏粉.jpg" and data.startswith(b"\xff\xd8\xff")
    assert (sent.width(), sent.height()) == (PHOTO_MAX_PIXELS, PHOTO_MAX_PIXELS * 3 // 4)
    sign(qtbot, dialog)

    ctrl_enter(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.errors
    assert dialog.message.startswith("Return SH01-T") and "Defect confirmed" in dialog.message
    saved = inspections.inspection_for_case(outlet.clerk, case_id)
    assert offered == [saved.id]
    assert (saved.packaging_intact, saved.seal_intact, saved.leaks, saved.chip_ok) == (True, False, True, True)
    assert saved.test_result == "打印 20 张测试页：左侧有竖条纹" and saved.supplier_id == supplier_id
    assert saved.inspector_name == "王师傅" and saved.signature_method.value == "drawn"
    (attachment,) = saved.attachments
    assert inspections.attachment_data(outlet.clerk, attachment.id) == data
    with outlet.db.reader() as session:
        assert session.scalars(select(StockMovement.location).where(
            StockMovement.return_case_id == case_id)).all() == ["隔离区"]
    assert [row.inspection for row in inspections.defects_by_batch(outlet.clerk)] == [2]


def test_photos_are_removed_and_a_file_that_is_no_picture_is_refused(qtbot, outlet, case_id, tmp_path,
                                                                     monkeypatch):
    dialog, _ = open_dialog(qtbot, outlet.technician, case_id)
    broken = tmp_path / "note.png"
    broken.write_bytes(b"not a picture")
    chosen = [str(photo_file(tmp_path, "a.png", (300, 200))), str(photo_file(tmp_path, "b.png", (200, 300))),
              str(broken)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: (chosen, ""))
    qtbot.mouseClick(dialog.add_photo_button, Qt.MouseButton.LeftButton)
    assert [name for name, _ in dialog.photos] == ["a.jpg", "b.jpg"]
    assert dialog.errors.text("photos") == "note.png cannot be read as a picture."
    dialog.photo_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_photo_button, Qt.MouseButton.LeftButton)
    assert [name for name, _ in dialog.photos] == ["b.jpg"] and dialog.photo_list.count() == 1


def test_the_saved_signature_is_applied_and_a_refusal_keeps_the_form_open(qtbot, outlet, case_id):
    slips.save_signature_specimen(outlet.technician, drawn().strokes)
    dialog, offered = open_dialog(qtbot, outlet.technician, case_id)
    assert dialog.saved_button.isVisible()
    qtbot.mouseClick(dialog.saved_button, Qt.MouseButton.LeftButton)
    assert not dialog.signature.is_empty()
    type_text(qtbot, dialog.test_result, "printed 5 pages: fine")
    qtbot.mouseClick(dialog.verdicts[Verdict.NOT_CONFIRMED], Qt.MouseButton.LeftButton)
    dialog.received_on.setDate(dialog.received_on.date().addDays(-30))  # before the return was asked for
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("received_on") == "The date received cannot be before the return was requested."
    assert dialog.inspection is None and offered == []
    dialog.received_on.setDate(dialog.received_on.maximumDate())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.inspection is not None and dialog.inspection.verdict == Verdict.NOT_CONFIRMED
    assert offered == [dialog.inspection.id]


def test_a_case_inspected_already_is_refused_at_form_level(qtbot, outlet, case_id):
    from tests.services.test_inspections import draft

    dialog, _ = open_dialog(qtbot, outlet.technician, case_id)
    today = outlet.technician.now().astimezone().date()
    inspections.inspect_return(outlet.technician, case_id, draft(received_on=today, photos=[]))  # at another desk
    type_text(qtbot, dialog.test_result, "ok")
    qtbot.mouseClick(dialog.verdicts[Verdict.NOT_CONFIRMED], Qt.MouseButton.LeftButton)
    sign(qtbot, dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "inspected already" in dialog.form_error.text()


def test_the_feedback_table_highlights_a_bad_batch_and_filters_by_supplier(qtbot, outlet, case_id, supplier_id):
    from tests.services.test_inspections import draft

    other = suppliers.create_supplier(outlet.manager, suppliers.SupplierDraft("深圳彩印科技")).id
    view = DefectsByBatchView(outlet.clerk)
    qtbot.addWidget(view)
    assert view.table.rowCount() == 0 and not view.empty.isHidden()

    today = outlet.technician.now().astimezone().date()
    inspections.inspect_return(outlet.technician, case_id, draft(received_on=today, supplier_id=supplier_id,
                                                                 photos=[]))
    suppliers.record_defect(outlet.manager, other, outlet.product_id, "B2", 1, "goods_in", "DN-9")
    view.refresh()
    texts = [[view.table.item(r, c).text() for c in range(view.table.columnCount())]
             for r in range(view.table.rowCount())]
    assert texts[0] == ["广州华彩耗材有限公司", "HP CF283A (83A 黑色硒鼓)", "L7", "50", "0", "2", "0", "2", "4.0 %"]
    assert texts[1][:3] == ["深圳彩印科技", "HP CF283A (83A 黑色硒鼓)", "B2"] and texts[1][-1] == "100.0 %"
    normal, flagged = view.table.item(0, 8), view.table.item(1, 8)
    assert flagged.background().color().name() == "#fdecea" and flagged.font().bold()
    assert normal.background().style() == Qt.BrushStyle.NoBrush
    view.supplier_filter.setCurrentIndex(view.supplier_filter.findData(other))
    assert view.table.rowCount() == 1 and view.rows[0].batch == "B2"
    view.refresh()  # the chosen supplier stays chosen
    assert view.supplier_filter.currentData() == other and view.table.rowCount() == 1
