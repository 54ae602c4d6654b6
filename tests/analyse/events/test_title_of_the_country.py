"""«встретился с президентом страны Михаилом Кавелашвили, Премьер-министром … и председателем
Парламента …»: «of the country» between a title and the name keeps the title its holder's, so each head
listed is a meeting of its own (GOLD.md, "Several events in one sentence")."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("ru", "В рамках официального визита в Грузию Председатель Мажилиса Ерлан Кошанов встретился с президентом "
           "страны Михаилом Кавелашвили, Премьер-министром Грузии Ираклием Кобахидзе и председателем "
           "Парламента Грузии Шалвой Папуашвили."),
    ("en", "During his official visit to Georgia, Mazhilis Speaker Yerlan Koshanov met Georgian President "
           "Mikheil Kavelashvili, Georgian Prime Minister Irakli Kobakhidze and Georgian Parliament Speaker "
           "Shalva Papuashvili."),
])
def test_three_heads_three_meetings(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-10-30"))
    name = {p.id: p.name for p in r.people}
    meetings = [sorted(name[p] for p in e.people) for e in r.events if e.type == "meeting"]
    assert len(meetings) == 3, meetings
    assert all(len(m) == 2 for m in meetings), meetings


def test_the_country_noun_keeps_the_title() -> None:
    r = analyse(Document(doc="t", text="Кошанов встретился с президентом страны Михаилом Кавелашвили.",
                         lang="ru", published="2025-10-30"))
    assert {p.name: p.role for p in r.people}.get("Михаил Кавелашвили") == "president"
