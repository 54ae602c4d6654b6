"""RSS 2.0 and Atom feeds → the articles they link to (link, title, publication date).

The XML parser resolves no entities, loads no DTD and touches no network
(billion-laughs and external-entity attacks come to nothing), and refuses huge trees.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

_ATOM = "{http://www.w3.org/2005/Atom}"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


@dataclass
class FeedEntry:
    link: str
    title: str | None = None
    published: str | None = None      # as the feed writes it (RFC 822 or ISO 8601)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           recover=False, remove_comments=True)


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def _text(element: etree._Element | None) -> str | None:
    if element is None or element.text is None:
        return None
    return element.text.strip() or None


def parse_feed(data: bytes, base_url: str = "") -> list[FeedEntry]:
    """Entries with a link, in feed order; ValueError for XML that is not a feed."""
    try:
        root = etree.fromstring(data, parser=_parser())
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"not well-formed XML: {exc}") from None
    entries: list[FeedEntry] = []
    if root.tag == f"{_ATOM}feed":
        for entry in root.iter(f"{_ATOM}entry"):
            link = None
            for candidate in entry.findall(f"{_ATOM}link"):
                if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                    link = candidate.get("href")
                    break
            if link:
                published = _text(entry.find(f"{_ATOM}published")) or _text(entry.find(f"{_ATOM}updated"))
                entries.append(FeedEntry(urljoin(base_url, link), _text(entry.find(f"{_ATOM}title")), published))
        return entries
    if etree.QName(root).localname in ("rss", "RDF"):
        for item in root.iter("item", "{http://purl.org/rss/1.0/}item"):
            link = _text(item.find("link")) or _text(item.find("{http://purl.org/rss/1.0/}link"))
            if not link:
                guid = item.find("guid")
                if guid is not None and guid.get("isPermaLink", "true") == "true":
                    link = _text(guid)
            if link:
                published = _text(item.find("pubDate")) or _text(item.find(_DC_DATE))
                title = _text(item.find("title")) or _text(item.find("{http://purl.org/rss/1.0/}title"))
                entries.append(FeedEntry(urljoin(base_url, link), title, published))
        return entries
    raise ValueError(f"XML root <{etree.QName(root).localname}> is not an RSS or Atom feed")
