"""Every name accord knows for one thing, in every script: cities (lang/<code>/places.toml),
landmarks (lang/landmarks.toml), countries (CLDR through babel) and the registry's people.

`forms_of("Astana")` → «Астана», «أستانا», «Astana», …; `landmark_name(place, "en")` → the
landmark's name in the reader's language. Cities are listed per language without a shared key:
names of one country are the same city when their romanisations match (accord.names.same_name).
"""
from __future__ import annotations

from functools import cache

from rapidfuzz import fuzz

from accord.lang.data import load, load_shared
from accord.model import LANGUAGES
from accord.names.match import same_name
from accord.names.romanise import romanise, script_of

MIN_SPELLING = 75       # rapidfuzz ratio of two romanisations: «Astanu»/«Istana» 83, «Koshanov»/«Kishinyov» 59

Form = tuple[str, str]          # (language, name as written)


def _lang_of(text: str) -> str | None:
    """A language for a name typed on its own: its script says enough for romanisation."""
    return {"arabic": "ar", "cyrillic": "ru"}.get(script_of(text))


@cache
def _cities() -> dict[str, tuple[Form, ...]]:
    """Country → every city name of every language."""
    out: dict[str, list[Form]] = {}
    for lang in LANGUAGES:
        for country, names in load(lang, "places").get("cities", {}).items():
            out.setdefault(country, []).extend((lang, n) for n in names)
    return {country: tuple(forms) for country, forms in out.items()}


@cache
def _landmarks() -> tuple[tuple[Form, ...], ...]:
    """Each landmark's canonical names and the written forms its `buildings` entries list."""
    buildings: dict[tuple[str, str], list[str]] = {}
    for lang in LANGUAGES:
        for canonical, _country, *forms in load(lang, "places").get("buildings", []):
            buildings[(lang, canonical.casefold())] = forms
    out = []
    for entry in load_shared("landmarks").get("landmark", []):
        forms: list[Form] = []
        for lang in LANGUAGES:
            if lang in entry:
                forms.append((lang, entry[lang]))
                forms += [(lang, f) for f in buildings.get((lang, entry[lang].casefold()), [])]
        out.append(tuple(dict.fromkeys(forms)))
    return tuple(out)


@cache
def _countries() -> tuple[tuple[Form, ...], ...]:
    from accord.analyse.countries import country_names

    by_code: dict[str, list[Form]] = {}
    for lang in LANGUAGES:
        for code, names in country_names(lang).items():
            by_code.setdefault(code, []).extend((lang, n) for n in names)
    return tuple(tuple(forms) for forms in by_code.values())


@cache
def _people() -> tuple[tuple[Form, ...], ...]:
    from accord.registry.registry import load_registry

    out = []
    for actor in load_registry().actors(kind="person"):
        forms = [("en", actor.name)] + [(lang, f) for lang, names in actor.names.items() for f in names]
        out.append(tuple(dict.fromkeys((lang if lang in LANGUAGES else "en", f) for lang, f in forms)))
    return tuple(out)


def _folded(text: str) -> str:
    return " ".join(text.casefold().replace("-", " ").split())


def _names(text: str, form: Form, surname_alone: bool = False, exact: bool = False) -> bool:
    """Does `text` (typed by a reader) name what `form` names? Exactly, or by romanisation; a single
    word may be a person's surname («Koshanov» for «Ерлан Кошанов»)."""
    lang, name = form
    if _folded(text) == _folded(name):
        return True
    if exact:
        return False
    if surname_alone and " " not in text.strip() and " " in name:
        name = name.split()[-1]
    if len(name) < 3:           # «I» of «Juan Carlos I» names nothing alone
        return False
    try:
        if not same_name(text, _lang_of(text), name, lang):
            return False
    except ZeroDivisionError:   # a name of punctuation alone has no tokens to compare
        return False
    # phonetic keys drop vowels (Кошанов and Кишинёв share k-sh-n-v): the spelling must agree too
    return fuzz.ratio(romanise(text, _lang_of(text)).casefold(), romanise(name, lang).casefold()) >= MIN_SPELLING


def names_person(text: str, form: Form) -> bool:
    """Does `text`, typed by a reader, name the person one of whose forms is `form` (the whole
    name, or the surname alone, in any script and case form)?"""
    return _names(text, form, surname_alone=True)


def _city_group(text: str) -> list[Form]:
    out: list[Form] = []
    for forms in _cities().values():
        named = [f for f in forms if _names(text, f)]
        if named:
            # the same city in the other languages: names that match one of the forms found
            out += [f for f in forms if f in named or any(_names(n, f) for _, n in named)]
    return out


def forms_of(text: str) -> list[Form]:
    """Every form, in every language, of every city, landmark, country or registry person `text` names."""
    if not text.strip():
        return []
    out = _city_group(text)
    # country names are CLDR's in every language: matched as written, never by sound
    for groups, surname, exact in ((_landmarks(), False, False), (_countries(), False, True), (_people(), True, False)):
        for forms in groups:
            if any(_names(text, f, surname, exact) for f in forms):
                out += forms
    return list(dict.fromkeys(out))


def landmark_name(names: dict[str, str], lang: str) -> str | None:
    """The name in `lang` of the landmark a place's per-language names ({lang: canonical}) are."""
    wanted = {(l, n.casefold()) for l, n in names.items()}
    for forms in _landmarks():
        if any((l, n.casefold()) in wanted for l, n in forms):
            own = [n for l, n in forms if l == lang] or [n for l, n in forms if l == "en"]
            return own[0] if own else None
    return None


def city_name(names: dict[str, str], lang: str) -> str | None:
    """The name in `lang` of the city a place's per-language names are."""
    if lang in names:
        return names[lang]
    for known_lang, name in names.items():
        for forms in _cities().values():
            if (known_lang, name) in forms:
                same = [n for l, n in forms if l == lang and _names(name, (l, n))]
                if same:
                    return same[0]
    return None


@cache
def place_names(lang: str, name: str, kind: str, country: str | None) -> tuple[tuple[str, str], ...]:
    """The names in every language of the city or landmark named `name` in `lang` (its own name
    first): «موسكو» → («ar», «موسكو»), («ru», «Москва»), («en», «Moscow»), … A capital is the first
    city of its country in every language's list, however unlike its names sound («القاهرة», «Каир»,
    «Le Caire»); another city has the names that sound like its own."""
    known = {lang: name}
    capitals = {other: first[0] for other in LANGUAGES
                if (first := load(other, "places").get("cities", {}).get(country or "", [])[:1])}
    is_capital = kind == "capital"
    grew = True
    while grew:     # a name found in one language finds those that sound like it in another
        grew = False
        # «Caire» sounds like «Cairo», the first city of Egypt in English: the capital
        is_capital = is_capital or (kind != "building" and any(capitals.get(l) == n for l, n in known.items()))
        for other in LANGUAGES:
            if other in known:
                continue
            found = capitals.get(other) if is_capital else None
            found = found or (landmark_name(known, other) if kind == "building" else city_name(known, other))
            if found:
                known[other] = found
                grew = True
    return tuple(known.items())
