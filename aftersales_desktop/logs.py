"""The log file: <data dir>/logs/aftersales.log, rotated at 1 MB (5 kept), and uncaught exceptions in it.

The application logs under the "aftersales" logger tree (``logging.getLogger("aftersales.sync")``)
at INFO and above; other libraries reach the file from WARNING up. Nothing is printed on the
console by this module: command-line output stays what the commands print.
"""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOGGER_NAME = "aftersales"
LOG_FILE = "aftersales.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

_log = logging.getLogger(LOGGER_NAME)
_handler: RotatingFileHandler | None = None
_previous_excepthook = None
_previous_thread_hook = None


def logs_dir(data_dir: Path) -> Path:
    """The folder of the log files inside a data folder."""
    return Path(data_dir) / "logs"


def log_files(data_dir: Path) -> list[Path]:
    """The current log file and its rotated predecessors, newest first."""
    folder = logs_dir(data_dir)
    names = [LOG_FILE] + [f"{LOG_FILE}.{n}" for n in range(1, BACKUP_COUNT + 1)]
    return [folder / name for name in names if (folder / name).is_file()]


def configure_logging(data_dir: Path, *, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT) -> Path:
    """Log to <data dir>/logs/aftersales.log from now on (replacing an earlier data folder's file); its path.

    Also installs hooks that log uncaught exceptions of the main thread and of other threads
    before the previous hooks run (the traceback still reaches stderr).
    """
    global _handler
    folder = logs_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    handler = RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8",
                                  delay=True)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = handler
    # One handler on the root: "aftersales" records propagate to it at INFO, the rest from WARNING.
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    if _log.level == logging.NOTSET or _log.level > logging.INFO:
        _log.setLevel(logging.INFO)
    logging.captureWarnings(True)
    _install_hooks()
    from aftersales_desktop import __version__

    _log.info("after-sales desktop %s started: %s", __version__, " ".join(sys.argv[1:]) or "(window)")
    return path


def stop_logging() -> None:
    """Close the log file (tests, and before a data folder is deleted)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def current_log_file() -> Path | None:
    """The file being logged to, or None before configure_logging."""
    return Path(_handler.baseFilename) if _handler is not None else None


def _log_uncaught(exc_type, exc_value, exc_traceback) -> None:  # noqa: ANN001 - sys.excepthook's signature
    if issubclass(exc_type, KeyboardInterrupt):
        return
    _log.critical("uncaught exception", exc_info=(exc_type, exc_value, exc_traceback))


def _excepthook(exc_type, exc_value, exc_traceback) -> None:  # noqa: ANN001
    try:
        _log_uncaught(exc_type, exc_value, exc_traceback)
    finally:
        (_previous_excepthook or sys.__excepthook__)(exc_type, exc_value, exc_traceback)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    try:
        if args.exc_type is not SystemExit:
            thread = args.thread.name if args.thread is not None else "?"
            _log.critical("uncaught exception in thread %s", thread,
                          exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
    finally:
        (_previous_thread_hook or threading.__excepthook__)(args)


def _install_hooks() -> None:
    global _previous_excepthook, _previous_thread_hook
    if sys.excepthook is not _excepthook:
        _previous_excepthook = sys.excepthook
        sys.excepthook = _excepthook
    if threading.excepthook is not _thread_excepthook:
        _previous_thread_hook = threading.excepthook
        threading.excepthook = _thread_excepthook
