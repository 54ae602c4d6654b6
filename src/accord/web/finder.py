"""Search across scripts and forms: «كازاخستان», "Kazakhstan" and «Казахстана» find the same events.

The store's full-text search finds articles by their words (in their own script). What makes the
other scripts meet is what the query names: the countries it names in any of accord's languages
and case forms (the analysis's own country finder) and the actors whose names in any script contain
it; their events come from the store's ordinary queries.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from accord.analyse.countries import find_countries
from accord.model import LANGUAGES, Actor, Event
from accord.store import Store

EVENTS_SHOWN = 50


@dataclass
class Found:
    documents: list[dict[str, Any]] = field(default_factory=list)   # store.search hits
    countries: list[str] = field(default_factory=list)             # ISO codes the query names
    events: list[Event] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)


def countries_named(query: str) -> list[str]:
    """ISO codes of the countries `query` names, in any language and case form accord reads."""
    codes: dict[str, None] = {}
    for lang in LANGUAGES:
        for mention in find_countries(query, lang):
            codes.setdefault(mention.code.upper())
    return list(codes)


def find(store: Store, query: str, limit: int = 20) -> Found:
    found = Found(documents=store.search(query, limit=limit), countries=countries_named(query))
    found.actors = store.actors(query=query, limit=limit) if len(query.strip()) >= 3 else []
    events: dict[str, Event] = {}
    if len(found.countries) >= 2:
        a, b = found.countries[:2]
        events.update((e.id, e) for e in store.timeline(a, b)[:EVENTS_SHOWN])
    elif found.countries:
        events.update((e.id, e) for e in store.latest_events(country=found.countries[0], limit=EVENTS_SHOWN))
    for actor in found.actors[:5]:
        events.update((e.id, e) for e in store.events(actor=actor.id, limit=EVENTS_SHOWN))
    wanted = [eid for hit in found.documents for eid in hit["events"] if eid not in events]
    for eid in wanted[:EVENTS_SHOWN]:
        if (e := store.event(eid)) is not None:
            events[eid] = e
    found.events = list(events.values())[:EVENTS_SHOWN * 2]
    return found
