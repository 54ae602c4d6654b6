"""Talks told as coming with a verb of discussing and no meeting word («will have exchanges of views with»,
«discuteront», «собирается обменяться мнениями», «ويبحث … مع», «талқылайды»): a meeting of the two sides,
announced (GOLD.md Clarifications, "Announced or scheduled events"), also where the sentence names only the
counterpart after «with» and its subject is a pronoun."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def meetings(lang: str, published: str, text: str) -> list[tuple[str | None, set[str]]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published=published))
    names = {p.id: p.name for p in r.people}
    return [(e.when, {names.get(p, p) for p in e.people}) for e in r.events if e.type == "meeting"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Kazakh President Kassym-Jomart Tokayev arrived in Rome on Tuesday for an official visit to Italy. "
           "Tokayev will have in-depth exchanges of views with Italian Prime Minister Giorgia Meloni on trade."),
    ("fr", "Le président kazakh Kassym-Jomart Tokaïev est arrivé mardi à Rome pour une visite officielle en Italie. "
           "Kassym-Jomart Tokaïev et la présidente du Conseil italien Giorgia Meloni discuteront du commerce."),
    ("ru", "Президент Казахстана Касым-Жомарт Токаев прибыл во вторник в Рим с официальным визитом в Италию. "
           "Он собирается обменяться с председателем Совета министров Италии Джорджей Мелони мнениями о торговле."),
    ("ar", "وصل الرئيس الكازاخستاني قاسم جومارت توكاييف الثلاثاء إلى روما في زيارة رسمية إلى إيطاليا، "
           "ويبحث خلال الزيارة مع رئيسة الوزراء الإيطالية جورجيا ميلوني سبل تعزيز التعاون."),
])
def test_talks_told_as_coming_are_a_meeting_of_the_visit(lang: str, text: str) -> None:
    found = meetings(lang, "2025-05-20", text)
    assert len(found) == 1
    when, people = found[0]
    assert when is not None and when.startswith("2025-05") and len(people) == 2


def test_kazakh_talks_to_come_are_announced() -> None:
    text = ("Қазақстан Президенті Қасым-Жомарт Тоқаев ертең Италия Премьер-министрі Джорджа Мелонимен "
            "екіжақты ынтымақтастықты талқылайды.")
    found = meetings("kk", "2025-05-20", text)
    assert len(found) == 1 and found[0][0] is not None and found[0][0].startswith("2025-05-2")

