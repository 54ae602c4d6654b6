"""Linking a partition where new mentions change it.

The mentions that wait to be linked (new articles, new versions, a run killed before it linked,
people now read as someone else) are the seeds. The linking walk is decided again from them on,
only for the mentions whose choice they can change (`accord.resolve.replay`); the stored mentions
are read through the store's indexes as the replay reaches them (the mentions a day range reaches,
an event's members). The result is exactly what linking the whole partition at once gives, so it
does not depend on the order articles arrived in; the cost follows what changes, not the size of
the partition.

Commitments follow the same index: those of the neighbourhood, those whose event was replaced, and
those that started in the days before a new event of the kind that carries them out.
"""
from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta

from accord.edtf import lenient_interval
from accord.model import Event
from accord.resolve.actors import same_people
from accord.resolve.commitments import (FULFILMENT_DAYS, STARTED_BEFORE_DAYS, candidate_window, carried_out,
                                        commitment_start, fulfilled_by, fulfilment)
from accord.resolve.linking import MentionRecord, events_of, reach, reach_class
from accord.resolve.replay import Replay
from accord.store import Store
from accord.store.neighbourhood import LinkedMention


def relink_pair(store: Store, pair: str) -> int:
    """Link every mention of `pair` that waits: the walk decided again where they change it
    (`accord.resolve.replay`); returns how many mentions were decided again. One transaction: a kill
    leaves the mentions waiting."""
    with _no_cycle_collection():
        return _relink_pair(store, pair)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector held off while a partition is linked. The replay makes tens of
    thousands of short-lived records that live as long as it does: the collector moved them to its
    oldest generation and then went through the whole heap (the stored mentions kept for the next
    batch among it) again and again, about 4 of 9 s of a batch's linking at 17k articles. They are
    freed by their reference counts when the replay ends; cycles wait for the next collection."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _relink_pair(store: Store, pair: str) -> int:
    def work() -> int:
        store.lock_partition(pair)
        seeds = store.unlinked_docs(pair)
        if not seeds:
            return 0
        persons, moved = partition_people(store, pair)
        # mentions naming someone who now stands for another id decide again
        seeds = sorted(set(seeds) | store.docs_naming(pair, moved))
        source = _StoreSource(store, pair, persons)
        replay = Replay(source)
        replay.seed(source.load(seeds))
        replay.run()
        _heal_reaches(store, [m for m in source.rows.values()])
        _write(store, pair, replay, source)
        store.set_pair_people(pair, persons)
        return replay.decisions

    return store.atomically(work)


class _StoreSource:
    """The replay's reads: whole articles, people as the partition now resolves them."""

    def __init__(self, store: Store, pair: str, persons: dict[str, str]) -> None:
        self.store, self.pair, self.persons = store, pair, persons
        self.docs: set[int] = set()
        self.rows: dict[str, LinkedMention] = {}

    def load(self, doc_ids: Iterable[int]) -> list[tuple[MentionRecord, str | None]]:
        fresh = sorted(set(doc_ids) - self.docs)
        self.docs.update(fresh)
        out: list[tuple[MentionRecord, str | None]] = []
        persons, rows = self.persons, self.rows
        for m in self.store.linked_mentions(self.pair, fresh):
            r = MentionRecord(m.doc, m.lang, m.published, m.mention, m.duplicate)
            people = r.mention.people
            if people:
                mapped = [persons.get(p, p) for p in people]
                # (the list is made again only when a person stands for another id or comes twice)
                if mapped != people or len(set(mapped)) < len(mapped):
                    r.mention.people = list(dict.fromkeys(mapped))
            rows[r.key] = m
            out.append((r, m.event_id or None))
        return out

    def reaching(self, etype: str, lo: date, hi: date) -> list[tuple[MentionRecord, str | None]]:
        return self.load(self.store.docs_reaching(self.pair, etype, lo.isoformat(), hi.isoformat()))

    def members(self, labels: list[str]) -> list[tuple[MentionRecord, str | None]]:
        return self.load(self.store.docs_of_events(labels))


def _write(store: Store, pair: str, replay: Replay, source: _StoreSource) -> None:
    """Write the events of the clusters the replay changed (and of their children's clusters)."""
    labels = replay.rebuilt()
    groups = replay.groups(sorted(labels))
    inside = {m.key for members in groups.values() for m in members}
    outside: dict[str, str] = {}
    for members in groups.values():
        for m in members:
            parent = f"{m.doc}#{m.mention.part_of}" if m.mention.part_of else None
            if parent and parent not in inside and (label := replay.now.get(parent)) is not None:
                outside[parent] = label
    sizes = {label: len(members) for label, members in replay.groups(sorted(set(outside.values()))).items()}
    built = events_of(pair, [g for g in groups.values() if g], outside, sizes)
    prints = {e.id: _fingerprint(e) for e in built}
    old = sorted(label for label in labels if not label.startswith("+"))
    stored = store.fingerprints(old)
    kept = {eid for eid, fp in prints.items() if stored.get(eid) == fp}
    events = [e for e in built if e.id not in kept]
    placed: dict[int, str] = {}
    for label in labels:
        for key in replay.old_members.get(label, set()):
            placed[source.rows[key].row] = ""
    for e in built:
        for s in e.mentions:
            placed[source.rows[f"{s.doc}#{s.local_id}"].row] = e.id
    for key in replay.forced:  # a copy's mention that joined none is placed nowhere, and no longer waits
        placed.setdefault(source.rows[key].row, "")
    replaced = {e for e in old if e not in kept}
    before = {m.row: m.event_id for m in source.rows.values()}
    moved = {row: eid for row, eid in placed.items() if before[row] != eid or before[row] in replaced}
    published = {m.doc: m.published for members in groups.values() for m in members if m.published}
    since = {e.id: _iso(commitment_start(e, published)) for e in events if fulfilled_by(e.type)}
    orphaned = store.replace_linked(pair, sorted(replaced), events, moved, since, prints)
    _relink_commitments(store, pair, events, orphaned, since)


def _merged(ranges: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Day ranges (ISO strings) with the overlapping ones joined: fewer index look-ups."""
    out: list[tuple[str, str]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _heal_reaches(store: Store, mentions: list[LinkedMention]) -> None:
    """Rows stored before reaches were kept get theirs, so they stop reaching everything."""
    missing = []
    for m in (m for m in mentions if m.legacy):
        span = reach(MentionRecord(m.doc, m.lang, m.published, m.mention))
        missing.append((span[0].isoformat(), span[1].isoformat(), reach_class(span), m.row))
    store.set_reaches(missing)


def partition_people(store: Store, pair: str) -> tuple[dict[str, str], list[str]]:
    """Actor id → the id that stands for that person across the partition, grouped over every actor
    the partition's mentions name (so the same whichever part of it a relink decides again), and the
    ids the partition's events named an actor by before it came to stand for another (the events
    its mentions are in)."""
    stored = store.pair_people(pair)
    persons = {a: a for a in stored}
    persons.update(same_people(store.actors_by_id(sorted(stored))))
    moved = {old for actor, old in stored.items() if old is not None and old != persons[actor]}
    return persons, sorted(moved)


def _fingerprint(e: Event) -> str:
    """What an event is built from: its mentions (their text never changes while they are linked: a
    new version of an article dissolves its events), its people as resolved, its parent."""
    parts = [e.part_of or "", "|".join(e.people), *sorted(f"{s.doc}#{s.local_id}" for s in e.mentions)]
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _relink_commitments(store: Store, pair: str, events: list[Event], orphaned: list[str],
                        since: dict[str, str | None]) -> None:
    """Link again the commitments the new events may change: their own, those whose target was
    replaced, and those started in the days before a new event that can carry them out."""
    commitments = {e.id: e for e in events if fulfilled_by(e.type)}
    windows: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for e in events:
        start = lenient_interval(e.when)[0]
        kinds = carried_out(e.type)
        if start is None or not kinds:
            continue
        # e carries out a commitment started from FULFILMENT_DAYS before it to STARTED_BEFORE_DAYS after
        first, last = start - timedelta(days=FULFILMENT_DAYS), start + timedelta(days=STARTED_BEFORE_DAYS)
        windows.setdefault(tuple(kinds), []).append((first.isoformat(), last.isoformat()))
    # the windows of many new events overlap: each stored commitment is read once
    for kinds, ranges in sorted(windows.items()):
        for first_day, last_day in _merged(ranges):
            for c in store.commitments_since(pair, list(kinds), first_day, last_day):
                commitments.setdefault(c.id, c)
    for c in store.events_by_id(sorted(set(orphaned) - set(commitments))):
        commitments[c.id] = c
    starts = dict(since)
    starts.update(store.event_since([c for c in commitments if c not in starts]))
    links = []
    for cid, c in sorted(commitments.items()):
        day = starts.get(cid)
        start = date.fromisoformat(day) if day else None
        lo, hi = candidate_window(start) if start else (date.min, date.max)
        candidates = store.events_starting(pair, fulfilled_by(c.type), lo.isoformat(), hi.isoformat())
        if (best := fulfilment(c, start, candidates)) is not None:
            links.append((cid, best.id, "carried_out_by"))
    store.relink_commitments(pair, sorted(commitments), links)


def one_id_per_person(store: Store, records: list[MentionRecord], merged: dict[str, str] | None = None) -> None:
    """Rewrite the mentions' people so one person met in several scripts is one id (and two ids an
    analyst said are one person, `merged`)."""
    merged = merged or {}
    ids = sorted({p for r in records for p in r.mention.people})
    actors = [a for a in (store.actor(i) for i in ids) if a is not None]
    grouped = same_people(actors)

    def person(p: str) -> str:
        p = merged.get(p, p)
        p = grouped.get(p, p)
        return merged.get(p, p)

    canonical = {p: person(p) for p in ids}
    for r in records:
        r.mention.people = list(dict.fromkeys(canonical.get(p, p) for p in r.mention.people))
