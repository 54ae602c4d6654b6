"""People pass «registry»: the officials the registry knows, found by their full names (a gazetteer
of people: «Председатель Си Цзиньпин», where «Си» is also a common word).

Reads the registry of the analysis's resources and the orthography's spelling variants and clitics."""
from __future__ import annotations

import re
from functools import lru_cache

from accord.analyse.resources import Resources
from accord.lang.orthography import orthography, spelling_pattern
from accord.lang.pack import get_pack


@lru_cache(maxsize=16)
def _known_names_rx(lang: str, resources: Resources) -> re.Pattern[str] | None:
    """One pattern of every full name the registry knows in `lang`: officials whose names the rules
    cannot find («Председатель Си Цзиньпин»: «Си» is also a common word), in every spelling the
    language pack folds together. Cased languages may decline the last word («Си Цзиньпина»); Arabic
    may glue its clitic letters («و», «ب», «ل») onto the first."""
    forms = [f for f in resources.registry.name_forms(lang) if len(f) >= 6]
    if not forms:
        return None

    body = "|".join(spelling_pattern(f) for f in sorted(forms, key=len, reverse=True))
    pack = get_pack(lang)
    ending = r"\w{0,3}" if pack.cased and lang in ("ru", "kk") else ""
    letters = orthography(lang).clitic_letters
    clitic = f"(?:[{letters}](?=\\w))?" if letters else ""
    return re.compile(rf"(?<!\w){clitic}(?P<name>{body}){ending}(?!\w)")


def known_names(text: str, lang: str, resources: Resources) -> list[tuple[int, int]]:
    rx = _known_names_rx(lang, resources)
    if rx is None:
        return []
    return [(m.start("name"), m.end()) for m in rx.finditer(text)]

