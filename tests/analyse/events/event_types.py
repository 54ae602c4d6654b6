"""What the analysis finds in a text written for a test: the types of its events, in the text's order."""
from __future__ import annotations

from accord.analyse.pipeline import analyse
from accord.model import Document


def event_types(lang: str, text: str, published: str) -> list[str]:
    return [e.type for e in analyse(Document(doc="t", text=text, lang=lang, published=published)).events]
