"""Talks told as negotiations («ont mené des négociations», «held negotiations», «fruitful negotiations»)
or as a summit held with someone («will hold a summit with President X») are a meeting."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def meetings(lang: str, text: str) -> list[list[str]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-04-08"))
    names = {p.id: p.name for p in r.people}
    return [[names[p] for p in e.people] for e in r.events if e.type == "meeting"]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président français Emmanuel Macron et le président kazakh Kassym-Jomart Tokaïev ont mené "
           "des négociations dans un format étroit à Astana le 1er novembre."),
    ("en", "French President Emmanuel Macron and Kazakh President Kassym-Jomart Tokayev held negotiations "
           "in a narrow format in Astana on 1 November."),
])
def test_negotiations_held_are_a_meeting(lang: str, text: str) -> None:
    found = meetings(lang, text)
    assert len(found) == 1 and len(found[0]) == 2


@pytest.mark.parametrize("lang, text", [
    # a summit of many, attended, is no bilateral meeting (no word of talks)
    ("en", "Kazakh President Kassym-Jomart Tokayev attended the summit of the Shanghai Cooperation Organisation "
           "in Tianjin on 1 September."),
    ("fr", "Le président kazakh Kassym-Jomart Tokaïev a participé au sommet de l'Organisation de coopération "
           "de Shanghai à Tianjin le 1er septembre."),
])
def test_a_summit_attended_is_no_meeting(lang: str, text: str) -> None:
    assert meetings(lang, text) == []
