"""An article read through a transliteration: Kazakh written in the Arabic script.

The Kazakh rules and tables are Cyrillic. The pass «script» replaces the text the passes read by its
Cyrillic reading, with the capitals the tables give it (reading_lexicon.py); the pass «original
offsets», last, turns every span the passes found back into a span of the article as printed, and
every surface string into the original's characters there. Names and lemmas (a person's name, a
place's name) stay in Cyrillic: they are what the registry and the other articles' names meet.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from accord.analyse.reading_lexicon import known_spellings, with_capitals
from accord.analyse.resources import Resources
from accord.lang.arabic_kazakh import Reading, is_arabic_script_kazakh, to_cyrillic
from accord.model import DocumentAnalysis, EventMention, Span

_M = TypeVar("_M")


def reading_of(text: str, lang: str, resources: Resources) -> Reading | None:
    """The Cyrillic reading of a Kazakh article written in the Arabic script; None for any other."""
    if lang != "kk" or not is_arabic_script_kazakh(text):
        return None
    plain = to_cyrillic(text, known_spellings(resources))
    return replace(plain, text=with_capitals(plain.text, resources))


def _span(reading: Reading, m: _M) -> _M:
    """A mention with `start`, `end` and `text`, moved onto the original."""
    start, end = reading.original_span(m.start, m.end)   # type: ignore[attr-defined]
    return replace(m, start=start, end=end, text=reading.original[start:end])   # type: ignore[type-var]


def _plain(reading: Reading, s: Span) -> Span:
    return Span(*reading.original_span(s.start, s.end))


def _event(reading: Reading, e: EventMention) -> EventMention:
    trigger = e.trigger
    at = reading.text.find(trigger, e.start, e.end) if trigger else -1
    if at >= 0:
        a, b = reading.original_span(at, at + len(trigger))
        trigger = reading.original[a:b]
    moved = _span(reading, e)
    return replace(moved, trigger=trigger, place=_span(reading, e.place) if e.place else None,
                   evidence=[_plain(reading, s) for s in e.evidence])


def to_original(result: DocumentAnalysis, reading: Reading) -> None:
    """Every span and surface string of `result`, found in the reading, put on the original text."""
    result.sentences = [_plain(reading, s) for s in result.sentences]
    result.times = [_span(reading, t) for t in result.times]
    result.countries = [_span(reading, c) for c in result.countries]
    result.orgs = [_span(reading, o) for o in result.orgs]
    result.places = [_span(reading, p) for p in result.places]
    result.person_mentions = [_span(reading, m) for m in result.person_mentions]
    for person in result.people:
        person.mentions = [_plain(reading, s) for s in person.mentions]
    result.events = [_event(reading, e) for e in result.events]
