"""A country the press names by a form of its own («Мажарстан» beside CLDR's «Венгрия») owns the title after it
(«Мажарстан Президенті Тамаш Шуйок»), though the form ends like a case suffix (-тан, «from»): the press's country
names are country words, whatever they end in."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text, name", [
    ("kk", "Содан кейін Қасым-Жомарт Тоқаев Мажарстан Президенті Тамаш Шуйокпен кездесті.", "Тамаш Шуйок"),
    ("kk", "Мемлекет басшысы Мажарстан Премьер-министрі Виктор Орбанмен келіссөз жүргізді.", "Виктор Орбан"),
    ("ru", "Президент Венгрии Тамаш Шуйок встретился с Касым-Жомартом Токаевым.", "Тамаш Шуйок"),
])
def test_the_press_form_of_a_country_owns_the_title(lang: str, text: str, name: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2024-11-20"))
    assert {p.name: p.country for p in r.people}.get(name) == "HU", [(p.name, p.country) for p in r.people]
