"""A television interview is no talks with another side; a visit the sentence says was postponed, or whose
delay it explains, is not one more visit."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

INTERVIEWS = [
    ("ar", "وصل الرئيس التونسي قيس سعيد، اليوم الأحد، إلى الجزائر في زيارة دولة.\n\n"
           "وكان الرئيس قد أوضح في أول لقاء تلفزي له مساء الخميس أن الجزائر أولويته."),
    ("ar", "وصل الرئيس التونسي قيس سعيد، اليوم الأحد، إلى الجزائر في زيارة دولة.\n\n"
           "وقال الرئيس في مقابلة صحفية يوم الخميس إن الجزائر أولويته."),
    ("fr", "Le président tunisien Kaïs Saïed est arrivé dimanche à Alger pour une visite d'État.\n\n"
           "Le président avait expliqué jeudi, lors de sa première interview télévisée, que l'Algérie était sa priorité."),
]


@pytest.mark.parametrize("lang, text", INTERVIEWS, ids=[f"{c[0]}{i}" for i, c in enumerate(INTERVIEWS)])
def test_an_interview_is_no_meeting(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2020-02-02"))
    assert [e.type for e in found.events] == ["visit"], [(e.type, e.when) for e in found.events]


POSTPONED = [
    ("ar", "وصل ولي عهد أبوظبي الشيخ محمد بن زايد إلى عمان اليوم الثلاثاء في زيارة رسمية.\n\n"
           "وكان الشيخ محمد أجل زيارة كانت منتظرة له نهاية الشهر الماضي."),
    ("ar", "وصل الرئيس التونسي قيس سعيد، اليوم الأحد، إلى الجزائر في زيارة دولة.\n\n"
           "وعزا الرئيس التونسي تأخير زيارته للجزائر إلى انتظار نهاية المسار الانتخابي في نوفمبر."),
    ("en", "Abu Dhabi's Crown Prince Sheikh Mohamed bin Zayed arrived in Amman on Tuesday for an official visit.\n\n"
           "Sheikh Mohamed had postponed a visit expected at the end of last month."),
    ("fr", "Le prince héritier d'Abou Dhabi, Cheikh Mohamed ben Zayed, est arrivé mardi à Amman pour une visite "
           "officielle.\n\nCheikh Mohamed avait reporté sa visite prévue à la fin du mois dernier."),
]


@pytest.mark.parametrize("lang, text", POSTPONED, ids=[f"{c[0]}{i}" for i, c in enumerate(POSTPONED)])
def test_a_postponed_visit_is_not_another(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2018-11-20"))
    visits = [e for e in found.events if e.type == "visit"]
    assert len(visits) == 1, [(e.when, e.text) for e in visits]
    assert visits[0].when and visits[0].when.startswith(("2018-11", "2020-02")) or visits[0].when is None


def test_for_a_visit_is_not_a_postponement() -> None:
    """«من أجل زيارة» (for a visit) is the visit's aim, not «أجّل زيارة» (postponed a visit)."""
    text = "وصل وزير الخارجية الأردني أيمن الصفدي إلى موسكو، اليوم الاثنين، من أجل زيارة رسمية تستمر يومين."
    found = analyse(Document(doc="t", text=text, lang="ar", published="2022-03-07"))
    assert [e.type for e in found.events] == ["visit"]
