"""The store on PostgreSQL (psycopg 3): tsvector search, advisory locks between writers."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from accord.model import Document
from accord.store.base import Store
from accord.store.core import Params, StoreError
from accord.store.keys import search_terms
from accord.store.search_query import Query as SearchQuery
from accord.store.search_query import tsquery

# First key of the two-key advisory locks, one per kind of thing locked.
_LOCK_SCHEMA, _LOCK_DOCUMENT, _LOCK_PAIR, _LOCK_ACTOR = 1, 2, 3, 4


@lru_cache(maxsize=512)
def _placeholders(sql: str) -> str:
    """The store's `?` placeholders in psycopg's style (a literal % doubles)."""
    return sql.replace("%", "%%").replace("?", "%s")


def _indexed(*texts: str | None) -> str:
    """The words to index: folded in Python, so they match what SQLite's tokenizer produces."""
    return " ".join(w for t in texts if t for w in search_terms(t))


def _tsquery(query: SearchQuery) -> str:
    return tsquery(query)


def redact(url: str) -> str:
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


class PostgresStore(Store):
    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        super().__init__()
        try:
            import psycopg
            from psycopg.types.json import Jsonb
        except ImportError as exc:
            raise StoreError("a PostgreSQL store needs psycopg: pip install 'accord[postgres]'") from exc
        self._jsonb = Jsonb
        try:
            # autocommit: the store issues BEGIN/COMMIT itself (see StoreCore.transaction).
            self._conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {redact(url)}: {exc}") from exc
        self._migrate()

    def _execute(self, sql: str, params: Params = ()) -> Any:
        if params:
            return self._conn.execute(_placeholders(sql), params)
        return self._conn.execute(sql)

    def _executemany(self, sql: str, rows: Iterable[Params]) -> None:
        rows = list(rows)
        if rows:
            with self._conn.cursor() as cursor:
                cursor.executemany(_placeholders(sql), rows)

    def _begin(self) -> None:
        self._conn.execute("BEGIN")

    def _advisory_lock(self, kind: int, key: str) -> None:
        self._execute("SELECT pg_advisory_xact_lock(?, hashtext(?))", (kind, key))

    def _lock_schema(self) -> None:
        self._advisory_lock(_LOCK_SCHEMA, "schema")

    def _lock_document(self, name: str) -> None:
        self._advisory_lock(_LOCK_DOCUMENT, name)

    def _lock_partition(self, pair: str) -> None:
        self._advisory_lock(_LOCK_PAIR, pair)

    def _lock_actor(self, id: str) -> None:
        self._advisory_lock(_LOCK_ACTOR, id)

    def _is_transient(self, exc: BaseException) -> bool:
        import psycopg.errors as pg

        return isinstance(exc, pg.DeadlockDetected | pg.SerializationFailure | pg.LockNotAvailable)

    def _run_script(self, sql: str) -> None:
        self._conn.execute(sql)  # without parameters psycopg sends several statements at once

    def _limit(self, limit: int | None) -> int | None:
        return limit  # LIMIT NULL is no limit

    def _json_param(self, value: Any) -> Any:
        return self._jsonb(value)

    def _update_document_search(self, doc_id: int, doc: Document) -> None:
        self._execute("UPDATE documents SET search = to_tsvector('simple', ?) WHERE id = ?",
                      (_indexed(doc.title, doc.text), doc_id))

    def _insert_event_sources(self, rows: list[tuple[Any, ...]]) -> None:
        self._executemany(
            "INSERT INTO event_sources (event_id, doc, local_id, span_start, span_end, text, lang, search) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, to_tsvector('simple', ?))", [(*r, _indexed(r[5])) for r in rows])

    def _search_documents(self, terms: SearchQuery, limit: int) -> list[tuple[str, str | None, str]]:
        rows = self._rows(
            "SELECT name, title, text FROM documents WHERE search @@ to_tsquery('simple', ?) "
            "ORDER BY ts_rank(search, to_tsquery('simple', ?)) DESC, id LIMIT ?",
            (_tsquery(terms), _tsquery(terms), limit))
        return [(name, title, text) for name, title, text in rows]

    def _search_evidence(self, terms: SearchQuery, docs: list[str]) -> list[tuple[str, str]]:
        rows = self._rows(
            "SELECT event_id, doc FROM event_sources WHERE search @@ to_tsquery('simple', ?) "
            "AND doc = ANY(?) ORDER BY id", (_tsquery(terms), docs))
        return [(event_id, doc) for event_id, doc in rows]

    def close(self) -> None:
        self._conn.close()
