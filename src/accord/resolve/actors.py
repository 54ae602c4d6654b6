"""People of one article → canonical actors of the registry, or provisional ones.

A person the seed registry knows (in any script) resolves to that actor. An
unknown one becomes a provisional actor whose id is a hash of the name's
phonetic key: the same person named in Arabic in one article and in Russian in
another gets the same id, and no article's arrival changes how another
resolves — the record does not depend on the order articles arrive in.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from accord.lang.data import load
from accord.lang.pack import get_pack
from accord.model import Actor, DocumentAnalysis, EventMention, Person
from accord.names import name_key, romanise, same_name
from accord.names.compound import join_compound_names
from accord.registry import Registry

# Below this the registry's match is not trusted and the person stays provisional.
_MIN_CONFIDENCE = 0.5
# Scripts whose forms read as they are in an export's `name`.
_LATIN_LANGS = ("en", "fr")


def provisional_actor(name: str, lang: str, role: str | None, country: str | None) -> Actor:
    """The provisional actor of a name: its id depends on the name's phonetic key alone."""
    key = name_key(name, lang) or name.casefold()
    actor_id = "prov-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    return Actor(id=actor_id, kind="person", name=romanise(name, lang), names={lang: [name]},
                 role=role, country=country, provisional=True)


@dataclass(frozen=True)
class Resolved:
    """An analysis as the store keeps it: its events name actor ids, and the actors it names."""
    analysis: DocumentAnalysis
    people: list[Actor]


def resolved(analysis: DocumentAnalysis | Resolved, registry: Registry) -> Resolved:
    """`analysis` with its people resolved (an analyser may have done it already, in its worker)."""
    if isinstance(analysis, Resolved):
        return analysis
    actors = resolve_people(analysis, registry)
    return Resolved(replace(analysis, events=with_actor_ids(analysis.events, actors)), list(actors.values()))


def resolve_people(analysis: DocumentAnalysis, registry: Registry) -> dict[str, Actor]:
    """Local person id ("p1") → actor; `registry` is only read."""
    out: dict[str, Actor] = {}
    for person in analysis.people:
        # The longest name first; a shorter one the article also gives may name the person more surely
        # («محمد بن سلمان» beside «محمد بن سلمان بن عبد العزيز آل سعود», which holds his father's name).
        hit = None
        for name in dict.fromkeys([person.name, *(n for n in person.names if len(n.split()) >= 2)]):
            found = registry.resolve_person(name, analysis.lang, role=person.role,
                                            country=person.country, when=analysis.published)
            if found is not None and (hit is None or found[1] > hit[1]) and not _child_of(name, found[0], analysis.lang):
                hit = found
        if hit is not None and hit[1] >= _MIN_CONFIDENCE:
            known = hit[0]
            actor = replace(known, names={k: list(v) for k, v in known.names.items()}, aliases=list(known.aliases))
        else:
            actor = provisional_actor(person.name, analysis.lang, person.role, person.country)
        forms = actor.names.setdefault(analysis.lang, [])
        for name in _full_names(person):
            if name not in forms:
                forms.append(name)
        out[person.id] = actor
    return out


def _full_names(person: Person) -> list[str]:
    """The names an article gives a person in full, its best one first: «Дэвид Уильям Доналд Кэмерон»
    is also «Дэвид Кэмерон», the form other articles and other scripts use. A lone surname is left
    out, it could name a relative as well."""
    return [n for n in dict.fromkeys([person.name, *person.names]) if n and (n == person.name or len(n.split()) >= 2)]


def _child_of(name: str, actor: Actor, lang: str) -> bool:
    """«محمد بن سلمان بن عبد العزيز», "Mohammed bin Salman bin Abdulaziz": a name that holds a known
    person's full name after a word for "son of" names that person's child, not that person."""
    particles = load(lang, "titles").get("names", {}).get("patronymic_particles", [])
    if not particles:
        return False
    norm = get_pack(lang).normalise

    def joined(text: str) -> list[str]:     # «عبد العزيز» and «عبدالعزيز» are one word
        return join_compound_names([norm(w) for w in text.split()], lang)
    words = joined(name)
    marks = {norm(p) for p in particles}
    tails = [words[i + 1:] for i, w in enumerate(words[:-1]) if w in marks]
    forms = [joined(form) for form in actor.names.get(lang, []) if len(form.split()) >= 2]
    return any(tail[:len(form)] == form for tail in tails for form in forms)


def merge_actor(stored: Actor | None, new: Actor) -> Actor:
    """One actor from what the store holds and what an article adds, the same whatever came first:
    forms are a union, a missing role or country is filled by the smallest one seen."""
    if stored is None:
        merged = new
    else:
        names = {lang: sorted(set(stored.names.get(lang, [])) | set(new.names.get(lang, [])))
                 for lang in set(stored.names) | set(new.names)}
        merged = replace(stored, names=names, aliases=sorted(set(stored.aliases) | set(new.aliases)),
                         role=_smallest(stored.role, new.role), country=_smallest(stored.country, new.country))
    if merged.provisional:
        merged = replace(merged, name=_provisional_name(merged))
    return merged


def _smallest(a: str | None, b: str | None) -> str | None:
    present = [x for x in (a, b) if x]
    return min(present) if present else None


def _provisional_name(actor: Actor) -> str:
    """A Latin-script form when an article gave one, else the romanised smallest form."""
    latin = sorted(f for lang in _LATIN_LANGS for f in actor.names.get(lang, []))
    if latin:
        return latin[0]
    lang, form = min((lang, f) for lang, forms in actor.names.items() for f in forms)
    return romanise(form, lang)


def with_actor_ids(events: list[EventMention], actors: dict[str, Actor]) -> list[EventMention]:
    """Copies of `events` whose people are actor ids instead of article-local ids."""
    return [replace(e, people=[actors[p].id for p in e.people if p in actors]) for e in events]


def same_people(actors: list[Actor]) -> dict[str, str]:
    """Actor id → the id that stands for that person across the partition.

    Provisional actors of one person met in several scripts can carry different ids
    (their phonetic keys differ: «Gebaly» / «جبالي»); within one relationship they are
    joined when their names match across scripts and their countries agree. The result
    depends on the set of actors only, not on the order they arrived in; a registry
    actor stands for its group.
    """
    parent = {a.id: a.id for a in actors}
    by_id = {a.id: a for a in actors}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def forms(a: Actor) -> list[tuple[str, str]]:
        return [(f, lang) for lang, fs in a.names.items() for f in fs] or [(a.name, "en")]

    blocks: dict[str, list[str]] = {}
    for a in actors:
        for form, lang in forms(a):
            for token in name_key(form, lang).split():
                blocks.setdefault(token.lstrip("#"), []).append(a.id)
    for ids in blocks.values():
        ids = sorted(set(ids))
        for i, x in enumerate(ids):
            for y in ids[i + 1:]:
                ax, ay = by_id[x], by_id[y]
                if root(x) == root(y) or (not ax.provisional and not ay.provisional):
                    continue
                if ax.country and ay.country and ax.country != ay.country:
                    continue
                if any(same_name(fx, lx, fy, ly) for fx, lx in forms(ax) for fy, ly in forms(ay)):
                    rx, ry = root(x), root(y)
                    # a registry actor, else one an article named in Latin script (its name is read
                    # as written, not romanised), else the smallest id, stands for the group
                    keep, drop = sorted((rx, ry), key=lambda r: (by_id[r].provisional, not _named_in_latin(by_id[r]), r))
                    parent[drop] = keep
    return {a.id: root(a.id) for a in actors}


def _named_in_latin(actor: Actor) -> bool:
    return any(actor.names.get(lang) for lang in _LATIN_LANGS)
