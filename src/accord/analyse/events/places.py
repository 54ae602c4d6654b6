"""Argument pass «place»: where a candidate happened, from the places of its sentence.

Reads the sentence's places (datelines left out) and, for a visit, its destination words
(`[destination]` of `events.toml`) and host; writes the candidate's `place`.
"""

from __future__ import annotations

from collections import Counter

from accord.analyse.events.article import Article, Candidate, in_bounds, is_dateline
from accord.analyse.events.sides import destinations
from accord.analyse.events.state import EventState
from accord.model import PlaceMention


def place_pass(art: Article, c: Candidate, cands: list[Candidate]) -> None:
    """A visit's city is the one its destination words mark, else the one city of the host country
    the sentence names; another event's place is the sentence's building, else its first city."""
    if c.type == "visit":
        # (a stop of a tour is in its own country, whatever city the sentence arrives in)
        # the city the destination words mark in the host country («returned to Moscow after a visit
        # to Uzbekistan»: the visit is in Uzbekistan, Moscow is where it ended)
        city = None if c.leg else next((p for code, p in destinations(art, c) if p and code == c.host), None)
        # the one city of the host country the sentence names, when no preposition marked it
        host_cities = [p for p in art.places[c.sent]
                       if p.kind != "building" and p.country == c.host and in_bounds(c, p.start)]
        c.place = city or (host_cities[0] if len({p.name for p in host_cities}) == 1 else None)
        return
    places = places_of(art, c)
    buildings = [p for p in places if p.kind == "building"]
    cities = [p for p in places if p.kind != "building"]
    c.place = (buildings or cities or [None])[0]


def places_of(art: Article, c: Candidate) -> list[PlaceMention]:
    """The places of the candidate's sentence (of its clause, when the sentence tells two events)."""
    # an item of a list of signed documents is a document's title: a city in it («a French lycée in
    # Tashkent») is what the document is about, not where it was signed
    if c.listed and c.type == "agreement":
        return []
    return [p for p in art.places[c.sent] if in_bounds(c, p.start)]


def _article_city(art: Article, host: str) -> PlaceMention | None:
    """The city of `host` the article places its story in: the dateline's, when the agency wrote
    there; else the one city of that country the article names; else the one it names most often."""
    ctx = art.ctx
    cities = [p for p in ctx.places if p.kind != "building" and p.country == host]
    if not cities:
        return None
    dated = [p for p in cities if is_dateline(ctx.text, p)]
    if dated:
        return dated[0]
    counts = Counter(p.name for p in cities)
    ranked = counts.most_common(2)
    if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
        return next(p for p in cities if p.name == ranked[0][0])
    return None


def visit_city(st: EventState) -> None:
    """A visit whose sentences name no city of the host country took place in the city of that country
    the article is set in: «ASTANA – … The President … arrived on a state visit», «Au cours de sa visite
    à Hanoï … Les premières images de la visite» (its parts then take that city from `part_of`)."""
    _place_by_article(st, ("visit",))


def host_city(st: EventState) -> None:
    """So did a meeting, signing or ceremony of a known host told without a place and not part of a
    placed visit."""
    _place_by_article(st, ("meeting", "agreement", "ceremony"))


def _place_by_article(st: EventState, types: tuple[str, ...]) -> None:
    for ev in st.events:
        if ev.place is None and ev.host and ev.type in types:
            ev.place = _article_city(st.art, ev.host)
