"""One cycle at a time per data folder, across processes; the lock dies with its process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from aftersales_desktop.sync.lock import Busy, cycle_lock

REPO = Path(__file__).resolve().parents[2]
HOLD = "import sys, time; from aftersales_desktop.sync.lock import cycle_lock\n" \
       "with cycle_lock(sys.argv[1]):\n    print('held', flush=True); time.sleep(60)\n"


def test_a_second_holder_in_another_process_is_refused_and_a_killed_holder_frees_it(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(REPO))
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path)], stdout=subprocess.PIPE, env=env)
    try:
        assert holder.stdout.readline().strip() == b"held"
        with pytest.raises(Busy):
            with cycle_lock(tmp_path):
                pass
    finally:
        holder.kill()  # SIGKILL: no clean-up runs in the holder
        holder.wait()
    with cycle_lock(tmp_path):  # the kernel released it with the process
        pass


def test_the_sync_command_says_when_another_cycle_runs(tmp_path, monkeypatch):
    from tests.sync.test_cycle import Installation

    monkeypatch.setenv("AFTERSALES_KEY_DIR", str(tmp_path / "keys"))
    site = Installation(tmp_path / "SH01", "SH01")
    site.db.dispose()
    with cycle_lock(tmp_path / "SH01"):
        result = subprocess.run([sys.executable, "-m", "aftersales_desktop", "sync", "--data-dir", str(tmp_path / "SH01")],
                                capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(REPO)), timeout=60)
    assert result.returncode == 1 and "Another sync" in result.stderr
