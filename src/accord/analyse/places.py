"""Place mentions: cities and capitals, named buildings and memorials.

Data: `lang/<code>/places.toml` (cities per country, the capital first; buildings
with their forms). A city spelled like its country («Алжир», «تونس», «Singapore»)
is read as the country and left to `find_countries`.
"""
from __future__ import annotations

from functools import cache

from accord.analyse.countries import country_names
from accord.lang.data import load
from accord.lang.pack import PhraseMatcher, get_pack
from accord.model import PlaceMention


@cache
def _matcher(lang: str) -> PhraseMatcher:
    pack = get_pack(lang)
    data = load(lang, "places")
    country_keys = {tuple(pack.key(p) for _, _, p in pack.pieces(n))
                    for names in country_names(lang).values() for n in names}
    entries = []
    for code, cities in data.get("cities", {}).items():
        for i, city in enumerate(cities):
            if tuple(pack.key(p) for _, _, p in pack.pieces(city)) in country_keys:
                continue
            entries.append((city, (city, code, "capital" if i == 0 else "city"), False))
    for name, code, *forms in data.get("buildings", []):
        entries += [(form, (name, code, "building"), False) for form in forms]
    return PhraseMatcher(pack, entries)


def find_places(text: str, lang: str) -> list[PlaceMention]:
    """Cities, capitals and named buildings in `text`, with their country."""
    return [PlaceMention(m.start, m.end, m.text, name=m.payload[0], country=m.payload[1], kind=m.payload[2])
            for m in _matcher(lang).find(text)]
