"""Latency of the web pages on the query benchmark's store (bench_queries.fill): the relationship page
of the largest pair (timeline, charts, commitments, people per side, rendered in full), an event page
and the home page, through the whole application in-process (routing, store, templates, security
middleware; no network).

    .venv/bin/python benchmarks/bench_web.py 1000000 [STORE.db]   # builds the store first (~3 min at 1M);
                                                                  # with STORE.db, once, and reuses it
"""
from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from bench_queries import Latency


@dataclass
class PageLatency(Latency):
    cpu_ms: float = 0.0   # mean CPU time of the process per request: what the page costs on a machine
                          # shared with other work, where wall time also counts the waits for a core


def _measure(name: str, call: Callable[[random.Random], int], repeats: int) -> PageLatency:
    rnd = random.Random(11)
    for _ in range(3):
        call(rnd)
    times, cpu, sizes = [], [], []
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        sizes.append(call(rnd))
        times.append(1000 * (time.perf_counter() - t0))
        cpu.append(1000 * (time.process_time() - c0))
    q = statistics.quantiles(times, n=20, method="inclusive")
    return PageLatency(name, statistics.median(times), q[18], statistics.mean(sizes), statistics.mean(cpu))


def page_latencies(url: str, repeats: int = 50) -> list[PageLatency]:
    """p50/p95 of the pages, `rows` being the page's size in kB."""
    from fastapi.testclient import TestClient

    from accord.store import open_store
    from accord.web.app import Settings, create_app
    from accord.web.security import Guard

    store = open_store(url)
    largest = store.pair_summaries(limit=1)[0]
    pair = largest["pair"]
    events = [e.id for e in store.events(pair=pair, limit=200)]
    store.close()
    a, b = pair.split("-")
    out = []
    with TestClient(create_app(Settings(db=url, guard=Guard())), base_url="http://127.0.0.1:8000") as client:
        def get(path: str) -> int:
            response = client.get(path, headers={"accept-language": "ru"})
            assert response.status_code == 200, (path, response.status_code)
            return len(response.content) // 1000

        out.append(_measure(f"relationship page, largest pair ({largest['events']:,} events)",
                            lambda r: get(f"/pair/{a}/{b}"), repeats))
        out.append(_measure("event page", lambda r: get(f"/event/{r.choice(events)}"), repeats))
        out.append(_measure("home page", lambda r: get("/"), repeats))
    return out


if __name__ == "__main__":
    import tempfile
    from pathlib import Path

    from bench_queries import fill

    from accord.store import open_store

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    keep = Path(sys.argv[2]) if len(sys.argv) > 2 else None   # a store file to build once and reuse
    with tempfile.TemporaryDirectory() as tmp:
        path = keep or Path(tmp) / "web.db"
        if not path.exists():
            s = open_store(f"sqlite:///{path}")
            t0 = time.perf_counter()
            print(fill(s, n), f"{time.perf_counter() - t0:.0f} s")
            s.close()
        for lat in page_latencies(f"sqlite:///{path}"):
            print(f"{lat.query}: p50 {lat.p50_ms:.1f} ms, p95 {lat.p95_ms:.1f} ms, CPU {lat.cpu_ms:.1f} ms, "
                  f"{lat.rows:.0f} kB")
