"""A briefing on a country pair for staff preparing the next visit.

What the record holds, grouped as a reader needs it: the contacts (visits and
meetings, latest first), what was signed, which measures took effect, what was
promised and by what it was carried out, what is still open, and who took part
most often.
"""
from __future__ import annotations

from collections import Counter

from accord import edtf
from accord.model import Actor, Event
from accord.outputs.dates_in_words import date_in_words
from accord.outputs.reader import country_name, display, place_name

_SECTIONS = (
    ("Visits", ("visit",)),
    ("Meetings", ("meeting",)),
    ("Signed", ("agreement",)),
    ("Measures in effect", ("measure",)),
    ("Ceremonies", ("ceremony",)),
)


def start_day(e: Event) -> str:
    """Sort key: the first day the event can have been (EDTF seasons do not sort as text)."""
    lo, hi = edtf.lenient_interval(e.when)
    return (lo or hi).isoformat() if (lo or hi) else ""


def _line(e: Event, actors: dict[str, Actor | None], lang: str) -> str:
    names = ", ".join((actors[p].name if actors.get(p) else p) for p in e.people[:4])  # type: ignore[union-attr]
    place = ", ".join(filter(None, [country_name(e.host, lang), place_name(e.place, lang)]))
    where = f" · {display(lang)['words']['where'].format(where=place)}" if place else ""
    topics = f" [{', '.join(e.topics)}]" if e.topics else ""
    sources = len({m.doc for m in e.mentions})
    who = f" — {names}" if names else ""
    return f"  {date_in_words(e.when, lang)}{where}{who}{topics} ({sources} source{'s' if sources != 1 else ''})"


def render(a: str, b: str, events: list[Event], commitments: list[tuple[str, str, str]],
           actors: dict[str, Actor | None], lang: str = "en") -> str:
    """The briefing as text: latest first within each section; dates and places in `lang`."""
    by_id = {e.id: e for e in events}
    latest_first = sorted(events, key=start_day, reverse=True)
    out = [f"Briefing: {country_name(a, lang)} – {country_name(b, lang)}", f"{len(events)} events from "
           f"{len({m.doc for e in events for m in e.mentions})} articles", ""]
    for title, types in _SECTIONS:
        chosen = [e for e in latest_first if e.type in types]
        if chosen:
            out.append(f"{title} ({len(chosen)})")
            out += [_line(e, actors, lang) for e in chosen]
            out.append("")
    done = {c for c, _, _ in commitments}
    promised = [e for e in latest_first if e.type == "proposal"]
    if commitments:
        out.append("Promised and carried out")
        for c, d, _kind in commitments:
            if c in by_id and d in by_id:
                out.append(f"  {by_id[c].type} {date_in_words(by_id[c].when, lang)} {', '.join(by_id[c].topics)}"
                           f" → {by_id[d].type} {date_in_words(by_id[d].when, lang)}")
        out.append("")
    still_open = [e for e in promised if e.id not in done]
    if still_open:
        out.append(f"Still open ({len(still_open)})")
        out += [_line(e, actors, lang) + "  «" + " ".join(e.mentions[0].text.split())[:90] + "»"
                for e in still_open if e.mentions]
        out.append("")
    people = Counter(p for e in events for p in e.people)
    if people:
        out.append("Who took part most often")
        for pid, n in people.most_common(10):
            actor = actors.get(pid)
            label = f"{actor.name} ({actor.country or '?'}, {actor.role or 'role unknown'})" if actor else pid
            out.append(f"  {n:>3} × {label}")
    return "\n".join(out).rstrip() + "\n"
