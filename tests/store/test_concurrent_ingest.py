"""Concurrency: two `accord ingest` processes on disjoint halves of a corpus write the same store
while a third process keeps querying it (CLI `events` and `timeline`, library `events`,
`timeline`, `search`). No error may surface, no write be lost, and the store must end exactly
as one process ingesting the whole corpus leaves it.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from accord.store import open_store
from tests.paths import TESTS
from tests.reliability_corpus import (
    assert_clean,
    canonical,
    child_env,
    corpus_records,
    export_records,
    first_difference,
    reference_export,
    start_accord,
    summary,
    write_jsonl,
)

ARTICLES = 2000  # the crash test's corpus: the reference export is computed once for both
READER = TESTS / "reliability_corpus.py"


@pytest.mark.slow
def test_two_writers_and_a_reader(store_url: str, tmp_path: Path) -> None:
    records = corpus_records(ARTICLES)
    # Alternate articles, so both writers touch every country pair and relink the same partitions.
    halves = [write_jsonl(tmp_path / f"half-{k}.jsonl", records[k::2]) for k in (0, 1)]
    want = reference_export(ARTICLES)
    pair = ("KZ", "RU")  # a pair the corpus certainly has
    stop = tmp_path / "stop"

    reader = subprocess.Popen([sys.executable, str(READER), "read-loop", store_url, str(stop), *pair],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env())
    try:
        time.sleep(1.0)  # the reader opens (and migrates) the store first: writers meet an existing schema too
        writers = [start_accord(store_url, "ingest", "-q", str(half)) for half in halves]
        outputs = [w.communicate(timeout=900) for w in writers]
    finally:
        stop.touch()
        reader_out, reader_err = reader.communicate(timeout=300)

    for writer, (out, err), half in zip(writers, outputs, halves):
        assert writer.returncode == 0, f"{half.name}: exit {writer.returncode}\n{err[-3000:]}"
        assert_clean(err, f"accord ingest {half.name}")
        assert summary(out) == {"stored": ARTICLES // 2, "updated": 0, "duplicate": 0, "unchanged": 0, "failed": 0}, out
    report = json.loads(reader_out.strip().splitlines()[-1]) if reader_out.strip() else {}
    assert reader.returncode == 0, f"reader: {report.get('errors') or reader_err[-3000:]}"
    assert_clean(reader_err, "reader")
    assert report["reads"] >= 3, report

    store = open_store(store_url)
    try:
        names = sorted(d["doc"] for d in store.documents())
        assert store.integrity_problems() == []
        assert store.failures() == []
    finally:
        store.close()
    assert names == sorted(r["doc"] for r in records), "lost or doubled writes"
    got = canonical(export_records(store_url))
    assert got == want, first_difference(got, want)
