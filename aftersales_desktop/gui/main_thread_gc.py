"""Garbage collection only on the GUI thread.

Python's cycle collector runs in whichever thread happens to allocate when a threshold is hit. If
that is a worker (the sync cycle, a slip rendering, the job count) it may finalise the Python
wrappers of Qt objects made on the GUI thread and run their C++ destructors on the wrong thread,
which crashes Qt at random. So automatic collection is switched off and the GUI thread collects
on a timer, generation by generation as the thresholds say (the approach calibre uses).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadGarbageCollector(QObject):
    """Collects garbage cycles from the GUI thread only; create it once, on the GUI thread."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        first, second, third = gc.get_count()
        if first > self.threshold[0]:
            gc.collect(0)
            if second > self.threshold[1]:
                gc.collect(1)
                if third > self.threshold[2]:
                    gc.collect(2)


_collector: MainThreadGarbageCollector | None = None


def install(app: QObject) -> MainThreadGarbageCollector:
    """Switch to GUI-thread collection for this application (idempotent)."""
    global _collector
    if _collector is None:
        _collector = MainThreadGarbageCollector(app)
    return _collector
