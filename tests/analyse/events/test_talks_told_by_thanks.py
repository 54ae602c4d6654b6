"""An article that tells a visit as its news and names no meeting, where the host thanks the guest
(«Нұрсұлтан Назарбаев Испания Короліне … алғыс айтты», «Tokayev thanked the King for …»), tells the
two sides' talks by that sentence; an article with a meeting word, or with no visit, gets none from it."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def types(lang: str, text: str) -> list[str]:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2019-06-10"))
    return sorted(e.type for e in found.events)


THANKS = [
    ("kk", "Португалия Президенті Марселу Ребелу ди Соза Қазақстанға ресми сапармен келді. Қасым-Жомарт Тоқаев "
           "Португалия Президентіне халықаралық аренадағы қолдауы үшін алғыс айтты."),
    ("ru", "Президент Португалии Марселу Ребелу ди Соза прибыл в Казахстан с официальным визитом. Касым-Жомарт "
           "Токаев поблагодарил президента Португалии за поддержку на международной арене."),
    ("en", "President of Portugal Marcelo Rebelo de Sousa arrived in Kazakhstan on an official visit. "
           "Kassym-Jomart Tokayev thanked the President of Portugal for his support on the international stage."),
]


@pytest.mark.parametrize("lang, text", THANKS, ids=[c[0] for c in THANKS])
def test_the_host_thanking_the_guest_tells_their_talks(lang: str, text: str) -> None:
    assert types(lang, text) == ["meeting", "visit"]


NO_VISIT = [
    ("kk", "Қасым-Жомарт Тоқаев Португалия Президентіне халықаралық аренадағы қолдауы үшін алғыс айтты."),
    ("ru", "Касым-Жомарт Токаев поблагодарил президента Португалии за поддержку на международной арене."),
]


@pytest.mark.parametrize("lang, text", NO_VISIT, ids=[c[0] for c in NO_VISIT])
def test_thanks_without_a_visit_tell_no_talks(lang: str, text: str) -> None:
    assert "meeting" not in types(lang, text)


MEETING_TOLD = [
    ("kk", "Португалия Президенті Марселу Ребелу ди Соза Қазақстанға ресми сапармен келді. Ақордада Қасым-Жомарт "
           "Тоқаев Марселу Ребелу ди Созамен кездесті. Мемлекет басшысы Португалия Президентіне қолдауы үшін "
           "алғыс айтты."),
    ("en", "President of Portugal Marcelo Rebelo de Sousa arrived in Kazakhstan on an official visit. Kassym-Jomart "
           "Tokayev met Marcelo Rebelo de Sousa at the Akorda. Tokayev thanked the President of Portugal for his "
           "support."),
]


@pytest.mark.parametrize("lang, text", MEETING_TOLD, ids=[c[0] for c in MEETING_TOLD])
def test_thanks_after_a_meeting_word_add_no_talks(lang: str, text: str) -> None:
    assert types(lang, text).count("meeting") == 1
