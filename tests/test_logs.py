"""The rotating log file in the data folder, and uncaught exceptions landing in it."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import warnings
from pathlib import Path

from aftersales_desktop import logs

REPO = Path(__file__).resolve().parents[1]


def read_log(data_dir: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (data_dir / "logs" / "aftersales.log").read_text(encoding="utf-8")


def test_the_application_loggers_write_to_the_file_in_the_data_folder(tmp_path, logging_restored):
    path = logs.configure_logging(tmp_path)
    assert path == tmp_path / "logs" / "aftersales.log"
    logging.getLogger("aftersales.sync").info("published %d changes for %s", 3, "上海浦东网点")
    logging.getLogger("aftersales.backup").debug("not at debug level")
    logging.getLogger("some.library").info("a library's chatter stays out")
    logging.getLogger("some.library").warning("a library's warning goes in")
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("a deprecated call", DeprecationWarning)
    text = read_log(tmp_path)
    line = next(line for line in text.splitlines() if "published 3 changes" in line)
    # time, level, logger, message
    assert line.split()[2:4] == ["INFO", "aftersales.sync:"] and line.endswith("for 上海浦东网点")
    assert line[:4].isdigit() and line[4] == "-"
    assert "not at debug level" not in text and "chatter" not in text
    assert "WARNING some.library: a library's warning goes in" in text
    assert "a deprecated call" in text


def test_configuring_again_moves_the_file_without_writing_twice(tmp_path, logging_restored):
    logs.configure_logging(tmp_path / "first")
    logs.configure_logging(tmp_path / "second")
    logging.getLogger("aftersales.jobs").warning("once")
    assert read_log(tmp_path / "second").count("once") == 1
    assert "once" not in read_log(tmp_path / "first")
    assert logs.current_log_file() == tmp_path / "second" / "logs" / "aftersales.log"


def test_the_file_rotates_and_keeps_a_bounded_number(tmp_path, logging_restored):
    logs.configure_logging(tmp_path, max_bytes=2_000, backup_count=2)
    log = logging.getLogger("aftersales.sync")
    for n in range(200):
        log.info("line %03d %s", n, "x" * 40)
    files = logs.log_files(tmp_path)
    assert [p.name for p in files] == ["aftersales.log", "aftersales.log.1", "aftersales.log.2"]
    assert all(p.stat().st_size <= 2_000 for p in files)
    assert "line 199" in read_log(tmp_path)
    assert "line 000" not in "".join(p.read_text(encoding="utf-8") for p in files), "the oldest were dropped"


def test_the_defaults_are_one_megabyte_times_five(tmp_path, logging_restored):
    logs.configure_logging(tmp_path)
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "baseFilename", "").startswith(str(tmp_path)))
    assert (handler.maxBytes, handler.backupCount, handler.encoding) == (1_000_000, 5, "utf-8")


_CRASH = r"""
import sys, threading
from pathlib import Path
from aftersales_desktop.logs import configure_logging
configure_logging(Path(sys.argv[1]))
worker = threading.Thread(target=lambda: 1 / 0, name="sync-worker")
worker.start(); worker.join()
raise ValueError("盘点 boom")
"""


def test_uncaught_exceptions_of_the_main_thread_and_of_threads_are_logged(tmp_path):
    result = subprocess.run([sys.executable, "-c", _CRASH, str(tmp_path)], capture_output=True, text=True,
                            encoding="utf-8", timeout=60, cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)))
    assert result.returncode == 1
    assert "ValueError: 盘点 boom" in result.stderr, "the traceback still reaches stderr"
    text = (tmp_path / "logs" / "aftersales.log").read_text(encoding="utf-8")
    assert "CRITICAL aftersales: uncaught exception in thread sync-worker" in text
    assert "ZeroDivisionError" in text
    assert "CRITICAL aftersales: uncaught exception\n" in text
    assert "ValueError: 盘点 boom" in text
