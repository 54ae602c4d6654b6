"""Query latency of the store at 10k, 100k and 1M events.

The events are built directly (random but realistic shape: 60 countries, so 1,770 country
pairs; dates over 25 years; 1–3 of 3,000 actors; 1–2 evidence spans) and written with
`store.replace_events` in bulk — not through analysis, which would take hours at 1M.
Full-text search needs documents: the store also gets one synthetic article per 20 events
(at most MAX_DOCUMENTS), stored without analysis.

    .venv/bin/python benchmarks/bench_queries.py 100000 [postgresql://...]
"""
from __future__ import annotations

import hashlib
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from accord.model import EVENT_TYPES, TOPICS, Document, Event, EventSource
from accord.store import Store, pair_key

COUNTRIES = ("AE AM AZ BE BR BY CA CH CN CZ DE DZ EG ES FI FR GB GE GR HU ID IL IN IQ IR IT JO JP KG KR "
             "KW KZ LB LY MA MN MX MY NG NL NO OM PK PL PT QA RO RS RU SA SE SN SY TJ TM TN TR UA US UZ").split()
ACTORS = 3000
EVENTS_PER_DOCUMENT = 20
MAX_DOCUMENTS = 20_000
SEARCHES = ("меморандум Казахстана", "energy Turkey", "مذكرة تفاهم", "coopération parlementaire",
            "ынтымақтастық туралы", "trade agreement", "визит делегации", "التعاون البرلماني")


@dataclass
class Latency:
    query: str
    p50_ms: float
    p95_ms: float
    rows: float          # mean number of results per call


def _events_of_pair(pair: str, count: int, rnd: random.Random, start_id: int) -> list[Event]:
    a, b = pair.split("-")
    events = []
    for k in range(count):
        day = date(2000, 1, 1) + timedelta(days=rnd.randrange(25 * 365))
        when = day.isoformat() if rnd.random() < 0.7 else (
            f"{day.isoformat()}/{(day + timedelta(days=rnd.randint(1, 5))).isoformat()}"
            if rnd.random() < 0.5 else day.isoformat()[:7])
        eid = f"ev{start_id + k:07d}"
        docs = [f"bench-{rnd.randrange(10**7):07d}.txt" for _ in range(rnd.randint(1, 2))]
        events.append(Event(
            id=eid, type=rnd.choice(EVENT_TYPES), when=when, countries=[a, b], host=rnd.choice([a, b, None]),
            pair=pair, people=[f"actor-{rnd.randrange(ACTORS):04d}" for _ in range(rnd.randint(1, 3))],
            topics=rnd.sample(TOPICS, 2),
            mentions=[EventSource(doc, "ru", "e1", 0, 120, "Председатель парламента провёл переговоры "
                                  "с делегацией о сотрудничестве в сфере энергетики и торговли.") for doc in docs]))
    return events


def fill(store: Store, total: int, seed: int = 1) -> dict[str, float]:
    """Write `total` events (and their documents) into an empty store; returns build timings."""
    from corpus import article

    rnd = random.Random(seed)
    pairs = sorted({pair_key([a, b]) for a in COUNTRIES for b in COUNTRIES if a != b})
    counts = dict.fromkeys(pairs, 0)
    for _ in range(total):
        counts[rnd.choice(pairs)] += 1
    t0 = time.perf_counter()
    next_id = 0
    with store.transaction():
        for pair in pairs:
            store.replace_events(pair, _events_of_pair(pair, counts[pair], rnd, next_id))
            next_id += counts[pair]
    t_events = time.perf_counter() - t0
    documents = min(MAX_DOCUMENTS, max(1, total // EVENTS_PER_DOCUMENT))
    t0 = time.perf_counter()
    with store.transaction():
        for i in range(documents):
            art = article(i, seed=seed)
            store.add_document(Document(doc=art.doc, text=art.text, lang=art.lang, published=art.published,
                                        title=art.title, sha256=hashlib.sha256(art.text.encode()).hexdigest(),
                                        simhash=rnd.getrandbits(64)))
    return {"events_s": t_events, "documents": documents, "documents_s": time.perf_counter() - t0}


def _measure(name: str, call: Callable[[random.Random], int], repeats: int) -> Latency:
    rnd = random.Random(7)
    for _ in range(3):
        call(rnd)                                   # warm the caches, as a running server has them
    times, rows = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        rows.append(call(rnd))
        times.append(1000 * (time.perf_counter() - t0))
    q = statistics.quantiles(times, n=20, method="inclusive")
    return Latency(name, statistics.median(times), q[18], statistics.mean(rows))


def latencies(store: Store, repeats: int = 50) -> list[Latency]:
    pairs = [p.split("-") for p in sorted({pair_key([a, b]) for a in COUNTRIES for b in COUNTRIES if a != b})]
    return [
        _measure("timeline(a, b)", lambda r: len(store.timeline(*r.choice(pairs))), repeats),
        _measure("events(type, country, limit=100)",
                 lambda r: len(store.events(type=r.choice(EVENT_TYPES), country=r.choice(COUNTRIES), limit=100)),
                 repeats),
        _measure("search(text)", lambda r: len(store.search(r.choice(SEARCHES))), repeats),
        _measure("events_of_actor(id)", lambda r: len(store.events_of_actor(f"actor-{r.randrange(ACTORS):04d}")),
                 repeats),
    ]


if __name__ == "__main__":
    import tempfile

    from accord.store import open_store

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        s = open_store(sys.argv[2] if len(sys.argv) > 2 else f"sqlite:///{tmp}/q.db")
        print(fill(s, n))
        for lat in latencies(s):
            print(lat)
        s.close()
