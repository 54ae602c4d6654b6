"""«arrived on Tuesday for a visit during which he will meet …»: the future tense of the clause about the
visit tells the talks to come, not the arrival, which keeps its past weekday."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def visits(lang: str, text: str) -> list[str | None]:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2023-03-15"))
    return [e.when for e in r.events if e.type == "visit"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Syrian President Bashar al-Assad arrived in Moscow on Tuesday for an official visit during which he "
           "will hold talks with Russian President Vladimir Putin."),
    ("fr", "Le président syrien Bachar al-Assad est arrivé mardi à Moscou pour une visite officielle au cours de "
           "laquelle il s'entretiendra avec le président russe Vladimir Poutine."),
    ("ar", "وصل الرئيس السوري بشار الأسد إلى موسكو يوم الثلاثاء في زيارة رسمية يلتقي خلالها الرئيس الروسي "
           "فلاديمير بوتين."),
])
def test_the_arrival_keeps_its_past_weekday(lang: str, text: str) -> None:
    assert visits(lang, text) == ["2023-03-14"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Syrian President Bashar al-Assad will arrive in Moscow on Tuesday for an official visit."),
    ("fr", "Le président syrien Bachar al-Assad arrivera mardi à Moscou pour une visite officielle."),
])
def test_an_arrival_to_come_is_the_coming_weekday(lang: str, text: str) -> None:
    assert visits(lang, text) == ["2023-03-21"]
