"""The migration mechanism: numbered files per dialect, a schema_version table, no re-runs."""
from __future__ import annotations

import pytest

from accord.store import MigrationError, Store, open_store
from accord.store.migrations import DIALECTS, Migration, latest_version, migrations


def test_every_dialect_has_every_version_in_order() -> None:
    for dialect in DIALECTS:
        found = migrations(dialect)
        assert [m.version for m in found] == list(range(1, len(found) + 1))
        assert "CREATE TABLE documents" in found[0].sql
    assert [m.name for m in migrations("sqlite")] == [m.name for m in migrations("postgresql")]
    with pytest.raises(MigrationError):
        migrations("oracle")


def test_a_new_store_is_at_the_latest_version_and_reopening_runs_nothing(store_url: str) -> None:
    first = open_store(store_url)
    assert first.schema_version() == latest_version(first.dialect)
    first.add_failure("kept.html", "reason")
    first.close()
    again = open_store(store_url)
    assert again.schema_version() == latest_version(again.dialect)
    assert again._scalar("SELECT count(*) FROM schema_version") == latest_version(again.dialect)
    assert [f["source"] for f in again.failures()] == ["kept.html"]
    again.close()


def test_a_database_from_a_newer_accord_is_refused(store: Store, store_url: str) -> None:
    with store.transaction():
        store._execute("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                       (999, "from_the_future", "2030-01-01"))
    with pytest.raises(MigrationError, match="999"):
        open_store(store_url)


def _with_extra(monkeypatch: pytest.MonkeyPatch, sql: str) -> None:
    import accord.store.core as core

    def patched(dialect: str) -> list[Migration]:
        return [*migrations(dialect), Migration(len(migrations(dialect)) + 1, "test_extra", sql)]
    monkeypatch.setattr(core, "migrations", patched)
    monkeypatch.setattr(core, "latest_version", lambda dialect: len(patched(dialect)))


def test_an_older_database_gets_the_new_migrations(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    open_store(store_url).close()
    _with_extra(monkeypatch, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n"
                             "CREATE INDEX notes_body ON notes (body);\n")
    upgraded = open_store(store_url)
    assert upgraded.schema_version() == latest_version(upgraded.dialect) + 1
    with upgraded.transaction():
        upgraded._execute("INSERT INTO notes (id, body) VALUES (?, ?)", (1, "new table"))
    assert upgraded._scalar("SELECT body FROM notes") == "new table"
    upgraded.close()


def test_a_failing_migration_leaves_the_schema_as_it_was(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    open_store(store_url).close()
    _with_extra(monkeypatch, "CREATE TABLE half (id INTEGER);\nTHIS IS NOT SQL;\n")
    with pytest.raises(Exception, match="(?i)syntax"):
        open_store(store_url)
    monkeypatch.undo()
    store = open_store(store_url)
    assert store.schema_version() == latest_version(store.dialect)
    store._execute("CREATE TABLE half (id INTEGER)")  # the failed migration's table is not there
    store.close()
