"""A visit the host says it expects («Moscou s'attend à ce que le roi se rende en Russie en octobre», «Moscow
expects the King to visit Russia in October») is announced: dated by its own month, not by the article."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le ministre russe des Affaires étrangères Sergueï Lavrov s'est entretenu mercredi à Moscou avec son "
           "homologue jordanien Ayman Safadi. Moscou s'attend à ce que le roi Abdallah II de Jordanie se rende en "
           "Russie en octobre pour participer à un forum sur l'énergie."),
    ("en", "Russian Foreign Minister Sergey Lavrov held talks in Moscow on Wednesday with Jordanian Foreign Minister "
           "Ayman Safadi. Moscow expects King Abdullah II of Jordan to visit Russia in October to take part in an "
           "energy forum."),
])
def test_the_expected_visit_takes_its_month(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-08-20"))
    king = [e for e in r.events if e.type == "visit" and e.when == "2025-10"]
    assert len(king) == 1 and king[0].host == "RU"
