"""One article, one occasion: news it tells without a date of its own happened on the day it gives."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("fr", "Le Maroc et le Sénégal ont signé, lundi à Rabat, plusieurs accords de coopération à l'occasion de "
           "la 15e session de la Grande Commission mixte.\n\n"
           "Les deux ministres ont également signé un mémorandum d'entente sur les consultations consulaires.",
     "2026-01-27", "2026-01-26"),
    ("en", "Senegal and Morocco signed several cooperation agreements in Rabat on Monday during the 15th session "
           "of their Joint Commission.\n\n"
           "The two ministers also signed a memorandum of understanding on youth and sports.",
     "2026-01-27", "2026-01-26"),
    ("ru", "Марокко и Сенегал в понедельник подписали в Рабате ряд соглашений о сотрудничестве.\n\n"
           "Министры также подписали меморандум о взаимопонимании в области молодёжи и спорта.",
     "2026-01-27", "2026-01-26"),
]


@pytest.mark.parametrize("lang, text, published, day", CASES, ids=[c[0] for c in CASES])
def test_an_undated_signing_of_the_reported_occasion_takes_its_day(lang: str, text: str, published: str,
                                                                   day: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published=published))
    signings = [e for e in found.events if e.type == "agreement"]
    assert len(signings) >= 2
    assert {e.when for e in signings} == {day}


def test_two_days_in_the_week_leave_an_undated_event_undated() -> None:
    # the article reports signings on two days: a third, undated, cannot be put on either
    text = ("Lundi, le Maroc et le Kazakhstan ont signé à Rabat un accord sur les services aériens.\n\n"
            "Jeudi, les deux pays ont signé un accord sur les transports routiers.\n\n"
            "Un mémorandum sur la jeunesse a aussi été signé.")
    found = analyse(Document(doc="t", text=text, lang="fr", published="2026-01-30"))
    undated = [e for e in found.events if e.type == "agreement" and "jeunesse" in e.text]
    assert undated and undated[0].when == "2026-01/2026-01-30"


def test_a_dated_signing_does_not_date_a_visit() -> None:
    # the day a document was signed is not the day an undated visit began
    text = ("Le ministre kazakh des Affaires étrangères effectue une visite officielle au Maroc.\n\n"
            "Jeudi, les deux pays ont signé un accord sur les transports routiers.")
    found = analyse(Document(doc="t", text=text, lang="fr", published="2026-01-30"))
    visits = [e for e in found.events if e.type == "visit"]
    assert visits and visits[0].when != "2026-01-29"


def test_a_recalled_event_keeps_its_own_date() -> None:
    text = ("Kazakhstan and Hungary signed a visa waiver agreement in Budapest on Tuesday.\n\n"
            "In 2014, the two countries signed a strategic partnership treaty.")
    found = analyse(Document(doc="t", text=text, lang="en", published="2024-11-21"))
    recalled = [e for e in found.events if e.type == "agreement" and "2014" in e.text]
    assert recalled and recalled[0].when == "2014"
