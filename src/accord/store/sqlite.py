"""The store on SQLite: WAL, FTS5, and patience with other processes writing the same file."""
from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from accord.store.base import Store
from accord.store.core import Params, StoreError
from accord.store.search_query import Query as SearchQuery
from accord.store.search_query import fts5_match

BUSY_TIMEOUT_S = 30.0
# Past the busy timeout a writer tries again this long before it reports the lock.
RETRY_FOR_S = 300.0
_CHUNK = 500

T = TypeVar("T")


def _is_lock(exc: sqlite3.OperationalError) -> bool:
    message = str(exc).lower()
    return "locked" in message or "busy" in message


def _retrying(action: Callable[[], T]) -> T:
    """Run an action again while another connection holds the lock it needs."""
    deadline = time.monotonic() + RETRY_FOR_S
    pause = 0.05
    while True:
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if not _is_lock(exc) or time.monotonic() > deadline:
                raise
        time.sleep(pause * (0.5 + random.random()))
        pause = min(pause * 2, 2.0)


def _statements(script: str) -> list[str]:
    """Split a SQL script on statement ends (trigger bodies hold ";" inside a statement)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    leftover = [line for line in current.splitlines() if line.strip() and not line.strip().startswith("--")]
    if leftover:
        raise StoreError(f"unterminated SQL statement in a migration: {current.strip()[:80]!r}")
    return statements


class SQLiteStore(Store):
    dialect = "sqlite"

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        try:
            # timeout is SQLite's busy timeout; isolation_level=None: the store issues BEGIN/COMMIT
            # itself (see StoreCore.transaction).
            self._conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            if path != ":memory:":
                _retrying(lambda: self._conn.execute("PRAGMA journal_mode = WAL"))
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the SQLite database {path!r}: {exc}") from exc
        # NORMAL is safe in WAL mode: a power cut may lose the last commits, never corrupt.
        self._conn.execute("PRAGMA synchronous = NORMAL")
        self._conn.execute("PRAGMA foreign_keys = ON")
        self._migrate()

    def _execute(self, sql: str, params: Params = ()) -> Any:
        if self._depth:
            return self._conn.execute(sql, params)
        return _retrying(lambda: self._conn.execute(sql, params))

    def _executemany(self, sql: str, rows: Iterable[Params]) -> None:
        self._conn.executemany(sql, rows)

    def _begin(self) -> None:
        # IMMEDIATE takes the write lock now, so the busy timeout applies here and a transaction
        # never fails halfway for want of a lock another process holds.
        _retrying(lambda: self._conn.execute("BEGIN IMMEDIATE"))

    def _lock_schema(self) -> None:
        """BEGIN IMMEDIATE already holds the database's one write lock."""

    def _run_script(self, sql: str) -> None:
        for statement in _statements(sql):
            self._conn.execute(statement)

    def _limit(self, limit: int | None) -> int:
        return -1 if limit is None else limit

    def _search_documents(self, terms: SearchQuery, limit: int) -> list[tuple[str, str | None, str]]:
        rows = self._rows(
            "SELECT d.name, d.title, d.text "
            "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
            "WHERE documents_fts MATCH ? ORDER BY documents_fts.rank, d.id LIMIT ?",
            (_match(terms), limit))
        return [(name, title, text) for name, title, text in rows]

    def _search_evidence(self, terms: SearchQuery, docs: list[str]) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        for i in range(0, len(docs), _CHUNK):
            chunk = docs[i:i + _CHUNK]
            found += self._rows(
                "SELECT s.event_id, s.doc FROM event_sources_fts JOIN event_sources s "
                "ON s.id = event_sources_fts.rowid WHERE event_sources_fts MATCH ? "
                f"AND s.doc IN ({', '.join('?' * len(chunk))}) ORDER BY s.id", (_match(terms), *chunk))
        return found

    def _engine_problems(self) -> list[str]:
        problems = [f"integrity_check: {r[0]}" for r in self._rows("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {r}" for r in self._rows("PRAGMA foreign_key_check")]
        for fts in ("documents_fts", "event_sources_fts"):
            try:
                with self.transaction():
                    self._execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                problems.append(f"{fts}: {exc}")
        return problems

    def close(self) -> None:
        self._conn.close()


def _match(query: SearchQuery) -> str:
    return fts5_match(query)
