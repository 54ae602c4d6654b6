"""«On Wednesday, Yoon will hold a summit with Kazakh President Tokayev» told in the report of a visit going on: a
summit with a named head is a meeting (en), and what is announced for the days of the visit going on is part of
it, also where the article announces a next stop elsewhere (part_of.py; en, fr)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("en", "President Yoon Suk Yeol arrived in Astana on Tuesday for a three-day state visit to Kazakhstan. "
           "On Wednesday, Yoon will hold a summit with Kazakh President Kassym-Jomart Tokayev. "
           "Yoon will depart for Uzbekistan on Thursday, the final leg of his tour."),
    ("fr", "Le président Yoon Suk Yeol est arrivé mardi à Astana pour une visite d'État de trois jours au Kazakhstan. "
           "Mercredi, Yoon s'entretiendra avec le président kazakh Kassym-Jomart Tokaïev. "
           "Yoon partira jeudi pour l'Ouzbékistan, dernière étape de sa tournée."),
])
def test_talks_announced_for_the_visit_going_on_are_part_of_it(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2024-06-11"))
    by_id = {e.id: e for e in r.events}
    talks = [e for e in r.events if e.type == "meeting"]
    assert len(talks) == 1 and talks[0].when == "2024-06-12"
    parent = by_id.get(talks[0].part_of) if talks[0].part_of else None
    assert parent is not None and parent.type == "visit" and parent.host == "KZ"
