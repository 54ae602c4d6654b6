"""No document is signed where an agreement is only reached or not reached («cannot reach an agreement»,
«an agreement was achieved then on …»), where a treaty is said to be in force, or where «protocol» names a
service of the state («the Ministry of the Royal Household, Protocol and Chancellery», «ministère de la
Maison Royale, du Protocole et de la Chancellerie»)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def agreements(lang: str, text: str) -> int:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2023-11-27"))
    return sum(e.type == "agreement" for e in found.events)


NONE = [
    ("en", "President Lukashenko told the Kazakh leader in Minsk that the sides cannot reach an agreement on oil "
           "prices."),
    ("en", "The minister recalled his visit to Manama in 2017: an agreement was achieved then on building a school."),
    ("en", "Currently, the agreement on a strategic partnership is in force between our countries, the president "
           "said in Madrid."),
    ("en", "King Mohammed VI will pay an official visit to the UAE, the Ministry of the Royal Household, Protocol "
           "and Chancellery said."),
    ("fr", "Le roi Mohammed VI effectuera une visite officielle aux Emirats arabes unis, annonce un communiqué du "
           "ministère de la Maison Royale, du Protocole et de la Chancellerie."),
]


@pytest.mark.parametrize("lang, text", NONE, ids=[f"{c[0]}{i}" for i, c in enumerate(NONE)])
def test_no_document_signed(lang: str, text: str) -> None:
    assert agreements(lang, text) == 0


SIGNED = [
    ("en", "The two ministers signed a protocol on consular matters in Abu Dhabi on Monday."),
    ("fr", "Les deux ministres ont signé lundi à Abou Dhabi un protocole sur les affaires consulaires."),
]


@pytest.mark.parametrize("lang, text", SIGNED, ids=[c[0] for c in SIGNED])
def test_a_protocol_signed_is_still_one(lang: str, text: str) -> None:
    assert agreements(lang, text) == 1
