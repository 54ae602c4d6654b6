"""What is told after an arrival belongs to the visit the traveller arrived for, not to the stop he came from
(«arrivé dimanche à Doha, en provenance des Émirats arabes unis», «coming from the United Arab Emirates»):
the welcome at the airport is part of the visit to Qatar and takes its host and day."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le roi Mohammed VI est arrivé dimanche soir à Doha, en provenance des Émirats arabes unis, pour une visite "
           "officielle au Qatar. A sa descente d'avion à l'aéroport international Hamad, le souverain a été accueilli "
           "par l'émir du Qatar, Cheikh Tamim Ben Hamad Al Thani, avant de passer en revue un détachement de la garde "
           "d'honneur."),
    ("en", "King Mohammed VI of Morocco, coming from the United Arab Emirates, arrived in Doha on Sunday evening for an "
           "official visit to Qatar. Upon his arrival at Hamad International Airport, the King was welcomed by the Emir "
           "of Qatar, Sheikh Tamim bin Hamad Al Thani, and reviewed a guard of honour."),
])
def test_the_welcome_belongs_to_the_visit_arrived_for(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2017-11-12"))
    visit = next(e for e in r.events if e.type == "visit" and e.host == "QA")
    welcome = next(e for e in r.events if e.type == "ceremony")
    assert welcome.part_of == visit.id and welcome.host == "QA" and welcome.when == "2017-11-12"
