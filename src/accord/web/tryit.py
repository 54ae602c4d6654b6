""""Try it": analyse one pasted text, uploaded file or web address without storing it (unless asked),
and lay the findings out on the text for highlighting."""
from __future__ import annotations

from dataclasses import dataclass

from accord.analyse.pipeline import analyse
from accord.batch import BatchReport, ingest_items
from accord.ingest import RawItem
from accord.ingest.errors import IngestError
from accord.ingest.fetch import fetch_url
from accord.ingest.prepare import prepare
from accord.model import Document, DocumentAnalysis
from accord.store import Store

MAX_TEXT = 200_000   # characters: "try it" is for one article


class TryError(ValueError):
    """The input could not be read as an article; the message says why."""


@dataclass
class Segment:
    text: str
    kind: str | None = None    # person | country | org | place | time, or None for plain text
    note: str = ""             # what was recognised (a normalised date, a country code...)


def read_input(text: str | None, upload: tuple[str, bytes] | None, url: str | None, *,
               published: str | None = None, lang: str | None = None) -> RawItem:
    """The one article of a try-it request as a RawItem; a URL is fetched refusing private addresses."""
    if upload and upload[1]:
        name, data = upload
        kind = "html" if name.lower().endswith((".html", ".htm")) else "text"
        return RawItem(source=f"upload:{name}", doc=name or "upload.txt", data=data, kind=kind,
                       published=published or None, lang=lang or None)
    if url:
        if not url.lower().startswith(("http://", "https://")):
            raise TryError("only http:// and https:// addresses can be fetched")
        try:
            body, content_type, final = fetch_url(url, allow_private=False)
        except IngestError as exc:
            raise TryError(exc.reason) from exc
        kind = "html" if "html" in content_type.lower() else "text"
        return RawItem(source=final, doc=final, data=body, kind=kind, url=final,
                       published=published or None, lang=lang or None)
    if text and text.strip():
        if len(text) > MAX_TEXT:
            raise TryError(f"a text of at most {MAX_TEXT:,} characters, please")
        return RawItem(source="pasted", doc="pasted.txt", data=text, published=published or None,
                       lang=lang or None)
    raise TryError("paste a text, choose a file or give an address")


def run(item: RawItem) -> tuple[Document, DocumentAnalysis]:
    try:
        doc = prepare(item)
    except IngestError as exc:
        raise TryError(str(exc)) from exc
    return doc, analyse(doc)


def keep(item: RawItem, store: Store) -> BatchReport:
    """Store the article as `accord ingest` would."""
    return ingest_items([item], store)


def segments(doc: Document, analysis: DocumentAnalysis) -> list[Segment]:
    """The text cut into plain runs and recognised spans; where spans overlap the longer one wins."""
    spans = [(p.start, p.end, "person", p.name) for p in analysis.person_mentions]
    spans += [(c.start, c.end, "country", c.code) for c in analysis.countries]
    spans += [(o.start, o.end, "org", o.name) for o in analysis.orgs]
    spans += [(p.start, p.end, "place", p.name) for p in analysis.places]
    spans += [(t.start, t.end, "time", t.edtf) for t in analysis.times]
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[Segment] = []
    pos = 0
    for start, end, kind, note in spans:
        if start < pos or end <= start:
            continue
        if start > pos:
            out.append(Segment(doc.text[pos:start]))
        out.append(Segment(doc.text[start:end], kind, note))
        pos = end
    if pos < len(doc.text):
        out.append(Segment(doc.text[pos:]))
    return out
