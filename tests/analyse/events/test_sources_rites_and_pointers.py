"""Who is named only as the source of an announcement («…, a annoncé … Matteo Bruni», «…, the Vatican press
office announced X») is no visitor; rites and believers («a Holy Mass for thousands of Roman Catholics») are no
people; «Рим Папасын әуежайда» is an airport, not a named one; a visit told only as what the site wrote
before («… сапары аяқталғанын жазған едік», «Ранее мы писали о … визите») is a pointer, no event; and a verb
of meeting in the future that closes a chain («Ватиканға сапарымен барып, … кездеседі») makes both to come."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def _read(lang: str, text: str, published: str = "2022-08-01"):
    return analyse(Document(doc="t", text=text, lang=lang, published=published))


@pytest.mark.parametrize("lang, text, source", [
    ("fr", "Du 13 au 15 septembre 2022, le pape François se rendra au Kazakhstan, a annoncé le 1er août dans un "
           "communiqué Matteo Bruni, directeur du Bureau de presse du Saint-Siège.", "Bruni"),
    ("en", "Pope Francis will travel to Kazakhstan from 13 to 15 September, announced on Monday press office "
           "director Matteo Bruni.", "Bruni"),
    ("ru", "Папа Римский Франциск посетит Казахстан 13-15 сентября, объявил в понедельник директор "
           "пресс-службы Маттео Бруни.", "Бруни"),
])
def test_the_source_of_an_announcement_is_no_visitor(lang: str, text: str, source: str) -> None:
    r = _read(lang, text)
    (visit,) = [e for e in r.events if e.type == "visit"]
    names = {p.id: p.name for p in r.people}
    assert visit.people and not [p for p in visit.people if source in names[p]]


def test_rites_and_believers_are_no_people() -> None:
    r = _read("en", "On September 14, Pope Francis will conduct a Holy Mass for thousands of Roman Catholics, "
                    "including pilgrims.", "2022-09-13")
    assert {p.name for p in r.people} == {"Francis"}


@pytest.mark.parametrize("lang, text", [
    ("kk", "Мемлекет басшысы Қасым-Жомарт Тоқаев Рим Папасын әуежайда қарсы алды."),
    ("ru", "Глава государства Касым-Жомарт Токаев встретил Папу Римского в аэропорту."),
])
def test_an_airport_unnamed_is_no_named_venue(lang: str, text: str) -> None:
    assert not [p for p in _read(lang, text).places if "Пап" in p.text]


@pytest.mark.parametrize("lang, text", [
    ("kk", "Сенат төрағасы Мәулен Әшімбаев 10 желтоқсанда Ватиканға жұмыс сапарымен барады. 2 желтоқсанда Рим "
           "Папасы Лев XIV-тің алғашқы елшілік сапары аяқталғанын жазған едік."),
    ("ru", "Председатель Сената Маулен Ашимбаев 10 декабря посетит Ватикан с рабочим визитом. Ранее мы писали о "
           "завершении первого апостольского визита Папы Римского Льва XIV."),
])
def test_a_visit_the_site_wrote_about_before_is_no_event(lang: str, text: str) -> None:
    visits = [e for e in _read(lang, text, "2025-12-09").events if e.type == "visit"]
    assert [v.when for v in visits] == ["2025-12-10"]


@pytest.mark.parametrize("lang, text", [
    ("kk", "Сенат төрағасы Мәулен Әшімбаев Ватиканға жұмыс сапарымен барып, Рим Папасы Лев XIV-пен кездеседі."),
    ("ru", "Председатель Сената Маулен Ашимбаев посетит Ватикан с рабочим визитом и встретится с Папой Римским "
           "Львом XIV."),
])
def test_a_chain_closed_by_a_future_meeting_is_all_to_come(lang: str, text: str) -> None:
    r = _read(lang, text, "2025-12-09")
    assert {e.type: e.when for e in r.events} == {"visit": "2025-12-09/..", "meeting": "2025-12-09/.."}
