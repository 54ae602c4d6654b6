"""Exports of the record: JSON Lines as GOLD.md's "System output", CSV, PLOVER-style records."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from accord.model import Actor, Event
from accord.store import Store

if TYPE_CHECKING:
    from accord.registry import Registry

# Nearest PLOVER category of each event type (GOLD.md's ontology table).
PLOVER = {"visit": ("CONSULT", "visit"), "meeting": ("CONSULT", "meet"), "agreement": ("AGREE", None),
          "measure": ("COOPERATE", None), "proposal": ("INTEND", None), "ceremony": ("OTHER", "ceremony")}


def person_record(actor: Actor | None, actor_id: str) -> dict[str, Any]:
    if actor is None:
        return {"id": actor_id, "name": actor_id, "names": {}, "aliases": [], "role": None, "country": None}
    return {"id": actor.id, "name": actor.name,
            "names": {lang: sorted(forms) for lang, forms in sorted(actor.names.items())},
            "aliases": sorted(actor.aliases), "role": actor.role, "country": actor.country,
            "provisional": actor.provisional}


def event_record(event: Event, actors: dict[str, Actor | None]) -> dict[str, Any]:
    """One line of the JSON Lines export, exactly the shape GOLD.md's scorer reads."""
    return {
        "id": event.id, "type": event.type, "when": event.when, "countries": event.countries,
        "host": event.host, "place": event.place,
        "people": [person_record(actors.get(p), p) for p in event.people],
        "orgs": event.orgs, "topics": event.topics, "part_of": event.part_of, "fulfils": event.fulfils,
        "mentions": [{"doc": m.doc, "lang": m.lang, "start": m.start, "end": m.end, "text": m.text}
                     for m in event.mentions],
        # provenance: "machine", or "corrected" with each corrected field's machine value and who set it
        "provenance": "corrected" if event.corrected else "machine", "corrected": event.corrected,
    }


def event_records(store: Store, events: Iterable[Event] | None = None) -> Iterator[dict[str, Any]]:
    """The records of `events` (default: all), each participant with what analysts decided of them."""
    cache: dict[str, Actor | None] = {}
    reviewed = actor_reviews(store)
    for event in (store.events() if events is None else events):
        for pid in event.people:
            if pid not in cache:
                cache[pid] = store.actor(pid)
        record = event_record(event, cache)
        for person in record["people"]:
            if person["id"] in reviewed:
                person["review"] = reviewed[person["id"]]
        yield record


def to_jsonl(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    for r in records:
        yield json.dumps(r, ensure_ascii=False, sort_keys=False)


_CSV_FIELDS = ["id", "type", "when", "countries", "host", "place", "people", "topics", "part_of", "sources", "evidence",
               "provenance", "corrected", "corrected_by"]


def to_csv(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One row per event; list fields joined with "; "."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(_CSV_FIELDS)
    yield buf.getvalue()
    for r in records:
        buf.seek(0)
        buf.truncate()
        writer.writerow([
            r["id"], r["type"], r["when"] or "", ";".join(r["countries"]), r["host"] or "",
            (r["place"] or {}).get("name", ""), "; ".join(p["name"] for p in r["people"]),
            ";".join(r["topics"]), r["part_of"] or "", "; ".join(sorted({m["doc"] for m in r["mentions"]})),
            r["mentions"][0]["text"] if r["mentions"] else "", r["provenance"], ";".join(sorted(r["corrected"])),
            "; ".join(sorted({c["by"] for c in r["corrected"].values()})),
        ])
        yield buf.getvalue()


def to_plover(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """PLOVER-style records: one per event, actors as the two sides, the mode as in GOLD.md's table."""
    for r in records:
        event_type, mode = PLOVER.get(r["type"], ("OTHER", None))
        sides = r["countries"] + [None, None]
        host = r["host"]
        source = next((c for c in r["countries"] if c != host), sides[0]) if r["type"] == "visit" else sides[0]
        target = host if r["type"] == "visit" and host else next((c for c in r["countries"] if c != source), None)
        yield json.dumps({
            "id": r["id"], "event_type": event_type, "mode": mode, "context": r["topics"],
            "date": r["when"], "actor1": source, "actor2": target, "location": r["place"] or host,
            "actors": [p["name"] for p in r["people"]],
            "sources": [{"doc": m["doc"], "span": [m["start"], m["end"]]} for m in r["mentions"]],
            "provenance": r["provenance"], "corrected": sorted(r["corrected"]),
        }, ensure_ascii=False)


def popolo(store: Store, given: Registry | None = None) -> dict[str, Any]:
    """The registry (the seed, and `given`: what --registry and $ACCORD_REGISTRY add) and the store's
    provisional actors, as Popolo JSON."""
    from accord.registry import Registry

    registry = Registry.load_default()
    if given is not None:
        registry.merge(given)
    registry.add_actors([a for a in store.actors() if a.provisional])
    data = registry.to_popolo()
    reviewed = actor_reviews(store)
    for person in data["persons"]:
        if person["id"] in reviewed:
            person["review"] = reviewed[person["id"]]
    return data


def actor_reviews(store: Store) -> dict[str, dict[str, Any]]:
    """Actor id -> what analysts decided of it (the Popolo export's "review" of a person):
    "confirmed" (by, at, why), "same_as" (the person it was merged into: id, by, at, why) and
    "also_as" (the actors merged into it)."""
    from accord.review.apply import active

    out: dict[str, dict[str, Any]] = {}
    for c in active(store.corrections("")):
        who = {"by": c.analyst, "at": c.at, "why": c.reason, "correction": c.uid}
        if c.kind == "confirm_actor":
            out.setdefault(c.target, {})["confirmed"] = who
        elif c.kind == "merge_actors" and c.value:
            out.setdefault(str(c.value), {})["same_as"] = {"id": c.target, **who}
            out.setdefault(c.target, {}).setdefault("also_as", []).append({"id": c.value, **who})
    return out
