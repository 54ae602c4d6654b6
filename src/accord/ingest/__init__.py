"""Ingest: sources in (files, folders, JSON Lines, feeds, URLs), `accord.model.Document`s out.

    for item in iter_sources(paths):
        if isinstance(item, IngestError): record(item.source, item.reason); continue
        try: document = prepare(item)
        except IngestError as exc: record(exc.source, exc.reason)

`iter_documents` does exactly that and marks exact and near duplicates.
"""
from __future__ import annotations

from collections.abc import Iterator

from accord.ingest.dedup import DuplicateIndex, near_duplicate, simhash
from accord.ingest.errors import IngestError
from accord.ingest.fetch import fetch_url
from accord.ingest.prepare import prepare, prepare_with_warnings
from accord.ingest.sources import RawItem, iter_sources
from accord.model import Document

__all__ = [
    "DuplicateIndex", "IngestError", "RawItem", "fetch_url", "iter_documents", "iter_sources", "near_duplicate",
    "prepare", "prepare_with_warnings", "simhash",
]


def iter_documents(paths: list[str], *, allow_private: bool = False, max_bytes: int = 20_000_000,
                   index: DuplicateIndex | None = None) -> Iterator[Document | IngestError]:
    """Documents of every source (with `duplicate_of` set for copies seen earlier), errors in between."""
    index = index if index is not None else DuplicateIndex()
    for item in iter_sources(paths, allow_private=allow_private, max_bytes=max_bytes):
        if isinstance(item, IngestError):
            yield item
            continue
        try:
            document = prepare(item)
        except IngestError as exc:
            yield exc
            continue
        document.duplicate_of = index.find(document.sha256, document.simhash)
        if document.duplicate_of is None:
            index.add(document.doc, document.sha256, document.simhash)
        yield document
