"""Every accord benchmark in one run: prints a table and writes benchmarks/RESULTS.md.

    .venv/bin/python benchmarks/run.py            # full run (~15 min on 2 cores)
    .venv/bin/python benchmarks/run.py --quick    # smaller sizes, no 1M events (~3 min)

PostgreSQL is measured when ACCORD_TEST_PG_URL names a server (`eval "$(bash .ci/start-postgres.sh)"`);
the run works in a schema of its own and drops it afterwards. Where a target is missed, a
profile of that part is printed and kept in RESULTS.md.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import subprocess
import sys
import tempfile
import time
import uuid
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_analysis  # noqa: E402
import bench_compare  # noqa: E402
import bench_ingest  # noqa: E402
import bench_queries  # noqa: E402
import bench_web  # noqa: E402
import corpus  # noqa: E402

PG_ENV = "ACCORD_TEST_PG_URL"
TARGET_ANALYSIS = 100.0          # articles/s per core
TARGET_TIMELINE_P95_MS = 50.0    # at 1M events
TARGET_PAGE_P95_MS = 200.0       # the relationship page of the largest pair, at 1M events
TARGET_MEMORY_MIB = 1024.0       # while ingesting 100k articles

SIZES = {
    "quick": {"duplicates": 1000, "analysis": 120, "ingest": 100, "memory": 400,
              "events": [10_000, 100_000], "pg_events": [10_000], "repeats": 30, "people": 2, "html": 40},
    "full": {"duplicates": 10_000, "analysis": 500, "ingest": 500, "memory": 6000,
             "events": [10_000, 100_000, 1_000_000], "pg_events": [10_000, 100_000], "repeats": 60, "people": 5,
             "html": 150},
}


@dataclass
class Row:
    area: str
    measure: str
    result: str
    target: str = ""
    met: bool | None = None
    note: str = ""


@dataclass
class Results:
    rows: list[Row] = field(default_factory=list)
    profiles: list[tuple[str, str]] = field(default_factory=list)

    def add(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        row = Row(*args, **kwargs)
        self.rows.append(row)
        mark = {True: "ok", False: "MISSED", None: ""}[row.met]
        print(f"  {row.area:<22} {row.measure:<44} {row.result:<24} {row.target:<14} {mark:<6} {row.note}",
              flush=True)


def machine() -> dict[str, str]:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kib = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal"))
    return {"CPU": cpu, "cores": str(os.cpu_count()), "memory": f"{mem_kib / 2**20:.1f} GiB",
            "Python": platform.python_version(), "date": datetime.now().strftime("%Y-%m-%d %H:%M"),
            "OS": platform.platform()}


def _profile(call: Callable[[], object], top: int = 15) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    call()
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("cumulative").print_stats(top)
    return out.getvalue()


@contextmanager
def pg_url() -> Iterator[str | None]:
    """A fresh schema on the $ACCORD_TEST_PG_URL server (dropped afterwards), or None."""
    base = os.environ.get(PG_ENV)
    if not base:
        yield None
        return
    import psycopg

    schema = f"accord_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


# -- sections ---------------------------------------------------------------------------------

def bench_corpus(res: Results, size: dict) -> None:
    arts = corpus.build(size["duplicates"])
    mean = sum(len(a.text) for a in arts) / len(arts)
    bits = corpus.near_duplicate_bits()
    for b in sorted({3, bits}):
        rate = corpus.duplicate_rate(arts, b)
        res.add("corpus", f"near-duplicate rate of {len(arts):,} articles, Hamming ≤ {b}", f"{rate:.2%}", "≈ 0",
                rate < 0.01, f"simhash as ingest computes it{' (the threshold ingest uses)' if b == bits else ''}; "
                             f"mean {mean:.0f} characters; ar/ru/kk/fr/en in turn")


def bench_analysis_speed(res: Results, size: dict) -> None:
    rows = bench_analysis.by_length(size["analysis"])
    base = rows[0]
    met = base.per_s >= TARGET_ANALYSIS
    for r in rows:
        res.add("analysis (1 core)", f"articles/s at {r.length}× length ({r.mean_chars:.0f} chars)",
                f"{r.per_s:.1f}/s ({r.ms_per_1k_chars:.1f} ms/1k chars)",
                f"≥ {TARGET_ANALYSIS:.0f}/s" if r.length == 1 else "",
                met if r.length == 1 else None, f"{r.articles} articles, {r.events:.1f} event mentions each")
    if not met:
        res.profiles.append(("analysis: cProfile of 100 articles, top 15 by cumulative time",
                             bench_analysis.profile(100)))
    longest = rows[-1]
    if longest.ms_per_1k_chars > 1.5 * base.ms_per_1k_chars:
        # Time per character should stay flat; where it climbs, something is worse than linear.
        res.profiles.append((f"analysis at {longest.length}× length ({longest.ms_per_1k_chars:.1f} vs "
                             f"{base.ms_per_1k_chars:.1f} ms/1k chars at 1×): cProfile of 20 articles",
                             bench_analysis.profile(20, length=longest.length)))


def bench_ingest_speed(res: Results, size: dict, pg: str | None) -> None:
    n = size["ingest"]
    with tempfile.TemporaryDirectory() as tmp:
        runs = [bench_ingest.ingest(f"sqlite:///{tmp}/local.db", n, "in-process", bench_ingest.analyse_many)]
        if pg:
            with pg_url() as url:
                runs.append(bench_ingest.ingest(url, n, "in-process", bench_ingest.analyse_many))
        warm = [bench_analysis.document(a) for a in corpus.build(16, seed=3)]

        def on_ray(analyser) -> list[bench_ingest.IngestRun]:  # noqa: ANN001
            done = [bench_ingest.ingest(f"sqlite:///{tmp}/ray.db", n, f"Ray ({os.cpu_count()} CPUs)", analyser)]
            if pg:
                with pg_url() as url:
                    done.append(bench_ingest.ingest(url, n, f"Ray ({os.cpu_count()} CPUs)", analyser))
            return done

        startup, ray_runs = bench_ingest.with_ray(None, warm, on_ray)
    for r in runs + ray_runs:
        res.add(f"ingest → {r.store}", f"{r.engine}, {r.articles} articles", f"{r.per_s:.1f} articles/s",
                note=f"{r.stored} stored, {r.failed} failed, {r.events} events linked"
                     + (f"; Ray start + warm-up {startup:.1f} s not included" if "Ray" in r.engine else ""))
    if not pg:
        res.add("ingest → PostgreSQL", "skipped", "-", note=f"set {PG_ENV} (bash .ci/start-postgres.sh)")


def bench_memory(res: Results, size: dict) -> None:
    n = size["memory"]
    out = subprocess.run([sys.executable, str(HERE / "bench_ingest.py"), "memory", str(n)], capture_output=True,
                         text=True, check=True, cwd=HERE)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    marks = data["marks"]
    trend = ", ".join(f"{k:,}: {now:.0f}" for k, _, now in marks)
    (k0, _, m0), (k1, _, m1) = marks[len(marks) // 2], marks[-1]
    slope = (m1 - m0) / max(1, k1 - k0) * 1000            # MiB per 1,000 articles, second half of the run
    at_100k = max(data["peak_mib"], m1 + slope * (100_000 - k1) / 1000)
    met = data["peak_mib"] < TARGET_MEMORY_MIB and at_100k < TARGET_MEMORY_MIB
    res.add("memory (ingest)", f"peak RSS, {n:,} articles in-process → SQLite", f"{data['peak_mib']:.0f} MiB",
            f"< {TARGET_MEMORY_MIB:.0f} MiB", data["peak_mib"] < TARGET_MEMORY_MIB,
            f"ru_maxrss; resident MiB after k articles — {trend}; {n / data['seconds']:.1f} articles/s")
    res.add("memory (ingest)", "resident growth, second half of the run", f"{slope:.1f} MiB / 1k articles",
            f"→ < {TARGET_MEMORY_MIB:.0f} MiB at 100k", met, f"linear extrapolation to 100k: {at_100k:.0f} MiB")
    if not met:
        res.profiles.append(("memory: tracemalloc, top 15 allocation sites after ingesting 300 articles",
                             bench_ingest.allocations(300)))


def bench_query_latency(res: Results, size: dict, pg: str | None) -> None:
    targets = [("SQLite", n) for n in size["events"]] + ([("PostgreSQL", n) for n in size["pg_events"]] if pg else [])
    for kind, n in targets:
        with tempfile.TemporaryDirectory() as tmp, pg_url() as pgu:
            from accord.store import open_store

            store = open_store(pgu if kind == "PostgreSQL" else f"sqlite:///{tmp}/q.db")
            built = bench_queries.fill(store, n)
            build_note = (f"built directly with replace_events in {built['events_s']:.0f} s, not through "
                          f"analysis; {built['documents']:,} documents")
            if kind == "SQLite":
                for lat in bench_web.page_latencies(f"sqlite:///{tmp}/q.db", size["repeats"]):
                    is_relationship = lat.query.startswith("relationship")
                    res.add("web page, SQLite", f"{lat.query} at {n:,} events",
                            f"p50 {lat.p50_ms:.1f} / p95 {lat.p95_ms:.1f} ms",
                            f"p95 < {TARGET_PAGE_P95_MS:.0f} ms" if is_relationship else "",
                            lat.p95_ms < TARGET_PAGE_P95_MS if is_relationship else None,
                            f"{lat.rows:.0f} kB of HTML, in-process (no network); CPU {lat.cpu_ms:.1f} ms a page")
            for lat in bench_queries.latencies(store, size["repeats"]):
                is_timeline = lat.query.startswith("timeline")
                target = f"p95 < {TARGET_TIMELINE_P95_MS:.0f} ms" if is_timeline else ""
                met = lat.p95_ms < TARGET_TIMELINE_P95_MS if is_timeline else None
                res.add(f"query, {kind}", f"{lat.query} at {n:,} events",
                        f"p50 {lat.p50_ms:.1f} / p95 {lat.p95_ms:.1f} ms", target, met,
                        f"{lat.rows:.0f} rows returned" + ("; " + build_note if is_timeline else ""))
                if is_timeline and met is False:
                    res.profiles.append((f"timeline at {n:,} events ({kind}): cProfile of 20 calls",
                                         _profile(lambda store=store: [store.timeline("KZ", "RU") for _ in range(20)])))
            store.close()
    if not pg:
        res.add("query, PostgreSQL", "skipped", "-", note=f"set {PG_ENV} (bash .ci/start-postgres.sh)")
    if 1_000_000 not in size["events"]:
        res.add("query, SQLite", "1M events", "skipped (--quick)", f"p95 < {TARGET_TIMELINE_P95_MS:.0f} ms")


def bench_side_by_side(res: Results, size: dict) -> None:
    warnings.filterwarnings("ignore")
    timex = bench_compare.timex()
    if timex is None:
        res.add("time expressions", "accord vs dateparser", "skipped", note="benchmarks/bench_timex.py missing")
    else:
        n = timex.pop("_sentences")["n"]
        for name, r in timex.items():
            res.add("time expressions", f"{name}, {n} sentences ar/ru/kk/fr/en",
                    f"{r['per_s']:.0f} sent/s", note=f"exact EDTF {r['exact']:.1%}, value inside the expected "
                                                     f"interval {r['inside']:.1%} (bench_timex.py)")
    for r in bench_compare.russian_people(size["people"]):
        s = r.scores
        res.add("Russian people", f"{r.system}, {len(bench_compare.RU_PEOPLE)} sentences",
                f"{r.per_s:.0f} sent/s", note=f"P {s['precision']:.2f} R {s['recall']:.2f} F1 {s['f1']:.2f} "
                                              f"(nominative full names, hand-labelled){'; ' + r.note if r.note else ''}")
    for r in bench_compare.html_cleaning(size["html"]):
        res.add("HTML cleaning", f"{r.system}, {size['html']} pages", f"{r.per_s:.0f} pages/s",
                note=f"{r.boilerplate_left:.2f} of {r.boilerplate_lines} boilerplate lines left per page, "
                     f"article paragraphs kept {r.body_kept:.0%}")


# -- report -------------------------------------------------------------------------------------

def table(rows: list[Row]) -> str:
    lines = ["| area | measure | result | target | met | note |", "|---|---|---|---|---|---|"]
    for r in rows:
        met = {True: "yes", False: "**no**", None: ""}[r.met]
        lines.append(f"| {r.area} | {r.measure} | {r.result} | {r.target} | {met} | {r.note} |")
    return "\n".join(lines)


def write_results(res: Results, info: dict[str, str], mode: str, seconds: float) -> Path:
    path = HERE / "RESULTS.md"
    parts = [
        "# accord benchmark results", "",
        f"Made by `.venv/bin/python benchmarks/run.py{' --quick' if mode == 'quick' else ''}` "
        f"in {seconds / 60:.1f} min. See benchmarks/README.md for what each line measures.", "",
        *(f"- {k}: {v}" for k, v in info.items()), "",
        table(res.rows), "",
    ]
    for title, text in res.profiles:
        parts += [f"## Profile — {title}", "", "```", text.strip(), "```", ""]
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, no 1M events (about 3 minutes)")
    args = parser.parse_args(argv)
    mode = "quick" if args.quick else "full"
    size = SIZES[mode]
    info = machine()
    print(" | ".join(f"{k}: {v}" for k, v in info.items()))
    pg = os.environ.get(PG_ENV)
    res = Results()
    t0 = time.perf_counter()
    for name, section in [("corpus", lambda: bench_corpus(res, size)),
                          ("analysis", lambda: bench_analysis_speed(res, size)),
                          ("ingest", lambda: bench_ingest_speed(res, size, pg)),
                          ("memory", lambda: bench_memory(res, size)),
                          ("queries", lambda: bench_query_latency(res, size, pg)),
                          ("side by side", lambda: bench_side_by_side(res, size))]:
        print(f"\n[{name}]", flush=True)
        started = time.perf_counter()
        try:
            section()
        except Exception as exc:  # noqa: BLE001 — one broken benchmark must not lose the others' figures
            res.add(name, "failed", "ERROR", note=f"{type(exc).__name__}: {exc}")
        print(f"  ({time.perf_counter() - started:.0f} s)", flush=True)
    seconds = time.perf_counter() - t0
    for title, text in res.profiles:
        print(f"\n== Profile — {title}\n{text}")
    print("\n" + table(res.rows))
    print(f"\nwritten {write_results(res, info, mode, seconds)} ({seconds / 60:.1f} min)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
