"""The noun of appointing or electing before a name («وتكليف القاضي نواف سلام», «après l'élection de
Joseph Aoun et la désignation de Nawaf Salam») is not part of the name, and the one appointed at home is
no visitor of the visit that comes after it. Own test text."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

TEXTS = [
    ("ar", "وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت صباح اليوم الجمعة في زيارة رسمية. وتأتي الزيارة التي "
           "تستمر لساعات بعد انتخاب العماد جوزاف عون رئيسا للجمهورية وتكليف القاضي نواف سلام بتشكيل الحكومة.",
     "نواف سلام", "إيمانويل ماكرون"),
    ("fr", "Le président français Emmanuel Macron est arrivé vendredi matin à Beyrouth pour une visite officielle. "
           "Cette visite de quelques heures intervient après l'élection de Joseph Aoun à la présidence et la "
           "désignation de Nawaf Salam au poste de Premier ministre.", "Nawaf Salam", "Emmanuel Macron"),
]


@pytest.mark.parametrize("lang, text, appointed, visitor", TEXTS, ids=[c[0] for c in TEXTS])
def test_the_appointed_is_named_alone_and_does_not_visit(lang: str, text: str, appointed: str, visitor: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-01-17"))
    names = {p.id: p.name for p in found.people}
    assert appointed in names.values(), names
    visits = [e for e in found.events if e.type == "visit"]
    assert visits, [(e.type, e.evidence) for e in found.events]
    people = {names[p] for v in visits for p in v.people}
    assert visitor in people and appointed not in people, people
