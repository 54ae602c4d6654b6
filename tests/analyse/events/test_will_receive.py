"""«Завтра Ираклия Кобахидзе примет президент Токаев», «le président Tokaïev recevra demain M. Kobakhidze»: a
host who will receive a guest holds a meeting with him; «примет участие» (will take part)
and «примет решение» are no reception."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("ru", "Премьер-министр Грузии Ираклий Кобахидзе прибыл в Астану с официальным визитом. Завтра Ираклия "
           "Кобахидзе примет президент Казахстана Касым-Жомарт Токаев в Акорде."),
    ("fr", "Le Premier ministre géorgien Irakli Kobakhidze est arrivé à Astana pour une visite officielle. Le "
           "président kazakh Kassym-Jomart Tokaïev le recevra demain à l'Akorda."),
])
def test_host_receiving_a_guest_meets_him(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2026-03-12"))
    country = {p.id: p.country for p in r.people}
    talks = [e for e in r.events if e.type == "meeting"]
    assert any("KZ" in {country[p] for p in e.people} for e in talks), [(e.type, e.people) for e in r.events]


@pytest.mark.parametrize("text", [
    "Президент Казахстана Касым-Жомарт Токаев примет участие в саммите Организации тюркских государств.",
    "Президент Казахстана Касым-Жомарт Токаев примет решение по итогам совещания.",
])
def test_taking_part_or_deciding_is_no_reception(text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang="ru", published="2026-03-12"))
    assert not [e for e in r.events if e.type == "meeting"], [(e.type, e.people) for e in r.events]
