"""Country mentions: names, official long forms, adjectives, peoples and capitals.

Names come from CLDR (babel) and official names from pycountry for every country;
the per-language `countries.toml` adds short forms, adjectives and peoples, which
CLDR lacks. Capitals come from `places.toml` (the first city of each country).
Matching goes through the language pack, so inflected and clitic forms are found
(«Казахстана», «Мароккомен», «بالمغرب», «марокканских»).
"""
from __future__ import annotations

import gettext
import re
from functools import cache

import pycountry
from babel import Locale

from accord.lang.data import load
from accord.lang.pack import LanguagePack, Match, PhraseMatcher, get_pack
from accord.model import CountryMention

_SENTENCE_START_RE = re.compile(r"(?:^|[.!?؟…\n]\s*|[«\"“]\s*)$")


@cache
def country_names(lang: str) -> dict[str, list[str]]:
    """ISO code → names in `lang` (CLDR name first, then the official name)."""
    territories = Locale.parse(lang).territories
    official = _official_translator(lang)
    plain = {code: _BRACKET_RE.sub(" ", name).split() for code, name in territories.items()}
    plain = {code: " ".join(words) for code, words in plain.items()}
    out: dict[str, list[str]] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        names = []
        if code in territories:
            names.append(plain[code])
            names += _bracket_alternatives(territories[code], code, plain)
        long_name = getattr(country, "official_name", None)
        # A translated official name that is another country's name is a slip of the translation.
        if long_name and official(long_name) not in (other for c, other in plain.items() if c != code):
            names.append(official(long_name))
        out[code] = [n for n in dict.fromkeys(names) if n]
    return out


_BRACKET_RE = re.compile(r"\(([^()]*)\)")


def _bracket_alternatives(name: str, code: str, plain: dict[str, str]) -> list[str]:
    """CLDR writes some names with an alternative in brackets, «Myanmar (Burma)», but others
    with the sovereign or status of a territory, «Виргинские о-ва (США)», «Гонконг (САР)»,
    or a part of the name, «Cocos (Keeling) Islands»: only a closing bracket that names no
    other country and is no abbreviation is another name of the country."""
    match = _BRACKET_RE.search(name)
    if not match or name[match.end():].strip():
        return []
    alternative = match.group(1).strip()
    if alternative.isupper() or any(other == alternative for c, other in plain.items() if c != code):
        return []
    return [alternative]


def _official_translator(lang: str):
    if lang == "en":
        return lambda s: s
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
    except OSError:
        return lambda s: s


@cache
def _matcher(lang: str) -> tuple[PhraseMatcher, dict]:
    pack = get_pack(lang)
    data = load(lang, "countries")
    entries: list[tuple[str, tuple[str, str], bool]] = []
    for code, names in country_names(lang).items():
        entries += [(n, (code, "name"), False) for n in names]
    for code, names in data.get("aliases", {}).items():
        entries += [(n, (code, "name"), False) for n in names]
    for code, forms in data.get("adjectives", {}).items():
        entries += [(f, (code, "adjective"), True) for f in forms]
    for code, forms in data.get("peoples", {}).items():
        entries += [(f, (code, "people"), True) for f in forms]
    for code, cities in load(lang, "places").get("cities", {}).items():
        if cities:
            entries.append((cities[0], (code, "capital"), False))
    return PhraseMatcher(pack, entries), data.get("ambiguity", {})


@cache
def _see_edges(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The words that make a capital a see («Рим Папасы», «بابا روما», «the Pope of Rome»): the
    Pope's title names the Holy See, not the city's country (`places.toml` see_before, see_after)."""
    data = load(lang, "places")
    before = [re.escape(w) for w in data.get("see_before", [])]
    after = [re.escape(w) for w in data.get("see_after", [])]
    return (re.compile(rf"(?<!\w)(?:{'|'.join(before)})\s*$", re.IGNORECASE) if before else None,
            re.compile(rf"\s*(?:{'|'.join(after)})(?!\w)", re.IGNORECASE) if after else None)


def find_countries(text: str, lang: str) -> list[CountryMention]:
    """Every country mention in `text`, in text order."""
    matcher, ambiguity = _matcher(lang)
    pack = get_pack(lang)
    pieces = pack.pieces(text)
    rules = _Rules(pack, ambiguity, text, pieces)
    see_before, see_after = _see_edges(lang)
    out = []
    for m in matcher.find(text, pieces, accept=rules.accept):
        code, form = m.payload
        if form == "capital" and ((see_before and see_before.search(text[max(0, m.start - 30):m.start]))
                                  or (see_after and see_after.match(text, m.end))):
            continue
        if form == "adjective" and rules.capitalised_people and m.text[:1].isupper() \
                and not _SENTENCE_START_RE.search(text[:m.start]):
            form = "people"
        out.append(CountryMention(m.start, m.end, m.text, code, form))
    return _resolve_homographs(out, ambiguity.get("homographs", {}), pack)


def _resolve_homographs(mentions: list[CountryMention], homographs: dict, pack: LanguagePack) -> list[CountryMention]:
    """A name two countries share («عمان»: Oman, or Amman in Jordan) is read as the country the
    article's unambiguous mentions name more often; a tie keeps the reading the matcher gave."""
    readings = {pack.normalise(name): choices for name, choices in homographs.items()}

    def reading(m: CountryMention) -> dict | None:
        # the name with a clitic glued on is the same name («لعمان», "to Amman")
        return next((readings[s] for s in (pack.normalise(m.text), *pack.strip_clitics(pack.normalise(m.text)))
                     if s in readings), None) if " " not in m.text else readings.get(pack.normalise(m.text))

    shared = [m for m in mentions if reading(m)]
    if not shared:
        return mentions
    support: dict[str, int] = {}
    for m in mentions:
        if not reading(m):
            support[m.code] = support.get(m.code, 0) + 1
    out = []
    for m in mentions:
        choices = reading(m)
        if choices:
            best = max(choices, key=lambda code: (support.get(code, 0), code == m.code))
            m = CountryMention(m.start, m.end, m.text, best, str(choices[best]))
        out.append(m)
    return out


class _Rules:
    """The ambiguity rules of `countries.toml` applied to one candidate match."""

    def __init__(self, pack: LanguagePack, ambiguity: dict, text: str, pieces: list) -> None:
        self.pack, self.text, self.pieces = pack, text, pieces
        self.not_initial = {pack.normalise(w) for w in ambiguity.get("not_sentence_initial", [])}
        self.only_longer = {pack.normalise(w) for w in ambiguity.get("only_in_longer", [])}
        self.given_names = {pack.normalise(w) for w in ambiguity.get("given_names", [])}
        self.language_words = {pack.key(w) for w in ambiguity.get("language_words", [])}
        self.capitalised_people = bool(ambiguity.get("capitalised_adjective_is_people", False))

    def _bases(self, i: int) -> set[str]:
        if 0 <= i < len(self.pieces):
            return {c.form for c in self.pack.candidates(self.pieces[i][2])}
        return set()

    def accept(self, m: Match) -> bool:
        surface = self.pack.normalise(m.text)
        if m.first_piece == m.last_piece and self.only_longer & self._bases(m.first_piece):
            return False
        if surface in self.not_initial and _SENTENCE_START_RE.search(self.text[:m.start]):
            return False
        code, form = m.payload
        if form in ("adjective", "people") and self.language_words & (
                self._bases(m.last_piece + 1) | self._bases(m.first_piece - 1)):
            return False   # «Kazakh language», «на казахском языке», «اللغة الفرنسية»
        if surface in self.given_names and self._next_is_capitalised(m):
            return False   # «Chad Smith»
        return True

    def _next_is_capitalised(self, m: Match) -> bool:
        i = m.last_piece + 1
        if i >= len(self.pieces):
            return False
        gap = self.text[self.pieces[m.last_piece][1]:self.pieces[i][0]]
        return gap.strip() == "" and self.pieces[i][2][:1].isupper()


def country_matcher(lang: str) -> PhraseMatcher:
    """The phrase matcher of every country name, adjective, people and capital of `lang`."""
    return _matcher(lang)[0]
