"""A seat of power that speaks is where the news came from, not where the event took place."""
from __future__ import annotations

import pytest

from accord.analyse.places import find_places

SOURCES = [
    ("ru", "Владимир Путин проведёт переговоры с президентом Вьетнама, сообщили в Кремле.", "Кремль"),
    ("ru", "Как сообщили в Кремле, визит продлится два дня.", "Кремль"),
    ("en", "Putin will hold talks with the Vietnamese leadership, the Kremlin said on Tuesday.", "Kremlin"),
    ("ar", "وأفاد بيان للرئاسة الروسية (الكرملين) بأن بوتين سيلتقي الرئيس الفيتنامي.", "الكرملين"),
    ("kk", "Бұл туралы Ақорда хабарлады.", "Ақорда"),
]
VENUES = [
    ("ru", "Переговоры Владимира Путина и То Лама прошли в Кремле в узком составе.", "Кремль"),
    ("en", "The two presidents held talks at the Kremlin on Tuesday.", "Kremlin"),
    ("ar", "وعقد الرئيسان مباحثات في الكرملين يوم الثلاثاء.", "الكرملين"),
    ("kk", "Ақордада екі ел басшыларының келіссөздері өтті.", "Ақорда"),
]


@pytest.mark.parametrize("lang, text, name", SOURCES, ids=[c[0] for c in SOURCES])
def test_a_seat_of_power_that_speaks_is_no_place(lang: str, text: str, name: str) -> None:
    assert name not in [p.name for p in find_places(text, lang)]


@pytest.mark.parametrize("lang, text, name", VENUES, ids=[c[0] for c in VENUES])
def test_a_seat_of_power_where_talks_are_held_is_a_place(lang: str, text: str, name: str) -> None:
    assert name in [p.name for p in find_places(text, lang)]


CITIES = [
    ("fr", "Arrivé à l'aéroport d'Abou Simbel, le président grec a visité le temple de Ramsès II.", "Abou Simbel", "EG"),
    ("ar", "وتوجه الرئيس اليوناني إلى أبو سمبل لزيارة معبد رمسيس الثاني.", "أبو سمبل", "EG"),
    ("en", "The Russian president then flew to Da Nang for the second day of his visit.", "Da Nang", "VN"),
]


@pytest.mark.parametrize("lang, text, name, country", CITIES, ids=[c[0] for c in CITIES])
def test_a_city_beyond_the_capitals_is_a_place_of_its_country(lang: str, text: str, name: str, country: str) -> None:
    assert (name, country) in [(p.name, p.country) for p in find_places(text, lang)]
