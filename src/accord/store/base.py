"""The Store: one API over SQLite and PostgreSQL (see accord.store.sqlite / .postgres)."""
from __future__ import annotations

from typing import Any

from accord.model import DocumentAnalysis, from_dict
from accord.store.actors import ActorStore
from accord.store.corrections import CorrectionStore
from accord.store.documents import DocumentStore
from accord.store.events import EventStore
from accord.store.neighbourhood import NeighbourhoodStore
from accord.store.search_query import Query as SearchQuery
from accord.store.search_query import all_terms, build_query
from accord.store.snippets import snippet


class Store(NeighbourhoodStore, DocumentStore, EventStore, ActorStore, CorrectionStore):
    """Documents, mentions, events and actors of accord, on SQLite or PostgreSQL.

    Open one with `accord.store.open_store(url)`. A Store is one connection: use one per
    thread or process.
    """

    def search(self, query: str, limit: int = 20, *, expand: bool = True) -> list[dict[str, Any]]:
        """Documents containing every word of `query` (a word also matches as a prefix, so
        «Казахстан» finds «Казахстана»), best first: {"doc", "title", "snippet", "events"},
        where events are the ids of events whose evidence in that document matches too. With
        `expand`, a name the gazetteer or the registry knows matches in every form and script
        (`Astana` finds «Астану», «أستانا»; accord.store.search_query)."""
        parsed = build_query(query, expand=expand)
        if not parsed or limit <= 0:
            return []
        hits = self._search_documents(parsed, limit)
        events: dict[str, list[str]] = {doc: [] for doc, _, _ in hits}
        for event_id, doc in self._search_evidence(parsed, list(events)):
            if event_id not in events[doc]:
                events[doc].append(event_id)
        terms = all_terms(parsed)
        return [{"doc": doc, "title": title, "snippet": snippet(text, terms), "events": events[doc]}
                for doc, title, text in hits]

    def _search_documents(self, query: SearchQuery, limit: int) -> list[tuple[str, str | None, str]]:
        """(doc, title, text) of the best matching documents, best first."""
        raise NotImplementedError

    def _search_evidence(self, query: SearchQuery, docs: list[str]) -> list[tuple[str, str]]:
        """(event id, doc) of event evidence from `docs` that matches."""
        raise NotImplementedError

    def stats(self) -> dict[str, int]:
        count = self._scalar
        return {
            "documents": int(count("SELECT count(*) FROM documents")),
            "duplicates": int(count("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL")),
            "failures": int(count("SELECT count(*) FROM failures")),
            "events": int(count("SELECT count(*) FROM events WHERE rejected = ?", (False,))),
            "rejected_events": int(count("SELECT count(*) FROM events WHERE rejected = ?", (True,))),
            "corrections": int(count("SELECT count(*) FROM corrections")),
            "actors": int(count("SELECT count(*) FROM actors")),
        }

    def integrity_problems(self) -> list[str]:
        """What is inconsistent in the stored data (empty when all is well): documents without
        their analysis row, mention rows that disagree with the analysis, orphan rows, and the
        database engine's own check."""
        problems = self._engine_problems()
        for table in ("analyses", "event_mentions", "person_mentions"):
            orphans = self._scalar(
                f"SELECT count(*) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = t.doc_id)")
            if orphans:
                problems.append(f"{orphans} {table} rows of no document")
        for (name,) in self._rows("SELECT d.name FROM documents d WHERE NOT EXISTS "
                                  "(SELECT 1 FROM analyses a WHERE a.doc_id = d.id) ORDER BY d.id"):
            problems.append(f"{name}: no analysis row")
        for name, data, events, people in self._rows(
                "SELECT d.name, a.data, "
                "(SELECT count(*) FROM event_mentions m WHERE m.doc_id = d.id), "
                "(SELECT count(*) FROM person_mentions p WHERE p.doc_id = d.id) "
                "FROM documents d JOIN analyses a ON a.doc_id = d.id ORDER BY d.id"):
            analysis = None if data is None else from_dict(DocumentAnalysis, self._json_value(data))
            expected = (0, 0) if analysis is None else (len(analysis.events), len(analysis.person_mentions))
            if (events, people) != expected:
                problems.append(f"{name}: {events} event and {people} person mention rows, "
                                f"the analysis has {expected[0]} and {expected[1]}")
        return problems

    def _engine_problems(self) -> list[str]:
        """The database engine's own consistency check, where it has one."""
        return []
