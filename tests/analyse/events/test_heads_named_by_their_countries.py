"""«Les présidents kazakh et serbe ont eu des entretiens», «Қазақстан мен Сербия президенттері келіссөздер
жүргізді»: in an article on one pair, its two heads of state named by their countries are the last president
named on each side; a visitor named by the adjective of a country beyond the region's usual partners («le
président serbe») is that country's president."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président kazakh Kassym-Jomart Tokaïev a accueilli jeudi à Astana le président serbe Aleksandar "
           "Vučić, en visite officielle. Après la cérémonie, les présidents kazakh et serbe ont eu des entretiens "
           "en format restreint."),
    ("kk", "Астанаға Сербия Президенті Александр Вучич ресми сапармен келді. Қазақстан Президенті Қасым-Жомарт "
           "Тоқаев мәртебелі қонақты Ақордада қарсы алды. Содан кейін Қазақстан мен Сербия президенттері "
           "келіссөздер жүргізді."),
])
def test_the_presidents_of_the_pair_meet(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2026-03-12"))
    country = {p.id: p.country for p in r.people}
    talks = [e for e in r.events if e.type == "meeting"]
    assert talks, [(e.type, e.people) for e in r.events]
    assert any({country[p] for p in e.people} == {"KZ", "RS"} for e in talks), \
        [(e.type, [country[p] for p in e.people]) for e in r.events]


@pytest.mark.parametrize("lang, text, code", [
    ("fr", "Le président kazakh a reçu mardi à Astana le Premier ministre croate Andrej Plenković.", "HR"),
    ("fr", "Le ministre des Affaires étrangères a rencontré son homologue roumain Emil Hurezeanu à Bucarest.", "RO"),
    ("ru", "Министр иностранных дел Казахстана провел переговоры со своим сербским коллегой Марко Джуричем.", "RS"),
])
def test_adjective_of_a_farther_country(lang: str, text: str, code: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2026-03-12"))
    assert code in {p.country for p in r.people}, [(p.name, p.role, p.country) for p in r.people]
