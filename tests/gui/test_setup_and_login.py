"""First-run wizard and login dialog, driven like a user would on a real database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from aftersales_desktop.domain.enums import Role
from aftersales_desktop.gui.login_dialog import LoginDialog
from aftersales_desktop.gui.setup_wizard import SetupWizard
from aftersales_desktop.services.outlet import current_outlet, is_set_up


def test_wizard_creates_outlet_after_showing_field_errors(qtbot, db):
    wizard = SetupWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.start_page.new_outlet.isChecked(), "a new outlet is the default choice"
    wizard.next()
    page = wizard.outlet_page
    qtbot.keyClicks(page.code, "1x")
    page.name.setText("上海浦东网点")  # QTest types ASCII only
    wizard.next()
    assert wizard.currentPage() is page
    assert "capital letters" in page.errors.text("code")

    page.code.setText("SH01")
    qtbot.keyClicks(page.phone, "021-58881234")
    wizard.next()
    assert wizard.currentPage() is wizard.manager_page
    assert page.errors.text("code") == ""

    manager = wizard.manager_page
    qtbot.keyClicks(manager.username, "admin")
    manager.display_name.setText("李经理")
    qtbot.keyClicks(manager.password, "secret1")
    qtbot.keyClicks(manager.password_confirm, "secret2")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible()
    assert manager.errors.text("password_confirm") == "The two passwords differ."
    assert not is_set_up(db)

    manager.password_confirm.setText("secret1")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.user is not None and wizard.user.role == Role.MANAGER
    assert current_outlet(db).code == "SH01"
    assert current_outlet(db).name == "上海浦东网点"


def test_wizard_short_password_shows_under_password(qtbot, db):
    wizard = SetupWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.start_page.new_outlet.isChecked(), "a new outlet is the default choice"
    wizard.next()
    wizard.outlet_page.code.setText("BJ02")
    wizard.outlet_page.name.setText("北京网点")
    wizard.next()
    manager = wizard.manager_page
    manager.username.setText("boss")
    manager.display_name.setText("王总")
    manager.password.setText("abc")
    manager.password_confirm.setText("abc")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "at least 6" in manager.errors.text("password")
    assert not is_set_up(db)


def test_login_wrong_password_then_right_one(qtbot, outlet):
    dialog = LoginDialog(outlet.db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "wrong-one")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.text("password") == "Wrong user name or password."
    assert dialog.user is None

    dialog.password.setText("secret1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.username == "admin"


def test_login_escape_cancels(qtbot, outlet):
    dialog = LoginDialog(outlet.db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.user is None
