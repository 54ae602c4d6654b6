"""A visit an article dates by one day is dated by its arrival: talks in the host country the next day
were held during it (analyse/events/part_of.py, DAYS_AFTER_ARRIVAL); talks a week later, or in a third
country, were not."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def _parts(lang: str, text: str, published: str = "2025-12-20") -> list[tuple[str, str | None, bool]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published=published))
    visits = {e.id for e in r.events if e.type == "visit"}
    return [(e.type, e.when, e.part_of in visits) for e in r.events if e.type != "visit"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Kazakh President Kassym-Jomart Tokayev arrived in Tokyo on an official visit on December 16. "
           "On December 17, Tokayev met with Japanese Prime Minister Fumio Kishida in Tokyo."),
    ("ru", "Президент Казахстана Касым-Жомарт Токаев 16 декабря прибыл с официальным визитом в Токио. "
           "17 декабря Токаев провел переговоры с премьер-министром Японии Фумио Кисидой."),
])
def test_talks_the_day_after_the_arrival_are_part_of_the_visit(lang: str, text: str) -> None:
    assert ("meeting", "2025-12-17", True) in _parts(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Kazakh President Kassym-Jomart Tokayev arrived in Tokyo on an official visit on December 6. "
           "On December 17, Tokayev met with Japanese Prime Minister Fumio Kishida."),
    ("ru", "Президент Казахстана Касым-Жомарт Токаев 6 декабря прибыл с официальным визитом в Токио. "
           "17 декабря Токаев провел переговоры с премьер-министром Японии Фумио Кисидой."),
])
def test_talks_long_after_a_one_day_visit_are_not_part_of_it(lang: str, text: str) -> None:
    assert ("meeting", "2025-12-17", False) in _parts(lang, text)


def _visit_going_on(lang: str, text: str, published: str) -> list[tuple[str, str | None, bool]]:
    return [p for p in _parts(lang, text, published) if p[0] == "meeting"]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président kazakh Kassym-Jomart Tokaïev est à Tokyo pour une visite officielle. "
           "Il aura mardi des entretiens avec le Premier ministre japonais Fumio Kishida."),
    ("en", "Kazakh President Kassym-Jomart Tokayev is in Tokyo on an official visit. "
           "He will hold talks with Japanese Prime Minister Fumio Kishida on Tuesday."),
])
def test_talks_the_day_after_publication_of_a_visit_going_on_are_part_of_it(lang: str, text: str) -> None:
    # published Monday 15 December 2025: the undated visit runs up to the publication day and goes on
    meetings = _visit_going_on(lang, text, "2025-12-15")
    assert meetings and all(m[1] == "2025-12-16" and m[2] for m in meetings)
    # talks a week on are not of this visit
    later = text.replace("mardi", "lundi prochain").replace("on Tuesday", "next Monday")
    assert all(not m[2] for m in _visit_going_on(lang, later, "2025-12-15"))


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент Казахстана Касым-Жомарт Токаев находится в Токио с официальным визитом. "
           "Ранее Токаев провел переговоры с премьер-министром Японии Фумио Кисидой."),
    ("en", "Kazakh President Kassym-Jomart Tokayev is in Tokyo on an official visit. "
           "Earlier, Tokayev held talks with Japanese Prime Minister Fumio Kishida."),
])
def test_talks_told_as_earlier_in_a_visit_going_on_are_part_of_it(lang: str, text: str) -> None:
    # published Monday 15 December 2025: «earlier» is earlier in the visit, on its days up to publication
    meetings = _visit_going_on(lang, text, "2025-12-15")
    assert meetings and all(m[2] and m[1] == "2025-12/2025-12-15" for m in meetings)
    # talks «earlier» in another country are not of this visit
    away = text.replace("с премьер-министром Японии", "в Сеуле с премьер-министром Японии") \
        .replace("held talks with", "held talks in Seoul with")
    assert all(not m[2] for m in _visit_going_on(lang, away, "2025-12-15"))
