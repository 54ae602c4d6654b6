"""«to offer condolences on the death of Sultan Qaboos»: the one mourned is named, not a participant."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("ar", "وأفادت الرئاسة التونسية أن الرئيس قيس سعيد الذي زار فقط مسقط لأداء واجب العزاء إثر وفاة السلطان قابوس، "
           "سيقوم بزيارة إلى الجزائر الأحد.", "قابوس"),
    ("en", "Tunisian President Kais Saied, who visited Muscat only to offer condolences on the death of Sultan Qaboos, "
           "will visit Algeria on Sunday.", "Qaboos"),
    ("fr", "Le président tunisien Kaïs Saïed, qui s'est rendu à Mascate pour présenter ses condoléances après le décès "
           "du sultan Qabous, se rendra dimanche en Algérie.", "Qabous"),
    ("ru", "Президент Туниса Каис Саид, посетивший Маскат, чтобы выразить соболезнования в связи с кончиной султана "
           "Кабуса, в воскресенье посетит Алжир.", "Кабус"),
]


@pytest.mark.parametrize("lang, text, mourned", CASES, ids=[c[0] for c in CASES])
def test_the_mourned_is_no_participant(lang: str, text: str, mourned: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2020-01-30"))
    names = {p.id: p.name for p in found.people}
    visits = [e for e in found.events if e.type == "visit"]
    assert visits
    assert all(mourned not in {names[p] for p in e.people} for e in visits)
    assert all(e.people for e in visits)
