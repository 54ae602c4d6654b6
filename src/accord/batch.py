"""Ingest a batch: sources → documents → analyses → actors → store → linked events.

Each article is stored all or nothing with its mentions (a chunk of articles in one
transaction, each in its savepoint), so a crash leaves no half-stored article; a failed article is recorded with its reason and the
batch goes on; re-ingesting an article changes nothing. Linking runs at the end
of the batch, for the neighbourhoods of what the batch stored and of whatever an earlier, killed
run left unlinked.
"""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from accord.analyse.pipeline import analyse
from accord.analyse.resources import Resources
from accord.engine.local import local_analyser
from accord.ingest import DuplicateIndex, IngestError, RawItem, iter_sources
from accord.ingest.preparation import Outcome, Preparer, preparation
from accord.model import Actor, Document, DocumentAnalysis
from accord.registry import Registry
from accord.relinking import one_id_per_person, relink_pair
from accord.resolve.actors import Resolved, merge_actor, resolved
from accord.resolve.commitments import link_commitments
from accord.resolve.linking import MentionRecord, build_events
from accord.review.apply import (
    active,
    actor_merges,
    apply_corrections,
    constraints_of,
    with_analyst_links,
)
from accord.review.anchors import relocate
from accord.review.corrections import Correction
from accord.store import Store

log = logging.getLogger(__name__)

# Hamming distance of simhashes under which an article is a copy of a stored one.
# The store's band index finds up to 3 bits exactly (pigeonhole over four 16-bit bands);
# accord.ingest.dedup measured copies with another dateline at up to 7 bits.
NEAR_DUPLICATE_BITS = 3

# Documents analysed together: large enough to keep a pool busy, small enough to store often.
CHUNK = 64

# (a pool's workers resolve the people too: Resolved, see accord.engine.local)
Analyser = Callable[[list[Document]], Iterator[DocumentAnalysis | Resolved | Exception]]


@dataclass
class BatchReport:
    stored: int = 0
    updated: int = 0              # a new version of an article stored under the same name
    unchanged: int = 0
    duplicate: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    # read but not news (a README, code, a listing): named, never stored, not a failure
    not_articles: list[tuple[str, str]] = field(default_factory=list)
    # articles with no publication date anywhere: their relative dates («yesterday») stay unanchored
    undated: list[str] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    pairs: set[str] = field(default_factory=set)
    orphaned: list[tuple[Correction, str]] = field(default_factory=list)  # corrections whose event is gone

    def summary(self) -> str:
        counts = (f"{self.stored} stored, {self.updated} updated, {self.duplicate} duplicate, "
                  f"{self.unchanged} unchanged, {self.failed} failed")
        if self.not_articles:
            counts += f", {len(self.not_articles)} not an article"
        return counts


def _documents(items: Iterable[RawItem | IngestError], store: Store, report: BatchReport,
               progress: Callable[[int], None] | None = None, prepare: Preparer | None = None,
               lookahead: int = 2) -> Iterator[Document]:
    """The Documents of `items`, in their order; what failed or is not news is recorded in the report.
    `prepare` (an analyser's pool) prepares the pages in other processes, `lookahead` chunks ahead of
    the one read here, so that decoding, cleaning and language detection leave this process free for
    storage and linking."""
    outcomes = _outcomes_in(prepare, items, lookahead) if prepare else map(preparation, items)
    for outcome in outcomes:
        doc = _recorded(outcome, store, report)
        if doc is None:
            if progress:
                progress(1)     # read, and not stored: it counts as done for the progress shown
            continue
        if doc.published is None:
            report.undated.append(doc.doc)
        yield doc


def _outcomes_in(prepare: Preparer, items: Iterable[RawItem | IngestError], lookahead: int) -> Iterator[Outcome]:
    """`preparation` of each item, in order, made by `prepare` a chunk at a time, `lookahead` chunks ahead."""
    pending: deque[tuple[list[RawItem | IngestError], Iterator[Outcome]]] = deque()

    def merged(chunk: list[RawItem | IngestError], prepared: Iterator[Outcome]) -> Iterator[Outcome]:
        for item in chunk:  # a source that could not be read never went to the pool: its outcome is its error
            yield preparation(item) if isinstance(item, IngestError) else next(prepared)

    it = iter(items)
    while True:
        chunk = list(islice(it, CHUNK))
        if chunk:
            pending.append((chunk, prepare([i for i in chunk if not isinstance(i, IngestError)])))
        if pending and (len(pending) > lookahead or not chunk):
            yield from merged(*pending.popleft())
        elif not chunk:
            return


def _recorded(outcome: Outcome, store: Store, report: BatchReport) -> Document | None:
    """The Document of one preparation's outcome; None, recorded in the report, for the others."""
    kind = outcome[0]
    if kind == "doc":
        _, doc, warnings = outcome
        report.warnings += [(doc.doc, w) for w in warnings]
        return doc
    _, source, reason = outcome
    if kind == "not_article":
        report.not_articles.append((source, reason))
        log.info("%s: not an article: %s", source, reason)
    else:
        _fail(store, report, source, reason)
    return None


def _fail(store: Store, report: BatchReport, source: str, reason: str) -> None:
    report.failed += 1
    report.failures.append((source, reason))
    store.add_failure(source, reason)
    log.warning("%s: %s", source, reason)


def _classify(doc: Document, store: Store, batch: DuplicateIndex) -> str:
    """new | unchanged (this very article is stored) | duplicate (a copy of another stored one,
    or of one earlier in this batch and not stored yet)."""
    kind = _classify_against_store(doc, store)
    if kind == "new":
        earlier = batch.find(doc.sha256, doc.simhash)
        if earlier is not None and earlier != doc.doc:
            doc.duplicate_of = earlier
            return "duplicate"
        batch.add(doc.doc, doc.sha256, doc.simhash)
    return kind


def _classify_against_store(doc: Document, store: Store) -> str:
    stored = store.document(doc.doc)
    if stored is not None and stored.sha256 == doc.sha256:
        return "unchanged"
    same = store.find_document(doc.sha256)
    if same is not None and same != doc.doc:
        doc.duplicate_of = same
        return "duplicate"
    near = [d for d in store.near_duplicates(doc.simhash, NEAR_DUPLICATE_BITS) if d != doc.doc]
    if near:
        doc.duplicate_of = sorted(near)[0]
        return "duplicate"
    return "new"


def ingest_documents(docs: Iterable[Document], store: Store, *, analyser: Analyser | None = None,
                     report: BatchReport | None = None, progress: Callable[[int], None] | None = None,
                     resources: Resources | None = None, link_every: int | None = None,
                     linked: Callable[[BatchReport], None] | None = None) -> BatchReport:
    """Analyse, resolve and store `docs`; then re-link every country pair they touched.

    `resources`: the registry the articles are analysed and resolved with (default: the seed
    registry); `analyser` must have been built with the same resources (default: in-process).
    `link_every`: link each time this many more articles are stored, while the analyser goes on with
    the next ones (a pool analyses them in other processes: linking, which runs here, no longer
    waits for the analysis nor the analysis for it); `linked` is called after each such linking.
    The events are the same either way: linking does not depend on the order articles arrive in."""
    report = report if report is not None else BatchReport()
    resources = resources if resources is not None else Resources.default()
    analyser = analyser if analyser is not None else local_analyser(resources)
    registry = resources.registry
    batch = DuplicateIndex(max_distance=NEAR_DUPLICATE_BITS)
    chunk: list[Document] = []
    # chunks given to the analyser (by a pool, in other processes) and not stored yet: one while
    # the one before it is stored, or as many as `link_every` articles while the stored are linked;
    # each with whether linking follows it
    in_flight: deque[tuple[list[Document], Iterator[DocumentAnalysis | Resolved | Exception], bool]] = deque()
    depth = max(1, -(-link_every // CHUNK)) if link_every else 1
    touched: set[str] = set()
    orphaned: list[tuple[Correction, str]] = []  # what the linkings before the last found to be orphaned
    since_link = 0  # articles given to the analyser since the last linking's

    def store_next() -> None:
        done, results, link = in_flight.popleft()
        _store_chunk(done, results, store, registry, report, progress, touched)
        if link:
            orphaned.extend(relink(store, touched))
            touched.clear()
            if linked:
                linked(report)

    def submit(docs: list[Document]) -> None:
        nonlocal since_link
        since_link += len(docs)
        link = bool(link_every) and since_link >= link_every  # type: ignore[operator]
        since_link = 0 if link else since_link
        in_flight.append((docs, analyser(docs), link))
        while len(in_flight) > depth:
            store_next()

    for doc in docs:
        kind = _classify(doc, store, batch)
        if kind == "unchanged":
            report.unchanged += 1
            if progress:
                progress(1)
            continue
        if kind == "duplicate":
            report.duplicate += 1
        chunk.append(doc)
        # (a chunk ends where a linking is due)
        if len(chunk) >= CHUNK or (link_every and since_link + len(chunk) >= link_every):
            submit(chunk)
            chunk = []
    if chunk:
        submit(chunk)
    while in_flight:
        store_next()
    # also the pairs an earlier, interrupted ingest stored but never linked
    last = relink(store, touched | set(store.unlinked_pairs()))
    report.orphaned = orphaned + last if orphaned else last
    if link_every and linked and since_link:
        linked(report)
    return report


def _store_chunk(chunk: list[Document], results: Iterator[DocumentAnalysis | Resolved | Exception], store: Store,
                 registry: Registry, report: BatchReport, progress: Callable[[int], None] | None,
                 touched: set[str]) -> None:
    """Store one analysed chunk; the pairs its articles (and their old versions) are in go to
    `report.pairs` and to `touched`."""
    ready: list[_Ready] = []
    for doc, result in zip(chunk, results):
        if progress:
            progress(1)
        if isinstance(result, Exception):
            _fail(store, report, doc.source or doc.doc, f"analysis failed: {result!r}")
            continue
        done = resolved(result, registry)
        ready.append((doc, done.analysis, done.people))
    for doc, stored, previous, error in _written(store, ready):
        if error is not None:
            _fail(store, report, doc.source or doc.doc, f"could not store: {error}")
            continue
        pairs = set(previous or ()) | {"-".join(sorted(e.countries)) for e in stored.events if e.countries}
        report.pairs |= pairs
        touched |= pairs
        if previous is not None and doc.duplicate_of is None:
            report.updated += 1
        elif doc.duplicate_of is None:
            report.stored += 1


# an article ready to store: its document, its analysis with actor ids, the people it names
_Ready = tuple[Document, DocumentAnalysis, list[Actor]]
# what storing it did: the article, the pairs its old version was in (None: it is new), the error
_Written = tuple[Document, DocumentAnalysis, set[str] | None, Exception | None]


def _written(store: Store, ready: list[_Ready]) -> list[_Written]:
    """Store the articles of a chunk, each all or nothing. They go in one transaction (one commit
    for the chunk, not one per article: commits were a sixth of the ingesting process); if that
    transaction fails, they go again one transaction each, so that only the articles at fault fail
    and a kill still leaves whole articles or none."""
    if len(ready) > 1:
        try:
            return store.atomically(lambda: _write_each(store, ready, stop_at_error=True))
        except Exception:  # noqa: BLE001 — told per article by the second pass
            log.info("a chunk of %d articles is stored again one article at a time", len(ready))
    return _write_each(store, ready, stop_at_error=False)


def _write_each(store: Store, ready: list[_Ready], stop_at_error: bool) -> list[_Written]:
    out: list[_Written] = []
    for doc, stored, people in ready:
        # a new version of a stored article: the pairs its old mentions were in are relinked too
        previous = store.document_pairs(doc.doc)
        try:
            store.atomically(lambda doc=doc, stored=stored, people=people:
                             _write_article(store, doc, stored, people))
        except Exception as exc:  # noqa: BLE001 — one article's storage problem must not stop the batch
            if stop_at_error:
                raise
            log.exception("storing %s", doc.doc)
            out.append((doc, stored, previous, exc))
            continue
        out.append((doc, stored, previous, None))
    return out


def _write_article(store: Store, doc: Document, analysis: DocumentAnalysis, people: list[Actor]) -> None:
    """One article with the people it names, in the caller's transaction."""
    store.merge_actors(people, merge_actor)
    store.add_document(doc, analysis)
    store.clear_failure(doc.source or doc.doc)


def relink(store: Store, pairs: Iterable[str]) -> list[tuple[Correction, str]]:
    """Link each partition: what waits in it, a neighbourhood at a time (accord.relinking); a partition
    an analyst corrected is rebuilt whole from all its mentions and the corrections, which the
    clustering obeys. Returns the corrections that found nothing to apply to, and why."""
    duplicates: dict[str, bool] = {}
    orphaned: list[tuple[Correction, str]] = []
    for pair in sorted(set(pairs)):
        if not store.corrections(pair):
            relink_pair(store, pair)
            continue
        # read and write under the partition's lock: another process relinking the same pair
        # must not overwrite newer events with a set built from older mentions
        def rebuild(pair: str = pair) -> list[tuple[Correction, str]]:
            store.lock_partition(pair)
            corrections = active(store.corrections(pair))
            records = partition_records(store, pair, corrections, duplicates)
            corrections = relocate(corrections, records)
            events = build_events(pair, records, constraints_of(corrections))
            applied = apply_corrections(events, corrections)
            published = {r.doc: r.published for r in records if r.published}
            links = link_commitments([e for e in events if not e.rejected], published)
            store.replace_events(pair, events)
            store.replace_commitments(pair, with_analyst_links(events, links, applied.links))
            return applied.orphaned

        orphaned += store.atomically(rebuild)
    return orphaned


def partition_records(store: Store, pair: str, corrections: list[Correction],
                      duplicates: dict[str, bool] | None = None) -> list[MentionRecord]:
    """Every mention of a partition as the linker reads it, one id per person."""
    duplicates = {} if duplicates is None else duplicates
    records = []
    for doc, mention, lang, published in store.event_mentions(pair):
        if doc not in duplicates:
            stored = store.document(doc)
            duplicates[doc] = bool(stored and stored.duplicate_of)
        records.append(MentionRecord(doc, lang, published, mention, duplicates[doc]))
    one_id_per_person(store, records, actor_merges(corrections))
    return records


def _read(items: Iterable[RawItem | IngestError], store: Store, report: BatchReport,
          progress: Callable[[int], None] | None, analyser: Analyser | None,
          link_every: int | None) -> Iterator[Document]:
    """`_documents`, prepared by the analyser's pool where it has one, far enough ahead that the
    pages are ready when the analysis of those before them (`link_every` articles of it) is queued."""
    prepare = getattr(analyser, "prepare", None)
    lookahead = 2 + (-(-link_every // CHUNK) if link_every else 1)
    return _documents(items, store, report, progress, prepare, lookahead)


def ingest_paths(paths: list[str], store: Store, *, analyser: Analyser | None = None,
                 allow_private: bool = False, progress: Callable[[int], None] | None = None,
                 report: BatchReport | None = None, resources: Resources | None = None,
                 link_every: int | None = None) -> BatchReport:
    """Ingest every article `paths` name; `report` (optional) is filled as the batch goes, so a
    progress display can show the failures so far; `link_every` as in `ingest_documents`."""
    report = report if report is not None else BatchReport()
    docs = _read(iter_sources(paths, allow_private=allow_private), store, report, progress, analyser, link_every)
    return ingest_documents(docs, store, analyser=analyser, report=report, progress=progress, resources=resources,
                            link_every=link_every)


def ingest_items(items: Iterable[RawItem], store: Store, *, analyser: Analyser | None = None,
                 progress: Callable[[int], None] | None = None, resources: Resources | None = None,
                 link_every: int | None = None, linked: Callable[[BatchReport], None] | None = None) -> BatchReport:
    report = BatchReport()
    docs = _read(items, store, report, progress, analyser, link_every)
    return ingest_documents(docs, store, analyser=analyser, report=report,
                            progress=progress, resources=resources, link_every=link_every, linked=linked)


__all__ = ["BatchReport", "analyse", "ingest_documents", "ingest_items", "ingest_paths", "relink"]
