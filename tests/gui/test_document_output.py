"""The print / preview / save dialog offered for A4 documents, driven as a user would."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog

from aftersales_desktop import i18n
from aftersales_desktop.gui.document_output import DocumentOutputDialog, offer_document
from aftersales_desktop.slips.documents import Column, TableDocument, render_document
from tests.gui.test_slip_printing import chosen_printer

NAME = "SH01-Q202611-0003.pdf"
TITLE = "备件申领单 SH01-Q202611-0003"


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path):
    """The last PDF folder and printer are remembered in the test's folder, not the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture(scope="module")
def requisition_pdf() -> bytes:
    doc = TableDocument(title="备件申领单", number="SH01-Q202611-0003", organisation="上海浦东服务网点",
                        fields=[("申领人", "王师傅"), ("日期", "2026-11-27")],
                        columns=[Column("备件", 3), Column("数量", 1, "right")],
                        rows=[[f"HP CF{283 + i}A 硒鼓", str(i + 1)] for i in range(40)],
                        signatures=["申领人", "审核", "库管"], footer="打印于 2026-11-27 14:03")
    return render_document(doc).pdf


def press_ctrl(qtbot, dialog: DocumentOutputDialog, key: Qt.Key) -> None:
    """Show ``dialog`` as the active window and press Ctrl+``key`` in it (shortcuts need an active window)."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog.focusWidget() or dialog, key, Qt.KeyboardModifier.ControlModifier)


def pages_of(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_offer_document_saves_the_pdf_where_the_user_chooses(tmp_path, monkeypatch, requisition_pdf, boxes):
    target = tmp_path / "out" / "申领单"
    target.parent.mkdir()
    offered: dict = {}

    def choose_file(_parent, _caption, start, _filter):
        offered["start"] = start
        return str(target), ""

    def user_saves_then_closes(dialog):
        offered["title"] = dialog.windowTitle()
        dialog.save_button.click()
        offered["status"] = dialog.status_label.text()
        dialog.close_button.click()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose_file)
    monkeypatch.setattr(DocumentOutputDialog, "exec", user_saves_then_closes)
    offer_document(None, requisition_pdf, NAME, TITLE)
    saved = target.with_suffix(".pdf")
    assert saved.read_bytes() == requisition_pdf
    assert offered["start"].endswith(NAME) and offered["title"] == TITLE
    assert offered["status"] == f"Saved as {saved}."
    assert boxes == []


def test_buttons_speak_the_interface_language(qtbot, requisition_pdf):
    i18n.set_language("zh_CN")
    dialog = DocumentOutputDialog(None, requisition_pdf, NAME, TITLE)
    qtbot.addWidget(dialog)
    texts = [button.text() for button in (dialog.print_button, dialog.preview_button, dialog.save_button,
                                          dialog.close_button)]
    assert texts == ["打印…", "打印预览…", "另存为 PDF…", "关闭"]
    assert dialog.print_button.isDefault()


def test_ctrl_p_prints_every_page_on_a4(qtbot, tmp_path, monkeypatch, requisition_pdf, boxes):
    out = tmp_path / "printed.pdf"
    seen: dict = {}
    monkeypatch.setattr(QPrintDialog, "exec", chosen_printer(out, seen=seen))
    dialog = DocumentOutputDialog(None, requisition_pdf, NAME, TITLE)
    qtbot.addWidget(dialog)
    press_ctrl(qtbot, dialog, Qt.Key.Key_P)
    assert out.exists(), "Ctrl+P did not print"
    assert seen["paper"].width() == pytest.approx(210)
    assert pages_of(out) == 2
    assert dialog.status_label.text() == "Sent to the printer."
    assert boxes == []


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_failed_print_is_explained_and_nothing_claims_success(qtbot, tmp_path, monkeypatch, requisition_pdf,
                                                                  boxes):
    monkeypatch.setattr(QPrintDialog, "exec", chosen_printer(tmp_path / "gone" / "out.pdf"))
    dialog = DocumentOutputDialog(None, requisition_pdf, NAME, TITLE)
    qtbot.addWidget(dialog)
    before = dialog.status_label.text()
    dialog.print_button.click()
    assert [kind for kind, _text in boxes] == ["warning"]
    assert "could not be written" in boxes[0][1]
    assert dialog.status_label.text() == before


def test_ctrl_s_saves(qtbot, tmp_path, monkeypatch, requisition_pdf):
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    dialog = DocumentOutputDialog(None, requisition_pdf, NAME, TITLE)
    qtbot.addWidget(dialog)
    press_ctrl(qtbot, dialog, Qt.Key.Key_S)
    assert target.read_bytes() == requisition_pdf
