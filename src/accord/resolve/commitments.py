"""What was promised and what was done: proposals and agreements → what carried them out.

An invitation to visit is carried out by a later visit to the inviting side; flights
under consideration by a route opened; a memorandum by the measure it foresaw.
The link needs the same partition, a later or overlapping date, and for
anything but invitations a shared topic. A commitment nothing has carried out
yet stays open: that is what the briefing lists as outstanding.
"""
from __future__ import annotations

from datetime import date

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


def link_commitments(events: list[Event], published: dict[str, str] | None = None) -> list[tuple[str, str, str]]:
    """(commitment id, carried-out-by id, kind) for one partition, each commitment linked at most once.

    `published` maps article names to their publication dates, which bound undated proposals.
    """
    published = published or {}
    links: list[tuple[str, str, str]] = []
    for c in events:
        targets = _FULFILLED_BY.get(c.type)
        if not targets:
            continue
        c_start = _start(c) or _told_on(c, published)
        best: Event | None = None
        for e in events:
            if e.id == c.id or e.type not in targets:
                continue
            if c.type == "proposal" and e.type == "visit":
                if not _is_invitation(c) or (c.host and e.host and c.host != e.host):
                    continue
            elif not set(c.topics) & set(e.topics):
                continue
            e_end = _end(e)
            if c_start is not None and e_end is not None and e_end < c_start:
                continue
            if c.type == "proposal" and _same_article_only(c, e):
                continue
            if best is None or (_start(e) or date.min) < (_start(best) or date.min):
                best = e
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
