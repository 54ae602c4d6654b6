"""Search snippets, cut in Python so both dialects show the same words with the same marks."""
from __future__ import annotations

import re

from accord.lang.orthography import word_marks
from accord.store.keys import fold

# Marks around the matched words; they never occur in news text, so a web page can escape the
# snippet and then turn them into <mark> tags.
MATCH_START = "\u27e6"
MATCH_END = "\u27e7"
SNIPPET_WORDS = 24
# A word as written: letters and digits with their diacritics and the marks the orthography keeps
# inside words (harakat, tatweel).
_WORD = re.compile(rf"(?:[^\W_]|[\u0300-\u036f{word_marks()}])+")
_LEAD = 3  # words shown before the first match


def snippet(text: str, terms: list[str], words: int = SNIPPET_WORDS) -> str:
    """About `words` words of `text` around its densest run of matches, matches marked;
    a word matches a term when its folded form starts with it (as the search does)."""
    found = list(_WORD.finditer(text))
    if not found:
        return text[:200]
    hit = [any(fold(m.group()).startswith(t) for t in terms) for m in found]
    first = 0
    if any(hit):
        lead = min(_LEAD, words // 3)
        starts = [max(0, i - lead) for i, h in enumerate(hit) if h]
        first = max(starts, key=lambda s: (sum(hit[s:s + words]), -s))
    last = min(len(found), first + words)
    parts, pos = [], found[first].start()
    for i in range(first, last):
        m = found[i]
        parts.append(text[pos:m.start()])
        parts.append(f"{MATCH_START}{m.group()}{MATCH_END}" if hit[i] else m.group())
        pos = m.end()
    if last < len(found):
        parts.append("…")
    else:
        parts.append(text[pos:])
    return ("…" if first > 0 else "") + "".join(parts).strip()
