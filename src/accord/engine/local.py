"""Running `analyse` over many documents on this machine: in-process or in a process pool."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor

from accord.analyse.pipeline import analyse
from accord.model import Document, DocumentAnalysis


def _safe(doc: Document) -> DocumentAnalysis | Exception:
    try:
        return analyse(doc)
    except Exception as exc:  # noqa: BLE001 — reported per article by the batch
        return exc


def analyse_many(docs: list[Document]) -> Iterator[DocumentAnalysis | Exception]:
    """In-process analysis, one document after another."""
    for doc in docs:
        yield _safe(doc)


def pool_analyser(workers: int | None = None) -> Callable[[list[Document]], Iterator[DocumentAnalysis | Exception]]:
    """An analyser that spreads documents over `workers` processes (default: every core)."""
    workers = workers or os.cpu_count() or 1
    pool = ProcessPoolExecutor(max_workers=workers)

    def run(docs: list[Document]) -> Iterator[DocumentAnalysis | Exception]:
        yield from pool.map(_safe, docs, chunksize=max(1, len(docs) // (workers * 4)))

    run.pool = pool  # type: ignore[attr-defined]  # so callers can shut it down
    return run
