"""The other stops of a tour told in passing are visits of the touring side to those countries."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("en", "South Korean President Lee Min-ho arrived in Astana on Tuesday for a state visit to Kazakhstan. "
           "President Lee flew in from Turkmenistan, the first leg of his Central Asia trip. "
           "He will depart for Uzbekistan on Thursday.",
     {("TM", "../2025-06-10"), ("UZ", "2025-06-12/..")}),
    ("fr", "Le président sud-coréen Lee Min-ho est arrivé mardi à Astana pour une visite d'État au Kazakhstan, "
           "en provenance du Turkménistan. Le président coréen doit arriver jeudi en Ouzbékistan.",
     {("TM", "../2025-06-10"), ("UZ", "2025-06-12/..")}),
    ("ru", "Президент Республики Корея Ли Мин Хо во вторник прибыл в Астану с государственным визитом. "
           "В Казахстан президент прилетел из Туркменистана. В четверг он отправится в Узбекистан.",
     {("TM", "../2025-06-10"), ("UZ", "2025-06-12/..")}),
    ("ar", "وصل رئيس كوريا الجنوبية لي مين هو إلى أستانة الثلاثاء في زيارة دولة لكازاخستان قادما من تركمانستان. "
           "ويتوجه الرئيس الكوري يوم الخميس إلى أوزبكستان.",
     {("TM", "../2025-06-10"), ("UZ", "2025-06-12/..")}),
]


@pytest.mark.parametrize("lang, text, legs", CASES, ids=[c[0] for c in CASES])
def test_a_tours_other_stops_are_visits_of_their_own(lang: str, text: str, legs: set[tuple[str, str]]) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-06-10"))
    visits = {(e.host, e.when, tuple(e.countries)) for e in found.events if e.type == "visit"}
    assert any(host == "KZ" and countries == ("KR", "KZ") for host, _, countries in visits), visits
    for host, when in legs:
        assert (host, when, tuple(sorted({"KR", host}))) in visits, visits


@pytest.mark.parametrize("lang, text", [
    ("en", "Kazakh Foreign Minister Murat Nurtleu arrived in Ulaanbaatar on Tuesday. Nurtleu flew in from Astana."),
    ("ru", "Министр иностранных дел Казахстана Мурат Нуртлеу прибыл в Улан-Батор. Он прилетел из Астаны."),
], ids=["en", "ru"])
def test_a_flight_from_home_is_no_visit(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-06-10"))
    assert [e.host for e in found.events if e.type == "visit"] == ["MN"]


# Listed stops, stops told in passing and third countries the visitor is sent to: one visit per country,
# each of the touring side to that country, never the article's own visit.
LISTS = [
    ("en", "Japanese Foreign Minister Taro Sato arrived in Astana on Tuesday for talks with Kazakhstan. "
           "Sato, who visited Georgia before stopping in Armenia and Azerbaijan, will also visit "
           "Mongolia and Kyrgyzstan.",
     {("GE", None), ("AM", "../2025-06-10"), ("AZ", "../2025-06-10"),
      ("MN", "2025-06-10/.."), ("KG", "2025-06-10/..")}),
    ("fr", "Le ministre japonais des Affaires étrangères Taro Sato est arrivé mardi à Astana pour une visite "
           "au Kazakhstan. Il se rendra ensuite en Mongolie et en Ouzbékistan.",
     {("MN", "2025-06-10/.."), ("UZ", "2025-06-10/..")}),
    ("ru", "Министр иностранных дел Японии Таро Сато во вторник прибыл в Астану с визитом. "
           "Ранее он посетил Грузию и Армению, а затем посетит Монголию.",
     {("GE", "../2025-06-10"), ("AM", "../2025-06-10"), ("MN", "2025-06-10/..")}),
]


@pytest.mark.parametrize("lang, text, legs", LISTS, ids=[c[0] for c in LISTS])
def test_every_listed_stop_is_a_visit_of_its_own(lang: str, text: str, legs: set[tuple[str, str]]) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-06-10"))
    visits = {(e.host, e.when, tuple(e.countries)) for e in found.events if e.type == "visit"}
    assert any(host == "KZ" and countries == ("JP", "KZ") for host, _, countries in visits), visits
    for host, when in legs:  # None: the visit's own trigger dates it
        assert any(h == host and when in (None, w) and c == tuple(sorted({"JP", host}))
                   for h, w, c in visits), visits


# -- The day a tour began at another stop is not the day of the talks told at this one.
ANOTHER_STOP = [
    ("en", "U.S. Secretary of State Antony Blinken arrived in Astana on Feb. 28 for talks.\n\n"
           "The visit is part of Blinken's tour, which began Feb. 25 in London.\n\n"
           "While in Astana, Blinken met with Foreign Minister Mukhtar Tileuberdi."),
    ("ru", "Государственный секретарь США Энтони Блинкен прибыл в Астану 28 февраля для переговоров.\n\n"
           "Визит является частью турне Блинкена, которое началось 25 февраля в Лондоне.\n\n"
           "В Астане Блинкен встретился с министром иностранных дел Мухтаром Тлеуберди."),
]


@pytest.mark.parametrize("lang, text", ANOTHER_STOP, ids=[c[0] for c in ANOTHER_STOP])
def test_the_day_a_tour_began_elsewhere_dates_no_talks_here(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2023-03-03"))
    meetings = [e for e in found.events if e.type == "meeting" and e.host == "KZ"]
    assert meetings and all(m.when != "2023-02-25" for m in meetings), [(m.when, m.text) for m in meetings]
