"""The relationship timeline of a country pair, for the terminal."""
from __future__ import annotations

from collections.abc import Iterable

from accord.model import Actor, Event
from accord.outputs.dates_in_words import date_in_words
from accord.outputs.reader import country_name, display, person_name, place_name

# A story told by a hundred outlets lists the first few by name; `accord export` has them all.
SOURCES_SHOWN = 3


def sides(countries: list[str], order: tuple[str, ...] | None, lang: str) -> str:
    """The event's countries by name, in the reader's order (the order the header names them)."""
    rank = {code: i for i, code in enumerate(order or ())}
    ordered = sorted(countries, key=lambda c: (rank.get(c, len(rank)), countries.index(c)))
    return " – ".join(country_name(c, lang) for c in ordered)


def render(events: Iterable[Event], actors: dict[str, Actor | None], width: int = 100, *,
           lang: str = "en", order: tuple[str, ...] | None = None) -> str:
    """One block per event: date in words, type, sides (in `order`) and host, place, people,
    topics, sources and the evidence; in the reader's language `lang` where accord has its words."""
    words = display(lang)["words"]
    types = display(lang)["types"]
    lines: list[str] = []
    events = list(events)
    by_id = {e.id: e for e in events}
    indent = " " * 4

    def label(eid: str) -> str:
        e = by_id.get(eid)
        return f"{types.get(e.type, e.type).lower()} {date_in_words(e.when, lang)} ({eid})" if e else eid

    for e in events:
        head = [date_in_words(e.when, lang), types.get(e.type, e.type), sides(e.countries, order, lang)]
        if e.host or e.place:
            place = ", ".join(filter(None, [country_name(e.host, lang), place_name(e.place, lang)]))
            head.append(words["where"].format(where=place))
        lines.append(" · ".join(head) + f"  [{e.id}]")
        names = [person_name(actors.get(p), lang) or p for p in e.people]
        if names:
            lines.append(f"{indent}{words['people']}: {', '.join(names)}")
        if e.topics:
            lines.append(f"{indent}{words['topics']}: {', '.join(e.topics)}")
        if e.part_of:
            lines.append(f"{indent}{words['part_of']}: {label(e.part_of)}")
        if e.fulfils:
            lines.append(f"{indent}{words['carries_out']}: {', '.join(label(f) for f in e.fulfils)}")
        if e.corrected:
            # the reader sees which values an analyst set, not the machine
            changes = ", ".join(f"{name} by {c['by']}" for name, c in sorted(e.corrected.items()))
            lines.append(f"{indent}corrected: {changes}")
        docs = sorted({m.doc for m in e.mentions})
        shown = ", ".join(docs[:SOURCES_SHOWN])
        if len(docs) > SOURCES_SHOWN:
            shown += " " + words["and_more"].format(more=len(docs) - SOURCES_SHOWN)
        counted = words["sources_counted"].format(mentions=len(e.mentions), articles=len(docs))
        lines.append(f"{indent}{words['sources']}: {counted}: {shown}")
        if e.mentions:
            text = " ".join(e.mentions[0].text.split())
            if len(text) > width:
                text = text[: width - 1] + "…"
            lines.append(f"{indent}«{text}»")
        lines.append("")
    return "\n".join(lines) if lines else words["no_events"]
