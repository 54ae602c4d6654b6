"""A guest received on arrival by the host's head of state or government («كان في استقباله لدى وصوله
الرئيس …», «a été accueilli par le président …») is the official welcome: a ceremony of the visit; told
again in the article by its guard of honour or gun salute, it is one welcome. A minister at the airport
is no such welcome."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2025-06-12")


@pytest.mark.parametrize("lang, text", [
    ("ar", "وصل رئيس سلوفاكيا بيتر بيليغريني إلى أستانا في زيارة دولة، وكان في استقباله لدى وصوله "
           "الرئيس الكازاخي قاسم جومارت توكاييف."),
    ("ar", "وصل رئيس سلوفاكيا بيتر بيليغريني صباح اليوم إلى مطار أستانا، حيث كان في استقباله رئيس "
           "الوزراء الكازاخي أولجاس بكتينوف."),
    ("fr", "Arrivé jeudi à Astana pour une visite d'État, le président slovaque Peter Pellegrini a été "
           "accueilli par le président kazakh Kassym-Jomart Tokaïev."),
    ("fr", "À son arrivée à l'aéroport d'Astana, Peter Pellegrini a été accueilli sur le tarmac par le chef "
           "de l'État kazakh, Kassym-Jomart Tokaïev."),
])
def test_a_welcome_by_the_leader_is_a_ceremony(lang: str, text: str) -> None:
    found = types(lang, text)
    assert "ceremony" in found and "visit" in found and "meeting" not in found


@pytest.mark.parametrize("lang, text", [
    ("ar", "وصل رئيس سلوفاكيا بيتر بيليغريني إلى أستانا، وكان في استقباله لدى وصوله إلى المطار وزير "
           "الخارجية الكازاخي مراد نورتليو."),
    ("fr", "Le président slovaque Peter Pellegrini est arrivé à Astana, où il a été accueilli par le "
           "ministre kazakh des Affaires étrangères Mourat Nourtleou."),
])
def test_a_minister_at_the_airport_is_no_ceremony(lang: str, text: str) -> None:
    assert "ceremony" not in types(lang, text)


def test_the_welcome_and_its_gun_salute_are_one_ceremony() -> None:
    text = ("وصل رئيس سلوفاكيا بيتر بيليغريني إلى أستانا في زيارة دولة، وكان في استقباله لدى وصوله الرئيس "
            "الكازاخي قاسم جومارت توكاييف. وقد أطلقت تحية من إحدى وعشرين طلقة مدفعية تكريما للرئيس الضيف.")
    assert types("ar", text).count("ceremony") == 1
