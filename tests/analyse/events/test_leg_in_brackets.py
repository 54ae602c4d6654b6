"""«arrived in Astana on July 7 (from Uzbekistan)»: the country the visitor came from, told in brackets, is
an earlier leg of the tour, a visit of the same visitor (GOLD.md: one visit per country of a tour)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("en", "Indian Prime Minister Narendra Modi arrived in Astana, the capital of Kazakhstan, on July 7 "
           "(from Uzbekistan) on his tour of the Central Asian countries."),
    ("fr", "Le Premier ministre indien Narendra Modi est arrivé le 7 juillet à Astana "
           "(en provenance de Tachkent) dans le cadre de sa tournée en Asie centrale."),
])
def test_the_leg_before(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2015-07-08"))
    country = {p.id: p.country for p in r.people}
    legs = [e for e in r.events if e.type == "visit" and e.host == "UZ"]
    assert len(legs) == 1
    assert sorted(legs[0].countries) == ["IN", "UZ"]
    assert {country[p] for p in legs[0].people} == {"IN"}
