"""The country pair an article is about: its two sides, not the venue of their talks."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("fr", "DOHA - Le ministre des Affaires étrangères algérien, Ahmed Attaf, s'est entretenu samedi à Doha avec "
           "le ministre des Affaires étrangères kazakh, Yermek Kosherbayev, en marge du Forum de Doha.\n\n"
           "Le Forum de Doha réunit cette année plus de 4 500 participants à Doha.\n\n"
           "Les deux ministres sont convenus de tenir la commission mixte à Alger.", ["DZ", "KZ"]),
    ("en", "DOHA: Kazakh Foreign Minister Murat Nurtleu met Jordanian Foreign Minister Ayman Safadi in Doha on "
           "Sunday on the sidelines of the Doha Forum.\n\nDoha hosts the forum every December.", ["JO", "KZ"]),
    ("ru", "Глава МИД Казахстана Ермек Кошербаев провёл в Дохе встречу с министром иностранных дел Алжира "
           "Ахмедом Аттафом. Встреча в Дохе прошла на полях форума.", ["DZ", "KZ"]),
]


@pytest.mark.parametrize("lang, text, pair", CASES, ids=[c[0] for c in CASES])
def test_the_venue_of_talks_is_not_a_side(lang: str, text: str, pair: list[str]) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-12-07"))
    meetings = [e for e in found.events if e.type == "meeting"]
    assert meetings and all(e.countries == pair for e in meetings)
    assert meetings[0].host == "QA"
