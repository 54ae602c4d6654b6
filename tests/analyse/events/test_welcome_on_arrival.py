"""The host's leader welcoming the guest on arrival («accueille … à son arrivée», «welcomed … upon his
arrival», «встретил … в аэропорту», «в аэропорту … проводил премьер-министр», «әуежайда … Президенті
қарсы алды»), a «cérémonie de bienvenue», a handshake at the aircraft steps, the anthems heard: the protocol
of arrival or departure, a ceremony; when the sentence tells no talks, no meeting either. A minister at the
airport is no such welcome."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2025-03-12")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président sénégalais Bassirou Diomaye Faye accueille le président mauritanien Mohamed Ould "
           "Ghazouani à son arrivée à Dakar, mardi."),
    ("fr", "Le président du Sénégal et son homologue mauritanien ont échangé une accolade à la descente "
           "d'avion du dirigeant mauritanien, mardi à Dakar."),
    ("en", "Senegalese President Bassirou Diomaye Faye welcomed Mauritanian President Mohamed Ould Ghazouani "
           "upon his arrival in Dakar on Tuesday."),
    ("en", "Mauritanian President Mohamed Ould Ghazouani was welcomed by his Senegalese counterpart Bassirou "
           "Diomaye Faye upon his arrival in Dakar on Tuesday."),
    ("ru", "Президент Сенегала Бассиру Диомай Фай встретил президента Мавритании Мохамеда ульд Газуани в "
           "аэропорту Дакара."),
    ("ru", "В аэропорту Дакара президента Мавритании Мохамеда ульд Газуани лично проводил премьер-министр "
           "Сенегала Усман Сонко."),
    ("kk", "Әуежайда Мавритания Президенті Мохамед ульд Газуаниді Сенегал Президенті Бассиру Диомай Фай қарсы алды."),
])
def test_a_welcome_on_arrival_by_the_leader_is_a_ceremony(lang: str, text: str) -> None:
    found = types(lang, text)
    assert "ceremony" in found and "meeting" not in found, found


def test_a_welcome_ceremony_beside_the_talks() -> None:
    text = ("Le président sénégalais Bassirou Diomaye Faye a reçu mardi à Dakar le président mauritanien "
            "Mohamed Ould Ghazouani lors d'une cérémonie de bienvenue.")
    assert "ceremony" in types("fr", text)


def test_the_anthems_heard_are_the_welcome() -> None:
    text = ("Президент Мавритании Мохамед ульд Газуани прибыл в Дакар. Главы государств заслушали гимны "
            "Сенегала и Мавритании.")
    assert "ceremony" in types("ru", text)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le ministre sénégalais des Affaires étrangères Yassine Fall a accueilli le président mauritanien "
           "Mohamed Ould Ghazouani à son arrivée à Dakar."),
    ("en", "Senegalese Foreign Minister Yassine Fall welcomed Mauritanian President Mohamed Ould Ghazouani "
           "upon his arrival in Dakar on Tuesday."),
])
def test_a_minister_welcoming_on_arrival_is_no_ceremony(lang: str, text: str) -> None:
    found = types(lang, text)
    assert "ceremony" not in found and "visit" in found, found
