"""«plans to pay an official visit to Russia the day after tomorrow»: a plan for a day counted from the
publication (tomorrow, the day after) names its day as a date would, so the event is announced, not proposed
(GOLD.md Clarifications, "Announced or scheduled events"); a plan for next year stays a proposal."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

PUBLISHED = "2024-07-06"

CASES = [
    ("ar", "يعتزم رئيس الوزراء الهندي ناريندرا مودي القيام بزيارة رسمية إلى روسيا بعد غد الاثنين تستمر يومين.",
     "visit", "2024-07-08"),
    ("ar", "يعتزم الرئيس الكازاخستاني قاسم جومارت توكاييف القيام بزيارة رسمية إلى قطر غدا.", "visit", "2024-07-07"),
    ("en", "Indian Prime Minister Narendra Modi plans to pay an official visit to Russia the day after tomorrow.",
     "visit", "2024-07-08"),
    ("ru", "Премьер-министр Индии Нарендра Моди планирует посетить Россию послезавтра с официальным визитом.",
     "visit", "2024-07-08"),
    ("en", "Indian Prime Minister Narendra Modi plans to pay an official visit to Russia next year.", "proposal", None),
]


@pytest.mark.parametrize("lang, text, etype, day", CASES, ids=[f"{c[0]}{i}" for i, c in enumerate(CASES)])
def test_a_plan_for_a_counted_day_is_announced(lang: str, text: str, etype: str, day: str | None) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published=PUBLISHED))
    assert [e.type for e in found.events] == [etype]
    if day:
        assert found.events[0].when == day
