"""Start the GUI: first-run set-up or login, then the main window; also the offscreen self-test."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from aftersales_desktop import __version__, i18n
from aftersales_desktop.domain.errors import Problem, ValidationError, user_message
from aftersales_desktop.gui.theme import apply_theme
from aftersales_desktop.i18n import tr
from aftersales_desktop.paths import resources_dir
from aftersales_desktop.services.context import AppContext, CurrentUser
from aftersales_desktop.services.outlet import DEMO_USER_KEY, is_set_up, user_by_username
from aftersales_desktop.storage.database import Database, open_database

ORGANIZATION = "AfterSalesDesktop"
APPLICATION = "AfterSalesDesktop"
EXIT_WHEN_READY_ENV = "AFTERSALES_EXIT_WHEN_READY"
#: QSettings key of the interface language chosen in Settings ("" or missing: the system's).
LANGUAGE_SETTING = "interface/language"
DEMO_JOBS = 400
SELF_TEST_JOBS = 60


def application(language: str | None) -> QApplication:
    """The QApplication (created once), with names for QSettings, the language and the theme."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    icon = resources_dir() / "icons" / "aftersales.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    # --lang wins; else what Settings › This computer chose; else the system's language.
    stored = str(QSettings().value(LANGUAGE_SETTING, "") or "")
    chosen = i18n.set_language(language or stored or None)
    apply_theme(app, chosen)
    from aftersales_desktop.gui.main_thread_gc import install

    install(app)  # workers (sync, slip rendering, counts) must never run Qt destructors
    return app


def demo_user(db: Database) -> CurrentUser | None:
    """The demo outlet's manager when this database was made by the demo seeder, else None."""
    # Read the marker directly: importing the seeder (name tables) would slow every start-up.
    name = db.local_value(DEMO_USER_KEY)
    # Only a database the demo seeder created carries this marker, so a real outlet always asks.
    return user_by_username(db, name) if name else None


def seed_with_progress(data_dir: Path, jobs: int) -> None:
    """Create the demo outlet and its jobs, showing progress (it runs once per demo folder)."""
    from aftersales_desktop.services.demo import seed_demo

    dialog = QProgressDialog(tr("Preparing the demo outlet…"), "", 0, 0)
    dialog.setWindowTitle(tr("After-sales desktop"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(360)
    dialog.show()
    QApplication.processEvents()

    shown = [-10]

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))
        QApplication.processEvents()
        # The terminal of scripts/run-demo.sh says it too: every 10 percent, on one line each.
        percent = 100 * min(done, total) // max(total, 1)
        if percent >= shown[0] + 10:
            shown[0] = percent - percent % 10
            print(tr("Preparing the demo outlet: {percent}%", percent=shown[0]), flush=True)

    print(tr("Preparing the demo outlet…"), flush=True)
    try:
        seed_demo(data_dir, jobs=jobs, progress=progress)
    finally:
        dialog.close()


class Shell(QObject):
    """Keeps the main window of whoever is logged in, and shows the login again after Log out."""

    def __init__(self, app: QApplication, db: Database) -> None:
        super().__init__(app)
        self.app = app
        self.db = db
        self.window = None

    def start(self, user: CurrentUser) -> None:
        """Open the main window for ``user``."""
        from aftersales_desktop.gui.main_window import MainWindow

        self.window = MainWindow(AppContext(self.db, user))
        self.window.logout_requested.connect(self.log_out, Qt.ConnectionType.QueuedConnection)
        self.window.show()
        self.window.backup_actions.start_schedule()  # the daily backup, in a worker, after the window is up
        if os.environ.get(EXIT_WHEN_READY_ENV) == "1":
            # Runs once the loop has drawn the window and is idle: benchmarks time start-up to here.
            QTimer.singleShot(0, self._report_ready)

    def wait_for_sync(self) -> None:
        """Let a running sync cycle finish before the database closes (the window is gone by then)."""
        if self.window is not None:
            self.window.sync_runner.stop()
            self.window.sync_runner.wait()
            self.window.backup_actions.stop()
            self.window.backup_actions.wait()

    def _report_ready(self) -> None:
        print("ready", flush=True)
        self.app.quit()

    def log_out(self) -> None:
        """Close the window, ask who logs in next, and open their window (or quit)."""
        from aftersales_desktop.gui.login_dialog import LoginDialog

        old = self.window
        previous_name = old.user.username if old is not None else ""
        # With no window on screen between the two, Qt would otherwise end the application.
        self.app.setQuitOnLastWindowClosed(False)
        try:
            if old is not None:
                old.close()
                old.deleteLater()
            self.window = None
            user = LoginDialog(self.db, username=previous_name).run()
        finally:
            self.app.setQuitOnLastWindowClosed(True)
        if user is None:
            self.app.quit()
        else:
            self.start(user)


def run(data_dir: Path, demo: bool, language: str | None) -> int:
    """Open the application on ``data_dir``; returns the process exit code."""
    app = application(language)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        from aftersales_desktop.logs import configure_logging

        configure_logging(data_dir)
        db = open_database(data_dir)
        if demo and not is_set_up(db):
            db.dispose()
            seed_with_progress(data_dir, DEMO_JOBS)
            db = open_database(data_dir)
    except Exception as exc:  # noqa: BLE001 - environment errors: say what happened, then stop
        QMessageBox.critical(None, tr("Cannot open the outlet data"),
                             tr("The data folder {folder} could not be opened:\n{error}\n\nCheck that "
                                "the folder exists, is on a local disk and that you may write to it.",
                                folder=str(data_dir), error=str(exc)))
        return 1
    try:
        user: CurrentUser | None = None
        if not is_set_up(db):
            from aftersales_desktop.gui.setup_wizard import SetupWizard

            wizard = SetupWizard(db)
            user = wizard.run()
            if user is None and not wizard.joined:
                return 0
        if user is None:
            user = demo_user(db)
        if user is None:
            from aftersales_desktop.gui.login_dialog import LoginDialog

            user = LoginDialog(db).run()
            if user is None:
                return 0
        shell = Shell(app, db)
        shell.start(user)
        code = app.exec()
        shell.wait_for_sync()
        return code
    finally:
        db.dispose()


def _check_slips(ctx: AppContext, window: QWidget) -> None:
    """Render a signed demo slip in every format and show it (reportlab, fonts, QR and QtPdf all work)."""
    from sqlalchemy import select

    from aftersales_desktop.domain.slips import SlipFormat
    from aftersales_desktop.gui.slip_dialog import SlipDialog
    from aftersales_desktop.services import slips
    from aftersales_desktop.storage.models import Slip

    with ctx.db.reader() as session:
        slip_id = session.scalar(select(Slip.id).limit(1))
    if slip_id is None:
        raise RuntimeError("the demo outlet has no signed slip")
    document = slips.get_slip(ctx, slip_id)
    for fmt in SlipFormat:
        rendered = slips.render_document(document, fmt, font=slips.font_path(ctx.db))
        if not rendered.pdf.startswith(b"%PDF"):
            raise RuntimeError(f"slip {document.number} did not render as {fmt.value}")
        print(f"slip {document.number} {fmt.value}: {len(rendered.pdf) // 1024} KB, "
              f"{rendered.page_count} page(s), font {rendered.font_name}")
    dialog = SlipDialog(ctx, slip_id, window)
    dialog.show()
    if not dialog.wait_for_render() or dialog.preview_label.pixmap().isNull():
        raise RuntimeError("the slip dialog shows no page")
    dialog.reject()
    print("slip dialog: ok")


def self_test(keep: Path | None, language: str | None) -> int:
    """Open every main view offscreen on a fresh demo outlet; 0 when all went well, 1 otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    temporary = None
    db = None
    try:
        app = application(language)
        from aftersales_desktop.gui.main_window import MainWindow
        from aftersales_desktop.services.demo import seed_demo
        from aftersales_desktop.services.jobs import JobQuery, list_jobs

        if keep is not None:
            data_dir = Path(keep)
            data_dir.mkdir(parents=True, exist_ok=True)
        else:
            temporary = tempfile.TemporaryDirectory(prefix="aftersales-self-test-")
            data_dir = Path(temporary.name)
        seed_demo(data_dir, jobs=SELF_TEST_JOBS)
        db = open_database(data_dir)
        user = demo_user(db)
        if user is None:
            raise RuntimeError("the demo outlet has no demo user to log in as")
        print(f"logged in as {user.username} ({user.role.value})")
        ctx = AppContext(db, user)
        window = MainWindow(ctx)
        window.show()
        app.processEvents()
        for key in window.page_keys():
            widget = window.show_page(key)
            app.processEvents()
            if window.stack.currentWidget() is not widget:
                raise RuntimeError(f"page {key} did not come to the front")
            print(f"view {key}: ok")
        first = list_jobs(ctx, JobQuery(), limit=1).rows
        if not first:
            raise RuntimeError("the demo outlet has no jobs")
        window.show_job(first[0].id)
        app.processEvents()
        print(f"job {first[0].number}: opened")
        dialog = window.settings_dialog()
        dialog.show()
        app.processEvents()
        dialog.reject()
        print("settings dialog: ok")
        window.sync_runner.stop()
        if not window.sync_runner.wait() or window.sync_runner.status is None:
            raise RuntimeError("the sync worker did not report the sync status")
        print("sync status: ok")
        _check_slips(ctx, window)
        # hide, not close: closing would store this window's geometry in the user's settings.
        window.hide()
        window.deleteLater()
        app.processEvents()
        print("self-test passed")
        return 0
    except (ValidationError, Problem) as error:  # the machine lacks something: say what, no traceback
        print(f"self-test FAILED: {user_message(error)}")
        return 1
    except Exception:  # noqa: BLE001 - the self-test reports any failure as exit code 1
        traceback.print_exc()
        print("self-test FAILED")
        return 1
    finally:
        if db is not None:
            db.dispose()
        if temporary is not None:
            temporary.cleanup()
