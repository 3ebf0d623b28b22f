"""One sync cycle at a time per data folder, across processes (the GUI's timer and a scheduled task).

An OS file lock on ``sync.lock`` in the data folder: the kernel releases it when the process
ends, even by kill -9 or a power cut, so a crash never leaves a stuck lock (unlike lock files
that must be deleted, joplin#5813).
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

LOCK_NAME = "sync.lock"


class Busy(Exception):
    """Another process is running a sync cycle on this data folder."""


def _try_lock(handle) -> bool:  # noqa: ANN001 - an open binary file
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(handle) -> None:  # noqa: ANN001
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextmanager
def cycle_lock(data_dir: Path) -> Iterator[None]:
    """Hold the data folder's sync lock for the ``with`` block; Busy when another process has it."""
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    handle = os.fdopen(os.open(Path(data_dir) / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644), "r+b")
    try:
        handle.seek(0)  # Windows locks bytes from the current position
        if not _try_lock(handle):
            raise Busy(str(data_dir))
        try:
            handle.seek(0)
            handle.write(f"{os.getpid():>10}\n".encode("ascii"))  # who holds it, for a curious admin
            handle.flush()
            yield
        finally:
            _unlock(handle)
    finally:
        handle.close()
