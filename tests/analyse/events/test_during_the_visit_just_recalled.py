"""An undated event told «during the visit» right after a dated recalled visit («His official visit of
28 February to 2 March 2001 was his first … During the visit, the presidents signed a joint declaration»)
happened during that recalled visit, not during the visit the article reports as news."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


TEXTS = [
    ("fr", "Le président russe Vladimir Poutine est arrivé mercredi à Lisbonne pour une visite d'État. Sa visite "
           "officielle au Portugal du 28 février au 2 mars 2001 était sa première visite dans le pays. Au cours de "
           "la visite, les présidents Jorge Sampaio et Vladimir Poutine ont signé une déclaration commune sur le "
           "partenariat."),
    ("en", "Russian President Vladimir Putin arrived in Lisbon on Wednesday for a state visit. His official visit "
           "to Portugal from 28 February to 2 March 2001 was his first visit to the country. During the visit, "
           "presidents Jorge Sampaio and Vladimir Putin signed a joint declaration on partnership."),
]


@pytest.mark.parametrize("lang, text", TEXTS, ids=[c[0] for c in TEXTS])
def test_signed_during_the_visit_just_recalled(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2024-06-19")).events
    agreements = [e for e in found if e.type == "agreement"]
    assert len(agreements) == 1
    assert agreements[0].when == "2001-02-28/2001-03-02"
    parent = next(e for e in found if e.id == agreements[0].part_of)
    assert parent.when == "2001-02-28/2001-03-02"
