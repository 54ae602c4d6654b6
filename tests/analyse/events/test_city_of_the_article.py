"""A visit told in sentences that name no city took place in the city of the host country the article
is set in: its dateline's («ASTANA – …»), else the one city of that country it names; a meeting of a
known host told without a place likewise (events/places.py: visit_city, host_city)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def places(lang: str, text: str, etype: str) -> list[str | None]:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-09-05"))
    return [e.place.name if e.place else None for e in r.events if e.type == etype]


@pytest.mark.parametrize("lang, text, city", [
    # the city named in the sentence before, the visit told in the next
    ("fr", "Les rues de Hanoï étaient pavoisées mercredi aux couleurs russes.\n"
           "Le président russe Vladimir Poutine effectue une visite d'État au Vietnam.", "Hanoï"),
    ("en", "Prime Minister Giorgia Meloni landed in Astana on Tuesday evening.\n"
           "Her official visit to Kazakhstan is the first by an Italian head of government.", "Astana"),
    # the dateline of the host country
    ("ru", "АСТАНА, 4 сентября. Президент Италии Серджо Маттарелла прибыл с государственным визитом "
           "в Казахстан.", "Астана"),
    ("kk", "АСТАНА. KAZINFORM – Италия Президенті Серджо Маттарелла Қазақстанға мемлекеттік сапармен келді.",
     "Астана"),
])
def test_a_visit_takes_the_city_of_its_article(lang: str, text: str, city: str) -> None:
    assert places(lang, text, "visit") == [city]


@pytest.mark.parametrize("lang, text", [
    # a dateline of the visitor's own country is not where the visit went
    ("en", "CAIRO: President Abdel Fattah al-Sisi left for Saudi Arabia on Tuesday on an official visit."),
    # two cities of the host country, each named once: no way to tell
    ("fr", "Le président Emmanuel Macron effectue une visite d'État au Maroc.\n"
           "Les avenues de Rabat et celles de Marrakech étaient pavoisées aux couleurs françaises."),
])
def test_no_city_when_the_article_does_not_settle_it(lang: str, text: str) -> None:
    assert all(p is None for p in places(lang, text, "visit"))
