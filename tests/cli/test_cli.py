"""The command line as a script sees it: a real process, its exit code and what it prints."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from aftersales_desktop import __version__

REPO = Path(__file__).resolve().parents[2]


def _run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "aftersales_desktop", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout, cwd=REPO, env=env)


def test_demo_data_seeds_a_folder_and_prints_the_report(tmp_path):
    folder = tmp_path / "outlet"
    result = _run("demo-data", "--data-dir", str(folder), "--jobs", "50")
    assert result.returncode == 0, result.stderr
    assert f"Seeded 50 jobs into {folder} (outlet SH01) in " in result.stdout
    assert "50/50 jobs" in result.stdout
    assert (folder / "aftersales.sqlite3").is_file()


def test_demo_data_refuses_a_negative_count(tmp_path):
    result = _run("demo-data", "--data-dir", str(tmp_path / "x"), "--jobs", "-1")
    assert result.returncode == 2 and "--jobs" in result.stderr


def test_version_prints_the_version():
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"aftersales {__version__}"
