"""«Une semaine après l'élection de Joseph Aoun, le président Emmanuel Macron se rend sur place»: a visit
whose sentence gives no destination word goes from the side of the person named in the clause of the
travel verb, not of one named in a clause before it. Own test text."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("fr", "Trois jours après l'investiture du président arménien Nikol Pachinian, le président Emmanuel Macron "
           "se rend sur place pour le rencontrer."),
    ("en", "Days after the election of Armenian President Nikol Pashinyan, French President Emmanuel Macron is "
           "paying a visit to meet him."),
    ("en", "A week after the election of Armenian President Nikol Pashinyan, French President Emmanuel Macron "
           "arrived on a working visit to meet him."),
])
def test_the_visitor_is_named_in_the_clause_of_the_trip(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-01-17"))
    names = {p.id: p.name for p in r.people}
    visits = [e for e in r.events if e.type == "visit" and not e.recalled]
    assert visits and all(e.host == "AM" for e in visits)
    assert any("Macron" in names[p] for e in visits for p in e.people)
