"""A city that names an organisation («Shanghai Cooperation Organisation») is not where anything happens;
Kazakh marks a destination city by the dative of the word «city» after it («Самарқан қаласына»), and tells
a recalled trip in the pluperfect («барған болатын»)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.analyse.places import find_places
from accord.model import Document

ORGANISATION = [
    ("ar", "وسيشارك الرئيس في قمة منظمة شنغهاي للتعاون في سمرقند."),
    ("fr", "Le président participera au sommet de l'Organisation de coopération de Shanghai à Samarcande."),
    ("kk", "Президент Самарқанд қаласында Шанхай ынтымақтастық ұйымының саммитіне қатысады."),
]


@pytest.mark.parametrize("lang, text", ORGANISATION, ids=[c[0] for c in ORGANISATION])
def test_a_city_in_an_organisations_name_is_no_place(lang: str, text: str) -> None:
    assert [p.country for p in find_places(text, lang)] == ["UZ"]


def test_a_city_still_a_place_beside_the_organisation() -> None:
    assert [p.country for p in find_places("Le sommet se tiendra à Shanghai.", "fr")] == ["CN"]


def test_kazakh_destination_by_the_word_city_and_a_recalled_trip() -> None:
    text = "30 тамызда Қазақстан Президенті Қасым-Жомарт Тоқаев Қытайдың Тяньцзинь қаласына барған болатын."
    found = analyse(Document(doc="t", text=text, lang="kk", published="2025-09-02"))
    assert [e.host for e in found.events if e.type == "visit"] == ["CN"]
