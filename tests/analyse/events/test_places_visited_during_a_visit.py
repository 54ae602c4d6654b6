"""A museum, a foundation or a plant visited during a trip («a visité, lundi, la Fondation …», «visited the Qatar
Foundation») is a place of that visit, not one more visit ([not_trigger] visit, fr and en)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def visits(lang: str, text: str) -> list:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2022-02-22"))
    return [e for e in r.events if e.type == "visit"]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président algérien Abdelmadjid Tebboune est arrivé samedi à Doha pour une visite d'État au Qatar. "
           "Le président Tebboune a visité, lundi, la Fondation du Qatar pour l'éducation."),
    ("fr", "Le président algérien Abdelmadjid Tebboune est arrivé samedi à Doha pour une visite d'État au Qatar. "
           "Peu après son atterrissage, il a eu droit à une visite privée du grand musée d'art islamique."),
    ("en", "Algerian President Abdelmadjid Tebboune arrived in Doha on Saturday for a state visit to Qatar. "
           "On Monday, President Tebboune visited the Qatar Foundation for Education in Doha."),
])
def test_a_place_visited_is_no_second_visit(lang: str, text: str) -> None:
    assert len(visits(lang, text)) == 1


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président algérien Abdelmadjid Tebboune a visité le Qatar en février 2022."),
    ("en", "Algerian President Abdelmadjid Tebboune visited Qatar in February 2022."),
])
def test_a_country_visited_stays_a_visit(lang: str, text: str) -> None:
    assert len(visits(lang, text)) == 1


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président algérien Abdelmadjid Tebboune est arrivé samedi à Doha pour une visite d'État au Qatar. Le "
           "président a visité lundi la Bibliothèque nationale, où il a reçu des explications sur ses manuscrits."),
    ("en", "Algerian President Abdelmadjid Tebboune arrived in Doha on Saturday for a state visit to Qatar. On Monday "
           "the president toured the National Library, where he received explanations about its manuscripts."),
])
def test_explanations_received_are_no_talks(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2022-02-22"))
    assert [e for e in r.events if e.type == "meeting"] == []
