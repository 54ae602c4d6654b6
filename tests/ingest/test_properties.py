"""Property tests: whatever a source holds, `prepare` returns a Document or raises IngestError.

Inputs: arbitrary bytes (also behind byte-order marks and binary magic numbers), arbitrary
strings, HTML-ish strings assembled from tags, attributes, entities, comments and article text,
and real articles re-encoded in the code pages ingest detects, cut at any byte.
"""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from accord.ingest import IngestError, RawItem, prepare
from accord.ingest.dedup import sha256_text
from accord.model import LANGUAGES, Document
from tests.reliability_corpus import LANGS, corpus

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PREFIXES = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"%PDF-1.4\n", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04",
            b"\x1f\x8b", b"<html>", b"<?xml version='1.0'?><rss>"]
METADATA = st.fixed_dictionaries({}, optional={
    "lang": st.one_of(st.sampled_from([*LANGUAGES, "xx", "EN-gb", "", "ру"]), st.text(max_size=6)),
    "published": st.one_of(st.sampled_from(["2025-02-30", "1066-10-14", "2999-01-01", "2025-09-22T10:00:00Z",
                                            "22/09/2025", ""]), st.text(max_size=12)),
    "title": st.text(max_size=40),
    "charset": st.sampled_from(["utf-8", "windows-1256", "koi8-r", "utf-16", "latin-1", "no-such-charset", ""]),
})


def _check(item: RawItem) -> None:
    try:
        doc = prepare(item)
    except IngestError as exc:
        assert exc.source == item.source and exc.reason.strip(), exc
        return
    assert isinstance(doc, Document)
    assert doc.text.strip() and doc.doc == item.doc
    assert doc.lang in (*LANGUAGES, "other")
    assert doc.sha256 == sha256_text(doc.text) and 0 <= doc.simhash < 2 ** 64
    assert "\x00" not in doc.text and "\r" not in doc.text
    if doc.published:
        assert len(doc.published) == 10 and 1990 <= int(doc.published[:4]) <= 2100, doc.published


@SETTINGS
@given(prefix=st.sampled_from(PREFIXES), data=st.binary(max_size=2000), kind=st.sampled_from(["text", "html"]),
       meta=METADATA)
def test_prepare_any_bytes(prefix: bytes, data: bytes, kind: str, meta: dict) -> None:
    _check(RawItem(source="any.bin", doc="any.bin", data=prefix + data, kind=kind, **meta))


@SETTINGS
@given(text=st.text(max_size=2000), kind=st.sampled_from(["text", "html"]), meta=METADATA)
def test_prepare_any_str(text: str, kind: str, meta: dict) -> None:
    _check(RawItem(source="any.jsonl:1", doc="any", data=text, kind=kind, **meta))


TAGS = ["html", "head", "body", "title", "meta", "div", "p", "article", "main", "nav", "footer", "script", "style",
        "table", "tr", "td", "span", "a", "br", "h1", "ul", "li", "iframe", "svg", "noscript", "template", "time"]
ATTRS = st.sampled_from(['', ' class="content"', ' charset="windows-1251"', ' http-equiv="Content-Type" '
                         'content="text/html; charset=koi8-r"', ' datetime="2025-09-22"', " hidden",
                         ' property="article:published_time" content="2025-13-45"', ' dir="rtl"', " x='<p>'",
                         ' style="display:none"', ' itemprop="datePublished" content="1900-01-01"'])


def _article_text(i: int) -> str:
    return corpus.article(i, lang=LANGS[i % len(LANGS)], seed=5).text


HTML_PIECE = st.one_of(
    st.builds(lambda t, a: f"<{t}{a}>", st.sampled_from(TAGS), ATTRS),
    st.builds(lambda t: f"</{t}>", st.sampled_from(TAGS)),
    st.sampled_from(["<!-- comment", "-->", "<![CDATA[", "]]>", "&nbsp;", "&amp", "&#0;", "&#x110000;", "&bogus;",
                     "<!DOCTYPE html>", "<", ">", "\"", "'", "\u202e", "\x00", "\r\n"]),
    st.integers(0, 500).map(_article_text),
    st.text(max_size=30),
)


@SETTINGS
@given(pieces=st.lists(HTML_PIECE, max_size=40), depth=st.sampled_from([0, 0, 50, 3000]),
       encoding=st.sampled_from(["utf-8", "utf-16", "cp1251", "cp1256", "koi8-r"]))
# a control character after a block tag once broke the fallback text (lxml refuses it in a tail)
@example(pieces=["<br>", "\x1f"], depth=0, encoding="utf-8")
def test_prepare_any_html(pieces: list[str], depth: int, encoding: str) -> None:
    page = "<div>" * depth + "".join(pieces) + "</div>" * depth
    _check(RawItem(source="page.html", doc="page.html", data=page, kind="html"))
    _check(RawItem(source="page.html", doc="page.html", data=page.encode(encoding, errors="replace"), kind="html"))


@SETTINGS
@given(i=st.integers(0, 10_000), encoding=st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1251", "cp1256",
                                                           "koi8-r"]), cut=st.integers(0, 4000),
       noise=st.binary(max_size=8))
def test_prepare_cut_and_mangled_articles(i: int, encoding: str, cut: int, noise: bytes) -> None:
    """A real article in a code page, cut at any byte (half a character) and with bytes spliced in."""
    data = _article_text(i).encode(encoding, errors="replace")
    at = min(cut, len(data))
    _check(RawItem(source="cut.txt", doc="cut.txt", data=data[:at] + noise + data[at:at + 600]))
