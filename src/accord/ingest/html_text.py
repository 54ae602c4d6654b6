"""HTML page → the article's main text (one paragraph a line), title and embedded date.

trafilatura finds the main content (favor_precision: menus, teasers and comment
threads out); when it finds nothing, the text of the page's content elements is
taken with lxml. Malformed markup is parsed in recover mode; a page nested deeper
than libxml2 will build (100 000 nested <div>s) has its layout tags flattened
first, since libxml2 would otherwise drop everything below its depth limit.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import htmldate
import lxml.html
import trafilatura
from lxml import etree

MAX_HTML_CHARS = 5_000_000      # a news page is well under 1 MB; bounds parse time and memory
MAX_DEPTH = 200                  # libxml2 gives up at 256

_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_LAYOUT = re.compile(
    r"</?(?:div|span|section|article|main|font|center|table|tbody|thead|tfoot|tr|td|th|ul|ol|li|dl|dt|dd"
    r"|b|i|u|em|strong|small|big|a|blockquote|header|footer|nav|aside|figure|figcaption)\b[^>]*>",
    re.IGNORECASE,
)
_NOT_TEXT = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
             "button", "select", "template", "object", "embed")
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section", "article",
           "blockquote", "td", "dd", "dt", "pre", "figcaption", "table", "ul", "ol")
_SPACES = re.compile(r"[ \t\u00a0]+")

# trafilatura and htmldate log every odd page at WARNING; the caller reports what matters.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.ERROR)


@dataclass
class HtmlText:
    text: str
    title: str | None = None
    published: str | None = None        # YYYY-MM-DD found in the page's markup
    warnings: list[str] = field(default_factory=list)


def nesting_depth(html: str) -> int:
    """Deepest element nesting of the markup, counted on the tags without building a tree."""
    depth = deepest = 0
    for m in _TAG.finditer(html):
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID or self_closing:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _parse(html: str) -> etree._Element | None:
    parser = lxml.html.HTMLParser(recover=True, remove_comments=True, remove_pis=True, no_network=True)
    try:
        return lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError, AssertionError):
        # lxml asserts on some declared encodings it meets mid-document («<svg charset=koi8-r>»)
        return None


def _fallback_text(tree: etree._Element) -> str:
    """Text of the page's content elements, a line per block, for pages trafilatura rejects."""
    body = tree.find("body")
    root = body if body is not None else tree
    for element in list(root.iter(*_NOT_TEXT)):
        element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _title(tree: etree._Element | None) -> str | None:
    if tree is None:
        return None
    for xpath in ('//meta[@property="og:title"]/@content', "//title/text()", "//h1//text()"):
        values = [v.strip() for v in tree.xpath(xpath) if v.strip()]
        if values:
            return values[0]
    return None


def html_to_text(html: str) -> HtmlText:
    warnings: list[str] = []
    if len(html) > MAX_HTML_CHARS:
        warnings.append(f"HTML of {len(html):,} characters cut to {MAX_HTML_CHARS:,}")
        html = html[:MAX_HTML_CHARS]
    # control characters are no text and lxml refuses them (in a tail it edits: «<br>\x1f»)
    html = _CONTROL.sub("", html)
    depth = nesting_depth(html)
    if depth > MAX_DEPTH:
        warnings.append(f"HTML nested {depth} levels deep; layout tags flattened")
        html = _LAYOUT.sub("\n", html)
    tree = _parse(html)
    text = ""
    title = published = None
    try:
        result = trafilatura.bare_extraction(
            html, favor_precision=True, include_comments=False, with_metadata=True,
        )
    except (RecursionError, ValueError, AssertionError, etree.LxmlError) as exc:
        warnings.append(f"main-text extraction failed ({type(exc).__name__}); page text used")
        result = None
    if result is not None:
        text = result.text or ""
        title = result.title or None
    if tree is not None:
        title = title or _title(tree)
        try:
            published = htmldate.find_date(
                tree, original_date=True, extensive_search=False, outputformat="%Y-%m-%d",
                max_date=(date.today() + timedelta(days=2)).isoformat(),
            )
        except (ValueError, RecursionError, AssertionError, etree.LxmlError):
            published = None
        if not text.strip():
            text = _fallback_text(tree)     # last: it edits the tree
    return HtmlText(text=text, title=title, published=published, warnings=warnings)
