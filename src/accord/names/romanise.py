"""Latin forms of personal names written in Arabic, Cyrillic (ru, kk) or Latin script.

`phonetic_token` gives the lowercase spelling that the keys are built from;
`romanise` gives the readable form (title case) of a whole name.

Arabic writes no short vowels, so letter rules alone give «Mhmd Ghrib». When
arabic_name_romanizer is installed, `romanise` asks it for Arabic-script
names: its dictionary of attested spellings gives «Mohamed Gharib». Keys never
use it: on tests/data/name_pairs.tsv it lowers recall (0.95 against 1.00) and
is three times slower (benchmarks/bench_names.py).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

from accord.lang.orthography import strip_marks
from accord.names.data import load

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_CYRILLIC_VOWELS = set("аеёиоуыэюяәөұүі")
_ARABIC_ALIF = set("اأإآٱ")
_H_LETTERS = set("حه")


def script_of(text: str) -> str:
    """"arabic", "cyrillic" or "latin": the script of the first letter that tells."""
    for ch in text:
        if _ARABIC.match(ch):
            return "arabic"
        if _CYRILLIC.match(ch):
            return "cyrillic"
        if ch.isalpha():
            return "latin"
    return "latin"


def clean_arabic(text: str) -> str:
    """`text` without the optional marks of the orthography: harakat, shadda, sukun, the dagger
    alif and tatweel carry no letter of a name."""
    return strip_marks(unicodedata.normalize("NFC", text))


def _arabic_token(token: str) -> str:
    table = load("romanisation")["arabic"]
    consonant = load("romanisation")["arabic_consonant"]
    out: list[str] = []
    for i, ch in enumerate(token):
        prev = token[i - 1] if i else ""
        nxt = token[i + 1] if i + 1 < len(token) else ""
        if ch in consonant and (i == 0 or prev in _ARABIC_ALIF or nxt in _ARABIC_ALIF):
            out.append(consonant[ch])
            continue
        latin = table.get(ch, "")
        # ح/ه after a consonant would merge into a digraph (س+ه is not ش): keep them apart.
        if ch in _H_LETTERS and out and out[-1][-1:] in ("s", "k", "t", "d", "z", "g", "c"):
            latin = "'" + latin
        if ch == "ع" and i == 0:
            latin = "a" if nxt not in _ARABIC_ALIF else ""
        out.append(latin)
    return "".join(out)


def _cyrillic_token(token: str) -> str:
    table = load("romanisation")["cyrillic"]
    iotated = load("romanisation")["cyrillic_iotated"]
    out: list[str] = []
    lower = token.lower()
    for i, ch in enumerate(lower):
        prev = lower[i - 1] if i else ""
        if ch in iotated and (i == 0 or prev in _CYRILLIC_VOWELS or prev in "ьъ"):
            out.append(iotated[ch])
        else:
            out.append(table.get(ch, ch if ch.isascii() else ""))
    return "".join(out)


def _latin_token(token: str) -> str:
    table = load("romanisation")["latin"]
    token = "".join(table.get(ch, ch) for ch in unicodedata.normalize("NFC", token))
    return anyascii(token).lower()


@lru_cache(maxsize=65536)
def phonetic_token(token: str) -> str:
    """Lowercase Latin spelling of one name token, in any of the supported scripts.

    Keeps only letters and the apostrophe that separates Arabic letters which
    would otherwise read as a digraph.
    """
    script = script_of(token)
    if script == "arabic":
        latin = _arabic_token(clean_arabic(token))
    elif script == "cyrillic":
        latin = _cyrillic_token(token)
    else:
        latin = _latin_token(token)
    return re.sub(r"[^a-z']", "", latin)


_SPLIT = re.compile(r"(\s+|-)")
_ROMAN_NUMERAL = re.compile(r"^[IVX]+$")


def _readable(token: str) -> str:
    """Title case, keeping the capitals of «McDonald» but not of «KUSPAN»."""
    if not token or _ROMAN_NUMERAL.match(token):
        return token
    if token.isupper() or token.islower():
        return "-".join(p[:1].upper() + p[1:].lower() for p in token.split("-"))
    return token


@lru_cache(maxsize=1)
def _arabic_romanizer():  # -> arabic_name_romanizer.Transliterator | None
    try:
        from arabic_name_romanizer import Transliterator
    except ImportError:
        return None
    return Transliterator()


_OTHER_LETTERS = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]")


@lru_cache(maxsize=16384)
def _romanise_arabic_name(name: str) -> str | None:
    romanizer = _arabic_romanizer()
    if romanizer is None:
        return None
    try:
        return romanizer.transliterate(name) or None
    except Exception:  # noqa: BLE001 - an outside model must not break a batch; the rules answer instead
        return None


def romanise(name: str, lang: str | None = None) -> str:
    """Latin form of a personal name written in Arabic, Cyrillic (ru, kk) or Latin script.

    Latin names keep their spelling (only an all-capitals surname is
    title-cased: «Aigul KUSPAN» → «Aigul Kuspan»); other scripts go through the
    letter tables of `romanisation.toml`. `lang` is a hint only: the script of
    each token decides.
    """
    if not isinstance(name, str):
        raise TypeError(f"romanise: a name must be a string, not {type(name).__name__}")
    ordinals = load("particles")["ordinals"]
    if script_of(name) == "arabic" and not _OTHER_LETTERS.search(name):
        # Regnal ordinals are words in Arabic (محمد السادس): Roman numerals in Latin.
        words = clean_arabic(name).split()
        numerals = [ordinals[w] for w in words if w in ordinals]
        romanised = _romanise_arabic_name(" ".join(w for w in words if w not in ordinals))
        if romanised:
            return " ".join([romanised, *numerals])
    parts = _SPLIT.split(clean_arabic(name.strip()))
    out: list[str] = []
    for part in parts:
        if not part or part.isspace() or part == "-":
            out.append(" " if part.isspace() else part)
            continue
        if script_of(part) == "latin":
            out.append(_readable(part))
            continue
        arabic_article = script_of(part) == "arabic" and part.startswith("ال") and len(part) > 3
        core = part[2:] if arabic_article and part not in load("particles")["arabic_not_article"] else part
        latin = phonetic_token(core).replace("'", "")
        if core is not part:
            latin = "al-" + latin
        out.append(_readable(latin))
    return "".join(out)
