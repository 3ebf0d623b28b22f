"""The main window: navigation on the left, the chosen page on the right, menus and a status bar."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Callable

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QMainWindow, QMessageBox, QPushButton, QStackedWidget, QTabWidget,
                               QVBoxLayout, QWidget)

from aftersales_desktop import __version__
from aftersales_desktop.domain.enums import Role
from aftersales_desktop.domain.permissions import Action, is_allowed
from aftersales_desktop.gui.backup_actions import BackupActions
from aftersales_desktop.gui.jobs_view import JobsView
from aftersales_desktop.gui.sync_status import SyncIndicator
from aftersales_desktop.gui.sync_worker import SyncRunner
from aftersales_desktop.gui.theme import outlet_title, page_header
from aftersales_desktop.i18n import tr
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.outlet import current_outlet

DEFAULT_SIZE = (1280, 800)
GEOMETRY_KEY = "mainWindow/geometry"
STATUS_MESSAGE_MS = 8000


@dataclass
class Page:
    """One entry of the navigation: its key, texts, and how to build its widget (built on first visit)."""

    key: str
    nav_text: str
    title: str
    subtitle: str
    build: Callable[[], QWidget]
    widget: QWidget | None = None


class MainWindow(QMainWindow):
    """The application window of a logged-in user; pages depend on the user's role.

    ``logout_requested`` is emitted by File > Log out; whoever runs the application shows the login
    again (the window itself only knows its own user).
    """

    logout_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if ctx.user is None:
            raise ValueError("MainWindow needs a logged-in user")
        self.ctx = ctx
        self.user = ctx.user
        self.outlet = current_outlet(ctx.db)
        self.setWindowTitle(tr("After-sales desktop — {outlet}", outlet=self.outlet.name))
        self.jobs_view = JobsView(ctx)
        self.jobs_view.status_message.connect(self.show_status)
        self.jobs_view.detail.quality_case_opened.connect(self.show_status)
        # Sync belongs to the installation, not the page: it runs for every role, page or not.
        self.sync_runner = SyncRunner(ctx.db, parent=self)
        self.sync_runner.finished.connect(self._sync_finished)
        # Backups, restore and diagnostics; the daily schedule is started by the application after login.
        self.backup_actions = BackupActions(self, ctx)
        self.backup_actions.status_message.connect(self.show_status)
        self.pages: list[Page] = self._pages()
        self._build_body()
        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()
        self.navigation.setCurrentRow(0)
        self.sync_runner.start()

    # ---- construction ---------------------------------------------------------------------------

    def _pages(self) -> list[Page]:
        technician = self.user.role == Role.TECHNICIAN
        pages = [
            Page("jobs", tr("Jobs"), tr("Service jobs"),
                 tr("Every customer request from intake to closure."), lambda: self.jobs_view),
            Page("agenda", tr("My agenda") if technician else tr("Agenda"),
                 tr("My agenda") if technician else tr("Technicians' agenda"),
                 tr("On-site visits with their time, address, tools and parts to bring."),
                 self._build_agenda),
            Page("catalog", tr("Catalog"), tr("Product catalog"),
                 tr("Toner, ink, drums and ribbons, with compatible printers and prices."),
                 self._build_catalog),
        ]
        if technician:
            # The technician's laptop before leaving (a manager plans on the agenda; a manager's
            # side bar is full: Ctrl+1 … Ctrl+0 reach ten pages).
            pages.insert(2, Page("field", tr("Prepare for the field"), tr("Prepare for the field"),
                                 tr("Sync, then check what this laptop carries for today and tomorrow, and "
                                    "print the visit sheet."), self._build_field))
        if is_allowed(self.user.role, Action.VIEW_STOCK):
            pages.append(Page("stock", tr("Stock"), tr("Spare-parts stock"),
                              tr("On-hand by location and batch, the spare-part ledger, and stock alerts."),
                              self._build_stock))
        if is_allowed(self.user.role, Action.VIEW_REQUISITIONS):
            pages.append(Page("requisitions", tr("Requisitions"), tr("Spare-part requisitions"),
                              tr("Request parts, approve, issue, ship and confirm receipt; unused parts come back."),
                              self._build_requisitions))
        if is_allowed(self.user.role, Action.ADJUST_STOCK):
            pages.append(Page("stocktakes", tr("Stocktakes"), tr("Stocktakes"),
                              tr("Count the shelves, compare with the ledger, and post the differences."),
                              self._build_stocktakes))
        if is_allowed(self.user.role, Action.VIEW_SUPPLIERS):
            pages.append(Page("suppliers", tr("Suppliers"), tr("Suppliers"),
                              tr("Contacts, parts supplied, deliveries, defects and evaluation scores."),
                              self._build_suppliers))
        if is_allowed(self.user.role, Action.VIEW_QUALITY):
            pages.append(Page("quality", tr("Quality and returns"), tr("Quality problems, returns and exchanges"),
                              tr("Quality cases, remote support, return and exchange requests, inspection and "
                                 "decisions."), self._build_quality))
        if is_allowed(self.user.role, Action.MANAGE_STAFF):
            pages.append(Page("staff", tr("Staff"), tr("Staff accounts"),
                              tr("Who may log in at this outlet, and in which role."), self._build_staff))
        if is_allowed(self.user.role, Action.VIEW_SYNC):
            pages.append(Page("sync", tr("Sync"), tr("Sync"),
                              tr("Changes travel between this site and the others through a shared folder."),
                              self._build_sync))
        return pages

    def _build_agenda(self) -> QWidget:
        from aftersales_desktop.gui.agenda_view import AgendaView

        view = AgendaView(self.ctx)
        view.open_job.connect(self.show_job)
        return view

    def _build_field(self) -> QWidget:
        from aftersales_desktop.gui.field_view import FieldView

        view = FieldView(self.ctx, self.sync_runner)
        view.status_message.connect(self.show_status)
        return view

    def _build_catalog(self) -> QWidget:
        from aftersales_desktop.gui.catalog_view import CatalogView

        return CatalogView(self.ctx)

    def _build_stock(self) -> QWidget:
        from aftersales_desktop.gui.stock_view import StockView

        view = StockView(self.ctx)
        view.status_message.connect(self.show_status)
        return view

    def _build_requisitions(self) -> QWidget:
        from aftersales_desktop.gui.requisitions_view import RequisitionsView

        view = RequisitionsView(self.ctx)
        view.status_message.connect(self.show_status)
        return view

    def _build_stocktakes(self) -> QWidget:
        from aftersales_desktop.gui.stocktake_view import StocktakeView

        view = StocktakeView(self.ctx)
        view.status_message.connect(self.show_status)
        return view

    def _build_suppliers(self) -> QWidget:
        from aftersales_desktop.gui.suppliers_view import SuppliersView

        view = SuppliersView(self.ctx)
        view.status_message.connect(self.show_status)
        return view

    def _build_quality(self) -> QWidget:
        from aftersales_desktop.gui.quality_view import QualityView

        view = QualityView(self.ctx)
        view.status_message.connect(self.show_status)
        return view

    def _build_staff(self) -> QWidget:
        from aftersales_desktop.gui.staff_view import StaffView

        return StaffView(self.ctx)

    def _build_sync(self) -> QWidget:
        from aftersales_desktop.gui.sync_view import SyncView

        view = SyncView(self.ctx, self.sync_runner)
        view.status_message.connect(self.show_status)
        return view

    def _build_body(self) -> None:
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)

        side = QWidget()
        side.setObjectName("sidePanel")
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.setSpacing(0)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for page in self.pages:
            item = QListWidgetItem(page.nav_text)
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            # Style-sheet padding does not grow list rows, so the row height is set here.
            item.setSizeHint(QSize(0, self.navigation.fontMetrics().height() + 20))
            self.navigation.addItem(item)
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(p.nav_text) for p in self.pages)
        # Item padding and margins in the style sheet add about 60 px around the text.
        self.navigation.setFixedWidth(max(180, widest + 80))
        self.navigation.currentRowChanged.connect(self._show_page)
        side_column.addWidget(self.navigation)
        row.addWidget(side)

        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.setSpacing(0)
        self.new_job_button = QPushButton(tr("New job"))
        self.new_job_button.setObjectName("primaryButton")
        self.new_job_button.setToolTip(tr("Record a new customer request (Ctrl+N)"))
        self.new_job_button.clicked.connect(self.new_job)
        self.new_job_button.setVisible(is_allowed(self.user.role, Action.CREATE_JOB))
        # The button sits at the right of the title line, so the header stays one compact band.
        header, self.page_title, self.page_subtitle = page_header("", "", self.new_job_button)
        right_column.addWidget(header)
        self.stack = QStackedWidget()
        right_column.addWidget(self.stack, 1)
        row.addWidget(right, 1)
        self.setCentralWidget(body)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        self.new_job_action = QAction(tr("&New job"), self)
        self.new_job_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_job_action.triggered.connect(self.new_job)
        self.new_job_action.setVisible(is_allowed(self.user.role, Action.CREATE_JOB))
        self.new_job_action.setEnabled(is_allowed(self.user.role, Action.CREATE_JOB))
        file_menu.addAction(self.new_job_action)
        self.find_action = QAction(tr("&Find…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find_job)
        file_menu.addAction(self.find_action)
        self.sync_action = QAction(tr("S&ync now"), self)
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_action.triggered.connect(self.sync_now)
        file_menu.addAction(self.sync_action)
        file_menu.addSeparator()
        self.settings_action = QAction(tr("&Settings…"), self)
        self.settings_action.triggered.connect(self.open_settings)
        allowed_settings = is_allowed(self.user.role, Action.EDIT_SETTINGS)
        self.settings_action.setVisible(allowed_settings)
        self.settings_action.setEnabled(allowed_settings)
        file_menu.addAction(self.settings_action)
        self.backup_action = QAction(tr("&Back up now"), self)
        self.backup_action.triggered.connect(self.backup_actions.back_up_now)
        file_menu.addAction(self.backup_action)
        self.restore_action = QAction(tr("&Restore from backup…"), self)
        self.restore_action.triggered.connect(self.backup_actions.restore_from_backup)
        self.restore_action.setVisible(self.backup_actions.can_restore())
        self.restore_action.setEnabled(self.backup_actions.can_restore())
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.logout_action = QAction(tr("&Log out"), self)
        self.logout_action.triggered.connect(self.log_out)
        file_menu.addAction(self.logout_action)
        self.quit_action = QAction(tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(tr("&View"))
        for number, page in enumerate(self.pages, start=1):
            action = QAction(page.nav_text, self)
            if number <= 10:  # Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth page
                action.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
            action.triggered.connect(lambda _checked=False, key=page.key: self.show_page(key))
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(tr("&Help"))
        self.shortcuts_action = QAction(tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        self.diagnostics_action = QAction(tr("Export &diagnostics…"), self)
        self.diagnostics_action.triggered.connect(self.backup_actions.export_diagnostics)
        help_menu.addAction(self.diagnostics_action)
        about = QAction(tr("&About"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.sync_indicator = SyncIndicator(self.sync_runner)
        can_view = is_allowed(self.user.role, Action.VIEW_SYNC)
        self.sync_indicator.click_hint = tr("Click to open the Sync page.") if can_view else tr("Click to sync now.")
        self.sync_indicator.update_text()
        self.sync_indicator.clicked.connect(lambda: self.show_page("sync") if can_view else self.sync_now())
        bar.addPermanentWidget(self.sync_indicator)
        bar.addPermanentWidget(self.backup_actions.failure_label)
        self.user_label = QLabel(tr("{name} ({role})", name=self.user.display_name,
                                    role=tr(self.user.role.label)))
        self.outlet_label = QLabel(outlet_title(self.outlet.code, self.outlet.name))
        for label in (self.user_label, self.outlet_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    def _restore_geometry(self) -> None:
        saved = QSettings().value(GEOMETRY_KEY)
        if saved is not None and self.restoreGeometry(saved):
            return
        width, height = DEFAULT_SIZE
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            # A laptop screen smaller than the default gets a window that fits it.
            available = screen.availableGeometry()
            width, height = min(width, available.width()), min(height, available.height())
        self.resize(width, height)

    # ---- pages ----------------------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        """Keys of the pages this user sees, in navigation order."""
        return [page.key for page in self.pages]

    def page(self, key: str) -> QWidget:
        """The widget of page ``key``, built now if it was never shown."""
        page = next(p for p in self.pages if p.key == key)
        if page.widget is None:
            page.widget = page.build()
            self.stack.addWidget(page.widget)
        return page.widget

    def current_page_key(self) -> str:
        """Key of the page on screen."""
        return self.pages[self.navigation.currentRow()].key

    def show_page(self, key: str) -> QWidget:
        """Switch to page ``key`` and return its widget."""
        self.navigation.setCurrentRow(self.page_keys().index(key))
        return self.page(key)

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[row]
        fresh = page.widget is None
        widget = self.page(page.key)
        self.stack.setCurrentWidget(widget)
        self.page_title.setText(page.title)
        self.page_subtitle.setText(page.subtitle)
        refresh = getattr(widget, "refresh", None)
        # Pages other than jobs show what jobs work changes (visits), so they reload when revisited.
        if not fresh and page.key != "jobs" and callable(refresh):
            refresh()

    # ---- actions --------------------------------------------------------------------------------

    def show_job(self, job_id: str) -> None:
        """Switch to the jobs page and open one job."""
        self.show_page("jobs")
        self.jobs_view.open_job(job_id)

    def new_job(self) -> None:
        """Open the intake form on the jobs page."""
        if not is_allowed(self.user.role, Action.CREATE_JOB):
            return
        self.show_page("jobs")
        self.jobs_view.new_job()

    def find_job(self) -> None:
        """Ctrl+F: put the cursor in the current page's search box (the jobs search when it has none)."""
        box = _search_box(self.stack.currentWidget())
        if box is None:
            self.show_page("jobs")
            self.jobs_view.focus_search()
            return
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()

    def show_shortcuts(self) -> None:
        """F1: the keyboard shortcuts, in a small window."""
        rows = [(QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText),
                 tr("New job")),
                (QKeySequence(QKeySequence.StandardKey.Find).toString(QKeySequence.SequenceFormat.NativeText),
                 tr("Search on the current page")),
                ("Ctrl+1 … Ctrl+9, Ctrl+0", tr("Go to a page of the side bar, in order")),
                ("F5", tr("Sync now")),
                ("Enter", tr("Open the selected row; in a form, confirm")),
                ("Esc", tr("Close a form without saving")),
                ("Ctrl+Enter", tr("Confirm a signature or an inspection")),
                ("Ctrl+P / Ctrl+S", tr("Print / save as PDF in a slip or document window")),
                ("Ctrl+Z, Backspace", tr("Undo the last stroke on a signature pad")),
                ("Ctrl+Q", tr("Quit"))]
        text = "<table cellpadding='4'>" + "".join(
            f"<tr><td><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>" for keys, what in rows) + "</table>"
        QMessageBox.information(self, tr("Keyboard shortcuts"), text)

    def sync_now(self) -> None:
        """Exchange changes with the share now (F5); a note when this installation has not joined one."""
        if not self.sync_runner.sync_now():
            self.show_status(tr("This installation has not joined a share yet."))

    def _sync_finished(self, report: object) -> None:
        # Jobs other sites changed show up without asking; other pages reload on their next visit.
        if report.applied:
            self.jobs_view.refresh()

    def show_status(self, message: str) -> None:
        """Show a passing message in the status bar."""
        self.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    def settings_dialog(self) -> QWidget:
        """The outlet settings dialog (not shown yet)."""
        from aftersales_desktop.gui.settings_dialog import SettingsDialog

        return SettingsDialog(self.ctx, self)

    def open_settings(self) -> None:
        """Edit the outlet settings (managers)."""
        if is_allowed(self.user.role, Action.EDIT_SETTINGS) and self.settings_dialog().run():
            self.show_status(tr("Settings saved."))

    def log_out(self) -> None:
        """Ask the application to show the login again."""
        self.save_geometry()
        self.logout_requested.emit()

    def show_about(self) -> None:
        """Version and purpose of the application."""
        QMessageBox.about(self, tr("About the after-sales desktop"),
                          tr("After-sales desktop {version}\n\nService jobs, on-site visits and repair "
                             "slips for printer consumables, working offline.", version=__version__))

    def save_geometry(self) -> None:
        """Remember size and position for the next start."""
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Remember the geometry on the way out; no new sync cycles (a running one completes)."""
        self.save_geometry()
        self.sync_runner.stop()
        self.backup_actions.stop()
        super().closeEvent(event)


def _search_box(page: QWidget | None) -> QLineEdit | None:
    """A page's search or filter box: its ``search``/``filter`` field, or that of its current tab."""
    for name in ("search", "filter"):
        box = getattr(page, name, None)
        if isinstance(box, QLineEdit) and box.isVisibleTo(page):
            return box
    tabs = getattr(page, "tabs", None)
    if isinstance(tabs, QTabWidget):
        return _search_box(tabs.currentWidget())
    return None
