"""Keys the store derives from what it stores: pair partitions, simhash bands, search terms."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from accord.lang.orthography import strip_marks

SIMHASH_BITS = 64
BAND_BITS = 16
BANDS = SIMHASH_BITS // BAND_BITS
# Two hashes within this Hamming distance share at least one whole band (pigeonhole),
# so looking up equal bands finds every one of them.
MAX_BAND_DISTANCE = BANDS - 1

# Letters and digits; the underscore and punctuation separate words, as in SQLite's unicode61.
_WORD = re.compile(r"[^\W_]+")


def pair_key(countries: Iterable[str]) -> str:
    """The partition key of a set of countries: sorted distinct codes joined by "-" ("KZ-MA")."""
    return "-".join(sorted({c.upper() for c in countries if c}))


def signed64(value: int) -> int:
    """A 64-bit unsigned simhash as the signed integer both SQLite and PostgreSQL can hold."""
    if not 0 <= value < 1 << SIMHASH_BITS:
        raise ValueError(f"simhash must be a 64-bit unsigned integer, got {value}")
    return value - (1 << SIMHASH_BITS) if value >= 1 << (SIMHASH_BITS - 1) else value


def unsigned64(value: int) -> int:
    return value + (1 << SIMHASH_BITS) if value < 0 else value


def bands(simhash: int) -> list[int]:
    """The four 16-bit bands of a 64-bit simhash, lowest first."""
    mask = (1 << BAND_BITS) - 1
    return [(simhash >> (BAND_BITS * i)) & mask for i in range(BANDS)]


def hamming(a: int, b: int) -> int:
    return bin(a ^ b).count("1")


def fold(text: str) -> str:
    """Lower case, Latin letters without diacritics, Arabic without optional marks.

    Mirrors SQLite's `unicode61 remove_diacritics 2` (which folds Latin only: «ё» and «й» stay
    letters of their own in Russian and Kazakh), so both stores match the same words.
    """
    # Harakat, the dagger alif and tatweel are optional in Arabic writing (the orthography's
    # marks), so a search ignores them.
    text = strip_marks(unicodedata.normalize("NFC", text).lower())
    kept: list[str] = []
    latin_base = False
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.category(ch) == "Mn":
            if latin_base:
                continue
        else:
            latin_base = unicodedata.name(ch, "").startswith("LATIN")
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept))


def search_terms(text: str) -> list[str]:
    """The words of a text as the full-text index sees them."""
    return _WORD.findall(fold(text))
