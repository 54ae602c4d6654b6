"""A visit the sentence says ended on its day ran up to that day: the day is its last, not its only one."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def visits(lang: str, published: str, text: str) -> list[str | None]:
    r = analyse(Document(doc="t", text=text, lang=lang, published=published))
    return [e.when for e in r.events if e.type == "visit"]


@pytest.mark.parametrize("lang, published, text, expected", [
    ("en", "2023-10-12", "On October 12, the Prime Minister of Italy returned to Rome following a three-day visit "
                         "to Tunisia.", ["2023-10-10/2023-10-12"]),
    ("ru", "2023-10-12", "12 октября премьер-министр Италии вернулась в Рим после трёхдневного визита в Тунис.",
     ["2023-10-10/2023-10-12"]),
    ("fr", "2023-10-12", "La visite officielle de deux jours du président tunisien Kaïs Saïed en Italie s'est "
                         "achevée le 12 octobre.", ["2023-10-11/2023-10-12"]),
    # no length told: from the month's start, as an undated report
    ("ru", "2023-10-19", "Вечером 19 октября президент Туниса завершил свой официальный визит в Италию.",
     ["2023-10-01/2023-10-19"]),
    ("ar", "2023-10-19", "اختتم الرئيس التونسي يوم 19 أكتوبر زيارة رسمية إلى إيطاليا استمرت يومين.",
     ["2023-10-18/2023-10-19"]),
])
def test_a_visit_that_ended_on_a_day_runs_up_to_it(lang, published, text, expected) -> None:
    assert visits(lang, published, text) == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "On October 12, the Prime Minister of Italy arrived in Tunisia on a three-day visit."),
    ("ru", "12 октября премьер-министр Италии прибыла в Тунис с трёхдневным визитом."),
])
def test_a_visit_that_began_on_a_day_keeps_it(lang: str, text: str) -> None:
    assert visits(lang, "2023-10-12", text) == ["2023-10-12"]
