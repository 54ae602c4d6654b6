"""Re-analyse every stored article with the current code, then relink the whole record at once.

The articles' texts are in the store, so a better analysis needs no new crawl. Each article's
new analysis replaces its old one in a transaction of its own (an article that fails keeps its
old analysis and is reported); the events are then rebuilt for every partition, old and new, in
one transaction: a reader sees the old record or the new one, never half of each. Analysts'
corrections live beside the record and are applied again by that relink.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from accord.analyse.resources import Resources
from accord.batch import CHUNK, Analyser, relink
from accord.engine.local import local_analyser
from accord.model import Document, DocumentAnalysis
from accord.registry import Registry
from accord.resolve.actors import Resolved, merge_actor, resolved
from accord.review.corrections import Correction
from accord.store import Store

log = logging.getLogger(__name__)


@dataclass
class ReanalyseReport:
    analysed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    pairs: int = 0
    events_before: int = 0
    events_after: int = 0
    orphaned: list[tuple[Correction, str]] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.analysed} re-analysed, {len(self.failed)} failed; {self.pairs} pairs relinked; "
                f"events {self.events_before} -> {self.events_after}")


def reanalyse(store: Store, *, analyser: Analyser | None = None, resources: Resources | None = None,
              progress: Callable[[int], None] | None = None) -> ReanalyseReport:
    """Re-analyse every stored article with `resources` (default: the seed registry; `analyser` must
    have been built with the same), then relink every partition at once."""
    report = ReanalyseReport(events_before=store.stats()["events"])
    resources = resources if resources is not None else Resources.default()
    analyser = analyser if analyser is not None else local_analyser(resources)
    registry = resources.registry
    names = [d["doc"] for d in store.documents()]
    for start in range(0, len(names), CHUNK):
        docs = [d for d in (store.document(n) for n in names[start:start + CHUNK]) if d is not None]
        for doc, result in zip(docs, analyser(docs)):
            if progress:
                progress(1)
            if isinstance(result, Exception):
                report.failed.append((doc.doc, f"analysis failed: {result!r}"))
                continue
            _replace(store, registry, doc, result)
            report.analysed += 1
    pairs = set(store.event_pairs()) | set(store.pairs())
    report.pairs = len(pairs)
    report.orphaned = store.atomically(lambda: relink(store, pairs))
    report.events_after = store.stats()["events"]
    return report


def _replace(store: Store, registry: Registry, doc: Document, analysis: DocumentAnalysis | Resolved) -> None:
    done = resolved(analysis, registry)
    stored, people = done.analysis, done.people

    def write() -> None:
        store.merge_actors(people, merge_actor)
        store.replace_analysis(doc, stored)

    store.atomically(write)
