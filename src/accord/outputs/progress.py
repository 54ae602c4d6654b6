"""Progress of an ingest: how many articles of how many are done, how many failed, the rate and
the time left. On a terminal a tqdm bar; piped into a file or a log, one plain line now and then,
never a carriage-return animation."""
from __future__ import annotations

import os
import sys
import time
from typing import TextIO

from tqdm import tqdm

PLAIN_EVERY_S = 10.0


def _duration(seconds: float) -> str:
    minutes, rest = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min {rest} s" if minutes else f"{rest} s"


def _columns(stream: TextIO) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return 0


class Progress:
    """`step()` once per article read (stored, duplicate, failed or not news), with the failures
    so far; `close()` at the end."""

    def __init__(self, total: int | None, *, quiet: bool = False, stream: TextIO | None = None,
                 every: float = PLAIN_EVERY_S) -> None:
        self.stream = stream or sys.stderr
        self.total, self.done, self.failures = total, 0, 0
        self.quiet, self.every = quiet, every
        self.started = self.last = time.monotonic()
        self.bar = None
        if not quiet and self.stream.isatty():
            # a terminal that reports no width (a serial console, `script`) would get an empty bar
            sized = _columns(self.stream) > 0
            self.bar = tqdm(total=total, unit="article", file=self.stream, dynamic_ncols=sized,
                            ncols=None if sized else 100, nrows=None if sized else 40)
            self.bar.set_postfix(failed=0)
        elif not quiet:
            print(f"ingest: {total if total is not None else 'an unknown number of'} articles to read",
                  file=self.stream, flush=True)

    def step(self, n: int = 1, failed: int | None = None) -> None:
        self.done += n
        if self.bar is not None:
            if failed is not None and failed != self.failures:
                self.failures = failed
                self.bar.set_postfix(failed=failed, refresh=False)
            self.bar.update(n)
            return
        self.failures = failed if failed is not None else self.failures
        if not self.quiet and time.monotonic() - self.last >= self.every:
            self.last = time.monotonic()
            print(self.line(), file=self.stream, flush=True)

    def line(self) -> str:
        """«ingest: 120/400 done, 2 failed, 14.2 articles/s, about 20 s left»"""
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / elapsed
        of = f"/{self.total}" if self.total is not None else ""
        left = ""
        if self.total is not None and rate > 0 and self.total > self.done:
            left = f", about {_duration((self.total - self.done) / rate)} left"
        return f"ingest: {self.done}{of} done, {self.failures} failed, {rate:.1f} articles/s{left}"

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        elif not self.quiet:
            elapsed = time.monotonic() - self.started
            print(f"{self.line()} — finished in {_duration(elapsed)}", file=self.stream, flush=True)
