"""The session of a joint body (a joint commission, a cooperation council) is a meeting of its own beside
the talks of the two who co-chair it; talks told twice stay one meeting."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def meetings(lang: str, text: str) -> int:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2022-03-12"))
    return sum(e.type == "meeting" for e in r.events)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Premier ministre mauritanien Mohamed Ould Bilal Messoud est arrivé jeudi à Rabat. Vendredi, Aziz "
           "Akhannouch s'est entretenu avec Mohamed Ould Bilal Messoud. Aziz Akhannouch et Mohamed Ould Bilal "
           "Messoud ont ensuite coprésidé les travaux de la 8e session de la Haute commission mixte."),
    ("ru", "Президент Кыргызстана Садыр Жапаров прибыл в Астану с государственным визитом. Касым-Жомарт Токаев "
           "провел переговоры с Садыром Жапаровым. Затем Касым-Жомарт Токаев и Садыр Жапаров провели заседание "
           "межправительственной комиссии."),
])
def test_a_joint_body_session_is_a_meeting_beside_the_talks(lang: str, text: str) -> None:
    assert meetings(lang, text) == 2


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент Кыргызстана Садыр Жапаров прибыл в Астану с государственным визитом. Касым-Жомарт Токаев "
           "провел переговоры с Садыром Жапаровым. В ходе переговоров Касым-Жомарт Токаев и Садыр Жапаров "
           "обсудили торговлю."),
])
def test_talks_told_twice_stay_one_meeting(lang: str, text: str) -> None:
    assert meetings(lang, text) == 1


@pytest.mark.parametrize("lang, text", [
    ("en", "President of Kyrgyzstan Sadyr Japarov will pay a state visit to Kazakhstan. As part of the visit, the heads "
           "of state will hold bilateral talks in a narrow format and the next, seventh meeting of the Supreme "
           "Interstate Council."),
    ("ru", "Президент Кыргызстана Садыр Жапаров прибыл в Астану с государственным визитом. Касым-Жомарт Токаев и "
           "Садыр Жапаров провели переговоры, а также заседание межправительственной комиссии."),
])
def test_talks_and_a_joint_body_session_in_one_sentence_are_two_meetings(lang: str, text: str) -> None:
    assert meetings(lang, text) == 2
