"""Say so when a command waits for another process's lock on a SQLite store, instead of waiting in
silence for minutes. A watchdog looks after a short delay: if the command is still running and
another connection holds the write lock, it prints once that the store is busy and how long
accord will wait for it."""
from __future__ import annotations

import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from accord.store.sqlite import BUSY_TIMEOUT_S, RETRY_FOR_S

NOTICE_AFTER_S = 1.5


def _locked(path: str) -> bool:
    """Does another connection hold a lock that keeps readers out of the SQLite file at `path`?
    (In WAL mode an ordinary writer does not: the reader goes on, and nothing need be said.)"""
    try:
        conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return False
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc).lower() or "busy" in str(exc).lower()
    finally:
        conn.close()


def _minutes(seconds: float) -> str:
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes} min {rest} s" if minutes else f"{rest} s"


def busy_message(path: str) -> str:
    return (f"accord: the store {path} is busy: another process is writing to it; waiting for it up to "
            f"{_minutes(BUSY_TIMEOUT_S + RETRY_FOR_S)} (Ctrl-C to stop)")


@contextmanager
def notice_when_busy(path: str | None, stream: TextIO | None = None,
                     after: float = NOTICE_AFTER_S) -> Iterator[None]:
    """Run the body; if it still runs after `after` seconds while the SQLite store at `path` is
    write-locked by another process, print `busy_message` once to `stream` (stderr)."""
    if not path or path == ":memory:":
        yield
        return
    out = stream or sys.stderr
    done = threading.Event()

    def watch() -> None:
        if not done.wait(after) and _locked(path):
            print(busy_message(path), file=out, flush=True)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
