"""A guest met at the airport or at the aircraft steps: the protocol of arrival belongs to the visit
and is no meeting of the sides, while talks told in the same sentence still are."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2025-06-12")


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент Словакии прибыл с визитом в Астану. В аэропорту Астаны гостя встретил премьер-министр "
           "Казахстана Олжас Бектенов."),
    ("ru", "Президент Словакии прибыл с визитом в Астану, его в столичном аэропорту встретил президент "
           "Казахстана Касым-Жомарт Токаев."),
    ("ru", "Премьер-министр Словакии прибыл в Астану. У трапа самолета его встретил министр иностранных дел "
           "Казахстана Мурат Нуртлеу."),
    ("ru", "Премьер-министр Словакии прибыл в Астану. Высокопоставленного гостя встречали министр иностранных "
           "дел Мурат Нуртлеу и аким столицы."),
    ("en", "The Slovak President arrived in Astana on a state visit. Prime Minister of Kazakhstan Olzhas "
           "Bektenov met him at Nursultan Nazarbayev International Airport."),
    ("ar", "وصل رئيس سلوفاكيا إلى أستانا في زيارة دولة، واستقبله رئيس الوزراء الكازاخي أولجاس بكتينوف "
           "بمطار أستانا الدولي."),
])
def test_an_airport_welcome_is_no_meeting(lang: str, text: str) -> None:
    found = types(lang, text)
    assert "visit" in found and "meeting" not in found


@pytest.mark.parametrize("lang, text", [
    ("ru", "В аэропорту Астаны президента Словакии встретил премьер-министр Казахстана Олжас Бектенов, "
           "после чего стороны провели переговоры."),
    ("ar", "وصل رئيس سلوفاكيا صباح اليوم في مطار أستانا واستقبله رئيس الوزراء الكازاخي أولجاس بكتينوف "
           "الذي أجرى معه محادثات."),
])
def test_talks_told_beside_the_welcome_stay(lang: str, text: str) -> None:
    assert "meeting" in types(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("ru", "В Акорде состоялась торжественная церемония встречи президента Словакии Петера Пеллегрини, "
           "прибывшего в Казахстан с государственным визитом."),
    ("kk", "Ақордада Қазақстанға мемлекеттік сапармен келген Словакия Президенті Петер Пеллегриниді ресми "
           "қарсы алу рәсімі өтті."),
])
def test_a_welcome_ceremony_is_no_meeting(lang: str, text: str) -> None:
    found = types(lang, text)
    assert "meeting" not in found and "visit" in found
