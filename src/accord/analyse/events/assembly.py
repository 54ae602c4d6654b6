"""Event pass «events»: one event mention per group of candidates that tell one event."""

from __future__ import annotations

from accord import edtf
from accord.analyse.events.article import (
    Article,
    Candidate,
    announced_default,
    explicit,
    open_default,
    other_side,
)
from accord.analyse.events.state import EventState
from accord.model import EventMention, Span


def build_events(st: EventState) -> None:
    """Each group's event: the date of its most precise mention (else the default of what it is: news,
    announced, recalled), the people, topics, host and place its mentions give, and as evidence the
    sentence of its most telling mention; a visit's host is the side its visitor is not."""
    ctx = st.ctx
    visit_groups = [g for g in st.groups if g[0].type == "visit"]
    # a visit only announced is not the one the article reports: its talks are to come too
    st.news_visits = [g for g in visit_groups if not all(c.recalled for c in g) and not all(c.announced for c in g)]
    st.coming_visits = [g for g in visit_groups if all(c.announced for c in g)]
    for gi, g in enumerate(st.groups):
        first = g[0]
        rep = max(g, key=lambda c: information(st.art, c))
        s = ctx.sentences[rep.sent]
        # a host the text states (a destination) over one guessed from the sides
        host = next((c.host for c in g if c.host and c.host_stated), next((c.host for c in g if c.host), None))
        ev = EventMention(
            id=f"e{gi + 1}", type=first.type, start=s.start, end=s.end, text=ctx.text[s.start:s.end],
            when=_best_when(g, _default_date(st, g)), countries=list(ctx.pair), host=host,
            place=next((c.place for c in g if c.place), None),
            people=_union(c.people for c in g), orgs=sorted({o for c in g for o in c.orgs}),
            topics=_union(c.topics for c in g), recalled=all(c.recalled for c in g), trigger=rep.trigger,
            evidence=sorted({Span(ctx.sentences[i].start, ctx.sentences[i].end)
                             for c in g for i in [c.sent, *c.extra_sents] if i != rep.sent},
                            key=lambda sp: sp.start),
        )
        if first.type == "visit":
            visitor = next((c.visitor for c in g if c.visitor), None)
            ev.host = host or other_side(ctx.pair, visitor)
            # no one visits their own country: a person of the host side the mentions picked up (a
            # delegation list naming the receiver too) is its receiver, not a visitor
            ev.people = [p for p in ev.people if not ev.host or st.art.person[p].country != ev.host]
            if any(c.leg for c in g) or (ev.host and ev.host not in ctx.pair and any(c.host_stated and not c.recalled for c in g)):
                # a stop of a tour, or any visit the text sends to a third country («Cameron arrived in
                # Tajikistan»): a visit of the touring side to that country (GOLD.md: recalled events
                # keep their own countries)
                ev.countries = _tour_sides(st, g, ev.host)
        # a proposed or effective measure takes place nowhere in particular, unless the text says where
        if first.type in ("proposal", "measure") and not any(c.place or c.host_stated for c in g):
            ev.host = None
        st.group_event[gi] = ev
        st.events.append(ev)
        if st.trace is not None:
            st.trace.note("events", "events", f"{ev.id} {ev.type}", "formed", candidates=[st.label(c) for c in g])


def _tour_sides(st: EventState, g: list[Candidate], host: str | None) -> list[str]:
    """A stop of a tour is a visit of the touring side to that stop's country, not of the article's pair."""
    visitors = [c.visitor for c in g if c.visitor] + [c.visitor for v in st.news_visits for c in v if c.visitor]
    visitor = next((v for v in visitors if v != host), None)
    if visitor is None and host and host not in st.ctx.pair:
        # no one's country is known: the touring side is the one that visits the other of the pair in
        # the visit the article tells
        hosts = [c.host for v in [*st.news_visits, *st.coming_visits] for c in v if c.host in st.ctx.pair]
        visitor = other_side(st.ctx.pair, hosts[0]) if hosts else None
    return sorted({host, visitor}) if host and visitor else list(st.ctx.pair)


def _default_date(st: EventState, g: list[Candidate]) -> str | None:
    """The date of an event none of whose mentions is dated: none for a proposal; from the publication
    on for one announced; up to it for one recalled; the news window otherwise."""
    if g[0].type == "proposal":
        return None
    if all(c.announced for c in g):
        return announced_default(st.published)
    if all(c.recalled for c in g):
        return open_default(st.published)
    return st.news_default


def _union(lists: object) -> list[str]:
    out: list[str] = []
    for items in lists:  # type: ignore[attr-defined]
        out += [x for x in items if x not in out]
    return out


def _best_when(group: list[Candidate], default: str | None) -> str | None:
    dated = [c for c in group if c.when]
    if not dated:
        return default
    return min(dated, key=lambda c: edtf.precision_days(c.when) or 10**9).when


def information(art: Article, c: Candidate) -> tuple[int, int]:
    """How much a mention says: the best one is the event's evidence."""
    return (int(explicit(c)) * 2 + len(c.people) + int(c.host is not None) + int(c.place is not None)
            - 3 * int(art.heading[c.sent]), -c.sent)
