"""Staff, catalog and agenda pages and the settings dialog, on a real outlet database."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority, ProductType, Role
from aftersales_desktop.gui.agenda_view import NEXT_7_DAYS, TODAY, AgendaView, period_bounds
from aftersales_desktop.gui.catalog_view import CatalogView, ProductDialog
from aftersales_desktop.gui.settings_dialog import SettingsDialog
from aftersales_desktop.gui.staff_view import StaffDialog, StaffView
from aftersales_desktop.services import catalog, jobs, staff
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.services.outlet import get_reply_hours, log_in
from tests.gui.support import column_texts


# ---- staff --------------------------------------------------------------------------------------


def test_staff_add_dialog_creates_account(qtbot, outlet, monkeypatch):
    view = StaffView(outlet.manager)
    qtbot.addWidget(view)
    assert sorted(column_texts(view.table, 1)) == ["admin", "clerk", "tech"]

    def fill_and_save(dialog):
        qtbot.keyClicks(dialog.username, "zhao.store")
        dialog.display_name.setText("赵库管")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.STOREKEEPER))
        qtbot.keyClicks(dialog.password, "secret9")
        qtbot.keyClicks(dialog.password_confirm, "secret9")
        dialog.save()
        return dialog.result_member

    monkeypatch.setattr(StaffDialog, "run", fill_and_save)
    view.add_button.click()
    assert "zhao.store" in column_texts(view.table, 1)
    row = column_texts(view.table, 1).index("zhao.store")
    assert view.table.item(row, 2).text() == "Storekeeper"
    assert log_in(outlet.db, "zhao.store", "secret9").role == Role.STOREKEEPER


def test_staff_add_dialog_shows_taken_user_name(qtbot, outlet):
    dialog = StaffDialog(outlet.manager)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("tech")
    dialog.display_name.setText("另一个王师傅")
    dialog.password.setText("secret1")
    dialog.password_confirm.setText("secret1")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.errors.text("username") == "This user name is taken."


def test_staff_add_dialog_mismatched_passwords(qtbot, outlet):
    dialog = StaffDialog(outlet.manager)
    qtbot.addWidget(dialog)
    dialog.username.setText("new.one")
    dialog.display_name.setText("新人")
    dialog.password.setText("secret1")
    dialog.password_confirm.setText("secret2")
    dialog.save()
    assert dialog.errors.text("password_confirm") == "The two passwords differ."
    assert "new.one" not in [m.username for m in staff.list_staff(outlet.manager)]


def test_staff_edit_disables_account(qtbot, outlet, monkeypatch):
    view = StaffView(outlet.manager)
    qtbot.addWidget(view)
    view.table.selectRow(column_texts(view.table, 1).index("clerk"))

    def untick_active(dialog):
        assert not dialog.username.isEnabled() or dialog.username.isReadOnly()
        dialog.active.setChecked(False)
        dialog.save()
        return dialog.result_member

    monkeypatch.setattr(StaffDialog, "run", untick_active)
    view.edit_button.click()
    row = column_texts(view.table, 1).index("clerk")
    assert view.table.item(row, 4).text() == "No"


# ---- catalog ------------------------------------------------------------------------------------


def test_catalog_lists_searches_and_adds(qtbot, outlet, monkeypatch):
    view = CatalogView(outlet.manager)
    qtbot.addWidget(view)
    assert column_texts(view.table, 2) == ["CF283A"]
    assert view.table.item(0, 7).text() == "¥268.00"
    assert view.table.item(0, 0).text() == "Toner"

    def fill_and_save(dialog):
        dialog.product_type.setCurrentIndex(dialog.product_type.findData(ProductType.INK))
        qtbot.keyClicks(dialog.brand, "Canon")
        qtbot.keyClicks(dialog.model, "PG-845")
        dialog.name.setText("845 黑色墨盒")
        qtbot.keyClicks(dialog.compatible, "PIXMA MG2580")
        qtbot.keyClicks(dialog.price, "89.50")
        dialog.specification.setText("黑色 400 页")
        dialog.unit.setCurrentText("支")
        dialog.cost.setText("41.20")
        dialog.save()
        return dialog.product

    monkeypatch.setattr(ProductDialog, "run", fill_and_save)
    view.add_button.click()
    assert column_texts(view.table, 2) == ["PG-845", "CF283A"]
    assert "¥89.50" in column_texts(view.table, 7)
    assert (view.table.item(0, 4).text(), view.table.item(0, 6).text(), view.table.item(0, 8).text()) == (
        "黑色 400 页", "支", "¥41.20")

    qtbot.keyClicks(view.search, "MG2580")
    qtbot.waitUntil(lambda: column_texts(view.table, 2) == ["PG-845"])
    view.search.setText("no such printer")
    qtbot.waitUntil(lambda: view.table.rowCount() == 0)
    assert not view.empty.isHidden()


def test_catalog_edit_prefills_saves_and_retires(qtbot, outlet, monkeypatch):
    view = CatalogView(outlet.manager)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    seen = {}

    def change_and_save(dialog):
        seen["price"], seen["model"] = dialog.price.text(), dialog.model.text()
        dialog.cost.setText("150")
        dialog.active.setChecked(False)
        dialog.save()
        return dialog.product

    monkeypatch.setattr(ProductDialog, "run", change_and_save)
    view.edit_button.click()
    assert seen == {"price": "268.00", "model": "CF283A"}
    assert view.table.item(0, 8).text() == "¥150.00"
    assert "(retired)" in view.table.item(0, 3).text()


def test_catalog_dialog_shows_bad_price(qtbot, outlet):
    dialog = ProductDialog(outlet.manager)
    qtbot.addWidget(dialog)
    dialog.brand.setText("HP")
    dialog.model.setText("CE285A")
    dialog.price.setText("abc")
    dialog.save()
    assert dialog.errors.text("unit_price") == "Enter a price in yuan, such as 268.00."
    assert dialog.product is None


def test_catalog_add_hidden_for_technician(qtbot, outlet):
    view = CatalogView(outlet.technician)
    qtbot.addWidget(view)
    assert view.add_button.isHidden() and view.edit_button.isHidden()
    assert view.table.rowCount() == 1


# ---- agenda -------------------------------------------------------------------------------------


def book_visit(outlet, days_ahead: int = 1):
    job = jobs.create_job(outlet.clerk, jobs.JobDraft(
        Channel.HOTLINE, FaultCategory.PRINT_QUALITY, Priority.HIGH, "打印有黑色条纹",
        new_customer=CustomerDraft("张伟", "13812345678", address="上海市浦东新区张江路100号"),
        product_id=outlet.product_id, assign_to=outlet.technician_id))
    day = (outlet.clerk.now().astimezone() + timedelta(days=days_ahead)).date()
    start = datetime.combine(day, time(10, 0)).astimezone()
    jobs.schedule_visit(outlet.clerk, job.id, jobs.VisitDraft(
        outlet.technician_id, start, start + timedelta(hours=2), "上海市浦东新区张江路100号",
        tools="万用表", parts_to_bring="CF283A x1"))
    return job


def test_agenda_lists_visit_and_opens_job(qtbot, outlet):
    job = book_visit(outlet)
    view = AgendaView(outlet.technician)
    qtbot.addWidget(view)
    view.show()
    assert not view.technician.isEnabled()
    assert view.technician.currentText() == "王师傅"
    view.select_period(NEXT_7_DAYS)
    assert column_texts(view.table, 1) == [job.number]
    assert view.table.item(0, 2).text() == "张伟"
    assert view.table.item(0, 3).text() == "13812345678"
    assert view.table.item(0, 5).text() == "万用表"
    assert view.table.item(0, 6).text() == "CF283A x1"
    assert view.table.item(0, 7).text() == "Planned"
    assert "10:00–12:00" in view.table.item(0, 0).text()

    view.select_period(TODAY)
    assert view.table.rowCount() == 0 and view.empty.isVisible()
    view.select_period(NEXT_7_DAYS)

    with qtbot.waitSignal(view.open_job) as opened:
        rect = view.table.visualRect(view.table.model().index(0, 1))
        # Qt 6's QTest sends only the second press of a double click, so the first one comes first.
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [job.id]


def test_manager_picks_any_technician(qtbot, outlet):
    job = book_visit(outlet, days_ahead=2)
    other = staff.create_staff(outlet.manager, staff.AccountDraft("liu", "刘师傅", "secret1", Role.TECHNICIAN))
    view = AgendaView(outlet.manager)
    qtbot.addWidget(view)
    assert view.technician.isEnabled()
    assert {view.technician.itemText(i) for i in range(view.technician.count())} == {"王师傅", "刘师傅"}
    view.select_period(NEXT_7_DAYS)
    view.select_technician(outlet.technician_id)
    assert column_texts(view.table, 1) == [job.number]
    view.select_technician(other.id)
    assert view.table.rowCount() == 0


def test_period_bounds_are_local_days():
    now = datetime(2026, 11, 27, 15, 30).astimezone()  # a Friday
    start, end = period_bounds(TODAY, now)
    assert (start.hour, start.minute, end - start) == (0, 0, timedelta(days=1))
    week_start, week_end = period_bounds("week", now)
    assert week_start.weekday() == 0 and week_end - week_start == timedelta(days=7)
    assert week_start <= now < week_end


# ---- settings -----------------------------------------------------------------------------------


def test_settings_dialog_saves_reply_hours(qtbot, outlet):
    dialog = SettingsDialog(outlet.manager)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.spins[Priority.URGENT].value() == 2
    dialog.spins[Priority.URGENT].setValue(3)
    dialog.spins[Priority.LOW].setValue(72)
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    hours = get_reply_hours(outlet.manager)
    assert hours[Priority.URGENT] == 3 and hours[Priority.LOW] == 72 and hours[Priority.NORMAL] == 24


def test_settings_persist_outlet_returns_and_this_computers_choices(qtbot, outlet, tmp_path):
    from PySide6.QtCore import QSettings

    from aftersales_desktop import backup
    from aftersales_desktop.gui.app import LANGUAGE_SETTING, application
    from aftersales_desktop.gui.slip_dialog import FORMAT_SETTING
    from aftersales_desktop.services import quality
    from aftersales_desktop.services.outlet import current_outlet

    application("en")  # as at start-up: the application's names choose the QSettings file
    dialog = SettingsDialog(outlet.manager)
    qtbot.addWidget(dialog)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Outlet", "Expected reply time", "Repair slips", "Returns", "This computer"]
    dialog.outlet_phone.setText("12")
    dialog.save()
    assert dialog.tabs.currentIndex() == 0 and dialog.errors.text("phone") == "This is not a valid phone number."
    dialog.outlet_phone.setText("021-50801234")
    dialog.outlet_name.setText("上海浦东张江网点")
    dialog.return_window.setValue(15)
    dialog.return_address.setPlainText("上海市浦东新区碧波路690号 售后仓库")
    dialog.interface_language.setCurrentIndex(dialog.interface_language.findData("en"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("80mm"))
    dialog.backup_folder.setText(str(tmp_path / "usb"))
    dialog.backup_keep.setValue(30)
    dialog.sync_interval.setValue(12)
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted

    # A new dialog (as after a restart) reads back everything that was saved.
    assert current_outlet(outlet.db).name == "上海浦东张江网点"
    assert quality.get_return_settings(outlet.manager).return_window_days == 15
    settings = QSettings()
    assert (settings.value(LANGUAGE_SETTING), settings.value(FORMAT_SETTING)) == ("en", "80mm")
    assert backup.get_backup_settings(outlet.db.path.parent).keep == 30
    again = SettingsDialog(outlet.manager)
    qtbot.addWidget(again)
    assert again.backup_folder.text() == str(tmp_path / "usb") and again.sync_interval.value() == 12
    assert again.return_address.toPlainText() == "上海市浦东新区碧波路690号 售后仓库"
    assert again.interface_language.currentData() == "en" and again.paper.currentData() == "80mm"
    from aftersales_desktop import i18n

    settings.setValue(LANGUAGE_SETTING, "zh_CN")
    try:
        application(None)  # start-up without --lang follows the saved choice
        assert i18n.language() == "zh_CN"
    finally:
        application("en")


def test_catalog_service_unchanged_by_views(outlet):
    # Guards the fixture the page tests rely on: one active toner in the catalog.
    assert [p.model for p in catalog.list_products(outlet.manager)] == ["CF283A"]
