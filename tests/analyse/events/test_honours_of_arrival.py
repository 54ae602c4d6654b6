"""The honours of arrival are a ceremony of the visit: a guard of honour reviewed, the «official meeting
ceremony», a guest met at the airport by the head of state himself (a minister meeting him there is the
protocol of arrival, no event of its own)."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2025-09-22")


@pytest.mark.parametrize("lang, text", [
    ("en", "Slovak President Peter Pellegrini landed at Astana International Airport on Monday afternoon, starting "
           "a three-day state visit to Kazakhstan. President Tokayev was present at the airport to welcome the "
           "Slovak leader and his delegation."),
    ("en", "The state visit began with the official meeting ceremony with the President of Kazakhstan "
           "Kassym-Jomart Tokayev in Akorda on Tuesday."),
    ("en", "King Mohammed VI received Senegal's President Bassirou Diomaye Faye at the Royal Palace in Rabat on "
           "Friday. Upon arrival, the guest reviewed a detachment of the Royal Guard who rendered the honours."),
    ("en", "President of Slovakia Peter Pellegrini arrived in Astana on Monday and was welcomed at the airport "
           "by President Kassym-Jomart Tokayev."),
    ("ru", "Президент Словакии Петер Пеллегрини прибыл в Астану с государственным визитом. В аэропорту его лично "
           "встретил Президент Казахстана Касым-Жомарт Токаев."),
])
def test_the_honours_of_arrival_are_a_ceremony(lang: str, text: str) -> None:
    assert "ceremony" in types(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "The Slovak President arrived in Astana on a state visit. Prime Minister of Kazakhstan Olzhas "
           "Bektenov met him at Nursultan Nazarbayev International Airport."),
    ("ru", "Президент Словакии прибыл с визитом в Астану. В аэропорту Астаны гостя встретил премьер-министр "
           "Казахстана Олжас Бектенов."),
])
def test_a_minister_at_the_airport_is_no_ceremony(lang: str, text: str) -> None:
    assert "ceremony" not in types(lang, text)


def test_the_honours_of_a_departure_seen_off_are_no_ceremony() -> None:
    text = ("After reviewing a detachment of the Royal Air Forces who paid the honours, the Prime Minister of Malta was "
            "seen off by Foreign Minister Nasser Bourita.")
    assert "ceremony" not in types("en", text)
