"""A title and a name that an airport, a base or a hospital bears («مطار الملك خالد الدولي», «King Khalid
International Airport», «аэропорт имени короля Халида») name that place, not a person of the story
(people/titles.py)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text, person, place_name", [
    ("ar", "وصل الرئيس الفرنسي إيمانويل ماكرون إلى مطار الملك خالد الدولي رفقة وفده المرافق.",
     "إيمانويل ماكرون", "خالد"),
    ("ar", "وحطت طائرة الرئيس الفرنسي إيمانويل ماكرون في قاعدة الملك سلمان الجوية.", "إيمانويل ماكرون", "سلمان"),
    ("en", "French President Emmanuel Macron arrived at King Khalid International Airport in Riyadh on Monday.",
     "Emmanuel Macron", "Khalid"),
    ("fr", "Le président français Emmanuel Macron est arrivé lundi à l'aéroport international Roi Khaled de Riyad.",
     "Emmanuel Macron", "Khaled"),
    ("ru", "Президент Франции Эммануэль Макрон прибыл в понедельник в аэропорт имени короля Халида в Эр-Рияде.",
     "Эммануэль Макрон", "Халид"),
])
def test_no_person_of_the_place_name(lang: str, text: str, person: str, place_name: str) -> None:
    names = [p.name for p in analyse(Document(doc="t", text=text, lang=lang, published="2024-12-02")).people]
    assert person in names
    assert not any(place_name in n for n in names)


def test_the_king_himself_stays() -> None:
    text = "استقبل الملك سلمان بن عبد العزيز الرئيس الفرنسي إيمانويل ماكرون في قصر اليمامة."
    names = [p.name for p in analyse(Document(doc="t", text=text, lang="ar", published="2024-12-02")).people]
    assert any(n.startswith("سلمان") for n in names)
