"""A person represented by a visitor («pour représenter Sa Majesté le Roi Mohammed VI», «to represent King
Mohammed VI») is not a participant of the visit (GOLD.md: people only represented are not participants)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("fr", "SAR le Prince Moulay Rachid est arrivé, lundi à Doha, pour représenter Sa Majesté le Roi Mohammed VI "
           "aux travaux du sommet arabo-islamique d'urgence qu'abrite l'Etat du Qatar."),
    ("en", "Prince Moulay Rachid arrived in Doha on Monday to represent King Mohammed VI at the emergency "
           "Arab-Islamic summit hosted by the State of Qatar."),
])
def test_the_one_represented_is_not_the_visitor(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-09-16"))
    visits = [e for e in r.events if e.type == "visit"]
    assert len(visits) == 1
    names = {p.name for p in r.people if p.id in visits[0].people}
    assert any("Rachid" in n for n in names)
    assert not any("Mohammed VI" in n for n in names)
    assert visits[0].host == "QA"
