"""Capitalised words that are no person: a country's own short name («народ Кыргызстана»), a
parliament's or an assembly's name («Великий государственный хурал», «БҰҰ Бас Ассамблеясы»), a city
spelled as the press spells it («Abou Dabi»), a phrase whose first word reads as a given name
(«في جو ودي», "in a friendly atmosphere")."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text, person, not_person", [
    ("ru", "«Спасибо всему братскому народу Кыргызстана», – сказал Касым-Жомарт Токаев.",
     "Касым-Жомарт Токаев", "Кыргызстан"),
    ("ru", "Вячеслав Володин встретился с Председателем Великого государственного хурала Монголии.",
     "Вячеслав Володин", "Велик"),
    ("kk", "Мәулен Әшімбаев Нью-Йорктегі БҰҰ Бас Ассамблеясы сессиясында сөз сөйледі.",
     "Мәулен Әшімбаев", "Ассамблея"),
    ("fr", "Emmanuel Macron a salué les liens entre Paris et Abou Dabi.", "Emmanuel Macron", "Abou Dabi"),
    ("ar", "استقبل الملك محمد السادس الرئيس الموريتاني في جو ودي يعكس عمق العلاقات.", "محمد السادس", "جو"),
])
def test_not_a_person(lang: str, text: str, person: str, not_person: str) -> None:
    names = [p.name for p in analyse(Document(doc="t", text=text, lang=lang, published="2025-09-05")).people]
    assert any(person in n for n in names)
    assert not any(not_person in n for n in names)
