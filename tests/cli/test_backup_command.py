"""`aftersales backup`, `backups` and `restore` as a script (or a person at a terminal) runs them."""

from __future__ import annotations

import os
import pty
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

from aftersales_desktop.paths import backups_dir, database_path
from tests.services.support import _outlet_template, fast_passwords, outlet_copy  # noqa: F401  (fixtures)
from tests.test_backup import job_numbers, new_job

REPO = Path(__file__).resolve().parents[2]


def _env() -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))


def _run(*args: str, stdin: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "aftersales_desktop", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout, cwd=REPO, env=_env(), input=stdin)


def _run_on_terminal(*args: str, answer: str, timeout: float = 120) -> tuple[int, str]:
    """Run with a pseudo-terminal as stdin/stdout, answer the question, return (exit code, what it showed)."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "aftersales_desktop", *args], stdin=terminal, stdout=terminal,
                               stderr=terminal, cwd=REPO, env=_env())
    os.close(terminal)
    shown = b""
    deadline = time.monotonic() + timeout
    try:
        while b"Type YES" not in shown and time.monotonic() < deadline:
            shown += os.read(controller, 4096)
        os.write(controller, answer.encode() + b"\n")
        process.wait(timeout)
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(controller)
        if process.poll() is None:
            process.kill()
    return process.returncode, shown.decode("utf-8", "replace")


def test_backup_prints_the_path_and_backups_lists_it(outlet, tmp_path):
    outlet.db.dispose()
    result = _run("backup", "--data-dir", str(outlet.data_dir))
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path.parent == backups_dir(outlet.data_dir) and path.name.endswith("-manual.sqlite3") and path.is_file()

    elsewhere = tmp_path / "usb"
    result = _run("backup", "--to", str(elsewhere), "--data-dir", str(outlet.data_dir))
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).parent == elsewhere

    listed = _run("backups", "--data-dir", str(outlet.data_dir))
    assert listed.returncode == 0, listed.stderr
    assert str(path) in listed.stdout and "manual" in listed.stdout
    assert "1 backup(s) in" in listed.stdout
    # The command logged what it did in the data folder's log file.
    log = (outlet.data_dir / "logs" / "aftersales.log").read_text(encoding="utf-8")
    assert f"manual backup written: {path}" in log


def test_backup_without_a_database_says_so(tmp_path):
    result = _run("backup", "--data-dir", str(tmp_path / "none"))
    assert result.returncode == 1 and "No outlet database" in result.stderr


def test_restore_with_yes_replaces_the_database(outlet):
    kept = new_job(outlet.clerk, "王芳")
    outlet.db.dispose()
    copy = Path(_run("backup", "--data-dir", str(outlet.data_dir)).stdout.strip())
    new_job(outlet.clerk, "李娜")
    outlet.db.dispose()

    result = _run("restore", str(copy), "--yes", "--data-dir", str(outlet.data_dir))

    assert result.returncode == 0, result.stderr
    assert f"Restored {copy} into {outlet.data_dir} (outlet SH01" in result.stdout
    assert "pre-restore" in result.stdout and "re-join" in result.stdout
    assert job_numbers(database_path(outlet.data_dir)) == {kept}


def test_restore_without_a_terminal_and_without_yes_is_refused(outlet):
    outlet.db.dispose()
    copy = Path(_run("backup", "--data-dir", str(outlet.data_dir)).stdout.strip())
    later = new_job(outlet.clerk, "李娜")
    outlet.db.dispose()
    result = _run("restore", str(copy), "--data-dir", str(outlet.data_dir), stdin="YES\n")
    assert result.returncode == 1
    assert "Refused" in result.stderr and "--yes" in result.stderr
    assert later in job_numbers(database_path(outlet.data_dir))


def test_restore_refuses_a_damaged_file_whatever_the_flags(outlet, tmp_path):
    outlet.db.dispose()
    copy = Path(_run("backup", "--data-dir", str(outlet.data_dir)).stdout.strip())
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(copy.read_bytes()[:40_000])
    text = tmp_path / "notes.txt"
    text.write_text("not a backup\n", encoding="utf-8")
    before = database_path(outlet.data_dir).read_bytes()
    for bad, problem in ((truncated, "truncated.sqlite3 is damaged"), (text, "notes.txt is not a database backup")):
        result = _run("restore", str(bad), "--yes", "--data-dir", str(outlet.data_dir))
        assert result.returncode == 1
        assert problem in result.stderr, result.stderr
    assert database_path(outlet.data_dir).read_bytes() == before
    assert [p.name.endswith("-manual.sqlite3") for p in backups_dir(outlet.data_dir).iterdir()] == [True]


def test_restore_on_a_terminal_asks_for_yes_naming_the_outlet(outlet):
    kept = new_job(outlet.clerk, "王芳")
    outlet.db.dispose()
    copy = Path(_run("backup", "--data-dir", str(outlet.data_dir)).stdout.strip())
    later = new_job(outlet.clerk, "李娜")
    outlet.db.dispose()

    code, shown = _run_on_terminal("restore", str(copy), "--data-dir", str(outlet.data_dir), answer="yes")
    assert code == 1, shown
    assert f"Type YES to replace the database of SH01 上海浦东网点 in {outlet.data_dir}" in shown
    assert "Not restored." in shown
    assert later in job_numbers(database_path(outlet.data_dir)), "only YES in capitals confirms"

    code, shown = _run_on_terminal("restore", str(copy), "--data-dir", str(outlet.data_dir), answer="YES")
    assert code == 0, shown
    assert "Restored" in shown
    assert job_numbers(database_path(outlet.data_dir)) == {kept}
    with closing(sqlite3.connect(database_path(outlet.data_dir))) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
