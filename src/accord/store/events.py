"""Event mentions by country pair, the real-world events linked from them, and commitments."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from accord.edtf import EDTFError, interval
from accord.model import Event, EventMention, EventSource, from_dict, to_dict
from accord.store.core import StoreCore, StoreError
from accord.store.keys import pair_key

UNDATED = "~"  # sort_day of an event with no date: after every ISO date
_CHUNK = 500   # ids per IN (...) list, well under both dialects' parameter limits


def day_bounds(what: str, when: str | None) -> tuple[str | None, str | None]:
    """The first and last day of `when` as ISO dates, for the store's date columns (`what` names it in errors)."""
    try:
        lo, hi = interval(when)
    except EDTFError as exc:
        raise StoreError(f"{what} has a bad date: {exc}") from exc
    return (lo.isoformat() if lo else None), (hi.isoformat() if hi else None)


class EventStore(StoreCore):
    def _lock_partition(self, pair: str) -> None:
        """Serialise writers of one pair's events (SQLite's write lock already does)."""

    def lock_partition(self, pair: str) -> None:
        """Inside a transaction: hold the pair's partition until it ends, so a read-then-replace of
        its events (relinking) sees no concurrent relink of the same pair."""
        self._lock_partition(pair)

    def _insert_event_sources(self, rows: list[tuple[Any, ...]]) -> None:
        """Rows of (event_id, doc, local_id, span_start, span_end, text, lang)."""
        self._executemany(
            "INSERT INTO event_sources (event_id, doc, local_id, span_start, span_end, text, lang) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    # -- event mentions, the linker's input -------------------------------------------------
    def event_mentions(self, pair: str) -> list[tuple[str, EventMention, str, str | None]]:
        """Every event mention of a country-pair partition: (doc, mention, lang, published)."""
        rows = self._rows(
            "SELECT d.name, m.data, d.lang, d.published FROM event_mentions m "
            "JOIN documents d ON d.id = m.doc_id WHERE m.pair = ? ORDER BY d.id, m.id", (pair,))
        return [(doc, from_dict(EventMention, self._json_value(data)), lang, published)
                for doc, data, lang, published in rows]

    def document_pairs(self, name: str) -> set[str] | None:
        """The partitions a stored article's mentions are in; None when no article has that name."""
        if self._one("SELECT id FROM documents WHERE name = ?", (name,)) is None:
            return None
        return {r[0] for r in self._rows(
            "SELECT DISTINCT m.pair FROM event_mentions m JOIN documents d ON d.id = m.doc_id "
            "WHERE d.name = ? AND m.pair <> ''", (name,))}

    def pairs(self) -> list[str]:
        """The partitions that have event mentions (events naming no country have none)."""
        return [r[0] for r in self._rows("SELECT DISTINCT pair FROM event_mentions WHERE pair <> '' ORDER BY pair")]

    def event_pairs(self) -> list[str]:
        """The partitions that have real-world events (a re-analysis may leave one without mentions)."""
        return [r[0] for r in self._rows("SELECT DISTINCT pair FROM events ORDER BY pair")]

    # -- real-world events ------------------------------------------------------------------
    def replace_events(self, pair: str, events: list[Event]) -> None:
        """Make `events` the whole set of real-world events of a partition, atomically."""
        rows = []
        for event in events:
            if event.pair != pair:
                raise StoreError(f"event {event.id} belongs to pair {event.pair!r}, not {pair!r}")
            lo, hi = day_bounds(f"event {event.id}", event.when)
            data = to_dict(event)
            del data["mentions"]  # kept as event_sources rows
            rows.append((event.id, pair, event.type, event.when, lo, hi, lo or hi or UNDATED, event.host,
                         event.rejected, self._json_param(data)))
        with self.transaction():
            self._lock_partition(pair)
            of_pair = "(SELECT id FROM events WHERE pair = ?)"
            for table in ("event_sources", "event_people", "event_countries"):
                self._execute(f"DELETE FROM {table} WHERE event_id IN {of_pair}", (pair,))
            self._execute(f"DELETE FROM commitments WHERE pair = ? OR from_event IN {of_pair} "
                          f"OR to_event IN {of_pair}", (pair, pair, pair))
            self._execute("DELETE FROM events WHERE pair = ?", (pair,))
            self._executemany(
                "INSERT INTO events (id, pair, type, when_edtf, lo, hi, sort_day, host, rejected, data) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            self._insert_event_children(events)
            # every mention of the partition is placed now: in the event citing it, or in none
            self._execute("UPDATE event_mentions SET event_id = '' WHERE pair = ?", (pair,))
            self._executemany(
                "UPDATE event_mentions SET event_id = ? WHERE pair = ? AND local_id = ? "
                "AND doc_id = (SELECT id FROM documents WHERE name = ?)",
                [(e.id, pair, s.local_id, s.doc) for e in events for s in e.mentions])

    def _insert_event_children(self, events: list[Event]) -> None:
        """The rows an event keeps beside its own: its countries, its people, its sources."""
        self._executemany(
            "INSERT INTO event_countries (event_id, country) VALUES (?, ?)",
            [(e.id, c) for e in events for c in sorted({c.upper() for c in e.countries if c})])
        self._executemany(
            "INSERT INTO event_people (event_id, actor_id) VALUES (?, ?)",
            [(e.id, a) for e in events for a in dict.fromkeys(e.people)])
        self._insert_event_sources(
            [(e.id, s.doc, s.local_id, s.start, s.end, s.text, s.lang) for e in events for s in e.mentions])

    def events(self, *, country: str | None = None, pair: str | None = None, type: str | None = None,
               date_from: str | None = None, date_to: str | None = None, actor: str | None = None,
               limit: int | None = None, offset: int = 0, rejected: bool = False) -> list[Event]:
        """Events matching every filter given, by date (undated last) then id; those an analyst
        rejected only with `rejected=True` (then only them).

        `date_from`/`date_to` are EDTF (a day, month, year...): an event is kept when its days
        meet that range. An interval open at one end counts as its known end only (a visit
        "until 7 March" is not in every earlier year), and an undated event is never kept.
        """
        where: list[str] = ["e.rejected = ?"]
        params: list[Any] = [rejected]
        if pair is not None:
            where.append("e.pair = ?")
            params.append(pair)
        if type is not None:
            where.append("e.type = ?")
            params.append(type)
        if country is not None:
            where.append("e.id IN (SELECT event_id FROM event_countries WHERE country = ?)")
            params.append(country.upper())
        if actor is not None:
            where.append("e.id IN (SELECT event_id FROM event_people WHERE actor_id = ?)")
            params.append(actor)
        if date_from is not None:
            where.append("coalesce(e.hi, e.lo) >= ?")
            params.append(day_bounds(f"date_from {date_from!r}", date_from)[0])
        if date_to is not None:
            where.append("coalesce(e.lo, e.hi) <= ?")
            params.append(day_bounds(f"date_to {date_to!r}", date_to)[1])
        sql = "SELECT e.data FROM events e WHERE " + " AND ".join(where)
        sql += " ORDER BY e.sort_day, e.id LIMIT ? OFFSET ?"
        return self._events(self._rows(sql, (*params, self._limit(limit), offset)))

    def latest_events(self, *, pair: str | None = None, country: str | None = None, limit: int = 10) -> list[Event]:
        """The dated events that began last, newest first (a home page's "what happened lately")."""
        where, params = "e.sort_day <> ?", [UNDATED]
        if pair is not None:
            where += " AND e.pair = ?"
            params.append(pair)
        if country is not None:
            where += " AND e.id IN (SELECT event_id FROM event_countries WHERE country = ?)"
            params.append(country.upper())
        return self._events(self._rows(f"SELECT e.data FROM events e WHERE {where} "
                                       "ORDER BY e.sort_day DESC, e.id DESC LIMIT ?", (*params, limit)))

    def pair_summaries(self, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Country pairs that have events, most events first: {"pair", "events", "first", "last"}
        (first and last are the ISO days of the earliest and latest dated event, or None)."""
        rows = self._rows(
            "SELECT pair, count(*), min(CASE WHEN sort_day <> ? THEN sort_day END), "
            "max(CASE WHEN sort_day <> ? THEN sort_day END) FROM events GROUP BY pair "
            "ORDER BY count(*) DESC, pair LIMIT ? OFFSET ?", (UNDATED, UNDATED, self._limit(limit), offset))
        return [{"pair": p, "events": int(n), "first": lo, "last": hi} for p, n, lo, hi in rows]

    def count_events(self, *, pair: str | None = None) -> int:
        if pair is None:
            return int(self._scalar("SELECT count(*) FROM events"))
        return int(self._scalar("SELECT count(*) FROM events WHERE pair = ?", (pair,)))

    def event_parts(self, id: str) -> list[Event]:
        """The events that are part of event `id` (the meetings held during a visit), by date."""
        pair = self._scalar("SELECT pair FROM events WHERE id = ?", (id,))
        if pair is None:
            return []
        return [e for e in self.events(pair=pair) if e.part_of == id]

    def event(self, id: str) -> Event | None:
        """One event by id, also a rejected one."""
        found = self._events(self._rows("SELECT e.data FROM events e WHERE e.id = ?", (id,)))
        return found[0] if found else None

    def timeline(self, a: str, b: str) -> list[Event]:
        """The events between two countries, by date."""
        return self.events(pair=pair_key([a, b]))

    def events_of_actor(self, actor_id: str) -> list[Event]:
        return self.events(actor=actor_id)

    def _events(self, rows: list[tuple[Any, ...]]) -> list[Event]:
        events = [from_dict(Event, self._json_value(data)) for (data,) in rows]
        by_id = {e.id: e for e in events}
        ids = list(by_id)
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i:i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            for event_id, doc, lang, local_id, start, end, text in self._rows(
                    "SELECT event_id, doc, lang, local_id, span_start, span_end, text FROM event_sources "
                    f"WHERE event_id IN ({marks}) ORDER BY id", chunk):
                by_id[event_id].mentions.append(EventSource(doc, lang, local_id, start, end, text))
        return events

    # -- commitments ------------------------------------------------------------------------
    def replace_commitments(self, pair: str, links: Sequence[tuple[str, str, str]]) -> None:
        """Make `links` (from_event, to_event, kind) the whole set of commitments of a partition."""
        with self.transaction():
            self._lock_partition(pair)
            wanted = sorted({e for link in links for e in link[:2]})
            known: set[str] = set()
            for i in range(0, len(wanted), _CHUNK):
                chunk = wanted[i:i + _CHUNK]
                known.update(r[0] for r in self._rows(
                    f"SELECT id FROM events WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
            if missing := [e for e in wanted if e not in known]:
                raise StoreError(f"commitments of {pair} name unknown events: {', '.join(missing)}")
            self._execute("DELETE FROM commitments WHERE pair = ?", (pair,))
            self._executemany("INSERT INTO commitments (pair, from_event, to_event, kind) VALUES (?, ?, ?, ?)",
                              [(pair, a, b, kind) for a, b, kind in dict.fromkeys(links)])

    def commitments(self, pair: str | None = None) -> list[tuple[str, str, str]]:
        """(from_event, to_event, kind) of one partition, or of all."""
        sql = "SELECT from_event, to_event, kind FROM commitments"
        rows = self._rows(sql + " WHERE pair = ? ORDER BY from_event, to_event, kind", (pair,)) \
            if pair is not None else self._rows(sql + " ORDER BY from_event, to_event, kind")
        return [(a, b, kind) for a, b, kind in rows]
