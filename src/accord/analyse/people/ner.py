"""People pass «ner»: the Russian person spans of natasha's NER that the rules missed (off by default:
it costs ~0.7 s to load and ~6 ms per 800 characters)."""
from __future__ import annotations

from functools import lru_cache

from accord.analyse.people.reader import PeopleText
from accord.model import PersonMention


def ner(r: PeopleText, taken: list[tuple[int, int]]) -> list[PersonMention]:
    """Russian PER spans of natasha's NER that the rules missed."""
    out = []
    for start, end in _natasha_persons(r.text):
        words = r.text[start:end].split()
        if all(r.pack.is_place_or_common_word(w) for w in words):
            continue    # «Центральная Азия» in a summit's name: words of the dictionary, not a name
        if not r.is_blocked(start, end, taken) and not r.is_blocked(start, end):
            taken.append((start, end))
            out.append(r.mention((start, end), None))
    return out


@lru_cache(maxsize=1)
def _natasha():  # noqa: ANN202:
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter
    return Segmenter(), NewsNERTagger(NewsEmbedding())


def _natasha_persons(text: str) -> list[tuple[int, int]]:
    from natasha import Doc
    segmenter, tagger = _natasha()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    return [(s.start, s.stop) for s in doc.spans if s.type == "PER"]

