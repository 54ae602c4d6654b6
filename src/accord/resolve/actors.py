"""People of one article → canonical actors of the registry, or new provisional ones.

A person the registry knows (in any script) resolves to that actor; an unknown
one becomes a provisional actor, whose id derives from the name itself, so the
next article that names them in another script meets the same actor whatever
the order the articles arrive in.
"""
from __future__ import annotations

from dataclasses import replace

from accord.model import Actor, DocumentAnalysis, EventMention
from accord.registry import Registry

# Below this the registry's match is not trusted and the person stays provisional.
_MIN_CONFIDENCE = 0.5


def resolve_people(analysis: DocumentAnalysis, registry: Registry) -> dict[str, Actor]:
    """Local person id ("p1") → actor, adding provisional actors to `registry`."""
    out: dict[str, Actor] = {}
    when = analysis.published
    for person in analysis.people:
        hit = registry.resolve_person(person.name, analysis.lang, role=person.role,
                                      country=person.country, when=when)
        if hit is not None and hit[1] >= _MIN_CONFIDENCE:
            actor = hit[0]
        else:
            actor = registry.add_provisional(person.name, analysis.lang, person.role, person.country)
        _remember_form(actor, analysis.lang, person.name)
        registry.add_name(actor.id, person.name, analysis.lang)  # so the next article finds this form too
        out[person.id] = actor
    return out


def _remember_form(actor: Actor, lang: str, form: str) -> None:
    forms = actor.names.setdefault(lang, [])
    if form and form not in forms:
        forms.append(form)


def with_actor_ids(events: list[EventMention], actors: dict[str, Actor]) -> list[EventMention]:
    """Copies of `events` whose people are actor ids instead of article-local ids."""
    return [replace(e, people=[actors[p].id for p in e.people if p in actors]) for e in events]
