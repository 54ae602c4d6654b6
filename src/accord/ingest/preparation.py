"""One page's preparation as a plain outcome, so that it can be made in another process.

`prepare_with_warnings` raises for what is not an article; exceptions with their own
constructor arguments do not cross a process boundary reliably, so a pool returns these
tuples instead and the batch records them as it would the exceptions.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Literal, Union

from accord.ingest.errors import IngestError
from accord.ingest.is_article import NotAnArticle
from accord.ingest.prepare import prepare_with_warnings
from accord.ingest.sources import RawItem
from accord.model import Document

log = logging.getLogger(__name__)

# ("doc", document, warnings) | ("not_article", source, why) | ("error", source, reason)
Outcome = Union[tuple[Literal["doc"], Document, list[str]], tuple[Literal["not_article", "error"], str, str]]
# prepares a list of items elsewhere; the outcomes come back in the items' order
Preparer = Callable[[list[RawItem]], Iterator[Outcome]]


def preparation(item: RawItem | IngestError) -> Outcome:
    """The outcome of preparing one item (an IngestError read from a source is its own outcome)."""
    if isinstance(item, IngestError):
        return ("error", item.source, item.reason)
    try:
        doc, warnings = prepare_with_warnings(item)
    except NotAnArticle as exc:
        return ("not_article", exc.source, exc.why)
    except IngestError as exc:
        return ("error", exc.source, exc.reason)
    except Exception as exc:  # noqa: BLE001 — a bug must not stop the batch; recorded like bad input
        log.exception("preparing %s", item.source)
        return ("error", item.source, f"internal error while preparing: {exc!r}")
    return ("doc", doc, warnings)
