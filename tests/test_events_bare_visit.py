"""A visit word naming no one and no destination refers back to the visit the article tells."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("ar", "وصل الرئيس المصري عبد الفتاح السيسي إلى أثينا مساء الثلاثاء في زيارة رسمية لليونان تستغرق يومين. "
           "وقالت الحكومة اليونانية إن برنامج الزيارة يتضمن عدة لقاءات رفيعة المستوى مع المسؤولين اليونانيين."),
    ("fr", "Le président égyptien Abdel Fattah al-Sissi est arrivé mardi soir à Athènes pour une visite officielle "
           "de deux jours en Grèce. Selon le gouvernement grec, le programme de la visite comprend plusieurs "
           "rencontres de haut niveau."),
]


@pytest.mark.parametrize("lang, text", CASES, ids=[c[0] for c in CASES])
def test_the_visit_told_again_is_one_visit(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-05-07"))
    visits = [e for e in found.events if e.type == "visit"]
    assert [v.host for v in visits] == ["GR"], [(v.host, v.evidence) for v in visits]
