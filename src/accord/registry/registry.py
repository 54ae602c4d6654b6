"""The actor registry: who held which post when, with names in every script.

Resolution goes through an index from name-token keys to person ids, so a name
is compared only with the few people who share a token with it. Context (a
role that fits one of the person's memberships in that country at that date)
raises confidence, and is required before a bare surname resolves.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from accord.edtf import EDTFError, Interval, intersects, interval, single_bounds
from accord.model import Actor
from accord.names import (
    SAME_NAME_THRESHOLD,
    name_compatible,
    name_key,
    name_similarity,
    name_tokens,
    romanise,
    written_as,
)
from accord.registry.popolo import (
    OtherName,
    PopoloData,
    PopoloMembership,
    PopoloOrganization,
    PopoloPerson,
    dump,
    parse,
)

# A full-name match alone is worth at most this much; a role that fits one of
# the person's memberships adds the rest, a stated role that fits none of them
# takes a little away (people change posts, so it does not rule them out).
_NAME_ONLY_WEIGHT = 0.9
_ROLE_FIT_BONUS = 0.1
_ROLE_MISFIT_PENALTY = 0.05
# A partial name (surname alone, initial + surname) with a fitting role: the
# context carries most of the weight.
_PARTIAL_BASE = 0.7
# Two candidates closer than this are a tie: better no answer than a guess.
_TIE = 0.02
# The analysis reads «crown prince», «ولي العهد», «наследный принц» as the title "king" (titles.toml):
# that role fits a crown prince's membership too.
_FITTING_ROLES = {"king": frozenset({"king", "crown_prince"})}


def _full_names_in(person: PopoloPerson, lang: str) -> list[str]:
    """The person's names of two words or more written in `lang`, and in Latin script for French and
    English: the forms a text may name the person by."""
    latin = lang in ("fr", "en")
    return [n.name for n in person.other_names
            if (n.lang == lang or (latin and n.lang in ("en", "fr"))) and len(n.name.split()) >= 2]


def _bounds(value: str | None, end: bool) -> date | None:
    if not value:
        return None
    lo, hi = single_bounds(value)
    return hi if end else lo


def membership_interval(m: PopoloMembership) -> Interval:
    """Days a membership covers; a missing end is open (still in office)."""
    return _bounds(m.start_date, end=False), _bounds(m.end_date, end=True)


def _when_interval(when: str | None) -> Interval | None:
    if when is None:
        return None
    try:
        return interval(when)
    except EDTFError as exc:
        raise ValueError(f"resolve: 'when' must be an EDTF date or interval, got {when!r}") from exc


def _overlap_days(a: Interval, b: Interval) -> int:
    lo = max((d for d in (a[0], b[0]) if d), default=None)
    hi = min((d for d in (a[1], b[1]) if d), default=None)
    if lo is None or hi is None:
        return 1
    return max((hi - lo).days + 1, 0)


@lru_cache(maxsize=1)
def _seed() -> dict[str, Any]:
    """Every `*.popolo.json` in the package's data folder, as one Popolo document.

    `seed.popolo.json` comes first, the others in name order; their lists are concatenated,
    so a later file may add memberships to a person of an earlier one.
    """
    folder = resources.files("accord.registry").joinpath("data")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".popolo.json")),
                   key=lambda f: (f.name != "seed.popolo.json", f.name))
    merged: dict[str, list[Any]] = {"persons": [], "organizations": [], "posts": [], "memberships": []}
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        for key, records in merged.items():
            records.extend(data.get(key, []))
    return merged


class Registry:
    """Persons, organizations, posts and memberships (Popolo), indexed by name keys."""

    def __init__(self, data: PopoloData | None = None) -> None:
        self._persons: dict[str, PopoloPerson] = {}
        self._orgs: dict[str, PopoloOrganization] = {}
        self._posts: dict[str, Any] = {}
        self._memberships: list[PopoloMembership] = []
        self._by_person: dict[str, list[PopoloMembership]] = defaultdict(list)
        self._index: dict[str, set[str]] = defaultdict(set)
        if data is not None:
            self._add(data)

    # ---------------------------------------------------------------- loading

    @classmethod
    def load_default(cls) -> Registry:
        """The seed registry shipped with accord.

        The file is read once; each call returns a registry of its own, so
        provisional actors added by one caller do not leak into another's.
        """
        return cls.from_popolo(_seed())

    @classmethod
    def from_popolo(cls, data: dict[str, Any]) -> Registry:
        return cls(parse(data))

    def to_popolo(self) -> dict[str, Any]:
        return dump(PopoloData(list(self._persons.values()), list(self._orgs.values()),
                               list(self._posts.values()), list(self._memberships)))

    def merge(self, other: Registry) -> Registry:
        """Add everything of `other` to this registry (a person known to both gains its names); returns self."""
        for person in other._persons.values():
            mine = self._persons.get(person.id)
            if mine is None:
                self._add_person(PopoloPerson(**{**person.__dict__, "other_names": list(person.other_names)}))
                continue
            for other_name in person.other_names:
                self._add_name(mine, other_name)
            mine.country = mine.country or person.country
            mine.role = mine.role or person.role
        for org in other._orgs.values():
            self._orgs.setdefault(org.id, org)
        for post in other._posts.values():
            self._posts.setdefault(post.id, post)
        known = {self._membership_key(m) for m in self._memberships}
        for m in other._memberships:
            if self._membership_key(m) not in known:
                self._add_membership(m)
        return self

    def add_actors(self, actors: Iterable[Actor]) -> None:
        """Add person actors kept elsewhere (a store's provisional actors); a known id gains the names."""
        for actor in actors:
            if actor.kind != "person":
                continue
            names = [OtherName(form, lang) for lang, forms in actor.names.items() for form in forms]
            names += [OtherName(alias) for alias in actor.aliases]
            mine = self._persons.get(actor.id)
            if mine is None:
                self._add_person(PopoloPerson(actor.id, actor.name, [], [], actor.country, actor.provisional,
                                              actor.role if actor.provisional else None))
                mine = self._persons[actor.id]
            for other_name in names:
                self._add_name(mine, other_name)

    def add_name(self, actor_id: str, name: str, lang: str | None) -> None:
        """Record one more form of a person's name (as met in an article), so later look-ups find it."""
        person = self._persons.get(actor_id)
        if person is None:
            raise KeyError(f"add_name: no person {actor_id!r} in the registry")
        if isinstance(name, str) and name.strip():
            self._add_name(person, OtherName(name, lang))

    def _add(self, data: PopoloData) -> None:
        for org in data.organizations:
            self._orgs[org.id] = org
        for post in data.posts:
            self._posts[post.id] = post
        for person in data.persons:
            self._add_person(person)
        for m in data.memberships:
            self._add_membership(m)

    def _add_person(self, person: PopoloPerson) -> None:
        self._persons[person.id] = person
        for form, lang in self._forms(person):
            self._index_form(person.id, form, lang)

    def _add_membership(self, m: PopoloMembership) -> None:
        self._memberships.append(m)
        self._by_person[m.person_id].append(m)

    @staticmethod
    def _membership_key(m: PopoloMembership) -> tuple:
        return m.person_id, m.organization_id, m.post_id, m.role, m.start_date, m.end_date

    def _add_name(self, person: PopoloPerson, other_name: OtherName) -> None:
        if any(n.name == other_name.name and n.lang == other_name.lang for n in person.other_names):
            return
        person.other_names.append(other_name)
        self._index_form(person.id, other_name.name, other_name.lang)

    def _index_form(self, person_id: str, form: str, lang: str | None) -> None:
        for token in name_tokens(form, lang):
            if token.particle or token.initial:
                continue
            for key in token.keys:
                self._index[key].add(person_id)

    @staticmethod
    def _forms(person: PopoloPerson) -> list[tuple[str, str | None]]:
        return [(person.name, None)] + [(n.name, n.lang) for n in person.other_names]

    def name_forms(self, lang: str) -> list[str]:
        """The full names (two words or more) people are written with in `lang`, and in Latin script
        for French and English: what a text may name them by, to find them where rules do not."""
        return sorted({name for p in self._persons.values() for name in _full_names_in(p, lang)})

    def holders_forms(self, lang: str, roles: tuple[str, ...]) -> list[tuple[str, str, str | None, str]]:
        """(full name as written in `lang`, person id, country, role) of every person who held one of
        `roles`, the first of `roles`' order they held: a head of state a text may name by the
        surname alone («ووصل ماكرون»), once the article has said which countries it is about."""
        out = []
        for person in self._persons.values():
            held = {self._term_role(m) for m in self._by_person.get(person.id, [])}
            role = next((r for r in roles if r in held), None)
            if role is not None:
                out += [(name, person.id, person.country, role) for name in _full_names_in(person, lang)]
        return out

    # ---------------------------------------------------------------- actors

    def actor(self, actor_id: str) -> Actor | None:
        """The person or organization with this id, as an Actor; None if unknown."""
        if actor_id in self._persons:
            return self._person_actor(self._persons[actor_id])
        if actor_id in self._orgs:
            return self._org_actor(self._orgs[actor_id])
        return None

    def actors(self, kind: str | None = None) -> list[Actor]:
        """All actors, or only those of one kind ("person" or "organization")."""
        out: list[Actor] = []
        if kind in (None, "person"):
            out += [self._person_actor(p) for p in self._persons.values()]
        if kind in (None, "organization"):
            out += [self._org_actor(o) for o in self._orgs.values()]
        return out

    def memberships_of(self, person_id: str) -> list[PopoloMembership]:
        return list(self._by_person.get(person_id, []))

    def _person_actor(self, person: PopoloPerson, when: Interval | None = None) -> Actor:
        """The person as an Actor; the role is that of the latest post held during `when` (an article
        of 2016 names Tokayev the Senate's chairman, not the president), else the latest post."""
        names: dict[str, list[str]] = {}
        for n in person.other_names:
            if n.lang:
                names.setdefault(n.lang, []).append(n.name)
        aliases = [n.name for n in person.other_names if not n.lang]
        terms = sorted(self._by_person.get(person.id, []), key=lambda m: m.start_date or "")
        if when is not None:
            terms = [m for m in terms if intersects(when, membership_interval(m))] or terms
        role = person.role or (self._term_role(terms[-1]) if terms else None)
        return Actor(person.id, "person", person.name, names, aliases, role, person.country, person.provisional)

    def _term_role(self, m: PopoloMembership) -> str | None:
        """The role a membership gives: its own, else its post's."""
        post = self._posts.get(m.post_id) if m.post_id else None
        return m.role or (post.role if post else None)

    @staticmethod
    def _org_actor(org: PopoloOrganization) -> Actor:
        names: dict[str, list[str]] = {}
        for n in org.other_names:
            if n.lang:
                names.setdefault(n.lang, []).append(n.name)
        aliases = [n.name for n in org.other_names if not n.lang]
        return Actor(org.id, "organization", org.name, names, aliases, org.classification, org.country, False)

    # ------------------------------------------------------------- resolution

    def _candidates(self, name: str, lang: str | None) -> set[str]:
        """People who share a surname-like key with the name, or two tokens.

        A shared given-name group alone (every Mohammed) does not make a
        candidate: in a large registry it would mean thousands of them.
        """
        shared: dict[str, set[int]] = defaultdict(set)
        plain: set[str] = set()
        for i, token in enumerate(name_tokens(name, lang)):
            if token.particle or token.initial:
                continue
            for key in token.keys:
                ids = self._index.get(key, ())
                for person_id in ids:
                    shared[person_id].add(i)
                if not key.startswith("#"):
                    plain.update(ids)
        return {pid for pid, tokens in shared.items() if pid in plain or len(tokens) >= 2}

    def _role_fits(self, person: PopoloPerson, role: str, country: str | None, when: Interval | None) -> bool:
        """Whether the person held `role` (in `country`, during `when`) by the registry's memberships."""
        if person.provisional and person.role == role:
            return country is None or person.country in (None, country)
        fitting = _FITTING_ROLES.get(role, frozenset({role}))
        for m in self._by_person.get(person.id, []):
            if self._term_role(m) not in fitting:
                continue
            org = self._orgs.get(m.organization_id)
            if country and org is not None and org.country and org.country != country:
                continue
            if when is not None and not intersects(when, membership_interval(m)):
                continue
            return True
        return False

    def resolve_person(
        self,
        name: str,
        lang: str | None,
        *,
        role: str | None = None,
        country: str | None = None,
        when: str | None = None,
    ) -> tuple[Actor, float] | None:
        """The registry person a name (with its context) refers to, and a confidence in [0, 1].

        A full name resolves by its form alone; a fitting role (a membership
        with that role, in `country`, overlapping the EDTF `when`) raises the
        confidence. A partial name (a surname, an initial and a surname)
        resolves only when the role fits. A person of another country never
        matches. Two candidates with nearly the same confidence give None.
        """
        if not isinstance(name, str):
            raise ValueError(f"resolve_person: a name must be a string, not {type(name).__name__}")
        window = _when_interval(when)
        scored: list[tuple[float, str]] = []
        for person_id in self._candidates(name, lang):
            person = self._persons[person_id]
            if country and person.country and person.country != country:
                continue
            forms = self._forms(person)
            # a form the name holds only as scattered words («Asif Ali Zardari» and «Yousef bin Alawi»)
            # is a partial match: it needs a fitting role, as a surname alone does
            similarity = max((name_similarity(name, lang, form, form_lang) for form, form_lang in forms
                              if written_as(name, lang, form, form_lang)), default=0.0)
            fits = role is not None and self._role_fits(person, role, country, window)
            if similarity >= SAME_NAME_THRESHOLD:
                confidence = _NAME_ONLY_WEIGHT * similarity
                confidence += _ROLE_FIT_BONUS if fits else -_ROLE_MISFIT_PENALTY if role else 0.0
            elif fits and any(name_compatible(name, form, lang, form_lang) for form, form_lang in forms):
                similarity = max(name_similarity(name, lang, form, form_lang) for form, form_lang in forms)
                confidence = _PARTIAL_BASE + 0.2 * similarity
            else:
                continue
            scored.append((min(confidence, 1.0), person_id))
        if not scored:
            return None
        scored.sort(reverse=True)
        if len(scored) > 1 and scored[0][0] - scored[1][0] < _TIE:
            return None
        confidence, person_id = scored[0]
        return self._person_actor(self._persons[person_id], window), round(confidence, 3)

    def resolve_post(
        self,
        role: str,
        country: str,
        org_kind: str | None = None,
        when: str | None = None,
    ) -> tuple[Actor, float] | None:
        """Who held a post: «the speaker of the upper chamber of MA in 2025» with no name given.

        `org_kind` is an organization classification (lower_chamber,
        upper_chamber, government...); `when` an EDTF date or interval, or
        None for the holder now (a membership without an end). Where several
        people held it during `when`, the one in office longest in that window
        wins, with a confidence reduced to that share.
        """
        window = _when_interval(when)
        overlap: dict[str, int] = defaultdict(int)
        latest_start: dict[str, date] = {}
        for m in self._memberships:
            if self._term_role(m) != role:
                continue
            org = self._orgs.get(m.organization_id)
            if org is None or org.country != country or (org_kind and org.classification != org_kind):
                continue
            term = membership_interval(m)
            if window is None:
                if term[1] is not None:
                    continue
                days = 1
            elif not intersects(window, term):
                continue
            else:
                days = _overlap_days(window, term)
            overlap[m.person_id] += days
            latest_start[m.person_id] = max(latest_start.get(m.person_id, date.min), term[0] or date.min)
        if not overlap:
            return None
        best = max(overlap, key=lambda pid: (overlap[pid], latest_start[pid]))
        share = overlap[best] / sum(overlap.values())
        return self._person_actor(self._persons[best], window), round(0.9 * share, 3)

    # ------------------------------------------------------------ provisional

    def add_provisional(self, name: str, lang: str, role: str | None = None, country: str | None = None) -> Actor:
        """A person found in an article and not in the registry, kept so later articles can meet them.

        A provisional person already met under another form of the same name
        (another script, another order) is returned with this form added.
        Otherwise the id is `prov-` and a hash of the name's phonetic key, so
        the same person met first in Arabic or first in Russian gets the same
        id; the readable name is the romanised form.
        """
        if not isinstance(name, str) or not name_tokens(name, lang):
            raise ValueError(f"add_provisional: not a personal name: {name!r}")
        for person_id in sorted(self._candidates(name, lang)):
            person = self._persons[person_id]
            if not person.provisional or (country and person.country and person.country != country):
                continue
            if max(name_similarity(name, lang, f, fl) for f, fl in self._forms(person)) >= SAME_NAME_THRESHOLD:
                self._add_name(person, OtherName(name, lang))
                person.country = person.country or country
                person.role = person.role or role
                return self._person_actor(person)
        key = name_key(name, lang)
        person_id = "prov-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
        if person_id in self._persons:
            # Same key, another person (another country): the country tells them apart.
            person_id = "prov-" + hashlib.sha1(f"{key}|{country or ''}".encode()).hexdigest()[:12]
        person = PopoloPerson(person_id, romanise(name, lang), [OtherName(name, lang)], [], country, True, role)
        self._add_person(person)
        return self._person_actor(person)


@lru_cache(maxsize=4)
def load_registry(paths: tuple[str, ...] = ()) -> Registry:
    """The seed registry merged with the Popolo JSON files at `paths`, read once per process for
    read-only look-ups; never add to it."""
    registry = Registry.load_default()
    for path in paths:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"registry: cannot read Popolo JSON {path!r}: {exc}") from exc
        registry.merge(Registry.from_popolo(data))
    return registry
