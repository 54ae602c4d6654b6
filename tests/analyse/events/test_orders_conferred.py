"""An order or a medal conferred is a ceremony (GOLD.md: awards): «s'est vu décerner l'ordre de l'Amitié»,
«a remis l'Ordre Hô Chi Minh», «was awarded the Order of Friendship»; «l'ordre du jour» is no order."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def ceremonies(lang: str, text: str) -> int:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-10-02"))
    return sum(e.type == "ceremony" for e in found.events)


AWARDS = [
    ("fr", "Le 2 octobre, lors d'une visite officielle à Lisbonne, le président kazakh s'est vu décerner par le "
           "président portugais l'ordre de l'Infant Dom Henrique."),
    ("fr", "A cette occasion, le président portugais a remis l'Ordre Camões au président kazakh à Lisbonne."),
    ("en", "On 2 October in Lisbon, the Portuguese president conferred the Order of Prince Henry on the Kazakh "
           "president."),
]


@pytest.mark.parametrize("lang, text", AWARDS, ids=[f"{c[0]}{i}" for i, c in enumerate(AWARDS)])
def test_an_order_conferred_is_a_ceremony(lang: str, text: str) -> None:
    assert ceremonies(lang, text) == 1


def test_the_order_of_the_day_is_no_order() -> None:
    text = "Les deux ministres ont abordé à Lisbonne l'ordre du jour de la prochaine session de la commission."
    assert ceremonies("fr", text) == 0
