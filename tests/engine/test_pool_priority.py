"""The pool's workers run below the ingesting process's CPU priority: storage and linking, which hold up
a batch, run there one article after another; the workers have time to spare."""
from __future__ import annotations

import os

from accord.engine.local import WORKER_NICENESS, pool_analyser


def test_the_workers_yield_the_cpu_to_the_ingesting_process() -> None:
    analyser = pool_analyser(2)
    try:
        pool = analyser.pool  # type: ignore[attr-defined]
        niceness = {pool.submit(os.nice, 0).result(timeout=60) for _ in range(4)}
    finally:
        analyser.pool.shutdown()  # type: ignore[attr-defined]
    here = os.nice(0)
    assert niceness == {min(here + WORKER_NICENESS, 19)}
