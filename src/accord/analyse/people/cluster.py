"""Clustering: the mentions of one person within one article become one Person."""
from __future__ import annotations

from collections import Counter

from accord.analyse.people.lexicon import ROMAN_RE, best_role
from accord.lang.pack import LanguagePack, get_pack
from accord.model import Person, PersonMention, Span


def _name_key(name: str, pack: LanguagePack) -> tuple[str, ...]:
    words = [pack.normalise(w) for w in name.split()]
    return tuple(w for w in words if w not in pack.particles) or tuple(words)


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name is the other or its tail («Кошанов» ~ «Ерлан Кошанов»); regnal numbers must agree."""
    if not a or not b:
        return False
    if any(ROMAN_RE.fullmatch(w.upper()) for w in (*a, *b)):
        return a == b
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if long_[-len(short):] == short:
        return True
    return len(short) >= 2 and short[0] == long_[0] and short[-1] == long_[-1]


def _country_vote(group: list[PersonMention]) -> str | None:
    """The country most mentions give, a titled mention counting double; ties go to the first seen.
    One stray country (a title misread near a destination) must not outweigh the others."""
    votes: Counter[str] = Counter()
    for m in group:
        if m.country:
            votes[m.country] += 2 if m.title else 1
    return max(votes, key=votes.__getitem__) if votes else None


def cluster_people(mentions: list[PersonMention], lang: str) -> list[Person]:
    """Group the mentions of one person within one article into a Person each."""
    pack = get_pack(lang)
    groups: list[list[PersonMention]] = []
    keys: list[list[tuple[str, ...]]] = []
    # Longest names first, so a lone surname joins the full name it belongs to.
    for m in sorted(mentions, key=lambda m: (-len(m.name.split()), m.start)):
        key = _name_key(m.name, pack)
        for i, group_keys in enumerate(keys):
            if any(_same_person(key, k) for k in group_keys):
                groups[i].append(m)
                group_keys.append(key)
                break
        else:
            groups.append([m])
            keys.append([key])
    groups.sort(key=lambda g: min(m.start for m in g))
    people = []
    for n, group in enumerate(groups, 1):
        group.sort(key=lambda m: m.start)
        names = list(dict.fromkeys(m.name for m in group))
        counts = {name: sum(m.name == name for m in group) for name in names}
        best = max(names, key=lambda s: (len(s.split()), counts[s]))
        real_roles = [m.role for m in group if m.role != "photo_credit"]
        people.append(Person(
            id=f"p{n}", name=best,
            names=[s for s in dict.fromkeys([*names, *(m.text for m in group)]) if s != best],
            role=best_role(real_roles) or best_role([m.role for m in group]),
            country=_country_vote(group),
            mentions=[Span(m.start, m.end) for m in group]))
    return people
