"""Two full names in a row («Мажарстан Президенті Тамаш Шуйок Қасым-Жомарт Тоқаевпен кездесті», "Serbian President
Aleksandar Vucic Kassym-Jomart Tokayev held talks"): a capitalised run of names stops where a full name the registry
knows begins, once it holds a name of two words; the run is two people, not one."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text, first, second", [
    ("kk", "Содан кейін Мажарстан Президенті Тамаш Шуйок Қасым-Жомарт Тоқаевпен кездесті.", "Тамаш Шуйок",
     "Қасым-Жомарт Тоқаев"),
    ("en", "Serbian President Aleksandar Vucic Kassym-Jomart Tokayev held talks in Belgrade on Monday.",
     "Aleksandar Vucic", "Kassym-Jomart Tokayev"),
    ("ru", "Президент Венгрии Тамаш Шуйок Касым-Жомарт Токаев провели переговоры в Будапеште.", "Тамаш Шуйок",
     "Касым-Жомарт Токаев"),
])
def test_a_known_name_after_a_full_name_starts_a_second_person(lang: str, text: str, first: str, second: str) -> None:
    names = [p.name for p in analyse(Document(doc="t", text=text, lang=lang, published="2024-11-20")).people]
    assert first in names and second in names, names


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Kassym-Jomart Kemelevich Tokayev arrived in Budapest.", "Kassym-Jomart Kemelevich Tokayev"),
    ("fr", "Le président Kassym-Jomart Tokaïev est arrivé à Budapest.", "Kassym-Jomart Tokaïev"),
])
def test_a_single_name_stays_whole(lang: str, text: str, name: str) -> None:
    names = [p.name for p in analyse(Document(doc="t", text=text, lang=lang, published="2024-11-20")).people]
    assert name in names, names
