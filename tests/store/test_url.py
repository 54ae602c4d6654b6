"""Which store a URL opens, and the keys the store derives."""
from __future__ import annotations

import os

import pytest

from accord.store import StoreError, open_store, pair_key
from accord.store.keys import bands, fold, search_terms, signed64, unsigned64
from accord.store.postgres import redact
from accord.store.url import DEFAULT_URL, resolve_url, sqlite_path


def test_url_comes_from_argument_then_environment_then_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACCORD_DB", raising=False)
    assert resolve_url() == DEFAULT_URL == "sqlite:///accord.db"
    monkeypatch.setenv("ACCORD_DB", "postgresql://h/db")
    assert resolve_url() == "postgresql://h/db"
    assert resolve_url("other.db") == "other.db"


@pytest.mark.parametrize(("url", "path"), [
    ("sqlite:///accord.db", "accord.db"),
    ("sqlite:////var/lib/accord/accord.db", "/var/lib/accord/accord.db"),
    ("sqlite:///:memory:", ":memory:"),
    ("data/accord.sqlite", "data/accord.sqlite"),
    ("postgresql://u@h/db", None),
])
def test_sqlite_paths(url: str, path: str | None) -> None:
    assert sqlite_path(url) == path


def test_default_store_is_accord_db_in_the_current_directory(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ACCORD_DB", raising=False)
    store = open_store()
    store.add_failure("x", "y")
    store.close()
    assert (tmp_path / "accord.db").exists()
    reopened = open_store(str(tmp_path / "accord.db"))
    assert [f["source"] for f in reopened.failures()] == ["x"]
    reopened.close()


def test_memory_store_works_and_is_private() -> None:
    first, second = open_store("sqlite:///:memory:"), open_store("sqlite:///:memory:")
    first.add_failure("a", "b")
    assert second.failures() == []
    first.close()
    second.close()


@pytest.mark.parametrize("url", ["mysql://u@h/db", "sqlite://accord.db"])
def test_unknown_urls_are_refused_clearly(url: str) -> None:
    with pytest.raises(ValueError, match="sqlite:///"):
        open_store(url)


def test_an_unopenable_file_names_its_path(tmp_path) -> None:
    missing = tmp_path / "no" / "such" / "dir" / "a.db"
    with pytest.raises(StoreError, match="no/such/dir"):
        open_store(str(missing))


def test_unreachable_postgres_is_a_clear_error_without_the_password() -> None:
    url = "postgresql://accord:secret@127.0.0.1:1/none?connect_timeout=2"
    with pytest.raises(StoreError) as failure:
        open_store(url)
    assert "cannot connect" in str(failure.value)
    assert "secret" not in str(failure.value)
    assert redact(url).startswith("postgresql://accord:***@127.0.0.1:1/")


def test_pair_key_sorts_and_deduplicates() -> None:
    assert pair_key(["MA", "KZ"]) == pair_key(["kz", "MA", "KZ"]) == "KZ-MA"
    assert pair_key(["FR", "KZ", "DZ"]) == "DZ-FR-KZ"
    assert pair_key([]) == ""


def test_simhash_bands_and_sign() -> None:
    value = 0xFEDC_BA98_7654_3210
    assert bands(value) == [0x3210, 0x7654, 0xBA98, 0xFEDC]
    assert signed64(value) < 0 and unsigned64(signed64(value)) == value
    assert signed64(5) == 5
    with pytest.raises(ValueError):
        signed64(1 << 64)


def test_folding_mirrors_the_sqlite_tokenizer() -> None:
    assert fold("Élysée Straße") == "elysee straße"
    assert fold("Ёлка й Қазақстан") == "ёлка й қазақстан"  # Cyrillic letters stay themselves
    assert fold("مُحَمَّد مـصر") == "محمد مصر"
    assert search_terms("Нур-Султан, l'Élysée; COVID-19 snake_case") == [
        "нур", "султан", "l", "elysee", "covid", "19", "snake", "case"]


@pytest.mark.skipif(not os.environ.get("ACCORD_TEST_PG_URL"), reason="ACCORD_TEST_PG_URL is not set")
def test_postgres_url_opens_a_postgres_store(store_url: str) -> None:
    store = open_store(store_url)
    assert store.dialect == ("postgresql" if store_url.startswith("postgresql") else "sqlite")
    store.close()
