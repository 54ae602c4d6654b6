"""Several processes on one store: a writer killed with SIGKILL, and concurrent writers with a reader."""
from __future__ import annotations

import multiprocessing
import os
import queue
import random
import signal
import time

import pytest

from accord.store import open_store
from tests.store_factories import read_until, synthetic, write_synthetic

pytestmark = pytest.mark.slow
# spawn, not fork: a child must not inherit the parent's open database connections.
SPAWN = multiprocessing.get_context("spawn")


def _wait_for(condition, what: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.005)


@pytest.mark.parametrize("batch", [1, 4])
def test_a_killed_writer_leaves_only_whole_documents(store_url: str, batch: int) -> None:
    total = 300
    rng = random.Random(f"{store_url}-{batch}")
    store = open_store(store_url)
    for round_ in range(3):
        writer = SPAWN.Process(target=write_synthetic, args=(store_url, 0, total, batch))
        writer.start()
        before = store.count_documents()
        target = before + rng.randint(5, 40)
        _wait_for(lambda w=writer, t=target: store.count_documents() >= t or not w.is_alive(), "the writer")
        time.sleep(rng.uniform(0, 0.03))  # land anywhere, also inside a transaction
        assert writer.is_alive(), f"round {round_}: the writer finished before it could be killed"
        os.kill(writer.pid, signal.SIGKILL)
        writer.join()
        assert writer.exitcode == -signal.SIGKILL
        stored = store.count_documents()
        assert before < stored < total
        assert stored % batch == 0, "a batch is one transaction: it is stored whole or not at all"
        assert store.integrity_problems() == []
    for i in range(total):
        store.add_document(*synthetic(i))
    assert store.count_documents() == total
    assert len({d["doc"] for d in store.documents()}) == total
    assert store.integrity_problems() == []
    assert sum(len(store.event_mentions(p)) for p in store.pairs()) == total * 14
    store.close()


def test_two_writers_and_a_reader_at_once(store_url: str) -> None:
    report = SPAWN.Queue()
    reading, stop = SPAWN.Event(), SPAWN.Event()
    # All three open the fresh database at the same moment (so they also race to migrate it); the
    # writers start once the reader reads, and store an overlapping range of documents.
    writers = [SPAWN.Process(target=write_synthetic, args=(store_url, 0, 160, 1, report, reading)),
               SPAWN.Process(target=write_synthetic, args=(store_url, 100, 160, 3, report, reading))]
    reader = SPAWN.Process(target=read_until, args=(store_url, reading, stop, report))
    for process in (*writers, reader):
        process.start()
    for writer in writers:
        writer.join(timeout=300)
    stop.set()
    reader.join(timeout=60)
    results = []
    while True:
        try:
            results.append(report.get(timeout=1))
        except queue.Empty:
            break
    errors = [detail for status, _, detail in results if status == "error"]
    assert errors == []
    assert sorted(who for _, who, _ in results) == ["reader", "writer 0", "writer 100"]
    assert all(p.exitcode == 0 for p in (*writers, reader))
    reads = next(detail for _, who, detail in results if who == "reader")
    assert reads >= 2, "the reader should have read while the writers wrote"

    store = open_store(store_url)
    assert store.count_documents() == 260
    assert sorted(d["doc"] for d in store.documents()) == [f"synthetic-{i:05d}.txt" for i in range(260)]
    assert store.integrity_problems() == []
    store.close()
