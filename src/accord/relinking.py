"""Linking a partition a neighbourhood at a time.

The mentions that wait to be linked (new articles, new versions, a run killed before it linked)
are the seeds. Their neighbourhood is closed over two relations, both found through the store's
indexes: an article's other mentions of the pair (a meeting is compared through its visit), and
the mentions that reach one of them (same type, meeting day ranges: `linking.reaches`). Linking
never lets a mention join an event it does not reach, so that closed part links exactly as it would
within the whole partition: the result does not depend on the order articles arrived in, and the
cost of an article depends on its neighbourhood, not on how much is stored. (Where a pair is
reported every day, reports of consecutive days reach each other and the neighbourhood can be
the whole pair: README, "Linking as the record grows".)

Commitments follow the same index: those of the neighbourhood, those whose event was replaced, and
those that started in the days before a new event of the kind that carries them out.
"""
from __future__ import annotations

import hashlib
from datetime import date, timedelta

from accord.edtf import lenient_interval
from accord.model import Event
from accord.resolve.actors import same_people
from accord.resolve.commitments import (FULFILMENT_DAYS, STARTED_BEFORE_DAYS, candidate_window, carried_out,
                                        commitment_start, fulfilled_by, fulfilment)
from accord.resolve.linking import MentionRecord, canonical_key, cluster_mentions, events_of, reach, reach_class, reaches
from accord.store import Store
from accord.store.neighbourhood import LinkedMention


def relink_pair(store: Store, pair: str) -> int:
    """Link every mention of `pair` that waits, with its neighbourhood; returns how many mentions
    the neighbourhood held. One transaction: a kill leaves the mentions waiting."""
    def work() -> int:
        store.lock_partition(pair)
        seeds = store.unlinked_docs(pair)
        if not seeds:
            return 0
        persons, moved = partition_people(store, pair)
        # mentions naming someone who now stands for another id decide again
        seeds = sorted(set(seeds) | store.docs_naming(pair, moved))
        n = _Neighbourhood(store, pair, persons).relink(seeds)
        store.set_pair_people(pair, persons)
        return n

    return store.atomically(work)


class _Neighbourhood:
    """The part of a partition a relink decides again (`inner`: whole events, with the mentions their
    articles make part of them) and the stored events around it that its mentions can meet (`outer`:
    replayed as they are).

    Clustering is a walk over the mentions in a canonical order in which each mention joins the
    best cluster it reaches (accord.resolve.linking). The stored events are that walk over the
    partition before the new mentions came. Replaying it over inner and outer, the inner mentions
    deciding again and the outer ones placed where they are, gives what the whole walk gives as long
    as (1) no inner mention joins an outer event and (2) no outer mention reaches, after the point
    where it changed, an event that changed: then no outer mention meets anything it did not meet
    before. Where one of the two fails, the mentions concerned move inside and the replay runs again.
    So the result is the one linking the whole partition gives, whatever order the articles came in,
    and the cost is that of the events the new mentions change and what reaches them, not of the
    partition."""

    def __init__(self, store: Store, pair: str, persons: dict[str, str]) -> None:
        self.store, self.pair, self.persons = store, pair, persons
        self.mentions: dict[int, list[LinkedMention]] = {}   # article id → its mentions of the pair
        self.by_event: dict[str, set[int]] = {}               # event id → rows of its loaded mentions

    def _load(self, docs: set[int]) -> None:
        missing = sorted(d for d in docs if d not in self.mentions)
        if not missing:
            return
        for d in missing:
            self.mentions[d] = []
        loaded = self.store.linked_mentions(self.pair, missing)
        _heal_reaches(self.store, loaded)
        for m in loaded:
            self.mentions[m.doc_id].append(m)
            if m.event_id:
                self.by_event.setdefault(m.event_id, set()).add(m.row)

    def _rows(self) -> dict[int, LinkedMention]:
        return {m.row: m for ms in self.mentions.values() for m in ms}

    def _closed(self, rows: set[int]) -> set[int]:
        """`rows` with every mention of their events and of their families (a mention, its parent and
        its parts, as its article links them), until nothing more comes."""
        rows, frontier = set(rows), set(rows)
        while frontier:
            every = self._rows()
            events = {every[r].event_id for r in frontier if every[r].event_id}
            self._load(set(self.store.docs_of_events(self.pair, sorted(e for e in events if e not in self._whole))))
            self._whole |= events
            every = self._rows()
            found = {r for e in events for r in self.by_event.get(e, ())}
            for r in frontier:
                found |= _family(self.mentions[every[r].doc_id], every[r])
            frontier = found - rows
            rows |= frontier
        return rows

    def _reached(self, inner: list[LinkedMention]) -> set[int]:
        """The articles with a mention that one of `inner` reaches (same type, meeting days)."""
        spans: dict[str, list[tuple[str, str]]] = {}
        for m in inner:
            lo, hi = reach(_record(m))
            spans.setdefault(m.mention.type, []).append((lo.isoformat(), hi.isoformat()))
        found: set[int] = set()
        for etype, ranges in spans.items():
            for lo, hi in _merged(ranges):
                found |= self.store.docs_reaching(self.pair, etype, lo, hi)
        return found

    def relink(self, seeds: list[int]) -> int:
        self._whole: set[str] = set()
        self._load(set(seeds))
        rows = {m.row for d in seeds for m in self.mentions[d]}
        while True:
            rows = self._closed(rows)
            every = self._rows()
            inner = [every[r] for r in sorted(rows)]
            # the outer events whole: a cluster is met in the state its members give it (the other
            # mentions of their articles come too, and are met by nothing: see _reached)
            around = self._reached(inner)
            self._load(around)
            events = {m.event_id for d in around for m in self.mentions[d] if m.event_id} - self._whole
            self._load(set(self.store.docs_of_events(self.pair, sorted(events))))
            self._whole |= events
            every = self._rows()
            outer = [m for r, m in sorted(every.items()) if r not in rows]
            records = {m.row: _record(m) for m in every.values()}
            for r in records.values():
                r.mention.people = list(dict.fromkeys(self.persons.get(p, p) for p in r.mention.people))
            fixed = {records[m.row].key: m.event_id or "" for m in outer}
            groups = cluster_mentions(list(records.values()), fixed=fixed)
            row_of = {records[r].key: r for r in records}
            # (1) an inner mention joined an outer event: that event is decided again too
            joined = {row_of[x.key] for g in groups if any(x.key in fixed for x in g)
                      and any(x.key not in fixed for x in g) for x in g}
            if joined - rows:
                rows |= joined
                continue
            mine = [g for g in groups if not any(x.key in fixed for x in g)]
            changed = _changed(inner, records, mine)
            # (2) an outer mention that reaches a changed event may decide otherwise now
            touched = _reaching(changed, [(m.row, records[m.row]) for m in outer])
            if touched:
                rows |= touched
                continue
            _write(self.store, self.pair, inner, records, mine)
            return len(inner) + len(outer)


def _family(doc: list[LinkedMention], m: LinkedMention) -> set[int]:
    """Rows of the mentions of `m`'s article linked to it by part_of, either way, transitively."""
    local = {x.mention.id: x for x in doc}
    linked: dict[str, set[str]] = {}
    for x in doc:
        if x.mention.part_of and x.mention.part_of in local:
            linked.setdefault(x.mention.id, set()).add(x.mention.part_of)
            linked.setdefault(x.mention.part_of, set()).add(x.mention.id)
    seen, todo = {m.mention.id}, [m.mention.id]
    while todo:
        for y in linked.get(todo.pop(), ()):
            if y not in seen:
                seen.add(y)
                todo.append(y)
    return {local[i].row for i in seen}


def _record(m: LinkedMention) -> MentionRecord:
    return MentionRecord(m.doc, m.lang, m.published, m.mention, m.duplicate)


def _changed(inner: list[LinkedMention], records: dict[int, MentionRecord],
             groups: list[list[MentionRecord]]) -> list[tuple[tuple, MentionRecord]]:
    """The inner mentions whose event is not as stored, each with the place in the walk from which a
    mention that reaches it meets another cluster than before: its own place, or the first member
    by which the stored and the new event differ when that comes later."""
    old: dict[str, set[str]] = {}
    for m in inner:
        if m.event_id:
            old.setdefault(m.event_id, set()).add(records[m.row].key)
    new = {r.key: frozenset(x.key for x in g) for g in groups for r in g}
    by_key = {r.key: r for r in records.values()}
    out = []
    for m in inner:
        r = records[m.row]
        before = frozenset(old.get(m.event_id or "", ()))
        differs = before ^ new.get(r.key, frozenset())
        if not differs:
            continue
        key = canonical_key(r)
        # an event dissolved with an article's old version keeps no trace: its members are new here
        first = min(canonical_key(by_key[k]) for k in differs if k in by_key) if before else key
        out.append((max(key, first), r))
    return out


def _reaching(changed: list[tuple[tuple, MentionRecord]], outer: list[tuple[int, MentionRecord]]) -> set[int]:
    """The articles of the outer mentions that meet a changed event in another state than before: they
    reach one of its members and come after the place where it starts to differ."""
    if not changed:
        return set()
    by_type: dict[str, list[tuple[tuple, MentionRecord]]] = {}
    for since, r in changed:
        by_type.setdefault(r.mention.type, []).append((since, r))
    out: set[int] = set()
    for doc_id, y in outer:
        if doc_id in out or y.mention.type not in by_type:
            continue
        key = canonical_key(y)
        if any(since < key and reaches(y, x) for since, x in by_type[y.mention.type]):
            out.add(doc_id)
    return out


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
        m.legacy = False
    if missing:
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


def _write(store: Store, pair: str, mentions: list[LinkedMention], records: dict[int, MentionRecord],
           groups: list[list[MentionRecord]]) -> None:
    """Write the events of the inner part that differ from the stored ones."""
    built = events_of(pair, groups)
    row_of = {f"{m.doc}#{m.mention.id}": m.row for m in mentions}
    prints = {e.id: _fingerprint(e) for e in built}
    old = sorted({m.event_id for m in mentions if m.event_id})
    stored = store.fingerprints(old)
    kept = {eid for eid, fp in prints.items() if stored.get(eid) == fp}
    events = [e for e in built if e.id not in kept]
    placed = {m.row: "" for m in mentions}
    for e in built:
        for s in e.mentions:
            placed[row_of[f"{s.doc}#{s.local_id}"]] = e.id
    replaced = {e for e in old if e not in kept}
    # rows of a replaced event lose it when it is dissolved, so they are written again even when
    # their event keeps its id
    moved = {m.row: placed[m.row] for m in mentions if m.event_id != placed[m.row] or m.event_id in replaced}
    published = {m.doc: m.published for m in mentions if m.published}
    since = {e.id: _iso(commitment_start(e, published)) for e in events if fulfilled_by(e.type)}
    orphaned = store.replace_linked(pair, sorted(replaced), events, moved, since, prints)
    _relink_commitments(store, pair, events, orphaned, since)


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
    for e in events:
        start = lenient_interval(e.when)[0]
        kinds = carried_out(e.type)
        if start is None or not kinds:
            continue
        # e carries out a commitment started from FULFILMENT_DAYS before it to STARTED_BEFORE_DAYS after
        first, last = start - timedelta(days=FULFILMENT_DAYS), start + timedelta(days=STARTED_BEFORE_DAYS)
        for c in store.commitments_since(pair, kinds, first.isoformat(), last.isoformat()):
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
