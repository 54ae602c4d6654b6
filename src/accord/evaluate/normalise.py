"""Name normalisation and matching of GOLD.md's scoring rule 1.

Other scorers implement the same rule, so this follows its wording step by step
and adds nothing of its own (no transliteration, no stop words).
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from accord.lang.orthography import normalise

FUZZY_THRESHOLD = 85



@lru_cache(maxsize=65536)
def normalise_name(s: str) -> str:
    """Rule 1: NFKC, casefold, strip Arabic marks and tatweel, fold letter variants,
    turn every non letter/digit into a space, collapse spaces.

    The marks and letters are the orthography's (`accord.lang.orthography.normalise`), the
    ones the analysis folds; their Arabic tables hold exactly what rule 1 lists."""
    text = normalise(s)
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
