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

_SECTIONS = (
    ("Visits", ("visit",)),
    ("Meetings", ("meeting",)),
    ("Signed", ("agreement",)),
    ("Measures in effect", ("measure",)),
    ("Ceremonies", ("ceremony",)),
)


def _start(e: Event) -> str:
    """Sort key: the first day the event can have been (EDTF seasons do not sort as text)."""
    lo, hi = edtf.lenient_interval(e.when)
    return (lo or hi).isoformat() if (lo or hi) else ""


def _line(e: Event, actors: dict[str, Actor | None]) -> str:
    names = ", ".join((actors[p].name if actors.get(p) else p) for p in e.people[:4])  # type: ignore[union-attr]
    where = f" in {e.host}" if e.host else ""
    if e.place:
        where += f", {e.place.get('name')}"
    topics = f" [{', '.join(e.topics)}]" if e.topics else ""
    sources = len({m.doc for m in e.mentions})
    who = f" — {names}" if names else ""
    return f"  {e.when or 'undated':<23}{where}{who}{topics} ({sources} source{'s' if sources != 1 else ''})"


def render(a: str, b: str, events: list[Event], commitments: list[tuple[str, str, str]],
           actors: dict[str, Actor | None]) -> str:
    """The briefing as text: latest first within each section."""
    by_id = {e.id: e for e in events}
    latest_first = sorted(events, key=_start, reverse=True)
    out = [f"Briefing: {a} – {b}", f"{len(events)} events from "
           f"{len({m.doc for e in events for m in e.mentions})} articles", ""]
    for title, types in _SECTIONS:
        chosen = [e for e in latest_first if e.type in types]
        if chosen:
            out.append(f"{title} ({len(chosen)})")
            out += [_line(e, actors) for e in chosen]
            out.append("")
    done = {c for c, _, _ in commitments}
    promised = [e for e in latest_first if e.type == "proposal"]
    if commitments:
        out.append("Promised and carried out")
        for c, d, _kind in commitments:
            if c in by_id and d in by_id:
                out.append(f"  {by_id[c].type} {by_id[c].when or 'undated'} {', '.join(by_id[c].topics)}"
                           f" → {by_id[d].type} {by_id[d].when or 'undated'}")
        out.append("")
    still_open = [e for e in promised if e.id not in done]
    if still_open:
        out.append(f"Still open ({len(still_open)})")
        out += [_line(e, actors) + "  «" + " ".join(e.mentions[0].text.split())[:90] + "»"
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
