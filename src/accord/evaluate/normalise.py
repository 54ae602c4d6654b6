"""Name normalisation and matching of GOLD.md's scoring rule 1.

Other scorers implement the same rule, so this follows its wording step by step
and adds nothing of its own (no transliteration, no stop words).
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

FUZZY_THRESHOLD = 85

# Arabic harakat, shadda, sukun (U+064B–U+0652), the dagger alif (U+0670) and tatweel (U+0640).
_REMOVED = {cp: None for cp in range(0x064B, 0x0653)} | {0x0670: None, 0x0640: None}
_LETTERS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ё": "е",
})


@lru_cache(maxsize=65536)
def normalise_name(s: str) -> str:
    """Rule 1: NFKC, casefold, strip Arabic marks and tatweel, fold letter variants,
    turn every non letter/digit into a space, collapse spaces."""
    # NFKC first: it turns Arabic presentation forms (U+FExx) into the base letters the
    # mappings below know, and composes a bare alif + hamza mark into أ before folding it.
    text = unicodedata.normalize("NFKC", s).casefold()
    text = text.translate(_REMOVED).translate(_LETTERS)
    # "letter or digit" read as str.isalnum(): Unicode letters and numbers.
    text = "".join(ch if ch.isalnum() else " " for ch in text)
    return " ".join(text.split())


def names_match(a: str, b: str) -> bool:
    """Equal after normalisation, or rapidfuzz token_sort_ratio of the normalised forms ≥ 85."""
    na, nb = normalise_name(a), normalise_name(b)
    return na == nb or fuzz.token_sort_ratio(na, nb, processor=None) >= FUZZY_THRESHOLD


def name_set(entity: Any) -> list[str]:
    """A system name set: `name`, every value of `names` (a string or a list of strings),
    every `aliases` entry. A bare string is its own one-name set; anything else is empty."""
    if isinstance(entity, str):
        return [entity]
    if not isinstance(entity, dict):
        return []
    names: list[str] = []
    _add(names, entity.get("name"))
    values = entity.get("names")
    if isinstance(values, dict):
        for value in values.values():
            _add(names, value)
    _add(names, entity.get("aliases"))
    return names


def _add(names: list[str], value: Any) -> None:
    if isinstance(value, str):
        names.append(value)
    elif isinstance(value, (list, tuple)):
        names.extend(v for v in value if isinstance(v, str))


def any_match(names_a: Iterable[str], names_b: Iterable[str]) -> bool:
    """Whether some name of one set matches some name of the other."""
    names_b = list(names_b)
    return any(names_match(a, b) for a in names_a for b in names_b)
