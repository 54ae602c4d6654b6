"""The relationship timeline of a country pair, for the terminal."""
from __future__ import annotations

from collections.abc import Iterable

from accord.model import Actor, Event

_TYPE_LABEL = {"visit": "VISIT", "meeting": "MEETING", "agreement": "AGREEMENT", "measure": "MEASURE",
               "proposal": "PROPOSED", "ceremony": "CEREMONY"}

# A story told by a hundred outlets lists the first few by name; `accord export` has them all.
SOURCES_SHOWN = 3


def render(events: Iterable[Event], actors: dict[str, Actor | None], width: int = 100) -> str:
    """One block per event: date, type, sides and host, people, topics, sources and the evidence."""
    lines: list[str] = []
    events = list(events)
    by_id = {e.id: e for e in events}

    def label(eid: str) -> str:
        e = by_id.get(eid)
        return f"{_TYPE_LABEL.get(e.type, e.type).lower()} {e.when or 'undated'} ({eid})" if e else eid

    for e in events:
        sides = "–".join(e.countries)
        where = f" in {e.host}" if e.host else ""
        if e.place:
            where += f" ({e.place.get('name')})"
        lines.append(f"{e.when or 'undated':<24} {_TYPE_LABEL.get(e.type, e.type):<10} {sides}{where}  [{e.id}]")
        names = [(actors.get(p).name if actors.get(p) else p) for p in e.people]  # type: ignore[union-attr]
        if names:
            lines.append(f"{'':<24} people: {', '.join(names)}")
        if e.topics:
            lines.append(f"{'':<24} topics: {', '.join(e.topics)}")
        if e.part_of:
            lines.append(f"{'':<24} part of: {label(e.part_of)}")
        if e.fulfils:
            lines.append(f"{'':<24} carries out: {', '.join(label(f) for f in e.fulfils)}")
        if e.corrected:
            # the reader sees which values an analyst set, not the machine
            changes = ", ".join(f"{name} by {c['by']}" for name, c in sorted(e.corrected.items()))
            lines.append(f"{'':<24} corrected: {changes}")
        docs = sorted({m.doc for m in e.mentions})
        shown = ", ".join(docs[:SOURCES_SHOWN])
        if len(docs) > SOURCES_SHOWN:
            shown += f" and {len(docs) - SOURCES_SHOWN} more"
        lines.append(f"{'':<24} sources: {len(e.mentions)} mention(s) in {len(docs)} article(s): {shown}")
        if e.mentions:
            text = " ".join(e.mentions[0].text.split())
            if len(text) > width:
                text = text[: width - 1] + "…"
            lines.append(f"{'':<24} «{text}»")
        lines.append("")
    return "\n".join(lines) if lines else "no events"
