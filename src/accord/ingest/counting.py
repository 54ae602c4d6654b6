"""How many articles an ingest will read, counted before it starts, so that progress can show a
total and the time left. Counting reads no article: files are listed, JSON Lines batches have their
lines counted; a source whose count is unknown until read (a URL, a feed, a .json or Parquet file)
leaves the total unknown."""
from __future__ import annotations

import os
from pathlib import Path

from accord.ingest.sources import JSONL_SUFFIXES, is_listed

_UNKNOWN = (".json", ".xml", ".rss", ".atom", ".parquet", ".pq")


def expected_items(paths: list[str]) -> int | None:
    """Articles (and failures) the paths will yield; None when that is not known beforehand."""
    total = 0
    for entry in paths:
        count = _count(entry)
        if count is None:
            return None
        total += count
    return total


def _count(entry: str) -> int | None:
    if entry.startswith(("http://", "https://")):
        return None
    path = Path(entry)
    if not path.is_dir():
        return _count_file(path)
    total = 0
    for root, dirs, files in os.walk(path):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in filter(is_listed, files):
            count = _count_file(Path(root) / name)
            if count is None:
                return None
            total += count
    return total


def _count_file(path: Path) -> int | None:
    suffix = path.suffix.lower()
    if suffix in _UNKNOWN:
        return None
    if suffix in JSONL_SUFFIXES:
        try:
            with path.open("rb") as f:
                return sum(1 for line in f if line.strip())
        except OSError:
            return 1            # the batch reports it as one unreadable source
    return 1
