"""Sync off the GUI thread: cycles on a timer and on demand, one at a time, and the share steps in the same queue."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from aftersales_desktop.gui.workers import SerialWorker
from aftersales_desktop.services import sync_status
from aftersales_desktop.services.sync_status import SyncStatus
from aftersales_desktop.storage.database import Database

_log = logging.getLogger("aftersales.sync")

#: The first cycle waits until the window has drawn and the user can work.
STARTUP_DELAY_MS = 4000
MINUTE_MS = 60_000


class SyncRunner(SerialWorker):
    """Runs sync cycles in a worker thread, one at a time, on a timer and on ``sync_now()``.

    A request while a cycle runs is remembered and run once that cycle ends. An installation that
    has not joined a share does nothing. Share steps (``run_task``) go through the same one-thread
    queue, so a snapshot never publishes while a cycle does.

    Signals: ``started()``, ``finished(CycleReport)``, ``failed(code, translated message)`` and
    ``status_changed(SyncStatus)`` after every cycle or status read. ``status`` is the latest.
    """

    started = Signal()
    finished = Signal(object)
    failed = Signal(str, str)
    status_changed = Signal(object)

    def __init__(self, db: Database, data_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.data_dir = Path(data_dir) if data_dir is not None else sync_status.data_dir_of(db)
        self.cycle_running = False
        self._again = False
        # Unknown until the worker has read it: start-up does not wait for (or import) the sync code.
        self.status: SyncStatus | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        self.first_cycle = QTimer(self)
        self.first_cycle.setSingleShot(True)
        self.first_cycle.timeout.connect(self.sync_now)

    # ---- scheduling -----------------------------------------------------------------------------

    def start(self, first_delay_ms: int = STARTUP_DELAY_MS) -> None:
        """Sync automatically: once soon after start, then every interval; read the status now."""
        self.reload_interval()
        self.first_cycle.start(first_delay_ms)
        self.refresh_status()

    def stop(self) -> None:
        """No more automatic cycles (a running one finishes)."""
        self.timer.stop()
        self.first_cycle.stop()

    def reload_interval(self) -> None:
        """Re-read the interval (after it was changed) and restart the timer with it."""
        self.timer.start(sync_status.sync_interval(self.db) * MINUTE_MS)

    def is_joined(self) -> bool:
        """Whether this installation takes part in a share."""
        return sync_status.is_joined(self.db)

    def sync_now(self) -> bool:
        """Run a cycle now, or right after the running one; False (and nothing) when not joined."""
        if not self.is_joined():
            return False
        if self.cycle_running:
            self._again = True
            return True
        self.cycle_running = True
        self.started.emit()
        self.queue(lambda: sync_status.run_cycle(self.db, self.data_dir), self._cycle_done, self._cycle_crashed)
        return True

    def refresh_status(self) -> None:
        """Read membership, last success and changes waiting in the worker; ``status_changed`` follows."""
        def publish(status: SyncStatus) -> None:
            # A cycle's outcome says more than a plain read (why it failed): keep its error.
            if self.status is not None and self.status.error_code and status.joined:
                status = SyncStatus(status.joined, status.last_success, status.waiting, self.status.report,
                                    self.status.error_code, self.status.error_text)
            self.status = status
            self.status_changed.emit(status)

        self.queue(lambda: sync_status.read_status(self.db, self.data_dir), publish,
                   lambda error: _log.error("cannot read the sync status", exc_info=error))

    def run_task(self, work: Callable[[], object], on_done: Callable[[object], None],
                 on_failed: Callable[[Exception], None], owner: QObject | None = None) -> None:
        """Run a share step in the worker queue; the callbacks run on the GUI thread (not when ``owner`` is gone)."""
        self.queue(work, on_done, on_failed, owner)

    # ---- results --------------------------------------------------------------------------------

    def _cycle_done(self, status: SyncStatus) -> None:
        self.cycle_running = False
        self.status = status
        self.status_changed.emit(status)
        if status.report is not None:
            self.finished.emit(status.report)
        else:
            self.failed.emit(status.error_code, status.error_text)
        self._run_again()

    def _cycle_crashed(self, error: Exception) -> None:
        # Not an error the engine describes (a bug, a full disk): keep the details in the log file.
        _log.error("sync cycle failed", exc_info=error)
        self.cycle_running = False
        text = sync_status.error_text(error)
        known = self.status or SyncStatus(True, None, -1)
        self.status = SyncStatus(known.joined, known.last_success, known.waiting, None, "error", text)
        self.status_changed.emit(self.status)
        self.failed.emit("error", text)
        self._run_again()

    def _run_again(self) -> None:
        if self._again:
            self._again = False
            self.sync_now()
