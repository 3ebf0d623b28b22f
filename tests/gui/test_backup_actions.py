"""File › Back up now, File › Restore from backup…, Help › Export diagnostics… and the daily backup, offscreen."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtWidgets import QFileDialog

from aftersales_desktop import backup
from aftersales_desktop.gui.main_window import MainWindow
from aftersales_desktop.paths import backups_dir, database_path
from tests.test_backup import job_numbers, new_job


@pytest.fixture
def window(qtbot, outlet):
    made = MainWindow(outlet.manager)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.backup_actions.wait()
    made.sync_runner.stop()
    made.sync_runner.wait()


def test_back_up_now_writes_a_backup_off_the_gui_thread_and_shows_its_path(window, outlet):
    window.backup_action.trigger()
    assert window.backup_actions.wait()
    [taken] = backup.list_backups(backups_dir(outlet.data_dir))
    assert taken.reason == backup.MANUAL
    assert window.statusBar().currentMessage() == f"Backup saved: {taken.path}"
    assert backup.check_backup(taken.path).ok


def test_a_failed_daily_backup_shows_in_the_status_bar_not_in_a_dialog(window, outlet, tmp_path, boxes, qtbot):
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("x", encoding="utf-8")
    backup.set_backup_settings(outlet.data_dir, blocked / "backups", 14)
    window.backup_actions.run_daily()
    assert window.backup_actions.wait()
    assert not boxes
    assert window.statusBar().currentMessage().startswith("Backup failed:")
    assert not window.backup_actions.failure_label.isHidden()
    assert "log file" in window.backup_actions.failure_label.toolTip()

    backup.set_backup_settings(outlet.data_dir, None, 14)
    window.backup_actions.run_daily()
    assert window.backup_actions.wait()
    assert window.backup_actions.failure_label.isHidden()
    assert window.statusBar().currentMessage().startswith("Daily backup saved:")
    window.backup_actions.run_daily()  # the same day: nothing more
    assert window.backup_actions.wait()
    assert len(backup.list_backups(backups_dir(outlet.data_dir))) == 1


def test_the_schedule_runs_the_daily_backup_after_login(window, outlet, qtbot):
    window.backup_actions.start_schedule(first_delay_ms=10)
    qtbot.waitUntil(lambda: bool(backup.list_backups(backups_dir(outlet.data_dir))), timeout=10_000)
    assert window.backup_actions.wait()
    assert window.backup_actions.timer.isActive() and window.backup_actions.timer.interval() == 3_600_000
    window.backup_actions.stop()
    assert not window.backup_actions.timer.isActive()


def test_export_diagnostics_saves_the_zip_where_the_user_chose(window, outlet, tmp_path, monkeypatch, boxes):
    target = tmp_path / "support" / "for-support"
    target.parent.mkdir()
    asked = []

    def save_dialog(_parent, title, suggested, _filter):
        asked.append((title, suggested))
        return str(target), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.diagnostics_action.trigger()

    saved = target.with_suffix(".zip")
    assert asked and asked[0][0] == "Export diagnostics" and asked[0][1].endswith(".zip")
    with zipfile.ZipFile(saved) as archive:
        names = set(archive.namelist())
        versions = archive.read("versions.json").decode("utf-8")
    assert {"versions.json", "settings.json", "sync-log.txt", "backups.json"} <= names
    assert '"qt": "6.' in versions and '"language": "en"' in versions
    assert boxes[-1][0] == "information" and str(saved) in boxes[-1][1]


def test_export_diagnostics_cancelled_writes_nothing(window, tmp_path, monkeypatch, boxes):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert window.backup_actions.export_diagnostics() is None
    assert not boxes


def test_restore_checks_confirms_naming_the_outlet_restores_and_closes(window, outlet, monkeypatch, boxes):
    kept = new_job(outlet.clerk, "王芳")
    copy = backup.backup_now(outlet.data_dir)
    new_job(outlet.clerk, "李娜")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(copy), ""))
    quits = []
    window.backup_actions.quit_application = lambda: quits.append(True)

    window.restore_action.trigger()

    question = next(text for kind, text in boxes if kind == "question")
    assert "SH01 上海浦东网点" in question and str(outlet.data_dir) in question
    assert boxes[-1][0] == "information" and "start it again" in boxes[-1][1]
    assert quits == [True] and not window.isVisible()
    assert job_numbers(database_path(outlet.data_dir)) == {kept}
    assert backup.PRE_RESTORE in {info.reason for info in backup.list_backups(backups_dir(outlet.data_dir))}


def test_restore_of_a_damaged_file_shows_the_problem_and_changes_nothing(window, outlet, tmp_path, monkeypatch,
                                                                         boxes):
    later = new_job(outlet.clerk, "李娜")
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(backup.backup_now(outlet.data_dir).read_bytes()[:30_000])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(damaged), ""))
    assert window.backup_actions.restore_from_backup() is False
    [(kind, text)] = boxes
    assert kind == "warning" and text.startswith("Cannot restore this file: damaged.sqlite3 is damaged: ")
    assert window.isVisible()
    assert later in job_numbers(database_path(outlet.data_dir))


def test_only_managers_may_restore(qtbot, outlet):
    technician = MainWindow(outlet.technician)
    qtbot.addWidget(technician)
    assert not technician.restore_action.isVisible()
    assert technician.backup_action.isVisible() and technician.diagnostics_action.isVisible()
    assert technician.backup_actions.restore_from_backup() is False
    technician.sync_runner.stop()
    technician.sync_runner.wait()
