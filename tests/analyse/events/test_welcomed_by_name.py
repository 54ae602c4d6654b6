"""A guest welcomed by name by the host («King Mohammed VI welcomed Spanish Prime Minister Pedro Sánchez»,
«En accueillant le Premier ministre Nikol Pashinyan») is met: a meeting, and the guest's visit. A decision
or an initiative welcomed, and a guest welcomed on arrival («was welcomed by», «a été accueilli à
l'aéroport»), are no talks."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2024-02-22")


@pytest.mark.parametrize("lang, text", [
    ("en", "King Mohammed VI of Morocco welcomed Spanish Prime Minister Pedro Sánchez on February 22, 2024, at the "
           "Royal Palace in Rabat."),
    ("fr", "En accueillant le Premier ministre arménien Nikol Pashinyan à Akorda, le Président du Kazakhstan "
           "Kassym-Jomart Tokaïev a salué le développement des relations."),
])
def test_a_guest_welcomed_by_name_is_met(lang: str, text: str) -> None:
    assert sorted(types(lang, text)) == ["meeting", "visit"]


@pytest.mark.parametrize("lang, text", [
    ("en", "President Kassym-Jomart Tokayev welcomed Kazakhstan's accession to the organisation and welcomed the "
           "decision of the Council."),
    ("en", "Egyptian President Abdel Fattah El Sisi arrived in Saudi Arabia on Tuesday, where he was welcomed by "
           "Saudi Crown Prince Mohammed bin Salman."),
    ("fr", "Vladimir Poutine a été accueilli à l'aéroport de la capitale vietnamienne par le Président Tô Lâm."),
])
def test_a_decision_welcomed_or_a_welcome_on_arrival_is_no_meeting(lang: str, text: str) -> None:
    assert "meeting" not in types(lang, text)
