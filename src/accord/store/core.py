"""What every store shares: transactions with savepoints, query helpers, migrations.

Queries are written once with `?` placeholders; a dialect turns them into its own style.
Subclasses supply the connection (`_execute`, `_begin`, ...) and the few dialect-specific parts.
"""
from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar

from accord.store.migrations import MigrationError, latest_version, migrations

Params = Sequence[Any]
T = TypeVar("T")


class StoreError(ValueError):
    """Input the store cannot keep (the message names the document or record at fault)."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class StoreCore:
    dialect: str

    def __init__(self) -> None:
        self._depth = 0
        # Failures recorded inside a transaction: written again if that transaction rolls back,
        # since a failure must be kept whatever happens to the batch around it.
        self._pending_failures: list[tuple[str, str, str]] = []

    # -- connection, supplied by a dialect ------------------------------------------------
    def _execute(self, sql: str, params: Params = ()) -> Any:
        raise NotImplementedError

    def _executemany(self, sql: str, rows: Iterable[Params]) -> None:
        raise NotImplementedError

    def _begin(self) -> None:
        raise NotImplementedError

    def _lock_schema(self) -> None:
        """Within a transaction, keep other processes from migrating at the same time."""
        raise NotImplementedError

    def _run_script(self, sql: str) -> None:
        raise NotImplementedError

    def _limit(self, limit: int | None) -> int | None:
        """The LIMIT parameter for "no limit" or a limit."""
        raise NotImplementedError

    def _json_param(self, value: Any) -> Any:
        return json.dumps(value, ensure_ascii=False)

    def _json_value(self, stored: Any) -> Any:
        return json.loads(stored) if isinstance(stored, str) else stored

    def close(self) -> None:
        raise NotImplementedError

    # -- query helpers ----------------------------------------------------------------------
    def _rows(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        return list(self._execute(sql, params).fetchall())

    def _one(self, sql: str, params: Params = ()) -> tuple[Any, ...] | None:
        return self._execute(sql, params).fetchone()

    def _scalar(self, sql: str, params: Params = ()) -> Any:
        row = self._one(sql, params)
        return None if row is None else row[0]

    # -- transactions -----------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """An atomic block. Nested blocks join the outer transaction as savepoints: an error
        inside one undoes only that block (so a batch can go on), and nothing is durable
        before the outermost block commits."""
        if self._depth:
            yield from self._savepoint()
            return
        self._begin()
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self._rollback()
            raise
        self._depth = 0
        try:
            self._execute("COMMIT")
        except BaseException:
            self._rollback()
            raise
        self._pending_failures.clear()

    def _is_transient(self, exc: BaseException) -> bool:
        """An error that running the same transaction again may not meet (a deadlock another
        writer caused). SQLite waits for its lock instead (see accord.store.sqlite)."""
        return False

    def atomically(self, work: Callable[[], T], attempts: int = 5) -> T:
        """Run `work` in one transaction; run it again from the start when the database undid it
        for a conflict with another writer, a few times with growing random pauses."""
        if self._depth:  # inside an outer transaction the retry belongs to the outer one
            with self.transaction():
                return work()
        for attempt in range(1, attempts + 1):
            try:
                with self.transaction():
                    return work()
            except Exception as exc:
                if attempt == attempts or not self._is_transient(exc):
                    raise
            time.sleep(0.05 * 2 ** attempt * (0.5 + random.random()))
        raise AssertionError("unreachable")

    def _rollback(self) -> None:
        try:
            self._execute("ROLLBACK")
        except Exception:  # noqa: S110
            # The engine may have ended the transaction itself (SQLite after an I/O error, a lost
            # PostgreSQL connection): the error being raised is the one worth reporting.
            pass
        self._write_failures(self._pending_failures)

    def _savepoint(self) -> Iterator[None]:
        name = f"accord_sp{self._depth}"
        pending = len(self._pending_failures)
        self._execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            self._execute(f"ROLLBACK TO SAVEPOINT {name}")
            self._execute(f"RELEASE SAVEPOINT {name}")
            self._write_failures(self._pending_failures[pending:])
            raise
        self._depth -= 1
        self._execute(f"RELEASE SAVEPOINT {name}")

    def _write_failures(self, failures: list[tuple[str, str, str]]) -> None:
        if not failures:
            return
        if self._depth:
            self._upsert_failures(failures)
            return
        saved = list(failures)
        self._pending_failures.clear()
        with self.transaction():
            self._upsert_failures(saved)

    def _upsert_failures(self, failures: list[tuple[str, str, str]]) -> None:
        self._executemany(
            "INSERT INTO failures (source, reason, at) VALUES (?, ?, ?) "
            "ON CONFLICT (source) DO UPDATE SET reason = excluded.reason, at = excluded.at",
            failures,
        )

    # -- migrations -------------------------------------------------------------------------
    def _migrate(self) -> None:
        # an up-to-date store is read without the write lock: a read command must not queue
        # behind another process's ingest just to learn that there is nothing to migrate
        if self._schema_is_current():
            return
        for migration in migrations(self.dialect):
            with self.transaction():
                self._lock_schema()
                self._execute(
                    "CREATE TABLE IF NOT EXISTS schema_version "
                    "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                )
                current = self._scalar("SELECT max(version) FROM schema_version") or 0
                if current > latest_version(self.dialect):
                    raise MigrationError(
                        f"the database has schema version {current}, newer than this accord "
                        f"({latest_version(self.dialect)}): upgrade accord"
                    )
                if current >= migration.version:
                    continue
                self._run_script(migration.sql)
                self._execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, now()),
                )

    def _schema_is_current(self) -> bool:
        try:
            return int(self._scalar("SELECT max(version) FROM schema_version") or 0) == latest_version(self.dialect)
        except Exception:  # noqa: BLE001 — no schema_version table yet (a new store): migrate
            return False

    def schema_version(self) -> int:
        return int(self._scalar("SELECT max(version) FROM schema_version") or 0)
