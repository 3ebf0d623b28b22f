"""Work off the GUI thread, one piece at a time, with the outcome delivered back on the GUI thread.

Sync cycles and backups both run this way: a one-thread pool (so two pieces of work never touch
the database at once), and callbacks that run on the GUI thread, where Qt objects may be used.
"""

from __future__ import annotations

import time
from typing import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    """Carries a task's outcome back to the GUI thread: (task number, result or exception)."""

    done = Signal(int, object)
    failed = Signal(int, object)


class _Task(QRunnable):
    """Runs one piece of work in the pool and reports how it went; never raises into the pool."""

    def __init__(self, number: int, work: Callable[[], object], signals: _Signals) -> None:
        super().__init__()
        self._number, self._work, self._signals = number, work, signals

    def run(self) -> None:
        """Do the work, then report its result or its error."""
        try:
            result = self._work()
        except Exception as error:  # noqa: BLE001 - reported on the GUI thread, which decides what to show
            outcome, value = self._signals.failed, error
        else:
            outcome, value = self._signals.done, result
        try:
            outcome.emit(self._number, value)
        except RuntimeError:  # the queue went away while the work ran
            pass


class SerialWorker(QObject):
    """A one-thread work queue whose results come back on the GUI thread (a base for sync and backups).

    ``queue(work, on_done, on_failed, owner)`` runs ``work()`` in the worker, then ``on_done(result)``
    or ``on_failed(exception)`` on the GUI thread; neither runs when ``owner`` was deleted meanwhile.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The pool is made before the signals: children die in order, and the pool's end waits
        # for a running task, so its report never reaches a deleted object.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._task_done)
        self._signals.failed.connect(self._task_failed)
        self._callbacks: dict[int, tuple[QObject | None, Callable, Callable]] = {}
        self._numbers = 0

    def queue(self, work: Callable[[], object], on_done: Callable, on_failed: Callable,
              owner: QObject | None = None) -> None:
        """Run ``work`` after the work already queued; report to the callbacks on the GUI thread."""
        self._numbers += 1
        self._callbacks[self._numbers] = (owner, on_done, on_failed)
        self.pool.start(_Task(self._numbers, work, self._signals))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work, and work its results queue, is done and delivered (scripts, tests)."""
        deadline = time.monotonic() + msecs / 1000
        while True:
            left = int((deadline - time.monotonic()) * 1000)
            if left <= 0 or not self.pool.waitForDone(left):
                return False
            # Results arrive as queued calls on this object: deliver them now.
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
            if not self._callbacks:
                return True

    def _task_done(self, number: int, result: object) -> None:
        owner, on_done, _on_failed = self._callbacks.pop(number)
        if owner is None or shiboken6.isValid(owner):
            on_done(result)

    def _task_failed(self, number: int, error: object) -> None:
        owner, _on_done, on_failed = self._callbacks.pop(number)
        if owner is None or shiboken6.isValid(owner):
            on_failed(error)
