"""The Sync page, the status-bar indicator and the sync worker, between real installations and a real folder share."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority, ProductType, Role
from aftersales_desktop.gui.main_window import MainWindow
from aftersales_desktop.gui.sync_view import SyncView
from aftersales_desktop.gui.sync_worker import SyncRunner
from aftersales_desktop.services import catalog, customers, jobs, passwords, staff
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.services.outlet import AccountDraft, OutletDraft, log_in, set_up_outlet
from aftersales_desktop.storage.database import open_database
from aftersales_desktop.sync import membership
from aftersales_desktop.sync.engine import SyncEngine
from aftersales_desktop.sync.state import interval_minutes

CYCLE_TIMEOUT_MS = 30_000


class Installation:
    """One site's data folder, set up as an outlet with a manager and a product (HQ is the outlet 'HQ')."""

    def __init__(self, folder, code: str) -> None:
        self.folder = folder
        self.db = open_database(folder)
        manager = set_up_outlet(self.db, OutletDraft(code, f"{code} 网点"),
                                AccountDraft(f"m{code}", "经理", "secret1"))
        self.ctx = AppContext(self.db, manager)
        self.product_id = catalog.create_product(self.ctx, catalog.ProductDraft(
            ProductType.TONER, "HP", f"CF{code}", "硒鼓", "", "100.00")).id

    def job(self, name: str) -> str:
        return jobs.create_job(self.ctx, jobs.JobDraft(
            Channel.HOTLINE, FaultCategory.LEAK, Priority.HIGH, "漏粉",
            new_customer=CustomerDraft(name, "13812345678"), product_id=self.product_id)).id

    def sync(self) -> None:
        SyncEngine(self.db, self.folder).run_cycle()

    def as_user(self, user) -> "Installation":
        """The same site with another user logged in."""
        other = object.__new__(Installation)
        other.__dict__.update(self.__dict__, ctx=AppContext(self.db, user))
        return other


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Site keys in the test's folder (no OS keyring), window geometry in the test's settings, cheap scrypt."""
    monkeypatch.setattr(passwords, "_N", 2**4)
    monkeypatch.setenv("AFTERSALES_KEY_DIR", str(tmp_path / "keys"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture
def sites(tmp_path):
    """Head office and outlet SH01, not yet in any share, and an empty folder for one."""
    share = tmp_path / "share"
    share.mkdir()
    hq = Installation(tmp_path / "hq", "HQ")
    sh = Installation(tmp_path / "SH01", "SH01")
    yield share, hq, sh
    hq.db.dispose()
    sh.db.dispose()


@pytest.fixture
def joined(sites):
    """The same sites after HQ set the share up and approved SH01 (through the sync layer)."""
    share, hq, sh = sites
    membership.initialise_share(hq.db, share)
    membership.join_share(sh.db, share)
    membership.approve(hq.db, sh.db.site_id)
    return sites


def sync_page(qtbot, site: Installation) -> SyncView:
    runner = SyncRunner(site.db)
    view = SyncView(site.ctx, runner)
    runner.setParent(view)
    qtbot.addWidget(view)
    view.show()
    assert runner.wait()
    return view


def sync_now(qtbot, view: SyncView) -> object:
    """Press Sync now and wait for the cycle; its report."""
    with qtbot.waitSignal(view.runner.finished, timeout=CYCLE_TIMEOUT_MS) as blocker:
        view.sync_button.click()
    assert view.runner.wait()
    return blocker.args[0]


def test_set_up_join_approve_and_sync_through_the_pages(qtbot, sites, monkeypatch, boxes):
    share, hq, sh = sites
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(share))
    hq_page, sh_page = sync_page(qtbot, hq), sync_page(qtbot, sh)
    assert hq_page.status_label.text() == "Not joined to a share"
    assert not hq_page.sync_button.isEnabled()
    assert not hq_page.share_tab.unjoined.isHidden() and hq_page.share_tab.joined.isHidden()

    hq_page.share_tab.set_up_button.click()
    assert hq_page.runner.wait()
    assert hq_page.membership.is_hq and hq_page.share_tab.share_path.text() == str(share)
    assert hq_page.share_tab.unjoined.isHidden() and not hq_page.share_tab.joined.isHidden()

    sh_page.share_tab.join_button.click()
    assert sh_page.runner.wait()
    assert sh_page.membership is not None and not sh_page.membership.is_hq
    fingerprint = sh_page.share_tab.fingerprint.text()
    assert len(fingerprint) == 19 and not sh_page.share_tab.fingerprint_hint.isHidden()
    assert sh_page.share_tab.approval.text() == "Waiting for head office to approve this installation."

    hq_page.refresh()
    assert hq_page.runner.wait()
    requests = hq_page.sites_tab.requests
    assert requests.rowCount() == 1
    assert requests.item(0, 0).text() == "SH01 网点" and requests.item(0, 1).text() == fingerprint
    requests.selectRow(0)
    hq_page.sites_tab.approve_button.click()
    assert hq_page.runner.wait()
    assert hq_page.sites_tab.requests.rowCount() == 0
    assert [(group, cells[0]) for group, cells in hq_page.sites_tab.site_model.site_rows()] == [
        ("HQ 网点", "HQ 网点 (this computer)"), ("SH01", "网点")]  # SH01's outlet row comes with its first bundle

    job_id = sh.job("王芳")
    assert sync_now(qtbot, sh_page).published > 0
    assert sync_now(qtbot, hq_page).applied > 0
    assert jobs.get_job(hq.ctx, job_id).customer_name == "王芳"
    for page in (sh_page, hq_page):
        assert page.status_label.text().startswith("Synced just now")
        assert page.log_tab.table.item(0, 2).text().startswith("Sync finished")
    sh_page.refresh()
    assert sh_page.runner.wait()
    assert sh_page.share_tab.approval.text() == "Approved by head office."
    assert boxes == []


def test_an_unreachable_share_is_a_quiet_offline_status(qtbot, joined, tmp_path, boxes):
    share, _hq, sh = joined
    sh.job("王芳")
    share.rename(tmp_path / "unplugged")
    page = sync_page(qtbot, sh)
    with qtbot.waitSignal(page.runner.failed, timeout=CYCLE_TIMEOUT_MS) as blocker:
        page.sync_button.click()
    assert page.runner.wait()
    assert blocker.args[0] == "unreachable"
    assert page.status_label.text().startswith("Offline: share not reachable · ")
    assert "changes waiting" in page.status_label.text()
    assert "cannot be reached" in page.sites_tab.message.text()
    assert boxes == []


def test_a_conflict_shows_and_restoring_the_lost_value_resolves_it(qtbot, joined):
    _share, hq, sh = joined
    job_id = sh.job("王芳")
    sh.sync()
    hq.sync()
    customer_id = jobs.get_job(hq.ctx, job_id).customer_id
    customers.update_customer(hq.ctx, customer_id, CustomerDraft("王芳", "13900000001"))
    customers.update_customer(sh.ctx, customer_id, CustomerDraft("王芳", "13900000002"))
    hq.sync()
    page = sync_page(qtbot, sh)
    sync_now(qtbot, page)
    tab = page.conflicts_tab
    assert tab.table.rowCount() == 1
    assert [tab.table.item(0, c).text() for c in (0, 1, 2, 4)] == [
        "Customer · 王芳", "Phone", "13900000002", "13900000001"]
    assert page.tabs.tabText(1) == "Conflicts (1)"
    tab.select(0)
    tab.note.setText("客户确认新号码")
    tab.restore_button.click()
    assert tab.table.rowCount() == 0 and not tab.empty.isHidden()
    assert page.tabs.tabText(1) == "Conflicts"
    assert customers.get_customer(sh.ctx, customer_id).phone == "13900000001"


def test_f5_runs_a_cycle_and_the_status_bar_follows(qtbot, joined):
    _share, _hq, sh = joined
    sh.job("王芳")
    window = MainWindow(sh.ctx)
    window.sync_runner.stop()  # no automatic first cycle in the middle of the test
    qtbot.addWidget(window)
    window.show()
    assert window.sync_runner.wait()
    assert "sync" in window.page_keys()
    waiting = SyncEngine(sh.db, sh.folder).waiting()
    assert window.sync_indicator.text() == f"Not synced yet · {waiting} changes waiting"
    assert window.sync_action.shortcut() == QKeySequence(Qt.Key.Key_F5)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.sync_runner.finished, timeout=CYCLE_TIMEOUT_MS):
        qtbot.keyClick(window.navigation, Qt.Key.Key_F5)
    assert window.sync_runner.wait()
    assert window.sync_indicator.text() == "Synced just now"
    window.sync_indicator.click()
    assert window.current_page_key() == "sync"


def test_requests_while_a_cycle_runs_make_one_more_cycle_never_two_at_once(qtbot, joined):
    _share, _hq, sh = joined
    for index in range(3):
        sh.job(f"客户{index}")
    runner = SyncRunner(sh.db)
    events: list[str] = []
    runner.started.connect(lambda: events.append("started"))
    runner.finished.connect(lambda _report: events.append("finished"))
    assert runner.sync_now() and runner.sync_now() and runner.sync_now()
    qtbot.waitUntil(lambda: events.count("finished") == 2, timeout=CYCLE_TIMEOUT_MS)
    assert runner.wait()
    assert events == ["started", "finished", "started", "finished"]


def test_an_installation_not_in_a_share_does_nothing_quietly(qtbot, sites, boxes):
    _share, _hq, sh = sites
    window = MainWindow(sh.ctx)
    window.sync_runner.stop()
    qtbot.addWidget(window)
    assert window.sync_runner.wait()
    with qtbot.assertNotEmitted(window.sync_runner.started):
        window.sync_action.trigger()
    assert window.statusBar().currentMessage() == "This installation has not joined a share yet."
    assert window.sync_indicator.text() == "Not joined to a share"
    assert boxes == []


def test_head_office_revokes_a_site_after_confirming(qtbot, joined, boxes):
    _share, hq, _sh = joined
    page = sync_page(qtbot, hq)
    page.sites_tab.select_site(_sh.db.site_id)
    page.sites_tab.revoke_button.click()
    assert page.runner.wait()
    assert boxes[0][0] == "question" and "SH01 网点" in boxes[0][1]
    rows = dict((cells[0], cells) for _group, cells in page.sites_tab.site_model.site_rows())
    assert rows["网点"][5] == "Revoked"


def test_the_interval_is_kept_and_the_timer_follows(qtbot, joined):
    _share, _hq, sh = joined
    page = sync_page(qtbot, sh)
    assert page.share_tab.interval.value() == 5
    page.share_tab.interval.setValue(15)
    assert interval_minutes(sh.db) == 15
    assert page.runner.timer.isActive() and page.runner.timer.interval() == 15 * 60_000


def test_an_hq_analyst_looks_but_changes_nothing(qtbot, sites):
    _share, hq, _sh = sites
    staff.create_staff(hq.ctx, AccountDraft("analyst", "数据分析员", "secret1", Role.HQ_ANALYST))
    page = sync_page(qtbot, hq.as_user(log_in(hq.db, "analyst", "secret1")))
    assert not page.share_tab.set_up_button.isEnabled() and not page.share_tab.join_button.isEnabled()
    assert not page.conflicts_tab.may_resolve and not page.conflicts_tab.keep_button.isEnabled()


def test_jobs_another_site_sent_appear_in_the_job_list(qtbot, joined):
    _share, hq, sh = joined
    job_id = sh.job("王芳")
    sh.sync()
    window = MainWindow(hq.ctx)
    window.sync_runner.stop()
    qtbot.addWidget(window)
    assert window.sync_runner.wait()
    assert window.jobs_view.model.row_of(job_id) is None
    with qtbot.waitSignal(window.sync_runner.finished, timeout=CYCLE_TIMEOUT_MS):
        window.sync_now()
    assert window.sync_runner.wait()
    assert window.jobs_view.model.row_of(job_id) is not None


def test_the_problems_tab_lists_a_change_another_outlet_may_not_make(qtbot, joined):
    """SH01's tampered database sends a change to HQ's manager account: HQ shows it refused."""
    import json

    from sqlalchemy import select as select_rows

    from aftersales_desktop.storage.models import User

    _share, hq, sh = joined
    sh.sync()
    hq.sync()
    sh.sync()
    with hq.db.reader() as session:
        manager_id = session.scalars(select_rows(User.id).where(User.username == "mHQ")).one()
    with sh.db.raw_transaction() as connection:
        connection.exec_driver_sql(
            "INSERT INTO outbox (table_name, row_id, op, fields, hlc, origin, actor, bases, published) "
            "VALUES ('users', ?, 'update', ?, ?, ?, '', '{}', 0)",
            (manager_id, json.dumps({"role": "technician"}), sh.db.clock.now().encode(), sh.db.site_id))
    sh.sync()
    page = sync_page(qtbot, hq)
    assert sync_now(qtbot, page).refused == 1
    tab = page.problems_tab
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Problems (1)"
    model = tab.model
    assert model.rowCount() == 1
    cells = [model.index(0, column).data() for column in range(model.columnCount())]
    assert cells[1] == "SH01 网点" and cells[2] == "Staff account · mHQ · role"
    assert cells[3] == "The record belongs to another outlet."
    assert tab.summary.text().startswith("Refused changes: 1 · from sites: 1.")
    assert not tab.streams_empty.isHidden()
    with hq.db.reader() as session:
        assert session.get(User, manager_id).role == Role.MANAGER.value
