"""Where the store lives: a URL (or a bare path) to the right backend."""
from __future__ import annotations

import os

from accord.store.base import Store

DEFAULT_URL = "sqlite:///accord.db"
ENV_VAR = "ACCORD_DB"
_POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def resolve_url(url: str | None = None) -> str:
    """The URL to use: the one given, else $ACCORD_DB, else accord.db in the current directory."""
    return url or os.environ.get(ENV_VAR) or DEFAULT_URL


def sqlite_path(url: str) -> str | None:
    """The file of a SQLite URL or bare path (":memory:" for an in-memory database); None if not SQLite.

    `sqlite:///accord.db` is relative to the current directory, `sqlite:////var/accord.db` absolute.
    """
    if url.startswith("sqlite://"):
        rest = url[len("sqlite://"):]
        if not rest.startswith("/") or rest == "/":
            raise ValueError(f"a SQLite URL is sqlite:///PATH (three slashes), got {url!r}")
        return rest[1:]
    if "://" in url:
        return None
    return url


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at `url`.

    Accepts `sqlite:///path`, `sqlite:///:memory:`, a bare file path, and `postgresql://...`.
    """
    url = resolve_url(url)
    if url.startswith(_POSTGRES_SCHEMES):
        from accord.store.postgres import PostgresStore
        return PostgresStore(url)
    path = sqlite_path(url)
    if path is None:
        raise ValueError(f"unknown store URL {url!r}: use sqlite:///PATH, a file path, or postgresql://...")
    from accord.store.sqlite import SQLiteStore
    return SQLiteStore(path)
