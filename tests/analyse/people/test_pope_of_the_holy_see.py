"""The Pope is the Holy See's head of state, named by his regnal name («Папа Римский Франциск», «Рим
Папасы Лев XIV»); Rome in his title («Рим Папасы», «بابا روما») is neither a place nor Italy; the Coptic
Pope («البابا تواضروس الثاني») is Egyptian; a head of state's next title of the Pope is the Pope's."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def _read(lang: str, text: str, published: str = "2022-09-14"):
    return analyse(Document(doc="t", text=text, lang=lang, published=published))


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Pope Francis arrived in Astana on Tuesday for a three-day visit to Kazakhstan.", "Francis"),
    ("fr", "Le pape François est arrivé mardi à Astana pour une visite de trois jours au Kazakhstan.", "François"),
    ("ru", "Папа Римский Франциск прибыл во вторник в Астану с трёхдневным визитом.", "Франциск"),
    ("kk", "Рим Папасы Франциск сейсенбі күні Астанаға үш күндік сапармен келді.", "Франциск"),
])
def test_the_pope_is_the_holy_sees_head_of_state(lang: str, text: str, name: str) -> None:
    r = _read(lang, text)
    assert [(p.name, p.country, p.role) for p in r.people] == [(name, "VA", "head_of_state")]
    (visit,) = [e for e in r.events if e.type == "visit"]
    assert sorted(visit.countries) == ["KZ", "VA"] and visit.host == "KZ"


@pytest.mark.parametrize("lang, text", [
    ("kk", "Мемлекет басшысы Қасым-Жомарт Тоқаев Рим Папасын Астана әуежайында қарсы алды."),
    ("ar", "وصل بابا روما إلى كازاخستان في زيارة رسمية تستغرق ثلاثة أيام."),
])
def test_rome_in_the_popes_title_is_not_italy(lang: str, text: str) -> None:
    r = _read(lang, text)
    assert "IT" not in {c.code for c in r.countries} and "IT" not in {p.country for p in r.places}


@pytest.mark.parametrize("lang, text", [
    ("ar", "استقبل الرئيس الكازاخستاني قاسم جومارت توكاييف البابا فرنسيس في مطار أستانا الدولي."),
    ("kk", "Мемлекет басшысы Қасым-Жомарт Тоқаев Рим Папасын әуежайда қарсы алды."),
])
def test_the_host_keeps_his_own_country(lang: str, text: str) -> None:
    r = _read(lang, text)
    assert [p.country for p in r.people if "Тоқаев" in p.name or "توكاييف" in p.name] == ["KZ"]


def test_the_coptic_pope_is_egyptian() -> None:
    r = _read("ar", "استقبل الرئيس عبد الفتاح السيسي البابا تواضروس الثاني بابا الإسكندرية في قصر الاتحادية.")
    assert {p.country for p in r.people} == {"EG"}
    assert all(e.countries == ["EG"] and e.host == "EG" for e in r.events)


@pytest.mark.parametrize("lang, text", [
    ("en", "President Abdel Fattah El-Sisi received Pope Tawadros II at the Ittihadiya Palace in Cairo."),
    ("fr", "Le président Abdel Fattah al-Sissi a reçu le pape Tawadros II au palais d'Ittihadiya au Caire."),
    ("ru", "Президент Египта Абдель Фаттах ас-Сиси принял в Каире Папу Тавадроса II."),
])
def test_the_coptic_pope_called_pope_stays_egyptian(lang: str, text: str) -> None:
    # the title «Pope» names the Holy See's office; the registry's Tawadros II is Egyptian and wins
    r = _read(lang, text)
    (pope,) = [p for p in r.people if "Tawadros" in p.name or "Тавадрос" in p.name]
    assert pope.country == "EG" and pope.role != "head_of_state"
    assert "VA" not in {c for e in r.events for c in e.countries}
