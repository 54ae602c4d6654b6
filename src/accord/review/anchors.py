"""Finding again the mentions a correction was made on.

A mention's key ("doc#e3") is its local id in its article, and local ids are numbered again when
an article comes in a new version or is analysed by newer code: «e3» may then be another event.
A correction therefore also keeps each mention's type and evidence text, and a key is trusted
only while the mention under it still says the same; otherwise the mention of that article with
the same type and text (or, where the sentence was cut differently, one containing the other)
takes its place. A mention found nowhere gets a key no mention has, so its correction is
reported as not applied instead of landing on another event.
"""
from __future__ import annotations

from dataclasses import replace

from accord.resolve.linking import MentionRecord
from accord.review.corrections import Correction

GONE = "#gone"


def evidence_of(records: list[MentionRecord], keys: list[str]) -> dict[str, dict[str, str]]:
    """What a correction keeps of each of its mentions: type and evidence text."""
    by_key = {r.key: r for r in records}
    return {k: {"type": by_key[k].mention.type, "text": by_key[k].mention.text} for k in keys if k in by_key}


def _same(text: str, other: str) -> bool:
    a, b = " ".join(text.split()), " ".join(other.split())
    return a == b or (min(len(a), len(b)) > 20 and (a in b or b in a))


def _locate(key: str, seen: dict[str, str] | None, by_key: dict[str, MentionRecord],
            by_doc: dict[str, list[MentionRecord]]) -> str:
    if not seen:
        return key  # kept without evidence (an older or hand-written correction): the key as it is
    here = by_key.get(key)
    if here is not None and here.mention.type == seen["type"] and _same(here.mention.text, seen["text"]):
        return key
    doc = key.rsplit("#", 1)[0]
    candidates = [r for r in by_doc.get(doc, []) if r.mention.type == seen["type"]]
    exact = [r for r in candidates if " ".join(r.mention.text.split()) == " ".join(seen["text"].split())]
    found = exact or [r for r in candidates if _same(r.mention.text, seen["text"])]
    return found[0].key if found else key + GONE


def relocate(corrections: list[Correction], records: list[MentionRecord]) -> list[Correction]:
    """The corrections with every mention key pointing at the mention it was made on, as it is now."""
    by_key = {r.key: r for r in records}
    by_doc: dict[str, list[MentionRecord]] = {}
    for r in sorted(records, key=lambda r: r.key):
        by_doc.setdefault(r.doc, []).append(r)

    def locate(keys: list[str], c: Correction) -> list[str]:
        return [_locate(k, c.evidence.get(k), by_key, by_doc) for k in keys]

    moved = []
    for c in corrections:
        if not c.evidence:
            moved.append(c)
            continue
        value = locate([c.value], c)[0] if c.kind == "split" and isinstance(c.value, str) else c.value
        moved.append(replace(c, anchors=locate(c.anchors, c), other_anchors=locate(c.other_anchors, c), value=value))
    return moved
