"""The one error type of ingest: which source failed and why, in words a user can act on."""
from __future__ import annotations


class IngestError(Exception):
    """A source (file, record, URL) that cannot become a Document.

    `reason` is a short human message ("binary file (NUL bytes), not an article");
    a batch records it for that source and goes on with the next one.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
