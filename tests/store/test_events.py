"""Real-world events, actors and commitments — on every store of the `store` fixture."""
from __future__ import annotations

import pytest

from accord.model import Event
from accord.store import Store, StoreError
from tests.store_factories import actor, event_from, store_articles


@pytest.fixture
def linked(store: Store) -> Store:
    """All articles stored, and their events linked by hand as the linker would."""
    docs = store_articles(store)
    kk, kk_a = docs["kk_fr_kz.txt"]
    fr, fr_a = docs["fr_kz_visit.txt"]
    store.replace_events("FR-KZ", [
        event_from(fr, fr_a, "e3", "fr-kz-visit-2025-03", people=["fr-romero"]),
        event_from(kk, kk_a, "e1", "fr-kz-meeting-2025-03-04", people=["kz-koshanov", "fr-romero"],
                   extra=[(fr, "e1")]),
        event_from(kk, kk_a, "e2", "fr-kz-memo-2025-03-04", people=["kz-koshanov"], extra=[(fr, "e2")]),
    ])
    ru, ru_a = docs["ru_eg_duma.txt"]
    ar, _ = docs["ar_eg_ru.txt"]
    store.replace_events("EG-RU", [
        event_from(ru, ru_a, "e1", "eg-ru-meeting-2024-10-15", people=["ru-volodin", "eg-gebali"],
                   extra=[(ar, "e1")]),
        event_from(ru, ru_a, "e2", "eg-ru-visit-2024-10", people=["eg-gebali"]),
    ])
    en, en_a = docs["en_dz_it.txt"]
    store.replace_events("DZ-IT", [
        event_from(en, en_a, "e1", "dz-it-meeting-2023-11-20", people=["dz-goudjil"]),
        event_from(en, en_a, "e2", "dz-it-committee-2024"),
    ])
    return store


def ids(events: list[Event]) -> list[str]:
    return [e.id for e in events]


def test_an_event_keeps_its_evidence_from_every_article(linked: Store) -> None:
    event = linked.event("fr-kz-meeting-2025-03-04")
    assert event.type == "meeting" and event.when == "2025-03-04" and event.host == "KZ"
    assert event.people == ["kz-koshanov", "fr-romero"]
    assert [(s.doc, s.lang, s.local_id) for s in event.mentions] == [
        ("kk_fr_kz.txt", "kk", "e1"), ("fr_kz_visit.txt", "fr", "e1")]
    kk_text = linked.document("kk_fr_kz.txt").text
    first = event.mentions[0]
    assert kk_text[first.start:first.end] == first.text
    assert linked.event("no-such-event") is None


def test_timeline_of_a_pair_by_date_with_open_start_by_its_end(linked: Store) -> None:
    assert ids(linked.timeline("KZ", "FR")) == [
        "fr-kz-meeting-2025-03-04", "fr-kz-memo-2025-03-04", "fr-kz-visit-2025-03"]
    assert ids(linked.timeline("ru", "eg")) == ["eg-ru-visit-2024-10", "eg-ru-meeting-2024-10-15"]


def test_filters_combine(linked: Store) -> None:
    assert ids(linked.events(country="EG")) == ["eg-ru-visit-2024-10", "eg-ru-meeting-2024-10-15"]
    assert ids(linked.events(type="agreement")) == ["fr-kz-memo-2025-03-04"]
    assert ids(linked.events(actor="fr-romero")) == ["fr-kz-meeting-2025-03-04", "fr-kz-visit-2025-03"]
    assert ids(linked.events(pair="DZ-IT", type="proposal")) == ["dz-it-committee-2024"]
    assert ids(linked.events(date_from="2024-10-16", date_to="2024-12")) == [
        "dz-it-committee-2024", "eg-ru-visit-2024-10"]
    assert ids(linked.events(date_from="2025-03-05", date_to="2025-03-07")) == ["fr-kz-visit-2025-03"]
    assert ids(linked.events(date_from="2025")) == [
        "fr-kz-meeting-2025-03-04", "fr-kz-memo-2025-03-04", "fr-kz-visit-2025-03"]
    assert ids(linked.events(date_to="2023")) == ["dz-it-meeting-2023-11-20"]
    everything = ids(linked.events())
    assert len(everything) == 7
    assert ids(linked.events(limit=2, offset=1)) == everything[1:3]
    with pytest.raises(StoreError, match="date_from"):
        linked.events(date_from="yesterday")


def test_an_undated_event_comes_last_and_never_matches_a_date_range(linked: Store) -> None:
    undated = Event(id="dz-it-undated", type="meeting", when=None, countries=["DZ", "IT"], host=None,
                    pair="DZ-IT")
    events = linked.events(pair="DZ-IT")
    linked.replace_events("DZ-IT", [undated, *events])
    assert ids(linked.events(pair="DZ-IT")) == [
        "dz-it-meeting-2023-11-20", "dz-it-committee-2024", "dz-it-undated"]
    assert "dz-it-undated" not in ids(linked.events(date_from="1900", date_to="2100"))


def test_events_of_an_actor(linked: Store) -> None:
    assert ids(linked.events_of_actor("eg-gebali")) == ["eg-ru-visit-2024-10", "eg-ru-meeting-2024-10-15"]
    assert linked.events_of_actor("nobody") == []


def test_replacing_a_partition_leaves_the_others(linked: Store) -> None:
    kept = linked.event("eg-ru-meeting-2024-10-15")
    kept.mentions = kept.mentions[:1]
    kept.people = ["ru-volodin"]
    linked.replace_events("EG-RU", [kept])
    assert ids(linked.timeline("EG", "RU")) == ["eg-ru-meeting-2024-10-15"]
    assert linked.event("eg-ru-meeting-2024-10-15") == kept
    assert linked.events_of_actor("eg-gebali") == []
    assert len(linked.timeline("FR", "KZ")) == 3
    assert linked.stats()["events"] == 6
    assert [r["events"] for r in linked.search("فولودين", expand=False)] == [[]]


def test_replace_events_is_atomic(linked: Store) -> None:
    before = linked.timeline("FR", "KZ")
    broken = [*before, Event(id="fr-kz-bad", type="visit", when="2025-13", countries=["FR", "KZ"],
                             host=None, pair="FR-KZ")]
    with pytest.raises(StoreError, match="fr-kz-bad"):
        linked.replace_events("FR-KZ", broken)
    wrong_pair = Event(id="x", type="visit", when=None, countries=["EG"], host=None, pair="EG-RU")
    with pytest.raises(StoreError, match="EG-RU"):
        linked.replace_events("FR-KZ", [wrong_pair])
    assert linked.timeline("FR", "KZ") == before


def test_commitments_of_a_partition(linked: Store) -> None:
    linked.replace_commitments("FR-KZ", [("fr-kz-memo-2025-03-04", "fr-kz-meeting-2025-03-04", "signed_at")])
    linked.replace_commitments("DZ-IT", [("dz-it-meeting-2023-11-20", "dz-it-committee-2024", "proposed")])
    assert linked.commitments("DZ-IT") == [("dz-it-meeting-2023-11-20", "dz-it-committee-2024", "proposed")]
    assert len(linked.commitments()) == 2
    with pytest.raises(StoreError, match="ghost"):
        linked.replace_commitments("DZ-IT", [("dz-it-meeting-2023-11-20", "ghost", "proposed")])
    assert len(linked.commitments("DZ-IT")) == 1
    # Relinking a partition drops its commitments: the linker writes them again for the new events.
    linked.replace_events("FR-KZ", linked.timeline("FR", "KZ"))
    assert linked.commitments("FR-KZ") == []
    assert linked.commitments("DZ-IT") != []


def test_actors_are_found_by_any_name_in_any_script(store: Store) -> None:
    volodin = actor("ru-volodin", "Vyacheslav Volodin", "RU",
                    {"ru": ["Вячеслав Володин"], "ar": ["فياتشيسلاف فولودين"]}, aliases=["V. Volodin"])
    gebali = actor("eg-gebali", "Hanafy El Gebaly", "EG",
                   {"ar": ["حنفي جبالي", "حنفي الجبالي"], "ru": ["Ханафи Гебали"]})
    koshanov = actor("kz-koshanov", "Erlan Koshanov", "KZ",
                     {"kk": ["Ерлан Қошанов"], "ru": ["Ерлан Кошанов"], "fr": ["Erlan Kochanov"]})
    store.load_registry_actors([volodin, gebali, koshanov])
    assert store.actor("eg-gebali") == gebali
    assert store.actor("nobody") is None
    assert [a.id for a in store.actors(query="ВОЛОДИН")] == ["ru-volodin"]
    assert [a.id for a in store.actors(query="جبالي")] == ["eg-gebali"]
    assert [a.id for a in store.actors(query="kochanov")] == ["kz-koshanov"]
    assert [a.id for a in store.actors(query="Қошан")] == ["kz-koshanov"]
    assert [a.id for a in store.actors(country="kz")] == ["kz-koshanov"]
    assert [a.id for a in store.actors(kind="person", limit=2)] == ["kz-koshanov", "eg-gebali"]  # by name
    assert store.actors(query="100%") == []
    assert store.actors(kind="organization") == []


def test_upsert_actor_updates_a_provisional_actor(store: Store) -> None:
    found = actor("prov-1a2b", "Jean-Luc Romero", "FR", {"fr": ["Jean-Luc Romero"]}, provisional=True)
    store.upsert_actor(found)
    assert store.actor("prov-1a2b").provisional is True
    found.provisional = False
    found.names["kk"] = ["Жан-Люк Ромеро"]
    store.upsert_actor(found)
    assert store.actor("prov-1a2b") == found
    assert [a.id for a in store.actors(query="Ромеро")] == ["prov-1a2b"]
    assert store.stats()["actors"] == 1
