"""A trip announced without a date («Қазақстанға мемлекеттік сапармен келеді», «Мароккоға сапар жасайды»,
«Қазақстанға келмекші») is still to come: dated from the publication on, not as the week's news
(GOLD.md Clarifications); the talks announced for it («келіссөздер өтеді») are to come too; and a
source named after «…, деп хабарлады» is the speaker, so the traveller who opens the sentence is the visitor."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def _read(lang: str, text: str):
    return analyse(Document(doc="t", text=text, lang=lang, published="2024-05-03"))


@pytest.mark.parametrize("lang, text, visitor", [
    ("kk", "Түркия президенті Реджеп Тайып Ердоған Қазақстанға мемлекеттік сапармен келеді, деп хабарлады "
           "Ақорданың баспасөз қызметі.", "Ердоған"),
    ("kk", "Үндістан премьер-министрі Нарендра Моди Қазақстанға ресми сапармен келмекші.", "Моди"),
    ("kk", "Түркия президенті Реджеп Тайып Ердоған Қазақстанға сапар жасайды.", "Ердоған"),
    ("ru", "Президент Турции Реджеп Тайип Эрдоган посетит Казахстан с государственным визитом, сообщила "
           "пресс-служба Акорды.", "Эрдоган"),
])
def test_an_undated_trip_announced_runs_from_the_publication_on(lang: str, text: str, visitor: str) -> None:
    (visit,) = [e for e in _read(lang, text).events if e.type == "visit"]
    assert visit.when == "2024-05-03/.."
    assert [p.name for p in _read(lang, text).people if visitor in p.name]


@pytest.mark.parametrize("lang, text", [
    ("kk", "Түркия президенті Реджеп Тайып Ердоған Қазақстанға мемлекеттік сапармен келеді. "
           "Сапар аясында Қасым-Жомарт Тоқаевпен келіссөздер өтеді."),
    ("ru", "Президент Турции Реджеп Тайип Эрдоган посетит Казахстан с государственным визитом. "
           "В ходе визита состоятся переговоры с Касым-Жомартом Токаевым."),
])
def test_talks_of_an_announced_trip_are_to_come(lang: str, text: str) -> None:
    r = _read(lang, text)
    assert {e.type: e.when for e in r.events} == {"visit": "2024-05-03/..", "meeting": "2024-05-03/.."}


def test_the_visitor_is_named_before_a_closed_report() -> None:
    r = _read("kk", "Түркия президенті Реджеп Тайып Ердоған Қазақстанға мемлекеттік сапармен келеді, деп "
                    "хабарлады Ақорданың баспасөз қызметі.")
    (visit,) = [e for e in r.events if e.type == "visit"]
    names = {p.id: p.name for p in r.people}
    assert [names[p] for p in visit.people] == ["Реджеп Тайып Ердоған"]
