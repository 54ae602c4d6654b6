"""«وكان أردوغان وصل الإمارات فجر الثلاثاء»: Arabic lets the verb of arriving take its destination with no
preposition; the country after it is where the visit goes, not the article's other side."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("ar", "غادر الرئيس التركي رجب طيب أردوغان، الأربعاء، الإمارات متوجها إلى مصر للقاء الرئيس عبد الفتاح السيسي.\n\n"
           "وكان أردوغان وصل الإمارات فجر الثلاثاء في زيارة رسمية شارك خلالها في القمة العالمية للحكومات.", "AE"),
    ("ar", "وصل رئيس الوزراء الهندي ناريندرا مودي إلى موسكو اليوم في زيارة رسمية.\n\n"
           "وكان مودي وصل النمسا أمس في زيارة رسمية قصيرة.", "AT"),
    ("en", "Indian Prime Minister Narendra Modi arrived in Moscow today for an official visit.\n\n"
           "Modi had arrived in Austria yesterday for a short official visit.", "AT"),
]


@pytest.mark.parametrize("lang, text, host", CASES, ids=[f"{c[0]}{i}" for i, c in enumerate(CASES)])
def test_the_country_after_arrived_hosts_the_visit(lang: str, text: str, host: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2024-02-14"))
    assert host in {e.host for e in found.events if e.type == "visit"}, [(e.host, e.text) for e in found.events]
