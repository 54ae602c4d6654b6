"""Running `analyse` as Ray tasks: on the local cores, or on a cluster named by $RAY_ADDRESS.

Documents travel in batches (one task per batch, not per article: a task costs about a
millisecond of scheduling, an article a few), and results come back in input order. An
article whose analysis raises becomes an Exception for that article alone; a batch whose
worker dies (a crash, an out-of-memory kill, a lost node) is run again one article per task,
so only the article that kills its worker fails (pages prepared as tasks the same way).
"""
from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterator
from typing import Any, TypeVar
from functools import partial

from accord.analyse.resources import Resources
from accord.engine.local import resolved_analysis
from accord.ingest.preparation import Outcome, preparation
from accord.ingest.sources import RawItem
from accord.model import Document, DocumentAnalysis
from accord.resolve.actors import Resolved

# Batches per worker and per call: enough for the scheduler to even out slow articles.
BATCHES_PER_WORKER = 4
# Upper bound of a batch: keeps a retry after a worker crash small.
MAX_BATCH = 32

Analyse = Callable[[Document], DocumentAnalysis | Resolved]
Result = DocumentAnalysis | Resolved | Exception
T = TypeVar("T")
R = TypeVar("R")


def _analyse_batch(docs: list[Document], function: Analyse) -> list[Result]:
    results: list[Result] = []
    for doc in docs:
        try:
            results.append(function(doc))
        except Exception as exc:  # noqa: BLE001 — reported per article by the batch
            results.append(exc)
    return results


def batches(docs: list[Document], workers: int) -> list[list[Document]]:
    """`docs` cut into consecutive batches, about BATCHES_PER_WORKER per worker."""
    if not docs:
        return []
    size = max(1, min(MAX_BATCH, math.ceil(len(docs) / (workers * BATCHES_PER_WORKER))))
    return [docs[i:i + size] for i in range(0, len(docs), size)]


def _start_ray(workers: int | None) -> bool:
    """Connect to $RAY_ADDRESS or start a local instance; True when this call started Ray."""
    import ray

    if ray.is_initialized():
        return False
    address = os.environ.get("RAY_ADDRESS")
    if address:
        # A cluster has its own resources: num_cpus may not be given when joining one.
        ray.init(address=address, include_dashboard=False, ignore_reinit_error=True, log_to_driver=False)
    else:
        # "local": never attach silently to another `ray start` instance on this machine.
        ray.init(address="local", num_cpus=workers or os.cpu_count() or 1, include_dashboard=False,
                 ignore_reinit_error=True, log_to_driver=False)
    return True


def ray_analyser(workers: int | None = None, *, function: Analyse | None = None,
                 resources: Resources | None = None) -> Callable[[list[Document]], Iterator[Result]]:
    """An analyser (see accord.batch) that runs `function` (default: the analysis with `resources`, its
    people resolved in the task, `accord.engine.local.resolved_analysis`) as Ray tasks. The function, with the resources it carries, is put in Ray's object store once.

    `workers`: CPUs of the local instance (default: every core); ignored when $RAY_ADDRESS
    names a cluster. Call `.close()` on the result to shut down a Ray instance it started.
    """
    import ray

    if function is None:
        function = partial(resolved_analysis, resources=resources)

    started = _start_ray(workers)
    cpus = max(1, int(ray.cluster_resources().get("CPU", workers or 1)))
    # Retries are ours (per article, below), so a crashing article is not run four times.
    batch_task = ray.remote(max_retries=0)(_analyse_batch)
    prepare_task = ray.remote(max_retries=0)(_prepare_batch)
    function_ref = ray.put(function)

    def run(docs: list[Document]) -> Iterator[Result]:
        # submitted now, not when first read: the caller stores one chunk while the next is analysed
        parts = batches(docs, cpus)

        def submit(part: list[Document]) -> Any:
            return batch_task.remote(part, function_ref)
        return _in_order(parts, [submit(part) for part in parts], submit, _analysis_failed)

    def prepare(items: list[RawItem]) -> Iterator[Outcome]:
        # the pages' decoding, cleaning and language detection as tasks too (accord.batch)
        parts = batches(items, cpus)  # type: ignore[arg-type]
        return _in_order(parts, [prepare_task.remote(part) for part in parts], prepare_task.remote, _preparation_failed)

    def close() -> None:
        if started and ray.is_initialized():
            ray.shutdown()

    run.close = close  # type: ignore[attr-defined]
    run.prepare = prepare  # type: ignore[attr-defined]
    return run


def _in_order(parts: list[list[T]], refs: list, submit: Callable[[list[T]], Any],
              failed: Callable[[T, Exception], R]) -> Iterator[R]:
    """The results of one task per part, in order; a part whose worker died (a crash, an out-of-memory kill,
    a lost node) is run again one item per task, so the failure stays with the item that caused it."""
    import ray

    for part, ref in zip(parts, refs):
        try:
            yield from ray.get(ref)
        except ray.exceptions.RayError:
            for item, one in [(item, submit([item])) for item in part]:
                try:
                    yield ray.get(one)[0]
                except ray.exceptions.RayError as exc:
                    yield failed(item, exc)


def _prepare_batch(items: list[RawItem]) -> list[Outcome]:
    return [preparation(item) for item in items]


def _analysis_failed(doc: Document, exc: Exception) -> Result:
    return RuntimeError(f"{doc.doc}: analysis task failed: {type(exc).__name__}: {_first_line(exc)}")


def _preparation_failed(item: RawItem, exc: Exception) -> Outcome:
    return ("error", item.source, f"preparation task failed: {type(exc).__name__}: {_first_line(exc)}")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else ""
