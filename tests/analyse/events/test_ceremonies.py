"""A protocol welcome (guard of honour, anthems, gun salute) is a ceremony (GOLD.md: "a commemorative
or protocol act"), one however many sentences tell it, and part of the visit it opens."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def found(lang: str, text: str) -> list:
    return analyse(Document(doc="t", text=text, lang=lang, published="2024-11-20")).events


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент Казахстана Касым-Жомарт Токаев прибыл в Будапешт с государственным визитом. На площади Львов "
           "королевского дворца состоялась церемония официальной встречи. Прозвучали государственные гимны, "
           "главу государства торжественно встретили президент Венгрии Тамаш Шуйок и почетный караул."),
    ("en", "Kazakh President Kassym-Jomart Tokayev arrived in Budapest on a state visit. An official welcome "
           "ceremony was held at the Lions' Courtyard, where a guard of honour lined up."),
    ("ar", "وصل الرئيس الكازاخستاني قاسم جومارت توكاييف إلى بودابست في زيارة دولة، وجرت له مراسم استقبال رسمية "
           "في القصر الملكي."),
    ("kk", "Қасым-Жомарт Тоқаев Венгрияға мемлекеттік сапармен барды. Будапешттегі Король сарайында ресми қарсы "
           "алу рәсімі өтті."),
])
def test_an_official_welcome_is_one_ceremony_of_the_visit(lang: str, text: str) -> None:
    events = found(lang, text)
    ceremonies = [e for e in events if e.type == "ceremony"]
    visits = [e for e in events if e.type == "visit"]
    assert len(ceremonies) == 1 and len(visits) == 1
    assert ceremonies[0].part_of == visits[0].id


@pytest.mark.parametrize("lang, text", [
    ("en", "President of Kyrgyzstan Sadyr Japarov paid a state visit to Kazakhstan on March 2-3. The heads of state "
           "held talks in narrow and expanded formats with President Kassym-Jomart Tokayev."),
    ("ru", "Президент Киргизии Садыр Жапаров 2-3 марта находился с государственным визитом в Казахстане. Главы "
           "государств провели переговоры с президентом Казахстана Касым-Жомартом Токаевым."),
])
def test_undated_talks_of_a_dated_visit_happened_within_its_days(lang: str, text: str) -> None:
    events = analyse(Document(doc="t", text=text, lang=lang, published="2021-03-03")).events
    visit = next(e for e in events if e.type == "visit")
    talks = next(e for e in events if e.type == "meeting")
    assert visit.when == "2021-03-02/2021-03-03" and talks.when == visit.when
