"""A place's names in every language: a capital by its place first in each language's list of its
country's cities, however unlike they sound; another city by the names that sound like its own."""
from __future__ import annotations

import pytest

from accord.names.gazetteer import place_names


@pytest.mark.parametrize("lang, name, kind, country, wanted", [
    ("ar", "موسكو", "capital", "RU", {"ru": "Москва", "en": "Moscow", "fr": "Moscou", "kk": "Мәскеу"}),
    ("ru", "Каир", "capital", "EG", {"ar": "القاهرة", "en": "Cairo", "fr": "Le Caire"}),
    # a variant spelling of a capital that sounds like the capital's name in another language
    ("fr", "Caire", "city", "EG", {"ar": "القاهرة", "ru": "Каир", "en": "Cairo"}),
    ("kk", "Астана", "capital", "KZ", {"ar": "أستانا", "fr": "Astana", "en": "Astana"}),
    ("ru", "Кремль", "building", "RU", {"ar": "الكرملين", "en": "Kremlin"}),
])
def test_place_names_in_every_language(lang: str, name: str, kind: str, country: str,
                                       wanted: dict[str, str]) -> None:
    names = dict(place_names(lang, name, kind, country))
    assert names[lang] == name
    assert wanted.items() <= names.items()


def test_a_city_is_not_its_countrys_capital() -> None:
    names = dict(place_names("en", "Dubai", "city", "AE"))
    assert "Abu Dhabi" not in names.values() and "أبوظبي" not in names.values()
