"""File › Back up now, File › Restore from backup…, Help › Export diagnostics…, and the daily backup.

Backups run in a one-thread pool off the GUI thread: the daily one a little after login and then
every hour (it does something once per local calendar day), "Back up now" on demand. A failed
backup shows in the status bar and the log, never in a modal dialog.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow, QMessageBox

from aftersales_desktop import backup
from aftersales_desktop.domain.errors import Problem, user_message
from aftersales_desktop.domain.permissions import Action, is_allowed
from aftersales_desktop.gui.support import busy_cursor
from aftersales_desktop.gui.workers import SerialWorker
from aftersales_desktop.i18n import tr
from aftersales_desktop.services.context import AppContext

_log = logging.getLogger("aftersales.backup")

#: The first daily check waits until the window is up and the first sync cycle has started.
FIRST_CHECK_DELAY_MS = 15_000
CHECK_INTERVAL_MS = 60 * 60 * 1000


def _describe(error: Exception) -> str:
    """A failure in words: the operating system's reason and the file for disk errors."""
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror} ({error.filename})" if error.filename else error.strerror
    return user_message(error)


class BackupActions(SerialWorker):
    """The backup, restore and diagnostics actions of one main window, and its daily backup schedule."""

    #: (translated message) after a backup was written or failed; the window shows it in its status bar.
    status_message = Signal(str)

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.data_dir = Path(ctx.db.path).parent
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run_daily)
        self.first_check = QTimer(self)
        self.first_check.setSingleShot(True)
        self.first_check.timeout.connect(self.run_daily)
        # Shown only while the last automatic backup failed: a passing message is easy to miss.
        self.failure_label = QLabel()
        self.failure_label.setObjectName("backupFailure")
        self.failure_label.setStyleSheet("color: #b3261e;")
        self.failure_label.setContentsMargins(8, 0, 8, 0)
        self.failure_label.hide()
        #: Ends the application after a restore (tests replace it).
        self.quit_application: Callable[[], None] = QApplication.quit

    # ---- who may do what ------------------------------------------------------------------------

    def can_restore(self) -> bool:
        """Restoring replaces everything: managers only."""
        return is_allowed(self.ctx.user.role, Action.EDIT_SETTINGS)

    # ---- scheduling -----------------------------------------------------------------------------

    def start_schedule(self, first_delay_ms: int = FIRST_CHECK_DELAY_MS) -> None:
        """Check for the daily backup soon after login, then every hour."""
        self.first_check.start(first_delay_ms)
        self.timer.start(CHECK_INTERVAL_MS)

    def stop(self) -> None:
        """No more scheduled checks (a running backup finishes)."""
        self.timer.stop()
        self.first_check.stop()

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until queued backups are done and their results delivered (exit, restore, tests)."""
        return super().wait(msecs)

    def run_daily(self) -> None:
        """Take today's daily backup in the worker unless there is one already."""
        data_dir = self.data_dir
        self.queue(lambda: backup.daily_backup_if_due(data_dir, datetime.now(timezone.utc)),
                   self._daily_done, self._daily_failed, self.window)

    def _daily_done(self, path: Path | None) -> None:
        self.failure_label.hide()
        if path is not None:
            self.status_message.emit(tr("Daily backup saved: {path}", path=str(path)))

    def _daily_failed(self, error: Exception) -> None:
        _log.error("the daily backup failed", exc_info=error)
        self._show_failure(error)

    def _show_failure(self, error: Exception) -> None:
        text = tr("Backup failed: {error}", error=_describe(error))
        self.failure_label.setText(tr("Backup failed"))
        self.failure_label.setToolTip(text + "\n" + tr("Details are in the log file."))
        self.failure_label.show()
        self.status_message.emit(text)

    # ---- File › Back up now ----------------------------------------------------------------------

    def back_up_now(self) -> None:
        """Take a manual backup in the worker; the path (or the failure) appears in the status bar."""
        data_dir = self.data_dir
        self.status_message.emit(tr("Backing up…"))
        self.queue(lambda: backup.backup_now(data_dir, backup.MANUAL), self._manual_done, self._manual_failed,
                   self.window)

    def _manual_done(self, path: Path) -> None:
        self.failure_label.hide()
        self.status_message.emit(tr("Backup saved: {path}", path=str(path)))

    def _manual_failed(self, error: Exception) -> None:
        _log.error("the manual backup failed", exc_info=error)
        self._show_failure(error)

    # ---- File › Restore from backup… -------------------------------------------------------------

    def restore_from_backup(self) -> bool:
        """Choose a backup, show its check, confirm naming the outlet, restore, then close the application.

        Returns True when the database was replaced.
        """
        if not self.can_restore():
            return False
        folder = backup.get_backup_settings(self.data_dir).folder
        name, _filter = QFileDialog.getOpenFileName(self.window, tr("Restore from backup"), str(folder),
                                                    tr("Backups (*.sqlite3);;All files (*)"))
        if not name:
            return False
        with busy_cursor():
            check = backup.check_backup(Path(name))
        if not check.ok:
            QMessageBox.warning(self.window, tr("Cannot restore this file"),
                                tr(check.problem, **(check.params or {})))
            return False
        current = backup.current_outlet_of(self.data_dir)
        current_text = backup.outlet_label(*current) if current else tr("(none)")
        question = tr("The file {file} is a sound backup of {backup_outlet} ({jobs} jobs).\n\n"
                      "Replace the database of {outlet} in {folder} with it? Everything entered since the "
                      "backup was taken is lost here; the current database is saved first as a "
                      "pre-restore backup. The application closes afterwards.",
                      file=Path(name).name, backup_outlet=check.outlet, jobs=check.jobs,
                      outlet=current_text, folder=str(self.data_dir))
        answer = QMessageBox.question(self.window, tr("Restore from backup"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        # Nothing may hold the database open while its file is replaced: stop sync and backups.
        self.stop()
        self.wait()
        runner = getattr(self.window, "sync_runner", None)
        if runner is not None:
            runner.stop()
            runner.wait()
        self.ctx.db.dispose()
        try:
            with busy_cursor():
                result = backup.restore_backup(Path(name), self.data_dir, confirmed=True)
        except (Problem, OSError, sqlite3.Error) as error:
            _log.error("restore of %s failed", name, exc_info=error)
            QMessageBox.warning(self.window, tr("Cannot restore this file"), _describe(error))
            # The database was not replaced: work goes on as before.
            if runner is not None:
                runner.start()
            self.start_schedule()
            return False
        saved = str(result.pre_restore_backup) if result.pre_restore_backup else tr("(none)")
        QMessageBox.information(self.window, tr("Restore from backup"),
                                tr("The database was restored from {file}. The one it replaced was saved as "
                                   "{saved}.\n\nThe application closes now: start it again. If this "
                                   "installation syncs and published changes after the backup was taken, "
                                   "sync will stop publishing and say so: ask head office to re-join it.",
                                   file=Path(name).name, saved=saved))
        self.window.close()
        self.quit_application()
        return True

    # ---- Help › Export diagnostics… --------------------------------------------------------------

    def export_diagnostics(self) -> Path | None:
        """Ask where to save the support zip, write it, and say where it is."""
        from aftersales_desktop import diagnostics

        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(documents or Path.home()) / f"aftersales-diagnostics-{stamp}.zip")
        name, _filter = QFileDialog.getSaveFileName(self.window, tr("Export diagnostics"), suggested,
                                                    tr("Zip archives (*.zip)"))
        if not name:
            return None
        if not name.lower().endswith(".zip"):
            name += ".zip"
        try:
            with busy_cursor():
                path = diagnostics.export_diagnostics(self.data_dir, Path(name), self._runtime_versions())
        except OSError as error:
            _log.error("diagnostics export to %s failed", name, exc_info=error)
            QMessageBox.warning(self.window, tr("Export diagnostics"),
                                tr("The file {path} could not be written: {error}", path=name,
                                   error=error.strerror or str(error)))
            return None
        QMessageBox.information(self.window, tr("Export diagnostics"),
                                tr("Diagnostics saved to {path}. They hold the log files, versions and "
                                   "settings, never passwords or keys: send the file to support.",
                                   path=str(path)))
        return path

    @staticmethod
    def _runtime_versions() -> dict:
        import PySide6
        from PySide6.QtCore import qVersion
        from PySide6.QtGui import QGuiApplication

        from aftersales_desktop import i18n

        return {"qt": qVersion(), "pyside6": PySide6.__version__, "qt_platform": QGuiApplication.platformName(),
                "language": i18n.language()}
