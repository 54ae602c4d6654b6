"""Character-level clean-up that never moves visible text: invisible controls out, NFC, LF line ends.

Gold offsets point into the cleaned text, so nothing here rewrites a visible
character of the article body; only format controls that a reader cannot see
(and that would split a name like «Кошанов» into two tokens) are removed.
"""
from __future__ import annotations

import re
import unicodedata

# Zero-width space/joiners, LRM/RLM, bidi embeddings/overrides/isolates, BOM/ZWNBSP,
# soft hyphen and the Arabic letter mark: they change no glyph a reader sees.
_INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)


def strip_invisible(text: str) -> str:
    return _INVISIBLE.sub("", text)


def normalise_text(text: str) -> str:
    """Invisible controls removed, NFC, `\\r\\n`/`\\r` → `\\n`, trailing spaces of lines dropped."""
    text = strip_invisible(text)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return _TRAILING_SPACE.sub("", text)
