"""What linking reads and writes a neighbourhood at a time: the mentions a day range reaches, the
mentions not linked yet, and the events of one connected part of a partition (accord.relinking)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from accord.model import Actor, Event, EventMention, from_dict, to_dict
from accord.resolve.linking import REACH_CLASS_DAYS
from accord.store.core import StoreCore
from accord.store.events import UNDATED, day_bounds

_CHUNK = 500  # ids per IN (...) list


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


def _days_before(iso: str, days: int) -> str:
    from datetime import date, timedelta

    d = date.fromisoformat(iso)
    return (d - timedelta(days=days)).isoformat() if d > date.min + timedelta(days=days) else date.min.isoformat()


class LinkedMention:
    """A stored event mention with what linking needs: its row, its article and its current event."""

    __slots__ = ("row", "doc_id", "doc", "mention", "lang", "published", "duplicate", "event_id", "legacy")

    def __init__(self, row: int, doc_id: int, doc: str, mention: EventMention, lang: str,
                 published: str | None, duplicate: bool, event_id: str | None, legacy: bool = False) -> None:
        self.row, self.doc_id, self.doc, self.mention = row, doc_id, doc, mention
        self.lang, self.published, self.duplicate, self.event_id = lang, published, duplicate, event_id
        self.legacy = legacy  # stored before reaches were kept


# how many mentions, as read, the store keeps for the next batch's linking (about 1 KiB each)
MENTIONS_KEPT = 100_000


class NeighbourhoodStore(StoreCore):
    def __init__(self) -> None:
        super().__init__()
        self._mentions_read: dict[tuple[int, int, int], EventMention] = {}

    def unlinked_pairs(self) -> list[str]:
        """Partitions holding a mention no linking has placed yet: stored by an ingest killed before it
        linked them, or left by the dissolved events of an article's old version."""
        return [r[0] for r in self._rows(
            "SELECT DISTINCT pair FROM event_mentions WHERE event_id IS NULL AND pair <> '' ORDER BY pair")]

    def unlinked_docs(self, pair: str) -> list[int]:
        """Ids of the articles with a mention of `pair` that waits to be linked."""
        return [int(r[0]) for r in self._rows(
            "SELECT DISTINCT doc_id FROM event_mentions WHERE event_id IS NULL AND pair = ? ORDER BY doc_id",
            (pair,))]

    def docs_reaching(self, pair: str, etype: str, lo: str, hi: str) -> set[int]:
        """Ids of the articles with a mention of `pair` and `etype` whose reach meets days lo..hi."""
        parts, params = [], []
        for cls, days in enumerate(REACH_CLASS_DAYS):
            parts.append("SELECT doc_id FROM event_mentions WHERE pair = ? AND type = ? AND reach_class = ? "
                         "AND reach_lo BETWEEN ? AND ? AND reach_hi >= ?")
            params += [pair, etype, cls, _days_before(lo, days), hi, lo]
        # the unbounded class (and rows stored before reaches were kept) is read whole
        parts.append("SELECT doc_id FROM event_mentions WHERE pair = ? AND type = ? AND reach_class = ? "
                     "AND (reach_lo IS NULL OR (reach_lo <= ? AND reach_hi >= ?))")
        params += [pair, etype, len(REACH_CLASS_DAYS), hi, lo]
        return {int(r[0]) for r in self._rows(" UNION ".join(parts), params)}

    def docs_of_events(self, event_ids: Sequence[str]) -> set[int]:
        """Ids of the articles with a mention in one of these events."""
        out: set[int] = set()
        for chunk in _chunks(sorted(set(event_ids))):
            out |= {int(r[0]) for r in self._rows(
                f"SELECT DISTINCT doc_id FROM event_mentions WHERE event_id IN ({', '.join('?' * len(chunk))})",
                chunk)}
        return out

    def linked_mentions(self, pair: str, doc_ids: Sequence[int]) -> list[LinkedMention]:
        """The mentions of `pair` in these articles, in a stable order."""
        out: list[LinkedMention] = []
        for chunk in _chunks(sorted(doc_ids)):
            # (the articles are found by their ids alone, the pair kept apart in Python: with "pair = ?"
            # in the query SQLite's planner takes the pair's index and reads every mention of the pair)
            rows = self._rows(
                "SELECT m.id, m.doc_id, d.name, m.data, d.lang, d.published, d.duplicate_of, m.event_id, "
                "m.reach_lo IS NULL, m.pair "
                "FROM event_mentions m JOIN documents d ON d.id = m.doc_id "
                f"WHERE m.doc_id IN ({', '.join('?' * len(chunk))}) ORDER BY m.doc_id, m.id", chunk)
            out += [LinkedMention(int(row), int(doc_id), name, self._mention(int(row), data),
                                  lang, published, duplicate_of is not None, event_id, bool(legacy))
                    for row, doc_id, name, data, lang, published, duplicate_of, event_id, legacy, of in rows
                    if of == pair]
        return out

    def _mention(self, row: int, data: Any) -> EventMention:
        """The mention stored as `data` in `row`, read once per version: each batch's linking reads
        much of what the last one read, and reading a mention costs more than finding it. The copy
        handed out may have its people replaced; the one kept is never changed."""
        if not isinstance(data, str):  # (a server that hands back JSON already read)
            return from_dict(EventMention, self._json_value(data))
        cache = self._mentions_read
        key = (row, len(data), hash(data))  # (a row id is used again once its article is gone)
        kept = cache.get(key)
        if kept is None:
            if len(cache) >= MENTIONS_KEPT:
                cache.clear()
            kept = cache[key] = from_dict(EventMention, self._json_value(data))
        out = object.__new__(EventMention)  # (a shallow copy, without copy.copy's generic protocol)
        out.__dict__.update(kept.__dict__)
        return out

    def pair_people(self, pair: str) -> dict[str, str | None]:
        """Actor id → the id it stood for when the partition was last linked (None: not linked since it
        came), for every actor a mention of `pair` names."""
        return dict(self._rows("SELECT actor_id, person FROM pair_people WHERE pair = ? AND uses > 0 "
                               "ORDER BY actor_id", (pair,)))

    def set_pair_people(self, pair: str, persons: dict[str, str]) -> None:
        """Record the id each actor of `pair` stands for; actors no mention names any more are let go."""
        self._executemany("UPDATE pair_people SET person = ? WHERE pair = ? AND actor_id = ?",
                          [(person, pair, actor) for actor, person in sorted(persons.items())])
        self._execute("DELETE FROM pair_people WHERE pair = ? AND uses <= 0", (pair,))

    def actors_by_id(self, ids: Sequence[str]) -> list[Actor]:
        out: list[Actor] = []
        for chunk in _chunks(sorted(set(ids))):
            out += [from_dict(Actor, self._json_value(data)) for (data,) in self._rows(
                f"SELECT data FROM actors WHERE id IN ({', '.join('?' * len(chunk))}) ORDER BY id", chunk)]
        return out

    def docs_naming(self, pair: str, persons: Sequence[str]) -> set[int]:
        """Ids of the articles with a mention of `pair` in an event one of these people (as linked) is in."""
        out: set[int] = set()
        for chunk in _chunks(sorted(set(persons))):
            out |= {int(r[0]) for r in self._rows(
                "SELECT DISTINCT m.doc_id FROM event_people p JOIN event_mentions m ON m.event_id = p.event_id "
                f"WHERE p.actor_id IN ({', '.join('?' * len(chunk))}) AND m.pair = ?", (*chunk, pair))}
        return out

    def set_reaches(self, reaches: Sequence[tuple[str, str, int, int]]) -> None:
        """(first, last day, class, mention row) for rows stored before reaches were kept."""
        self._executemany("UPDATE event_mentions SET reach_lo = ?, reach_hi = ?, reach_class = ? WHERE id = ?",
                          reaches)

    def fingerprints(self, ids: Sequence[str]) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for chunk in _chunks(list(ids)):
            out.update(self._rows(f"SELECT id, fingerprint FROM events WHERE id IN ({', '.join('?' * len(chunk))})",
                                  chunk))
        return out

    def replace_linked(self, pair: str, old: Sequence[str], events: list[Event], placed: dict[int, str],
                       since: dict[str, str | None], fingerprints: dict[str, str]) -> list[str]:
        """Replace the events `old` of a partition with `events`; `placed` maps mention rows to their
        event id ('' for a copy's mention that joined none). Returns the commitments (event ids)
        that pointed at a replaced event and must be linked again."""
        with self.transaction():
            self._lock_partition(pair)
            orphaned = self._dissolve_events([(e,) for e in old])
            self._insert_events(pair, events, since, fingerprints)
            self._executemany("UPDATE event_mentions SET event_id = ? WHERE id = ?",
                              [(eid, row) for row, eid in placed.items()])
        replaced = set(old)
        return sorted(c for c in orphaned if c not in replaced)

    def _dissolve_events(self, rows: Iterable[tuple[Any, ...]]) -> set[str]:
        """Delete these events with their evidence and commitments; their mentions wait to be linked
        again. Returns the commitments that pointed at one of them."""
        ids = sorted({r[0] for r in rows})
        orphaned: set[str] = set()
        for chunk in _chunks(ids):
            marks = ", ".join("?" * len(chunk))
            orphaned |= {r[0] for r in self._rows(f"SELECT from_event FROM commitments WHERE to_event IN ({marks})",
                                                  chunk)}
            self._execute(f"DELETE FROM commitments WHERE from_event IN ({marks}) OR to_event IN ({marks})",
                          (*chunk, *chunk))
            for table in ("event_sources", "event_people", "event_countries"):
                self._execute(f"DELETE FROM {table} WHERE event_id IN ({marks})", chunk)
            self._execute(f"DELETE FROM events WHERE id IN ({marks})", chunk)
            self._execute(f"UPDATE event_mentions SET event_id = NULL WHERE event_id IN ({marks})", chunk)
        return orphaned

    def _insert_events(self, pair: str, events: list[Event], since: dict[str, str | None],
                       fingerprints: dict[str, str] | None = None) -> None:
        rows = []
        for event in events:
            lo, hi = day_bounds(f"event {event.id}", event.when)
            data = to_dict(event)
            del data["mentions"]  # kept as event_sources rows
            rows.append((event.id, pair, event.type, event.when, lo, hi, lo or hi or UNDATED, event.host,
                         since.get(event.id), (fingerprints or {}).get(event.id), self._json_param(data)))
        self._executemany(
            "INSERT INTO events (id, pair, type, when_edtf, lo, hi, sort_day, host, since, fingerprint, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        self._insert_event_children(events)  # type: ignore[attr-defined]  (EventStore's)

    # -- commitments, found by the same days ----------------------------------------------
    def _pair_events(self, where: str, params: Sequence[Any]) -> list[Event]:
        rows = self._rows(f"SELECT e.data FROM events e WHERE {where} ORDER BY e.sort_day, e.id", params)
        return self._events(rows)  # type: ignore[attr-defined,no-any-return]

    def commitments_since(self, pair: str, types: Sequence[str], lo: str, hi: str) -> list[Event]:
        """Events of `pair` and these types whose first day lies in lo..hi, or which have none."""
        marks = ", ".join("?" * len(types))
        return self._pair_events(f"e.pair = ? AND e.type IN ({marks}) AND (e.since BETWEEN ? AND ? OR e.since IS NULL)",
                                 (pair, *types, lo, hi))

    def events_starting(self, pair: str, types: Sequence[str], lo: str, hi: str) -> list[Event]:
        """Events of `pair` and these types whose date starts (or, open, ends) in lo..hi."""
        marks = ", ".join("?" * len(types))
        return self._pair_events(f"e.pair = ? AND e.type IN ({marks}) AND e.sort_day BETWEEN ? AND ?",
                                 (pair, *types, lo, hi))

    def events_by_id(self, ids: Sequence[str]) -> list[Event]:
        out: list[Event] = []
        for chunk in _chunks(list(ids)):
            out += self._pair_events(f"e.id IN ({', '.join('?' * len(chunk))})", chunk)
        return out

    def event_since(self, ids: Sequence[str]) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for chunk in _chunks(list(ids)):
            out.update(self._rows(f"SELECT id, since FROM events WHERE id IN ({', '.join('?' * len(chunk))})",
                                  chunk))
        return out

    def relink_commitments(self, pair: str, commitments: Sequence[str],
                           links: Sequence[tuple[str, str, str]]) -> None:
        """Make `links` the commitments of these events, and every event's `fulfils` agree."""
        with self.transaction():
            self._lock_partition(pair)
            touched: set[str] = {b for _, b, _ in links}
            for chunk in _chunks(sorted(set(commitments))):
                marks = ", ".join("?" * len(chunk))
                touched |= {r[0] for r in self._rows(
                    f"SELECT to_event FROM commitments WHERE from_event IN ({marks})", chunk)}
                self._execute(f"DELETE FROM commitments WHERE from_event IN ({marks})", chunk)
            self._executemany("INSERT INTO commitments (pair, from_event, to_event, kind) VALUES (?, ?, ?, ?)",
                              [(pair, a, b, kind) for a, b, kind in dict.fromkeys(links)])
            for target in sorted(touched):
                self._refresh_fulfils(target)

    def _refresh_fulfils(self, event_id: str) -> None:
        data = self._scalar("SELECT data FROM events WHERE id = ?", (event_id,))
        if data is None:
            return
        value = self._json_value(data)
        value["fulfils"] = sorted(r[0] for r in self._rows(
            "SELECT from_event FROM commitments WHERE to_event = ?", (event_id,)))
        self._execute("UPDATE events SET data = ? WHERE id = ?", (self._json_param(value), event_id))


__all__ = ["LinkedMention", "NeighbourhoodStore"]
