"""Clustering: the mentions of one person within one article become one Person."""
from __future__ import annotations

from collections import Counter

from accord.analyse.people.lexicon import ROMAN_RE, best_role
from accord.lang.pack import LanguagePack, get_pack
from accord.model import Person, PersonMention, Span
from accord.names.compound import join_compound_names


def _name_key(name: str, pack: LanguagePack, lang: str) -> tuple[str, ...]:
    # «عبد الله الثاني» and «عبدالله الثاني» are one name: a compound given name is one word
    words = join_compound_names([pack.normalise(w) for w in name.split()], lang)
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
    if len(short) >= 2 and long_[:len(short)] == short:
        return True     # «محمد بن زايد» ~ «محمد بن زايد آل نهيان»: the name without its family name
    return len(short) >= 2 and short[0] == long_[0] and short[-1] == long_[-1]


def _country_vote(group: list[PersonMention]) -> str | None:
    """The country most mentions give, a titled mention counting double; ties go to the first seen.
    One stray country (a title misread near a destination) must not outweigh the others."""
    votes: Counter[str] = Counter()
    for m in group:
        if m.country:
            votes[m.country] += 2 if m.title else 1
    return max(votes, key=votes.__getitem__) if votes else None


# Offices one person does not hold together: a given name titled with one of them is not the person
# titled with another.
# A monarch is one too: «King Abdullah» is not the foreign minister «Abdullah bin Zayed».
_SINGLE_OFFICES = frozenset({"president", "vice_president", "head_of_government", "speaker", "foreign_minister",
                             "king"})


def _other_office(lone: list[PersonMention], owner: list[PersonMention]) -> bool:
    """«ورئيس الوزراء محمد …، ورئيس مجلس النواب محمد الحلبوسي»: the prime minister called by his given
    name is not the speaker whose full name starts with it."""
    mine = {m.role for m in lone if m.title and m.role in _SINGLE_OFFICES}
    theirs = {m.role for m in owner if m.title and m.role in _SINGLE_OFFICES}
    return bool(mine and theirs and not mine & theirs)


def _join_given_names(groups: list[list[PersonMention]], keys: list[list[tuple[str, ...]]]) -> None:
    """«الأمير تميم», «الملك عبدالله»: a name of one word that starts the full name of exactly one
    person of the article is that person, called by the given name."""
    for i in range(len(groups) - 1, -1, -1):
        if any(len(k) != 1 for k in keys[i]):
            continue
        word = keys[i][0][0]
        owners = [j for j, ks in enumerate(keys) if j != i and any(len(k) >= 2 and k[0] == word for k in ks)]
        if len({keys[j][0] for j in owners}) == 1 and len(owners) == 1 and not ROMAN_RE.fullmatch(word.upper()):
            (j,) = owners
            if _other_office(groups[i], groups[j]):
                continue
            groups[j] += groups[i]
            keys[j] += keys[i]
            del groups[i], keys[i]


def cluster_people(mentions: list[PersonMention], lang: str) -> list[Person]:
    """Group the mentions of one person within one article into a Person each."""
    pack = get_pack(lang)
    groups: list[list[PersonMention]] = []
    keys: list[list[tuple[str, ...]]] = []
    # Longest names first, so a lone surname joins the full name it belongs to.
    for m in sorted(mentions, key=lambda m: (-len(m.name.split()), m.start)):
        key = _name_key(m.name, pack, lang)
        for i, group_keys in enumerate(keys):
            if any(_same_person(key, k) for k in group_keys):
                groups[i].append(m)
                group_keys.append(key)
                break
        else:
            groups.append([m])
            keys.append([key])
    _join_given_names(groups, keys)
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
