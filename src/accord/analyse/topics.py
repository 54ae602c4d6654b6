"""Topics of a stretch of text from the per-language topic lexicons."""
from __future__ import annotations

from accord.analyse.lexicon import topics as topic_patterns
from accord.model import TOPICS


def find_topics(text: str, lang: str) -> list[str]:
    """Topic codes whose lexicon matches `text`, in GOLD.md's order."""
    patterns = topic_patterns(lang)
    return [code for code in TOPICS if code in patterns and patterns[code].search(text)]
