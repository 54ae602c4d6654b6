"""End-to-end ingest (clean, detect, deduplicate, analyse, resolve, store, link) and its peak memory.

    .venv/bin/python benchmarks/bench_ingest.py memory 5000     # child process: prints JSON
"""
from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from corpus import article

from accord.batch import Analyser, ingest_items
from accord.engine.local import analyse_many
from accord.ingest import RawItem
from accord.model import Document
from accord.store import open_store


def items(n: int, seed: int = 0) -> Iterator[RawItem]:
    """n articles as ingest receives them from a JSON Lines batch; made lazily, so the corpus never sits in memory."""
    for i in range(n):
        art = article(i, seed=seed)
        yield RawItem(source=f"bench.jsonl:{i + 1}", doc=art.doc, data=art.text, kind="text",
                      published=art.published, lang=art.lang, title=art.title)


@dataclass
class IngestRun:
    store: str
    engine: str
    articles: int
    seconds: float
    stored: int
    failed: int
    events: int

    @property
    def per_s(self) -> float:
        return self.articles / self.seconds


def ingest(url: str, n: int, engine: str, analyser: Analyser, seed: int = 0) -> IngestRun:
    store = open_store(url)
    try:
        t0 = time.perf_counter()
        report = ingest_items(items(n, seed), store, analyser=analyser)
        seconds = time.perf_counter() - t0
        events = store.stats()["events"]
    finally:
        store.close()
    kind = "PostgreSQL" if url.startswith("postgres") else "SQLite"
    return IngestRun(kind, engine, n, seconds, report.stored, report.failed, events)


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # Linux reports KiB


def current_rss_mib() -> float:
    """Resident memory now (ru_maxrss is a high-water mark: flat once the start-up peak is passed)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 2**20


def memory_run(n: int, checkpoints: int = 5) -> dict:
    """Ingest n articles into a fresh SQLite store, in-process; peak RSS at each checkpoint."""
    marks: list[tuple[int, float, float]] = [(0, peak_rss_mib(), current_rss_mib())]
    done = 0
    step = max(1, n // checkpoints)

    def progress(k: int) -> None:
        nonlocal done
        done += k
        if done % step == 0:
            marks.append((done, peak_rss_mib(), current_rss_mib()))

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/memory.db")
        t0 = time.perf_counter()
        report = ingest_items(items(n, seed=5), store, analyser=analyse_many, progress=progress)
        seconds = time.perf_counter() - t0
        store.close()
    return {"articles": n, "seconds": seconds, "stored": report.stored, "failed": report.failed,
            "marks": marks, "peak_mib": peak_rss_mib()}


def allocations(n: int, top: int = 15) -> str:
    """tracemalloc: where the memory still held after ingesting n articles was allocated."""
    import tracemalloc

    tracemalloc.start()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/alloc.db")
        ingest_items(items(n, seed=6), store, analyser=analyse_many)
        snapshot = tracemalloc.take_snapshot()
        store.close()
    tracemalloc.stop()
    stats = snapshot.statistics("lineno")[:top]
    return "\n".join(str(s) for s in stats)


def with_ray(workers: int | None, warm: list[Document],
             body: Callable[[Analyser], list[IngestRun]]) -> tuple[float, list[IngestRun]]:
    """Start a local Ray instance and warm its workers on `warm` (timed apart), run `body`, shut Ray down."""
    from accord.engine.ray_engine import ray_analyser

    t0 = time.perf_counter()
    run = ray_analyser(workers)
    list(run(warm))
    startup = time.perf_counter() - t0
    try:
        return startup, body(run)
    finally:
        run.close()


if __name__ == "__main__":
    if sys.argv[1:2] == ["memory"]:
        print(json.dumps(memory_run(int(sys.argv[2]))))
