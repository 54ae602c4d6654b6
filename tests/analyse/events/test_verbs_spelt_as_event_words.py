"""French verbs spelt like an event's noun («accorde une grande attention», «a traité les migrants», «une politique
tournée vers») tell no agreement and no tour ([not_trigger]); the nouns stay triggers."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def types(lang: str, text: str) -> list[str]:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2023-10-10"))
    return [e.type for e in r.events]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président kazakh Kassym-Jomart Tokaïev accorde une grande attention au secteur de l'uranium, "
           "a indiqué l'Élysée."),
    ("fr", "Le ministre a rappelé que la Tunisie a traité les réfugiés avec dignité et refuse toute ingérence."),
    ("en", "Kazakh President Kassym-Jomart Tokayev pays great attention to the uranium sector, the Elysee said."),
])
def test_the_verbs_are_no_agreement(lang: str, text: str) -> None:
    assert "agreement" not in types(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Élu en octobre dernier sur la base d'une diplomatie tournée vers l'Afrique, le président sénégalais "
           "s'exprime peu."),
    ("en", "Elected last October on a foreign policy turned towards Africa, the Senegalese president rarely speaks."),
])
def test_a_policy_turned_towards_is_no_tour(lang: str, text: str) -> None:
    assert "visit" not in types(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Mardi à Astana, les ministres kazakh et français des Affaires étrangères ont signé un accord sur "
           "l'enseignement du français."),
    ("fr", "Le traité d'amitié entre le Kazakhstan et la France a été signé mardi à Astana par les deux présidents."),
])
def test_the_nouns_stay_agreements(lang: str, text: str) -> None:
    assert types(lang, text).count("agreement") == 1
