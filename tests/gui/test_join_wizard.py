"""First start of a technician's laptop: the wizard joins it to an existing outlet on a real share."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QWizard

from aftersales_desktop.gui import setup_wizard
from aftersales_desktop.gui.setup_wizard import RECEIVE, WAIT, SetupWizard
from aftersales_desktop.services import passwords
from aftersales_desktop.services.outlet import is_set_up, log_in
from aftersales_desktop.storage.database import open_database
from aftersales_desktop.sync import membership
from tests.sync.sites import copy_world, world_env


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    monkeypatch.setattr(passwords, "_N", 2**4)


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    yield made
    made.close()


@pytest.fixture
def laptop_db(tmp_path):
    db = open_database(tmp_path / "laptop")
    yield db
    db.dispose()


def _fill_join_page(qtbot, wizard, world, code="SH01"):
    wizard.start_page.join_outlet.setChecked(True)
    wizard.next()
    page = wizard.join_page
    assert wizard.currentPage() is page
    page.folder.setText(str(world.share))
    page.code.clear()
    qtbot.keyClicks(page.code, code)
    page.device.setText("李伟的笔记本")
    return page


def test_a_laptop_joins_its_outlet_through_the_wizard_and_logs_in_with_its_own_account(qtbot, world, laptop_db,
                                                                                     monkeypatch):
    monkeypatch.setattr(setup_wizard, "APPROVAL_POLL_MS", 100)
    wizard = SetupWizard(laptop_db)
    qtbot.addWidget(wizard)
    wizard.show()
    page = _fill_join_page(qtbot, wizard, world, code="")
    wizard.next()
    assert wizard.currentPage() is page, "no outlet code: stays with the message under the field"
    assert "SH01" in page.errors.text("code")
    qtbot.keyClicks(page.code, "sh01")
    wizard.next()
    assert wizard.currentId() == WAIT
    wait = wizard.wait_page
    qtbot.waitUntil(lambda: "Not approved yet" in wait.status.text(), timeout=10_000)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wait.fingerprint.text() == membership.own_fingerprint(laptop_db)

    request, = membership.pending_requests(world.hq.db)
    assert request.outlet_code == "SH01" and request.name == "SH01 李伟的笔记本"
    membership.approve(world.hq.db, request.site_id)
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).isEnabled(), timeout=10_000)
    wizard.next()
    assert wizard.currentId() == RECEIVE
    qtbot.waitUntil(lambda: wizard.receive_page.ready, timeout=60_000)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "Log in" and finish.isEnabled()
    finish.click()
    assert wizard.result() == QDialog.DialogCode.Accepted and wizard.joined and wizard.user is None
    assert is_set_up(laptop_db)
    assert log_in(laptop_db, "tSH01", "secret1").outlet_id == world.outlets[0].outlet_id


def test_a_restarted_laptop_goes_on_waiting_for_the_approval(qtbot, world, laptop_db):
    first = SetupWizard(laptop_db)
    qtbot.addWidget(first)
    first.show()
    _fill_join_page(qtbot, first, world)
    first.next()
    assert first.currentId() == WAIT
    first.reject()

    again = SetupWizard(laptop_db)
    qtbot.addWidget(again)
    again.show()
    assert again.currentId() == WAIT
    qtbot.waitUntil(lambda: "Not approved yet" in again.wait_page.status.text(), timeout=10_000)
    assert "SH01" in again.wait_page.outlet.text()
    assert len(membership.pending_requests(world.hq.db)) == 1, "one request, not one per start"


def test_an_unreachable_share_is_told_under_the_folder(qtbot, laptop_db, tmp_path):
    wizard = SetupWizard(laptop_db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.start_page.join_outlet.setChecked(True)
    wizard.next()
    page = wizard.join_page
    page.folder.setText(str(tmp_path / "nowhere"))
    page.code.setText("SH01")
    wizard.next()
    assert wizard.currentPage() is page
    assert "not reachable" in page.errors.text("folder")
    assert membership.join_progress(laptop_db) is None


def test_a_new_outlet_still_starts_with_its_details(qtbot, laptop_db):
    wizard = SetupWizard(laptop_db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.outlet_page
