"""The Sync page's Sites tab between real installations on a real folder share: outlets and their
devices, when each was last seen, what waits from it, revoking a lost laptop, and re-keying a
computer restored from an old backup."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
import pytest
from sqlalchemy import select

from aftersales_desktop.gui.formatting import local_time
from aftersales_desktop.gui.site_model import SiteColumn
from aftersales_desktop.gui.sync_view import SyncView
from aftersales_desktop.gui.sync_worker import SyncRunner
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.storage.database import open_database
from aftersales_desktop.storage.models import PublishedBundle
from aftersales_desktop.sync import membership
from tests.sync.sites import Installation, copy_world, world_env


@pytest.fixture
def world(tmp_path, monkeypatch):
    made = world_env(monkeypatch, copy_world(tmp_path / "world", synced=True))
    yield made
    made.close()


@pytest.fixture
def laptop(world):
    """李伟的笔记本, a technician's laptop that joined SH01 and was approved (no cycle run yet)."""
    db = open_database(world.root / "laptop")
    membership.join_outlet(db, world.share, "SH01", "李伟的笔记本")
    assert [r.name for r in membership.pending_requests(world.hq.db)] == ["SH01 李伟的笔记本"]
    membership.approve(world.hq.db, db.site_id)
    yield db
    db.dispose()


def sync_page(qtbot, ctx: AppContext) -> SyncView:
    runner = SyncRunner(ctx.db)
    view = SyncView(ctx, runner)
    runner.setParent(view)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    assert runner.wait()
    view.tabs.setCurrentWidget(view.sites_tab)
    return view


def rows_by_device(view: SyncView) -> dict[str, tuple[str, list[str]]]:
    return {cells[0]: (group, cells) for group, cells in view.sites_tab.site_model.site_rows()}


def test_sites_are_grouped_by_outlet_with_last_seen_and_changes_waiting(qtbot, world, laptop):
    hq, (sh, bj) = world.hq, world.outlets
    sh.job("王芳")
    sh.sync()  # SH01 publishes; head office has not applied it yet
    with sh.db.reader() as session:
        published_at = max(session.scalars(select(PublishedBundle.created_at)))
    page = sync_page(qtbot, hq.ctx)
    model = page.sites_tab.site_model
    assert [model.item(r).text() for r in range(model.rowCount())] == ["HQ 网点", "BJ01 网点", "SH01 网点"]
    rows = rows_by_device(page)
    assert set(rows) == {"HQ 网点 (this computer)", "BJ01 网点", "SH01 网点", "李伟的笔记本"}
    group, laptop_row = rows["李伟的笔记本"]
    assert group == "SH01 网点"
    assert laptop_row[SiteColumn.LAST_SEEN] == "never" and laptop_row[SiteColumn.WAITING] == "0"
    assert laptop_row[SiteColumn.ROLE] == "Outlet computer" and laptop_row[SiteColumn.STATUS] == "Active"
    assert laptop_row[SiteColumn.FINGERPRINT] == membership.own_fingerprint(laptop)
    _group, outlet_row = rows["SH01 网点"]
    assert outlet_row[SiteColumn.ROLE] == "Outlet administration"
    # The device letter of each computer's document numbers: the outlet's first has none.
    assert (outlet_row[SiteColumn.NUMBERS], laptop_row[SiteColumn.NUMBERS]) == ("…-0001", "…-B0001")
    assert outlet_row[SiteColumn.LAST_SEEN] == local_time(published_at)
    assert int(outlet_row[SiteColumn.WAITING]) > 0  # SH01's new job, customer and its history
    assert rows["HQ 网点 (this computer)"][1][SiteColumn.ROLE] == "Head office"

    with qtbot.waitSignal(page.runner.finished, timeout=30_000):
        page.sync_button.click()
    assert page.runner.wait()
    assert rows_by_device(page)["SH01 网点"][1][SiteColumn.WAITING] == "0"
    assert page.sites_tab.roster.sizeHint().width() <= 1366
    assert page.sites_tab.roster.columnWidth(SiteColumn.DEVICE) < 400


def test_a_lost_laptop_is_revoked_from_the_keyboard_after_confirming(qtbot, world, laptop, boxes):
    page = sync_page(qtbot, world.hq.ctx)
    tab = page.sites_tab
    assert not tab.revoke_button.isEnabled()
    tab.roster.setFocus()
    tab.roster.setCurrentIndex(tab.site_model.index(0, 0))
    device = ""
    for _press in range(10):  # down the tree until the laptop's row
        qtbot.keyClick(tab.roster, Qt.Key.Key_Down)
        site = tab.selected_site()
        device = site.device if site else ""
        if device == "李伟的笔记本":
            break
    assert device == "李伟的笔记本" and tab.revoke_button.isEnabled()
    tab.select_site(world.hq.site_id)
    assert not tab.revoke_button.isEnabled(), "head office never revokes itself"
    tab.select_site(laptop.site_id)
    qtbot.keyClick(tab.revoke_button, Qt.Key.Key_Space)
    assert page.runner.wait()
    assert boxes[0][0] == "question" and "李伟的笔记本" in boxes[0][1]
    assert rows_by_device(page)["李伟的笔记本"][1][SiteColumn.STATUS] == "Revoked"
    assert any(s.site_id == laptop.site_id and s.revoked for s in membership.roster_sites(world.hq.db))


def test_the_laptop_sees_itself_waiting_for_approval(qtbot, world):
    db = open_database(world.root / "laptop")
    try:
        membership.join_outlet(db, world.share, "SH01", "李伟的笔记本")
        overview = {site.site_id: site for site in membership.roster_overview(db)}
        assert overview[db.site_id].status == "waiting" and overview[db.site_id].device == "李伟的笔记本"
    finally:
        db.dispose()


def test_a_computer_restored_from_an_old_backup_is_re_keyed_from_the_sync_page(qtbot, world, tmp_path, boxes):
    hq, (sh, bj) = world.hq, world.outlets
    backup = tmp_path / "backup"
    shutil.copytree(sh.folder, backup)
    lost = sh.job("王芳")
    sh.sync()
    sh.close()
    shutil.rmtree(sh.folder)
    shutil.copytree(backup, sh.folder)
    sh = world.outlets[0] = Installation(sh.folder)
    old_id = sh.site_id

    page = sync_page(qtbot, sh.ctx)
    tab = page.sites_tab
    assert tab.rekey_box.isVisibleTo(page) and tab.rekey_button.isEnabled()
    assert "bundles 2 to 2" in tab.rekey_text.text()
    with qtbot.waitSignal(page.runner.finished, timeout=30_000):
        tab.rekey_button.click()  # the re-key, then a cycle
    assert page.runner.wait()
    assert boxes[0][0] == "question"
    assert sh.site_id != old_id and sh.has_job(lost), "the lost job came back with the cycle"
    assert tab.rekey_box.isVisibleTo(page) and not tab.rekey_button.isVisibleTo(page)
    assert "replaces site " + old_id[:8] in tab.rekey_text.text()

    hq_page = sync_page(qtbot, hq.ctx)
    assert hq_page.sites_tab.requests.item(0, 0).text() == f"SH01 网点 (re-key of {old_id[:8]})"
    hq_page.sites_tab.requests.selectRow(0)
    hq_page.sites_tab.approve_button.click()
    assert hq_page.runner.wait()
    rows = [cells for _group, cells in hq_page.sites_tab.site_model.site_rows()]
    assert sorted(cells[SiteColumn.STATUS] for cells in rows if cells[0] == "SH01 网点") == ["Active", "Revoked"]
    page.refresh()
    assert page.runner.wait()
    assert not tab.rekey_box.isVisibleTo(page)
