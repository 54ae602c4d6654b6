"""What was promised and what was done: proposals and agreements → what carried them out.

An invitation to visit is carried out by a later visit to the inviting side; flights
under consideration by a route opened; a memorandum by the measure it foresaw.
The link needs the same partition, a later or overlapping date, and for
anything but invitations a shared topic. A commitment nothing has carried out
yet stays open: that is what the briefing lists as outstanding.
"""
from __future__ import annotations

from datetime import date, timedelta

from accord import edtf
from accord.model import Event

# What kind of later event can carry out a commitment of each type.
_FULFILLED_BY = {"proposal": ("visit", "measure", "agreement"), "agreement": ("measure",)}


def _start(e: Event) -> date | None:
    return edtf.lenient_interval(e.when)[0]


def _end(e: Event) -> date | None:
    return edtf.lenient_interval(e.when)[1]


def _told_on(e: Event, published: dict[str, str]) -> date | None:
    """The day the commitment was first reported: nothing before it can carry it out."""
    days = sorted(published[m.doc] for m in e.mentions if published.get(m.doc))
    try:
        return date.fromisoformat(days[0][:10]) if days else None
    except ValueError:
        return None


# How long after a commitment is told a later event can be what carried it out, and how long before it
# an event still under way may have begun: the bounds of the index that finds the candidates.
FULFILMENT_DAYS = 3 * 366
STARTED_BEFORE_DAYS = 400


def fulfilled_by(commitment_type: str) -> tuple[str, ...]:
    """The types of event that can carry out a commitment of this type (none: it is no commitment)."""
    return _FULFILLED_BY.get(commitment_type, ())


def carried_out(event_type: str) -> list[str]:
    """The types of commitment an event of this type can carry out."""
    return sorted(c for c, by in _FULFILLED_BY.items() if event_type in by)


def commitment_start(c: Event, published: dict[str, str]) -> date | None:
    """The commitment's first day: its date, else the day it was first reported."""
    return _start(c) or _told_on(c, published)


def candidate_window(start: date) -> tuple[date, date]:
    """The days an event carrying out a commitment that starts on `start` starts in."""
    return start - timedelta(days=STARTED_BEFORE_DAYS), start + timedelta(days=FULFILMENT_DAYS)


def fulfilment(c: Event, start: date | None, candidates: list[Event]) -> Event | None:
    """The earliest of `candidates` (in timeline order) that carries out `c`, which starts on `start`."""
    targets = fulfilled_by(c.type)
    if not targets:
        return None
    # a commitment with no day at all (nor its article) is bounded by nothing
    lo, hi = candidate_window(start) if start is not None else (date.min, date.max)
    best: Event | None = None
    for e in candidates:
        if e.id == c.id or e.type not in targets:
            continue
        e_start, e_end = _start(e), _end(e)
        if e_start is None or not lo <= e_start <= hi:
            continue  # an undated event, or one the index would not find, carries out nothing
        if c.type == "proposal" and e.type == "visit":
            if not _is_invitation(c) or (c.host and e.host and c.host != e.host):
                continue
        elif not set(c.topics) & set(e.topics):
            continue
        if start is not None and e_end is not None and e_end < start:
            continue
        if c.type == "proposal" and _same_article_only(c, e):
            continue
        if best is None or e_start < (_start(best) or date.min):
            best = e
    return best


def link_commitments(events: list[Event], published: dict[str, str] | None = None) -> list[tuple[str, str, str]]:
    """(commitment id, carried-out-by id, kind) for one partition, each commitment linked at most once.

    `published` maps article names to their publication dates, which bound undated proposals.
    `events` are in timeline order (by first day, then id), as `build_events` returns them.
    """
    published = published or {}
    links: list[tuple[str, str, str]] = []
    for c in events:
        best = fulfilment(c, commitment_start(c, published), events)
        if best is not None:
            kind = "carried_out_by"
            best.fulfils = sorted(set(best.fulfils) | {c.id})
            links.append((c.id, best.id, kind))
    return links


def _is_invitation(e: Event) -> bool:
    return not e.topics or "parliamentary" in e.topics


def _same_article_only(c: Event, e: Event) -> bool:
    """An article does not report a thing as proposed and as done at once: what an article telling the
    proposal also tells (the visit during which the invitation was made) is not what carried it out."""
    return bool({m.doc for m in c.mentions} & {m.doc for m in e.mentions})
