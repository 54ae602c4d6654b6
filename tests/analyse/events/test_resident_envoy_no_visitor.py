"""«Aoun discussed with the French ambassador to Lebanon Hervé Magro the preparations for the visit»: an
ambassador lives in the country he is posted to; he prepares or attends a visit there, he does not make
it. Own test text."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text, envoy", [
    ("fr", "Le président Nikol Pachinian a discuté avec l'ambassadeur de France en Arménie Olivier Decottignies "
           "des préparatifs relatifs à la visite attendue vendredi à Erevan.", "Decottignies"),
    ("en", "President Nikol Pashinyan discussed with the French Ambassador to Armenia Olivier Decottignies "
           "the preparations for the visit expected on Friday in Yerevan.", "Decottignies"),
])
def test_an_ambassador_is_no_visitor(lang: str, text: str, envoy: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-01-14"))
    names = {p.id: p.name for p in r.people}
    visits = [e for e in r.events if e.type == "visit"]
    assert not any(envoy in names[p] for e in visits for p in e.people)
