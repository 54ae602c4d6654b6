"""A venue named by its kind — an airport, an air base, a palace, a hall — that no list holds is a
building where a welcome or talks took place, and no person («Nur Khan Airbase», «аэропорту
«Внуково-2»», «قاعدة نور خان الجوية», «Әл-Хусейния сарайында», «Grand Trianon»)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.analyse.places import find_places
from accord.model import Document


@pytest.mark.parametrize("lang, text, venue", [
    ("en", "The President landed at Jinnah Field Airbase on Monday evening.", "Jinnah Field Airbase"),
    ("en", "The guests were welcomed at Marka International Airport.", "Marka International Airport"),
    ("ru", "Гостя встретили в аэропорту «Шереметьево-1» рано утром.", "аэропорту «Шереметьево-1»"),
    ("ru", "Переговоры прошли в Екатерининском зале.", "Екатерининском зале"),
    ("ar", "وصل الضيف إلى قاعدة الملك فيصل الجوية مساء أمس.", "قاعدة الملك فيصل الجوية"),
    ("ar", "حطت طائرة الرئيس في مطار الملكة علياء الدولي.", "مطار الملكة علياء الدولي"),
    ("kk", "Мемлекет басшысын Рағадан сарайында қарсы алды.", "Рағадан сарайында"),
    ("fr", "Le dîner aura lieu au Grand Trianon.", "Grand Trianon"),
    ("fr", "Il a été accueilli à l'aéroport de Marka par le prince.", "aéroport de Marka"),
])
def test_a_venue_is_a_building(lang: str, text: str, venue: str) -> None:
    found = [(p.text, p.kind) for p in find_places(text, lang)]
    assert (venue, "building") in found


@pytest.mark.parametrize("lang, text", [
    # a generic palace is no venue's name
    ("en", "The talks were held at the Presidential Palace."),
    ("en", "The King received him at the Royal Palace."),
    # a residence names whose it is: the person stays a person
    ("ru", "Лидеры поехали в резиденцию Моди."),
])
def test_no_venue_from_a_generic_word(lang: str, text: str) -> None:
    assert not [p for p in find_places(text, lang) if p.country is None]


@pytest.mark.parametrize("lang, text, venue_words", [
    ("en", "Prime Minister Shehbaz Sharif welcomed President Tokayev at Nur Khan Airbase.", "Airbase"),
    ("fr", "Emmanuel Macron a offert un dîner d'État à Mohammed ben Zayed au Grand Trianon.", "Trianon"),
])
def test_a_venue_is_no_participant(lang: str, text: str, venue_words: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-09-05"))
    assert not [p for p in r.people if venue_words in p.name]


@pytest.mark.parametrize("lang, text", [
    # a typographic apostrophe in a title before the place, as the press writes it
    ("fr", "Le prince héritier d’Abou Dhabi, Mohammed ben Zayed, est arrivé à Amman."),
    ("fr", "Le prince héritier d'Abou Dhabi, Mohammed ben Zayed, est arrivé à Amman."),
    ("en", "The Crown Prince of Abu Dhabi, Mohammed bin Zayed, arrived in Amman."),
])
def test_a_place_in_a_title_is_not_where(lang: str, text: str) -> None:
    assert [p.name for p in find_places(text, lang)] == ["Amman"]
