"""The store: documents, mentions, actors and events, on SQLite by default or PostgreSQL by URL.

    from accord.store import open_store
    store = open_store()                                  # $ACCORD_DB or ./accord.db
    store = open_store("postgresql://user:pw@host/db")
"""
from accord.store.base import Store
from accord.store.core import StoreError
from accord.store.keys import pair_key
from accord.store.migrations import MigrationError
from accord.store.snippets import MATCH_END, MATCH_START
from accord.store.url import open_store

__all__ = ["MATCH_END", "MATCH_START", "MigrationError", "Store", "StoreError", "open_store", "pair_key"]
