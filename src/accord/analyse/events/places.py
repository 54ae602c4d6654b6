"""Argument pass «place»: where a candidate happened, from the places of its sentence.

Reads the sentence's places (datelines left out) and, for a visit, its destination words
(`[destination]` of `events.toml`) and host; writes the candidate's `place`.
"""

from __future__ import annotations

from accord.analyse.events.article import Article, Candidate, in_bounds
from accord.analyse.events.sides import destinations
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
