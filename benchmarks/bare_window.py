"""Cold-start baseline: a bare QApplication and QMainWindow, shown; prints ``ready`` once idle, exits."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    """Show an empty main window and report ready when the event loop first goes idle."""
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()

    def ready() -> None:
        print("ready", flush=True)
        app.quit()

    # A zero timer fires once the queued show/paint events are processed: the loop is idle.
    QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
