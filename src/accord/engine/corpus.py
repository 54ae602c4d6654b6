"""Corpora for batch and cluster runs: JSON Lines and Parquet files → RawItems for ingest.

A Parquet corpus has one row per article and the columns of a JSON Lines record
(accord.ingest.sources): `text`, `html` or `path` (the article), and optionally `doc`,
`url`, `published`, `lang`, `title`. `text`/`html` may be strings or bytes (bytes keep
their legacy encoding, which ingest detects); `published` may be a string, a date or a
timestamp. The file is read in record batches, so a corpus larger than memory streams.
A row that cannot be used yields an IngestError for that row alone (source
`corpus.parquet#17`, the row number from 1); a file that cannot be read yields one for
the file.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from accord.ingest.errors import IngestError
from accord.ingest.sources import JSONL_SUFFIXES, RawItem, record_item, iter_sources

PARQUET_SUFFIXES = frozenset({".parquet", ".pq"})
COLUMNS = ("text", "html", "path", "doc", "url", "published", "lang", "title")
ARTICLE_COLUMNS = ("text", "html", "path")
ROWS_PER_BATCH = 512


def iter_corpus(path: str | Path, *, max_bytes: int = 20_000_000) -> Iterator[RawItem | IngestError]:
    """The articles of a .parquet or .jsonl corpus, an IngestError for each row (or file) that fails."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in PARQUET_SUFFIXES:
        yield from iter_parquet(path, max_bytes=max_bytes)
    elif suffix in JSONL_SUFFIXES:
        yield from iter_sources([str(path)], max_bytes=max_bytes)
    else:
        yield IngestError(str(path), f"not a corpus file: {suffix!r} (expected .parquet or .jsonl)")


def iter_parquet(path: str | Path, *, max_bytes: int = 20_000_000) -> Iterator[RawItem | IngestError]:
    """The rows of a Parquet corpus as RawItems (see the module docstring)."""
    path = Path(path)
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        yield IngestError(str(path), "reading Parquet needs pyarrow: pip install 'accord[ray]'")
        return
    try:
        parquet = pq.ParquetFile(path)
    except FileNotFoundError:
        yield IngestError(str(path), "no such file or folder")
        return
    except PermissionError:
        yield IngestError(str(path), "permission denied")
        return
    except (pa.ArrowException, OSError) as exc:
        yield IngestError(str(path), f"not a readable Parquet file: {exc}")
        return
    present = [c for c in COLUMNS if c in parquet.schema_arrow.names]
    if not any(c in present for c in ARTICLE_COLUMNS):
        yield IngestError(str(path), f"Parquet corpus has none of the columns {', '.join(ARTICLE_COLUMNS)} "
                                     f"(it has {', '.join(parquet.schema_arrow.names) or 'none'})")
        return
    number = 0
    try:
        for batch in parquet.iter_batches(batch_size=ROWS_PER_BATCH, columns=present):
            for row in batch.to_pylist():
                number += 1
                where = f"{path}#{number}"
                try:
                    yield _row_item(row, where, f"{path.name}#{number}", path.parent, max_bytes)
                except IngestError as exc:
                    yield IngestError(where, f"Parquet row {number}: {exc.reason}")
    except (pa.ArrowException, OSError) as exc:
        # A damaged row group ends the file: what follows it cannot be located.
        yield IngestError(str(path), f"Parquet file unreadable after row {number}: {exc}")


def _row_item(row: dict[str, Any], where: str, default_doc: str, base: Path, max_bytes: int) -> RawItem:
    record = {name: value for name, value in row.items() if value is not None}
    if isinstance(record.get("published"), date):  # datetime is a date too
        record["published"] = record["published"].isoformat()[:10]
    for kind in ("text", "html"):
        value = record.get(kind)
        if isinstance(value, bytes):
            # The JSON Lines reader takes only strings; bytes keep their encoding for ingest to detect.
            item = record_item({**record, kind: ""}, where, default_doc, base, max_bytes)
            item.data = value
            return item
    return record_item(record, where, default_doc, base, max_bytes)
