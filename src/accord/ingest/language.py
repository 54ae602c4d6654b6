"""Which of accord's languages an article is in: ar ru kk fr en, or "other".

The script decides first (cheap and certain); lingua then separates languages
sharing a script. Kazakh and Russian share Cyrillic and many loanwords, so the
Kazakh-only letters ә ғ қ ң ө ұ ү һ decide between them when they are clearly
present or clearly absent. Kazakh is also written in the Arabic script (the Kazakh press of
China): its own letters (ە ۇ ۋ ڭ …) and the hamza opening a front-vowel word tell it from Arabic,
whose articles spell foreign names with Persian letters (پ گ چ) but never with those
(`lang/kk/arabic_script.toml`). A few languages outside accord's five are given to
lingua as well, so that a Spanish or Ukrainian article comes out "other" instead
of being forced into French or Russian.
"""
from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from accord.ingest.encoding import script_of
from accord.lang.arabic_kazakh import is_arabic_script_kazakh

SAMPLE_CHARS = 6000         # language is settled well before this; keeps long texts fast
MIN_CONFIDENCE = 0.5
# і is left out: Ukrainian and Belarusian have it too.
KAZAKH_LETTERS = frozenset("әғқңөұүһӘҒҚҢӨҰҮҺ")
# Shares of lower-case Cyrillic words holding a Kazakh letter: names are capitalised,
# so a Russian article full of Kazakh names («Жаслан Жұмабеков») stays near zero.
KK_SURE = 0.05              # Kazakh prose: a fifth or more of its words; below this lingua decides

_WORD = re.compile(r"[\u0400-\u04FF]+")

_OURS = {
    Language.ARABIC: "ar", Language.RUSSIAN: "ru", Language.KAZAKH: "kk",
    Language.FRENCH: "fr", Language.ENGLISH: "en",
}
_OTHERS = (
    Language.PERSIAN, Language.URDU, Language.UKRAINIAN, Language.BELARUSIAN, Language.BULGARIAN,
    Language.SERBIAN, Language.SPANISH, Language.PORTUGUESE, Language.ITALIAN, Language.GERMAN,
    Language.DUTCH, Language.TURKISH,
)


@lru_cache(maxsize=1)
def detector() -> LanguageDetector:
    """Built once, on first use: constructing a lingua detector is slow."""
    return LanguageDetectorBuilder.from_languages(*_OURS, *_OTHERS).build()


def _script_shares(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in text:
        script = script_of(ch)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    return counts


def _kazakh_word_share(text: str) -> float:
    words = [w for w in _WORD.findall(text) if w[0].islower()]
    if not words:
        return 0.0
    return sum(1 for w in words if not KAZAKH_LETTERS.isdisjoint(w)) / len(words)


def detect_language(text: str) -> tuple[str, float]:
    """(code, confidence) with code in ar ru kk fr en or "other"."""
    sample = text[:SAMPLE_CHARS]
    counts = _script_shares(sample)
    letters = sum(counts.values())
    if letters < 10:
        return "other", 0.0
    script = max(counts, key=counts.__getitem__)
    share = counts[script] / letters
    if script == "other" or share < 0.5:
        return "other", share
    if script == "cyrillic":
        kazakh = _kazakh_word_share(sample)
        if kazakh >= KK_SURE:
            return "kk", share
    if script == "arabic" and is_arabic_script_kazakh(sample):
        return "kk", share   # lingua knows Kazakh in Cyrillic only
    values = detector().compute_language_confidence_values(sample)
    best = values[0]
    code = _OURS.get(best.language, "other")
    if best.value < MIN_CONFIDENCE:
        return "other", best.value
    return code, best.value
