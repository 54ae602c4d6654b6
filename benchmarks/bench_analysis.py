"""Analysis throughput of the default pipeline on one core, and how it grows with article length.

    .venv/bin/python benchmarks/bench_analysis.py 300
"""
from __future__ import annotations

import cProfile
import io
import pstats
import sys
import time
from dataclasses import dataclass

from corpus import Article, build

from accord.analyse.pipeline import analyse
from accord.ingest.dedup import sha256_text
from accord.model import Document

LENGTHS = (1, 2, 4, 8)


def document(art: Article) -> Document:
    """The Document ingest would make of a plain-text article (its text is already clean)."""
    return Document(doc=art.doc, text=art.text, lang=art.lang, published=art.published, title=art.title,
                    sha256=sha256_text(art.text))


@dataclass
class Throughput:
    length: int
    articles: int
    mean_chars: float
    per_s: float           # articles per second on one core
    ms_per_1k_chars: float
    events: float          # event mentions found per article


def throughput(articles: list[Article], length: int = 1) -> Throughput:
    docs = [document(a) for a in articles]
    for doc in docs[:10]:
        analyse(doc)                       # load every language's data once, as a long-running worker has it
    t0 = time.perf_counter()
    events = sum(len(analyse(doc).events) for doc in docs)
    elapsed = time.perf_counter() - t0
    chars = sum(len(d.text) for d in docs)
    return Throughput(length, len(docs), chars / len(docs), len(docs) / elapsed, 1000 * elapsed / (chars / 1000),
                      events / len(docs))


def by_length(n: int, seed: int = 0) -> list[Throughput]:
    """Throughput at 1, 2, 4, 8 × the base length (fewer articles for longer ones, same text volume)."""
    return [throughput(build(max(10, n // k), length=k, seed=seed + k), k) for k in LENGTHS]


def profile(n: int = 100, top: int = 15, length: int = 1) -> str:
    """cProfile of analysing n articles: the top functions by cumulative time."""
    docs = [document(a) for a in build(n, length=length, seed=99)]
    for doc in docs[:10]:
        analyse(doc)
    profiler = cProfile.Profile()
    profiler.enable()
    for doc in docs:
        analyse(doc)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("cumulative").print_stats(top)
    return out.getvalue()


if __name__ == "__main__":
    for row in by_length(int(sys.argv[1]) if len(sys.argv) > 1 else 200):
        print(row)
