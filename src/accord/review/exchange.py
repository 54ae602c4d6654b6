"""Corrections as JSON Lines: shared between analysts, or replayed on a store rebuilt from the articles."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from accord.batch import relink
from accord.review.apply import Applied
from accord.review.corrections import Correction, ReviewError, from_record
from accord.store import Store


def export_lines(corrections: Iterable[Correction]) -> Iterator[str]:
    for c in corrections:
        yield c.to_json()


def read_lines(path: Path) -> list[Correction]:
    """Every correction of a JSON Lines file, or ReviewError naming the first bad line: a file is
    imported whole or not at all."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ReviewError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    corrections = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            corrections.append(from_record(json.loads(line)))
        except json.JSONDecodeError as exc:
            raise ReviewError(f"{path}:{number}: not JSON ({exc.msg}, column {exc.colno})") from exc
        except (ReviewError, TypeError) as exc:
            raise ReviewError(f"{path}:{number}: {exc}") from exc
    return corrections


def import_corrections(store: Store, corrections: list[Correction]) -> tuple[int, Applied]:
    """Keep the corrections not kept yet and relink what they touch, in one transaction;
    returns how many were new and what could not be applied."""
    def work() -> tuple[int, Applied]:
        new = [c for c in corrections if store.add_correction(c)]
        pairs = {c.pair for c in new if c.pair}
        if any(not c.pair for c in new):
            pairs |= set(store.pairs())  # an actor's correction may touch any pair
        applied = Applied(orphaned=relink(store, pairs))
        return len(new), applied

    return store.atomically(work)
