"""Documents with their analyses and mentions, and the failures of a batch."""
from __future__ import annotations

from collections import Counter
from typing import Any

from accord.edtf import EDTFError, interval
from accord.model import Document, DocumentAnalysis, EventMention, from_dict, to_dict
from accord.resolve.linking import MentionRecord, reach, reach_class
from accord.store.core import StoreCore, StoreError, now
from accord.store.keys import MAX_BAND_DISTANCE, bands, hamming, pair_key, signed64, unsigned64

_DOCUMENT_COLUMNS = "name, text, lang, published, url, title, source, sha256, simhash, duplicate_of"


def _document(row: tuple[Any, ...]) -> Document:
    name, text, lang, published, url, title, source, sha256, simhash, duplicate_of = row
    return Document(doc=name, text=text, lang=lang, published=published, url=url, title=title,
                    source=source, sha256=sha256, simhash=unsigned64(simhash), duplicate_of=duplicate_of)


def _check_storable(doc: Document) -> None:
    # PostgreSQL cannot hold NUL in text; refuse it in both dialects so they behave alike.
    for field_name in ("doc", "text", "title", "url", "source"):
        value = getattr(doc, field_name)
        if value is not None and "\x00" in value:
            raise StoreError(f"{doc.doc!r}: {field_name} contains a NUL character")
    if not doc.doc:
        raise StoreError("a document needs a name (Document.doc)")


def _mention_row(doc: Document, doc_id: int, mention: EventMention) -> tuple[Any, ...]:
    try:
        lo, hi = interval(mention.when)
    except EDTFError as exc:
        raise StoreError(f"{doc.doc!r}: event mention {mention.id} has a bad date: {exc}") from exc
    countries = sorted({c.upper() for c in mention.countries if c})
    span = reach(MentionRecord(doc.doc, doc.lang, doc.published, mention))
    return (doc_id, mention.id, mention.type, mention.when, lo and lo.isoformat(), hi and hi.isoformat(),
            ",".join(countries), mention.host, pair_key(countries), span[0].isoformat(), span[1].isoformat(),
            reach_class(span))


class DocumentStore(StoreCore):
    def find_document(self, sha256: str) -> str | None:
        """The name of the first stored document with this text hash."""
        return self._scalar("SELECT name FROM documents WHERE sha256 = ? ORDER BY id LIMIT 1", (sha256,))

    def near_duplicates(self, simhash: int, max_distance: int = 3) -> list[str]:
        """Documents whose simhash is within `max_distance` bits, nearest (then oldest) first."""
        if not 0 <= max_distance <= MAX_BAND_DISTANCE:
            raise ValueError(f"max_distance must be 0..{MAX_BAND_DISTANCE}, the range the bands index finds")
        b = bands(simhash)
        rows = self._rows(
            "SELECT id, name, simhash FROM documents WHERE band0 = ? OR band1 = ? OR band2 = ? OR band3 = ?", b)
        near = [(hamming(unsigned64(h), simhash), i, name) for i, name, h in rows]
        return [name for distance, _, name in sorted(near) if distance <= max_distance]

    def add_document(self, doc: Document, analysis: DocumentAnalysis | None = None) -> int:
        """Store a document with its analysis and mentions, all or nothing; returns its id.

        The same name with the same text hash is already stored: nothing changes. The same name
        with another hash is a new version of the article: it replaces the old one.
        """
        _check_storable(doc)
        with self.transaction():
            self._lock_document(doc.doc)
            existing = self._one("SELECT id, sha256 FROM documents WHERE name = ?", (doc.doc,))
            if existing and existing[1] == doc.sha256:
                return int(existing[0])
            values = (doc.source, doc.url, doc.lang, doc.published, doc.title, doc.text, doc.sha256,
                      signed64(doc.simhash), *bands(doc.simhash), doc.duplicate_of, now())
            if existing:
                doc_id = int(existing[0])
                # the events the old text told go with it; their other mentions wait to be relinked
                self._dissolve_events(self._rows(
                    "SELECT DISTINCT event_id FROM event_mentions WHERE doc_id = ? AND event_id IS NOT NULL "
                    "AND event_id <> ''", (doc_id,)))
                self._forget_people(doc_id)
                self._execute("DELETE FROM event_mentions WHERE doc_id = ?", (doc_id,))
                self._execute("DELETE FROM person_mentions WHERE doc_id = ?", (doc_id,))
                self._execute("DELETE FROM analyses WHERE doc_id = ?", (doc_id,))
                self._execute(
                    "UPDATE documents SET source = ?, url = ?, lang = ?, published = ?, title = ?, text = ?, "
                    "sha256 = ?, simhash = ?, band0 = ?, band1 = ?, band2 = ?, band3 = ?, duplicate_of = ?, "
                    "ingested_at = ? WHERE id = ?", (*values, doc_id))
            else:
                doc_id = int(self._scalar(
                    "INSERT INTO documents (name, source, url, lang, published, title, text, sha256, simhash, "
                    "band0, band1, band2, band3, duplicate_of, ingested_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", (doc.doc, *values)))
            self._update_document_search(doc_id, doc)
            self._add_analysis(doc, doc_id, analysis)
            return doc_id

    def replace_analysis(self, doc: Document, analysis: DocumentAnalysis) -> None:
        """Store a new analysis of a stored document (re-analysis with newer code), all or nothing."""
        with self.transaction():
            self._lock_document(doc.doc)
            doc_id = self._scalar("SELECT id FROM documents WHERE name = ?", (doc.doc,))
            if doc_id is None:
                raise StoreError(f"{doc.doc!r}: no such document to re-analyse")
            self._forget_people(int(doc_id))
            for table in ("event_mentions", "person_mentions", "analyses"):
                self._execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
            self._add_analysis(doc, int(doc_id), analysis)

    def _lock_document(self, name: str) -> None:
        """Serialise concurrent writers of one document name (SQLite's write lock already does)."""

    def _update_document_search(self, doc_id: int, doc: Document) -> None:
        """Refresh the document's full-text entry where no trigger does it (PostgreSQL)."""

    def _add_analysis(self, doc: Document, doc_id: int, analysis: DocumentAnalysis | None) -> None:
        data = None if analysis is None else self._json_param(to_dict(analysis))
        self._execute("INSERT INTO analyses (doc_id, data) VALUES (?, ?)", (doc_id, data))
        if analysis is None:
            return
        self._executemany(
            "INSERT INTO event_mentions (doc_id, local_id, type, when_edtf, lo, hi, countries, host, pair, "
            "reach_lo, reach_hi, reach_class, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*_mention_row(doc, doc_id, m), self._json_param(to_dict(m))) for m in analysis.events])
        self._count_people(Counter((pair_key(sorted({c.upper() for c in m.countries if c})), p)
                                   for m in analysis.events for p in m.people), 1)
        self._executemany(
            "INSERT INTO person_mentions (doc_id, span_start, span_end, text, name, title, role, org, country) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, p.start, p.end, p.text, p.name, p.title, p.role, p.org, p.country)
             for p in analysis.person_mentions])

    def _count_people(self, uses: Counter[tuple[str, str]], sign: int) -> None:
        """Add (or take away) the mentions naming each actor of a partition (accord.relinking groups
        the people of a partition over the actors its mentions name)."""
        rows = [(pair, actor, sign * n) for (pair, actor), n in sorted(uses.items()) if pair]
        self._executemany("INSERT INTO pair_people (pair, actor_id, uses) VALUES (?, ?, ?) "
                          "ON CONFLICT (pair, actor_id) DO UPDATE SET uses = pair_people.uses + excluded.uses", rows)

    def _forget_people(self, doc_id: int) -> None:
        """The people of an article's mentions, about to be deleted, stop counting for their partitions."""
        uses: Counter[tuple[str, str]] = Counter()
        for pair, data in self._rows("SELECT pair, data FROM event_mentions WHERE doc_id = ?", (doc_id,)):
            for p in self._json_value(data).get("people") or ():
                uses[(pair, p)] += 1
        self._count_people(uses, -1)

    def document(self, doc: str) -> Document | None:
        row = self._one(f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE name = ?", (doc,))
        return None if row is None else _document(row)

    def analysis(self, doc: str) -> DocumentAnalysis | None:
        data = self._scalar(
            "SELECT a.data FROM analyses a JOIN documents d ON d.id = a.doc_id WHERE d.name = ?", (doc,))
        return None if data is None else from_dict(DocumentAnalysis, self._json_value(data))

    def documents(self, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Document summaries in the order they were stored (no text: see `document`)."""
        rows = self._rows(
            "SELECT d.id, d.name, d.lang, d.published, d.title, d.url, d.source, d.duplicate_of, d.ingested_at, "
            "(SELECT count(*) FROM event_mentions m WHERE m.doc_id = d.id) "
            "FROM documents d ORDER BY d.id LIMIT ? OFFSET ?", (self._limit(limit), offset))
        keys = ("id", "doc", "lang", "published", "title", "url", "source", "duplicate_of", "ingested_at",
                "event_mentions")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def count_documents(self) -> int:
        return int(self._scalar("SELECT count(*) FROM documents"))

    # -- failures ---------------------------------------------------------------------------
    def add_failure(self, source: str, reason: str) -> None:
        """Record why a source could not be stored; kept even if the surrounding batch rolls back."""
        failure = (source, reason, now())
        if self._depth:
            self._pending_failures.append(failure)
            self._upsert_failures([failure])
        else:
            with self.transaction():
                self._upsert_failures([failure])

    def failures(self) -> list[dict[str, str]]:
        rows = self._rows("SELECT source, reason, at FROM failures ORDER BY at, source")
        return [{"source": s, "reason": r, "at": a} for s, r, a in rows]

    def clear_failure(self, source: str) -> None:
        """Forget a failure once its source has been stored."""
        self._pending_failures = [f for f in self._pending_failures if f[0] != source]
        with self.transaction():
            self._execute("DELETE FROM failures WHERE source = ?", (source,))
