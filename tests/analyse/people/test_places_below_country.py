"""A province, a village, an airport's terminal, a platform of states or a ministry's department named with
capitals («Bac Ninh Province», «Amiri Terminal», «la province de Bac Ninh», «la Plateforme de Crimée») is
no person taking part."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text, person, not_person", [
    ("en", "The Emir received President Mattarella at the Amiri Terminal of Hamad International Airport.",
     "Mattarella", "Amiri"),
    ("en", "President Mattarella and his host will tour a ceramics workshop in Bac Ninh Province on Tuesday.",
     "Mattarella", "Bac Ninh"),
    ("en", "Speaker Andreas Aebi will attend the Crimea Platform summit in Kyiv.", "Andreas Aebi", "Crimea"),
    ("en", "The talks were attended by the head of the Consular Department, Aliya Ospanova.",
     "Aliya Ospanova", "Consular"),
    ("fr", "Le président Mattarella visitera mardi un atelier de céramique dans la province de Bac Ninh.",
     "Mattarella", "Bac Ninh"),
    ("fr", "Le président du Conseil national Andreas Aebi participera au sommet de la Plateforme de Crimée à Kiev.",
     "Andreas Aebi", "Crimée"),
])
def test_a_place_or_body_is_no_person(lang: str, text: str, person: str, not_person: str) -> None:
    names = [p.name for p in analyse(Document(doc="t", text=text, lang=lang, published="2025-09-05")).people]
    assert any(person in n for n in names)
    assert not any(not_person in n for n in names)


def test_a_person_named_after_of_is_still_found() -> None:
    text = "Le ministre des Affaires étrangères de Malte, Ian Borg, a été reçu au palais de Carthage."
    names = [p.name for p in analyse(Document(doc="t", text=text, lang="fr", published="2025-09-05")).people]
    assert any("Ian Borg" in n for n in names)
