"""A meeting named twice without anyone in it («a high-level meeting of the two heads of state took place …
The meeting lasted two hours») is the one meeting the article tells, not two; a Kazakh envoy's work trip
named again («Іс-сапар барысында …») is the trip told, not another visit."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def count(lang: str, text: str, etype: str) -> int:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2017-11-29"))
    return sum(e.type == etype for e in found.events)


TWICE = [
    ("kk", "Мемлекет басшысы Нұрсұлтан Назарбаев Лиссабонға ресми сапармен барды. Сондай-ақ екі мемлекет "
           "басшыларының жоғары деңгейдегі кездесуі өтті. Тауар айналымы 64%-ға артты. Кездесу екі сағатқа "
           "созылды."),
    ("en", "President Nursultan Nazarbayev arrived in Lisbon on an official visit. A high-level meeting of the two "
           "heads of state took place. Bilateral trade grew by 64 percent this year. The meeting lasted two hours."),
]


@pytest.mark.parametrize("lang, text", TWICE, ids=[c[0] for c in TWICE])
def test_a_bare_meeting_named_twice_is_one(lang: str, text: str) -> None:
    assert count(lang, text, "meeting") == 1


def test_a_work_trip_named_again_is_no_other_visit() -> None:
    text = ("6-8 қарашада Португалиядағы Қазақстанның елшісі Ерлан Байжанов Порту қаласына барды. Іс-сапар "
            "барысында елші қала әкімі Руй Морейра, қалалық кеңес төрағасы А.Сантуш және қазақ диаспорасының "
            "өкілдерімен кездесті.")
    assert count("kk", text, "visit") == 1
