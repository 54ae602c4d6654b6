"""Crash safety: `accord ingest` killed with SIGKILL mid-batch leaves a consistent store, and
running the same batch again completes it to exactly what one clean run gives.

The corpus is 2000 distinct articles in five languages (one JSON Lines batch); the kill lands at
a random point after some articles are stored (the seed is in the assertion messages).
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from accord.store import open_store
from accord.store.url import sqlite_path
from tests.reliability_corpus import (
    canonical,
    corpus_records,
    export_records,
    first_difference,
    reference_export,
    run_accord,
    start_accord,
    summary,
    write_jsonl,
)

ARTICLES = 2000


def _stored_count(url: str) -> int:
    store = open_store(url)
    try:
        return store.count_documents()
    finally:
        store.close()


def consistency_problems(url: str) -> list[str]:
    """Store.integrity_problems plus the same questions asked directly in SQL."""
    store = open_store(url)
    try:
        problems = store.integrity_problems()
        rows = store._rows  # noqa: SLF001 — plain SQL over the store's own connection
        checks = {
            "documents without analysis": "SELECT count(*) FROM documents d WHERE NOT EXISTS "
                                          "(SELECT 1 FROM analyses a WHERE a.doc_id = d.id)",
            "orphan event mentions": "SELECT count(*) FROM event_mentions m WHERE NOT EXISTS "
                                     "(SELECT 1 FROM documents d WHERE d.id = m.doc_id)",
            "orphan person mentions": "SELECT count(*) FROM person_mentions m WHERE NOT EXISTS "
                                      "(SELECT 1 FROM documents d WHERE d.id = m.doc_id)",
            "evidence of unknown documents": "SELECT count(*) FROM event_sources s WHERE NOT EXISTS "
                                             "(SELECT 1 FROM documents d WHERE d.name = s.doc)",
            "evidence of unknown events": "SELECT count(*) FROM event_sources s WHERE NOT EXISTS "
                                          "(SELECT 1 FROM events e WHERE e.id = s.event_id)",
        }
        for what, sql in checks.items():
            count = rows(sql)[0][0]
            if count:
                problems.append(f"{count} {what}")
    finally:
        store.close()
    path = sqlite_path(url)
    if path:
        with sqlite3.connect(path) as conn:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            problems.append(f"PRAGMA integrity_check: {result}")
    return problems


def kill_mid_run(url: str, batch: Path, target: int, log: Path) -> int:
    """Start `accord ingest`, SIGKILL it once `target` articles are stored; the count at the kill."""
    with log.open("w") as err:
        proc = start_accord(url, "ingest", "-q", str(batch), stdout=err, stderr=err)
        try:
            deadline = time.monotonic() + 600
            while time.monotonic() < deadline and proc.poll() is None:
                if _stored_count(url) >= target:
                    break
                time.sleep(0.2)
            assert proc.poll() is None, f"accord ingest ended before the kill:\n{log.read_text()[-3000:]}"
            os.kill(proc.pid, signal.SIGKILL)
            assert proc.wait(timeout=60) == -signal.SIGKILL
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return _stored_count(url)


@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun(store_url: str, tmp_path: Path) -> None:
    seed = random.randrange(1_000_000)
    rnd = random.Random(seed)
    target = rnd.randint(ARTICLES // 5, ARTICLES * 3 // 5)
    where = f"(seed {seed}, kill after {target} stored)"
    records = corpus_records(ARTICLES)
    batch = write_jsonl(tmp_path / "corpus.jsonl", records)
    want = reference_export(ARTICLES)

    at_kill = kill_mid_run(store_url, batch, target, tmp_path / "killed.log")
    assert target <= at_kill < ARTICLES, where
    assert consistency_problems(store_url) == [], where

    done = run_accord(store_url, "ingest", "-q", str(batch), timeout=900)
    assert done.returncode == 0, f"{where}\n{done.stderr[-3000:]}"
    assert summary(done.stdout) == {"stored": ARTICLES - at_kill, "updated": 0, "duplicate": 0, "unchanged": at_kill,
                                    "failed": 0}, where
    assert consistency_problems(store_url) == [], where

    store = open_store(store_url)
    try:
        docs = store.documents()
        assert store.failures() == []
    finally:
        store.close()
    names = [d["doc"] for d in docs]
    assert sorted(names) == sorted(r["doc"] for r in records), where
    assert len(set(names)) == len(names) == ARTICLES, where
    assert all(d["duplicate_of"] is None for d in docs), where
    got = canonical(export_records(store_url))
    assert got == want, f"{where}: {first_difference(got, want)}"
