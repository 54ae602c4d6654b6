"""Running `analyse` over many documents on this machine: in-process or in a process pool.

The caller builds the resources (the registry) once and hands them over; a pool gives each
worker process its copy once, when the worker starts, not with every article.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial

from accord.analyse.pipeline import analyse
from accord.analyse.resources import Resources
from accord.ingest.preparation import Outcome, preparation
from accord.ingest.sources import RawItem
from accord.model import Document, DocumentAnalysis
from accord.resolve.actors import Resolved, resolved

Analyser = Callable[[list[Document]], Iterator[DocumentAnalysis | Exception]]


def _safe(doc: Document, resources: Resources | None = None) -> DocumentAnalysis | Exception:
    try:
        return analyse(doc, resources)
    except Exception as exc:  # noqa: BLE001 — reported per article by the batch
        return exc


def analyse_many(docs: list[Document], resources: Resources | None = None) -> Iterator[DocumentAnalysis | Exception]:
    """In-process analysis, one document after another (default resources: the seed registry)."""
    for doc in docs:
        yield _safe(doc, resources)


def local_analyser(resources: Resources | None = None) -> Analyser:
    """An in-process analyser that reads `resources`."""
    return partial(analyse_many, resources=resources)


# The resources of this worker process, set once by the pool's initializer.
_worker_resources: Resources | None = None

# How much lower the workers' CPU priority is than the ingesting process's: storage and linking run
# there, one article after another, and the workers have time to spare; when they all want a core,
# the one that holds up the batch gets it first (about three quarters of a shared core at 5).
WORKER_NICENESS = 5


def _set_worker_resources(resources: Resources | None) -> None:
    global _worker_resources
    _worker_resources = resources
    try:
        os.nice(WORKER_NICENESS)
    except (AttributeError, OSError):   # not on this platform: the same work, only scheduled evenly
        pass


def resolved_analysis(doc: Document, resources: Resources | None = None) -> Resolved:
    """The analysis of `doc` with its people resolved against the registry of `resources` (default:
    the seed registry): what the store keeps. Made where the analysis runs (a pool's worker, a Ray
    task): matching names against the registry was a sixth of what the ingesting process did."""
    resources = resources if resources is not None else Resources.default()
    return resolved(analyse(doc, resources), resources.registry)


def _safe_in_worker(doc: Document) -> Resolved | Exception:
    try:
        return resolved_analysis(doc, _worker_resources)
    except Exception as exc:  # noqa: BLE001 — reported per article by the batch
        return exc


def pool_analyser(workers: int | None = None, resources: Resources | None = None) -> Analyser:
    """An analyser that spreads documents over `workers` processes (default: every core)."""
    workers = workers or os.cpu_count() or 1
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_set_worker_resources, initargs=(resources,))

    def chunksize(n: int) -> int:
        return max(1, n // (workers * 4))   # about four pieces a worker: slow articles even out

    def run(docs: list[Document]) -> Iterator[Resolved | Exception]:
        # submitted now, not when first read: the caller stores one chunk while the next is analysed
        return pool.map(_safe_in_worker, docs, chunksize=chunksize(len(docs)))

    def prepare(items: list[RawItem]) -> Iterator[Outcome]:
        # decoding, cleaning and language detection of the pages, in the workers too (accord.batch)
        return pool.map(preparation, items, chunksize=chunksize(len(items)))

    run.pool = pool  # type: ignore[attr-defined]  # so callers can shut it down
    run.prepare = prepare  # type: ignore[attr-defined]
    return run
