"""Ingest at scale: 1,000-article batches into one growing store, each batch timed.

The articles come from `scale_corpus.py` (five languages, 2014–2026, one pair a fifth of them).
Every batch is a JSON Lines-like stream of 1,000 new articles through `ingest_items`, analysis,
resolution, storage and linking included; its time, the CPU time of the ingesting process (which,
unlike the wall time, does not count the waits for a core on a shared machine), the part spent linking, the mentions the
linking walk decided again (`link_mentions`: the decisions of `accord.resolve.replay`), and the
resident memory are written as one JSON line per batch, so a long run can be followed (and survives
being stopped). `--order published` takes the articles in the order of their dates (news as it
comes); the default takes them as drawn, each dated at random over 2014–2026 (an archive taken in).

    .venv/bin/python benchmarks/bench_scale.py --articles 100000 --engine pool --order published --out /tmp/scale-sqlite.jsonl
    .venv/bin/python benchmarks/bench_scale.py --articles 100000 --engine pool --db postgres  # ACCORD_TEST_PG_URL
    .venv/bin/python benchmarks/bench_scale.py --report /tmp/scale-sqlite.jsonl --plot benchmarks/scale.svg

A store of N articles made once can be timed again and again: build it in one batch, copy it, and
time the next batch in the copy (the articles are the same as in a run of batches of 1,000):

    .venv/bin/python benchmarks/bench_scale.py --store s10k.db --articles 10000 --batch 10000 --engine pool
    cp s10k.db t.db && .venv/bin/python benchmarks/bench_scale.py --store t.db --start 10000 --articles 1000 --engine pool

With `--order published`, give both runs the same `--corpus` (say 100000: the store then holds the first
10,000 articles of a 100,000-article run, as dense in time as that run is at 10k).

`--pipeline` takes the articles as one stream linked every `--batch` articles while the pool analyses
the next ones (`batch.ingest_items(..., link_every=1000)`): a line is the time from one linking's end
to the next's, and the first line counts the pool's start with nothing analysed ahead.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from scale_corpus import scale_article

import accord.batch as batch
from accord.ingest import RawItem
from accord.store import open_store

CHECKPOINTS = (1_000, 10_000, 50_000, 100_000)


def items(start: int, stop: int, seed: int, order: list[int] | None = None) -> Iterator[RawItem]:
    for k in range(start, stop):
        i = order[k] if order is not None else k
        art = scale_article(i, seed)
        yield RawItem(source=f"scale.jsonl:{i + 1}", doc=art.doc, data=art.text, kind="text",
                      published=art.published, lang=art.lang, title=art.title)


def published_order(count: int, seed: int) -> list[int]:
    """The first `count` articles in the order of their publication: news arriving as it is written
    (the default order draws each article's day at random: an archive taken in at random)."""
    return sorted(range(count), key=lambda i: (scale_article(i, seed).published, i))


def _rss_mib(analyser: object) -> tuple[float, float]:
    """Peak resident memory of this process and of its largest pool worker so far, MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    pool = getattr(analyser, "pool", None)
    workers = list(getattr(pool, "_processes", {}) or {})  # the executor's own table of worker pids
    return own, max((_peak_mib(pid) for pid in workers), default=0.0)


def _peak_mib(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except OSError:
        return 0.0
    return next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmHWM:")), 0.0)


class _LinkTimer:
    """Wraps `batch.relink` to time it and count the mentions it decided again. Linking runs in
    this process: its CPU time, unlike its wall time, does not count the waits for a core on a shared
    machine."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.cpu = 0.0
        self.mentions = 0
        self._relink_pair = batch.relink_pair

    def install(self) -> None:
        def timed(store, pair):  # noqa: ANN001, ANN202
            t0, c0 = time.perf_counter(), time.process_time()
            n = self._relink_pair(store, pair)
            self.seconds += time.perf_counter() - t0
            self.cpu += time.process_time() - c0
            self.mentions += n
            return n

        batch.relink_pair = timed  # type: ignore[assignment]

    def take(self) -> tuple[float, int, float]:
        """(wall seconds, mentions, CPU seconds) of the linking since the last take."""
        out = (self.seconds, self.mentions, self.cpu)
        self.seconds, self.mentions, self.cpu = 0.0, 0, 0.0
        return out


def _store_url(db: str, workdir: Path) -> tuple[str, str | None]:
    if db == "sqlite":
        return f"sqlite:///{workdir / 'scale.db'}", None
    import psycopg

    base = os.environ["ACCORD_TEST_PG_URL"]
    schema = f"accord_scale_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
    return f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}", schema


def _store_mib(db: str, url: str, workdir: Path, schema: str | None) -> float:
    if db == "sqlite":
        path = Path(url.removeprefix("sqlite:///"))
        return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 2**20
    import psycopg

    with psycopg.connect(url) as conn:
        size = conn.execute("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n "
                            "ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relkind = 'r'",
                            (schema,)).fetchone()[0]
    return float(size or 0) / 2**20


def run(args: argparse.Namespace) -> None:
    workdir = Path(tempfile.mkdtemp(prefix="accord-scale-", dir=args.tmp))
    # --store: go on from a store an earlier run (or --batch of many articles) left
    args.db = "sqlite" if args.store else args.db
    url, schema = (f"sqlite:///{Path(args.store).resolve()}", None) if args.store else _store_url(args.db, workdir)
    from accord.engine.local import local_analyser, pool_analyser

    analyser = pool_analyser(args.workers) if args.engine == "pool" else local_analyser()
    timer = _LinkTimer()
    timer.install()
    out = open(args.out, "a", encoding="utf-8")
    store = open_store(url)
    try:
        end = args.start + args.articles
        # (the date order of the first --corpus articles, so that a store built with --articles K goes on
        # with --start K in the same order, and a store of K articles is as dense as at K in a longer run)
        order = published_order(max(end, args.corpus or 0), args.seed) if args.order == "published" else None

        cpu_mark = [time.process_time()]

        def write(start: int, stop: int, seconds: float, failed: int, duplicate: int) -> None:
            link_s, link_mentions, link_cpu = timer.take()
            cpu, cpu_mark[0] = time.process_time() - cpu_mark[0], time.process_time()
            own, child = _rss_mib(analyser)
            line = {"db": args.db, "engine": args.engine, "order": args.order, "stored": stop, "batch": stop - start,
                    "seconds": round(seconds, 2), "per_s": round((stop - start) / seconds, 1),
                    "cpu_s": round(cpu, 2), "link_s": round(link_s, 2), "link_cpu_s": round(link_cpu, 2),
                    "link_mentions": link_mentions,
                    "failed": failed, "duplicate": duplicate, "rss_mib": round(own), "child_rss_mib": round(child)}
            if stop in CHECKPOINTS or stop == end:
                line["store_mib"] = round(_store_mib(args.db, url, workdir, schema), 1)
                line["events"] = store.stats()["events"]
            if args.pipeline:
                line["pipeline"] = True
            out.write(json.dumps(line) + "\n")
            out.flush()
            print(json.dumps(line), flush=True)

        if args.pipeline:
            # one stream, linked every --batch articles while the pool analyses the next ones (its
            # report counts for the whole stream, and the articles read ahead: a line has the changes)
            mark: list = [args.start, time.perf_counter(), 0, 0]

            def linked(report: batch.BatchReport) -> None:
                stop = min(mark[0] + args.batch, end)
                now = time.perf_counter()
                write(mark[0], stop, now - mark[1], report.failed - mark[2], report.duplicate - mark[3])
                mark[:] = [stop, now, report.failed, report.duplicate]

            batch.ingest_items(items(args.start, end, args.seed, order), store, analyser=analyser,
                               link_every=args.batch, linked=linked)
        else:
            for start in range(args.start, end, args.batch):
                stop = min(start + args.batch, end)
                t0 = time.perf_counter()
                report = batch.ingest_items(items(start, stop, args.seed, order), store, analyser=analyser)
                write(start, stop, time.perf_counter() - t0, report.failed, report.duplicate)
    finally:
        store.close()
        out.close()
        if hasattr(analyser, "pool"):
            analyser.pool.shutdown()


def report(path: str, plot: str | None) -> None:
    """The table of the checkpoints (a batch's time next to the first batch's) and, if asked, an SVG."""
    lines = [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]
    first = lines[0]["seconds"]
    print("| stored before the batch | batch of 1,000 (s) | articles/s | linking (s) | linking CPU (s) "
          "| mentions decided again | × first batch |")
    print("|---|---|---|---|---|---|---|")
    for x in lines:
        if len(lines) <= 20 or x["stored"] in CHECKPOINTS or x is lines[-1]:
            cpu = f"{x['link_cpu_s']:.1f}" if "link_cpu_s" in x else "–"
            print(f"| {x['stored'] - x['batch']:,} | {x['seconds']:.1f} | {x['per_s']:.0f} | {x['link_s']:.1f} | "
                  f"{cpu} | {x['link_mentions']:,} | {x['seconds'] / first:.2f} |")
    last = lines[-1]
    worker = max(x["child_rss_mib"] for x in lines)
    print(f"\npeak RSS {max(x['rss_mib'] for x in lines)} MiB (largest pool worker "
          f"{f'{worker} MiB' if worker else 'not measured'}); store {last.get('store_mib')} MiB; "
          f"{last.get('events')} events")
    if plot:
        Path(plot).write_text(svg(lines), encoding="utf-8")


def svg(lines: list[dict]) -> str:
    """Seconds per batch (and the part spent linking) against articles stored, as a small SVG."""
    w, h, pad = 560, 260, 46
    xs = [x["stored"] for x in lines]
    ymax = max(x["seconds"] for x in lines) * 1.15
    xmax = max(xs)

    def pt(stored: float, s: float) -> str:
        return f"{pad + (w - 2 * pad) * stored / xmax:.1f},{h - pad - (h - 2 * pad) * s / ymax:.1f}"

    total = " ".join(pt(x["stored"], x["seconds"]) for x in lines)
    link = " ".join(pt(x["stored"], x["link_s"]) for x in lines)
    cpu = " ".join(pt(x["stored"], x["link_cpu_s"]) for x in lines if "link_cpu_s" in x)
    ticks = "".join(f'<text x="{pt(v, 0).split(",")[0]}" y="{h - pad + 16}" text-anchor="middle">{v // 1000}k</text>'
                    for v in (0, xmax // 2, xmax))
    yticks = "".join(f'<text x="{pad - 6}" y="{pt(0, v).split(",")[1]}" text-anchor="end">{v:.0f}</text>'
                     for v in (0, ymax / 2, ymax))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" '
            f'font-size="11">\n<rect width="{w}" height="{h}" fill="white"/>\n'
            f'<line x1="{pad}" y1="{h - pad}" x2="{w - pad}" y2="{h - pad}" stroke="black"/>\n'
            f'<line x1="{pad}" y1="{pad}" x2="{pad}" y2="{h - pad}" stroke="black"/>\n{ticks}{yticks}\n'
            f'<polyline points="{total}" fill="none" stroke="#1f77b4" stroke-width="1.5"/>\n'
            f'<polyline points="{link}" fill="none" stroke="#d62728" stroke-width="1.5"/>\n'
            f'<polyline points="{cpu}" fill="none" stroke="#2ca02c" stroke-width="1.5"/>\n'
            f'<text x="{w / 2}" y="{h - 8}" text-anchor="middle">articles stored</text>\n'
            f'<text x="{pad}" y="{pad - 10}">seconds per batch of 1,000: total (blue), linking (red), its CPU (green)</text>\n'
            f'</svg>\n')


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=100_000)
    p.add_argument("--batch", type=int, default=1_000)
    p.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    p.add_argument("--engine", choices=["local", "pool"], default="local")
    p.add_argument("--workers", type=int, default=None)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--order", choices=["drawn", "published"], default="drawn",
                   help="published: the articles arrive in the order of their dates (news as it comes); "
                        "drawn: in the order drawn, their dates at random over 2014–2026 (an archive taken in)")
    p.add_argument("--out", default="scale.jsonl", help="JSON line per batch (appended)")
    p.add_argument("--tmp", default=None, help="where the SQLite store is made")
    p.add_argument("--store", metavar="SQLITE_PATH", help="ingest into this SQLite store (kept) instead of a new one")
    p.add_argument("--start", type=int, default=0, help="the corpus article to start from (with --store: "
                   "the number of articles it holds)")
    p.add_argument("--corpus", type=int, default=None, help="with --order published: take the date order of the "
                   "first N articles of the corpus (default: --start plus --articles); give the same N to build a "
                   "store and to go on from it")
    p.add_argument("--pipeline", action="store_true", help="one stream linked every --batch articles while "
                   "the pool analyses the next ones (batch.ingest_items(link_every=...)), not one call per batch")
    p.add_argument("--report", metavar="JSONL", help="print the table of an earlier run instead of running")
    p.add_argument("--plot", metavar="SVG", help="with --report: draw the curve")
    args = p.parse_args()
    if args.report:
        report(args.report, args.plot)
    else:
        run(args)


if __name__ == "__main__":
    sys.exit(main())
