"""The queries behind a pair's timeline and an actor's page use their indexes (so they stay fast at
a million events), and the consistency check does catch a half-stored document."""
from __future__ import annotations

from typing import Any

import pytest

from accord.store import Store
from tests.store_factories import ARTICLES, analysed, event_from


def _plans(store: Store, call) -> list[str]:
    """The query plans of the SELECTs on `events` that `call` runs."""
    seen: list[tuple[str, Any]] = []
    execute = store._execute

    def recording(sql: str, params: Any = ()) -> Any:
        seen.append((sql, params))
        return execute(sql, params)

    store._execute = recording
    try:
        call()
    finally:
        del store._execute
    plans = []
    explain = "EXPLAIN QUERY PLAN " if store.dialect == "sqlite" else "EXPLAIN "
    with store.transaction():
        if store.dialect == "postgresql":
            # a test database is tiny: make the planner show which index it would use at scale
            store._execute("SET LOCAL enable_seqscan = off")
        for sql, params in seen:
            if sql.startswith("SELECT e.data FROM events"):
                plans.append("\n".join(str(r[-1]) for r in store._rows(explain + sql, params)))
    assert plans, "no query on events was run"
    return plans


@pytest.fixture
def with_events(store: Store) -> Store:
    for name in ("kk_fr_kz.txt", "fr_kz_visit.txt"):
        store.add_document(*analysed(name))
    kk, kk_a = analysed("kk_fr_kz.txt")
    store.replace_events("FR-KZ", [event_from(kk, kk_a, "e1", "m1", people=["kz-koshanov"]),
                                   event_from(kk, kk_a, "e2", "m2", people=["kz-koshanov"])])
    return store


def test_the_timeline_of_a_pair_reads_the_pair_date_index(with_events: Store) -> None:
    [plan] = _plans(with_events, lambda: with_events.timeline("KZ", "FR"))
    assert "events_pair_day" in plan
    assert "TEMP B-TREE" not in plan  # already in date order: no sort
    assert "Sort" not in plan


def test_the_events_of_an_actor_read_the_actor_index(with_events: Store) -> None:
    [plan] = _plans(with_events, lambda: with_events.events_of_actor("kz-koshanov"))
    assert "event_people_actor" in plan


def test_the_consistency_check_finds_a_half_stored_document(store: Store) -> None:
    for name in ARTICLES:
        store.add_document(*analysed(name))
    assert store.integrity_problems() == []
    with store.transaction():
        store._execute("DELETE FROM event_mentions WHERE local_id = ? AND doc_id = "
                       "(SELECT id FROM documents WHERE name = ?)", ("e2", "fr_kz_visit.txt"))
        store._execute("DELETE FROM analyses WHERE doc_id = (SELECT id FROM documents WHERE name = ?)",
                       ("en_dz_it.txt",))
    assert store.integrity_problems() == [
        "en_dz_it.txt: no analysis row",
        "fr_kz_visit.txt: 2 event and 2 person mention rows, the analysis has 3 and 2",
    ]
