"""A one-line progress bar on stderr (articles/s and ETA) when stderr is a terminal; silent otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from ..runners.local import Progress


class ProgressBar:
    def __init__(self, stream: TextIO | None = None, every: float = 0.25) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.every = every
        self._last = 0.0

    def __call__(self, state: Progress) -> None:
        now = time.monotonic()
        if not self.enabled or now - self._last < self.every:
            return
        self._last = now
        rate = state.done / state.elapsed if state.elapsed > 0 else 0.0
        if state.total:
            frac = min(1.0, state.done / state.total)
            bar = "#" * int(frac * 24)
            eta = (state.total - state.done) / rate if rate > 0 else 0.0
            line = (f"[{bar:<24}] {state.done}/{state.total}  {rate:.1f} articles/s  "
                    f"ETA {int(eta) // 60}:{int(eta) % 60:02d}")
        else:
            line = f"{state.done} articles  {rate:.1f} articles/s"
        self.stream.write(f"\r{line}  (+{state.added} new, {state.rejected} bad) \x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self._last:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
