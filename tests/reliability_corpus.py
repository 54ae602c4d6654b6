"""Articles and a command-line harness for the reliability tests (those README's "Reliability and hostile
input" names, in tests/ingest/, tests/store/ and tests/resolve/).

The articles are those of the benchmark corpus (benchmarks/corpus.py, read here, not copied):
realistic short reports of parliamentary meetings in ar, ru, kk, fr and en, each with its own
country pair, speakers, date, topics and figures, so that no two are near duplicates.

The harness runs `accord` as a subprocess, the way a user does, and reads what it leaves behind:
its exit code, its stderr and stdout, the store and the export.

Run as a script it is the reader process of the concurrency test:

    python tests/reliability_corpus.py read-loop DB_URL STOP_FILE PAIR_A PAIR_B
"""
from __future__ import annotations

import functools
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# The installed console script, as a user runs it (the module when the script is missing).
_SCRIPT = Path(sys.executable).with_name("accord")
ACCORD = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "accord.cli"]
SUMMARY = re.compile(r"^(\d+) stored, (\d+) updated, (\d+) duplicate, (\d+) unchanged, (\d+) failed$", re.MULTILINE)
# What must never reach a user's terminal, whatever the input.
CRASH_SIGNS = ("Traceback (most recent call last)", "database is locked", "deadlock detected")


def _benchmark_corpus() -> Any:
    spec = importlib.util.spec_from_file_location("accord_benchmark_corpus", ROOT / "benchmarks" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


corpus = _benchmark_corpus()
LANGS: tuple[str, ...] = corpus.LANGS


def article(i: int, lang: str | None = None, seed: int = 11) -> Any:
    """Article number i (a `benchmarks.corpus.Article`: doc, lang, published, title, text, pair)."""
    return corpus.article(i, lang=lang, seed=seed)


def record(art: Any, **override: Any) -> dict[str, Any]:
    """The JSON Lines record of an article, as a batch producer would write it."""
    rec = {"doc": art.doc, "lang": art.lang, "published": art.published, "title": art.title, "text": art.text}
    rec.update(override)
    return rec


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def corpus_records(count: int, seed: int = 11) -> list[dict[str, Any]]:
    return [record(article(i, seed=seed)) for i in range(count)]


# -- running the command line ---------------------------------------------------------------

def run_accord(db: str, *args: str, timeout: float = 600, check_clean: bool = True) -> subprocess.CompletedProcess:
    """`accord --db DB ARGS...` to completion; by default fails the test on a traceback in stderr."""
    done = subprocess.run([*ACCORD, "--db", db, *args], capture_output=True, text=True, timeout=timeout,
                          cwd=ROOT, env=child_env())
    if check_clean:
        assert_clean(done.stderr, f"accord {' '.join(args)}")
    return done


def start_accord(db: str, *args: str, stdout: Any = subprocess.PIPE, stderr: Any = subprocess.PIPE) -> subprocess.Popen:
    return subprocess.Popen([*ACCORD, "--db", db, *args], stdout=stdout, stderr=stderr, text=True, cwd=ROOT,
                            env=child_env())


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("ACCORD_DB", None)  # every call names its store with --db
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH")) if p)
    return env


def assert_clean(stderr: str, what: str) -> None:
    for sign in CRASH_SIGNS:
        assert sign not in stderr, f"{what}: {sign!r} in stderr:\n{stderr[-4000:]}"


def summary(stdout: str) -> dict[str, int]:
    """The counts `accord ingest` ends with."""
    found = SUMMARY.findall(stdout)
    assert found, f"no summary line in the output of accord ingest:\n{stdout[-2000:]}"
    stored, updated, duplicate, unchanged, failed = map(int, found[-1])
    return {"stored": stored, "updated": updated, "duplicate": duplicate, "unchanged": unchanged, "failed": failed}


def export_records(db: str) -> list[dict[str, Any]]:
    """`accord export --format jsonl`, parsed; ordered by event id so two stores compare equal
    whatever order their engine returns ties in (PostgreSQL's jsonb also reorders object keys,
    which parsing makes irrelevant)."""
    done = run_accord(db, "export", "--format", "jsonl", timeout=300)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return sorted(records, key=lambda r: r["id"])


@functools.cache
def reference_export(count: int, seed: int = 11) -> tuple[str, ...]:
    """The export of one clean, single-process ingest of the first `count` corpus articles into a fresh
    SQLite store: what every interrupted or concurrent ingest of the same articles must end with."""
    with tempfile.TemporaryDirectory() as tmp:
        batch = write_jsonl(Path(tmp) / "corpus.jsonl", corpus_records(count, seed))
        db = f"sqlite:///{tmp}/reference.db"
        done = run_accord(db, "ingest", "-q", str(batch))
        assert done.returncode == 0, done.stderr
        assert summary(done.stdout)["stored"] == count, done.stdout
        return tuple(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in export_records(db))


def canonical(records: list[dict[str, Any]]) -> tuple[str, ...]:
    return tuple(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records)


def first_difference(got: tuple[str, ...], want: tuple[str, ...]) -> str:
    """A short account of how two exports differ, for assertion messages."""
    got_ids = {json.loads(r)["id"]: r for r in got}
    want_ids = {json.loads(r)["id"]: r for r in want}
    missing, extra = sorted(set(want_ids) - set(got_ids)), sorted(set(got_ids) - set(want_ids))
    changed = [i for i in sorted(set(got_ids) & set(want_ids)) if got_ids[i] != want_ids[i]]
    text = f"{len(got)} events vs {len(want)}; missing {missing[:5]}, extra {extra[:5]}, changed {changed[:5]}"
    if changed:
        text += f"\n got: {got_ids[changed[0]][:1500]}\nwant: {want_ids[changed[0]][:1500]}"
    return text


# -- the reader process of the concurrency test -----------------------------------------------

def read_loop(db: str, stop_file: str, pair_a: str, pair_b: str) -> int:
    """Query the store through the CLI and the library until `stop_file` exists; print a JSON report.

    Exit code 1 on any error: a CLI call that fails or prints a traceback, a library call that raises,
    or a document count that goes down.
    """
    from accord.store import open_store

    reads, errors, last_count = 0, [], 0
    store = open_store(db)
    while not os.path.exists(stop_file) and len(errors) < 5:
        try:
            for args in (("events", "--pair", f"{pair_a}-{pair_b}", "--limit", "50"),
                         ("timeline", pair_a, pair_b), ("events", "--type", "agreement", "--json", "--limit", "20")):
                done = run_accord(db, *args, timeout=120, check_clean=False)
                if done.returncode != 0 or any(s in done.stderr for s in CRASH_SIGNS):
                    errors.append(f"accord {' '.join(args)} exited {done.returncode}: {done.stderr[-2000:]}")
            count = store.count_documents()
            if count < last_count:
                errors.append(f"document count went back from {last_count} to {count}")
            last_count = count
            store.events(pair=f"{min(pair_a, pair_b)}-{max(pair_a, pair_b)}", limit=50)
            store.timeline(pair_a, pair_b)
            store.search("parliament")
            store.search("парламента")
            reads += 1
        except Exception:  # noqa: BLE001 — every error is the finding; report it
            errors.append(traceback.format_exc())
        time.sleep(0.05)
    store.close()
    print(json.dumps({"reads": reads, "errors": errors, "last_count": last_count}))
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "read-loop":
        sys.exit(read_loop(*sys.argv[2:]))
    sys.exit(f"usage: {sys.argv[0]} read-loop DB_URL STOP_FILE PAIR_A PAIR_B")
