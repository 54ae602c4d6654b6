"""Place mentions: cities and capitals, named buildings and memorials.

Data: `lang/<code>/places.toml` (cities per country, the capital first; buildings
with their forms). A city spelled like its country («Алжир», «تونس», «Singapore»)
is read as the country and left to `find_countries`; a city-state's name is its place only where
the text says something happens there (`city_states`).
"""
from __future__ import annotations

import re
from functools import cache

from accord.analyse.countries import country_names
from accord.lang.data import load, load_shared
from accord.lang.pack import PhraseMatcher, get_pack
from accord.model import CountryMention, PlaceMention


@cache
def _matcher(lang: str) -> PhraseMatcher:
    pack = get_pack(lang)
    data = load(lang, "places")
    country_keys = {tuple(pack.key(p) for _, _, p in pack.pieces(n))
                    for names in country_names(lang).values() for n in names}
    entries = []
    for code, cities in data.get("cities", {}).items():
        if code in _city_states():
            continue    # a city-state's name is mostly the state's («the Vatican said»): see city_states
        for i, city in enumerate(cities):
            if tuple(pack.key(p) for _, _, p in pack.pieces(city)) in country_keys:
                continue
            entries.append((city, (city, code, "capital" if i == 0 else "city"), False))
    for name, code, *forms in data.get("buildings", []):
        entries += [(form, (name, code, "building"), False) for form in forms]
    return PhraseMatcher(pack, entries)


@cache
def _venues(lang: str) -> re.Pattern[str] | None:
    patterns = load(lang, "places").get("venues", [])
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


@cache
def _title_edges(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = load(lang, "places")
    # (a straight apostrophe in the data stands for the typographic one too: «prince héritier d’Abou Dhabi»)
    before = [re.escape(w).replace("'", "['’]") for w in data.get("title_before", []) + data.get("see_before", [])]
    after = [re.escape(w).replace("'", "['’]") for w in data.get("title_after", []) + data.get("see_after", [])]
    return (re.compile(rf"(?:{'|'.join(before)})\s*$", re.IGNORECASE) if before else None,
            re.compile(rf"^\s*(?:\S+\s+)?(?:{'|'.join(after)})(?!\w)", re.IGNORECASE) if after else None)


@cache
def _source_edges(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = load(lang, "places")
    before, after = data.get("source_before", []), data.get("source_after", [])
    return (re.compile(rf"(?:{'|'.join(before)})\W*$", re.IGNORECASE) if before else None,
            re.compile(rf"^\W*(?:{'|'.join(after)})(?!\w)", re.IGNORECASE) if after else None)


@cache
def _capital_words(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The words that name a country's capital by the country: before its name («the capital of»,
    «в столице»), or after it («the Kazakh capital», «Қазақстан астанасы»)."""
    data = load(lang, "places")
    # (patterns; a straight apostrophe stands for the typographic one too)
    before = [w.replace("'", "['’]") for w in data.get("capital_before_country", [])]
    after = [w.replace("'", "['’]") for w in data.get("capital_after_country", [])]
    return (re.compile(rf"(?<!\w)(?:{'|'.join(before)})\s*$", re.IGNORECASE) if before else None,
            re.compile(rf"^\s*(?:{'|'.join(after)})(?!\w)", re.IGNORECASE) if after else None)


def capitals_by_country(text: str, lang: str, countries: list[CountryMention],
                        known: list[PlaceMention]) -> list[PlaceMention]:
    """«in the capital of Kazakhstan», «в столице Казахстана», «the Kazakh capital»: the country's capital,
    named by the country, where no city is named beside it."""
    before, after = _capital_words(lang)
    cities = load(lang, "places").get("cities", {})
    out: list[PlaceMention] = []
    for cm in countries:
        if cm.form not in ("name", "adjective") or not cities.get(cm.code):
            continue
        m_before = before.search(text[max(0, cm.start - 30):cm.start]) if before else None
        m_after = after.match(text[cm.end:cm.end + 30]) if after else None
        if m_before is None and m_after is None:
            continue
        start = cm.start - (len(text[max(0, cm.start - 30):cm.start]) - m_before.start()) if m_before else cm.start
        end = cm.end + m_after.end() if m_after else cm.end
        if any(p.start < end + 40 and start - 40 < p.end for p in known + out):
            continue   # «the Kazakh capital, Astana»: the city named beside it is the place
        out.append(PlaceMention(start, end, text[start:end], name=cities[cm.code][0], country=cm.code, kind="capital"))
    return out


@cache
def _city_states() -> frozenset[str]:
    return frozenset(load_shared("places").get("city_states", []))


@cache
def _at_edges(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = load(lang, "places")
    before, surface = data.get("at_before", []), data.get("at_surface", [])
    return (re.compile(rf"(?<!\w)(?:{'|'.join(before)})\s+$", re.IGNORECASE) if before else None,
            re.compile("|".join(f"(?:{p})" for p in surface), re.IGNORECASE) if surface else None)


def city_states(text: str, lang: str, countries: list[CountryMention],
                known: list[PlaceMention]) -> list[PlaceMention]:
    """«in the Vatican», «au Vatican», «в Ватикане», «Ватиканда», «في الفاتيكان»: a city-state named
    where something happens is also the place, in the country it is itself; named otherwise («the
    Vatican said», «Ватиканның серіктесі») it is the state alone."""
    before, surface = _at_edges(lang)
    cities = load(lang, "places").get("cities", {})
    out: list[PlaceMention] = []
    for cm in countries:
        if cm.code not in _city_states() or cm.form not in ("name", "capital"):
            continue
        if not ((before and before.search(text[max(0, cm.start - 30):cm.start]))
                or (surface and surface.search(cm.text))):
            continue
        if any(p.start < cm.end and cm.start < p.end for p in known):
            continue
        name = (cities.get(cm.code) or country_names(lang).get(cm.code) or [cm.text])[0]
        out.append(PlaceMention(cm.start, cm.end, cm.text, name=name, country=cm.code, kind="capital"))
    return out


def find_places(text: str, lang: str) -> list[PlaceMention]:
    """Cities, capitals and named buildings in `text`, with their country; not a place that is part
    of a person's title («Crown Prince of Abu Dhabi»), which says whose, not where; nor a seat of
    power that speaks («the Kremlin said», «بيان للرئاسة الروسية (الكرملين)»), the news's source."""
    before, after = _title_edges(lang)
    said_before, said_after = _source_edges(lang)
    out = []
    for m in _matcher(lang).find(text):
        if before and before.search(text[max(0, m.start - 30):m.start]):
            continue
        if after and after.match(text[m.end:m.end + 40]):
            continue
        if m.payload[2] == "building" and (
                (said_before and said_before.search(text[max(0, m.start - 40):m.start]))
                or (said_after and said_after.match(text[m.end:m.end + 40]))):
            continue
        out.append(PlaceMention(m.start, m.end, m.text, name=m.payload[0], country=m.payload[1], kind=m.payload[2]))
    return sorted(out + _venues_in(text, lang, out), key=lambda p: p.start)


def _venues_in(text: str, lang: str, known: list[PlaceMention]) -> list[PlaceMention]:
    """Buildings named by their kind («Nur Khan Airbase», «аэропорту «Внуково»», «قصر الحسينية») that
    no entry lists: where a welcome or talks were held, of no country the name tells."""
    rx = _venues(lang)
    if rx is None:
        return []
    out = []
    for m in rx.finditer(text):
        if any(p.start < m.end() and m.start() < p.end for p in known):
            continue
        out.append(PlaceMention(m.start(), m.end(), m.group(), name=m.group(), kind="building"))
    return out


def place_matcher(lang: str) -> PhraseMatcher:
    """The phrase matcher of the cities and buildings of `lang`."""
    return _matcher(lang)
