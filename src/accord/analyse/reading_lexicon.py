"""What the Kazakh tables know, for reading an article written without Cyrillic: the spelling of
the stems whose vowels the Arabic script leaves open, and the words written with a capital.

The Arabic script has no capitals, and the Kazakh rules find countries, places, institutions and
names partly by them («Қазақстан», «Сердар Бердімұхамедов»). The cleanest general fix is to give the
reading the capitals a Cyrillic article would have, from what the tables know, rather than a second,
caseless way through every rule: a sentence's first letter; the capitals of the country, place and
institution names the lexicons hold, found without regard to case; the registry's people; and the
words that follow a title, as the name it introduces. Only the reading is changed; the original
text and every offset into it stay as they were.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from babel import Locale

from accord.analyse.countries import country_matcher, country_names
from accord.analyse.institutions import org_matcher
from accord.analyse.people.lexicon import lexicon
from accord.analyse.places import place_matcher
from accord.analyse.resources import Resources
from accord.lang.arabic_kazakh import KnownSpellings, open_vowels_folded
from accord.lang.data import load
from accord.lang.pack import get_pack

_LANG = "kk"
_TABLES = ("countries", "places", "institutions", "titles", "events", "topics", "time", "pack", "display")
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+(?:-[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n)[\s\"«“'(—–-]*(\w)")
# Initials before a surname: «م.زەمان» М.Земан, «ن.ٵ. نازارباەۆ» Н.Ә. Назарбаев.
_INITIALS = re.compile(r"(?<![\w.])((?:\w\.[ \u00a0]?)+)(\w{3,})")


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


@cache
def _table_words() -> tuple[str, ...]:
    """Every Cyrillic word the Kazakh tables write, as they write it (regular expressions included:
    their letters are words: «кездес\\w*» gives кездес)."""
    words: list[str] = []
    for name in _TABLES:
        for s in _strings(load(_LANG, name)):
            words += _CYRILLIC_WORD.findall(s)
    for names in country_names(_LANG).values():
        for n in names:
            words += _CYRILLIC_WORD.findall(n)
    return tuple(dict.fromkeys(words))


@lru_cache(maxsize=8)
def known_spellings(resources: Resources) -> KnownSpellings:
    """The stems of the tables and of the registry's Kazakh names, by their open-vowel key; a key
    two different spellings share settles nothing."""
    by_key: dict[str, str] = {}
    clash: set[str] = set()
    words = list(_table_words()) + [w for f in resources.registry.name_forms(_LANG)
                                    for w in _CYRILLIC_WORD.findall(f)]
    for word in words:
        spelled = word.lower()
        key = open_vowels_folded(spelled)
        if len(key) < 4:
            continue
        if by_key.setdefault(key, spelled) != spelled:
            clash.add(key)
    return KnownSpellings({k: v for k, v in by_key.items() if k not in clash})


@cache
def _common_words() -> frozenset[str]:
    """Words the tables write in lower case, with the month and day names: what follows a title and
    is not a name («президент ретінде»)."""
    pack = get_pack(_LANG)
    words = {pack.normalise(w) for w in _table_words() if w[:1].islower()}
    locale = Locale.parse(_LANG)
    for context in ("format", "stand-alone"):
        words |= {pack.normalise(m) for m in locale.months[context]["wide"].values()}
        words |= {pack.normalise(d) for d in locale.days[context]["wide"].values()}
    capitals = load(_LANG, "arabic_script").get("capitals", {})
    words |= {pack.normalise(w) for w in capitals.get("not_names_after_titles", [])}
    return frozenset(words | lexicon(_LANG).stop)


def _registry_capitals(text: str, resources: Resources) -> list[int]:
    """The first letter of each word of the registry's people named in full, and of their surnames
    standing alone (one word of five letters or more, with its case ending)."""
    forms = resources.registry.name_forms(_LANG)
    surnames = {f.split()[-1].lower() for f in forms if len(f.split()[-1]) >= 5}
    out: list[int] = []
    for form in sorted(forms, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(form.lower())}", text):
            out += [m.start() + w.start() for w in re.finditer(r"[^\s-]+", form) if w.group()[0].isupper()]
    for surname in surnames:
        out += [m.start() for m in re.finditer(rf"(?<!\w){re.escape(surname)}\w{{0,5}}(?!\w)", text)]
    return out


def _names_after_titles(text: str, taken: bytearray) -> list[int]:
    """The words right after a title, up to three, that are not common words: the name the title
    introduces («президент сердар бердімұхамедов»). A title with a case ending that makes it govern
    the next noun («президентінің жарлығымен») introduces no name."""
    pack, lex = get_pack(_LANG), lexicon(_LANG)
    common = _common_words()
    final = tuple(pack.normalise(w) for w in lex.names.get("phrase_final_suffixes", []))
    tokens = pack.tokens(text)
    starts = [t[0] for t in tokens]
    out: list[int] = []
    for title in lex.titles.find(text):
        if pack.normalise(title.text).endswith(final):
            continue
        k = next((j for j, s in enumerate(starts) if s >= title.end), len(tokens))
        pos = title.end
        for start, end, word in tokens[k:k + 3]:
            gap = text[pos:start]
            if not re.fullmatch(r"[ \u00a0]+", gap) or 1 in taken[start:end] or not word[:1].isalpha():
                break
            if pack.normalise(word) in common or any(c.form in common for c in pack.candidates(word)):
                break
            out.append(start)
            pos = end
            if pack.normalise(word).endswith(final):
                break
    return out


@cache
def _month_after_number() -> re.Pattern[str]:
    locale = Locale.parse(_LANG)
    months = {m.lower() for context in ("format", "stand-alone") for m in locale.months[context]["wide"].values()}
    return re.compile(r"(?<=\d)[ \u00a0]*-?[ \u00a0]*((?:%s)\w*)" % "|".join(sorted(months, key=len, reverse=True)))


def _months_after_numbers(text: str) -> list[tuple[int, int]]:
    """Month names after a day's number, which keep their small letter: «10-қазанында» is in October,
    not in the city of Kazan."""
    return [m.span(1) for m in _month_after_number().finditer(text)]


def _initials(text: str) -> list[int]:
    """The initials and the surname they open («м.земан»); not an abbreviation before a common word
    («т.б. мемлекеттер»: and other states)."""
    pack = get_pack(_LANG)
    common = _common_words()
    out: list[int] = []
    for m in _INITIALS.finditer(text):
        word = m.group(2)
        if pack.normalise(word) in common or any(c.form in common for c in pack.candidates(word)):
            continue
        out += [m.start(1) + k for k, ch in enumerate(m.group(1)) if ch.isalpha()] + [m.start(2)]
    return out


def with_capitals(text: str, resources: Resources) -> str:
    """`text`, a Kazakh reading written without capitals, with the capitals the tables give it."""
    capitals = load(_LANG, "arabic_script").get("capitals", {})
    lower: list[tuple[int, int]] = []
    for phrase in capitals.get("lowercase_phrases", []):
        lower += [m.span() for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]
    pack = get_pack(_LANG)
    pieces = pack.pieces(text)
    # Country, place and institution names: where they stand, nothing after a title is a name.
    taken = bytearray(len(text))
    offsets: list[int] = []
    for matcher in (country_matcher(_LANG), place_matcher(_LANG), org_matcher(_LANG)):
        for m, upper in matcher.find_caseless(text, pieces):
            offsets += upper
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    lower += _months_after_numbers(text)
    offsets = [i for i in offsets if not any(a <= i < b for a, b in lower)]
    offsets += _registry_capitals(text, resources)
    offsets += [m.start(1) for m in _SENTENCE_START.finditer(text)]
    offsets += _names_after_titles(text, taken)
    offsets += _initials(text)
    chars = list(text)
    for i in offsets:
        if len(chars[i].upper()) == 1:
            chars[i] = chars[i].upper()
    return "".join(chars)
