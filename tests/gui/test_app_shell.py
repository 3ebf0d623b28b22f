"""The main window per role, its actions, log out, and the start-up path of run()."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from aftersales_desktop.domain.enums import Role
from aftersales_desktop.gui import app as app_module
from aftersales_desktop.gui.login_dialog import LoginDialog
from aftersales_desktop.gui.main_window import MainWindow
from aftersales_desktop.services import staff
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.outlet import AccountDraft


def window_for(qtbot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_manager_sees_every_page_and_settings(qtbot, outlet):
    window = window_for(qtbot, outlet.manager)
    assert window.page_keys() == ["jobs", "agenda", "catalog", "stock", "requisitions", "stocktakes",
                                  "suppliers", "quality", "staff", "sync"]
    assert window.settings_action.isVisible()
    assert window.new_job_action.isVisible()
    assert "上海浦东网点" in window.windowTitle()
    assert "李经理" in window.user_label.text() and "Outlet manager" in window.user_label.text()
    assert window.outlet_label.text().startswith("SH01")


@pytest.mark.parametrize("who, pages", [("technician", ["jobs", "agenda", "field", "catalog", "stock", "requisitions",
                                                        "quality"]),
                                        ("clerk", ["jobs", "agenda", "catalog", "quality"])])
def test_staff_page_is_for_managers_only(qtbot, outlet, who, pages):
    window = window_for(qtbot, getattr(outlet, who))
    assert window.page_keys() == pages
    assert not window.settings_action.isVisible()
    assert window.new_job_action.isVisible()


def test_storekeeper_cannot_create_jobs(qtbot, outlet):
    staff.create_staff(outlet.manager, AccountDraft("store", "赵库管", "secret1", Role.STOREKEEPER))
    from aftersales_desktop.services.outlet import log_in

    window = window_for(qtbot, outlet.as_user(log_in(outlet.db, "store", "secret1")))
    assert not window.new_job_action.isVisible()
    assert not window.new_job_button.isVisible()


def test_navigation_switches_pages_and_headers(qtbot, outlet):
    window = window_for(qtbot, outlet.manager)
    for key in window.page_keys():
        widget = window.show_page(key)
        assert window.stack.currentWidget() is widget
        assert window.current_page_key() == key
        assert window.page_title.text()
    window.navigation.setCurrentRow(1)
    assert window.current_page_key() == "agenda"
    assert window.page_title.text() == "Technicians' agenda"


def test_actions_reach_the_jobs_view(qtbot, outlet, monkeypatch):
    window = window_for(qtbot, outlet.clerk)
    calls = []
    monkeypatch.setattr(window.jobs_view, "new_job", lambda: calls.append("new"))
    monkeypatch.setattr(window.jobs_view, "focus_search", lambda: calls.append("find"))
    monkeypatch.setattr(window.jobs_view, "open_job", lambda job_id: calls.append(job_id))
    window.show_page("catalog")
    window.new_job_action.trigger()
    assert window.current_page_key() == "jobs"
    window.show_page("agenda")
    window.find_action.trigger()
    window.show_job("job-1")
    assert calls == ["new", "find", "job-1"]
    assert window.current_page_key() == "jobs"


def test_status_messages_from_jobs_view(qtbot, outlet):
    window = window_for(qtbot, outlet.manager)
    window.jobs_view.status_message.emit("Job SH01-J202611-0001 saved.")
    assert window.statusBar().currentMessage() == "Job SH01-J202611-0001 saved."


def test_settings_action_runs_dialog(qtbot, outlet, monkeypatch):
    from aftersales_desktop.gui.settings_dialog import SettingsDialog

    monkeypatch.setattr(SettingsDialog, "run", lambda self: True)
    window = window_for(qtbot, outlet.manager)
    window.settings_action.trigger()
    assert window.statusBar().currentMessage() == "Settings saved."


def test_geometry_is_remembered(qtbot, outlet):
    window = window_for(qtbot, outlet.manager)
    window.resize(790, 540)  # the offscreen screen is 800x600
    window.close()
    again = window_for(qtbot, outlet.manager)
    assert (again.width(), again.height()) == (790, 540)


def test_log_out_shows_login_and_opens_next_users_window(qtbot, outlet, monkeypatch, qapp):
    shell = app_module.Shell(qapp, outlet.db)
    shell.start(outlet.manager.user)
    first = shell.window
    asked = []

    def fake_run(dialog):
        asked.append(dialog.username.text())
        return outlet.technician.user

    monkeypatch.setattr(LoginDialog, "run", fake_run)
    first.logout_action.trigger()
    qtbot.waitUntil(lambda: shell.window is not None and shell.window is not first)
    assert asked == ["admin"]
    assert shell.window.user.username == "tech"
    assert "staff" not in shell.window.page_keys()
    assert qapp.quitOnLastWindowClosed()
    shell.window.close()


def test_run_logs_in_then_opens_the_main_window(outlet, monkeypatch, qapp):
    started = []
    monkeypatch.setattr(LoginDialog, "run", lambda self: outlet.manager.user)
    monkeypatch.setattr(app_module.Shell, "start", lambda self, user: started.append(user.username))
    # Running the real event loop in-process would leave later tests' timers idle: see the
    # subprocess test below for the whole start-up.
    monkeypatch.setattr(qapp, "exec", lambda: 0)
    assert app_module.run(outlet.data_dir, demo=False, language="en") == 0
    assert started == ["admin"]


def test_run_cancelled_login_exits_zero(outlet, monkeypatch, qapp):
    monkeypatch.setattr(LoginDialog, "run", lambda self: None)
    assert app_module.run(outlet.data_dir, demo=False, language="en") == 0


def test_run_first_start_opens_wizard(tmp_path, monkeypatch, qapp):
    from aftersales_desktop.gui.setup_wizard import SetupWizard

    seen = []
    monkeypatch.setattr(SetupWizard, "run", lambda self: seen.append("wizard"))
    assert app_module.run(tmp_path / "new-outlet", demo=False, language="en") == 0
    assert seen == ["wizard"]


def test_a_computer_that_joined_an_outlet_asks_for_an_existing_account(tmp_path, monkeypatch, qapp):
    from aftersales_desktop.gui import login_dialog
    from aftersales_desktop.gui.setup_wizard import SetupWizard

    seen = []

    def joined(wizard):
        seen.append("wizard")
        wizard.joined = True

    class NoOneLogsIn:  # the real dialog needs the outlet the real join brings (tests/gui/test_join_wizard.py)
        def __init__(self, _db, **_options):
            pass

        def run(self):
            seen.append("login")

    monkeypatch.setattr(SetupWizard, "run", joined)
    monkeypatch.setattr(login_dialog, "LoginDialog", NoOneLogsIn)
    assert app_module.run(tmp_path / "laptop", demo=False, language="en") == 0
    assert seen == ["wizard", "login"]


DEMO_EXISTS = os.path.exists(os.path.join(os.path.dirname(app_module.__file__), "..", "services", "demo.py"))


@pytest.mark.skipif(not DEMO_EXISTS, reason="services/demo.py is not written yet")
def test_demo_start_up_prints_ready(tmp_path):
    env = dict(os.environ, AFTERSALES_EXIT_WHEN_READY="1", QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-m", "aftersales_desktop", "--demo", "--data-dir",
                             str(tmp_path / "demo"), "--lang", "en"],
                            env=env, capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr
    # The terminal says what the first start does, then "ready" once the window is up.
    assert result.stdout.splitlines() == ["Preparing the demo outlet…", "Preparing the demo outlet: 100%", "ready"]


@pytest.mark.skipif(not DEMO_EXISTS, reason="services/demo.py is not written yet")
def test_self_test_passes(tmp_path, capsys, qapp):
    assert app_module.self_test(tmp_path / "demo", language="en") == 0
    out = capsys.readouterr().out
    assert "view jobs: ok" in out and "view staff: ok" in out
    assert out.strip().endswith("self-test passed")


def test_keyboard_ctrl_digits_reach_every_page_and_ctrl_f_searches_the_page_shown(qtbot, outlet, boxes):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = window_for(qtbot, outlet.manager)
    with qtbot.waitActive(window):
        window.activateWindow()
    keys = window.page_keys()
    assert len(keys) == 10
    for number, key in enumerate(keys, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number % 10), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == key, number
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        focused = QApplication.focusWidget()
        if key in ("stock", "requisitions", "stocktakes", "suppliers", "quality", "catalog"):
            assert window.current_page_key() == key and focused is not None
            assert window.stack.currentWidget().isAncestorOf(focused), key  # the page's own search box
        elif key in ("agenda", "staff", "sync"):
            assert window.current_page_key() == "jobs"  # no search of its own: the jobs search
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert boxes and boxes[-1][1].startswith("Keyboard shortcuts: ") and "F5" in boxes[-1][1]


def test_dates_follow_the_interface_language():
    from datetime import date, datetime, timezone

    from aftersales_desktop import i18n
    from aftersales_desktop.gui.formatting import local_date, local_time

    day = date(2026, 11, 7)
    assert local_date(day) == "7 Nov 2026"
    try:
        i18n.set_language("zh_CN")
        assert local_date(day) == "2026-11-07"
        moment = datetime(2026, 11, 7, 6, 5, tzinfo=timezone.utc)
        assert local_time(moment) == moment.astimezone().strftime("%Y-%m-%d %H:%M")
    finally:
        i18n.set_language("en")
    assert local_date(None) == "" and local_time(None) == ""
