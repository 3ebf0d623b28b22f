"""Hybrid logical clock: timestamps that keep causal order even when a site's wall clock is wrong."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable

MAX_FUTURE_DRIFT_MS = 24 * 3600 * 1000


@dataclass(frozen=True, order=True)
class Timestamp:
    """One HLC reading: wall milliseconds, a counter for events in the same millisecond, and the site."""

    wall_ms: int
    counter: int
    site: str

    def encode(self) -> str:
        """Text form that sorts like the timestamp itself (fixed-width fields)."""
        return f"{self.wall_ms:015d}-{self.counter:06d}-{self.site}"

    @classmethod
    def decode(cls, text: str) -> "Timestamp":
        """Parse the text form made by :meth:`encode`."""
        wall, counter, site = text.split("-", 2)
        return cls(int(wall), int(counter), site)


class ClockDriftError(ValueError):
    """A remote timestamp is too far in the future to adopt."""


class HybridLogicalClock:
    """A site's clock: ``now()`` for local events, ``observe()`` for timestamps read from other sites."""

    def __init__(self, site: str, last: Timestamp | None = None,
                 wall_clock: Callable[[], int] | None = None) -> None:
        self.site = site
        self._wall = wall_clock or (lambda: time.time_ns() // 1_000_000)
        self.last = last or Timestamp(0, 0, site)
        # The GUI thread stamps local edits while the sync worker observes received stamps.
        self._lock = threading.Lock()

    def now(self) -> Timestamp:
        """Timestamp for a local event; strictly greater than every timestamp seen before."""
        with self._lock:
            return self._now()

    def _now(self) -> Timestamp:
        wall = self._wall()
        if wall > self.last.wall_ms:
            self.last = Timestamp(wall, 0, self.site)
        else:
            self.last = Timestamp(self.last.wall_ms, self.last.counter + 1, self.site)
        return self.last

    def observe(self, remote: Timestamp) -> Timestamp:
        """Merge a remote timestamp so later local events sort after it; refuse one far in the future."""
        with self._lock:
            return self._observe(remote)

    def _observe(self, remote: Timestamp) -> Timestamp:
        wall = self._wall()
        if remote.wall_ms - wall > MAX_FUTURE_DRIFT_MS:
            raise ClockDriftError(f"timestamp {remote.encode()} is more than 24 h ahead of this clock")
        top = max(wall, self.last.wall_ms, remote.wall_ms)
        if top == self.last.wall_ms == remote.wall_ms:
            counter = max(self.last.counter, remote.counter) + 1
        elif top == self.last.wall_ms:
            counter = self.last.counter + 1
        elif top == remote.wall_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        self.last = Timestamp(top, counter, self.site)
        return self.last
