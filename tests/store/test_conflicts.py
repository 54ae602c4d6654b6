"""Writers that share actors: no deadlock, no lost merge, and a conflict the database resolves by
undoing one transaction is run again instead of failing an article."""
from __future__ import annotations

import threading

import pytest

from accord.model import Actor
from accord.resolve.actors import merge_actor
from accord.store import Store, open_store


def _person(id: str, lang: str, form: str) -> Actor:
    return Actor(id=id, kind="person", name=form, names={lang: [form]}, provisional=True)


IDS = [f"prov:person:{i:03d}" for i in range(40)]


def test_concurrent_merges_of_shared_actors_lose_nothing(store_url: str) -> None:
    """Two writers merge forms into the same forty actors, listed in opposite orders, many times."""
    rounds = 15
    errors: list[BaseException] = []

    def writer(lang: str, ids: list[str]) -> None:
        store = open_store(store_url)
        try:
            for r in range(rounds):
                store.atomically(lambda r=r: store.merge_actors(
                    [_person(i, lang, f"Form {lang} {r}") for i in ids], merge_actor))
        except BaseException as exc:  # noqa: BLE001 — reported by the assertion below
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=writer, args=("en", IDS)),
               threading.Thread(target=writer, args=("fr", IDS[::-1]))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors
    store = open_store(store_url)
    try:
        for id in IDS:
            actor = store.actor(id)
            assert actor is not None
            # every form of every round of both writers survived: no merge overwrote another
            assert actor.names["en"] == sorted(f"Form en {r}" for r in range(rounds)), id
            assert actor.names["fr"] == sorted(f"Form fr {r}" for r in range(rounds)), id
    finally:
        store.close()


def test_atomically_does_not_retry_an_ordinary_error(store: Store) -> None:
    calls = []

    def work() -> None:
        calls.append(1)
        raise ValueError("not a conflict")

    with pytest.raises(ValueError, match="not a conflict"):
        store.atomically(work)
    assert len(calls) == 1


def test_atomically_rolls_back_each_failed_attempt(store: Store) -> None:
    with pytest.raises(ValueError):
        store.atomically(lambda: (store.merge_actors([_person("prov:person:x", "en", "X")], merge_actor),
                                  (_ for _ in ()).throw(ValueError("after the write"))))
    assert store.actor("prov:person:x") is None


@pytest.mark.postgres
def test_a_real_deadlock_is_run_again(store_url: str) -> None:
    """Two transactions take two row locks in opposite orders: PostgreSQL undoes one of them
    (deadlock detected); the one run through `atomically` is run again and both succeed."""
    if not store_url.startswith("postgresql"):
        pytest.skip("SQLite has one write lock: writers queue, they cannot deadlock")
    setup = open_store(store_url)
    setup.load_registry_actors([_person("a", "en", "A"), _person("b", "en", "B")])
    setup.close()
    both_hold_one = threading.Barrier(2, timeout=30)
    attempts = {"x": 0, "y": 0}
    errors: list[BaseException] = []

    def writer(name: str, first: str, second: str) -> None:
        store = open_store(store_url)

        def work() -> None:
            attempts[name] += 1
            store._execute("UPDATE actors SET role = ? WHERE id = ?", (name, first))
            if attempts[name] == 1:
                both_hold_one.wait()
            store._execute("UPDATE actors SET role = ? WHERE id = ?", (name, second))

        try:
            store.atomically(work)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=writer, args=("x", "a", "b")),
               threading.Thread(target=writer, args=("y", "b", "a"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    assert sorted(attempts.values()) == [1, 2]  # exactly one was undone and run again
    check = open_store(store_url)
    try:
        roles = {check._scalar("SELECT role FROM actors WHERE id = ?", (i,)) for i in ("a", "b")}
        assert len(roles) == 1  # the transaction that ran last wrote both rows
    finally:
        check.close()
