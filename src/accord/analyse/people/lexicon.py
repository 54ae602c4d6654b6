"""What the people passes look words up in: the titles, roles and name lists of `titles.toml`,
compiled once per language, and the one ranking of roles (`lang/roles.toml`)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale

from accord.analyse.countries import country_names
from accord.lang.data import load
from accord.lang.pack import PhraseMatcher, get_pack
from accord.lang.roles import ranking
from accord.names.compound import join_compound_names

# Most specific first: when a person carries several roles, the first one wins (lang/roles.toml).
ROLE_PRIORITY = ranking()
ROMAN_RE = re.compile(r"[IVXLC]+")
ARABIC_RE = re.compile(r"[\u0600-\u06FF]")
LATIN_CYR_RE = re.compile(r"[A-Za-zÀ-ÿЀ-ӿ]")


@dataclass(frozen=True)
class Title:
    role: str       # a role code, "" (honorific), or head / head:president / deputy / member
    org: str
    country: str


@dataclass
class Lexicon:
    titles: PhraseMatcher
    roles: dict
    names: dict
    stop: frozenset[str]
    given: frozenset[str]
    particles: frozenset[str]
    photo_credit: frozenset[str]
    title_heads: frozenset[str]     # normalised first words of the title forms
    country_words: frozenset[str]   # normalised one-word country names, to tell a case suffix from the name


@cache
def lexicon(lang: str) -> Lexicon:
    """The titles, roles and name lists of `lang`, compiled."""
    pack = get_pack(lang)
    data = load(lang, "titles")
    entries = []
    for role, org, country, *forms in data.get("titles", []):
        entries += [(f, Title(role, org, country), False) for f in forms]
    names = data.get("names", {})
    # «minister of agriculture», «وزير الزراعة»: portfolios × the patterns that name a minister of one,
    # or his deputy («deputy minister of energy»).
    for role, patterns in (("minister", "portfolio_titles"), ("deputy_minister", "deputy_portfolio_titles")):
        entries += [(pattern.format(p), Title(role, "ministry", ""), False)
                    for pattern in names.get(patterns, []) for p in names.get("portfolios", [])]
    # «le ministre italien des Affaires étrangères»: the country adjective stands inside the title.
    adjectives = load(lang, "countries").get("adjectives", {})
    # the press's own names of countries («Мажарстан» beside CLDR's «Венгрия») are names too, whatever they end in
    aliases = load(lang, "countries").get("aliases", {})
    for role, org, pattern in names.get("country_titles", []):
        entries += [(pattern.format(a), Title(role, org, code), False)
                    for code, forms in adjectives.items() for a in forms]
    locale = Locale.parse(lang)
    calendar_words: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            calendar_words |= set(locale.months[context][width].values())
            calendar_words |= set(locale.days[context][width].values())
    stop = {pack.normalise(w) for w in [*names.get("not_names", []), *names.get("name_stop", []), *calendar_words]}
    # A compound given name («عبد القادر») is known by its first word too, and written as one word
    # («عبدالفتاح»: the press joins the head of a compound onto the word after it as often as not).
    given = {pack.normalise(w) for g in names.get("given_names", []) for w in (g, g.split()[0])}
    given |= {"".join(joined) for g in names.get("given_names", [])
              if len(joined := join_compound_names([pack.normalise(w) for w in g.split()], lang)) == 1}
    heads = frozenset(pack.normalise(p[0][2]) for f, _, _ in entries if (p := pack.pieces(f)))
    return Lexicon(PhraseMatcher(pack, entries), data.get("roles", {}), names, frozenset(stop),
                    frozenset(given), frozenset(pack.particles | {w.casefold() for w in names.get("particles", [])}),
                    frozenset(pack.normalise(w) for w in names.get("photo_credit", [])), heads,
                    frozenset(pack.normalise(n) for ns in [*country_names(lang).values(), *aliases.values()]
                              for n in ns if " " not in n))


def best_role(roles: list[str | None]) -> str | None:
    """The most specific of `roles`."""
    known = [r for r in roles if r]
    return min(known, key=lambda r: ROLE_PRIORITY.index(r) if r in ROLE_PRIORITY else len(ROLE_PRIORITY),
               default=None)
