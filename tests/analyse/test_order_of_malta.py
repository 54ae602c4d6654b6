"""The Order of Malta is a sovereign order of no state: its name («Order of Malta», «Мальта ордені»,
«Мальтийский орден», «Ordre de Malte», «فرسان مالطا») is no mention of Malta, a name before it stops where
it begins, its word «орден» is no award, and talks or documents with it are no event of two countries."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def _read(lang: str, text: str):
    return analyse(Document(doc="t", text=text, lang=lang, published="2025-12-09"))


@pytest.mark.parametrize("lang, text", [
    ("en", "Senate Chairman Maulen Ashimbayev met Pope Leo XIV in the Vatican. He also met the Grand Master of "
           "the Sovereign Military Order of Malta, Fra John Dunlap."),
    ("fr", "Le président du Sénat Maoulen Achimbaïev a rencontré le pape Léon XIV au Vatican. Il a aussi rencontré "
           "le Grand Maître de l'Ordre de Malte, Fra John Dunlap."),
    ("ru", "Председатель Сената Маулен Ашимбаев встретился в Ватикане с Папой Римским Львом XIV. Он также "
           "встретился с Великим магистром Мальтийского ордена Фра Джоном Данлапом."),
    ("kk", "Сенат төрағасы Мәулен Әшімбаев Ватиканда Рим Папасы Лев XIV-пен кездесті. Сондай-ақ Мәулен Әшімбаев "
           "Мальта орденінің Ұлы магистрі Фра Джон Данлоппен кездесті."),
    ("ar", "التقى رئيس مجلس الشيوخ ماولين أشيمباييف البابا لاوون الرابع عشر في الفاتيكان. كما التقى الرئيس "
           "الأكبر لمنظمة فرسان مالطا فرا جون دنلاب."),
])
def test_the_order_of_malta_is_no_country_and_no_side(lang: str, text: str) -> None:
    r = _read(lang, text)
    assert "MT" not in {c.code for c in r.countries}
    assert all("MT" not in e.countries for e in r.events)
    # the talks with the Order's Grand Master are no meeting of Kazakhstan and the Holy See
    assert [e.type for e in r.events if e.type == "meeting"] == ["meeting"]


def test_a_name_before_the_order_stops_where_it_begins() -> None:
    r = _read("kk", "Бұдан бөлек, бағдарламада Мәулен Әшімбаев Мальта орденінің Ұлы магистрі Фра Джон Данлоппен кездеседі.")
    assert "Мәулен Әшімбаев" in {p.name for p in r.people}
    assert not [p for p in r.people if "Маль" in p.name]


def test_documents_with_the_order_are_no_agreement_of_the_pair() -> None:
    r = _read("kk", "Сенат төрағасы Мәулен Әшімбаев Ватиканда Рим Папасы Лев XIV-пен кездесті. Сапар қорытындысы "
                    "бойынша Мальта орденімен гуманитарлық ынтымақтастық туралы бірқатар құжатқа қол қою көзделген.")
    assert not [e for e in r.events if e.type in ("agreement", "ceremony")]
