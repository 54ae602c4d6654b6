"""RawItem → Document: decode, extract, clean, identify language and date, fingerprint.

`prepare_with_warnings` returns the warnings next to the Document (Document has no
field for them): an ignored impossible `published`, a metadata `lang` the text
contradicts, flattened HTML. `prepare` logs them on the `accord.ingest` logger.
Whatever cannot become an article raises IngestError with the reason.
"""
from __future__ import annotations

import logging
import re
from datetime import date

from accord.ingest.boilerplate import remove_boilerplate
from accord.ingest.dedup import sha256_text, simhash
from accord.ingest.encoding import decode
from accord.ingest.errors import IngestError
from accord.ingest.html_text import html_to_text
from accord.ingest.is_article import check_article
from accord.ingest.language import detect_language
from accord.ingest.normalise import normalise_text
from accord.ingest.pubdate import check_published, header_date
from accord.ingest.sources import RawItem
from accord.model import LANGUAGES, Document

log = logging.getLogger("accord.ingest")

MAX_INPUT = 20_000_000          # bytes or characters of one source
MAX_TEXT_CHARS = 2_000_000      # of cleaned text: far beyond any article; longer is a dump, not news
TRUST_TEXT_LANG = 0.8           # detection confidence from which the text overrules metadata `lang`
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _declared_charset(item: RawItem) -> str | None:
    if item.charset:
        return item.charset
    if item.kind == "html" and isinstance(item.data, bytes):
        if m := _META_CHARSET.search(item.data[:4096]):
            return m.group(1).decode("ascii")
    return None


def _language(text: str, meta: str | None, warnings: list[str]) -> tuple[str, float]:
    """The language of the text and how sure the detector is of it."""
    detected, confidence = detect_language(text)
    if not meta:
        return detected, confidence
    given = re.split(r"[-_]", meta.strip().lower())[0]
    if given == detected:
        return detected, confidence
    if given in LANGUAGES and confidence < TRUST_TEXT_LANG:
        return given, 1.0
    warnings.append(f"metadata lang {meta!r} but the text reads as {detected!r}; using {detected!r}")
    return detected, confidence


def _published(item: RawItem, page_date: str | None, text: str, today: date | None,
               warnings: list[str]) -> str | None:
    published, problem = check_published(item.published, today)
    if problem:
        warnings.append(problem)
    if published:
        return published
    if page_date:
        published, _ = check_published(page_date, today)
        if published:
            return published
    return header_date(text, today)


def prepare_with_warnings(item: RawItem, *, today: date | None = None) -> tuple[Document, list[str]]:
    """The Document of one item and the warnings met on the way; IngestError when there is no article."""
    if len(item.data) > MAX_INPUT:
        raise IngestError(item.source, f"too large: {len(item.data):,} > {MAX_INPUT:,} limit, not a single article")
    if len(item.data) == 0:
        raise IngestError(item.source, "empty file")
    raw, _encoding = decode(item.data, item.source, _declared_charset(item))
    if not raw.strip():
        raise IngestError(item.source, "only whitespace, no text")
    warnings: list[str] = []
    title = item.title
    page_date = None
    if item.kind == "html":
        page = html_to_text(raw)
        warnings.extend(page.warnings)
        raw, title, page_date = page.text, title or page.title, page.published
    text = remove_boilerplate(normalise_text(raw))
    if not text.strip():
        raise IngestError(item.source, "empty after cleaning (nothing but page chrome or markup)")
    if len(text) > MAX_TEXT_CHARS:
        raise IngestError(item.source, f"too long for an article: {len(text):,} characters after cleaning "
                                       f"(limit {MAX_TEXT_CHARS:,})")
    lang, confidence = _language(text, item.lang, warnings)
    check_article(item.source, text, lang, confidence)
    published = _published(item, page_date, text, today, warnings)
    doc = Document(
        doc=item.doc, text=text, lang=lang, published=published, url=item.url,
        title=normalise_text(title).strip() if title else None, source=item.source,
        sha256=sha256_text(text), simhash=simhash(text),
    )
    return doc, warnings


def prepare(item: RawItem) -> Document:
    """The Document of one item (warnings logged); IngestError when there is no article."""
    doc, warnings = prepare_with_warnings(item)
    for warning in warnings:
        log.warning("%s: %s", item.source, warning)
    return doc
